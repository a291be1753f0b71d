"""What a workshop round asks, as the tallies' :class:`RoundSpec`, from the plan's own figures.

One definition for the ballot check at the desk (``commands.workshop.CastBallot``),
the JSON reader and the results: an option's cost is its item's capex + opex; a
criteria round rates every *scored* criterion of the plan on its 0-5 scale
(analysis/scoring.py); a participant's budget is the round's own, or, when the
round shares a budget scenario's cap ("buy a feature"), that cap divided by the
workshop's participants, rounded down to the cent so the pooled budgets never
exceed the cap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_DOWN, Decimal

from stratplanner.analysis.scoring import MAX_SCORE
from stratplanner.analysis.workshop_ballots import CriterionSpec, RoundSpec
from stratplanner.snapshot.records import CriterionRec, RoundRec
from stratplanner.snapshot.snapshot import PlanSnapshot

CENT = Decimal("0.01")


def money(value: float | int | Decimal) -> Decimal:
    """A plan amount (a float in the file) as the exact Decimal a person would write."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def item_cost(capex: float, opex: float) -> Decimal:
    return money(capex) + money(opex)


def scored_criteria(criteria: Iterable[CriterionRec]) -> tuple[CriterionSpec, ...]:
    """The plan's scored criteria on their fixed 0-5 scale (computed ones are not voted on)."""
    return tuple(
        CriterionSpec(c.code, c.name, float(c.weight), 0, int(MAX_SCORE))
        for c in criteria
        if c.measure == "scored"
    )


def budget_each(
    budget: Decimal | float | None, scenario_budget: float | Decimal | None, participants: int
) -> Decimal | None:
    """A participant's budget: the round's own, else the scenario's cap shared out, else None."""
    if budget is not None:
        return money(budget)
    if scenario_budget is None or participants < 1:
        return None
    return (money(scenario_budget) / participants).quantize(CENT, rounding=ROUND_DOWN)


def build_round_spec(
    *,
    method: str,
    options: Sequence[str],
    dots: int | None = None,
    cap: int | None = None,
    points: int | None = None,
    budget: Decimal | float | None = None,
    anonymity: str = "by_side",
    costs: Mapping[str, Decimal] | None = None,
    criteria: Sequence[CriterionSpec] = (),
    scenario_budget: float | Decimal | None = None,
    participants: int = 0,
) -> RoundSpec:
    """The spec from plain values; raises ``RoundSpecError`` when the round is set up wrongly.

    Costs and criteria are passed only to the methods that use them, so an item
    without a cost never stops a dots round.
    """
    return RoundSpec(
        method=method,
        options=tuple(options),
        dots=dots,
        cap=cap,
        points=points,
        budget=budget_each(budget, scenario_budget, participants) if method == "budget" else None,
        costs=dict(costs or {}) if method == "budget" else {},
        criteria=tuple(criteria) if method == "criteria" else (),
        anonymity=anonymity,
    )


def round_spec(snap: PlanSnapshot, round_: RoundRec) -> RoundSpec:
    """The spec of ``round_`` as the plan stands in ``snap`` (raises ``RoundSpecError``)."""
    options = snap.options_of(round_.id)
    costs: dict[str, Decimal] = {}
    for option in options:
        item = snap.item_by_id.get(option.item_id) if option.item_id is not None else None
        if item is not None:
            costs[option.code] = item_cost(item.capex, item.opex)
    scenario = next((s for s in snap.scenarios if s.id == round_.scenario_id), None)
    return build_round_spec(
        method=round_.method,
        options=[o.code for o in options],
        dots=round_.dots,
        cap=round_.cap,
        points=round_.points,
        budget=round_.budget,
        anonymity=round_.anonymity,
        costs=costs,
        criteria=scored_criteria(snap.criteria),
        scenario_budget=scenario.budget if scenario is not None else None,
        participants=len(snap.participants_by_workshop.get(round_.workshop_id, [])),
    )
