"""Budget scenarios: the best portfolio under a cap, and scenarios side by side.

The portfolio of a scenario = committed work (``approved`` and ``in_progress``
items, which the cap must cover) + the chosen ``proposed`` items; ``done``
items count as delivered (they support objectives but are outside the cap),
``on_hold`` and ``cancelled`` items are out. Among the proposed items the
solver picks the subset with the largest total score (or annual value) whose
cost fits the cap — total capex + opex, or the spend in every calendar year
with each item's cost spread evenly over its quarters — with ``mandatory``
items forced in and an item never chosen without the proposed items it
depends on. It is solved exactly as a 0-1 integer program with HiGHS
(``scipy.optimize.milp``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from stratplanner.analysis.scoring import (
    PrioritizationError,
    Ranking,
    ScoringModel,
    join_names,
)
from stratplanner.analysis.text import money
from stratplanner.i18n import translate
from stratplanner.snapshot.records import ItemRec, ScenarioRec
from stratplanner.snapshot.snapshot import PlanSnapshot

COMMITTED_STATUSES = frozenset({"approved", "in_progress"})
CANDIDATE_STATUS = "proposed"
#: A link of this strength or more supports an objective (as in the alignment analysis).
SUPPORT_STRENGTH = 2
SOLVER_TIME_LIMIT = 60.0


@dataclass(frozen=True)
class BudgetSpec:
    """What a scenario asks: a cap (None = none), on the total or per calendar year."""

    name: str
    budget: float | None = None
    basis: str = "total"
    maximise: str = "score"

    @classmethod
    def of(cls, scenario: ScenarioRec) -> BudgetSpec:
        return cls(scenario.name, scenario.budget, scenario.budget_basis, scenario.maximise)

    def describe(self, currency: str) -> str:
        if self.budget is None:
            return translate("Scenarios", "no budget cap")
        if self.basis == "per_year":
            text = translate("Scenarios", "{money} a year")
        else:
            text = translate("Scenarios", "{money} in total")
        return text.format(money=money(self.budget, currency))


@dataclass(frozen=True)
class PortfolioChoice:
    spec: BudgetSpec
    #: Approved and in-progress items: in every scenario, inside the cap.
    committed: tuple[int, ...]
    #: Proposed items chosen (mandatory ones included).
    chosen: tuple[int, ...]
    #: Proposed items left out.
    left_out: tuple[int, ...]
    #: Done items: delivered, outside the cap, still supporting objectives.
    delivered: tuple[int, ...]
    spend: float
    spend_by_year: Mapping[int, float]
    #: Σ score (0-100 each) or Σ annual value of the chosen items, as the scenario maximises.
    objective: float
    #: Annual value of committed + chosen items.
    annual_value: float
    feasible: bool
    optimal: bool
    notes: tuple[str, ...]

    @cached_property
    def portfolio(self) -> frozenset[int]:
        """Items this scenario funds or has delivered (support is counted over these)."""
        return frozenset(self.committed) | frozenset(self.chosen) | frozenset(self.delivered)


def item_spend_by_year(item: ItemRec, first: int, last: int) -> dict[int, float]:
    """Cost spread evenly over the item's quarters, summed per calendar year (horizon only)."""
    if item.start is None or item.end is None:
        return {}
    per_quarter = (item.capex + item.opex) / item.duration
    out: dict[int, float] = defaultdict(float)
    for q in range(max(item.start.ordinal, first), min(item.end.ordinal, last) + 1):
        out[q // 4] += per_quarter
    return dict(out)


def best_portfolio(
    snap: PlanSnapshot, spec: BudgetSpec, ranking: Ranking | None = None
) -> PortfolioChoice:
    """The proposed items to fund under ``spec``; see the module docstring."""
    currency = snap.info.currency
    if spec.budget is not None and (not np.isfinite(spec.budget) or spec.budget < 0):
        raise PrioritizationError(
            translate("Scenarios", "A budget must be an amount of 0 or more, not {budget}.").format(
                budget=repr(spec.budget)
            )
        )
    if spec.basis not in ("total", "per_year"):
        raise PrioritizationError(
            translate("Scenarios", "A budget applies in total or per year, not {basis}.").format(
                basis=repr(spec.basis)
            )
        )
    if spec.maximise not in ("score", "value"):
        raise PrioritizationError(
            translate("Scenarios", "A scenario maximises score or value, not {maximise}.").format(
                maximise=repr(spec.maximise)
            )
        )
    per_year = spec.basis == "per_year" and spec.budget is not None
    first, last = snap.info.start.ordinal, snap.info.end.ordinal
    notes: list[str] = []

    committed = [i for i in snap.items if i.status in COMMITTED_STATUSES]
    delivered = [i.id for i in snap.items if i.status == "done"]
    proposed = [i for i in snap.items if i.status == CANDIDATE_STATUS]
    for item in snap.items:
        if item.mandatory and item.status == "on_hold":
            notes.append(
                translate(
                    "Scenarios",
                    "{item} is mandatory but on hold; scenarios leave it out until it resumes.",
                ).format(item=item.code)
            )

    if spec.maximise == "score":
        if ranking is None or ranking.method != "score":
            ranking = ScoringModel(snap).rank()
        worth = {e.item_id: e.score or 0.0 for e in ranking.items}
    else:
        worth = {i.id: i.annual_value for i in snap.items}

    # Who can't be chosen at all, and why: the on-hold predecessor's code, or "" (unscheduled).
    blocked: dict[int, str] = {}
    by_id = snap.item_by_id
    for item in proposed:
        for pred_id in snap.predecessors.get(item.id, ()):
            pred = by_id.get(pred_id)
            if pred is not None and pred.status == "on_hold":
                blocked[item.id] = pred.code
        if per_year and not item.scheduled:
            blocked[item.id] = ""
    candidates = [i for i in proposed if i.id not in blocked]
    for item in proposed:
        if item.id in blocked:
            notes.append(_blocked_note(item, blocked[item.id]))
    unscheduled_committed = [i.code for i in committed if not i.scheduled]
    if per_year and unscheduled_committed:
        notes.append(
            translate(
                "Scenarios",
                "{items} (committed) have no quarters, so their cost is not in any year's spend.",
            ).format(
                items=join_names(
                    unscheduled_committed[:3], more=max(0, len(unscheduled_committed) - 3)
                )
            )
        )

    years = list(range(first // 4, last // 4 + 1))
    committed_spend = sum(i.capex + i.opex for i in committed)
    committed_years: dict[int, float] = defaultdict(float)
    for item in committed:
        for year, amount in item_spend_by_year(item, first, last).items():
            committed_years[year] += amount

    chosen: list[ItemRec]
    feasible, optimal = True, True
    if spec.budget is None:
        chosen = list(candidates)
    else:
        over = _over_budget(spec, committed_spend, committed_years, years, currency)
        if over:
            feasible = optimal = False
            notes.append(
                translate(
                    "Scenarios",
                    "The budget ({budget}) is below what approved and in-progress work already "
                    "costs ({cost}); nothing more fits. Raise the budget or put committed work "
                    "on hold.",
                ).format(budget=spec.describe(currency), cost=over)
            )
            chosen = []
        else:
            chosen, feasible, optimal, why = _solve(
                snap,
                spec,
                candidates,
                worth=worth,
                committed_spend=committed_spend,
                committed_years=committed_years,
                years=years,
            )
            if why:
                notes.append(why)
    chosen_ids = {i.id for i in chosen}
    spend = committed_spend + sum(i.capex + i.opex for i in chosen)
    spend_years: dict[int, float] = dict(committed_years)
    for item in chosen:
        for year, amount in item_spend_by_year(item, first, last).items():
            spend_years[year] = spend_years.get(year, 0.0) + amount
    if spec.budget is not None and feasible:
        left = [i for i in candidates if i.id not in chosen_ids]
        if left and not [i for i in chosen if not i.mandatory]:
            cheapest = min(left, key=lambda i: i.capex + i.opex)
            cost = cheapest.capex + cheapest.opex
            if spec.basis == "total":
                fits = spend + cost <= spec.budget
            else:
                fits = all(
                    spend_years.get(y, 0.0) + a <= spec.budget
                    for y, a in item_spend_by_year(cheapest, first, last).items()
                )
            if not fits:
                notes.append(
                    translate(
                        "Scenarios",
                        "No proposed item fits in what is left of the budget; the cheapest, "
                        "{item}, costs {cost}.",
                    ).format(item=cheapest.code, cost=money(cost, currency))
                )
    portfolio_items = committed + chosen
    return PortfolioChoice(
        spec=spec,
        committed=tuple(i.id for i in committed),
        chosen=tuple(i.id for i in proposed if i.id in chosen_ids),
        left_out=tuple(i.id for i in proposed if i.id not in chosen_ids),
        delivered=tuple(delivered),
        spend=spend,
        spend_by_year={y: spend_years.get(y, 0.0) for y in years},
        objective=sum(worth.get(i.id, 0.0) for i in chosen),
        annual_value=sum(i.annual_value for i in portfolio_items),
        feasible=feasible,
        optimal=optimal,
        notes=tuple(notes),
    )


def _blocked_note(item: ItemRec, on_hold: str) -> str:
    """Why a proposed item can't be chosen: it waits for ``on_hold`` (a code), or is unscheduled
    (``on_hold`` empty) under a yearly cap; a mandatory one can't be funded at all."""
    if on_hold and item.mandatory:
        text = translate(
            "Scenarios",
            "{item} waits for {predecessor}, which is on hold: it is mandatory but can't be "
            "funded in this scenario.",
        )
    elif on_hold:
        text = translate(
            "Scenarios", "{item} waits for {predecessor}, which is on hold; it is left out."
        )
    elif item.mandatory:
        text = translate(
            "Scenarios",
            "{item} is unscheduled, so its yearly spend is unknown: it is mandatory but can't be "
            "funded in this scenario.",
        )
    else:
        text = translate(
            "Scenarios", "{item} is unscheduled, so its yearly spend is unknown; it is left out."
        )
    return text.format(item=item.code, predecessor=on_hold)


def _over_budget(
    spec: BudgetSpec,
    spend: float,
    by_year: Mapping[int, float],
    years: Sequence[int],
    currency: str,
) -> str:
    """'' when committed work fits the cap, else what it costs ('USD 5.2 m' / '2027: USD 3.1 m')."""
    assert spec.budget is not None
    tolerance = 1e-6 * max(1.0, spec.budget)
    if spec.basis == "total":
        return money(spend, currency) if spend > spec.budget + tolerance else ""
    over = [
        f"{y}: {money(by_year[y], currency)}"
        for y in years
        if by_year.get(y, 0.0) > spec.budget + tolerance
    ]
    return ", ".join(over)


def _solve(
    snap: PlanSnapshot,
    spec: BudgetSpec,
    candidates: list[ItemRec],
    *,
    worth: Mapping[int, float],
    committed_spend: float,
    committed_years: Mapping[int, float],
    years: list[int],
) -> tuple[list[ItemRec], bool, bool, str]:
    """0-1 knapsack with yearly rows and precedence rows, solved exactly by HiGHS."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_array

    assert spec.budget is not None
    n = len(candidates)
    if n == 0:
        return [], True, True, ""
    first, last = snap.info.start.ordinal, snap.info.end.ordinal
    index = {item.id: k for k, item in enumerate(candidates)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    upper: list[float] = []
    row = 0
    if spec.basis == "total":
        for k, item in enumerate(candidates):
            rows.append(row)
            cols.append(k)
            vals.append(item.capex + item.opex)
        upper.append(spec.budget - committed_spend)
        row += 1
    else:
        year_row = {year: row + j for j, year in enumerate(years)}
        for k, item in enumerate(candidates):
            for year, amount in item_spend_by_year(item, first, last).items():
                rows.append(year_row[year])
                cols.append(k)
                vals.append(amount)
        upper.extend(spec.budget - committed_years.get(year, 0.0) for year in years)
        row += len(years)
    for k, item in enumerate(candidates):  # x_after - x_before <= 0
        for pred_id in snap.predecessors.get(item.id, ()):
            if pred_id in index:
                rows.extend((row, row))
                cols.extend((k, index[pred_id]))
                vals.extend((1.0, -1.0))
                upper.append(0.0)
                row += 1
    matrix = csr_array((vals, (rows, cols)), shape=(row, n))
    # Slack so float noise never turns an exact fit into "over budget".
    slack = 1e-9 * max(1.0, spec.budget)
    constraint = LinearConstraint(matrix, -np.inf, np.array(upper) + slack)
    lower = np.array([1.0 if item.mandatory else 0.0 for item in candidates])
    values = np.array([worth.get(item.id, 0.0) for item in candidates])
    result = milp(
        c=-values,
        constraints=[constraint],
        integrality=np.ones(n),
        bounds=Bounds(lower, np.ones(n)),
        options={"mip_rel_gap": 0.0, "time_limit": SOLVER_TIME_LIMIT},
    )
    if result.x is None:
        mandatory = [i.code for i in candidates if i.mandatory]
        named = join_names(mandatory[:5], more=max(0, len(mandatory) - 5))
        budget = spec.describe(snap.info.currency)
        return (
            [],
            False,
            False,
            translate(
                "Scenarios",
                "The mandatory items ({items}) and what they depend on don't fit in the budget "
                "({budget}) next to committed work; raise the budget or review what is mandatory.",
            ).format(items=named, budget=budget),
        )
    picked = [candidates[k] for k in range(n) if result.x[k] > 0.5]
    optimal = bool(result.status == 0)
    why = (
        ""
        if optimal
        else translate(
            "Scenarios",
            "The solver stopped at its time limit; this portfolio fits but may not be the best.",
        )
    )
    return picked, True, optimal, why


# -- comparing scenarios -------------------------------------------------------------------


def supported_objectives(snap: PlanSnapshot, items: Iterable[int]) -> set[int]:
    """Objectives (themes roll up their objectives) with a link of strength ≥ 2 from ``items``."""
    chosen = set(items)
    parent = {o.id: o.parent_id for o in snap.objectives}
    supported: set[int] = set()
    for link in snap.links:
        if link.item_id in chosen and link.strength >= SUPPORT_STRENGTH:
            node: int | None = link.objective_id
            while node is not None and node not in supported:
                supported.add(node)
                node = parent.get(node)
    return supported


@dataclass(frozen=True)
class ScenarioDelta:
    """One scenario against the reference (the first compared)."""

    choice: PortfolioChoice
    #: Items the reference funds that this scenario does not.
    dropped: tuple[int, ...]
    #: Items this scenario funds that the reference does not.
    added: tuple[int, ...]
    value_lost: float
    value_gained: float
    #: Objectives the reference supports that this scenario leaves unsupported.
    newly_unsupported: tuple[int, ...]
    #: Every objective this scenario leaves unsupported.
    unsupported: tuple[int, ...]


@dataclass(frozen=True)
class ScenarioComparison:
    reference: str
    deltas: tuple[ScenarioDelta, ...]


def compare_scenarios(
    snap: PlanSnapshot, specs: Sequence[BudgetSpec], ranking: Ranking | None = None
) -> ScenarioComparison:
    """Each scenario's best portfolio, compared with the first: drops, value lost, objectives."""
    if not specs:
        raise PrioritizationError(translate("Scenarios", "Name at least one scenario to compare."))
    needs_score = any(s.maximise == "score" for s in specs)
    if needs_score and ranking is None:
        ranking = ScoringModel(snap).rank()
    choices = [best_portfolio(snap, spec, ranking) for spec in specs]
    reference = choices[0]
    ref_supported = supported_objectives(snap, reference.portfolio)
    value = {i.id: i.annual_value for i in snap.items}
    order = {i.id: k for k, i in enumerate(snap.items)}
    deltas = []
    for choice in choices:
        dropped = sorted(reference.portfolio - choice.portfolio, key=order.__getitem__)
        added = sorted(choice.portfolio - reference.portfolio, key=order.__getitem__)
        supported = supported_objectives(snap, choice.portfolio)
        deltas.append(
            ScenarioDelta(
                choice=choice,
                dropped=tuple(dropped),
                added=tuple(added),
                value_lost=sum(value[i] for i in dropped),
                value_gained=sum(value[i] for i in added),
                newly_unsupported=tuple(
                    o.id for o in snap.objectives if o.id in ref_supported and o.id not in supported
                ),
                unsupported=tuple(o.id for o in snap.objectives if o.id not in supported),
            )
        )
    return ScenarioComparison(specs[0].name, tuple(deltas))
