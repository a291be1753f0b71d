"""An open plan as the GUI sees it: its current snapshot, its undo stack, one way to edit.

Every edit goes through :meth:`LivePlan.execute`, which runs the plain
command on the document, wraps it in one generic :class:`CommandAdapter`
on the plan's ``QUndoStack`` and brings the snapshot up to date by
re-reading only what the command touched (a full reload of a big plan
takes a second; an edit must show in milliseconds).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from stratplanner.analysis import PlanAnalysis, analyze
from stratplanner.commands import (
    Command,
    CommandError,
    CreateRecord,
    DeleteRecord,
    Macro,
    RestoreRows,
    SetLink,
    UpdateRecord,
    UpdateSettings,
)
from stratplanner.model.kinds import KIND_BY_TABLE
from stratplanner.snapshot import PlanSnapshot, snapshot_of
from stratplanner.snapshot.partial import adopt_snapshot, refresh_snapshot
from stratplanner.snapshot.snapshot import read_baseline_document
from stratplanner.store.document import Change, PlanDocument
from stratplanner.store.errors import PlanFileError

#: Above this many touched records a full reload is simpler and about as fast.
_MAX_TOUCHED = 2000


class _Touched:
    """Which records a command (with its inverse) changed, for a partial refresh."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.settings = False
        self.known = True

    def add(self, command: Command, inverse: Command | None) -> None:
        if isinstance(command, UpdateRecord | CreateRecord):
            self.records[command.kind.name].append({"id": command.record_id})
        elif isinstance(command, SetLink):
            self.records["link"].append(
                {"objective_id": command.objective_id, "item_id": command.item_id}
            )
        elif isinstance(command, RestoreRows):
            self._add_rows(command)
        elif isinstance(command, DeleteRecord) and isinstance(inverse, RestoreRows):
            self._add_rows(inverse)
        elif isinstance(command, UpdateSettings):
            self.settings = True
        elif isinstance(command, Macro) and (inverse is None or isinstance(inverse, Macro)):
            inverses = list(reversed(inverse.commands)) if isinstance(inverse, Macro) else []
            for i, part in enumerate(command.commands):
                self.add(part, inverses[i] if i < len(inverses) else None)
        elif (records := command.touched_records()) is not None:
            for kind, filters in records.items():
                self.records[kind].extend(filters)
        else:
            self.known = False

    def _add_rows(self, restore: RestoreRows) -> None:
        for table, row in restore.rows:
            self.records[KIND_BY_TABLE[table.name].name].append({"id": row["id"]})
        for table, row_id, _column, _old in restore.nulled:
            self.records[KIND_BY_TABLE[table.name].name].append({"id": row_id})

    @property
    def usable(self) -> bool:
        return self.known and sum(map(len, self.records.values())) <= _MAX_TOUCHED


def problem_text(exc: BaseException) -> str:
    """One line for the user from a refusal."""
    problems = getattr(exc, "problems", None)
    if problems:
        return " ".join(problems)
    return str(exc)


