"""Interchange commands: import/export csv, xlsx, mspdi, archimate; merge another plan.

``import csv|xlsx FILE --into PLAN --kind KIND [--mapping M]`` checks every row
first; if any row is rejected it prints the report, exits 1 and leaves the plan
unchanged, unless ``--accept-clean`` is given (then the other rows are added).

The import and ``merge`` edit the plan through the edit session (``cli/editing.py``), as the
app does: they read the plan through it and apply their one step through it, based on the
versions of the snapshot they read, so on a team plan a teammate's change saved in between is
refused in one sentence, not overwritten.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from stratplanner.analysis.text import counted
from stratplanner.app.edit_session import EditSession
from stratplanner.cli.common import (
    CliError,
    add_plan_argument,
    new_plan,
    opened_plan,
    output_path,
    plan_label,
    print_json,
)
from stratplanner.cli.editing import editing, execute, read_plan
from stratplanner.io.mapping import CREATABLE, Mapping, MappingError, guess_mapping, kind_named
from stratplanner.io.parse_values import DAY_MONTH_ORDERS
from stratplanner.io.tabular import TabularError, opened_table
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store.schema import PLAN_SUFFIX

_DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t", "|": "|"}


def _friendly(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn the interchange modules' own errors into one-sentence CLI errors."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from stratplanner.io.xml_safety import XmlFileError

        try:
            return func(args)
        except (TabularError, MappingError, XmlFileError) as exc:
            raise CliError(str(exc)) from None

    return wrapper


# -- import csv / xlsx -----------------------------------------------------------------


@contextlib.contextmanager
def _mapping_for(args: argparse.Namespace, source_kind: str) -> Iterator[tuple[Any, Mapping]]:
    """Open the table (with the mapping's reading options) and yield it with the mapping."""
    mapping: Mapping | None = Mapping.load(args.mapping) if args.mapping else None
    kind = kind_named(args.kind) if args.kind else None
    if mapping is not None and kind is not None and mapping.kind != kind.name:
        raise CliError(
            f"The mapping {args.mapping} is for {kind_named(mapping.kind).plural}, "
            f"but --kind asks for {kind.plural}."
        )
    if mapping is None and kind is None:
        raise CliError("Give --kind (items, objectives, people, …) or a --mapping that names one.")
    k = kind_named(mapping.kind) if mapping is not None else kind
    assert k is not None
    delimiter = (
        _DELIMITERS.get(args.delimiter, args.delimiter)
        if getattr(args, "delimiter", None)
        else None
    )
    with opened_table(
        args.file,
        expected=source_kind,
        sheet=getattr(args, "sheet", None) or (mapping.sheet if mapping else None),
        sheet_hint=(k.plural, k.name, k.label, k.label + "s"),
        header_row=args.header_row or (mapping.header_row if mapping else None),
        encoding=getattr(args, "encoding", None) or (mapping.encoding if mapping else None),
        delimiter=delimiter or (mapping.delimiter if mapping else None),
    ) as source:
        if mapping is None:
            mapping = guess_mapping(source.headers, k.name, [c for _n, c in source.sample(50)])
        if args.create_missing:
            mapping.create_missing = sorted({*mapping.create_missing, *args.create_missing})
        if args.unknown:
            mapping.unknown = args.unknown
        if args.currency:
            mapping.currency = args.currency.strip().upper()
        if args.date_order:
            mapping.date_order = args.date_order
        if args.single_date:
            mapping.single_date = args.single_date
        yield source, mapping


def _print_report(lines: list[str]) -> None:
    for line in lines:
        print(line)


def _progress_printer(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled:
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != last[0]:
            last[0] = percent // 10
            print(f"  {percent}%", file=sys.stderr)

    return show


def _run_import(
    args: argparse.Namespace,
    edit: EditSession,
    prepared: Any,
    source_name: str,
    plan_name: str,
    *,
    seen: PlanSnapshot | None,
) -> int:
    """Report the checked rows and, unless told not to, add them as one step based on
    ``seen`` (see :func:`_import_basis`)."""
    from stratplanner.io.table_import import ImportRejected

    report = prepared.report
    _print_report(report.lines(limit=None if args.full_report else 50))
    if args.dry_run:
        print("Dry run: nothing was changed.", file=sys.stderr)
        return 1 if report.rejected else 0
    if report.rejected and not args.accept_clean:
        clean = report.record_count
        print(
            f"Nothing was imported: {counted(len(report.rejected), 'row')} of {source_name} "
            f"{'was rejected. Fix it' if len(report.rejected) == 1 else 'were rejected. Fix them'}"
            ", or run again "
            f"with --accept-clean to import the other {counted(clean, 'record')}.",
            file=sys.stderr,
        )
        return 1
    if report.record_count == 0:
        print(f"Nothing to import from {source_name}.", file=sys.stderr)
        return 1 if report.rejected else 0
    try:
        command = prepared.command(accept_clean=args.accept_clean)
    except ImportRejected as exc:  # pragma: no cover - guarded above
        raise CliError(str(exc)) from None
    if seen is None and command.expected_versions():
        # The plan held amounts when the import began and none when its rows were checked:
        # the step would set its currency on a read no snapshot stands for.
        raise CliError(
            f"Nothing was imported: {plan_name} was changed while the rows were checked; "
            "run the import again."
        )
    execute(edit, command, seen=seen)
    print(f"{command.label} into {plan_name} (one step; undo it in the app).")
    return 0


@_friendly
def cmd_import_table(args: argparse.Namespace) -> int:
    import os

    from stratplanner.io.money_units import parse_rates
    from stratplanner.store.document import create_plan_file, is_server_target
    from stratplanner.store.errors import PlanFileError

    try:
        rates = parse_rates(args.rate or [])
    except ValueError as exc:
        raise CliError(str(exc), code=2) from None
    target = Path(args.into)
    if is_server_target(args.into) or target.exists():
        return _import_table(args, args.into, rates, plan_label(args.into))
    # A plan that doesn't exist yet is made for the import, beside the target, and
    # takes its place only when the import went in: a failed import leaves no file.
    if target.suffix != PLAN_SUFFIX:
        raise CliError(
            f"There is no plan at {target}; name a new plan ending in {PLAN_SUFFIX} "
            "to create it, or check the path."
        )
    building = target.with_name(f".{target.name}.{os.getpid()}.importing")
    try:
        create_plan_file(building, settings={"title": target.stem}, overwrite=True)
    except PlanFileError as exc:
        raise CliError(str(exc)) from None
    status = 1
    try:
        status = _import_table(args, str(building), rates, plan_label(args.into))
    finally:
        if status == 0 and not args.dry_run:
            building.replace(target)
            print(f"Created {target}.", file=sys.stderr)
        else:
            building.unlink(missing_ok=True)
    return status


def _import_basis(edit: EditSession) -> PlanSnapshot | None:
    """The plan as the import's step is based on, read before its rows are checked.

    An import adds records and expects no versions, except where it gives a plan that holds
    no amounts yet the file's currency: that step is based on the settings' version in this
    snapshot. A plan holding amounts (items, budgets, baselines) is not read whole for nothing
    (a third of a second for 20,000 items); one that holds none is small.
    """
    from stratplanner.io.table_import import plan_money

    _currency, held = edit.read(plan_money)
    return None if held else read_plan(edit)


def _import_table(args: argparse.Namespace, into: str, rates: dict[str, float], name: str) -> int:
    from stratplanner.io.table_import import prepare_import, prepare_workbook_import

    fmt = args.format
    with editing(into) as edit:
        seen = None if args.dry_run else _import_basis(edit)
        progress = _progress_printer(args.progress)
        if fmt == "xlsx" and not args.kind and not args.mapping:
            prepared = edit.read(
                lambda session: prepare_workbook_import(session, args.file, progress=progress)
            )
        else:
            with _mapping_for(args, fmt) as (source, mapping):
                if args.save_mapping:
                    mapping.save(args.save_mapping)
                    print(f"Saved the mapping to {args.save_mapping}.", file=sys.stderr)
                prepared = edit.read(
                    lambda session: prepare_import(
                        session, source, mapping, progress=progress, rates=rates
                    )
                )
        return _run_import(args, edit, prepared, Path(args.file).name, name, seen=seen)


def _add_import_table(sub: argparse._SubParsersAction[argparse.ArgumentParser], fmt: str) -> None:
    from stratplanner.io.mapping import UNKNOWN_POLICIES

    what = "a CSV file" if fmt == "csv" else "an XLSX workbook"
    p = sub.add_parser(
        fmt,
        help=f"add records from {what} to a plan (all or nothing; one undoable step)",
        description=(
            f"Add records from {what} to an existing plan. Columns are matched to fields by "
            "their headers (or by --mapping); every row is checked first. If any row is rejected "
            "the report is printed, the exit status is 1 and the plan is unchanged, unless "
            "--accept-clean is given."
            + (
                " Without --kind, every sheet named after a kind (items, people, …) is imported, "
                "as 'export xlsx' writes them."
                if fmt == "xlsx"
                else ""
            )
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--into",
        required=True,
        metavar="PLAN",
        help="the plan to add the records to (a new .stratplan is created, in the file's currency)",
    )
    p.add_argument(
        "--kind",
        help="what the rows are: items, objectives, links, people, teams, demands, dependencies, …",
    )
    p.add_argument("--mapping", metavar="M", help="a saved mapping (JSON) of columns to fields")
    p.add_argument(
        "--save-mapping", metavar="M", help="save the mapping used (guessed or given) as JSON"
    )
    p.add_argument(
        "--accept-clean",
        action="store_true",
        help="import the rows that passed even if others were rejected",
    )
    p.add_argument("--dry-run", action="store_true", help="check and report only; change nothing")
    p.add_argument(
        "--unknown",
        choices=UNKNOWN_POLICIES,
        help=(
            "business units, people and teams the file names that match none in the plan "
            "(after trying case, spacing, acronyms and close spellings): create them, leave the "
            "field empty, or reject the row; each with a warning (default: create while the plan "
            "has none of that kind, else empty)"
        ),
    )
    p.add_argument(
        "--rate",
        action="append",
        metavar="CUR=RATE",
        help=(
            "convert amounts in another currency to the plan's: GBP=1.27 means one GBP is 1.27 "
            "of the plan's currency (repeat for several), and the plan keeps its currency even "
            "while it holds no amounts; without it such an import stops"
        ),
    )
    p.add_argument(
        "--currency",
        metavar="CODE",
        help="the currency of the file's amounts where they say none or only '$' (e.g. CAD)",
    )
    p.add_argument(
        "--create-missing",
        nargs="+",
        choices=CREATABLE,
        metavar="KIND",
        help="the older spelling of --unknown create, for the kinds named",
    )
    p.add_argument(
        "--date-order",
        choices=[o for o in DAY_MONTH_ORDERS if o != "auto"],
        help="read 03/04/2027 as day/month (dmy) or month/day (mdy)",
    )
    p.add_argument(
        "--single-date",
        choices=["unscheduled", "same_quarter"],
        help=(
            "items with only a start or only an end: leave unscheduled (default) "
            "or give them that one quarter"
        ),
    )
    p.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="the row that holds the headers (default: found)",
    )
    if fmt == "csv":
        p.add_argument("--encoding", help="the text encoding (default: detected)")
        p.add_argument("--delimiter", help="the column separator: , ; tab | (default: detected)")
    else:
        p.add_argument(
            "--sheet",
            help=(
                "the sheet to read (default: the one named after the kind, else the first visible)"
            ),
        )
    p.add_argument(
        "--full-report", action="store_true", help="list every warning, not the first 50"
    )
    p.add_argument("--progress", action="store_true", help="show progress on standard error")
    p.set_defaults(func=cmd_import_table)


# -- export csv / xlsx -----------------------------------------------------------------


@_friendly
def cmd_export_table(args: argparse.Namespace) -> int:
    from stratplanner.io.table_export import export_csv, export_xlsx

    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    if args.format == "csv":
        if not args.kind or len(args.kind) != 1:
            raise CliError("A CSV file holds one table; choose it with --kind (e.g. --kind items).")
        target = output_path(args.output, suffixes=(".csv", ".txt"))
        result = export_csv(snap, target, kind=args.kind[0], analysis=not args.no_analysis)
    else:
        target = output_path(args.output, suffixes=(".xlsx",))
        result = export_xlsx(snap, target, kinds=args.kind, analysis=not args.no_analysis)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    counts = ", ".join(f"{name} {n}" for name, n in result.sheets.items())
    print(f"Wrote {target} ({counts}).")
    return 0


def _add_export_table(sub: argparse._SubParsersAction[argparse.ArgumentParser], fmt: str) -> None:
    p = sub.add_parser(
        fmt,
        help=(
            "write one table as CSV (--kind required)"
            if fmt == "csv"
            else "write the plan as a formatted workbook, a sheet per table"
        ),
    )
    add_plan_argument(p)
    p.add_argument("-o", "--output", required=True, metavar=f"FILE.{fmt}")
    p.add_argument(
        "--kind",
        nargs="+" if fmt == "xlsx" else 1,
        help="which table(s): items, objectives, links, people, teams, demands, dependencies, …",
    )
    p.add_argument(
        "--no-analysis",
        action="store_true",
        help="leave out the alignment, rank and sequenced start columns",
    )
    p.set_defaults(func=cmd_export_table)


# -- registration ----------------------------------------------------------------------


def register_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_import_table(sub, "csv")
    _add_import_table(sub, "xlsx")
    _add_import_xml(sub)


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_export_table(sub, "csv")
    _add_export_table(sub, "xlsx")
    _add_export_xml(sub)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_merge(sub)


# -- MS Project XML and ArchiMate --------------------------------------------------------


@_friendly
def cmd_export_xml(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    target = output_path(args.output, suffixes=(".xml",))
    if args.format == "mspdi":
        from stratplanner.io.mspdi import export_mspdi

        export_mspdi(snap, target)
        print(
            f"Wrote {target}: {len(snap.items)} items as tasks "
            f"under {len(snap.objectives)} objectives."
        )
    else:
        from stratplanner.io.archimate import export_archimate

        export_archimate(snap, target, themes_as=args.themes)
        print(
            f"Wrote {target}: {len(snap.objectives)} goals, {len(snap.items)} work packages, "
            f"{len(snap.business_units) + len(snap.people) + len(snap.teams)} business actors."
        )
    return 0


@_friendly
def cmd_import_xml(args: argparse.Namespace) -> int:
    with new_plan(args.output, replace=args.force) as target:
        if args.format == "mspdi":
            from stratplanner.io.mspdi_read import import_mspdi

            _path, read = import_mspdi(
                args.file,
                target.path,
                summaries_as_objectives=args.summaries == "objectives",
                overwrite=args.force,
            )
            summary, notes = read.summary(), read.notes
        else:
            from stratplanner.io.archimate_read import import_archimate

            _path, read_a = import_archimate(args.file, target.path, overwrite=args.force)
            summary, notes = read_a.summary(), read_a.notes
    print(summary)
    for note in notes:
        print(f"note: {note}")
    print(f"Created {target.shown} from {Path(args.file).name}.")
    return 0


def _add_import_xml(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("mspdi", help="create a new plan from an MS Project XML (MSPDI) file")
    p.add_argument("file", metavar="FILE.xml")
    p.add_argument("-o", "--output", required=True, metavar="NEW.stratplan")
    p.add_argument(
        "--summaries",
        choices=["objectives", "skip"],
        default="objectives",
        help=(
            "summary tasks become objectives with their tasks linked to them (default), "
            "or are skipped"
        ),
    )
    p.add_argument("--force", action="store_true", help="replace an existing plan file")
    p.set_defaults(func=cmd_import_xml)
    p = sub.add_parser("archimate", help="create a new plan from an ArchiMate exchange file")
    p.add_argument("file", metavar="FILE.xml")
    p.add_argument("-o", "--output", required=True, metavar="NEW.stratplan")
    p.add_argument("--force", action="store_true", help="replace an existing plan file")
    p.set_defaults(func=cmd_import_xml)


def _add_export_xml(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("mspdi", help="write the roadmap as MS Project XML (MSPDI)")
    add_plan_argument(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xml")
    p.set_defaults(func=cmd_export_xml)
    p = sub.add_parser("archimate", help="write the plan as an ArchiMate 3.1 exchange file")
    add_plan_argument(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xml")
    p.add_argument(
        "--themes",
        choices=["goal", "driver"],
        default="goal",
        help="themes as Goals (default) or Drivers",
    )
    p.set_defaults(func=cmd_export_xml)


# -- merge -------------------------------------------------------------------------------


def _other_document(value: str) -> dict[str, Any]:
    from stratplanner.io.plan_json import plan_to_dict, read_json_file

    path = Path(value)
    if path.suffix.lower() == ".json":
        return dict(read_json_file(path))
    with opened_plan(value, read_only=True) as other:
        return plan_to_dict(load_snapshot(other.session))


def _plan_name(value: str) -> str:
    """How a plan given on the command line is named in messages (a server plan: 'fy27 on host')."""
    from stratplanner.store.server import is_server_target, parse_server_target

    if is_server_target(value):
        return parse_server_target(value).display_name
    return Path(value).name


def _same_plan(doc: Any, other: str) -> bool:
    from stratplanner.store.server import is_server_target, parse_server_target

    if is_server_target(other):
        return doc.server is not None and doc.location == parse_server_target(other).public_location
    return doc.path is not None and doc.path.resolve() == Path(other).resolve()


@_friendly
def cmd_merge(args: argparse.Namespace) -> int:
    from stratplanner.io.merge import MergeError, compute_merge
    from stratplanner.io.plan_json import plan_to_dict

    theirs = _other_document(args.other)
    other_name = _plan_name(args.other)
    with editing(args.plan) as edit:
        if _same_plan(edit.document, args.other):
            raise CliError("A plan can't be merged into itself; choose the other plan.")
        snap = read_plan(edit)  # the merge's updates are based on the versions read here
        plan = compute_merge(plan_to_dict(snap), theirs, source=other_name, seen=snap)
        plan.take(args.take)
        if args.json:
            print_json(
                {
                    "added": [r.label for r in plan.added],
                    "conflicts": [
                        {
                            "record": r.label,
                            "take": r.choice,
                            "fields": {d.field: [d.ours, d.theirs] for d in r.fields},
                        }
                        for r in plan.conflicts
                    ],
                    "only_ours": [r.label for r in plan.only_ours],
                    "settings": {d.field: [d.ours, d.theirs] for d in plan.settings},
                }
            )
        else:
            for line in plan.lines():
                print(line)
        if args.dry_run:
            print("Dry run: nothing was changed.", file=sys.stderr)
            return 0
        if plan.is_empty:
            print(
                f"Nothing to merge: {other_name} adds nothing and changes nothing.",
                file=sys.stderr,
            )
            return 0
        try:
            command = edit.read(plan.command)
        except MergeError as exc:
            raise CliError("The merge can't be applied: " + " ".join(exc.problems)) from None
        execute(edit, command, seen=plan.seen)
    print(f"{command.label} (one step; undo it in the app).", file=sys.stderr)
    return 0


def _add_merge(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merge",
        help="merge another plan into this one (match by code; one undoable step)",
        description=(
            "Compare PLAN with OTHER (a .stratplan or a JSON plan), print what OTHER adds and "
            "where both hold the same code with different values, then add the new records and "
            "resolve every conflict with --take (default: keep ours). Records only in PLAN are "
            "left alone."
        ),
    )
    add_plan_argument(p, "the plan to merge into (.stratplan or a team plan URL)")
    p.add_argument(
        "other", metavar="OTHER", help="the other plan (.stratplan, .json or a team plan URL)"
    )
    p.add_argument(
        "--take",
        choices=["theirs", "ours"],
        default="ours",
        help="which side wins each conflict (default ours)",
    )
    p.add_argument("--dry-run", action="store_true", help="print the differences only")
    p.add_argument("--json", action="store_true", help="print the differences as JSON")
    p.set_defaults(func=cmd_merge)


__all__ = ["print_json", "register", "register_export", "register_import"]
