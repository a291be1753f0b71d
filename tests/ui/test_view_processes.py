"""Business processes view: add a process under a capability, link an application and watch it
leave the "no technology" list, undo through the window; a circular or three-level map is
refused with a sentence and the plan unchanged; an empty plan says how to start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, on_disk, view_of
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QListWidget, QTreeWidget

from stratplanner.analysis.processes import (
    applications_without_process,
    process_map,
    processes_without_technology,
)
from stratplanner.cli.main import main
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _click_row(qtbot: Any, tree: QTreeWidget, row: Any) -> None:
    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=_on_name(tree, row))


def _on_name(tree: QTreeWidget, row: Any) -> QPoint:
    """A point on the row's name (the row may be wider than the list)."""
    rect = tree.visualItemRect(row)
    return QPoint(rect.left() + 30, rect.center().y())


def _tree_row(view: Any, kind: str, record_id: int) -> Any:
    row = view._row_of((kind, record_id))
    assert row is not None, f"{kind} {record_id} is not listed"
    return row


def _list_texts(gaps: QListWidget) -> list[str]:
    return [gaps.item(n).text() for n in range(gaps.count())]


def _parents(window: MainWindow) -> dict[str, str | None]:
    snap = window.live.snapshot
    codes = {p.id: p.code for p in snap.processes}
    return {p.code: codes.get(p.parent_id) if p.parent_id else None for p in snap.processes}


def _drop(tree: QTreeWidget, target: Any) -> None:
    """Drop the current row onto the middle of ``target`` (what the mouse does at the end of a
    drag; the drag itself runs a nested event loop a test can't drive)."""
    pos = QPointF(_on_name(tree, target))
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)


