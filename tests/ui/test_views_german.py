"""The plan's views in German (issue 18 item 6): with the German catalogue installed, the
views' own words, counts and amounts are German; the English tests elsewhere keep English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import click_cell, view_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QScrollArea
from test_small_screens import VIEW_KEYS, cut_point_cells, point_columns, show

from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import view_spec
from stratplanner.ui.views.scenarios import parse_budget

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _header(model: Any, orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> list[str]:
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    return [str(model.headerData(i, orientation)) for i in range(count)]


def test_view_titles_and_tooltips_are_german(german: None) -> None:
    overview = view_spec("overview")
    roadmap = view_spec("roadmap")
    assert overview is not None and roadmap is not None
    assert (overview.title, overview.shown_title) == ("Overview", "Übersicht")
    assert roadmap.shown_title == "Roadmap-Vorhaben"
    assert roadmap.shown_tooltip.startswith("Alle Roadmap-Vorhaben")


def test_budgets_are_read_with_german_separators(german: None) -> None:
    assert parse_budget("4,5 Mio.") == 4_500_000
    assert parse_budget("1.200.000") == 1_200_000
    assert parse_budget("800k") == 800_000
    with pytest.raises(ValueError, match="ist kein Betrag"):
        parse_budget("4.5m")  # a German grouping mark before one digit: a typo, not 45 m


def test_findings_and_objectives_speak_german(german: None, plan_window: MainWindow) -> None:
    findings = view_of(plan_window, "findings")
    assert _header(findings.model) == ["Art", "Datensatz", "Befund"]
    assert findings.kind_filter.itemText(0) == "Alle Arten"
    count = findings.model.rowCount()
    assert findings.summary.text() == (f"{count} Befunde" if count != 1 else "1 Befund")
    first = findings.model.findings[0]
    record = findings.model.index(0, 1).data()
    assert record.endswith(first.code) and record.split()[0] in ("Ziel", "Vorhaben", "Team")

    objectives = view_of(plan_window, "objectives")
    assert objectives.add_button.text() == "Hinzufügen"
    assert " Ziele in " in objectives.count_label.text()
    assert objectives.count_label.text().endswith("Themen")


def test_scenarios_and_baselines_speak_german(german: None, plan_window: MainWindow) -> None:
    scenarios = view_of(plan_window, "scenarios")
    rows = [scenarios.table.verticalHeaderItem(r).text() for r in range(3)]
    assert rows == ["Budget", "Ausgaben", "Finanzierte Vorhaben"]
    assert scenarios.per_year.text() == "Pro &Jahr"

    baselines = view_of(plan_window, "baselines")
    assert baselines.save_button.text() == "Basisplan &speichern"
    heading = baselines.table.horizontalHeaderItem(1).text()
    assert heading == "Erstellt (UTC)"


def test_alignment_counts_in_german(german: None, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "alignment")
    text = view.count_label.text()
    assert " Ziele × " in text and "Vorhaben" in text and text.endswith("Verknüpfungen")
    assert view.only_linked.text() == "Nur verknüpfte Vorhaben"


def test_overview_key_figures_speak_german(german: None, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "overview")
    orphans = view.cards["orphans"].figure
    assert orphans.caption == "Verwaiste Vorhaben"
    assert orphans.detail == "dienen keinem Ziel"
    capex = view.cards["capex"].figure
    assert capex.caption == "Capex gesamt"
    assert re.fullmatch(r"\d+,\d Mio\. USD", capex.value), capex.value  # '65,5 Mio. USD'
    assert view._subtitle.text().count(" bis ") == 1 and "Beträge in" in view._subtitle.text()
    assert view.cards["orphans"].toolTip().endswith("Klicken, um sie zu sehen.")


def test_sequence_and_stakeholders_speak_german(german: None, plan_window: MainWindow) -> None:
    sequence = view_of(plan_window, "sequence")
    assert _header(sequence.model)[:4] == ["Rang", "Code", "Titel", "Geplant"]
    assert sequence.priority.itemText(0) == "Gewichtete Bewertung"
    assert sequence.summary.text().startswith("Eingeplant ")

    stakeholders = view_of(plan_window, "stakeholders")
    header = stakeholders.tree.headerItem()
    assert [header.text(c) for c in range(3)] == ["Name", "Seite", "Rolle"]
    heading = stakeholders.heading.text()
    assert re.match(r"\d+ Personen \(\d+ ausgeschieden\); \d+ Beziehung", heading), heading
    assert stakeholders.history_title.text().startswith("Sponsorwechsel (")


def test_portfolio_speaks_german(german: None, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "portfolio")
    view.settle()
    assert _header(view.model)[:5] == [
        "Rang",
        "Code",
        "Titel",
        "Bewertung",
        "±20 % auf ein Gewicht",
    ]
    verdicts = {view.model.index(r, 4).data() for r in range(view.model.rowCount())}
    assert "Stabil" in verdicts
    assert any(v.startswith("Risiko: ") for v in verdicts)
    assert re.match(r"\d+ Vorhaben gereiht; \d+ Vorhaben gefährdet", view.summary.text())
    score = view.model.index(0, 3).data()
    assert "," in score and "." not in score  # '62,4': a German decimal comma
    assert view.save_button.text() == "Gewichte &speichern"


def test_maturity_adoption_charts_and_processes_speak_german(
    german: None, plan_window: MainWindow
) -> None:
    maturity = view_of(plan_window, "maturity")
    assert maturity.record_button.text() == "Bewertung erfassen …"
    assert maturity.date.displayFormat() == "dd.MM.yyyy"

    adoption = view_of(plan_window, "adoption")
    header = adoption.kpi_list.headerItem()
    assert [header.text(c) for c in range(4)] == ["KPI", "Aktuell", "Zielwert", "Stand"]
    assert adoption.kind_filter.itemText(0) == "Alle KPIs"
    assert "im Ziel" in adoption.heading.text()

    charts = view_of(plan_window, "charts")
    assert charts.export_button.text() == "&Exportieren …"
    assert charts.chart.itemText(0) == charts.kind.display_title != charts.kind.title

    processes = view_of(plan_window, "processes")
    assert processes.tabs.tabText(0) == "Prozesslandkarte"
    assert processes.add_capability_button.text() == "Fähigkeit hinzufügen"
    assert processes.no_technology_title.text().startswith("<b>Prozesse ohne technische")


def _sideways(view: Any) -> int:
    """How far the view's scroll area would scroll sideways (0: the view fits its width)."""
    widget = view.parentWidget()
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return 0 if widget is None else widget.horizontalScrollBar().maximum()


