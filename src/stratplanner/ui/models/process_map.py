"""What the Business processes view shows and edits, worked out from the snapshot (Qt-free).

The view (``ui/views/processes.py``) lays out the process map, the applications, the form
and the gaps and wires them to these: the rows of the two trees and the gap lists with their
tooltips, the form's links and choices, the heading, and the record, code and values an edit
acts on. A record is named by its ``Key``: ``("process" | "application", id)``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from stratplanner.analysis.processes import ProcessInvestment, process_map
from stratplanner.analysis.text import money
from stratplanner.i18n import translate
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import PlanSnapshot
from stratplanner.snapshot.records import ApplicationChangeRec, ProcessChangeRec, ProcessRec

Key = tuple[str, int]  # ("process" | "application", id)


def joined(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" +{len(names) - limit}" if len(names) > limit else "")


def summary(snap: PlanSnapshot, invest: ProcessInvestment, gaps: int, unused: int) -> str:
    """The view's heading: the map's size, its gaps, and the money that changes processes."""
    tops = len(snap.children_by_process.get(None, []))
    if not snap.processes and not snap.applications:
        return translate("ProcessMap", "The process map is empty: add a capability to start it.")
    currency = snap.info.currency
    mapped = sum(invest.by_top.values())
    below = len(snap.processes) - tops
    apps = len(snap.applications)
    return translate(
        "ProcessMap",
        "{capabilities} {with_processes}, {applications}. {gaps} without an application, "
        "{unused} no process. {mapped} of the roadmap changes processes; {unmapped} touches "
        "none.",
    ).format(
        capabilities=translate("ProcessMap", "%n capability(ies)", None, tops),
        with_processes=translate("ProcessMap", "with %n process(es)", None, below),
        applications=translate("ProcessMap", "%n application(s)", None, apps),
        gaps=translate("ProcessMap", "%n process(es) run(s)", None, gaps),
        unused=translate("ProcessMap", "%n application(s) support(s)", None, unused),
        mapped=money(mapped, currency),
        unmapped=money(invest.unmapped, currency),
    )


# -- the records --------------------------------------------------------------------------------


def lookup(snap: PlanSnapshot, kind: str) -> dict[int, Any]:
    return snap.process_by_id if kind == "process" else snap.application_by_id


def record_of(snap: PlanSnapshot, key: Key) -> Any:
    """The process or application ``key`` names, or None if it is gone."""
    return lookup(snap, key[0]).get(key[1])


def exists(snap: PlanSnapshot, key: Key) -> bool:
    return key[1] in lookup(snap, key[0])


def process_text(snap: PlanSnapshot, process: Any) -> str:
    """A process with its capability: "Sell › Take orders"."""
    parent = snap.process_by_id.get(process.parent_id) if process.parent_id else None
    return f"{parent.name} › {process.name}" if parent else process.name


def parent_for_new_process(snap: PlanSnapshot, selected: Key | None) -> int | None:
    """The capability a new process goes under: the selected one, or the selected
    process's capability."""
    if selected is None or selected[0] != "process":
        return None
    process = snap.process_by_id.get(selected[1])
    if process is None:
        return None
    return process.parent_id if process.parent_id is not None else process.id


def codes(snap: PlanSnapshot, kind: str) -> set[str]:
    return {r.code for r in getattr(snap, KINDS[kind].plural)}


def duplicate_values(snap: PlanSnapshot, key: Key) -> dict[str, object]:
    """The values of a copy of a process (under the same capability) or an application;
    the code is made unique by the caller (``record_ops.next_code``)."""
    rec = lookup(snap, key[0])[key[1]]
    values: dict[str, object] = {
        "name": translate("ProcessMap", "{name} (copy)").format(name=rec.name),
        "description": rec.description,
    }
    if isinstance(rec, ProcessRec):
        values["parent_id"] = rec.parent_id
    return values


def link_record(form: Key, kind: str, other_id: int) -> tuple[str, dict[str, int]]:
    """(kind, values) of the link between the record in the form and ``other_id``: an
    ``enablement`` (an application and a process) or, for kind "item", the change a roadmap
    item makes to the process or application."""
    form_kind, record_id = form
    if kind == "enablement":
        process_id, app_id = (
            (record_id, other_id) if form_kind == "process" else (other_id, record_id)
        )
        return "enablement", {"process_id": process_id, "application_id": app_id}
    column = "process_id" if form_kind == "process" else "application_id"
    return change_kind(form_kind), {"item_id": other_id, column: record_id}


def change_kind(form_kind: str) -> str:
    """The kind of record that says a roadmap item changes a process or an application."""
    return "process_change" if form_kind == "process" else "application_change"


def changed_item(snap: PlanSnapshot, form_kind: str, change_id: int) -> int | None:
    """The roadmap item of a change record of the form's process or application."""
    changes = snap.process_changes if form_kind == "process" else snap.application_changes
    return next((c.item_id for c in changes if c.id == change_id), None)


# -- rows of the trees and lists ----------------------------------------------------------------


@dataclass
class Row:
    """One row of the process map or the applications: its cells and their tooltips."""

    key: Key
    cells: list[str]
    tips: list[str]
    #: A capability (bold, with its processes as children); False for a process or an app.
    top: bool = False
    #: The column whose cell shows a gap (no application / no process), or None.
    gap_column: int | None = None
    children: list[Row] = field(default_factory=list)


