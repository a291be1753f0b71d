"""MS Project XML (MSPDI): the roadmap as a schedule, and a schedule as roadmap items.

Export: objectives (themes first) become summary tasks, items become tasks
under the objective they serve most strongly, quarters become working dates
(first working day 08:00 to last working day 17:00, start-no-earlier-than),
dependencies become finish-to-start links, teams become work resources whose
maximum units are their FTE, and demands become assignments. What MSPDI has no
field for (code, category, status, risk, other alignment links, opex, value)
travels in task custom fields aliased "StratPlanner …", so our own files read
back exactly; other tools simply show them as Text/Cost/Number columns.

Import: leaf tasks become items, summary tasks optionally objectives (items
linked to the summary they sit under), finish-to-start links dependencies, work
resources teams and assignments demands. Other link types, lags, material and
cost resources are skipped and counted in the summary (``mspdi_read``). Parsing
refuses DTDs and entities (see ``xml_safety``) and streams the file.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from stratplanner.i18n import QT_TRANSLATE_NOOP
from stratplanner.io.atomic import write_bytes_atomically
from stratplanner.io.xml_safety import xml_bytes, xml_text
from stratplanner.model.values import Quarter, Status
from stratplanner.snapshot.snapshot import PlanSnapshot

NS = "http://schemas.microsoft.com/project"
WHAT = QT_TRANSLATE_NOOP("XmlFiles", "an MS Project XML (MSPDI) file")  # in messages
UNASSIGNED = -65535

# Task custom fields (MS Project field ids, as MPXJ and Project number them).
TEXT = {
    1: 188743731,
    2: 188743734,
    3: 188743737,
    4: 188743740,
    5: 188743743,
    6: 188743746,
    7: 188743747,
    8: 188743748,
}
COST = {1: 188743786, 2: 188743787}
NUMBER = {1: 188743767}
RESOURCE_TEXT1 = 205520904

#: Our custom fields: name → (field id, MS Project field name, alias).
FIELDS: dict[str, tuple[int, str, str]] = {
    "code": (TEXT[1], "Text1", "StratPlanner code"),
    "kind": (TEXT[2], "Text2", "StratPlanner kind"),
    "category": (TEXT[3], "Text3", "StratPlanner category"),
    "status": (TEXT[4], "Text4", "StratPlanner status"),
    "risk": (TEXT[5], "Text5", "StratPlanner risk"),
    "links": (TEXT[6], "Text6", "StratPlanner alignment"),
    "value_statement": (TEXT[7], "Text7", "StratPlanner value statement"),
    "schedule": (TEXT[8], "Text8", "StratPlanner schedule"),
    "opex": (COST[1], "Cost1", "StratPlanner opex"),
    "annual_value": (COST[2], "Cost2", "StratPlanner annual value"),
    "weight": (NUMBER[1], "Number1", "StratPlanner weight"),
    "resource_code": (RESOURCE_TEXT1, "Text1", "StratPlanner team code"),
}
LINK_TYPES = {
    0: "finish-to-finish",
    1: "finish-to-start",
    2: "start-to-finish",
    3: "start-to-start",
}


# -- dates -----------------------------------------------------------------------------


def quarter_first_day(q: Quarter) -> date:
    return date(q.year, (q.number - 1) * 3 + 1, 1)


def quarter_last_day(q: Quarter) -> date:
    nxt = q + 1
    return quarter_first_day(nxt) - timedelta(days=1)


def _working_forward(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _working_back(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


@lru_cache(maxsize=4096)
def quarter_dates(start: Quarter, end: Quarter) -> tuple[datetime, datetime, int]:
    """(start 08:00 on the first working day, finish 17:00 on the last, working days)."""
    first = _working_forward(quarter_first_day(start))
    last = _working_back(quarter_last_day(end))
    days = _weekdays(first, last)
    return (
        datetime.combine(first, datetime.min.time()).replace(hour=8),
        datetime.combine(last, datetime.min.time()).replace(hour=17),
        days,
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _hours(hours: float) -> str:
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    return f"PT{whole}H{minutes}M0S"


def _parse_stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip()[:19])
    except ValueError:
        return None


def _quarter_of(moment: datetime, *, finish: bool = False) -> Quarter:
    day = moment.date()
    if finish and moment.time() == datetime.min.time():
        day -= timedelta(days=1)  # a finish at midnight ends the day before
    return Quarter.of(day.year, (day.month - 1) // 3 + 1)


# -- export ----------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: Any = None) -> ET.Element:
    elem = ET.SubElement(parent, tag)
    if text is not None:
        elem.text = xml_text(str(text))
    return elem


def _money(value: float) -> str:
    """MSPDI stores currency in hundredths."""
    cents = round(value * 100, 2)
    return str(int(cents)) if float(cents).is_integer() else f"{cents:.2f}"


def _units(value: float) -> str:
    return f"{value:.2f}"


@dataclass
class _TaskOut:
    uid: int
    name: str
    level: int
    outline: str
    start: datetime
    finish: datetime
    days: int
    summary: bool = False
    milestone: bool = False
    notes: str = ""
    fixed_cost: float = 0.0
    percent: int = 0
    constraint: datetime | None = None
    deadline: datetime | None = None
    preds: list[int] = field(default_factory=list)
    ext: dict[str, str] = field(default_factory=dict)


def export_mspdi(snap: PlanSnapshot, target: str | os.PathLike[str]) -> Path:
    """Write the roadmap as MSPDI (atomically)."""
    write_bytes_atomically(target, mspdi_bytes(snap, name=Path(target).name))
    return Path(target)


def _primary_objective(snap: PlanSnapshot, item_id: int) -> int | None:
    links = snap.links_by_item.get(item_id, [])
    if not links:
        return None
    best = max(links, key=lambda link: (link.strength, -link.objective_id))
    return best.objective_id


def mspdi_bytes(snap: PlanSnapshot, *, name: str = "roadmap.xml") -> bytes:
    """The MSPDI document for a plan."""
    horizon_start = snap.info.start
    code_of_objective = {o.id: o.code for o in snap.objectives}
    items_under: dict[int | None, list[Any]] = defaultdict(list)
    for item in snap.items:
        items_under[_primary_objective(snap, item.id)].append(item)
    for group in items_under.values():
        group.sort(key=lambda i: (i.start.ordinal if i.start else 10**9, i.code))

    tasks: list[_TaskOut] = []
    uid_of_item: dict[int, int] = {}
    next_uid = [1]

    def new_uid() -> int:
        value = next_uid[0]
        next_uid[0] += 1
        return value

    def item_task(item: Any, level: int, outline: str) -> _TaskOut:
        scheduled = item.start is not None and item.end is not None
        start_q = item.start if scheduled else horizon_start
        end_q = item.end if scheduled else horizon_start
        start, finish, days = quarter_dates(start_q, end_q)
        links = json.dumps(
            [
                [code_of_objective[link.objective_id], link.strength, link.rationale]
                for link in sorted(snap.links_by_item.get(item.id, []), key=lambda lk: lk.id)
            ],
            ensure_ascii=False,
        )
        task = _TaskOut(
            new_uid(),
            item.title,
            level,
            outline,
            start,
            finish,
            days,
            notes=item.description,
            fixed_cost=item.capex,
            percent=100 if item.status == Status.DONE else 0,
            constraint=start,
        )
        task.ext = {
            "code": item.code,
            "kind": "item",
            "category": item.category,
            "status": item.status,
            "risk": item.risk,
            "links": links,
            "value_statement": item.value_statement,
            "schedule": "" if scheduled else "unscheduled",
            "opex": _money(item.opex),
            "annual_value": _money(item.annual_value),
        }
        uid_of_item[item.id] = task.uid
        return task

    def place(objective: Any, level: int, outline: str) -> tuple[datetime, datetime] | None:
        """Add an objective's summary task and everything under it; return its span."""
        index = len(tasks)
        task = _TaskOut(new_uid(), objective.title, level, outline, datetime.min, datetime.min, 0)
        task.notes = objective.description
        task.ext = {"code": objective.code, "kind": "objective", "weight": str(objective.weight)}
        if objective.target is not None:
            task.deadline = quarter_dates(objective.target, objective.target)[1]
        tasks.append(task)
        spans: list[tuple[datetime, datetime]] = []
        n = 0
        for sub in snap.children_by_objective.get(objective.id, []):
            n += 1
            span = place(sub, level + 1, f"{outline}.{n}")
            if span:
                spans.append(span)
        for item in items_under.get(objective.id, []):
            n += 1
            child_task = item_task(item, level + 1, f"{outline}.{n}")
            tasks.append(child_task)
            spans.append((child_task.start, child_task.finish))
        if spans:
            task.summary = True
            task.start = min(s for s, _f in spans)
            task.finish = max(f for _s, f in spans)
        else:
            anchor = objective.target or horizon_start
            _s, finish, _d = quarter_dates(anchor, anchor)
            task.milestone = True
            task.start = task.finish = finish
        task.days = _working_days(task.start, task.finish) if not task.milestone else 0
        tasks[index] = task
        return (task.start, task.finish)

    top = 0
    for objective in snap.children_by_objective.get(None, []):
        top += 1
        place(objective, 1, str(top))
    for item in items_under.get(None, []):
        top += 1
        tasks.append(item_task(item, 1, str(top)))

    task_of_uid = {t.uid: t for t in tasks}
    for dep in snap.dependencies:
        after = uid_of_item.get(dep.after_id)
        before = uid_of_item.get(dep.before_id)
        if after is not None and before is not None:
            task_of_uid[after].preds.append(before)

    if tasks:
        project_start = min(t.start for t in tasks)
        project_finish = max(t.finish for t in tasks)
    else:
        project_start, project_finish, _d = quarter_dates(horizon_start, horizon_start)

    root = ET.Element("Project")
    _sub(root, "SaveVersion", 14)
    _sub(root, "Name", name)
    _sub(root, "Title", snap.info.title)
    if snap.info.organization:
        _sub(root, "Company", snap.info.organization)
    _sub(root, "CreationDate", _stamp(datetime.now().replace(microsecond=0)))
    _sub(root, "ScheduleFromStart", 1)
    _sub(root, "StartDate", _stamp(project_start))
    _sub(root, "FinishDate", _stamp(project_finish))
    _sub(root, "FYStartDate", 1)
    _sub(root, "CurrencyDigits", 2)
    _sub(root, "CurrencyCode", snap.info.currency[:3].upper())
    _sub(root, "CalendarUID", 1)
    _sub(root, "DefaultStartTime", "08:00:00")
    _sub(root, "DefaultFinishTime", "17:00:00")
    _sub(root, "MinutesPerDay", 480)
    _sub(root, "MinutesPerWeek", 2400)
    _sub(root, "DaysPerMonth", 20)
    _sub(root, "DurationFormat", 7)
    _sub(root, "WorkFormat", 2)
    _sub(root, "NewTasksEstimated", 0)
    attrs = _sub(root, "ExtendedAttributes")
    for field_id, field_name, alias in FIELDS.values():
        definition = _sub(attrs, "ExtendedAttribute")
        _sub(definition, "FieldID", field_id)
        _sub(definition, "FieldName", field_name)
        _sub(definition, "Alias", alias)
    _calendar(root)

    tasks_elem = _sub(root, "Tasks")
    summary = _sub(tasks_elem, "Task")
    for tag, text in (
        ("UID", 0),
        ("ID", 0),
        ("Name", snap.info.title),
        ("Type", 1),
        ("IsNull", 0),
        ("WBS", 0),
        ("OutlineNumber", 0),
        ("OutlineLevel", 0),
        ("Start", _stamp(project_start)),
        ("Finish", _stamp(project_finish)),
        ("Duration", _hours(8 * _working_days(project_start, project_finish))),
        ("DurationFormat", 7),
        ("Milestone", 0),
        ("Summary", 1),
    ):
        _sub(summary, tag, text)
    for position, task in enumerate(tasks, start=1):
        _task_element(tasks_elem, task, position)

    resources = _sub(root, "Resources")
    uid_of_team: dict[int, int] = {}
    for position, team in enumerate(snap.teams, start=1):
        res = _sub(resources, "Resource")
        uid_of_team[team.id] = position
        _sub(res, "UID", position)
        _sub(res, "ID", position)
        _sub(res, "Name", team.name)
        _sub(res, "Type", 1)
        _sub(res, "IsNull", 0)
        _sub(res, "Code", team.code)
        _sub(res, "MaxUnits", _units(team.capacity))
        ext = _sub(res, "ExtendedAttribute")
        _sub(ext, "FieldID", RESOURCE_TEXT1)
        _sub(ext, "Value", team.code)

    assignments = _sub(root, "Assignments")
    task_by_uid = {t.uid: t for t in tasks}
    for position, demand in enumerate(snap.demands, start=1):
        task_uid = uid_of_item.get(demand.item_id)
        if task_uid is None:
            continue
        task = task_by_uid[task_uid]
        asg = _sub(assignments, "Assignment")
        _sub(asg, "UID", position)
        _sub(asg, "TaskUID", task_uid)
        _sub(asg, "ResourceUID", uid_of_team[demand.team_id])
        _sub(asg, "Finish", _stamp(task.finish))
        _sub(asg, "Start", _stamp(task.start))
        _sub(asg, "Units", _units(demand.fte))
        _sub(asg, "Work", _hours(8 * task.days * demand.fte))
    return xml_bytes(root, {NS: ""})


