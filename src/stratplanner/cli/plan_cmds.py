"""Plan-file commands: new, demo, info, check, import/export json, and record edits."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from stratplanner.analysis.figures import objective_counts, objectives_phrase
from stratplanner.analysis.text import money
from stratplanner.app.edit_session import EditSession
from stratplanner.cli.common import (
    CliError,
    add_plan_argument,
    new_plan,
    opened_plan,
    output_path,
    print_json,
    writable_plan,
)
from stratplanner.commands import (
    Command,
    CreateRecord,
    DeleteRecord,
    SetLink,
    UpdateRecord,
    UpdateSettings,
    plan_delete,
    record_id_for_code,
)
from stratplanner.commands.base import ConflictError, Touched
from stratplanner.commands.partnership import ITEM_ROLE_COLUMNS, UpdateItem
from stratplanner.io.plan_json import (
    KIND_OF_COLLECTION,
    RECORD_FIELDS,
    import_plan_json,
    plan_to_dict,
    write_plan_json,
)
from stratplanner.io.plan_json_check import check_value
from stratplanner.model.entities import PlanSettings, table_of
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import Quarter
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store.document import PlanDocument, create_plan_file, open_plan
from stratplanner.store.values_check import find_bad_values

# -- new / demo ----------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    if args.quarters is not None and not 1 <= args.quarters <= 40:
        raise CliError(f"The horizon must be 1 to 40 quarters, not {args.quarters}.")
    with new_plan(args.plan, replace=args.force) as target:
        settings: dict[str, Any] = {"title": args.title or target.path.stem}
        if args.organization:
            settings["organization"] = args.organization
        if args.currency:
            settings["currency"] = args.currency
        if args.start:
            settings["start"] = Quarter.parse(args.start)
        if args.quarters is not None:
            settings["quarters"] = args.quarters
        create_plan_file(target.path, settings=settings, overwrite=args.force)
    print(f"Created {target.shown}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    with new_plan(args.plan, replace=args.force) as target:
        import_plan_json(sample_plan_json(), target.path, overwrite=args.force)
    print(f"Created the sample plan at {target.shown}. Open it with: {target.open_hint}")
    return 0


# -- info ----------------------------------------------------------------------------


def plan_summary(snap: PlanSnapshot) -> dict[str, Any]:
    counted = [i for i in snap.items if i.status != "cancelled"]
    return {
        "title": snap.info.title,
        "organization": snap.info.organization,
        "currency": snap.info.currency,
        "horizon": {
            "start": str(snap.info.start),
            "end": str(snap.info.end),
            "quarters": snap.info.quarters,
        },
        "counts": {
            "business_units": len(snap.business_units),
            "people": len(snap.people),
            "themes": objective_counts(snap)[1],
            "objectives": objective_counts(snap)[0],
            "teams": len(snap.teams),
            "items": len(snap.items),
            "links": len(snap.links),
            "demands": len(snap.demands),
            "dependencies": len(snap.dependencies),
            "kpis": len(snap.kpis),
            "milestones": len(snap.milestones),
        },
        "items_by_status": dict(sorted(Counter(i.status for i in snap.items).items())),
        "items_by_category": dict(sorted(Counter(i.category for i in snap.items).items())),
        "totals": {
            "capex": sum(i.capex for i in counted),
            "opex": sum(i.opex for i in counted),
            "annual_value": sum(i.annual_value for i in counted),
        },
    }


def cmd_info(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
        location = doc.location
    summary = plan_summary(snap)
    if args.json:
        summary["file"] = location
        print_json(summary)
        return 0
    c, t, cur = summary["counts"], summary["totals"], summary["currency"]
    lines = [
        f"{summary['title']}"
        + (f" — {summary['organization']}" if summary["organization"] else ""),
        f"  Horizon      {summary['horizon']['start']} to {summary['horizon']['end']} "
        f"({summary['horizon']['quarters']} quarters)",
        f"  Objectives   {objectives_phrase(snap)}",
        f"  Items        {c['items']}  "
        + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary["items_by_status"].items()),
        f"  Alignment    {c['links']} links",
        f"  People       {c['people']} in {c['business_units']} business units; {c['teams']} teams",
        f"  Investment   capex {money(t['capex'], cur)}, opex {money(t['opex'], cur)} "
        "(item totals; cancelled items excluded)",
        f"  Value        {money(t['annual_value'], cur)} a year once delivered",
    ]
    print("\n".join(lines))
    return 0


# -- check ---------------------------------------------------------------------------


def check_plan(doc_session: Any, snap: PlanSnapshot) -> tuple[list[str], list[str]]:
    """(problems, notes): problems make ``check`` fail; notes are worth knowing."""
    problems: list[str] = []
    notes: list[str] = []
    if doc_session.get_bind().dialect.name == "sqlite":
        integrity = [r[0] for r in doc_session.execute(text("PRAGMA integrity_check")).all()]
        if integrity != ["ok"]:
            problems.append(f"The database integrity check failed: {integrity[0]}.")
        fk = doc_session.execute(text("PRAGMA foreign_key_check")).all()
        if fk:
            problems.append(f"{len(fk)} records refer to records that don't exist.")
        doc_session.rollback()

    from stratplanner.model.rules import find_cycle

    edges: dict[int, set[int]] = {}
    for dep in snap.dependencies:
        edges.setdefault(dep.before_id, set()).add(dep.after_id)
    for dep in snap.dependencies:
        path = find_cycle(edges, dep.after_id, dep.before_id)
        if path:
            chain = " → ".join(snap.item_by_id[i].code for i in [dep.before_id, *path])
            problems.append(f"Dependency cycle: {chain}.")
            break
    start, end = snap.info.start, snap.info.end
    for item in snap.items:
        if (
            item.start is not None
            and item.end is not None
            and (item.end < start or item.start > end)
        ):
            notes.append(
                f"Item {item.code} ({item.start}–{item.end}) lies outside the plan horizon "
                f"{start}–{end}."
            )
        if item.start is None and item.status in ("approved", "in_progress"):
            notes.append(
                f"Item {item.code} is {item.status.replace('_', ' ')} "
                "but has no start and end quarter."
            )
    for ms in snap.milestones:
        item = snap.item_by_id[ms.item_id]
        if (
            item.start is not None
            and item.end is not None
            and not item.start <= ms.quarter <= item.end
        ):
            notes.append(
                f'Milestone "{ms.title}" of {item.code} ({ms.quarter}) '
                "falls outside the item's quarters."
            )
    return problems, notes


#: At most this many bad values are listed (a plan broken throughout would print thousands).
MAX_BAD_VALUES = 500


def bad_value_problems(doc: PlanDocument) -> list[str]:
    """A line per stored value of the wrong type or outside its allowed set (plan files only;
    a server enforces types and rules itself)."""
    if doc.server is not None:
        return []
    raw = doc.session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)  # a plan file is SQLite
    lines = [bad.sentence() for bad in find_bad_values(raw, limit=MAX_BAD_VALUES + 1)]
    doc.session.rollback()
    if len(lines) > MAX_BAD_VALUES:
        lines[MAX_BAD_VALUES:] = [
            f"More values than these {MAX_BAD_VALUES} are wrong; correct these and check again."
        ]
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    # Opened without the value check opening does, so the bad values can be listed.
    doc = open_plan(args.plan, read_only=True, check_values=False)
    try:
        if doc.recovery_message:
            print(doc.recovery_message, file=sys.stderr)
        name = doc.file_name
        problems = bad_value_problems(doc)
        notes: list[str] = []
        if not problems:  # the plan's rules need readable values
            snap = load_snapshot(doc.session)
            problems, notes = check_plan(doc.session, snap)
    finally:
        doc.close()
    if args.json:
        print_json({"ok": not problems, "problems": problems, "notes": notes})
    else:
        for line in problems:
            print(f"problem: {line}")
        for line in notes:
            print(f"note: {line}")
        if not problems:
            print(f"{name} is healthy" + (f" ({len(notes)} notes)." if notes else "."))
    return 1 if problems else 0


# -- json ----------------------------------------------------------------------------


def cmd_import_json(args: argparse.Namespace) -> int:
    with new_plan(args.output, replace=args.force) as target:
        import_plan_json(args.file, target.path, overwrite=args.force)
    print(f"Created {target.shown} from {args.file}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    if args.output == "-":
        print_json(plan_to_dict(snap))
        return 0
    target = output_path(args.output, suffixes=(".json",))
    write_plan_json(snap, target)
    print(f"Wrote {target}.")
    return 0


# -- record edits -------------------------------------------------------------------

_EDITABLE = {k.name: k.plural for k in KINDS.values() if k.has_code and k.plural in RECORD_FIELDS}


def _parse_assignments(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f'{pair!r} is not FIELD=VALUE (for example title="CRM upgrade").')
        key, value = pair.split("=", 1)
        out[key.strip()] = value
    return out


def _columns_from_text(session: Any, kind_name: str, fields: dict[str, str]) -> dict[str, Any]:
    """FIELD=VALUE texts (JSON field names, codes for references) to column values."""
    collection = KINDS[kind_name].plural
    spec = {f[0]: f for f in RECORD_FIELDS[collection]}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, raw in fields.items():
        if key not in spec:
            raise CliError(
                f"A {KINDS[kind_name].label} has no field {key!r}; fields are: {', '.join(spec)}."
            )
        _key, ftype, _default, column = spec[key]
        value: Any = raw
        if raw == "":
            values[column] = (
                None if (ftype.startswith("ref:") or ftype in ("quarter", "opt_number")) else ""
            )
            continue
        if ftype in ("int",):
            try:
                value = int(raw)
            except ValueError:
                raise CliError(f"{key}: {raw!r} is not a whole number.") from None
        elif ftype in ("number", "opt_number"):
            try:
                value = float(raw.replace(",", ""))
            except ValueError:
                raise CliError(f"{key}: {raw!r} is not a number.") from None
        elif ftype == "bool":
            if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise CliError(f"{key}: write true or false, not {raw!r}.")
            value = raw.lower() in ("true", "yes", "1")
        checked = check_value(ftype, value, key, problems)
        if problems:
            raise CliError(problems[0] + ".")
        if ftype.startswith("ref:"):
            checked = record_id_for_code(session, ftype[4:], checked)
        values[column] = checked
    return values


@contextlib.contextmanager
def _editing(target: str) -> Iterator[EditSession]:
    """The plan open for edits through the edit session, as the app edits it (no snapshot
    is read: the CLI's ``--if-version`` is its own check, made when the command is built)."""
    with writable_plan(target) as doc:
        edit = EditSession(doc)
        try:
            yield edit
        finally:
            edit.close()


def cmd_add(args: argparse.Namespace) -> int:
    fields = _parse_assignments(args.fields)
    with _editing(args.plan) as edit:
        values = edit.read(lambda session: _columns_from_text(session, args.kind, fields))
        command = CreateRecord(args.kind, values)
        edit.execute(command)
    print(f"{command.label}.")
    return 0


class _IfVersion(Command):
    """Run an edit only if its record is still at the version the caller read (``--if-version``).

    Checked inside the edit's own transaction (the write lock on a plan file, ``FOR UPDATE``
    on a server), so two scripts' ``set``s on one record can't both win.
    """

    def __init__(self, inner: Command, table: Table, record_id: int, name: str, expected: int):
        self.inner, self.table, self.record_id = inner, table, record_id
        self.name, self.expected = name, expected
        self.label = inner.label

    def kinds(self) -> frozenset[str]:
        return self.inner.kinds()

    def touched(self) -> Touched | None:
        return self.inner.touched()

    def apply(self, session: Session) -> Command:
        t = self.table
        row = session.execute(
            select(t.c.version, t.c.changed_by, t.c.changed_at)
            .where(t.c.id == self.record_id)
            .with_for_update()
        ).one()
        if row.version != self.expected:
            who = f" by {row.changed_by}" if row.changed_by else ""
            when = f" at {row.changed_at:%Y-%m-%d %H:%M} UTC" if row.changed_at else ""
            raise ConflictError(
                f"{self.name} is at version {row.version}, not {self.expected}: it was changed"
                f"{who}{when} since you read it; nothing was changed — look at it again and "
                f"repeat with --if-version {row.version}, or leave --if-version out to overwrite."
            )
        return self.inner.apply(session)


def _record_version(session: Session, table: Table, record_id: int) -> int:
    version = session.execute(select(table.c.version).where(table.c.id == record_id)).scalar_one()
    return int(version)


def cmd_set(args: argparse.Namespace) -> int:
    if args.if_version is not None and args.if_version < 1:
        raise CliError(f"--if-version takes a record's version, 1 or more (not {args.if_version}).")
    with _editing(args.plan) as edit:
        if args.kind == "plan":
            fields = _parse_assignments(args.fields)
            changes: dict[str, Any] = dict(fields)
            if "quarters" in changes:
                try:
                    changes["quarters"] = int(changes["quarters"])
                except ValueError:
                    raise CliError(
                        f"quarters: {fields['quarters']!r} is not a whole number."
                    ) from None
            command: Any = UpdateSettings(changes)
            table, record_id, name = table_of(PlanSettings), 1, "The plan"
        else:
            assignments = _parse_assignments(args.fields)
            record_id, values = edit.read(
                lambda session: (
                    record_id_for_code(session, args.kind, args.code),
                    _columns_from_text(session, args.kind, assignments),
                )
            )
            if args.kind == "item" and not ITEM_ROLE_COLUMNS.keys().isdisjoint(values):
                command = UpdateItem(record_id, values)  # kept in the sponsor history
            else:
                command = UpdateRecord(args.kind, record_id, values)
            table = KINDS[args.kind].table
            name = f"{KINDS[args.kind].label[:1].upper()}{KINDS[args.kind].label[1:]} {args.code}"
        if args.if_version is not None:
            command = _IfVersion(command, table, record_id, name, args.if_version)
        edit.execute(command)
        version = edit.read(lambda session: _record_version(session, table, record_id))
    print(f"{command.label} (now version {version}).")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    def read(session: Session) -> tuple[int, str]:
        record_id = record_id_for_code(session, args.kind, args.code)
        return record_id, plan_delete(session, args.kind, record_id).summary()

    with _editing(args.plan) as edit:
        record_id, summary = edit.read(read)
        edit.execute(DeleteRecord(args.kind, record_id, force=args.force))
    print(summary)
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    with _editing(args.plan) as edit:
        objective_id, item_id = edit.read(
            lambda session: (
                record_id_for_code(session, "objective", args.objective),
                record_id_for_code(session, "item", args.item),
            )
        )
        command = SetLink(objective_id, item_id, args.strength, args.rationale)
        edit.execute(command)
    print(f"{command.label}.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="create an empty plan file")
    add_plan_argument(p, "the new plan to create: a .stratplan file or a team plan URL")
    p.add_argument("--title")
    p.add_argument("--organization")
    p.add_argument("--currency", help="currency code, e.g. USD, EUR, GBP")
    p.add_argument("--start", help="first quarter of the horizon, e.g. 2027-Q1")
    p.add_argument("--quarters", type=int, help="length of the horizon in quarters (1-40)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="create the built-in sample plan (a mid-size retailer)")
    add_plan_argument(p, "where to create the sample plan: a .stratplan file or a team plan URL")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="summarise a plan")
    add_plan_argument(p)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "check",
        help="check a plan's integrity, values and rules (exit 1 on problems)",
        description="Check a plan: the file's integrity, every stored value's type and "
        "allowed values (one line per bad value: table, record, field, value, what is "
        "allowed), and the plan's rules. Exit 1 on problems.",
    )
    add_plan_argument(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "add", help='add a record: stratplanner add PLAN item code=CRM-1 title="CRM"'
    )
    add_plan_argument(p)
    p.add_argument("kind", choices=sorted(_EDITABLE))
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser(
        "set",
        help="change fields: stratplanner set PLAN item CRM-1 start=2027-Q3 end=2028-Q1",
        description="Change fields of one record (or of the plan settings). Prints the "
        "record's new version. With --if-version N the change is made only if the record is "
        "still at version N, so two scripts editing one record can't overwrite each other "
        "unseen; otherwise it is refused (exit 1) and nothing changes.",
    )
    add_plan_argument(p)
    p.add_argument("kind", choices=[*sorted(_EDITABLE), "plan"])
    p.add_argument("code", nargs="?", default="", help="the record's code (omit for 'plan')")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="change the record only if it is still at version N (the version the last "
        "'set' printed); refused, changing nothing, if someone changed it since",
    )
    p.set_defaults(func=cmd_set)

    p = sub.add_parser("delete", help="delete a record and what belongs to it")
    add_plan_argument(p)
    p.add_argument("kind", choices=sorted(_EDITABLE))
    p.add_argument("code")
    p.add_argument(
        "--force", action="store_true", help="also delete an objective's sub-objectives and links"
    )
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("link", help="link an item to an objective (strength 0 removes the link)")
    add_plan_argument(p)
    p.add_argument("objective", help="objective code")
    p.add_argument("item", help="item code")
    p.add_argument("strength", type=int, choices=[0, 1, 2, 3])
    p.add_argument("--rationale")
    p.set_defaults(func=cmd_link)


def register_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("json", help="create a new plan from a JSON interchange file")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "-o", "--output", required=True, metavar="NEW.stratplan", help="or a team plan URL"
    )
    p.add_argument("--force", action="store_true", help="replace an existing plan")
    p.set_defaults(func=cmd_import_json)


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("json", help="write the plan as a JSON interchange file")
    add_plan_argument(p)
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE.json", help="'-' writes to standard output"
    )
    p.set_defaults(func=cmd_export_json)


__all__ = [
    "KIND_OF_COLLECTION",
    "check_plan",
    "plan_summary",
    "register",
    "register_export",
    "register_import",
]


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Run 'stratplanner' instead.")
