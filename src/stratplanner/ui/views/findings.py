"""Findings: the problems the analysis raises, one sentence each, filterable by kind.

Read from the snapshot once per plan revision (kept in ``doc.cache``); a
double-click or Enter opens the record in its own view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import FINDING_KINDS, Finding, PlanAnalysis
from stratplanner.analysis.findings import finding_label, finding_meaning
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.models.table_model import cell_tooltip
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


def cached(live: LivePlan, key: str, compute: Callable[[PlanSnapshot], T]) -> T:
    """``compute(snapshot)`` once per plan revision, kept in ``doc.cache`` (emptied on a change)."""
    snap = live.snapshot
    entry = live.document.cache.get(key)
    if entry is None or entry[0] is not snap:
        entry = (snap, compute(snap))
        live.document.cache[key] = entry
    return entry[1]


def plan_analysis(live: LivePlan) -> PlanAnalysis:
    """The plan's analysis, brought up to date after an edit by redoing only what it touched."""
    return live.analysis()


#: How the Record column names a finding's record, by its kind.
RECORD_NAMES = {
    "objective": QT_TRANSLATE_NOOP("FindingsModel", "Objective {code}"),
    "item": QT_TRANSLATE_NOOP("FindingsModel", "Item {code}"),
    "team": QT_TRANSLATE_NOOP("FindingsModel", "Team {code}"),
}


class FindingsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Kind"),
        QT_TRANSLATE_NOOP("FindingsModel", "Record"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return finding_label(finding.kind)
            if index.column() == 1:
                name = RECORD_NAMES.get(finding.record_kind)
                if name is None:
                    return f"{finding.record_kind.capitalize()} {finding.code}"
                return translate("FindingsModel", name).format(code=finding.code)
            return finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text a narrow column cuts, then (for the kind) what it means.
            meaning = finding_meaning(finding.kind) if index.column() == 0 else None
            return cell_tooltip(str(self.data(index)), meaning)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("FindingsModel", self.HEADERS[section])
        return None


class FindingsTable(QTableView):
    """Enter opens the current finding's record, like a double-click."""

    def __init__(self, open_current: Callable[[], None]):
        super().__init__()
        self._open_current = open_current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        super().keyPressEvent(event)


class FindingsView(PlanView):
    KIND_ORDER = tuple(FINDING_KINDS)

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self._fitting = False
        self.kind_filter = QComboBox()
        self.kind_filter.setToolTip(self.tr("Show findings of one kind only"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in FINDING_KINDS:
            self.kind_filter.addItem(finding_label(kind), kind)
            self.kind_filter.setItemData(
                self.kind_filter.count() - 1, finding_meaning(kind), Qt.ItemDataRole.ToolTipRole
            )
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh(self.snapshot))
        self.summary = MutedLabel()
        self.model = FindingsModel()
        self.table = FindingsTable(self.open_current)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self._fit_rows())
        self.table.setToolTip(
            self.tr("Select a finding to see its record; double-click or Enter opens it")
        )
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        row = QHBoxLayout()
        label = QLabel(self.tr("&Kind:"))
        label.setBuddy(self.kind_filter)
        row.addWidget(label)
        row.addWidget(self.kind_filter)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.refresh(self.snapshot)

    def refresh(self, snap: PlanSnapshot) -> None:
        findings = list(plan_analysis(self.live).findings)
        kind = self.kind_filter.currentData()
        shown = [f for f in findings if kind is None or f.kind == kind]
        current = self.current_finding()
        self.model.set_findings(shown)
        self._fit_rows()
        count = len(findings)
        total = translate("FindingsView", "%n finding(s)", None, count)
        self.summary.setText(
            self.tr("{shown} of {total}").format(shown=format_number(len(shown)), total=total)
            if kind
            else total
        )
        if not findings:
            self.empty.setText(
                self.tr(
                    "No findings: every objective is supported, every item serves an objective "
                    "and has a sponsor, and no team is overbooked."
                )
            )
        elif not shown:
            self.empty.setText(
                self.tr("No findings of this kind. Choose “All kinds” to see the others.")
            )
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        if current is not None and current in shown:
            self.table.selectRow(shown.index(current))

    def _fit_rows(self) -> None:
        """Wrap long sentences; skipped on huge lists, where measuring every row would stall."""
        if self._fitting or self.model.rowCount() > 500:
            return
        self._fitting = True  # rows resized can toggle the scroll bar and resize columns again
        try:
            self.table.resizeRowsToContents()
        finally:
            self._fitting = False

    def current_finding(self) -> Finding | None:
        row = self.table.currentIndex().row()
        return self.model.findings[row] if 0 <= row < len(self.model.findings) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.record_selected.emit(finding.record_kind, finding.record_id)

    def open_current(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.host.reveal(finding.record_kind, finding.record_id)

    def current_record(self) -> tuple[str, int] | None:
        finding = self.current_finding()
        return None if finding is None else (finding.record_kind, finding.record_id)

    def focus_main(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)


register_view(
    ViewSpec(
        "findings",
        QT_TRANSLATE_NOOP("Views", "Findings"),
        FindingsView,
        icon="warning",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "What the analysis says to fix: unsupported objectives, orphan items, "
            "missing sponsors, overbooked teams",
        ),
        order=62,
        details=("objective", "item", "team"),
    )
)
