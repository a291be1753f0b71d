"""Which items count, and which a filtered view shows.

Cancelled items count nowhere. A filter narrows the counted items further
(business unit, category, status, quarter range); charts and the GUI apply
the same filter so a filtered chart and a filtered table agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from stratplanner.model.values import Quarter, Status
from stratplanner.snapshot import ItemRec, ObjectiveRec, PlanSnapshot

CANCELLED = Status.CANCELLED.value


@dataclass(frozen=True)
class ItemFilter:
    """A view's filter; ``None`` (or empty) means "any".

    ``business_unit_ids`` may hold ``None`` to keep items with no business unit.
    A quarter range keeps the scheduled items that run in at least one quarter
    of the range; unscheduled items drop out when a range is set.
    ``statuses`` may name ``cancelled`` to look at cancelled work (charts only;
    the analysis never counts it).
    """

    business_unit_ids: frozenset[int | None] | None = None
    categories: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    quarter_from: Quarter | None = None
    quarter_to: Quarter | None = None

    @property
    def is_empty(self) -> bool:
        return (
            not self.business_unit_ids
            and not self.categories
            and not self.statuses
            and self.quarter_from is None
            and self.quarter_to is None
        )

    def keeps(self, item: ItemRec) -> bool:
        if self.statuses:
            if item.status not in self.statuses:
                return False
        elif item.status == CANCELLED:
            return False
        if self.business_unit_ids and item.business_unit_id not in self.business_unit_ids:
            return False
        if self.categories and item.category not in self.categories:
            return False
        if self.quarter_from is not None or self.quarter_to is not None:
            if item.start is None or item.end is None:
                return False
            if self.quarter_from is not None and item.end < self.quarter_from:
                return False
            if self.quarter_to is not None and item.start > self.quarter_to:
                return False
        return True

    def describe(self, snap: PlanSnapshot) -> str:
        """'Stores, E-commerce · grow · 2027-Q1 to 2028-Q4', or '' when nothing is filtered."""
        parts = []
        if self.business_unit_ids:
            names = sorted(
                snap.business_unit_by_id[u].name
                if u in snap.business_unit_by_id
                else "no business unit"
                for u in self.business_unit_ids
            )
            parts.append(", ".join(names))
        if self.categories:
            parts.append(", ".join(sorted(self.categories)))
        if self.statuses:
            parts.append(", ".join(sorted(s.replace("_", " ") for s in self.statuses)))
        if self.quarter_from is not None or self.quarter_to is not None:
            low = str(self.quarter_from) if self.quarter_from is not None else "start"
            high = str(self.quarter_to) if self.quarter_to is not None else "end"
            parts.append(f"{low} to {high}")
        return " · ".join(parts)


NO_FILTER = ItemFilter()


def counted_items(snap: PlanSnapshot) -> list[ItemRec]:
    """Every item that is not cancelled, in the snapshot's order."""
    return [item for item in snap.items if item.status != CANCELLED]


def select_items(snap: PlanSnapshot, item_filter: ItemFilter | None = None) -> list[ItemRec]:
    if item_filter is None or item_filter.is_empty:
        return counted_items(snap)
    return [item for item in snap.items if item_filter.keeps(item)]


def select_objectives(
    snap: PlanSnapshot, item_filter: ItemFilter | None = None
) -> list[ObjectiveRec]:
    """Objectives of the filtered business units (themes kept when one of their objectives is)."""
    if item_filter is None or not item_filter.business_unit_ids:
        return list(snap.objectives)
    units = item_filter.business_unit_ids
    keep = {o.id for o in snap.objectives if o.business_unit_id in units}
    parents = {o.id: o.parent_id for o in snap.objectives}
    for objective_id in list(keep):
        parent = parents.get(objective_id)
        seen: set[int] = set()
        while parent is not None and parent not in seen:
            seen.add(parent)
            keep.add(parent)
            parent = parents.get(parent)
    return [o for o in snap.objectives if o.id in keep]


def item_ids(items: Iterable[ItemRec]) -> set[int]:
    return {item.id for item in items}
