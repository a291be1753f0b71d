"""prioritisation, budget scenarios and baselines

Adds scoring criteria (with the four default criteria for existing plans),
user scores, rank pins, named budget scenarios and named baselines; items
gain ``mandatory`` and the WSJF inputs ``cost_of_delay`` and ``job_size``.

Self-contained on purpose: no imports from the app, so this script builds
the same schema in every later release. On SQLite the item table is
rebuilt from the explicit format-1 definition below (batch mode's
copy-and-drop; the caller turns foreign keys off around it, PITFALLS.md).

Revision ID: r0002
Revises: r0001
"""

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def _format1_roadmap_item() -> sa.Table:
    """roadmap_item exactly as r0001 built it, so the rebuild never depends on reflection."""
    return sa.Table(
        "roadmap_item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("start", sa.String(length=7), nullable=True),
        sa.Column("end", sa.String(length=7), nullable=True),
        sa.Column("capex", sa.Float(), nullable=False),
        sa.Column("opex", sa.Float(), nullable=False),
        sa.Column("annual_value", sa.Float(), nullable=False),
        sa.Column("value_statement", sa.Text(), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        sa.Column("sponsor_id", sa.Integer(), nullable=True),
        sa.Column("champion_id", sa.Integer(), nullable=True),
        sa.Column("it_owner_id", sa.Integer(), nullable=True),
        sa.Column("risk", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "category IN ('run', 'grow', 'transform')", name="ck_roadmap_item_category"
        ),
        sa.CheckConstraint("risk IN ('low', 'medium', 'high')", name="ck_roadmap_item_risk"),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'in_progress', 'done', 'on_hold', 'cancelled')",
            name="ck_roadmap_item_status",
        ),
        sa.CheckConstraint(
            '(start IS NULL AND "end" IS NULL) OR (start IS NOT NULL AND "end" IS NOT NULL)',
            name="ck_roadmap_item_schedule",
        ),
        sa.CheckConstraint(
            "capex >= 0 AND opex >= 0 AND annual_value >= 0", name="ck_roadmap_item_money"
        ),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name="fk_roadmap_item_business_unit_id_business_unit",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["champion_id"],
            ["person.id"],
            name="fk_roadmap_item_champion_id_person",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["it_owner_id"],
            ["person.id"],
            name="fk_roadmap_item_it_owner_id_person",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"],
            ["person.id"],
            name="fk_roadmap_item_sponsor_id_person",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_roadmap_item"),
        sa.UniqueConstraint("code", name="uq_roadmap_item_code"),
        sa.Index("ix_roadmap_item_business_unit_id", "business_unit_id"),
        sa.Index("ix_roadmap_item_champion_id", "champion_id"),
        sa.Index("ix_roadmap_item_it_owner_id", "it_owner_id"),
        sa.Index("ix_roadmap_item_sponsor_id", "sponsor_id"),
    )


DEFAULT_CRITERIA = [
    {"id": 1, "code": "ALIGN", "name": "Strategic alignment", "measure": "alignment",
     "direction": "benefit", "weight": 4.0,
     "description": "How strongly the item serves weighted business objectives."},
    {"id": 2, "code": "VALUE", "name": "Annual value", "measure": "annual_value",
     "direction": "benefit", "weight": 3.0,
     "description": "Expected yearly business value once delivered."},
    {"id": 3, "code": "COST", "name": "Cost", "measure": "cost",
     "direction": "cost", "weight": 2.0,
     "description": "Capex + opex of the item; cheaper scores higher."},
    {"id": 4, "code": "RISK", "name": "Delivery risk", "measure": "risk",
     "direction": "cost", "weight": 1.0,
     "description": "Low, medium or high delivery risk; lower scores higher."},
]  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table(
        "roadmap_item", schema=None, copy_from=_format1_roadmap_item()
    ) as batch_op:
        batch_op.add_column(
            sa.Column("mandatory", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("cost_of_delay", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("job_size", sa.Float(), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_roadmap_item_wsjf"),
            "(cost_of_delay IS NULL OR cost_of_delay >= 0) AND (job_size IS NULL OR job_size > 0)",
        )

    criterion = op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "measure IN ('alignment', 'annual_value', 'cost', 'risk', 'scored')",
            name=op.f("ck_criterion_measure"),
        ),
        sa.CheckConstraint("direction IN ('benefit', 'cost')", name=op.f("ck_criterion_direction")),
        sa.CheckConstraint("weight >= 0", name=op.f("ck_criterion_weight")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("code", name=op.f("uq_criterion_code")),
    )
    op.create_table(
        "criterion_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 5", name=op.f("ck_criterion_score_score")),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_criterion_score_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_criterion_score_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion_score")),
        sa.UniqueConstraint("criterion_id", "item_id", name="uq_criterion_score_pair"),
    )
    with op.batch_alter_table("criterion_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_score_item_id"), ["item_id"], unique=False)

    op.create_table(
        "rank_pin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_rank_pin_rank")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_rank_pin_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rank_pin")),
        sa.UniqueConstraint("item_id", name=op.f("uq_rank_pin_item_id")),
    )
    op.create_table(
        "budget_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("budget_basis", sa.String(length=16), nullable=False),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("maximise", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "budget_basis IN ('total', 'per_year')", name=op.f("ck_budget_scenario_budget_basis")
        ),
        sa.CheckConstraint(
            "maximise IN ('score', 'value')", name=op.f("ck_budget_scenario_maximise")
        ),
        sa.CheckConstraint("budget IS NULL OR budget >= 0", name=op.f("ck_budget_scenario_budget")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_scenario")),
        sa.UniqueConstraint("code", name=op.f("uq_budget_scenario_code")),
    )
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint("format_version >= 1", name=op.f("ck_baseline_format_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline")),
        sa.UniqueConstraint("name", name=op.f("uq_baseline_name")),
    )

    # Data: every upgraded plan gets the default criteria a new plan starts with.
    op.bulk_insert(criterion, DEFAULT_CRITERIA)


def downgrade() -> None:
    op.drop_table("baseline")
    op.drop_table("budget_scenario")
    op.drop_table("rank_pin")
    with op.batch_alter_table("criterion_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_score_item_id"))
    op.drop_table("criterion_score")
    op.drop_table("criterion")
    with op.batch_alter_table("roadmap_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_roadmap_item_wsjf"), type_="check")
        batch_op.drop_column("job_size")
        batch_op.drop_column("cost_of_delay")
        batch_op.drop_column("mandatory")
