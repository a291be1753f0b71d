"""Widgets side by side when there is room, one above the other when there isn't."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class SideBySide(QWidget):
    """Widgets side by side when there is room, one above the other when there isn't."""

    ROOM = 360  # pixels

    def __init__(self, *widgets: QWidget):
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            self.box.addWidget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.ROOM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)
