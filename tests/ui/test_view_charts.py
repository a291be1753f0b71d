"""Chart explorer: pick a chart, filter it, point and click at records, export, redraw on edits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_code, view_of
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from stratplanner.commands import UpdateRecord
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.views import chart_explorer as view_chart_explorer
from stratplanner.ui.views.chart_explorer import ChartExplorerView

pytestmark = pytest.mark.gui


def drawn(qtbot: Any, window: MainWindow) -> ChartExplorerView:
    view = view_of(window, "charts")
    qtbot.waitUntil(
        lambda: (
            view.info is not None
            and not view._timer.isActive()
            and not view.canvas._settle.isActive()
        )
    )
    return view


def redrawn(qtbot: Any, view: ChartExplorerView, before: Any) -> None:
    qtbot.waitUntil(lambda: view.info is not before and not view._timer.isActive())


def hover(widget: Any, point: QPoint) -> None:
    """The pointer moving onto ``point``, sent to the widget itself.

    (``qtbot.mouseMove`` moves the cursor, and windows other tests leave open at
    the same place on the offscreen screen would get the move instead.)
    """
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def centre_of(view: ChartExplorerView, kind: str, record_id: int) -> QPoint:
    region = next(r for r in view.record_regions() if r.kind == kind and r.id == record_id)
    x0, y0, x1, y1 = region.bbox
    return QPoint(*view.canvas.widget_point(region.axes, (x0 + x1) / 2, (y0 + y1) / 2))


def test_every_chart_can_be_picked(qtbot: Any, plan_window: MainWindow) -> None:
    view = drawn(qtbot, plan_window)
    titles = set()
    for row in range(view.chart.count()):
        before = view.info
        view.chart.setCurrentIndex(row)
        if row:
            redrawn(qtbot, view, before)
        assert view.info.axes
        titles.add(view.info.title)
    assert len(titles) == 6


def test_click_a_bar_selects_its_item_and_hover_explains_it(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = drawn(qtbot, plan_window)
    wms = by_code(plan_window.live.snapshot.items, "WMS")
    point = centre_of(view, "item", wms.id)
    hover(view.canvas, point)
    assert "WMS" in view.hover_text or "Warehouse" in view.hover_text
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point)
    details = plan_window.workspace.details
    assert (details.kind, details.key) == ("item", wms.id)
    assert view.current_record() == ("item", wms.id)


def test_keyboard_steps_through_records_and_enter_opens(
    qtbot: Any, plan_window: MainWindow
) -> None:
    view = drawn(qtbot, plan_window)
    view.focus_main()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    kind, record_id = view.current_record()
    assert plan_window.workspace.details.key == record_id
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert plan_window.workspace.current_view().current_record() == (kind, record_id)


def test_filters_narrow_the_chart(qtbot: Any, plan_window: MainWindow) -> None:
    view = drawn(qtbot, plan_window)
    everything = {r.id for r in view.record_regions() if r.kind == "item"}
    before = view.info
    view.category.setCurrentIndex(view.category.findData("run"))
    redrawn(qtbot, view, before)
    runs = {r.id for r in view.record_regions() if r.kind == "item"}
    snap = plan_window.live.snapshot
    assert runs and runs < everything
    assert all(snap.item_by_id[i].category == "run" for i in runs)
    before = view.info
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    redrawn(qtbot, view, before)
    assert {r.id for r in view.record_regions() if r.kind == "item"} == everything


def test_edit_and_undo_redraw_once_settled(qtbot: Any, plan_window: MainWindow) -> None:
    view = drawn(qtbot, plan_window)
    wms = by_code(plan_window.live.snapshot.items, "WMS")
    before = view.info
    plan_window.live.execute(UpdateRecord("item", wms.id, {"title": "Warehouse platform"}))
    plan_window.live.execute(UpdateRecord("item", wms.id, {"risk": "high"}))
    assert view.info is before  # debounced: nothing drawn yet
    redrawn(qtbot, view, before)
    assert any("Warehouse platform" in r.tooltip for r in view.record_regions())
    before = view.info
    plan_window.undo_action.trigger()
    plan_window.undo_action.trigger()
    redrawn(qtbot, view, before)
    assert not any("Warehouse platform" in r.tooltip for r in view.record_regions())


@pytest.mark.parametrize("name", ["roadmap.svg", "roadmap"])
def test_export_writes_the_chart(
    qtbot: Any, plan_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    view = drawn(qtbot, plan_window)
    asked: list[str] = []

    def choose(_parent: Any, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / name)

    monkeypatch.setattr(view_chart_explorer, "choose_export_path", choose)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".png")
    written = tmp_path / (name if "." in name else f"{name}.png")
    data = written.read_bytes()
    assert data.startswith(b"\x89PNG") if written.suffix == ".png" else b"<svg" in data[:2000]


def test_cancelled_export_writes_nothing(
    qtbot: Any, plan_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = drawn(qtbot, plan_window)
    monkeypatch.setattr(view_chart_explorer, "choose_export_path", lambda *_a: None)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert not list(tmp_path.glob("*.png"))
