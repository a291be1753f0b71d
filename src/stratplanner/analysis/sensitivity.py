"""Which items a ±20% change of one criterion weight moves across a decision line.

For every criterion with a weight above 0, the portfolio is re-ranked twice:
that weight × 0.8 and × 1.2, all others as they are. Every rank that moves is
recorded (``shifts``, the rank range), but a moved rank alone says little: on
a typical plan most ranks shuffle by one or two. What a planner needs to know
is whether the *decision* changes, so an item is **flagged** only when one of
those changes moves it across a decision line (``DecisionLines``):

- into or out of the top N the user chose, or
- into or out of the funded set of a budget scenario (the best portfolio under
  its cap, ``scenarios.best_portfolio``, re-solved with the changed weights;
  only a scenario that maximises score depends on the weights).

Each crossing names the weight and the direction that cause it. Pinned items
keep their pinned rank (the business decided), so only the budget line can
move them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from stratplanner.analysis.scenarios import BudgetSpec, best_portfolio
from stratplanner.analysis.scoring import ScoringModel, join_names
from stratplanner.i18n import format_percent, translate

DEFAULT_CHANGE = 0.2


@dataclass(frozen=True, slots=True)
class DecisionLines:
    """The lines a weight change may push an item across; None = that line is not drawn."""

    #: The top N the user chose (N ≥ 1).
    top_n: int | None = None
    #: The budget scenario whose funded set counts.
    scenario: BudgetSpec | None = None

    @property
    def funded_depends_on_weights(self) -> bool:
        s = self.scenario
        return s is not None and s.budget is not None and s.maximise == "score"

    def describe(self) -> str:
        """'the top 10 and the funded set of “Budget −20%”', or '' when no line is drawn."""
        parts = []
        if self.top_n:
            parts.append(_top_text(self.top_n))
        if self.funded_depends_on_weights:
            assert self.scenario is not None
            parts.append(_funded_text(self.scenario.name))
        return join_names(parts)


@dataclass(frozen=True, slots=True)
class RankShift:
    """One weight change and the rank it gives the item."""

    criterion: str
    #: +0.2 or -0.2: the relative change of that one weight.
    change: float
    rank: int

    @property
    def label(self) -> str:
        return f"{self.criterion} {_signed(self.change)}"


@dataclass(frozen=True, slots=True)
class Crossing:
    """One weight change that moves the item across a decision line."""

    criterion: str
    change: float
    #: "top" (the top N) or "funded" (the scenario's funded set).
    line: str
    #: True: the change brings the item in; False: it drops out.
    into: bool
    #: How the line reads in a sentence: "the top 10", "the funded set of “Budget −20%”".
    line_text: str
    #: What names the line: the N of the top N ("10"), or the scenario's name.
    line_name: str = ""

    @property
    def weight_label(self) -> str:
        return f"{self.criterion} {_signed(self.change)}"

    @property
    def label(self) -> str:
        """'ALIGN +20% moves it into the top 10', in the user's language."""
        if self.line == "top":
            if self.into:
                text = translate("Sensitivity", "{weight} moves it into the top {n}")
            else:
                text = translate("Sensitivity", "{weight} drops it out of the top {n}")
        elif self.into:
            text = translate("Sensitivity", "{weight} moves it into the funded set of “{scenario}”")
        else:
            text = translate(
                "Sensitivity", "{weight} drops it out of the funded set of “{scenario}”"
            )
        return text.format(weight=self.weight_label, n=self.line_name, scenario=self.line_name)

    @property
    def where(self) -> str:
        """'into top 10', 'out of funded set of “Budget −20%”': the direction, for a table cell."""
        if self.line == "top":
            if self.into:
                text = translate("Sensitivity", "into top {n}")
            else:
                text = translate("Sensitivity", "out of top {n}")
        elif self.into:
            text = translate("Sensitivity", "into funded set of “{scenario}”")
        else:
            text = translate("Sensitivity", "out of funded set of “{scenario}”")
        return text.format(n=self.line_name, scenario=self.line_name)


@dataclass(frozen=True, slots=True)
class ItemSensitivity:
    item_id: int
    code: str
    rank: int
    min_rank: int
    max_rank: int
    shifts: tuple[RankShift, ...]
    pinned: bool
    #: The weight changes that move this item across a decision line (empty: none does).
    crossings: tuple[Crossing, ...] = ()

    @property
    def robust(self) -> bool:
        """The rank itself holds under every single-weight change."""
        return not self.shifts

    @property
    def flagged(self) -> bool:
        """A ±change of one weight moves the item across a decision line."""
        return bool(self.crossings)

    @property
    def criteria(self) -> tuple[str, ...]:
        """The criteria whose weight moves it across a line, in order of first mention."""
        return tuple(dict.fromkeys(c.criterion for c in self.crossings))


