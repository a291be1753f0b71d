"""Adoption & outcomes view: KPIs with latest against target; a KPI's actuals added, changed
and deleted as undoable steps; bad dates, repeated dates and non-numbers refused with a
sentence and nothing lost; the done-but-not-adopted call-outs lead to their item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, click_cell, edit_cell_by_keyboard, on_disk, view_of
from matplotlib.dates import date2num
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from stratplanner.analysis.adoption import adoption_callouts
from stratplanner.cli.main import main
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views.adoption import (
    DATE_COL,
    NOTE_COL,
    VALUE_COL,
)

pytestmark = pytest.mark.gui


def _open_kpi(window: MainWindow, code: str) -> Any:
    view = view_of(window, "adoption")
    kpi = by_code(window.live.snapshot.kpis, code)
    assert view.select_kpi(kpi.id)
    assert view.kpi_id() == kpi.id
    return view, kpi


def _actuals(window: MainWindow, kpi_id: int) -> list[tuple[str, float]]:
    snap = window.live.snapshot
    return [(a.measured_on.isoformat(), a.value) for a in snap.actuals_by_kpi.get(kpi_id, [])]


def _type_actual(qtbot: Any, view: Any, when: str, value: str) -> None:
    for field, text in ((view.new_date, when), (view.new_value, value)):
        field.clear()
        qtbot.keyClicks(field, text)


def _chart_points(view: Any) -> int:
    return sum(1 for region in view.info.regions() if region.kind == "kpi_actual")


def test_the_view_lists_every_kpi_by_kind_with_latest_and_target(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "adoption")
    snap = plan_window.live.snapshot
    groups = [view.kpi_list.topLevelItem(n) for n in range(view.kpi_list.topLevelItemCount())]
    assert [g.text(0).split(" (")[0] for g in groups] == ["Business outcomes", "IT service metrics"]
    assert sum(g.childCount() for g in groups) == len(snap.kpis)
    uptime = next(
        groups[1].child(n) for n in range(groups[1].childCount()) if "availability" in
        groups[1].child(n).text(0)
    )  # fmt: skip
    assert uptime.text(1) == "99.93%" and uptime.text(2) == "99.95%"
    assert "below target" in uptime.text(3)

    view.kind_filter.setCurrentIndex(view.kind_filter.findData("it_service"))
    assert view.kpi_list.topLevelItemCount() == 1
    it_metrics = [k for k in snap.kpis if k.kind == "it_service"]
    assert view.kpi_list.topLevelItem(0).childCount() == len(it_metrics)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("adoption"))
    groups = [view.kpi_list.topLevelItem(n) for n in range(view.kpi_list.topLevelItemCount())]
    shown = {g.child(n).text(0) for g in groups for n in range(g.childCount())}
    assert shown == {k.name for k in snap.kpis if k.adoption}


def test_add_an_actual_then_undo(qtbot: Any, plan_window: MainWindow, sample_plan: Path) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    before = _actuals(plan_window, kpi.id)
    points = _chart_points(view)
    assert view.new_date.text() == "2027-09-30"  # the quarterly rhythm of the series
    _type_actual(qtbot, view, "2027-09-30", "34")
    qtbot.keyClicks(view.new_note, "after the loyalty relaunch")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)

    assert "Recorded 34 NPS" in view.message.text(), view.message.text()
    assert _actuals(plan_window, kpi.id) == [*before, ("2027-09-30", 34.0)]
    stored = on_disk(sample_plan)
    assert stored.kpi_by_id[kpi.id].actual == 34.0
    assert stored.actuals_by_kpi[kpi.id][-1].note == "after the loyalty relaunch"
    assert view.actuals.rowCount() == len(before) + 1
    assert _chart_points(view) == points + 1
    assert view.new_value.text() == "" and view.new_date.text() == "2027-12-31"

    plan_window.undo_action.trigger()
    assert _actuals(plan_window, kpi.id) == before
    assert on_disk(sample_plan).kpi_by_id[kpi.id].actual == 33.0


def test_a_backdated_actual_is_placed_in_date_order(qtbot: Any, plan_window: MainWindow) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    _type_actual(qtbot, view, "2027-01-31", "31.5")
    qtbot.keyClick(view.new_value, Qt.Key.Key_Return)
    assert "earlier than the latest actual (2027-06-30)" in view.message.text()
    dates = [d for d, _v in _actuals(plan_window, kpi.id)]
    assert dates == sorted(dates) and "2027-01-31" in dates
    assert plan_window.live.snapshot.kpi_by_id[kpi.id].actual == 33.0  # the latest is unchanged


@pytest.mark.parametrize(
    ("when", "value", "expected"),
    [
        ("2027-13-01", "34", '"2027-13-01" is not a date; write it as YYYY-MM-DD'),
        ("30/09/2027", "34", '"30/09/2027" is not a date'),
        ("2027-06-30", "34", "already has an actual dated 2027-06-30 (33)"),
        ("2027-09-30", "about 34", '"about 34" is not a number'),
        ("2027-09-30", "", "Give the value of the actual in NPS as a number"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_kept(
    qtbot: Any, plan_window: MainWindow, when: str, value: str, expected: str
) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    before = _actuals(plan_window, kpi.id)
    depth = plan_window.live.undo_stack.count()
    _type_actual(qtbot, view, when, value)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert expected in view.message.text(), view.message.text()
    assert "Nothing was recorded" in view.message.text()
    assert _actuals(plan_window, kpi.id) == before
    assert plan_window.live.undo_stack.count() == depth
    assert (view.new_date.text(), view.new_value.text()) == (when, value)  # nothing lost


def test_change_a_value_in_the_table_then_undo(
    qtbot: Any, plan_window: MainWindow, sample_plan: Path
) -> None:
    view, kpi = _open_kpi(plan_window, "K-WALLET-ADOPT")
    last = view.actuals.rowCount() - 1
    edit_cell_by_keyboard(qtbot, view.actuals, view.actuals.model().index(last, VALUE_COL), "36")
    qtbot.waitUntil(lambda: _actuals(plan_window, kpi.id)[-1] == ("2027-06-30", 36.0))
    assert on_disk(sample_plan).kpi_by_id[kpi.id].actual == 36.0
    # On target now: the CHECKOUT call-out is gone.
    assert not any(c.kpi_id == kpi.id for c in adoption_callouts(plan_window.live.snapshot))
    assert "CHECKOUT" not in view.callouts.item(0).text()
    plan_window.undo_action.trigger()
    assert _actuals(plan_window, kpi.id)[-1] == ("2027-06-30", 24.0)
    assert on_disk(sample_plan).kpi_by_id[kpi.id].actual == 24.0
    assert "CHECKOUT" in view.callouts.item(0).text()


def test_change_a_date_and_a_note_in_the_table(qtbot: Any, plan_window: MainWindow) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    first = view.actuals.model().index(0, DATE_COL)
    edit_cell_by_keyboard(qtbot, view.actuals, first, "2026-10-15")
    qtbot.waitUntil(lambda: _actuals(plan_window, kpi.id)[0] == ("2026-10-15", 31.0))
    edit_cell_by_keyboard(
        qtbot, view.actuals, view.actuals.model().index(0, NOTE_COL), "survey moved"
    )
    qtbot.waitUntil(
        lambda: plan_window.live.snapshot.actuals_by_kpi[kpi.id][0].note == "survey moved"
    )
    plan_window.undo_action.trigger()
    plan_window.undo_action.trigger()
    assert _actuals(plan_window, kpi.id)[0] == ("2026-09-30", 31.0)


def test_a_date_already_taken_or_not_a_date_is_refused_in_the_table(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    before = _actuals(plan_window, kpi.id)
    depth = plan_window.live.undo_stack.count()
    cell = view.actuals.model().index(0, DATE_COL)
    edit_cell_by_keyboard(qtbot, view.actuals, cell, "2026-12-31")
    qtbot.waitUntil(lambda: "already has an actual dated 2026-12-31" in view.message.text())
    assert "The actual of 2026-09-30 is unchanged" in view.message.text()
    assert view.actuals.item(0, DATE_COL).text() == "2026-09-30"
    edit_cell_by_keyboard(qtbot, view.actuals, view.actuals.model().index(1, VALUE_COL), "n/a")
    qtbot.waitUntil(lambda: '"n/a" is not a number' in view.message.text())
    assert view.actuals.item(1, VALUE_COL).text() == "30"
    assert _actuals(plan_window, kpi.id) == before
    assert plan_window.live.undo_stack.count() == depth


def test_delete_an_actual_then_undo(qtbot: Any, plan_window: MainWindow, sample_plan: Path) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    before = _actuals(plan_window, kpi.id)
    last = view.actuals.rowCount() - 1
    click_cell(qtbot, view.actuals, view.actuals.model().index(last, DATE_COL))
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _actuals(plan_window, kpi.id) == before[:-1]
    assert on_disk(sample_plan).kpi_by_id[kpi.id].actual == before[-2][1]  # latest moved back
    assert "Undo brings them back" in view.message.text()
    plan_window.undo_action.trigger()
    assert _actuals(plan_window, kpi.id) == before
    assert on_disk(sample_plan).kpi_by_id[kpi.id].actual == before[-1][1]


def test_edit_delete_acts_on_the_actuals_table_only_when_it_has_the_focus(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    view.kpi_list.setFocus()
    qtbot.waitUntil(lambda: view.record_actions() is None)
    click_cell(qtbot, view.actuals, view.actuals.model().index(0, DATE_COL))
    qtbot.waitUntil(lambda: view.record_actions() is not None)
    actions = view.record_actions()
    assert actions.kind == "kpi_actual" and len(actions.selected_ids()) == 1
    before = _actuals(plan_window, kpi.id)
    actions.delete_selected()
    assert _actuals(plan_window, kpi.id) == before[1:]


def test_several_actuals_out_of_order_are_refused_then_recorded_in_one_step(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view, kpi = _open_kpi(plan_window, "K-NPS")
    before = _actuals(plan_window, kpi.id)
    qtbot.mouseClick(view.several_toggle, Qt.MouseButton.LeftButton)
    assert view.several.isVisible()
    pasted = "Date\tValue\n2027-12-31\t36\n2027-09-30\t34"
    view.several.setPlainText(pasted)
    qtbot.mouseClick(view.record_several_button, Qt.MouseButton.LeftButton)
    assert "list actuals oldest first" in view.message.text(), view.message.text()
    assert view.several.toPlainText() == pasted  # nothing lost
    assert _actuals(plan_window, kpi.id) == before

    view.several.setPlainText("2027-09-30\t34\n2027-09-30\t35")
    qtbot.mouseClick(view.record_several_button, Qt.MouseButton.LeftButton)
    assert "appears twice" in view.message.text()

    view.several.setPlainText("2027-09-30\t34\n2027-12-31\t36\trelaunch")
    qtbot.mouseClick(view.record_several_button, Qt.MouseButton.LeftButton)
    assert _actuals(plan_window, kpi.id)[-2:] == [("2027-09-30", 34.0), ("2027-12-31", 36.0)]
    assert view.several.toPlainText() == ""
    plan_window.undo_action.trigger()  # one step
    assert _actuals(plan_window, kpi.id) == before


def test_a_kpi_without_actuals_says_how_to_start(qtbot: Any, plan_window: MainWindow) -> None:
    view, _kpi = _open_kpi(plan_window, "K-MKT-GMV")
    assert view.chart_stack.currentWidget() is view.chart_note
    assert "no dated actuals yet" in view.chart_note.text()
    assert view.actuals.rowCount() == 0


def test_callouts_name_the_done_item_below_its_adoption_target(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "adoption")
    snap = plan_window.live.snapshot
    checkout = by_code(snap.items, "CHECKOUT")
    wallet = by_code(snap.kpis, "K-WALLET-ADOPT")
    assert view.callouts.count() == len(adoption_callouts(snap)) == 1
    row = view.callouts.item(0)
    assert 'Item CHECKOUT "One-page checkout and wallet payments" is done' in row.text()
    assert "Delivered is not the same as successful" in row.text()

    view.kind_filter.setCurrentIndex(view.kind_filter.findData("it_service"))  # hides it
    row = view.callouts.item(0)
    qtbot.mouseClick(
        view.callouts.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.callouts.visualItemRect(row).center(),
    )
    assert view.kpi_id() == wallet.id
    assert plan_window.workspace.details._kind == "item"
    assert plan_window.workspace.details._key == checkout.id

    qtbot.mouseDClick(
        view.callouts.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.callouts.visualItemRect(row).center(),
    )
    assert plan_window.workspace.current_key() != "adoption"
    assert plan_window.workspace.details._key == checkout.id


def test_an_empty_plan_says_what_to_do(qtbot: Any, window: MainWindow, empty_plan: Path) -> None:
    assert window.open_path(empty_plan)
    view = view_of(window, "adoption")
    assert view.pages.currentIndex() == 1
    assert "no KPIs yet" in view.empty.text()
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_key() == "kpis"


def test_the_screenshot_command_renders_the_view(
    qapp: Any, sample_plan: Path, tmp_path: Path
) -> None:
    out = tmp_path / "adoption.png"
    args = ["screenshot", str(sample_plan), "--view", "adoption", "-o", str(out)]
    assert main([*args, "--size", "1280x720"]) == 0
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1280, 720)


def test_clicking_a_point_of_the_chart_selects_its_actual(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view, kpi = _open_kpi(plan_window, "K-WALLET-ADOPT")
    view.settle()
    view.canvas.draw()
    actual = plan_window.live.snapshot.actuals_by_kpi[kpi.id][1]
    x, y = view.canvas.widget_point(
        view.info.axes[0], float(date2num(actual.measured_on)), actual.value
    )
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert view.selected_actual_ids() == [actual.id]
