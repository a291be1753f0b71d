"""Add, duplicate and delete records: the values a new record starts with, and the confirmation.

Plain Python over the snapshot and the commands; the widgets only ask. The words for each
kind of record ("roadmap item", "3 roadmap items", "Add a roadmap item") are here too, in
the user's language: whole phrases per kind, so no sentence is glued from an English noun.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from stratplanner.commands import Command, DeleteRecord, Macro
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import MAX_CODE_LENGTH
from stratplanner.snapshot import PlanSnapshot

_PREFIX = {
    "item": "ITEM-",
    "objective": "OBJ-",
    "person": "PERSON-",
    "business_unit": "BU-",
    "team": "TEAM-",
    "kpi": "KPI-",
}

_NEW_TITLE = {
    "item": QT_TRANSLATE_NOOP("RecordKinds", "New roadmap item"),
    "objective": QT_TRANSLATE_NOOP("RecordKinds", "New objective"),
    "person": QT_TRANSLATE_NOOP("RecordKinds", "New person"),
    "business_unit": QT_TRANSLATE_NOOP("RecordKinds", "New business unit"),
    "team": QT_TRANSLATE_NOOP("RecordKinds", "New team"),
    "kpi": QT_TRANSLATE_NOOP("RecordKinds", "New KPI"),
    "milestone": QT_TRANSLATE_NOOP("RecordKinds", "New milestone"),
}

#: One record of a kind, as a sentence names it (English: model/kinds.py's labels).
_NOUN = {
    "item": QT_TRANSLATE_NOOP("RecordKinds", "roadmap item"),
    "objective": QT_TRANSLATE_NOOP("RecordKinds", "objective"),
    "person": QT_TRANSLATE_NOOP("RecordKinds", "person"),
    "business_unit": QT_TRANSLATE_NOOP("RecordKinds", "business unit"),
    "team": QT_TRANSLATE_NOOP("RecordKinds", "team"),
    "demand": QT_TRANSLATE_NOOP("RecordKinds", "team demand"),
    "kpi": QT_TRANSLATE_NOOP("RecordKinds", "KPI"),
    "milestone": QT_TRANSLATE_NOOP("RecordKinds", "milestone"),
    "kpi_actual": QT_TRANSLATE_NOOP("RecordKinds", "KPI actual"),
    "process": QT_TRANSLATE_NOOP("RecordKinds", "business process"),
    "application": QT_TRANSLATE_NOOP("RecordKinds", "application"),
}
#: Records of a kind, as lists and counts name them.
_NOUNS = {
    "item": QT_TRANSLATE_NOOP("RecordKinds", "roadmap items"),
    "objective": QT_TRANSLATE_NOOP("RecordKinds", "objectives"),
    "person": QT_TRANSLATE_NOOP("RecordKinds", "people"),
    "business_unit": QT_TRANSLATE_NOOP("RecordKinds", "business units"),
    "team": QT_TRANSLATE_NOOP("RecordKinds", "teams"),
    "demand": QT_TRANSLATE_NOOP("RecordKinds", "team demands"),
    "kpi": QT_TRANSLATE_NOOP("RecordKinds", "KPIs"),
    "milestone": QT_TRANSLATE_NOOP("RecordKinds", "milestones"),
    "kpi_actual": QT_TRANSLATE_NOOP("RecordKinds", "KPI actuals"),
    "process": QT_TRANSLATE_NOOP("RecordKinds", "business processes"),
    "application": QT_TRANSLATE_NOOP("RecordKinds", "applications"),
}
#: "Add a roadmap item": the article goes with the noun (German: ein Ziel, eine Person).
_ADD_ONE = {
    "item": QT_TRANSLATE_NOOP("RecordKinds", "Add a roadmap item"),
    "objective": QT_TRANSLATE_NOOP("RecordKinds", "Add an objective"),
    "person": QT_TRANSLATE_NOOP("RecordKinds", "Add a person"),
    "business_unit": QT_TRANSLATE_NOOP("RecordKinds", "Add a business unit"),
    "team": QT_TRANSLATE_NOOP("RecordKinds", "Add a team"),
    "demand": QT_TRANSLATE_NOOP("RecordKinds", "Add a team demand"),
    "kpi": QT_TRANSLATE_NOOP("RecordKinds", "Add a KPI"),
    "milestone": QT_TRANSLATE_NOOP("RecordKinds", "Add a milestone"),
    "kpi_actual": QT_TRANSLATE_NOOP("RecordKinds", "Add a KPI actual"),
    "process": QT_TRANSLATE_NOOP("RecordKinds", "Add a business process"),
    "application": QT_TRANSLATE_NOOP("RecordKinds", "Add an application"),
}


def kind_noun(kind: str) -> str:
    """'roadmap item' ('Roadmap-Vorhaben'): one record of ``kind`` in a sentence."""
    noun = _NOUN.get(kind)
    return translate("RecordKinds", noun) if noun else KINDS[kind].label


def kind_nouns(kind: str) -> str:
    """'roadmap items' ('Roadmap-Vorhaben'): records of ``kind`` in a sentence."""
    nouns = _NOUNS.get(kind)
    return translate("RecordKinds", nouns) if nouns else KINDS[kind].labels


def add_one_text(kind: str) -> str:
    """'Add a roadmap item' in the user's language."""
    text = _ADD_ONE.get(kind)
    if text is not None:
        return translate("RecordKinds", text)
    return translate("RecordKinds", "Add: {kind}").format(kind=kind_noun(kind))


