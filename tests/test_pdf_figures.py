"""Issue 17: the board pack's figures agree with `stratplanner analyze --json`, add up, and read
right."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from stratplanner.analysis.figures import (
    number,
    objectives_text,
    percent_shares,
    status_counts,
    status_mix,
)
from stratplanner.cli.main import main
from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.export.pdf.risks import RISK_MARK
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import page_texts, snapshot_of_file, text_of

TODAY = date(2027, 5, 14)


@pytest.fixture(scope="module")
def analysed(_sample_plan_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["analyze", str(_sample_plan_master), "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def board(sample_snap_module: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fig") / "board.pdf"
    return export_pdf(sample_snap_module, target, PdfOptions(preset="board"), today=TODAY)


@pytest.fixture(scope="module")
def sample_snap_module(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def _money(value: float) -> str:
    return f"USD {value / 1e6:,.1f} m"


def test_percent_shares_sum_to_100_by_largest_remainder() -> None:
    assert percent_shares({"a": 1, "b": 1, "c": 1}) == {"a": 34, "b": 33, "c": 33}
    assert sum(percent_shares({"a": 32.9, "b": 22.25, "c": 36.5}).values()) == 100
    assert percent_shares({"a": 0.0, "b": 0.0}) == {"a": 0, "b": 0}
    assert percent_shares({"a": 5.0, "b": 0.0}) == {"a": 100, "b": 0}


def test_plurals_and_number_format() -> None:
    assert objectives_text(1, 0) == "1 objective" and number(1858) == "1,858"
    assert objectives_text(1858, 1) == "1,858 objectives under 1 theme"
    assert objectives_text(2, 5) == "2 objectives under 5 themes"


def test_cover_and_summary_agree_with_analyze(
    board: Path, analysed: dict, sample_snap_module
) -> None:
    texts = page_texts(board)
    cover, summary = texts[0], texts[1]
    total = _money(analysed["total_cost"])
    assert total in cover and total in summary
    assert f"{analysed['counted_items']} roadmap items" in cover.replace("\n", " ") or (
        f"{analysed['counted_items']}" in cover
    )
    leaves = sum(1 for o in analysed["objectives"] if not o["theme"])
    themes = sum(1 for o in analysed["objectives"] if o["theme"])
    assert f"objectives under {themes} themes" in cover and str(leaves) in cover
    assert f"{round(analysed['aligned_spend_share'] * 100)}%" in summary
    # The status mix lists every status and adds up to the items counted.
    match = re.search(r"items: (.*?) (?:In this pack|Top-ranked)", summary.replace("\n", " "))
    assert match, summary
    counts = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) [a-z]", match.group(1))]
    assert sum(counts) == analysed["counted_items"]
    counted = [i for i in sample_snap_module.items if i.status != "cancelled"]
    assert sum(n for _, n in status_counts(counted)) == len(counted)
    assert status_mix(counted) in summary.replace("\n", " ")


def test_run_grow_transform_shares_match_text_and_chart(board: Path, analysed: dict) -> None:
    shares = percent_shares(analysed["investment"]["by_category"])
    assert sum(shares.values()) == 100
    text = text_of(board)
    sentence = re.search(
        r"(\d+)% keeps the business running.*?(\d+)% grows.*?(\d+)% transforms", text
    )
    assert sentence
    assert [int(x) for x in sentence.groups()] == [
        shares["run"],
        shares["grow"],
        shares["transform"],
    ]
    for key, name in (("run", "Run"), ("grow", "Grow"), ("transform", "Transform")):
        assert f"{name} {shares[key]}%" in text  # the chart's share column prints the same numbers


def test_no_bad_plural_and_no_cut_names_on_board_pages(board: Path) -> None:
    text = text_of(board)
    assert "1 item that have" not in text and not re.search(r"\b1 items\b", text)
    # Names on the board pages are whole: nothing cut with an ellipsis mid-word.
    assert not re.search(r"\w…", text), re.findall(r"\S+\w…", text)[:5]


def test_risk_page_names_what_sequencing_cannot_place(board: Path) -> None:
    texts = page_texts(board)
    risk = next(t for t in texts if "What is at risk" in t and "Consequence" in t)
    assert "Headless commerce re-platform" in risk and "horizon" in risk
    assert "Ship-from-store" in risk and "+4 quarters" in risk
    assert "No active sponsor or champion" in risk and "Mobile POS and queue busting" in risk
    summary = texts[1]
    # The top-ranked item the sequence can't place carries the risk mark where it appears.
    line = summary.split("Headless commerce re-platform", 1)[1][:80]
    assert RISK_MARK in line


def test_strategy_preset_is_one_landscape_page(sample_snap_module, tmp_path: Path) -> None:
    out = export_pdf(
        sample_snap_module, tmp_path / "s.pdf", PdfOptions(preset="strategy"), today=TODAY
    )
    texts = page_texts(out)
    assert len(texts) == 1 and "Strategy on a page" in texts[0]
    for title in ("Grow digital revenue", "Cut store energy use by 20%", "KPIs that prove it"):
        assert title in texts[0]


def test_opex_is_a_total_everywhere() -> None:
    from stratplanner.analysis.figures import OPEX_MEANING

    assert "not a year" in OPEX_MEANING
    # The app's field help and overview say the same (read as text: no Qt needed here). The
    # field help is marked for translation where it is declared, so it holds the words
    # themselves (tests/ui/test_shell_language.py compares them as the app shows them).
    ui = Path(__file__).parents[1] / "src" / "stratplanner" / "ui"
    assert f'"{OPEX_MEANING.capitalize()}"' in (ui / "fields.py").read_text(encoding="utf-8")
    assert "a year, not counting cancelled" not in (ui / "views" / "overview.py").read_text(
        encoding="utf-8"
    )
    docs = (Path(__file__).parents[1] / "docs").glob("*.md")
    for doc in docs:
        assert "opex a year" not in doc.read_text(encoding="utf-8").lower()
