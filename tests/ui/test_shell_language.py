"""The window's shell in German (issue 18 item 6): menus, toolbar, welcome page, first steps,
tables, details panel and undo speak German with the German catalogue installed; numbers are
typed and shown with the language's separators; the English tables the shell keeps beside
the model's (status, category, value drivers, kinds) say the same as the model."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import view_of
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from stratplanner.analysis.figures import ANNUAL_VALUE_MEANING, CAPEX_MEANING, OPEX_MEANING
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    STRENGTH_LABELS,
    VALUE_DRIVER_LABELS,
)
from stratplanner.ui import fields, record_ops, translation
from stratplanner.ui.fields import FIELDS, InputError, number_text, parse_number
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.models.objective_model import ObjectiveTreeModel
from stratplanner.ui.widgets import business_case
from stratplanner.ui.widgets.business_case import parse_amount

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _menus(window: MainWindow) -> list[QMenu]:
    """The menu bar's menus and their submenus."""
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


def _accelerators(menu: QMenu) -> list[str]:
    keys = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        if action.isSeparator() or not action.isVisible() or "&" not in text:
            continue
        assert text.count("&") == 1, f"{text!r} has more than one accelerator"
        keys.append(text[text.index("&") + 1].casefold())
    return keys


def _check_accelerators(window: MainWindow) -> None:
    for menu in [*_menus(window), window.add_menu]:
        menu.aboutToShow.emit()  # fills the recent files, ticks the current view
        keys = _accelerators(menu)
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_every_menu_has_unique_accelerators_in_english_and_german(
    compiled_catalogues: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any, context: Any
) -> None:
    english = MainWindow(context)
    qtbot.addWidget(english)
    _check_accelerators(english)
    monkeypatch.setattr(
        translation,
        "catalogue_file",
        lambda lang: str(compiled_catalogues / f"stratplanner_{lang}.qm"),
    )
    translation.install_language("de")
    try:
        german = MainWindow(context)
        qtbot.addWidget(german)
        titles = [a.text() for a in german.menuBar().actions()]
        assert titles[:2] == ["&Datei", "&Bearbeiten"] and "&Hilfe" in titles
        _check_accelerators(german)
    finally:
        translation.uninstall()


def test_the_window_speaks_german(german: None, plan_window: MainWindow, qtbot: Any) -> None:
    window = plan_window
    assert window.toolbar_buttons()[:2] == ["Hinzufügen", "Verknüpfen"]
    assert window.saved_label.text() == "Alle Änderungen gespeichert"
    assert window.windowTitle().endswith("— StratPlanner")
    edit = window.menu("Bearbeiten")
    assert edit is not None
    texts = [a.text() for a in edit.actions() if not a.isSeparator()]
    assert "&Suchen…" in texts and "Plan&einstellungen" in texts
    # a view with a list: Add names its kind, the tooltip says it with the article
    window.show_view("roadmap")
    add = window.actions_by_name[next(k for k in window.actions_by_name if k.value == "add")]
    assert add.text() == "Roadmap-Vorhaben &hinzufügen"
    assert add.toolTip().startswith("Ein Roadmap-Vorhaben hinzufügen (")
    # an edit, then Undo names it after a colon
    roadmap = view_of(window, "roadmap")
    roadmap.table.add_button.click()
    assert window.undo_action.text().startswith("&Rückgängig: ")


def test_tables_and_details_are_german(german: None, plan_window: MainWindow) -> None:
    roadmap = view_of(plan_window, "roadmap")
    table = roadmap.table
    model = table.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Code", "Titel", "Status", "Kategorie"]
    assert any(h.startswith("Jährlicher Nutzen (") for h in headers)
    statuses = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert statuses <= {
        "Vorgeschlagen",
        "Genehmigt",
        "In Arbeit",
        "Abgeschlossen",
        "Zurückgestellt",
        "Abgebrochen",
    }
    total = model.total
    assert table.count_label.text() == f"{total} Roadmap-Vorhaben"
    capex = model.column_of("capex")
    amounts = [model.index(r, capex).data() for r in range(model.rowCount())]
    big = [a for a in amounts if len(a) > 4]
    assert big and all(re.fullmatch(r"\d{1,3}(\.\d{3})+", a) for a in big), big
    assert table.filter_box.placeholderText() and table.add_button.text() == "Hinzufügen"

    table.select_rows([0])
    assert plan_window.workspace is not None
    details = plan_window.workspace.details
    assert details._kind_label.text() == "ROADMAP-VORHABEN"
    related = details._related.text()
    assert "Unterstützt" in related and "Geld" in related and "pro Jahr" in related


def test_objective_tree_headers_and_support_in_german(
    german: None, plan_window: MainWindow
) -> None:
    assert plan_window.live is not None
    model = ObjectiveTreeModel(plan_window.live)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Ziel", "Vorhaben", "Stärke"]
    assert "Zieltermin" in headers  # an objective's target is a quarter, not a KPI's value
    strengths = {
        model.index(r, 2).data() for r in range(model.rowCount()) if model.index(r, 2).data()
    }
    assert strengths and all(
        re.fullmatch(r"\d+ (stark|mittel|schwach)( · .*)?", text) for text in strengths
    ), strengths


