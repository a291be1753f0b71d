"""Wrapped text without markup: styled runs broken into lines once, drawn with one text object.

A 2,000-item working team pack has about 8,000 short card paragraphs. As reportlab
Paragraphs they were parsed as markup, broken into lines (again at each page break)
and drawn fragment by fragment: about half of the appendix's time. A
:class:`TextBlock` is given its runs (text, face, size, colour) directly, so there is
nothing to parse or escape; a line's break is found by measuring the text up to a few
candidate spaces (reportlab's C measure, a binary search) rather than word by word, and
lines are kept per width, so a split only slices the lines.

It wraps as the house Paragraph styles do: at spaces, a word wider than the line
split between characters, line breaks kept, no orphan or widow line; nothing is ever
cut. Right-to-left text goes through the canvas's :class:`~.rtl.BidiTextObject` like a
Paragraph's (one text object per block, so the block's direction holds for every
line; user text is embedded as a unit, :func:`~.rtl.embedded`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from stratplanner.export.pdf.fonts import printable
from stratplanner.export.pdf.rtl import BidiTextObject, embedded, is_rtl, new_run
from stratplanner.export.pdf.text import blocks_of


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


_SPACES = re.compile(" {2,}")


def _break_at_space(text: str, font: str, size: float, room: float) -> int:
    """Where to end a line in ``text``: the last space before which it fits ``room``
    (-1: not even its first word fits). Widths by binary search over the spaces, each one
    call into reportlab's C measure rather than one Python step per word."""
    # No line holds more characters than the room over the narrowest glyph (a space).
    limit = min(len(text), int(room / (size * 0.15)) + 2)
    spaces = [n for n in range(1, limit) if text[n] == " "]
    low, high = -1, len(spaces) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[: spaces[mid]], font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return spaces[low] if low >= 0 else -1


def _fit_characters(text: str, font: str, size: float, room: float) -> int:
    """How many of ``text``'s characters fit ``room`` (at least one: a glyph wider than a
    line still goes somewhere)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid], font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return low


class _Lines:
    """The lines being filled: pieces of the open line and its width."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.pieces: list[Piece] = []
        self.used = 0.0

    def add(self, text: str, font: str, size: float, colour: Color, width: float) -> None:
        if self.pieces and self.pieces[-1][1:] == (font, size, colour):
            self.pieces[-1] = (self.pieces[-1][0] + text, font, size, colour)
        else:
            self.pieces.append((text, font, size, colour))
        self.used += width

    def end(self, how: str) -> None:
        """Close the open line (trailing spaces take no room); ``how`` it ended."""
        pieces = self.pieces
        while pieces and pieces[-1][0].endswith(" "):
            text, font, size, colour = pieces[-1]
            kept = text.rstrip(" ")
            self.used -= stringWidth(text[len(kept) :], font, size)
            if kept:
                pieces[-1] = (kept, font, size, colour)
            else:
                pieces.pop()
        self.lines.append(Line(pieces, max(self.used, 0.0), how))
        self.pieces, self.used = [], 0.0


def break_lines(
    runs: Iterable[Run], width: float, *, font: str, size: float, colour: Color
) -> list[Line]:
    """The runs broken into lines of at most ``width`` points, as a Paragraph breaks them:
    at spaces (runs of spaces count as one; a line starts with no space), a word wider than
    a line between characters, "\n" starting a new line. A line may also break where one
    run meets the next (runs here meet at spaces: 'Value: ' + the text)."""
    out = _Lines()
    for run in runs:
        face, points, paint = run.font or font, run.size or size, run.colour or colour
        for n, segment in enumerate(run.text.split("\n")):
            if n:
                out.end("\n")
            text = _SPACES.sub(" ", segment) if "  " in segment else segment
            if not out.pieces or out.pieces[-1][0].endswith(" "):
                text = text.lstrip(" ")  # one space between runs too
            while text:
                room = width - out.used
                whole = stringWidth(text, face, points)
                if whole <= room:
                    out.add(text, face, points, paint, whole)
                    break
                cut = _break_at_space(text, face, points, room)
                if cut > 0:
                    head = text[:cut]
                    out.add(head, face, points, paint, stringWidth(head, face, points))
                    out.end(" ")
                    text = text[cut + 1 :].lstrip(" ")
                elif out.pieces:  # not even its first word fits after what the line holds
                    glued = not (out.pieces[-1][0].endswith(" ") or text.startswith(" "))
                    out.end("" if glued else " ")
                    text = text.lstrip(" ")
                else:  # a word wider than a whole line: as many characters as fit
                    count = _fit_characters(text, face, points, width)
                    chunk = text[:count]
                    out.add(chunk, face, points, paint, stringWidth(chunk, face, points))
                    out.end("")
                    text = text[count:]
    if out.pieces or not out.lines:
        out.end(" ")
    return out.lines


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
        text = self.canv.beginText()
        self.write(self.canv, text, 0.0, 0.0)
        self.canv.drawText(text)

    def write(self, canv: Any, text: PDFTextObject, x0: float, y0: float) -> None:
        """Write the block's lines into ``text`` with its bottom left at (x0, y0), after
        :meth:`wrap` (a card writes all its blocks into one text object)."""
        lines = self.lines(self.width)
        if not lines:
            return
        new_run(text)  # the block's direction from its own first strong character
        leading = self.style.leading
        current: tuple[str, float] | None = None
        paint: Color | None = None
        # The first baseline one type size below the top, as a Paragraph's.
        top = max((piece[2] for piece in lines[0].pieces), default=self.style.fontSize)
        for n, line in enumerate(lines):
            if not line.pieces:
                continue
            x = x0 + (self.width - line.width if self.align_right else 0.0)
            text.setTextOrigin(x, y0 + self.height - top - n * leading)
            for chunk, font, size, colour in line.pieces:
                if current != (font, size):
                    text.setFont(font, size, leading)
                    current = (font, size)
                if paint is not colour:
                    text.setFillColor(colour)
                    paint = colour
                put(text, chunk)


def put(text: PDFTextObject, chunk: str) -> None:
    """``chunk`` written at the text cursor (each line is placed by its origin)."""
    if isinstance(text, BidiTextObject):
        text.put(chunk)
    else:
        text.textOut(chunk)


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


__all__ = ["Line", "Run", "TextBlock", "block", "break_lines", "user"]
