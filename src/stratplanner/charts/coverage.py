"""Objective coverage: objectives ranked by support, unsupported ones called out.

A bar's length is the objective's support (Σ of link strengths from counted
items), split into its strong, moderate and weak links so a long bar of weak
links reads differently from a short strong one. Objectives with no link of
strength 2 or more are tinted and labelled in the warning colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from matplotlib.typing import ColorType

from stratplanner.analysis import ObjectiveSupport, PlanAnalysis
from stratplanner.analysis.alignment import objective_support
from stratplanner.analysis.selection import select_items, select_objectives
from stratplanner.charts.common import ChartOptions, analysis_for, subtitle
from stratplanner.charts.hits import ChartInfo, RectLayer
from stratplanner.charts.style import (
    FONT,
    GREY,
    MUTED_TEXT,
    STRENGTH_COLOURS,
    TEXT,
    WARNING,
    begin_figure,
    blend,
    empty_message,
    legend_below,
    style_axes,
    wrap_lines,
    wrap_to,
)
from stratplanner.i18n import translate
from stratplanner.snapshot import ObjectiveRec, PlanSnapshot

LEVELS = ("objectives", "themes")
ORDERS = ("descending", "ascending")


@dataclass(frozen=True)
class CoverageOptions(ChartOptions):
    level: str = "objectives"  # or "themes" (support rolled up)
    order: str = "descending"  # most supported first; unsupported ones end the list
    max_rows: int = 40  # beyond this, the best and the worst are shown with a gap between


def draw_objective_coverage(
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: CoverageOptions | None = None,
) -> ChartInfo:
    """Draw coverage; hits are objectives (themes are objectives too)."""
    options = options or CoverageOptions()
    if options.level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {options.level!r}")
    if options.order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {options.order!r}")
    analysis = analysis_for(snap, analysis)
    if options.filters.is_empty:
        support = dict(analysis.objective_support)
    else:
        support = objective_support(snap, select_items(snap, options.filters))
    objectives = select_objectives(snap, options.filters)
    if options.level == "themes":
        chosen = [o for o in objectives if o.parent_id is None]
    else:
        chosen = [
            o for o in objectives if not support[o.id].is_theme or support[o.id].direct_support
        ]
    ranked = sorted(chosen, key=lambda o: (-support[o.id].support, -o.weight, o.code))
    if options.order == "ascending":
        ranked.reverse()
    unsupported = [o for o in ranked if support[o.id].unsupported]
    themes = options.level == "themes"
    if themes:
        title = options.title or translate("Charts", "Coverage: themes ranked by IT support")
        unsupported_text = translate("Charts", "{count} of {total} themes unsupported")
    else:
        title = options.title or translate("Charts", "Coverage: objectives ranked by IT support")
        unsupported_text = translate("Charts", "{count} of {total} objectives unsupported")
    facts = [unsupported_text.format(count=len(unsupported), total=len(ranked))]
    limit = max(4, options.max_rows)
    if len(ranked) > limit:  # a chart that says N shows N: say which rows are drawn
        drawn = limit - 1
        facts.append(
            translate("Charts", "the top {top} and bottom {bottom} drawn").format(
                top=drawn // 2, bottom=drawn - drawn // 2
            )
        )
    begin_figure(fig, options.size, title, subtitle(snap, options, *facts))
    ax = fig.add_subplot()
    info = ChartInfo("coverage", title, axes=[ax], total=len(ranked))
    if not ranked:
        empty_message(ax, translate("Charts", "This plan has no objectives yet."))
        return info

    rows: list[ObjectiveRec | None] = list(ranked)
    hidden = 0
    if len(ranked) > limit:
        head = (limit - 1) // 2
        tail = limit - 1 - head
        hidden = len(ranked) - head - tail
        rows = [*ranked[:head], None, *ranked[-tail:]]
        left_out = (
            translate("Charts", "%n theme(s) in the middle of the ranking left out.", None, hidden)
            if themes
            else translate(
                "Charts", "%n objective(s) in the middle of the ranking left out.", None, hidden
            )
        )
        info.notes.append(left_out)
    info.shown = len(ranked) - hidden

    style_axes(ax, grid_axis="x")
    ax.spines["left"].set_visible(False)
    peak = max(1, *(support[o.id].support for o in ranked))
    verts: list[tuple[tuple[float, float], ...]] = []
    faces: list[ColorType] = []
    boxes: list[tuple[float, float, float, float]] = []
    ids: list[int] = []
    tips: list[str] = []
    tint = blend(WARNING, 0.8)
    labels = []
    width_in, height_in = fig.get_size_inches()
    row_pt = (height_in - 1.9) * 72 / len(rows)
    size = min(FONT, max(5.5, row_pt * 0.62))
    bar = 0.68
    names = [f"{o.code} {o.title}" if o is not None else "" for o in rows]
    wrapped, size = _fit_labels(names, width_in * 72 * 0.33, size, row_pt)
    for y, objective in enumerate(rows):
        if objective is None:
            labels.append(translate("Charts", "… {count} more …").format(count=hidden))
            continue
        s = support[objective.id]
        labels.append(wrapped[y])  # whole, wrapped; just the code when rows are too thin
        if s.unsupported:
            verts.append(((0, y - 0.5), (0, y + 0.5), (peak * 1.3, y + 0.5), (peak * 1.3, y - 0.5)))
            faces.append(tint)
        x = 0.0
        for strength, links in ((3, s.strong), (2, s.moderate), (1, s.weak)):
            width = strength * links
            if width:
                verts.append(
                    (
                        (x, y - bar / 2),
                        (x, y + bar / 2),
                        (x + width, y + bar / 2),
                        (x + width, y - bar / 2),
                    )
                )
                faces.append(STRENGTH_COLOURS[strength])
                x += width
        note = (
            f"{s.support}"
            if not s.unsupported
            else (
                translate("Charts", "{support} · only weak links").format(support=s.support)
                if s.weak
                else translate("Charts", "no IT support")
            )
        )
        ax.text(
            x + peak * 0.01,
            y,
            note,
            va="center",
            ha="left",
            fontsize=size,
            color=WARNING if s.unsupported else MUTED_TEXT,
            fontweight="bold" if s.unsupported else "normal",
        ).set_in_layout(False)
        boxes.append((0, y - 0.5, peak * 1.3, y + 0.5))
        ids.append(objective.id)
        tips.append(_tooltip(snap, objective, s))
    ax.add_collection(
        PolyCollection(verts, facecolors=faces, edgecolors="white", linewidths=0.5, zorder=2)
    )
    info.layers.append(RectLayer(ax, boxes, "objective", ids, tips))
    ax.set_xlim(0, peak * 1.3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # support is a whole number
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks(range(len(rows)), labels)
    ax.tick_params(axis="y", length=0, labelsize=size)
    for label in ax.get_yticklabels():
        label.set_linespacing(LABEL_LEADING)
    for label, objective in zip(ax.get_yticklabels(), rows, strict=True):
        if objective is None:
            label.set_color(MUTED_TEXT)
            label.set_fontstyle("italic")
        elif support[objective.id].unsupported:
            label.set_color(WARNING)
            label.set_fontweight("bold")
    ax.set_xlabel(
        # wrapped to the plot's width (the labels beside it take up to a third): a longer
        # language ran past the figure's right edge
        wrap_to(
            translate("Charts", "Support: sum of link strengths (strong 3, moderate 2, weak 1)"),
            width_in * 72 * 0.55,
            FONT,
        ),
        fontsize=FONT,
        color=TEXT,
    )
    legend_below(
        fig,
        [
            Patch(facecolor=STRENGTH_COLOURS[3], label=translate("Charts", "Strong links")),
            Patch(facecolor=STRENGTH_COLOURS[2], label=translate("Charts", "Moderate links")),
            Patch(
                facecolor=STRENGTH_COLOURS[1],
                edgecolor=GREY,
                linewidth=0.4,
                label=translate("Charts", "Weak links"),
            ),
            Patch(
                facecolor=tint,
                label=translate("Charts", "Unsupported: no link of strength 2 or more"),
            ),
        ],
    )
    return info


#: Line spacing of wrapped row labels (× size) and the smallest type they step down to.
LABEL_LEADING = 1.2
SMALLEST = 5.5


def label_lines_needed(names: list[str], width_pt: float, size: float) -> int:
    """The most lines any of ``names`` takes wrapped to ``width_pt`` (for sizing the figure)."""
    return max((len(wrap_lines(n, width_pt, size)) for n in names), default=1)


def _fit_labels(
    names: list[str], width_pt: float, size: float, row_pt: float
) -> tuple[list[str], float]:
    """Every name whole, wrapped to ``width_pt``, the type stepping down until the lines fit a
    row; rows too thin for that get the objective's code alone (never a cut name)."""
    for _ in range(4):
        most = label_lines_needed(names, width_pt, size)
        if most * size * LABEL_LEADING <= row_pt or size <= SMALLEST:
            break
        size = max(SMALLEST, row_pt / (most * LABEL_LEADING))
    wrapped = [wrap_lines(n, width_pt, size) for n in names]
    if max(len(w) for w in wrapped) * size * LABEL_LEADING > row_pt + 0.5:
        return [n.split(" ", 1)[0] for n in names], size
    return ["\n".join(w) for w in wrapped], size


def _tooltip(snap: PlanSnapshot, objective: ObjectiveRec, s: ObjectiveSupport) -> str:
    owner = snap.person_name(objective.owner_id)
    kind = translate("Charts", "Theme") if s.is_theme else translate("Charts", "Objective")
    lines = [
        f"{kind} {objective.code} — {objective.title}",
        translate(
            "Charts",
            "Weight {weight} · support {support}: {strong} strong, {moderate} moderate, "
            "{weak} weak links",
        ).format(
            weight=objective.weight,
            support=s.support,
            strong=s.strong,
            moderate=s.moderate,
            weak=s.weak,
        ),
    ]
    if owner:
        lines.append(translate("Charts", "Owner {name}").format(name=owner))
    if s.unsupported:
        lines.append(
            translate("Charts", "Unsupported: no item links to it with strength 2 or more")
        )

    return "\n".join(lines)