@dataclass(frozen=True)
class Sensitivity:
    change: float
    #: Criterion codes whose weight was varied (weights of 0 can't change by a percentage).
    varied: tuple[str, ...]
    #: In current rank order.
    items: tuple[ItemSensitivity, ...]
    lines: DecisionLines = DecisionLines()

    @property
    def robust_count(self) -> int:
        return sum(1 for i in self.items if i.robust)

    @property
    def flipping(self) -> list[ItemSensitivity]:
        """Items whose rank moves at all (most do, a little: see ``flagged``)."""
        return [i for i in self.items if not i.robust]

    @property
    def flagged(self) -> list[ItemSensitivity]:
        """Items a single ±change of one weight moves across a decision line."""
        return [i for i in self.items if i.flagged]


def _signed(change: float) -> str:
    return f"{'+' if change > 0 else '−'}{format_percent(abs(change))}"


def _top_text(top_n: int) -> str:
    return translate("Sensitivity", "the top {n}").format(n=top_n)


def _funded_text(scenario: str) -> str:
    return translate("Sensitivity", "the funded set of “{scenario}”").format(scenario=scenario)


def rank_sensitivity(
    model: ScoringModel,
    weights: Mapping[str, float] | None = None,
    *,
    change: float = DEFAULT_CHANGE,
    lines: DecisionLines | None = None,
) -> Sensitivity:
    """Re-rank with each single weight × (1 ± change); see the module docstring."""
    lines = lines or DecisionLines()
    base_weights = model.weight_vector(weights)
    base_ranks = model.ranks_for(model.scores(base_weights))
    codes = [c.code for c in model.criteria]
    n = len(model.items)
    shifts: list[list[RankShift]] = [[] for _ in model.items]
    crossings: list[list[Crossing]] = [[] for _ in model.items]
    low = base_ranks.copy()
    high = base_ranks.copy()
    top_n = lines.top_n if lines.top_n and 0 < lines.top_n < n else None
    top_text = _top_text(top_n or 0)
    funded_text = _funded_text(lines.scenario.name) if lines.scenario else ""
    scenario_name = lines.scenario.name if lines.scenario else ""
    index = {item.id: k for k, item in enumerate(model.items)}
    base_funded = _funded(model, base_weights, lines, index)
    varied = []
    for j, code in enumerate(codes):
        if base_weights[j] <= 0:
            continue
        varied.append(code)
        for delta in (-change, change):
            trial = base_weights.copy()
            trial[j] *= 1.0 + delta
            if trial.sum() <= 0:
                continue
            ranks = model.ranks_for(model.scores(trial))
            moved = np.nonzero(ranks != base_ranks)[0]
            for k in moved.tolist():
                shifts[k].append(RankShift(code, delta, int(ranks[k])))
            np.minimum(low, ranks, out=low)
            np.maximum(high, ranks, out=high)
            if top_n is not None:
                was_in = base_ranks <= top_n
                crossed = np.nonzero(was_in != (ranks <= top_n))[0]
                for k in crossed.tolist():
                    crossings[k].append(
                        Crossing(code, delta, "top", not was_in[k], top_text, str(top_n))
                    )
            if base_funded is not None:
                funded = _funded(model, trial, lines, index)
                assert funded is not None
                for k in sorted(base_funded ^ funded):
                    crossings[k].append(
                        Crossing(code, delta, "funded", k in funded, funded_text, scenario_name)
                    )
    pinned = model.pinned_indexes
    order = np.argsort(base_ranks, kind="stable")
    items = tuple(
        ItemSensitivity(
            item_id=model.items[k].id,
            code=model.items[k].code,
            rank=int(base_ranks[k]),
            min_rank=int(low[k]),
            max_rank=int(high[k]),
            shifts=tuple(shifts[k]),
            pinned=k in pinned,
            crossings=tuple(crossings[k]),
        )
        for k in order.tolist()
    )
    return Sensitivity(change, tuple(varied), items, lines)


def _funded(
    model: ScoringModel, vector: np.ndarray, lines: DecisionLines, index: Mapping[int, int]
) -> set[int] | None:
    """Positions (in ``model.items``) the scenario funds with these weights; None: no such line."""
    if not lines.funded_depends_on_weights:
        return None
    assert lines.scenario is not None
    weights = {c.code: float(w) for c, w in zip(model.criteria, vector.tolist(), strict=True)}
    choice = best_portfolio(model.snap, lines.scenario, model.rank(weights))
    return {index[i] for i in (*choice.committed, *choice.chosen) if i in index}
