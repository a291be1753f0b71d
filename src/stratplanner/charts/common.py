"""What the chart builders share: base options, analysis on demand, tooltips, the quarter axis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes

from stratplanner.analysis import ItemFilter, PlanAnalysis, analyze
from stratplanner.analysis.selection import NO_FILTER
from stratplanner.analysis.text import money, percent
from stratplanner.charts.style import (
    FONT,
    LIGHT_GREY,
    MUTED_TEXT,
    category_name,
    status_name,
)
from stratplanner.i18n import translate
from stratplanner.model.values import Quarter
from stratplanner.snapshot import ItemRec, PlanSnapshot


@dataclass(frozen=True)
class ChartOptions:
    """Options every chart takes.

    ``size`` (inches) resizes the figure (``A4_LANDSCAPE`` for the board
    pack); ``None`` draws at the size the caller gave the figure.
    """

    filters: ItemFilter = NO_FILTER
    size: tuple[float, float] | None = None
    title: str | None = None


def analysis_for(snap: PlanSnapshot, analysis: PlanAnalysis | None) -> PlanAnalysis:
    return analysis if analysis is not None else analyze(snap)


def subtitle(snap: PlanSnapshot, options: ChartOptions, *parts: str) -> str:
    pieces = [snap.info.organization or snap.info.title]
    if snap.info.organization and snap.info.title:
        pieces.append(snap.info.title)
    described = options.filters.describe(snap)
    if described:
        pieces.append(translate("Charts", "Filtered: {filters}").format(filters=described))
    pieces.extend(p for p in parts if p)
    return " · ".join(pieces)


def item_tooltip(snap: PlanSnapshot, analysis: PlanAnalysis, item: ItemRec) -> str:
    currency = snap.info.currency
    when = (
        translate("Charts", "{start} to {end}").format(start=item.start, end=item.end)
        if item.start is not None and item.end is not None
        else translate("Charts", "Not scheduled")
    )
    lines = [
        f"{item.code} — {item.title}",
        f"{when} · {category_name(item.category)} · {status_name(item.status)}",
        translate("Charts", "Cost {cost} · value {value} a year").format(
            cost=money(item.cost, currency), value=money(item.annual_value, currency)
        ),
    ]
    alignment = analysis.item_alignment.get(item.id)
    facts = []
    if alignment is not None:
        facts.append(translate("Charts", "alignment {share}").format(share=percent(alignment)))
    if item.id in analysis.orphan_item_ids:
        facts.append(translate("Charts", "linked to no objective"))
    sponsor = snap.person_name(item.sponsor_id)
    if sponsor:
        facts.append(translate("Charts", "sponsor {name}").format(name=sponsor))

    if facts:
        lines.append(facts[0][0].upper() + " · ".join(facts)[1:])
    return "\n".join(lines)


def quarter_window(snap: PlanSnapshot, options: ChartOptions) -> tuple[Quarter, Quarter]:
    """The quarters a time axis shows: the filter's range, else the plan horizon."""
    first = options.filters.quarter_from or snap.info.start
    last = options.filters.quarter_to or snap.info.end
    if last < first:
        first, last = last, first
    return first, last


def today_position(today: date, first: Quarter) -> float:
    """Where ``today`` falls on an axis starting at quarter ``first``, one unit a quarter."""
    quarter = Quarter.of(today.year, (today.month - 1) // 3 + 1)
    start_month = (quarter.number - 1) * 3 + 1
    begin = date(today.year, start_month, 1)
    end = (
        date(today.year + 1, 1, 1) if quarter.number == 4 else date(today.year, start_month + 3, 1)
    )
    return (quarter - first) + (today - begin).days / (end - begin).days


def quarter_axis(
    ax: Axes, first: Quarter, count: int, *, top: bool = False, width_in: float | None = None
) -> None:
    """Quarter ticks for x in [0, count), quarter q spanning [q, q + 1]: 'Q1 2027' style when
    there is room (``width_in``, the axes' width, when known), years otherwise; a faint line
    at each new year."""
    axis = ax.xaxis
    if top:
        axis.tick_top()
        axis.set_label_position("top")
    roomy = count <= 16 and (width_in is None or width_in * 72 / max(1, count) >= 17)
    if roomy:
        labels = []
        for q in range(count):
            quarter = first + q
            labels.append(
                f"Q{quarter.number}\n{quarter.year}"
                if quarter.number == 1 or q == 0
                else f"Q{quarter.number}"
            )
        ax.set_xticks([q + 0.5 for q in range(count)], labels)
    else:
        per_year_pt = (width_in * 72 / max(1, count) * 4) if width_in else 60.0
        every = 1 if per_year_pt >= 30 else 2 if per_year_pt >= 15 else 5
        years, positions = [], []
        for q in range(count):
            quarter = first + q
            if quarter.number == 1 or q == 0:
                remaining = min(5 - quarter.number, count - q)
                if (remaining >= 2 or count <= 1) and (every == 1 or quarter.year % every == 0):
                    positions.append(q + remaining / 2)
                    years.append(str(quarter.year))
        ax.set_xticks(positions, years)
    ax.tick_params(axis="x", which="major", length=0, labelsize=FONT, labelcolor=MUTED_TEXT)
    year_lines(ax, first, count)


def year_lines(ax: Axes, first: Quarter, count: int) -> None:
    """A faint line at each new year."""
    for q in range(count + 1):
        quarter = first + q
        if quarter.number == 1 and 0 < q < count:
            ax.axvline(q, color=LIGHT_GREY, linewidth=0.9, zorder=0.5)
