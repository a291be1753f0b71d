"""Wrapped text without markup: styled runs broken into lines once, drawn with one text object.

A 2,000-item working team pack has about 8,000 short card paragraphs. As reportlab
Paragraphs they were parsed as markup, broken into lines (again at each page break)
and drawn fragment by fragment: about half of the appendix's time. A
:class:`TextBlock` is given its runs (text, face, size, colour) directly, so there is
nothing to parse or escape; words are measured once (:func:`text_width`, cached) and
lines are kept per width, so a split only slices the lines.

It wraps as the house Paragraph styles do: at spaces, a word wider than the line
split between characters, line breaks kept, no orphan or widow line; nothing is ever
cut. Right-to-left text goes through the canvas's :class:`~.rtl.BidiTextObject` like a
Paragraph's (one text object per block, so the block's direction holds for every
line; user text is embedded as a unit, :func:`~.rtl.embedded`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from stratplanner.export.pdf.fonts import printable
from stratplanner.export.pdf.rtl import embedded, is_rtl
from stratplanner.export.pdf.text import blocks_of

#: Widths of words measured so far, per face and size; cleared when it grows past this.
_WIDTH_CACHE_SIZE = 200_000
_widths: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth`` of a word, remembered: card text repeats the same words thousands of
    times (names, units, 'USD', 'the')."""
    key = (text, font, size)
    found = _widths.get(key)
    if found is None:
        if len(_widths) >= _WIDTH_CACHE_SIZE:
            _widths.clear()
        found = _widths[key] = stringWidth(text, font, size)
    return found


@dataclass(frozen=True)
class Run:
    """A piece of text in one face; ``size``/``colour`` None take the block's."""

    text: str
    font: str | None = None
    size: float | None = None
    colour: Color | None = None


def user(text: object, **style: Any) -> Run:
    """A run of text a planner typed: printable, and embedded as one unit when it reads right
    to left (as :func:`~.text.markup` does for Paragraphs)."""
    return Run(embedded(printable(str(text or "")).replace("\t", " ")), **style)


#: One drawn piece of a line: text, face, size, colour.
Piece = tuple[str, str, float, Color]


@dataclass
class Line:
    pieces: list[Piece]
    width: float
    #: What ended the line: a space, a line break, or a word split between characters.
    end: str = " "

    @property
    def text(self) -> str:
        return "".join(p[0] for p in self.pieces)


class _Builder:
    """Greedy line filling over words made of pieces (a word may change face mid-way)."""

    def __init__(self, width: float):
        self.width = width
        self.lines: list[Line] = []
        self.pieces: list[Piece] = []
        self.used = 0.0

    def _append(self, piece: Piece, width: float) -> None:
        last = self.pieces[-1] if self.pieces else None
        if last is not None and last[1:] == piece[1:]:
            self.pieces[-1] = (last[0] + piece[0], *piece[1:])
        else:
            self.pieces.append(piece)
        self.used += width

    def flush(self, end: str = " ") -> None:
        self.lines.append(Line(self.pieces, self.used, end))
        self.pieces, self.used = [], 0.0

    def word(self, pieces: list[Piece], space: Piece | None) -> None:
        widths = [text_width(p[0], p[1], p[2]) for p in pieces]
        total = sum(widths)
        gap = text_width(" ", space[1], space[2]) if space is not None and self.pieces else 0.0
        if self.pieces and self.used + gap + total <= self.width:
            if space is not None:
                self._append(space, gap)
        elif self.pieces:
            self.flush()
        if total <= self.width - self.used:
            for piece, width in zip(pieces, widths, strict=True):
                self._append(piece, width)
            return
        self._long_word(pieces)

    def _long_word(self, pieces: list[Piece]) -> None:
        """A word wider than a line: as many characters as fit on each line."""
        for text, font, size, colour in pieces:
            rest = text
            while rest:
                room = self.width - self.used
                if text_width(rest, font, size) <= room:
                    self._append((rest, font, size, colour), text_width(rest, font, size))
                    break
                low, high = 0, len(rest)  # the longest prefix that fits
                while low < high:
                    mid = (low + high + 1) // 2
                    if stringWidth(rest[:mid], font, size) <= room:
                        low = mid
                    else:
                        high = mid - 1
                if low == 0 and not self.pieces:
                    low = 1  # a character wider than the line still goes somewhere
                if low:
                    chunk = rest[:low]
                    self._append((chunk, font, size, colour), stringWidth(chunk, font, size))
                    rest = rest[low:]
                if rest:
                    self.flush("")


