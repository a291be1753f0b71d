"""What every CLI command shares: opening plans, reporting errors, writing output."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stratplanner.store.document import PlanDocument, open_plan


class CliError(Exception):
    """Shown to the user as one sentence on stderr; exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


@contextlib.contextmanager
def opened_plan(target: str, *, read_only: bool = False) -> Iterator[PlanDocument]:
    """Open a plan path for the duration of a command."""
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


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def add_plan_argument(
    parser: argparse.ArgumentParser,
    help_text: str = "the plan file (.stratplan) or a team plan URL (postgresql+psycopg://…?plan=NAME)",
) -> None:
    parser.add_argument("plan", metavar="PLAN", help=help_text)


def output_path(value: str, *, suffixes: tuple[str, ...] = ()) -> Path:
    path = Path(value)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name for the output.")
    if not path.parent.absolute().is_dir():
        raise CliError(f"The folder {path.parent} does not exist; create it first or choose another.")
    if suffixes and path.suffix.lower() not in suffixes:
        raise CliError(f"{path.name} should end in {' or '.join(suffixes)}.")
    return path
