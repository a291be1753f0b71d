"""Chart views, one per chart of ``stratplanner.charts``, registered without importing matplotlib.

matplotlib and the chart code load the first time a chart view is shown, so
they cost nothing at start-up. ``CHART_VIEWS`` names the charts of
``stratplanner.charts.CHARTS`` (a test keeps the two lists the same).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

#: (chart name, title), in the order of ``stratplanner.charts.CHARTS``.
CHART_VIEWS = (
    ("roadmap", "Roadmap timeline"),
    ("heatmap", "Alignment heatmap"),
    ("bubbles", "Value against cost"),
    ("investment", "Investment mix"),
    ("capacity", "Team capacity"),
    ("coverage", "Objective coverage"),
)


def chart_view(host: ViewHost, chart: str, parent: QWidget | None = None) -> PlanView:
    module = importlib.import_module("stratplanner.ui.chart_view")
    view: PlanView = module.ChartView(host, chart, parent)
    return view


for _order, (_name, _title) in enumerate(CHART_VIEWS, start=70):
    register_view(
        ViewSpec(
            f"chart_{_name}",
            _title,
            lambda host, chart=_name: chart_view(host, chart),
            icon="chart",
            tooltip=f"{_title}: the chart of the board pack; point at it for details, "
            "click to select, double-click to open",
            order=_order,
        )
    )
