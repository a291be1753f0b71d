"""The welcome page: start a plan, open one, try the sample, or pick up a recent plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner import APP_NAME
from stratplanner.ui import theme
from stratplanner.ui.icons import app_icon, icon, set_icon
from stratplanner.ui.theme import MutedLabel


class _RecentDelegate(QStyledItemDelegate):
    """Plan name in bold, its folder beneath in quieter text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        path = Path(str(index.data(Qt.ItemDataRole.UserRole)))
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(
                option.rect,
                theme.blend(palette.color(QPalette.ColorRole.Base), theme.accent(), 0.08),
            )
        icon_rect = option.rect.adjusted(8, 0, 0, 0)
        icon_rect.setWidth(24)
        icon_ = index.data(Qt.ItemDataRole.DecorationRole)
        if icon_ is not None:
            icon_.paint(painter, icon_rect)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(42, 6, -8, -6)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(option.font)
        painter.setPen(text_color if selected else theme.muted_text())
        folder = option.fontMetrics.elidedText(
            str(path.parent), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(rect.adjusted(0, line + 1, 0, 0), Qt.AlignmentFlag.AlignLeft, folder)
        painter.restore()


class RecentList(QListWidget):
    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.itemActivated.connect(
            lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.setAccessibleName(self.tr("Recent plans"))
        self.setUniformItemSizes(True)
        self.setItemDelegate(_RecentDelegate(self))
        self.setIconSize(QSize(24, 24))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.opened.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        title = QLabel(APP_NAME)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        tagline = MutedLabel(
            self.tr("Plan IT strategy together: objectives, roadmap, alignment and capacity.")
        )
        tagline.setWordWrap(True)
        self._tagline = tagline

        self.new_button = self._button(
            "new", self.tr("New plan…"), self.tr("Create an empty plan file")
        )
        self.open_button = self._button("open", self.tr("Open…"), self.tr("Open a plan file"))
        self.sample_button = self._button(
            "sample",
            self.tr("Open the sample plan"),
            self.tr("A three-year roadmap of a retail group, to explore"),
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)

        self.recent = RecentList()
        self.recent.opened.connect(self.recent_requested)
        self._recent_title = QLabel(self.tr("<b>Recent plans</b>"))
        self._no_recent = MutedLabel(self.tr("Plans you open appear here."))

        start = QVBoxLayout()
        start.addWidget(QLabel(self.tr("<b>Start</b>")))
        for button in (self.new_button, self.open_button, self.sample_button):
            start.addWidget(button)
        start.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self._recent_title)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self._no_recent)

        header = QHBoxLayout()
        header.addWidget(logo)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(tagline)
        header.addLayout(words, 1)

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        grid = QGridLayout(card)
        grid.setContentsMargins(32, 28, 32, 28)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(20)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addLayout(start, 1, 0)
        grid.addLayout(recent, 1, 1)
        grid.setColumnStretch(1, 1)
        card.setMaximumWidth(900)
        card.setMinimumHeight(380)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _button(self, icon_name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        set_icon(button, icon_name)
        button.setToolTip(tip)
        button.setMinimumHeight(36)
        button.setMinimumWidth(220)
        button.setStyleSheet("text-align: left; padding-left: 10px;")
        return button

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            p = Path(path)
            missing = not p.exists()
            name = self.tr("{name}  (missing)").format(name=p.stem) if missing else p.stem
            item = QListWidgetItem(icon("open"), name)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name} in {folder}").format(name=p.stem, folder=p.parent),
            )
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if missing:
                item.setForeground(theme.muted_text())
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self._no_recent.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)

    def focus_start(self) -> None:
        (self.recent if self.recent.count() else self.new_button).setFocus()
