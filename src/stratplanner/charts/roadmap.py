"""Roadmap timeline: items as bars across quarters in swimlanes, with milestones,
dependencies and a "today" line.

Items in a lane are packed into as few rows as they fit (a row holds items
that don't overlap in time), so a lane reads like a board roadmap, not a
Gantt chart. When the rows would not fit on one page, lanes collapse into
one row that shows how many items run each quarter, coloured the same way;
``expanded_lanes`` opens chosen lanes, ``collapse="none"`` pages through
every row instead.
"""

from __future__ import annotations

import dataclasses
import heapq
import operator
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.alignment import objective_roots, strongest_objective
from stratplanner.analysis.selection import select_items
from stratplanner.analysis.text import money
from stratplanner.charts import roadmap_named
from stratplanner.charts.common import (
    ChartOptions,
    analysis_for,
    item_tooltip,
    quarter_axis,
    quarter_window,
    subtitle,
    today_position,
    year_lines,
)
from stratplanner.charts.hits import ChartInfo, PointLayer, RectLayer
from stratplanner.charts.style import (
    BLACK,
    CATEGORY_COLOURS,
    CATEGORY_NAMES,
    FAINT,
    FONT,
    GREY,
    MUTED_TEXT,
    SMALL,
    STATUS_COLOURS,
    SUBTITLE,
    TEXT,
    WARNING,
    _wrap_measured,
    begin_figure,
    category_name,
    legend_columns,
    shorten,
    status_name,
    text_colour_on,
    text_width_pt,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, translate
from stratplanner.model.values import Quarter
from stratplanner.snapshot import ItemRec, ObjectiveRec, PlanSnapshot

if TYPE_CHECKING:
    from matplotlib.typing import ColorType

LANE_KINDS = ("theme", "objective", "business_unit", "team", "category")
COLOUR_KINDS = ("category", "status")
COLLAPSE_MODES = ("auto", "all", "none")
#: Key of the lane for items that fit no lane (no objective, no business unit, no team).
NO_LANE = "(none)"
#: The chart's title per lane kind (English; translated where drawn).
TITLES = {
    "theme": QT_TRANSLATE_NOOP("Charts", "Roadmap by theme"),
    "objective": QT_TRANSLATE_NOOP("Charts", "Roadmap by objective"),
    "business_unit": QT_TRANSLATE_NOOP("Charts", "Roadmap by business unit"),
    "team": QT_TRANSLATE_NOOP("Charts", "Roadmap by team"),
    "category": QT_TRANSLATE_NOOP("Charts", "Roadmap by category"),
}
MAX_ARROWS = 200


@dataclass(frozen=True)
class RoadmapOptions(ChartOptions):
    lane_by: str = "theme"  # one of LANE_KINDS
    colour_by: str = "category"  # or "status"
    collapse: str = "auto"  # "auto": collapse every lane when the rows don't fit one page
    expanded_lanes: frozenset[str] = frozenset()  # lane keys (codes) kept open when collapsing
    rows_per_page: int = 40
    page: int = 0
    dependencies: bool = True
    milestones: bool = True
    show_today: bool = True
    today: date | None = None  # None: the real date
    #: "inside": titles inside the bars where they fit (the screen, with tooltips);
    #: "beside": one row per item, its whole name in the label column, status by fill (paper).
    labels: str = "inside"
    #: Item ids drawn with a risk mark (⚠) beside their name ("beside" only).
    marked: frozenset[int] = frozenset()


@dataclass
class Lane:
    key: str  # the code of the theme, objective, unit or team; the category; or NO_LANE
    label: str
    items: list[ItemRec] = field(default_factory=list)


@dataclass
class _Row:
    lane: int
    items: list[ItemRec]
    summary: bool
    height: float = 1.0
    y: float = 0.0
    header: bool = False
    lines: tuple[str, ...] = ()


def lanes_for(snap: PlanSnapshot, items: list[ItemRec], lane_by: str) -> list[Lane]:
    """Items grouped into swimlanes, lanes in the plan's order and the catch-all lane last."""
    if lane_by not in LANE_KINDS:
        raise ValueError(f"lane_by must be one of {', '.join(LANE_KINDS)}, not {lane_by!r}")
    lanes: dict[str, Lane] = {}
    order: list[str] = []
    known: dict[int, tuple[object, tuple[str, str]]] | None = None
    key_of: Callable[[ItemRec], tuple[str, str]]
    if lane_by == "category":
        order = list(CATEGORY_NAMES)
        lanes = {k: Lane(k, category_name(k)) for k in CATEGORY_NAMES}

        def key_of(item: ItemRec) -> tuple[str, str]:
            return item.category, category_name(item.category)

    elif lane_by == "business_unit":
        units = snap.business_unit_by_id
        order = [u.code for u in snap.business_units]

        def key_of(item: ItemRec) -> tuple[str, str]:
            unit = units.get(item.business_unit_id) if item.business_unit_id is not None else None
            return (
                (unit.code, unit.name)
                if unit
                else (NO_LANE, translate("Charts", "No business unit"))
            )

    elif lane_by == "team":
        teams = snap.team_by_id
        order = [t.code for t in snap.teams]

        def key_of(item: ItemRec) -> tuple[str, str]:
            demands = snap.demands_by_item.get(item.id)
            if not demands:
                return NO_LANE, translate("Charts", "No team demand")
            team = teams[max(demands, key=lambda d: (d.fte, -d.team_id)).team_id]
            return team.code, team.name

    else:
        objectives = snap.objective_by_id
        roots = objective_roots(snap) if lane_by == "theme" else {}
        order = [o.code for o in snap.objectives]

        links_by_item = snap.links_by_item
        known = _objective_lanes(snap, lane_by)

        def key_of(item: ItemRec) -> tuple[str, str]:
            links = links_by_item.get(item.id)
            seen = known.get(item.id)
            if seen is not None and seen[0] is links:
                return seen[1]
            best = strongest_objective(snap, item.id)
            if best is None:
                lane = NO_LANE, translate("Charts", "Not linked to an objective")
            else:
                objective = objectives[roots.get(best, best)]
                title = objective.title
                lane = objective.code, title if lane_by == "theme" else f"{objective.code} {title}"
            known[item.id] = (links, lane)
            return lane

    placed: Iterator[tuple[str, str]]
    if known is None:
        placed = map(key_of, items)
    else:  # the memo checked inline: 20,000 items
        get_links, remembered = snap.links_by_item.get, known.get
        placed = (
            seen[1] if (seen := remembered(i.id)) is not None and seen[0] is get_links(i.id)
            else key_of(i)
            for i in items
        )  # fmt: skip
    for item, (key, label) in zip(items, placed, strict=True):
        lane = lanes.get(key)
        if lane is None:
            lane = lanes[key] = Lane(key, label)
        lane.items.append(item)
    rank = {key: n for n, key in enumerate(order)}
    ordered = sorted(
        lanes.values(),
        key=lambda lane: (lane.key == NO_LANE, rank.get(lane.key, len(rank)), lane.key),
    )
    return [lane for lane in ordered if lane.items]


#: The lane each item fell in on the last roadmap by theme or objective, with the link list
#: it was worked out from: after an edit only the items whose links changed are placed again
#: (a partial snapshot refresh keeps the other items' link lists). Valid while the objectives
#: (their weights, titles and tree) are the same records: [(objectives, lane_by, lanes)].
_lane_memo: list[
    tuple[tuple[ObjectiveRec, ...], str, dict[int, tuple[object, tuple[str, str]]]]
] = []
#: The rows each lane packed into last time, by lane key, with the items packed (the same
#: records in the same order pack into the same rows).
_pack_memo: dict[str, tuple[list[ItemRec], list[list[ItemRec]]]] = {}
#: Each collapsed lane's tallies last time, by lane key, with its items, for one window
#: (first quarter, quarters, colouring): a lane of the same records tallies the same.
_Tallies = dict[str, tuple[list[ItemRec], tuple[np.ndarray, np.ndarray]]]
_tally_memo: list[tuple[tuple[object, ...], _Tallies]] = []


def _objective_lanes(snap: PlanSnapshot, lane_by: str) -> dict[int, tuple[object, tuple[str, str]]]:
    """The memo of item lanes for ``snap``'s objectives (started afresh when they changed)."""
    if not _lane_memo or _lane_memo[0][0] is not snap.objectives or _lane_memo[0][1] != lane_by:
        _lane_memo[:] = [(snap.objectives, lane_by, {})]
    return _lane_memo[0][2]


def _same_items(before: list[ItemRec], now: list[ItemRec]) -> bool:
    """The same records in the same order (a partial snapshot refresh keeps unchanged ones)."""
    return len(before) == len(now) and all(map(operator.is_, before, now))


def _packed(lane: Lane) -> list[list[ItemRec]]:
    """:func:`pack_rows` of the lane's items, reused while they are the same records."""
    cached = _pack_memo.get(lane.key)
    items = lane.items
    if cached is not None and _same_items(cached[0], items):
        return cached[1]
    rows = pack_rows(items)
    _pack_memo[lane.key] = (list(items), rows)
    return rows


def pack_rows(items: list[ItemRec]) -> list[list[ItemRec]]:
    """Interval partitioning: each item (by start) goes into the row that frees up first,
    so the lane uses as few rows as its busiest quarter needs."""
    rows: list[list[ItemRec]] = []
    free: list[tuple[int, int]] = []  # (last end ordinal, row index)
    for item in sorted(items, key=lambda i: (i.start.ordinal, i.end.ordinal, i.code)):  # type: ignore[union-attr]
        if free and free[0][0] < item.start.ordinal:  # type: ignore[union-attr]
            _, n = heapq.heapreplace(free, (item.end.ordinal, free[0][1]))  # type: ignore[union-attr]
            rows[n].append(item)
        else:
            rows.append([item])
            heapq.heappush(free, (item.end.ordinal, len(rows) - 1))  # type: ignore[union-attr]
    return rows


_START, _END = attrgetter("start.ordinal"), attrgetter("end.ordinal")
_CAPEX, _OPEX, _ID = attrgetter("capex"), attrgetter("opex"), attrgetter("id")


def _colour_getter(colour_by: str) -> Callable[[ItemRec], str]:
    """:func:`_colour_key` of many items, without a call per item."""
    return attrgetter("status" if colour_by == "status" else "category")


def _colour_key(item: ItemRec, colour_by: str) -> str:
    return item.status if colour_by == "status" else item.category


def _colours(colour_by: str) -> tuple[dict[str, str], dict[str, str]]:
    """The colours and the (translated) names of the colour key's values."""
    if colour_by == "status":
        return STATUS_COLOURS, {k: status_name(k) for k in STATUS_COLOURS}
    return CATEGORY_COLOURS, {k: category_name(k) for k in CATEGORY_COLOURS}


def _today_label() -> str:
    return translate("Charts", "Today")


def draw_roadmap(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: RoadmapOptions | None = None,
) -> ChartInfo:
    """Draw the roadmap on ``fig``; hits are items, milestones and (collapsed) lane quarters."""
    options = options or RoadmapOptions()
    if options.colour_by not in COLOUR_KINDS:
        raise ValueError(
            f"colour_by must be one of {', '.join(COLOUR_KINDS)}, not {options.colour_by!r}"
        )
    if options.collapse not in COLLAPSE_MODES:
        raise ValueError(
            f"collapse must be one of {', '.join(COLLAPSE_MODES)}, not {options.collapse!r}"
        )
    analysis = analysis_for(snap, analysis)
    first, last = quarter_window(snap, options)
    count = last - first + 1
    title = options.title or translate("Charts", TITLES.get(options.lane_by, "Roadmap"))
    named = options.labels == "beside"
    width_in, height_in = fig.get_size_inches()
    named_label_in = min(3.6, max(1.8, width_in * 0.3))
    chosen, scheduled, visible, lanes, collapsed, pages = _layout(
        snap, options, first, last, named_label_in
    )
    page = min(max(0, options.page), len(pages) - 1)
    page_rows = pages[page]

    lane_count = len(lanes)
    facts = [
        translate("Charts", "{items} in %n lane(s)", None, lane_count).format(
            items=_items_text(len(visible))
        )
    ]
    if collapsed:
        facts.append(translate("Charts", "collapsed lanes show items running per quarter"))
    if len(pages) > 1:
        facts.append(
            translate("Charts", "page {page} of {pages}").format(page=page + 1, pages=len(pages))
        )
    frame_key = (title, first, count, options.size, width_in, height_in)
    reused = _reuse_frame(fig, frame_key, subtitle(snap, options, *facts))
    if reused is None:
        top_in = begin_figure(
            fig, options.size, title, subtitle(snap, options, *facts), constrained=False
        )
    else:
        top_in = reused
    info = ChartInfo("roadmap", title, page=page, pages=len(pages), total=len(chosen))
    info.extra["lanes"] = [
        (lane.key, lane.label, len(lane.items), n in collapsed) for n, lane in enumerate(lanes)
    ]
    _notes(info, len(chosen) - len(scheduled), len(scheduled) - len(visible))
    if len(pages) > 1:
        info.notes.append(
            translate(
                "Charts", "Page {page} of {pages}; set options.page to see the others."
            ).format(page=page + 1, pages=len(pages))
        )

    # Layout by hand: the label column is as wide as the longest lane label needs, and a
    # few rows stay row-sized at the top of the page instead of stretching into slabs.
    labels = {r.lane: _lane_label(lanes[r.lane], r.lane in collapsed) for r in page_rows}
    label_in = min(3.2, max([1.0] + [text_width_pt(t, FONT) / 72 for t in labels.values()]) + 0.25)
    if named:
        label_in = named_label_in
    left_in, right_in, axis_in, legend_in = label_in + 0.15, 0.3, 0.45, 0.75
    units = max(1.0, sum(r.height for r in page_rows))
    ax_w_in = max(1.0, width_in - left_in - right_in)
    ax_h_in = min(max(1.0, height_in - top_in - axis_in - legend_in), max(1.0, units * 26 / 72))
    ax_bottom_in = height_in - top_in - axis_in - ax_h_in
    position = (
        left_in / width_in,
        ax_bottom_in / height_in,
        ax_w_in / width_in,
        ax_h_in / height_in,
    )
    if reused is None:
        ax = fig.add_axes(position)
        for side in ("right", "bottom", "left"):
            ax.spines[side].set_visible(False)
        ax.spines["top"].set_color(GREY)
        ax.set_xlim(0, count)
        quarter_axis(ax, first, count, top=True, width_in=ax_w_in)
        fig._roadmap_frame = (frame_key, ax, position)  # type: ignore[attr-defined]
    else:
        ax = fig._roadmap_frame[1]  # type: ignore[attr-defined]
        if position != fig._roadmap_frame[2]:  # type: ignore[attr-defined]
            ax.set_position(position)
            fig._roadmap_frame = (frame_key, ax, position)  # type: ignore[attr-defined]
        ax.set_xlim(0, count)
        year_lines(ax, first, count)
    info.axes.append(ax)
    ax.set_ylim(units, 0)
    if not page_rows:
        ax.set_yticks([])
        ax.text(
            count / 2,
            units / 2,
            translate("Charts", "No scheduled items match this view."),
            ha="center",
            va="center",
            fontsize=FONT + 2,
            color=MUTED_TEXT,
        )
        return info

    unit_pt = ax_h_in * 72 / units
    colours, names = _colours(options.colour_by)
    _lane_bands(ax, lanes, page_rows, labels, unit_pt=unit_pt, lane_by=options.lane_by, named=named)
    positions = _bars(
        ax,
        info,
        snap,
        analysis,
        page_rows,
        first=first,
        count=count,
        colours=colours,
        colour_by=options.colour_by,
        unit_pt=unit_pt,
        ax_w_in=ax_w_in,
        named=named,
    )
    if named:
        _named_labels(ax, lanes, page_rows, labels, options)
    summaries = [r for r in page_rows if r.summary]
    if summaries:
        _summaries(
            ax,
            info,
            snap,
            lanes,
            summaries,
            first=first,
            count=count,
            colour_by=options.colour_by,
            colours=colours,
            names=names,
        )

    colour_of = _colour_getter(options.colour_by)
    present = set().union(*(map(colour_of, r.items) for r in page_rows))
    handles: list[Artist] = [
        Patch(facecolor=colours[k], label=names[k]) for k in colours if k in present
    ]
    if named:
        handles += roadmap_named.status_handles()
    if options.milestones:
        handles += _milestones(ax, info, snap, positions, first)
    if options.dependencies:
        handles += _dependencies(ax, snap, positions, page_rows)
    if options.show_today:
        today = options.today or date.today()
        x = today_position(today, first)
        if named and not 0 <= x <= count:
            # Paper keeps "now" in view: a today before (or after) the window is said at its edge.
            edge = 0.0 if x < 0 else float(count)
            ax.axvline(edge, color=BLACK, linestyle=(0, (4, 3)), linewidth=1.0, zorder=5)
            when = (
                translate("Charts", "Today, {date}: before the plan starts")
                if x < 0
                else translate("Charts", "Today, {date}: after it ends")
            )
            ax.annotate(
                when.format(date=format_date(today, "medium")),
                (edge, units),
                xytext=(0, -3),
                textcoords="offset points",
                ha="left" if x < 0 else "right",
                va="top",
                fontsize=SMALL,
                color=BLACK,
                zorder=6,
                annotation_clip=False,
            )
            handles.append(
                Line2D(
                    [], [], color=BLACK, linestyle=(0, (4, 3)), linewidth=1.0, label=_today_label()
                )
            )
        elif 0 <= x <= count:
            ax.axvline(x, color=BLACK, linestyle=(0, (4, 3)), linewidth=1.0, zorder=5)
            ax.annotate(
                _today_label(),
                (x, units),
                xytext=(0, -3),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize=SMALL,
                color=BLACK,
                zorder=6,
                annotation_clip=False,
            )
            handles.append(
                Line2D(
                    [], [], color=BLACK, linestyle=(0, (4, 3)), linewidth=1.0, label=_today_label()
                )
            )
    if handles:
        legend = fig.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, (ax_bottom_in - 0.3) / height_in),
            ncols=legend_columns([str(h.get_label()) for h in handles], width_in),
            frameon=False,
            fontsize=FONT,
            handlelength=1.6,
            columnspacing=1.4,
        )
        # Longer words (another language, a long "today" note) can need one legend row more
        # than the room kept for it: lift the plot by what runs off the figure's foot.
        overflow_in = -legend.get_window_extent().y0 / fig.dpi + 0.05
        if overflow_in > 0.05 and ax_h_in > 1.0:
            lift = min(overflow_in, ax_h_in - 1.0)
            ax_bottom_in += lift
            ax_h_in -= lift
            lifted = (
                left_in / width_in,
                ax_bottom_in / height_in,
                ax_w_in / width_in,
                ax_h_in / height_in,
            )
            ax.set_position(lifted)
            # the next page drawn into this figure starts from where the axes now are
            fig._roadmap_frame = (frame_key, ax, lifted)  # type: ignore[attr-defined]
            legend.set_bbox_to_anchor((0.5, (ax_bottom_in - 0.3) / height_in))
    info.shown = len(set().union(*(map(_ID, r.items) for r in page_rows)))
    return info


