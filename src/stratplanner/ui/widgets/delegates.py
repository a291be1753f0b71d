"""The item delegate that gives every table cell the editor its field needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stratplanner.ui.fields import InputError
from stratplanner.ui.widgets.editors import (
    FieldEditor,
    MultiLineEditor,
    commits_on_pick,
    create_editor,
)

Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """Works with any model that has ``field_at``, ``value_at``, ``set_field_value``,
    ``refuse`` and ``snapshot`` (the record tables and the objective tree)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model: Any = index.model()
        fld = model.field_at(index)
        if fld is None or not fld.editable or fld.editor == "bool":
            # Qt takes a null editor as "not editable"; the stub's return type has no None.
            return None  # type: ignore[return-value]
        editor = create_editor(fld, model.snapshot, parent)
        editor.setAutoFillBackground(True)
        if commits_on_pick(editor) or isinstance(editor, MultiLineEditor):
            editor.committed.connect(lambda e=editor: self._commit_and_close(e))
        return editor

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter in a list editor commits and is used up (it must not reopen the cell)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(editor, QWidget)
            and commits_on_pick(editor)
        ):
            self._commit_and_close(editor)
            return True
        return super().eventFilter(editor, event)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model: Any = index.model()
        if model.field_at(index) is None:
            super().setEditorData(editor, index)
            return
        assert isinstance(editor, FieldEditor)  # createEditor made it for this field
        editor.set_value(model.value_at(index))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if model.field_at(index) is None:
            super().setModelData(editor, model, index)
            return
        assert isinstance(editor, FieldEditor)  # createEditor made it for this field
        try:
            value = editor.value()
        except InputError as exc:
            model.refuse(str(exc))
            return
        model.set_field_value(index, value)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if not isinstance(editor, MultiLineEditor):
            super().updateEditorGeometry(editor, option, index)
            return
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), 380))
        rect.setHeight(max(rect.height() * 5, 120))
        parent = editor.parentWidget()
        area = parent.rect() if parent else rect
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        if rect.right() > area.right():
            rect.moveRight(area.right())
        editor.setGeometry(rect)
