"""Layout that must hold for real plans: a long roadmap tiles across landscape pages with its
quarter header on each, long horizons tile across, and the CLI drives it all."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from stratplanner.cli.main import main
from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.export.pdf.sections import timeline as timeline_section
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import (
    LETTER,
    outline_titles,
    page_count,
    page_sizes,
    page_texts,
    plan_from_dict,
    sample_dict,
    text_of,
)

TODAY = date(2027, 5, 14)


@pytest.fixture(scope="module")
def medium_snap(tmp_path_factory: pytest.TempPathFactory) -> PlanSnapshot:
    plan = synthetic_plan_dict(200, seed=11)
    plan["plan"]["quarters"] = 12
    return plan_from_dict(plan, tmp_path_factory.mktemp("medium"))


def _timeline_pages(path: Path) -> list[str]:
    return [t for t in page_texts(path) if "Roadmap timeline" in t]


def test_long_roadmap_tiles_across_landscape_pages(
    medium_snap: PlanSnapshot, tmp_path: Path
) -> None:
    out = export_pdf(
        medium_snap,
        tmp_path / "team.pdf",
        PdfOptions(preset="team", sections=["timeline"]),
        today=TODAY,
    )
    sizes = page_sizes(out)
    assert all(w > h for w, h in sizes), "every timeline page is landscape"
    pages = _timeline_pages(out)
    assert len(pages) == len(sizes) >= 2
    for n, text in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in text
        # The quarter header repeats on every page.
        assert {"Q1", "Q2", "Q3", "Q4", "2027", "2028", "2029"} <= set(text.split()), text[:300]
    # Bars are labelled at a readable size: item titles appear as text on the pages.
    titles = [i.title for i in medium_snap.items[:40]]
    shown = sum(1 for t in titles if t[:12] in " ".join(pages))
    assert shown >= 10


def test_board_pack_keeps_a_long_roadmap_to_a_few_pages(
    medium_snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The team pack needs two pages for this roadmap (above); allow the board one.
    monkeypatch.setattr(timeline_section, "BOARD_PAGES", 1)
    out = export_pdf(
        medium_snap,
        tmp_path / "board.pdf",
        PdfOptions(preset="board", sections=["timeline"]),
        today=TODAY,
    )
    pages = _timeline_pages(out)
    assert len(pages) == 1
    assert "the work by theme" in pages[0] and "too many to draw one by one" in pages[0]


def test_long_horizon_tiles_across_quarter_windows(tmp_path: Path) -> None:
    d = sample_dict()
    d["plan"]["quarters"] = 28
    d["items"][0].update(start="2031-Q2", end="2033-Q2")
    snap = plan_from_dict(d, tmp_path)
    team = PdfOptions(preset="team", sections=["timeline"])
    out = export_pdf(snap, tmp_path / "long.pdf", team, today=TODAY)
    text = text_of(out)
    # 28 quarters: two windows of whole years, the first as wide as fits.
    assert "Roadmap timeline, 2027-Q1 to 2030-Q4" in text
    assert "Roadmap timeline, 2031-Q1 to 2033-Q4" in text
    # The board sees the whole horizon on one page.
    board = export_pdf(snap, tmp_path / "board.pdf", PdfOptions(sections=["timeline"]), today=TODAY)
    assert page_count(board) <= timeline_section.BOARD_PAGES
    for page in page_texts(board):
        assert "2033" in page.split() and "Roadmap timeline," not in page


def test_cli_writes_the_pdf_with_every_option(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stores.pdf"
    code = main(
        [
            "export", "pdf", str(sample_plan), "-o", str(out),
            "--preset", "board", "--sections", "cover,summary", "--sections", "objectives",
            "--business-unit", "STORES", "--from", "2027-Q3", "--to", "2029-Q2",
            "--paper", "letter", "--confidentiality", "Board only — do not forward",
            "--accent", "#aa3300", "--author", "Robert Chen, CIO",
        ]
    )  # fmt: skip
    stdout, stderr = capsys.readouterr()
    assert code == 0, stderr
    assert f"Wrote {out}" in stdout
    assert all(abs(w - LETTER[0]) < 1 and abs(h - LETTER[1]) < 1 for w, h in page_sizes(out))
    text = text_of(out)
    assert "Board only — do not forward" in text and "Robert Chen, CIO" in text
    assert "Scope: Business unit Stores · 2027-Q3 to 2029-Q2" in text
    reader = pypdf.PdfReader(out)
    assert reader.metadata.author == "Robert Chen, CIO"
    assert [t for level, t in outline_titles(out) if level == 0] == [
        "Executive summary",
        "Objectives and the work that serves them",
    ]
    # The accent colour fills the cover band (0.667 0.2 0 rg).
    cover = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"\.66666\d* \.2 0 rg", cover), cover[:500]


def test_cli_refusals_are_one_sentence(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args, words in (
        (["-o", str(tmp_path / "nowhere" / "x.pdf")], "does not exist; create it first"),
        (
            ["-o", str(tmp_path / "x.pdf"), "--sections", "summary,gantt"],
            "There is no section 'gantt'",
        ),
        (["-o", str(tmp_path / "x.pdf"), "--accent", "teal"], "#RRGGBB"),
        (["-o", str(tmp_path / "x.pdf"), "--logo", str(tmp_path / "none.png")], "does not exist"),
        (["-o", str(tmp_path / "x.pdf"), "--baseline", "Q9 review"], 'no baseline "Q9 review"'),
        (["-o", str(tmp_path / "x.pdf"), "--objective", "T99"], "no objective 'T99'"),
    ):
        code = main(["export", "pdf", str(sample_plan), *args])
        _, err = capsys.readouterr()
        assert code == 1, args
        assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [sample_plan.name]


def test_changes_since_a_baseline(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(sample_plan)
    assert main(["baseline", plan, "--name", "2027-Q1 review"]) == 0
    assert main(["set", plan, "item", "ERP-FIN", "end=2028-Q3", "capex=8000000"]) == 0
    assert main(["delete", plan, "item", "INTRANET"]) == 0
    capsys.readouterr()
    out = tmp_path / "changes.pdf"
    assert main(["export", "pdf", plan, "-o", str(out), "--sections", "changes"]) == 0
    text = text_of(out)
    assert "Changes since the baseline" in text and "“2027-Q1 review”" in text
    assert re.search(
        r"Moved \(1\) .*ERP-FIN ERP finance upgrade 2027-Q1–2028-Q1 2027-Q1–2028-Q3 ends \+2 q",
        text,
    )
    assert re.search(r"Dropped \(1\) .*INTRANET", text)
    assert "Re-costed (1)" in text
    assert page_count(out) == 1
