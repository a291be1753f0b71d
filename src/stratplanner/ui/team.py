"""Team mode in the window: versioned edits, conflicts, others' changes, a lost server.

- :class:`SharedLivePlan` passes each edit the version of the record in the
  snapshot the planner was looking at (``expected_version``); when someone
  else saved it meanwhile, the planner chooses Reload or Overwrite.
- :class:`TeamSync` polls ``doc.poll_external_changes()`` every two seconds,
  so views refresh with others' changes, and shows a banner while the plan
  server can't be reached (edits are refused meanwhile; it clears itself).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget
from sqlalchemy.exc import SQLAlchemyError

from stratplanner.app.edit_session import overwrite
from stratplanner.commands import Command, CommandError
from stratplanner.commands.base import ConflictError
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.store.document import PlanDocument
from stratplanner.store.errors import ConnectionLostError, PlanFileError
from stratplanner.ui import theme
from stratplanner.ui.icons import icon
from stratplanner.ui.live_plan import CommandAdapter, LivePlan, problem_text

POLL_MS = 2000
#: The answers to a conflict (the window shows them as buttons, in the user's language).
RELOAD = "Reload"
OVERWRITE = "Overwrite"
#: Said when an edit can't reach the server (English; shown with :func:`lost_text`).
LOST_TEXT = QT_TRANSLATE_NOOP(
    "TeamSync",
    "The connection to the plan server was lost, so this change was not saved; "
    "StratPlanner reconnects by itself — try again in a moment.",
)


def lost_text() -> str:
    """:data:`LOST_TEXT` in the user's language."""
    return translate("TeamSync", LOST_TEXT)


def answer_labels() -> dict[str, str]:
    """The conflict's buttons in the user's language -> RELOAD or OVERWRITE."""
    return {translate("TeamSync", "Reload"): RELOAD, translate("TeamSync", "Overwrite"): OVERWRITE}


#: Asked when an edit conflicts: gets the sentence, returns RELOAD, OVERWRITE or None.
ResolveConflict = Callable[[str], str | None]


class SharedLivePlan(LivePlan):
    """A :class:`LivePlan` whose edits are checked against others' saves."""

    versioned = True

    #: True when the plan server can't be reached, False when it can again.
    connection_changed = Signal(bool)

    def __init__(
        self,
        document: PlanDocument,
        parent: QObject | None = None,
        *,
        snapshot: PlanSnapshot | None = None,
        resolve_conflict: ResolveConflict | None = None,
    ):
        super().__init__(document, parent, snapshot=snapshot)
        self.resolve_conflict = resolve_conflict
        self._connection_lost = False

    @property
    def connection_lost(self) -> bool:
        return self._connection_lost

    def set_connection_lost(self, lost: bool) -> None:
        if lost != self._connection_lost:
            self._connection_lost = lost
            self.connection_changed.emit(lost)

    def execute(self, command: Command, *, seen: PlanSnapshot | None = None) -> bool:
        return self._execute(command, based_on_snapshot=True, seen=seen)

    def _execute(
        self, command: Command, *, based_on_snapshot: bool, seen: PlanSnapshot | None = None
    ) -> bool:
        if self._connection_lost:
            self.refused.emit(lost_text())
            return False
        try:
            self.session.execute(command, based_on_snapshot=based_on_snapshot, seen=seen)
        except ConflictError as exc:
            return self._conflict(command, problem_text(exc))
        except (CommandError, PlanFileError) as exc:
            text = problem_text(exc)
            if self.document.server is not None and isinstance(exc, ConnectionLostError):
                self.set_connection_lost(True)
            self.refused.emit(text)
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

    def _conflict(self, command: Command, text: str) -> bool:
        choice = self.resolve_conflict(text) if self.resolve_conflict else None
        if choice == OVERWRITE:
            overwrite(command)
            return self._execute(command, based_on_snapshot=False)
        if choice == RELOAD:
            self.reload()
        self.refused.emit(text)
        return False

    def reload(self) -> None:
        """Read everything again (others' changes included); views keep their selection."""
        if not self.document.poll_external_changes():
            self.document.notify_external_change((), "Reload")


class ConnectionBanner(QFrame):
    """Shown while the plan server can't be reached."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.warning_background())
        self.setPalette(palette)
        mark = QLabel()
        mark.setPixmap(icon("warning").pixmap(QSize(18, 18)))
        self.label = QLabel(
            self.tr(
                "<b>Connection lost:</b> the plan server can't be reached, so changes can't be "
                "saved right now. StratPlanner keeps trying and carries on by itself when it "
                "is back; what you see is the plan as it was."
            )
        )
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(mark)
        layout.addWidget(self.label, 1)
        self.hide()


class TeamSync(QObject):
    """Polls the plan for others' changes and watches the connection to the server."""

    def __init__(self, live: SharedLivePlan, host: QWidget, interval_ms: int = POLL_MS):
        super().__init__(host)
        self.live = live
        self.banner = ConnectionBanner(host)
        layout = host.layout()
        if layout is not None:
            layout.insertWidget(0, self.banner)  # type: ignore[attr-defined]
        live.connection_changed.connect(self.banner.setVisible)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    @property
    def shared(self) -> bool:
        return self.live.document.server is not None

    def poll(self) -> None:
        """One check: is the server there, and did anybody else change the plan?"""
        if QApplication.activeModalWidget() is not None:
            return  # a question is open (maybe about this very record): refresh after it
        doc = self.live.document
        if self.shared:
            try:
                doc.recent_activity(limit=1)  # raises when the server is gone
            except (SQLAlchemyError, OSError, PlanFileError):
                doc.poll_external_changes()  # rolls the broken transaction back
                self.live.set_connection_lost(True)
                return
            was_lost = self.live.connection_lost
            self.live.set_connection_lost(False)
            if was_lost:  # we may have missed others' changes while away
                self.live.reload()
                return
        try:
            doc.poll_external_changes()
        except (SQLAlchemyError, sqlite3.Error, OSError, PlanFileError):
            return

    def stop(self) -> None:
        self.timer.stop()
