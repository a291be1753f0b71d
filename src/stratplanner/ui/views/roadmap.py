"""Roadmap items: every field in a sortable, filterable, editable table.

Beside it, the objectives as drop targets: drag items from the table onto an
objective to link them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import ITEM_FIELDS
from stratplanner.ui.models.objective_model import ObjectiveTreeModel
from stratplanner.ui.models.table_model import RecordFilter
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import (
    PlanView,
    RecordActions,
    RecordSubset,
    ViewHost,
    ViewSpec,
    register_view,
)
from stratplanner.ui.widgets.filter_widgets import ChoiceFilterButton, QuarterFilter
from stratplanner.ui.widgets.flow_layout import FlowLayout
from stratplanner.ui.widgets.record_table import RecordTable, tool_button


class ObjectiveDropPane(QWidget):
    """A compact objective tree that links the items dropped on it."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ObjectiveTreeModel(host.live, compact=True, parent=self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        heading = str(self.model.headerData(1, Qt.Orientation.Horizontal) or "")
        self.tree.header().resizeSection(1, self.fontMetrics().horizontalAdvance(heading) + 24)
        self.tree.setIndentation(14)
        self.setMinimumWidth(220)
        self.tree.expandAll()
        hint = MutedLabel(self.tr("Drag roadmap items onto an objective to link them."))
        hint.setWordWrap(True)
        title = QLabel("<b>{}</b>".format(self.tr("Link to objectives")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)

    def refresh(self, snap: PlanSnapshot) -> None:
        had = self.model.rowCount()
        self.model.set_snapshot(snap)
        if not had:
            self.tree.expandAll()


class RoadmapView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        fields = ITEM_FIELDS
        self.table = RecordTable(
            host,
            "item",
            fields=fields,
            draggable=True,
            filter_hint=self.tr("Filter by code, title or description"),
            own_toolbar=False,
        )
        self.table.current_changed.connect(self.record_selected)
        self.table.selection_changed.connect(self.actions_changed)

        self.status_filter = ChoiceFilterButton(self.tr("Status"))
        self.category_filter = ChoiceFilterButton(self.tr("Category"))
        self.unit_filter = ChoiceFilterButton(self.tr("Business unit"))
        self._sponsor_ids: set[int] = set()
        self.sponsor_filter = _SponsorCombo(lambda: self._fill_sponsors(self.snapshot))
        self.sponsor_filter.setEditable(True)
        self.sponsor_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sponsor_filter.setToolTip(self.tr("Show only items with this sponsor"))
        self.sponsor_filter.setMinimumContentsLength(14)
        self.sponsor_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.from_filter = QuarterFilter(self.tr("From: any quarter"))
        self.from_filter.setToolTip(self.tr("Show only items running in or after this quarter"))
        self.to_filter = QuarterFilter(self.tr("To: any quarter"))
        self.to_filter.setToolTip(self.tr("Show only items running in or before this quarter"))
        self.clear_button = tool_button(
            "clear-filter",
            self.tr("Clear filters"),
            self.tr("Show every roadmap item again"),
            self.clear_filters,
        )
        pane_tip = self.tr("Show the objectives beside the table to link items by dragging")
        self.pane_button = tool_button("link", self.tr("Objectives"), pane_tip)
        self.pane_button.setCheckable(True)
        self.pane_button.setToolTip(pane_tip)

        filters = FlowLayout()
        for widget in (
            self.status_filter,
            self.category_filter,
            self.unit_filter,
            self.sponsor_filter,
            self.from_filter,
            self.to_filter,
            self.clear_button,
            # with the filters, not beside the text box: the German hint needs that room
            self.pane_button,
        ):
            filters.addWidget(widget)

        self.pane = ObjectiveDropPane(host)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self.table.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        for button in (self.status_filter, self.category_filter, self.unit_filter):
            button.changed.connect(self._filters_changed)
        self.sponsor_filter.currentIndexChanged.connect(self._filters_changed)
        self.from_filter.currentIndexChanged.connect(self._filters_changed)
        self.to_filter.currentIndexChanged.connect(self._filters_changed)
        self.pane_button.toggled.connect(self.pane.setVisible)
        self._pane_decided = False

        self._fill_choices(self.snapshot)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._pane_decided:
            # The objectives beside the table when there is room for both; a click away otherwise.
            self._pane_decided = True
            self.pane_button.setChecked(self.window().width() >= 1500)
            self.pane.setVisible(self.pane_button.isChecked())
        super().showEvent(event)

    # -- filters -------------------------------------------------------------------------
    def _fill_choices(self, snap: PlanSnapshot) -> None:
        """Filter choices from the plan (sponsors, business units, horizon)."""
        self._choice_sources = (snap.people, snap.business_units, snap.info)
        by_name = {f.name: f for f in ITEM_FIELDS}
        self.status_filter.set_choices(
            [(label, value) for value, label in by_name["status"].labels.items()]
        )
        self.category_filter.set_choices(
            [(label, value) for value, label in by_name["category"].labels.items()]
        )
        units = sorted(snap.business_units, key=lambda u: u.name.casefold())
        self.unit_filter.set_choices(
            [(u.name, u.id) for u in units] + [(self.tr("No business unit"), None)]
        )
        self._fill_sponsors(snap, force=True)
        self.from_filter.set_horizon(snap)
        self.to_filter.set_horizon(snap)

    def _fill_sponsors(self, snap: PlanSnapshot, *, force: bool = False) -> None:
        """The people who sponsor an item (refreshed when the list opens)."""
        ids = _sponsor_ids(snap)
        if not force and ids == self._sponsor_ids:
            return
        self._sponsor_ids = ids
        sponsors = sorted(
            (snap.person_by_id[p] for p in ids if p in snap.person_by_id),
            key=lambda p: p.name.casefold(),
        )
        current = self.sponsor_filter.currentData()
        self.sponsor_filter.blockSignals(True)
        self.sponsor_filter.clear()
        self.sponsor_filter.addItem(self.tr("Any sponsor"), -1)
        for person in sponsors:
            label = (
                person.name if person.active else self.tr("{name} (left)").format(name=person.name)
            )
            self.sponsor_filter.addItem(label, person.id)
        names = [self.sponsor_filter.itemText(i) for i in range(self.sponsor_filter.count())]
        completer = QCompleter(names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sponsor_filter.setCompleter(completer)
        index = self.sponsor_filter.findData(current) if current is not None else 0
        self.sponsor_filter.setCurrentIndex(max(index, 0))
        self.sponsor_filter.blockSignals(False)

    def current_filter(self) -> RecordFilter:
        base = self.table.model.filter
        flt = replace(
            base,
            text=self.table.filter_box.text(),
            values=(),
            first_quarter=self.from_filter.quarter(),
            last_quarter=self.to_filter.quarter(),
        )
        flt = flt.with_values("status", self.status_filter.selected())
        flt = flt.with_values("category", self.category_filter.selected())
        flt = flt.with_values("business_unit_id", self.unit_filter.selected())
        sponsor = self.sponsor_filter.currentData()
        return flt.with_values(
            "sponsor_id", frozenset({sponsor}) if sponsor not in (None, -1) else frozenset()
        )

    def _filters_changed(self, *_args: object) -> None:
        self.table.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for button in (self.status_filter, self.category_filter, self.unit_filter):
            button.select(frozenset())
        for combo in (self.sponsor_filter, self.from_filter, self.to_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.table.set_filter(RecordFilter())

    # -- PlanView ----------------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        self.table.refresh(snap)
        if self.pane.isVisible():
            self.pane.refresh(snap)
        else:
            self.pane.model.set_snapshot(snap)
        sources = (snap.people, snap.business_units, snap.info)
        if any(a is not b for a, b in zip(sources, self._choice_sources, strict=True)):
            self._fill_choices(snap)

    def reveal(self, kind: str, record_id: int) -> bool:
        if kind != "item":
            return False
        if self.table.model.row_of(record_id) is None:
            self.clear_filters()
        return self.table.reveal(record_id)

    def show_subset(self, subset: RecordSubset | None) -> None:
        self.clear_filters()
        if subset is None:
            return
        if subset.ids is None:
            presets = dict(subset.values)
            self.status_filter.select(presets.get("status", frozenset()))
            self.category_filter.select(presets.get("category", frozenset()))
            self.table.set_filter(self.current_filter())
            return
        self.table.show_subset(subset)

    def current_record(self) -> tuple[str, int] | None:
        record_id = self.table.current_id()
        return None if record_id is None else ("item", record_id)

    def record_actions(self) -> RecordActions | None:
        return self.table

    def focus_main(self) -> None:
        self.table.view.setFocus()


class _SponsorCombo(QComboBox):
    """A searchable combo whose list is brought up to date when it opens."""

    def __init__(self, before_popup: Callable[[], None]):
        super().__init__()
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


def _sponsor_ids(snap: PlanSnapshot) -> set[int]:
    return {i.sponsor_id for i in snap.items if i.sponsor_id is not None}


register_view(
    ViewSpec(
        "roadmap",
        QT_TRANSLATE_NOOP("Views", "Roadmap items"),
        RoadmapView,
        icon="roadmap",
        kinds=("item",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Every roadmap item with all its fields: sort, filter, edit",
        ),
        order=30,
        details=("item",),
    )
)
