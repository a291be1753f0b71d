"""Portfolio view: weights tried live move ranks, saved as one undoable step; pins; WSJF."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import click_cell, on_disk, view_of
from PySide6.QtCore import Qt

from stratplanner.ui.main_window import MainWindow

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


def test_sensitivity_says_which_ranks_flip(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "portfolio")
    last = view.model.columnCount() - 1
    texts = [view.model.index(r, last).data() for r in range(view.model.rowCount())]
    assert all(t == "Robust" or t.startswith("Flips") for t in texts)
    assert "robust" in view.summary.text()


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
    assert "Regulatory deadline" in view.model.index(0, view.model.columnCount() - 2).data()
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
    last = view.model.columnCount() - 1
    assert (
        view.model.index(0, last).data() in ("Robust",)
        or "Flips" in view.model.index(0, last).data()
    )
    assert "robust" in view.summary.text()
