"""MS Project XML (MSPDI) import: a schedule becomes roadmap items (see ``mspdi`` for the mapping).

Leaf tasks become items, summary tasks optionally objectives (their tasks
linked to them), finish-to-start links dependencies, work resources teams and
assignments demands; other link types, lags, material and cost resources are
skipped and counted in the notes. Parsing refuses DTDs and entities and streams.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from stratplanner.i18n import translate
from stratplanner.io.mspdi import (
    FIELDS,
    LINK_TYPES,
    RESOURCE_TEXT1,
    UNASSIGNED,
    WHAT,
    _parse_stamp,
    _quarter_of,
)
from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.read_summary import counted_records
from stratplanner.io.record_lookup import code_for_name
from stratplanner.io.xml_safety import child_text, children, iter_elements
from stratplanner.model.rules import check_code
from stratplanner.model.values import MAX_HORIZON, Quarter, Status


@dataclass
class _TaskIn:
    uid: int
    id: int
    name: str
    level: int
    wbs: str
    summary: bool
    milestone: bool
    start: datetime | None
    finish: datetime | None
    notes: str
    fixed_cost: float
    percent: int
    deadline: datetime | None
    ext: dict[int, str]
    preds: list[tuple[int, int, int, bool]]  # (uid, type, lag, cross-project)
    parent: int | None = None


@dataclass
class MspdiImport:
    """A schedule read as a plan document (JSON interchange shape) plus what was left out."""

    document: dict[str, Any]
    notes: list[str]

    def summary(self) -> str:
        """'Read 12 items, 3 objectives, …', in the user's language (the merge dialog shows it)."""
        doc = self.document
        keys = ("items", "objectives", "links", "dependencies", "teams", "demands")
        parts = [counted_records(key, len(doc[key])) for key in keys]
        return translate("ModelImport", "Read {counts}.").format(counts=", ".join(parts))


def _number(text: str | None, default: float = 0.0) -> float:
    try:
        return float(text) if text not in (None, "") else default
    except ValueError:
        return default


def _int(text: str | None, default: int = 0) -> int:
    try:
        return int(float(text)) if text not in (None, "") else default
    except ValueError:
        return default


def _bool(text: str | None) -> bool:
    return (text or "").strip().lower() in ("1", "true")


def _read_task(elem: ET.Element) -> _TaskIn | None:
    if _bool(child_text(elem, "IsNull")):
        return None
    ext = {}
    for sub in children(elem, "ExtendedAttribute"):
        fid = _int(child_text(sub, "FieldID"), -1)
        ext[fid] = child_text(sub, "Value") or ""
    preds = []
    for link in children(elem, "PredecessorLink"):
        preds.append(
            (
                _int(child_text(link, "PredecessorUID"), -1),
                _int(child_text(link, "Type"), 1),
                _int(child_text(link, "LinkLag"), 0),
                _bool(child_text(link, "CrossProject")),
            )
        )
    return _TaskIn(
        uid=_int(child_text(elem, "UID"), -1),
        id=_int(child_text(elem, "ID"), 0),
        name=(child_text(elem, "Name") or "").strip(),
        level=_int(child_text(elem, "OutlineLevel"), 1),
        wbs=(child_text(elem, "WBS") or child_text(elem, "OutlineNumber") or "").strip(),
        summary=_bool(child_text(elem, "Summary")),
        milestone=_bool(child_text(elem, "Milestone")),
        start=_parse_stamp(child_text(elem, "Start")),
        finish=_parse_stamp(child_text(elem, "Finish")),
        notes=child_text(elem, "Notes") or "",
        fixed_cost=_number(child_text(elem, "FixedCost")) / 100,
        percent=_int(child_text(elem, "PercentComplete"), 0),
        deadline=_parse_stamp(child_text(elem, "Deadline")),
        ext=ext,
        preds=preds,
    )


