"""Baselines view: save the plan under a name, remove it, both undoable."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import Qt

from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_save_remove_and_undo_a_baseline(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "baselines")
    assert view.stack.currentWidget() is view.empty
    view.name.setFocus()
    qtbot.keyClicks(view.name, "2027-Q1 review")
    qtbot.keyClicks(view.note, "Before the board")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert [b.name for b in plan_window.live.snapshot.baselines] == ["2027-Q1 review"]
    assert view.table.item(0, 0).text() == "2027-Q1 review"
    assert view.table.item(0, 3).text() == "Before the board"

    qtbot.keyClicks(view.name, "2027-Q1 review")  # the same name is refused
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert len(plan_window.live.snapshot.baselines) == 1

    view.table.setCurrentCell(0, 0)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert not plan_window.live.snapshot.baselines
    assert view.stack.currentWidget() is view.empty
    plan_window.undo_action.trigger()
    assert [b.name for b in plan_window.live.snapshot.baselines] == ["2027-Q1 review"]


def test_compare_a_baseline_with_the_plan_now(qtbot: Any, plan_window: MainWindow) -> None:
    from stratplanner.commands import UpdateRecord

    view = view_of(plan_window, "baselines")
    qtbot.keyClicks(view.name, "Before the offsite")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    snap = plan_window.live.snapshot
    item = next(i for i in snap.items if i.start is not None and i.status != "cancelled")
    moved_end = item.end + 2
    assert plan_window.live.execute(UpdateRecord("item", item.id, {"end": moved_end}))
    view.table.setCurrentCell(0, 0)
    assert view.compare_button.isEnabled()
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert view.changes.isVisible() or not view.isVisible()
    groups = {
        view.changes.topLevelItem(i).text(0): view.changes.topLevelItem(i)
        for i in range(view.changes.topLevelItemCount())
    }
    moved = next(g for title, g in groups.items() if title.startswith("Moved"))
    rows = [(moved.child(k).text(1), moved.child(k).text(3)) for k in range(moved.childCount())]
    assert any(label.startswith(item.code) and now.endswith(str(moved_end)) for label, now in rows)
