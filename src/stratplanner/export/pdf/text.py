"""User text into reportlab safely: escaped, printable, wrapped, and split when long.

Paragraph text is markup: every string a planner typed goes through
:func:`markup` (or :func:`paragraphs`) so ``<b>``, ``&amp;`` or
``<img src=...>`` come out verbatim and never reach the parser as tags.

Right-to-left text stays in reading order here (Arabic already joined by
``printable``); the canvas puts each drawn line in visual order (:mod:`.rtl`).
Body text that reads right to left is right-aligned by :func:`paragraphs`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from stratplanner import i18n
from stratplanner.export.pdf.fonts import FAMILY, printable
from stratplanner.export.pdf.rtl import embedded, is_rtl
from stratplanner.export.pdf.styles import CELL_PAD_X
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model import values

#: Longest chunk of user text put in one Paragraph; longer text is split so a
#: paragraph never has to be taller than a page and splitting stays fast.
CHUNK_CHARS = 1200
_BLANK_LINES = re.compile(r"\n\s*\n")


def markup(text: object) -> str:
    """Paragraph markup that shows ``text`` exactly as typed (line breaks kept).

    Right-to-left text is embedded as one unit, so it reads right inside an English line.
    """
    if text is None:
        return ""
    safe = embedded(escape(printable(str(text))))
    return safe.replace("\n", "<br/>").replace("\t", " ")


def clip(text: object, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for table cells and headers."""
    value = " ".join(str(text or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def para(text: object, style: ParagraphStyle, *, limit: int | None = None) -> Paragraph:
    """One Paragraph of user text (optionally clipped), escaped."""
    value = clip(text, limit) if limit else text
    return Paragraph(markup(value), style)


def _chunks(text: str, size: int) -> list[str]:
    out: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size
        out.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text:
        out.append(text)
    return out


def blocks_of(text: object) -> list[str]:
    """User text's blocks (separated by blank lines), stripped; none for blank text."""
    value = str(text or "").strip()
    return [b.strip() for b in _BLANK_LINES.split(value)] if value else []


def paragraphs(text: object, style: ParagraphStyle, *, prefix: str = "") -> list[Flowable]:
    """User text of any length as several Paragraphs: one per blank-line block, long ones chunked.

    ``prefix`` is trusted markup (e.g. ``<b>Value:</b> ``) put before the first chunk.
    A block that reads right to left (Hebrew, Arabic) is right-aligned, as its readers
    expect, unless it follows the (left-to-right) prefix.
    """
    value = str(text or "").strip()
    if not value:
        return []
    flows: list[Flowable] = []
    for block in _BLANK_LINES.split(value):
        block_style = _rtl_style(style) if is_rtl(block) and not (prefix and not flows) else style
        joined = _joined_style(block_style)
        chunks = _chunks(block.strip(), CHUNK_CHARS)
        for n, chunk in enumerate(chunks):
            # Chunks of one block follow each other without a gap: it still reads as one paragraph.
            chunk_style = block_style if n == len(chunks) - 1 else joined
            flows.append(Paragraph((prefix if not flows else "") + markup(chunk), chunk_style))
    return flows


_JOINED: dict[int, ParagraphStyle] = {}
_RIGHT_TO_LEFT: dict[int, ParagraphStyle] = {}


def _joined_style(style: ParagraphStyle) -> ParagraphStyle:
    joined = _JOINED.get(id(style))
    if joined is None or joined.parent is not style:
        joined = ParagraphStyle(f"{style.name}-joined", parent=style, spaceAfter=0)
        _JOINED[id(style)] = joined
    return joined


def _rtl_style(style: ParagraphStyle) -> ParagraphStyle:
    rtl = _RIGHT_TO_LEFT.get(id(style))
    if rtl is None or rtl.parent is not style:
        rtl = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        _RIGHT_TO_LEFT[id(style)] = rtl
    return rtl


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points (for canvas drawing)."""
    value = printable(" ".join(str(text or "").split()))
    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, min(len(value), 400)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"


def fit_lines(
    text: str, font: str, size: float, width: float, *, smallest: float, lines: int = 2
) -> tuple[list[str], float]:
    """``text`` whole for canvas drawing (a PDF has no tooltip): on one line at ``size`` or
    smaller down to ``smallest``; else wrapped onto up to ``lines`` lines, the type stepping
    down the same way; else on as many lines as it takes at ``smallest``."""
    from stratplanner.export.pdf.context import wrapped  # here: context imports this module

    value = printable(" ".join(str(text or "").split()))
    sizes = [size]
    while sizes[-1] - 0.5 >= smallest:
        sizes.append(sizes[-1] - 0.5)
    for most in range(1, lines + 1):
        for step in sizes:
            out = wrapped(value, font, step, width).split("\n") if value else [""]
            if len(out) <= most:
                return out, step
    return wrapped(value, font, smallest, width).split("\n"), smallest


def fit_lines_noted(
    text: str, font: str, size: float, width: float, *, smallest: float, lines: int, note: str
) -> tuple[list[str], float]:
    """As :func:`fit_lines`, for a place that holds at most ``lines`` lines (a running header):
    text longer than that shows its first words and then ``note``, which says where it is
    whole (never an ellipsis)."""
    out, used = fit_lines(text, font, size, width, smallest=smallest, lines=lines)
    if len(out) <= lines:
        return out, used
    words = printable(" ".join(str(text or "").split())).split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that fit with the note
        mid = (low + high + 1) // 2
        if (
            len(
                fit_lines(
                    " ".join([*words[:mid], note]),
                    font,
                    smallest,
                    width,
                    smallest=smallest,
                    lines=lines,
                )[0]
            )
            <= lines
        ):
            low = mid
        else:
            high = mid - 1
    return fit_lines(
        " ".join([*words[:low], note]), font, smallest, width, smallest=smallest, lines=lines
    )


def format_date(day: date) -> str:
    """'7 March 2027' whatever the machine's locale ('7. März 2027' in German)."""
    return i18n.format_date(day, "long")


def number(value: float) -> str:
    """A count or a whole amount as every page prints it: '1,858' ('1.858' in German)."""
    return i18n.format_number(value, 0)


def percent(share: float) -> str:
    """A share (0.36) as '36%' ('36 %' in German)."""
    return i18n.format_percent(share)


def status_label(value: str) -> str:
    """'In progress' in the user's language; a value that is no status as it is."""
    return values.status_label(value)


def category_label(value: str) -> str:
    """'Run', 'Grow', 'Transform' in the user's language."""
    return values.category_label(value)


#: What each money figure means (``analysis.figures``' words, word for word in English: a test
#: holds them to it), marked here so the PDF says them in the user's language.
INVESTMENT_MEANING = QT_TRANSLATE_NOOP("PdfText", "capex + opex, both totals for the item")
OPEX_MEANING = QT_TRANSLATE_NOOP(
    "PdfText", "running cost over the item's life in the plan, a total for the item (not a year)"
)
ANNUAL_VALUE_MEANING = QT_TRANSLATE_NOOP("PdfText", "expected benefit a year once delivered")


def meaning(text: str) -> str:
    """One of the meanings above in the user's language."""
    return translate("PdfText", text)


def widths_fitting(
    widths: Sequence[float],
    rows: Sequence[Sequence[object]],
    columns: Sequence[int],
    *,
    take_from: int,
    font: str = FAMILY,
    size: float = 8.0,
) -> list[float]:
    """``widths`` with each of ``columns`` as wide as its widest plain-text cell needs, the room
    taken from column ``take_from`` (one that wraps); unchanged when every cell fits. Money
    is longer in some languages ('10,6 Mio. USD' for 'USD 10.6 m') and a plain cell never
    wraps."""
    out = list(widths)
    for column in columns:
        cells = [row[column] for row in rows if column < len(row)]
        widest = max(
            (
                stringWidth(line, font, size)
                for cell in cells
                if isinstance(cell, str)
                for line in cell.split("\n")
            ),
            default=0.0,
        )
        needed = widest + 2 * CELL_PAD_X + 0.5
        if needed > out[column]:
            out[take_from] -= needed - out[column]
            out[column] = needed
    return out


def money_width(
    money: Callable[[float], str], largest: float, *, font: str = FAMILY, size: float = 8.0
) -> float:
    """The width of the widest short amount up to ``largest`` (digits are all as wide in the
    bundled fonts, so each magnitude's widest is its longest: 'USD 1,000k', '1.000 Tsd. USD'), for
    sizing a money column of thousands of rows without formatting every amount."""
    samples = [value for value in (999.0, 999_999.0, 999_999_999.0) if value <= abs(largest)]
    return max(stringWidth(money(value), font, size) for value in [*samples, largest])
