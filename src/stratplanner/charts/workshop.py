"""A workshop round's result: the options ranked, and business and IT side by side.

The projector, the facilitator console and the outcome PDF draw the same
figure. Options are named by title (wrapped), never by code alone; with
results by side each side's bar is its share of what that side gave, so a
side with more voters does not look more certain; the options the two
sides differ on most are marked and explained under the plot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from stratplanner.analysis.workshop import Disagreement, RoundResult
from stratplanner.charts.hits import ChartInfo, RectLayer
from stratplanner.charts.style import (
    BLUE,
    FONT,
    GREEN,
    MUTED_TEXT,
    ORANGE,
    TEXT,
    begin_figure,
    empty_message,
    legend_below,
    money_scale,
    style_axes,
    wrap,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, translate

#: English; translated where drawn.
SIDE_NAMES = {
    "business": QT_TRANSLATE_NOOP("Charts", "Business"),
    "it": QT_TRANSLATE_NOOP("Charts", "IT"),
}
SIDE_COLOURS = {"business": ORANGE, "it": BLUE}
SCORE_WORDS = {
    "dots": QT_TRANSLATE_NOOP("Charts", "dots"),
    "points": QT_TRANSLATE_NOOP("Charts", "points"),
    "moscow": QT_TRANSLATE_NOOP("Charts", "average (must = 3, should = 2, could = 1, won't = 0)"),
    "pairwise": QT_TRANSLATE_NOOP("Charts", "pairs won"),
    "criteria": QT_TRANSLATE_NOOP("Charts", "weighted score of the group's medians"),
    "budget": QT_TRANSLATE_NOOP("Charts", "amount pledged"),
}


@dataclass(frozen=True)
class RoundChart:
    """What to draw: the round's words and its results (from ``analysis.workshop``)."""

    question: str
    method: str
    titles: Mapping[str, str]  # option code → title
    result: RoundResult
    by_side: Mapping[str, RoundResult] | None = None
    disagreements: Sequence[Disagreement] = ()
    size: tuple[float, float] | None = None
    money: str = ""  # currency for budget rounds
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: The figure's title; None = the question (the PDF, which prints the question above).
    title: str | None = None


def _score_text(method: str, score: float, money: str, peak: float = 0.0) -> str:
    if method in ("dots", "points"):
        return format_number(score, 0)
    if method == "budget":
        return money_scale(peak, money).text(score)
    return format_number(round(score, 2)) if score else "0"


def _share(result: RoundResult, code: str) -> float:
    total = sum(max(0.0, r.score) for r in result.results)
    score = next((r.score for r in result.results if r.code == code), 0.0)
    return max(0.0, score) / total if total else 0.0


