"""initial plan schema

Revision ID: r0001
Revises:
Create Date: 2026-11-23 16:44:11.923485
"""

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "business_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_business_unit_code")),
    )
    op.create_table(
        "plan_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organization", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(length=8), nullable=False),
        sa.Column("start", sa.String(length=7), nullable=False),
        sa.Column("quarters", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_plan_settings_single_row")),
        sa.CheckConstraint("quarters BETWEEN 1 AND 40", name=op.f("ck_plan_settings_horizon")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_settings")),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Float(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_team_capacity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("code", name=op.f("uq_team_code")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("side IN ('business', 'it')", name=op.f("ck_person_side")),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_person_business_unit_id_business_unit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("code", name=op.f("uq_person_code")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_business_unit_id"), ["business_unit_id"], unique=False
        )

    op.create_table(
        "objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=7), nullable=True),
        sa.CheckConstraint("weight BETWEEN 1 AND 5", name=op.f("ck_objective_weight")),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_objective_business_unit_id_business_unit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_objective_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["objective.id"],
            name=op.f("fk_objective_parent_id_objective"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objective")),
        sa.UniqueConstraint("code", name=op.f("uq_objective_code")),
    )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objective_business_unit_id"), ["business_unit_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_objective_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_objective_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "roadmap_item",
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
            "category IN ('run', 'grow', 'transform')", name=op.f("ck_roadmap_item_category")
        ),
        sa.CheckConstraint("risk IN ('low', 'medium', 'high')", name=op.f("ck_roadmap_item_risk")),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'in_progress', 'done', 'on_hold', 'cancelled')",
            name=op.f("ck_roadmap_item_status"),
        ),
        sa.CheckConstraint(
            '(start IS NULL AND "end" IS NULL) OR (start IS NOT NULL AND "end" IS NOT NULL)',
            name=op.f("ck_roadmap_item_schedule"),
        ),
        sa.CheckConstraint(
            "capex >= 0 AND opex >= 0 AND annual_value >= 0", name=op.f("ck_roadmap_item_money")
        ),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_roadmap_item_business_unit_id_business_unit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["champion_id"],
            ["person.id"],
            name=op.f("fk_roadmap_item_champion_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["it_owner_id"],
            ["person.id"],
            name=op.f("fk_roadmap_item_it_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sponsor_id"],
            ["person.id"],
            name=op.f("fk_roadmap_item_sponsor_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_item")),
        sa.UniqueConstraint("code", name=op.f("uq_roadmap_item_code")),
    )
    with op.batch_alter_table("roadmap_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roadmap_item_business_unit_id"), ["business_unit_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_roadmap_item_champion_id"), ["champion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_roadmap_item_it_owner_id"), ["it_owner_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_roadmap_item_sponsor_id"), ["sponsor_id"], unique=False
        )

    op.create_table(
        "alignment_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.CheckConstraint("strength BETWEEN 1 AND 3", name=op.f("ck_alignment_link_strength")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_alignment_link_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name=op.f("fk_alignment_link_objective_id_objective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alignment_link")),
        sa.UniqueConstraint("objective_id", "item_id", name="uq_alignment_link_pair"),
    )
    with op.batch_alter_table("alignment_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alignment_link_item_id"), ["item_id"], unique=False)

    op.create_table(
        "demand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.CheckConstraint("fte > 0", name=op.f("ck_demand_fte")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_demand_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_demand_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand")),
        sa.UniqueConstraint("item_id", "team_id", name="uq_demand_pair"),
    )
    with op.batch_alter_table("demand", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demand_team_id"), ["team_id"], unique=False)

    op.create_table(
        "dependency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("before_id", sa.Integer(), nullable=False),
        sa.Column("after_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("before_id <> after_id", name=op.f("ck_dependency_not_self")),
        sa.ForeignKeyConstraint(
            ["after_id"],
            ["roadmap_item.id"],
            name=op.f("fk_dependency_after_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["before_id"],
            ["roadmap_item.id"],
            name=op.f("fk_dependency_before_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dependency")),
        sa.UniqueConstraint("before_id", "after_id", name="uq_dependency_pair"),
    )
    with op.batch_alter_table("dependency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dependency_after_id"), ["after_id"], unique=False)

    op.create_table(
        "kpi",
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
        sa.CheckConstraint(
            "(objective_id IS NULL) <> (item_id IS NULL)", name=op.f("ck_kpi_exactly_one_subject")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_kpi_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objective.id"],
            name=op.f("fk_kpi_objective_id_objective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi")),
        sa.UniqueConstraint("code", name=op.f("uq_kpi_code")),
    )
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_kpi_objective_id"), ["objective_id"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["roadmap_item.id"],
            name=op.f("fk_milestone_item_id_roadmap_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_item_id"), ["item_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_item_id"))

    op.drop_table("milestone")
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_objective_id"))
        batch_op.drop_index(batch_op.f("ix_kpi_item_id"))

    op.drop_table("kpi")
    with op.batch_alter_table("dependency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dependency_after_id"))

    op.drop_table("dependency")
    with op.batch_alter_table("demand", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_demand_team_id"))

    op.drop_table("demand")
    with op.batch_alter_table("alignment_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alignment_link_item_id"))

    op.drop_table("alignment_link")
    with op.batch_alter_table("roadmap_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_item_sponsor_id"))
        batch_op.drop_index(batch_op.f("ix_roadmap_item_it_owner_id"))
        batch_op.drop_index(batch_op.f("ix_roadmap_item_champion_id"))
        batch_op.drop_index(batch_op.f("ix_roadmap_item_business_unit_id"))

    op.drop_table("roadmap_item")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objective_parent_id"))
        batch_op.drop_index(batch_op.f("ix_objective_owner_id"))
        batch_op.drop_index(batch_op.f("ix_objective_business_unit_id"))

    op.drop_table("objective")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_business_unit_id"))

    op.drop_table("person")
    op.drop_table("team")
    op.drop_table("plan_settings")
    op.drop_table("business_unit")
