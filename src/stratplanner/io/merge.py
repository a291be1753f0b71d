"""Merging another plan into the open one (offsite laptops): what differs, the planner's choices.

Records are matched by code (records without one by the codes they join:
an alignment link by its objective and item, a demand by item and team, …).
With no common ancestor to compare with, a record both plans hold with
different values is a *conflict*: the planner keeps ours or takes theirs, per
record. Records only the other plan has are *added* (each can be declined);
records only ours has stay as they are. ``MergePlan.command(session)`` builds
one undoable :class:`~stratplanner.commands.merge.ApplyMerge`.

Both sides are plan interchange documents (``plan_to_dict``), so the other
plan can be a ``.stratplan`` file, a JSON plan, or what the MS Project and
ArchiMate readers produce.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.commands.bulk import InsertRecords, column_defaults
from stratplanner.commands.merge import ApplyMerge
from stratplanner.i18n import format_number, translate
from stratplanner.io.merge_workshops import (
    ADDING,
    TAKING,
    Chosen,
    gone_problem,
    kind_word,
    missing_problem,
    workshop_changes,
    workshop_diffs,
)
from stratplanner.io.plan_json import PLAN_FIELDS, RECORD_FIELDS
from stratplanner.model.kinds import KINDS, Kind
from stratplanner.model.rules import find_cycle
from stratplanner.model.values import Quarter

if TYPE_CHECKING:
    from stratplanner.snapshot import PlanSnapshot

OURS = "ours"
THEIRS = "theirs"
ADDED = "added"
CONFLICT = "conflict"
ONLY_OURS = "only_ours"

_KIND_OF = {k.plural: k for k in KINDS.values()}


class MergeError(Exception):
    """The chosen merge can't be applied; ``problems`` says why, record by record."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = " ".join(problems[:3])
        more = len(problems) - 3
        if more > 0:
            shown = translate("Merge", "{problems} (and %n more)", None, more).format(
                problems=shown
            )
        super().__init__(shown)


@dataclass(frozen=True)
class FieldDiff:
    field: str
    ours: Any
    theirs: Any


@dataclass
class RecordDiff:
    """One record that differs: added by them, changed on both sides, or only ours."""

    collection: str
    key: tuple[str, ...]
    status: str  # ADDED, CONFLICT or ONLY_OURS
    ours: dict[str, Any] | None
    theirs: dict[str, Any] | None
    fields: list[FieldDiff] = field(default_factory=list)
    #: OURS (keep ours / don't add) or THEIRS (take theirs / add it).
    choice: str = OURS

    @property
    def kind(self) -> Kind:
        return _KIND_OF[self.collection]

    @property
    def label(self) -> str:
        """'roadmap item CLOUD-LZ "Cloud landing zone"', in the user's language."""
        kind = self.kind
        record = self.theirs or self.ours or {}
        what = kind_word(kind.name)
        code = " / ".join(self.key)  # a workshop's participant: "Q1-OFFSITE / P1"
        title = record.get(kind.title_field or "name") or "" if kind.has_code else ""
        if title:
            return translate("Merge", '{kind} {code} "{title}"').format(
                kind=what, code=code, title=title
            )
        return translate("Merge", "{kind} {code}").format(kind=what, code=code)


