"""Every edit is a command: ``apply`` changes the plan and returns the command that undoes it.

Commands are plain Python so the CLI, the tests and the GUI's undo stack
share them (the GUI wraps each in one generic QUndoCommand adapter).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session


class CommandError(Exception):
    """The edit was refused; every problem is a sentence naming the record."""

    def __init__(self, problems: Sequence[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ".join(self.problems))


class ConflictError(CommandError):
    """Someone else changed the record since this edit was prepared (team mode)."""


def stamp(session: Session, version: int) -> dict[str, object]:
    """Tracking columns for a row written now by the document's user."""
    return {
        "version": version,
        "changed_by": str(session.info.get("user", "")),
        "changed_at": datetime.now(UTC).replace(tzinfo=None),
    }


def insert_row(session: Session, table: Table, row: Mapping[str, Any]) -> int:
    """INSERT one row and return its id."""
    # DML through a Session gets a CursorResult; SQLAlchemy types it as the plain Result.
    result = cast("CursorResult[Any]", session.execute(insert(table).values(**row)))
    key = result.inserted_primary_key
    if key is None:  # only an executemany has no single key
        raise RuntimeError(f"INSERT INTO {table.name} reported no primary key")
    return int(key[0])


def remember_write(session: Session, table: str, row_id: int, version: int) -> None:
    """Note the version this document wrote, so its own later edits and undos are not conflicts."""
    session.info.setdefault("written", {})[(table, row_id)] = version


def check_version(
    session: Session, table: str, name: str, current: dict[str, Any] | None, expected: int | None
) -> None:
    """Refuse the edit when someone else changed the record after the version it was based on.

    The record may have moved on through this document's own edits and undos
    (each bumps the version); only a version this document didn't write is a
    conflict, so undo never reverts another user's later change.
    """
    if expected is None or current is None or current.get("version") == expected:
        return
    if session.info.get("written", {}).get((table, current.get("id"))) == current.get("version"):
        return
    who = current.get("changed_by") or "someone else"
    at = current.get("changed_at")
    when = ""
    if isinstance(at, datetime):
        local = at.replace(tzinfo=UTC).astimezone()
        today = datetime.now().astimezone().date()
        when = f" at {local:%H:%M}" if local.date() == today else f" on {local:%Y-%m-%d %H:%M}"
    raise ConflictError(
        f"{name[:1].upper()}{name[1:]} was changed by {who}{when} — reload to see that change, "
        "or overwrite it."
    )


class Command(ABC):
    label: str = "Edit"
    #: Consecutive commands with the same non-None key merge into one undo step (typing).
    merge_key: tuple[object, ...] | None = None

    @abstractmethod
    def apply(self, session: Session) -> Command:
        """Change the plan inside the caller's transaction; return the inverse command."""

    def kinds(self) -> frozenset[str]:
        """The kinds of record this command may change (for refreshing views)."""
        return frozenset()

    def touched_records(self) -> dict[str, list[dict[str, Any]]] | None:
        """After ``apply``: the records it wrote, as ``snapshot.partial.refresh_snapshot`` takes
        them (``{"workshop_ballot": [{"id": 7}]}``); None when it can't say (reload everything)."""
        return None


class Macro(Command):
    """Several commands applied as one step; undone in reverse order."""

    def __init__(self, label: str, commands: Sequence[Command]):
        self.label = label
        self.commands = list(commands)

    def apply(self, session: Session) -> Command:
        inverses = [command.apply(session) for command in self.commands]
        return Macro(self.label, list(reversed(inverses)))

    def kinds(self) -> frozenset[str]:
        result: frozenset[str] = frozenset()
        for command in self.commands:
            result |= command.kinds()
        return result