def _working_days(start: datetime, finish: datetime) -> int:
    return _weekdays(start.date(), finish.date())


def _weekdays(first: date, last: date) -> int:
    """Monday-to-Friday days from ``first`` to ``last``, both included."""
    if last < first:
        return 0
    total = (last - first).days + 1
    weeks, rest = divmod(total, 7)
    extra = sum(1 for n in range(rest) if (first.weekday() + n) % 7 < 5)
    return weeks * 5 + extra


def _calendar(root: ET.Element) -> None:
    calendars = _sub(root, "Calendars")
    cal = _sub(calendars, "Calendar")
    _sub(cal, "UID", 1)
    _sub(cal, "Name", "Standard")
    _sub(cal, "IsBaseCalendar", 1)
    _sub(cal, "BaseCalendarUID", -1)
    days = _sub(cal, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday
        day = _sub(days, "WeekDay")
        _sub(day, "DayType", day_type)
        working = day_type not in (1, 7)
        _sub(day, "DayWorking", int(working))
        if working:
            times = _sub(day, "WorkingTimes")
            for start, end in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                wt = _sub(times, "WorkingTime")
                _sub(wt, "FromTime", start)
                _sub(wt, "ToTime", end)


def _task_element(parent: ET.Element, task: _TaskOut, position: int) -> None:
    elem = _sub(parent, "Task")
    _sub(elem, "UID", task.uid)
    _sub(elem, "ID", position)
    _sub(elem, "Name", task.name)
    _sub(elem, "Type", 1)  # fixed duration: the quarters decide
    _sub(elem, "IsNull", 0)
    _sub(elem, "WBS", task.outline)
    _sub(elem, "OutlineNumber", task.outline)
    _sub(elem, "OutlineLevel", task.level)
    _sub(elem, "Start", _stamp(task.start))
    _sub(elem, "Finish", _stamp(task.finish))
    _sub(elem, "Duration", _hours(8 * task.days))
    _sub(elem, "DurationFormat", 7)
    _sub(elem, "Estimated", 0)
    _sub(elem, "Milestone", int(task.milestone))
    _sub(elem, "Summary", int(task.summary))
    if not task.summary:
        _sub(elem, "FixedCost", _money(task.fixed_cost))
        _sub(elem, "FixedCostAccrual", 3)
    _sub(elem, "PercentComplete", task.percent)
    if task.constraint is not None and not task.summary:
        _sub(elem, "ConstraintType", 4)  # start no earlier than
        _sub(elem, "ConstraintDate", _stamp(task.constraint))
    else:
        _sub(elem, "ConstraintType", 0)
    if task.deadline is not None:
        _sub(elem, "Deadline", _stamp(task.deadline))
    if task.notes:
        _sub(elem, "Notes", task.notes)
    for before in task.preds:
        link = _sub(elem, "PredecessorLink")
        _sub(link, "PredecessorUID", before)
        _sub(link, "Type", 1)
        _sub(link, "CrossProject", 0)
        _sub(link, "LinkLag", 0)
        _sub(link, "LagFormat", 7)
    for key, value in task.ext.items():
        if value == "":
            continue
        ext = _sub(elem, "ExtendedAttribute")
        _sub(ext, "FieldID", FIELDS[key][0])
        _sub(ext, "Value", value)


__all__ = ["FIELDS", "export_mspdi", "mspdi_bytes", "quarter_dates"]
