"""A matplotlib canvas for Qt views: its own ``Figure`` (never pyplot), resized without flicker.

Charts lay themselves out for the figure's size when drawn, so a resize asks
the owner to draw again; a burst of resize events (dragging a splitter) is
folded into one ``resize_settled`` signal by a single-shot timer. A chart drawn
again after an edit is rendered through ``charts.repaint.FrameCache``: when its
frame (texts, ticks, axes, legend) is unchanged only the artists over it are
rasterised again (the 20,000-item roadmap: about 0.05 s instead of 0.3 s).
"""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stratplanner.charts.repaint import FrameCache

RESIZE_SETTLE_MS = 150
#: The smallest readable chart, in pixels (issue 18: 1280×720 laptops and projectors).
MIN_CHART_SIZE = (300, 250)


class MplCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` on a fresh ``Figure``, expanding with its layout."""

    #: The canvas stopped changing size: time to lay the chart out again.
    resize_settled = Signal()

    def __init__(self, parent: QWidget | None = None, *, dpi: float = 100):
        self.figure: Figure = Figure(dpi=dpi)
        #: The last frame rendered, kept while the chart's texts and axes stay the same.
        self.frames = FrameCache()
        super().__init__(self.figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Below this a chart's labels pile up and matplotlib collapses its axes; the view
        # scrolls instead (Workspace puts every view in a scroll area).
        self.setMinimumSize(*MIN_CHART_SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self.resize_settled)

    def sizeHint(self) -> QSize:
        """The smallest readable size, not the figure's 640×480: a view whose wrapped text makes
        its layout height-for-width is laid out from its children's hints, and a chart asking
        480 px made every chart view scroll down at 1280×720; the chart grows into the room."""
        return QSize(*MIN_CHART_SIZE)

    def draw(self) -> None:
        """Render the figure (reusing an unchanged frame) and queue a Qt paint, as
        ``FigureCanvasQT.draw`` does with a full render."""
        if self._is_drawing:
            return
        self._is_drawing = True
        try:
            self.frames.render(self)
        finally:
            self._is_drawing = False
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._settle.start()

    def widget_point(self, axes: Any, x: float, y: float) -> tuple[int, int]:
        """Widget pixels of data point (x, y) on ``axes`` (for tests and keyboard tooltips)."""
        px, py = axes.transData.transform((x, y))
        ratio = self.devicePixelRatioF()
        return round(px / ratio), round(self.height() - py / ratio)
