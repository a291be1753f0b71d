"""Findings view: the analysis's findings, filtered by kind, opening their records."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import click_cell, view_of
from PySide6.QtCore import Qt

from stratplanner.commands import UpdateRecord
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_findings_filter_by_kind_and_open_their_record(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "findings")
    all_rows = view.model.rowCount()
    assert all_rows > 0
    kinds = {f.kind for f in view.model.findings}
    kind = sorted(kinds)[0]
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(kind))
    assert 0 < view.model.rowCount() <= all_rows
    assert {f.kind for f in view.model.findings} == {kind}

    click_cell(qtbot, view.table, view.model.index(0, 2))
    finding = view.model.findings[0]
    details = plan_window.workspace.details
    assert (details.kind, details.key) == (finding.record_kind, finding.record_id)

    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert plan_window.workspace.current_key() != "findings"
    assert plan_window.workspace.current_view().current_record() == (
        finding.record_kind,
        finding.record_id,
    )


def test_fixing_the_problem_removes_its_finding(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "findings")
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("missing_value_statement"))
    if view.model.rowCount() == 0:
        pytest.skip("the sample plan has no item without a value statement")
    finding = view.model.findings[0]
    before = view.model.rowCount()
    plan_window.live.execute(
        UpdateRecord("item", finding.record_id, {"value_statement": "Cuts checkout time."})
    )
    assert view.model.rowCount() == before - 1
    plan_window.live.undo_stack.undo()
    assert view.model.rowCount() == before


def test_a_kind_with_no_findings_says_so(qtbot: Any, plan_window: MainWindow) -> None:
    view = view_of(plan_window, "findings")
    present = {f.kind for f in view.model.findings}
    absent = next((k for k in view.KIND_ORDER if k not in present), None)
    if absent is None:
        pytest.skip("every kind has findings in the sample plan")
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(absent))
    assert view.stack.currentWidget() is view.empty
    assert "All kinds" in view.empty.text()
