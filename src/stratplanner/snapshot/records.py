"""Immutable plain-Python copies of a plan's records, for analysis, charts and exports.

A record's fields are those declared for its kind in model/kinds.py (every column but the
version columns, plus ``id``); tests/test_field_declarations.py fails when they differ.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from stratplanner.model.values import Quarter


@dataclass(frozen=True, slots=True)
class PlanInfo:
    title: str
    organization: str
    currency: str
    start: Quarter
    quarters: int

    @property
    def end(self) -> Quarter:
        """The last quarter of the horizon (inclusive)."""
        return self.start + (self.quarters - 1)


@dataclass(frozen=True, slots=True)
class BusinessUnitRec:
    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class PersonRec:
    id: int
    code: str
    name: str
    role: str
    side: str
    business_unit_id: int | None
    active: bool
    #: Plan format 4: who owns the relationship with this person, and when they last met.
    relationship_owner_id: int | None = None
    last_engaged_on: date | None = None


@dataclass(frozen=True, slots=True)
class ObjectiveRec:
    id: int
    code: str
    title: str
    description: str
    parent_id: int | None
    business_unit_id: int | None
    owner_id: int | None
    weight: int
    target: Quarter | None


@dataclass(frozen=True, slots=True)
class TeamRec:
    id: int
    code: str
    name: str
    capacity: float


@dataclass(frozen=True, slots=True)
class ItemRec:
    id: int
    code: str
    title: str
    description: str
    category: str
    status: str
    start: Quarter | None
    end: Quarter | None
    capex: float
    opex: float
    annual_value: float
    value_statement: str
    business_unit_id: int | None
    sponsor_id: int | None
    champion_id: int | None
    it_owner_id: int | None
    risk: str
    mandatory: bool = False
    cost_of_delay: float | None = None
    job_size: float | None = None

    @property
    def cost(self) -> float:
        return self.capex + self.opex

    @property
    def scheduled(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def duration(self) -> int:
        """Number of quarters it runs (0 when unscheduled)."""
        if self.start is None or self.end is None:
            return 0
        return self.end - self.start + 1


@dataclass(frozen=True, slots=True)
class LinkRec:
    id: int
    objective_id: int
    item_id: int
    strength: int
    rationale: str


@dataclass(frozen=True, slots=True)
class DemandRec:
    id: int
    item_id: int
    team_id: int
    fte: float


@dataclass(frozen=True, slots=True)
class DependencyRec:
    id: int
    before_id: int
    after_id: int


@dataclass(frozen=True, slots=True)
class KpiRec:
    id: int
    code: str
    name: str
    objective_id: int | None
    item_id: int | None
    unit: str
    baseline: float | None
    target: float | None
    actual: float | None
    higher_is_better: bool
    #: Plan format 4: "business_outcome" or "it_service"; an adoption KPI's target is its
    #: item's adoption target; who answers for the KPI.
    kind: str = "business_outcome"
    adoption: bool = False
    owner_id: int | None = None


@dataclass(frozen=True, slots=True)
class MilestoneRec:
    id: int
    item_id: int
    title: str
    quarter: Quarter


@dataclass(frozen=True, slots=True)
class CriterionRec:
    id: int
    code: str
    name: str
    description: str
    measure: str
    direction: str
    weight: float


@dataclass(frozen=True, slots=True)
class ScoreRec:
    id: int
    criterion_id: int
    item_id: int
    score: float


@dataclass(frozen=True, slots=True)
class PinRec:
    id: int
    item_id: int
    rank: int
    reason: str
    decided_by: str
    decided_on: date | None


@dataclass(frozen=True, slots=True)
class ScenarioRec:
    id: int
    code: str
    name: str
    description: str
    budget_basis: str
    budget: float | None
    maximise: str


@dataclass(frozen=True, slots=True)
class BaselineRec:
    """A baseline's description; its document is read on demand (``read_baseline_document``)."""

    id: int
    name: str
    note: str
    taken_at: datetime
    format_version: int


# -- the partnership lens (plan format 4, docs/partnership.md) -----------------------------


@dataclass(frozen=True, slots=True)
class AssessmentRec:
    """A dated maturity assessment of one business unit; its ratings are ``RatingRec``."""

    id: int
    code: str
    business_unit_id: int
    assessed_on: date
    assessed_by: str
    note: str


@dataclass(frozen=True, slots=True)
class RatingRec:
    id: int
    assessment_id: int
    dimension: str
    level: int
    target: int | None
    evidence: str


@dataclass(frozen=True, slots=True)
class SponsorChangeRec:
    id: int
    item_id: int
    role: str  # "sponsor" | "champion" | "it_owner"
    from_person_id: int | None
    to_person_id: int | None
    changed_on: date
    reason: str


@dataclass(frozen=True, slots=True)
class ValueDriverRec:
    id: int
    item_id: int
    driver: str
    amount: float | None
    statement: str


@dataclass(frozen=True, slots=True)
class KpiActualRec:
    id: int
    kpi_id: int
    measured_on: date
    value: float
    note: str


@dataclass(frozen=True, slots=True)
class ProcessRec:
    id: int
    code: str
    name: str
    description: str
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class ApplicationRec:
    id: int
    code: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class EnablementRec:
    """An application enables a process."""

    id: int
    process_id: int
    application_id: int
    note: str