@dataclass
class MergePlan:
    """The differences between our plan and theirs, with a choice per record."""

    records: list[RecordDiff]
    settings: list[FieldDiff]
    settings_choice: str = OURS
    source: str = "the other plan"
    #: The snapshot "ours" was read from: in team mode the merge is based on its versions, so
    #: a record a teammate changed while the planner reviewed the merge is a conflict.
    seen: PlanSnapshot | None = None

    @property
    def added(self) -> list[RecordDiff]:
        return [r for r in self.records if r.status == ADDED]

    @property
    def conflicts(self) -> list[RecordDiff]:
        return [r for r in self.records if r.status == CONFLICT]

    @property
    def only_ours(self) -> list[RecordDiff]:
        return [r for r in self.records if r.status == ONLY_OURS]

    def find(self, collection: str, key: tuple[str, ...]) -> RecordDiff:
        for record in self.records:
            if record.collection == collection and record.key == key:
                return record
        raise KeyError((collection, key))

    def choose(self, collection: str, key: tuple[str, ...] | str, choice: str) -> None:
        if choice not in (OURS, THEIRS):
            raise ValueError("choice must be 'ours' or 'theirs'")
        self.find(collection, (key,) if isinstance(key, str) else key).choice = choice

    def take(self, side: str) -> None:
        """Resolve every conflict (and the plan settings) to one side; additions stay added."""
        if side not in (OURS, THEIRS):
            raise ValueError("take 'ours' or 'theirs'")
        for record in self.conflicts:
            record.choice = side
        self.settings_choice = side

    @property
    def is_empty(self) -> bool:
        return not self.added and not self.conflicts and not self.settings

    def lines(self) -> list[str]:
        """The differences as text, side by side, for the command line."""
        out: list[str] = []
        added, conflicts, mine = self.added, self.conflicts, self.only_ours
        out.append(
            f"{len(added)} record(s) only in {self.source}, {len(conflicts)} in both with "
            "different "
            f"values, {len(mine)} only in this plan."
        )
        for record in added:
            verb = "add" if record.choice == THEIRS else "skip"
            out.append(f"  added    {record.label}  [{verb}]")
        for record in conflicts:
            out.append(f"  conflict {record.label}  [keep {record.choice}]")
            for diff in record.fields:
                out.append(
                    f"             {diff.field}: ours {_show(diff.ours)} | theirs "
                    f"{_show(diff.theirs)}"
                )
        for diff in self.settings:
            out.append(
                f"  settings {diff.field}: ours {_show(diff.ours)} | theirs {_show(diff.theirs)}  "
                f"[keep {self.settings_choice}]"
            )
        for record in mine[:20]:
            out.append(f"  ours     {record.label}  [unchanged]")
        if len(mine) > 20:
            out.append(f"  … and {len(mine) - 20} more only in this plan")
        return out

    def command(self, session: Session) -> ApplyMerge:
        """The one undoable step for the current choices; MergeError if they can't be applied."""
        return _build_command(self, session)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    text = " ".join(str(value).split())
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"' if isinstance(value, str) else text


