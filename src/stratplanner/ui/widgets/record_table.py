"""A table of one kind of record with its filter box, counts, and add/duplicate/delete.

Used for every flat list of the plan (roadmap items, people, teams, KPIs…);
the roadmap view adds its own filters beside the text box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratplanner.commands import CreateRecord
from stratplanner.i18n import format_number
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.fields import Field
from stratplanner.ui.icons import set_icon
from stratplanner.ui.models.table_model import RecordFilter, RecordTableModel
from stratplanner.ui.record_ops import (
    CannotAdd,
    add_one_text,
    count_text,
    delete_command,
    duplicate_values,
    kind_noun,
    kind_nouns,
    new_record_values,
)
from stratplanner.ui.views import RecordSubset, ViewHost
from stratplanner.ui.widgets.delegates import FieldDelegate


def plural_title(kind: str) -> str:
    """'roadmap items', 'people' … in the user's language."""
    return kind_nouns(kind)


def tool_button(icon_name: str, text: str, tip: str, slot: Any = None) -> QToolButton:
    """A flat toolbar button with an icon and its text beside it."""
    button = QToolButton()
    set_icon(button, icon_name)
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    if slot is not None:
        button.clicked.connect(slot)
    return button


class RecordTableView(QTableView):
    """A QTableView set up for records: row selection, field editors, fixed row height."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(FieldDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty_text = ""
        self.apply_column_widths(model.fields)

    def apply_column_widths(self, fields: Sequence[Field]) -> None:
        """Widths from the header and a sample of the values, capped per field."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        model = self.model()
        assert isinstance(model, RecordTableModel)
        sample = model.records()[:200]
        snap = model.snapshot
        self._capped: list[int] = []
        self._wanted: list[int] = []
        #: How narrow a column may get in a small window: 12 characters or its heading, a name's.
        self._floors: list[int] = []
        for fld in fields:
            heading = metrics.horizontalAdvance(fld.header(snap)) + 28
            cap = max(fld.width * char + 16, heading)
            texts = (fld.text(snap, r)[:200] for r in sample)
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
            floor = name_width(self) if fld.name in NAME_FIELDS else 0
            if fld.editor == "choice" and fld.choices:  # a status stays whole: "Abgeschlossen"
                longest = max(metrics.horizontalAdvance(t) for t in fld.labels.values()) + 16
                cap, floor = max(cap, longest), max(floor, longest)
            self._wanted.append(max(min(max(widest, heading), 700), floor))
            self._capped.append(max(min(max(widest, heading), cap), floor))
            # Codes, quarters and amounts stay whole; long text gives up room first.
            compact = max(heading, 12 * char + 16)
            self._floors.append(max(floor, min(compact, self._capped[-1])))
        self._user_sized = False
        self._fit_to_width()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._section_resized)

    def _fit_to_width(self) -> None:
        """Give room that is left over to the columns whose text is cut short."""
        widths = list(self._capped)
        spare = self.viewport().width() - sum(widths)
        short = [c for c, (w, cap) in enumerate(zip(self._wanted, widths, strict=True)) if w > cap]
        if spare < 0:  # a small window: every column gives up room down to its heading
            room = sum(w - f for w, f in zip(widths, self._floors, strict=True))
            if room > 0:
                take = min(-spare, room)
                widths = [
                    w - (w - f) * take // room for w, f in zip(widths, self._floors, strict=True)
                ]
        elif spare > 0 and short:
            missing = sum(self._wanted[c] - widths[c] for c in short)
            for c in short:
                widths[c] += min(
                    self._wanted[c] - widths[c], spare * (self._wanted[c] - widths[c]) // missing
                )
        self._fitting = True
        for column, width in enumerate(widths):
            self.horizontalHeader().resizeSection(column, width)
        self._fitting = False

    def _section_resized(self, column: int, *_args: object) -> None:
        # The stretched last column follows the window; only the user's drag counts.
        last = column == self.horizontalHeader().count() - 1
        if not getattr(self, "_fitting", False) and not last:
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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(theme.muted_text())
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()


