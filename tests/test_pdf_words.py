"""The PDF's copies of words declared elsewhere (marked for translation where the PDF shows
them) stay those words in English, and the PDF's English is what it always was."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from stratplanner.analysis import figures
from stratplanner.export.pdf import text
from stratplanner.export.pdf.fonts import FAMILY, register_fonts
from stratplanner.export.pdf.options import (
    SECTION_BLURBS,
    SECTION_TITLES,
    PdfOptions,
    section_blurb,
    section_title,
)
from stratplanner.export.pdf.styles import CELL_PAD_X
from stratplanner.i18n import format_money


def test_the_meanings_are_the_figures_words() -> None:
    assert text.INVESTMENT_MEANING == figures.INVESTMENT_MEANING
    assert text.OPEX_MEANING == figures.OPEX_MEANING
    assert text.ANNUAL_VALUE_MEANING == figures.ANNUAL_VALUE_MEANING


def test_english_words_and_formats_are_unchanged() -> None:
    assert text.format_date(date(2027, 3, 7)) == "7 March 2027"
    assert text.number(1858) == "1,858" and text.percent(0.36) == "36%"
    assert [figures.status_word(s) for s in figures.STATUS_ORDER] == [
        "done",
        "in progress",
        "approved",
        "proposed",
        "on hold",
        "cancelled",
    ]
    assert figures.status_word("no such status") == "no such status"
    assert all(section_title(key) == title for key, title in SECTION_TITLES.items())
    assert all(section_blurb(key) == blurb for key, blurb in SECTION_BLURBS.items())
    assert section_title("notice") == "notice" and section_blurb("cover") == ""
    board, odd = PdfOptions(preset="board"), PdfOptions(preset="quarterly")
    assert (board.pack_name, board.audience) == ("Board pack", "The Board")
    assert (odd.pack_name, odd.audience) == ("Quarterly pack", "The planning team")
    assert board.confidentiality_label == "Confidential"
    assert PdfOptions(confidentiality="Board only").confidentiality_label == "Board only"


@given(
    st.lists(st.text(alphabet="0123456789,. MioUSDTsk", max_size=16), min_size=1, max_size=12),
    st.floats(min_value=10, max_value=120),
)
def test_fitted_columns_hold_their_widest_cell_and_the_table_keeps_its_width(
    cells: list[str], money_column: float
) -> None:
    register_fonts()
    rows = [[f"title {n}", cell] for n, cell in enumerate(cells)]
    widths = text.widths_fitting([400.0, money_column], rows, (1,), take_from=0)
    assert sum(widths) == pytest.approx(400.0 + money_column)
    widest = max(stringWidth(cell, FAMILY, 8) for cell in cells)
    assert widths[1] >= widest + 2 * CELL_PAD_X
    if widest + 2 * CELL_PAD_X + 0.5 <= money_column:
        assert widths == [400.0, money_column]  # what fits is left as it was


@given(st.floats(min_value=0, max_value=5e12))
def test_money_width_is_the_widest_amount_up_to_the_largest(value: float) -> None:
    register_fonts()
    largest = money_width_of(5e12)
    assert stringWidth(context_money(value), FAMILY, 8) <= largest + 1e-9
    assert stringWidth(context_money(value), FAMILY, 8) <= money_width_of(value) + 1e-9


def context_money(value: float) -> str:
    return format_money(value, "USD", short=True)


def money_width_of(largest: float) -> float:
    return text.money_width(context_money, largest)
