"""Sequence view: the capacity-aware sequence beside the plan, accepted and undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, click_cell, on_disk, view_of
from PySide6.QtCore import Qt

from stratplanner.commands import DeleteRecord, UpdateRecord
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_accept_the_sequence_and_undo_it(
    qtbot: Any, plan_window: MainWindow, sample_plan: Path
) -> None:
    view = view_of(plan_window, "sequence")
    assert view.result is not None
    moved = {p.code: (str(p.start), str(p.end)) for p in view.result.moved}
    assert moved, "the sample plan has items that capacity delays"
    planned = {code: (str(by_code(on_disk(sample_plan).items, code).start),) for code in moved}
    qtbot.mouseClick(view.moved_only, Qt.MouseButton.LeftButton)
    assert {p.code for p in view.model.placements} == set(moved)
    code = next(iter(moved))
    row = next(r for r, p in enumerate(view.model.placements) if p.code == code)
    click_cell(qtbot, view.table, view.model.index(row, 1))
    assert code in view.why.text() and "Won't start" in view.why.text()

    assert view.accept_button.isEnabled()
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    disk = on_disk(sample_plan)
    for c, (start, end) in moved.items():
        item = by_code(disk.items, c)
        assert (str(item.start), str(item.end)) == (start, end)
    assert not view.result.moved
    assert not view.accept_button.isEnabled()
    assert "Accept sequenced roadmap" in plan_window.undo_action.text()

    plan_window.undo_action.trigger()  # one step puts every item back
    disk = on_disk(sample_plan)
    for c in moved:
        assert (str(by_code(disk.items, c).start),) == planned[c]
    assert {p.code for p in view.result.moved} == set(moved)


def test_enter_opens_the_item_in_the_roadmap(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "sequence")
    view.focus_main()
    item_id = view.current_item_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert plan_window.workspace.current_key() == "roadmap"
    assert plan_window.workspace.view("roadmap").table.current_id() == item_id


def test_without_teams_the_view_says_what_to_do(qtbot: Any, plan_window: MainWindow) -> None:
    live = plan_window.live
    for team in live.snapshot.teams:
        assert live.execute(DeleteRecord("team", team.id, force=True))
    view = view_of(plan_window, "sequence")
    assert view.stack.currentWidget() is view.empty
    assert "No teams yet" in view.empty.text() and "People & teams" in view.empty.text()
    assert not view.accept_button.isEnabled()


def test_a_big_plan_is_sequenced_in_the_background(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "sequence")
    first = view.result
    view.background_above = 0  # treat the sample as big
    qtbot.mouseClick(view.moved_only, Qt.MouseButton.LeftButton)  # no new run: same plan
    wms = by_code(plan_window.live.snapshot.items, "WMS")
    plan_window.live.execute(UpdateRecord("item", wms.id, {"title": "Warehouse platform"}))
    assert view.result is first and not view.accept_button.isEnabled()  # shown when done
    qtbot.waitUntil(lambda: not view.pending and view.result is not first)
    assert view.accept_button.isEnabled()
    assert "Warehouse platform" in {p.title for p in view.result.placements}
