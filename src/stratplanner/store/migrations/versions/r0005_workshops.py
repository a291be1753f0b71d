"""workshop mode: workshops, participants, rounds, options, ballots, decisions, actions

Leadership teams vote on the portfolio in rounds at an offsite; the outcome
is kept as decisions and actions. Only new tables: no existing table is
rebuilt, so nothing is copied and no foreign key fires (the caller still
turns foreign keys off around every migration, PITFALLS.md).

Self-contained on purpose: no imports from the app, so this script builds
the same schema in every later release.

Revision ID: r0005
Revises: r0004
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "r0005"
down_revision = "r0004"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("changed_by", sa.Text(), server_default="", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
    ]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
        sa.UniqueConstraint("code", name=op.f("uq_workshop_code")),
    )
    op.create_table(
        "workshop_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("side IN ('business', 'it')", name=op.f("ck_workshop_participant_side")),
        _fk("workshop_participant", "business_unit_id", "business_unit", "SET NULL"),
        _fk("workshop_participant", "person_id", "person", "SET NULL"),
        _fk("workshop_participant", "workshop_id", "workshop", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_participant")),
        sa.UniqueConstraint("workshop_id", "code", name="uq_workshop_participant_code"),
        sa.UniqueConstraint("workshop_id", "person_id", name="uq_workshop_participant_person"),
    )
    _index("workshop_participant", "business_unit_id", "person_id")
    op.create_table(
        "workshop_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=True),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("scenario_id", sa.Integer(), nullable=True),
        sa.Column("anonymity", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("timer_seconds", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("adopted", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "method IN ('dots', 'points', 'moscow', 'pairwise', 'criteria', 'budget')",
            name=op.f("ck_workshop_round_method"),
        ),
        sa.CheckConstraint(
            "subject IN ('items', 'objectives')", name=op.f("ck_workshop_round_subject")
        ),
        sa.CheckConstraint(
            "anonymity IN ('anonymous', 'by_side', 'named')",
            name=op.f("ck_workshop_round_anonymity"),
        ),
        sa.CheckConstraint(
            "state IN ('draft', 'open', 'closed')", name=op.f("ck_workshop_round_state")
        ),
        sa.CheckConstraint(
            "(dots IS NULL OR dots >= 1) AND (cap IS NULL OR cap >= 1) "
            "AND (points IS NULL OR points >= 1) AND (timer_seconds IS NULL OR timer_seconds >= 1)",
            name=op.f("ck_workshop_round_counts"),
        ),
        sa.CheckConstraint("budget IS NULL OR budget >= 0", name=op.f("ck_workshop_round_budget")),
        _fk("workshop_round", "scenario_id", "budget_scenario", "SET NULL"),
        _fk("workshop_round", "workshop_id", "workshop", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_round")),
        sa.UniqueConstraint("workshop_id", "code", name="uq_workshop_round_code"),
    )
    _index("workshop_round", "scenario_id")
    op.create_table(
        "workshop_option",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "item_id IS NULL OR objective_id IS NULL", name=op.f("ck_workshop_option_one_subject")
        ),
        _fk("workshop_option", "item_id", "roadmap_item", "SET NULL"),
        _fk("workshop_option", "objective_id", "objective", "SET NULL"),
        _fk("workshop_option", "round_id", "workshop_round", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_option")),
        sa.UniqueConstraint("round_id", "code", name="uq_workshop_option_code"),
    )
    _index("workshop_option", "item_id", "objective_id")
    op.create_table(
        "workshop_ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("abstain", sa.Boolean(), nullable=False),
        sa.Column("ballot_values", sa.Text(), nullable=True),
        sa.Column("cast_at", sa.DateTime(), nullable=False),
        *_tracked(),
        _fk("workshop_ballot", "participant_id", "workshop_participant", "CASCADE"),
        _fk("workshop_ballot", "round_id", "workshop_round", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_ballot")),
        sa.UniqueConstraint("round_id", "participant_id", name="uq_workshop_ballot_pair"),
    )
    _index("workshop_ballot", "participant_id")
    op.create_table(
        "workshop_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("options_rejected", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("round_id", sa.Integer(), nullable=True),
        *_tracked(),
        _fk("workshop_decision", "owner_id", "person", "SET NULL"),
        _fk("workshop_decision", "round_id", "workshop_round", "SET NULL"),
        _fk("workshop_decision", "workshop_id", "workshop", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_decision")),
        sa.UniqueConstraint("workshop_id", "code", name="uq_workshop_decision_code"),
    )
    _index("workshop_decision", "owner_id", "round_id")
    op.create_table(
        "workshop_decision_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "(item_id IS NULL) <> (objective_id IS NULL)",
            name=op.f("ck_workshop_decision_link_exactly_one_subject"),
        ),
        _fk("workshop_decision_link", "decision_id", "workshop_decision", "CASCADE"),
        _fk("workshop_decision_link", "item_id", "roadmap_item", "CASCADE"),
        _fk("workshop_decision_link", "objective_id", "objective", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_decision_link")),
        sa.UniqueConstraint("decision_id", "item_id", name="uq_workshop_decision_link_item"),
        sa.UniqueConstraint(
            "decision_id", "objective_id", name="uq_workshop_decision_link_objective"
        ),
    )
    _index("workshop_decision_link", "item_id", "objective_id")
    op.create_table(
        "workshop_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        *_tracked(),
        _fk("workshop_action", "decision_id", "workshop_decision", "SET NULL"),
        _fk("workshop_action", "item_id", "roadmap_item", "SET NULL"),
        _fk("workshop_action", "objective_id", "objective", "SET NULL"),
        _fk("workshop_action", "owner_id", "person", "SET NULL"),
        _fk("workshop_action", "workshop_id", "workshop", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_action")),
        sa.UniqueConstraint("workshop_id", "code", name="uq_workshop_action_code"),
    )
    _index("workshop_action", "decision_id", "item_id", "objective_id", "owner_id")


def downgrade() -> None:
    for name in (
        "workshop_action",
        "workshop_decision_link",
        "workshop_decision",
        "workshop_ballot",
        "workshop_option",
        "workshop_round",
        "workshop_participant",
        "workshop",
    ):
        op.drop_table(name)
