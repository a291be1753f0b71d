"""Investment mix: spend per quarter stacked by category, theme, objective or business unit,
beside the run / grow / transform share of the same spend.

Each item's cost (capex + opex) is spread evenly over its quarters and, for
the objective and theme splits, divided among its objectives in proportion
to link strength (the analysis formulas). Spend serving no objective is
shown in the warning colour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from matplotlib.typing import ColorType

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.figures import category_spend, percent_shares
from stratplanner.analysis.investment import (
    CATEGORIES,
    investment_by_quarter_and,
    split_by_business_unit,
    split_by_category,
    split_by_objective,
    split_by_theme,
)
from stratplanner.analysis.selection import select_items
from stratplanner.analysis.text import money
from stratplanner.charts.common import (
    ChartOptions,
    analysis_for,
    quarter_axis,
    quarter_window,
    subtitle,
)
from stratplanner.charts.hits import ChartInfo, RectLayer
from stratplanner.charts.style import (
    CATEGORY_COLOURS,
    FONT,
    LIGHT_GREY,
    MUTED_TEXT,
    OTHER,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    category_name,
    empty_message,
    legend_below,
    money_scale,
    series_colour,
    shorten,
    style_axes,
    text_colour_on,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, translate
from stratplanner.snapshot import ItemRec, PlanSnapshot

SPLITS = ("category", "theme", "objective", "business_unit")
#: The chart's title per split (English; translated where drawn).
TITLES = {
    "category": QT_TRANSLATE_NOOP("Charts", "Investment by quarter, by category"),
    "theme": QT_TRANSLATE_NOOP("Charts", "Investment by quarter, by theme"),
    "objective": QT_TRANSLATE_NOOP("Charts", "Investment by quarter, by objective"),
    "business_unit": QT_TRANSLATE_NOOP("Charts", "Investment by quarter, by business unit"),
}
OTHER_KEY = "(other)"


@dataclass(frozen=True)
class InvestmentOptions(ChartOptions):
    split_by: str = "category"  # one of SPLITS
    max_series: int = 7  # the largest series; the rest add up as "Other"
    show_share: bool = True  # the run / grow / transform share beside the bars


@dataclass
class _Series:
    key: Hashable
    label: str
    colour: str | tuple[float, float, float]
    kind: str  # record kind for hits


def draw_investment_mix(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: InvestmentOptions | None = None,
) -> ChartInfo:
    """Draw the investment mix; hits are the series (category, theme, objective, business unit)
    of one quarter."""
    options = options or InvestmentOptions()
    if options.split_by not in SPLITS:
        raise ValueError(f"split_by must be one of {', '.join(SPLITS)}, not {options.split_by!r}")
    analysis_for(snap, analysis)
    currency = snap.info.currency
    items = select_items(snap, options.filters)
    first, last = quarter_window(snap, options)
    count = last - first + 1
    splitter = {
        "category": split_by_category,
        "business_unit": split_by_business_unit,
        "objective": split_by_objective(snap),
        "theme": split_by_theme(snap),
    }[options.split_by]
    spread = investment_by_quarter_and(snap, splitter, items)
    unscheduled = sum(spread.get(None, {}).values())
    in_window = {q: cells for q, cells in spread.items() if q is not None and first <= q <= last}
    outside = sum(
        sum(cells.values())
        for q, cells in spread.items()
        if q is not None and not first <= q <= last
    )

    title = options.title or translate("Charts", TITLES.get(options.split_by, "Investment"))
    window_total = sum(sum(c.values()) for c in in_window.values())
    facts = [
        translate("Charts", "{money} from {first} to {last}").format(
            money=money(window_total, currency), first=first, last=last
        )
    ]
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    if options.show_share:
        grid = fig.add_gridspec(1, 2, width_ratios=(7, 1))
        ax = fig.add_subplot(grid[0, 0])
        ax_share = fig.add_subplot(grid[0, 1])
    else:
        ax, ax_share = fig.add_subplot(), None
    info = ChartInfo(
        "investment",
        title,
        axes=[ax] + ([ax_share] if ax_share is not None else []),
        total=len(items),
    )
    if unscheduled:
        info.notes.append(
            translate("Charts", "{money} of unscheduled items is in no quarter.").format(
                money=money(unscheduled, currency)
            )
        )
    if outside:
        info.notes.append(
            translate("Charts", "{money} falls in quarters outside the ones shown.").format(
                money=money(outside, currency)
            )
        )
    if window_total <= 0:
        empty_message(
            ax, translate("Charts", "No spend in these quarters for the items in this view.")
        )
        if ax_share is not None:
            ax_share.set_axis_off()
        return info

    totals: dict[Hashable, float] = defaultdict(float)
    for cells in in_window.values():
        for key, amount in cells.items():
            totals[key] += amount
    series = _series(snap, options, totals)
    keep = {s.key for s in series if s.key != OTHER_KEY}
    matrix = np.zeros((len(series), count))
    index = {s.key: n for n, s in enumerate(series)}
    for quarter, cells in in_window.items():
        q = quarter - first
        for key, amount in cells.items():
            matrix[index[key if key in keep else OTHER_KEY], q] += amount
    scale = money_scale(float(matrix.sum(axis=0).max()), currency)
    values = matrix / scale.divisor

    style_axes(ax)
    bottoms = np.zeros(count)
    boxes: list[tuple[float, float, float, float]] = []
    kinds: list[str] = []
    ids: list[int | str | None] = []
    tips: list[str] = []
    x = np.arange(count) + 0.5
    column_totals = matrix.sum(axis=0)
    verts: list[tuple[tuple[float, float], ...]] = []
    faces: list[ColorType] = []
    for n, s in enumerate(series):
        heights = values[n]
        for q in range(count):
            if matrix[n, q] <= 0:
                continue
            box = (x[q] - 0.39, bottoms[q], x[q] + 0.39, bottoms[q] + heights[q])
            verts.append(((box[0], box[1]), (box[0], box[3]), (box[2], box[3]), (box[2], box[1])))
            faces.append(s.colour)
            boxes.append(box)
            kinds.append(s.kind)
            ids.append(None if s.key == OTHER_KEY else _hit_id(s.key))
            share = matrix[n, q] / column_totals[q] if column_totals[q] else 0
            tips.append(
                translate(
                    "Charts", "{quarter} · {series}: {money} ({share} of the quarter)"
                ).format(
                    quarter=first + q,
                    series=s.label,
                    money=money(matrix[n, q], currency),
                    share=format_percent(share),
                )
            )
        bottoms = bottoms + heights
    ax.add_collection(
        PolyCollection(verts, facecolors=faces, edgecolors="white", linewidths=0.5, zorder=2)
    )
    info.layers.append(RectLayer(ax, boxes, kinds, ids, tips))
    ax.set_xlim(0, count)
    ax.set_ylim(0, float(bottoms.max()) * 1.1)
    width_in = fig.get_size_inches()[0]
    quarter_axis(ax, first, count, width_in=width_in * (0.8 if options.show_share else 0.92) - 0.8)
    ax.set_ylabel(
        translate("Charts", "{unit} per quarter").format(unit=scale.unit), fontsize=FONT, color=TEXT
    )
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: format_number(v, 0 if abs(v) >= 10 or v == 0 else 1))
    )
    if count <= 16:
        for q in range(count):
            if bottoms[q] > 0:
                ax.annotate(
                    format_number(float(bottoms[q]), 1),
                    (x[q], bottoms[q]),
                    xytext=(0, 3),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=SMALL,
                    color=MUTED_TEXT,
                ).set_in_layout(False)
    if ax_share is not None:
        _share_bar(ax_share, info, snap, items, currency)
    handles = [Patch(facecolor=s.colour, label=shorten(s.label, 34)) for s in series]
    legend_below(fig, handles)
    info.shown = len(items)
    return info


def _hit_id(key: Hashable) -> int | str | None:
    """A series key as a hit id: the splitters' keys are category names, record ids or None."""
    assert key is None or isinstance(key, int | str), key
    return key


