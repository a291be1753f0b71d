"""The import check, merges, model file summaries and plan JSON problems in the user's
language (issue 18 item 6, catalogue area ``io``): German once installed, English as it
always was without it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from stratplanner.io.actual_values import InputError, parse_series, parse_value
from stratplanner.io.archimate_read import ArchimateImport
from stratplanner.io.import_report import ImportRejected
from stratplanner.io.mapping import FIELD_LABELS, Mapping, MappingError, fields_of, guess_mapping
from stratplanner.io.merge import MergeError, compute_merge
from stratplanner.io.mspdi_read import MspdiImport, read_mspdi
from stratplanner.io.plan_json import PlanJsonError, parse_plan_dict, plan_to_dict, read_json_file
from stratplanner.io.plan_json_schema import RECORD_FIELDS
from stratplanner.io.table_import import prepare_import
from stratplanner.io.tabular import TabularError, open_table
from stratplanner.io.xml_safety import XmlFileError
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from stratplanner.ui import translation
from stratplanner.ui.actions import Act
from stratplanner.ui.dialogs.import_dialog import ImportDialog
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

#: A CSV a planner might bring: a duplicate code, an unreadable amount, a row with no title.
ROWS = (
    "Code,Title,Capex\n"
    "CRM-1,CRM consolidation,1200000\n"
    "CRM-1,CRM again,5\n"
    "DW-3,Data warehouse,TBC\n"
    "SEC-4,,100\n"
)


def _checked(plan: Path, csv: Path) -> Any:
    source = open_table(csv)
    mapping = guess_mapping(source.headers, "item", [c for _n, c in source.sample(50)])
    with open_plan(plan, read_only=True) as doc:
        return prepare_import(doc.session, source, mapping)


def test_every_importable_field_has_a_label_for_the_catalogue() -> None:
    fields = {spec[0] for specs in RECORD_FIELDS.values() for spec in specs}
    assert set(FIELD_LABELS) == fields
    assert all(FIELD_LABELS[key] == key.replace("_", " ") for key in fields)  # the English


def test_the_import_check_speaks_german_and_english_stays_as_it_was(
    german: None, sample_plan: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "portfolio.csv"
    csv.write_text(ROWS, encoding="utf-8")
    report = _checked(sample_plan, csv).report
    assert report.summary().startswith("portfolio.csv: 4 Zeilen gelesen; ")
    assert "2 Zeilen abgelehnt; 1 Zelle leer gelassen (Warnungen)." in report.summary()
    reasons = {p.row: p.message for p in report.rejected}
    assert reasons[3] == "doppelter Code CRM-1 (schon in Zeile 2)"
    assert reasons[5].startswith("Titel fehlt: eine Pflichtangabe (")
    lines = _checked(sample_plan, csv).report.lines()
    assert 'Warnung: Zeile 4, Capex: "TBC" ist kein Betrag; Capex bleibt leer' in lines
    assert "abgelehnt: Zeile 3: doppelter Code CRM-1 (schon in Zeile 2)" in lines
    with pytest.raises(ImportRejected) as refused:
        _checked(sample_plan, csv).command()
    assert str(refused.value).startswith("2 Zeilen von portfolio.csv können nicht importiert")
    # The mapping's own problems, and the fields it names, in German too.
    assert {s.key: s.label for s in fields_of("item")}["annual_value"] == "jährlicher Nutzen"
    with pytest.raises(MappingError, match="Keine Spalte ist Titel zugeordnet; das ist eine"):
        Mapping("items").validate()

    translation.uninstall()  # back to English: exactly the sentences the CLI always printed
    report = _checked(sample_plan, csv).report
    assert report.summary().startswith("portfolio.csv: 4 rows read; ")
    assert "2 rows rejected; 1 cell left empty (warnings)." in report.summary()
    assert {p.row: p.message for p in report.rejected} == {
        3: "duplicate code CRM-1 (already on row 2)",
        5: "no title: a roadmap item needs one",
    }
    assert 'warning: row 4, Capex: "TBC" is not an amount; capex left empty' in report.lines()
    with pytest.raises(MappingError, match="No column is mapped to title; a roadmap item needs it"):
        Mapping("items").validate()


def test_the_import_dialog_reports_rejected_rows_in_german(
    qtbot: Any, german: None, plan_window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Code,Title\nX-1,Fine\nX-2,\nX-1,Twice\n", encoding="utf-8")
    dialogs.open_file_path = lambda *args: str(path)
    plan_window.actions_by_name[Act.IMPORT_SPREADSHEET].trigger()
    (dialog,) = [d for d in plan_window.findChildren(ImportDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.preview.rowCount() > 0, timeout=20000)
    cells = [dialog.preview.item(row, 1) for row in range(dialog.preview.rowCount())]
    fates = [cell.text() for cell in cells if cell is not None]
    assert "abgelehnt: doppelter Code X-1 (schon in Zeile 2)" in fates
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    report = dialog.report.toPlainText()
    assert report.startswith("2 Zeilen von bad.csv können nicht importiert werden")
    assert "abgelehnt: Zeile 4: doppelter Code X-1 (schon in Zeile 2)" in report
    dialog.reject()


def test_reading_a_table_is_described_in_german(german: None, tmp_path: Path) -> None:
    csv = tmp_path / "portfolio.csv"
    csv.write_text("Code;Title\nA-1;First\n", encoding="utf-8")
    assert open_table(csv).notes == [
        "portfolio.csv wurde als UTF-8-Text gelesen, Spalten getrennt durch Semikolons."
    ]
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(TabularError, match=r"^empty\.csv ist leer; es gibt keine Tabelle zu"):
        open_table(empty)
    translation.uninstall()
    assert open_table(csv).notes == [
        "Read portfolio.csv as UTF-8 text with columns separated by semicolons."
    ]


def test_plan_json_problems_in_german(german: None, tmp_path: Path) -> None:
    with pytest.raises(PlanJsonError) as bad:
        parse_plan_dict(
            {
                "format": "stratplanner-plan",
                "version": 5,
                "plan": {"title": "T", "start": "2027-Q1"},
                "items": [{"code": "A", "title": "A", "capex": "lots"}],
            },
            "plan.json",
        )
    text = str(bad.value)
    assert text.startswith("plan.json ist kein gültiger Plan (")
    assert 'items[0].capex: erwartet eine Zahl, gefunden Text "lots"' in text
    empty = tmp_path / "empty.json"
    empty.write_text("  ", encoding="utf-8")
    with pytest.raises(PlanJsonError, match="ist kein gültiger Plan \\(1 Problem\\): die Datei"):
        read_json_file(empty)


def test_a_merge_that_cannot_apply_says_why_in_german(german: None, sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ours = plan_to_dict(load_snapshot(doc.session))
        theirs = {**ours, "objectives": [*ours["objectives"]], "links": [*ours["links"]]}
        objective = {**ours["objectives"][0], "code": "NEW-OBJ", "title": "New objective"}
        theirs["objectives"].append(objective)
        link = {**ours["links"][0], "objective": "NEW-OBJ"}
        theirs["links"].append(link)
        plan = compute_merge(ours, theirs, source="offsite.json")
        plan.choose("objectives", "NEW-OBJ", "ours")  # declined, but their new link needs it
        with pytest.raises(MergeError) as refused:
            plan.command(doc.session)
    assert "kann nicht ohne" in str(refused.value) and "NEW-OBJ" in str(refused.value)
    assert "haben Sie abgewählt." in str(refused.value)


def test_model_file_summaries_count_in_german(german: None) -> None:
    document: dict[str, Any] = {
        "items": [{}],
        "objectives": [{}, {}],
        "links": [],
        "dependencies": [],
        "teams": [{}],
        "demands": [],
    }
    assert MspdiImport(document, []).summary() == (
        "Gelesen: 1 Vorhaben, 2 Ziele, 0 Verknüpfungen, 0 Abhängigkeiten, 1 Team, 0 Teambedarfe."
    )
    skipped = ArchimateImport(
        {"objectives": [{}], "people": [{}, {}]}, Counter({"Node": 1}), Counter(), []
    )
    assert skipped.summary() == (
        "Gelesen: 1 Ziel, 2 Personen. 1 Element eines nicht verwendeten Typs übersprungen (Node 1)."
    )


def test_a_file_that_is_not_ms_project_xml_is_refused_in_german(
    german: None, tmp_path: Path
) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<model/>", encoding="utf-8")
    with pytest.raises(XmlFileError) as refused:
        read_mspdi(other)
    assert str(refused.value) == (
        "Erwartet wird eine MS-Project-XML-Datei (MSPDI), aber das oberste Element von "
        "other.xml ist <model>, nicht <Project>."
    )
    translation.uninstall()
    with pytest.raises(XmlFileError) as refused:
        read_mspdi(other)
    assert str(refused.value) == (
        "other.xml is not an MS Project XML (MSPDI) file (its top element is <model>, not "
        "<Project>)."
    )


def test_model_file_summaries_keep_their_english(qapp: Any) -> None:
    document: dict[str, Any] = {
        key: [{}] for key in ("items", "objectives", "links", "dependencies", "teams", "demands")
    }
    assert MspdiImport(document, []).summary() == (
        "Read 1 items, 1 objectives, 1 links, 1 dependencies, 1 teams, 1 demands."
    )


def test_typed_kpi_actuals_are_refused_in_german(german: None) -> None:
    with pytest.raises(InputError, match="„viel“ ist keine Zahl; schreiben Sie den Wert in %"):
        parse_value("viel", "%")
    with pytest.raises(InputError, match="Zeile 2 \\('oops'\\) braucht ein Datum und einen Wert"):
        parse_series("date value\noops\n")


def test_workshop_problems_in_a_plan_document_in_german(german: None) -> None:
    from test_plan_json import workshop_doc

    doc = workshop_doc()
    ws = doc["workshops"][0]
    ws["colour"] = "red"
    ws["participants"].append({"code": "P1", "name": "Twin", "side": "it"})
    ws["participants"].append({"code": "P9", "name": "No side"})
    ws["rounds"][0]["options"][0]["item"] = "NOPE"
    ghost = {"participant": "ghost", "values": [], "cast_at": "2027-01-20T09:30:00Z"}
    ws["rounds"][2]["ballots"].append(ghost)
    ws["rounds"][3]["ballots"].append(dict(ws["rounds"][3]["ballots"][0]))
    ws["rounds"][4]["options"][0]["item"] = "ERP-FIN"
    ws["decisions"][0]["round"] = "R9"
    ws["actions"][0]["decision"] = "D9"
    ws["actions"][1]["budget"] = -5
    crowded: dict[str, Any] = {"code": "R6", "question": "Too many", "method": "dots"}
    crowded["options"] = [{"code": f"O{n}", "title": f"O{n}"} for n in range(61)]
    ws["rounds"].append(crowded)
    doc["workshops"].append({"title": "No code"})
    with pytest.raises(PlanJsonError) as bad:
        parse_plan_dict(doc)
    problems = bad.value.problems
    expected = [
        "workshops[0].colour: unbekanntes Feld in Workshop Q1-OFFSITE",
        "workshops[0].participants[2].code: Teilnehmercode P1 kommt in Workshop Q1-OFFSITE "
        "zweimal vor (auch [1])",
        "workshops[0].participants[3].side: Pflichtfeld fehlt in Teilnehmer P9",
        "workshops[0].rounds[0].options[0].item: Roadmap-Vorhaben NOPE gibt es im Plan nicht",
        "workshops[0].rounds[2].ballots[1].participant: der Workshop hat keinen Teilnehmer ghost",
        "workshops[0].rounds[3].ballots[1].participant: ein Stimmzettel von mellison kommt in "
        "Runde R4 zweimal vor (auch [0])",
        "workshops[0].rounds[4].options[0].item: Runde R5 stimmt über Ziele ab, daher nennen "
        "ihre Optionen Ziele, keine Vorhaben",
        "workshops[0].rounds[5].options: Runde R6 hat 61 Optionen; eine Runde fasst höchstens 60",
        "workshops[0].decisions[0].round: Workshop Q1-OFFSITE hat keine Runde R9",
        "workshops[0].actions[0].decision: Workshop Q1-OFFSITE hat keine Entscheidung D9",
        "workshops[0].actions[1].budget: unbekanntes Feld in Maßnahme A2",
        "workshops[1].code: Pflichtfeld fehlt in einem Workshop",
    ]
    missing = [line for line in expected if line not in problems]
    assert not missing, problems
