"""``stratplanner``: the desktop app with no command, headless commands otherwise.

No Qt is imported here: the GUI is loaded only when it is asked for, so
every command works on a server with no display.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from stratplanner import APP_NAME, __version__

#: Modules that add commands: each may define register(sub), register_import(sub)
#: and register_export(sub).
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

HEADLESS_COMMANDS = "new, demo, info, check, import, export, publish, checkout"


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "register"):
            module.register(sub)
        if hasattr(module, "register_import"):
            module.register_import(import_sub)
        if hasattr(module, "register_export"):
            module.register_export(export_sub)
    return parser


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_gui(paths: Sequence[str]) -> int:
    if not has_display():
        print(
            f"{APP_NAME} can't open its window: there is no display here. "
            f"The headless commands work without one ({HEADLESS_COMMANDS}; see 'stratplanner --help').",
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


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # answered before any command module is imported
        print(f"{APP_NAME} {__version__}")
        return 0
    plain = [a for a in args_list if a != "--debug"]
    if not plain or all(a.lower().endswith(".stratplan") or "://" in a for a in plain):
        return run_gui(plain)  # the desktop app starts without loading every command
    # Imported here so '--version' and the GUI's start don't pay for them twice.
    from stratplanner.cli.common import CliError
    from stratplanner.commands import CommandError
    from stratplanner.io.plan_json import PlanJsonError
    from stratplanner.model.values import QuarterError
    from stratplanner.store.errors import PlanFileError

    parser = build_parser()
    commands = _known_commands(parser)
    first = next((a for a in args_list if a != "--debug"), None)
    if first is None or (first not in commands and not first.startswith("-")):
        return run_gui([a for a in args_list if a != "--debug"])
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (CliError, PlanFileError, CommandError, QuarterError, PlanJsonError) as exc:
        _report(exc, args.debug)
        return exc.code if isinstance(exc, CliError) else 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error) as exc:
        _report(exc, args.debug, prefix="The operation failed: ")
        return 1
    except Exception as exc:  # a bug: still no traceback in front of the user
        _report(
            exc, args.debug, prefix=f"{APP_NAME} hit an unexpected error ({type(exc).__name__}): "
        )
        print("Run again with --debug for details, and please report it.", file=sys.stderr)
        return 70


def _report(exc: BaseException, debug: bool, prefix: str = "") -> None:
    if debug:
        import traceback

        from stratplanner.store.server import redact_text

        print(redact_text("".join(traceback.format_exception(exc))), file=sys.stderr, end="")
    from stratplanner.store.server import redact_text  # no database password is ever shown

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