def read_mspdi(
    path: str | os.PathLike[str], *, summaries_as_objectives: bool = True
) -> MspdiImport:
    """Read an MSPDI file into a plan document (not yet validated) and notes on what was skipped."""
    project: dict[str, str] = {}
    aliases: dict[int, str] = {}
    tasks: list[_TaskIn] = []
    resources: list[dict[str, Any]] = []
    assignments: list[dict[str, Any]] = []
    wanted_top = {"Name", "Title", "Company", "CurrencyCode", "StartDate"}

    def wanted(key: tuple[str, ...]) -> bool:
        if len(key) == 2:
            return key[1] in wanted_top
        return key in (
            ("Project", "ExtendedAttributes", "ExtendedAttribute"),
            ("Project", "Tasks", "Task"),
            ("Project", "Resources", "Resource"),
            ("Project", "Assignments", "Assignment"),
            ("Project", "Calendars", "Calendar"),
            ("Project", "Views", "View"),
        )

    for key, elem in iter_elements(path, wanted, root="Project", what=WHAT):
        name = key[-1]
        if len(key) == 2:
            project[name] = (elem.text or "").strip()
        elif name == "ExtendedAttribute":
            fid = _int(child_text(elem, "FieldID"), -1)
            aliases[fid] = (child_text(elem, "Alias") or "").strip()
        elif name == "Task":
            task = _read_task(elem)
            if task is not None and task.uid >= 0:
                tasks.append(task)
        elif name == "Resource":
            resources.append(
                {
                    "uid": _int(child_text(elem, "UID"), -1),
                    "name": (child_text(elem, "Name") or "").strip(),
                    "type": _int(child_text(elem, "Type"), 1),
                    "code": (child_text(elem, "Code") or "").strip(),
                    "max_units": _number(child_text(elem, "MaxUnits"), 1.0),
                    "null": _bool(child_text(elem, "IsNull")),
                    "ext": {
                        _int(child_text(sub, "FieldID"), -1): child_text(sub, "Value") or ""
                        for sub in children(elem, "ExtendedAttribute")
                    },
                }
            )
        elif name == "Assignment":
            assignments.append(
                {
                    "task": _int(child_text(elem, "TaskUID"), -1),
                    "resource": _int(child_text(elem, "ResourceUID"), UNASSIGNED),
                    "units": _number(child_text(elem, "Units"), 1.0),
                }
            )
    return _build_document(
        Path(path),
        project,
        aliases,
        tasks,
        resources=resources,
        assignments=assignments,
        summaries_as_objectives=summaries_as_objectives,
    )


def _ours(aliases: dict[int, str]) -> set[str]:
    """Which of our custom fields this file declares (written by StratPlanner)."""
    return {key for key, (fid, _n, alias) in FIELDS.items() if aliases.get(fid) == alias}


