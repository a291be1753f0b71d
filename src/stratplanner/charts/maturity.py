"""Partnership maturity: a radar per business unit, the trend over assessments, the gaps to target.

The radar shows each unit's latest levels (filled) against its targets (dashed) and, faintly,
its first assessment, on the four-level model (1 order taker … 4 strategic partner). The
trend follows the average level of each unit over its assessments, or each dimension of one
unit. The gaps chart lists every dimension below target, largest first, with the first
practice the catalogue suggests (docs/partnership.md).
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from datetime import date
from typing import cast

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.dates import DateFormatter, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.projections.polar import PolarAxes
from matplotlib.ticker import Locator

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.partnership import (
    DIMENSIONS,
    AssessmentView,
    UnitMaturity,
    level_name,
    maturity_by_unit,
    maturity_gaps,
)
from stratplanner.charts.common import ChartOptions, subtitle
from stratplanner.charts.hits import ChartInfo, PointLayer, RectLayer
from stratplanner.charts.style import (
    BLUE,
    FONT,
    GREY,
    LIGHT_GREY,
    MUTED_TEXT,
    ORANGE,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    blend,
    empty_message,
    legend_below,
    series_colour,
    shorten,
    style_axes,
    text_width_pt,
    wrap,
    wrap_lines,
    wrap_to,
)
from stratplanner.i18n import format_date, format_number, translate
from stratplanner.model.values import (
    MATURITY_LEVEL_NAMES,
    dimension_label,
    dimension_short,
)
from stratplanner.snapshot import PlanSnapshot

LEVELS = (1, 2, 3, 4)
TARGET_COLOUR = ORANGE
FIRST_COLOUR = GREY


def _short(dimension: str) -> str:
    return dimension_short(dimension)


def _label(dimension: str) -> str:
    return dimension_label(dimension)


def _units(snap: PlanSnapshot, options: ChartOptions) -> list[UnitMaturity]:
    """Assessed units, narrowed to the filter's business units when it names any."""
    wanted = options.filters.business_unit_ids
    ids = None if not wanted else {u for u in wanted if u is not None}
    return [u for u in maturity_by_unit(snap, ids) if u.history]


def _rating_id(snap: PlanSnapshot, view: AssessmentView, dimension: str) -> int | None:
    rating = snap.ratings_by_assessment.get(view.assessment.id, {}).get(dimension)
    return rating.id if rating is not None else None


def _rating_tooltip(unit: UnitMaturity, view: AssessmentView, dimension: str) -> str:
    score = view.scores[dimension]
    lines = [
        f"{unit.name} · {_label(dimension)}",
        translate("Charts", "Level {level} ({name}) on {date}").format(
            level=score.level,
            name=level_name(score.level),
            date=format_date(view.assessment.assessed_on, "short"),
        ),
    ]
    if score.target is not None:
        gap = score.target - score.level
        target = translate("Charts", "Target {level} ({name})").format(
            level=score.target, name=level_name(score.target)
        )
        lines.append(
            target
            + (
                translate("Charts", ", %n level(s) to go", None, gap)
                if gap > 0
                else translate("Charts", ", reached")
            )
        )
    change = unit.change(dimension)
    if change:
        first = format_date(unit.history[0].assessment.assessed_on, "short")
        moved = (
            translate("Charts", "Up {levels} since {date}")
            if change > 0
            else translate("Charts", "Down {levels} since {date}")
        )
        lines.append(moved.format(levels=abs(change), date=first))
    if score.evidence:
        lines.append(
            translate("Charts", "Evidence: {text}").format(text=shorten(score.evidence, 90))
        )
    return "\n".join(lines)


# -- radar -------------------------------------------------------------------------------------


#: Inches of a radar figure that are not panels: title block and legend.
RADAR_CHROME_IN = 1.2
#: Inches a radar panel loses to its dimension labels, across and down.
RADAR_LABELS_IN = (1.5, 1.0)


