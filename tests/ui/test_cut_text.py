"""Cut text at laptop size ends in "…" and its tooltip holds the whole text (issue 18, item 1)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QTableView, QTreeView
from test_small_screens import show

from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def plain(html: str | None) -> str:
    """A tooltip's words, as the user reads them (tags gone, runs of space made one)."""
    return " ".join(QTextDocumentFragment.fromHtml(html or "").toPlainText().split())


@pytest.mark.parametrize("transposed", [False, True], ids=["objectives-as-rows", "items-as-rows"])
def test_alignment_row_headings_cut_with_an_ellipsis_and_keep_the_whole_name_in_the_tooltip(
    qtbot: Any, plan_window: MainWindow, transposed: bool
) -> None:
    plan_window.resize(1280, 720)
    view = show(qtbot, plan_window, "alignment")
    view.set_transposed(transposed)
    QApplication.processEvents()
    header = view.table.verticalHeader()
    model = view.model
    cut = 0
    for section in range(model.rowCount()):
        full = str(model.headerData(section, Qt.Orientation.Vertical))
        shown = header.shown_text(section)
        tip = model.headerData(section, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
        tooltip = plain(tip)
        if shown != full:
            cut += 1
            assert shown.endswith("…"), f"{full!r} is cut without an ellipsis: {shown!r}"
            assert full.startswith(shown[:-1].rstrip()), (full, shown)
        # The whole name, whatever the heading shows (the indent is layout, not name).
        assert " ".join(full.split()) in tooltip, (full, tooltip)
    assert cut, "the 1280×720 window should be too narrow for some names (the test tests nothing)"


def _rows(model: Any, parent: QModelIndex, limit: int = 40) -> list[tuple[int, QModelIndex]]:
    """(row, parent) of the first ``limit`` rows, a tree's children after their parent."""
    out: list[tuple[int, QModelIndex]] = []
    for row in range(model.rowCount(parent)):
        if len(out) >= limit:
            break
        out.append((row, parent))
        out.extend(_rows(model, model.index(row, 0, parent), limit - len(out)))
    return out[:limit]


def _cut_cells(table: QTableView | QTreeView) -> list[tuple[str, str]]:
    """(display text, tooltip) of the cells whose text is wider than their column."""
    model = table.model()
    metrics = table.fontMetrics()
    out = []
    for row, parent in _rows(model, QModelIndex()):
        for column in range(model.columnCount(parent)):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column, parent)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            if metrics.horizontalAdvance(str(text)) > table.columnWidth(column) - 8:
                out.append((str(text), plain(index.data(Qt.ItemDataRole.ToolTipRole))))
    return out


@pytest.mark.parametrize(
    ("key", "table_of"),
    [
        ("roadmap", lambda v: v.table.view),
        ("kpis", lambda v: v.kpis.view),
        ("findings", lambda v: v.table),
        ("portfolio", lambda v: v.table),
        ("sequence", lambda v: v.table),
        ("objectives", lambda v: v.tree),
    ],
    ids=["roadmap", "kpis", "findings", "portfolio", "sequence", "objectives"],
)
def test_a_cut_table_cell_shows_its_whole_text_in_the_tooltip(
    qtbot: Any, plan_window: MainWindow, key: str, table_of: Any
) -> None:
    plan_window.resize(1280, 720)
    view = show(qtbot, plan_window, key)
    table = table_of(view)
    header = table.horizontalHeader() if isinstance(table, QTableView) else table.header()
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, 40)  # every column narrower than its text: all of it cut
    QApplication.processEvents()
    cells = _cut_cells(table)
    assert len(cells) >= 15  # at 40 px nearly every cell is cut
    assert any(len(text) <= 25 for text, _tip in cells), "short texts are cut too at 40 px"
    for text, tooltip in cells:
        whole = " ".join(text.removesuffix("…").split())
        assert whole in tooltip, f"{key}: cut cell {text!r} has tooltip {tooltip!r}"