def _build_document(
    path: Path,
    project: dict[str, str],
    aliases: dict[int, str],
    tasks: list[_TaskIn],
    *,
    resources: list[dict[str, Any]],
    assignments: list[dict[str, Any]],
    summaries_as_objectives: bool,
) -> MspdiImport:
    notes: list[str] = []
    ours = _ours(aliases)

    def ext(task: _TaskIn, key: str) -> str | None:
        if key not in ours:
            return None
        value = task.ext.get(FIELDS[key][0])
        return value if value not in (None, "") else None

    tasks = [t for t in tasks if t.level > 0 or t.uid != 0]
    tasks.sort(key=lambda t: (t.id, t.uid))
    stack: list[_TaskIn] = []
    for task in tasks:
        while stack and stack[-1].level >= task.level:
            stack.pop()
        task.parent = stack[-1].uid if stack else None
        stack.append(task)
    by_uid = {t.uid: t for t in tasks}
    has_children = {t.parent for t in tasks if t.parent is not None}

    def is_objective(task: _TaskIn) -> bool:
        kind = ext(task, "kind")
        if kind is not None:
            return kind == "objective"
        return summaries_as_objectives and (task.summary or task.uid in has_children)

    objective_tasks = [t for t in tasks if is_objective(t)]
    item_tasks = [
        t for t in tasks if not is_objective(t) and not (t.summary or t.uid in has_children)
    ]
    skipped_summaries = [
        t for t in tasks if not is_objective(t) and (t.summary or t.uid in has_children)
    ]
    if skipped_summaries:
        notes.append(
            f"{len(skipped_summaries)} summary task(s) were not imported (summary tasks as "
            "objectives is off)."
        )

    def unique_codes(group: list[_TaskIn], prefix: str) -> dict[int, str]:
        codes: dict[int, str] = {}
        taken: set[str] = set()
        wbs_count: dict[str, int] = defaultdict(int)
        for t in group:
            wbs_count[t.wbs] += 1
        for t in group:
            candidates = [ext(t, "code"), t.wbs if wbs_count[t.wbs] == 1 else None]
            code = next(
                (
                    c
                    for c in candidates
                    if c and check_code(c) is None and c.casefold() not in taken
                ),
                None,
            )
            if code is None:
                code = f"{prefix}{t.uid}"
                while code.casefold() in taken:
                    code += "x"
            taken.add(code.casefold())
            codes[t.uid] = code
        return codes

    objective_code = unique_codes(objective_tasks, "S")
    item_code = unique_codes(item_tasks, "T")
    unnamed = 0

    def title(task: _TaskIn) -> str:
        nonlocal unnamed
        if task.name:
            return task.name
        unnamed += 1
        return f"Task {task.id}"

    def nearest_objective(task: _TaskIn) -> str | None:
        node = by_uid.get(task.parent) if task.parent is not None else None
        while node is not None and node.uid not in objective_code:
            node = by_uid.get(node.parent) if node.parent is not None else None
        return objective_code[node.uid] if node is not None else None

    objectives = []
    for task in objective_tasks:
        weight = _int(ext(task, "weight"), 3) if ext(task, "weight") else 3
        objectives.append(
            {
                "code": objective_code[task.uid],
                "title": title(task),
                "description": task.notes,
                "parent": nearest_objective(task),
                "weight": weight if 1 <= weight <= 5 else 3,
                "target": str(_quarter_of(task.deadline, finish=True)) if task.deadline else None,
            }
        )

    items = []
    links: list[dict[str, Any]] = []
    scheduled_quarters: list[Quarter] = []
    for task in item_tasks:
        code = item_code[task.uid]
        start = _quarter_of(task.start) if task.start else None
        end = _quarter_of(task.finish, finish=True) if task.finish else None
        if start is None or end is None or end < start:
            start = end = None
        if ext(task, "schedule") == "unscheduled":
            start = end = None
        if start is not None and end is not None:
            scheduled_quarters.extend([start, end])
        status = ext(task, "status")
        if status not in {s.value for s in Status}:
            status = (
                "done" if task.percent >= 100 else "in_progress" if task.percent > 0 else "proposed"
            )
        item: dict[str, Any] = {
            "code": code,
            "title": title(task),
            "description": task.notes,
            "status": status,
            "start": str(start) if start else None,
            "end": str(end) if end else None,
            "capex": max(task.fixed_cost, 0.0),
        }
        for key in ("category", "risk", "value_statement"):
            if ext(task, key) is not None:
                item[key] = ext(task, key)
        for key in ("opex", "annual_value"):
            if ext(task, key) is not None:
                item[key] = max(_number(ext(task, key)) / 100, 0.0)
        items.append(item)
        listed = _alignment(ext(task, "links"))
        if listed is not None:
            links.extend({**link, "item": code} for link in listed)
        else:
            parent = nearest_objective(task)
            if parent is not None:
                links.append(
                    {
                        "objective": parent,
                        "item": code,
                        "strength": 2,
                        "rationale": "Grouped under this summary task in the project file.",
                    }
                )

    dependencies = []
    skipped_types: dict[str, int] = defaultdict(int)
    summary_links = lags = cross = 0
    for task in item_tasks:
        for before_uid, link_type, lag, is_cross in task.preds:
            if is_cross:
                cross += 1
                continue
            if before_uid not in item_code:
                summary_links += 1
                continue
            if link_type != 1:
                skipped_types[LINK_TYPES.get(link_type, f"type {link_type}")] += 1
                continue
            if lag:
                lags += 1
            pair = {"before": item_code[before_uid], "after": item_code[task.uid]}
            if pair not in dependencies and pair["before"] != pair["after"]:
                dependencies.append(pair)
    for kind, n in sorted(skipped_types.items()):
        notes.append(
            f"{n} {kind} link(s) were not imported: the plan's dependencies are finish-to-start."
        )
    if lags:
        notes.append(
            f"{lags} finish-to-start link(s) had a lag or lead; the dependency was kept, the lag "
            "dropped."
        )
    if summary_links:
        notes.append(f"{summary_links} link(s) to or from summary tasks were not imported.")
    if cross:
        notes.append(f"{cross} link(s) to other projects were not imported.")
    if unnamed:
        notes.append(f"{unnamed} task(s) had no name; they were called 'Task <ID>'.")

    teams = []
    team_code: dict[int, str] = {}
    taken: set[str] = set()
    skipped_resources = 0
    for res in resources:
        if res["null"] or (res["uid"] <= 0 and not res["name"]):
            continue
        if res["type"] != 1 or not res["name"]:
            skipped_resources += 1
            continue
        mine = res["ext"].get(RESOURCE_TEXT1) if "resource_code" in ours else None
        wanted: str | None = mine or (
            res["code"] if res["code"] and check_code(res["code"]) is None else None
        )
        code = (
            wanted
            if wanted is not None and wanted.casefold() not in taken
            else code_for_name(res["name"], taken)
        )
        taken.add(code.casefold())
        team_code[res["uid"]] = code
        teams.append({"code": code, "name": res["name"], "capacity": max(res["max_units"], 0.0)})
    if skipped_resources:
        notes.append(
            f"{skipped_resources} material, cost or unnamed resource(s) were not imported as teams."
        )

    fte: dict[tuple[str, str], float] = defaultdict(float)
    for asg in assignments:
        if (
            asg["resource"] == UNASSIGNED
            or asg["resource"] not in team_code
            or asg["task"] not in item_code
        ):
            continue
        if asg["units"] > 0:
            fte[(item_code[asg["task"]], team_code[asg["resource"]])] += asg["units"]
    demands = [{"item": i, "team": t, "fte": round(v, 6)} for (i, t), v in fte.items()]

    if scheduled_quarters:
        first, last = min(scheduled_quarters), max(scheduled_quarters)
    else:
        anchor = _parse_stamp(project.get("StartDate")) or datetime.now()
        first = last = _quarter_of(anchor)
    quarters = min(max(last - first + 1, 1), MAX_HORIZON)
    if last - first + 1 > MAX_HORIZON:
        notes.append(
            f"The schedule spans more than {MAX_HORIZON} quarters; the plan horizon shows the "
            f"first {MAX_HORIZON}."
        )
    raw_title = (
        project.get("Title")
        or re.sub(r"\.xml$", "", project.get("Name", ""), flags=re.I)
        or path.stem
    )
    currency = project.get("CurrencyCode") or "USD"
    document = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {
            "title": raw_title.strip() or path.stem,
            "organization": project.get("Company", ""),
            "currency": currency if 1 <= len(currency) <= 8 else "USD",
            "start": str(first),
            "quarters": quarters,
        },
        "objectives": objectives,
        "items": items,
        "links": _dedupe_links(links),
        "teams": teams,
        "demands": demands,
        "dependencies": dependencies,
    }
    return MspdiImport(document, notes)


def _alignment(text: str | None) -> list[dict[str, Any]] | None:
    """Our alignment field: [[objective code, strength, rationale], …]; None if absent/mangled."""
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    out = []
    if not isinstance(data, list):
        return None
    for entry in data:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)):
            return None
        strength = entry[1] if isinstance(entry[1], int) and 1 <= entry[1] <= 3 else 2
        rationale = entry[2] if isinstance(entry[2], str) else ""
        out.append({"objective": entry[0], "strength": strength, "rationale": rationale})
    return out


def _dedupe_links(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for link in links:
        key = (link["objective"], link["item"])
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


def import_mspdi(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    summaries_as_objectives: bool = True,
    overwrite: bool = False,
) -> tuple[Path, MspdiImport]:
    """Create a new plan from an MSPDI file; a file that breaks the rules creates nothing."""
    read = read_mspdi(source, summaries_as_objectives=summaries_as_objectives)
    parsed = parse_plan_dict(read.document, Path(source).name)
    path = create_plan_from_parsed(parsed, target, overwrite=overwrite)
    return path, read


__all__ = ["MspdiImport", "import_mspdi", "read_mspdi"]