def _radar_columns(count: int, width: float, height: float) -> int:
    """The number of columns that gives each unit's radar circle the most room."""

    def circle(columns: int) -> float:
        rows = math.ceil(count / columns)
        return min(width / columns - RADAR_LABELS_IN[0], height / rows - RADAR_LABELS_IN[1])

    return max(range(1, count + 1), key=lambda c: (round(circle(c), 2), -c))


@dataclass(frozen=True)
class MaturityRadarOptions(ChartOptions):
    """``filters.business_unit_ids`` picks the units (all assessed units by default)."""

    show_first: bool = True  # the first assessment, faintly, to show the year's change
    show_target: bool = True


def draw_maturity_radar(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: MaturityRadarOptions | None = None,
) -> ChartInfo:
    """One radar per business unit; hits are ratings (kind "rating", id the rating's id)."""
    options = options or MaturityRadarOptions()
    units = _units(snap, options)
    title = options.title or translate("Charts", "Partnership maturity by business unit")
    facts = []
    if units:
        newest = max(u.latest.assessment.assessed_on for u in units if u.latest)
        facts.append(
            translate("Charts", "latest assessments up to {date}").format(
                date=format_date(newest, "short")
            )
        )
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("maturity", title, total=len(units))
    if not units:
        blank = fig.add_subplot()
        info.axes.append(blank)
        empty_message(
            blank,
            translate(
                "Charts",
                "No partnership maturity assessments yet.\nAssess a business unit on the six "
                "dimensions to see its radar.",
            ),
        )
        return info
    width, height = fig.get_size_inches()
    count = len(units)
    columns = _radar_columns(count, width, height - RADAR_CHROME_IN)
    rows = math.ceil(count / columns)
    angles = np.linspace(0, 2 * np.pi, len(DIMENSIONS), endpoint=False)
    closed = np.concatenate([angles, angles[:1]])
    panel_in = min(width / columns, (height - RADAR_CHROME_IN) / rows)
    label_size = SMALL if panel_in < 3.2 else FONT
    for n, unit in enumerate(units):
        # projection="polar" makes a PolarAxes; add_subplot's stubs only promise an Axes.
        ax = cast(PolarAxes, fig.add_subplot(rows, columns, n + 1, projection="polar"))
        info.axes.append(ax)
        ax.set_theta_offset(np.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_ylim(0, 4.25)
        ax.set_yticks(LEVELS, [str(level) for level in LEVELS])
        ax.set_rlabel_position(180 / len(DIMENSIONS))
        ax.tick_params(axis="y", labelsize=SMALL - 0.5, labelcolor=MUTED_TEXT)
        ax.set_xticks(angles, [wrap(_short(d), 14) for d in DIMENSIONS])
        ax.tick_params(axis="x", labelsize=label_size - 0.5, labelcolor=TEXT, pad=9)
        ax.grid(color=LIGHT_GREY, linewidth=0.6)
        ax.spines["polar"].set_color(LIGHT_GREY)
        latest = unit.latest
        assert latest is not None
        colour = BLUE
        if options.show_first and len(unit.history) > 1:
            first = unit.history[0]
            values = [first.scores[d].level if d in first.scores else 0 for d in DIMENSIONS]
            ax.plot(
                closed,
                [*values, values[0]],
                color=FIRST_COLOUR,
                linewidth=1.4,
                linestyle=(0, (1, 1.4)),
                zorder=5,
            )
        if options.show_target:
            targets = [
                latest.scores[d].target or latest.scores[d].level if d in latest.scores else 0
                for d in DIMENSIONS
            ]
            ax.plot(
                closed, [*targets, targets[0]], color=TARGET_COLOUR, linewidth=1.4, linestyle="--"
            )
        levels = [latest.scores[d].level if d in latest.scores else 0 for d in DIMENSIONS]
        ax.fill(closed, [*levels, levels[0]], color=blend(colour, 0.65), zorder=2)
        ax.plot(closed, [*levels, levels[0]], color=colour, linewidth=1.8, zorder=3)
        ax.scatter(angles, levels, s=16, color=colour, zorder=4)
        dims = [d for d in DIMENSIONS if d in latest.scores]
        info.layers.append(
            PointLayer(
                ax,
                [angles[DIMENSIONS.index(d)] for d in dims],
                [latest.scores[d].level for d in dims],
                6.0,
                "rating",
                [_rating_id(snap, latest, d) for d in dims],
                [_rating_tooltip(unit, latest, d) for d in dims],
            )
        )
        change = unit.average_change
        score = f" · {format_number(latest.average, 1)}"
        if change is not None and abs(change) >= 0.05:
            score += f" ({'+' if change > 0 else '−'}{format_number(abs(change), 1)})"
        ax.set_title(
            wrap_to(unit.name + score, width / columns * 72 * 0.85, FONT),  # whole, wrapped
            fontsize=FONT,
            fontweight="bold",
            color=TEXT,
            pad=8,
        )
    info.shown = count
    handles: list[Artist] = [
        Patch(
            facecolor=blend(BLUE, 0.65),
            edgecolor=BLUE,
            label=translate("Charts", "Latest assessment"),
        ),
    ]
    if options.show_target:
        handles.append(
            Line2D([], [], color=TARGET_COLOUR, linestyle="--", label=translate("Charts", "Target"))
        )
    if options.show_first and any(len(u.history) > 1 for u in units):
        handles.append(
            Line2D(
                [],
                [],
                color=FIRST_COLOUR,
                linestyle=":",
                label=translate("Charts", "First assessment"),
            )
        )
    caption = translate(
        "Charts", "Titles: average level (change since the first assessment) · levels: {levels}"
    ).format(levels=", ".join(f"{k} {level_name(k).lower()}" for k in MATURITY_LEVEL_NAMES))
    # The caption is one legend entry; wrapped to the figure so a narrow page never cuts it off.
    room = max(30, int((width * 72 - 60) / (FONT * 0.56)))
    handles.append(Line2D([], [], color="none", label="\n".join(textwrap.wrap(caption, room))))
    legend_below(fig, handles)
    return info


# -- trend -------------------------------------------------------------------------------------

TREND_VIEWS = ("unit", "dimension")


@dataclass(frozen=True)
class MaturityTrendOptions(ChartOptions):
    """``by="unit"``: the average level of every unit; ``by="dimension"``: each dimension of one
    unit (the filter's first business unit, else the first assessed unit)."""

    by: str = "unit"


def _dates(views: tuple[AssessmentView, ...]) -> list[float]:
    return [float(date2num(v.assessment.assessed_on)) for v in views]


#: Months between date ticks, tried from the closest: as many as the axes' width holds.
_TICK_MONTHS = (1, 2, 3, 4, 6, 12, 24, 36, 60, 120)
_DATE_FORMAT = "%b %Y"


class _SpacedDateLocator(Locator):
    """Month starts far enough apart that their labels ("Mar 2027") never touch, and far
    enough inside the axes that they do not reach a neighbouring panel's labels.

    Measured when the ticks are asked for, so it holds whatever size the figure is drawn at
    (a laptop's canvas, a projector's, a PDF page) and after constrained layout."""

    def __init__(self, size: float):
        self.size = size

    def _date_axis(self) -> Axis:
        # matplotlib types Locator.axis loosely (None, a dummy axis); this one is always
        # set on an axes' x axis (set_major_locator), which is what it measures.
        axis = self.axis
        if not isinstance(axis, Axis):
            raise TypeError("_SpacedDateLocator measures an Axes' axis: set it as a locator")
        return axis

    def __call__(self) -> list[float]:
        low, high = self._date_axis().get_view_interval()
        return self.tick_values(low, high)

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        low, high = sorted((float(vmin), float(vmax)))
        axes = self._date_axis().axes
        width_px = axes.bbox.width
        if high - low <= 0 or width_px <= 0:
            return []
        px_per_day = width_px / (high - low)
        label_px = text_width_pt("Mmm 0000", self.size) * axes.figure.dpi / 72
        gap_px = self.size * axes.figure.dpi / 72  # a character's room between two labels
        inset = (label_px / 2 + 1) / px_per_day  # days a label's half-width takes
        first, last = num2date(low + inset), num2date(high - inset)
        ticks: list[float] = []
        for months in _TICK_MONTHS:
            ticks = []
            year, month = first.year, first.month
            while True:
                month += 1
                if month > 12:
                    year, month = year + 1, 1
                if (year * 12 + month - 1) % months:
                    continue
                day = float(date2num(date(year, month, 1)))
                if day > high - inset:
                    break
                ticks.append(day)
            if (months * 28) * px_per_day >= label_px + gap_px:
                break
        if not ticks and last >= first:  # too narrow for a month start: the middle, labelled
            ticks = [(low + high) / 2]
        return ticks


def _level_axis(ax: Axes) -> None:
    ax.set_ylim(0.75, 4.35)
    ax.set_yticks(LEVELS, [f"{k} {MATURITY_LEVEL_NAMES[k]}" for k in LEVELS])
    ax.tick_params(axis="y", labelsize=SMALL)
    ax.xaxis.set_major_locator(_SpacedDateLocator(SMALL))
    ax.xaxis.set_major_formatter(DateFormatter(_DATE_FORMAT))
    ax.tick_params(axis="x", labelsize=SMALL)


def draw_maturity_trend(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: MaturityTrendOptions | None = None,
) -> ChartInfo:
    """Maturity over time; hits are assessments (by unit) or ratings (by dimension)."""
    options = options or MaturityTrendOptions()
    if options.by not in TREND_VIEWS:
        raise ValueError(f"by must be one of {', '.join(TREND_VIEWS)}, not {options.by!r}")
    units = _units(snap, options)
    if options.by == "dimension":
        units = units[:1]
        title = options.title or (
            translate("Charts", "Partnership maturity of {unit} by dimension").format(
                unit=units[0].name
            )
            if units
            else translate("Charts", "Partnership maturity by dimension")
        )
    else:
        title = options.title or translate("Charts", "Partnership maturity over time")
    facts = []
    if units:
        count = max(len(u.history) for u in units)
        facts.append(translate("Charts", "%n assessment(s) per unit", None, count))
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("maturity-trend", title, total=len(units))
    if not units:
        ax = fig.add_subplot()
        info.axes.append(ax)
        empty_message(
            ax,
            translate(
                "Charts",
                "No partnership maturity assessments yet.\nThe trend starts with the first.",
            ),
        )
        return info
    if options.by == "dimension":
        _trend_by_dimension(fig, info, snap, units[0])
    else:
        _trend_by_unit(fig, info, units)
    info.shown = len(units)
    return info


def _spread(values: list[float], gap: float) -> list[float]:
    """``values`` moved apart just enough that neighbours are at least ``gap`` apart (labels)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    placed = [values[i] for i in order]
    for _ in range(50):
        moved = False
        for k in range(1, len(placed)):
            overlap = gap - (placed[k] - placed[k - 1])
            if overlap > 1e-9:
                placed[k - 1] -= overlap / 2
                placed[k] += overlap / 2
                moved = True
        if not moved:
            break
    out = [0.0] * len(values)
    for k, i in enumerate(order):
        out[i] = placed[k]
    return out


def _trend_by_unit(fig: Figure, info: ChartInfo, units: list[UnitMaturity]) -> None:
    ax = fig.add_subplot()
    info.axes.append(ax)
    style_axes(ax)
    handles = []
    xs_all, ys_all, ids, tips = [], [], [], []
    ends: list[tuple[float, float, str, str]] = []
    for n, unit in enumerate(units):
        colour = series_colour(n)
        xs = _dates(unit.history)
        ys = [v.average for v in unit.history]
        ax.plot(xs, ys, color=colour, linewidth=2.0, marker="o", markersize=5, zorder=3)
        ends.append((xs[-1], ys[-1], shorten(unit.name, 24), colour))
        handles.append(Line2D([], [], color=colour, marker="o", label=unit.name))
        for view, x, y in zip(unit.history, xs, ys, strict=True):
            xs_all.append(x)
            ys_all.append(y)
            ids.append(view.assessment.id)
            lines = [
                translate("Charts", "{unit}, {date}: average {average} ({stage})").format(
                    unit=unit.name,
                    date=format_date(view.assessment.assessed_on, "short"),
                    average=format_number(y, 2),
                    stage=level_name(view.stage),
                )
            ]
            if view.average_target is not None:
                lines[0] += translate("Charts", ", target {target}").format(
                    target=format_number(view.average_target, 2)
                )
            lines += [
                f"{_short(d)}: {s.level}" + (f" → {s.target}" if s.target else "")
                for d, s in view.scores.items()
            ]
            tips.append("\n".join(lines))
    info.layers.append(PointLayer(ax, xs_all, ys_all, 6.0, "assessment", ids, tips))
    _level_axis(ax)
    low, high = min(xs_all), max(xs_all)
    pad = max(20.0, (high - low) * 0.16)
    ax.set_xlim(low - pad * 0.25, high + pad)
    # End labels, nudged apart so units at the same level stay readable.
    height_in = ax.get_position().height * fig.get_size_inches()[1]
    per_level = height_in * 72 / (4.35 - 0.75)
    label_y = _spread([e[1] for e in ends], (SMALL + 2.5) / max(per_level, 1.0))
    for (x, y, name, colour), ly in zip(ends, label_y, strict=True):
        ax.annotate(
            name,
            (x, y),
            xytext=(x + pad * 0.08, ly),
            textcoords="data",
            va="center",
            fontsize=SMALL,
            color=colour,
            fontweight="bold",
        )
    ax.set_ylabel(
        translate("Charts", "Average level over six dimensions"), fontsize=FONT, color=TEXT
    )
    legend_below(fig, handles)


def _trend_by_dimension(
    fig: Figure, info: ChartInfo, snap: PlanSnapshot, unit: UnitMaturity
) -> None:
    axes = fig.subplots(2, 3, sharex=True, sharey=True, squeeze=False)
    xs = _dates(unit.history)
    for n, dimension in enumerate(DIMENSIONS):
        ax = axes[n // 3][n % 3]
        info.axes.append(ax)
        style_axes(ax)
        views = [v for v in unit.history if dimension in v.scores]
        x = [xs[unit.history.index(v)] for v in views]
        y = [v.scores[dimension].level for v in views]
        ax.plot(x, y, color=BLUE, linewidth=2.0, zorder=3)
        ax.plot(x, y, "o", color=BLUE, markersize=4, zorder=4)
        target = views[-1].scores[dimension].target if views else None
        if target is not None:
            ax.axhline(target, color=TARGET_COLOUR, linestyle="--", linewidth=1.3, zorder=2)
            if views[-1].scores[dimension].level < target:
                to_go = target - views[-1].scores[dimension].level
                ax.set_title(
                    translate("Charts", "%n level(s) to target", None, to_go),
                    loc="right", fontsize=SMALL, color=WARNING,
                )  # fmt: skip
        ax.set_title(_short(dimension), fontsize=FONT, color=TEXT, loc="left", fontweight="bold")
        _level_axis(ax)
        if n % 3:
            ax.tick_params(axis="y", labelleft=False)
        info.layers.append(
            PointLayer(
                ax, x, y, 6.0, "rating",
                [_rating_id(snap, v, dimension) for v in views],
                [_rating_tooltip(unit, v, dimension) for v in views],
            )
        )  # fmt: skip
    if xs:
        pad = max(15.0, (max(xs) - min(xs)) * 0.08)
        axes[0][0].set_xlim(min(xs) - pad, max(xs) + pad)
    legend_below(
        fig,
        [
            Line2D(
                [],
                [],
                color=BLUE,
                marker="o",
                label=translate("Charts", "Level at each assessment"),
            ),
            Line2D(
                [], [], color=TARGET_COLOUR, linestyle="--", label=translate("Charts", "Target")
            ),
        ],
    )


# -- gaps to target ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MaturityGapOptions(ChartOptions):
    max_rows: int = 30
    practices: int = 2  # suggested practices named beside each gap


def draw_maturity_gaps(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: MaturityGapOptions | None = None,
) -> ChartInfo:
    """Each dimension below target as a bar from today's level to the target, largest gap first,
    with the practices that lift it; hits are ratings."""
    options = options or MaturityGapOptions()
    wanted = options.filters.business_unit_ids
    ids = None if not wanted else {u for u in wanted if u is not None}
    gaps = maturity_gaps(snap, ids)
    title = options.title or translate(
        "Charts", "Gaps to target maturity, with practices that close them"
    )
    n_shown = min(len(gaps), max(1, options.max_rows))
    gap_count = len(gaps)
    facts = [translate("Charts", "%n dimension(s) below target", None, gap_count)] if gaps else []
    if n_shown < len(gaps):  # a chart that says N shows N: say which are drawn
        facts = [
            translate("Charts", "the {shown} largest of {count} gaps below target").format(
                shown=n_shown, count=gap_count
            )
        ]
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("maturity-gaps", title, total=len(gaps))
    ax = fig.add_subplot()
    info.axes.append(ax)
    if not gaps:
        assessed = any(u.history for u in maturity_by_unit(snap, ids))
        empty_message(
            ax,
            translate("Charts", "Every assessed dimension is at its target.") if assessed else
            translate(
                "Charts",
                "No partnership maturity assessments yet.\nGaps appear once targets are set.",
            ),
        )  # fmt: skip
        return info
    shown = gaps[: max(1, options.max_rows)]
    if len(shown) < len(gaps):
        info.notes.append(
            translate("Charts", "Showing the {shown} largest of {count} gaps.").format(
                shown=len(shown), count=len(gaps)
            )
        )
    style_axes(ax, grid_axis="x")
    units = snap.business_unit_by_id
    width_in, height_in = fig.get_size_inches()
    label_size = SMALL if len(shown) > 14 else FONT
    # Whole names, wrapped: a PDF has no tooltip. The practices get what the axes leave right
    # of x = 4.12 (axes: the figure less the wrapped labels and constrained layout's pads).
    label_pt = width_in * 72 * 0.28
    pitch_pt = max(1.0, (height_in * 72 - 160) / len(shown))
    names = [f"{units[g.business_unit_id].name} · {_short(g.dimension)}" for g in shown]
    for _ in range(3):  # the type steps down (to 5.5 pt) until the wrapped names fit a row
        labels = [wrap_to(name, label_pt, label_size) for name in names]
        lines = max(label.count("\n") + 1 for label in labels)
        if lines * label_size * 1.2 <= pitch_pt or label_size <= 5.5:
            break
        label_size = max(5.5, pitch_pt / (lines * 1.2))
    axes_pt = width_in * 72 - max(text_width_pt(t, label_size) for t in labels) - 24
    room_pt = axes_pt * (7.9 - 4.12) / (7.9 - 0.8) - 4
    boxes, tips, rating_ids = [], [], []
    for row, gap in enumerate(shown):
        y = len(shown) - 1 - row
        colour = WARNING if gap.gap >= 2 else BLUE
        ax.barh(
            y,
            gap.target - gap.level,
            left=gap.level,
            height=0.55,
            color=blend(colour, 0.55),
            edgecolor=colour,
            linewidth=1.0,
            zorder=2,
        )
        ax.plot([gap.level], [y], "o", color=colour, markersize=6, zorder=3)
        ax.plot(
            [gap.target],
            [y],
            marker="D",
            color=TARGET_COLOUR,
            markeredgecolor="white",
            markersize=7,
            zorder=3,
        )
        unit = units[gap.business_unit_id]
        practices = [
            translate("Charts", "{practice} (planned)").format(practice=s.practice.shown_title)
            if s.planned_item_id
            else s.practice.shown_title
            for s in gap.suggestions[: options.practices]
        ]
        if practices:
            text, size = _practices_text(practices, room_pt, pitch_pt)
            ax.text(
                4.12, y, text, va="center", ha="left", fontsize=size, color=MUTED_TEXT,
                linespacing=1.1,
            ).set_in_layout(False)  # fmt: skip
        rating = next(
            (
                r
                for a in snap.assessments_by_unit.get(gap.business_unit_id, [])[-1:]
                for r in [snap.ratings_by_assessment.get(a.id, {}).get(gap.dimension)]
                if r is not None
            ),
            None,
        )
        rating_ids.append(rating.id if rating else None)
        boxes.append((0.5, y - 0.4, 8.0, y + 0.4))
        tip = [
            f"{unit.name} · {_label(gap.dimension)}",
            translate(
                "Charts",
                "Level {level} ({name}) → target {target} ({target_name}), assessed {date}",
            ).format(
                level=gap.level,
                name=level_name(gap.level),
                target=gap.target,
                target_name=level_name(gap.target),
                date=format_date(gap.assessed_on, "short"),
            ),
        ]
        if gap.suggestions:
            tip.append(
                translate("Charts", "Practices: {list}").format(
                    list="; ".join(s.practice.shown_title for s in gap.suggestions[:4])
                )
            )
        if rating and rating.evidence:
            tip.append(
                translate("Charts", "Evidence: {text}").format(text=shorten(rating.evidence, 90))
            )
        tips.append("\n".join(tip))
    info.layers.append(RectLayer(ax, boxes, "rating", rating_ids, tips))
    ax.set_yticks(range(len(shown)), list(reversed(labels)))
    ax.tick_params(axis="y", labelsize=label_size, length=0)
    ax.set_xlim(0.8, 7.9)
    ax.set_xticks(LEVELS, [f"{k}\n{wrap(level_name(k), 11)}" for k in LEVELS])
    ax.tick_params(axis="x", labelsize=SMALL)
    ax.set_ylim(-0.7, len(shown) - 0.3)
    ax.spines["bottom"].set_bounds(1, 4)
    ax.text(
        4.12,
        len(shown) - 0.35,
        translate("Charts", "Suggested practices"),
        fontsize=SMALL,
        color=TEXT,
        fontweight="bold",
        va="bottom",
    ).set_in_layout(False)
    info.shown = len(shown)
    legend_below(
        fig,
        [
            Line2D(
                [],
                [],
                color=BLUE,
                marker="o",
                linestyle="none",
                label=translate("Charts", "Level today"),
            ),
            Line2D(
                [],
                [],
                color=TARGET_COLOUR,
                marker="D",
                markersize=6,
                linestyle="none",
                label=translate("Charts", "Target"),
            ),
            Patch(
                facecolor=blend(BLUE, 0.55),
                edgecolor=BLUE,
                label=translate("Charts", "Gap of one level"),
            ),
            Patch(
                facecolor=blend(WARNING, 0.55),
                edgecolor=WARNING,
                label=translate("Charts", "Gap of two or more"),
            ),
        ],
    )
    return info


def _practices_text(practices: list[str], room_pt: float, pitch_pt: float) -> tuple[str, float]:
    """The practices, each whole, wrapped into ``room_pt``; as many as fit the row's height
    (``pitch_pt``), the rest counted ("+1 more"); the type steps down to 6 pt before that."""
    for size in (SMALL, 6.5, 6.0):
        lines_fit = max(1, int(pitch_pt * 0.9 // (size * 1.1)))
        for keep in range(len(practices), 0, -1):
            text = "; ".join(practices[:keep])
            if keep < len(practices):
                text += translate("Charts", "; +{count} more").format(count=len(practices) - keep)

            lines = wrap_lines(text, room_pt, size)
            if len(lines) <= lines_fit:
                return "\n".join(lines), size
    return "\n".join(wrap_lines(practices[0], room_pt, 6.0)), 6.0


__all__ = [
    "TREND_VIEWS",
    "MaturityGapOptions",
    "MaturityRadarOptions",
    "MaturityTrendOptions",
    "draw_maturity_gaps",
    "draw_maturity_radar",
    "draw_maturity_trend",
]
