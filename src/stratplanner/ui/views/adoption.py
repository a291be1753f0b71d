"""Adoption and outcomes: each KPI's dated actuals against its target, and the done items
whose adoption is below target (delivered is not the same as successful).

Adding, changing or deleting an actual is one undoable step; the KPI's single ``actual``
follows the latest dated one, as :class:`RecordKpiActuals` keeps it. Input that can't be
recorded (not a date, not a number, a date already taken, a pasted series out of order)
is refused with a sentence and stays where it was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.adoption import (
    WORSENING,
    KpiSeries,
    adoption_callouts,
    all_kpi_series,
    suggested_date,
    trend_label,
    with_unit,
)
from stratplanner.charts import ChartInfo, draw_chart
from stratplanner.charts.style import TITLE, text_width_pt
from stratplanner.commands import Command, DeleteRecord, Macro, UpdateRecord
from stratplanner.commands.partnership import RecordKpiActuals
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from stratplanner.io.actual_values import InputError, parse_date, parse_series, parse_value
from stratplanner.model.values import KpiKind
from stratplanner.snapshot import KpiRec, PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.models.tree_items import children, top_level_items
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.mpl_canvas import MplCanvas

#: The texts of these tables are in the "AdoptionView" context, translated where shown.
FILTERS = (
    ("all", QT_TRANSLATE_NOOP("AdoptionView", "All KPIs")),
    ("business_outcome", QT_TRANSLATE_NOOP("AdoptionView", "Business outcomes")),
    ("it_service", QT_TRANSLATE_NOOP("AdoptionView", "IT service metrics")),
    ("adoption", QT_TRANSLATE_NOOP("AdoptionView", "Adoption KPIs")),
)
GROUPS = {
    KpiKind.BUSINESS_OUTCOME.value: QT_TRANSLATE_NOOP("AdoptionView", "Business outcomes"),
    KpiKind.IT_SERVICE.value: QT_TRANSLATE_NOOP("AdoptionView", "IT service metrics"),
}
KPI_COLUMNS = (
    QT_TRANSLATE_NOOP("AdoptionView", "KPI"),
    QT_TRANSLATE_NOOP("AdoptionView", "Latest"),
    QT_TRANSLATE_NOOP("AdoptionView", "Target"),
    QT_TRANSLATE_NOOP("AdoptionView", "Standing"),
    QT_TRANSLATE_NOOP("AdoptionView", "Measures"),
)
STANDING_COL = 3
#: At most this many call-outs show without scrolling.
CALLOUT_ROWS = 3
#: Narrower than this, the KPI list goes above the chart and the actuals.
WIDE_LAYOUT_PX = 900
ACTUAL_COLUMNS = (
    QT_TRANSLATE_NOOP("AdoptionView", "Date"),
    QT_TRANSLATE_NOOP("AdoptionView", "Value"),
    QT_TRANSLATE_NOOP("AdoptionView", "Change"),
    QT_TRANSLATE_NOOP("AdoptionView", "Note"),
)
#: The registered chart (charts/registry.py) the selected KPI is drawn with.
KPI_CHART = "kpi-series"
DATE_COL, VALUE_COL, CHANGE_COL, NOTE_COL = range(4)


def measures_text(snap: PlanSnapshot, kpi: KpiRec) -> str:
    if kpi.item_id is not None and kpi.item_id in snap.item_by_id:
        item = snap.item_by_id[kpi.item_id]
        return translate("AdoptionView", "Item {code} – {title}").format(
            code=item.code, title=item.title
        )
    if kpi.objective_id is not None and kpi.objective_id in snap.objective_by_id:
        objective = snap.objective_by_id[kpi.objective_id]
        return translate("AdoptionView", "Objective {code} – {title}").format(
            code=objective.code, title=objective.title
        )
    return ""


def status_of(series: KpiSeries) -> str:
    if series.latest is None:
        return translate("AdoptionView", "not measured")
    if series.on_target is None:
        return translate("AdoptionView", "no target")
    if series.on_target:
        return translate("AdoptionView", "on target")
    return translate("AdoptionView", "below target")


def _change(difference: float) -> str:
    """'+2', '-1.5' ('-1,5' in German): an actual against the one before."""
    sign = "-" if difference < 0 else "+"
    return sign + format_number(float(f"{abs(difference):g}"), grouping=False)


class AdoptionView(PlanView):
    """KPIs by kind; the selected KPI's chart and actuals; done items below adoption target."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.info: ChartInfo | None = None
        self._series: dict[int, KpiSeries] = {}
        self._called_out: set[int] = set()
        self._filling = False
        self._actuals_kpi: int | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setToolTip(self.tr("Which KPIs to list"))
        for value, label in FILTERS:
            self.kind_filter.addItem(translate("AdoptionView", label), value)
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("adoptionMessage")

        self.kpi_list = QTreeWidget()
        self.kpi_list.setObjectName("kpiList")
        self.kpi_list.setHeaderLabels([translate("AdoptionView", c) for c in KPI_COLUMNS])
        self.kpi_list.setAlternatingRowColors(True)
        self.kpi_list.setUniformRowHeights(True)
        self.kpi_list.setRootIsDecorated(False)
        self.kpi_list.setItemsExpandable(False)
        self.kpi_list.itemSelectionChanged.connect(self._kpi_changed)

        self.callouts = QListWidget()
        self.callouts.setObjectName("adoptionCallouts")
        self.callouts.setWordWrap(True)
        self.callouts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.callouts.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.callouts.itemClicked.connect(self._callout_clicked)
        self.callouts.itemActivated.connect(self._callout_activated)
        self.callouts_box = QGroupBox(self.tr("Delivered, not yet successful"))
        self.callouts_box.setToolTip(
            self.tr(
                "Items marked done whose adoption is below target or not measured. "
                "Click one to see it; double-click (or Enter) to open it on the roadmap."
            )
        )
        callouts_layout = QVBoxLayout(self.callouts_box)
        callouts_layout.addWidget(self.callouts)

        self.canvas = MplCanvas(self)
        self.canvas.setAccessibleName(self.tr("KPI series chart"))
        self.canvas.setMinimumSize(240, 200)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("button_press_event", self._chart_click)
        self.canvas.resize_settled.connect(self.draw)
        self.chart_note = MutedLabel()
        self.chart_note.setWordWrap(True)
        self.chart_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.canvas)
        self.chart_stack.addWidget(self.chart_note)

        self.actuals = QTableWidget(0, len(ACTUAL_COLUMNS))
        self.actuals.setObjectName("kpiActuals")
        self.actuals.setHorizontalHeaderLabels(
            [translate("AdoptionView", c) for c in ACTUAL_COLUMNS]
        )
        self.actuals.verticalHeader().setVisible(False)
        self.actuals.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.actuals.setAlternatingRowColors(True)
        self.actuals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.actuals.horizontalHeader()
        for column in (DATE_COL, VALUE_COL, CHANGE_COL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COL, QHeaderView.ResizeMode.Stretch)
        self.actuals.setToolTip(self.tr("Double-click (or F2) a date, value or note to change it"))
        self.actuals.setWordWrap(False)
        self.actuals.itemChanged.connect(self._actual_edited)
        self.actuals.itemSelectionChanged.connect(self._actual_selection_changed)
        #: Edit ▸ Delete acts on the actuals only while the table has the focus.
        self._actuals_active = False
        self.actuals.installEventFilter(self)
        self.kpi_list.installEventFilter(self)

        self.new_date = QLineEdit()
        self.new_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.new_date.setToolTip(self.tr("When it was measured"))
        self.new_date.setFixedWidth(self.fontMetrics().horizontalAdvance("2027-09-300") + 16)
        self.new_value = QLineEdit()
        self.new_value.setPlaceholderText(self.tr("value"))
        metrics = self.fontMetrics()
        self.new_value.setMaximumWidth(
            metrics.horizontalAdvance(self.tr("value in {unit}").format(unit="m members"))
        )
        self.new_value.setMinimumWidth(metrics.horizontalAdvance(self.tr("value") + "…") + 12)
        self.new_note = QLineEdit()
        self.new_note.setPlaceholderText(self.tr("note (optional)"))
        self.new_note.setMinimumWidth(metrics.horizontalAdvance(self.tr("note") + "…") + 12)
        for field in (self.new_date, self.new_value, self.new_note):
            field.returnPressed.connect(self.add_actual)
        self.add_button = QPushButton(self.tr("Add actual"))
        self.add_button.clicked.connect(self.add_actual)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected actuals (Undo brings them back)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.several_toggle = QToolButton()
        self.several_toggle.setText(self.tr("Several…"))
        self.several_toggle.setCheckable(True)
        self.several_toggle.setToolTip(self.tr("Type or paste several actuals at once, one a line"))
        self.several = QPlainTextEdit()
        self.several.setPlaceholderText(
            self.tr(
                "One actual a line, oldest first: date and value, optionally a note\n"
                "2027-09-30\t34\n2027-12-31\t36\tafter the loyalty relaunch"
            )
        )
        self.several.setMaximumHeight(90)
        self.record_several_button = QPushButton(self.tr("Record all"))
        self.record_several_button.clicked.connect(self.record_several)
        self.several_row = QWidget()
        several_layout = QHBoxLayout(self.several_row)
        several_layout.setContentsMargins(0, 0, 0, 0)
        several_layout.addWidget(self.several, 1)
        several_layout.addWidget(self.record_several_button, 0, Qt.AlignmentFlag.AlignTop)
        self.several_row.setVisible(False)
        self.several_toggle.toggled.connect(self.several_row.setVisible)

        tools = QHBoxLayout()
        hint = MutedLabel(self.tr("Double-click a date, value or note to change it."))
        hint.setWordWrap(True)
        tools.addWidget(hint, 1)
        tools.addWidget(self.several_toggle)
        tools.addWidget(self.delete_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_date)
        add_row.addWidget(self.new_value)
        add_row.addWidget(self.new_note, 1)
        add_row.addWidget(self.add_button)
        self.actuals_box = QGroupBox(self.tr("Dated actuals"))
        actuals_layout = QVBoxLayout(self.actuals_box)
        actuals_layout.addLayout(tools)
        actuals_layout.addWidget(self.actuals, 1)
        actuals_layout.addLayout(add_row)
        actuals_layout.addWidget(self.several_row)

        # Wide: the list beside the chart over the actuals; narrow: the list over both.
        self.detail_split = QSplitter(Qt.Orientation.Vertical)
        self.detail_split.addWidget(self.chart_stack)
        self.detail_split.addWidget(self.actuals_box)
        self.split = QSplitter()
        self.split.addWidget(self.kpi_list)
        self.split.addWidget(self.detail_split)
        self._wide: bool | None = None
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.callouts_box)
        main_layout.addWidget(self.split, 1)

        self.empty = QLabel(
            self.tr(
                "This plan has no KPIs yet. Add KPIs in KPIs & milestones, each measuring an "
                "objective or an item (revenue, adoption rate, customer satisfaction, uptime, "
                "RTO…); then record their dated actuals here to follow the trend against target."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Go to KPIs && milestones"))
        self.empty_button.clicked.connect(lambda: self.host.navigate("kpis"))
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(main)
        self.pages.addWidget(empty_page)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.show_label = QLabel(self.tr("&Show:"))
        self.show_label.setBuddy(self.kind_filter)
        top.addWidget(self.show_label)
        top.addWidget(self.kind_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.message.hide()
        self.refresh(self.snapshot)

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        selected = self.kpi_id()
        self._series = {s.kpi.id: s for s in all_kpi_series(snap)}
        callouts = adoption_callouts(snap)
        self._called_out = {c.kpi_id for c in callouts}
        self.pages.setCurrentIndex(0 if snap.kpis else 1)
        self.show_label.setVisible(bool(snap.kpis))
        self.kind_filter.setVisible(bool(snap.kpis))
        shown = self._fill_kpis(snap, selected)
        self._fill_callouts(snap, callouts)
        counts = dict.fromkeys(GROUPS, 0)
        for series in self._series.values():
            counts[series.kpi.kind] = counts.get(series.kpi.kind, 0) + 1
        on = sum(1 for s in self._series.values() if s.on_target)
        measured = sum(1 for s in self._series.values() if s.points)
        kpis, lagging = len(self._series), len(callouts)
        self.heading.setText(
            self.tr(
                "{kpis}: {outcomes}; {on} on target; {measured} with dated actuals. {lagging}"
            ).format(
                kpis=translate("AdoptionView", "<b>%n KPI(s)</b>", None, kpis),
                outcomes=self.tr(
                    "{outcomes} business outcomes, {services} IT service metrics"
                ).format(
                    outcomes=format_number(counts.get("business_outcome", 0)),
                    services=format_number(counts.get("it_service", 0)),
                ),
                on=format_number(on),
                measured=format_number(measured),
                lagging=translate(
                    "AdoptionView",
                    "<b>%n</b> done item(s) below their adoption target.",
                    None,
                    lagging,
                ),
            )
            if snap.kpis
            else ""
        )
        if not shown:
            self._show_kpi(snap)

    def _filter_changed(self, _index: int) -> None:
        """Only the list follows the filter (a call-out being clicked stays where it is)."""
        if not self._fill_kpis(self.snapshot, self.kpi_id()):
            self._show_kpi(self.snapshot)

    def _fill_kpis(self, snap: PlanSnapshot, selected: int | None) -> bool:
        """Rebuild the list; True when a KPI got selected (its chart and table follow)."""
        wanted = self.kind_filter.currentData()
        self._filling = True
        self.kpi_list.blockSignals(True)
        scrolled = self.kpi_list.verticalScrollBar().value()
        self.kpi_list.clear()
        target_item: QTreeWidgetItem | None = None
        first: QTreeWidgetItem | None = None
        bold = QFont(self.kpi_list.font())
        bold.setBold(True)
        for kind, label in GROUPS.items():
            rows = [
                s
                for s in self._series.values()
                if s.kpi.kind == kind
                and (wanted in (None, "all", kind) or (wanted == "adoption" and s.kpi.adoption))
            ]
            if not rows:
                continue
            title = translate("AdoptionView", label)
            group = QTreeWidgetItem([f"{title} ({format_number(len(rows))})"])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.kpi_list.addTopLevelItem(group)
            for series in rows:
                row = self._kpi_row(snap, series)
                group.addChild(row)
                first = first or row
                if series.kpi.id == selected:
                    target_item = row
            group.setExpanded(True)
        for column in range(len(KPI_COLUMNS)):
            self.kpi_list.resizeColumnToContents(column)
        self.kpi_list.setColumnWidth(0, min(self.kpi_list.columnWidth(0), 200))
        chosen = target_item or first
        if chosen is not None:
            self.kpi_list.setCurrentItem(chosen)
            self.kpi_list.verticalScrollBar().setValue(scrolled)
        self.kpi_list.blockSignals(False)
        self._filling = False
        if chosen is None:
            return False
        self._show_kpi(snap)
        return True

    def _kpi_row(self, snap: PlanSnapshot, series: KpiSeries) -> QTreeWidgetItem:
        kpi = series.kpi
        latest = with_unit(series.latest, kpi.unit) if series.latest is not None else "–"
        target = with_unit(kpi.target, kpi.unit) if kpi.target is not None else "–"
        status = status_of(series)
        standing = f"{status}, {trend_label(series.trend)}" if series.trend else status
        row = QTreeWidgetItem([kpi.name, latest, target, standing, measures_text(snap, kpi)])
        row.setData(0, Qt.ItemDataRole.UserRole, kpi.id)
        owner = snap.person_by_id.get(kpi.owner_id) if kpi.owner_id else None
        now = series.status_text()
        if series.latest_on:
            now = self.tr("{status} (on {date})").format(
                status=now, date=format_date(series.latest_on, "short")
            )
        points = len(series.points)
        tip = [
            f"{kpi.code} {kpi.name}",
            series.kind_label + (self.tr(" · adoption KPI") if kpi.adoption else ""),
            self.tr("Measures: {what}").format(
                what=measures_text(snap, kpi) or self.tr("nothing yet")
            ),
            self.tr("Now: {status}").format(status=now),
            translate("AdoptionView", "%n dated actual(s)", None, points),
        ]
        if owner is not None:
            tip.append(self.tr("Owner: {name}").format(name=owner.name))
        if kpi.id in self._called_out:
            tip.append(
                self.tr("Its item is done but adoption is below target (see the call-outs).")
            )
        for column in range(len(KPI_COLUMNS)):
            row.setToolTip(column, "\n".join(tip))
        warn = QBrush(theme.warning_color())
        if series.trend == WORSENING or kpi.id in self._called_out:
            row.setForeground(STANDING_COL, warn)
        if kpi.id in self._called_out:
            row.setForeground(0, warn)
        return row

    def kpi_id(self) -> int | None:
        item = self.kpi_list.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def select_kpi(self, kpi_id: int) -> bool:
        for _n in range(2):
            for group in top_level_items(self.kpi_list):
                for row in children(group):
                    if row.data(0, Qt.ItemDataRole.UserRole) == kpi_id:
                        self.kpi_list.setCurrentItem(row)
                        self.kpi_list.scrollToItem(row)
                        return True
            if self.kind_filter.currentData() == "all":
                return False
            self.kind_filter.setCurrentIndex(0)  # the filter hides it: show every KPI
        return False

    def _kpi_changed(self) -> None:
        if self._filling:
            return
        self._show_kpi(self.snapshot)
        kpi_id = self.kpi_id()
        if kpi_id is not None:
            self.record_selected.emit("kpi", kpi_id)
        self.actions_changed.emit()

    # -- the selected KPI ----------------------------------------------------------------------
    def current_series(self) -> KpiSeries | None:
        kpi_id = self.kpi_id()
        return self._series.get(kpi_id) if kpi_id is not None else None

    def _show_kpi(self, snap: PlanSnapshot) -> None:
        series = self.current_series()
        writable = not self.live.read_only
        for widget in (self.new_date, self.new_value, self.new_note, self.add_button):
            widget.setEnabled(series is not None and writable)
        self.several_toggle.setEnabled(series is not None and writable)
        self.record_several_button.setEnabled(series is not None and writable)
        self._fill_actuals(snap, series)
        if series is None:
            self.actuals_box.setTitle(self.tr("Dated actuals"))
            self.new_value.setPlaceholderText(self.tr("value"))
        else:
            kpi = series.kpi
            self.actuals_box.setTitle(self.tr("Dated actuals of {code}").format(code=kpi.code))
            self.new_value.setPlaceholderText(
                self.tr("value in {unit}").format(unit=kpi.unit) if kpi.unit else self.tr("value")
            )
            if not self.new_date.text().strip() or self.new_date.property("suggested"):
                self.new_date.setText(suggested_date(series.points, date.today()).isoformat())
                self.new_date.setProperty("suggested", True)
        self.draw()

    def _fill_actuals(self, snap: PlanSnapshot, series: KpiSeries | None) -> None:
        selected = set(self.selected_actual_ids())
        kpi_id = series.kpi.id if series else None
        same_kpi = kpi_id == self._actuals_kpi
        self._actuals_kpi = kpi_id
        scrolled = self.actuals.verticalScrollBar().value()
        self._filling = True
        self.actuals.blockSignals(True)
        writable = not self.live.read_only
        self.actuals.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if writable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        actuals = snap.actuals_by_kpi.get(series.kpi.id, []) if series else []
        self.actuals.setRowCount(len(actuals))
        unit = series.kpi.unit if series else ""
        date_, value, change_, note = (translate("AdoptionView", c) for c in ACTUAL_COLUMNS)
        self.actuals.setHorizontalHeaderLabels(
            [
                date_,
                self.tr("{value} ({unit})").format(value=value, unit=unit) if unit else value,
                change_,
                note,
            ]
        )
        previous: float | None = None
        for row, actual in enumerate(actuals):
            # the date and the value as typed and read back (io/actual_values.py parses them)
            change = "" if previous is None else _change(actual.value - previous)
            cells = (actual.measured_on.isoformat(), f"{actual.value:g}", change, actual.note)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, actual.id)
                if column == CHANGE_COL:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (VALUE_COL, CHANGE_COL):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.actuals.setItem(row, column, cell)
            if actual.id in selected:
                self.actuals.selectRow(row)
            previous = actual.value
        if same_kpi:
            self.actuals.verticalScrollBar().setValue(scrolled)
        else:
            self.actuals.scrollToBottom()
        self.actuals.blockSignals(False)
        self._filling = False
        self._actual_selection_changed()

    def selected_actual_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.actuals.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            cell = self.actuals.item(row, DATE_COL)
            if cell is not None:
                ids.append(int(cell.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _actual_selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_actual_ids()) and not self.live.read_only)
        if not self._filling:
            self.actions_changed.emit()

    # -- editing -------------------------------------------------------------------------------
    def _say(self, text: str, *, problem: bool = False) -> None:
        colour = theme.warning_color().name() if problem else theme.muted_text().name()
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.show()

    def _run(self, command: Command) -> str | None:
        """Execute ``command``; None when done, else the sentence saying why it was refused."""
        return self.live.attempt(command)

    def add_actual(self) -> bool:
        """Record the date and value typed below the table as the KPI's next actual."""
        series = self.current_series()
        if series is None:
            return False
        kpi = series.kpi
        try:
            when = parse_date(self.new_date.text())
            value = parse_value(self.new_value.text(), kpi.unit)
        except InputError as exc:
            self._say(self.tr("{problem} Nothing was recorded.").format(problem=exc), problem=True)
            return False
        refused = self._run(RecordKpiActuals(kpi.id, [(when, value, self.new_note.text().strip())]))
        if refused:
            self._say(
                self.tr("{problem} Nothing was recorded.").format(problem=refused), problem=True
            )
            return False
        text = self.tr("Recorded {value} for {code} on {date}.").format(
            value=with_unit(value, kpi.unit), code=kpi.code, date=format_date(when, "short")
        )
        if series.latest_on is not None and when < series.latest_on:
            text += " " + self.tr(
                "It is earlier than the latest actual ({date}), so it takes its place in date "
                "order; the latest stays as it was."
            ).format(date=format_date(series.latest_on, "short"))
        self._say(text)
        self.new_value.clear()
        self.new_note.clear()
        self.new_date.setProperty("suggested", True)
        self._show_kpi(self.snapshot)  # the next suggested date
        self.new_value.setFocus()
        return True

    def record_several(self) -> bool:
        """Record every line of the 'several' box in one step; refused lines keep the text."""
        series = self.current_series()
        if series is None:
            return False
        kpi = series.kpi
        try:
            rows = parse_series(self.several.toPlainText(), kpi.unit)
        except InputError as exc:
            self._say(
                self.tr("{problem} Nothing was recorded; fix the lines and record again.").format(
                    problem=exc
                ),
                problem=True,
            )
            return False
        refused = self._run(RecordKpiActuals(kpi.id, rows))
        if refused:
            self._say(
                self.tr("{problem} Nothing was recorded; fix the lines and record again.").format(
                    problem=refused
                ),
                problem=True,
            )
            return False
        self.several.clear()
        recorded = len(rows)
        self._say(
            translate("AdoptionView", "Recorded %n actual(s) of {code}.", None, recorded).format(
                code=kpi.code
            )
        )
        return True

    def _latest_step(self, kpi: KpiRec, remaining: dict[date, float], label: str) -> list[Command]:
        """Keep the KPI's single ``actual`` equal to its latest dated one (None when none left)."""
        latest = remaining[max(remaining)] if remaining else None
        if latest == kpi.actual:
            return []
        return [UpdateRecord("kpi", kpi.id, {"actual": latest}, label=label)]

    def _actual_edited(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        edit = (int(cell.data(Qt.ItemDataRole.UserRole)), cell.column(), cell.text())
        # Not while the table is still committing its editor: the edit rebuilds the table.
        QTimer.singleShot(0, lambda: self.change_actual(*edit))

    def change_actual(self, actual_id: int, column: int, text: str) -> bool:
        """Set one cell of an actual from what was typed; False (and a sentence) if refused."""
        series = self.current_series()
        if series is None:
            return False
        kpi = series.kpi
        actuals = {a.id: a for a in self.snapshot.actuals_by_kpi.get(kpi.id, [])}
        actual = actuals.get(actual_id)
        if actual is None:
            return False
        dated = format_date(actual.measured_on, "short")
        label = self.tr("Change the actual of {code} dated {date}").format(
            code=kpi.code, date=dated
        )
        try:
            if column == DATE_COL:
                when = parse_date(text)
                clash = next(
                    (a for a in actuals.values() if a.measured_on == when and a.id != actual_id),
                    None,
                )
                if clash is not None:
                    raise InputError(
                        self.tr(
                            "{code} already has an actual dated {date} ({value}); change or "
                            "delete that one first."
                        ).format(
                            code=kpi.code,
                            date=format_date(when, "short"),
                            value=with_unit(clash.value, kpi.unit),
                        )
                    )
                changes: dict[str, Any] = {"measured_on": when}
            elif column == VALUE_COL:
                changes = {"value": parse_value(text, kpi.unit)}
            elif column == NOTE_COL:
                changes = {"note": text.strip()}
            else:
                return False
        except InputError as exc:
            self._fill_actuals(self.snapshot, series)  # the row reads as stored again
            self._say(
                self.tr("{problem} The actual of {date} is unchanged.").format(
                    problem=exc, date=dated
                ),
                problem=True,
            )
            return False
        if all(getattr(actual, name) == value for name, value in changes.items()):
            self._fill_actuals(self.snapshot, series)
            return True
        remaining = {a.measured_on: a.value for a in actuals.values() if a.id != actual_id}
        remaining[changes.get("measured_on", actual.measured_on)] = changes.get(
            "value", actual.value
        )
        steps: list[Command] = [UpdateRecord("kpi_actual", actual_id, changes, label=label)]
        steps += self._latest_step(kpi, remaining, label)
        refused = self._run(Macro(label, steps))
        if refused:
            self._fill_actuals(self.snapshot, series)
            self._say(
                self.tr("{problem} The actual is unchanged.").format(problem=refused), problem=True
            )
            return False
        self._say(
            self.tr("Changed the actual of {code} dated {date}.").format(code=kpi.code, date=dated)
        )
        return True

    def delete_selected(self) -> bool:
        series = self.current_series()
        ids = self.selected_actual_ids()
        if series is None or not ids:
            return False
        kpi = series.kpi
        actuals = self.snapshot.actuals_by_kpi.get(kpi.id, [])
        gone = [a for a in actuals if a.id in ids]
        remaining = {a.measured_on: a.value for a in actuals if a.id not in ids}
        dates = ", ".join(format_date(a.measured_on, "short") for a in gone)
        count = len(gone)
        label = translate("AdoptionView", "Delete %n actual(s) of {code}", None, count).format(
            code=kpi.code
        )
        steps: list[Command] = [DeleteRecord("kpi_actual", a.id, label=label) for a in gone]
        steps += self._latest_step(kpi, remaining, label)
        refused = self._run(Macro(label, steps))
        if refused:
            self._say(
                self.tr("{problem} Nothing was deleted.").format(problem=refused), problem=True
            )
            return False
        self._say(
            translate(
                "AdoptionView",
                "Deleted %n actual(s) of {code} dated {dates}; Undo brings them back.",
                None,
                count,
            ).format(code=kpi.code, dates=dates)
        )
        return True

    # -- call-outs -----------------------------------------------------------------------------
    def _fill_callouts(self, snap: PlanSnapshot, callouts: list[Any]) -> None:
        self.callouts.clear()
        self.callouts_box.setTitle(
            self.tr("Delivered, not yet successful ({count})").format(
                count=format_number(len(callouts))
            )
        )
        if not callouts:
            empty = QListWidgetItem(
                self.tr("No call-outs: every done item with an adoption KPI meets its target.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.callouts.addItem(empty)
            return
        for callout in callouts:
            row = QListWidgetItem(callout.message)
            row.setData(Qt.ItemDataRole.UserRole, (callout.item_id, callout.kpi_id))
            row.setForeground(QBrush(theme.warning_color()))
            row.setToolTip(self.tr("Click to see the item; double-click to open it on the roadmap"))
            self.callouts.addItem(row)
        QTimer.singleShot(0, self._fit_callouts)

    def _fit_callouts(self) -> None:
        """As tall as the first few call-outs need (wrapped at the list's width), no taller."""
        count = self.callouts.count()
        if not count:
            return
        self.callouts.doItemsLayout()
        shown = self.callouts.item(min(count, CALLOUT_ROWS) - 1)
        bottom = self.callouts.visualItemRect(shown).bottom() + self.callouts.verticalOffset()
        height = bottom + 2 * self.callouts.frameWidth() + 4
        if self.callouts.maximumHeight() != height:
            self.callouts.setFixedHeight(max(height, self.fontMetrics().height() + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())
        QTimer.singleShot(0, self._fit_callouts)

    def _arrange(self, width: int) -> None:
        """Side by side when there is room for the list's columns and the chart, else stacked."""
        wide = width >= WIDE_LAYOUT_PX
        if wide == self._wide:
            return
        self._wide = wide
        if wide:
            self.split.setOrientation(Qt.Orientation.Horizontal)
            self.detail_split.setOrientation(Qt.Orientation.Vertical)
            self.split.setSizes([570, 430])
            self.detail_split.setSizes([620, 380])
        else:
            self.split.setOrientation(Qt.Orientation.Vertical)
            self.detail_split.setOrientation(Qt.Orientation.Horizontal)
            self.split.setSizes([340, 660])
            self.detail_split.setSizes([600, 400])

    def _callout_clicked(self, row: QListWidgetItem) -> None:
        data = row.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        item_id, kpi_id = data
        self.select_kpi(kpi_id)
        self.record_selected.emit("item", item_id)

    def _callout_activated(self, row: QListWidgetItem) -> None:
        data = row.data(Qt.ItemDataRole.UserRole)
        if data:
            self.host.reveal("item", data[0])

    # -- the chart -----------------------------------------------------------------------------
    def draw(self) -> None:
        series = self.current_series()
        if series is None or not series.points:
            self.info = None
            if series is None:
                self.chart_note.setText(
                    self.tr("Choose a KPI on the left to see its actuals over time.")
                )
            else:
                self.chart_note.setText(
                    self.tr(
                        "{kpi} has no dated actuals yet: record the first below (its date and "
                        "value) to start the series."
                    ).format(kpi=f"{series.kpi.code} {series.kpi.name}")
                )
            self.chart_stack.setCurrentWidget(self.chart_note)
            return
        self.chart_stack.setCurrentWidget(self.canvas)
        kpi = series.kpi
        width_in = self.canvas.figure.get_size_inches()[0]
        title = self._fit_title(measures_text(self.snapshot, kpi) or kpi.name, width_in - 0.6)
        self.info = draw_chart(
            KPI_CHART,
            self.canvas.figure,
            self.snapshot,
            kpi_ids=frozenset({kpi.id}),
            title=title,
        )
        self.canvas.draw_idle()

    def _fit_title(self, text: str, width_in: float) -> str:
        """Cut ``text`` with an ellipsis to fit the figure's bold title line."""
        room_pt = width_in * 72

        def fits(candidate: str) -> bool:
            return text_width_pt(candidate, TITLE) * 1.12 <= room_pt  # bold

        if fits(text):
            return text
        words = text.split()
        while len(words) > 1 and not fits(" ".join(words) + "…"):
            words.pop()
        return " ".join(words).rstrip(" –-,") + "…"

    def _hover(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        self.canvas.setToolTip(hit.tooltip if hit else "")

    def _chart_click(self, event: Any) -> None:
        hit = self.info.hit_event(event) if self.info else None
        if hit is None or hit.kind != "kpi_actual":
            return
        for row in range(self.actuals.rowCount()):
            cell = self.actuals.item(row, DATE_COL)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == hit.id:
                self.actuals.selectRow(row)
                self.actuals.scrollToItem(cell)

    def settle(self) -> None:
        self._fit_callouts()
        self.draw()

    # -- what the window asks -------------------------------------------------------------------
    def reveal(self, kind: str, record_id: int) -> bool:
        if kind == "kpi":
            return self.select_kpi(record_id)
        return False

    def current_record(self) -> tuple[str, int] | None:
        kpi_id = self.kpi_id()
        return ("kpi", kpi_id) if kpi_id is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            active = watched is self.actuals
            if active != self._actuals_active:
                self._actuals_active = active
                self.actions_changed.emit()
        return False

    def record_actions(self) -> _ActualActions | None:
        if not self._actuals_active or self.current_series() is None:
            return None
        return _ActualActions(self)

    def focus_main(self) -> None:
        self.kpi_list.setFocus()


class _ActualActions:
    """Edit ▸ Add / Duplicate / Delete on the selected KPI's actuals."""

    kind = "kpi_actual"

    def __init__(self, view: AdoptionView):
        self.view = view

    def selected_ids(self) -> list[int]:
        return self.view.selected_actual_ids()

    def can_add(self) -> bool:
        return not self.view.live.read_only

    def add_record(self) -> None:
        self.view.new_value.setFocus()

    def duplicate_selected(self) -> None:
        """One actual per date: copy the selected value into the form for a new date."""
        ids = self.selected_ids()
        cells = [self.view.actuals.item(r, VALUE_COL) for r in range(self.view.actuals.rowCount())]
        for cell in cells:
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) in ids[-1:]:
                self.view.new_value.setText(cell.text())
        self.view.new_date.setFocus()

    def delete_selected(self) -> None:
        self.view.delete_selected()


register_view(
    ViewSpec(
        "adoption",
        QT_TRANSLATE_NOOP("Views", "Adoption & outcomes"),
        AdoptionView,
        icon="kpis",
        kinds=("kpi",),  # Find still jumps to "KPIs & milestones", listed earlier
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "KPIs over time against their targets; done items whose adoption lags",
        ),
        order=77,
        details=("kpi", "item"),
    )
)
