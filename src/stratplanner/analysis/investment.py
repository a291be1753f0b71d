"""Where the money goes: an item's cost (capex + opex) split several ways.

Every split adds up to the total cost of the items counted: cost that fits
no bucket lands in the ``None`` bucket (no objective, no business unit,
unscheduled), so nothing is silently lost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence

from stratplanner.analysis.alignment import objective_roots
from stratplanner.analysis.selection import counted_items
from stratplanner.model.values import Category, Quarter
from stratplanner.snapshot import ItemRec, PlanSnapshot

CATEGORIES = tuple(c.value for c in Category)


def _items(snap: PlanSnapshot, items: Iterable[ItemRec] | None) -> Sequence[ItemRec]:
    return counted_items(snap) if items is None else list(items)


def objective_shares(snap: PlanSnapshot, item_id: int) -> list[tuple[int, float]]:
    """(objective id, fraction of the item's cost) in proportion to link strength."""
    links = snap.links_by_item.get(item_id, ())
    total = sum(link.strength for link in links)
    if total <= 0:
        return []
    return [(link.objective_id, link.strength / total) for link in links]


def investment_by_objective(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int | None, float]:
    """Objective id → cost; each item's cost split across its objectives by link strength.

    ``None`` holds the cost of orphan items.
    """
    out: dict[int | None, float] = defaultdict(float)
    links_by_item = snap.links_by_item
    for item in _items(snap, items):
        cost = item.capex + item.opex
        links = links_by_item.get(item.id) or ()
        total = sum(link.strength for link in links)
        if total <= 0:
            out[None] += cost
            continue
        for link in links:
            out[link.objective_id] += cost * link.strength / total
    return dict(out)


def investment_by_theme(
    snap: PlanSnapshot,
    items: Iterable[ItemRec] | None = None,
    *,
    by_objective: dict[int | None, float] | None = None,
) -> dict[int | None, float]:
    """Top-level theme id → cost: :func:`investment_by_objective` rolled up to the themes."""
    roots = objective_roots(snap)
    if by_objective is None:
        by_objective = investment_by_objective(snap, items)
    out: dict[int | None, float] = defaultdict(float)
    for objective_id, amount in by_objective.items():
        out[roots.get(objective_id) if objective_id is not None else None] += amount
    return dict(out)


def investment_by_business_unit(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int | None, float]:
    out: dict[int | None, float] = defaultdict(float)
    for item in _items(snap, items):
        out[item.business_unit_id] += item.cost
    return dict(out)


def investment_by_category(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[str, float]:
    """run / grow / transform → cost (every category present, 0 when unused)."""
    out = dict.fromkeys(CATEGORIES, 0.0)
    for item in _items(snap, items):
        out[item.category] = out.get(item.category, 0.0) + item.cost
    return out


def category_shares(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> dict[str, float]:
    """run / grow / transform → share of the cost, 0..1 (all 0 when nothing costs anything)."""
    by_category = investment_by_category(snap, items)
    total = sum(by_category.values())
    if total <= 0:
        return dict.fromkeys(by_category, 0.0)
    return {key: value / total for key, value in by_category.items()}


def item_quarters(item: ItemRec) -> list[Quarter]:
    if item.start is None or item.end is None:
        return []
    return [Quarter(o) for o in range(item.start.ordinal, item.end.ordinal + 1)]


def investment_by_quarter(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[Quarter | None, float]:
    """Quarter → cost, each item's cost spread evenly over its quarters; ``None`` = unscheduled."""
    by_ordinal: dict[int, float] = defaultdict(float)
    unscheduled = 0.0
    has_unscheduled = False
    for item in _items(snap, items):
        cost = item.capex + item.opex
        if item.start is None or item.end is None:
            unscheduled += cost
            has_unscheduled = True
            continue
        first, last = item.start.ordinal, item.end.ordinal
        per_quarter = cost / (last - first + 1)
        for ordinal in range(first, last + 1):
            by_ordinal[ordinal] += per_quarter
    out: dict[Quarter | None, float] = {Quarter(o): v for o, v in sorted(by_ordinal.items())}
    if has_unscheduled:
        out[None] = unscheduled
    return out


def investment_by_quarter_and(
    snap: PlanSnapshot,
    key: Callable[[ItemRec], Iterable[tuple[Hashable, float]]],
    items: Iterable[ItemRec] | None = None,
) -> dict[Quarter | None, dict[Hashable, float]]:
    """Quarter → {bucket → cost}: the quarterly spread further split by ``key``.

    ``key(item)`` gives (bucket, fraction) pairs whose fractions add up to 1.
    """
    by_ordinal: dict[int | None, dict[Hashable, float]] = defaultdict(lambda: defaultdict(float))
    for item in _items(snap, items):
        parts = list(key(item))
        cost = item.capex + item.opex
        if item.start is None or item.end is None:
            cell = by_ordinal[None]
            for bucket, fraction in parts:
                cell[bucket] += cost * fraction
            continue
        first, last = item.start.ordinal, item.end.ordinal
        amounts = [(bucket, cost * fraction / (last - first + 1)) for bucket, fraction in parts]
        for ordinal in range(first, last + 1):
            cell = by_ordinal[ordinal]
            for bucket, amount in amounts:
                cell[bucket] += amount
    return {
        (Quarter(o) if o is not None else None): dict(cells)
        for o, cells in sorted(by_ordinal.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    }


def split_by_category(item: ItemRec) -> list[tuple[Hashable, float]]:
    return [(item.category, 1.0)]


def split_by_business_unit(item: ItemRec) -> list[tuple[Hashable, float]]:
    return [(item.business_unit_id, 1.0)]


def split_by_objective(snap: PlanSnapshot) -> Callable[[ItemRec], list[tuple[Hashable, float]]]:
    def split(item: ItemRec) -> list[tuple[Hashable, float]]:
        return list(objective_shares(snap, item.id)) or [(None, 1.0)]

    return split


def split_by_theme(snap: PlanSnapshot) -> Callable[[ItemRec], list[tuple[Hashable, float]]]:
    roots = objective_roots(snap)

    def split(item: ItemRec) -> list[tuple[Hashable, float]]:
        merged: dict[Hashable, float] = defaultdict(float)
        for objective_id, fraction in objective_shares(snap, item.id):
            merged[roots.get(objective_id, objective_id)] += fraction
        return list(merged.items()) or [(None, 1.0)]

    return split
