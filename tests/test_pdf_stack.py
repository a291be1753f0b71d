"""Issue 17 item 9: an item card is one flowable (``stack.Stack``). Over any number of pages
every word is printed once and in order, a card never starts with less than its ``keep``
room left, and only a card's first part is a bookmark."""

from __future__ import annotations

import io

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from stratplanner.export.pdf.fonts import BOLD, FAMILY, register_fonts
from stratplanner.export.pdf.stack import Gap, Rule, Stack
from stratplanner.export.pdf.textblock import Run, TextBlock

register_fonts()
BODY = ParagraphStyle(
    "b", fontName=FAMILY, fontSize=9.5, leading=13, spaceAfter=5, allowWidows=0, allowOrphans=0
)
HEAD = ParagraphStyle("h", fontName=BOLD, fontSize=10, leading=13, spaceBefore=2, spaceAfter=2)


def _card(n: int, words: int) -> Stack:
    text = " ".join(f"c{n:02d}w{k:03d}" for k in range(words))
    return Stack(
        [
            Rule(1.2, colors.blue, space_after=2),
            TextBlock([Run(f"CARD{n:02d}")], HEAD),
            TextBlock([Run("Value: ", font=BOLD), Run(text)], BODY),
            Gap(4),
            TextBlock([Run(f"end{n:02d}")], BODY),
            Gap(12),
        ],
        keep=60,
        key=f"item-{n}",
        outline_title=f"Card {n}",
    )


@settings(max_examples=15, deadline=None)
@given(sizes=st.lists(st.integers(min_value=0, max_value=700), min_size=1, max_size=12))
def test_every_word_once_and_in_order(sizes: list[int]) -> None:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([_card(n, words) for n, words in enumerate(sizes)])
    printed = " ".join(p.extract_text() for p in pypdf.PdfReader(buffer).pages).split()
    expected: list[str] = []
    for n, words in enumerate(sizes):
        expected += [f"CARD{n:02d}", "Value:", *(f"c{n:02d}w{k:03d}" for k in range(words))]
        expected.append(f"end{n:02d}")
    assert printed == expected


def test_a_card_does_not_start_without_its_keep_room() -> None:
    card = _card(1, 300)
    card.wrap(400, 10_000)
    assert card.split(400, 59) == []  # less than keep: the next page
    head, tail = card.split(400, 200)
    assert isinstance(head, Stack) and isinstance(tail, Stack)
    assert not head.continued and tail.continued
    assert head.key == "item-1" and head.outline_title == "Card 1"
    assert tail.outline_title == ""  # the rest of a card is no bookmark
    assert tail.split(400, 59) != []  # a card's rest goes on wherever it is
    # the parts are all there, the text block split between its lines
    assert len(head.parts) + len(tail.parts) == len(card.parts) + 1
    assert head.wrap(400, 10_000)[1] <= 200
