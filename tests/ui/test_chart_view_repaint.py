"""The Charts view after an edit in place: the chart is drawn again over its kept frame (the
texts and axes unchanged), and what the canvas holds is what a full render gives."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from gui_helpers import edit_cell_by_keyboard, row_of_code, view_of
from matplotlib.backends.backend_agg import FigureCanvasAgg

from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_an_edited_end_redraws_the_roadmap_over_its_kept_frame(
    qtbot: Any, plan_window: MainWindow
) -> None:
    charts = view_of(plan_window, "charts")
    assert charts.chart.currentData() == "roadmap"
    canvas = charts.canvas

    def move_end(quarter: str) -> np.ndarray:
        """Change an item's end in the roadmap table, come back to the chart, its pixels."""
        roadmap = view_of(plan_window, "roadmap")
        model, view = roadmap.table.model, roadmap.table.view
        index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("end"))
        edit_cell_by_keyboard(qtbot, view, index, quarter)
        view_of(plan_window, "charts").settle()
        return np.asarray(canvas.buffer_rgba()).copy()

    move_end("2027-Q2")  # the first edit may show the details panel: the canvas resizes once
    before = np.asarray(canvas.buffer_rgba()).copy()
    shown = move_end("2027-Q4")
    assert canvas.frames.last == "frame", "the roadmap's unchanged frame was rendered again"
    assert not np.array_equal(shown, before), "the longer bar is not on the canvas"
    FigureCanvasAgg.draw(canvas)
    assert np.array_equal(shown, np.asarray(canvas.buffer_rgba()))


def test_an_edit_redraws_on_the_next_turn_a_resize_waits_for_the_burst(
    qtbot: Any, plan_window: MainWindow
) -> None:
    """The planner waits to see an edit: its redraw is queued for the event loop's next turn;
    resizes and filter clicks still wait for the burst to end."""
    from stratplanner.ui.views.chart_explorer import EDIT_REDRAW_MS, REDRAW_MS

    charts = view_of(plan_window, "charts")
    charts.settle()
    charts.schedule()  # what a resize or a filter click does
    assert charts._timer.isActive() and charts._timer.interval() == REDRAW_MS
    charts.settle()
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("end"))
    edit_cell_by_keyboard(qtbot, view, index, "2027-Q3")
    charts = view_of(plan_window, "charts")
    charts.settle()
    plan_window.undo_action.trigger()  # the edit undone while the chart is in front
    assert charts._timer.isActive() and charts._timer.interval() == EDIT_REDRAW_MS == 0
