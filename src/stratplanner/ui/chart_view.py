"""A chart of ``stratplanner.charts`` on a canvas; tooltips; click to select, double-click to open.

The screen calls the same ``draw_*`` functions as the board PDF, so what the
CIO sees is what the board gets. Redraws are debounced: a burst of edits or
a window being resized draws once.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from stratplanner.charts import CHARTS, ChartInfo, ChartKind
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost

_REDRAW_MS = 150
#: Kinds a click can select and Find-like jumps can reveal.
_RECORD_KINDS = ("item", "objective", "team")
_BY_LABELS = {
    "lane_by": "Lanes by",
    "group_by": "Columns grouped by",
    "split_by": "Split by",
    "view": "Layout",
    "level": "Level",
}


class ChartView(PlanView):
    def __init__(self, host: ViewHost, chart: str, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.kind: ChartKind = CHARTS[chart]
        self.info: ChartInfo | None = None
        self._page = 0
        self._selected: tuple[str, int] | None = None

        self.figure = Figure(dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setToolTip("")
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._click)

        self.by = QComboBox()
        self.by.setToolTip(f"How the {self.kind.title.lower()} is arranged")
        if self.kind.by_field:
            for choice in self.kind.by_choices:
                self.by.addItem(choice.replace("_", " ").capitalize(), choice)
            default = getattr(self.kind.options(), self.kind.by_field)
            self.by.setCurrentIndex(max(self.by.findData(default), 0))
        self.by.currentIndexChanged.connect(self._choice_changed)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip("Previous page of rows")
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip("Next page of rows")
        self.next.clicked.connect(lambda: self._turn(1))
        self.page_label = QLabel()
        self.notes = MutedLabel()
        self.notes.setWordWrap(True)

        row = QHBoxLayout()
        if self.kind.by_field:
            row.addWidget(QLabel(_BY_LABELS.get(self.kind.by_field, "Show") + ":"))
            row.addWidget(self.by)
        row.addStretch(1)
        row.addWidget(self.previous)
        row.addWidget(self.page_label)
        row.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.notes)
        self.by.setVisible(bool(self.kind.by_field))
        self._show_paging(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REDRAW_MS)
        self._timer.timeout.connect(self.draw)

    # -- drawing -------------------------------------------------------------------------
    def options(self) -> Any:
        options = self.kind.options()
        changes: dict[str, Any] = {}
        if self.kind.by_field and self.by.currentData() is not None:
            changes[self.kind.by_field] = self.by.currentData()
        if "page" in {f.name for f in fields(options)}:
            changes["page"] = self._page
        return replace(options, **changes)

    def draw(self) -> None:
        """Draw the chart for the current plan at the canvas's size."""
        self._timer.stop()
        self.info = self.kind.draw(self.figure, self.snapshot, self.live.analysis(), self.options())
        self.canvas.draw_idle()
        self.notes.setText(" ".join(self.info.notes))
        self.notes.setVisible(bool(self.info.notes))
        self._show_paging(self.info.pages)

    def _show_paging(self, pages: int) -> None:
        paged = pages > 1
        for widget in (self.previous, self.page_label, self.next):
            widget.setVisible(paged)
        if paged:
            self.page_label.setText(f"Page {self._page + 1} of {pages}")
            self.previous.setEnabled(self._page > 0)
            self.next.setEnabled(self._page < pages - 1)

    def _turn(self, step: int) -> None:
        pages = self.info.pages if self.info else 1
        self._page = min(max(self._page + step, 0), pages - 1)
        self.draw()

    def _choice_changed(self, _index: int) -> None:
        self._page = 0
        self.draw()

    def _schedule(self) -> None:
        self._timer.start()

    def refresh(self, snap: PlanSnapshot) -> None:
        self._schedule()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.info is None:
            self._schedule()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.info is not None:
            self._schedule()

    # -- pointing ------------------------------------------------------------------------
    def _hover(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None:
            QToolTip.hideText()
            self.canvas.unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), hit.tooltip, self.canvas)
        if hit.kind in _RECORD_KINDS:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _click(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None or hit.kind not in _RECORD_KINDS or not isinstance(hit.id, int):
            return
        self._selected = (hit.kind, hit.id)
        if getattr(event, "dblclick", False):
            self.host.reveal(hit.kind, hit.id)  # open it in its own view
        else:
            self.record_selected.emit(hit.kind, hit.id)

    def current_record(self) -> tuple[str, int] | None:
        return self._selected

    def focus_main(self) -> None:
        self.canvas.setFocus()

    def settle(self) -> None:
        if self._timer.isActive() or self.info is None:
            self.draw()
