"""Every modal question the app asks, in one replaceable object.

Widgets never call ``QMessageBox``/``QFileDialog`` themselves; they ask the
``Dialogs`` of their context, which tests replace with scripted answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stratplanner.store.schema import PLAN_SUFFIX

PLAN_FILTER = f"StratPlanner plans (*{PLAN_SUFFIX});;All files (*)"


class Dialogs:
    def open_plan_path(self, parent: QWidget | None, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Open Plan", folder, PLAN_FILTER)
        return path or None

    def save_plan_path(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        """A file name for a new plan or a copy (the dialog confirms overwriting)."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, PLAN_FILTER)
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


def suggested_path(folder: str, name: str) -> str:
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / name)
