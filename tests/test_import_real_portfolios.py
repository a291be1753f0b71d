"""Issue 21: real portfolios import whole, in their own currency, with names and statuses mapped.

The files are real public data in tests/data/real (see tests/data/SOURCES.md): the UK
Government Major Projects Portfolio (amounts in £m, whole-life costs, department
acronyms) and a cut of the Canadian government IT projects list (statuses such as
"behind schedule" and "unknown (past due)").
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from cli_helpers import run
from stratplanner.io.mapping import Mapping, guess_mapping, later_versions, version_notes
from stratplanner.io.money_units import column_currency, currency_in, is_whole_life, parse_rates
from stratplanner.io.name_matching import Candidate, match_name
from stratplanner.io.parse_values import scale_from_header
from stratplanner.snapshot import load_snapshot
from stratplanner.store import create_plan_file, open_plan

REAL = Path(__file__).parent / "data" / "real"
GMPP = REAL / "GMPP_Government_Major_Projects_Portfolio_AR_Data_March_2022.csv"
GC_CUT = REAL / "gc-it-projects-combined-cut.csv"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(plan: Path):  # type: ignore[no-untyped-def]
    with open_plan(plan, read_only=True) as doc:
        return load_snapshot(doc.session)


def gmpp_rows(tmp_path: Path, count: int) -> Path:
    """The first ``count`` projects of the real GMPP file, headers and cells as they are."""
    with GMPP.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    target = tmp_path / "gmpp-cut.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows[: count + 1])
    return target


@pytest.fixture
def plan_with_units(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A plan in GBP that already has three business units (and no items)."""
    plan = create_plan_file(
        tmp_path / "units.stratplan", settings={"title": "Units", "currency": "GBP"}
    )
    units = tmp_path / "units.csv"
    units.write_text(
        "code,name\nMOD,Ministry of Defence\nMOJ,Ministry of Justice\nCO,Cabinet Office\n",
        encoding="utf-8",
    )
    code, _out, err = run(
        capsys, "import", "csv", str(units), "--into", str(plan), "--kind", "business_units"
    )
    assert code == 0, err
    return plan


# -- what headers and names mean ---------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "currency", "scale"),
    [
        ("TOTAL Baseline Whole Life Costs (£m) (including Non-Government Costs)", "GBP", 1e6),
        ("Budget ($M)", "$", 1e6),
        ("totalBudget", None, 1.0),
        ("Cost (k€)", "EUR", 1e3),
        ("Budget (CAD)", "CAD", 1.0),
        ("Cost, $ thousands", "$", 1e3),
        ("Spend (US$ bn)", "USD", 1e9),
    ],
)
def test_currency_and_scale_in_headers(header: str, currency: str | None, scale: float) -> None:
    assert currency_in(header) == currency
    assert scale_from_header(header) == scale


def test_currency_in_cells_and_rates() -> None:
    assert column_currency("totalBudget", ["$2,812,101", "", "$1,040,600"]) == "$"
    assert column_currency("Financial Year Baseline", ["£33.73", "Exempt under Section 43"]) == (
        "GBP"
    )
    assert column_currency("Amount", ["12 k€", "3"]) == "EUR"
    assert column_currency("Amount", ["12", "3"]) is None
    assert parse_rates(["GBP=1.27", "eur = 1.1"]) == {"GBP": 1.27, "EUR": 1.1}
    for bad in ("GBP", "GBP=", "GBP=-1", "POUND=1.2", "GBP=x"):
        with pytest.raises(ValueError, match="CODE=NUMBER"):
            parse_rates([bad])
    assert is_whole_life("TOTAL Baseline Benefits (£m)")
    assert is_whole_life("TOTAL Baseline Whole Life Costs (£m)")
    assert not is_whole_life("Financial Year Baseline (£m)")


