"""What changed since a baseline: items added, removed, moved, re-costed, re-ranked, and
objectives whose support changed (docs/prioritization.md).

Items and objectives are matched by code. Each plan is ranked with its own
criteria, weights, scores and pins, so "re-ranked" shows the rank the
group saw then against the rank it sees now.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from stratplanner.analysis.scenarios import supported_objectives
from stratplanner.analysis.scoring import PrioritizationError, Ranking, ScoringModel
from stratplanner.model.values import Quarter
from stratplanner.snapshot.records import ItemRec
from stratplanner.snapshot.snapshot import PlanSnapshot

#: Cost changes smaller than this (in the plan's currency) are rounding, not re-costing.
COST_TOLERANCE = 0.005


def _q(quarter: Quarter | None) -> str | None:
    return str(quarter) if quarter is not None else None


@dataclass(frozen=True, slots=True)
class ItemRef:
    code: str
    title: str


@dataclass(frozen=True, slots=True)
class Move:
    code: str
    title: str
    old_start: Quarter | None
    old_end: Quarter | None
    new_start: Quarter | None
    new_end: Quarter | None

    @property
    def shift(self) -> int | None:
        """Quarters later (+) or earlier (−) it starts; None when either side is unscheduled."""
        if self.old_start is None or self.new_start is None:
            return None
        return self.new_start - self.old_start


@dataclass(frozen=True, slots=True)
class Recost:
    code: str
    title: str
    old_capex: float
    old_opex: float
    new_capex: float
    new_opex: float

    @property
    def old_cost(self) -> float:
        return self.old_capex + self.old_opex

    @property
    def new_cost(self) -> float:
        return self.new_capex + self.new_opex

    @property
    def change(self) -> float:
        return self.new_cost - self.old_cost


@dataclass(frozen=True, slots=True)
class Rerank:
    code: str
    title: str
    old_rank: int
    new_rank: int


@dataclass(frozen=True, slots=True)
class StatusChange:
    code: str
    title: str
    old_status: str
    new_status: str


@dataclass(frozen=True, slots=True)
class SupportChange:
    """An objective whose support changed; None on one side = it did not exist there."""

    code: str
    title: str
    old_support: int | None
    new_support: int | None
    old_unsupported: bool | None
    new_unsupported: bool | None


@dataclass(frozen=True)
class PlanDiff:
    added: tuple[ItemRef, ...] = ()
    removed: tuple[ItemRef, ...] = ()
    moved: tuple[Move, ...] = ()
    recosted: tuple[Recost, ...] = ()
    reranked: tuple[Rerank, ...] = ()
    status_changed: tuple[StatusChange, ...] = ()
    objectives: tuple[SupportChange, ...] = ()
    #: name → (baseline, now) for items, cost and annual value of counted (not cancelled) items.
    totals: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.moved
            or self.recosted
            or self.reranked
            or self.status_changed
            or self.objectives
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "items": {
                "added": [{"code": r.code, "title": r.title} for r in self.added],
                "removed": [{"code": r.code, "title": r.title} for r in self.removed],
                "moved": [
                    {
                        "code": m.code,
                        "title": m.title,
                        "from": {"start": _q(m.old_start), "end": _q(m.old_end)},
                        "to": {"start": _q(m.new_start), "end": _q(m.new_end)},
                        "shift": m.shift,
                    }
                    for m in self.moved
                ],
                "recosted": [
                    {
                        "code": r.code,
                        "title": r.title,
                        "from": {"capex": r.old_capex, "opex": r.old_opex},
                        "to": {"capex": r.new_capex, "opex": r.new_opex},
                        "change": r.change,
                    }
                    for r in self.recosted
                ],
                "reranked": [
                    {"code": r.code, "title": r.title, "from": r.old_rank, "to": r.new_rank}
                    for r in self.reranked
                ],
                "status_changed": [
                    {"code": s.code, "title": s.title, "from": s.old_status, "to": s.new_status}
                    for s in self.status_changed
                ],
            },
            "objectives": [
                {
                    "code": o.code,
                    "title": o.title,
                    "support": {"from": o.old_support, "to": o.new_support},
                    "unsupported": {"from": o.old_unsupported, "to": o.new_unsupported},
                }
                for o in self.objectives
            ],
            "totals": {k: {"from": a, "to": b} for k, (a, b) in self.totals.items()},
            "notes": list(self.notes),
        }


def objective_support_levels(snap: PlanSnapshot) -> dict[int, tuple[int, bool]]:
    """Objective id → (support, unsupported), as the alignment analysis defines them."""
    try:
        from stratplanner.analysis.alignment import objective_support
    except ImportError:
        return _objective_support_levels(snap)
    return {oid: (s.support, s.unsupported) for oid, s in objective_support(snap).items()}


def _objective_support_levels(snap: PlanSnapshot) -> dict[int, tuple[int, bool]]:
    counted = {i.id for i in snap.items if i.status != "cancelled"}
    parent = {o.id: o.parent_id for o in snap.objectives}
    support = dict.fromkeys(parent, 0)
    for link in snap.links:
        if link.item_id not in counted:
            continue
        node: int | None = link.objective_id
        seen: set[int] = set()
        while node is not None and node in support and node not in seen:
            seen.add(node)
            support[node] += link.strength
            node = parent.get(node)
    supported = supported_objectives(snap, counted)
    return {oid: (value, oid not in supported) for oid, value in support.items()}


def _ranks(
    snap: PlanSnapshot, ranking: Ranking | None, label: str, notes: list[str]
) -> dict[str, int] | None:
    if ranking is not None:
        return {r.code: r.rank for r in ranking.items}
    try:
        order = ScoringModel(snap).quick_order()
    except PrioritizationError as exc:
        notes.append(f"Ranks are not compared: {label} can't be ranked ({exc})")
        return None
    item_by_id = snap.item_by_id
    return {item_by_id[item_id].code: rank for rank, item_id in enumerate(order, start=1)}


def _totals(items: tuple[ItemRec, ...]) -> tuple[float, float, float]:
    counted = [i for i in items if i.status != "cancelled"]
    return (
        float(len(counted)),
        sum(i.capex + i.opex for i in counted),
        sum(i.annual_value for i in counted),
    )


def diff_plans(
    baseline: PlanSnapshot,
    current: PlanSnapshot,
    *,
    baseline_ranking: Ranking | None = None,
    current_ranking: Ranking | None = None,
    notes: tuple[str, ...] = (),
) -> PlanDiff:
    """Compare ``current`` with ``baseline`` (both snapshots; see the module docstring)."""
    all_notes = list(notes)
    old_items = {i.code: i for i in baseline.items}
    new_items = {i.code: i for i in current.items}
    added = tuple(ItemRef(i.code, i.title) for i in current.items if i.code not in old_items)
    removed = tuple(ItemRef(i.code, i.title) for i in baseline.items if i.code not in new_items)
    moved, recosted, status_changed = [], [], []
    for new in current.items:
        old = old_items.get(new.code)
        if old is None:
            continue
        if old.start != new.start or old.end != new.end:
            moved.append(Move(new.code, new.title, old.start, old.end, new.start, new.end))
        if abs(old.capex - new.capex) > COST_TOLERANCE or abs(old.opex - new.opex) > COST_TOLERANCE:
            recosted.append(Recost(new.code, new.title, old.capex, old.opex, new.capex, new.opex))
        if old.status != new.status:
            status_changed.append(StatusChange(new.code, new.title, old.status, new.status))

    reranked = []
    old_ranks = _ranks(baseline, baseline_ranking, "the baseline", all_notes)
    new_ranks = _ranks(current, current_ranking, "the current plan", all_notes)
    if old_ranks is not None and new_ranks is not None:
        for new in current.items:
            old_rank, new_rank = old_ranks.get(new.code), new_ranks.get(new.code)
            if old_rank is not None and new_rank is not None and old_rank != new_rank:
                reranked.append(Rerank(new.code, new.title, old_rank, new_rank))
        reranked.sort(key=lambda r: r.new_rank)

    old_support = {
        baseline.objective_by_id[k].code: v for k, v in objective_support_levels(baseline).items()
    }
    new_support = {
        current.objective_by_id[k].code: v for k, v in objective_support_levels(current).items()
    }
    objectives = []
    titles = {o.code: o.title for o in baseline.objectives} | {
        o.code: o.title for o in current.objectives
    }
    codes = [o.code for o in current.objectives] + [
        o.code for o in baseline.objectives if o.code not in new_support
    ]
    for code in codes:
        old_s, new_s = old_support.get(code), new_support.get(code)
        if old_s != new_s:
            objectives.append(
                SupportChange(
                    code,
                    titles[code],
                    old_s[0] if old_s else None,
                    new_s[0] if new_s else None,
                    old_s[1] if old_s else None,
                    new_s[1] if new_s else None,
                )
            )
    old_t, new_t = _totals(baseline.items), _totals(current.items)
    totals = {
        name: (old_t[k], new_t[k]) for k, name in enumerate(("items", "cost", "annual_value"))
    }
    return PlanDiff(
        added=added,
        removed=removed,
        moved=tuple(moved),
        recosted=tuple(recosted),
        reranked=tuple(reranked),
        status_changed=tuple(status_changed),
        objectives=tuple(objectives),
        totals=totals,
        notes=tuple(all_notes),
    )