@dataclass(frozen=True, slots=True)
class ApplicationChangeRec:
    """A roadmap item changes an application."""

    id: int
    item_id: int
    application_id: int
    note: str


@dataclass(frozen=True, slots=True)
class ProcessChangeRec:
    """A roadmap item changes a business process."""

    id: int
    item_id: int
    process_id: int
    note: str


# -- workshop mode (plan format 5) ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkshopRec:
    id: int
    code: str
    title: str
    held_on: date | None
    notes: str


@dataclass(frozen=True, slots=True)
class ParticipantRec:
    """A workshop participant; ``person_id`` is None for someone added on the day."""

    id: int
    workshop_id: int
    code: str
    name: str
    person_id: int | None
    side: str  # "business" | "it"
    business_unit_id: int | None


@dataclass(frozen=True, slots=True)
class RoundRec:
    id: int
    workshop_id: int
    code: str
    question: str
    position: int
    method: str
    subject: str  # "items" | "objectives"
    dots: int | None
    cap: int | None
    points: int | None
    budget: Decimal | None
    scenario_id: int | None
    anonymity: str
    state: str  # "draft" | "open" | "closed"
    revealed: bool
    timer_seconds: int | None
    opened_at: datetime | None
    closed_at: datetime | None
    adopted: str | None
    notes: str


@dataclass(frozen=True, slots=True)
class OptionRec:
    """An option on a round's agenda; code and title stay if the item or objective is deleted."""

    id: int
    round_id: int
    position: int
    code: str
    title: str
    item_id: int | None
    objective_id: int | None


@dataclass(frozen=True, slots=True)
class BallotRec:
    id: int
    round_id: int
    participant_id: int
    abstain: bool
    #: Canonical JSON text of the normalised values (None when abstaining).
    ballot_values: str | None
    cast_at: datetime

    @property
    def values(self) -> Any:
        """The values as JSON gives them back (Decimals as text, pairs as lists);
        ``analysis.workshop.validate_ballot`` turns them into the tally's shapes again."""
        return None if self.ballot_values is None else json.loads(self.ballot_values)


@dataclass(frozen=True, slots=True)
class DecisionRec:
    id: int
    workshop_id: int
    code: str
    decision: str
    rationale: str
    options_rejected: str
    owner_id: int | None
    review_on: date | None
    #: The round that is the decision's evidence.
    round_id: int | None


@dataclass(frozen=True, slots=True)
class DecisionLinkRec:
    """A decision is about an item or an objective (exactly one)."""

    id: int
    decision_id: int
    item_id: int | None
    objective_id: int | None


@dataclass(frozen=True, slots=True)
class ActionRec:
    id: int
    workshop_id: int
    code: str
    action: str
    owner_id: int | None
    due: date | None
    done: bool
    decision_id: int | None
    item_id: int | None
    objective_id: int | None


def field_names(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]


@cache
def row_builder(record_type: type) -> Callable[[Sequence[Any]], Any]:
    """A function making a record from a row whose first values are its fields, in order.

    Equal to ``record_type(*row[:n])`` and twice as fast: a frozen dataclass's
    ``__init__`` goes through ``object.__setattr__`` for every field, this sets
    each slot through its descriptor (105,000 rows of a 20,000-item plan: 0.25 s
    of the snapshot's 0.55 s CPU went to ``__init__``). No record has a
    ``__post_init__`` or a default factory to run; tests/test_snapshot_build.py
    checks every record type against its ``__init__``.
    """
    names = field_names(record_type)
    if hasattr(record_type, "__post_init__"):
        raise TypeError(f"{record_type.__name__} has a __post_init__ the builder would skip")
    scope: dict[str, Any] = {"_new": object.__new__, "_type": record_type}
    lines = ["def build(row):", "    record = _new(_type)"]
    for n, name in enumerate(names):
        scope[f"_set{n}"] = getattr(record_type, name).__set__
        lines.append(f"    _set{n}(record, row[{n}])")
    lines.append("    return record")
    exec("\n".join(lines), scope)  # source built from field positions only, as dataclasses do
    build: Callable[[Sequence[Any]], Any] = scope["build"]
    build.__qualname__ = f"row_builder({record_type.__name__})"
    return build


RECORD_TYPES: dict[str, type] = {
    "business_unit": BusinessUnitRec,
    "person": PersonRec,
    "objective": ObjectiveRec,
    "team": TeamRec,
    "item": ItemRec,
    "link": LinkRec,
    "demand": DemandRec,
    "dependency": DependencyRec,
    "kpi": KpiRec,
    "milestone": MilestoneRec,
    "criterion": CriterionRec,
    "score": ScoreRec,
    "pin": PinRec,
    "scenario": ScenarioRec,
    "baseline": BaselineRec,
    "assessment": AssessmentRec,
    "rating": RatingRec,
    "sponsor_change": SponsorChangeRec,
    "value_driver": ValueDriverRec,
    "kpi_actual": KpiActualRec,
    "process": ProcessRec,
    "application": ApplicationRec,
    "enablement": EnablementRec,
    "application_change": ApplicationChangeRec,
    "process_change": ProcessChangeRec,
    "workshop": WorkshopRec,
    "workshop_participant": ParticipantRec,
    "workshop_round": RoundRec,
    "workshop_option": OptionRec,
    "workshop_ballot": BallotRec,
    "workshop_decision": DecisionRec,
    "workshop_decision_link": DecisionLinkRec,
    "workshop_action": ActionRec,
}
