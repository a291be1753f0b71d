"""An open plan as the GUI sees it: Qt signals and the undo stack over the edit session.

Every edit goes through :meth:`LivePlan.execute`, which runs the plain command
through the Qt-free :class:`~stratplanner.app.edit_session.EditSession` (history,
snapshot refresh from what the command touched, team-mode versions) and pushes one
generic :class:`CommandAdapter` on the plan's ``QUndoStack``, whose undo and redo
walk the session's history.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from stratplanner.app.edit_session import EditSession
from stratplanner.commands import Command, CommandError
from stratplanner.snapshot import PlanSnapshot
from stratplanner.store.document import PlanDocument
from stratplanner.store.errors import PlanFileError

if TYPE_CHECKING:  # the analysis loads on first use, not before the first window paints
    from stratplanner.analysis import PlanAnalysis


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

    #: Edits are based on the record versions of the snapshot (see ``team.SharedLivePlan``).
    versioned = False

    def __init__(
        self,
        document: PlanDocument,
        parent: QObject | None = None,
        *,
        snapshot: PlanSnapshot | None = None,
    ):
        """``snapshot``: one already read (by a worker) at the document's current revision."""
        super().__init__(parent)
        self.session = EditSession(document, snapshot=snapshot, versioned=self.versioned)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.session.add_listener(self.changed.emit)

    @property
    def snapshot(self) -> PlanSnapshot:
        return self.session.snapshot

    def analysis(self) -> PlanAnalysis:
        """The analysis of the current snapshot (alignment, support, findings), once per
        change, redoing only what the edits since the last one touched (see
        ``EditSession.analysis``)."""
        return self.session.analysis()

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def execute(self, command: Command, *, seen: PlanSnapshot | None = None) -> bool:
        """Run ``command`` as one undoable step; False (and ``refused``) if it was refused.

        ``seen``: the snapshot the planner saw when the dialog making the edit opened; in
        team mode the edit is based on its versions, not the current snapshot's (see
        ``EditSession.execute``).
        """
        try:
            self.session.execute(command, seen=seen)
        except (CommandError, PlanFileError) as exc:
            self.refused.emit(problem_text(exc))
            return False
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.refused.emit(
                self.tr("The change could not be saved: {error}. The plan is unchanged.").format(
                    error=exc
                )
            )
            return False
        self.undo_stack.push(CommandAdapter(self, command))
        return True

    def attempt(self, command: Command, *, seen: PlanSnapshot | None = None) -> str | None:
        """``execute`` for a caller that shows the refusal itself: None when done, else the
        sentence saying why it was refused (``refused`` is emitted as usual)."""
        reasons: list[str] = []

        def note(text: str) -> None:
            reasons.append(text)

        self.refused.connect(note)
        try:
            done = self.execute(command, seen=seen)
        finally:
            self.refused.disconnect(note)
        return None if done else " ".join(reasons) or self.tr("The change was refused.")

    def apply_unrecorded(self, command: Command) -> None:
        """Apply ``command`` outside the undo history: a participant's ballot from a phone
        must not be undone by the facilitator's Ctrl+Z. ``CommandError`` propagates."""
        self.session.apply(command)

    def replay(self, undo: bool) -> Command | None:
        """Undo or redo the session's newest step; on failure report it and clear the history."""
        steps = self.session.history.done if undo else self.session.history.undone
        label = (steps[-1].inverse if undo else steps[-1].command).label if steps else ""
        try:
            return self.session.undo() if undo else self.session.redo()
        except (CommandError, PlanFileError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.refused.emit(
                self.tr(
                    "{change} could not be undone or redone: {problem} "
                    "The undo history was cleared; the plan is as you see it."
                ).format(change=label, problem=problem_text(exc))
            )
            QTimer.singleShot(0, self.undo_stack.clear)
            return None

    def baseline_document(self, baseline_id: int) -> str:
        """The JSON text of one saved baseline (kept out of snapshots: it is a whole plan)."""
        return self.session.baseline_document(baseline_id)

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.session.close()


class CommandAdapter(QUndoCommand):
    """The one QUndoCommand: its undo and redo walk the edit session's history.

    The first ``redo`` (from ``QUndoStack.push``) is skipped because
    :meth:`LivePlan.execute` has already applied the command, so a refused
    command never reaches the stack. When the stack merges typing into the step
    before, the session's history merges the same two steps.
    """

    MERGE_ID = 0x5350

    def __init__(self, live: LivePlan, command: Command):
        super().__init__(command.label)
        self._live = live
        self.command = command
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._live.replay(undo=False)

    def undo(self) -> None:
        self._live.replay(undo=True)

    def id(self) -> int:
        return self.MERGE_ID if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, CommandAdapter)
            or other.command.merge_key != self.command.merge_key
        ):
            return False
        self._live.session.history.merge_last()
        self.command = other.command
        self.setText(other.text())
        return True