#: Chosen, scheduled and visible items, lanes, collapsed lanes' indices and the pages' rows.
_Layout = tuple[list[ItemRec], list[ItemRec], list[ItemRec], list[Lane], set[int], list[list[_Row]]]

#: The last page-independent layout (one roadmap tiled over many PDF pages lays it out once).
_last_layout: list[tuple[PlanSnapshot, tuple[object, ...], _Layout]] = []


def _layout(
    snap: PlanSnapshot,
    options: RoadmapOptions,
    first: Quarter,
    last: Quarter,
    named_label_in: float,
) -> _Layout:
    """Items, lanes and the rows of every page: the same for each page of one roadmap, so
    worked out once (the 2,000-item team pack draws 91 pages of it)."""
    key = (dataclasses.replace(options, page=0), first, last, named_label_in)
    if _last_layout and _last_layout[0][0] is snap and _last_layout[0][1] == key:
        return _last_layout[0][2]
    chosen = select_items(snap, options.filters)
    scheduled = [i for i in chosen if i.start is not None and i.end is not None]
    low, high = first.ordinal, last.ordinal  # ordinals: quarters compare as theirs, faster
    visible = [i for i in scheduled if i.end.ordinal >= low and i.start.ordinal <= high]  # type: ignore[union-attr]
    lanes = lanes_for(snap, visible, options.lane_by)
    named = options.labels == "beside"
    rows, collapsed = _layout_rows(lanes, options)
    if named and collapsed and len(collapsed) < len(lanes):
        # Named rows are taller than packed ones: roll every lane up rather than overflow.
        everything = dataclasses.replace(options, collapse="all", expanded_lanes=frozenset())
        rows, collapsed = _layout_rows(lanes, everything)
    if named:
        rows = _named_rows(lanes, rows, collapsed, options, named_label_in * 72 - 12)
    pages = _paginate(rows, max(5, options.rows_per_page))
    result = (chosen, scheduled, visible, lanes, collapsed, pages)
    _last_layout[:] = [(snap, key, result)]
    return result


