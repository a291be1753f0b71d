"""Small helpers the GUI tests share: find rows, read the plan back from disk, drive editors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan
from stratplanner.ui import translation
from stratplanner.ui.main_window import MainWindow


def on_disk(path: Path) -> PlanSnapshot:
    """The plan as a second, read-only opener sees it: proves the edit was committed."""
    with open_plan(path, read_only=True) as doc:
        return load_snapshot(doc.session)


def by_code(records: Any, code: str) -> Any:
    return next(r for r in records if r.code == code)


def row_of_code(model: Any, code: str) -> int:
    return next(r for r in range(model.rowCount()) if model.record_at(r).code == code)


def codes(model: Any) -> list[str]:
    return [model.record_at(r).code for r in range(model.rowCount())]


def view_of(window: MainWindow, key: str) -> Any:
    assert window.workspace is not None
    window.show_view(key)
    return window.workspace.view(key)


def click_cell(qtbot: Any, view: QAbstractItemView, index: Any, *, double: bool = False) -> None:
    view.scrollTo(index)
    center = view.visualRect(index).center()
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def edit_cell_by_keyboard(qtbot: Any, view: QAbstractItemView, index: Any, text: str) -> QWidget:
    """Go to the cell, press F2, replace the text, press Enter (as a user would)."""
    click_cell(qtbot, view, index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, "no editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    return editor


def header_click(qtbot: Any, view: Any, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + 6
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def use_catalogues(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The app's language loads the catalogues in ``folder``."""
    monkeypatch.setattr(
        translation, "catalogue_file", lambda lang: str(folder / f"stratplanner_{lang}.qm")
    )
