"""The PDF in German (issue 18 item 6): every heading, caption, table header, sentence, the
running header and footer in German, numbers, money, percentages and dates in the German
formats; nothing cut or outside its box though German words are longer; English unchanged.

German comes from the committed catalogues compiled now (lrelease), read back with pypdf."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.styles import CELL_PAD_X
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import translation
from test_pdf_helpers import outline_titles, plan_from_dict, sample_dict, snapshot_of_file
from test_pdf_nothing_cut import audit, long_text_plan

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2027, 3, 7)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> PlanSnapshot:
    return plan_from_dict(sample_dict(), tmp_path_factory.mktemp("plan"), "sample")


def pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]


def board(snap: PlanSnapshot, target: Path, **options: Any) -> list[str]:
    export_pdf(snap, target, PdfOptions(preset="board", **options), today=TODAY)
    return pages(target)


def test_the_german_board_pack_has_german_headings_and_formats(
    german: None, sample: PlanSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "de.pdf"
    texts = board(sample, target)
    whole = " ".join(texts)
    cover, summary, risks = texts[0], texts[1], texts[2]
    # the cover: the pack, the key figures' words, the decisions, the facts and the date
    for words in (
        "IT-Strategie und Roadmap · Vorstandsunterlage",
        "Roadmap 2027-Q1 bis 2029-Q4 · 12 Quartale",
        "Roadmap-Vorhaben",
        "Ziele in 5 Themen",
        "Entscheidungen des Vorstands",
        "vorgeschlagene Vorhaben genehmigen",
        "ERSTELLT FÜR",
        "Der Vorstand",
        "7. März 2027",
        "Vertraulich",
    ):
        assert words in cover, words
    # German money: decimal comma, 'Mio.' after the amount
    assert re.search(r"\b\d+,\d Mio\. USD\b", cover)
    assert not re.search(r"USD \d+\.\d m\b", whole)
    # the summary: heading, sentences, tiles, table headers, the running header and footer
    for words in (
        "Management-Zusammenfassung",
        "investiert der Plan",
        "der Ausgaben dienen einem Geschäftsziel",
        "Die am höchsten priorisierten Vorhaben",
        "Nutzen pro Jahr",
        "Zu dieser Unterlage.",
        "Seite 2 von",
    ):
        assert words in summary, words
    assert re.search(r"\b\d+ % der Ausgaben dienen einem Geschäftsziel", summary)
    assert re.search(r"amortisiert sich in etwa \d+,\d Jahren", summary)
    assert "Was gefährdet ist" in risks and "Was der Vorstand tun kann" in risks
    for words in ("Strategie auf einer Seite", "Investitionsmix", "Wohin das Geld fließt"):
        assert words in whole, words
    # no English left of the PDF's own words
    for english in (
        "Executive summary",
        "Decisions asked of the board",
        "What is at risk",
        "Page 2 of",
        "March 2027",
        "Top-ranked items",
        "Where the money goes",
        "Confidential",
    ):
        assert english not in whole, english
    # the bookmarks are German too
    top = [title for level, title in outline_titles(target) if level == 0]
    assert "Management-Zusammenfassung" in top and "Roadmap-Zeitleiste" in top


def test_the_german_team_pack_translates_every_section(
    german: None, sample: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every section in German, and no table heading splits a German word inside itself (a
    header cell wraps between words; a word wider than its column is broken mid-word)."""
    split: list[str] = []
    table = ExportContext.table

    def checked(self: ExportContext, header: Any, rows: Any, widths: Any, **kw: Any) -> Any:
        style = self.styles.header_cell
        for text, width in zip(header, widths, strict=True):
            room = width - 2 * CELL_PAD_X
            split.extend(
                word
                for word in text.split()
                if stringWidth(word, style.fontName, style.fontSize) > room
            )
        return table(self, header, rows, widths, **kw)

    monkeypatch.setattr(ExportContext, "table", checked)
    target = tmp_path / "team.pdf"
    export_pdf(sample, target, PdfOptions(preset="team"), today=TODAY)
    assert split == []
    whole = " ".join(pages(target))
    for words in (
        "In dieser Unterlage",  # the contents list under the summary
        "Ziele und die Arbeit, die ihnen dient",
        "Priorisiertes Portfolio",
        "Kapazitätsausblick",
        "Partnerschaft mit dem Geschäft",
        "Anhang: Vorhabenskarten",
        "Unterlage für das Arbeitsteam",
    ):
        assert words in whole, words


def test_english_is_unchanged_after_german(
    german: None, sample: PlanSnapshot, tmp_path: Path
) -> None:
    board(sample, tmp_path / "de.pdf")
    translation.uninstall()
    texts = board(sample, tmp_path / "en.pdf")
    assert "Decisions asked of the board" in texts[0] and "7 March 2027" in texts[0]
    assert re.search(r"USD \d+\.\d m\b", texts[0])
    assert "Executive summary" in texts[1] and "Page 2 of" in texts[1]
    assert "Management-Zusammenfassung" not in " ".join(texts)


@pytest.mark.parametrize(("plan", "preset"), [("sample", "team"), ("long", "board")])
def test_nothing_is_cut_or_outside_its_box_in_german(
    german: None, sample: PlanSnapshot, tmp_path: Path, plan: str, preset: str
) -> None:
    """German words are longer: tables, paragraphs, headings and the canvas's own strings
    (cover figures, facts, header and footer) stay whole and in their boxes."""
    snap = sample if plan == "sample" else plan_from_dict(long_text_plan(), tmp_path, "long")
    with audit() as found:
        export_pdf(snap, tmp_path / "de.pdf", PdfOptions(preset=preset), today=TODAY)
    assert found.layout == []


def test_a_large_german_board_pack_rolls_up_whole_and_in_its_boxes(
    german: None, tmp_path: Path
) -> None:
    """Too many items to draw one by one: the German roll-up by theme, with German counts and
    money, and nothing cut (a line never ends on the '…' of '… und 5 weitere')."""
    from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
    from stratplanner.io.synthetic import synthetic_plan_dict

    path = tmp_path / "large.stratplan"
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(items=400, seed=7)), path)
    big = snapshot_of_file(path)
    with audit() as found:
        texts = board(big, tmp_path / "large.pdf")
    assert found.layout == []
    whole = " ".join(texts)
    assert "Roadmap-Zeitleiste: die Arbeit nach Thema" in whole
    assert "zu viele, um jedes einzeln zu zeichnen" in whole
    assert re.search(r"\b\d+ weitere\b", whole)