@pytest.mark.parametrize("key", [k for k in VIEW_KEYS if k != "workshop"])
def test_german_views_fit_a_laptop_screen(
    qtbot: Any, german: None, plan_window: MainWindow, key: str
) -> None:
    """At 1280×720 the longer German words wrap or shorten: no view scrolls sideways."""
    plan_window.resize(1280, 720)
    view = show(qtbot, plan_window, key)
    assert plan_window.width() <= 1280
    assert _sideways(view) == 0, f"{key} is wider than the window in German"


def test_german_key_figures_are_not_cut_at_1280(
    qtbot: Any, german: None, plan_window: MainWindow
) -> None:
    plan_window.resize(1280, 720)
    view = show(qtbot, plan_window, "overview")
    for key, card in view.cards.items():
        lines = card.shown_detail()
        assert " ".join(lines) == card.figure.detail, (key, lines)  # whole, on two lines at most
        assert len(lines) <= 2


@pytest.mark.parametrize("key", ["portfolio", "objectives"])
def test_german_columns_that_carry_the_point_are_whole_beside_the_details(
    qtbot: Any, german: None, plan_window: MainWindow, key: str
) -> None:
    """'Risiko: aus den Top 10 bei …' and '6 stark · 4 mittel · 3 schwach' whole at 1280×720,
    with a record shown in the details panel."""
    plan_window.resize(1280, 720)
    view = show(qtbot, plan_window, key)
    view.focus_main()
    QApplication.processEvents()
    assert plan_window.workspace is not None and plan_window.workspace.details.isVisible()
    table, columns = point_columns(key, view)
    assert not cut_point_cells(table, columns)


def test_words_from_the_plan_model_are_german_in_the_views(
    qtbot: Any, german: None, plan_window: MainWindow
) -> None:
    """Categories, link strengths, kinds of record, practices and level descriptions come from
    the model's tables; the views show them through its translating helpers."""
    overview = view_of(plan_window, "overview")
    captions = {key: card.figure.caption for key, card in overview.cards.items()}
    assert [captions[f"category_{c}"] for c in ("run", "grow", "transform")] == [
        "Betrieb",
        "Wachstum",
        "Transformation",
    ]

    charts = view_of(plan_window, "charts")
    categories = [charts.category.itemText(i) for i in range(charts.category.count())]
    assert categories[1:] == ["Betrieb", "Wachstum", "Transformation"]

    maturity = view_of(plan_window, "maturity")
    gaps = [label.text() for label in maturity.gaps_box.findChildren(QLabel)]
    assert "Vierteljährliche gemeinsame Portfolio-Reviews" in gaps
    assert "Quarterly joint portfolio reviews" not in gaps
    tip = maturity.levels["strategic_planning"].toolTip()
    assert "Die IT erfährt von den Plänen des Geschäfts erst" in tip, tip
    assert "IT hears about business plans" not in tip

    alignment = view_of(plan_window, "alignment")
    table = alignment.table
    index = table.model().index(0, 0)
    click_cell(qtbot, table, index)
    click_cell(qtbot, table, index, double=True)
    editor = table.findChild(QComboBox)
    assert editor is not None, "a double-click opens the list of strengths"
    words = [editor.itemText(i) for i in range(editor.count())]
    assert words == ["0  Nicht verknüpft", "1  Schwach", "2  Mittel", "3  Stark"]
    editor.setCurrentIndex(3 if editor.currentIndex() != 3 else 2)
    editor.activated.emit(editor.currentIndex())  # as a click on the item does
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)

    activity = view_of(plan_window, "activity")
    newest = activity.tree.topLevelItem(0)
    assert newest is not None
    assert newest.text(3) == "Ausrichtungsverknüpfung"
