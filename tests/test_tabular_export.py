"""Spreadsheet export: every table, formatted XLSX, neutralised CSV, atomic, and back in
unchanged."""

from __future__ import annotations

import csv
import json
import math
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from stratplanner.cli.main import main
from stratplanner.commands import UpdateRecord
from stratplanner.io.plan_json import (
    KIND_OF_COLLECTION,
    RECORD_FIELDS,
    import_plan_json,
    plan_to_dict,
)
from stratplanner.io.table_export import export_csv, export_xlsx, neutralise
from stratplanner.io.table_import import import_file, prepare_workbook_import
from stratplanner.snapshot import load_snapshot
from stratplanner.store import create_plan_file, open_plan

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@HYPERLINK(x)",
    "\tTabbed",
    "\rReturn",
    "'=already",
]


def snapshot(plan: Path) -> Any:
    with open_plan(plan, read_only=True) as doc:
        return load_snapshot(doc.session)


def same(a: Any, b: Any) -> bool:
    """Equal, with floats compared to 15 significant digits (all a spreadsheet keeps)."""
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-14)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def test_workbook_round_trip_gives_the_same_plan(
    sample_plan: Path, empty_plan: Path, tmp_path: Path
) -> None:
    original = snapshot(sample_plan)
    target = tmp_path / "plan.xlsx"
    result = export_xlsx(original, target)
    assert set(result.sheets) == {*RECORD_FIELDS, "plan"}
    empty = plan_to_dict(snapshot(empty_plan))
    with open_plan(empty_plan) as doc:
        prepared = prepare_workbook_import(doc.session, target)
        assert prepared.report.ok, prepared.report.lines()
        assert "Sheets not imported: 'plan'." in prepared.report.notes
        undo = doc.execute(prepared.command())
    before = plan_to_dict(original)
    after = plan_to_dict(snapshot(empty_plan))
    for collection in RECORD_FIELDS:
        assert same(before[collection], after[collection]), collection
    with open_plan(empty_plan) as doc:  # one step back: sub-objectives go before their themes
        doc.execute(undo)
    assert plan_to_dict(snapshot(empty_plan)) == empty


def without_items(doc: dict[str, Any]) -> None:
    """Drop the items and every record that refers to one, directly or through another."""
    gone: dict[str, set[str]] = {"item": {i["code"] for i in doc["items"]}}
    doc["items"] = []
    changed = True
    while changed:
        changed = False
        for collection, spec in RECORD_FIELDS.items():
            refs = [(key, ftype[4:]) for key, ftype, _d, _c in spec if ftype.startswith("ref:")]
            keep = []
            for record in doc.get(collection) or []:
                if any(record.get(key) in gone.get(kind, ()) for key, kind in refs):
                    if "code" in record:
                        gone.setdefault(KIND_OF_COLLECTION[collection].name, set()).add(
                            record["code"]
                        )
                    changed = True
                else:
                    keep.append(record)
            doc[collection] = keep


def test_csv_round_trip_of_items(sample_plan: Path, tmp_path: Path) -> None:
    original = snapshot(sample_plan)
    doc_dict = plan_to_dict(original)
    for title, item in zip(HOSTILE, doc_dict["items"], strict=False):
        item["title"] = title
    doc_dict["items"][-1]["description"] = 'two\nlines, "quoted" and ünïcödé ✓ عربى'
    items = doc_dict["items"]
    without_items(doc_dict)
    json_path = tmp_path / "no-items.json"
    json_path.write_text(json.dumps(doc_dict), encoding="utf-8")
    plan = import_plan_json(json_path, tmp_path / "no-items.stratplan")
    full = dict(doc_dict, items=items)
    json_path.write_text(json.dumps(full), encoding="utf-8")
    reference = snapshot(import_plan_json(json_path, tmp_path / "full.stratplan"))
    csv_path = tmp_path / "items.csv"
    export_csv(reference, csv_path, kind="items")
    with open_plan(plan) as doc:
        prepared = import_file(doc.session, csv_path, kind="items")
        assert prepared.report.ok and not prepared.report.warnings, prepared.report.lines()
        doc.execute(prepared.command())
    assert plan_to_dict(snapshot(plan))["items"] == items


def test_csv_cells_that_could_run_as_formulas_are_neutralised(
    sample_plan: Path, tmp_path: Path
) -> None:
    with open_plan(sample_plan) as doc:
        ids = [i.id for i in load_snapshot(doc.session).items[: len(HOSTILE)]]
        for item_id, title in zip(ids, HOSTILE, strict=True):
            doc.execute(UpdateRecord("item", item_id, {"title": title}))
    snap = snapshot(sample_plan)
    path = tmp_path / "items.csv"
    export_csv(snap, path, kind="items")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    titles = [row[1] for row in rows[1 : len(HOSTILE) + 1]]
    assert titles == ["'" + t for t in HOSTILE]
    assert all(t[0] not in "=+-@\t\r" for row in rows for t in row if t)
    assert neutralise("plain") == "plain" and neutralise("'plain") == "'plain"


