"""The plan's records as SQLAlchemy 2 typed ORM entities.

Every table a plan holds is declared here; the Alembic migrations in
``stratplanner.store.migrations`` must build exactly this schema (a test
compares them). References between records are integer ids; ``code`` is the
planner-facing key used in files, the CLI and messages. Every column but ``id`` and the
version columns is a field of its kind in model/kinds.py, the one place that says how files
write it; tests/test_field_declarations.py fails when an entity and its kind differ.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from stratplanner.model.values import Quarter

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class QuarterType(TypeDecorator[Quarter]):
    """A quarter stored as its text 'YYYY-Qn' so the file reads well in any SQL tool."""

    impl = String(7)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, Quarter):
            return str(value)
        return str(Quarter.parse(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Quarter | None:
        if value is None:
            return None
        return Quarter.parse(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(entity: type[Base]) -> Table:
    """The Core table of ``entity``: declarative types ``__table__`` as any FromClause."""
    table = entity.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{entity.__name__} is not mapped to a table")
    return table


class Tracked:
    """Optimistic concurrency (plan format 3): every change bumps ``version`` and says who and when.

    Two planners editing one record: the second save is refused unless it was
    based on the version it replaces (commands carry ``expected_version``).
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    #: UTC, naive.
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)


def _code() -> Mapped[str]:
    return mapped_column(String(32), unique=True, nullable=False)


class PlanSettings(Tracked, Base):
    """The single row of plan-wide settings."""

    __tablename__ = "plan_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("quarters BETWEEN 1 AND 40", name="horizon"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    organization: Mapped[str] = mapped_column(Text, nullable=False, default="")
    currency: Mapped[str] = mapped_column(String(8), nullable=False, default="USD")
    start: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)
    quarters: Mapped[int] = mapped_column(Integer, nullable=False, default=12)


class BusinessUnit(Tracked, Base):
    __tablename__ = "business_unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)


class Person(Tracked, Base):
    """A stakeholder on the business or the IT side."""

    __tablename__ = "person"
    __table_args__ = (CheckConstraint("side IN ('business', 'it')", name="side"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(Text, nullable=False, default="")
    side: Mapped[str] = mapped_column(String(16), nullable=False, default="business")
    business_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_unit.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(nullable=False, default=True)
    #: Who owns the relationship with this person (plan format 4): usually someone on the other
    #: side.
    relationship_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    last_engaged_on: Mapped[date | None] = mapped_column(Date)


class Objective(Tracked, Base):
    """A business objective; objectives with children are themes."""

    __tablename__ = "objective"
    __table_args__ = (CheckConstraint("weight BETWEEN 1 AND 5", name="weight"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    title: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="RESTRICT"), index=True
    )
    business_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_unit.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    weight: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    target: Mapped[Quarter | None] = mapped_column(QuarterType)


class Team(Tracked, Base):
    """An IT delivery capacity pool."""

    __tablename__ = "team"
    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    capacity: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)


class RoadmapItem(Tracked, Base):
    """An IT roadmap item: a program, project or upgrade."""

    __tablename__ = "roadmap_item"
    __table_args__ = (
        CheckConstraint("category IN ('run', 'grow', 'transform')", name="category"),
        CheckConstraint(
            "status IN ('proposed', 'approved', 'in_progress', 'done', 'on_hold', 'cancelled')",
            name="status",
        ),
        CheckConstraint("risk IN ('low', 'medium', 'high')", name="risk"),
        CheckConstraint("capex >= 0 AND opex >= 0 AND annual_value >= 0", name="money"),
        CheckConstraint(
            '(start IS NULL AND "end" IS NULL) OR (start IS NOT NULL AND "end" IS NOT NULL)',
            name="schedule",
        ),
        CheckConstraint(
            "(cost_of_delay IS NULL OR cost_of_delay >= 0) AND (job_size IS NULL OR job_size > 0)",
            name="wsjf",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    title: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(16), nullable=False, default="run")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="proposed")
    start: Mapped[Quarter | None] = mapped_column(QuarterType)
    end: Mapped[Quarter | None] = mapped_column(QuarterType)
    capex: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    opex: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    annual_value: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    value_statement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    business_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_unit.id", ondelete="SET NULL"), index=True
    )
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    champion_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    it_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    risk: Mapped[str] = mapped_column(String(16), nullable=False, default="medium")
    #: Must be in every budget scenario (regulation, end of support…).
    mandatory: Mapped[bool] = mapped_column(nullable=False, default=False, server_default=false())
    #: WSJF inputs; when empty, WSJF uses annual value and capex + opex (docs/prioritization.md).
    cost_of_delay: Mapped[float | None] = mapped_column(Float)
    job_size: Mapped[float | None] = mapped_column(Float)