def draw_round_results(fig: Figure, chart: RoundChart) -> ChartInfo:
    """Draw the ranking (and business against IT where shown); hits are options."""
    result = chart.result
    counted = result.ballots - result.abstentions
    facts = [translate("Charts", "%n ballot(s)", None, counted)]
    abstentions = result.abstentions
    if abstentions:
        facts.append(translate("Charts", "%n abstention(s)", None, abstentions))
    word = SCORE_WORDS.get(chart.method)
    facts.append(
        translate("Charts", "score: {what}").format(
            what=translate("Charts", word) if word else translate("Charts", "score")
        )
    )
    title = (
        chart.title
        if chart.title is not None
        else (chart.question or translate("Charts", "Round results"))
    )
    begin_figure(fig, chart.size, title, " · ".join(facts))
    sides = [
        s
        for s in ("business", "it")
        if chart.by_side
        and s in chart.by_side
        and chart.by_side[s].ballots > chart.by_side[s].abstentions
    ]
    columns = 1 + (1 if sides else 0)
    axes = [fig.add_subplot(1, columns, 1)]
    if sides:
        axes.append(fig.add_subplot(1, columns, 2, sharey=axes[0]))
    info = ChartInfo("workshop", title, axes=list(axes), total=len(result.results))
    if not result.results or counted == 0:
        for ax in axes:
            empty_message(
                ax,
                translate("Charts", "No ballots yet.")
                if not result.ballots
                else translate("Charts", "Everyone abstained."),
            )
        return info

    ordered = sorted(result.results, key=lambda r: (r.rank, list(result.results).index(r)))
    rows = len(ordered)
    width_in, height_in = fig.get_size_inches()
    row_pt = max(6.0, (height_in - 1.6) * 72 / rows)
    size = min(FONT + 1, max(6.0, row_pt * 0.42))
    chars = max(16, min(44, int(width_in * 72 * (0.26 if sides else 0.36) / (size * 0.6))))
    lines = max(1, min(3, int(row_pt / (size * 1.1))))
    labels = [
        f"{r.rank}. " + wrap(chart.titles.get(r.code, r.code) or r.code, chars, lines)
        for r in ordered
    ]
    gaps = {d.code for d in chart.disagreements}
    ax = axes[0]
    style_axes(ax, grid_axis="x")
    ax.spines["left"].set_visible(False)
    peak = max((r.score for r in ordered), default=0.0) or 1.0
    boxes = []
    for y, r in enumerate(ordered):
        ax.barh(y, max(0.0, r.score), height=0.66, color=GREEN)
        ax.text(
            max(0.0, r.score) + peak * 0.01,
            y,
            _score_text(chart.method, r.score, chart.money, peak),
            va="center",
            ha="left",
            fontsize=size,
            color=TEXT,
        )
        boxes.append((0.0, y - 0.33, max(0.0, r.score), y + 0.33))
    ax.set_yticks(range(rows), labels, fontsize=size)
    for tick, r in zip(ax.get_yticklabels(), ordered, strict=True):
        if r.code in gaps:
            tick.set_fontweight("bold")
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_xlim(0, peak * 1.3)
    if chart.method in ("dots", "points", "pairwise"):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if chart.method == "budget":
        scale = money_scale(peak, chart.money)
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _pos: format_number(float(f"{scale(v):.3g}")))
        )
        ax.set_xlabel(scale.unit, fontsize=FONT, color=MUTED_TEXT)
    ax.set_title(translate("Charts", "Everyone"), fontsize=FONT + 1, color=TEXT, loc="left")
    info.layers.append(
        RectLayer(
            ax,
            boxes,
            "option",
            [r.code for r in ordered],
            [f"{chart.titles.get(r.code, r.code)}: {r.detail or r.score}" for r in ordered],
        )
    )
    if sides and chart.by_side:
        right = axes[1]
        style_axes(right, grid_axis="x")
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", left=False, labelleft=False)
        height = 0.66 / len(sides)
        for k, side in enumerate(sides):
            shares = [_share(chart.by_side[side], r.code) * 100 for r in ordered]
            offset = -0.33 + height * (k + 0.5)
            right.barh(
                [y + offset for y in range(rows)],
                shares,
                height=height * 0.92,
                color=SIDE_COLOURS[side],
            )
        right.set_xlim(
            0,
            max(5.0, *(_share(chart.by_side[s], r.code) * 100 for s in sides for r in ordered))
            * 1.12,
        )
        right.set_xlabel(
            translate("Charts", "share of each side's votes (%)"), fontsize=FONT, color=MUTED_TEXT
        )
        voters = {s: chart.by_side[s].ballots - chart.by_side[s].abstentions for s in sides}
        right.set_title(
            translate("Charts", "Business and IT"), fontsize=FONT + 1, color=TEXT, loc="left"
        )
        handles = [
            Patch(
                color=SIDE_COLOURS[s],
                label=translate("Charts", "{side} ({count} voting)").format(
                    side=translate("Charts", SIDE_NAMES[s]), count=voters[s]
                ),
            )
            for s in sides
        ]
        legend_below(fig, handles)
    if chart.disagreements:
        first = chart.disagreements[0]
        name = chart.titles.get(first.code, first.code)
        info.notes.append(
            translate(
                "Charts",
                "Where we disagree most: {option} — business {business}, IT {it} of each side's "
                "votes (in bold).",
            ).format(
                option=name, business=format_percent(first.business), it=format_percent(first.it)
            )
        )
    elif sides:
        info.notes.append(
            translate("Charts", "Business and IT give each option about the same share.")
        )

    info.notes.extend(chart.notes)
    return info
