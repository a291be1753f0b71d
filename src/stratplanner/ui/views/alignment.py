"""Alignment: the objective × item matrix. Type 0-3 in a cell (or pick from its list) to link.

The rationale of the selected cell is edited in the details panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionHeaderV2,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import LINK_LABELS, link_label
from stratplanner.ui.models.alignment_model import AlignmentModel
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, RecordSubset, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.record_table import tool_button

Index = QModelIndex | QPersistentModelIndex
_DIGITS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


class StrengthDelegate(QStyledItemDelegate):
    """A list of the four strengths; picking one sets it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value in LINK_LABELS:
            combo.addItem(f"{value}  {link_label(value)}", value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), 140))
        editor.setGeometry(rect)


class RotatedHeader(QHeaderView):
    """Column headings written upwards, so a matrix column needs only a digit's width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setHighlightSections(True)
        self._height: int | None = None

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._height is None:
            model = self.model()
            metrics = self.fontMetrics()
            widest = 60
            if model is not None:
                for section in range(min(model.columnCount(), 400)):
                    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                    widest = max(widest, metrics.horizontalAdvance(text))
            self._height = min(widest + 18, 170)
        return QSize(hint.width(), self._height)

    def forget_size(self) -> None:
        """The headings changed shape (transposed, filtered): measure them again."""
        self._height = None
        self.updateGeometry()

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        model = self.model()
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        painter.save()
        current = (
            self.selectionModel() is not None
            and self.selectionModel().currentIndex().column() == section
        )
        font = QFont(self.font())
        font.setBold(current)
        painter.setFont(font)
        painter.translate(
            rect.left() + rect.width() / 2 + painter.fontMetrics().ascent() / 2 - 2,
            rect.bottom() - 6,
        )
        painter.rotate(-90)
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, rect.height() - 10
        )
        painter.drawText(0, 0, elided)
        painter.restore()


class ElidedHeader(QHeaderView):
    """Row headings cut with "…" where the header is too narrow (never mid-word without one);
    the model's tooltip holds the whole name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def shown_text(self, section: int) -> str:
        """The heading as painted: whole when it fits, else cut at the right with "…"."""
        model = self.model()
        if model is None:
            return ""
        text = str(model.headerData(section, self.orientation()) or "")
        metrics = QFontMetrics(self._font(section))
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._text_room())

    def _highlighted(self, section: int) -> bool:
        """A row with a selected cell: its heading is written in bold (State_On)."""
        selection = self.selectionModel()
        return (
            self.highlightSections()
            and selection is not None
            and selection.rowIntersectsSelection(section, self.rootIndex())
        )

    def _font(self, section: int) -> QFont:
        model = self.model()
        role_font = model.headerData(section, self.orientation(), Qt.ItemDataRole.FontRole)
        font = QFont(role_font) if isinstance(role_font, QFont) else QFont(self.font())
        if self._highlighted(section):
            font.setBold(True)
        return font

    def _text_room(self) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return max(self.width() - 2 * margin - 4, 0)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = self.shown_text(section)
        if self._highlighted(section):
            option.state |= QStyle.StateFlag.State_On
        painter.save()
        painter.setFont(self._font(section))
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


