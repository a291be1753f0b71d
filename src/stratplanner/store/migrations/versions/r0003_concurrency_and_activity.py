"""optimistic concurrency and the activity log

Every table gains ``version`` (bumped on each change), ``changed_by`` and
``changed_at``, so two planners editing one record never silently
overwrite each other; ``activity`` records each committed edit (who, when,
what). Columns are added with server defaults: SQLite adds them in place
(no table rebuild), so foreign keys and child rows are untouched.

Revision ID: r0003
Revises: r0002
"""

import sqlalchemy as sa
from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None

TRACKED_TABLES = (
    "plan_settings",
    "business_unit",
    "person",
    "objective",
    "team",
    "roadmap_item",
    "alignment_link",
    "demand",
    "dependency",
    "kpi",
    "milestone",
    "criterion",
    "criterion_score",
    "rank_pin",
    "budget_scenario",
    "baseline",
)


def upgrade() -> None:
    for table in TRACKED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(table, sa.Column("changed_by", sa.Text(), server_default="", nullable=False))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("session", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    op.create_index(op.f("ix_activity_at"), "activity", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_activity_at"), table_name="activity")
    op.drop_table("activity")
    for table in reversed(TRACKED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
