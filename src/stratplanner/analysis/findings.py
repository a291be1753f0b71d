"""Findings: the problems a planner fixes, each one sentence naming the record.

``FINDING_KINDS`` is the documented vocabulary (docs/analysis.md); scripts and
the GUI group findings by ``kind`` and open the record ``record_kind`` /
``record_id``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stratplanner.analysis.alignment import ObjectiveSupport, objective_support
from stratplanner.analysis.capacity import TeamQuarterLoad, team_loads
from stratplanner.analysis.partnership import needs_sponsor_findings
from stratplanner.analysis.selection import counted_items
from stratplanner.analysis.text import fte, money, named, percent
from stratplanner.model.values import Quarter
from stratplanner.snapshot import ItemRec, PlanSnapshot

#: kind → what it means, in the order findings are listed.
FINDING_KINDS: dict[str, str] = {
    "unsupported_objective": (
        "An objective (not a theme) that no counted item links to with strength 2 or more."
    ),
    "orphan_item": "A counted item linked to no objective.",
    "missing_sponsor": "A counted item with no sponsor.",
    "inactive_sponsor": "A counted item whose sponsor has left (the person is marked inactive).",
    "missing_value_statement": "A counted item whose value statement is empty.",
    "team_overbooked": (
        "A team whose demand in a quarter is more than its capacity "
        "(one finding per team and quarter)."
    ),
    "dependency_violation": (
        "A counted item planned to start in or before the quarter its counted predecessor ends."
    ),
    "needs_sponsor": (
        "A counted item whose champion or IT owner has left, or an objective whose owner has left "
        "(analysis/partnership.py)."
    ),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    record_kind: str  # "objective", "item" or "team"
    record_id: int
    code: str
    message: str
    quarter: Quarter | None = None
    related_id: int | None = None  # the predecessor item of a dependency violation


def _items(snap: PlanSnapshot, items: Iterable[ItemRec] | None) -> Sequence[ItemRec]:
    return counted_items(snap) if items is None else list(items)


def unsupported_objective_findings(
    snap: PlanSnapshot, support: dict[int, ObjectiveSupport]
) -> list[Finding]:
    out = []
    for objective in snap.objectives:
        s = support.get(objective.id)
        if s is None or s.is_theme or not s.unsupported:
            continue
        message = (
            f"Objective {named(objective)} has no IT item supporting it "
            "(no link of strength 2 or more)."
        )
        if s.weak:
            message += (
                f" {s.weak} item{' links' if s.weak == 1 else 's link'} to it only weakly;"
                " plan work that moves it, or agree with its owner that IT has no part in it."
            )
        out.append(
            Finding("unsupported_objective", "objective", objective.id, objective.code, message)
        )
    return out


def item_findings(snap: PlanSnapshot, items: Sequence[ItemRec]) -> list[Finding]:
    """Orphans, sponsors and value statements, grouped by kind."""
    currency = snap.info.currency
    links_by_item = snap.links_by_item
    people = snap.person_by_id
    orphans, no_sponsor, left, no_value = [], [], [], []
    for item in items:
        if not links_by_item.get(item.id):
            orphans.append(
                Finding(
                    "orphan_item",
                    "item",
                    item.id,
                    item.code,
                    f"Item {named(item)} is linked to no objective, so "
                    f"{money(item.cost, currency)} "
                    "serves no stated business goal; link it to the objective it serves or "
                    "question it.",
                )
            )
        sponsor = people.get(item.sponsor_id) if item.sponsor_id is not None else None
        if sponsor is None:
            no_sponsor.append(
                Finding(
                    "missing_sponsor",
                    "item",
                    item.id,
                    item.code,
                    f"Item {named(item)} has no sponsor; name the business leader who will answer "
                    "for its benefits.",
                )
            )
        elif not sponsor.active:
            left.append(
                Finding(
                    "inactive_sponsor",
                    "item",
                    item.id,
                    item.code,
                    f"Item {named(item)} is sponsored by {sponsor.name}, who has left; name a new "
                    "sponsor.",
                )
            )
        if not item.value_statement.strip():
            no_value.append(
                Finding(
                    "missing_value_statement",
                    "item",
                    item.id,
                    item.code,
                    f"Item {named(item)} has no value statement; write down what the business "
                    "gains from it.",
                )
            )
    return orphans + no_sponsor + left + no_value


def overbooking_findings(snap: PlanSnapshot, loads: Iterable[TeamQuarterLoad]) -> list[Finding]:
    out = []
    teams = snap.team_by_id
    for load in loads:
        if not load.overbooked:
            continue
        team = teams[load.team_id]
        if load.capacity > 0:
            against = f"against {fte(load.capacity)} of capacity ({percent(load.utilisation)})"
        else:
            against = "and no capacity at all"
        out.append(
            Finding(
                "team_overbooked",
                "team",
                team.id,
                team.code,
                f"Team {named(team)} is overbooked in {load.quarter}: "
                f"{fte(round(load.demand, 2))} of work "
                f"{against}; move work to another quarter or team, or add people.",
                quarter=load.quarter,
            )
        )
    return out


def dependency_findings(snap: PlanSnapshot, items: Sequence[ItemRec]) -> list[Finding]:
    counted = {item.id: item for item in items}
    out = []
    for dep in snap.dependencies:
        after, before = counted.get(dep.after_id), counted.get(dep.before_id)
        if after is None or before is None or after.start is None or before.end is None:
            continue
        if after.start <= before.end:
            out.append(
                Finding(
                    "dependency_violation",
                    "item",
                    after.id,
                    after.code,
                    f"Item {named(after)} starts in {after.start}, before its predecessor "
                    f"{named(before)} "
                    f"ends in {before.end}; move it to {before.end + 1} or later, or bring the "
                    "predecessor forward.",
                    quarter=after.start,
                    related_id=before.id,
                )
            )
    order = {item.id: n for n, item in enumerate(items)}
    out.sort(key=lambda f: (order[f.record_id], order.get(f.related_id or 0, 0)))
    return out


def find_problems(
    snap: PlanSnapshot,
    items: Iterable[ItemRec] | None = None,
    *,
    support: dict[int, ObjectiveSupport] | None = None,
    loads: Iterable[TeamQuarterLoad] | None = None,
) -> list[Finding]:
    """Every finding, ordered by kind as in :data:`FINDING_KINDS`, then by record."""
    chosen = _items(snap, items)
    if support is None:
        support = objective_support(snap, chosen)
    if loads is None:
        loads = team_loads(snap, chosen)
    found = (
        unsupported_objective_findings(snap, support)
        + item_findings(snap, chosen)
        + overbooking_findings(snap, loads)
        + dependency_findings(snap, chosen)
        + needs_sponsor_findings(snap, chosen)
    )
    rank = {kind: n for n, kind in enumerate(FINDING_KINDS)}
    return sorted(found, key=lambda f: rank[f.kind])  # stable: record order within a kind
