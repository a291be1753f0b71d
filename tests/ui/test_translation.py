"""Languages (issue 18 item 6), the Qt side: the German catalogue loads and is used by Qt's
tr() and by the Qt-free code alike; plural forms, numbers, dates; the command line's
--language; English stays the default."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from gui_helpers import use_catalogues
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QPushButton

from cli_helpers import run
from stratplanner import i18n
from stratplanner.analysis.findings import finding_label
from stratplanner.ui import translation
from stratplanner.ui.actions import Act
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.preferences import PreferencesDialog
from stratplanner.ui.settings import AppSettings

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
WEAK = (
    "%n item(s) link(s) to it only weakly; plan work that moves it, or agree with its owner "
    "that IT has no part in it."
)


def test_german_catalogue_translates_text_numbers_dates_and_plurals(
    qapp: Any, catalogues: Path
) -> None:
    assert translation.install_language("de") == "de"
    assert i18n.language() == "de"
    assert finding_label("orphan_item") == "Verwaistes Vorhaben"
    assert i18n.format_number(1234.5) == "1.234,5"
    assert i18n.format_number(1234.567, 2) == "1.234,57"
    assert i18n.format_money(1.23e6, "EUR", short=True) == "1,2 Mio. EUR"
    assert i18n.format_percent(0.25) == "25 %"
    assert i18n.format_date(date(2027, 3, 7)) == "7. März 2027"
    assert i18n.format_date(date(2027, 3, 7), "short") == "07.03.2027"
    one = i18n.translate("Findings", WEAK, None, 1)
    two = i18n.translate("Findings", WEAK, None, 2)
    assert one.startswith("1 Vorhaben ist nur schwach")
    assert two.startswith("2 Vorhaben sind nur schwach")
    # Qt's own lookup (what self.tr() uses in the widgets) reads the same catalogue
    assert QCoreApplication.translate("Findings", WEAK, None, 2) == two
    assert QCoreApplication.translate("Findings", "Orphan item") == "Verwaistes Vorhaben"


def test_english_has_its_plural_forms_and_the_old_formats(qapp: Any, catalogues: Path) -> None:
    assert translation.install_language("en") == "en"
    assert i18n.translate("Findings", WEAK, None, 1).startswith("1 item links to it only")
    assert i18n.translate("Findings", WEAK, None, 3).startswith("3 items link to it only")
    assert QCoreApplication.translate("Findings", WEAK, None, 1).startswith("1 item links")
    assert i18n.format_number(1234.5) == "1,234.5"
    assert finding_label("orphan_item") == "Orphan item"


def test_uninstall_puts_english_back(qapp: Any, catalogues: Path) -> None:
    translation.install_language("de")
    translation.uninstall()
    assert i18n.language() == "en"
    assert finding_label("orphan_item") == "Orphan item"
    assert QCoreApplication.translate("Findings", "Orphan item") == "Orphan item"
    assert i18n.format_number(1234.5) == "1,234.5"


def test_system_language_is_used_when_the_app_ships_it(
    qapp: Any, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translation, "system_language", lambda: "de")
    assert translation.install_language("system") == "de"
    assert finding_label("orphan_item") == "Verwaistes Vorhaben"
    assert translation.resolve("fr") == "en"  # a language the app doesn't ship: English


def test_a_missing_catalogue_is_one_clear_sentence_and_changes_nothing(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translation, "catalogue_file", lambda lang: str(tmp_path / "none.qm"))
    with pytest.raises(translation.TranslationUnavailable, match=r"German catalogue .* not built"):
        translation.install_language("de")
    assert i18n.language() == "en"


def test_the_installed_app_finds_its_compiled_catalogue() -> None:
    """The package build (setup.py: build_py) compiles the .qm where the app loads it."""
    path = Path(translation.catalogue_file("de"))
    assert path.is_file(), (
        f"{path} is missing: reinstall (pip install -e .) or run "
        "'python packaging/translations.py build'"
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def test_export_pdf_language_option_writes_german_money(
    qapp: Any,
    catalogues: Path,
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    german, english = tmp_path / "de.pdf", tmp_path / "en.pdf"
    args = ["export", "pdf", str(sample_plan), "--sections", "investment", "-o"]
    assert run(capsys, *args, str(german), "--language", "de")[0] == 0
    assert i18n.language() == "en"  # the command puts English back when it is done
    assert run(capsys, *args, str(english))[0] == 0
    assert " Mio. USD" in _pdf_text(german)
    assert " Mio. USD" not in _pdf_text(english)
    assert "USD " in _pdf_text(english)


def test_export_pdf_without_a_catalogue_says_what_to_do(
    qapp: Any,
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translation, "catalogue_file", lambda lang: str(tmp_path / "none.qm"))
    out = tmp_path / "de.pdf"
    code, _, err = run(
        capsys, "export", "pdf", str(sample_plan), "-o", str(out), "--language", "de"
    )
    assert code != 0
    assert "packaging/translations.py build" in err
    assert "Traceback" not in err
    assert not out.exists()


# -- Preferences -------------------------------------------------------------------------------


def _button(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    return button


def test_preferences_language_is_kept_for_the_next_start_and_says_so(
    qtbot: Any, tmp_path: Path
) -> None:
    settings = AppSettings.at(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System language", "English", "Deutsch"]
    assert combo.currentData() == "system"  # the default follows the system
    assert "shown in this language now" in dialog.note.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # a user picks the last entry, Deutsch
    assert combo.currentData() == "de"
    assert "next time you start StratPlanner" in dialog.note.text()
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert settings.language == "de"
    assert AppSettings.at(tmp_path / "settings.ini").language == "de"  # kept in the INI file


def test_preferences_cancel_keeps_the_language(qtbot: Any, tmp_path: Path) -> None:
    settings = AppSettings.at(tmp_path / "settings.ini")
    settings.language = "en"
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    qtbot.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.language == "en"


def test_preferences_dialog_speaks_german_when_german_is_installed(
    qtbot: Any, catalogues: Path, tmp_path: Path
) -> None:
    translation.install_language("de")
    dialog = PreferencesDialog(AppSettings.at(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.language.itemText(0) == "Systemsprache"
    assert dialog.language.itemText(2) == "Deutsch"


def test_edit_menu_opens_preferences_and_keeps_the_choice(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit ▸ Preferences… (no plan needed) opens the dialog on the app's settings."""
    shown: list[PreferencesDialog] = []

    def exec_(dialog: PreferencesDialog) -> int:  # stands in for the user at the modal dialog
        shown.append(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    action = window.actions_by_name[Act.PREFERENCES]
    edit_menu = next(m for m in window.menuBar().findChildren(QMenu) if action in m.actions())
    assert action.isEnabled()
    edit_menu.menuAction().trigger()
    action.trigger()
    assert len(shown) == 1
    assert window.context.settings.language == "de"


@pytest.fixture
def catalogues(compiled_catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    use_catalogues(monkeypatch, compiled_catalogues)
    yield compiled_catalogues
    translation.uninstall()