class LivePlan(QObject):
    """One open plan: document, snapshot kept current, undo stack, refusals as messages."""

    #: The snapshot changed (after an edit, an undo, a redo or an outside change).
    changed = Signal(object)
    #: An edit was refused; the text says why (shown in place, never as a dialog).
    refused = Signal(str)
    #: The plan is about to close: stop what works on it (a workshop's voting server).
    closing = Signal()

    def __init__(
        self,
        document: PlanDocument,
        parent: QObject | None = None,
        *,
        snapshot: PlanSnapshot | None = None,
    ):
        """``snapshot``: one already read (by a worker) at the document's current revision."""
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        if snapshot is not None:
            adopt_snapshot(document, snapshot)
        self._snapshot = snapshot_of(document)
        self._executing = False
        self._analysis: tuple[PlanSnapshot, PlanAnalysis] | None = None
        document.add_listener(self._on_document_change)

    @property
    def snapshot(self) -> PlanSnapshot:
        return self._snapshot

    def analysis(self) -> PlanAnalysis:
        """The analysis of the current snapshot (alignment, support, findings), once per change."""
        snap = self._snapshot
        if self._analysis is None or self._analysis[0] is not snap:
            self._analysis = (snap, analyze(snap))
        return self._analysis[1]

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def execute(self, command: Command) -> bool:
        """Run ``command`` as one undoable step; False (and ``refused``) if it was refused."""
        try:
            inverse = self._apply(command)
        except (CommandError, PlanFileError) as exc:
            self.refused.emit(problem_text(exc))
            return False
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.refused.emit(f"The change could not be saved: {exc}. The plan is unchanged.")
            return False
        self.undo_stack.push(CommandAdapter(self, command, inverse))
        return True

    def attempt(self, command: Command) -> str | None:
        """``execute`` for a caller that shows the refusal itself: None when done, else the
        sentence saying why it was refused (``refused`` is emitted as usual)."""
        reasons: list[str] = []

        def note(text: str) -> None:
            reasons.append(text)

        self.refused.connect(note)
        try:
            done = self.execute(command)
        finally:
            self.refused.disconnect(note)
        return None if done else " ".join(reasons) or "The change was refused."

    def apply_unrecorded(self, command: Command) -> None:
        """Apply ``command`` outside the undo history: a participant's ballot from a phone
        must not be undone by the facilitator's Ctrl+Z. ``CommandError`` propagates."""
        self._apply(command)

    def replay(self, command: Command) -> Command | None:
        """Apply an undo or redo step; on failure report it and clear the history."""
        try:
            return self._apply(command)
        except (CommandError, PlanFileError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.refused.emit(
                f"{command.label} could not be undone or redone: {problem_text(exc)} "
                "The undo history was cleared; the plan is as you see it."
            )
            QTimer.singleShot(0, self.undo_stack.clear)
            return None

    def _apply(self, command: Command) -> Command:
        self._executing = True
        try:
            inverse = self.document.execute(command)
        finally:
            self._executing = False
        touched = _Touched()
        touched.add(command, inverse)
        if touched.usable:
            self._snapshot = refresh_snapshot(
                self.document, self._snapshot, touched.records, settings=touched.settings
            )
        else:
            self._snapshot = snapshot_of(self.document)
        self.changed.emit(self._snapshot)
        return inverse

    def _on_document_change(self, change: Change) -> None:
        if self._executing:
            return  # _apply refreshes from what the command touched
        self._snapshot = snapshot_of(self.document)
        self.changed.emit(self._snapshot)

    def baseline_document(self, baseline_id: int) -> str:
        """The JSON text of one saved baseline (kept out of snapshots: it is a whole plan)."""
        return read_baseline_document(self.document.session, baseline_id)

    def close(self) -> None:
        self.closing.emit()
        self.document.remove_listener(self._on_document_change)
        self.undo_stack.clear()
        self.document.close()


class CommandAdapter(QUndoCommand):
    """The one QUndoCommand: redo runs the command, undo runs its inverse.

    The first ``redo`` (from ``QUndoStack.push``) is skipped because
    :meth:`LivePlan.execute` has already applied the command, so a refused
    command never reaches the stack.
    """

    MERGE_ID = 0x5350

    def __init__(self, live: LivePlan, command: Command, inverse: Command):
        super().__init__(command.label)
        self._live = live
        self.command = command
        self.inverse: Command | None = inverse
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.inverse = self._live.replay(self.command)

    def undo(self) -> None:
        if self.inverse is None:
            return
        redo = self._live.replay(self.inverse)
        if redo is not None:
            self.command = redo

    def id(self) -> int:
        return self.MERGE_ID if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, CommandAdapter)
            or other.command.merge_key != self.command.merge_key
        ):
            return False
        # Undo keeps restoring the values before the first edit; redo sets the latest.
        self.command = other.command
        self.setText(other.text())
        return True
