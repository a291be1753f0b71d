"""The PDF's copies of words declared elsewhere (marked for translation where the PDF shows
them) stay those words in English, and the PDF's English is what it always was."""

from __future__ import annotations

from datetime import date

from stratplanner.analysis import figures
from stratplanner.export.pdf import text
from stratplanner.export.pdf.options import (
    SECTION_BLURBS,
    SECTION_TITLES,
    PdfOptions,
    section_blurb,
    section_title,
)


def test_the_meanings_are_the_figures_words() -> None:
    assert text.INVESTMENT_MEANING == figures.INVESTMENT_MEANING
    assert text.OPEX_MEANING == figures.OPEX_MEANING
    assert text.ANNUAL_VALUE_MEANING == figures.ANNUAL_VALUE_MEANING


def test_english_words_and_formats_are_unchanged() -> None:
    assert text.format_date(date(2027, 3, 7)) == "7 March 2027"
    assert text.number(1858) == "1,858" and text.percent(0.36) == "36%"
    assert [text.status_word(s) for s in figures.STATUS_ORDER] == [
        "done",
        "in progress",
        "approved",
        "proposed",
        "on hold",
        "cancelled",
    ]
    assert text.status_word("no such status") == "no such status"
    assert all(section_title(key) == title for key, title in SECTION_TITLES.items())
    assert all(section_blurb(key) == blurb for key, blurb in SECTION_BLURBS.items())
    assert section_title("notice") == "notice" and section_blurb("cover") == ""
    board, odd = PdfOptions(preset="board"), PdfOptions(preset="quarterly")
    assert (board.pack_name, board.audience) == ("Board pack", "The Board")
    assert (odd.pack_name, odd.audience) == ("Quarterly pack", "The planning team")
    assert board.confidentiality_label == "Confidential"
    assert PdfOptions(confidentiality="Board only").confidentiality_label == "Board only"