def test_the_map_the_gaps_and_the_chart_show_the_plan(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    nodes = process_map(snap)
    assert view.tree.topLevelItemCount() == len(nodes)
    first = view.tree.topLevelItem(0)
    assert first.text(0) == nodes[0].process.name
    assert first.childCount() == len(nodes[0].children)
    assert view.no_technology.count() == len(processes_without_technology(snap))
    assert view.unused_applications.count() == len(applications_without_process(snap))
    assert view.app_tree.topLevelItemCount() == len(snap.applications)
    assert view.chart_stack.currentWidget() is view.canvas
    assert view.info is not None and view.info.shown > 0


def test_add_a_process_under_a_capability_name_it_then_undo(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    sell = by_code(plan_window.live.snapshot.processes, "SELL")
    before = len(plan_window.live.snapshot.processes)
    _click_row(qtbot, view.tree, _tree_row(view, "process", sell.id))
    assert view.selected == ("process", sell.id)
    assert "Sell" in view.add_process_button.toolTip()
    qtbot.mouseClick(view.add_process_button, Qt.MouseButton.LeftButton)

    snap = plan_window.live.snapshot
    assert len(snap.processes) == before + 1
    added = snap.processes[-1]
    assert added.parent_id == sell.id
    assert view.selected == ("process", added.id)
    assert view.name_edit.hasFocus()  # ready to type the name
    qtbot.keyClicks(view.name_edit, "Sell to businesses")
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)

    assert plan_window.live.snapshot.process_by_id[added.id].name == "Sell to businesses"
    row = _tree_row(view, "process", added.id)
    assert row.parent() is _tree_row(view, "process", sell.id)
    assert row.text(0) == "Sell to businesses"
    assert by_code(on_disk(plan_window.live.document.path).processes, added.code).name == (
        "Sell to businesses"
    )
    # a new process has no application yet: it is a gap until one is linked
    assert any("Sell to businesses" in t for t in _list_texts(view.no_technology))

    plan_window.undo_action.trigger()  # the name
    assert plan_window.live.snapshot.process_by_id[added.id].name == "New process"
    plan_window.undo_action.trigger()  # the process
    assert len(plan_window.live.snapshot.processes) == before
    assert view._row_of(("process", added.id)) is None


def test_link_an_application_and_the_process_leaves_the_no_technology_list(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    gap = processes_without_technology(snap)[0]
    gaps_before = view.no_technology.count()
    row = next(
        view.no_technology.item(n)
        for n in range(view.no_technology.count())
        if view.no_technology.item(n).data(Qt.ItemDataRole.UserRole) == ("process", gap.id)
    )
    qtbot.mouseClick(
        view.no_technology.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.no_technology.visualItemRect(row).center(),
    )
    assert view.selected == ("process", gap.id)  # the click selects it in the map
    assert view.tree.currentItem() is _tree_row(view, "process", gap.id)

    choices = view.applications.choices
    app = by_code(snap.applications, "ERP")
    choices.setCurrentIndex(choices.findData(app.id))
    qtbot.mouseClick(view.applications.link_button, Qt.MouseButton.LeftButton)

    after = plan_window.live.snapshot
    assert app.id in after.applications_by_process[gap.id]
    assert view.no_technology.count() == gaps_before - 1
    assert gap.name not in " ".join(_list_texts(view.no_technology))
    assert app.name in _tree_row(view, "process", gap.id).text(2)
    assert app.name in [
        view.applications.list.item(n).text() for n in range(view.applications.list.count())
    ]

    plan_window.undo_action.trigger()
    assert gap.id not in plan_window.live.snapshot.applications_by_process
    assert view.no_technology.count() == gaps_before


def test_an_application_linked_to_a_process_leaves_the_unused_list_and_unlink_restores(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    unused = applications_without_process(snap)[0]
    process = by_code(snap.processes, "SERVE.CARE")
    assert view.select_record("application", unused.id)
    assert view.tabs.currentWidget() is view.app_tree
    assert view.processes.isVisible() and not view.applications.isVisible()
    view.processes.choices.setCurrentIndex(view.processes.choices.findData(process.id))
    qtbot.mouseClick(view.processes.link_button, Qt.MouseButton.LeftButton)
    assert unused.name not in " ".join(_list_texts(view.unused_applications))

    link = view.processes.list.item(0)
    link.setSelected(True)
    qtbot.mouseClick(view.processes.unlink_button, Qt.MouseButton.LeftButton)
    assert unused.id not in plan_window.live.snapshot.processes_by_application
    assert unused.name in " ".join(_list_texts(view.unused_applications))


def test_a_roadmap_item_changing_a_process_moves_investment_to_it(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    process = by_code(snap.processes, "SUPPORT.COMMS")
    item = max((i for i in snap.items if i.status != "cancelled"), key=lambda i: i.cost)
    before = _tree_row(view, "process", process.id).text(1)
    assert view.select_record("process", process.id)
    view.items.choices.setCurrentIndex(view.items.choices.findData(item.id))
    qtbot.mouseClick(view.items.link_button, Qt.MouseButton.LeftButton)
    assert process.id in plan_window.live.snapshot.processes_changed_by_item[item.id]
    assert _tree_row(view, "process", process.id).text(1) != before
    assert item.code in _tree_row(view, "process", process.id).text(3)
    plan_window.undo_action.trigger()
    assert _tree_row(view, "process", process.id).text(1) == before


def test_dragging_a_process_onto_another_capability_moves_it(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    media, serve = by_code(snap.processes, "SELL.MEDIA"), by_code(snap.processes, "SERVE")
    _click_row(qtbot, view.tree, _tree_row(view, "process", media.id))
    _drop(view.tree, _tree_row(view, "process", serve.id))
    assert plan_window.live.snapshot.process_by_id[media.id].parent_id == serve.id
    assert _tree_row(view, "process", media.id).parent() is _tree_row(view, "process", serve.id)
    plan_window.undo_action.trigger()
    assert plan_window.live.snapshot.process_by_id[media.id].parent_id == media.parent_id


def test_a_circular_map_is_refused_with_a_sentence_and_nothing_changes(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    sell, store = by_code(snap.processes, "SELL"), by_code(snap.processes, "SELL.STORE")
    before = _parents(plan_window)
    undo_steps = plan_window.live.undo_stack.count()
    _click_row(qtbot, view.tree, _tree_row(view, "process", sell.id))
    _drop(view.tree, _tree_row(view, "process", store.id))  # Sell under its own Sell in store

    assert view.message.isVisible()
    text = view.message.text()
    assert text.startswith(
        "Sell can't sit under Sell in store: that would make the process map circular"
    )
    assert "Sell stays where it was; nothing was changed." in text, text
    assert "circular" in plan_window.workspace.message_bar.text
    assert _parents(plan_window) == before
    assert plan_window.live.undo_stack.count() == undo_steps
    assert on_disk(plan_window.live.document.path).process_by_id[sell.id].parent_id is None
    assert _tree_row(view, "process", store.id).parent() is _tree_row(view, "process", sell.id)


def test_a_third_level_is_refused_and_the_combo_keeps_the_parent(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    sell, plan = by_code(snap.processes, "SELL"), by_code(snap.processes, "PLAN")
    before = _parents(plan_window)
    assert view.select_record("process", sell.id)
    index = view.parent_combo.findData(plan.id)
    assert index > 0
    view.parent_combo.setCurrentIndex(index)
    view.parent_combo.activated.emit(index)  # what choosing it with the mouse sends

    assert "two levels" in view.message.text(), view.message.text()
    assert _parents(plan_window) == before
    assert view.parent_combo.currentData() is None  # still shows: top level


def test_delete_a_capability_asks_first_and_undo_brings_its_processes_back(
    qtbot: Any, plan_window: MainWindow, dialogs: Any
) -> None:
    view = view_of(plan_window, "processes")
    snap = plan_window.live.snapshot
    source = by_code(snap.processes, "SOURCE")
    count = len(snap.processes)
    children = len(snap.children_by_process[source.id])
    assert view.select_record("process", source.id)
    dialogs.confirmations.append(True)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert dialogs.of("confirm") and "Source" in dialogs.of("confirm")[0][2]
    assert len(plan_window.live.snapshot.processes) == count - 1 - children
    plan_window.undo_action.trigger()
    assert len(plan_window.live.snapshot.processes) == count


def test_rename_an_application_in_its_tab(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "processes")
    app = by_code(plan_window.live.snapshot.applications, "NOTES")
    view.tabs.setCurrentWidget(view.app_tree)
    _click_row(qtbot, view.app_tree, _tree_row(view, "application", app.id))
    assert view.form.title() == "Application NOTES"
    view.name_edit.setFocus()
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "Lotus Notes (retiring)")
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert plan_window.live.snapshot.application_by_id[app.id].name == "Lotus Notes (retiring)"
    assert "Lotus Notes (retiring)" in _list_texts(view.unused_applications)


def test_an_empty_plan_says_how_to_start(qtbot: Any, window: MainWindow, empty_plan: Path) -> None:
    assert window.open_path(empty_plan)
    view = view_of(window, "processes")
    assert view.chart_stack.currentWidget() is view.empty
    assert "Add capability" in view.empty.text()
    assert not view.add_process_button.isEnabled()
    qtbot.mouseClick(view.add_capability_button, Qt.MouseButton.LeftButton)
    assert len(window.live.snapshot.processes) == 1
    assert view.chart_stack.currentWidget() is view.canvas
    assert view.add_process_button.isEnabled()


def test_the_screenshot_command_renders_the_view(
    qapp: Any, sample_plan: Path, tmp_path: Path
) -> None:
    out = tmp_path / "processes.png"
    args = ["screenshot", str(sample_plan), "--view", "processes", "-o", str(out)]
    assert main([*args, "--size", "1280x720"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_a_changing_item_opens_in_the_roadmap(qtbot: Any, plan_window: MainWindow) -> None:
    """The four panes keep the whole width: no details panel here; a double-click opens the item."""
    view = view_of(plan_window, "processes")
    assert plan_window.workspace.details.isHidden()
    snap = plan_window.live.snapshot
    change = snap.process_changes[0]
    assert view.select_record("process", change.process_id)
    rows = view.items.list
    row = next(
        rows.item(n)
        for n in range(rows.count())
        if rows.item(n).data(Qt.ItemDataRole.UserRole) == change.id
    )
    where = rows.visualItemRect(row).center()
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert plan_window.workspace.details.isHidden()
    qtbot.mouseDClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert plan_window.workspace.current_key() == "roadmap"
    details = plan_window.workspace.details
    assert not details.isHidden()
    assert (details.kind, details.key) == ("item", change.item_id)
