"""People & teams: stakeholders on both sides, delivery teams, business units, and item demands."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
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

_TABS = (
    (
        "person",
        QT_TRANSLATE_NOOP("PeopleView", "People"),
        QT_TRANSLATE_NOOP("PeopleView", "Filter people by name, role, code or business unit"),
    ),
    (
        "team",
        QT_TRANSLATE_NOOP("PeopleView", "Teams"),
        QT_TRANSLATE_NOOP("PeopleView", "Filter teams by name or code"),
    ),
    (
        "demand",
        QT_TRANSLATE_NOOP("PeopleView", "Team demands"),
        QT_TRANSLATE_NOOP("PeopleView", "Filter demands by item or team"),
    ),
    (
        "business_unit",
        QT_TRANSLATE_NOOP("PeopleView", "Business units"),
        QT_TRANSLATE_NOOP("PeopleView", "Filter business units"),
    ),
)


class TabbedTables(PlanView):
    """A view of several record tables in tabs; the visible tab is what Add/Delete act on."""

    #: (kind, tab title, filter hint); the texts marked with QT_TRANSLATE_NOOP in the
    #: ``tabs_context`` context.
    tabs_spec: tuple[tuple[str, str, str], ...] = ()
    tabs_context = "PeopleView"

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tables: dict[str, RecordTable] = {}
        for kind, title, hint in self.tabs_spec:
            table = RecordTable(host, kind, filter_hint=translate(self.tabs_context, hint))
            table_layout = table.layout()
            assert table_layout is not None  # RecordTable lays itself out
            table_layout.setContentsMargins(0, 6, 0, 0)
            table.current_changed.connect(self.record_selected)
            table.selection_changed.connect(self.actions_changed)
            self.tables[kind] = table
            self.tabs.addTab(table, translate(self.tabs_context, title))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def current_table(self) -> RecordTable:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, RecordTable)
        return widget

    def _tab_changed(self, _index: int) -> None:
        table = self.current_table()
        current = table.current_id()
        self.record_selected.emit(table.kind, -1 if current is None else current)
        self.actions_changed.emit()

    def refresh(self, snap: PlanSnapshot) -> None:
        for table in self.tables.values():
            table.refresh(snap)

    def reveal(self, kind: str, record_id: int) -> bool:
        table = self.tables.get(kind)
        if table is None:
            return False
        self.tabs.setCurrentWidget(table)
        return table.reveal(record_id)

    def show_subset(self, subset: RecordSubset | None) -> None:
        if subset is None:
            self.current_table().show_subset(None)
            return
        table = self.tables.get(subset.kind)
        if table is not None:
            self.tabs.setCurrentWidget(table)
            table.show_subset(subset)

    def current_record(self) -> tuple[str, int] | None:
        table = self.current_table()
        current = table.current_id()
        return None if current is None else (table.kind, current)

    def record_actions(self) -> RecordActions | None:
        return self.current_table()

    def record_actions_for(self, kind: str) -> RecordActions | None:
        table = self.tables.get(kind)
        if table is not None:
            self.tabs.setCurrentWidget(table)
        return table

    def focus_main(self) -> None:
        self.current_table().view.setFocus()


class PeopleView(TabbedTables):
    tabs_spec = _TABS


register_view(
    ViewSpec(
        "people",
        QT_TRANSLATE_NOOP("Views", "People & teams"),
        PeopleView,
        icon="people",
        kinds=("person", "team", "demand", "business_unit"),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Stakeholders, delivery teams with their capacity, and what each item asks of them",
        ),
        order=50,
        details=("person", "team", "demand", "business_unit"),
    )
)
