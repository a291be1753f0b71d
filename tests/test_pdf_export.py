"""The board-ready PDF of the sample plan, read back with pypdf and poppler."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pypdf
import pytest

from stratplanner.export.pdf import (
    PRESETS,
    SECTION_TITLES,
    SECTIONS,
    PdfOptions,
    PdfOptionsError,
    check_options,
    export_pdf,
)
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import (
    A4,
    LETTER,
    fonts,
    outline_titles,
    page_count,
    page_sizes,
    page_texts,
    pdfinfo,
    snapshot_of_file,
    text_of,
)

TODAY = date(2027, 5, 14)


@pytest.fixture(scope="module")
def sample_snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


@pytest.fixture(scope="module")
def board_pdf(sample_snap: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("board") / "board.pdf"
    return export_pdf(sample_snap, target, PdfOptions(preset="board"), today=TODAY)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def team_export(
    sample_snap: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[str]]:
    """The sample's working team pack, and what the export logged (chart failures would show)."""
    target = tmp_path_factory.mktemp("team") / "team.pdf"
    handler = _Records()
    logger = logging.getLogger("stratplanner.export")
    logger.addHandler(handler)
    try:
        export_pdf(sample_snap, target, PdfOptions(preset="team", paper="letter"), today=TODAY)
    finally:
        logger.removeHandler(handler)
    return target, [r.getMessage() for r in handler.records]


@pytest.fixture(scope="module")
def team_pdf(team_export: tuple[Path, list[str]]) -> Path:
    return team_export[0]


def _portrait(size: tuple[float, float], paper: tuple[float, float]) -> bool:
    return abs(size[0] - paper[0]) < 1 and abs(size[1] - paper[1]) < 1


def _landscape(size: tuple[float, float], paper: tuple[float, float]) -> bool:
    return abs(size[0] - paper[1]) < 1 and abs(size[1] - paper[0]) < 1


def test_board_pack_pages_sizes_and_sections(board_pdf: Path) -> None:
    sizes = page_sizes(board_pdf)
    assert 5 <= len(sizes) <= 10
    assert _portrait(sizes[0], A4)
    assert all(_portrait(s, A4) or _landscape(s, A4) for s in sizes)
    assert any(_landscape(s, A4) for s in sizes), "the roadmap timeline needs a landscape page"
    titles = [t for level, t in outline_titles(board_pdf) if level == 0]
    wanted = [SECTION_TITLES[s] for s in PRESETS["board"] if s not in ("cover", "contents")]
    assert titles == wanted
    texts = page_texts(board_pdf)
    assert "Northwind Retail Group".upper() in texts[0] and "Confidential" in texts[0]
    for n, text in enumerate(texts[1:], start=2):
        assert f"Page {n} of {len(texts)}" in text
        assert "FY2027–2029 Technology Roadmap" in text and "14 May 2027" in text
    assert "Page 1 of" not in texts[0], "the cover carries no running footer"


def test_board_pack_metadata_and_embedded_fonts(board_pdf: Path) -> None:
    info = pdfinfo(board_pdf)
    assert info["Title"] == "FY2027–2029 Technology Roadmap"
    assert info["Author"] == "Northwind Retail Group"
    assert info["Subject"].startswith("Board pack")
    assert info["Creator"].startswith("StratPlanner")
    rows = fonts(board_pdf)
    assert rows, "the PDF uses the bundled fonts"
    assert all(r["emb"] == "yes" for r in rows), [r["line"] for r in rows]
    assert {r["name"].split("+")[-1] for r in rows} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


def test_story_starts_on_page_two_without_a_contents_page(board_pdf: Path) -> None:
    texts = page_texts(board_pdf)
    # Page one tells the story: the headline figures and the decisions asked.
    assert "Decisions asked of the board" in texts[0] and "USD 91.7 m" in texts[0]
    assert texts[1].split("Northwind Retail Group ", 1)[1].startswith("Executive summary")
    # A board pack is short enough to read without a contents list.
    assert "Contents" not in text_of(board_pdf) and "In this pack" not in text_of(board_pdf)


def test_contents_page_numbers_point_at_the_sections(team_pdf: Path) -> None:
    texts = page_texts(team_pdf)
    assert "Executive summary" in texts[1]
    # The contents close the summary: no page of their own.
    at = next(n for n, t in enumerate(texts) if "In this pack" in t)
    assert at == 1 and "Top-ranked items" in texts[at]
    contents = texts[at].split("In this pack", 1)[1]
    reader = pypdf.PdfReader(team_pdf)
    for entry in reader.outline:
        if isinstance(entry, list):
            continue
        page = reader.get_destination_page_number(entry) + 1
        # Titles whole; page numbers are forms filled in at the end (extracted after the titles).
        assert entry.title in contents and f" {page} " in contents