def _same(a: Any, b: Any) -> bool:
    numbers = isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool)
    if numbers and (isinstance(a, float) or isinstance(b, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-9)
    return bool(a == b)


def _key_fields(collection: str) -> tuple[str, ...]:
    kind = _KIND_OF[collection]
    if kind.has_code:
        return ("code",)
    col_to_key = {column: key for key, _t, _d, column in RECORD_FIELDS[collection]}
    if kind.natural_key:
        return tuple(col_to_key[c] for c in kind.natural_key)
    refs = [col_to_key[r.column] for r in kind.references]
    return (*refs, kind.title_field) if kind.title_field else tuple(refs)


def _keyed(collection: str, records: list[dict[str, Any]]) -> dict[tuple[str, ...], dict[str, Any]]:
    fields = _key_fields(collection)
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    seen: dict[tuple[str, ...], int] = defaultdict(int)
    for record in records:
        key = tuple(str(record.get(f)) for f in fields)
        seen[key] += 1
        if seen[key] > 1:  # records with no unique key (milestones): pair them in order
            key = (*key, f"#{seen[key]}")
        out[key] = record
    return out


def compute_merge(
    ours: dict[str, Any],
    theirs: dict[str, Any],
    *,
    source: str | None = None,
    seen: PlanSnapshot | None = None,
) -> MergePlan:
    """Compare two plan documents; additions default to added, conflicts to ours.

    ``source`` names their plan (default "the other plan"); ``seen``: the snapshot ``ours``
    was written from (kept on the plan for the edit)."""
    source = source or translate("Merge", "the other plan")
    records: list[RecordDiff] = []
    for collection in RECORD_FIELDS:
        mine = _keyed(collection, ours.get(collection) or [])
        other = _keyed(collection, theirs.get(collection) or [])
        keys = [f[0] for f in RECORD_FIELDS[collection]]
        for key, record in other.items():
            if key not in mine:
                records.append(RecordDiff(collection, key, ADDED, None, record, choice=THEIRS))
                continue
            diffs = [
                FieldDiff(k, mine[key].get(k), record.get(k))
                for k in keys
                if k in record and not _same(mine[key].get(k), record.get(k))
            ]
            if diffs:
                records.append(RecordDiff(collection, key, CONFLICT, mine[key], record, diffs))
        for key, record in mine.items():
            if key not in other:
                records.append(RecordDiff(collection, key, ONLY_OURS, record, None))
    records.extend(workshop_diffs(ours, theirs))  # plan format 5
    settings = [
        FieldDiff(k, (ours.get("plan") or {}).get(k), (theirs.get("plan") or {}).get(k))
        for k in PLAN_FIELDS
        if (theirs.get("plan") or {}).get(k) is not None
        and not _same((ours.get("plan") or {}).get(k), (theirs.get("plan") or {}).get(k))
    ]
    return MergePlan(records, settings, source=source, seen=seen)


# -- building the command --------------------------------------------------------------


def _value(ftype: str, value: Any) -> Any:
    if value is None:
        return None
    if ftype == "quarter":
        return Quarter.parse(value) if isinstance(value, str) else value
    if ftype in ("number", "opt_number"):
        return float(value)
    if ftype == "date" and isinstance(value, str):
        from datetime import date

        return date.fromisoformat(value)
    return value


def _build_command(plan: MergePlan, session: Session) -> ApplyMerge:
    problems: list[str] = []
    ids: dict[str, dict[str, int]] = {}
    try:
        for kind in KINDS.values():
            if kind.has_code and kind.plural in RECORD_FIELDS:
                table = kind.table
                ids[kind.name] = dict(session.execute(select(table.c.code, table.c.id)).all())
        dep = KINDS["dependency"].table
        edges: dict[int, set[int]] = defaultdict(set)
        for before, after in session.execute(select(dep.c.before_id, dep.c.after_id)):
            edges[before].add(after)
    finally:
        session.rollback()

    temp = -1
    pending: dict[str, dict[str, int]] = defaultdict(dict)
    added = [r for r in plan.added if r.choice == THEIRS and r.collection in RECORD_FIELDS]
    for record in added:
        if record.kind.has_code:
            pending[record.kind.name][record.key[0]] = temp
            temp -= 1

    def resolve(kind_name: str, code: Any, chosen: Chosen) -> int | None:
        if code is None:
            return None
        if code in ids.get(kind_name, {}):
            return ids[kind_name][code]
        if code in pending[kind_name]:
            return pending[kind_name][code]
        problems.append(missing_problem(chosen, kind_word(kind_name), code))
        return None

    batches: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in added:
        kind = record.kind
        theirs = record.theirs or {}
        row: dict[str, Any] = {}
        for key, ftype, default, column in RECORD_FIELDS[record.collection]:
            value = theirs.get(key, default)
            if ftype.startswith("ref:"):
                row[column] = resolve(ftype[4:], value, (ADDING, record.label))
            else:
                row[column] = _value(ftype, value)
        defaults = column_defaults(kind.table)
        for column, value in list(row.items()):
            if value is None and defaults.get(column) is not None:
                row[column] = defaults[column]
        row["id"] = pending[kind.name].get(record.key[0], temp) if kind.has_code else temp
        if not kind.has_code:
            temp -= 1
        batches[kind.name].append(row)

    updates: list[tuple[str, int, dict[str, Any]]] = []
    for record in plan.conflicts:
        if record.choice != THEIRS or record.collection not in RECORD_FIELDS:
            continue
        kind = record.kind
        spec = {key: (ftype, column) for key, ftype, _d, column in RECORD_FIELDS[record.collection]}
        changes: dict[str, Any] = {}
        for diff in record.fields:
            ftype, column = spec[diff.field]
            if ftype.startswith("ref:"):
                changes[column] = resolve(ftype[4:], diff.theirs, (TAKING, record.label))
            else:
                changes[column] = _value(ftype, diff.theirs)
        record_id = _our_id(session, record, ids)
        if record_id is None:
            problems.append(gone_problem(record.label))
            continue
        updates.append((kind.name, record_id, changes))

    # Their dependencies may close a cycle with ours.
    if batches.get("dependency"):
        for row in batches["dependency"]:
            before, after = row["before_id"], row["after_id"]
            if before is None or after is None:
                continue
            if find_cycle(edges, after, before) is not None:
                problems.append(
                    translate(
                        "Merge",
                        "Adding the dependency {before} → {after} would make a cycle with this "
                        "plan's dependencies; choose not to add it.",
                    ).format(
                        before=_code_of(ids, pending, "item", before),
                        after=_code_of(ids, pending, "item", after),
                    )
                )
            else:
                edges[before].add(after)

    def lookup(kind_name: str, code: Any) -> int | None:
        return ids.get(kind_name, {}).get(code, pending[kind_name].get(code))

    more, more_updates, deletes = workshop_changes(plan, session, lookup, problems)
    for kind_name, rows in more.items():
        batches[kind_name].extend(rows)
    updates.extend(more_updates)
    if problems:
        raise MergeError(problems)
    settings: dict[str, Any] = {}
    if plan.settings_choice == THEIRS:
        for diff in plan.settings:
            settings[diff.field] = (
                Quarter.parse(diff.theirs) if diff.field == "start" else diff.theirs
            )
    inserts = InsertRecords(list(batches.items()), label="Merge") if batches else None
    n_add, n_upd = sum(len(v) for v in batches.values()), len(updates)  # options/links count
    label = translate("Merge", "Merge {source}: {added} added, {taken} taken from theirs").format(
        source=plan.source, added=format_number(n_add), taken=format_number(n_upd)
    )
    return ApplyMerge(inserts, updates, settings, label=label, deletes=deletes)


def _code_of(
    ids: dict[str, dict[str, int]], pending: dict[str, dict[str, int]], kind: str, rid: int
) -> str:
    for table in (ids.get(kind, {}), pending.get(kind, {})):
        for code, value in table.items():
            if value == rid:
                return code
    return "?"


def _our_id(session: Session, record: RecordDiff, ids: dict[str, dict[str, int]]) -> int | None:
    kind = record.kind
    if kind.has_code:
        return ids.get(kind.name, {}).get(record.key[0])
    ours = record.ours or {}
    table = kind.table
    conditions = []
    for key, ftype, _d, column in RECORD_FIELDS[record.collection]:
        if column in kind.natural_key or (
            not kind.natural_key and (ftype.startswith("ref:") or key == kind.title_field)
        ):
            value = ours.get(key)
            if ftype.startswith("ref:"):
                value = ids.get(ftype[4:], {}).get(value) if isinstance(value, str) else None
            conditions.append(table.c[column] == value)
    try:
        found = (
            session.execute(select(table.c.id).where(*conditions).order_by(table.c.id))
            .scalars()
            .all()
        )
    finally:
        session.rollback()
    index = int(record.key[-1][1:]) - 1 if record.key and str(record.key[-1]).startswith("#") else 0
    return found[index] if index < len(found) else None


__all__ = [
    "ADDED",
    "CONFLICT",
    "ONLY_OURS",
    "OURS",
    "THEIRS",
    "FieldDiff",
    "MergeError",
    "MergePlan",
    "RecordDiff",
    "compute_merge",
]
