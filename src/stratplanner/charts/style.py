"""One look for every chart: the Okabe–Ito colour-blind-safe palette, fonts, titles, money axes.

The same figure goes on screen and into the board PDF, so sizes are in
points and the page layout leaves room for a title, a subtitle and a
legend under the plot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags
from matplotlib.typing import ColorType

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
OKABE_ITO = (BLACK, ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE)

#: Warnings only (overbooking, unsupported objectives, orphan spend, violated dependencies).
WARNING = VERMILLION
GREY = "#8C8C8C"
LIGHT_GREY = "#D9D9D9"
FAINT = "#F2F2F2"
TEXT = "#222222"
MUTED_TEXT = "#595959"

CATEGORY_COLOURS = {"run": BLUE, "grow": GREEN, "transform": PURPLE}
#: English names (the keys of the plan); ``category_name`` / ``status_name`` translate.
CATEGORY_NAMES = {
    "run": QT_TRANSLATE_NOOP("Charts", "Run"),
    "grow": QT_TRANSLATE_NOOP("Charts", "Grow"),
    "transform": QT_TRANSLATE_NOOP("Charts", "Transform"),
}
STATUS_COLOURS = {
    "proposed": SKY_BLUE,
    "approved": BLUE,
    "in_progress": GREEN,
    "done": GREY,
    "on_hold": ORANGE,
    "cancelled": LIGHT_GREY,
}
STATUS_NAMES = {
    "proposed": QT_TRANSLATE_NOOP("Charts", "Proposed"),
    "approved": QT_TRANSLATE_NOOP("Charts", "Approved"),
    "in_progress": QT_TRANSLATE_NOOP("Charts", "In progress"),
    "done": QT_TRANSLATE_NOOP("Charts", "Done"),
    "on_hold": QT_TRANSLATE_NOOP("Charts", "On hold"),
    "cancelled": QT_TRANSLATE_NOOP("Charts", "Cancelled"),
}


def category_name(key: str) -> str:
    """'Run', 'Grow', 'Transform' in the user's language (an unknown key as it is)."""
    name = CATEGORY_NAMES.get(key)
    return translate("Charts", name) if name else key


def status_name(key: str) -> str:
    """'In progress', 'On hold', … in the user's language (an unknown key as it is)."""
    name = STATUS_NAMES.get(key)
    return translate("Charts", name) if name else key


#: For open-ended series (themes, business units): never the warning colour.
SERIES = (BLUE, ORANGE, GREEN, PURPLE, SKY_BLUE, YELLOW, BLACK)
OTHER = LIGHT_GREY

#: Link strength 0..3 from pale to the palette's blue.
STRENGTH_COLOURS = ("#F3F3F3", "#C6E3F5", SKY_BLUE, BLUE)
STRENGTH_CMAP = LinearSegmentedColormap.from_list("stratplanner_strength", STRENGTH_COLOURS)

#: A4 landscape, the board-pack page.
A4_LANDSCAPE = (11.69, 8.27)

FONT = 9.0
SMALL = 7.5
TITLE = 15.0
SUBTITLE = 10.0


def blend(colour: str, amount: float, towards: str = "#FFFFFF") -> tuple[float, float, float]:
    """``colour`` moved ``amount`` (0..1) of the way to ``towards``: tints for backgrounds."""
    a, b = to_rgb(colour), to_rgb(towards)
    return (
        a[0] + (b[0] - a[0]) * amount,
        a[1] + (b[1] - a[1]) * amount,
        a[2] + (b[2] - a[2]) * amount,
    )


def text_colour_on(colour: ColorType) -> str:
    """Black or white, whichever reads better on ``colour``."""
    r, g, b = to_rgb(colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return TEXT if luminance > 0.45 else "#FFFFFF"


def series_colour(index: int) -> str:
    return SERIES[index % len(SERIES)]


@dataclass(frozen=True)
class MoneyScale:
    divisor: float
    unit: str  # "USD m"
    #: An amount in this scale as text: "{currency} {amount} m" in the user's language.
    pattern: str = "{currency} {amount}"
    currency: str = ""

    def __call__(self, value: float) -> float:
        return value / self.divisor

    def text(self, value: float) -> str:
        """'USD 1.5 m', 'USD 950 k' (one decimal, dropped when it is 0)."""
        scaled = self(value)
        amount = format_number(scaled, 0 if round(scaled, 1) == round(scaled) else 1)
        return self.pattern.format(currency=self.currency, amount=amount)


def money_scale(largest: float, currency: str) -> MoneyScale:
    """Millions for most plans; thousands for small ones, billions for huge ones."""
    if largest >= 5e9:
        divisor, unit, pattern = (
            1e9,
            translate("Money", "{currency} bn"),
            translate("Money", "{currency} {amount} bn"),
        )
    elif largest >= 2e6:
        divisor, unit, pattern = (
            1e6,
            translate("Money", "{currency} m"),
            translate("Money", "{currency} {amount} m"),
        )
    else:
        divisor, unit, pattern = (
            1e3,
            translate("Money", "{currency} k"),
            translate("Money", "{currency} {amount} k"),
        )
    return MoneyScale(divisor, unit.format(currency=currency), pattern, currency)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: max(1, limit - 1)].rstrip() + "…"


def wrap(text: str, width: int, lines: int = 2) -> str:
    """Wrap on spaces into at most ``lines`` lines of about ``width`` characters."""
    words = text.split()
    out: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = shorten(out[-1] + " …", width)
    return "\n".join(out)


def fit_text(text: str, width_in: float, size: float) -> str:
    """``text`` cut with an ellipsis to about ``width_in`` inches at ``size`` points."""
    return shorten(text, max(8, int(width_in * 72 / (size * 0.58))))