def break_lines(
    runs: Iterable[Run], width: float, *, font: str, size: float, colour: Color
) -> list[Line]:
    """The runs broken into lines of at most ``width`` points (spaces collapsed, as a
    Paragraph does; "\\n" starts a new line)."""
    runs = list(runs)
    if len(runs) == 1:  # most card text: one run that fits on one line
        run = runs[0]
        text, style = run.text, (run.font or font, run.size or size, run.colour or colour)
        if text and "\n" not in text and "  " not in text and text.strip(" ") == text:
            used = stringWidth(text, style[0], style[1])
            if used <= width:
                return [Line([(text, *style)], used)]
    builder = _Builder(width)
    word: list[Piece] = []
    space: Piece | None = None  # the space before the word being gathered
    pending: Piece | None = None  # a space seen since the last word
    for run in runs:
        style = (run.font or font, run.size or size, run.colour or colour)
        for n, segment in enumerate(run.text.split("\n")):
            if n:  # a line break ends the word and the line
                if word:
                    builder.word(word, space)
                    word, space = [], None
                builder.flush("\n")
                pending = None
            parts = segment.split(" ")
            for k, part in enumerate(parts):
                if k:  # a space ends the word
                    if word:
                        builder.word(word, space)
                        word, space = [], None
                    pending = (" ", *style)
                if part:
                    if not word:
                        space, pending = pending, None
                    word.append((part, *style))
    if word:
        builder.word(word, space)
    if builder.pieces or not builder.lines:
        builder.flush()
    return builder.lines


class TextBlock(Flowable):
    """Runs of text wrapped to the frame, in a Paragraph style's face, size, leading, colour,
    spacing and alignment (right for a block that reads right to left, when ``rtl_right``)."""

    def __init__(self, runs: Sequence[Run], style: ParagraphStyle, *, align_right: bool = False):
        super().__init__()
        self.runs = list(runs)
        self.style = style
        self.align_right = align_right or style.alignment == TA_RIGHT
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines: list[Line] | None = None
        self._for_width = -1.0
        #: The second or later part of a block split over pages.
        self.continued = False

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or abs(self._for_width - width) > 1e-6:
            style = self.style
            self._lines = break_lines(
                self.runs,
                width,
                font=style.fontName,
                size=style.fontSize,
                colour=style.textColor,
            )
            self._for_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.lines(avail_width)) * self.style.leading
        return self.width, self.height

    def _part(self, lines: list[Line], width: float, *, first: bool, last: bool) -> TextBlock:
        part = TextBlock.__new__(type(self))
        # Not what layout noted on the whole (reportlab's "_postponed" marks a flowable that
        # already waited a page: a part that waits again would be taken as too large).
        part.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k not in ("_postponed", "_frame", "canv")}
        )
        part._lines, part._for_width = lines, width
        # Its own text, should it be wrapped again at another width.
        part.runs = []
        for n, line in enumerate(lines):
            part.runs += [Run(*piece) for piece in line.pieces]
            if n < len(lines) - 1 and line.end:
                part.runs.append(Run(line.end))
        part.spaceBefore = self.spaceBefore if first else 0
        part.spaceAfter = self.spaceAfter if last else 0
        part.continued = self.continued or not first
        return part

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # At the width it was last wrapped to: a table splitting a row inside itself passes
        # the cell's width without its padding (reportlab's _splitCell).
        width = self._for_width if self._lines is not None else avail_width
        lines = self.lines(width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return []  # asked only when it doesn't fit (its spacing): nothing to split off
        if len(lines) - fit == 1 and not self.style.allowWidows:
            fit -= 1  # never one line alone at the top of the next page
        if fit < 1 or (fit == 1 and not self.style.allowOrphans):
            return []  # nor alone at the bottom of this one
        head = self._part(lines[:fit], width, first=True, last=False)
        tail = self._part(lines[fit:], width, first=False, last=True)
        return [head, tail]

    def draw(self) -> None:
        lines = self.lines(self.width)
        if not lines:
            return
        canv = self.canv
        leading = self.style.leading
        text = canv.beginText()
        current: tuple[str, float] | None = None
        paint: Color | None = None
        # The first baseline one type size below the top, as a Paragraph's.
        top = max((piece[2] for piece in lines[0].pieces), default=self.style.fontSize)
        for n, line in enumerate(lines):
            if not line.pieces:
                continue
            x = self.width - line.width if self.align_right else 0.0
            text.setTextOrigin(x, self.height - top - n * leading)
            for chunk, font, size, colour in line.pieces:
                if current != (font, size):
                    text.setFont(font, size, leading)
                    current = (font, size)
                if paint is not colour:
                    text.setFillColor(colour)
                    paint = colour
                text.textOut(chunk)
        canv.drawText(text)


def block(
    text: object,
    style: ParagraphStyle,
    *,
    label: str = "",
    label_font: str | None = None,
) -> list[TextBlock]:
    """User text as text blocks, one per blank-line block, like :func:`~.text.paragraphs`:
    ``label`` (our own words, e.g. 'Value:') in ``label_font`` before the first; a block that
    reads right to left and has no label before it is right-aligned."""
    out: list[TextBlock] = []
    for chunk in blocks_of(text):
        runs = [user(chunk)]
        labelled = bool(label) and not out
        if labelled:
            runs.insert(0, Run(f"{label} ", font=label_font))
        out.append(TextBlock(runs, style, align_right=is_rtl(chunk) and not labelled))
    return out


__all__ = ["Line", "Run", "TextBlock", "block", "break_lines", "text_width", "user"]