class AlignmentTable(QTableView):
    """Digits 0-3 set the selected cells; Delete or Backspace unlinks them."""

    def __init__(self, model: AlignmentModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(RotatedHeader(self))
        self.setVerticalHeader(ElidedHeader(self))
        self.setModel(model)
        self.setItemDelegate(StrengthDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setHighlightSections(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        assert isinstance(model, AlignmentModel)
        key = Qt.Key(event.key())
        strength = _DIGITS.get(key)
        if strength is None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            strength = 0
        if strength is not None and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            cells = self.selectionModel().selectedIndexes() or [self.currentIndex()]
            cells = [c for c in cells if c.isValid()][:200]
            if len(cells) == 1:
                model.set_strength(cells[0], strength)
            elif cells:
                model.set_strengths(cells, strength)
            return
        super().keyPressEvent(event)


class AlignmentView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.model = AlignmentModel(host.live, self)
        self.table = AlignmentTable(self.model)
        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter items by code, title or description"))
        self.only_linked = QCheckBox(self.tr("Only linked items"))
        self.only_linked.setToolTip(self.tr("Hide items that support no objective yet"))
        self.transpose_button = tool_button(
            "transpose",
            self.tr("Transpose"),
            self.tr("Swap rows and columns: items as rows, objectives as columns"),
        )
        self.transpose_button.setCheckable(True)
        self.count_label = QLabel()
        legend = MutedLabel(
            self.tr(
                "Type 1 weak · 2 moderate · 3 strong · 0 or Delete to unlink; double-click to pick"
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.filter_box, 1)
        row.addWidget(self.only_linked)
        row.addWidget(self.count_label)
        row.addWidget(self.transpose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

        self.filter_box.textChanged.connect(self._filter_changed)
        self.only_linked.toggled.connect(self._filter_changed)
        self.transpose_button.toggled.connect(self.set_transposed)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._layout_headers)
        self.model.layoutChanged.connect(self._layout_headers)
        self._layout_headers()

    def set_transposed(self, transposed: bool) -> None:
        pair = self.model.pair(self.table.currentIndex())
        self.model.set_transposed(transposed)
        if self.transpose_button.isChecked() != transposed:
            self.transpose_button.setChecked(transposed)
        self._layout_headers()
        if pair:
            self.reveal_pair(*pair)

    def _layout_headers(self) -> None:
        header = self.table.horizontalHeader()
        if isinstance(header, RotatedHeader):
            header.forget_size()
        self.table.verticalHeader().setFixedWidth(min(max(self.width() * 2 // 5, 240), 420))
        self._update_count()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_headers()

    def _update_count(self) -> None:
        items = self.model.item_count
        total = len(self.snapshot.items)
        links = len(self.snapshot.links)
        objectives = self.model.objective_count
        if items != total:
            shown = translate("AlignmentView", "{shown} of %n item(s)", None, total).format(
                shown=format_number(items)
            )
        else:
            shown = translate("AlignmentView", "%n item(s)", None, total)
        self.count_label.setText(
            self.tr("{objectives} × {items} · {links}").format(
                objectives=translate("AlignmentView", "%n objective(s)", None, objectives),
                items=shown,
                links=translate("AlignmentView", "%n link(s)", None, links),
            )
        )

    def _filter_changed(self, *_args: object) -> None:
        self.model.set_item_filter(self.filter_box.text(), self.only_linked.isChecked())
        self._update_count()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pair = self.model.pair(current)
        self.record_selected.emit("link", pair if pair else -1)

    def reveal_pair(self, objective_id: int, item_id: int) -> bool:
        index = self.model.index_of_pair(objective_id, item_id)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- PlanView --------------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        self.model.set_snapshot(snap)
        self._update_count()

    def reveal(self, kind: str, record_id: int) -> bool:
        if kind == "item":
            column = self.model.item_column(record_id)
            if column is None:
                return False
            index = (
                self.model.index(column, 0)
                if self.model.transposed
                else self.model.index(0, column)
            )
        elif kind == "objective":
            row = self.model.objective_row(record_id)
            if row is None:
                return False
            index = self.model.index(0, row) if self.model.transposed else self.model.index(row, 0)
        else:
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def show_subset(self, subset: RecordSubset | None) -> None:
        self.filter_box.clear()

    def current_record(self) -> tuple[str, Any] | None:
        pair = self.model.pair(self.table.currentIndex())
        return ("link", pair) if pair else None

    def focus_main(self) -> None:
        self.table.setFocus()
        if (
            not self.table.currentIndex().isValid()
            and self.model.rowCount()
            and self.model.columnCount()
        ):
            self.table.setCurrentIndex(self.model.index(0, 0))


register_view(
    ViewSpec(
        "alignment",
        QT_TRANSLATE_NOOP("Views", "Alignment"),
        AlignmentView,
        icon="alignment",
        kinds=(),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Which roadmap items serve which objectives, and how strongly",
        ),
        order=40,
        details=("link",),
    )
)
