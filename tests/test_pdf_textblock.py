"""Issue 17 items 8-9: the text blocks of the item cards and long tables wrap like a
Paragraph and never cut: every line fits its width, every word is there once and in order,
a line holds as many words as fit, and a block split over pages keeps every line."""

from __future__ import annotations

import io
import itertools

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from stratplanner.export.pdf.fonts import BOLD, FAMILY, register_fonts
from stratplanner.export.pdf.textblock import Line, Run, TextBlock, break_lines

register_fonts()
SLACK = 0.01

words = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-é",
    min_size=1,
    max_size=60,
)
spaces = st.sampled_from([" ", " ", " ", "  ", "\n"])


@st.composite
def run_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(words, spaces), min_size=0, max_size=40))
    return "".join(w + s for w, s in parts)


def _measured(line: Line) -> float:
    return sum(stringWidth(text, font, size) for text, font, size, _ in line.pieces)


def _joined(lines: list[Line]) -> str:
    """The lines' text put back together with what ended each line."""
    out = ""
    for n, line in enumerate(lines):
        out += line.text
        if n < len(lines) - 1:
            out += line.end
    return out


def _words_of(text: str) -> list[str]:
    return text.split()


@settings(max_examples=300, deadline=None)
@given(first=run_texts(), second=run_texts(), width=st.floats(min_value=15, max_value=400))
def test_lines_fit_and_keep_every_word(first: str, second: str, width: float) -> None:
    runs = [Run("Label: ", font=BOLD), Run(first), Run(" "), Run(second, size=8)]
    lines = break_lines(runs, width, font=FAMILY, size=9.5, colour=colors.black)
    for line in lines:
        # wider only when a single character is wider than the line
        assert _measured(line) <= width + SLACK or len(line.text) == 1
        assert abs(_measured(line) - line.width) < 0.01
        assert not line.text.startswith(" ") and not line.text.endswith(" ")
    # nothing lost, nothing added: the words in order ('' ends join a word split in two)
    expected = _words_of("Label: " + first + " " + second)
    assert "".join(_words_of(_joined(lines))) == "".join(expected)
    assert _words_of(_joined(lines)) == expected
    # greedy: a line that ended at a space could not take the next word too (the space
    # between is in its own run's face: at most a bold 9.5 pt space); a word wider than a
    # whole line starts on a line of its own
    gap = stringWidth(" ", BOLD, 9.5)
    for line, following in itertools.pairwise(lines):
        if line.end == " " and following.pieces and following.end != "":
            first_word = following.text.split(" ")[0]
            font, size = following.pieces[0][1], following.pieces[0][2]
            assert line.width + gap + stringWidth(first_word, font, size) > width - SLACK


def test_a_word_wider_than_the_line_is_split_not_cut() -> None:
    lines = break_lines([Run("x" * 300)], 100, font=FAMILY, size=10, colour=colors.black)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == "x" * 300
    assert all(_measured(line) <= 100 + SLACK for line in lines)
    assert all(line.end == "" for line in lines[:-1])


def test_line_breaks_are_kept() -> None:
    lines = break_lines([Run("one\ntwo\n\nthree")], 300, font=FAMILY, size=10, colour=colors.black)
    assert [line.text for line in lines] == ["one", "two", "", "three"]


def test_same_lines_as_a_paragraph_for_plain_text() -> None:
    """Where a Paragraph of the same face, size and width breaks, the block breaks too (a
    Paragraph that may not squeeze its spaces: the block never does)."""
    text = (
        "Replace the point-of-sale estate in every store with cloud-managed terminals, "
        "retire the legacy payment switch and move card acceptance to the new acquirer "
        "before the peak season, with training for every store manager."
    )
    style = ParagraphStyle("p", fontName=FAMILY, fontSize=9.5, leading=13, spaceShrinkage=0)
    para = Paragraph(text, style)
    para.wrap(220, 1000)
    expected = [" ".join(words) for _, words in para.blPara.lines]
    block = TextBlock([Run(text)], style)
    assert [line.text for line in block.lines(220)] == expected


@settings(max_examples=60, deadline=None)
@given(text=run_texts(), room=st.integers(min_value=0, max_value=12))
def test_a_split_keeps_every_line_once(text: str, room: int) -> None:
    # as the house styles: no orphan or widow line
    style = ParagraphStyle(
        "p", fontName=FAMILY, fontSize=9.5, leading=13, allowWidows=0, allowOrphans=0
    )
    block = TextBlock([Run(text)], style)
    block.wrap(150, 10_000)
    lines = [line.text for line in block.lines(150)]
    parts = block.split(150, room * 13)
    if not parts:
        # too little room: never one line alone at the foot or the top of a page
        assert room < 2 or len(lines) - room <= 1 or len(lines) <= room
        return
    head, tail = parts
    assert isinstance(head, TextBlock) and isinstance(tail, TextBlock)
    kept = [line.text for line in head.lines(150)] + [line.text for line in tail.lines(150)]
    assert kept == lines
    assert head.wrap(150, 10_000)[1] <= room * 13
    assert len(head.lines(150)) >= 2 and len(tail.lines(150)) >= 2


def test_a_split_part_wrapped_again_at_another_width_keeps_its_words() -> None:
    style = ParagraphStyle("p", fontName=FAMILY, fontSize=9.5, leading=13)
    text = " ".join(f"w{n:03d}" for n in range(200))
    block = TextBlock([Run(text)], style)
    block.wrap(120, 10_000)
    head, tail = block.split(120, 5 * 13)
    assert isinstance(head, TextBlock) and isinstance(tail, TextBlock)
    again = [line.text for line in tail.lines(400)]  # a wider frame
    assert (
        " ".join(again).split()
        == text.split()[len(" ".join(line.text for line in head.lines(120)).split()) :]
    )


def test_a_block_draws_its_words_into_the_pdf() -> None:
    register_fonts()
    style = ParagraphStyle("p", fontName=FAMILY, fontSize=9.5, leading=13)
    text = " ".join(f"word{n}" for n in range(400))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([TextBlock([Run("Value: ", font=BOLD), Run(text)], style)])
    printed = " ".join(page.extract_text() for page in pypdf.PdfReader(buffer).pages).split()
    assert printed == ["Value:", *text.split()]
