"""The process map's tree: dragging a process onto another asks to move it there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QWidget

#: Where each row keeps its key, ("process" | "application", id).
KEY_ROLE = Qt.ItemDataRole.UserRole


class ProcessTree(QTreeWidget):
    """The process map; dragging a process onto another asks to move it there."""

    #: process id, new parent id (None: the top level).
    move_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if event.source() is self:  # even onto its own sub-process: the refusal says why
            event.accept()

    def drop_parent(self, pos: QPoint) -> tuple[bool, int | None]:
        """(True, parent) for a drop at ``pos``: onto a row puts it under that process,
        between rows beside them, below the map at the top level."""
        target = self.itemAt(pos)
        if target is None:
            return True, None
        rect = self.visualItemRect(target)
        edge = max(rect.height() // 4, 2)
        if rect.top() + edge <= pos.y() <= rect.bottom() - edge:
            return True, target.data(0, KEY_ROLE)[1]
        above = target.parent()
        return True, above.data(0, KEY_ROLE)[1] if above is not None else None

    def dropEvent(self, event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the map is redrawn from the plan
        event.accept()
        dragged = self.currentItem()
        if dragged is None or event.source() not in (self, None):
            return
        _ok, parent_id = self.drop_parent(event.position().toPoint())
        process_id = dragged.data(0, KEY_ROLE)[1]
        if parent_id != process_id:
            self.move_requested.emit(process_id, parent_id)
