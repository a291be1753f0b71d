"""Partnership commands on the command line (issue 7): output, edits, one-sentence refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import run
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def snapshot(path: Path):  # type: ignore[no-untyped-def]
    with open_plan(path, read_only=True) as doc:
        return load_snapshot(doc.session)


def test_partnership_report_text_and_json(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "partnership", str(sample_plan), "--today", "2027-07-01")
    assert code == 0, err
    for expected in (
        "Stores: 2.3 service provider (2027-06-30, +0.7 since 2026-09-30)",
        "SUPPLY Communication in business terms: 2 → 4; VALUE-STATEMENTS",
        'Item SUPPLIER-PORTAL "Supplier collaboration portal" needs a new IT owner: '
        "Farid Haddad has left.",
        "Justified only in technical terms: IAM-SSO",
        'Item CHECKOUT "One-page checkout and wallet payments" is done '
        "but adoption is below target",
        "No application enables: Price and promote, Sell media to brands",
        "Applications supporting no process: In-store kiosks, Lotus Notes databases",
        "Rachel Kim: not engaged since 2027-03-02",
    ):
        assert expected in out, expected
    code, out, _ = run(capsys, "partnership", str(sample_plan), "--json", "--today", "2027-07-01")
    document = json.loads(out)
    assert code == 0 and document["version"] == 1
    assert set(document) == {
        "version", "plan", "maturity", "gaps", "needs_sponsor", "business_terms", "kpis",
        "adoption", "processes", "relationships",
    }  # fmt: skip
    assert [m["business_unit"] for m in document["maturity"]] == [
        "STORES",
        "ECOM",
        "SUPPLY",
        "FINANCE",
        "MKTG",
    ]


def test_analyze_lists_needs_sponsor_findings(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "analyze", str(sample_plan))
    assert code == 0
    assert "Needs a sponsor: champions, IT owners or objective owners who have left (3)" in out


def test_assess_with_ratings_before_or_after_options(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ratings = [
        "strategic_planning=3", "shared_prioritization=3:4", "sponsorship-adoption=3",
        "business_terms=3", "business_acumen=2", "trust_delivery=3",
    ]  # fmt: skip
    code, out, err = run(
        capsys, "assess", str(sample_plan), *ratings[:3], "--unit", "stores",
        "--date", "2027-09-30", *ratings[3:],
        "--evidence", "business_terms=Cases in money now", "--by", "Robert Chen",
    )  # fmt: skip
    assert code == 0, err
    assert (
        out == "Recorded the assessment of Stores on 2027-09-30: average 2.8 (service provider).\n"
    )
    snap = snapshot(sample_plan)
    new = next(a for a in snap.assessments if a.code == "STORES-2027-09-30")
    rated = snap.ratings_by_assessment[new.id]
    assert rated["shared_prioritization"].target == 4
    assert rated["strategic_planning"].target == 3  # kept from the unit's previous assessment
    assert (
        rated["business_terms"].evidence == "Cases in money now"
        and new.assessed_by == "Robert Chen"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["strategic_planning=3"], "has no rating for shared prioritization of the portfolio"),
        (["strategic_planning=x"], "strategic_planning: 'x' is not a level"),
        (["mood=3"], "'mood' is not a dimension"),
        (["strategic_planning"], "is not DIMENSION=LEVEL[:TARGET]"),
        (["--date", "yesterday"], "--date 'yesterday' is not a date"),
    ],
)
def test_assess_refusals_are_one_sentence(
    sample_plan: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    date = [] if "--date" in args else ["--date", "2027-09-30"]
    code, _out, err = run(capsys, "assess", str(sample_plan), "--unit", "STORES", *date, *args)
    assert code == 1 and message in err and "Traceback" not in err
    code, _out, err = run(capsys, "assess", str(sample_plan), "strategic_planning=3")
    assert (
        code == 1
        and err.strip()
        == "stratplanner assess: the following arguments are required: --unit, --date."
    )


def test_person_left_lists_hands_over_and_refuses(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "person-left", str(sample_plan), "ogrant", "--dry-run")
    assert code == 0 and out.splitlines() == [
        "Olivia Grant holds 3 responsibilities:",
        '  sponsor of item MOBILE-POS "Mobile POS and queue busting"',
        '  champion of item POS-REFRESH "POS estate refresh"',
        '  champion of item CLIENTELING "Clienteling app for store associates"',
    ]
    code, _, err = run(
        capsys, "person-left", str(sample_plan), "ogrant", "--successor", "champion=ogrant"
    )
    assert (
        code == 1
        and "Olivia Grant can't be their own successor as champion of item POS-REFRESH" in err
    )
    code, _, err = run(
        capsys, "person-left", str(sample_plan), "ogrant", "--successor", "owner=jwhitaker"
    )
    assert code == 1 and "Olivia Grant is not any owner role" in err
    code, out, err = run(
        capsys, "person-left", str(sample_plan), "ogrant", "--successor", "champion=jwhitaker",
        "--date", "2027-07-01", "--reason", "Left in May",
    )  # fmt: skip
    assert code == 0, err
    assert "Done: Mark as left and hand over: Olivia Grant (2 successors)." in out
    assert (
        'Still needing a successor (1): sponsor of item MOBILE-POS "Mobile POS and queue busting"'
        in out
    )
    snap = snapshot(sample_plan)
    whitaker = next(p.id for p in snap.people if p.code == "jwhitaker")
    assert snap.item_by_code["POS-REFRESH"].champion_id == whitaker
    assert [c.reason for c in snap.sponsor_changes[-2:]] == ["Left in May", "Left in May"]
    code, out, _ = run(
        capsys, "person-left", str(sample_plan), "ogrant", "--successor", "MOBILE-POS:sponsor=none"
    )
    assert code == 0 and snapshot(sample_plan).item_by_code["MOBILE-POS"].sponsor_id is None


def test_person_moved(sample_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "person-moved", str(sample_plan), "therrera", "--unit", "STORES",
        "--successor", "SUPPLIER-PORTAL:sponsor=mbell",
    )  # fmt: skip
    assert code == 0, err
    assert "Done: Move Tomás Herrera (1 successor)." in out
    snap = snapshot(sample_plan)
    assert snap.item_by_code["SUPPLIER-PORTAL"].sponsor_id == next(
        p.id for p in snap.people if p.code == "mbell"
    )


def test_practice_item_and_kpi_actual(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "practice-item", str(sample_plan), "named-sponsor", "--unit", "STORES",
        "--start", "2027-Q4", "--end", "2028-Q1",
    )  # fmt: skip
    assert code == 0, err
    assert out == (
        "Added roadmap item NAMED-SPONSOR-STORES "
        '"A named business sponsor for every program" (proposed).\n'
    )
    code, _, err = run(capsys, "practice-item", str(sample_plan), "yoga")
    assert code == 1 and "There is no practice 'yoga'" in err
    code, out, err = run(
        capsys, "kpi-actual", str(sample_plan), "K-NPS", "2027-09-30=34", "2027-12-31=36"
    )
    assert code == 0, err
    assert out == "Recorded 2 actuals of K-NPS; latest 36 NPS on 2027-12-31.\n"
    code, _, err = run(capsys, "kpi-actual", str(sample_plan), "K-NPS", "2027-12-31=37")
    assert code == 1 and "already has an actual dated 2027-12-31 (36)" in err
    code, _, err = run(
        capsys, "kpi-actual", str(sample_plan), "K-NPS", "2028-03-31=1", "2028-02-29=2"
    )
    assert code == 1 and "the date 2028-02-29 comes after 2028-03-31" in err


def test_partnership_charts_from_the_command_line(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "radar.png"
    code, out, err = run(
        capsys, "partnership-chart", str(sample_plan), "--kind", "maturity", "-o", str(target),
        "--size", "8x5", "--dpi", "40", "--business-unit", "STORES",
    )  # fmt: skip
    assert code == 0, err
    assert target.read_bytes()[:4] == b"\x89PNG" and "Wrote the maturity chart" in out
    svg = tmp_path / "gaps.svg"
    code, out, err = run(
        capsys, "partnership-chart", str(sample_plan), "--kind", "maturity-gaps",
        "--business-unit", "MKTG", "-o", str(svg), "--size", "8x5",
    )  # fmt: skip
    assert code == 0, err
    assert svg.read_bytes().startswith(b"<?xml") and b"Marketing &amp; Customer" in svg.read_bytes()
    assert b"Supply Chain" not in svg.read_bytes()
    code, _, err = run(
        capsys,
        "partnership-chart",
        str(sample_plan),
        "--kind",
        "maturity",
        "--page",
        "2",
        "-o",
        str(svg),
    )
    assert code == 1 and "--page applies to the kpi-series chart, not the maturity chart" in err
    code, _, err = run(
        capsys, "partnership-chart", str(sample_plan), "--kind", "radar", "-o", str(target)
    )
    assert code == 1 and "There is no partnership chart 'radar'" in err
    code, _, err = run(
        capsys,
        "partnership-chart",
        str(sample_plan),
        "--kind",
        "maturity-trend",
        "--by",
        "team",
        "-o",
        str(target),
    )
    assert code == 1 and "use one of unit, dimension" in err
