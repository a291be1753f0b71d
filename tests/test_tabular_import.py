"""Spreadsheet import: reading any CSV/XLSX, guessing the mapping, checking every row, one
undoable step."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from cli_helpers import run
from stratplanner.commands.bulk import InsertRecords
from stratplanner.io.mapping import Mapping, MappingError, guess_mapping
from stratplanner.io.parse_values import (
    CellError,
    detect_day_month_order,
    parse_money,
    parse_quarter,
    parse_strength,
    scale_from_header,
)
from stratplanner.io.table_import import ImportRejected, import_file, prepare_import
from stratplanner.io.tabular import TabularError, open_table
from stratplanner.model.values import Quarter
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

REAL = Path(__file__).parent / "data" / "real"
GMPP = REAL / "GMPP_Government_Major_Projects_Portfolio_AR_Data_March_2022.csv"
GC = REAL / "gc-it-projects-2022.csv"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def items_of(plan: Path) -> dict[str, object]:
    with open_plan(plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    return {i.code: i for i in snap.items}


ITEMS_CSV = (
    "Project ID,Project Name,Start Date,End Date,Total Cost,Status,Owner\n"
    'CRM-1,CRM consolidation,31/03/2027,2027-12-31,"$1,200,000",In progress,\n'
    "ERP-2,ERP upgrade,Q3 2027,July 31 2028,1.2M,approved,\n"
    "DW-3,Data warehouse,2027-05-01,2027-06-30,NA,Not started,\n"
    "SEC-4,Zero trust,2027-Q2,TBC,exempt under section 43,cancelled,\n"
)


# -- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$1,200,000", 1_200_000),
        ("1.2M", 1_200_000),
        ("£3.4m", 3_400_000),
        ("1 200 000 €", 1_200_000),
        ("1\u202f200\u202f000 €", 1_200_000),
        ("1.200.000,50", 1_200_000.5),
        ("€ 3,5 Mio", 3_500_000),
        ("USD 4.5bn", 4_500_000_000),
        ("12k", 12_000),
        ("~2m", 2_000_000),
        (1234.5, 1234.5),
    ],
)
def test_money_text_becomes_a_number(text: object, amount: float) -> None:
    assert parse_money(text) == pytest.approx(amount)


@pytest.mark.parametrize("text", ["NA", "exempt under section 43", "TBC", "50%", "1-2M", ""])
def test_unreadable_money_is_a_cell_error(text: str) -> None:
    with pytest.raises(CellError, match=r"not an amount|percentage"):
        parse_money(text)


def test_column_scale_applies_only_to_bare_numbers() -> None:
    assert scale_from_header("TOTAL Baseline Whole Life Costs (£m) (including …)") == 1e6
    assert scale_from_header("Cost ($000)") == 1e3
    assert scale_from_header("Total Cost") == 1
    assert parse_money("£278", scale=1e6) == 278e6
    assert parse_money("1.5k", scale=1e6) == 1500


@pytest.mark.parametrize(
    ("text", "role", "quarter"),
    [
        ("2027-Q1", "start", "2027-Q1"),
        ("Q3 2027", "start", "2027-Q3"),
        ("Q1-28", "start", "2028-Q1"),
        ("July 31, 2022", "end", "2022-Q3"),
        ("31 July 2022", "end", "2022-Q3"),
        ("31/12/2026", "end", "2026-Q4"),
        ("2013-03-29", "start", "2013-Q1"),
        ("Jul-22", "start", "2022-Q3"),
        ("2027", "start", "2027-Q1"),
        ("2027", "end", "2027-Q4"),
        ("H2 2027", "end", "2027-Q4"),
        ("31.03.2027", "start", "2027-Q1"),
        (45000, "start", "2023-Q1"),
    ],
)
def test_dates_become_quarters(text: object, role: str, quarter: str) -> None:
    assert str(parse_quarter(text, role=role)) == quarter


@pytest.mark.parametrize("text", ["TBC", "2024-25", "next year", "31/02/2027"])
def test_unreadable_dates_are_cell_errors(text: str) -> None:
    with pytest.raises(CellError):
        parse_quarter(text)


def test_day_month_order_is_judged_from_the_whole_column() -> None:
    assert detect_day_month_order(["03/04/2027", "25/04/2027"]) == ("dmy", 1)
    assert detect_day_month_order(["03/04/2027", "04/25/2027"]) == ("mdy", 1)
    assert detect_day_month_order(["03/04/2027"]) == (None, 1)
    assert str(parse_quarter("03/04/2027", order="mdy")) == "2027-Q1"
    assert str(parse_quarter("03/04/2027", order="dmy")) == "2027-Q2"


def test_strength_words() -> None:
    assert [parse_strength(v) for v in ("weak", "Moderate", "STRONG", "3", 2.0, "high", "++")] == [
        1,
        2,
        3,
        3,
        2,
        3,
        2,
    ]
    with pytest.raises(CellError):
        parse_strength("4")


# -- reading files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("utf-16-le", ","), ("cp1252", ";")],
)
def test_encodings_and_delimiters_are_detected(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = [["Code", "Name", "Cost"], ["A-1", "Café – Zürich €", "1,5"], ["A-2", "Straße", "2"]]
    text = (
        "\r\n".join(delimiter.join(f'"{c}"' if "," in c else c for c in r) for r in rows) + "\r\n"
    )
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(encoding))
    source = open_table(path)
    assert source.delimiter == delimiter
    assert source.headers == ["Code", "Name", "Cost"]
    assert [cells[1] for _n, cells in source.rows()] == ["Café – Zürich €", "Straße"]


def test_wrong_file_type_for_the_extension(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Code", "Title"])
    xlsx_named_csv = tmp_path / "really.csv"
    wb.save(xlsx_named_csv)
    with pytest.raises(TabularError, match="is an Excel workbook"):
        open_table(xlsx_named_csv, expected="csv")
    csv_named_xlsx = tmp_path / "really.xlsx"
    csv_named_xlsx.write_text("Code,Title\nA,B\n", encoding="utf-8")
    with pytest.raises(TabularError, match="not an Excel workbook"):
        open_table(csv_named_xlsx, expected="xlsx")
    old_xls = tmp_path / "old.xlsx"
    old_xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(TabularError, match="Excel 97-2003"):
        open_table(old_xls)
    broken_zip = tmp_path / "broken.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"garbage" * 10)
    with pytest.raises(TabularError, match="not a readable Excel workbook"):
        open_table(broken_zip)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(TabularError, match="binary data"):
        open_table(binary)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TabularError, match="empty"):
        open_table(empty)


def test_leading_title_and_empty_rows_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        ",,,\nFY27 roadmap,,,\n,,,\nCode,Title,Start,End\nA,Alpha,2027-Q1,2027-Q2\n",
        encoding="utf-8",
    )
    source = open_table(path)
    assert source.header_row == 4
    assert source.sample() == [(5, ["A", "Alpha", "2027-Q1", "2027-Q2"])]


def test_xlsx_formulas_merged_cells_hidden_sheets_and_leading_rows(
    tmp_path: Path, empty_plan: Path
) -> None:
    path = tmp_path / "projects.xlsx"
    wb = Workbook()
    lookup = wb.active
    lookup.title = "Lookup"
    lookup.append(["not", "this"])
    lookup.sheet_state = "hidden"
    ws = wb.create_sheet("Projects")
    wb.active = 1
    ws["A1"] = "FY27 roadmap (draft)"
    ws.append([])
    ws.append(
        [
            "Project ID",
            "Project Name",
            "Cost (£k)",
            "Total Cost",
            "Category",
            "Start Date",
            "End Date",
        ]
    )
    ws.append(["P-1", "CRM", 1200, "=C4*1000", "Grow", "2027-01-15", "2027-06-30"])
    ws.append(["P-2", "ERP", 800, "=C5*1000", None, "Q3 2027", "2028"])
    ws.merge_cells("E4:E5")
    wb.save(path)
    source = open_table(path)
    assert source.sheet == "Projects" and source.header_row == 3
    notes = " ".join(source.notes)
    assert "Hidden sheet 'Lookup' was skipped" in notes
    assert "E4:E5" in notes
    assert "2 formula cells have no saved result" in notes
    with open_plan(empty_plan) as doc:
        prepared = import_file(doc.session, path, kind="items")
        assert prepared.report.ok, prepared.report.lines()
        doc.execute(prepared.command())
    items = items_of(empty_plan)
    assert items["P-2"].category == "grow"  # the merged cell's value
    assert str(items["P-2"].end) == "2028-Q4"
    # openpyxl stores no formula results: capex read from "Cost (£k)" would be wrong, so
    # the mapping prefers "Total Cost", whose cells are empty without a saved result.
    assert items["P-1"].capex == 0


def test_streaming_reader_holds_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    line = b"ITEM-%07d,Some project title that is fairly long,2027-Q1,2027-Q4,1200000\n"
    with path.open("wb") as fh:
        fh.write(b"code,title,start,end,capex\n")
        block = b"".join(line % i for i in range(10_000))
        for _ in range(30):  # about 20 MB
            fh.write(block)
    tracemalloc.start()
    try:
        source = open_table(path)
        first = source.sample(3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert first[0][1][0] == "ITEM-0000000"
    assert peak < 4_000_000, peak


def test_too_many_rows_are_refused_before_converting(
    tmp_path: Path, empty_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stratplanner.io.table_import as ti

    monkeypatch.setattr(ti, "MAX_ROWS", 10)
    path = tmp_path / "t.csv"
    path.write_text("code,title\n" + "".join(f"A{i},T{i}\n" for i in range(20)), encoding="utf-8")
    with open_plan(empty_plan) as doc, pytest.raises(MappingError, match="more than 10 rows"):
        import_file(doc.session, path, kind="items")


# -- mapping -----------------------------------------------------------------------------


def test_guess_mapping_uses_synonyms_and_checks_values() -> None:
    headers = [
        "Project Name",
        "Start Date",
        "Total Cost",
        "Owner",
        "Category",
        "End Date",
        "Project ID",
    ]
    sample = [["A", "2027-Q1", "1M", "Ann", "Military", "2027-Q2", "A-1"]] * 5
    mapping = guess_mapping(headers, "items", sample)
    assert mapping.columns == {
        "title": "Project Name",
        "start": "Start Date",
        "capex": "Total Cost",
        "sponsor": "Owner",
        "end": "End Date",
        "code": "Project ID",
    }  # "Category" holds no run/grow/transform values, so it is left out
    mapping = guess_mapping(["TOTAL Baseline Whole Life Costs (£m) (incl.)", "Name"], "items")
    assert mapping.columns["capex"].startswith("TOTAL") and mapping.scale == {"capex": 1e6}


def test_mapping_saves_loads_and_refuses_nonsense(tmp_path: Path) -> None:
    mapping = Mapping(
        "items", columns={"title": "Project Name"}, scale={"capex": 1e6}, create_missing=["person"]
    )
    path = mapping.save(tmp_path / "m.json")
    assert Mapping.load(path) == mapping
    data = json.loads(path.read_text(encoding="utf-8"))
    data["columns"]["colour"] = "Colour"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(MappingError, match="no field 'colour'"):
        Mapping.load(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(MappingError, match="not valid JSON"):
        Mapping.load(path)
    with pytest.raises(MappingError, match="no kind of record"):
        Mapping("widgets")
    with pytest.raises(MappingError, match="needs it"):
        Mapping("items").validate()


# -- importing ---------------------------------------------------------------------------


def test_dirty_cells_warn_and_bad_rows_are_rejected_with_row_numbers(
    tmp_path: Path, sample_plan: Path
) -> None:
    path = tmp_path / "items.csv"
    path.write_text(
        ITEMS_CSV
        + ",No title here,2027-Q1,2027-Q2,1,proposed,\n"  # row 6: title and code both empty
        + "CRM-1,Duplicate,2027-Q1,2027-Q2,1,proposed,\n"  # row 7: duplicate code
        + "X-9,Owner who isn't there,2027-Q1,2027-Q2,1,proposed,Nobody Known\n"  # row 8: warned
        + "ERP-FIN,Clash with the plan,2027-Q1,2027-Q2,1,proposed,\n",  # row 9: code in plan
        encoding="utf-8",
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace(",No title here,", ",,"), encoding="utf-8"
    )
    with open_plan(sample_plan) as doc:
        prepared = import_file(doc.session, path, kind="items")
    report = prepared.report
    rejected = {p.row: p.message for p in report.rejected}
    assert set(rejected) == {6, 7, 9}
    assert "no title" in rejected[6]
    assert "duplicate code CRM-1 (already on row 2)" in rejected[7]
    assert "already has the code ERP-FIN" in rejected[9]
    warnings = {(w.row, w.column): w.message for w in report.warnings}
    # A person the plan (which has people) doesn't know: the sponsor is left empty, with a warning
    assert 'there is no person "Nobody Known"; sponsor left empty' in warnings[(8, "Owner")]
    assert report.names == {"person": {"Nobody Known": "empty"}}
    assert '"NA" is not an amount' in warnings[(4, "Total Cost")]
    assert "exempt under section 43" in warnings[(5, "Total Cost")]
    assert '"TBC" is not a date' in warnings[(5, "End Date")]
    assert "has a start (2027-Q2) but no end; left unscheduled" in warnings[(5, "Start Date")]
    with pytest.raises(ImportRejected):
        prepared.command()
    command = prepared.command(accept_clean=True)
    assert isinstance(command, InsertRecords) and command.count == 5


def test_import_is_one_undoable_step_that_removes_exactly_its_records(
    tmp_path: Path, sample_plan: Path
) -> None:
    path = tmp_path / "items.csv"
    path.write_text(ITEMS_CSV, encoding="utf-8")
    before = items_of(sample_plan)
    with open_plan(sample_plan) as doc:
        prepared = import_file(doc.session, path, kind="items")
        assert prepared.report.ok
        undo = doc.execute(prepared.command())
        after = {i.code: i for i in load_snapshot(doc.session).items}
        assert set(after) - set(before) == {"CRM-1", "ERP-2", "DW-3", "SEC-4"}
        crm = after["CRM-1"]
        assert (str(crm.start), str(crm.end), crm.capex, crm.status) == (
            "2027-Q1",
            "2027-Q4",
            1_200_000,
            "in_progress",
        )
        erp = after["ERP-2"]
        assert (str(erp.start), str(erp.end), erp.capex) == ("2027-Q3", "2028-Q3", 1_200_000)
        assert after["DW-3"].capex == 0 and after["SEC-4"].start is None
        ids = {code: after[code].id for code in ("CRM-1", "ERP-2")}
        redo = doc.execute(undo)
        assert {i.code: i for i in load_snapshot(doc.session).items}.keys() == before.keys()
        doc.execute(redo)
        again = {i.code: i for i in load_snapshot(doc.session).items}
        assert {code: again[code].id for code in ids} == ids


def test_cli_rejects_and_leaves_the_plan_unchanged_unless_clean_rows_are_accepted(
    tmp_path: Path, sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "items.csv"
    path.write_text(ITEMS_CSV + "CRM-1,Duplicate,2027-Q1,2027-Q2,1,proposed,\n", encoding="utf-8")
    before = digest(sample_plan)
    code, out, err = run(
        capsys, "import", "csv", str(path), "--into", str(sample_plan), "--kind", "items"
    )
    assert code == 1
    assert "rejected: row 6: duplicate code CRM-1" in out and "Nothing was imported" in err
    assert digest(sample_plan) == before
    code, out, err = run(
        capsys,
        "import",
        "csv",
        str(path),
        "--into",
        str(sample_plan),
        "--kind",
        "items",
        "--accept-clean",
        "--save-mapping",
        str(tmp_path / "m.json"),
    )
    assert code == 0, err
    assert "Import 4 roadmap items" in out
    assert Mapping.load(tmp_path / "m.json").columns["capex"] == "Total Cost"
    code, _out, err = run(
        capsys, "import", "xlsx", str(path), "--into", str(sample_plan), "--kind", "items"
    )
    assert code == 1 and "not an Excel workbook" in err


def test_other_kinds_people_teams_objectives_links_demands_dependencies(
    tmp_path: Path, empty_plan: Path
) -> None:
    files = {
        "people": (
            "Name,Role,Side,Department\nAnn Lee,CFO,Business,Finance\nBo Chen,CIO,IT,Finance\n"
        ),
        "teams": "Team,FTE\nPlatform,6\nData,4.5\n",
        "objectives": (
            "Code,Objective,Theme,Owner,Weight,Target\n"
            "GROW,Grow revenue,,Ann Lee,5,\n"
            "ONLINE,Online sales +20%,GROW,Ann Lee,4,Q4 2028\n"
            "LOOP-A,Loop A,LOOP-B,,3,\n"
            "LOOP-B,Loop B,LOOP-A,,3,\n"
            "UNDER,Under a loop,LOOP-A,,3,\n"
        ),
        "items": (
            "Code,Title,Start,End,IT owner\n"
            "A,Alpha,2027-Q1,2027-Q2,Bo Chen\n"
            "B,Beta,2027-Q3,2027-Q4,BC\n"
            "C,Gamma,2028-Q1,2028-Q1,\n"
        ),
        "links": (
            "Objective,Item,Strength,Rationale\n"
            "ONLINE,A,strong,Because\n"
            "Grow revenue,B,2,\n"
            "ONLINE,A,weak,dup\n"
            "NOPE,C,1,\n"
        ),
        "demands": "Item,Team,FTE\nA,Platform,2\nB,Data,0.5 FTE\nC,Platform,0\n",
        "dependencies": "Item,Depends on\nB,A\nC,B\nA,C\nA,A\n",
    }
    results = {}
    with open_plan(empty_plan) as doc:
        for kind, text in files.items():
            path = tmp_path / f"{kind}.csv"
            path.write_text(text, encoding="utf-8")
            mapping = None
            if kind == "people":
                source = open_table(path)
                mapping = guess_mapping(source.headers, kind)
                mapping.create_missing = ["business_unit"]
            prepared = import_file(doc.session, path, kind=kind, mapping=mapping)
            results[kind] = {p.row: p.message for p in prepared.report.rejected}
            doc.execute(prepared.command(accept_clean=True))
        snap = load_snapshot(doc.session)
    assert {p.code: (p.side, p.role) for p in snap.people} == {
        "AL": ("business", "CFO"),
        "BC": ("it", "CIO"),
    }
    assert [b.code for b in snap.business_units] == ["Finance"]
    assert {t.code: t.capacity for t in snap.teams} == {"Platform": 6, "Data": 4.5}
    objectives = {o.code: o for o in snap.objectives}
    assert (
        objectives["ONLINE"].parent_id == objectives["GROW"].id
        and str(objectives["ONLINE"].target) == "2028-Q4"
    )
    assert set(objectives) == {"GROW", "ONLINE"}
    assert "cycle" in results["objectives"][4] and "was rejected" in results["objectives"][6]
    items = {i.code: i for i in snap.items}
    assert items["A"].it_owner_id == items["B"].it_owner_id is not None
    assert {(link.objective_id, link.item_id, link.strength) for link in snap.links} == {
        (objectives["ONLINE"].id, items["A"].id, 3),
        (objectives["GROW"].id, items["B"].id, 2),
    }
    assert "duplicate alignment link (already on row 2)" in results["links"][4]
    assert 'there is no objective "NOPE"' in results["links"][5]
    assert {(d.item_id, d.fte) for d in snap.demands} == {(items["A"].id, 2), (items["B"].id, 0.5)}
    assert "FTE must be more than 0" in results["demands"][4]
    assert {(d.before_id, d.after_id) for d in snap.dependencies} == {
        (items["A"].id, items["B"].id),
        (items["B"].id, items["C"].id),
    }
    assert "would make a cycle" in results["dependencies"][4]
    assert "can't depend on itself" in results["dependencies"][5]


def test_mixed_date_formats_in_one_column(tmp_path: Path, empty_plan: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(
        "Code,Title,Start,End\n"
        "A,a,2027-01-15,15/03/2027\n"
        "B,b,Q2 2027,03/04/2027\n"
        "C,c,July 1 2027,30/09/2027\n"
        "D,d,2027,Dec 2027\n",
        encoding="utf-8",
    )
    with open_plan(empty_plan) as doc:
        prepared = import_file(doc.session, path, kind="items")
        assert prepared.report.ok and not prepared.report.warnings
        doc.execute(prepared.command())
    spans = {c: (str(i.start), str(i.end)) for c, i in items_of(empty_plan).items()}
    assert spans == {
        "A": ("2027-Q1", "2027-Q1"),
        "B": ("2027-Q2", "2027-Q2"),  # day-first: the column has 15/03 and 30/09
        "C": ("2027-Q3", "2027-Q3"),
        "D": ("2027-Q1", "2027-Q4"),
    }


def test_progress_is_reported_and_can_cancel(tmp_path: Path, empty_plan: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text("code,title\n" + "".join(f"A{i},T{i}\n" for i in range(5000)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    with open_plan(empty_plan) as doc:
        prepared = import_file(
            doc.session, path, kind="items", progress=lambda d, t: seen.append((d, t))
        )
        assert prepared.report.accepted == {"item": 5000}
        assert seen[-1] == (1000, 1000) and seen == sorted(seen)

        class Stop(Exception):
            pass

        def cancel(done: int, total: int) -> None:
            raise Stop

        before = digest(empty_plan)
        with pytest.raises(Stop):
            import_file(doc.session, path, kind="items", progress=cancel)
    assert digest(empty_plan) == before


# -- the real files ----------------------------------------------------------------------


@pytest.fixture
def real_copy(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for source in (GMPP, GC):
        target = tmp_path / source.name
        shutil.copyfile(source, target)
        out[source.stem] = target
    return out


def test_real_uk_gmpp_imports_as_items_with_warnings(
    real_copy: dict[str, Path], empty_plan: Path
) -> None:
    path = real_copy[GMPP.stem]
    source = open_table(path)
    assert source.encoding == "utf-8-sig" and len(source.headers) == 17
    mapping = guess_mapping(source.headers, "items", [c for _n, c in source.sample(50)])
    assert mapping.columns["code"] == "GMPP ID Number"
    assert mapping.columns["title"] == "Project Name"
    assert mapping.columns["business_unit"] == "Department"
    assert mapping.columns["start"].startswith("Project - Start Date")
    assert mapping.columns["capex"].startswith("TOTAL Baseline Whole Life Costs (£m)")
    assert mapping.scale == {"capex": 1e6}
    assert mapping.columns["risk"].startswith("IPA Delivery Confidence")
    assert "category" not in mapping.columns and "sponsor" not in mapping.columns
    mapping.create_missing = ["business_unit"]
    with open_plan(empty_plan) as doc:
        prepared = prepare_import(doc.session, source, mapping)
        report = prepared.report
        assert report.ok and report.accepted == {"item": 235}
        assert (
            len(report.created["business_unit"]) == 18 and "MOD" in report.created["business_unit"]
        )
        messages = [w.message for w in report.warnings]
        assert any("Exempt under Section 43" in m and "capex left empty" in m for m in messages)
        assert 40 <= len(messages) <= 150
        doc.execute(prepared.command())
    items = items_of(empty_plan)
    sub = items["MOD_0135_2122-Q1"]
    assert (sub.title, str(sub.start), str(sub.end), sub.capex, sub.risk) == (
        "Submarine Dismantling Project",
        "2013-Q1",
        "2026-Q4",
        278e6,
        "medium",
    )


def test_real_canada_it_projects_import_as_items(
    real_copy: dict[str, Path], tmp_path: Path, empty_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = real_copy[GC.stem]
    code, out, err = run(
        capsys,
        "import",
        "csv",
        str(path),
        "--into",
        str(empty_plan),
        "--kind",
        "items",
        "--create-missing",
        "business_unit",
        "--single-date",
        "same_quarter",
        "--full-report",
    )
    assert code == 0, err
    assert "495 roadmap items ready to import" in out and "47 new business units" in out
    items = items_of(empty_plan)
    crm = items["aafc-agriclient-crm"]
    assert crm.capex == 2_812_101 and str(crm.start) == str(crm.end) == "2022-Q3"
    # 14 rows have blank budget and date cells: they import empty, with no warning (blank is not
    # dirty)
    assert len(items) == 495 and sum(1 for i in items.values() if i.capex == 0) == 14
    assert sum(1 for i in items.values() if i.start is None) == 14
    assert "warning: " not in out


# -- XLSX written by a real spreadsheet program ------------------------------------------


@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice can't be found in CI: .ci/run installs libreoffice-calc-nogui")
        pytest.skip(
            "LibreOffice (soffice) is not installed; XLSX here are written by openpyxl only"
        )
    base = tmp_path_factory.mktemp("lo")
    csv_path = base / "roadmap.csv"
    csv_path.write_text(ITEMS_CSV, encoding="utf-8")
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws["A1"] = "FY27 roadmap (draft)"
    ws.append([])
    ws.append(
        [
            "Project ID",
            "Project Name",
            "Cost (£k)",
            "Total Cost",
            "Category",
            "Start Date",
            "End Date",
        ]
    )
    ws.append(["P-1", "CRM", 1200, "=C4*1000", "Grow", "2027-01-15", "2027-06-30"])
    ws.append(["P-2", "ERP", 800, "=C5*1000", None, "Q3 2027", "2028"])
    ws.merge_cells("E4:E5")
    hidden = wb.create_sheet("Lookup")
    hidden.append(["not", "this"])
    hidden.sheet_state = "hidden"
    formulas = base / "formulas.xlsx"
    wb.save(formulas)
    out = base / "out"
    out.mkdir()
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{base}/profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(csv_path),
            str(formulas),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return {"roadmap": out / "roadmap.xlsx", "formulas": out / "formulas.xlsx"}


def test_xlsx_from_libreoffice_imports(
    libreoffice_files: dict[str, Path], empty_plan: Path
) -> None:
    with open_plan(empty_plan) as doc:
        prepared = import_file(
            doc.session, libreoffice_files["roadmap"], kind="items", expected="xlsx"
        )
        assert prepared.report.ok
        doc.execute(prepared.command())
        prepared = import_file(
            doc.session, libreoffice_files["formulas"], kind="items", expected="xlsx"
        )
        assert prepared.report.ok
        assert not any("no saved result" in n for n in prepared.report.notes)
        doc.execute(prepared.command())
    items = items_of(empty_plan)
    assert items["CRM-1"].capex == 1_200_000 and items["CRM-1"].status == "in_progress"
    assert items["ERP-2"].capex == 1_200_000 and items["DW-3"].capex == 0
    assert (
        items["P-1"].capex == 1_200_000 and items["P-2"].capex == 800_000
    )  # LibreOffice saved the results
    assert items["P-2"].category == "grow"
    assert Quarter.parse("2028-Q4") == items["P-2"].end


def test_a_runaway_cell_is_a_clear_error(tmp_path: Path, empty_plan: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('code,title\nA,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with (
        open_plan(empty_plan) as doc,
        pytest.raises(
            TabularError, match=r"Row 2 of t\.csv has a cell longer than 131,072 characters"
        ),
    ):
        import_file(doc.session, path, kind="items")
