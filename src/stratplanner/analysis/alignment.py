"""Alignment of IT items with business objectives (formulas in docs/analysis.md).

- item alignment = Σ over the item's links (strength / 3 × objective weight)
  ÷ Σ of the weights of all objectives, so 0..1;
- objective support = Σ of the strengths of the links to it from counted items;
  a theme (an objective with children) adds up its own links and all of its
  objectives' links;
- unsupported = no counted item links to it (or, for a theme, to it or one of
  its objectives) with strength 2 or more;
- orphan = a counted item linked to no objective;
- aligned spend share = cost of counted items with a link of strength ≥ 2
  ÷ cost of all counted items (0 when nothing costs anything).

Every function takes the items to count (default: every item that is not
cancelled), so a filtered chart reuses the same formulas.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratplanner.analysis.selection import counted_items
from stratplanner.snapshot import ItemRec, ObjectiveRec, PlanSnapshot

#: A link of this strength or more counts as real support ("moderate" or "strong").
SUPPORT_STRENGTH = 2


def _items(snap: PlanSnapshot, items: Iterable[ItemRec] | None) -> Sequence[ItemRec]:
    return counted_items(snap) if items is None else list(items)


def total_objective_weight(snap: PlanSnapshot) -> int:
    return sum(o.weight for o in snap.objectives)


def item_alignment_scores(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int, float]:
    """Item id → alignment 0..1 for every counted item (cancelled items are absent)."""
    total = total_objective_weight(snap)
    chosen = _items(snap, items)
    if total <= 0:
        return {item.id: 0.0 for item in chosen}
    weight = {o.id: o.weight for o in snap.objectives}
    links_by_item = snap.links_by_item
    scores: dict[int, float] = {}
    for item in chosen:
        raw = 0.0
        for link in links_by_item.get(item.id, ()):
            raw += link.strength * weight.get(link.objective_id, 0)
        scores[item.id] = min(1.0, raw / 3.0 / total)
    return scores


def orphan_item_ids(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> set[int]:
    """Counted items linked to no objective at all."""
    links_by_item = snap.links_by_item
    return {item.id for item in _items(snap, items) if not links_by_item.get(item.id)}


def supported_item_ids(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> set[int]:
    """Counted items with at least one link of strength 2 or more."""
    links_by_item = snap.links_by_item
    return {
        item.id
        for item in _items(snap, items)
        if any(link.strength >= SUPPORT_STRENGTH for link in links_by_item.get(item.id, ()))
    }


@dataclass(frozen=True)
class SpendShare:
    aligned_cost: float
    total_cost: float

    @property
    def share(self) -> float:
        """0..1; 0 when the counted items cost nothing."""
        if self.total_cost <= 0:
            return 0.0
        return min(1.0, max(0.0, self.aligned_cost / self.total_cost))


def aligned_spend(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None, *, supported: set[int] | None = None
) -> SpendShare:
    chosen = _items(snap, items)
    if supported is None:
        supported = supported_item_ids(snap, chosen)
    total = sum(item.capex + item.opex for item in chosen)
    aligned = sum(item.capex + item.opex for item in chosen if item.id in supported)
    return SpendShare(aligned_cost=aligned, total_cost=total)


def aligned_spend_share(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> float:
    return aligned_spend(snap, items).share


# -- objectives ------------------------------------------------------------------------


def objective_roots(snap: PlanSnapshot) -> dict[int, int]:
    """Objective id → the id of its top-level theme (itself when it has no parent)."""
    parent = {o.id: o.parent_id for o in snap.objectives}
    roots: dict[int, int] = {}
    for objective in snap.objectives:
        current = objective.id
        seen = {current}
        while (up := parent.get(current)) is not None and up not in seen:
            current = up
            seen.add(current)
        roots[objective.id] = current
    return roots


def objective_ancestors(snap: PlanSnapshot) -> dict[int, list[int]]:
    """Objective id → itself followed by its parent, grandparent … up to its theme."""
    parent = {o.id: o.parent_id for o in snap.objectives}
    chains: dict[int, list[int]] = {}
    for objective in snap.objectives:
        chain = [objective.id]
        while (up := parent.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        chains[objective.id] = chain
    return chains


@dataclass(frozen=True)
class ObjectiveSupport:
    """How much counted IT work backs one objective (themes include their objectives)."""

    objective_id: int
    is_theme: bool
    direct_support: int
    support: int
    weak: int
    moderate: int
    strong: int

    @property
    def unsupported(self) -> bool:
        return self.moderate == 0 and self.strong == 0


def objective_support(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int, ObjectiveSupport]:
    """Objective id → its support, for every objective in the plan."""
    counted = {item.id for item in _items(snap, items)}
    chains = objective_ancestors(snap)
    direct = dict.fromkeys(chains, 0)
    rolled = {
        objective_id: [0, 0, 0, 0] for objective_id in chains
    }  # support, weak, moderate, strong
    for link in snap.links:
        if link.item_id not in counted or link.objective_id not in chains:
            continue
        direct[link.objective_id] += link.strength
        for objective_id in chains[link.objective_id]:
            totals = rolled[objective_id]
            totals[0] += link.strength
            totals[link.strength] += 1
    return {
        o.id: ObjectiveSupport(
            objective_id=o.id,
            is_theme=snap.is_theme(o.id),
            direct_support=direct[o.id],
            support=rolled[o.id][0],
            weak=rolled[o.id][1],
            moderate=rolled[o.id][2],
            strong=rolled[o.id][3],
        )
        for o in snap.objectives
    }


def unsupported_objective_ids(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> set[int]:
    return {oid for oid, s in objective_support(snap, items).items() if s.unsupported}


def leaf_objectives(
    snap: PlanSnapshot, objectives: Iterable[ObjectiveRec] | None = None
) -> list[ObjectiveRec]:
    """Objectives without children (the ones items are meant to link to)."""
    pool = snap.objectives if objectives is None else objectives
    return [o for o in pool if not snap.is_theme(o.id)]


def strongest_objective(snap: PlanSnapshot, item_id: int) -> int | None:
    """The objective an item serves most (strength × weight; ties to the earlier objective)."""
    best: tuple[float, int] | None = None
    best_id = None
    objective_by_id = snap.objective_by_id
    for link in snap.links_by_item.get(item_id, ()):
        objective = objective_by_id.get(link.objective_id)
        if objective is None:
            continue
        key = (link.strength * objective.weight, -objective.id)
        if best is None or key > best:
            best, best_id = key, objective.id
    return best_id
