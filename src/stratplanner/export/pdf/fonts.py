"""The bundled DejaVu Sans family, registered once and embedded in every PDF.

The 14 standard PDF fonts have no Greek, Cyrillic or most symbols and are not
embedded; DejaVu covers Latin, Greek, Cyrillic and many symbols. Characters it
lacks (CJK, emoji) are replaced by a visible box: reportlab would otherwise
draw an empty .notdef glyph, or for characters beyond U+FFFF a wrong letter.
Hebrew and Arabic are covered by the upright faces; the obliques, which lack
Arabic, borrow those glyphs when drawn (``rtl.BidiTextObject``).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from stratplanner.paths import resource

FAMILY = "StratSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"
FONT_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
#: Drawn in place of a character the bundled fonts don't have (WHITE SQUARE).
MISSING_GLYPH = "\u25a1"

_lock = threading.Lock()
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def register_fonts() -> str:
    """Register the family with reportlab (idempotent, thread-safe); returns its name."""
    with _lock:
        if FAMILY not in pdfmetrics.getRegisteredFontNames():
            for name, filename in FONT_FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
    return FAMILY


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points the upright faces can draw (an oblique draws what it lacks upright)."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in (FAMILY, BOLD)]
    # reportlab's subsets address glyphs by 16-bit codes: beyond U+FFFF it draws the wrong letter.
    return frozenset(c for c in set.intersection(*sets) if c <= 0xFFFF)


def printable(text: str) -> str:
    """``text`` with control characters dropped, Arabic joined (still in reading order, so it
    is measured as drawn) and characters the fonts lack shown as a box."""
    if not text:
        return ""
    text = _CONTROL.sub("", text)
    if text.isascii():
        return text
    from stratplanner.export.pdf.rtl import shaped  # rtl imports this module

    text = shaped(text)
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\t" for ch in text):
        return text
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else MISSING_GLYPH for ch in text)
