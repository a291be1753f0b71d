"""Partnership maturity view: edit the grid, record an assessment, see the radar change;
turn a gap's practice into a roadmap item."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import QDate, Qt

from stratplanner.model.values import MATURITY_DIMENSION_LEVELS, MaturityDimension
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _radar_levels(view: Any) -> set[float]:
    values: set[float] = set()
    for ax in view.radar_info.axes:
        for line in ax.get_lines():
            values.update(float(y) for y in line.get_ydata())
    return values


def test_change_a_level_and_record_the_assessment(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "maturity")
    unit_id = view.unit_id()
    assert unit_id is not None
    snap = plan_window.live.snapshot
    before = len(snap.assessments_by_unit.get(unit_id, ()))
    dim = MaturityDimension.TRUST_DELIVERY.value
    spin = view.levels[dim]
    assert MATURITY_DIMENSION_LEVELS[MaturityDimension.TRUST_DELIVERY][1] in spin.toolTip()
    new_level = 4 if spin.value() != 4 else 1
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(new_level))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == new_level
    view.date.setDate(QDate(2031, 1, 15))
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)

    snap = plan_window.live.snapshot
    history = snap.assessments_by_unit[unit_id]
    assert len(history) == before + 1
    latest = history[-1]
    assert latest.assessed_on.isoformat() == "2031-01-15"
    assert snap.ratings_by_assessment[latest.id][dim].level == new_level
    assert float(new_level) in _radar_levels(view)
    assert "2031-01-15" in view.heading.text()
    assert view.heading.text().startswith(f"{before + 1} assessments; latest")

    plan_window.live.undo_stack.undo()
    assert len(plan_window.live.snapshot.assessments_by_unit.get(unit_id, ())) == before


def test_turn_a_gap_practice_into_a_roadmap_item(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "maturity")
    for index in range(view.unit.count()):
        view.unit.setCurrentIndex(index)
        if view.gap_buttons:
            break
    assert view.gap_buttons, "the sample plan has maturity gaps with practices not yet planned"
    button = view.gap_buttons[0]
    code = button.property("practice_code")
    items_before = len(plan_window.live.snapshot.items)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    snap = plan_window.live.snapshot
    assert len(snap.items) == items_before + 1
    added = [i for i in snap.items if i.code.startswith(code)]
    assert added and added[-1].business_unit_id == view.unit_id()
    plan_window.live.undo_stack.undo()
    assert len(plan_window.live.snapshot.items) == items_before