def count_text(kind: str, n: int) -> str:
    """'1 roadmap item', '2,000 roadmap items' ('2.000 Roadmap-Vorhaben')."""
    if kind == "item":
        return translate("RecordKinds", "%n roadmap item(s)", None, n)
    if kind == "objective":
        return translate("RecordKinds", "%n objective(s)", None, n)
    if kind == "person":
        return translate("RecordKinds", "%n person(s)", None, n)
    if kind == "business_unit":
        return translate("RecordKinds", "%n business unit(s)", None, n)
    if kind == "team":
        return translate("RecordKinds", "%n team(s)", None, n)
    if kind == "demand":
        return translate("RecordKinds", "%n team demand(s)", None, n)
    if kind == "kpi":
        return translate("RecordKinds", "%n KPI(s)", None, n)
    if kind == "milestone":
        return translate("RecordKinds", "%n milestone(s)", None, n)
    return translate("RecordKinds", "{count} {records}").format(
        count=format_number(n), records=kind_nouns(kind)
    )


class CannotAdd(Exception):
    """A record of this kind can't be added yet; the text says what is missing."""


def _codes(snap: PlanSnapshot, kind: str) -> set[str]:
    return {r.code for r in getattr(snap, KINDS[kind].plural)}


def next_code(existing: set[str], base: str) -> str:
    """A free code following ``base``: CRM-01 → CRM-02, CLOUD → CLOUD-2."""
    match = re.match(r"^(.*?)(\d+)$", base)
    if match:
        prefix, number, width = match.group(1), int(match.group(2)) + 1, len(match.group(2))
    else:
        prefix, number, width = base + "-", 2, 1
    while True:
        suffix = f"{number:0{width}d}"
        code = prefix[: MAX_CODE_LENGTH - len(suffix)] + suffix
        if code not in existing:
            return code
        number += 1


def new_code(snap: PlanSnapshot, kind: str) -> str:
    existing = _codes(snap, kind)
    return next_code(existing, f"{_PREFIX[kind]}{len(existing)}")


def objective_code(snap: PlanSnapshot, parent_id: int | None) -> str:
    """The next code among the new objective's siblings: T2.3 after T2.1 and T2.2 in theme T2,
    T6 after themes T1…T5; the first in a theme follows the theme's code (T2 → T2.1)."""
    existing = _codes(snap, "objective")
    siblings = [o.code for o in snap.objectives if o.parent_id == parent_id]
    numbered = [(int(m.group(1)), c) for c in siblings if (m := re.search(r"(\d+)$", c))]
    if numbered:
        return next_code(existing, max(numbered)[1])
    if parent_id is not None:
        return next_code(existing, f"{snap.objective_by_id[parent_id].code}.0")
    return next_code(existing, "T0") if not existing else new_code(snap, "objective")


def _record_values(rec: Any) -> dict[str, Any]:
    return {f.name: getattr(rec, f.name) for f in fields(rec) if f.name != "id"}