def test_welcome_and_first_steps_are_german(
    german: None, window: MainWindow, empty_plan: Path
) -> None:
    welcome = window.welcome
    assert welcome.new_button.text() == "Neuer Plan…"
    assert welcome.sample_button.text() == "Beispielplan öffnen"
    assert window.open_path(empty_plan)
    overview = view_of(window, "overview")
    buttons = {k: b.text() for k, b in overview.first_steps.buttons.items()}
    assert buttons == {
        "objective": "Ziel hinzufügen",
        "item": "Roadmap-Vorhaben hinzufügen",
        "link": "Ausrichtungsmatrix öffnen",
        "pdf": "PDF exportieren…",
    }
    assert overview.first_steps.progress.text() == "0 von 4 erledigt"


# -- numbers typed and shown in the user's language ------------------------------------------

AMOUNTS = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False).map(float)


@settings(max_examples=60, deadline=None)
@given(AMOUNTS)
def test_a_number_shown_reads_back_the_same_in_english(value: float) -> None:
    assert parse_number(number_text(value), "Baseline", optional=False) == pytest.approx(value)


def test_german_numbers_read_back_and_typed_forms(german: None) -> None:
    for value in (0.5, 12.25, 1234.5, 1_234_567.0, 40.0):
        shown = number_text(value)
        assert parse_number(shown, "Zielwert", optional=False) == pytest.approx(value)
    assert number_text(1234.5) == "1.234,5"
    assert parse_number("1,5", "Zielwert", optional=False) == 1.5
    assert parse_number("400.000", "Zielwert", optional=False) == 400_000
    assert parse_number("0.4", "Zielwert", optional=False) == 0.4
    with pytest.raises(InputError, match="ist keine Zahl"):
        parse_number("viele", "Zielwert", optional=False)
    assert parse_amount("0,4m", "Umsatz", "EUR") == pytest.approx(400_000)
    assert parse_amount("400.000", "Umsatz", "EUR") == 400_000
    assert parse_amount("EUR 1.234,5k", "Umsatz", "EUR") == pytest.approx(1_234_500)
    with pytest.raises(InputError, match="ist kein Betrag"):
        parse_amount("viel", "Umsatz", "EUR")


def test_english_amounts_keep_their_old_reading() -> None:
    assert parse_amount("400,000", "Revenue", "USD") == 400_000
    assert parse_amount("USD 0.4m", "Revenue", "USD") == pytest.approx(400_000)
    assert number_text(1234.5) == "1,234.5"
    assert parse_number("1,234.5", "Baseline", optional=False) == 1234.5


# -- the shell's English tables say what the model says ---------------------------------------


def test_choice_words_match_the_model() -> None:
    assert {k.value: v for k, v in STATUS_LABELS.items()} == fields.STATUS_CHOICES
    assert {k.value: v for k, v in CATEGORY_LABELS.items()} == fields.CATEGORY_CHOICES
    assert {k: v for k, v in fields.LINK_LABELS.items() if k} == {
        k: v.capitalize() for k, v in STRENGTH_LABELS.items()
    }
    assert [fields.strength_word(s) for s in (1, 2, 3)] == [STRENGTH_LABELS[s] for s in (1, 2, 3)]
    assert business_case.DRIVER_LABELS == VALUE_DRIVER_LABELS
    item = {f.name: f for f in FIELDS["item"]}
    assert item["capex"].english_tooltip == CAPEX_MEANING.capitalize()
    assert item["opex"].english_tooltip == OPEX_MEANING.capitalize()
    assert item["annual_value"].english_tooltip == ANNUAL_VALUE_MEANING.capitalize()


def test_kind_words_match_the_model() -> None:
    for kind in record_ops._NOUN:
        assert record_ops.kind_noun(kind) == KINDS[kind].label
        assert record_ops.kind_nouns(kind) == KINDS[kind].labels
    for kind in ("item", "objective", "person", "team", "kpi"):
        assert record_ops.count_text(kind, 2) == f"2 {KINDS[kind].labels}"
        assert record_ops.count_text(kind, 1) == f"1 {KINDS[kind].label}"


def test_every_field_word_is_in_the_german_catalogue() -> None:
    """A label, tooltip or choice marked in another context than the field translates with
    would silently stay English: each must be a message of its field's context."""
    root = ET.parse(ROOT / "resources" / "i18n" / "de" / "shell.ts").getroot()
    messages = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    missing = [
        (f.context, text)
        for kind_fields in FIELDS.values()
        for f in kind_fields
        for text in (f.english_label, f.english_tooltip, *f.choices.values())
        if text and (f.context, text) not in messages
    ]
    missing += [("Fields", t) for t in fields.KIND_TITLES.values() if ("Fields", t) not in messages]
    assert not missing
