"""Alignment heatmap: objectives down, items across, link strength as colour.

Gaps stand out: an unsupported objective's row and an orphan item's column
are tinted in the warning colour, and two margins count them (support per
row, "no objective" per column). Large plans stay legible by aggregating:
rows become themes and columns become groups of items (by business unit,
category, team or start quarter) whose cell shows the mean strength of the
group's strongest link to the row; or by windowing (``row_offset``,
``column_offset``) through the full grid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from stratplanner.analysis import PlanAnalysis
from stratplanner.analysis.alignment import (
    SUPPORT_STRENGTH,
    ObjectiveSupport,
    objective_roots,
    objective_support,
)
from stratplanner.analysis.selection import select_items, select_objectives
from stratplanner.charts.common import ChartOptions, analysis_for, subtitle
from stratplanner.charts.hits import ChartInfo, GridLayer, Hit
from stratplanner.charts.roadmap_named import wrap_to_width
from stratplanner.charts.style import (
    FONT,
    GREY,
    MUTED_TEXT,
    SMALL,
    STRENGTH_CMAP,
    STRENGTH_COLOURS,
    TEXT,
    WARNING,
    begin_figure,
    blend,
    category_name,
    legend_below,
    shorten,
    text_width_pt,
    wrap,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, translate
from stratplanner.snapshot import ItemRec, ObjectiveRec, PlanSnapshot

ROW_MODES = ("auto", "objectives", "themes")
COLUMN_MODES = ("auto", "items", "groups")
GROUP_KINDS = ("business_unit", "category", "team", "quarter")
#: "{items} grouped by …" per grouping (English; translated where drawn).
GROUPED = {
    "business_unit": QT_TRANSLATE_NOOP("Charts", "{items} grouped by business unit"),
    "category": QT_TRANSLATE_NOOP("Charts", "{items} grouped by category"),
    "team": QT_TRANSLATE_NOOP("Charts", "{items} grouped by team"),
    "quarter": QT_TRANSLATE_NOOP("Charts", "{items} grouped by quarter"),
}
#: A link's strength as a legend and tooltip say it.
LINK_NAMES = {
    1: QT_TRANSLATE_NOOP("Charts", "weak link ({strength})"),
    2: QT_TRANSLATE_NOOP("Charts", "moderate link ({strength})"),
    3: QT_TRANSLATE_NOOP("Charts", "strong link ({strength})"),
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


#: Figures shorter than this (inches) drop the legend and shorten column labels.
COMPACT_BELOW_IN = 4.5


@dataclass(frozen=True)
class HeatmapOptions(ChartOptions):
    rows: str = "auto"  # "auto": objectives when they fit, else themes
    columns: str = "auto"  # "auto": one column per item when they fit, else groups
    group_by: str = "business_unit"  # how item columns are grouped: one of GROUP_KINDS
    max_rows: int = 45
    max_columns: int = 120
    row_offset: int = 0  # first row shown when there are more rows than max_rows
    column_offset: int = 0  # first item column shown when there are more than max_columns
    #: "code": item columns named by code (the screen, which has tooltips); "name": by the
    #: item's whole name, wrapped (paper, where a code means nothing to a board)
    column_labels: str = "code"


@dataclass
class _Row:
    key: int  # objective id (the theme's id in theme mode)
    label: str
    members: tuple[int, ...]  # objective ids the row stands for
    support: int
    unsupported: bool
    tooltip: str


@dataclass
class _Column:
    key: Hashable
    label: str
    items: list[ItemRec]


def _rows(
    snap: PlanSnapshot,
    objectives: list[ObjectiveRec],
    support: dict[int, ObjectiveSupport],
    themes: bool,
) -> list[_Row]:
    roots = objective_roots(snap)
    order = {o.id: n for n, o in enumerate(snap.objectives)}
    chosen = {o.id for o in objectives}
    if themes:
        members: dict[int, list[int]] = defaultdict(list)
        for objective in objectives:
            members[roots[objective.id]].append(objective.id)
        out = []
        for root_id in sorted(members, key=order.__getitem__):
            root = snap.objective_by_id[root_id]
            s = support[root_id]
            unsupported_children = sum(
                1
                for m in members[root_id]
                if m != root_id and support[m].unsupported and not support[m].is_theme
            )
            note = (
                translate("Charts", "%n objective(s) unsupported", None, unsupported_children)
                if unsupported_children
                else translate("Charts", "every objective supported")
            )
            out.append(
                _Row(
                    root_id,
                    root.title,
                    tuple(members[root_id]),
                    s.support,
                    s.unsupported,
                    translate("Charts", "Theme {code} — {title}").format(
                        code=root.code, title=root.title
                    )
                    + "\n"
                    + _support_text(s.support, s.strong, s.moderate, s.weak, note),
                )
            )
        return out
    out = []
    ranked = sorted(chosen, key=lambda oid: (order[roots[oid]], order[oid]))
    for objective_id in ranked:
        s = support[objective_id]
        if s.is_theme and not s.direct_support:
            continue  # a theme shows through its objectives
        objective = snap.objective_by_id[objective_id]
        state = (
            translate("Charts", "UNSUPPORTED: no link of strength 2 or more")
            if s.unsupported
            else translate("Charts", "supported")
        )
        out.append(
            _Row(
                objective_id,
                f"{objective.code} {objective.title}",
                (objective_id,),
                s.direct_support,
                s.unsupported,
                translate("Charts", "Objective {code} — {title}").format(
                    code=objective.code, title=objective.title
                )
                + "\n"
                + _support_text(s.direct_support, s.strong, s.moderate, s.weak, state),
            )
        )
    return out


def _support_text(support: int, strong: int, moderate: int, weak: int, state: str) -> str:
    return translate(
        "Charts",
        "Support {support} ({strong} strong, {moderate} moderate, {weak} weak links); {state}",
    ).format(support=support, strong=strong, moderate=moderate, weak=weak, state=state)


def _group_key(snap: PlanSnapshot, group_by: str) -> Callable[[ItemRec], tuple[Hashable, str]]:
    if group_by == "category":
        return lambda item: (item.category, category_name(item.category))
    if group_by == "quarter":
        return lambda item: (
            (item.start.ordinal, str(item.start))
            if item.start is not None
            else (10**9, translate("Charts", "Unscheduled"))
        )
    if group_by == "team":
        teams = snap.team_by_id

        def by_team(item: ItemRec) -> tuple[Hashable, str]:
            demands = snap.demands_by_item.get(item.id)
            if not demands:
                return ("~", translate("Charts", "No team"))
            team = teams[max(demands, key=lambda d: (d.fte, -d.team_id)).team_id]
            return (team.code, team.name)

        return by_team
    if group_by != "business_unit":
        raise ValueError(f"group_by must be one of {', '.join(GROUP_KINDS)}, not {group_by!r}")
    units = snap.business_unit_by_id
    rank = {u.id: n for n, u in enumerate(snap.business_units)}

    def by_unit(item: ItemRec) -> tuple[Hashable, str]:
        if item.business_unit_id is None:
            return (10**9, translate("Charts", "No business unit"))
        return (rank[item.business_unit_id], units[item.business_unit_id].name)

    return by_unit


def _buckets(snap: PlanSnapshot, items: list[ItemRec], group_by: str) -> dict[Hashable, _Column]:
    key_of = _group_key(snap, group_by)
    buckets: dict[Hashable, _Column] = {}
    for item in items:
        key, label = key_of(item)
        if key not in buckets:
            buckets[key] = _Column(key, label, [])
        buckets[key].items.append(item)
    return buckets


def draw_alignment_heatmap(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: HeatmapOptions | None = None,
) -> ChartInfo:
    """Draw the heatmap; hits are items (item columns), objectives or themes (rows, row margin)
    and groups (grouped columns)."""
    options = options or HeatmapOptions()
    if options.rows not in ROW_MODES:
        raise ValueError(f"rows must be one of {', '.join(ROW_MODES)}, not {options.rows!r}")
    if options.columns not in COLUMN_MODES:
        raise ValueError(
            f"columns must be one of {', '.join(COLUMN_MODES)}, not {options.columns!r}"
        )
    analysis = analysis_for(snap, analysis)
    items = select_items(snap, options.filters)
    objectives = select_objectives(snap, options.filters)
    support = (
        dict(analysis.objective_support)
        if options.filters.is_empty
        else objective_support(snap, items)
    )
    leaf_rows = _rows(snap, objectives, support, themes=False)
    themes = options.rows == "themes" or (
        options.rows == "auto" and len(leaf_rows) > options.max_rows
    )
    rows = _rows(snap, objectives, support, themes=True) if themes else leaf_rows
    grouped = options.columns == "groups" or (
        options.columns == "auto" and len(items) > options.max_columns
    )

    # Rows and columns in view.
    max_rows = max(1, options.max_rows)
    row_offset = min(max(0, options.row_offset), max(0, len(rows) - max_rows))
    shown_rows = rows[row_offset : row_offset + max_rows]
    row_index: dict[int, int] = {}
    for r, row in enumerate(shown_rows):
        for member in row.members:
            row_index[member] = r
    strongest = _strongest_by_item(snap, items, row_index)
    group_by = options.group_by
    if grouped:
        buckets = _buckets(snap, items, group_by)
        if len(buckets) < 2 and len(items) > 1:
            # One column ("No business unit") says nothing: group by what does split the items.
            for other in ("category", "quarter", "team"):
                if other != group_by:
                    candidate = _buckets(snap, items, other)
                    if len(candidate) >= 2:
                        buckets, group_by = candidate, other
                        break
        shown_columns = [buckets[k] for k in sorted(buckets, key=lambda k: (str(type(k)), k))]
        column_count = len(shown_columns)
        column_offset = 0
    else:
        ordered = _diagonal_order(items, strongest, analysis)
        column_offset = min(
            max(0, options.column_offset), max(0, len(ordered) - options.max_columns)
        )
        shown_columns = [
            _Column(item.id, item.title if options.column_labels == "name" else item.code, [item])
            for item in ordered[column_offset : column_offset + options.max_columns]
        ]
        column_count = len(ordered)

    title = options.title or translate("Charts", "Alignment: objectives against IT items")
    # A chart that says N shows N: a window of rows or columns says which part is drawn.
    row_count, item_count = len(rows), len(items)
    if themes:
        row_part = translate("Charts", "%n theme(s)", None, row_count)
        rows_window = translate("Charts", "themes {first}–{last} of {count}")
    else:
        row_part = translate("Charts", "%n objective(s)", None, row_count)
        rows_window = translate("Charts", "objectives {first}–{last} of {count}")
    if len(shown_rows) < len(rows):
        row_part = rows_window.format(
            first=row_offset + 1, last=row_offset + len(shown_rows), count=row_count
        )
    item_part = translate("Charts", "%n item(s)", None, item_count)
    if grouped:
        item_part = translate("Charts", GROUPED[group_by]).format(items=item_part)
    if not grouped and column_count > len(shown_columns):
        item_part = translate("Charts", "items {first}–{last} of {count}").format(
            first=format_number(column_offset + 1),
            last=format_number(column_offset + len(shown_columns)),
            count=format_number(item_count),
        )
    facts = [f"{row_part} × {item_part}"]
    top_in = begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    info = ChartInfo(
        "heatmap", title, total=len(items), shown=sum(len(c.items) for c in shown_columns)
    )
    if len(rows) > len(shown_rows):
        info.notes.append(
            translate("Charts", "Showing {rows}; set row_offset for the others.").format(
                rows=rows_window.format(
                    first=row_offset + 1, last=row_offset + len(shown_rows), count=row_count
                )
            )
        )
    if not grouped and column_count > len(shown_columns):
        info.notes.append(
            translate(
                "Charts",
                "Showing items {first}–{last} of {count}; set column_offset for the others, or "
                "group the columns.",
            ).format(
                first=column_offset + 1,
                last=column_offset + len(shown_columns),
                count=format_number(column_count),
            )
        )
    del top_in

    grid = fig.add_gridspec(
        2, 2, width_ratios=(1, 22), height_ratios=(1, 18), wspace=0.01, hspace=0.01
    )
    ax = fig.add_subplot(grid[1, 1])
    ax_rows = fig.add_subplot(grid[1, 0])  # not shared with ax: shared axes tick twice (slow)
    ax_cols = fig.add_subplot(grid[0, 1])
    corner = fig.add_subplot(grid[0, 0])
    corner.set_axis_off()
    corner.text(
        1.0,
        0.5,
        translate("Charts", "No objective"),
        ha="right",
        va="center",
        fontsize=SMALL,
        color=MUTED_TEXT,
        transform=corner.transAxes,
    ).set_in_layout(False)
    info.axes.extend([ax, ax_rows, ax_cols])
    if not shown_rows or not shown_columns:
        for a in (ax_rows, ax_cols):
            a.set_axis_off()
        ax.set_axis_off()
        message = (
            translate("Charts", "This plan has no objectives yet.")
            if not shown_rows
            else translate("Charts", "No items match this view.")
        )
        ax.text(
            0.5,
            0.5,
            message,
            ha="center",
            va="center",
            fontsize=FONT + 2,
            color=MUTED_TEXT,
            transform=ax.transAxes,
        )
        return info

    n_rows, n_cols = len(shown_rows), len(shown_columns)
    matrix = np.zeros((n_rows, n_cols), dtype=float)
    column_of = {item.id: c for c, column in enumerate(shown_columns) for item in column.items}
    for (r, item_id), strength in strongest.items():
        c = column_of.get(item_id)
        if c is not None:
            matrix[r, c] += 1 if grouped else strength
    sizes = np.array([max(1, len(column.items)) for column in shown_columns], dtype=float)
    if grouped:
        matrix /= sizes  # share of the column's items linked to the row
        peak = max(0.05, float(matrix.max()))
        image = ax.imshow(
            matrix,
            cmap=STRENGTH_CMAP,
            vmin=0,
            vmax=peak,
            aspect="auto",
            interpolation="nearest",
            extent=(0, n_cols, n_rows, 0),
        )
    else:
        ax.imshow(
            matrix,
            cmap=ListedColormap(STRENGTH_COLOURS),
            vmin=-0.5,
            vmax=3.5,
            aspect="auto",
            interpolation="nearest",
            extent=(0, n_cols, n_rows, 0),
        )
    orphans = np.array(
        [
            sum(1 for i in column.items if i.id in analysis.orphan_item_ids)
            for column in shown_columns
        ]
    )
    tint = blend(WARNING, 0.55)
    bands: list[tuple[tuple[int, int], ...]] = [
        ((0, r), (0, r + 1), (n_cols, r + 1), (n_cols, r))
        for r, row in enumerate(shown_rows)
        if row.unsupported
    ]
    if not grouped:
        bands += [
            ((c, 0), (c, n_rows), (c + 1, n_rows), (c + 1, 0))
            for c in map(int, np.flatnonzero(orphans))
        ]
        # Tint only the empty cells: a weak link in an unsupported row keeps the weak colour
        # of the legend rather than a blend that is in no legend.
        tinted = np.zeros_like(matrix, dtype=bool)
        for r, row in enumerate(shown_rows):
            if row.unsupported:
                tinted[r, :] = True
        tinted[:, np.flatnonzero(orphans)] = True
        bands = [
            ((c, r), (c, r + 1), (c + 1, r + 1), (c + 1, r))
            for r, c in zip(*np.nonzero(tinted & (matrix == 0)), strict=True)
        ]
    if bands:
        ax.add_collection(
            PolyCollection(bands, facecolors=[(*tint, 0.45)], edgecolors="none", zorder=2)
        )
    width_in, height_in = fig.get_size_inches()
    _grid_lines(ax, shown_rows, n_cols, snap, themes)
    _row_margin(ax_rows, shown_rows, height_in)
    _column_margin(ax_cols, shown_columns, orphans, grouped)
    _labels(
        ax,
        ax_rows,
        shown_rows,
        shown_columns,
        width_in=width_in,
        height_in=height_in,
        grouped=grouped,
        whole=options.column_labels == "name",
    )

    # Hits.
    def cell(c: int, r: int) -> Hit | None:
        row, column = shown_rows[r], shown_columns[c]
        if grouped:
            n = len(column.items)
            by_strength = [0, 0, 0, 0]
            for i in column.items:
                by_strength[strongest.get((r, i.id), 0)] += 1
            linked = n - by_strength[0]
            return Hit(
                "objective",  # a theme is an objective record too
                row.key,
                f"{row.label} × {column.label}\n"
                + translate(
                    "Charts",
                    "{linked} of %n item(s) linked ({share}): {strong} strong, {moderate} "
                    "moderate, {weak} weak",
                    None,
                    n,
                ).format(
                    linked=format_number(linked),
                    share=format_percent(float(matrix[r, c])),
                    strong=format_number(by_strength[3]),
                    moderate=format_number(by_strength[2]),
                    weak=format_number(by_strength[1]),
                ),
            )
        item = column.items[0]
        strength = strongest.get((r, item.id), 0)
        link = (
            translate("Charts", LINK_NAMES[strength]).format(strength=strength)
            if strength
            else translate("Charts", "no link")
        )
        orphan = (
            " — " + translate("Charts", "linked to no objective")
            if item.id in analysis.orphan_item_ids
            else ""
        )
        return Hit("item", item.id, f"{item.code} — {item.title}{orphan}\n{row.label}: {link}")

    x_edges = np.arange(n_cols + 1, dtype=float)
    y_edges = np.arange(n_rows + 1, dtype=float)
    info.layers.append(GridLayer(ax, x_edges, y_edges, cell))
    info.layers.append(
        GridLayer(
            ax_rows,
            [0.0, 1.0],
            y_edges,
            lambda _c, r: Hit("objective", shown_rows[r].key, shown_rows[r].tooltip),
        )
    )

    def column_hit(c: int, _r: int) -> Hit:
        column = shown_columns[c]
        if grouped:
            n = len(column.items)
            return Hit(
                "group",
                column.label,  # e.g. the business unit's name
                translate(
                    "Charts", "{group}: %n item(s), {orphans} linked to no objective", None, n
                ).format(group=column.label, orphans=format_number(orphans[c])),
            )
        item = column.items[0]
        state = (
            translate("Charts", "linked to no objective")
            if orphans[c]
            else translate("Charts", "alignment {share}").format(
                share=format_percent(analysis.item_alignment.get(item.id, 0))
            )
        )
        return Hit("item", item.id, f"{item.code} — {item.title}\n{state}")

    info.layers.append(GridLayer(ax_cols, x_edges, [0.0, 1.0], column_hit))

    handles = [
        Patch(
            facecolor=STRENGTH_COLOURS[s],
            edgecolor=GREY,
            linewidth=0.4,
            label=(
                _capitalised(translate("Charts", LINK_NAMES[s]).format(strength=s))
                if s
                else translate("Charts", "No link")
            ),
        )
        for s in (0, 1, 2, 3)
    ]
    if grouped:
        bar = fig.colorbar(image, ax=[ax], location="bottom", shrink=0.35, aspect=30, pad=0.0)
        bar.set_label(
            translate("Charts", "Share of the column's items linked to the row"),
            fontsize=SMALL,
            color=MUTED_TEXT,
        )
        bar.ax.tick_params(labelsize=SMALL)
        bar.ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        bar.outline.set_visible(False)
        _cell_percentages(ax, matrix, peak, width_in, height_in)
        handles = []
    if themes:
        unsupported_label = translate("Charts", "Unsupported theme (no link of strength {n}+)")
        support_label = translate(
            "Charts", "Support: the sum of the strengths of the links to the theme"
        )
    else:
        unsupported_label = translate("Charts", "Unsupported objective (no link of strength {n}+)")
        support_label = translate(
            "Charts", "Support: the sum of the strengths of the links to the objective"
        )
    handles.append(Patch(facecolor=tint, label=unsupported_label.format(n=SUPPORT_STRENGTH)))
    handles.append(
        Patch(facecolor=WARNING, label=translate("Charts", "Items linked to no objective"))
    )
    handles.append(Patch(facecolor=blend(GREY, 0.85), label=support_label))
    if height_in >= COMPACT_BELOW_IN:  # a small canvas keeps its room for the grid
        legend_below(fig, handles)
    return info


def _cell_percentages(
    ax: Axes, matrix: np.ndarray, peak: float, width_in: float, height_in: float
) -> None:
    n_rows, n_cols = matrix.shape
    cell_w = width_in * 0.7 * 72 / n_cols
    cell_h = height_in * 0.65 * 72 / n_rows
    if cell_w < 22 or cell_h < 8 or n_rows * n_cols > 160:
        return  # too many numbers to read (and to draw quickly): the colour says it
    size = min(SMALL, cell_h * 0.75)
    for r in range(n_rows):
        for c in range(n_cols):
            value = matrix[r, c]
            if value <= 0:
                continue
            ax.text(
                c + 0.5,
                r + 0.5,
                format_percent(float(value)),
                ha="center",
                va="center",
                fontsize=size,
                color="white" if value / peak > 0.6 else TEXT,
            ).set_in_layout(False)


def _strongest_by_item(
    snap: PlanSnapshot, items: list[ItemRec], row_index: dict[int, int]
) -> dict[tuple[int, int], int]:
    """(row, item id) → the strongest link from the item to any objective of the row."""
    out: dict[tuple[int, int], int] = {}
    links_by_item = snap.links_by_item
    for item in items:
        for link in links_by_item.get(item.id, ()):
            r = row_index.get(link.objective_id)
            if r is None:
                continue
            key = (r, item.id)
            if link.strength > out.get(key, 0):
                out[key] = link.strength
    return out


def _diagonal_order(
    items: list[ItemRec], strongest: dict[tuple[int, int], int], analysis: PlanAnalysis
) -> list[ItemRec]:
    """Items sorted by the first row they link to most strongly, so links form a diagonal;
    orphans last, in a block of their own (tinted, so the gap still shows)."""
    best: dict[int, tuple[int, int]] = {}
    for (r, item_id), strength in strongest.items():
        key = (-strength, r)
        if item_id not in best or key < best[item_id]:
            best[item_id] = key
    position = {item.id: n for n, item in enumerate(items)}

    def sort_key(item: ItemRec) -> tuple[int, int, int, int]:
        if item.id in analysis.orphan_item_ids:
            return (2, 0, 0, position[item.id])
        strength, row = best.get(item.id, (0, 10**9))
        return (1, row, strength, position[item.id])

    return sorted(items, key=sort_key)


def _grid_lines(ax: Axes, rows: list[_Row], n_cols: int, snap: PlanSnapshot, themes: bool) -> None:
    """Thin white lines between cells when they are big enough, grey lines between themes."""
    ax.set_xlim(0, n_cols)
    ax.set_ylim(len(rows), 0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_color(GREY)
    if n_cols <= 150:
        ax.vlines(np.arange(1, n_cols), 0, len(rows), colors="white", linewidth=0.4, zorder=1.5)
    if len(rows) <= 120:
        ax.hlines(np.arange(1, len(rows)), 0, n_cols, colors="white", linewidth=0.4, zorder=1.5)
    if not themes:
        roots = objective_roots(snap)
        for r in range(1, len(rows)):
            if roots.get(rows[r].key) != roots.get(rows[r - 1].key):
                ax.axhline(r, color=GREY, linewidth=0.9, zorder=3)


def _row_margin(ax: Axes, rows: list[_Row], height_in: float) -> None:
    """Support per row; unsupported rows in the warning colour."""
    faces = [
        (*blend(WARNING, 0.55), 1.0) if row.unsupported else (*blend(GREY, 0.85), 1.0)
        for row in rows
    ]
    ax.imshow(
        np.arange(len(rows)).reshape(-1, 1),
        cmap=ListedColormap(faces),
        aspect="auto",
        extent=(0, 1, len(rows), 0),
        interpolation="nearest",
    )
    ax.set_xlim(0, 1)
    ax.set_ylim(len(rows), 0)
    ax.set_xticks([0.5], ["Support"], rotation=90, fontsize=SMALL, color=TEXT)
    ax.tick_params(axis="x", length=0)
    row_pt = height_in * 0.72 * 72 / max(1, len(rows))
    if row_pt >= 7:
        size = min(SMALL, row_pt * 0.7)
        for r, row in enumerate(rows):
            ax.text(
                0.5,
                r + 0.5,
                f"{row.support:,}",
                ha="center",
                va="center",
                fontsize=size,
                color=TEXT,
            ).set_in_layout(False)
    for side in ax.spines.values():
        side.set_visible(False)


def _column_margin(ax: Axes, columns: list[_Column], orphans: np.ndarray, grouped: bool) -> None:
    """Items linked to no objective, per column."""
    n_cols = len(columns)
    if grouped:
        share = np.array([o / max(1, len(c.items)) for o, c in zip(orphans, columns, strict=True)])
        faces = [
            (*blend(WARNING, 1 - min(1.0, 0.25 + s * 4) if s > 0 else 0.95), 1.0) for s in share
        ]
    else:
        faces = [(*(blend(WARNING, 0.0) if o else blend(GREY, 0.92)), 1.0) for o in orphans]
    ax.imshow(
        np.arange(n_cols).reshape(1, -1),
        cmap=ListedColormap(faces),
        aspect="auto",
        extent=(0, n_cols, 1, 0),
        interpolation="nearest",
    )
    ax.set_xlim(0, n_cols)
    ax.set_ylim(1, 0)
    ax.set_xticks([])
    ax.set_yticks([])
    if grouped:
        for c, count in enumerate(orphans):
            if count:
                ax.text(
                    c + 0.5, 0.5, f"{count:,}", ha="center", va="center", fontsize=SMALL, color=TEXT
                ).set_in_layout(False)
    for side in ax.spines.values():
        side.set_visible(False)


def _row_label(text: str, chars: int, lines: int) -> str:
    """``text`` on at most ``lines`` lines of about ``chars`` characters (long words cut too)."""
    text = " ".join(text.split())
    if lines == 1 or len(text) <= chars:
        return shorten(text, chars)
    width = min(chars, max(16, len(text) // lines + 6))  # balanced lines, not one long, one short
    return "\n".join(shorten(line, width) for line in wrap(text, width, lines).split("\n"))


def _labels(
    ax: Axes,
    ax_rows: Axes,
    rows: list[_Row],
    columns: list[_Column],
    *,
    width_in: float,
    height_in: float,
    grouped: bool,
    whole: bool = False,
) -> None:
    """Row and column labels, thinned to every k-th when cells are too small to label each.

    With ``whole`` every label is whole, wrapped (rows on as many lines as they need,
    columns across their width): nothing is cut, for paper."""
    row_pt = height_in * 0.72 * 72 / max(1, len(rows))
    row_step = max(1, int(np.ceil(9 / row_pt))) if row_pt < 9 else 1
    row_positions = [r + 0.5 for r in range(0, len(rows), row_step)]
    label_size = min(FONT, max(6.0, row_pt * 0.75))
    chars = max(10, min(44, int(width_in * 72 * 0.3 / (label_size * 0.6))))
    # Rows tall enough for two lines get the objective's words on two lines, not cut at one.
    lines = 2 if row_pt >= 2.3 * label_size else 1
    if lines == 2:
        label_size = min(label_size, row_pt / 2.9)  # a gap between one row's lines and the next
    if whole:
        row_width = width_in * 72 * 0.24
        wrapped = [
            wrap_to_width(rows[r].label, row_width, label_size)
            for r in range(0, len(rows), row_step)
        ]
        most = max(len(lines) for lines in wrapped)
        # rows share the height with the wrapped column names: size for the rows they get
        room = height_in * 72 * 0.5 / max(1, len(rows))
        label_size = max(5.0, min(label_size, room * row_step / (most * 1.25)))
        row_texts = [
            "\n".join(wrap_to_width(rows[r].label, row_width, label_size))
            for r in range(0, len(rows), row_step)
        ]
    else:
        row_texts = [_row_label(rows[r].label, chars, lines) for r in range(0, len(rows), row_step)]
    ax_rows.set_yticks(row_positions, row_texts)
    ax_rows.tick_params(axis="y", length=0, labelsize=label_size, labelcolor=TEXT, pad=3)
    ax.set_yticks([])
    for label, r in zip(ax_rows.get_yticklabels(), range(0, len(rows), row_step), strict=True):
        if rows[r].unsupported:
            label.set_color(WARNING)
            label.set_fontweight("bold")
    col_pt = width_in * 0.55 * 72 / max(1, len(columns))
    if whole:
        cell = width_in * 72 * 0.7 / max(1, len(columns))
        size = min(SMALL, max(5.5, cell / 2.5)) if not grouped else SMALL
        fit = max(1, int(cell * 0.95 // (size * 1.15))) if not grouped else 2
        texts = []
        for column in columns:
            text = " ".join(column.label.split())
            # as long as the column's lines allow, but never cut: a longer name gets a longer line
            # at most a quarter of the figure's height: a very long name takes more lines
            width = min(
                max(60.0, text_width_pt(text, size) / fit + size * 2), height_in * 72 * 0.25
            )
            texts.append("\n".join(wrap_to_width(text, width, size)))
        ax.set_xticks(
            [c + 0.5 for c in range(len(columns))],
            texts,
            rotation=35 if grouped else 90,
            ha="right" if grouped else "center",
            rotation_mode="anchor" if grouped else "default",
            linespacing=1.0,
        )
        ax.tick_params(axis="x", length=0, labelsize=size, labelcolor=TEXT)
    elif grouped:
        ax.set_xticks(
            [c + 0.5 for c in range(len(columns))],
            [shorten(c.label, 22 if height_in >= COMPACT_BELOW_IN else 10) for c in columns],
            rotation=35,
            ha="right",
            rotation_mode="anchor",
        )
        ax.tick_params(axis="x", length=0, labelsize=FONT if col_pt > 40 else SMALL)
    else:
        step = max(1, int(np.ceil(8 / col_pt))) if col_pt < 8 else 1
        ax.set_xticks(
            [c + 0.5 for c in range(0, len(columns), step)],
            [
                shorten(columns[c].label, 16 if height_in >= COMPACT_BELOW_IN else 8)
                for c in range(0, len(columns), step)
            ],
            rotation=90,
        )
        ax.tick_params(
            axis="x", length=0, labelsize=min(SMALL, max(5.5, col_pt * 0.8)), labelcolor=TEXT
        )