def _series(
    snap: PlanSnapshot, options: InvestmentOptions, totals: dict[Hashable, float]
) -> list[_Series]:
    """The series in a stable order: categories in theirs; otherwise the largest first, then
    "Other", then the catch-all (no objective / no business unit)."""
    if options.split_by == "category":
        return [
            _Series(k, category_name(k), CATEGORY_COLOURS[k], "category")
            for k in CATEGORIES
            if totals.get(k)
        ]
    if options.split_by == "business_unit":
        names: dict[Hashable, str] = {u.id: u.name for u in snap.business_units}
        kind, none_label, none_colour = (
            "business_unit",
            translate("Charts", "No business unit"),
            LIGHT_GREY,
        )
    else:
        names = {
            o.id: (o.title if options.split_by == "theme" else f"{o.code} {o.title}")
            for o in snap.objectives
        }
        kind, none_label, none_colour = (
            options.split_by if options.split_by == "theme" else "objective",
            translate("Charts", "Not linked to an objective"),
            WARNING,
        )
        if kind == "theme":
            kind = "objective"  # a theme is an objective record
    ranked = sorted((k for k in totals if k is not None), key=lambda k: -totals[k])
    top = ranked[: max(1, options.max_series)]
    out = [_Series(k, names.get(k, str(k)), series_colour(n), kind) for n, k in enumerate(top)]
    if len(ranked) > len(top):
        rest = len(ranked) - len(top)
        others = translate("Charts", "%n other(s)", None, rest)
        out.append(_Series(OTHER_KEY, others, OTHER, kind))
    if totals.get(None):
        out.append(_Series(None, none_label, none_colour, kind))
    return out


def _share_bar(
    ax: Axes, info: ChartInfo, snap: PlanSnapshot, items: Iterable[ItemRec], currency: str
) -> None:
    """Run / grow / transform as one 100% column: the portfolio's balance at a glance.

    The shares are those of the whole investment (:func:`category_shares`), so
    the column prints the very percentages the text beside it quotes.
    """
    items = list(items)
    totals = category_spend(items)
    shares = percent_shares(totals)
    bottom = 0.0
    boxes: list[tuple[float, float, float, float]] = []
    ids: list[str] = []
    tips: list[str] = []
    for key in CATEGORIES:
        share = shares.get(key, 0) / 100
        if share <= 0:
            continue
        colour = CATEGORY_COLOURS[key]
        ax.bar(
            [0.5], [share], width=0.8, bottom=bottom, color=colour, edgecolor="white", linewidth=1.0
        )
        if share >= 0.06:
            ax.text(
                0.5,
                bottom + share / 2,
                f"{category_name(key)}\n{format_percent(shares[key] / 100)}",
                ha="center",
                va="center",
                fontsize=FONT,
                fontweight="bold",
                color=text_colour_on(colour),
            ).set_in_layout(False)
        boxes.append((0.1, bottom, 0.9, bottom + share))
        ids.append(key)
        tips.append(
            translate("Charts", "{category}: {money}, {share} of the whole investment").format(
                category=category_name(key),
                money=money(totals[key], currency),
                share=format_percent(shares[key] / 100),
            )
        )
        bottom += share
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    ax.set_title(
        translate("Charts", "Share of all\ninvestment"),
        fontsize=SMALL,
        color=MUTED_TEXT,
        loc="center",
    )
    info.layers.append(RectLayer(ax, boxes, "category", ids, tips))
