"""The partnership charts by name (issue 7), as ``ChartKind`` entries like ``registry.CHARTS``.

``stratplanner partnership-chart`` draws them; the GUI's partnership views and the PDF's
partnership section call the ``draw_*`` functions (or :func:`draw_partnership_chart`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from matplotlib.figure import Figure

from stratplanner.analysis import PlanAnalysis
from stratplanner.charts.common import ChartOptions
from stratplanner.charts.hits import ChartInfo
from stratplanner.charts.kpi_series import KINDS as KPI_KINDS
from stratplanner.charts.kpi_series import KpiSeriesOptions, draw_kpi_series
from stratplanner.charts.maturity import (
    TREND_VIEWS,
    MaturityGapOptions,
    MaturityRadarOptions,
    MaturityTrendOptions,
    draw_maturity_gaps,
    draw_maturity_radar,
    draw_maturity_trend,
)
from stratplanner.charts.process_investment import (
    LEVELS,
    ProcessInvestmentOptions,
    draw_process_investment,
)
from stratplanner.charts.registry import ChartKind
from stratplanner.snapshot import PlanSnapshot

PARTNERSHIP_CHARTS: dict[str, ChartKind] = {
    kind.name: kind
    for kind in (
        ChartKind("maturity", "Partnership maturity", draw_maturity_radar, MaturityRadarOptions),
        ChartKind(
            "maturity-trend",
            "Maturity over time",
            draw_maturity_trend,
            MaturityTrendOptions,
            "by",
            TREND_VIEWS,
        ),
        ChartKind(
            "maturity-gaps", "Gaps to target maturity", draw_maturity_gaps, MaturityGapOptions
        ),
        ChartKind("kpi-series", "KPI series", draw_kpi_series, KpiSeriesOptions, "kind", KPI_KINDS),
        ChartKind(
            "process-investment",
            "Investment by business process",
            draw_process_investment,
            ProcessInvestmentOptions,
            "level",
            LEVELS,
        ),
    )
}


def draw_partnership_chart(
    name: str,
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: ChartOptions | None = None,
    **changes: Any,
) -> ChartInfo:
    """Draw partnership chart ``name``; ``changes`` override fields of ``options``."""
    kind = PARTNERSHIP_CHARTS[name]
    chosen = options if options is not None else kind.options()
    if changes:
        chosen = replace(chosen, **changes)
    return kind.draw(fig, snap, analysis, chosen)


__all__ = ["PARTNERSHIP_CHARTS", "draw_partnership_chart"]
