"""The roadmap table as a user drives it: filter, sort, edit, add, copy, delete, drag to link."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import (
    by_code,
    click_cell,
    codes,
    edit_cell_by_keyboard,
    header_click,
    on_disk,
    row_of_code,
    view_of,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.widgets.editors import MoneyEditor, QuarterEditor

pytestmark = pytest.mark.gui


def test_typing_in_the_filter_box_narrows_the_table(qtbot: Any, plan_window: MainWindow) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model = roadmap.table.model
    assert model.rowCount() == 31
    qtbot.keyClicks(roadmap.table.filter_box, "cloud-lz")
    assert codes(model) == ["CLOUD-LZ"]
    assert roadmap.table.count_label.text() == "1 of 31"
    roadmap.table.filter_box.clear()
    assert model.rowCount() == 31


def test_status_category_unit_sponsor_and_quarter_filters(
    qtbot: Any, plan_window: MainWindow
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model = roadmap.table.model
    snap = plan_window.live.snapshot
    done = next(a for a in roadmap.status_filter.choice_actions() if a.text() == "Done")
    done.trigger()
    assert sorted(codes(model)) == ["CHECKOUT", "CLOUD-LZ"]
    assert roadmap.status_filter.text() == "Status: Done"
    roadmap.clear_filters()
    next(a for a in roadmap.category_filter.choice_actions() if a.text() == "Transform").trigger()
    assert model.rowCount() == sum(1 for i in snap.items if i.category == "transform")
    roadmap.clear_filters()
    stores = by_code(snap.business_units, "STORES")
    next(a for a in roadmap.unit_filter.choice_actions() if a.text() == stores.name).trigger()
    assert {model.record_at(r).business_unit_id for r in range(model.rowCount())} == {stores.id}
    roadmap.clear_filters()
    sponsor = by_code(snap.people, "dokafor")
    roadmap.sponsor_filter.setCurrentIndex(roadmap.sponsor_filter.findData(sponsor.id))
    assert model.rowCount() == sum(1 for i in snap.items if i.sponsor_id == sponsor.id) > 0
    roadmap.clear_filters()
    roadmap.from_filter.setCurrentIndex(roadmap.from_filter.findText("2029-Q1"))
    roadmap.to_filter.setCurrentIndex(roadmap.to_filter.findText("2029-Q2"))
    shown = [model.record_at(r) for r in range(model.rowCount())]
    assert shown and all(str(i.end) >= "2029-Q1" and str(i.start) <= "2029-Q2" for i in shown)
    assert len(shown) < 31


def test_clicking_a_header_sorts(qtbot: Any, plan_window: MainWindow) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    column = model.column_of("capex")
    header_click(qtbot, view, column)
    values = [model.record_at(r).capex for r in range(model.rowCount())]
    assert values in (sorted(values), sorted(values, reverse=True))
    header_click(qtbot, view, column)
    again = [model.record_at(r).capex for r in range(model.rowCount())]
    assert again == list(reversed(values)) or again == sorted(values) != values


def test_editing_a_title_in_place_is_on_disk_and_undoable(
    qtbot: Any, plan_window: MainWindow
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    path = plan_window.live.document.path
    index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("title"))
    edit_cell_by_keyboard(qtbot, view, index, "Cloud foundation")
    assert by_code(on_disk(path).items, "CLOUD-LZ").title == "Cloud foundation"
    assert (
        plan_window.undo_action.text().replace("&", "") == "Undo Change title of Cloud landing zone"
    )
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert by_code(on_disk(path).items, "CLOUD-LZ").title == "Cloud landing zone"
    assert model.data(model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("title"))) == (
        "Cloud landing zone"
    )


def test_the_quarter_picker_changes_start_and_the_undo_action_names_it(
    qtbot: Any, plan_window: MainWindow
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("end"))
    editor = edit_cell_by_keyboard(qtbot, view, index, "2027-Q4")
    assert isinstance(editor, QuarterEditor)
    index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("start"))
    edit_cell_by_keyboard(qtbot, view, index, "2027-Q2")
    snap = on_disk(plan_window.live.document.path)
    assert (
        str(by_code(snap.items, "CLOUD-LZ").start),
        str(by_code(snap.items, "CLOUD-LZ").end),
    ) == (
        "2027-Q2",
        "2027-Q4",
    )
    assert (
        plan_window.undo_action.text().replace("&", "") == "Undo Change start of Cloud landing zone"
    )
    plan_window.undo_action.trigger()
    assert str(by_code(plan_window.live.snapshot.items, "CLOUD-LZ").start) == "2027-Q1"


def test_an_end_before_the_start_is_refused_in_place(
    qtbot: Any, plan_window: MainWindow, dialogs: Any
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    index = model.index(row_of_code(model, "ERP-FIN"), model.column_of("end"))
    edit_cell_by_keyboard(qtbot, view, index, "2026-Q1")
    bar = plan_window.workspace.message_bar
    assert bar.isVisible() and "before start" in bar.text
    assert "before start" in plan_window.statusBar().currentMessage()
    assert plan_window.live.undo_stack.count() == 0
    assert str(by_code(on_disk(plan_window.live.document.path).items, "ERP-FIN").end) == "2028-Q1"
    assert dialogs.calls == []


def test_money_is_edited_in_the_plan_currency_and_cannot_go_negative(
    qtbot: Any, plan_window: MainWindow
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    index = model.index(row_of_code(model, "CLOUD-LZ"), model.column_of("capex"))
    editor = edit_cell_by_keyboard(qtbot, view, index, "-5")
    assert isinstance(editor, MoneyEditor)
    assert editor.prefix() == "USD " and editor.minimum() == 0
    assert by_code(plan_window.live.snapshot.items, "CLOUD-LZ").capex == 5


def test_add_duplicate_and_delete_with_a_confirmation_that_says_what_goes(
    qtbot: Any, plan_window: MainWindow, dialogs: Any
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    table = roadmap.table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Zero-trust network")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    new = next(i for i in plan_window.live.snapshot.items if i.title == "Zero-trust network")
    assert table.current_id() == new.id and table.model.rowCount() == 32

    click_cell(qtbot, table.view, table.model.index(row_of_code(table.model, "CHECKOUT"), 0))
    qtbot.mouseClick(table.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    copy = by_code(plan_window.live.snapshot.items, "CHECKOUT-2")
    assert copy.title.endswith("(copy)")

    click_cell(qtbot, table.view, table.model.index(row_of_code(table.model, "CHECKOUT"), 0))
    checkout_links = len(plan_window.live.snapshot.links_by_item[table.current_id()])
    dialogs.confirmations = [False, True]
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert by_code(plan_window.live.snapshot.items, "CHECKOUT")
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    (_, _title, text, action) = dialogs.of("confirm")[-1]
    assert 'Deletes roadmap item CHECKOUT "One-page checkout and wallet payments"' in text
    assert "alignment links" in text and action == "Delete"
    snap = plan_window.live.snapshot
    assert "CHECKOUT" not in {i.code for i in snap.items}
    assert "CHECKOUT" not in {i.code for i in on_disk(plan_window.live.document.path).items}
    plan_window.undo_action.trigger()
    restored = on_disk(plan_window.live.document.path)
    checkout = by_code(restored.items, "CHECKOUT")
    assert len(restored.links_by_item[checkout.id]) == checkout_links == 2


def test_dragging_items_onto_an_objective_links_them(qtbot: Any, plan_window: MainWindow) -> None:
    roadmap = view_of(plan_window, "roadmap")
    table, pane = roadmap.table, roadmap.pane
    pane.show()
    model = table.model
    rows = [row_of_code(model, "INTRANET"), row_of_code(model, "GENAI-CS")]
    table.select_rows(rows)
    mime = model.mimeData(table.view.selectionModel().selectedIndexes())
    snap = plan_window.live.snapshot
    objective = by_code(snap.objectives, "T2.2")
    target = pane.model.index_of(objective.id)
    pane.tree.scrollTo(target)
    # Drag enter and move events take a QPoint in Qt 6, the drop a QPointF.
    point = pane.tree.visualRect(target).center()
    pos = QPointF(point)
    viewport = pane.tree.viewport()
    actions = Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos, actions, mime, buttons, mods))
    links = {
        (link.objective_id, link.item_id, link.strength)
        for link in on_disk(plan_window.live.document.path).links
    }
    for code in ("INTRANET", "GENAI-CS"):
        assert (objective.id, by_code(snap.items, code).id, 2) in links
    assert plan_window.live.undo_stack.undoText() == "Link 2 items to T2.2"
    plan_window.undo_action.trigger()
    assert not plan_window.live.snapshot.links_by_objective.get(objective.id, []) or all(
        link.item_id not in {by_code(snap.items, c).id for c in ("INTRANET", "GENAI-CS")}
        for link in plan_window.live.snapshot.links_by_objective[objective.id]
    )


def test_a_new_sponsor_chosen_in_the_table_is_kept_in_the_sponsor_history(
    qtbot: Any, plan_window: MainWindow
) -> None:
    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    path = plan_window.live.document.path
    before = by_code(on_disk(path).items, "CDP")
    sandra = by_code(on_disk(path).people, "sreyes")
    assert before.sponsor_id != sandra.id
    index = model.index(row_of_code(model, "CDP"), model.column_of("sponsor_id"))
    refusals: list[str] = []
    plan_window.live.refused.connect(refusals.append)
    click_cell(qtbot, view, index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText(sandra.name, Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the cell commits it
    qtbot.waitUntil(lambda: by_code(plan_window.live.snapshot.items, "CDP").sponsor_id == sandra.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # close the next cell's editor
    snap = on_disk(path)
    item = by_code(snap.items, "CDP")
    assert item.sponsor_id == sandra.id and not refusals
    last = snap.sponsor_changes_by_item[item.id][-1]
    assert (last.role, last.from_person_id, last.to_person_id) == (
        "sponsor",
        before.sponsor_id,
        sandra.id,
    )
    plan_window.undo_action.trigger()  # one step: the sponsor and its history row
    undone = on_disk(path)
    assert by_code(undone.items, "CDP").sponsor_id == before.sponsor_id
    assert (
        len(undone.sponsor_changes_by_item[item.id])
        == len(snap.sponsor_changes_by_item[item.id]) - 1
    )