def _reuse_frame(fig: Figure, key: tuple[object, ...], text: str) -> float | None:
    """On a figure that drew the previous page of the same roadmap, keep its axes, ticks and
    title and clear only what the page drew (a fresh axes and its quarter ticks cost more
    than the page's bars); return the title block's height, or None to start afresh."""
    frame = getattr(fig, "_roadmap_frame", None)
    texts = fig.texts
    if frame is None or frame[0] != key or len(texts) != 2 or frame[1] not in fig.axes:
        return None
    width = fig.get_size_inches()[0]
    lines = _wrap_measured(text, (width - 0.5) * 72, SUBTITLE)
    if texts[1].get_text().count("\n") != len(lines) - 1:
        return None  # the title block would change height
    texts[1].set_text("\n".join(lines))
    ax = frame[1]
    for artist in [*ax.collections, *ax.texts, *ax.lines, *ax.patches, *ax.images]:
        artist.remove()
    for legend in list(fig.legends):
        legend.remove()
    ax.containers.clear()
    return 0.72 + (len(lines) - 1) * SUBTITLE * 1.25 / 72


def _layout_rows(lanes: list[Lane], options: RoadmapOptions) -> tuple[list[_Row], set[int]]:
    """Rows top to bottom, and which lanes are collapsed into one summary row."""
    packed = [_packed(lane) for lane in lanes]
    for gone in set(_pack_memo) - {lane.key for lane in lanes}:
        del _pack_memo[gone]
    rows_per_page = max(5, options.rows_per_page)
    collapsed: set[int] = set()
    if options.collapse == "all" or (
        options.collapse == "auto" and sum(len(p) for p in packed) > rows_per_page
    ):
        collapsed = {n for n, lane in enumerate(lanes) if lane.key not in options.expanded_lanes}
    summary_height = 2.0 if len(collapsed) < len(lanes) else 1.0
    if options.collapse == "auto" and collapsed:
        # Open the smallest lanes again while everything still fits on one page.
        used = len(collapsed) * summary_height + sum(
            len(packed[n]) for n in range(len(lanes)) if n not in collapsed
        )
        if len(collapsed) == len(lanes):
            used *= 2  # opening one lane doubles the summary rows' height
            summary_height = 2.0
        for n in sorted(collapsed, key=lambda n: (len(packed[n]), n)):
            if used - summary_height + len(packed[n]) > rows_per_page:
                break
            collapsed.discard(n)
            used += len(packed[n]) - summary_height
        if len(collapsed) == len(lanes):
            summary_height = 1.0
    rows: list[_Row] = []
    for n, lane in enumerate(lanes):
        if n in collapsed:
            rows.append(_Row(n, lane.items, True, summary_height))
        else:
            rows.extend(_Row(n, r, False, 1.0) for r in packed[n])
    return rows, collapsed


