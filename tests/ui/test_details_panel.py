"""The details panel belongs to the view: its records only, no panel where nothing is selected,
collapsed from a visible button, the View menu or Ctrl+I, as wide as the user left it per view."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import click_cell
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from stratplanner.ui.actions import Act
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import view_specs

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def click_nav(qtbot: Any, window: MainWindow, key: str) -> Any:
    """Click the view's entry in the navigation list, as a user does."""
    workspace = window.workspace
    assert workspace is not None
    nav = workspace.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == key)
    nav.scrollToItem(nav.item(row))
    qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(nav.item(row)).center())
    assert workspace.current_key() == key
    return workspace.view(key)


def toolbar_button(window: MainWindow, name: Act) -> QToolButton:
    button = window.toolbar.widgetForAction(window.actions_by_name[name])
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def drag_details_edge(qtbot: Any, window: MainWindow, dx: int) -> None:
    """Drag the handle between the view and the details panel by ``dx`` pixels."""
    splitter = window.workspace.splitter
    handle = splitter.handle(2)
    start = handle.rect().center()
    qtbot.mousePress(handle, LEFT, pos=start)
    qtbot.mouseMove(handle, start + QPoint(dx // 2, 0))
    qtbot.mouseMove(handle, start + QPoint(dx, 0))
    qtbot.mouseRelease(handle, LEFT, pos=start + QPoint(dx, 0))


def test_the_panel_shows_only_the_current_views_records(
    qtbot: Any, plan_window: MainWindow
) -> None:
    details = plan_window.workspace.details
    roadmap = click_nav(qtbot, plan_window, "roadmap")
    click_cell(qtbot, roadmap.table.view, roadmap.table.model.index(2, 1))
    assert not details.isHidden() and details.kind == "item"
    item_title = details._title.text()

    for key in ("maturity", "baselines", "scenarios", "activity", "processes", "overview"):
        click_nav(qtbot, plan_window, key)
        assert details.isHidden(), f"{key} has no records for the panel"

    objectives = click_nav(qtbot, plan_window, "objectives")
    assert not details.isHidden()
    assert details.kind in (None, "objective")
    assert details._title.text() != item_title  # never the roadmap item from before
    index = objectives.model.index(0, 0)
    click_cell(qtbot, objectives.tree, index)
    assert (details.kind, details.key) == ("objective", index.internalId())

    # Every view: no panel, or a panel with nothing but that view's kinds.
    for spec in view_specs():
        click_nav(qtbot, plan_window, spec.key)
        if not spec.details:
            assert details.isHidden(), spec.key
        else:
            assert not details.isHidden(), spec.key
            assert details.kind in (None, *spec.details), spec.key


def test_an_empty_selection_says_what_to_select(qtbot: Any, plan_window: MainWindow) -> None:
    click_nav(qtbot, plan_window, "sequence")
    details = plan_window.workspace.details
    assert details.kind is None and not details.isHidden()
    assert "Select a roadmap item in Capacity sequence" in details.hint


def test_collapse_and_expand(qtbot: Any, plan_window: MainWindow) -> None:
    details = plan_window.workspace.details
    show_action = plan_window.actions_by_name[Act.SHOW_DETAILS]
    roadmap = click_nav(qtbot, plan_window, "roadmap")
    click_cell(qtbot, roadmap.table.view, roadmap.table.model.index(0, 1))
    assert not details.isHidden()

    toggle = toolbar_button(plan_window, Act.SHOW_DETAILS)  # the visible toggle
    assert toggle.isChecked()
    qtbot.mouseClick(toggle, LEFT)
    assert details.isHidden() and not show_action.isChecked()
    click_nav(qtbot, plan_window, "objectives")
    assert details.isHidden()  # collapsed everywhere until shown again

    roadmap.table.view.setFocus()
    qtbot.keyClick(plan_window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not details.isHidden() and show_action.isChecked()

    qtbot.mouseClick(details.collapse_button, LEFT)  # the panel's own ×
    assert details.isHidden() and not toggle.isChecked()
    assert plan_window.context.settings.details_visible is False

    view_menu = plan_window.menu("View")
    assert show_action in view_menu.actions() and show_action.shortcut().toString() == "Ctrl+I"
    show_action.trigger()
    assert not details.isHidden()

    click_nav(qtbot, plan_window, "maturity")  # nothing to show here: the toggle says so
    assert details.isHidden() and not show_action.isEnabled()


def test_each_view_keeps_its_own_width(
    qtbot: Any, plan_window: MainWindow, context: Any, sample_plan: Any
) -> None:
    workspace = plan_window.workspace
    click_nav(qtbot, plan_window, "roadmap")
    before = workspace.details.width()
    drag_details_edge(qtbot, plan_window, -120)  # wider
    roadmap_width = workspace.details.width()
    assert roadmap_width >= before + 100

    click_nav(qtbot, plan_window, "people")
    drag_details_edge(qtbot, plan_window, 60)  # narrower than the roadmap's
    people_width = workspace.details.width()
    assert people_width < roadmap_width - 100

    click_nav(qtbot, plan_window, "roadmap")
    assert abs(workspace.details.width() - roadmap_width) <= 2
    click_nav(qtbot, plan_window, "people")
    assert abs(workspace.details.width() - people_width) <= 2

    # Remembered across sessions (QSettings, a temporary file in tests).
    plan_window.close()
    QApplication.processEvents()
    window = context.new_window()
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    assert window.open_path(sample_plan)
    click_nav(qtbot, window, "roadmap")
    assert abs(window.workspace.details.width() - roadmap_width) <= 2