def test_xlsx_is_formatted_and_formula_text_stays_text(sample_plan: Path, tmp_path: Path) -> None:
    with open_plan(sample_plan) as doc:
        item_id = load_snapshot(doc.session).items[0].id
        doc.execute(UpdateRecord("item", item_id, {"title": "=1+1"}))
    path = tmp_path / "plan.xlsx"
    export_xlsx(snapshot(sample_plan), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["items"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["code", "title", "description"]
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["B"].width > 10
    capex = header.index("capex") + 1
    assert ws.cell(2, capex).number_format == "#,##0"
    title = ws.cell(2, 2)
    assert title.value == "=1+1" and title.data_type == "s" and title.quotePrefix
    assert wb["plan"]["A2"].value == "title"
    with zipfile.ZipFile(path) as archive:  # the size is stored, so readers needn't scan
        sheet = archive.read(f"xl/worksheets/sheet{wb.sheetnames.index('items') + 1}.xml")
    assert (
        f'<dimension ref="A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"/>'.encode()
        in sheet
    )


def test_analysis_columns_when_the_modules_exist(
    sample_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("stratplanner.analysis.alignment")
    snap = snapshot(sample_plan)
    path = tmp_path / "items.csv"
    export_csv(snap, path, kind="items")
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    analysis = [h for h in header if h.endswith("(analysis)")]
    assert "alignment (analysis)" in analysis
    for name in (
        "stratplanner.analysis.alignment",
        "stratplanner.analysis.scoring",
        "stratplanner.analysis.sequencing",
    ):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    export_csv(snap, path, kind="items")
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert not [h for h in header if h.endswith("(analysis)")]


def test_a_failing_export_leaves_the_old_file_intact(
    sample_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the previous export")
    from openpyxl.workbook.workbook import Workbook

    def broken_save(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        export_xlsx(snapshot(sample_plan), target)
    assert target.read_bytes() == b"the previous export"
    assert not list(tmp_path.glob(".plan.xlsx.*"))


def test_cli_export(sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "csv", str(sample_plan), "-o", str(tmp_path / "x.csv")])
    _out, err = capsys.readouterr()
    assert code == 1 and "choose it with --kind" in err
    code = main(
        [
            "export",
            "xlsx",
            str(sample_plan),
            "-o",
            str(tmp_path / "x.xlsx"),
            "--kind",
            "items",
            "links",
        ]
    )
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert openpyxl.load_workbook(tmp_path / "x.xlsx", read_only=True).sheetnames == [
        "items",
        "links",
    ]
    code = main(
        [
            "export",
            "csv",
            str(sample_plan),
            "-o",
            str(tmp_path / "t.csv"),
            "--kind",
            "teams",
            "--no-analysis",
        ]
    )
    assert code == 0
    empty = create_plan_file(tmp_path / "e.stratplan", settings={"title": "E", "start": "2027-Q1"})
    capsys.readouterr()
    code = main(["import", "csv", str(tmp_path / "t.csv"), "--into", str(empty), "--kind", "teams"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert len(snapshot(empty).teams) == len(snapshot(sample_plan).teams)


def _describe_first_item(plan: Path, text: str) -> str:
    with open_plan(plan) as doc:
        item = load_snapshot(doc.session).items[0]
        doc.execute(UpdateRecord("item", item.id, {"description": text}))
    return item.code


def test_xlsx_export_never_cuts_long_text_silently(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22: a 40,000-character field was cut to 32,767; now the export is refused,
    naming the record and field, and nothing is written."""
    from stratplanner.io.tabular import XLSX_CELL_LIMIT

    code = _describe_first_item(sample_plan, "x" * 40_000)
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the previous export")
    rc = main(["export", "xlsx", str(sample_plan), "-o", str(target)])
    _out, err = capsys.readouterr()
    assert rc == 1, err
    assert f"Record {code!r} of the items table has a 'description' of 40,000 characters" in err
    assert f"{XLSX_CELL_LIMIT:,}" in err and err.count("\n") == 1 and "Traceback" not in err
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    # Text at the limit still exports whole.
    _describe_first_item(sample_plan, "y" * XLSX_CELL_LIMIT)
    assert main(["export", "xlsx", str(sample_plan), "-o", str(target)]) == 0
    ws = openpyxl.load_workbook(target, read_only=True)["items"]
    assert len(next(ws.iter_rows(min_row=2, max_row=2, values_only=True))[2]) == XLSX_CELL_LIMIT


def test_csv_export_and_import_agree_on_one_cell_limit(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22: CSV export wrote cells over 131,072 characters that its importer refused."""
    from stratplanner.io.tabular import TEXT_CELL_LIMIT

    target = tmp_path / "items.csv"
    code = _describe_first_item(sample_plan, "z" * (TEXT_CELL_LIMIT + 1))
    rc = main(["export", "csv", str(sample_plan), "--kind", "items", "-o", str(target)])
    _out, err = capsys.readouterr()
    assert rc == 1, err
    assert f"Record {code!r} of the items table has a 'description' of 131,073 characters" in err
    assert err.count("\n") == 1 and not target.exists()
    # At the limit it is written, and reads back whole.
    _describe_first_item(sample_plan, "z" * TEXT_CELL_LIMIT)
    rc = main(["export", "csv", str(sample_plan), "--kind", "items", "-o", str(target)])
    assert rc == 0, capsys.readouterr().err
    from stratplanner.io.tabular import opened_table

    with opened_table(target) as source:
        column = source.headers.index("description")
        read = {cells[0]: cells[column] for _n, cells in source.rows()}
    assert read[code] == "z" * TEXT_CELL_LIMIT
    # One character more in the file is one sentence from the importer, naming the limit.
    text = target.read_text(encoding="utf-8-sig")
    target.write_text(text.replace("z" * TEXT_CELL_LIMIT, "z" * (TEXT_CELL_LIMIT + 1)), "utf-8-sig")
    rc = main(["import", "csv", str(target), "--into", str(sample_plan), "--kind", "items"])
    _out, err = capsys.readouterr()
    assert rc == 1 and "longer than 131,072 characters" in err and err.count("\n") == 1, err
