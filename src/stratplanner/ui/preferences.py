"""Preferences: the app's own choices (kept in AppSettings, never in a plan). Today: the language.

The language is installed once at start-up (ui/translation.py), because every widget reads
its text as it is built; a new choice takes effect at the next start, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stratplanner import i18n
from stratplanner.ui.settings import AppSettings
from stratplanner.ui.translation import CHOICES, installed_choice


class PreferencesDialog(QDialog):
    """Choose the language (System, English, Deutsch); OK stores it for the next start."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        for code in CHOICES:
            # Each language by its own name, so a user who can't read the current one finds it.
            name = self.tr("System language") if code == "system" else i18n.LANGUAGES[code]
            self.language.addItem(name, code)
        chosen = settings.language if settings.language in CHOICES else "system"
        self.language.setCurrentIndex(self.language.findData(chosen))
        self.language.currentIndexChanged.connect(self._update_note)
        self.note = QLabel()
        self.note.setObjectName("preferencesNote")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._update_note()

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _update_note(self) -> None:
        running = installed_choice() or self.settings.language  # the choice at start-up
        if self.chosen_language == running:
            self.note.setText(self.tr("StratPlanner is shown in this language now."))

        else:
            self.note.setText(
                self.tr(
                    "The new language takes effect the next time you start StratPlanner; "
                    "close it and open it again to see it."
                )
            )

    def accept(self) -> None:
        self.settings.language = self.chosen_language
        super().accept()
