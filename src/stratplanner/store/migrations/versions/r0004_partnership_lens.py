"""the partnership lens: maturity, sponsors, business terms, adoption, processes

Adds partnership maturity assessments (one rating per dimension), the
history of sponsor changes, value drivers of items, dated KPI actuals,
business processes, applications and which items change them. People gain
a relationship owner and a last engagement date; KPIs gain a kind
(business outcome or IT service metric), an adoption flag and an owner.

Self-contained on purpose: no imports from the app, so this script builds
the same schema in every later release. On SQLite the person and KPI
tables are rebuilt from the explicit format-3 definitions below (a new
foreign key needs batch mode's copy-and-drop; the caller turns foreign keys
off around it, PITFALLS.md). Every other change only adds tables.

Revision ID: r0004
Revises: r0003
"""

from typing import Any, Literal, TypedDict

import sqlalchemy as sa
from alembic import op

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


class _Place(TypedDict, total=False):
    """Where batch mode puts an added column (typing only)."""

    insert_before: str


def _tracked() -> list[sa.Column[Any]]:
    """The format-3 tracking columns every table ends with."""
    return [
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.Text(), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
    ]


def _format3_person() -> sa.Table:
    """person exactly as r0001 + r0003 built it, so the rebuild never depends on reflection."""
    return sa.Table(
        "person",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_tracked(),
        sa.CheckConstraint("side IN ('business', 'it')", name="ck_person_side"),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name="fk_person_business_unit_id_business_unit",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("code", name="uq_person_code"),
        sa.Index("ix_person_business_unit_id", "business_unit_id"),
    )


def _format3_kpi() -> sa.Table:
    """kpi exactly as r0001 + r0003 built it."""
    return sa.Table(
        "kpi",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "(objective_id IS NULL) <> (item_id IS NULL)", name="ck_kpi_exactly_one_subject"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["roadmap_item.id"], name="fk_kpi_item_id_roadmap_item", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name="fk_kpi_objective_id_objective",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kpi"),
        sa.UniqueConstraint("code", name="uq_kpi_code"),
        sa.Index("ix_kpi_item_id", "item_id"),
        sa.Index("ix_kpi_objective_id", "objective_id"),
    )


