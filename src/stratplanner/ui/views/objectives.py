"""Objectives: themes and their objectives as a tree, with owner, weight, target and support."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.commands import CreateRecord
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.models.objective_model import ObjectiveTreeModel
from stratplanner.ui.record_ops import (
    CannotAdd,
    delete_command,
    duplicate_values,
    new_record_values,
)
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import (
    PlanView,
    RecordActions,
    RecordSubset,
    ViewHost,
    ViewSpec,
    register_view,
)
from stratplanner.ui.widgets.delegates import FieldDelegate
from stratplanner.ui.widgets.record_table import SubsetBar, name_width, tool_button

#: The columns that say what the view is for: how many items back an objective, how strongly.
POINT_FIELDS = ("support", "strength")


class ObjectiveTree(QTreeView):
    def __init__(self, model: ObjectiveTreeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(FieldDelegate(self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setAllColumnsShowFocus(True)
        self._natural: list[int] = []
        self._floors: list[int] = []
        self._user_sized = False
        self._fitting = False
        self.header().setStretchLastSection(False)
        self.header().setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow heading ends in …
        self.header().sectionResized.connect(self._section_resized)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Widths from the headings and the values shown, capped per field."""
        model = self.model()
        assert isinstance(model, ObjectiveTreeModel)
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        ids = model.visible_ids()[:300]
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        natural_widths: list[int] = []
        floors: list[int] = []
        for column, fld in enumerate(model.fields):
            heading = metrics.horizontalAdvance(fld.label) + 18  # no sort arrow in this tree
            widest = 0
            for objective_id in ids:
                text = str(model.index_of(objective_id, column).data() or "")
                widest = max(widest, bold_metrics.horizontalAdvance(text))
            indent = 2 * self.indentation() if column == 0 else 0
            cap = max(fld.width * char + 24, heading)
            natural = min(max(widest + 16 + indent, heading), cap)
            if column == 0:  # the objective's name: readable even on a laptop
                natural = max(natural, name_width(self) + indent)
            natural_widths.append(natural)
            # the others down to about six characters (a German heading such as
            # "Verantwortlich" is wider than the values under it): headings and cells elide;
            # a weight or a target quarter stays whole
            floor = min(heading, natural, 6 * char + 24)
            if fld.numeric or fld.editor == "quarter":
                floor = min(natural, max(widest + 16, floor))
            floors.append(min(name_width(self) + indent, natural) if column == 0 else floor)
        self._natural, self._floors = natural_widths, floors
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """The objective's name takes the room left. In a small window the columns give up
        room in turn: owner, business unit, weight and target first (to about six characters,
        elided), then the name down to a readable width, and only then the support columns,
        which carry the view's point (is each objective backed, and how strongly)."""
        if not self._natural:
            return
        model = self.model()
        assert isinstance(model, ObjectiveTreeModel)
        widths = list(self._natural)
        floors = self._floors
        spare = self.viewport().width() - sum(widths)
        if spare >= 0:
            widths[0] += spare
        point = [c for c, f in enumerate(model.fields) if f.name in POINT_FIELDS]
        others = [c for c in range(1, len(widths)) if c not in point]
        for group in (others, [0], point):
            if spare >= 0:
                break
            room = sum(widths[c] - floors[c] for c in group)
            if room <= 0:
                continue
            take = min(-spare, room)
            for c in group:
                widths[c] -= -(-(widths[c] - floors[c]) * take // room)  # rounded up
            spare = self.viewport().width() - sum(widths)
        self._fitting = True
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._fitting = False

    def _section_resized(self, *_args: object) -> None:
        if not self._fitting:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self._fit_to_width()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event)
        ):
            return
        super().keyPressEvent(event)