def test_names_match_by_case_spacing_acronym_and_close_spelling() -> None:
    units = [
        Candidate(1, "MOD", "Ministry of Defence"),
        Candidate(2, "MOJ", "Ministry of Justice"),
        Candidate(3, "CO", "Cabinet Office"),
        Candidate(4, "HMRC", "HM Revenue & Customs"),
        Candidate(5, "DFT", "DFT"),
        Candidate(6, "HMT", "Treasury"),
    ]

    def code(text: str) -> str | None:
        found = match_name(text, units)
        return found.code if found else None

    assert code("cabinet  office") == "CO"
    assert code("HM Revenue and Customs") == "HMRC"
    assert code("MoD") == "MOD"
    assert code("Department for Transport") == "DFT"  # acronym of the file's name
    assert match_name("Ministry of Defence", [Candidate(1, "MOD", "MOD")]).how == "acronym"  # type: ignore[union-attr]
    assert code("Minstry of Justise") == "MOJ"
    assert match_name("Tresury", units).how == "close spelling"  # type: ignore[union-attr]
    assert code("Home Office") is None
    assert code("Ministry") is None  # both ministries are as close: no guess


# -- the UK portfolio --------------------------------------------------------------------


def test_uk_portfolio_imports_every_row_into_a_new_plan_in_gbp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "uk.stratplan"
    code, out, err = run(capsys, "import", "csv", str(GMPP), "--into", str(plan), "--kind", "items")
    assert code == 0, err
    assert "235 roadmap items ready to import" in out and "rejected" not in out
    assert "18 new business units to be created" in out
    assert "note: will create business units MOD, MOJ, DCMS" in out
    assert "takes the file's currency: GBP" in out
    assert "multiplied by 1,000,000" in out and "(whole-life) was taken as it" in out
    assert f"Created {plan}" in err
    snap = snapshot(plan)
    assert snap.info.currency == "GBP"
    items = {i.code: i for i in snap.items}
    assert len(items) == 235
    sub = items["MOD_0135_2122-Q1"]
    assert sub.capex == 278e6 and sub.annual_value == 0
    units = {u.id: u.code for u in snap.business_units}
    assert units[sub.business_unit_id] == "MOD"
    assert sorted(units.values())[:3] == ["BEIS", "CO", "DCMS"]
    code, out, _err = run(capsys, "info", str(plan))
    assert code == 0 and "capex GBP 494.18 bn" in out and "18 business units" in out


def test_a_failed_or_dry_import_into_a_new_plan_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "new.stratplan"
    code, _out, err = run(
        capsys, "import", "csv", str(GMPP), "--into", str(plan), "--kind", "items", "--dry-run"
    )
    assert code == 0 and "Dry run" in err
    untitled = tmp_path / "untitled.csv"
    untitled.write_text("Project Name,Department\n,MOD\nRadar,MOD\n", encoding="utf-8")
    code, out, err = run(
        capsys, "import", "csv", str(untitled), "--into", str(plan), "--kind", "items"
    )
    assert code == 1 and "row 2: no title" in out and "Nothing was imported" in err
    code, _out, err = run(
        capsys, "import", "csv", str(GMPP), "--into", str(tmp_path / "new.txt"), "--kind", "items"
    )
    assert code == 1 and "There is no plan at" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["untitled.csv"]


