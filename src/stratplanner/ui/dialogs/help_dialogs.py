"""Help ▸ User Guide and Help ▸ Keyboard Shortcuts.

The guide ships inside the package (resources/help/user-guide.md) so it reads
offline and from an installed wheel. The shortcuts list is read from the
window's own actions when it opens, so it names the keys that work, not a
list someone has to keep up to date.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from stratplanner.paths import resource
from stratplanner.ui.actions import shortcut_texts

GUIDE = ("help", "user-guide.md")
#: Keys of special keyboards (a "Find" key, an "Undo" key): listed, they only puzzle.
_DEDICATED_KEYS = {"Find", "Undo", "Redo", "Help", "Save", "Open", "New", "Close", "Quit"}


def _dedicated_keys() -> set[str]:
    """The special keys as the shortcut texts name them: English, and in the user's language
    (Qt's own catalogue names keys in its "QShortcut" context: "Suchen" for Find)."""
    return _DEDICATED_KEYS | {QCoreApplication.translate("QShortcut", k) for k in _DEDICATED_KEYS}


def guide_text() -> str:
    return resource(*GUIDE).read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    """The user guide, rendered from Markdown; web links open in the browser."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("StratPlanner User Guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str, str]]:
    """(keys, command, what it does) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    dedicated = _dedicated_keys()
    for action in actions:
        keys = ", ".join(text for text in shortcut_texts(action) if text and text not in dedicated)
        name = action.objectName()
        if not keys or name in seen:
            continue
        seen.add(name)
        text = action.iconText() or action.text().replace("&", "")
        rows.append((keys, text.rstrip("…"), action.statusTip()))
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, one row each; filled from the window's actions."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("Command"), self.tr("What it does")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "In tables: Enter or F2 edits a cell, Esc cancels, Delete removes the selected "
                "records (asks first)."
            )
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def keys_for(self, command: str) -> str | None:
        """The keys listed for ``command`` (for tests and scripts)."""
        for row in range(self.table.rowCount()):
            keys, name = self.table.item(row, 0), self.table.item(row, 1)
            assert keys is not None and name is not None  # __init__ fills every cell
            if name.text() == command:
                return keys.text()
        return None
