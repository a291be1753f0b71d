"""First steps: the toolbar, Add from every view, the guided start of an empty plan, new records
under the selected parent, the user guide and the shortcuts list (generated from the actions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import click_cell
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from test_details_panel import click_nav, toolbar_button

from stratplanner.ui.actions import ACTIONS, Act
from stratplanner.ui.dialogs.help_dialogs import ShortcutsDialog, UserGuideDialog
from stratplanner.ui.dialogs.pdf_dialog import PdfOptionsDialog
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def test_the_toolbar_has_the_main_actions(qtbot: Any, plan_window: MainWindow) -> None:
    assert plan_window.toolbar.isVisible()
    assert plan_window.toolbar_buttons()[:7] == [
        "Add",
        "Link",
        "Undo",
        "Redo",
        "Find",
        "Export PDF",
        "Present",
    ]
    qtbot.mouseClick(toolbar_button(plan_window, Act.FIND), LEFT)
    assert plan_window.find_dialog is not None and plan_window.find_dialog.isVisible()
    plan_window.find_dialog.close()

    qtbot.mouseClick(toolbar_button(plan_window, Act.PRESENT), LEFT)
    assert plan_window.presenting and plan_window.isFullScreen()
    assert not plan_window.menuBar().isVisible() and not plan_window.workspace.nav.isVisible()
    qtbot.keyClick(plan_window, Qt.Key.Key_Escape)
    assert not plan_window.presenting and plan_window.menuBar().isVisible()
    assert plan_window.workspace.nav.isVisible()


def test_every_shortcut_is_declared_once(plan_window: MainWindow) -> None:
    """ui/actions.py is the one place: every key of the window is in it (views: Ctrl+1…9)."""
    declared: dict[str, str] = {}
    for action in plan_window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in declared, f"{text}: {declared.get(text)} and {action.objectName()}"
            declared[text] = action.objectName()
    for name, spec in ACTIONS.items():
        if spec.shortcut:
            action = plan_window.actions_by_name[name]
            expected = (
                QKeySequence.keyBindings(spec.shortcut)
                if isinstance(spec.shortcut, QKeySequence.StandardKey)
                else [QKeySequence(spec.shortcut)]
            )
            assert action.shortcuts() == expected, name
    source = (Path(__file__).parents[2] / "src/stratplanner/ui/main_window.py").read_text()
    assert 'QKeySequence("' not in source and "QShortcut(" not in source


def test_add_on_the_overview_asks_what_to_add(qtbot: Any, plan_window: MainWindow) -> None:
    click_nav(qtbot, plan_window, "overview")
    add = plan_window.actions_by_name[Act.ADD]
    assert add.isEnabled()
    qtbot.mouseClick(toolbar_button(plan_window, Act.ADD), LEFT)
    menu = plan_window.add_menu
    qtbot.waitUntil(menu.isVisible)
    labels = [a.text().replace("&", "") for a in menu.actions()]
    assert labels[:2] == ["Objective", "Roadmap Item"]
    before = len(plan_window.live.snapshot.items)
    item_entry = menu.actions()[1]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(item_entry).center())
    assert plan_window.workspace.current_key() == "roadmap"
    assert len(plan_window.live.snapshot.items) == before + 1


def test_the_add_arrow_offers_every_kind_from_any_view(qtbot: Any, plan_window: MainWindow) -> None:
    click_nav(qtbot, plan_window, "roadmap")
    button = toolbar_button(plan_window, Act.ADD)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    assert isinstance(button.menu(), QMenu)
    before = len(plan_window.live.snapshot.teams)
    plan_window.add_menu.actions()[4].trigger()  # Team
    assert plan_window.workspace.current_key() == "people"
    assert len(plan_window.live.snapshot.teams) == before + 1


def test_a_new_objective_lands_in_the_selected_theme(qtbot: Any, plan_window: MainWindow) -> None:
    view = click_nav(qtbot, plan_window, "objectives")
    snap = plan_window.live.snapshot
    theme = next(o for o in snap.objectives if o.code == "T2")
    click_cell(qtbot, view.tree, view.model.index_of(theme.id))
    qtbot.mouseClick(toolbar_button(plan_window, Act.ADD), LEFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    snap = plan_window.live.snapshot
    new = max(snap.objectives, key=lambda o: o.id)
    assert (new.code, new.parent_id) == ("T2.3", theme.id)
    # With an objective of the theme selected, the next one is its sibling.
    click_cell(qtbot, view.tree, view.model.index_of(new.id))
    qtbot.keyClick(
        plan_window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    newest = max(plan_window.live.snapshot.objectives, key=lambda o: o.id)
    assert (newest.code, newest.parent_id) == ("T2.4", theme.id)


@pytest.fixture
def pdf_answers(dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    def save_file_path(parent: Any, title: str, suggested: str, file_filter: str) -> str | None:
        return dialogs._next_path("save_file", title, suggested)

    monkeypatch.setattr(dialogs, "save_file_path", save_file_path, raising=False)
    monkeypatch.setattr(dialogs, "choose", lambda *_a, **_k: "Close", raising=False)
    monkeypatch.setattr(dialogs, "open_url", lambda _url: True, raising=False)
    return dialogs


def test_an_empty_plan_opens_on_its_first_steps(
    qtbot: Any, window: MainWindow, empty_plan: Path, pdf_answers: Any, tmp_path: Path
) -> None:
    window.context.settings.last_view = "roadmap"
    assert window.open_path(empty_plan)
    workspace = window.workspace
    assert workspace.current_key() == "overview"
    overview = workspace.view("overview")
    card = overview.first_steps
    assert card.isVisible() and card.progress.text() == "0 of 4 done"
    assert not overview._figures.isVisible()  # no wall of zeros
    assert not card.buttons["link"].isEnabled()

    qtbot.mouseClick(card.buttons["objective"], LEFT)
    assert workspace.current_key() == "objectives"
    editor = QApplication.focusWidget()  # the new objective's title, ready to type
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Grow online sales")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    tree = workspace.view("objectives").tree
    qtbot.waitUntil(lambda: tree.state() != tree.State.EditingState)
    first = window.live.snapshot.objectives[0]
    assert (first.code, first.title) == ("T1", "Grow online sales")

    click_nav(qtbot, window, "overview")
    assert card.marks["objective"].text() == "✓" and card.progress.text() == "1 of 4 done"
    qtbot.mouseClick(card.buttons["item"], LEFT)
    assert workspace.current_key() == "roadmap"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    click_nav(qtbot, window, "overview")
    assert card.progress.text() == "2 of 4 done" and card.buttons["link"].isEnabled()

    qtbot.mouseClick(card.buttons["link"], LEFT)
    alignment = workspace.view("alignment")
    assert workspace.current_key() == "alignment"
    click_cell(qtbot, alignment.table, alignment.model.index(0, 0))
    qtbot.keyClick(alignment.table, Qt.Key.Key_3)
    assert window.live.snapshot.links
    click_nav(qtbot, window, "overview")
    assert card.progress.text() == "3 of 4 done" and card.buttons["pdf"].isDefault()

    pdf_answers.paths.append(str(tmp_path / "first.pdf"))
    qtbot.mouseClick(card.buttons["pdf"], LEFT)
    dialog = window.findChild(PdfOptionsDialog, "pdfOptionsDialog")
    assert dialog is not None
    with qtbot.waitSignal(window.pdf_export.finished, timeout=60000):
        qtbot.mouseClick(dialog.export_button, LEFT)
    assert (tmp_path / "first.pdf").exists()
    assert not card.isVisible()  # every step done: the guide steps aside
    assert overview._figures.isVisible()


def test_a_filled_plan_shows_no_first_steps(qtbot: Any, plan_window: MainWindow) -> None:
    overview = click_nav(qtbot, plan_window, "overview")
    assert not overview.first_steps.isVisible() and overview._figures.isVisible()


def test_help_has_the_user_guide_and_the_shortcuts(qtbot: Any, plan_window: MainWindow) -> None:
    help_menu = plan_window.menu("Help")
    texts = [a.text().replace("&", "") for a in help_menu.actions()]
    assert "StratPlanner User Guide" in texts and "Keyboard Shortcuts" in texts

    qtbot.keyClick(plan_window, Qt.Key.Key_F1)
    guide = plan_window.findChild(UserGuideDialog, "userGuide")
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Your first plan, in four steps" in text and "Details panel" in text
    guide.close()

    next(a for a in help_menu.actions() if "Keyboard" in a.text()).trigger()
    shortcuts = plan_window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert shortcuts is not None and shortcuts.isVisible()
    assert shortcuts.keys_for("Find") == "Ctrl+F"
    assert shortcuts.keys_for("Details Panel") == "Ctrl+I"
    assert shortcuts.keys_for("Objectives") == "Ctrl+2"
    assert shortcuts.keys_for("Add") == "Ctrl+Shift+N"
    # Generated from the actions: a changed shortcut shows in the list.
    plan_window.actions_by_name[Act.LINK].setShortcut(QKeySequence("Ctrl+Alt+L"))
    plan_window.show_shortcuts()
    shortcuts = plan_window.shortcuts_dialog
    assert shortcuts.keys_for("Link") == "Ctrl+Alt+L"


def test_the_guide_ships_in_the_package() -> None:
    from stratplanner.paths import resource

    assert resource("help", "user-guide.md").is_file()
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    assert '"stratplanner.resources" = ["**/*"]' in pyproject


def test_guide_links_open_outside(qtbot: Any, plan_window: MainWindow, monkeypatch: Any) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "stratplanner.ui.dialogs.help_dialogs.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    plan_window.show_user_guide()
    plan_window.help_dialog._open_link(QUrl("https://example.org/"))
    assert opened == ["https://example.org/"]