def test_unknown_units_into_a_plan_that_has_units_are_left_empty_by_default(
    tmp_path: Path, plan_with_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = gmpp_rows(tmp_path, 30)
    code, out, err = run(
        capsys, "import", "csv", str(cut), "--into", str(plan_with_units), "--kind", "items"
    )
    assert code == 0, err
    assert "30 roadmap items ready to import" in out
    assert (
        "business units named in the file matched none in the plan; those fields were left empty"
        in out
    )
    assert '"DCMS"' in out and "--unknown create" in out
    assert 'there is no business unit "DCMS"; business unit left empty' in out
    snap = snapshot(plan_with_units)
    units = {u.id: u.code for u in snap.business_units}
    assert sorted(units.values()) == ["CO", "MOD", "MOJ"]
    by_unit = {i.code: units.get(i.business_unit_id) for i in snap.items}
    assert by_unit["MOD_0135_2122-Q1"] == "MOD" and by_unit["MOJ_0050_2021-Q1"] == "MOJ"
    assert sum(1 for u in by_unit.values() if u is None) >= 10


def test_unknown_units_created_with_a_warning_or_rows_rejected_when_asked(
    tmp_path: Path, plan_with_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = gmpp_rows(tmp_path, 30)
    before = digest(plan_with_units)
    args = ["import", "csv", str(cut), "--into", str(plan_with_units), "--kind", "items"]
    code, out, err = run(capsys, *args, "--unknown", "reject")
    assert code == 1 and "Nothing was imported" in err
    assert 'rejected: row 5: business unit: there is no business unit "DCMS"' in out
    assert "(--unknown create or empty imports it)" in out
    assert digest(plan_with_units) == before
    code, out, err = run(capsys, *args, "--unknown", "create")
    assert code == 0, err
    assert "warning: " in out and "matched none in the plan and will be created" in out
    assert "--unknown empty leaves those fields empty instead" in out
    units = {u.code for u in snapshot(plan_with_units).business_units}
    assert {"CO", "MOD", "MOJ", "DCMS", "DFT"} <= units


def test_names_written_differently_match_the_plans_units(
    tmp_path: Path, plan_with_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "projects.csv"
    path.write_text(
        "Project Name,Department\n"
        "Radar,ministry of  defence\n"
        "Courts,Minstry of Justice\n"
        "Digital,Cabinet office\n"
        "Border,Home Office\n"
        ",MOD\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "import", "csv", str(path), "--into", str(plan_with_units), "--kind", "items",
        "--accept-clean",
    )  # fmt: skip
    assert code == 0, err
    assert '"Minstry of Justice" → MOJ (Ministry of Justice) by acronym' in out
    assert "rejected: row 6: no title" in out  # a row that can't be an item is still refused
    snap = snapshot(plan_with_units)
    units = {u.id: u.code for u in snap.business_units}
    got = {i.title: units.get(i.business_unit_id) for i in snap.items}
    assert got == {"Radar": "MOD", "Courts": "MOJ", "Digital": "CO", "Border": None}


def test_the_older_create_missing_flag_still_creates(
    tmp_path: Path, plan_with_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = gmpp_rows(tmp_path, 10)
    code, _out, err = run(
        capsys,
        "import", "csv", str(cut), "--into", str(plan_with_units), "--kind", "items",
        "--create-missing", "business_unit",
    )  # fmt: skip
    assert code == 0, err
    assert "DCMS" in {u.code for u in snapshot(plan_with_units).business_units}


# -- currencies --------------------------------------------------------------------------


def test_a_currency_mismatch_stops_unless_a_rate_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "usd.stratplan"
    seed = tmp_path / "seed.csv"
    seed.write_text("Project Name,Budget (USD)\nSeed,100\n", encoding="utf-8")
    code, _out, err = run(
        capsys, "import", "csv", str(seed), "--into", str(plan), "--kind", "items"
    )
    assert code == 0, err
    before = digest(plan)
    cut = gmpp_rows(tmp_path, 5)
    args = ["import", "csv", str(cut), "--into", str(plan), "--kind", "items"]
    code, out, err = run(capsys, *args)
    assert code == 1
    assert err.strip() == (
        "The amounts in gmpp-cut.csv are in GBP but the plan keeps its amounts in USD, so nothing "
        "was imported: give the rate, e.g. --rate GBP=1.25 (one GBP in USD), or import into a "
        "plan that holds no amounts yet."
    )
    assert digest(plan) == before
    code, out, err = run(capsys, *args, "--rate", "GBP=abc")
    assert code == 2 and "CODE=NUMBER" in err and digest(plan) == before
    code, out, err = run(capsys, *args, "--rate", "GBP=1.27")
    assert code == 0, err
    assert "Amounts in GBP were converted to USD at 1.27 USD per GBP" in out
    snap = snapshot(plan)
    assert snap.info.currency == "USD"
    sub = next(i for i in snap.items if i.code == "MOD_0135_2122-Q1")
    assert sub.capex == pytest.approx(278e6 * 1.27)


def test_a_bare_dollar_is_the_plans_dollar_or_the_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ca.csv"
    path.write_text('Project Name,totalBudget\nCRM,"$2,812,101"\n', encoding="utf-8")
    plan = tmp_path / "ca.stratplan"
    code, out, err = run(
        capsys, "import", "csv", str(path), "--into", str(plan), "--kind", "items",
        "--currency", "CAD",
    )  # fmt: skip
    assert code == 0, err
    assert snapshot(plan).info.currency == "CAD"
    again = tmp_path / "more.csv"
    again.write_text('Project Name,totalBudget\nWeb,"$1,040,600"\n', encoding="utf-8")
    code, out, err = run(
        capsys, "import", "csv", str(again), "--into", str(plan), "--kind", "items"
    )
    assert code == 0, err  # "$" into a CAD plan is taken as CAD: nothing to convert
    assert 'bare "$" were taken as CAD' in out
    assert {i.title: i.capex for i in snapshot(plan).items} == {"CRM": 2_812_101, "Web": 1_040_600}


def test_whole_life_benefits_are_never_a_yearly_value_without_a_warning(
    tmp_path: Path, empty_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gmpp-2023-like.csv"
    path.write_text(
        "Project Name,TOTAL Baseline Whole Life Costs (£m),TOTAL Baseline Benefits (£m)\n"
        'Radar,£278,"£1,200"\n',
        encoding="utf-8",
    )
    args = ["import", "csv", str(path), "--into", str(empty_plan), "--kind", "items"]
    code, out, err = run(capsys, *args, "--dry-run", "--save-mapping", str(tmp_path / "m.json"))
    assert code == 0, err
    assert (
        "holds whole-life benefits; the plan has only a yearly annual value, so it was not imported"
        in out
    )
    mapping = Mapping.load(tmp_path / "m.json")
    assert "annual_value" not in mapping.columns
    mapping.columns["annual_value"] = "TOTAL Baseline Benefits (£m)"
    mapping.scale["annual_value"] = 1e6
    mapping.save(tmp_path / "m.json")
    code, out, err = run(capsys, *args, "--mapping", str(tmp_path / "m.json"))
    assert code == 0, err
    assert (
        'warning: "TOTAL Baseline Benefits (£m)" holds whole-life amounts, but annual value is '
        "yearly: each amount was taken as one year's value, so annual value is overstated"
    ) in out
    (item,) = snapshot(empty_plan).items
    assert (item.capex, item.annual_value) == (278e6, 1200e6)


# -- the Canadian projects ---------------------------------------------------------------


def test_canadian_projects_import_every_row_with_statuses_mapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "ca.stratplan"
    code, out, err = run(
        capsys, "import", "csv", str(GC_CUT), "--into", str(plan), "--kind", "items",
        "--currency", "CAD",
    )  # fmt: skip
    assert code == 0, err
    assert "21 roadmap items ready to import" in out and "rejected" not in out
    assert (
        'Status words read: "completed" → done (11 rows), "unknown (past due)" → in progress '
        '(4 rows; the word is kept in the description), "new" → proposed (3 rows), '
        '"behind schedule" → in progress (3 rows; the word is kept in the description).'
    ) in out
    snap = snapshot(plan)
    assert snap.info.currency == "CAD"
    items = {i.code: i for i in snap.items}
    assert len(items) == 21
    gcdp = items["aafc-gcdp-crm"]
    assert gcdp.status == "in_progress"
    assert gcdp.description.endswith("Status in gc-it-projects-combined-cut.csv: behind schedule.")
    assert items["aafc-cnsc-sap"].status == "done" and items["aafc-lti"].status == "done"
    assert items["aafc-agriclient-crm"].status == "proposed"
    counts: dict[str, int] = {}
    for item in items.values():
        counts[item.status] = counts.get(item.status, 0) + 1
    assert counts == {"done": 11, "in_progress": 7, "proposed": 3}
    assert {u.name for u in snap.business_units} == {
        "Agriculture and Agri-Food Canada",
        "Indigenous Services Canada & Crown-Indigenous Relations and Northern Affairs Canada",
    }


# -- original and latest versions of a column --------------------------------------------


def test_the_guess_prefers_the_latest_version_of_a_column() -> None:
    with GC_CUT.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    headers, sample = rows[0], rows[1:51]
    mapping = guess_mapping(headers, "item", sample)
    assert mapping.columns["capex"] == "latestBudget"
    assert mapping.columns["end"] == "latestEstimatedCompletionDate"
    assert mapping.columns["title"] == "latestProjectName"
    assert version_notes(headers, mapping) == [
        "Capex is read from 'latestBudget', the later version; 'originalBudget' (the earlier "
        "one) was not imported.",
        "End is read from 'latestEstimatedCompletionDate', the later version; "
        "'originalEstimatedCompletionDate' (the earlier one) was not imported.",
    ]
    # The same whichever comes first, and for the other words a later version goes by.
    for earlier, later in [
        ("Original Budget", "Revised Budget"),
        ("Initial cost", "Current cost"),
        ("Baseline Cost (£m)", "Forecast Cost (£m)"),
        ("Budget (original)", "Budget (updated)"),
    ]:
        for order in ([earlier, later], [later, earlier]):
            guessed = guess_mapping(["Project Name", *order], "item")
            assert guessed.columns["capex"] == later, order
    # Chosen by hand, the earlier one is used and the report says a later one exists.
    mapping.columns["capex"] = "originalBudget"
    assert version_notes(headers, mapping)[0] == (
        "Capex is read from 'originalBudget', though the file also has a later version, "
        "'latestBudget', which was not imported."
    )
    # Columns that are not two versions of one are left alone.
    assert later_versions(["Budget", "Latest budget delta", "Original start"]) == {}


def test_canadian_projects_take_the_latest_budget_and_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "ca.stratplan"
    code, out, err = run(
        capsys, "import", "csv", str(GC_CUT), "--into", str(plan), "--kind", "items",
        "--currency", "CAD", "--single-date", "same_quarter",
    )  # fmt: skip
    assert code == 0, err
    assert "Capex is read from 'latestBudget', the later version" in out
    assert "'originalEstimatedCompletionDate' (the earlier one) was not imported" in out
    items = {i.code: i for i in snapshot(plan).items}
    assert items["aafc-gcdp-crm"].capex == 21289200  # originalBudget is 11195560
    assert items["inac-gcdocs"].capex == 11000000
    assert str(items["inac-rims-2"].end) == "2023-Q1"  # the original date is 2018-04-04


# -- what the desktop mapping step asks the core ------------------------------------------


def test_a_preview_names_every_unit_of_the_file_and_reports_the_currency(
    plan_with_units: Path, tmp_path: Path
) -> None:
    """The preview reads 50 rows; names_in_file gives it every name, so row 80's is decided."""
    from stratplanner.io.table_import import CurrencyMismatch, names_in_file, preview_import
    from stratplanner.io.tabular import open_table

    lines = ["Project Name,Department,Cost (£m)"]
    lines += [f"P{n},{'Legal' if n == 80 else 'MOD'},1" for n in range(1, 101)]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = open_table(path)
    mapping = guess_mapping(source.headers, "item", [c for _n, c in source.sample(50)])
    assert names_in_file(source, ["Department"]) == {"Department": ["MOD", "Legal"]}
    with open_plan(plan_with_units) as doc:
        short = preview_import(doc.session, source, mapping, limit=50)
        assert short.report.names.get("business_unit", {}) == {}
        whole = preview_import(
            doc.session, source, mapping, limit=50, names=names_in_file(source, ["Department"])
        )
        assert whole.report.names == {"business_unit": {"Legal": "empty"}}
        assert len(whole.outcomes) == 50
    # A plan without items takes the file's currency, unless the user keeps the plan's:
    # then a rate is needed, and converts.
    usd = create_plan_file(tmp_path / "usd.stratplan", settings={"title": "USD"})
    with open_plan(usd) as doc:
        taken = preview_import(doc.session, source, mapping)
        assert taken.report.settings == {"currency": "GBP"} and taken.report.converted == {}
        with pytest.raises(CurrencyMismatch) as stop:
            preview_import(doc.session, source, mapping, keep_currency=True)
        assert (stop.value.currencies, stop.value.target) == (["GBP"], "USD")
        kept = preview_import(doc.session, source, mapping, keep_currency=True, rates={"GBP": 2.0})
        assert kept.report.settings == {} and kept.report.converted == {"GBP": 2.0}
        assert kept.report.target_currency == "USD"
        assert kept.outcomes[0].values["capex"] == 2_000_000


# -- the hints are worded for their caller: flags on the command line --------------------


def test_the_command_lines_hints_name_its_flags(
    tmp_path: Path, plan_with_units: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report's hints, word for word, as the command line prints them."""
    path = tmp_path / "dollars.csv"
    path.write_text(
        'Project Name,Total Cost,Department\nRadar,"$1,200",MOD\nVault,"$300",Legal\n',
        encoding="utf-8",
    )
    args = ["import", "csv", str(path), "--into", str(plan_with_units), "--kind", "items"]
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 0, err
    assert (
        "warning: 1 business unit named in the file matched none in the plan; those fields "
        'were left empty: "Legal" (--unknown create makes the business units instead).'
    ) in out.splitlines()
    assert (
        'note: Amounts written with a bare "$" were taken as USD; if they are another dollar, '
        "say which (command line: --currency CAD)."
    ) in out.splitlines()
    code, out, err = run(capsys, *args, "--dry-run", "--unknown", "create")
    assert ('created: "Legal" (--unknown empty leaves those fields empty instead).') in out
    code, out, err = run(capsys, *args, "--dry-run", "--unknown", "reject")
    assert (
        'rejected: row 3: business unit: there is no business unit "Legal" '
        "(--unknown create or empty imports it)"
    ) in out.splitlines()


def test_a_caller_words_the_hints_for_its_own_controls(tmp_path: Path, empty_plan: Path) -> None:
    """prepare_import(wording=…): every hint in the caller's words, the names filled in."""
    from stratplanner.io.import_report import ImportWording
    from stratplanner.io.table_import import CurrencyMismatch, prepare_import
    from stratplanner.io.tabular import opened_table

    wording = ImportWording(
        unknown_rejected="pick one for the {one}",
        unknown_created="untick to leave them",
        unknown_emptied="tick to make the {label}",
        other_dollar="pick the dollar",
        give_rate="say what one {code} is in {target}",
    )
    path = tmp_path / "dollars.csv"
    path.write_text('Project Name,Total Cost,Department\nVault,"$300",Legal\n', encoding="utf-8")
    units = Mapping(kind="business_unit", columns={"code": "code", "name": "name"})
    with open_plan(empty_plan) as doc:
        seed = tmp_path / "units.csv"
        seed.write_text("code,name\nMOD,Ministry of Defence\n", encoding="utf-8")
        with opened_table(seed) as source:
            doc.execute(prepare_import(doc.session, source, units).command())
        with opened_table(path) as source:
            mapping = guess_mapping(source.headers, "item", [])
            said = prepare_import(doc.session, source, mapping, wording=wording).report
            lines = [*said.alerts, *said.notes]
            assert any(
                line.endswith('"Legal" (tick to make the business units).') for line in lines
            )
            assert any(line.endswith("; pick the dollar.") for line in lines)
            mapping.unknown = "create"
            said = prepare_import(doc.session, source, mapping, wording=wording).report
            assert any(a.endswith("(untick to leave them).") for a in said.alerts)
            mapping.unknown = "reject"
            said = prepare_import(doc.session, source, mapping, wording=wording).report
            assert said.rejected[0].message.endswith("(pick one for the business unit)")
            assert not any("--" in line for line in said.lines())
            mapping.unknown = "create"
            doc.execute(prepare_import(doc.session, source, mapping).command())  # in USD
            mapping.currency = "CAD"
            with pytest.raises(CurrencyMismatch) as stop:
                prepare_import(doc.session, source, mapping, wording=wording)
            assert "say what one CAD is in USD, or import" in str(stop.value)
            assert stop.value.dollar == "CAD"


# -- a plan's money is more than its items; rates are into the plan's currency ------------


def test_a_rate_keeps_the_plan_currency_and_a_budget_cap_is_money(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A USD plan without items but with a USD 5.0 m cap: the file's GBP never becomes the
    plan's currency (the cap would silently be GBP 5.0 m); --rate GBP converts to USD."""
    plan = create_plan_file(tmp_path / "usd.stratplan", settings={"title": "USD"})
    code, _out, err = run(capsys, "scenario", str(plan), "create", "Board cap", "--budget", "5m")
    assert code == 0, err
    path = tmp_path / "items.csv"
    path.write_text("code,title,capex (GBP)\nA1,Alpha,1000\nB2,Beta,2000\n", encoding="utf-8")
    args = ["import", "csv", str(path), "--into", str(plan), "--kind", "items"]
    before = digest(plan)
    # Without a rate the cap is money in USD: the plan keeps USD and the import stops.
    code, _out, err = run(capsys, *args)
    assert code == 1
    assert "are in GBP but the plan keeps its amounts in USD" in err
    assert "import into a plan that holds no amounts yet" in err
    assert digest(plan) == before
    code, out, err = run(capsys, *args, "--rate", "GBP=1.27")
    assert code == 0, err
    assert "converted to USD at 1.27 USD per GBP" in out
    after = snapshot(plan)
    assert after.info.currency == "USD"
    assert sorted(i.capex for i in after.items) == [1270, 2540]
    code, out, err = run(capsys, "scenario", str(plan), "list")
    assert code == 0, err
    assert "USD 5.0 m" in out and "GBP" not in out


def test_rates_into_a_plan_without_money_are_rates_of_its_currency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """GBP and EUR columns with --rate GBP=1.27 --rate EUR=1.08 into an empty USD plan:
    both are converted to USD (before, the plan became GBP and EUR 1000 became GBP 1080)."""
    plan = create_plan_file(tmp_path / "usd.stratplan", settings={"title": "USD"})
    path = tmp_path / "mixed.csv"
    path.write_text("code,title,capex (GBP),opex (EUR)\nA1,Alpha,1000,1000\n", encoding="utf-8")
    args = ["import", "csv", str(path), "--into", str(plan), "--kind", "items"]
    before = digest(plan)
    # Without rates the plan can't take both currencies: it stops, naming both.
    code, _out, err = run(capsys, *args)
    assert code == 1
    assert err.strip() == (
        "The amounts in mixed.csv are in GBP and EUR, but a plan keeps its amounts in one "
        "currency, so nothing was imported: convert them to the plan's currency, USD, with a "
        "rate for EUR and GBP (give the rate, e.g. --rate EUR=1.25 (one EUR in USD))."
    )
    assert digest(plan) == before
    code, out, err = run(capsys, *args, "--rate", "GBP=1.27", "--rate", "EUR=1.08")
    assert code == 0, err
    assert "converted to USD at 1.27 USD per GBP" in out
    assert "converted to USD at 1.08 USD per EUR" in out
    assert "takes the file's currency" not in out
    after = snapshot(plan)
    assert after.info.currency == "USD"
    (item,) = after.items
    assert (item.capex, item.opex) == (1270, 1080)


def test_what_counts_as_money_in_the_plan(tmp_path: Path) -> None:
    """Items, a scenario's cap, a workshop round's budget, a baseline: not a cap-less
    scenario; and one file currency into a plan without money is still taken."""
    from stratplanner.io.table_import import plan_money
    from stratplanner.model.entities import BudgetScenario

    plan = create_plan_file(tmp_path / "usd.stratplan", settings={"title": "USD"})
    with open_plan(plan) as doc:
        assert plan_money(doc.session) == ("USD", 0)
        doc.session.add(BudgetScenario(code="ALL", name="No cap", budget=None))
        doc.session.commit()
        assert plan_money(doc.session) == ("USD", 0)
        doc.session.add(BudgetScenario(code="CAP", name="Cap", budget=5e6))
        doc.session.commit()
        assert plan_money(doc.session) == ("USD", 1)
