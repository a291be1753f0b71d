"""Every edit is a command: ``apply`` changes the plan and returns the command that undoes it.

Commands are plain Python so the CLI, the tests and the GUI's undo stack
share them (the GUI wraps each in one generic QUndoCommand adapter).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from stratplanner.i18n import format_datetime, translate


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
    """Note a version this document wrote, so its own later edits and undos are not conflicts.

    Every version is kept (an immutable set per record, so the copy the plan document takes
    before an edit restores it on rollback); version 1 is a freshly inserted row, whose
    earlier incarnation's versions no longer count.
    """
    written: dict[tuple[str, int], frozenset[int]] = session.info.setdefault("written", {})
    key = (table, row_id)
    written[key] = frozenset({1}) if version == 1 else written.get(key, frozenset()) | {version}


def check_version(
    session: Session, table: str, name: str, current: dict[str, Any] | None, expected: int | None
) -> None:
    """Refuse the edit when someone else changed the record after the version it was based on.

    The record may have moved on through this document's own edits and undos
    (each bumps the version); any version after ``expected`` that this document
    didn't write is a conflict, even when a later one is its own, so undo never
    reverts another user's later change.
    """
    if expected is None or current is None or current.get("version") == expected:
        return
    ours = session.info.get("written", {}).get((table, current.get("id")), frozenset())
    version = int(current.get("version") or 0)
    # Versions count up from 1 by one per write; expected 0 or -1 means "saw no record".
    since = range(max(expected, 0) + 1, version + 1)
    if (set(since) <= ours) if since else version in ours:
        return
    # The newest version may be this document's own, written after someone else's.
    mine = version in ours
    someone = translate("Commands", "someone else")
    who = someone if mine else current.get("changed_by") or someone
    at = None if mine else current.get("changed_at")
    if not isinstance(at, datetime):
        text = translate(
            "Commands",
            "{record} was changed by {who} — reload to see that change, or overwrite it.",
        )
        when = ""
    elif (
        local := at.replace(tzinfo=UTC).astimezone()
    ).date() == datetime.now().astimezone().date():
        text = translate(
            "Commands",
            "{record} was changed by {who} at {when} — reload to see that change, or overwrite it.",
        )
        when = f"{local:%H:%M}"
    else:
        text = translate(
            "Commands",
            "{record} was changed by {who} on {when} — reload to see that change, or overwrite it.",
        )
        when = format_datetime(local)
    raise ConflictError(text.format(record=f"{name[:1].upper()}{name[1:]}", who=who, when=when))


@dataclass
class Touched:
    """The records an edit wrote, as ``snapshot.partial.refresh_snapshot`` re-reads them.

    ``records`` maps a kind to column filters (``{"item": [{"id": 7}], "link":
    [{"objective_id": 2, "item_id": 7}]}``); ``settings`` says the plan settings changed.
    """

    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    settings: bool = False

    def add(self, kind: str, **where: Any) -> Touched:
        self.records.setdefault(kind, []).append(where)
        return self

    def add_ids(self, kind: str, ids: Iterable[int]) -> Touched:
        self.records.setdefault(kind, []).extend({"id": i} for i in ids)
        return self

    def merge(self, other: Touched) -> Touched:
        for kind, wheres in other.records.items():
            self.records.setdefault(kind, []).extend(wheres)
        self.settings = self.settings or other.settings
        return self

    def __len__(self) -> int:
        return sum(map(len, self.records.values()))


class ExpectedVersion:
    """One record version an edit is conditional on (team mode's optimistic concurrency).

    It reads and writes the ``expected_version`` of the command that holds it, so the
    edit session can base the edit on the snapshot the planner saw (fill it in) or
    overwrite (clear it) without knowing the command's type. ``where`` names the record:
    ``{"id": 7}``, or ``{"objective_id": 2, "item_id": 7}`` for a link (0 = "no link seen").
    """

    def __init__(self, holder: object, kind: str, **where: Any):
        self._holder = holder
        self.kind = kind
        self.where = where

    @property
    def version(self) -> int | None:
        value = getattr(self._holder, "expected_version", None)
        return None if value is None else int(value)

    @version.setter
    def version(self, value: int | None) -> None:
        setattr(self._holder, "expected_version", value)  # noqa: B010 - any holder's attribute

    def __repr__(self) -> str:
        return f"ExpectedVersion({self.kind}, {self.where}, {self.version})"


class _Seen:
    """One entry of :class:`SeenVersions`, as an ``expected_version`` holder."""

    def __init__(self, book: dict[tuple[Any, ...], int | None], key: tuple[Any, ...]):
        self._book, self._key = book, key

    @property
    def expected_version(self) -> int | None:
        return self._book.get(self._key)

    @expected_version.setter
    def expected_version(self, value: int | None) -> None:
        self._book[self._key] = value


class SeenVersions:
    """The versions an edit of several records is conditional on, one per record.

    ``slot(kind, **where)`` is that record's :class:`ExpectedVersion` (the edit session fills
    it in); ``of(kind, **where)`` the version the command passes to its inner update or
    delete: None (don't check), 0 (there was no such record) or the version seen.
    """

    def __init__(self) -> None:
        self._versions: dict[tuple[Any, ...], int | None] = {}

    @staticmethod
    def _key(kind: str, where: dict[str, Any]) -> tuple[Any, ...]:
        return (kind, *sorted(where.items()))

    def slot(self, kind: str, **where: Any) -> ExpectedVersion:
        return ExpectedVersion(_Seen(self._versions, self._key(kind, where)), kind, **where)

    def of(self, kind: str, **where: Any) -> int | None:
        return self._versions.get(self._key(kind, where))


def check_seen(
    session: Session, table: str, name: str, current: dict[str, Any] | None, expected: int | None
) -> None:
    """:func:`check_version` for a record named by other columns than its id, which may have
    been added or removed meanwhile: ``expected`` 0 means the planner saw none."""
    if expected is None:
        return
    if current is None:
        if expected != 0:
            raise ConflictError(removed_by_someone_else(name))
        return
    check_version(session, table, name, current, expected or -1)


def removed_by_someone_else(name: str) -> str:
    """'Roadmap item X was removed by someone else — reload to see it.' (user's language)."""
    return translate("Commands", "{record} was removed by someone else — reload to see it.").format(
        record=f"{name[:1].upper()}{name[1:]}"
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

    def touched(self) -> Touched | None:
        """After ``apply``: the records it wrote; None when it can't say on its own.

        A command made of others needn't answer: its inverse writes the same records
        back and is asked instead (see :func:`touched_by`). Before ``apply`` an answer
        names at least the records given by the command's arguments.
        """
        return None

    def expected_versions(self) -> list[ExpectedVersion]:
        """The record versions this edit is conditional on (empty: it checks none)."""
        return []


def touched_by(command: Command, inverse: Command) -> Touched | None:
    """What applying ``command`` (which returned ``inverse``) wrote; None: unknown.

    Both are asked and their answers joined: re-reading a record too many is harmless,
    and the inverse of an edit rewrites exactly the records the edit wrote.
    """
    said, undone = command.touched(), inverse.touched()
    if said is None:
        return undone
    return said if undone is None else Touched().merge(said).merge(undone)


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

    def touched(self) -> Touched | None:
        result = Touched()
        for command in self.commands:
            part = command.touched()
            if part is None:
                return None
            result.merge(part)
        return result

    def expected_versions(self) -> list[ExpectedVersion]:
        return [slot for command in self.commands for slot in command.expected_versions()]