def _paginate(rows: list[_Row], units_per_page: int) -> list[list[_Row]]:
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > units_per_page:
            pages.append([])
            used = 0.0
        row.y = used
        pages[-1].append(row)
        used += row.height
    return pages


def _named_rows(
    lanes: list[Lane],
    rows: list[_Row],
    collapsed: set[int],
    options: RoadmapOptions,
    label_pt: float,
) -> list[_Row]:
    """A header row per open lane, then one row per item, as tall as its wrapped name needs."""
    out: list[_Row] = []
    for n, lane in enumerate(lanes):
        # The lane's name is wrapped whole into the label column (bold type runs wider).
        text = f"{lane.label} ({len(lane.items):,})" if n in collapsed else lane.label
        head = tuple(roadmap_named.wrap_to_width(text, label_pt * 0.92, FONT))
        need = (len(head) * FONT * roadmap_named.LEADING + 3) / 13
        if n in collapsed:
            for r in rows:
                if r.lane == n:
                    out.append(dataclasses.replace(r, height=max(r.height, need), lines=head))
            continue
        out.append(_Row(n, [], False, max(1.0, need), header=True, lines=head))
        for item in sorted(lane.items, key=lambda i: (i.start, i.end, i.title)):
            lines = roadmap_named.label_lines(item.title, item.id in options.marked, label_pt)
            height = max(
                1.0, (len(lines) * roadmap_named.LABEL_SIZE * roadmap_named.LEADING + 3) / 13
            )
            out.append(_Row(n, [item], False, height, lines=tuple(lines)))
    return out


