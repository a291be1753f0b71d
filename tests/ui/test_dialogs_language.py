"""The dialogs and the workshop console in the user's language (issue 18 item 6): German text,
numbers and plural forms where a planner reads them, English plural forms by default, and the
dialogs' own copies of English words that other modules declare still match them word for word
(a word changed there would otherwise stay English here in every language)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from stratplanner import i18n
from stratplanner.analysis.partnership import ROLE_COLUMNS, Responsibility
from stratplanner.analysis.workshop_ballots import MOSCOW_WORDS
from stratplanner.analysis.workshop_outcome import ANONYMITY_NAMES, METHOD_NAMES, STATE_NAMES
from stratplanner.commands.workshop_adopt import ADOPT_NAMES
from stratplanner.export.pdf.options import PRESETS, SECTION_TITLES
from stratplanner.io.mapping import CREATABLE, plural_label
from stratplanner.ui.actions import WORKSHOP_ACTIONS, Act
from stratplanner.ui.dialogs import import_dialog, stakeholder_dialogs
from stratplanner.ui.dialogs.find import FindDialog, find_entries, matching
from stratplanner.ui.dialogs.import_dialog import ImportDialog
from stratplanner.ui.dialogs.pdf_dialog import SECTION_NAMES, PdfOptionsDialog
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.workshop import words
from stratplanner.ui.workshop.console import ACTION_WORDS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


# -- the dialogs' copies of other modules' English -----------------------------------------


def test_the_workshop_words_are_the_analysis_words_in_english() -> None:
    assert words.METHODS == METHOD_NAMES
    assert words.ANONYMITY == ANONYMITY_NAMES
    assert words.STATES == STATE_NAMES
    assert words.MOSCOW == MOSCOW_WORDS
    assert words.ADOPT_WAYS == ADOPT_NAMES
    assert words.side_name("business") == "Business" and words.side_name(None) == ""
    assert words.method_name("no such method") == "no such method"  # shown as stored


def test_the_dialogs_copies_match_the_english_they_stand_for() -> None:
    assert SECTION_NAMES == SECTION_TITLES
    assert {k: (spec.text, spec.tip) for k, spec in WORKSHOP_ACTIONS.items()} == ACTION_WORDS
    for kind in import_dialog.IMPORT_KINDS:
        label = plural_label(kind)
        assert import_dialog.kind_title(kind) == label[:1].upper() + label[1:]
    for kind in CREATABLE:
        assert import_dialog.name_kind(kind) == plural_label(kind, 1)
        assert import_dialog.create_text(kind) == f"Create this {plural_label(kind, 1)}"
    for kind, role in ROLE_COLUMNS:
        resp = Responsibility(kind, 1, role, "X-1", "Some title")
        said = resp.describe()
        assert stakeholder_dialogs.describe(resp) == said[:1].upper() + said[1:]


# -- English plural forms, German text -------------------------------------------------------


def test_find_counts_its_matches_in_english_singular_and_plural(
    qtbot: Any, plan_window: MainWindow
) -> None:
    assert plan_window.live is not None
    snap = plan_window.live.snapshot
    entries = find_entries(snap)
    unique = next(i.code for i in snap.items if matching(entries, i.code)[1] == 1)
    dialog = FindDialog(snap, plan_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, unique)
    assert dialog.results.count() == 1
    assert dialog.count.text() == "1 match. Enter jumps to the selected one."
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "e")  # a letter in many names
    assert dialog.results.count() > 1
    assert dialog.count.text().startswith(f"{dialog.results.count()} matches")


GERMAN_PRESETS = {
    "board": "Vorstandsunterlage",
    "team": "Arbeitsteam (alles)",
    "strategy": "Strategie auf einer Seite",
    "workshop": "Workshop-Ergebnis",
}


def test_the_pdf_dialog_speaks_german(qtbot: Any, plan_window: MainWindow, german: None) -> None:
    plan_window.actions_by_name[Act.EXPORT_PDF].trigger()
    dialog = plan_window.findChild(PdfOptionsDialog, "pdfOptionsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "PDF exportieren"
    assert dialog.export_button.text() == "&Exportieren…"
    assert dialog.preset.currentText() == "Vorstandsunterlage"
    assert dialog.section_boxes["cover"].text() == "Deckblatt"
    assert dialog.quarter_from.currentText() == "beliebig"
    # the user picks another preset by keyboard: the sections follow, still in German
    dialog.preset.setFocus()
    qtbot.keyClick(dialog.preset, Qt.Key.Key_Down)
    chosen = dialog.preset.currentData()
    assert chosen != "board"
    assert dialog.preset.currentText() == GERMAN_PRESETS[chosen]
    ticked = {key for key, box in dialog.section_boxes.items() if box.isChecked()}
    assert ticked == set(PRESETS[chosen])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


SHEET_IN_POUNDS = (
    "Project ID,Project Name,Total Cost (GBP)\n"
    "GB-1,Data platform,£1200000\n"
    "GB-2,CRM refresh,£250000\n"
)


@pytest.fixture
def pound_sheet(dialogs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """File ▸ Import ▸ Spreadsheet answers with a sheet in pounds; the titles asked are kept."""
    path = tmp_path / "pfund.csv"
    path.write_text(SHEET_IN_POUNDS, encoding="utf-8")
    asked: list[str] = []

    def open_file_path(parent: Any, title: str, folder: str, file_filter: str) -> str:
        asked.append(title)
        return str(path)

    monkeypatch.setattr(dialogs, "open_file_path", open_file_path, raising=False)
    return asked


def test_the_import_dialog_speaks_german_and_reads_a_german_rate(
    qtbot: Any, plan_window: MainWindow, pound_sheet: list[str], german: None
) -> None:
    asked = pound_sheet
    plan_window.actions_by_name[Act.IMPORT_SPREADSHEET].trigger()
    dialog = next(d for d in plan_window.findChildren(ImportDialog) if d.isVisible())
    box = dialog.currency
    qtbot.waitUntil(box.isVisible, timeout=20000)
    assert plan_window.live is not None
    items = len(plan_window.live.snapshot.items)
    assert asked == ["Tabelle importieren"]
    assert dialog.windowTitle() == "pfund.csv importieren"
    assert dialog.import_button.text() == "&Importieren"
    assert dialog.kind.currentText() == "Roadmap-Vorhaben"
    assert f"hat bereits {items} Vorhaben" in box.text.text()
    assert dialog.blocked.text() == (
        "Der Import ist gesperrt, bis Sie eingeben, wie viel USD ein GBP wert ist "
        "(oder „Abbrechen“, um aufzuhören)."
    )
    edit = box.rate_edit("GBP")
    assert edit.placeholderText() == "z. B. 1,27"
    edit.setFocus()
    qtbot.keyClicks(edit, "1,25")  # the German decimal comma
    assert box.hint.text() == "Die Beträge werden zu 1 GBP = 1,25 USD umgerechnet."
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=20000)
    assert dialog.import_button.isEnabled()
    header = dialog.preview.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Zeile"
    assert dialog.report.toPlainText().startswith("Erste 2 Zeilen: 0 abgelehnt, ")
    cells = {
        dialog.preview.item(r, c).text()  # type: ignore[union-attr]
        for r in range(dialog.preview.rowCount())
        for c in range(dialog.preview.columnCount())
        if dialog.preview.item(r, c) is not None
    }
    assert cells & {"1.200.000", "1.500.000"}, cells  # amounts with German grouping
    dialog.reject()


def test_the_workshop_console_speaks_german(
    qtbot: Any, plan_window: MainWindow, german: None
) -> None:
    from gui_helpers import view_of

    view = view_of(plan_window, "workshop")
    assert view.start_button.text() == "Workshop &anlegen…"
    assert view.room.title() == "Der Raum"
    assert view.room.status.text().startswith("Nicht freigegeben.")
    assert i18n.language() == "de"