class AlignmentLink(Tracked, Base):
    """How strongly a roadmap item serves an objective."""

    __tablename__ = "alignment_link"
    __table_args__ = (
        UniqueConstraint("objective_id", "item_id", name="uq_alignment_link_pair"),
        CheckConstraint("strength BETWEEN 1 AND 3", name="strength"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    strength: Mapped[int] = mapped_column(Integer, nullable=False)
    rationale: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Demand(Tracked, Base):
    """FTE of a team an item needs in every quarter it runs."""

    __tablename__ = "demand"
    __table_args__ = (
        UniqueConstraint("item_id", "team_id", name="uq_demand_pair"),
        CheckConstraint("fte > 0", name="fte"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False
    )
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), nullable=False, index=True
    )
    fte: Mapped[float] = mapped_column(Float, nullable=False)


class Dependency(Tracked, Base):
    """``after`` cannot start before the quarter following the end of ``before``."""

    __tablename__ = "dependency"
    __table_args__ = (
        UniqueConstraint("before_id", "after_id", name="uq_dependency_pair"),
        CheckConstraint("before_id <> after_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    before_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False
    )
    after_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, index=True
    )


class Kpi(Tracked, Base):
    """A measure of an objective or an item: baseline, target, actual, direction."""

    __tablename__ = "kpi"
    __table_args__ = (
        CheckConstraint("(objective_id IS NULL) <> (item_id IS NULL)", name="exactly_one_subject"),
        CheckConstraint("kind IN ('business_outcome', 'it_service')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), index=True
    )
    unit: Mapped[str] = mapped_column(Text, nullable=False, default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)
    higher_is_better: Mapped[bool] = mapped_column(nullable=False, default=True)
    #: Plan format 4: a business outcome or an IT service metric; ``adoption`` marks the KPI
    #: whose target is its item's adoption target (docs/partnership.md); who answers for it.
    kind: Mapped[str] = mapped_column(
        String(16), nullable=False, default="business_outcome", server_default="business_outcome"
    )
    adoption: Mapped[bool] = mapped_column(nullable=False, default=False, server_default=false())
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )


class Milestone(Tracked, Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(Text, nullable=False)
    quarter: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)


# -- prioritisation, scenarios and baselines (plan format 2) ---------------------------


class Criterion(Tracked, Base):
    """A scoring criterion: computed from the plan (alignment, value, cost, risk) or scored 0-5."""

    __tablename__ = "criterion"
    __table_args__ = (
        CheckConstraint(
            "measure IN ('alignment', 'annual_value', 'cost', 'risk', 'scored')", name="measure"
        ),
        CheckConstraint("direction IN ('benefit', 'cost')", name="direction"),
        CheckConstraint("weight >= 0", name="weight"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measure: Mapped[str] = mapped_column(String(16), nullable=False, default="scored")
    direction: Mapped[str] = mapped_column(String(8), nullable=False, default="benefit")
    weight: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)


#: The criteria every new plan starts with (and every plan upgraded from format 1 gets).
DEFAULT_CRITERIA: tuple[dict[str, Any], ...] = (
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
)  # fmt: skip


class CriterionScore(Tracked, Base):
    """A user score 0-5 of one item on one scored criterion."""

    __tablename__ = "criterion_score"
    __table_args__ = (
        UniqueConstraint("criterion_id", "item_id", name="uq_criterion_score_pair"),
        CheckConstraint("score BETWEEN 0 AND 5", name="score"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    score: Mapped[float] = mapped_column(Float, nullable=False)


class RankPin(Tracked, Base):
    """A rank the business fixed by hand for one item, with the reason and who decided when."""

    __tablename__ = "rank_pin"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decided_by: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)


class BudgetScenario(Tracked, Base):
    """A named budget cap and what its best portfolio maximises; results are recomputed."""

    __tablename__ = "budget_scenario"
    __table_args__ = (
        CheckConstraint("budget_basis IN ('total', 'per_year')", name="budget_basis"),
        CheckConstraint("maximise IN ('score', 'value')", name="maximise"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    budget_basis: Mapped[str] = mapped_column(String(16), nullable=False, default="total")
    #: None = no cap (everything proposed fits).
    budget: Mapped[float | None] = mapped_column(Float)
    maximise: Mapped[str] = mapped_column(String(16), nullable=False, default="score")


class Baseline(Tracked, Base):
    """A named copy of the whole plan (its JSON interchange document) for quarterly reviews."""

    __tablename__ = "baseline"
    __table_args__ = (CheckConstraint("format_version >= 1", name="format_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: When it was taken, in UTC.
    taken_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    #: The plan format (schema version) of the app that took it.
    format_version: Mapped[int] = mapped_column(Integer, nullable=False)
    #: The plan as a JSON interchange document (docs/plan-json-extensions.md).
    document: Mapped[str] = mapped_column(Text, nullable=False)


class Activity(Base):
    """One committed edit: who, when, what (the undo label) and which kinds of record it touched."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    user: Mapped[str] = mapped_column(Text, nullable=False, default="")
    label: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kinds: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Which open document made the change, so each one can tell others' edits from its own.
    session: Mapped[str] = mapped_column(String(36), nullable=False, default="")


# -- the partnership lens (plan format 4) ------------------------------------------------


class MaturityAssessment(Tracked, Base):
    """A dated assessment of the IT–business partnership with one business unit."""

    __tablename__ = "maturity_assessment"
    __table_args__ = (
        UniqueConstraint(
            "business_unit_id", "assessed_on", name="uq_maturity_assessment_unit_date"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    business_unit_id: Mapped[int] = mapped_column(
        ForeignKey("business_unit.id", ondelete="CASCADE"), nullable=False
    )
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessed_by: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class MaturityRating(Tracked, Base):
    """One dimension of an assessment: the level now, the level aimed for, and the evidence."""

    __tablename__ = "maturity_rating"
    __table_args__ = (
        UniqueConstraint("assessment_id", "dimension", name="uq_maturity_rating_pair"),
        CheckConstraint(
            "dimension IN ('strategic_planning', 'shared_prioritization', 'sponsorship_adoption', "
            "'business_terms', 'business_acumen', 'trust_delivery')",
            name="dimension",
        ),
        CheckConstraint("level BETWEEN 1 AND 4", name="level"),
        CheckConstraint("target IS NULL OR target BETWEEN 1 AND 4", name="target"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("maturity_assessment.id", ondelete="CASCADE"), nullable=False
    )
    dimension: Mapped[str] = mapped_column(String(32), nullable=False)
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    #: None = no target set for this dimension.
    target: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SponsorChange(Tracked, Base):
    """History: who held an item's sponsor, champion or IT owner role before whom, when and why."""

    __tablename__ = "sponsor_change"
    __table_args__ = (
        CheckConstraint("role IN ('sponsor', 'champion', 'it_owner')", name="role"),
        CheckConstraint(
            "from_person_id IS NULL OR to_person_id IS NULL OR from_person_id <> to_person_id",
            name="not_self",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    #: None: the role was empty before (a first appointment).
    from_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    #: None: the role was left empty (the holder left and no successor is named yet).
    to_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ValueDriver(Tracked, Base):
    """One part of an item's case in business terms: revenue, cost, risk, customer, compliance."""

    __tablename__ = "value_driver"
    __table_args__ = (
        UniqueConstraint("item_id", "driver", name="uq_value_driver_pair"),
        CheckConstraint(
            "driver IN ('revenue', 'cost', 'risk', 'customer_experience', 'compliance')",
            name="driver",
        ),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False
    )
    driver: Mapped[str] = mapped_column(String(32), nullable=False)
    #: Yearly amount in the plan's currency; None = not quantified.
    amount: Mapped[float | None] = mapped_column(Float)
    statement: Mapped[str] = mapped_column(Text, nullable=False, default="")


class KpiActual(Tracked, Base):
    """One dated actual of a KPI: the series shows the trend, not only the latest number."""

    __tablename__ = "kpi_actual"
    __table_args__ = (UniqueConstraint("kpi_id", "measured_on", name="uq_kpi_actual_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), nullable=False)
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class BusinessProcess(Tracked, Base):
    """A business process or capability; the map has two levels (``parent``)."""

    __tablename__ = "business_process"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_process.id", ondelete="CASCADE"), index=True
    )


class Application(Tracked, Base):
    """An application in the estate (POS, ERP, WMS…)."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = _code()
    name: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ProcessApplication(Tracked, Base):
    """An application enables a business process."""

    __tablename__ = "process_application"
    __table_args__ = (
        UniqueConstraint("process_id", "application_id", name="uq_process_application_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    process_id: Mapped[int] = mapped_column(
        ForeignKey("business_process.id", ondelete="CASCADE"), nullable=False
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), nullable=False, index=True
    )
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ItemApplication(Tracked, Base):
    """A roadmap item changes an application."""

    __tablename__ = "item_application"
    __table_args__ = (
        UniqueConstraint("item_id", "application_id", name="uq_item_application_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), nullable=False, index=True
    )
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ItemProcess(Tracked, Base):
    """A roadmap item changes a business process."""

    __tablename__ = "item_process"
    __table_args__ = (UniqueConstraint("item_id", "process_id", name="uq_item_process_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), nullable=False
    )
    process_id: Mapped[int] = mapped_column(
        ForeignKey("business_process.id", ondelete="CASCADE"), nullable=False, index=True
    )
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


# -- workshop mode (plan format 5, docs/plan-json-extensions.md) ---------------------------
# Participants, rounds, decisions and actions have codes unique within their workshop
# (options within their round); ``Kind.code_scope`` says so to the generic commands.


class Workshop(Tracked, Base):
    """A planning offsite: participants vote on the portfolio in rounds; decisions and actions."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The name users type, e.g. ``Q1-OFFSITE``.
    code: Mapped[str] = _code()
    title: Mapped[str] = mapped_column(Text, nullable=False)
    held_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WorkshopParticipant(Tracked, Base):
    """Someone voting in a workshop; a person of the plan, or a name added on the day."""

    __tablename__ = "workshop_participant"
    __table_args__ = (
        UniqueConstraint("workshop_id", "code", name="uq_workshop_participant_code"),
        UniqueConstraint("workshop_id", "person_id", name="uq_workshop_participant_person"),
        CheckConstraint("side IN ('business', 'it')", name="side"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    side: Mapped[str] = mapped_column(String(16), nullable=False)
    business_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_unit.id", ondelete="SET NULL"), index=True
    )


class WorkshopRound(Tracked, Base):
    """One question voted on by one method; its options are ``WorkshopOption`` rows."""

    __tablename__ = "workshop_round"
    __table_args__ = (
        UniqueConstraint("workshop_id", "code", name="uq_workshop_round_code"),
        CheckConstraint(
            "method IN ('dots', 'points', 'moscow', 'pairwise', 'criteria', 'budget')",
            name="method",
        ),
        CheckConstraint("subject IN ('items', 'objectives')", name="subject"),
        CheckConstraint("anonymity IN ('anonymous', 'by_side', 'named')", name="anonymity"),
        CheckConstraint("state IN ('draft', 'open', 'closed')", name="state"),
        CheckConstraint(
            "(dots IS NULL OR dots >= 1) AND (cap IS NULL OR cap >= 1) "
            "AND (points IS NULL OR points >= 1) AND (timer_seconds IS NULL OR timer_seconds >= 1)",
            name="counts",
        ),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    #: Agenda order within the workshop.
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    method: Mapped[str] = mapped_column(String(16), nullable=False)
    subject: Mapped[str] = mapped_column(String(16), nullable=False, default="items")
    dots: Mapped[int | None] = mapped_column(Integer)
    cap: Mapped[int | None] = mapped_column(Integer)
    points: Mapped[int | None] = mapped_column(Integer)
    #: Each participant's budget ("buy a feature"); None with a scenario = its cap shared out.
    budget: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_scenario.id", ondelete="SET NULL"), index=True
    )
    anonymity: Mapped[str] = mapped_column(String(16), nullable=False, default="by_side")
    state: Mapped[str] = mapped_column(String(8), nullable=False, default="draft")
    revealed: Mapped[bool] = mapped_column(nullable=False, default=False)
    timer_seconds: Mapped[int | None] = mapped_column(Integer)
    #: UTC, naive.
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: How the result was adopted into the plan, e.g. "scenario WS-R1", "scores", "statuses".
    adopted: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WorkshopOption(Tracked, Base):
    """An item or objective on a round's agenda; code and title are kept if it is deleted."""

    __tablename__ = "workshop_option"
    __table_args__ = (
        UniqueConstraint("round_id", "code", name="uq_workshop_option_code"),
        CheckConstraint("item_id IS NULL OR objective_id IS NULL", name="one_subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_round.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="SET NULL"), index=True
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL"), index=True
    )


class WorkshopBallot(Tracked, Base):
    """One participant's vote in one round, committed when cast; casting again replaces it."""

    __tablename__ = "workshop_ballot"
    __table_args__ = (
        UniqueConstraint("round_id", "participant_id", name="uq_workshop_ballot_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_round.id", ondelete="CASCADE"), nullable=False
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_participant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    abstain: Mapped[bool] = mapped_column(nullable=False, default=False)
    #: Canonical JSON of what ``validate_ballot`` returned (Decimals as text); None = abstained.
    ballot_values: Mapped[str | None] = mapped_column(Text)
    #: UTC, naive.
    cast_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class WorkshopDecision(Tracked, Base):
    """What the workshop decided, why, and the round that is its evidence."""

    __tablename__ = "workshop_decision"
    __table_args__ = (UniqueConstraint("workshop_id", "code", name="uq_workshop_decision_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    decision: Mapped[str] = mapped_column(Text, nullable=False)
    rationale: Mapped[str] = mapped_column(Text, nullable=False, default="")
    options_rejected: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    review_on: Mapped[date | None] = mapped_column(Date)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop_round.id", ondelete="SET NULL"), index=True
    )


class WorkshopDecisionLink(Tracked, Base):
    """A decision is about an item or an objective."""

    __tablename__ = "workshop_decision_link"
    __table_args__ = (
        UniqueConstraint("decision_id", "item_id", name="uq_workshop_decision_link_item"),
        UniqueConstraint("decision_id", "objective_id", name="uq_workshop_decision_link_objective"),
        CheckConstraint("(item_id IS NULL) <> (objective_id IS NULL)", name="exactly_one_subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("workshop_decision.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True
    )


class WorkshopAction(Tracked, Base):
    """A follow-up agreed at the workshop: who does what by when."""

    __tablename__ = "workshop_action"
    __table_args__ = (UniqueConstraint("workshop_id", "code", name="uq_workshop_action_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(nullable=False, default=False)
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop_decision.id", ondelete="SET NULL"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("roadmap_item.id", ondelete="SET NULL"), index=True
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL"), index=True
    )
