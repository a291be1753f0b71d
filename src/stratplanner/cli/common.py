"""What every CLI command shares: opening plans, reporting errors, writing output.

A plan argument is a ``.stratplan`` path or a team plan URL wherever it
appears: ``opened_plan``/``writable_plan`` open either, ``new_plan`` creates
either. Nothing heavy is imported at the top (``stratplanner --help`` imports
every command module, and each imports this one).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stratplanner.store.document import PlanDocument

PLAN_SUFFIX = ".stratplan"  # store.schema.PLAN_SUFFIX, without importing the model for it
URL_EXAMPLE = "postgresql+psycopg://user@host/database?plan=NAME"


class CliError(Exception):
    """Shown to the user as one sentence on stderr; exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def is_plan_url(value: str) -> bool:
    """A team plan address rather than a file path (the test ``open_plan`` makes too)."""
    return "://" in value


def plan_label(value: str) -> str:
    """How messages name a plan given on the command line: 'fy27 on db' or the file's name."""
    if is_plan_url(value):
        from stratplanner.store.server import parse_server_target

        return parse_server_target(value).display_name
    return Path(value).name


@contextlib.contextmanager
def opened_plan(target: str, *, read_only: bool = False) -> Iterator[PlanDocument]:
    """Open a plan file or team plan URL for the duration of a command."""
    from stratplanner.store.document import open_plan

    doc = open_plan(target, read_only=read_only)
    try:
        if doc.recovery_message:
            print(doc.recovery_message, file=sys.stderr)
        if doc.upgraded_from is not None:
            print(
                f"Upgraded {doc.file_name} from plan format {doc.upgraded_from}; "
                f"the original is kept as {doc.backup_path}.",
                file=sys.stderr,
            )
        yield doc
    finally:
        doc.close()


def writable_plan(target: str) -> contextlib.AbstractContextManager[PlanDocument]:
    return _writable(target)


@contextlib.contextmanager
def _writable(target: str) -> Iterator[PlanDocument]:
    with opened_plan(target) as doc:
        if doc.read_only:
            raise CliError(f"{doc.file_name} can't be changed: {doc.read_only_reason}.")
        yield doc


@dataclass(frozen=True)
class NewPlan:
    """Where a command builds a new plan, and how its messages name the result."""

    path: Path  # the .stratplan file to create (a temporary one for a team plan)
    shown: str  # the file, or the team plan's address without its password
    url: str | None = None

    @property
    def open_hint(self) -> str:
        """The command line that opens the new plan in the app."""
        text = self.shown
        return f'stratplanner "{text}"' if self.url or " " in text else f"stratplanner {text}"


@contextlib.contextmanager
def new_plan(value: str, *, replace: bool = False) -> Iterator[NewPlan]:
    """Create a plan at a new ``.stratplan`` path or at a team plan URL.

    For a URL the plan is built in a temporary file and published when the
    command succeeds, in one server transaction: a failed import leaves nothing
    on the server. An existing team plan is refused before any work unless
    ``replace`` (the command's ``--force``).
    """
    if not is_plan_url(value):
        path = output_path(value)
        if path.suffix.lower() != PLAN_SUFFIX:
            raise CliError(f"A plan file name must end in {PLAN_SUFFIX} (got {path.name}).")
        yield NewPlan(path, str(path))
        return
    from stratplanner.store.server import parse_server_target
    from stratplanner.store.server_plans import publish_plan, server_plan_exists

    target = parse_server_target(value)
    if server_plan_exists(value) and not replace:  # asked first: the server may not answer
        raise CliError(
            f"The server {target.server_name} already has a plan '{target.plan}'; "
            "choose another name (…?plan=NAME) or replace it (--force)."
        )
    with tempfile.TemporaryDirectory(prefix="stratplanner-") as folder:
        built = NewPlan(Path(folder) / f"{target.plan}{PLAN_SUFFIX}", target.public_location, value)
        yield built
        publish_plan(built.path, value, replace=replace)


def local_plan_only(value: str, what: str) -> None:
    """Refuse a team plan URL where only a local file makes sense, in one sentence."""
    if is_plan_url(value):
        raise CliError(f"{what} must be a local plan file ({PLAN_SUFFIX}), not a team plan URL.")


def print_json(data: Any) -> None:
    """``json.dumps(data, indent=2)`` written in pieces at C speed (io/json_text.py)."""
    from stratplanner.io.json_text import iter_json

    sys.stdout.writelines(iter_json(data))
    sys.stdout.write("\n")


def add_plan_argument(
    parser: argparse.ArgumentParser,
    help_text: str = f"the plan file ({PLAN_SUFFIX}) or a team plan URL ({URL_EXAMPLE})",
) -> None:
    parser.add_argument("plan", metavar="PLAN", help=help_text)


def output_path(value: str, *, suffixes: tuple[str, ...] = ()) -> Path:
    if is_plan_url(value):
        raise CliError("This command writes a file: give a file name, not a team plan URL.")
    path = Path(value)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name for the output.")
    if not path.parent.absolute().is_dir():
        raise CliError(
            f"The folder {path.parent} does not exist; create it first or choose another."
        )
    if suffixes and path.suffix.lower() not in suffixes:
        raise CliError(f"{path.name} should end in {' or '.join(suffixes)}.")
    return path