def test_summary_says_the_case_in_business_terms(board_pdf: Path) -> None:
    text = text_of(board_pdf)
    assert "Decisions asked of the board" in text
    assert "investment (capex + opex" in text and "a year" in text
    assert "of spend serves a business objective" in text


def test_charts_are_vectors_not_bitmaps(board_pdf: Path, caplog: pytest.LogCaptureFixture) -> None:
    reader = pypdf.PdfReader(board_pdf)
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert landscape
    for page in landscape:
        xobjects = page["/Resources"].get("/XObject", {})
        images = [k for k, v in xobjects.items() if v.get_object().get("/Subtype") == "/Image"]
        assert images == []
        # The roadmap's bars and labels are paths: lots of drawing operators.
        assert len(page.get_contents().get_data()) > 10_000
    assert "Roadmap timeline" in text_of(board_pdf)


def test_team_pack_has_every_section_with_data_on_letter(team_pdf: Path) -> None:
    sizes = page_sizes(team_pdf)
    assert _portrait(sizes[0], LETTER)
    assert all(_portrait(s, LETTER) or _landscape(s, LETTER) for s in sizes)
    titles = outline_titles(team_pdf)
    top = [t for level, t in titles if level == 0]
    assert top[0] == SECTION_TITLES["summary"]
    for key in ("objectives", "timeline", "appendix"):
        assert SECTION_TITLES[key] in top
    # One bookmark per item card under the appendix, and objectives under theirs.
    assert sum(1 for level, t in titles if level == 1 and t.startswith("CLOUD-LZ")) == 1
    assert page_count(team_pdf) > 10
    text = text_of(team_pdf)
    assert "ERP finance upgrade" in text and "Helen Park" in text


def test_no_chart_failed_for_the_sample(team_export: tuple[Path, list[str]]) -> None:
    path, logged = team_export
    assert logged == []
    assert "could not be drawn" not in text_of(path)
    text = text_of(path)
    for title in (
        "Roadmap timeline",
        "Alignment heatmap",
        "Investment by quarter",
        "Value against cost",
        "Capacity outlook",
        "Coverage",
    ):
        assert title in text, title


def test_sections_option_and_progress(sample_snap: PlanSnapshot, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = export_pdf(
        sample_snap,
        tmp_path / "only.pdf",
        PdfOptions(sections=["objectives"]),
        progress=lambda done, total: calls.append((done, total)),
    )
    assert [t for level, t in outline_titles(out) if level == 0] == [SECTION_TITLES["objectives"]]
    assert "Contents" not in text_of(out, 1, 1)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_options_round_trip_as_json_and_refuse_bad_choices(tmp_path: Path) -> None:
    options = PdfOptions(
        preset="team",
        sections=["summary", "timeline"],
        business_units=["STORES"],
        quarter_from="2027-q2",
        paper="Letter",
        accent="0a7f3f",
        confidentiality="Board only",
    )
    check_options(options)
    assert (
        options.quarter_from == "2027-Q2"
        and options.paper == "letter"
        and options.accent == "#0A7F3F"
    )
    again = PdfOptions.from_json(options.to_json())
    assert again == options
    assert PdfOptions.from_json('{"preset": "board", "from_the_future": 1}').preset == "board"
    assert options.selected_sections() == ["summary", "timeline"]
    assert PdfOptions(preset="board").selected_sections() == list(PRESETS["board"])
    # The team pack is every section but a workshop's outcome (that needs --workshop).
    assert PdfOptions(preset="team").selected_sections() == [s for s in SECTIONS if s != "workshop"]
    for bad, words in (
        (PdfOptions(preset="glossy"), "no preset"),
        (PdfOptions(sections=["cover", "nonsense"]), "no section 'nonsense'"),
        (PdfOptions(paper="a3"), "A4 or Letter"),
        (PdfOptions(quarter_from="2027-Q5"), "not a quarter"),
        (
            PdfOptions(quarter_from="2028-Q1", quarter_to="2027-Q4"),
            "ends (2027-Q4) before it starts",
        ),
        (PdfOptions(accent="red"), "#RRGGBB"),
        (PdfOptions(logo=str(tmp_path / "missing.png")), "does not exist"),
    ):
        with pytest.raises(PdfOptionsError, match=words.replace("(", r"\(").replace(")", r"\)")):
            check_options(bad)
    with pytest.raises(PdfOptionsError):
        PdfOptions.from_json("[1, 2]")
