"""Which ranks hold and which flip if any single criterion weight moves by ±20%.

For every criterion with a weight above 0, the portfolio is re-ranked twice:
that weight × 0.8 and × 1.2, all others as they are. An item is *robust* when
its rank is the same in every one of those rankings; otherwise each change
that moves it is listed with the rank it would get. Pinned items keep their
pinned rank (the business decided), so they are robust unless a pin collides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from stratplanner.analysis.scoring import ScoringModel

DEFAULT_CHANGE = 0.2


@dataclass(frozen=True, slots=True)
class RankShift:
    """One weight change and the rank it gives the item."""

    criterion: str
    #: +0.2 or -0.2: the relative change of that one weight.
    change: float
    rank: int

    @property
    def label(self) -> str:
        return f"{self.criterion} {'+' if self.change > 0 else '−'}{abs(self.change):.0%}"


@dataclass(frozen=True, slots=True)
class ItemSensitivity:
    item_id: int
    code: str
    rank: int
    min_rank: int
    max_rank: int
    shifts: tuple[RankShift, ...]
    pinned: bool

    @property
    def robust(self) -> bool:
        return not self.shifts


@dataclass(frozen=True)
class Sensitivity:
    change: float
    #: Criterion codes whose weight was varied (weights of 0 can't change by a percentage).
    varied: tuple[str, ...]
    #: In current rank order.
    items: tuple[ItemSensitivity, ...]

    @property
    def robust_count(self) -> int:
        return sum(1 for i in self.items if i.robust)

    @property
    def flipping(self) -> list[ItemSensitivity]:
        return [i for i in self.items if not i.robust]


def rank_sensitivity(
    model: ScoringModel,
    weights: Mapping[str, float] | None = None,
    *,
    change: float = DEFAULT_CHANGE,
) -> Sensitivity:
    """Re-rank with each single weight × (1 ± change); see the module docstring."""
    base_weights = model.weight_vector(weights)
    base_ranks = model.ranks_for(model.scores(base_weights))
    codes = [c.code for c in model.criteria]
    shifts: list[list[RankShift]] = [[] for _ in model.items]
    low = base_ranks.copy()
    high = base_ranks.copy()
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
        )
        for k in order.tolist()
    )
    return Sensitivity(change, tuple(varied), items)
