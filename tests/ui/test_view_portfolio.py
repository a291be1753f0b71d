"""Portfolio view: weights tried live move ranks, saved as one undoable step; pins; WSJF."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import click_cell, on_disk, view_of
from PySide6.QtCore import Qt

from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views.portfolio import SENSITIVITY_COLUMN

pytestmark = pytest.mark.gui


def set_spin(qtbot: Any, spin: Any, value: float) -> None:
    """Type a weight like a user: select all, type, Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, f"{value:g}")
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_changing_a_weight_moves_ranks_without_touching_the_plan_then_saves_once(
    qtbot: Any, plan_window: MainWindow, sample_plan: Any
) -> None:
    view = view_of(plan_window, "portfolio")
    before = view.model.codes()
    assert len(before) > 3
    for code, spin in view.spins.items():
        set_spin(qtbot, spin, 10 if code == "VALUE" else 0)
    after = view.model.codes()
    assert after != before
    snap = plan_window.live.snapshot
    by_value = sorted(
        (i for i in snap.items if i.code in after),
        key=lambda i: (-(i.annual_value or 0), i.code),
    )
    assert after[0] == by_value[0].code  # only value counts now
    stored = {c.code: c.weight for c in on_disk(sample_plan).criteria}
    assert stored["VALUE"] == 3 and stored["ALIGN"] == 4  # nothing written yet
    assert view.save_button.isEnabled()

    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    stored = {c.code: c.weight for c in on_disk(sample_plan).criteria}
    assert stored["VALUE"] == 10 and stored["ALIGN"] == 0
    assert view.model.codes() == after
    assert not view.save_button.isEnabled()

    plan_window.undo_action.trigger()  # one step undoes every weight
    stored = {c.code: c.weight for c in on_disk(sample_plan).criteria}
    assert stored["VALUE"] == 3 and stored["ALIGN"] == 4
    assert view.model.codes() == before
    assert view.spins["VALUE"].value() == 3


def sensitivity_texts(view: Any) -> dict[str, str]:
    column = SENSITIVITY_COLUMN
    return {
        code: view.model.index(row, column).data() for row, code in enumerate(view.model.codes())
    }


def test_sensitivity_flags_only_items_that_cross_the_top_n_and_names_the_weight(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "portfolio")
    assert view.model.headerData(SENSITIVITY_COLUMN, Qt.Orientation.Horizontal) == (
        "±20% on one weight"
    )
    texts = sensitivity_texts(view)
    at_risk = {code for code, text in texts.items() if text != "Holds"}
    assert at_risk == {"PRICING", "PAY-TOKEN"}  # of 28; 22 ranks move a little, 2 decisions
    assert texts["PRICING"] == "At risk: out of top 10 if ALIGN +20%, VALUE −20%"
    assert texts["PAY-TOKEN"] == "At risk: into top 10 if ALIGN +20%, VALUE −20%"
    row = view.model.codes().index("PRICING")
    index = view.model.index(row, SENSITIVITY_COLUMN)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon as well as colour
    assert "ALIGN +20% drops it out of the top 10" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 items at risk" in view.summary.text()

    view.top_n.setFocus()
    view.top_n.selectAll()
    qtbot.keyClicks(view.top_n, "3")
    qtbot.keyClick(view.top_n, Qt.Key.Key_Return)
    at_risk = {code for code, text in sensitivity_texts(view).items() if text != "Holds"}
    assert at_risk == set()  # the top 3 hold under every single ±20% change
    assert "0 items at risk" in view.summary.text()


def test_sensitivity_flags_items_crossing_the_funded_set_of_a_budget_scenario(
    qtbot: Any, plan_window: MainWindow
) -> None:
    scenarios = view_of(plan_window, "scenarios")
    qtbot.keyClicks(scenarios.name, "Cap 80m")
    qtbot.keyClicks(scenarios.budget, "80m")
    qtbot.mouseClick(scenarios.add_button, Qt.MouseButton.LeftButton)
    view = view_of(plan_window, "portfolio")
    assert view.scenario.currentText() == "Cap 80m"  # the first capped scenario is drawn
    view.top_n.setValue(0)
    texts = sensitivity_texts(view)
    assert {code for code, text in texts.items() if text != "Holds"} == {
        "DEMAND-FC",
        "PRICING",
        "GENAI-CS",
    }
    assert texts["DEMAND-FC"].startswith("At risk: into funded set of “Cap 80m” if ALIGN +20%")


def test_pin_a_rank_with_a_reason_and_undo_it(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "portfolio")
    last_row = view.model.rowCount() - 1
    code = view.model.codes()[last_row]
    click_cell(qtbot, view.table, view.model.index(last_row, 1))
    view.pin_rank.setValue(1)
    qtbot.mouseClick(view.pin_button, Qt.MouseButton.LeftButton)  # no reason: refused
    assert view.model.codes()[0] != code
    qtbot.keyClicks(view.pin_reason, "Regulatory deadline")
    qtbot.mouseClick(view.pin_button, Qt.MouseButton.LeftButton)
    assert view.model.codes()[0] == code
    assert "Regulatory deadline" in view.model.index(0, view.model.columnCount() - 1).data()
    assert "Pin" in plan_window.undo_action.text()
    plan_window.undo_action.trigger()
    assert view.model.codes()[last_row] == code


def test_wsjf_ranks_by_cost_of_delay_over_job_size(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "portfolio")
    view.method.setFocus()
    view.method.setCurrentIndex(view.method.findData("wsjf"))
    assert view.model.ranking is not None and view.model.ranking.method == "wsjf"
    assert not view.weights_box.isEnabled()
    scores = [e.score for e in view.model.ranking.items if e.score is not None and e.pin is None]
    assert scores == sorted(scores, reverse=True)


def test_on_big_plans_sensitivity_follows_in_the_background(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "portfolio")
    view.background_above = 0  # treat the sample as big
    before = view.model.codes()
    set_spin(qtbot, view.spins["VALUE"], 10)
    assert view.model.codes() != before  # ranks move at once
    qtbot.waitUntil(lambda: not view.pending and bool(view.model.sensitivity))
    texts = sensitivity_texts(view)
    assert set(texts.values()) <= {"Holds"} | {t for t in texts.values() if "At risk" in t}
    assert "Holds" in texts.values()
    assert "at risk" in view.summary.text()
