"""The projector window: the question, how to join, the progress, and after Reveal the results.

A top-level window of its own, full screen on the second screen when there is one
(re-placed when a screen comes or goes), else a window on the laptop's screen that
F5 turns full screen and Esc back. Big type, readable from the back of the room.
It follows the console's current round (``WorkshopView._sync_projector``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from stratplanner.analysis.workshop_outcome import RoundOutcome
from stratplanner.charts.workshop import draw_round_results
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.actions import WORKSHOP_ACTIONS, WorkshopAct, key_matches
from stratplanner.ui.widgets.mpl_canvas import MplCanvas
from stratplanner.ui.workshop.dialogs import plain
from stratplanner.ui.workshop.round_panel import chart_of, round_title, time_left, voted_text
from stratplanner.workshop import qr_png


def _big(points: int, *, bold: bool = False) -> QLabel:
    label = plain()
    label.setStyleSheet(f"font-size: {points}pt;" + (" font-weight: 600;" if bold else ""))
    return label


class ProjectorWindow(QWidget):
    """What the room sees; never shows participant names."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("StratPlanner — Workshop (projector)"))
        self.setStyleSheet("background: white; color: #222222;")
        self.question = _big(30, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_text = _big(22)
        self.pin = _big(40, bold=True)
        self.pin_text = _big(22)
        self.url = _big(26, bold=True)
        self.url.setWordWrap(False)
        self.progress = _big(24, bold=True)
        self.countdown = _big(24, bold=True)
        self.waiting = _big(22)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qr_url = ""

        join = QWidget()
        join_layout = QHBoxLayout(join)
        join_layout.addStretch(1)
        join_layout.addWidget(self.qr)
        details = QVBoxLayout()
        details.addStretch(1)
        details.addWidget(self.join_text)
        details.addWidget(self.url)
        details.addWidget(self.pin_text)
        details.addWidget(self.pin)
        details.addSpacing(24)
        details.addWidget(self.progress)
        details.addWidget(self.countdown)
        details.addStretch(1)
        join_layout.addSpacing(40)
        join_layout.addLayout(details)
        join_layout.addStretch(1)
        self.join_page = join

        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        # Type for the back of the room: the same chart at a higher resolution, so its
        # points come out half as large again.
        self.canvas = MplCanvas(dpi=150)
        self.canvas.resize_settled.connect(self._redraw)
        self.notes = _big(18)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        results_layout.addWidget(self.canvas, 1)
        results_layout.addWidget(self.notes)
        self.results_page = results

        self.stack = QStackedWidget()
        self.stack.addWidget(self.waiting)
        self.stack.addWidget(join)
        self.stack.addWidget(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.question)
        layout.addWidget(self.stack, 1)

        # Keys, not QActions: the projector is often not the active window (it sits on the
        # second screen), and a key pressed in it must still work.
        self._keys = {
            WorkshopAct.PROJECTOR_FULL_SCREEN: self.toggle_full_screen,
            WorkshopAct.LEAVE_FULL_SCREEN: self.showNormal,
        }
        self._outcome: RoundOutcome | None = None
        self._snap: PlanSnapshot | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _s: self.place())
            app.screenRemoved.connect(lambda _s: self.place())

    # -- placing --------------------------------------------------------------------------

    def place(self) -> None:
        """Full screen on the second screen when there is one, else a window here."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            target = next((s for s in screens if s is not primary), screens[-1])
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1280, 720)
            self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for key, act in self._keys.items():
            if key_matches(event, WORKSHOP_ACTIONS[key].shortcut):
                act()
                return
        super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- following the console ------------------------------------------------------------

    def show_state(self, snap: PlanSnapshot, outcome: RoundOutcome | None, server: Any) -> None:
        self._snap, self._outcome = snap, outcome
        if outcome is None:
            self.question.setText("")
            self.waiting.setText(self.tr("The workshop starts in a moment."))
            self.stack.setCurrentWidget(self.waiting)
            return
        round_ = outcome.round
        self.question.setText(round_.question or round_title(round_.code))
        self.progress.setText(voted_text(len(outcome.voted), outcome.electorate))
        self.countdown.setText(time_left(round_))
        if round_.revealed:
            self.stack.setCurrentWidget(self.results_page)
            self._redraw()
        elif round_.state == "open" and server is not None:
            url = server.join_url
            if url != self._qr_url:
                pixmap = QPixmap()
                pixmap.loadFromData(qr_png(url, scale=12))
                self.qr.setPixmap(pixmap)
                self._qr_url = url
            self.join_text.setText(self.tr("Scan to vote, or go to"))
            self.url.setText(server.room_url)
            self.pin_text.setText(self.tr("and enter the PIN"))
            self.pin.setText(server.pin)
            self.stack.setCurrentWidget(self.join_page)
        else:
            waiting = {
                "draft": self.tr("Voting opens in a moment."),
                "open": self.tr("Voting is open: {voted}.").format(
                    voted=voted_text(len(outcome.voted), outcome.electorate)
                ),
                "closed": self.tr("Voting is closed. Results in a moment."),
            }
            self.waiting.setText(waiting.get(round_.state, ""))
            self.stack.setCurrentWidget(self.waiting)

    @property
    def showing_qr(self) -> bool:
        return self.stack.currentWidget() is self.join_page and self.qr.pixmap() is not None

    @property
    def showing_results(self) -> bool:
        return self.stack.currentWidget() is self.results_page

    def tick(self) -> None:
        if self._outcome is not None:
            self.countdown.setText(time_left(self._outcome.round))

    def settle(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        outcome, snap = self._outcome, self._snap
        if outcome is None or snap is None or not outcome.round.revealed:
            return
        figure = self.canvas.figure
        figure.clear()
        chart = chart_of(snap, outcome)
        info = draw_round_results(figure, chart)
        # The question is the window's heading already; one disagreement sentence is enough.
        self.notes.setText(info.notes[0] if info.notes else "")
        self.canvas.draw_idle()
