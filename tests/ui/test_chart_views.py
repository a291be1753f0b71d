"""Chart views: drawn from the plan, redrawn after an edit, pointing and clicking at records."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_code, view_of
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from stratplanner.charts import CHARTS
from stratplanner.commands import UpdateRecord
from stratplanner.ui.chart_view import ChartView
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.view_charts import CHART_VIEWS

pytestmark = pytest.mark.gui


def item_point(view: ChartView, item_id: int) -> QPoint:
    """Where on the canvas (widget pixels) the chart drew the item."""
    assert view.info is not None
    region = next(r for r in view.info.regions() if r.kind == "item" and r.id == item_id)
    x0, y0, x1, y1 = region.bbox
    x, y = region.axes.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2))
    ratio = view.canvas.devicePixelRatioF()
    return QPoint(round(x / ratio), round(view.canvas.height() - y / ratio))


def test_the_app_lists_every_chart_of_the_charts_package() -> None:
    assert list(CHART_VIEWS) == [(name, kind.title) for name, kind in CHARTS.items()]


def test_every_chart_draws_for_the_plan(qtbot: Any, plan_window: MainWindow) -> None:
    charts = [s.key for s in plan_window.workspace.specs if s.key.startswith("chart_")]
    assert len(charts) >= 6
    for key in charts:
        view = view_of(plan_window, key)
        qtbot.waitUntil(lambda v=view: v.info is not None)
        assert view.info.axes, key


def test_clicking_a_bar_selects_the_item_and_a_double_click_opens_it(
    qtbot: Any, plan_window: MainWindow
) -> None:
    timeline = view_of(plan_window, "chart_roadmap")
    qtbot.waitUntil(lambda: timeline.info is not None)
    wms = by_code(plan_window.live.snapshot.items, "WMS")
    point = item_point(timeline, wms.id)
    qtbot.mouseMove(timeline.canvas, point)
    assert "WMS" in QToolTip.text() or "Warehouse" in QToolTip.text()
    qtbot.mouseClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=point)
    details = plan_window.workspace.details
    assert (details.kind, details.key) == ("item", wms.id)
    qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert plan_window.workspace.current_key() == "roadmap"
    assert plan_window.workspace.view("roadmap").table.current_id() == wms.id


def test_an_edit_redraws_the_chart_and_the_arrangement_can_change(
    qtbot: Any, plan_window: MainWindow
) -> None:
    timeline = view_of(plan_window, "chart_roadmap")
    qtbot.waitUntil(lambda: timeline.info is not None)
    first = timeline.info
    wms = by_code(plan_window.live.snapshot.items, "WMS")
    plan_window.live.execute(UpdateRecord("item", wms.id, {"title": "Warehouse platform"}))
    qtbot.waitUntil(lambda: timeline.info is not first)
    assert any("Warehouse platform" in r.tooltip for r in timeline.info.regions())
    lanes = timeline.info.title
    timeline.by.setCurrentIndex(timeline.by.findData("category"))
    assert timeline.info.title != lanes
