"""Chart builders shared by the screen and the PDF: ``draw_<name>(fig, snap, analysis, options)``.

Each draws on a :class:`matplotlib.figure.Figure` the caller made (never
pyplot, no Qt) and returns a :class:`ChartInfo` for hover and click.
``CHARTS`` (``registry.py``) is the one list of them, for the screen, the PDF and the
``stratplanner chart`` command;
``save_figure`` writes a figure to PNG, SVG or PDF atomically.
"""

from __future__ import annotations

from stratplanner.charts.bubbles import BubbleOptions, draw_value_cost
from stratplanner.charts.capacity import CapacityOptions, draw_capacity
from stratplanner.charts.common import ChartOptions
from stratplanner.charts.coverage import CoverageOptions, draw_objective_coverage
from stratplanner.charts.heatmap import HeatmapOptions, draw_alignment_heatmap
from stratplanner.charts.hits import ChartInfo, Hit, Region
from stratplanner.charts.investment import InvestmentOptions, draw_investment_mix
from stratplanner.charts.output import IMAGE_SUFFIXES, new_figure, save_figure
from stratplanner.charts.registry import (
    CHARTS,
    ChartKind,
    ChartRegistrationError,
    UnknownChartError,
    chart_kind,
    charts_needing,
    draw_chart,
    register,
)
from stratplanner.charts.roadmap import RoadmapOptions, draw_roadmap
from stratplanner.charts.style import A4_LANDSCAPE

__all__ = [
    "A4_LANDSCAPE",
    "CHARTS",
    "IMAGE_SUFFIXES",
    "BubbleOptions",
    "CapacityOptions",
    "ChartInfo",
    "ChartKind",
    "ChartOptions",
    "ChartRegistrationError",
    "CoverageOptions",
    "HeatmapOptions",
    "Hit",
    "InvestmentOptions",
    "Region",
    "RoadmapOptions",
    "UnknownChartError",
    "chart_kind",
    "charts_needing",
    "draw_alignment_heatmap",
    "draw_capacity",
    "draw_chart",
    "draw_investment_mix",
    "draw_objective_coverage",
    "draw_roadmap",
    "draw_value_cost",
    "new_figure",
    "register",
    "save_figure",
]
