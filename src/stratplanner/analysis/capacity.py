"""Team demand against capacity, quarter by quarter.

A demand of ``fte`` from a counted, scheduled item weighs on its team in every
quarter the item runs. A team's capacity is the same in every quarter.
Unscheduled items have no quarters, so they load no quarter (their demand is
reported separately).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratplanner.analysis.selection import counted_items
from stratplanner.model.values import Quarter
from stratplanner.snapshot import ItemRec, PlanSnapshot

#: Demand above capacity by less than this is rounding, not overbooking.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class TeamQuarterLoad:
    team_id: int
    quarter: Quarter
    demand: float
    capacity: float

    @property
    def utilisation(self) -> float:
        """demand ÷ capacity; ``inf`` when a team with no capacity has demand, 0 with neither."""
        if self.capacity <= 0:
            return math.inf if self.demand > TOLERANCE else 0.0
        return self.demand / self.capacity

    @property
    def overbooked(self) -> bool:
        return self.demand > self.capacity + TOLERANCE

    @property
    def excess(self) -> float:
        return max(0.0, self.demand - self.capacity)


def _items(snap: PlanSnapshot, items: Iterable[ItemRec] | None) -> Sequence[ItemRec]:
    return counted_items(snap) if items is None else list(items)


def team_demand(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[tuple[int, Quarter], float]:
    """(team id, quarter) → FTE demanded by the counted scheduled items."""
    demands_by_item = snap.demands_by_item
    by_ordinal: dict[tuple[int, int], float] = defaultdict(float)
    for item in _items(snap, items):
        if item.start is None or item.end is None:
            continue
        span = range(item.start.ordinal, item.end.ordinal + 1)
        for demand in demands_by_item.get(item.id, ()):
            team_id, amount = demand.team_id, demand.fte
            for ordinal in span:
                by_ordinal[(team_id, ordinal)] += amount
    return {(team_id, Quarter(o)): v for (team_id, o), v in by_ordinal.items()}


def unscheduled_demand(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int, float]:
    """Team id → FTE asked for by counted items that have no quarters yet."""
    out: dict[int, float] = defaultdict(float)
    for item in _items(snap, items):
        if item.start is None or item.end is None:
            for demand in snap.demands_by_item.get(item.id, ()):
                out[demand.team_id] += demand.fte
    return dict(out)


def team_loads(
    snap: PlanSnapshot,
    items: Iterable[ItemRec] | None = None,
    quarters: Iterable[Quarter] | None = None,
) -> list[TeamQuarterLoad]:
    """Every team in every quarter of ``quarters`` (default: the plan horizon plus
    any quarter with demand), ordered by team then quarter."""
    demand = {(t, q.ordinal): v for (t, q), v in team_demand(snap, items).items()}
    if quarters is None:
        first = snap.info.start.ordinal
        ordinals = set(range(first, first + snap.info.quarters)) | {o for _, o in demand}
    else:
        ordinals = {q.ordinal for q in quarters}
    chosen = [(o, Quarter(o)) for o in sorted(ordinals)]
    return [
        TeamQuarterLoad(team.id, quarter, demand.get((team.id, o), 0.0), team.capacity)
        for team in snap.teams
        for o, quarter in chosen
    ]
