"""The alignment matrix by keyboard, transposing, and editing in the details panel."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_code, click_cell, on_disk, row_of_code, view_of
from PySide6.QtCore import Qt

from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def cell(view: Any, objective: str, item: str) -> Any:
    snap = view.live.snapshot
    return view.model.index_of_pair(
        by_code(snap.objectives, objective).id, by_code(snap.items, item).id
    )


def strength_on_disk(window: MainWindow, objective: str, item: str) -> int:
    snap = on_disk(window.live.document.path)
    o, i = by_code(snap.objectives, objective).id, by_code(snap.items, item).id
    return next((x.strength for x in snap.links if (x.objective_id, x.item_id) == (o, i)), 0)


def test_typing_a_digit_in_a_cell_links_and_zero_unlinks(
    qtbot: Any, plan_window: MainWindow
) -> None:
    matrix = view_of(plan_window, "alignment")
    index = cell(matrix, "T3.3", "INTRANET")
    click_cell(qtbot, matrix.table, index)
    qtbot.keyClick(matrix.table, Qt.Key.Key_3)
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 3
    assert cell(matrix, "T3.3", "INTRANET").data() == "3"
    assert plan_window.undo_action.text().replace("&", "") == "Undo Link INTRANET to T3.3 (strong)"
    qtbot.keyClick(matrix.table, Qt.Key.Key_1)
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 1
    qtbot.keyClick(matrix.table, Qt.Key.Key_Delete)
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 0
    plan_window.undo_action.trigger()
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 1


def test_several_cells_change_in_one_undo_step(qtbot: Any, plan_window: MainWindow) -> None:
    matrix = view_of(plan_window, "alignment")
    first, last = cell(matrix, "T3.3", "INTRANET"), cell(matrix, "T3.4", "INTRANET")
    click_cell(qtbot, matrix.table, first)
    qtbot.mouseClick(
        matrix.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        matrix.table.visualRect(last).center(),
    )
    qtbot.keyClick(matrix.table, Qt.Key.Key_2)
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 2
    assert strength_on_disk(plan_window, "T3.4", "INTRANET") == 2
    plan_window.undo_action.trigger()
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 0
    assert strength_on_disk(plan_window, "T3.4", "INTRANET") == 0


def test_transposing_keeps_the_current_cell(qtbot: Any, plan_window: MainWindow) -> None:
    matrix = view_of(plan_window, "alignment")
    click_cell(qtbot, matrix.table, cell(matrix, "T1.1", "CHECKOUT"))
    rows = matrix.model.rowCount()
    qtbot.mouseClick(matrix.transpose_button, Qt.MouseButton.LeftButton)
    assert matrix.model.transposed and matrix.model.columnCount() == rows
    snap = plan_window.live.snapshot
    current = matrix.model.pair(matrix.table.currentIndex())
    assert current == (by_code(snap.objectives, "T1.1").id, by_code(snap.items, "CHECKOUT").id)


def test_the_rationale_is_edited_in_the_details_panel(qtbot: Any, plan_window: MainWindow) -> None:
    matrix = view_of(plan_window, "alignment")
    details = plan_window.workspace.details
    click_cell(qtbot, matrix.table, cell(matrix, "T1.1", "CHECKOUT"))
    rationale = details.editor("rationale")
    assert details.kind == "link"
    assert rationale.toPlainText() == "Conversion is the biggest lever on online share."
    rationale.setFocus()
    qtbot.keyClick(rationale, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(rationale, " Checkout is 30% of drop-off.")
    qtbot.keyClick(rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    snap = on_disk(plan_window.live.document.path)
    link = next(
        x
        for x in snap.links
        if x.item_id == by_code(snap.items, "CHECKOUT").id
        and x.objective_id == by_code(snap.objectives, "T1.1").id
    )
    assert link.rationale.endswith("Checkout is 30% of drop-off.") and link.strength == 3
    assert (
        plan_window.undo_action.text()
        .replace("&", "")
        .startswith("Undo Change rationale of CHECKOUT")
    )

    click_cell(qtbot, matrix.table, cell(matrix, "T3.3", "INTRANET"))
    assert not details.editor("rationale").isEnabled()
    strength = details.editor("strength")
    strength.setCurrentIndex(strength.findText("Moderate"))
    strength.activated.emit(strength.currentIndex())
    assert strength_on_disk(plan_window, "T3.3", "INTRANET") == 2
    assert details.editor("rationale").isEnabled()


def test_details_panel_edits_and_refuses_in_place(
    qtbot: Any, plan_window: MainWindow, dialogs: Any
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    details = plan_window.workspace.details
    model = roadmap.table.model
    click_cell(qtbot, roadmap.table.view, model.index(row_of_code(model, "WMS"), 1))
    assert details.kind == "item" and "WMS" in details._title.text()
    title = details.editor("title")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, "Warehouse management 2.0")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert (
        by_code(on_disk(plan_window.live.document.path).items, "WMS").title
        == "Warehouse management 2.0"
    )
    assert model.data(model.index(row_of_code(model, "WMS"), 1)) == "Warehouse management 2.0"

    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert details._error.isVisible() and "title is required" in details._error.text()
    assert title.text() == ""  # kept as typed, so it can be fixed
    assert by_code(plan_window.live.snapshot.items, "WMS").title == "Warehouse management 2.0"

    long_title = "Ω" * 10_000 + " نظام إدارة المستودعات 🚚"
    title.setText(long_title)
    title.editingFinished.emit()
    assert by_code(on_disk(plan_window.live.document.path).items, "WMS").title == long_title
    assert not details._error.isVisible()
    assert dialogs.calls == []


def test_an_unparseable_number_is_refused_with_the_reason(
    qtbot: Any, plan_window: MainWindow
) -> None:
    kpis = view_of(plan_window, "kpis")
    model = kpis.kpis.model
    click_cell(qtbot, kpis.kpis.view, model.index(row_of_code(model, "K-NPS"), 1))
    details = plan_window.workspace.details
    actual = details.editor("actual")
    actual.setFocus()
    qtbot.keyClick(actual, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(actual, "about forty")
    qtbot.keyClick(actual, Qt.Key.Key_Return)
    assert "not a number" in details._error.text()
    qtbot.keyClick(actual, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(actual, "40")
    qtbot.keyClick(actual, Qt.Key.Key_Return)
    assert by_code(on_disk(plan_window.live.document.path).kpis, "K-NPS").actual == 40
    assert not details._error.isVisible()