def map_rows(snap: PlanSnapshot, invest: ProcessInvestment, unenabled: set[int]) -> list[Row]:
    """The capabilities in map order, each with its processes as children."""
    currency = snap.info.currency
    apps = snap.application_by_id
    items = snap.item_by_id
    rows: list[Row] = []
    for node in process_map(snap):
        top: Row | None = None
        members = [node.process, *node.children]
        for process in members:
            app_names = [apps[a].name for a in snap.applications_by_process.get(process.id, [])]
            item_ids = invest.items_by_process.get(process.id, ())
            item_codes = [items[i].code for i in item_ids]
            is_top = process is node.process
            amount = (invest.by_top if is_top else invest.by_process).get(process.id, 0.0)
            if is_top and node.children:
                ids = {a for p in members for a in snap.applications_by_process.get(p.id, [])}
                n_apps, n_items = len(ids), len(item_codes)
                enabled = translate("ProcessMap", "%n application(s)", None, n_apps)
                changed = translate("ProcessMap", "%n item(s)", None, n_items)
            else:
                no_app = translate("ProcessMap", "no application")
                enabled = joined(app_names) if app_names else no_app
                changed = joined(item_codes)
            row = Row(
                ("process", process.id),
                [process.name, money(amount, currency), enabled, changed],
                [
                    f"{process.code}: {process.description or process.name}",
                    translate("ProcessMap", "Its share of the cost of the items that change it"),
                    "\n".join(app_names)
                    or translate("ProcessMap", "No application enables this process"),
                    "\n".join(f"{items[i].code} {items[i].title}" for i in item_ids)
                    or translate("ProcessMap", "No roadmap item changes this process"),
                ],
                top=is_top,
                gap_column=2 if process.id in unenabled else None,
            )
            if is_top:
                rows.append(row)
                top = row
            elif top is not None:
                top.children.append(row)
    return rows


def application_rows(snap: PlanSnapshot, unused: set[int]) -> list[Row]:
    """The applications by name, with the processes they enable and the items that change them."""
    processes = snap.process_by_id
    changed: dict[int, list[str]] = defaultdict(list)
    for change in snap.application_changes:
        item = snap.item_by_id.get(change.item_id)
        if item is not None:
            changed[change.application_id].append(item.code)
    rows = []
    for app in sorted(snap.applications, key=lambda a: a.name.casefold()):
        names = [processes[p].name for p in snap.processes_by_application.get(app.id, [])]
        rows.append(
            Row(
                ("application", app.id),
                [
                    app.name,
                    joined(names) if names else translate("ProcessMap", "no process"),
                    joined(changed[app.id]),
                ],
                [
                    f"{app.code}: {app.description or app.name}",
                    "\n".join(names)
                    or translate("ProcessMap", "This application supports no process"),
                ],
                gap_column=1 if app.id in unused else None,
            )
        )
    return rows


def gap_row(snap: PlanSnapshot, kind: str, rec: Any) -> Row:
    """A process without an application (with its capability) or an unused application."""
    parent = snap.process_by_id.get(getattr(rec, "parent_id", None) or -1)
    name = f"{rec.name} ({parent.name})" if parent is not None else rec.name
    return Row((kind, rec.id), [name], [f"{rec.code}: {rec.description or rec.name}"])


# -- the form -----------------------------------------------------------------------------------


@dataclass
class FormLinks:
    """The links of the record in the form, and what it could be linked to next."""

    #: Applications enabling a process, or processes an application enables: (link id, text).
    enabled: list[tuple[int, str]]
    #: Records that could be linked next: (id, text).
    enable_choices: list[tuple[int, str]]
    #: The roadmap items changing it directly: (change id, text); and the other items.
    changes: list[tuple[int, str]]
    change_choices: list[tuple[int, str]]
    #: Items that change a process only through one of its applications.
    through: list[str]


def form_links(snap: PlanSnapshot, key: Key) -> FormLinks:
    kind, record_id = key
    item_titles = {i.id: f"{i.code} {i.title}" for i in snap.items}
    item_choices = sorted(item_titles.items(), key=lambda pair: pair[1].casefold())
    changes: list[ProcessChangeRec] | list[ApplicationChangeRec]
    through: set[str]
    if kind == "process":
        apps = snap.application_by_id
        links = [e for e in snap.enablements if e.process_id == record_id]
        linked = {e.application_id for e in links}
        enabled = [(e.id, apps[e.application_id].name) for e in links]
        choices = [
            (a.id, a.name)
            for a in sorted(snap.applications, key=lambda a: a.name.casefold())
            if a.id not in linked
        ]
        changes = [c for c in snap.process_changes if c.process_id == record_id]
        through = {
            item_titles[c.item_id]
            for c in snap.application_changes
            if c.application_id in linked and c.item_id in item_titles
        }
    else:
        processes = snap.process_by_id
        links = [e for e in snap.enablements if e.application_id == record_id]
        linked = {e.process_id for e in links}
        enabled = [(e.id, process_text(snap, processes[e.process_id])) for e in links]
        choices = [
            (p.id, process_text(snap, p))
            for node in process_map(snap)
            for p in (node.process, *node.children)
            if p.id not in linked
        ]
        changes = [c for c in snap.application_changes if c.application_id == record_id]
        through = set()
    direct = {c.item_id for c in changes}
    through -= {item_titles[i] for i in direct if i in item_titles}
    return FormLinks(
        enabled,
        choices,
        [(c.id, item_titles.get(c.item_id, "?")) for c in changes],
        [pair for pair in item_choices if pair[0] not in direct],
        sorted(through),
    )
