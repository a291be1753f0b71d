"""Budget scenarios view: add scenarios like a user, compare them side by side, undo."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import Qt

from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views.scenarios import ROWS, ScenariosView, parse_budget

pytestmark = pytest.mark.gui


def add(qtbot: Any, view: ScenariosView, name: str, budget: str) -> None:
    view.name.setFocus()
    qtbot.keyClicks(view.name, name)
    qtbot.keyClicks(view.budget, budget)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)


def compared(qtbot: Any, view: ScenariosView, count: int) -> None:
    qtbot.waitUntil(
        lambda: (
            view.comparison is not None
            and len(view.comparison.deltas) == count
            and not view.task.running
        )
    )


def test_scenarios_compared_side_by_side_and_undone(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "scenarios")
    assert view.stack.currentWidget() is view.empty
    assert "No budget scenarios yet" in view.empty.text()

    add(qtbot, view, "Full ask", "")
    compared(qtbot, view, 1)
    add(qtbot, view, "Tight", "80m")
    compared(qtbot, view, 2)
    assert [view.table.horizontalHeaderItem(c).text() for c in range(2)] == ["Full ask", "Tight"]
    budget_row = ROWS.index("Budget")
    assert "80.0 m" in view.table.item(budget_row, 1).text()
    funded = ROWS.index("Items funded")
    assert int(view.table.item(funded, 1).text()) <= int(view.table.item(funded, 0).text())

    plan_window.undo_action.trigger()
    compared(qtbot, view, 1)
    assert len(plan_window.live.snapshot.scenarios) == 1


def test_an_unreadable_budget_is_refused_in_place(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "scenarios")
    add(qtbot, view, "Odd", "lots")
    assert not plan_window.live.snapshot.scenarios
    assert view.name.text() == "Odd"  # kept so it can be fixed


def test_parse_budget() -> None:
    assert parse_budget("4.5m") == 4_500_000
    assert parse_budget("800k") == 800_000
    assert parse_budget("1,200,000") == 1_200_000
    assert parse_budget(" ") is None
    with pytest.raises(ValueError):
        parse_budget("-5")
