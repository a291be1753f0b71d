"""KPI series: a small chart per KPI with its dated actuals, its baseline and its target.

A done item's adoption KPI below target is titled in the warning colour ("done, below
adoption target"): delivered is not the same as successful.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.adoption import KpiSeries, adoption_callouts, all_kpi_series, with_unit
from stratplanner.charts.common import ChartOptions, subtitle
from stratplanner.charts.hits import ChartInfo, PointLayer
from stratplanner.charts.style import (
    BLUE,
    FONT,
    GREEN,
    GREY,
    MUTED_TEXT,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    empty_message,
    legend_below,
    shorten,
    style_axes,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from stratplanner.snapshot import PlanSnapshot

KINDS = ("all", "business_outcome", "it_service", "adoption")
MAX_PANELS = 9


@dataclass(frozen=True)
class KpiSeriesOptions(ChartOptions):
    """Which KPIs: ``kind`` narrows (adoption = KPIs flagged as adoption measures), ``kpi_ids``
    picks some; KPIs without dated actuals are left out. ``filters.business_unit_ids`` keeps
    KPIs of items or objectives of those units."""

    kind: str = "all"
    kpi_ids: frozenset[int] | None = None
    max_panels: int = MAX_PANELS
    offset: int = 0


def _unit_of(snap: PlanSnapshot, series: KpiSeries) -> int | None:
    kpi = series.kpi
    if kpi.item_id is not None:
        item = snap.item_by_id.get(kpi.item_id)
        return item.business_unit_id if item else None
    objective = snap.objective_by_id.get(kpi.objective_id) if kpi.objective_id else None
    return objective.business_unit_id if objective else None


def select_series(snap: PlanSnapshot, options: KpiSeriesOptions) -> list[KpiSeries]:
    chosen = []
    units = options.filters.business_unit_ids
    for series in all_kpi_series(snap):
        kpi = series.kpi
        if not series.points:
            continue
        if options.kpi_ids is not None and kpi.id not in options.kpi_ids:
            continue
        if options.kind == "adoption" and not kpi.adoption:
            continue
        if options.kind in ("business_outcome", "it_service") and kpi.kind != options.kind:
            continue
        if units and _unit_of(snap, series) not in units:
            continue
        chosen.append(series)
    return chosen


def draw_kpi_series(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: KpiSeriesOptions | None = None,
) -> ChartInfo:
    """Draw the KPI series; hits are dated actuals (kind "kpi_actual")."""
    options = options or KpiSeriesOptions()
    if options.kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {options.kind!r}")
    chosen = select_series(snap, options)
    on = sum(1 for s in chosen if s.on_target)
    title = options.title or translate(
        "Charts",
        {
            "all": QT_TRANSLATE_NOOP("Charts", "KPIs over time against their targets"),
            "business_outcome": QT_TRANSLATE_NOOP("Charts", "Business outcomes over time"),
            "it_service": QT_TRANSLATE_NOOP("Charts", "IT service metrics over time"),
            "adoption": QT_TRANSLATE_NOOP("Charts", "Adoption over time"),
        }[options.kind],
    )
    facts = (
        [translate("Charts", "{on} of {count} on target").format(on=on, count=len(chosen))]
        if chosen
        else []
    )
    first = min(max(0, options.offset), max(0, len(chosen) - 1))
    window = len(chosen[first : first + max(1, min(options.max_panels, MAX_PANELS))])
    if window < len(chosen):  # a chart that says N shows N: say which panels are drawn
        facts.append(
            translate("Charts", "KPIs {first}–{last} drawn").format(
                first=first + 1, last=first + window
            )
        )
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("kpi-series", title, total=len(chosen))
    if not chosen:
        ax = fig.add_subplot()
        info.axes.append(ax)
        empty_message(
            ax,
            translate(
                "Charts",
                "No KPI has dated actuals yet.\nRecord actuals to see the trend against target.",
            ),
        )
        return info
    called_out = {c.kpi_id for c in adoption_callouts(snap)}
    chosen.sort(key=lambda s: s.kpi.id not in called_out)  # delivered-not-adopted first
    offset = min(max(0, options.offset), max(0, len(chosen) - 1))
    shown = chosen[offset : offset + max(1, min(options.max_panels, MAX_PANELS))]
    if len(shown) < len(chosen):
        info.notes.append(
            translate(
                "Charts",
                "Showing KPIs {first}–{last} of {count} (the next ones on the next page).",
            ).format(first=offset + 1, last=offset + len(shown), count=len(chosen))
        )
    count = len(shown)
    columns = 1 if count == 1 else 2 if count <= 4 else 3
    rows = math.ceil(count / columns)
    axes = fig.subplots(rows, columns, squeeze=False)
    panel_in = max(1.0, (fig.get_size_inches()[0] - 0.4) / columns - 0.5)
    chars = max(12, int(panel_in * 72 / (FONT * 0.6)))
    for n, series in enumerate(shown):
        ax = axes[n // columns][n % columns]
        info.axes.append(ax)
        style_axes(ax)
        kpi = series.kpi
        xs = [float(date2num(d)) for d, _v in series.points]
        ys = [v for _d, v in series.points]
        colour = (
            BLUE if series.on_target is not False else WARNING if kpi.id in called_out else BLUE
        )
        ax.plot(xs, ys, color=colour, linewidth=1.8, marker="o", markersize=3.5, zorder=3)
        if kpi.target is not None:
            ax.axhline(kpi.target, color=GREEN, linestyle="--", linewidth=1.2, zorder=2)
        if kpi.baseline is not None:
            ax.axhline(kpi.baseline, color=GREY, linestyle=":", linewidth=1.0, zorder=1)
        values = ys + [v for v in (kpi.target, kpi.baseline) if v is not None]
        low, high = min(values), max(values)
        pad = (high - low) * 0.12 or abs(high) * 0.05 or 1.0
        ax.set_ylim(low - pad, high + pad)
        span = max(xs) - min(xs)
        ax.set_xlim(min(xs) - max(10.0, span * 0.05), max(xs) + max(10.0, span * 0.05))
        # Fixed ticks: computed once instead of on every layout pass (much faster to draw).
        x0, x1 = ax.get_xlim()
        dates = AutoDateLocator(minticks=2, maxticks=4).tick_values(num2date(x0), num2date(x1))
        xticks = [t for t in dates if x0 <= t <= x1]
        ax.set_xticks(xticks, [format_date(num2date(t), "month") for t in xticks])
        y0, y1 = ax.get_ylim()
        yticks = [t for t in MaxNLocator(5).tick_values(y0, y1) if y0 <= t <= y1]
        ax.set_yticks(yticks, [format_number(float(f"{t:g}")) for t in yticks])
        ax.tick_params(axis="both", labelsize=SMALL)
        heading = f"{kpi.name}"
        if kpi.unit:
            heading += f" ({kpi.unit})"
        ax.set_title(
            shorten(heading, chars),
            fontsize=FONT,
            color=TEXT,
            loc="left",
            fontweight="bold",
            pad=SMALL + 7,
        )
        status = series.status_text()
        if kpi.id in called_out:
            status = translate("Charts", "item done, adoption below target: {status}").format(
                status=status
            )
        ax.annotate(
            shorten(status, int(panel_in * 72 / (SMALL * 0.56))), (0.0, 1.0),
            xycoords="axes fraction",
            xytext=(0, 3), textcoords="offset points", ha="left", va="bottom",
            fontsize=SMALL, color=WARNING if kpi.id in called_out else MUTED_TEXT,
        )  # fmt: skip
        tips = []
        actuals = snap.actuals_by_kpi.get(kpi.id, [])
        for actual in actuals:
            value = with_unit(actual.value, kpi.unit)
            tip = f"{kpi.code} {kpi.name}\n{format_date(actual.measured_on, 'short')}: {value}"
            if kpi.target is not None:
                tip += translate("Charts", " (target {target})").format(
                    target=with_unit(kpi.target, kpi.unit)
                )
            if actual.note:
                tip += f"\n{actual.note}"
            tips.append(tip)
        info.layers.append(PointLayer(ax, xs, ys, 5.0, "kpi_actual", [a.id for a in actuals], tips))
    for n in range(count, rows * columns):
        axes[n // columns][n % columns].set_axis_off()
    info.shown = count
    legend_below(
        fig,
        [
            Line2D(
                [], [], color=BLUE, marker="o", markersize=4, label=translate("Charts", "Actual")
            ),
            Line2D([], [], color=GREEN, linestyle="--", label=translate("Charts", "Target")),
            Line2D([], [], color=GREY, linestyle=":", label=translate("Charts", "Baseline")),
            Line2D(
                [],
                [],
                color=WARNING,
                marker="o",
                markersize=4,
                label=translate("Charts", "Done, adoption below target"),
            ),
        ],
    )
    return info


__all__ = ["KINDS", "KpiSeriesOptions", "draw_kpi_series", "select_series"]
