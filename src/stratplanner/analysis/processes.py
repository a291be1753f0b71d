"""The business-process lens: which processes technology enables, which applications serve no
process, and where the roadmap's money goes by process.

Investment by process (docs/partnership.md): each counted item's cost (capex + opex) is
split equally among the processes it touches — those it changes directly, and those enabled
by the applications it changes. A level-2 process's share also counts for its level-1 parent
(``by_top``). Items touching no process are ``unmapped``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from stratplanner.snapshot import ItemRec, PlanSnapshot
from stratplanner.snapshot.records import ApplicationRec, ProcessRec


@dataclass(frozen=True)
class ProcessNode:
    """A level-1 process (capability) with its level-2 processes, in plan order."""

    process: ProcessRec
    children: tuple[ProcessRec, ...]


def process_map(snap: PlanSnapshot) -> list[ProcessNode]:
    """The two-level map: every top-level process with its sub-processes."""
    children = snap.children_by_process
    return [ProcessNode(p, tuple(children.get(p.id, ()))) for p in children.get(None, [])]


def top_of(snap: PlanSnapshot, process_id: int) -> int:
    """The level-1 process a process belongs to (itself when it is level 1)."""
    process = snap.process_by_id[process_id]
    return process.parent_id if process.parent_id is not None else process.id


def leaf_processes(snap: PlanSnapshot) -> list[ProcessRec]:
    """Processes with no sub-processes (level 2, and level 1 without children), in plan order."""
    parents = {p.parent_id for p in snap.processes if p.parent_id is not None}
    return [p for p in snap.processes if p.id not in parents]


def enabled_process_ids(snap: PlanSnapshot) -> set[int]:
    """Processes some application enables, and the level-1 parents of those."""
    direct = set(snap.applications_by_process)
    return direct | {top_of(snap, pid) for pid in direct if pid in snap.process_by_id}


def processes_without_technology(snap: PlanSnapshot) -> list[ProcessRec]:
    """Leaf processes no application enables: where the business runs on paper and spreadsheets
    (or the map is incomplete)."""
    enabled = set(snap.applications_by_process)
    return [p for p in leaf_processes(snap) if p.id not in enabled]


def applications_without_process(snap: PlanSnapshot) -> list[ApplicationRec]:
    """Applications that enable no process: candidates to retire, or gaps in the map."""
    used = set(snap.processes_by_application)
    return [a for a in snap.applications if a.id not in used]


def processes_touched(snap: PlanSnapshot, item_id: int) -> list[int]:
    """Processes an item touches: changed directly, or enabled by an application it changes."""
    touched = dict.fromkeys(snap.processes_changed_by_item.get(item_id, []))
    for application_id in snap.applications_changed_by_item.get(item_id, []):
        touched.update(dict.fromkeys(snap.processes_by_application.get(application_id, [])))
    return list(touched)


@dataclass(frozen=True)
class ProcessInvestment:
    by_process: dict[int, float]  # process id → share of item cost (level 1 or 2, as touched)
    by_top: dict[int, float]  # level-1 process id → its own share plus its children's
    unmapped: float  # cost of counted items touching no process
    items_by_process: dict[int, tuple[int, ...]] = field(default_factory=dict)
    unmapped_item_ids: tuple[int, ...] = ()

    @property
    def total(self) -> float:
        return sum(self.by_top.values()) + self.unmapped


def investment_by_process(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> ProcessInvestment:
    chosen = (
        list(items) if items is not None else [i for i in snap.items if i.status != "cancelled"]
    )
    by_process: dict[int, float] = defaultdict(float)
    by_top: dict[int, float] = defaultdict(float)
    item_ids: dict[int, list[int]] = defaultdict(list)
    unmapped, unmapped_ids = 0.0, []
    for item in chosen:
        touched = [pid for pid in processes_touched(snap, item.id) if pid in snap.process_by_id]
        if not touched:
            unmapped += item.cost
            unmapped_ids.append(item.id)
            continue
        share = item.cost / len(touched)
        for pid in touched:
            by_process[pid] += share
            by_top[top_of(snap, pid)] += share
            item_ids[pid].append(item.id)
            top = top_of(snap, pid)
            if top != pid and item.id not in item_ids[top]:
                item_ids[top].append(item.id)
    return ProcessInvestment(
        dict(by_process),
        dict(by_top),
        unmapped,
        {k: tuple(v) for k, v in item_ids.items()},
        tuple(unmapped_ids),
    )


def items_changing_process(snap: PlanSnapshot, process_id: int) -> list[ItemRec]:
    """Counted items that touch a process (or, for a level-1 process, any of its children)."""
    wanted = {process_id} | {p.id for p in snap.children_by_process.get(process_id, [])}
    return [
        item
        for item in snap.items
        if item.status != "cancelled" and wanted.intersection(processes_touched(snap, item.id))
    ]


__all__ = [
    "ProcessInvestment",
    "ProcessNode",
    "applications_without_process",
    "enabled_process_ids",
    "investment_by_process",
    "items_changing_process",
    "leaf_processes",
    "process_map",
    "processes_touched",
    "processes_without_technology",
    "top_of",
]
