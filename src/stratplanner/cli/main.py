"""``stratplanner``: the desktop app with no command, headless commands otherwise.

No Qt is imported here: the GUI is loaded only when it is asked for, so
every command works on a server with no display. A command imports only the
module that registers it (``COMMANDS``): the others pull in matplotlib,
reportlab and the analyses, about a second that ``info`` or ``export json``
would pay for nothing.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from stratplanner import APP_NAME, __version__

#: Modules that add commands, in the order of ``stratplanner --help``: each may define
#: register(sub), register_import(sub) and register_export(sub).
COMMAND_MODULES = [
    "stratplanner.cli.plan_cmds",
    "stratplanner.cli.team_cmds",
    "stratplanner.cli.pdf_cmds",
    "stratplanner.cli.interop_cmds",
    "stratplanner.cli.portfolio_cmds",
    "stratplanner.cli.gui_cmds",
    "stratplanner.cli.analysis_cmds",
    "stratplanner.cli.partnership_cmds",
    "stratplanner.cli.workshop_cmds",
]

_PLAN, _TEAM, _PDF, _INTEROP, _PORTFOLIO, _GUI, _ANALYSIS, _PARTNERSHIP, _WORKSHOP = COMMAND_MODULES

#: Which module registers each command, so that running one imports only that module.
#: tests/test_cli_dispatch.py checks these tables against what the modules register.
COMMANDS: dict[str, str] = {
    **dict.fromkeys(("new", "demo", "info", "check", "add", "set", "delete", "link"), _PLAN),
    **dict.fromkeys(("publish", "checkout", "activity", "plans"), _TEAM),
    "merge": _INTEROP,
    **dict.fromkeys(
        ("rank", "sequence", "scenario", "baseline", "diff", "pin", "unpin", "score", "weights"),
        _PORTFOLIO,
    ),
    "screenshot": _GUI,
    **dict.fromkeys(("analyze", "chart"), _ANALYSIS),
    **dict.fromkeys(
        (
            "partnership",
            "assess",
            "person-left",
            "person-moved",
            "practice-item",
            "kpi-actual",
            "partnership-chart",
        ),
        _PARTNERSHIP,
    ),
    "workshop": _WORKSHOP,
}
IMPORT_FORMATS: dict[str, str] = {
    "json": _PLAN,
    **dict.fromkeys(("csv", "xlsx", "mspdi", "archimate"), _INTEROP),
}
EXPORT_FORMATS: dict[str, str] = {
    "json": _PLAN,
    "pdf": _PDF,
    **dict.fromkeys(("csv", "xlsx", "mspdi", "archimate"), _INTEROP),
}

HEADLESS_COMMANDS = "new, demo, info, check, import, export, publish, checkout"

#: Error types a command raises to say one sentence (exit 1), by module and name, so that
#: none of their modules has to be imported before the command runs.
_USER_ERRORS = (
    ("stratplanner.cli.common", "CliError"),
    ("stratplanner.store.errors", "PlanFileError"),
    ("stratplanner.commands.base", "CommandError"),
    ("stratplanner.model.values", "QuarterError"),
    ("stratplanner.io.plan_json", "PlanJsonError"),
    ("stratplanner.atomic_files", "ReadOnlyFile"),
)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser of the commands the given modules register (all of them by default)."""
    parser = argparse.ArgumentParser(
        prog="stratplanner",
        description=(
            f"{APP_NAME}: joint IT–business strategy planning. "
            "Run with no command (or with a plan file) to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full error details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import_parser = sub.add_parser("import", help="create or fill a plan from another format")
    import_sub = import_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    export_parser = sub.add_parser("export", help="write a plan in another format")
    export_sub = export_parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name in modules:
        module = importlib.import_module(name)
        if hasattr(module, "register"):
            module.register(sub)
        if hasattr(module, "register_import"):
            module.register_import(import_sub)
        if hasattr(module, "register_export"):
            module.register_export(export_sub)
    return parser


def modules_for(words: Sequence[str]) -> list[str] | None:
    """The command modules a command line needs (its first word a command), else None.

    ``import``/``export`` with a known format need one module; without one (or
    with a mistyped one) every module with formats, so argparse can list them.
    """
    first = words[0]
    if first in ("import", "export"):
        table = IMPORT_FORMATS if first == "import" else EXPORT_FORMATS
        if len(words) > 1 and words[1] in table:
            return [table[words[1]]]
        return [m for m in COMMAND_MODULES if m in table.values()]
    if first in COMMANDS:
        return [COMMANDS[first]]
    return None


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_gui(paths: Sequence[str]) -> int:
    if not has_display():
        print(
            f"{APP_NAME} can't open its window: there is no display here. The headless "
            f"commands work without one ({HEADLESS_COMMANDS}; see 'stratplanner --help').",
            file=sys.stderr,
        )
        return 2
    try:
        app_module = importlib.import_module("stratplanner.ui.app")
    except ImportError as exc:
        print(
            f"The desktop app can't start: {exc}. The headless commands still work.",
            file=sys.stderr,
        )
        return 2
    return int(app_module.run(list(paths)))


def _is_plan_location(word: str) -> bool:
    try:
        return "://" in word or Path(word).is_file()
    except OSError:  # a name too long for the file system is no file
        return False


def _is_folder(word: str) -> bool:
    try:
        return Path(word).is_dir()
    except OSError:
        return False


def _looks_like_path(word: str) -> bool:
    return "/" in word or os.sep in word or bool(Path(word).suffix)


def open_in_app(words: Sequence[str]) -> int:
    """Plan files and team plan URLs open the desktop app; any other word is refused here."""
    for n, word in enumerate(words):
        if _is_plan_location(word):
            continue
        if n == 0 and not _looks_like_path(word):
            return _no_such_command(word)
        return _not_a_plan(word)
    return run_gui(words)


def closest_commands(word: str) -> list[str]:
    names = [*COMMANDS, "import", "export"]
    lowered = word.lower()
    close = difflib.get_close_matches(lowered, names, n=3, cutoff=0.6)
    starting = [n for n in names if len(lowered) >= 3 and n.startswith(lowered)]
    return list(dict.fromkeys([*close, *starting]))[:3]


def _say(message: str) -> None:
    if "@" in message:  # a mistyped address may hold a password (user:password@host)
        from stratplanner.store.server import redact_text

        message = redact_text(message)
    print(message, file=sys.stderr)


def _shown(word: str) -> str:
    return repr(word if len(word) <= 60 else word[:60] + "…")


def _no_such_command(word: str) -> int:
    close = closest_commands(word)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "."
    _say(f"stratplanner: no such command {_shown(word)}{hint}")
    _say(
        "Run 'stratplanner --help' for the commands; "
        "a plan file (.stratplan) or a team plan URL opens the desktop app."
    )
    return 2


def _not_a_plan(word: str) -> int:
    if word.startswith("-"):
        _say(
            "stratplanner: the desktop app takes only plan files and team plan URLs, "
            f"not {_shown(word)}; run 'stratplanner --help' for the commands and options."
        )
        return 2
    if _is_folder(word):
        _say(f"stratplanner: {word} is a folder, not a plan file.")
        return 2
    hint = ""
    if word.lower().startswith("postgres"):  # a URL with a slash missing
        hint = (
            "; a team plan URL has two slashes: postgresql+psycopg://user@host/database?plan=NAME"
        )
    elif word.lower().endswith(".stratplan"):
        hint = f"; check the name, or create a plan there with: stratplanner new {word}"
    _say(f"stratplanner: the plan file {word} does not exist{hint}.")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (``sys.argv`` when None: the process's entry point)."""
    try:
        return _run(list(sys.argv[1:] if argv is None else argv), entry=argv is None)
    finally:
        if argv is None:
            exiting()


#: The young generation's size in a command's process (see ``_run``).
YOUNG_OBJECTS = 10_000


def exiting() -> None:
    """The process ends now: spare it the interpreter's teardown collections.

    On exit Python walks every container object for reference cycles several times; after
    a command on a 20,000-item plan (records, SQLAlchemy, matplotlib) each walk took 0.1 s,
    0.3 to 0.6 s in all (issue 20). Frozen objects are skipped: objects kept alive only by
    a cycle are left to the operating system, as Python allows at exit (atexit handlers and
    ``weakref.finalize`` still run; the commands close their plans and files themselves).
    Only for the process's own entry point: a caller of :func:`main` with ``argv`` (the
    tests) keeps collecting.
    """
    gc.freeze()


def _run(args_list: list[str], *, entry: bool = False) -> int:
    if args_list == ["--version"]:  # answered before any command module is imported
        print(f"{APP_NAME} {__version__}")
        return 0
    words = [a for a in args_list if a != "--debug"]
    if not words:
        return run_gui([])
    if words[0].startswith("-"):  # --help, or an option argparse will explain
        modules: Sequence[str] = COMMAND_MODULES
    else:
        found = modules_for(words)
        if found is None:
            return open_in_app(words)
        modules = found
    if entry:
        # A young generation of 10,000 objects, not 700: a command imports its modules, builds
        # a plan's records and then its figures, and at 700 these long-lived objects set off
        # full collections of the whole heap (three on a 20,000-item heatmap, 0.1 s) and
        # hundreds of young ones; cyclic garbage is still collected. (The desktop app, opened
        # above, keeps Python's thresholds: ui/gc_guard.py collects by them.)
        gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    parser = build_parser(modules)
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    if entry:
        # The command's modules are imported (SQLAlchemy, the model, the analysis, the PDF
        # export); they live until the process ends, so the collections the command sets off
        # need not walk them again and again: 0.05 to 0.15 s of CPU on a chart or a PDF.
        gc.freeze()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except Exception as exc:
        return _failed(exc, args.debug, getattr(args, "plan", None))


def _user_error_types() -> tuple[type[BaseException], ...]:
    """The one-sentence error types; a type whose module was never imported wasn't raised."""
    found = []
    for module_name, name in _USER_ERRORS:
        module = sys.modules.get(module_name)
        if module is not None:
            found.append(getattr(module, name))
    return tuple(found)


def _failed(exc: Exception, debug: bool, plan: object = None) -> int:
    if isinstance(exc, _user_error_types()):
        _report(exc, debug)
        common = sys.modules.get("stratplanner.cli.common")
        return exc.code if common is not None and isinstance(exc, common.CliError) else 1
    if isinstance(exc, (OSError, sqlite3.Error)):
        _report(exc, debug, prefix="The operation failed: ")
        return 1
    database_error = getattr(exc, "orig", None)  # SQLAlchemy's wrapper of the driver's error
    if isinstance(database_error, sqlite3.Error):
        _report(_plan_file_trouble(database_error, plan), debug)
        return 1
    # a bug: still no traceback in front of the user
    _report(exc, debug, prefix=f"{APP_NAME} hit an unexpected error ({type(exc).__name__}): ")
    print("Run again with --debug for details, and please report it.", file=sys.stderr)
    return 70


def _plan_file_trouble(error: sqlite3.Error, plan: object = None) -> Exception:
    """What SQLite said while reading or writing a plan file, as one sentence without SQL.

    A plan can be locked by another program after a command opened it (a read then
    waits, then fails): that is a busy file, not a bug. A full disk, a busy or read-only
    file is said in the store's words (the edit loop's, one wording); ``plan`` is the
    command's PLAN argument, to name the file.
    """
    from stratplanner.store.document import file_write_problem
    from stratplanner.store.server import is_server_target

    if isinstance(plan, str) and plan and not is_server_target(plan):
        said = file_write_problem(str(error), Path(plan).name, saving=False)
    else:
        said = file_write_problem(str(error), "the plan file", saving=False)
        said = said and said[0].upper() + said[1:]  # "the plan file is busy" opens a sentence
    if said is not None:
        return Exception(said)
    return Exception(
        f"The plan file could not be read or written ({error}). Nothing was changed; "
        "check the file with: stratplanner check PLAN"
    )


def _report(exc: BaseException, debug: bool, prefix: str = "") -> None:
    from stratplanner.store.server import redact_text  # no database password is ever shown

    if debug:
        import traceback

        print(redact_text("".join(traceback.format_exception(exc))), file=sys.stderr, end="")
    problems = getattr(exc, "problems", None)
    message = str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        message = f"{exc.strerror}" + (f": {exc.filename}" if exc.filename else "")
    if problems and len(problems) > 1:
        head = message.split(":", 1)[0] if hasattr(exc, "source") else f"{len(problems)} problems"
        print(redact_text(f"{prefix}{head}:"), file=sys.stderr)
        for problem in problems:
            print(redact_text(f"  {problem}"), file=sys.stderr)
    else:
        print(redact_text(f"{prefix}{message}"), file=sys.stderr)
