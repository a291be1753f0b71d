"""Capacity: each team's demand against its capacity, quarter by quarter.

Up to a dozen teams get a small chart each (demand bars, the capacity line,
the part above capacity in the warning colour); more teams get one grid of
utilisation (demand ÷ capacity) with overbooked quarters in warning shades.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.capacity import TeamQuarterLoad, team_loads
from stratplanner.analysis.selection import select_items
from stratplanner.analysis.text import fte, percent
from stratplanner.charts.common import (
    ChartOptions,
    analysis_for,
    quarter_axis,
    quarter_window,
    subtitle,
)
from stratplanner.charts.hits import ChartInfo, GridLayer, Hit, RectLayer
from stratplanner.charts.style import (
    BLACK,
    BLUE,
    FONT,
    GREY,
    MUTED_TEXT,
    SKY_BLUE,
    SMALL,
    TEXT,
    WARNING,
    begin_figure,
    blend,
    empty_message,
    legend_below,
    style_axes,
    text_colour_on,
    wrap_to,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_percent, translate
from stratplanner.model.values import Quarter
from stratplanner.snapshot import PlanSnapshot, TeamRec

VIEWS = ("auto", "panels", "grid")
PANELS_UP_TO = 12
#: Utilisation bands of the grid view: upper bounds and colours.
BANDS = (
    (0.5, "#F3F3F3", QT_TRANSLATE_NOOP("Charts", "under 50%")),
    (0.8, "#C6E3F5", "50–80%"),
    (1.0 + 1e-9, SKY_BLUE, "80–100%"),
    (1.2, blend(WARNING, 0.55), "100–120%"),
    (1.5, WARNING, "120–150%"),
    (math.inf, blend(WARNING, 0.45, BLACK), QT_TRANSLATE_NOOP("Charts", "over 150%")),
)


@dataclass(frozen=True)
class CapacityOptions(ChartOptions):
    view: str = "auto"  # "auto": a chart per team up to 12 teams, one grid beyond
    team_ids: frozenset[int] | None = None  # only these teams
    max_teams: int = 40  # rows of the grid view per page (the panel view shows 12)
    team_offset: int = 0  # first team shown


def draw_capacity(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: CapacityOptions | None = None,
) -> ChartInfo:
    """Draw capacity; hits are teams (a team's quarter) in either view."""
    options = options or CapacityOptions()
    if options.view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {options.view!r}")
    analysis = analysis_for(snap, analysis)
    first, last = quarter_window(snap, options)
    count = last - first + 1
    quarters = [first + q for q in range(count)]
    teams = [t for t in snap.teams if options.team_ids is None or t.id in options.team_ids]
    if options.filters.is_empty:
        wanted = {q.ordinal for q in quarters}
        loads = [load for load in analysis.team_loads if load.quarter.ordinal in wanted]
    else:
        loads = team_loads(snap, select_items(snap, options.filters), quarters)
    by_team: dict[int, dict[int, TeamQuarterLoad]] = {}
    for load in loads:
        by_team.setdefault(load.team_id, {})[load.quarter - first] = load
    over = sum(
        1
        for load in loads
        if load.overbooked and (options.team_ids is None or load.team_id in options.team_ids)
    )
    title = options.title or translate("Charts", "Team capacity: demand against capacity")
    grid = options.view == "grid" or (options.view == "auto" and len(teams) > PANELS_UP_TO)
    if grid:
        offset = min(max(0, options.team_offset), max(0, len(teams) - options.max_teams))
        window = len(teams[offset : offset + max(1, options.max_teams)])
    else:
        offset = min(max(0, options.team_offset), max(0, len(teams) - PANELS_UP_TO))
        window = len(teams[offset : offset + PANELS_UP_TO])
    team_count = len(teams)
    team_part = translate("Charts", "%n team(s)", None, team_count)
    if window < len(teams):  # a chart that says N shows N
        team_part = translate("Charts", "teams {first}–{last} of {count}").format(
            first=offset + 1, last=offset + window, count=team_count
        )
    facts = [team_part, translate("Charts", "%n overbooked team-quarter(s)", None, over)]
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo("capacity", title, total=len(teams))
    if not teams:
        ax = fig.add_subplot()
        info.axes.append(ax)
        empty_message(ax, translate("Charts", "This plan has no teams yet."))
        return info
    info.shown = window
    if grid:
        _grid(fig, info, teams, by_team, quarters, options=options)
    else:
        offset = min(max(0, options.team_offset), max(0, len(teams) - PANELS_UP_TO))
        shown = teams[offset : offset + PANELS_UP_TO]
        if len(shown) < len(teams):
            info.notes.append(_showing(offset, len(shown), len(teams)))
        _panels(fig, info, shown, by_team, quarters)
    return info


def _showing(offset: int, shown: int, total: int) -> str:
    return translate(
        "Charts", "Showing teams {first}–{last} of {count}; set team_offset for the others."
    ).format(first=offset + 1, last=offset + shown, count=total)


def _tooltip(team: TeamRec, load: TeamQuarterLoad | None, quarter: Quarter) -> str:
    if load is None or (load.demand == 0 and load.capacity == 0):
        return translate("Charts", "{team}, {quarter}: no demand").format(
            team=team.name, quarter=quarter
        )
    head = translate("Charts", "{team}, {quarter}: {demand} asked of {capacity}").format(
        team=team.name,
        quarter=quarter,
        demand=fte(round(load.demand, 2)),
        capacity=fte(load.capacity),
    )
    if load.capacity > 0:
        head += f" ({percent(load.utilisation)})"
    if load.overbooked:
        head += "\n" + translate("Charts", "Overbooked by {excess}").format(
            excess=fte(round(load.excess, 2))
        )
    return head


def _panels(
    fig: Figure,
    info: ChartInfo,
    teams: list[TeamRec],
    by_team: dict[int, dict[int, TeamQuarterLoad]],
    quarters: list[Quarter],
) -> None:
    count = len(quarters)
    columns = 1 if len(teams) == 1 else 2 if len(teams) <= 4 else 3
    rows = math.ceil(len(teams) / columns)
    axes = fig.subplots(rows, columns, squeeze=False, sharex=True)
    panel_in = max(1.0, (fig.get_size_inches()[0] - 0.4) / columns - 0.55)
    title_pt = panel_in * 72 * 0.9  # bold type runs about a tenth wider than it is measured
    width = 0.76
    for n, team in enumerate(teams):
        ax = axes[n // columns][n % columns]
        info.axes.append(ax)
        style_axes(ax)
        cells = by_team.get(team.id, {})
        demand = np.array([cells[q].demand if q in cells else 0.0 for q in range(count)])
        below = np.minimum(demand, team.capacity)
        excess = np.maximum(demand - team.capacity, 0.0)
        verts: list[tuple[tuple[float, float], ...]] = []
        faces: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []
        tips: list[str] = []
        for q in range(count):
            x0, x1 = q + 0.5 - width / 2, q + 0.5 + width / 2
            if below[q] > 0:
                verts.append(((x0, 0), (x0, below[q]), (x1, below[q]), (x1, 0)))
                faces.append(BLUE)
            if excess[q] > 0:
                verts.append(((x0, below[q]), (x0, demand[q]), (x1, demand[q]), (x1, below[q])))
                faces.append(WARNING)
            boxes.append((q, 0, q + 1, max(demand[q], team.capacity, 0.5)))
            tips.append(_tooltip(team, cells.get(q), quarters[q]))
        if verts:
            ax.add_collection(PolyCollection(verts, facecolors=faces, edgecolors="none", zorder=2))
        ax.plot([0, count], [team.capacity, team.capacity], color=BLACK, linewidth=1.3, zorder=3)
        info.layers.append(RectLayer(ax, boxes, "team", [team.id] * count, tips))
        top = max(float(demand.max()), team.capacity, 1.0)
        ax.set_xlim(0, count)
        ax.set_ylim(0, top * (1.38 if (excess > 1e-9).any() else 1.15))  # room for the note
        quarter_axis(ax, quarters[0], count, width_in=panel_in)
        ax.tick_params(axis="x", labelsize=SMALL)
        ax.tick_params(axis="y", labelsize=SMALL)
        overbooked = int((excess > 1e-9).sum())
        ax.set_title(
            wrap_to(f"{team.name} · {fte(team.capacity)}", title_pt, FONT),
            fontsize=FONT,
            color=TEXT,
            loc="left",
            fontweight="bold",
        )
        if overbooked:
            peak = float((demand / team.capacity).max()) if team.capacity > 0 else math.inf
            note = translate("Charts", "over in %n quarter(s)", None, overbooked) + (
                translate("Charts", ", peak {share}").format(share=percent(peak))
                if math.isfinite(peak)
                else ""
            )
            ax.text(
                0.99,
                0.97,
                note,
                transform=ax.transAxes,
                ha="right",
                va="top",
                fontsize=SMALL,
                color=WARNING,
                fontweight="bold",
            ).set_in_layout(False)
        if n % columns == 0:
            ax.set_ylabel(translate("Units", "FTE"), fontsize=SMALL, color=MUTED_TEXT)
    for n in range(len(teams), rows * columns):
        axes[n // columns][n % columns].set_axis_off()
    legend_below(
        fig,
        [
            Patch(facecolor=BLUE, label=translate("Charts", "Demand within capacity")),
            Patch(facecolor=WARNING, label=translate("Charts", "Demand above capacity")),
            Line2D([], [], color=BLACK, linewidth=1.3, label=translate("Charts", "Capacity")),
        ],
    )


def _grid(
    fig: Figure,
    info: ChartInfo,
    teams: list[TeamRec],
    by_team: dict[int, dict[int, TeamQuarterLoad]],
    quarters: list[Quarter],
    *,
    options: CapacityOptions,
) -> None:
    count = len(quarters)
    offset = min(max(0, options.team_offset), max(0, len(teams) - options.max_teams))
    shown = teams[offset : offset + max(1, options.max_teams)]
    if len(shown) < len(teams):
        info.notes.append(_showing(offset, len(shown), len(teams)))
    util = np.zeros((len(shown), count))
    for r, team in enumerate(shown):
        for q, load in by_team.get(team.id, {}).items():
            util[r, q] = min(load.utilisation, 1e6)
    ax = fig.add_subplot()
    info.axes.append(ax)
    bounds = [0.0] + [b for b, _, _ in BANDS[:-1]] + [1e7]
    cmap = ListedColormap([c for _, c, _ in BANDS])
    ax.imshow(
        util,
        cmap=cmap,
        norm=BoundaryNorm(bounds, cmap.N),
        aspect="auto",
        interpolation="nearest",
        extent=(0, count, len(shown), 0),
    )
    ax.set_xlim(0, count)
    ax.set_ylim(len(shown), 0)
    if count <= 150:
        ax.vlines(np.arange(1, count), 0, len(shown), colors="white", linewidth=0.5)
    ax.hlines(np.arange(1, len(shown)), 0, count, colors="white", linewidth=0.5)
    quarter_axis(ax, quarters[0], count, top=True, width_in=fig.get_size_inches()[0] - 2.8)
    width_in, height_in = fig.get_size_inches()
    row_pt = (height_in - 2.2) * 72 / max(1, len(shown))
    size = min(FONT, max(5.5, row_pt * 0.7))
    names = [f"{t.name} · {fte(t.capacity)}" for t in shown]
    for _ in range(3):  # whole names, wrapped; the type steps down until the lines fit a row
        labels = [wrap_to(name, 2.45 * 72, size) for name in names]
        lines = max(label.count("\n") + 1 for label in labels)
        if lines * size * 1.2 <= row_pt or size <= 4.5:
            break
        size = max(4.5, row_pt / (lines * 1.2))
    ax.set_yticks([r + 0.5 for r in range(len(shown))], labels)
    ax.tick_params(axis="y", length=0, labelsize=size)
    for label, team in zip(ax.get_yticklabels(), shown, strict=True):
        if any(load.overbooked for load in by_team.get(team.id, {}).values()):
            label.set_color(WARNING)
    for side in ax.spines.values():
        side.set_visible(False)
    cell_w = (width_in - 3.0) * 72 / count
    if cell_w >= 24 and row_pt >= 10 and util.size <= 400:
        for r in range(len(shown)):
            for q in range(count):
                value = util[r, q]
                if value > 0:
                    band = next(c for b, c, _ in BANDS if value <= b)
                    text = ">" + format_percent(9.99) if value > 9.99 else format_percent(value)
                    ax.text(
                        q + 0.5,
                        r + 0.5,
                        text,
                        ha="center",
                        va="center",
                        fontsize=SMALL,
                        color=text_colour_on(band),
                    ).set_in_layout(False)

    def cell(q: int, r: int) -> Hit:
        team = shown[r]
        return Hit("team", team.id, _tooltip(team, by_team.get(team.id, {}).get(q), quarters[q]))

    info.layers.append(
        GridLayer(
            ax, np.arange(count + 1, dtype=float), np.arange(len(shown) + 1, dtype=float), cell
        )
    )
    legend_below(
        fig,
        [
            Patch(facecolor=c, edgecolor=GREY, linewidth=0.3, label=translate("Charts", label))
            for _, c, label in BANDS
        ],
        title=translate("Charts", "Demand as a share of capacity"),
    )
