"""The roadmap as a board reads it on paper: every item named in full beside its bar.

``RoadmapOptions(labels="beside")``: one row per item under a header row per
lane, the item's whole name (wrapped, never cut) in the label column, so
milestones and dependency arrows, drawn in the bar area, never cross a label.
Status is the bar's fill: funded work (done, in progress, approved) solid,
work still asked of the board (proposed, on hold) a pale fill with a dashed
outline; done is a paler solid. A PDF has no tooltip, so nothing is left for one.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.patches import Patch
from matplotlib.transforms import Transform
from matplotlib.typing import ColorType, LineStyleType

from stratplanner.charts.style import FONT, GREY, TEXT, WARNING, wrap_lines
from stratplanner.i18n import translate

#: The mark beside an item at risk (the PDF's risk page says why).
RISK_MARK = "⚠"
FUNDED = frozenset({"done", "in_progress", "approved"})
ASKED = frozenset({"proposed", "on_hold"})
#: Type in the label column (points) and line spacing (× size).
LABEL_SIZE = 7.5
LEADING = 1.2


def wrap_to_width(text: str, width_pt: float, size: float = LABEL_SIZE) -> list[str]:
    """Greedy word wrap measured with the font; a word longer than the line is split, never cut."""
    return wrap_lines(text, width_pt, size)


def tint(colour: str, amount: float) -> tuple[float, float, float]:
    """``colour`` mixed with white (amount 0 = colour, 1 = white)."""
    r, g, b = to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def bar_style(status: str, colour: str) -> tuple[ColorType, ColorType, LineStyleType, float]:
    """(face, edge, line style, line width) of a bar: status by fill, category by colour."""
    if status in ASKED:
        return tint(colour, 0.78), colour, (0, (3, 1.6)), 1.1
    if status == "done":
        return tint(colour, 0.5), "white", "solid", 0.6
    return colour, "white", "solid", 0.6


def status_handles() -> list[Artist]:
    """Legend entries for the fills (category colours are listed beside them)."""
    return [
        Patch(
            facecolor=GREY,
            edgecolor="white",
            label=translate("Charts", "Funded: in progress or approved"),
        ),
        Patch(facecolor=tint(GREY, 0.5), edgecolor="white", label=translate("Charts", "Done")),
        Patch(
            facecolor=tint(GREY, 0.78),
            edgecolor=GREY,
            linestyle=(0, (3, 1.6)),
            linewidth=1.1,
            label=translate("Charts", "Asked of the board: proposed or on hold"),
        ),
    ]


def label_lines(title: str, marked: bool, width_pt: float) -> list[str]:
    return wrap_to_width(f"{RISK_MARK} {title}" if marked else title, width_pt)


def draw_label(ax: Axes, y: float, lines: list[str], marked: bool, transform: Transform) -> None:
    """The item's name, right-aligned against the bar area, vertically centred on its row."""
    ax.text(
        -0.006,
        y,
        "\n".join(lines),
        transform=transform,
        ha="right",
        va="center",
        fontsize=LABEL_SIZE,
        linespacing=LEADING,
        color=WARNING if marked else TEXT,
        clip_on=False,
    )


def draw_header(ax: Axes, y: float, text: str, transform: Transform, warning: bool) -> None:
    ax.text(
        -0.006,
        y,
        text,
        transform=transform,
        ha="right",
        va="center",
        fontsize=FONT,
        linespacing=LEADING,
        fontweight="bold",
        color=WARNING if warning else TEXT,
        clip_on=False,
    )
