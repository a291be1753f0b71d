"""Right-to-left text in the PDF: Arabic joined, Hebrew and Arabic drawn in reading order.

reportlab draws characters left to right exactly as stored, and its own bidi
support needs ``rlbidi``, which is not on PyPI. Without help a Hebrew title
came out reversed and Arabic letters unjoined (issue 22). Two steps fix it:

- :func:`shaped` turns Arabic letters into their joined presentation forms
  (arabic-reshaper), still in reading order. It runs where text is measured
  (``fonts.printable``), because joined forms have other widths.
- :class:`BidiTextObject` reorders each run of text into the order it is drawn
  (python-bidi, the Unicode bidi algorithm) as it is written into the page.
  Every string the PDF draws passes there: a Paragraph's lines (after wrapping,
  so a wrapped paragraph keeps its line order), table cells, canvas labels and
  chart text from svglib. reportlab's own source marks this as the place for it
  (``PDFTextObject._formatText``).

The direction of a paragraph is that of its first strong character (Unicode's
rule P2), so "שדרוג CRM 2027" reads right to left with "CRM 2027" kept as typed.
Text without right-to-left characters is not touched (a check of ``isascii``
and one regular expression).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from stratplanner.export.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    FAMILY,
    FONT_FILES,
    ITALIC,
    register_fonts,
)
from stratplanner.paths import resource

#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Letters arabic-reshaper joins (Arabic, its supplement and extended-A).
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_STRONG = {"L": False, "R": True, "AL": True}
#: RIGHT-TO-LEFT EMBEDDING and POP DIRECTIONAL FORMATTING (zero-width in DejaVu; isolates are not).
_RLE, _PDF = "\u202b", "\u202c"
#: Bidi controls, dropped once the text is in drawing order.
_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))
#: The upright face that draws what an oblique face lacks (DejaVu's obliques have no Arabic).
_UPRIGHT = {ITALIC: FAMILY, BOLD_ITALIC: BOLD}


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left character (fast for Latin text)."""
    return not text.isascii() and _RTL_CHARS.search(text) is not None


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strong character is Hebrew or Arabic."""
    return has_rtl(text) and bool(base_direction(text))


def base_direction(text: str) -> bool | None:
    """True for right-to-left, False for left-to-right, None without a strong character."""
    for ch in text:
        strong = _STRONG.get(unicodedata.bidirectional(ch))
        if strong is not None:
            return strong
    return None


@lru_cache(maxsize=1)
def _reshaper() -> tuple[Any, dict[int, str]]:
    """The reshaper tuned to the bundled font, and the forms the font lacks mapped to letters."""
    import arabic_reshaper
    from arabic_reshaper.letters import LETTERS_ARABIC

    register_fonts()
    config = arabic_reshaper.config_for_true_type_font(str(resource("fonts", FONT_FILES[FAMILY])))
    # Keep vowel marks (the planner typed them) and put them after their letter once reversed.
    config.update(delete_harakat=False, shift_harakat_position=True)
    reshaper = arabic_reshaper.ArabicReshaper(configuration=config)
    drawn = set(pdfmetrics.getFont(FAMILY).face.charToGlyph) & set(
        pdfmetrics.getFont(BOLD).face.charToGlyph
    )
    # A few rare letters (Urdu heh goal, yeh barree's final form) have no joined glyph in
    # DejaVu: the plain letter reads better than a box.
    missing = {
        ord(form): letter
        for letter, forms in LETTERS_ARABIC.items()
        for form in forms
        if form and ord(form) not in drawn
    }
    return reshaper, missing


def shaped(text: str) -> str:
    """``text`` with Arabic letters in their joined forms, still in reading (logical) order."""
    if text.isascii() or _ARABIC_LETTERS.search(text) is None:
        return text
    reshaper, missing = _reshaper()
    return reshaper.reshape(text).translate(missing)


def embedded(text: str) -> str:
    """``text`` kept as one right-to-left unit inside a left-to-right line, if it reads RTL.

    "T1.1 " + "زيادة … 30%" would otherwise show its "%" after the code's line,
    and "CRM 2027" of "שדרוג CRM 2027" on the wrong side of the Hebrew.
    """
    return f"{_RLE}{text}{_PDF}" if is_rtl(text) else text


def visual(text: str, *, rtl: bool | None = None) -> str:
    """One line of text in the order it is drawn left to right (shaped first).

    ``rtl`` is the paragraph direction; None takes it from the first strong character.
    """
    if not has_rtl(text):
        # The end of an embedded title wrapped onto a line of its own.
        return text.translate(_CONTROLS) if _PDF in text else text
    base = None if rtl is None else ("R" if rtl else "L")
    return str(get_display(shaped(text), base_dir=base)).translate(_CONTROLS)


class BidiTextObject(PDFTextObject):
    """A text object that writes right-to-left runs in drawing order.

    A Paragraph draws all its lines through one text object, so the direction found
    in its first strong character holds for every line, as the bidi algorithm wants,
    and an embedding (:func:`embedded`) wrapped over lines goes on in the next line.
    """

    _rtl: bool | None = None
    _open_embeddings = 0
    _fontname: str  # set by reportlab's PDFTextObject (untyped): the current font's name

    def _formatText(self, text: Any) -> str:
        if not isinstance(text, str) or not text:
            return super()._formatText(text)
        if self._rtl is None:
            self._rtl = base_direction(text)
        if text.isascii():
            return self._ascii(text)
        if self._open_embeddings or _RLE in text:
            text = _RLE * self._open_embeddings + text
            self._open_embeddings = max(0, text.count(_RLE) - text.count(_PDF))
        if has_rtl(text):
            text = visual(text, rtl=self._rtl)
        upright = _UPRIGHT.get(self._fontname)
        if upright is None or _face_draws(self._fontname, text):
            return super()._formatText(text)
        # The oblique face lacks some of these glyphs: draw this run upright, then switch back.
        fontname = self._fontname
        self._fontname, self._curSubset = upright, -1
        try:
            return super()._formatText(text)
        finally:
            self._fontname, self._curSubset = fontname, -1

    def put(self, text: str) -> None:
        """Write ``text`` where the text cursor is, without measuring it (``textOut`` measures
        each string only to track the cursor; callers that place every line don't need it)."""
        self._code.append(self._formatText(text))

    def _ascii(self, text: str) -> str:
        """The operators for Latin text, remembered per document: a pack draws the same labels,
        units and names thousands of times, and encoding them (glyph subsets) is the cost.
        The result depends only on the face, size, leading, the subset in use and the text
        (a character keeps its code in a document once given one)."""
        canv = self._canvas
        cache: dict[tuple[Any, ...], tuple[str, int]] | None = getattr(canv, _CACHE, None)
        if cache is None or len(cache) > _CACHE_SIZE:
            cache = {}
            setattr(canv, _CACHE, cache)
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, self._rise, text)
        found = cache.get(key)
        if found is None:
            code = super()._formatText(text)
            found = cache[key] = (code, self._curSubset)
        self._curSubset = found[1]
        return found[0]


#: Where a canvas keeps its encoded Latin strings, and how many at most.
_CACHE, _CACHE_SIZE = "_stratplanner_text_cache", 100_000


def new_run(text: PDFTextObject) -> None:
    """Start an independent string in ``text`` (a grid of labels drawn with one text object):
    its direction is found afresh from its own first strong character."""
    if isinstance(text, BidiTextObject):
        text._rtl = None
        text._open_embeddings = 0


def _face_draws(fontname: str, text: str) -> bool:
    glyphs = pdfmetrics.getFont(fontname).face.charToGlyph
    return all(ord(ch) in glyphs for ch in text if not ch.isascii())


class BidiCanvas(Canvas):
    """A canvas whose text (Paragraphs, tables, drawn labels, charts) goes through
    :class:`BidiTextObject`."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return BidiTextObject(self, x, y, direction=direction)