def _named_labels(
    ax: Axes,
    lanes: list[Lane],
    page_rows: list[_Row],
    labels: dict[int, str],
    options: RoadmapOptions,
) -> None:
    transform = ax.get_yaxis_transform()
    for row in page_rows:
        centre = row.y + row.height / 2
        if row.header or row.summary:
            warning = lanes[row.lane].key == NO_LANE and options.lane_by in ("theme", "objective")
            text = "\n".join(row.lines) or labels[row.lane]
            roadmap_named.draw_header(ax, centre, text, transform, warning)
        elif row.items:
            item = row.items[0]
            roadmap_named.draw_label(
                ax, centre, list(row.lines), item.id in options.marked, transform
            )


def _lane_bands(
    ax: Axes,
    lanes: list[Lane],
    page_rows: list[_Row],
    labels: dict[int, str],
    *,
    unit_pt: float,
    lane_by: str,
    named: bool = False,
) -> None:
    """Alternate shading, separators and one label per lane (in the warning colour for the
    lane of items that serve no objective)."""
    spans: dict[int, list[float]] = {}
    for row in page_rows:
        top, bottom = spans.get(row.lane, [row.y, row.y])
        spans[row.lane] = [min(top, row.y), max(bottom, row.y + row.height)]
    ticks, tick_labels, warn = [], [], []
    shaded: list[list[tuple[float, float]]] = []
    separators: list[list[tuple[float, float]]] = []
    for position, (lane_index, (top, bottom)) in enumerate(
        sorted(spans.items(), key=lambda kv: kv[1][0])
    ):
        if position % 2 == 1:
            shaded.append([(0, top), (0, bottom), (1, bottom), (1, top)])
        if top > 0:
            separators.append([(0, top), (1, top)])
        ticks.append((top + bottom) / 2)
        lines = max(1, min(2, int((bottom - top) * unit_pt // (FONT * 1.25))))
        tick_labels.append(_fit_label(labels[lane_index], lines))
        warn.append(lanes[lane_index].key == NO_LANE and lane_by in ("theme", "objective"))
    # One collection each for the bands and the lines between lanes (as axhspan and axhline
    # draw them, at a tenth of the cost of one artist per lane)
    label_transform = ax.get_yaxis_transform()  # x in axes fraction, y in rows
    if shaded:
        bands = PolyCollection(shaded, facecolors=FAINT, edgecolors="none", linewidths=0)
        bands.set(transform=label_transform, zorder=0)
        ax.add_collection(bands, autolim=False)
    if separators:
        rules = LineCollection(separators, colors=GREY, linewidths=0.6, capstyle="projecting")
        rules.set(transform=label_transform, zorder=0.6)
        ax.add_collection(rules, autolim=False)
    ax.set_yticks([])
    if named:
        return
    for y, text, warning in zip(ticks, tick_labels, warn, strict=True):
        ax.text(
            -0.008, y, text, transform=label_transform, ha="right", va="center", fontsize=FONT,
            color=WARNING if warning else TEXT, clip_on=False,
        )  # fmt: skip


def _bars(
    ax: Axes,
    info: ChartInfo,
    snap: PlanSnapshot,
    analysis: PlanAnalysis,
    page_rows: list[_Row],
    *,
    first: Quarter,
    count: int,
    colours: dict[str, str],
    colour_by: str,
    unit_pt: float,
    ax_w_in: float,
    named: bool = False,
) -> dict[int, tuple[float, float, float, float]]:
    """Item bars in one collection; returns item id → (x0, x1, y centre, bar top) for the extras."""
    bar_height = 0.72 if unit_pt >= 8 else 0.9
    verts, faces, boxes, bar_items = [], [], [], []
    edges, styles, widths = [], [], []
    positions: dict[int, tuple[float, float, float, float]] = {}
    for row in page_rows:
        if row.summary:
            continue
        y = row.y + (row.height - 1) / 2
        for item in row.items:
            if item.start is None or item.end is None:
                continue  # rows hold scheduled items only
            x0 = max(0.0, float(item.start - first))
            x1 = min(float(count), float(item.end - first + 1))
            y0, y1 = y + (1 - bar_height) / 2, y + (1 + bar_height) / 2
            verts.append(((x0, y0), (x0, y1), (x1, y1), (x1, y0)))
            colour = colours.get(_colour_key(item, colour_by), GREY)
            if named:
                face, edge, style, width = roadmap_named.bar_style(item.status, colour)
            else:
                face, edge, style, width = colour, "white", "solid", 0.6
            faces.append(face)
            edges.append(edge)
            styles.append(style)
            widths.append(width)
            boxes.append((x0, y0, x1, y1))
            bar_items.append(item)
            positions[item.id] = (x0, x1, y + 0.5, y0)
    if verts:
        ax.add_collection(
            PolyCollection(
                verts,
                facecolors=faces,
                edgecolors=edges,
                linewidths=widths,
                linestyles=styles if named else "solid",
                zorder=2,
            )
        )
        info.layers.append(
            RectLayer(
                ax,
                boxes,
                "item",
                [i.id for i in bar_items],
                lambda n: item_tooltip(snap, analysis, bar_items[n]),
            )
        )
        if not named:
            _bar_labels(
                ax, bar_items, boxes, faces, row_pt=unit_pt, quarter_pt=ax_w_in * 72 / count
            )
    return positions


def _lane_label(lane: Lane, collapsed: bool) -> str:
    label = shorten(lane.label, 34)
    return f"{label} ({len(lane.items):,})" if collapsed else label


def _fit_label(text: str, lines: int) -> str:
    if lines <= 1 or len(text) <= 26:
        return shorten(text, 40)
    words, first = text.split(), ""
    while words and len(first) + len(words[0]) + 1 <= 26:
        first = f"{first} {words.pop(0)}".strip()
    return f"{first}\n{shorten(' '.join(words), 26)}" if words else first


def _bar_labels(
    ax: Axes,
    items: list[ItemRec],
    boxes: list[tuple[float, float, float, float]],
    faces: list[ColorType],
    *,
    row_pt: float,
    quarter_pt: float,
) -> None:
    """Titles inside the bars where they fit; nothing when rows are too thin to read."""
    size = min(SMALL, row_pt * 0.62)
    if size < 5.5:
        return
    for item, (x0, _y0, x1, _y1), face in zip(items, boxes, faces, strict=True):
        room = (x1 - x0) * quarter_pt - 6
        chars = int(room / (size * 0.6))
        if chars < 4:
            continue
        text = shorten(item.title, chars) if chars >= 12 else shorten(item.code, chars)
        ax.text(
            x0 + 3 / quarter_pt,
            (_y0 + _y1) / 2,
            text,
            ha="left",
            va="center_baseline",
            fontsize=size,
            color=text_colour_on(face),
            zorder=3,
            clip_on=True,
        )


def _summaries(
    ax: Axes,
    info: ChartInfo,
    snap: PlanSnapshot,
    lanes: list[Lane],
    summary_rows: list[_Row],
    *,
    first: Quarter,
    count: int,
    colour_by: str,
    colours: dict[str, str],
    names: dict[str, str],
) -> None:
    """Collapsed lanes: a small stacked column per quarter, height = items running then."""
    keys = list(colours)
    key_index = {k: n for n, k in enumerate(keys)}
    colour_of = _colour_getter(colour_by)
    tallies = []
    window = (first.ordinal, count, colour_by, tuple(keys))
    known = _tally_memo[0][1] if _tally_memo and _tally_memo[0][0] == window else {}
    fresh: _Tallies = {}
    for row in summary_rows:
        lane_key = lanes[row.lane].key
        seen = known.get(lane_key)
        if seen is not None and _same_items(seen[0], row.items):
            counted, spent = seen[1]  # the lane's items are the records tallied last time
        else:
            counted, spent = _tally(row.items, first, count, key_index, colour_of)
        fresh[lane_key] = (list(row.items), (counted, spent))
        tallies.append((row, counted, spent))
    _tally_memo[:] = [(window, fresh)]
    peak = max([1.0] + [float(c.sum(axis=1).max()) for _, c, _ in tallies if len(c)])
    verts: list[list[np.ndarray]] = [[] for _ in keys]  # per colour: (columns, 4, 2) arrays
    boxes, cells = [], []
    baselines = []
    quarter_x = np.arange(count, dtype=float)
    for row, counts, spend in tallies:
        y, height = row.y, row.height
        base_y = y + height * 0.94
        baselines.append([(0.0, base_y), (float(count), base_y)])
        heights = height * 0.84 * counts / peak  # (quarters, keys), stacked upwards from base_y
        tops = base_y - np.cumsum(heights, axis=1)
        bottoms = tops + heights
        for k in range(len(keys)):
            shown = heights[:, k] > 0
            if not shown.any():
                continue
            x0, x1 = quarter_x[shown] + 0.12, quarter_x[shown] + 0.88
            low, high = bottoms[shown, k], tops[shown, k]
            verts[k].append(
                np.stack(
                    [
                        np.column_stack([x0, low]),
                        np.column_stack([x0, high]),
                        np.column_stack([x1, high]),
                        np.column_stack([x1, low]),
                    ],
                    axis=1,
                )
            )
        for q in range(count):
            boxes.append((q, y, q + 1, y + height))
            cells.append((row, q, counts[q], spend[q]))
    if baselines:
        lines = LineCollection(baselines, colors=GREY, linewidths=0.6, capstyle="projecting")
        lines.set_zorder(1)
        ax.add_collection(lines, autolim=False)
    # The columns of one colour as one path (they never touch one another), the colours
    # in the legend's order as the stacks are: thousands of columns in three paths
    paths = [_rectangles(np.concatenate(v)) for v in verts if v]
    if paths:
        ax.add_collection(
            PathCollection(
                paths,
                facecolors=[colours[k] for k, v in zip(keys, verts, strict=True) if v],
                edgecolors="none",
                zorder=2,
                snap=True,  # as each column alone would be (auto-snapping stops at 1,024 points)
            ),
            autolim=False,
        )
    currency = snap.info.currency

    def tooltip(n: int) -> str:
        row, q, tally, spent = cells[n]
        lane, quarter = lanes[row.lane], first + q
        total = round(float(tally.sum()))
        if not total:
            return translate("Charts", "{lane}, {quarter}: no items running").format(
                lane=lane.label, quarter=quarter
            )
        mix = " · ".join(
            f"{names[k]} {round(float(tally[i]))}" for i, k in enumerate(keys) if tally[i] >= 0.5
        )
        running = translate("Charts", "{lane}, {quarter}: %n item(s) running", None, total)
        return (
            running.format(lane=lane.label, quarter=quarter)
            + f"\n{mix}\n"
            + translate("Charts", "{money} this quarter · click to open the lane").format(
                money=money(spent, currency)
            )
        )

    info.layers.append(RectLayer(ax, boxes, "lane", [lanes[c[0].lane].key for c in cells], tooltip))


def _tally(
    items: list[ItemRec],
    first: Quarter,
    count: int,
    key_index: dict[str, int],
    colour_of: Callable[[ItemRec], str],
) -> tuple[np.ndarray, np.ndarray]:
    """Items running in each quarter by colour, and their spend per quarter."""
    # Difference arrays: +1 where an item starts, -1 after it ends, then a running sum.
    counts = np.zeros((count + 1, len(key_index)))
    spend = np.zeros(count + 1)
    if items:  # numpy over the lane's items instead of four element updates per item
        n = len(items)
        begin = np.fromiter(map(_START, items), int, n) - first.ordinal
        finish = np.fromiter(map(_END, items), int, n) - first.ordinal
        cost = np.fromiter(map(_CAPEX, items), float, n) + np.fromiter(map(_OPEX, items), float, n)
        ks = np.fromiter(map(key_index.get, map(colour_of, items), repeat(0)), int, n)
        # item.cost / max(1, item.duration), element by element
        per_quarter = cost / np.maximum(1, finish - begin + 1)
        starts, ends = np.maximum(0, begin), np.minimum(count - 1, finish)
        kept = ends >= starts
        starts, ends, ks, per_quarter = starts[kept], ends[kept], ks[kept], per_quarter[kept]
        np.add.at(counts, (starts, ks), 1)
        np.add.at(counts, (ends + 1, ks), -1)
        # each item's + then - in the items' order, as the loop added them: the same sums
        turns = np.column_stack([starts, ends + 1]).ravel()
        np.add.at(spend, turns, np.column_stack([per_quarter, -per_quarter]).ravel())
    return np.cumsum(counts, axis=0)[:count], np.cumsum(spend)[:count]


def _rectangles(corners: np.ndarray) -> Path:
    """One path of many closed quadrilaterals, from a (count, 4, 2) array of their corners."""
    count = len(corners)
    vertices = np.concatenate([corners, corners[:, :1]], axis=1).reshape(count * 5, 2)
    codes = np.tile(
        np.array(
            [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], Path.code_type
        ),
        count,
    )
    return Path(vertices, codes)


def _milestones(
    ax: Axes,
    info: ChartInfo,
    snap: PlanSnapshot,
    positions: dict[int, tuple[float, float, float, float]],
    first: Quarter,
) -> list[Artist]:
    xs, ys, ids, tips = [], [], [], []
    for milestone in snap.milestones:
        where = positions.get(milestone.item_id)
        if where is None:
            continue
        x = milestone.quarter - first + 0.5
        if not where[0] <= x <= where[1]:
            continue
        item = snap.item_by_id[milestone.item_id]
        xs.append(x)
        ys.append(where[3])  # on the bar's top edge, clear of its label
        ids.append(milestone.id)
        tips.append(
            translate("Charts", "Milestone: {title} ({quarter})").format(
                title=milestone.title, quarter=milestone.quarter
            )
            + f"\n{item.code} — {item.title}"
        )
    if not xs:
        return []
    ax.scatter(xs, ys, marker="D", s=22, c=BLACK, edgecolors="white", linewidths=0.7, zorder=4)
    info.layers.append(PointLayer(ax, xs, ys, 4.0, "milestone", ids, tips))
    return [
        Line2D(
            [],
            [],
            marker="D",
            color="white",
            markerfacecolor=BLACK,
            markersize=6,
            label=translate("Charts", "Milestone"),
        )
    ]


def _dependencies(
    ax: Axes,
    snap: PlanSnapshot,
    positions: dict[int, tuple[float, float, float, float]],
    page_rows: list[_Row],
) -> list[Artist]:
    """Elbow connectors from a predecessor's end to its successor's start, one collection each
    for kept and violated dependencies (a violated one doubles back, in the warning colour)."""
    step = 0.1
    met: list[list[tuple[float, float]]] = []
    violated: list[list[tuple[float, float]]] = []
    heads_met: list[tuple[float, float]] = []
    heads_violated: list[tuple[float, float]] = []
    for dep in snap.dependencies:
        before, after = positions.get(dep.before_id), positions.get(dep.after_id)
        if before is None or after is None:
            continue
        (_bx0, bx1, by, _btop), (ax0, _ax1, ay, _atop) = before, after
        if ay == by and ax0 >= bx1 and not _bar_between(positions, by, bx1, ax0):
            path = [(bx1, by), (ax0, ay)]
        elif ax0 - bx1 >= 2 * step:
            path = [(bx1, by), (bx1 + step, by), (bx1 + step, ay), (ax0, ay)]
        else:
            lane_gap = (
                ay - 0.5 if ay > by else ay + 0.5
            )  # the gap between rows next to the successor
            path = [
                (bx1, by),
                (bx1 + step, by),
                (bx1 + step, lane_gap),
                (ax0 - step, lane_gap),
                (ax0 - step, ay),
                (ax0, ay),
            ]
        start, end = snap.item_by_id[dep.after_id].start, snap.item_by_id[dep.before_id].end
        kept = start is not None and end is not None and start > end  # both are on the page
        (met if kept else violated).append(path)
        (heads_met if kept else heads_violated).append((ax0, ay))
        if len(met) + len(violated) >= MAX_ARROWS:
            break
    handles: list[Artist] = []
    for paths, heads, colour, width, label in (
        (met, heads_met, MUTED_TEXT, 0.8, translate("Charts", "Depends on")),
        (
            violated,
            heads_violated,
            WARNING,
            1.4,
            translate("Charts", "Starts before its predecessor ends"),
        ),
    ):
        if not paths:
            continue
        ax.add_collection(
            LineCollection(paths, colors=colour, linewidths=width, zorder=4.5, capstyle="round")
        )
        ax.scatter(
            [h[0] for h in heads],
            [h[1] for h in heads],
            marker=">",
            s=16 if width < 1 else 24,
            c=colour,
            linewidths=0,
            zorder=4.6,
        )
        handles.append(
            Line2D(
                [], [], color=colour, linewidth=width + 0.2, marker=">", markersize=4, label=label
            )
        )
    return handles


def _bar_between(
    positions: dict[int, tuple[float, float, float, float]], y: float, x0: float, x1: float
) -> bool:
    return any(p[2] == y and p[0] < x1 - 1e-9 and p[1] > x0 + 1e-9 for p in positions.values())


def _notes(info: ChartInfo, unscheduled: int, outside: int) -> None:
    if unscheduled:
        info.notes.append(
            translate(
                "Charts", "%n unscheduled item(s) is/are not on the timeline.", None, unscheduled
            )
        )
    if outside:
        info.notes.append(
            translate("Charts", "%n item(s) run(s) outside the quarters shown.", None, outside)
        )


def _items_text(count: int) -> str:
    """'1 item', '1,234 items'."""
    return translate("Charts", "%n item(s)", None, count)