def _pair_table(name: str, left: tuple[str, str], right: tuple[str, str]) -> None:
    """A link table (id, left_id, right_id, note, tracking) unique on the pair."""
    (left_col, left_table), (right_col, right_table) = left, right
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(left_col, sa.Integer(), nullable=False),
        sa.Column(right_col, sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            [left_col],
            [f"{left_table}.id"],
            name=op.f(f"fk_{name}_{left_col}_{left_table}"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [right_col],
            [f"{right_table}.id"],
            name=op.f(f"fk_{name}_{right_col}_{right_table}"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint(left_col, right_col, name=f"uq_{name}_pair"),
    )
    op.create_index(op.f(f"ix_{name}_{right_col}"), name, [right_col], unique=False)


def upgrade() -> None:
    # SQLite rebuilds the two tables (new columns before the tracking columns, as a new plan has
    # them); PostgreSQL alters them in place.
    sqlite = op.get_bind().dialect.name == "sqlite"
    recreate: Literal["always", "auto"] = "always" if sqlite else "auto"
    place: _Place = {"insert_before": "version"} if sqlite else {}
    with op.batch_alter_table("person", copy_from=_format3_person(), recreate=recreate) as batch_op:
        batch_op.add_column(
            sa.Column("relationship_owner_id", sa.Integer(), nullable=True), **place
        )
        batch_op.add_column(sa.Column("last_engaged_on", sa.Date(), nullable=True), **place)
        batch_op.create_foreign_key(
            batch_op.f("fk_person_relationship_owner_id_person"),
            "person",
            ["relationship_owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_person_relationship_owner_id"), ["relationship_owner_id"], unique=False
        )

    with op.batch_alter_table("kpi", copy_from=_format3_kpi(), recreate=recreate) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind", sa.String(length=16), server_default="business_outcome", nullable=False
            ),
            **place,
        )
        batch_op.add_column(
            sa.Column("adoption", sa.Boolean(), server_default=sa.false(), nullable=False),
            **place,
        )
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True), **place)
        batch_op.create_check_constraint(
            batch_op.f("ck_kpi_kind"), "kind IN ('business_outcome', 'it_service')"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_kpi_owner_id_person"),
            "person",
            ["owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_kpi_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "maturity_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_maturity_assessment_business_unit_id_business_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maturity_assessment")),
        sa.UniqueConstraint(
            "business_unit_id", "assessed_on", name="uq_maturity_assessment_unit_date"
        ),
        sa.UniqueConstraint("code", name=op.f("uq_maturity_assessment_code")),
    )
    op.create_table(
        "maturity_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "dimension IN ('strategic_planning', 'shared_prioritization', 'sponsorship_adoption', "
            "'business_terms', 'business_acumen', 'trust_delivery')",
            name=op.f("ck_maturity_rating_dimension"),
        ),
        sa.CheckConstraint("level BETWEEN 1 AND 4", name=op.f("ck_maturity_rating_level")),
        sa.CheckConstraint(
            "target IS NULL OR target BETWEEN 1 AND 4", name=op.f("ck_maturity_rating_target")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["maturity_assessment.id"],
            name=op.f("fk_maturity_rating_assessment_id_maturity_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maturity_rating")),
        sa.UniqueConstraint("assessment_id", "dimension", name="uq_maturity_rating_pair"),
    )
    op.create_table(
        "sponsor_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("from_person_id", sa.Integer(), nullable=True),
        sa.Column("to_person_id", sa.Integer(), nullable=True),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "role IN ('sponsor', 'champion', 'it_owner')", name=op.f("ck_sponsor_change_role")
        ),
        sa.CheckConstraint(
            "from_person_id IS NULL OR to_person_id IS NULL OR from_person_id <> to_person_id",
            name=op.f("ck_sponsor_change_not_self"),
        ),
        sa.ForeignKeyConstraint(
            ["from_person_id"],
            ["person.id"],
            name=op.f("fk_sponsor_change_from_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_sponsor_change_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["person.id"],
            name=op.f("fk_sponsor_change_to_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sponsor_change")),
    )
    for column in ("from_person_id", "item_id", "to_person_id"):
        op.create_index(op.f(f"ix_sponsor_change_{column}"), "sponsor_change", [column])
    op.create_table(
        "value_driver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("driver", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("statement", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "driver IN ('revenue', 'cost', 'risk', 'customer_experience', 'compliance')",
            name=op.f("ck_value_driver_driver"),
        ),
        sa.CheckConstraint("amount IS NULL OR amount >= 0", name=op.f("ck_value_driver_amount")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_value_driver_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_driver")),
        sa.UniqueConstraint("item_id", "driver", name="uq_value_driver_pair"),
    )
    op.create_table(
        "kpi_actual",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_actual_kpi_id_kpi"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_actual")),
        sa.UniqueConstraint("kpi_id", "measured_on", name="uq_kpi_actual_pair"),
    )
    op.create_table(
        "business_process",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["business_process.id"],
            name=op.f("fk_business_process_parent_id_business_process"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_process")),
        sa.UniqueConstraint("code", name=op.f("uq_business_process_code")),
    )
    op.create_index(op.f("ix_business_process_parent_id"), "business_process", ["parent_id"])
    op.create_table(
        "application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint("code", name=op.f("uq_application_code")),
    )
    _pair_table(
        "process_application",
        ("process_id", "business_process"),
        ("application_id", "application"),
    )
    _pair_table("item_application", ("item_id", "roadmap_item"), ("application_id", "application"))
    _pair_table("item_process", ("item_id", "roadmap_item"), ("process_id", "business_process"))


def downgrade() -> None:
    for name in ("item_process", "item_application", "process_application"):
        op.drop_table(name)
    for name in (
        "application",
        "business_process",
        "kpi_actual",
        "value_driver",
        "sponsor_change",
        "maturity_rating",
        "maturity_assessment",
    ):
        op.drop_table(name)
    with op.batch_alter_table("kpi") as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_owner_id"))
        batch_op.drop_constraint(batch_op.f("fk_kpi_owner_id_person"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("ck_kpi_kind"), type_="check")
        batch_op.drop_column("owner_id")
        batch_op.drop_column("adoption")
        batch_op.drop_column("kind")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_relationship_owner_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_person_relationship_owner_id_person"), type_="foreignkey"
        )
        batch_op.drop_column("last_engaged_on")
        batch_op.drop_column("relationship_owner_id")
