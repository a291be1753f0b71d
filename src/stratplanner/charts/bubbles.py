"""Value against cost: one bubble per item, sized by alignment, coloured by category.

Quadrant lines sit at the median cost and value (or given thresholds):
quick wins (cheap, valuable), strategic bets (costly, valuable), fill-ins
(cheap, little value) and question marks (costly, little value). Only the
largest items get a label, placed where it collides with no other label
(a small repel over candidate positions); the rest are in the tooltips.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.selection import select_items
from stratplanner.analysis.text import money
from stratplanner.charts.common import ChartOptions, analysis_for, item_tooltip, subtitle
from stratplanner.charts.hits import ChartInfo, PointLayer
from stratplanner.charts.roadmap_named import wrap_to_width
from stratplanner.charts.style import (
    CATEGORY_COLOURS,
    FONT,
    GREY,
    MUTED_TEXT,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    category_name,
    empty_message,
    legend_below,
    money_scale,
    style_axes,
    text_width_pt,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import ItemRec, PlanSnapshot

SCALES = ("auto", "linear", "log")
#: Bubble areas in points²: the least and the most aligned item.
MIN_AREA, MAX_AREA = 24.0, 620.0
#: Above this many items, shade the density and draw bubbles for the largest only.
DENSITY_ABOVE = 1500
HIGHLIGHT = 120
DENSITY_CMAP = LinearSegmentedColormap.from_list(
    "stratplanner_density", ["#EEF2F5", "#9DB4C6", "#4A6478"]
)
QUADRANTS = {  # English; translated where drawn
    (False, True): QT_TRANSLATE_NOOP("Charts", "Quick wins"),
    (True, True): QT_TRANSLATE_NOOP("Charts", "Strategic bets"),
    (False, False): QT_TRANSLATE_NOOP("Charts", "Fill-ins"),
    (True, False): QT_TRANSLATE_NOOP("Charts", "Question marks"),
}


@dataclass(frozen=True)
class BubbleOptions(ChartOptions):
    scale: str = "auto"  # "auto": logarithmic above 150 items, where costs span decades
    labels: int = 12  # label at most this many of the largest items
    #: "names": the largest items named on the chart (the screen: tooltips name the rest);
    #: "key": every drawn item numbered (up to ``key_limit``, largest first), the numbers
    #: listed in ``info.extra["key"]`` for a key under the chart (paper)
    label_mode: str = "names"
    key_limit: int = 60
    cost_split: float | None = None  # quadrant line, in currency units; None = median cost
    value_split: float | None = None  # quadrant line, in currency units; None = median value


def draw_value_cost(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: BubbleOptions | None = None,
) -> ChartInfo:
    """Draw the bubbles; hits are items."""
    options = options or BubbleOptions()
    if options.scale not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}, not {options.scale!r}")
    analysis = analysis_for(snap, analysis)
    items = select_items(snap, options.filters)
    title = options.title or translate("Charts", "Value against cost")
    currency = snap.info.currency
    count = len(items)
    begin_figure(
        fig,
        options.size,
        title,
        subtitle(
            snap,
            options,
            translate("Charts", "%n item(s)", None, count),
            translate("Charts", "bubble size = alignment"),
        ),
    )
    ax = fig.add_subplot()
    info = ChartInfo("bubbles", title, axes=[ax], total=len(items), shown=len(items))
    if not items:
        empty_message(ax, translate("Charts", "No items match this view."))
        return info

    cost = np.array([i.cost for i in items], dtype=float)
    value = np.array([i.annual_value for i in items], dtype=float)
    scale = money_scale(max(float(cost.max()), float(value.max()), 1.0), currency)
    log = options.scale == "log" or (options.scale == "auto" and len(items) > 150)
    xs, ys = cost / scale.divisor, value / scale.divisor
    floor_note = ""
    if log:
        positive = np.concatenate([xs[xs > 0], ys[ys > 0]])
        floor = float(positive.min()) / 2 if len(positive) else 0.01
        on_floor = int(np.sum(xs <= 0) + np.sum(ys <= 0))
        xs, ys = np.maximum(xs, floor), np.maximum(ys, floor)
        if on_floor:
            floor_note = translate("Charts", "Items with no cost or no value sit on the axis edge.")
            info.notes.append(floor_note)
        ax.set_xscale("log")
        ax.set_yscale("log")
    cost_split = (
        options.cost_split if options.cost_split is not None else float(np.median(cost))
    ) / scale.divisor
    value_split = (
        options.value_split if options.value_split is not None else float(np.median(value))
    ) / scale.divisor

    alignment = np.array([analysis.item_alignment.get(i.id, 0.0) for i in items], dtype=float)
    top = float(alignment.max()) or 1.0
    areas = MIN_AREA + (MAX_AREA - MIN_AREA) * np.sqrt(alignment / top)
    faces = np.array([CATEGORY_COLOURS.get(i.category, GREY) for i in items])
    orphan = np.array([i.id in analysis.orphan_item_ids for i in items])
    many = len(items) > DENSITY_ABOVE
    if many:
        # A cloud of thousands of bubbles is a smear: shade where items are, and draw
        # bubbles only for the largest items.
        ax.hexbin(
            xs,
            ys,
            xscale="log" if log else "linear",
            yscale="log" if log else "linear",
            gridsize=(48, 30),
            cmap=DENSITY_CMAP,
            mincnt=1,
            linewidths=0.2,
            edgecolors="white",
            zorder=2,
        )
        third = HIGHLIGHT // 3
        ratio = np.where(cost > 0, value / np.maximum(cost, 1.0), 0.0)
        shown = np.unique(
            np.concatenate(
                [
                    np.argsort(-cost, kind="stable")[:third],
                    np.argsort(-value, kind="stable")[:third],
                    np.argsort(-ratio, kind="stable")[:third],
                ]
            )
        )
        info.notes.append(
            translate(
                "Charts",
                "Shading counts all %n item(s); bubbles show the costliest, the most valuable "
                "and the best value for money.",
                None,
                count,
            )
        )
    else:
        shown = np.arange(len(items))
    order = shown[
        np.argsort(-areas[shown], kind="stable")
    ]  # big bubbles first, small ones stay visible on top
    ax.scatter(
        xs[order],
        ys[order],
        s=areas[order],
        c=faces[order],
        alpha=0.78,
        edgecolors="white",
        linewidths=0.6,
        zorder=3,
    )
    ring = order[orphan[order]]
    if len(ring):
        ax.scatter(
            xs[ring],
            ys[ring],
            s=areas[ring] + 60,
            facecolors="none",
            edgecolors=WARNING,
            linewidths=1.5,
            zorder=3.5,
        )
    style_axes(ax, grid_axis="both")
    _limits(ax, xs, ys, log)
    _quadrants(
        ax,
        cost,
        value,
        cost_cut=cost_split * scale.divisor,
        value_cut=value_split * scale.divisor,
        x_line=cost_split,
        y_line=value_split,
        currency=currency,
    )
    formatter = FuncFormatter(
        lambda v, _pos: (
            f"{v:,.0f}"
            if v >= 10
            else f"{v:,.1f}".rstrip("0").rstrip(".")
            if v >= 0.1
            else f"{v:g}"
        )
    )
    ax.xaxis.set_major_formatter(formatter)
    ax.yaxis.set_major_formatter(formatter)
    ax.set_xlabel(
        translate("Charts", "Cost (capex + opex), {unit}").format(unit=scale.unit),
        fontsize=FONT,
        color=TEXT,
    )
    ax.set_ylabel(
        translate("Charts", "Annual value, {unit} a year").format(unit=scale.unit),
        fontsize=FONT,
        color=TEXT,
    )

    radii = np.sqrt(areas) / 2
    info.layers.append(
        PointLayer(
            ax,
            xs,
            ys,
            radii,
            "item",
            [i.id for i in items],
            lambda n: item_tooltip(snap, analysis, items[n]),
        )
    )
    if options.label_mode == "key":
        numbered = _number_items(
            fig, ax, items, xs, ys, radii=radii, shown=shown, limit=options.key_limit
        )
        info.extra["key"] = [(number, items[n].id) for number, n in numbered]
        if len(numbered) < len(items):
            rest = len(items) - len(numbered)
            key_note = translate(
                "Charts",
                "Numbered: the {numbered} largest items (cost + value); the other %n "
                "are counted in the quadrant captions.",
                None,
                rest,
            ).format(numbered=format_number(len(numbered)))
            info.notes.append(key_note)
            info.extra["key_note"] = key_note  # the note a numbered key goes with (the PDF's)
    else:
        _label_largest(fig, ax, items, xs, ys, radii=radii, shown=shown, limit=options.labels)
    if options.cost_split is not None or options.value_split is not None:
        lines = translate(
            "Charts",
            "The dashed lines are the thresholds set for this view: cost {cost} (vertical) and "
            "annual value {value} a year (horizontal).",
        )
    else:
        lines = translate(
            "Charts",
            "The dashed lines are the median item's cost ({cost}, vertical) and annual value "
            "({value} a year, horizontal).",
        )
    info.extra["reference_lines"] = (
        lines.format(
            cost=money(cost_split * scale.divisor, currency),
            value=money(value_split * scale.divisor, currency),
        )
        + " "
        + translate(
            "Charts",
            "Above the horizontal line an item returns more value than the median, right of the "
            "vertical one it costs more. Quick wins: valuable and cheap; strategic bets: "
            "valuable and costly; fill-ins: cheap, little value; question marks: costly, little "
            "value.",
        )
    )
    if floor_note and np.any(value <= 0):
        ax.annotate(
            translate("Charts", "No annual value stated"),
            (ax.get_xlim()[0], float(ys.min())),
            xytext=(4, 6),
            textcoords="offset points",
            fontsize=SMALL,
            color=MUTED_TEXT,
            ha="left",
            va="bottom",
            zorder=6,
        ).set_in_layout(False)

    handles: list[Artist] = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=CATEGORY_COLOURS[k],
            markeredgecolor="white",
            label=category_name(k),
        )
        for k in CATEGORY_COLOURS
        if any(i.category == k for i in items)
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=size,
            markerfacecolor=GREY,
            markeredgecolor="white",
            alpha=0.7,
            label=label,
        )
        for size, label in (
            (6, translate("Charts", "Low alignment")),
            (14, translate("Charts", "High alignment")),
        )
    ]
    if many:
        handles.append(
            Patch(
                facecolor=DENSITY_CMAP(0.55),
                label=translate("Charts", "Many items (darker = more)"),
            )
        )
    if orphan.any():
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=9,
                markerfacecolor="none",
                markeredgecolor=WARNING,
                markeredgewidth=1.4,
                label=translate("Charts", "Linked to no objective"),
            )
        )
    legend_below(fig, handles)
    return info


def _limits(ax: Axes, xs: np.ndarray, ys: np.ndarray, log: bool) -> None:
    """Room around the data for edge bubbles, and above and below it for the quadrant captions."""
    if log:
        for setter, values, pad in ((ax.set_xlim, xs, (1.5, 1.5)), (ax.set_ylim, ys, (3.0, 3.0))):
            low, high = float(values.min()), float(values.max())
            setter(low / pad[0], high * pad[1] if high > low else low * 10)
        return
    x_high = float(xs.max()) or 1.0
    y_high = float(ys.max()) or 1.0
    ax.set_xlim(-0.05 * x_high, x_high * 1.1)
    ax.set_ylim(-0.16 * y_high, y_high * 1.22)


def _quadrants(
    ax: Axes,
    cost: np.ndarray,
    value: np.ndarray,
    *,
    cost_cut: float,
    value_cut: float,
    x_line: float,
    y_line: float,
    currency: str,
) -> None:
    ax.axvline(x_line, color=GREY, linestyle=(0, (5, 3)), linewidth=0.9, zorder=2)
    ax.axhline(y_line, color=GREY, linestyle=(0, (5, 3)), linewidth=0.9, zorder=2)
    corners = {
        (False, True): (0.015, 0.985, "left", "top"),
        (True, True): (0.985, 0.985, "right", "top"),
        (False, False): (0.015, 0.015, "left", "bottom"),
        (True, False): (0.985, 0.015, "right", "bottom"),
    }
    for key, (x, y, ha, va) in corners.items():
        high_cost, high_value = key
        mask = ((cost > cost_cut) == high_cost) & ((value > value_cut) == high_value)
        count = int(mask.sum())
        spend = float(cost[mask].sum())
        items_word = translate("Charts", "%n item(s)", None, count)
        text = f"{translate('Charts', QUADRANTS[key])}\n{items_word} · {money(spend, currency)}"

        ax.text(
            x,
            y,
            text,
            transform=ax.transAxes,
            ha=ha,
            va=va,
            fontsize=FONT + 1.5,
            color=MUTED_TEXT,
            fontweight="bold",
            zorder=6,
            linespacing=1.3,
            bbox={
                "boxstyle": "round,pad=0.3",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.8,
            },
        ).set_in_layout(False)


def _label_largest(
    fig: Figure,
    ax: Axes,
    items: list[ItemRec],
    xs: np.ndarray,
    ys: np.ndarray,
    *,
    radii: np.ndarray,
    shown: np.ndarray,
    limit: int,
) -> None:
    """Label the ``limit`` biggest drawn items (cost + value) where a label fits without
    covering another label or bubble."""
    if limit <= 0:
        return
    # Lay the figure out once, so label boxes are measured against the real plot area.
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    scale = 72.0 / fig.dpi
    frame = ax.get_window_extent()
    ax_w, ax_h = frame.width * scale, frame.height * scale
    origin = np.array([frame.x0, frame.y0])

    def to_points(x: float, y: float) -> tuple[float, float]:
        px, py = (ax.transData.transform((x, y)) - origin) * scale
        return float(px), float(py)

    size = SMALL + 0.5
    ranked = sorted(
        (int(n) for n in shown), key=lambda n: -(items[n].cost + items[n].annual_value)
    )[:limit]
    obstacles = [(*to_points(xs[n], ys[n]), radii[n]) for n in shown]
    centres = [(*to_points(xs[n], ys[n]), radii[n]) for n in ranked]
    # Keep clear of the quadrant captions in the four corners.
    taken: list[tuple[float, float, float, float]] = [
        (0, ax_h - 46, 200, ax_h),
        (ax_w - 200, ax_h - 46, ax_w, ax_h),
        (0, 0, 200, 46),
        (ax_w - 200, 0, ax_w, 46),
    ]
    for n, (px, py, r) in zip(ranked, centres, strict=True):
        lines = wrap_to_width(items[n].title, 120, size)  # whole names: a PDF has no tooltip
        text = "\n".join(lines)
        w, h = text_width_pt(text, size) + 4, size * 1.2 * len(lines) + 2
        placed = None
        for reach in (1.0, 1.8, 2.8):
            d = r * reach + 2
            for dx, dy in (
                (d, d * 0.3),
                (d, -h - d * 0.3),
                (-w - d, d * 0.3),
                (-w - d, -h - d * 0.3),
                (-w / 2, d),
                (-w / 2, -h - d),
            ):
                box = (px + dx, py + dy, px + dx + w, py + dy + h)
                if box[0] < 0 or box[1] < 0 or box[2] > ax_w or box[3] > ax_h:
                    continue
                if any(_overlaps(box, t) for t in taken):
                    continue
                if any(
                    _hits_circle(box, cx, cy, cr)
                    for cx, cy, cr in obstacles
                    if (cx, cy) != (px, py)
                ):
                    continue
                placed = (dx, dy, box, reach)
                break
            if placed:
                break
        if placed is None:
            continue
        dx, dy, box, reach = placed
        taken.append(box)
        ax.annotate(
            text,
            (xs[n], ys[n]),
            xytext=(dx, dy),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=size,
            linespacing=1.1,
            color=TEXT,
            zorder=7,
            arrowprops={
                "arrowstyle": "-",
                "color": GREY,
                "linewidth": 0.6,
                "shrinkA": 0,
                "shrinkB": 2,
            }
            if reach > 1
            else None,
        ).set_in_layout(False)


def _number_items(
    fig: Figure,
    ax: Axes,
    items: list[ItemRec],
    xs: np.ndarray,
    ys: np.ndarray,
    *,
    radii: np.ndarray,
    shown: np.ndarray,
    limit: int,
) -> list[tuple[int, int]]:
    """Number the ``limit`` largest drawn items (cost + value), numbered left to right in
    reading order of the key (largest first); each number beside its bubble where it covers
    no other number. Returns [(number, item index)]."""
    ranked = sorted(
        (int(n) for n in shown), key=lambda n: -(items[n].cost + items[n].annual_value)
    )[: max(0, limit)]
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    scale = 72.0 / fig.dpi
    box = ax.get_window_extent()
    ax_w, ax_h = box.width * scale, box.height * scale
    origin = np.array([box.x0, box.y0])
    size = SMALL
    taken: list[tuple[float, float, float, float]] = [
        (0, ax_h - 46, 200, ax_h),
        (ax_w - 200, ax_h - 46, ax_w, ax_h),
        (0, 0, 200, 46),
        (ax_w - 200, 0, ax_w, 46),
    ]
    obstacles = []
    for n in shown:
        px, py = (ax.transData.transform((xs[n], ys[n])) - origin) * scale
        obstacles.append((float(px), float(py), float(radii[n]) * 0.6))
    out = []
    for number, n in enumerate(ranked, start=1):
        px, py = (ax.transData.transform((xs[n], ys[n])) - origin) * scale
        r = float(radii[n])
        text = str(number)
        w, h = text_width_pt(text, size) + 2, size * 1.1
        choice = None
        for reach in (1.0, 1.6, 2.4, 3.4, 4.6):
            d = r * reach + 1
            for dx, dy in (
                (d * 0.7, d * 0.7 - h / 2),
                (-w - d * 0.7, d * 0.7 - h / 2),
                (d * 0.7, -d * 0.7 - h / 2),
                (-w - d * 0.7, -d * 0.7 - h / 2),
                (d, -h / 2),
                (-w - d, -h / 2),
                (-w / 2, d),
                (-w / 2, -h - d),
            ):
                candidate = (px + dx, py + dy, px + dx + w, py + dy + h)
                if (
                    candidate[0] < 0
                    or candidate[1] < 0
                    or candidate[2] > ax_w
                    or candidate[3] > ax_h
                ):
                    continue
                if any(_overlaps(candidate, t) for t in taken):
                    continue
                if any(
                    _hits_circle(candidate, cx, cy, cr)
                    for cx, cy, cr in obstacles
                    if (cx, cy) != (float(px), float(py))
                ):
                    continue
                choice = (dx, dy, candidate, reach)
                break
            if choice:
                break
        if choice is None:  # every number is drawn: crowded ones go just above their bubble
            choice = (-w / 2, r + 1, (px - w / 2, py + r + 1, px + w / 2, py + r + 1 + h), 1.0)
        dx, dy, candidate, reach = choice
        taken.append(candidate)
        ax.annotate(
            text,
            (xs[n], ys[n]),
            xytext=(dx + 1, dy),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=size,
            fontweight="bold",
            color=TEXT,
            zorder=7,
            arrowprops={
                "arrowstyle": "-",
                "color": GREY,
                "linewidth": 0.5,
                "shrinkA": 0,
                "shrinkB": 1,
            }
            if reach > 1.6
            else None,
        ).set_in_layout(False)
        out.append((number, n))
    return out


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _hits_circle(box: tuple[float, float, float, float], cx: float, cy: float, r: float) -> bool:
    nearest_x = min(max(cx, box[0]), box[2])
    nearest_y = min(max(cy, box[1]), box[3])
    return (nearest_x - cx) ** 2 + (nearest_y - cy) ** 2 < r * r
