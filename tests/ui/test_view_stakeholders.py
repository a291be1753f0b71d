"""Stakeholders view: relationships listed; a sponsor marked as left with a successor chosen
in the dialog hands the item over in one step, undone through the window's Undo action."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stratplanner.analysis import partnership
from stratplanner.ui import view_stakeholders
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_relationships_are_listed(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    assert view.tree.topLevelItemCount() == len(snap.people)
    assert view.flags.topLevelItemCount() == len(partnership.sponsor_flags(snap))


def test_mark_a_sponsor_as_left_choosing_a_successor_then_undo(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    item = next(i for i in snap.items if i.sponsor_id and snap.person_by_id[i.sponsor_id].active)
    sponsor_id = item.sponsor_id
    assert view.select_person(sponsor_id)
    assert view.leave_button.isEnabled()
    key = ("item", item.id, "sponsor")
    chosen: dict[str, Any] = {}

    def drive(dialog: Any) -> bool:
        combo = dialog.successors[key]
        suggested = partnership.suggested_successors(snap, sponsor_id)
        assert combo.currentData() == suggested[0]  # prefilled with the best suggestion
        combo.setCurrentIndex(combo.findData(suggested[-1]))
        chosen["successor"] = suggested[-1]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(view_stakeholders, "run_dialog", drive)
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)

    assert "marked as left" in view.message.text(), view.message.text()
    after = plan_window.live.snapshot
    assert after.item_by_id[item.id].sponsor_id == chosen["successor"]
    assert not after.person_by_id[sponsor_id].active
    assert "(left)" in " ".join(
        view.tree.topLevelItem(n).text(0) for n in range(view.tree.topLevelItemCount())
    )

    plan_window.undo_action.trigger()
    undone = plan_window.live.snapshot
    assert undone.item_by_id[item.id].sponsor_id == sponsor_id
    assert undone.person_by_id[sponsor_id].active


def test_cancelling_the_dialog_changes_nothing(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    snap = plan_window.live.snapshot
    person = next(p for p in snap.people if p.active)
    view.select_person(person.id)
    monkeypatch.setattr(view_stakeholders, "run_dialog", lambda dialog: False)
    assert not view.mark_selected_left()
    assert plan_window.live.snapshot.person_by_id[person.id].active
