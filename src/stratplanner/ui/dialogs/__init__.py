"""Every modal question the app asks, in one replaceable object.

Widgets never call ``QMessageBox``/``QFileDialog`` themselves; they ask the
``Dialogs`` of their context, which tests replace with scripted answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from stratplanner.i18n import translate
from stratplanner.store.schema import PLAN_SUFFIX


def plan_filter() -> str:
    """The file dialog's filter for plans, in the user's language."""
    return translate("Dialogs", "StratPlanner plans (*{suffix});;All files (*)").format(
        suffix=PLAN_SUFFIX
    )


class Dialogs:
    def open_plan_path(self, parent: QWidget | None, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Dialogs", "Open Plan"), folder, plan_filter()
        )
        return path or None

    def save_plan_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        """A file name for a new plan or a copy (the dialog confirms overwriting)."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, plan_filter())
        if not path:
            return None
        if not path.lower().endswith(PLAN_SUFFIX):
            path += PLAN_SUFFIX
        return path

    def confirm(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def save_file_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> str | None:
        """Where to write an export (the dialog confirms overwriting)."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    def open_file_path(
        self, parent: QWidget | None, title: str, folder: str, file_filter: str
    ) -> str | None:
        """A file to read (an import, another plan to merge)."""
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
        return path or None

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        """One line of text (a team plan address); None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def choose(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: list[str],
        *,
        cancel: bool = True,
    ) -> str | None:
        """One of ``choices`` (button texts, the first is the default); None for Cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        if cancel:
            box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), None)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_url(self, url: QUrl) -> bool:
        """Show a file or page in the system's viewer (tests record it instead)."""
        return QDesktopServices.openUrl(url)


def suggested_path(folder: str, name: str) -> str:
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / name)
