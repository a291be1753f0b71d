"""Every chart by name, with its options type and the one choice ``--by`` sets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from matplotlib.figure import Figure

from stratplanner.analysis import PlanAnalysis
from stratplanner.charts.bubbles import BubbleOptions, draw_value_cost
from stratplanner.charts.capacity import VIEWS, CapacityOptions, draw_capacity
from stratplanner.charts.common import ChartOptions
from stratplanner.charts.coverage import LEVELS, CoverageOptions, draw_objective_coverage
from stratplanner.charts.heatmap import GROUP_KINDS, HeatmapOptions, draw_alignment_heatmap
from stratplanner.charts.hits import ChartInfo
from stratplanner.charts.investment import SPLITS, InvestmentOptions, draw_investment_mix
from stratplanner.charts.roadmap import LANE_KINDS, RoadmapOptions, draw_roadmap
from stratplanner.snapshot import PlanSnapshot


@dataclass(frozen=True)
class ChartKind:
    name: str
    title: str
    draw: Callable[..., ChartInfo]
    options: type[ChartOptions]
    by_field: str | None = None  # the options field ``--by`` sets
    by_choices: tuple[str, ...] = ()


CHARTS: dict[str, ChartKind] = {
    kind.name: kind
    for kind in (
        ChartKind(
            "roadmap", "Roadmap timeline", draw_roadmap, RoadmapOptions, "lane_by", LANE_KINDS
        ),
        ChartKind(
            "heatmap",
            "Alignment heatmap",
            draw_alignment_heatmap,
            HeatmapOptions,
            "group_by",
            GROUP_KINDS,
        ),
        ChartKind("bubbles", "Value against cost", draw_value_cost, BubbleOptions),
        ChartKind(
            "investment",
            "Investment mix",
            draw_investment_mix,
            InvestmentOptions,
            "split_by",
            SPLITS,
        ),
        ChartKind("capacity", "Team capacity", draw_capacity, CapacityOptions, "view", VIEWS),
        ChartKind(
            "coverage",
            "Objective coverage",
            draw_objective_coverage,
            CoverageOptions,
            "level",
            LEVELS,
        ),
    )
}


def draw_chart(
    name: str,
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: ChartOptions | None = None,
    **changes: Any,
) -> ChartInfo:
    """Draw chart ``name``; ``changes`` override fields of ``options`` (or of the defaults)."""
    kind = CHARTS[name]
    chosen = options if options is not None else kind.options()
    if changes:
        chosen = replace(chosen, **changes)
    return kind.draw(fig, snap, analysis, chosen)