def new_record_values(
    snap: PlanSnapshot, kind: str, *, item_id: int | None = None, objective_id: int | None = None
) -> dict[str, Any]:
    """Values for a new record; ``item_id``/``objective_id`` are what the user is looking at."""
    if item_id is not None and item_id not in snap.item_by_id:
        item_id = None
    if objective_id is not None and objective_id not in snap.objective_by_id:
        objective_id = None
    title = translate("RecordKinds", _NEW_TITLE[kind]) if kind in _NEW_TITLE else ""
    if kind == "item":
        return {"code": new_code(snap, kind), "title": title}
    if kind == "objective":
        parent = None
        if objective_id is not None:
            obj = snap.objective_by_id[objective_id]
            parent = obj.id if snap.is_theme(obj.id) or obj.parent_id is None else obj.parent_id
        return {"code": objective_code(snap, parent), "title": title, "parent_id": parent}
    if kind in ("person", "business_unit", "team"):
        values: dict[str, Any] = {"code": new_code(snap, kind), "name": title}
        if kind == "team":
            values["capacity"] = 5.0
        return values
    if kind == "kpi":
        values = {"code": new_code(snap, kind), "name": title}
        if objective_id is not None:
            values["objective_id"] = objective_id
        elif item_id is not None:
            values["item_id"] = item_id
        elif snap.objectives:
            values["objective_id"] = snap.objectives[0].id
        else:
            raise CannotAdd(
                translate(
                    "RecordOps",
                    "Add an objective or a roadmap item first: a KPI measures one of them.",
                )
            )
        return values
    if kind == "milestone":
        item = snap.item_by_id.get(item_id) if item_id is not None else None
        item = item or (snap.items[0] if snap.items else None)
        if item is None:
            raise CannotAdd(
                translate("RecordOps", "Add a roadmap item first: a milestone belongs to an item.")
            )
        return {"item_id": item.id, "title": title, "quarter": item.start or snap.info.start}
    if kind == "demand":
        if not snap.teams:
            raise CannotAdd(
                translate("RecordOps", "Add a team first: a demand asks a team for people.")
            )
        item = snap.item_by_id.get(item_id) if item_id is not None else None
        candidates = [item] if item else list(snap.items)
        for candidate in candidates:
            used = {d.team_id for d in snap.demands_by_item.get(candidate.id, ())}
            free = [t for t in snap.teams if t.id not in used]
            if free:
                return {"item_id": candidate.id, "team_id": free[0].id, "fte": 1.0}
        if not snap.items:
            raise CannotAdd(
                translate("RecordOps", "Add a roadmap item first: a demand belongs to an item.")
            )
        if item is not None:
            full = translate(
                "RecordOps",
                "{item} already has a demand on every team; change the FTE of one instead.",
            ).format(item=item.code)
        else:
            full = translate(
                "RecordOps",
                "Every item already has a demand on every team; change the FTE of one instead.",
            )
        raise CannotAdd(full)
    raise CannotAdd(
        translate("RecordOps", "Records of kind {kind} are not added this way.").format(kind=kind)
    )


def duplicate_values(snap: PlanSnapshot, kind: str, rec: Any) -> dict[str, Any]:
    values = _record_values(rec)
    if "code" in values:
        values["code"] = next_code(_codes(snap, kind), rec.code)
    for name in ("title", "name"):
        if isinstance(values.get(name), str):
            values[name] = translate("RecordOps", "{name} (copy)").format(name=values[name])
    if kind == "demand":
        used = {d.team_id for d in snap.demands_by_item.get(rec.item_id, ())}
        free = [t for t in snap.teams if t.id not in used]
        if not free:
            raise CannotAdd(
                translate(
                    "RecordOps",
                    "This item already has a demand on every team; "
                    "there is nothing to duplicate to.",
                )
            )
        values["team_id"] = free[0].id
    return values


def delete_command(snap: PlanSnapshot, kind: str, ids: list[int]) -> Command:
    if kind == "objective":
        ids = _without_descendants(snap, ids)
    if len(ids) == 1:
        return DeleteRecord(kind, ids[0], force=True)
    label = translate("RecordOps", "Delete {records}").format(records=count_text(kind, len(ids)))
    return Macro(label, [DeleteRecord(kind, record_id, force=True) for record_id in ids])


def _without_descendants(snap: PlanSnapshot, ids: list[int]) -> list[int]:
    """Sub-objectives go with their theme, so deleting both names only the theme."""
    chosen = set(ids)
    kept = []
    for record_id in ids:
        parent = snap.objective_by_id[record_id].parent_id
        while parent is not None and parent not in chosen:
            parent = snap.objective_by_id[parent].parent_id
        if parent is None:
            kept.append(record_id)
    return kept