class SubsetBar(QWidget):
    """'Showing 4 orphan items — Show all': a clicked key figure's records, and the way back."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self._label = QLabel()
        self._button = QToolButton()
        self._button.setText(self.tr("Show all"))
        self._button.setToolTip(self.tr("Leave this selection and show every record again"))
        self._button.clicked.connect(self.cleared)
        layout.addWidget(QLabel(self.tr("<b>Showing:</b>")))
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self.setAutoFillBackground(True)
        self.hide()

    def show_label(self, text: str) -> None:
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.info_background())
        self.setPalette(palette)
        self._label.setText(text)
        self.setVisible(bool(text))


#: The column that names a record is never narrower than this many average characters.
NAME_CHARS = 26
NAME_FIELDS = ("name", "title")


def name_width(widget: QWidget) -> int:
    """Pixels for a readable name (``NAME_CHARS`` average characters and the cell's margins)."""
    return NAME_CHARS * widget.fontMetrics().averageCharWidth() + 16


class RecordTable(QWidget):
    """Filterable, editable table of one kind of record; implements ``RecordActions``."""

    #: (kind, id) of the current row; -1 when there is none.
    current_changed = Signal(str, object)
    selection_changed = Signal()

    def __init__(
        self,
        host: ViewHost,
        kind: str,
        *,
        fields: Sequence[Field] | None = None,
        draggable: bool = False,
        filter_hint: str = "",
        own_toolbar: bool = True,
        parent: QWidget | None = None,
    ):
        """``own_toolbar=False`` leaves ``self.toolbar`` for the view to place."""
        super().__init__(parent)
        self.host = host
        self.kind = kind
        self.model = RecordTableModel(host.live, kind, fields, draggable=draggable, parent=self)
        self.view = RecordTableView(self.model, self)
        if draggable:
            self.view.setDragEnabled(True)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
            self.view.setDefaultDropAction(Qt.DropAction.LinkAction)

        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(
            filter_hint or self.tr("Filter {records}").format(records=plural_title(kind))
        )
        self.filter_box.setToolTip(self.tr("Show only records containing these words"))
        self.filter_box.textChanged.connect(self._text_changed)
        self.filter_box.returnPressed.connect(self.view.setFocus)
        self.count_label = QLabel()
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        label = plural_title(kind)
        self.add_button = tool_button("add", self.tr("Add"), add_one_text(kind), self.add_record)
        self.duplicate_button = tool_button(
            "duplicate",
            self.tr("Duplicate"),
            self.tr("Duplicate the selected {records}").format(records=label),
            self.duplicate_selected,
        )
        self.delete_button = tool_button(
            "delete",
            self.tr("Delete"),
            self.tr("Delete the selected {records}").format(records=label),
            self.delete_selected,
        )

        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.filter_box, 1)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addSpacing(8)
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            self.toolbar.addWidget(button)

        self.subset_bar = SubsetBar()
        self.subset_bar.cleared.connect(lambda: self.show_subset(None))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if own_toolbar:
            layout.addLayout(self.toolbar)
        layout.addWidget(self.subset_bar)
        layout.addWidget(self.view, 1)

        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        selection.selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.layoutChanged.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self._update_counts()
        self._selection_changed()
        self._search_prepared = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._search_prepared:
            self._search_prepared = True
            QTimer.singleShot(250, self.model, self.model.prepare_search)

    # -- showing -------------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        self.model.set_snapshot(snap)
        self._update_counts()
        self._selection_changed()

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        label = plural_title(self.kind)
        self.count_label.setText(
            self.tr("{shown} of {total}").format(
                shown=format_number(shown), total=format_number(total)
            )
            if shown != total
            else count_text(self.kind, total)
        )
        if total == 0:
            if self.host.live.read_only:
                empty = self.tr("No {records} yet.").format(records=label)
            else:
                empty = self.tr("No {records} yet. Click Add to create one.").format(records=label)
        else:
            empty = self.tr("No {records} match the filter.").format(records=label)
        if empty != self.view.empty_text or shown == 0:
            self.view.empty_text = empty
            self.view.viewport().update()

    def _text_changed(self, text: str) -> None:
        self.model.set_filter(replace(self.model.filter, text=text))
        self._update_counts()

    def set_filter(self, record_filter: RecordFilter) -> None:
        self.model.set_filter(record_filter)
        if self.filter_box.text() != record_filter.text:
            self.filter_box.blockSignals(True)
            self.filter_box.setText(record_filter.text)
            self.filter_box.blockSignals(False)
        self.subset_bar.show_label(record_filter.subset_label)
        self._update_counts()

    def show_subset(self, subset: RecordSubset | None) -> None:
        base = RecordFilter()
        if subset is None:
            self.set_filter(base)
            return
        count = f" ({format_number(len(subset.ids))})" if subset.ids is not None else ""
        self.set_filter(
            RecordFilter(values=subset.values, subset=subset.ids, subset_label=subset.label + count)
        )

    def reveal(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None and self.model.filter.active:
            self.set_filter(RecordFilter())
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_rows([row])
        return True

    def select_rows(self, rows: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            column = max(self.view.currentIndex().column(), 0)
            selection.setCurrentIndex(
                self.model.index(rows[0], column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.view.scrollTo(
                self.model.index(rows[0], column), QAbstractItemView.ScrollHint.PositionAtCenter
            )

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_at(index.row()).id

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(
            self.kind, self.model.record_at(current.row()).id if current.isValid() else -1
        )

    def _selection_changed(self) -> None:
        writable = not self.host.live.read_only
        has_selection = bool(self.selected_ids())
        self.add_button.setEnabled(writable)
        self.duplicate_button.setEnabled(writable and has_selection)
        self.delete_button.setEnabled(writable and has_selection)
        self.selection_changed.emit()

    # -- RecordActions -------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if (
            not rows
            and self.view.currentIndex().isValid()
            and self.view.selectionModel().hasSelection()
        ):
            rows = [self.view.currentIndex().row()]
        return [self.model.record_at(r).id for r in rows]

    def can_add(self) -> bool:
        return not self.host.live.read_only

    def add_record(self) -> None:
        snap = self.host.live.snapshot
        try:
            values = new_record_values(snap, self.kind, **self.host.context_ids())
        except CannotAdd as exc:
            self.host.live.refused.emit(str(exc))
            return
        command = CreateRecord(self.kind, values)
        if self.host.live.execute(command) and command.record_id is not None:
            self._select_and_edit([command.record_id])

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        live = self.host.live
        created: list[int] = []
        if len(ids) > 1:
            live.undo_stack.beginMacro(
                self.tr("Duplicate {records}").format(records=count_text(self.kind, len(ids)))
            )
        try:
            for record_id in ids:
                snap = live.snapshot
                rec = next(r for r in self.model.records() if r.id == record_id)
                try:
                    values = duplicate_values(snap, self.kind, rec)
                except CannotAdd as exc:
                    live.refused.emit(str(exc))
                    break
                command = CreateRecord(self.kind, values)
                if not live.execute(command):
                    break
                if command.record_id is not None:
                    created.append(command.record_id)
        finally:
            if len(ids) > 1:
                live.undo_stack.endMacro()
        if created:
            self._select_and_edit(created, edit=len(created) == 1)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        live = self.host.live
        title = (
            self.tr("Delete {record}").format(record=kind_noun(self.kind))
            if len(ids) == 1
            else self.tr("Delete {records}").format(records=count_text(self.kind, len(ids)))
        )
        text = live.session.delete_summary(self.kind, ids)
        if not self.host.confirm(title, text, self.tr("Delete")):
            return
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        next_row = min(rows) if rows else 0
        if live.execute(delete_command(live.snapshot, self.kind, ids)) and self.model.rowCount():
            self.select_rows([min(next_row, self.model.rowCount() - 1)])

    def _select_and_edit(self, ids: list[int], *, edit: bool = True) -> None:
        rows = [self.model.row_of(i) for i in ids]
        if any(r is None for r in rows):
            self.set_filter(RecordFilter())
            rows = [self.model.row_of(i) for i in ids]
        found = [r for r in rows if r is not None]
        self.select_rows(found)
        if edit and found:
            column = next(
                (c for c, f in enumerate(self.model.fields) if f.name in ("title", "name")), 0
            )
            index = self.model.index(found[0], column)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self.view.edit(index)
