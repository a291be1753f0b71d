"""The window as a user meets it: welcome page, files, read-only plans, Find, keyboard, menus."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, codes, on_disk, view_of
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from stratplanner import __version__
from stratplanner.commands import UpdateRecord
from stratplanner.snapshot import snapshot_of
from stratplanner.store import open_plan
from stratplanner.store.errors import PlanFileError
from stratplanner.ui.context import AppContext
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_new_plan_from_the_welcome_page(
    qtbot: Any, window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "Board plan.stratplan"
    dialogs.paths = [str(target)]
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.live is not None and window.plan_path == target
    assert window.windowTitle() == "Board plan — Board plan.stratplan — StratPlanner"
    assert window.saved_label.text() == "All changes saved"
    assert window.context.settings.recent_files == [str(target)]


def test_the_sample_plan_is_created_in_the_app_data_folder(
    qtbot: Any, window: MainWindow, context: AppContext
) -> None:
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.plan_path == context.data_dir / "Sample plan.stratplan"
    assert len(window.live.snapshot.items) == 31
    window.close_plan()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1


@pytest.mark.parametrize("content", [b"these are meeting notes\n", b""])
def test_a_file_that_is_not_a_plan_gives_one_clear_dialog(
    window: MainWindow, dialogs: Any, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "notes.stratplan"
    bad.write_bytes(content)
    with pytest.raises(PlanFileError) as expected:
        open_plan(bad)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    dialogs.paths = [str(bad)]
    window.actions_by_name["open"].trigger()
    assert dialogs.of("error") == [("error", "Can't Open the Plan", str(expected.value))]
    assert window.live is None
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_a_missing_recent_plan_is_reported_and_forgotten(
    qtbot: Any, window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.stratplan"
    window.context.settings.add_recent(gone)
    window._show_welcome()
    window.welcome.recent.setFocus()
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    assert len(dialogs.of("error")) == 1
    assert window.context.settings.recent_files == []
    assert not gone.exists()


def test_open_recent_menu_reopens_a_plan(
    qtbot: Any, plan_window: MainWindow, sample_plan: Path
) -> None:
    plan_window.close_plan()
    menu = plan_window.recent_menu
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if a.text().endswith(sample_plan.name))
    entry.trigger()
    assert plan_window.plan_path == sample_plan


def test_save_as_continues_on_the_copy_and_save_a_copy_does_not(
    plan_window: MainWindow, dialogs: Any, tmp_path: Path, sample_plan: Path
) -> None:
    copy = tmp_path / "Copy.stratplan"
    dialogs.paths = [str(copy)]
    plan_window.actions_by_name["save_copy"].trigger()
    assert copy.exists() and plan_window.plan_path == sample_plan
    as_path = tmp_path / "Working.stratplan"
    dialogs.paths = [str(as_path)]
    plan_window.actions_by_name["save_as"].trigger()
    assert plan_window.plan_path == as_path
    roadmap = view_of(plan_window, "roadmap")
    assert roadmap.table.model.rowCount() == 31
    assert (tmp_path / "Working.stratplan.lock").exists()
    assert not (tmp_path / "Sample plan.stratplan.lock").exists()


def test_a_plan_open_elsewhere_opens_read_only_with_a_banner(
    qtbot: Any, window: MainWindow, sample_plan: Path
) -> None:
    with open_plan(sample_plan) as elsewhere:
        assert not elsewhere.read_only
        assert window.open_path(sample_plan)
        banner = window.workspace.banner
        assert banner is not None and banner.isVisible()
        assert "open by" in banner.label.text()
        assert "[read-only]" in window.windowTitle() and window.saved_label.text() == "Read-only"
        roadmap = view_of(window, "roadmap")
        index = roadmap.table.model.index(0, 1)
        assert not roadmap.table.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not window.actions_by_name["delete"].isEnabled()
        assert not window.actions_by_name["add"].isEnabled()
        assert not roadmap.table.add_button.isEnabled()


def test_find_jumps_to_any_record(qtbot: Any, plan_window: MainWindow) -> None:
    qtbot.keyClick(plan_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = plan_window.find_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.search, "kowalski")
    assert dialog.results.count() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert plan_window.workspace.current_key() == "people"
    assert plan_window.workspace.details.kind == "person"
    qtbot.keyClick(plan_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = plan_window.find_dialog
    qtbot.keyClicks(dialog.search, "checkout")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    roadmap = plan_window.workspace.view("roadmap")
    snap = plan_window.live.snapshot
    assert plan_window.workspace.current_key() == "roadmap"
    assert roadmap.table.current_id() == by_code(snap.items, "CHECKOUT").id


def test_find_jumps_to_a_business_process_and_an_application(
    qtbot: Any, plan_window: MainWindow
) -> None:
    snap = plan_window.live.snapshot
    for text, kind, code in [
        ("forecast demand", "process", "PLAN.DEMAND"),
        ("payment gateway", "application", "PAYGW"),
    ]:
        qtbot.keyClick(plan_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        dialog = plan_window.find_dialog
        qtbot.keyClicks(dialog.search, text)
        assert dialog.results.count() >= 1
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert plan_window.workspace.current_key() == "processes"
        records = snap.processes if kind == "process" else snap.applications
        view = plan_window.workspace.view("processes")
        assert view.selected == (kind, by_code(records, code).id)


def test_views_switch_by_keyboard_and_f6_walks_the_panes(
    qtbot: Any, plan_window: MainWindow
) -> None:
    for number, key in enumerate(
        ["overview", "objectives", "roadmap", "alignment", "people", "kpis"], 1
    ):
        qtbot.keyClick(
            plan_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert plan_window.workspace.current_key() == key
    workspace = plan_window.workspace
    workspace.nav.setFocus()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_Up)
    assert workspace.current_key() == "people"
    qtbot.keyClick(plan_window, Qt.Key.Key_F6)
    assert workspace.current_view().isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(plan_window, Qt.Key.Key_F6)
    assert workspace.details.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(plan_window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is workspace.nav


def test_a_key_figure_opens_the_records_behind_it(qtbot: Any, plan_window: MainWindow) -> None:
    overview = view_of(plan_window, "overview")
    card = overview.cards["orphans"]
    assert card.figure.value == "2"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    roadmap = plan_window.workspace.view("roadmap")
    assert plan_window.workspace.current_key() == "roadmap"
    assert roadmap.table.model.rowCount() == 2
    assert roadmap.table.subset_bar.isVisible()
    snap = plan_window.live.snapshot
    assert all(
        not snap.links_by_item.get(by_code(snap.items, c).id) for c in codes(roadmap.table.model)
    )
    qtbot.mouseClick(roadmap.table.subset_bar._button, Qt.MouseButton.LeftButton)
    assert roadmap.table.model.rowCount() == 31
    view_of(plan_window, "overview")
    overview.cards["status_in_progress"].click()
    assert roadmap.status_filter.text() == "Status: In progress"
    assert roadmap.table.model.rowCount() == 4


def test_about_names_the_version_and_licence(plan_window: MainWindow, dialogs: Any) -> None:
    plan_window.actions_by_name["about"].trigger()
    (_, title, text) = dialogs.of("about")[0]
    assert title == "About StratPlanner"
    assert __version__ in text and "GPL-3.0-or-later" in text


def test_every_menu_item_does_something(plan_window: MainWindow) -> None:
    def walk(menu: QMenu) -> list[Any]:
        found = []
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                found.extend(walk(action.menu()))
            else:
                found.append(action)
        return found

    actions = [a for m in plan_window.menuBar().actions() for a in walk(m.menu())]
    assert len(actions) > 25
    idle = [a.text() for a in actions if a.receivers(SIGNAL("triggered(bool)")) == 0]
    assert idle == []
    shortcuts = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two menu items share a shortcut"


def test_geometry_and_the_last_view_are_remembered(
    qtbot: Any, context: AppContext, sample_plan: Path
) -> None:
    first = context.new_window()
    first.resize(720, 540)  # within the offscreen screen (800x800), so nothing is clamped
    first.open_path(sample_plan)
    first.show_view("alignment")
    first.close()
    assert not context.settings.window_geometry.isEmpty()
    second = context.new_window()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 540)
    second.open_path(sample_plan)
    assert second.workspace.current_key() == "alignment"


def test_the_same_plan_opened_twice_raises_its_window(
    context: AppContext, sample_plan: Path
) -> None:
    first = context.new_window()
    assert first.open_path(sample_plan)
    second = context.new_window()
    assert second.open_path(sample_plan)
    assert second.live is None and len(context.windows) == 2


def test_edits_survive_closing_and_reopening(
    qtbot: Any, plan_window: MainWindow, sample_plan: Path
) -> None:
    item = by_code(plan_window.live.snapshot.items, "ERP-FIN")
    assert plan_window.live.execute(UpdateRecord("item", item.id, {"status": "done"}))
    plan_window.close_plan()
    assert by_code(on_disk(sample_plan).items, "ERP-FIN").status == "done"
    assert not Path(str(sample_plan) + ".lock").exists()


def test_a_big_plan_is_read_in_the_background(
    qtbot: Any, window: MainWindow, sample_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("stratplanner.ui.widgets.loading.BACKGROUND_BYTES", 0)
    assert window.open_path(sample_plan)
    assert window.loading and window.pages.currentWidget() is window.opening
    assert window.plan_path == sample_plan
    qtbot.waitUntil(lambda: window.live is not None, timeout=10_000)
    assert not window.loading
    assert len(window.live.snapshot.items) == 31
    assert window.live.snapshot is snapshot_of(window.live.document)
    roadmap = view_of(window, "roadmap")
    assert roadmap.table.model.rowCount() == 31


def test_a_dark_palette_redraws_the_icons_in_its_colours(
    qapp: Any, plan_window: MainWindow
) -> None:
    add = plan_window.actions_by_name["add"]
    before = add.icon().cacheKey()
    light = qapp.palette()
    dark = QPalette(light)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(color))
    try:
        qapp.setPalette(dark)
        qapp.processEvents()
        assert add.icon().cacheKey() != before
        image = add.icon().pixmap(24, 24).toImage()
        ink = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        assert max(c.lightness() for c in ink if c.alpha() > 200) > 150  # light strokes on dark
    finally:
        qapp.setPalette(light)