class ObjectivesView(PlanView):
    kind = "objective"

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.model = ObjectiveTreeModel(host.live, parent=self)
        self.tree = ObjectiveTree(self.model)
        self.tree.expandAll()
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(
            self.tr("Filter objectives by code, title or description")
        )
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.returnPressed.connect(self.tree.setFocus)
        self.count_label = QLabel()
        self.subset_bar = SubsetBar()
        self.subset_bar.cleared.connect(lambda: self.show_subset(None))
        self._subset: RecordSubset | None = None

        self.add_button = tool_button(
            "add",
            self.tr("Add"),
            self.tr("Add an objective under the selected theme"),
            self.add_record,
        )
        self.duplicate_button = tool_button(
            "duplicate",
            self.tr("Duplicate"),
            self.tr("Duplicate the selected objectives"),
            self.duplicate_selected,
        )
        self.delete_button = tool_button(
            "delete",
            self.tr("Delete"),
            self.tr("Delete the selected objectives"),
            self.delete_selected,
        )
        row = QHBoxLayout()
        row.addWidget(self.filter_box, 1)
        row.addWidget(self.count_label)
        row.addSpacing(8)
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        hint = MutedLabel(
            self.tr("Drop roadmap items on an objective to link them. Themes are in bold.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.subset_bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        selection = self.tree.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        self._update_count()

    # -- showing -------------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        before = set(self.model.visible_ids())
        self.model.set_snapshot(snap)
        for objective_id in self.model.visible_ids():
            if objective_id not in before:
                self.tree.expand(self.model.index_of(objective_id))
        self._update_count()
        self._selection_changed()

    def _filter(self, text: str) -> None:
        subset = self._subset.ids if self._subset else None
        self.model.set_filter(text, subset)
        self.tree.expandAll()
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.snapshot.objectives)
        themes = sum(1 for o in self.snapshot.objectives if self.snapshot.is_theme(o.id))
        if self.model.filtered:
            shown = len(self.model.visible_ids())
            self.count_label.setText(
                self.tr("{shown} of {total}").format(
                    shown=format_number(shown), total=format_number(total)
                )
            )
        else:
            self.count_label.setText(
                self.tr("{objectives} in {themes}").format(
                    objectives=translate("ObjectivesView", "%n objective(s)", None, total),
                    themes=translate("ObjectivesView", "%n theme(s)", None, themes),
                )
            )

    def show_subset(self, subset: RecordSubset | None) -> None:
        self._subset = subset
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self.subset_bar.show_label(
            "" if subset is None else f"{subset.label} ({format_number(len(subset.ids or ()))})"
        )
        self._filter("")

    def reveal(self, kind: str, record_id: int) -> bool:
        if kind != "objective":
            return False
        index = self.model.index_of(record_id)
        if not index.isValid():
            self.filter_box.clear()
            self.show_subset(None)
            index = self.model.index_of(record_id)
        if not index.isValid():
            return False
        self._select([record_id])
        return True

    def _select(self, ids: list[int]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        for objective_id in ids:
            index = self.model.index_of(objective_id)
            if index.isValid():
                self.tree.expand(index.parent())
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        first = self.model.index_of(ids[0]) if ids else QModelIndex()
        if first.isValid():
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.scrollTo(first)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.record_selected.emit("objective", current.internalId() if current.isValid() else -1)

    def _selection_changed(self) -> None:
        writable = not self.live.read_only
        selected = bool(self.selected_ids())
        self.add_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)
        self.actions_changed.emit()

    def current_record(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        return ("objective", index.internalId()) if index.isValid() else None

    def focus_main(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid() and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    # -- RecordActions -------------------------------------------------------------------
    def record_actions(self) -> RecordActions | None:
        return self

    def selected_ids(self) -> list[int]:
        rows = self.tree.selectionModel().selectedRows()
        return [i.internalId() for i in rows]

    def can_add(self) -> bool:
        return not self.live.read_only

    def add_record(self) -> None:
        snap = self.snapshot
        current = self.current_record()
        try:
            values = new_record_values(
                snap, "objective", objective_id=current[1] if current else None
            )
        except CannotAdd as exc:
            self.live.refused.emit(str(exc))
            return
        command = CreateRecord("objective", values)
        if self.live.execute(command) and command.record_id is not None:
            self._edit_new(command.record_id)

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        created = []
        count = len(ids)
        if count > 1:
            self.live.undo_stack.beginMacro(
                translate("ObjectivesView", "Duplicate %n objective(s)", None, count)
            )
        try:
            for objective_id in ids:
                snap = self.snapshot
                command = CreateRecord(
                    "objective",
                    duplicate_values(snap, "objective", snap.objective_by_id[objective_id]),
                )
                if not self.live.execute(command):
                    break
                created.append(command.record_id)
        finally:
            if len(ids) > 1:
                self.live.undo_stack.endMacro()
        if len(created) == 1 and created[0] is not None:
            self._edit_new(created[0])
        elif created:
            self._select([c for c in created if c is not None])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = len(ids)
        title = translate("ObjectivesView", "Delete %n objective(s)", None, count)
        text = self.live.session.delete_summary("objective", ids)
        if self.host.confirm(title, text, self.tr("Delete")):
            self.live.execute(delete_command(self.snapshot, "objective", ids))

    def _edit_new(self, objective_id: int) -> None:
        if not self.model.index_of(objective_id).isValid():
            self.filter_box.clear()
            self.show_subset(None)
        self._select([objective_id])
        index = self.model.index_of(objective_id)
        self.tree.setFocus()
        self.tree.edit(index)


register_view(
    ViewSpec(
        "objectives",
        QT_TRANSLATE_NOOP("Views", "Objectives"),
        ObjectivesView,
        icon="objectives",
        kinds=("objective",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Themes and objectives with owners, targets and the items that support them",
        ),
        order=20,
        details=("objective",),
    )
)