def wrap_lines(text: str, width_pt: float, size: float) -> list[str]:
    """Greedy word wrap measured with the font; a word longer than a line is split, never cut
    (a PDF has no tooltip to recover a shortened label)."""
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{current} {word}".strip()
        if text_width_pt(candidate, size) <= width_pt:
            current = candidate
            continue
        if current:
            lines.append(current)
        rest = word
        while text_width_pt(rest, size) > width_pt and len(rest) > 1:
            cut = len(rest) - 1
            while cut > 1 and text_width_pt(rest[:cut], size) > width_pt:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    if current or not lines:
        lines.append(current)
    return lines


def wrap_to(text: str, width_pt: float, size: float) -> str:
    """``text`` wrapped to ``width_pt`` at ``size`` points, as one multi-line label."""
    return "\n".join(wrap_lines(text, width_pt, size))


def _wrap_measured(text: str, width_pt: float, size: float) -> list[str]:
    """Greedy word wrap measured with the font (words are never cut)."""
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{current} {word}".strip()
        if current and text_width_pt(candidate, size) > width_pt:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def text_width_pt(text: str, size: float) -> float:
    """The width of ``text`` in points at ``size`` (its longest line), measured with the font."""
    return max((_line_width(line, size) for line in text.split("\n")), default=0.0)


@lru_cache(maxsize=4096)
def _line_width(line: str, size: float) -> float:
    """The sum of the characters' advances: FreeType's whole-string layout costs ~45 µs a
    character (0.5 s of the sample board pack's wrapping); this is one lookup each."""
    if not line:
        return 0.0
    return size * sum(_advance(ch) for ch in line)


@lru_cache(maxsize=2048)
def _advance(char: str) -> float:
    """Unhinted advance width of ``char`` per point of type, in points."""
    font = get_font(findfont(_FONT))  # the same FreeType face Agg draws with (cached)
    font.set_size(100.0, 72)
    glyph = font.load_char(ord(char), flags=LoadFlags.NO_HINTING)
    return glyph.linearHoriAdvance / 65536 / 100.0


_FONT = FontProperties(family="DejaVu Sans")


def begin_figure(
    fig: Figure,
    size: tuple[float, float] | None,
    title: str,
    subtitle: str = "",
    *,
    constrained: bool = True,
) -> float:
    """Clear ``fig``, size it, write the title block; return the block's height in inches.

    With ``constrained`` the plot area is laid out by constrained layout in
    the band under the title, so long axis labels never collide with it;
    otherwise the caller places its axes itself.
    """
    fig.clear()
    if size is not None:
        fig.set_size_inches(*size)
    fig.set_facecolor("white")
    width, height = fig.get_size_inches()
    lines = _wrap_measured(subtitle, (width - 0.5) * 72, SUBTITLE) if subtitle else []
    # A long subtitle wraps onto more lines (a PDF has no tooltip): nothing is cut.
    top_in = 0.72 + (len(lines) - 1) * SUBTITLE * 1.25 / 72 if lines else 0.5
    fig.text(
        0.25 / width,
        1 - 0.16 / height,
        title,
        fontsize=TITLE,
        fontweight="bold",
        color=TEXT,
        va="top",
        ha="left",
    )
    if lines:
        fig.text(
            0.25 / width,
            1 - 0.48 / height,
            "\n".join(lines),
            fontsize=SUBTITLE,
            color=MUTED_TEXT,
            va="top",
            ha="left",
            linespacing=1.25,
        )
    if constrained:
        top = max(0.3, 1 - top_in / height)
        fig.set_layout_engine("constrained", rect=(0.0, 0.0, 1.0, top), h_pad=0.06, w_pad=0.06)
    else:
        fig.set_layout_engine("none")
    return top_in


def style_axes(ax: Axes, *, grid_axis: Literal["both", "x", "y"] | None = "y") -> None:
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GREY)
    ax.tick_params(colors=MUTED_TEXT, labelsize=FONT, labelcolor=TEXT, length=3)
    if grid_axis:
        ax.grid(axis=grid_axis, color=LIGHT_GREY, linewidth=0.6)
        ax.set_axisbelow(True)


def empty_message(ax: Axes, message: str) -> None:
    """Say why there is nothing to draw, in the middle of the plot."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=FONT + 2,
        color=MUTED_TEXT,
        transform=ax.transAxes,
        wrap=True,
    )


def legend_columns(labels: Sequence[str], width_in: float, size: float = FONT) -> int:
    """As many legend columns as fit across ``width_in`` (each entry: marker, text, gap)."""
    if not labels:
        return 1
    room = width_in * 72 - 36
    entries = [text_width_pt(label, size) + size * 4.3 for label in labels]  # handle, pads, gap
    for columns in range(len(labels), 1, -1):
        # matplotlib gives the first (n mod columns) columns one entry more than the others
        rows, large = divmod(len(labels), columns)
        widths, start = [], 0
        for c in range(columns):
            size_c = rows + (1 if c < large else 0)
            widths.append(max(entries[start : start + size_c], default=0.0))
            start += size_c
        if sum(widths) <= room:
            return columns
    return 1


def legend_below(fig: Figure, handles: Sequence[Any], *, title: str | None = None) -> None:
    """The legend under the plot, in as many columns as fit, in space constrained layout keeps."""
    if not handles:
        return
    labels = [h.get_label() for h in handles]
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=legend_columns(labels, fig.get_size_inches()[0]),
        frameon=False,
        fontsize=FONT,
        handlelength=1.4,
        columnspacing=1.6,
        title=title,
        title_fontsize=FONT,
    )
