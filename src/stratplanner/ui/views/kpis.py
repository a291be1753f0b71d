"""KPIs and milestones of objectives and items, one above the other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from stratplanner.i18n import QT_TRANSLATE_NOOP
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.views import (
    PlanView,
    RecordActions,
    RecordSubset,
    ViewHost,
    ViewSpec,
    register_view,
)
from stratplanner.ui.widgets.record_table import RecordTable


class KpisView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.kpis = RecordTable(
            host, "kpi", filter_hint=self.tr("Filter KPIs by code, name or what they measure")
        )
        self.milestones = RecordTable(
            host, "milestone", filter_hint=self.tr("Filter milestones by item or title")
        )
        self._active = self.kpis
        splitter = QSplitter(Qt.Orientation.Vertical)
        for table, title in (
            (self.kpis, self.tr("KPIs")),
            (self.milestones, self.tr("Milestones")),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            column.addWidget(heading)
            column.addWidget(table, 1)
            splitter.addWidget(box)
            table.current_changed.connect(self._current_changed)
            table.selection_changed.connect(self.actions_changed)
            table.view.installEventFilter(self)
            table.filter_box.installEventFilter(self)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for table in (self.kpis, self.milestones):
                if watched in (table.view, table.filter_box) and table is not self._active:
                    self._active = table
                    self.actions_changed.emit()
        return False

    def _current_changed(self, kind: str, record_id: object) -> None:
        self._active = self.kpis if kind == "kpi" else self.milestones
        self.record_selected.emit(kind, record_id)
        self.actions_changed.emit()

    def refresh(self, snap: PlanSnapshot) -> None:
        self.kpis.refresh(snap)
        self.milestones.refresh(snap)

    def reveal(self, kind: str, record_id: int) -> bool:
        table = {"kpi": self.kpis, "milestone": self.milestones}.get(kind)
        if table is None:
            return False
        self._active = table
        return table.reveal(record_id)

    def show_subset(self, subset: RecordSubset | None) -> None:
        for table in (self.kpis, self.milestones):
            table.show_subset(subset if subset is not None and subset.kind == table.kind else None)

    def current_record(self) -> tuple[str, int] | None:
        current = self._active.current_id()
        return None if current is None else (self._active.kind, current)

    def record_actions(self) -> RecordActions | None:
        return self._active

    def record_actions_for(self, kind: str) -> RecordActions | None:
        table = {"kpi": self.kpis, "milestone": self.milestones}.get(kind)
        if table is not None:
            self._active = table
        return table

    def focus_main(self) -> None:
        self._active.view.setFocus()


register_view(
    ViewSpec(
        "kpis",
        QT_TRANSLATE_NOOP("Views", "KPIs & milestones"),
        KpisView,
        icon="kpis",
        kinds=("kpi", "milestone"),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "How objectives and items are measured, and their milestones",
        ),
        order=60,
        details=("kpi", "milestone"),
    )
)
