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
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.values import Quarter
from stratplanner.snapshot import ItemRec, PlanSnapshot

#: kind → what it means, in the order findings are listed (English; shown through
#: ``finding_meaning``, which translates).
FINDING_KINDS: dict[str, str] = {
    "unsupported_objective": QT_TRANSLATE_NOOP(
        "Findings",
        "An objective (not a theme) that no counted item links to with strength 2 or more.",
    ),
    "orphan_item": QT_TRANSLATE_NOOP("Findings", "A counted item linked to no objective."),
    "missing_sponsor": QT_TRANSLATE_NOOP("Findings", "A counted item with no sponsor."),
    "inactive_sponsor": QT_TRANSLATE_NOOP(
        "Findings", "A counted item whose sponsor has left (the person is marked inactive)."
    ),
    "missing_value_statement": QT_TRANSLATE_NOOP(
        "Findings", "A counted item whose value statement is empty."
    ),
    "team_overbooked": QT_TRANSLATE_NOOP(
        "Findings",
        "A team whose demand in a quarter is more than its capacity "
        "(one finding per team and quarter).",
    ),
    "dependency_violation": QT_TRANSLATE_NOOP(
        "Findings",
        "A counted item planned to start in or before the quarter its counted predecessor ends.",
    ),
    "needs_sponsor": QT_TRANSLATE_NOOP(
        "Findings",
        "A counted item whose champion or IT owner has left, or an objective whose owner has "
        "left (analysis/partnership.py).",
    ),
}

#: kind → its name as a heading ("Orphan item"), English; ``finding_label`` translates.
FINDING_LABELS: dict[str, str] = {
    "unsupported_objective": QT_TRANSLATE_NOOP("Findings", "Unsupported objective"),
    "orphan_item": QT_TRANSLATE_NOOP("Findings", "Orphan item"),
    "missing_sponsor": QT_TRANSLATE_NOOP("Findings", "Missing sponsor"),
    "inactive_sponsor": QT_TRANSLATE_NOOP("Findings", "Inactive sponsor"),
    "missing_value_statement": QT_TRANSLATE_NOOP("Findings", "Missing value statement"),
    "team_overbooked": QT_TRANSLATE_NOOP("Findings", "Team overbooked"),
    "dependency_violation": QT_TRANSLATE_NOOP("Findings", "Dependency violation"),
    "needs_sponsor": QT_TRANSLATE_NOOP("Findings", "Needs sponsor"),
}


def finding_label(kind: str) -> str:
    """The kind's name in the user's language ("Orphan item"); an unknown kind as it is."""
    label = FINDING_LABELS.get(kind)
    return translate("Findings", label) if label else kind.replace("_", " ").capitalize()


def finding_meaning(kind: str) -> str:
    """What the kind means, in the user's language."""
    meaning = FINDING_KINDS.get(kind)
    return translate("Findings", meaning) if meaning else kind


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
        message = translate(
            "Findings",
            "Objective {objective} has no IT item supporting it (no link of strength 2 or more).",
        ).format(objective=named(objective))
        weak = s.weak  # a plain name: lupdate reads no other count
        if weak:
            message += " " + translate(
                "Findings",
                "%n item(s) link(s) to it only weakly; plan work that moves it, or agree with "
                "its owner that IT has no part in it.",
                None,
                weak,
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
                    translate(
                        "Findings",
                        "Item {item} is linked to no objective, so {cost} serves no stated "
                        "business goal; link it to the objective it serves or question it.",
                    ).format(item=named(item), cost=money(item.cost, currency)),
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
                    translate(
                        "Findings",
                        "Item {item} has no sponsor; name the business leader who will answer "
                        "for its benefits.",
                    ).format(item=named(item)),
                )
            )
        elif not sponsor.active:
            left.append(
                Finding(
                    "inactive_sponsor",
                    "item",
                    item.id,
                    item.code,
                    translate(
                        "Findings",
                        "Item {item} is sponsored by {sponsor}, who has left; name a new sponsor.",
                    ).format(item=named(item), sponsor=sponsor.name),
                )
            )
        if not item.value_statement.strip():
            no_value.append(
                Finding(
                    "missing_value_statement",
                    "item",
                    item.id,
                    item.code,
                    translate(
                        "Findings",
                        "Item {item} has no value statement; write down what the business "
                        "gains from it.",
                    ).format(item=named(item)),
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
            message = translate(
                "Findings",
                "Team {team} is overbooked in {quarter}: {demand} of work against {capacity} "
                "of capacity ({share}); move work to another quarter or team, or add people.",
            )
        else:
            message = translate(
                "Findings",
                "Team {team} is overbooked in {quarter}: {demand} of work and no capacity at "
                "all; move work to another quarter or team, or add people.",
            )
        out.append(
            Finding(
                "team_overbooked",
                "team",
                team.id,
                team.code,
                message.format(
                    team=named(team),
                    quarter=load.quarter,
                    demand=fte(round(load.demand, 2)),
                    capacity=fte(load.capacity),
                    share=percent(load.utilisation),
                ),
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
                    translate(
                        "Findings",
                        "Item {item} starts in {start}, before its predecessor {predecessor} "
                        "ends in {end}; move it to {next} or later, or bring the predecessor "
                        "forward.",
                    ).format(
                        item=named(after),
                        start=after.start,
                        predecessor=named(before),
                        end=before.end,
                        next=before.end + 1,
                    ),
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
