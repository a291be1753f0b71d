"""Chart explorer: any chart of ``stratplanner.charts``, filtered, pointed at, exported.

One canvas, a chart picker and the filters every chart takes (business unit,
category, status, quarter range). Redraws are debounced: a burst of edits,
undos or resize events draws once. Export writes exactly what is on screen
as PNG or SVG through :func:`choose_export_path`, a plain function tests replace.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QCursor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import ItemFilter
from stratplanner.charts import ChartInfo, ChartOptions, Region, charts_needing, save_figure
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.values import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Quarter,
    category_label,
    status_label,
)
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.views.findings import plan_analysis
from stratplanner.ui.widgets.flow_layout import FlowLayout
from stratplanner.ui.widgets.mpl_canvas import MplCanvas

#: Resizes and filter clicks come in bursts: wait this long (ms) for the last before drawing.
REDRAW_MS = 120
#: An edit or undo draws on the event loop's next turn (edits applied together draw once):
#: the planner is waiting to see it, and the findings beside it are already up to date.
EDIT_REDRAW_MS = 0
#: Hits a click selects (and a double-click or Enter opens in its own view).
RECORD_KINDS = ("item", "objective", "team")
#: The texts below are in the "ChartExplorerView" context, translated where shown.
BY_LABELS = {
    "lane_by": QT_TRANSLATE_NOOP("ChartExplorerView", "&Lanes by:"),
    "group_by": QT_TRANSLATE_NOOP("ChartExplorerView", "&Columns by:"),
    "split_by": QT_TRANSLATE_NOOP("ChartExplorerView", "&Split by:"),
    "view": QT_TRANSLATE_NOOP("ChartExplorerView", "&Layout:"),
    "level": QT_TRANSLATE_NOOP("ChartExplorerView", "&Level:"),
}
#: How a chart's arrangements read in the "by" list (others: the value, capitalised).
BY_CHOICES = {
    "theme": QT_TRANSLATE_NOOP("ChartExplorerView", "Theme"),
    "objective": QT_TRANSLATE_NOOP("ChartExplorerView", "Objective"),
    "business_unit": QT_TRANSLATE_NOOP("ChartExplorerView", "Business unit"),
    "team": QT_TRANSLATE_NOOP("ChartExplorerView", "Team"),
    "category": QT_TRANSLATE_NOOP("ChartExplorerView", "Category"),
    "quarter": QT_TRANSLATE_NOOP("ChartExplorerView", "Quarter"),
    "auto": QT_TRANSLATE_NOOP("ChartExplorerView", "Auto"),
    "panels": QT_TRANSLATE_NOOP("ChartExplorerView", "Panels"),
    "grid": QT_TRANSLATE_NOOP("ChartExplorerView", "Grid"),
    "objectives": QT_TRANSLATE_NOOP("ChartExplorerView", "Objectives"),
    "themes": QT_TRANSLATE_NOOP("ChartExplorerView", "Themes"),
}


def choose_export_path(parent: QWidget, suggested: str) -> str | None:
    """Ask where to write the chart; None when the user cancels. Tests replace this."""
    formats = translate("ChartExplorerView", "PNG image (*.png);;SVG drawing (*.svg)")
    title = translate("ChartExplorerView", "Export chart")
    path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, formats)
    return path or None


def by_choice_label(choice: str) -> str:
    label = BY_CHOICES.get(choice)
    return translate("ChartExplorerView", label) if label else choice.replace("_", " ").capitalize()


def _combo(tooltip: str, everything: str) -> QComboBox:
    box = QComboBox()
    box.setToolTip(tooltip)
    box.addItem(everything, None)
    return box


class ChartExplorerView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self._charts = CHARTS = charts_needing("items")  # the partnership views: theirs
        self.info: ChartInfo | None = None
        self.hover_text = ""
        self.focused_region: Region | None = None
        self._selected: tuple[str, int] | None = None

        self.chart = QComboBox()
        self.chart.setToolTip(self.tr("Which chart to show"))
        for name, kind in CHARTS.items():
            self.chart.addItem(kind.display_title, name)
        self.by = QComboBox()
        self.by_label = QLabel()
        self.by_label.setBuddy(self.by)
        self.business_unit = _combo(
            self.tr("Only items of this business unit"), self.tr("All business units")
        )
        self.category = _combo(self.tr("Only items of this category"), self.tr("All categories"))
        for value in CATEGORY_LABELS:
            self.category.addItem(category_label(value), value)
        self.status = _combo(self.tr("Only items with this status"), self.tr("All statuses"))
        for status in STATUS_LABELS:
            self.status.addItem(status_label(status.value), status)
        self.quarter_from = _combo(
            self.tr("Only items running in or after this quarter"), self.tr("From any")
        )
        self.quarter_to = _combo(
            self.tr("Only items running in or before this quarter"), self.tr("To any")
        )
        self.clear_button = QPushButton(self.tr("Clear &filters"))
        self.clear_button.setToolTip(self.tr("Show every item again"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        self.export_button.clicked.connect(self.export_chart)

        self.canvas = MplCanvas(self)
        self.canvas.setToolTip("")
        self.canvas.setAccessibleName(self.tr("Chart"))
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._click)
        self.canvas.resize_settled.connect(self._resized)
        self.canvas.installEventFilter(self)
        self.notes = MutedLabel()
        self.notes.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        chart_label = QLabel(self.tr("C&hart:"))
        chart_label.setBuddy(self.chart)
        top.addWidget(chart_label)
        top.addWidget(self.chart)
        top.addWidget(self.by_label)
        top.addWidget(self.by)
        top.addStretch(1)
        top.addWidget(self.export_button)
        filters = FlowLayout()  # wraps (longer words in German) rather than widen the view
        for widget in (
            self.business_unit,
            self.category,
            self.status,
            self.quarter_from,
            self.quarter_to,
            self.clear_button,
        ):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notes)
        help_text = MutedLabel(
            self.tr(
                "Point at the chart for details; click selects, double-click opens. "
                "Keyboard: focus the chart, then Right/Left step through its records, Enter "
                "opens."
            )
        )
        help_text.setWordWrap(True)  # one line asked 860 px: the view scrolled sideways at 1280
        layout.addWidget(help_text)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.draw)

        self._fill_choices(self.snapshot)
        self._fill_by()
        self.chart.currentIndexChanged.connect(self._chart_changed)
        self.by.currentIndexChanged.connect(lambda _i: self.schedule())
        for box in (
            self.business_unit,
            self.category,
            self.status,
            self.quarter_from,
            self.quarter_to,
        ):
            box.currentIndexChanged.connect(lambda _i: self.schedule())

    # -- choices ---------------------------------------------------------------------------
    @property
    def kind(self) -> Any:
        return self._charts[self.chart.currentData()]

    def _fill_by(self) -> None:
        kind = self.kind
        self.by.blockSignals(True)
        self.by.clear()
        if kind.by_field:
            for choice in kind.by_choices:
                self.by.addItem(by_choice_label(choice), choice)
            default = getattr(kind.options(), kind.by_field)
            self.by.setCurrentIndex(max(self.by.findData(default), 0))
            by_label = BY_LABELS.get(kind.by_field)
            self.by_label.setText(
                translate("ChartExplorerView", by_label) if by_label else self.tr("&Show:")
            )
            self.by.setToolTip(
                self.tr("How the chart “{chart}” is arranged").format(chart=kind.display_title)
            )
        self.by.blockSignals(False)
        self.by.setVisible(bool(kind.by_field))
        self.by_label.setVisible(bool(kind.by_field))

    def _fill_choices(self, snap: PlanSnapshot) -> None:
        """Business units and quarters come from the plan; keep what was chosen."""
        chosen = self.business_unit.currentData()
        self.business_unit.blockSignals(True)
        while self.business_unit.count() > 1:
            self.business_unit.removeItem(1)
        for unit in snap.business_units:
            self.business_unit.addItem(unit.name, unit.id)
        self.business_unit.setCurrentIndex(max(self.business_unit.findData(chosen), 0))
        self.business_unit.blockSignals(False)
        quarters = [str(snap.info.start + k) for k in range(snap.info.quarters)]
        for box in (self.quarter_from, self.quarter_to):
            chosen = box.currentData()
            if [box.itemData(i) for i in range(1, box.count())] == quarters:
                continue
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for quarter in quarters:
                box.addItem(quarter, quarter)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)

    def current_filter(self) -> ItemFilter:
        def one(box: QComboBox) -> Any:
            value = box.currentData()
            return None if value is None else frozenset({value})

        start, end = self.quarter_from.currentData(), self.quarter_to.currentData()
        return ItemFilter(
            business_unit_ids=one(self.business_unit),
            categories=one(self.category),
            statuses=one(self.status),
            quarter_from=Quarter.parse(start) if start else None,
            quarter_to=Quarter.parse(end) if end else None,
        )

    def options(self) -> ChartOptions:
        kind = self.kind
        changes: dict[str, Any] = {"filters": self.current_filter()}
        if kind.by_field and self.by.currentData() is not None:
            changes[kind.by_field] = self.by.currentData()
        return replace(kind.options(), **changes)

    def clear_filters(self) -> None:
        for box in (
            self.business_unit,
            self.category,
            self.status,
            self.quarter_from,
            self.quarter_to,
        ):
            box.setCurrentIndex(0)

    def _chart_changed(self, _index: int) -> None:
        self._fill_by()
        self.schedule()

    # -- drawing ---------------------------------------------------------------------------
    def schedule(self, delay_ms: int = REDRAW_MS) -> None:
        """Draw soon: edits, undos, filter clicks and resizes in a burst draw once."""
        self._timer.start(delay_ms)

    def draw(self) -> None:
        self._timer.stop()
        snap = self.snapshot
        if not snap.items:
            self.info = None
            self.empty.setText(
                self.tr(
                    "No roadmap items yet — add items in Roadmap items (and objectives and teams "
                    "for the other charts), and they are charted here."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self.notes.clear()
            self.export_button.setEnabled(False)
            return
        self.stack.setCurrentWidget(self.canvas)
        self.info = self.kind.draw(
            self.canvas.figure, snap, plan_analysis(self.live), self.options()
        )
        self.canvas.draw()
        self.focused_region = None
        self.notes.setText(" ".join(self.info.notes))
        self.export_button.setEnabled(True)

    def refresh(self, snap: PlanSnapshot) -> None:
        self._fill_choices(snap)
        self.schedule(EDIT_REDRAW_MS)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.info is None:
            self.schedule()

    def _resized(self) -> None:
        if self.info is not None:
            self.schedule()

    def settle(self) -> None:
        if self._timer.isActive() or self.info is None:
            self.draw()

    # -- pointing --------------------------------------------------------------------------
    def _hover(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None:
            self.hover_text = ""
            QToolTip.hideText()
            self.canvas.unsetCursor()
            return
        self.hover_text = hit.tooltip
        QToolTip.showText(QCursor.pos(), hit.tooltip, self.canvas)
        if hit.kind in RECORD_KINDS:
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _click(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None or hit.kind not in RECORD_KINDS or not isinstance(hit.id, int):
            return
        self.select(hit.kind, hit.id, open_it=bool(getattr(event, "dblclick", False)))

    def select(self, kind: str, record_id: int, *, open_it: bool = False) -> None:
        self._selected = (kind, record_id)
        if open_it:
            self.host.reveal(kind, record_id)
        else:
            self.record_selected.emit(kind, record_id)

    def record_regions(self) -> list[Region]:
        if self.info is None:
            return []
        return [r for r in self.info.regions() if r.kind in RECORD_KINDS and isinstance(r.id, int)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
                forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
                self.step_region(1 if forward else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
                self.host.reveal(*self._selected)
                return True
        return False

    def step_region(self, step: int) -> None:
        """Keyboard pointing: select the next record drawn on the chart and show its tooltip."""
        regions = self.record_regions()
        if not regions:
            return
        index = -1 if step > 0 else 0
        if self.focused_region in regions:
            index = regions.index(self.focused_region)
        region = regions[(index + step) % len(regions)]
        self.focused_region = region
        x0, y0, x1, y1 = region.bbox
        x, y = self.canvas.widget_point(region.axes, (x0 + x1) / 2, (y0 + y1) / 2)
        self.hover_text = region.tooltip
        QToolTip.showText(
            self.canvas.mapToGlobal(self.canvas.rect().topLeft()) + QPoint(x, y),
            region.tooltip,
            self.canvas,
        )
        assert isinstance(region.id, int)  # record_regions keeps only regions with int ids
        self.select(region.kind, region.id)

    def current_record(self) -> tuple[str, int] | None:
        return self._selected

    def focus_main(self) -> None:
        self.canvas.setFocus()

    # -- export ----------------------------------------------------------------------------
    def export_chart(self) -> None:
        """Write the chart as shown, PNG or SVG by the name chosen (PNG when none is given)."""
        self.settle()
        if self.info is None:
            return
        title = self.snapshot.info.title or self.tr("plan")
        suggested = f"{title} - {self.kind.display_title}.png"
        chosen = choose_export_path(self, suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        try:
            save_figure(self.canvas.figure, path)
        except (OSError, ValueError) as exc:
            self.host.report(
                self.tr("The chart could not be exported: {error}. Choose another folder.").format(
                    error=exc
                )
            )
            return
        self.host.report(
            self.tr("Exported {chart} to {path}.").format(chart=self.kind.display_title, path=path)
        )


register_view(
    ViewSpec(
        "charts",
        QT_TRANSLATE_NOOP("Views", "Charts"),
        ChartExplorerView,
        icon="chart",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Every chart with filters by business unit, category, status and quarters; "
            "point for details, click to select, export as PNG or SVG",
        ),
        order=69,
        details=RECORD_KINDS,
    )
)
