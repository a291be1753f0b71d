"""After an edit in place the Findings view shows the analysis brought up to date for what the
edit touched, without analysing the whole plan again (issue 20 item 2)."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import edit_cell_by_keyboard, row_of_code, view_of
from PySide6.QtCore import Qt

from stratplanner.analysis import Finding, analyze, plan_analysis
from stratplanner.analysis.findings import find_problems
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_renamed_item_shows_in_its_findings_without_a_full_analysis(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = view_of(plan_window, "findings")
    item_finding = next(f for f in findings.model.findings if f.record_kind == "item")
    code = item_finding.code
    full: list[PlanSnapshot] = []

    def whole_plan(snap: PlanSnapshot, *args: Any, **kwargs: Any) -> list[Finding]:
        """Every full ``analyze``, whoever calls it, ends here."""
        full.append(snap)
        return find_problems(snap, *args, **kwargs)

    monkeypatch.setattr(plan_analysis, "find_problems", whole_plan)

    roadmap = view_of(plan_window, "roadmap")
    model, view = roadmap.table.model, roadmap.table.view
    edit_cell_by_keyboard(
        qtbot, view, model.index(row_of_code(model, code), model.column_of("title")), "Renamed"
    )
    findings = view_of(plan_window, "findings")
    mine = [f for f in findings.model.findings if f.record_kind == "item" and f.code == code]
    assert mine and all(f'{code} "Renamed"' in f.message for f in mine)
    assert full == [], "an edit of one item's title analysed the whole plan again"
    monkeypatch.undo()
    live = plan_window.live
    assert live is not None
    assert findings.model.findings == list(analyze(live.snapshot).findings)
    monkeypatch.setattr(plan_analysis, "find_problems", whole_plan)

    roadmap = view_of(plan_window, "roadmap")
    roadmap.table.view.setFocus()
    qtbot.keyClick(roadmap.table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    findings = view_of(plan_window, "findings")
    mine = [f for f in findings.model.findings if f.record_kind == "item" and f.code == code]
    assert mine and not any('"Renamed"' in f.message for f in mine)
    assert full == [], "undoing it analysed the whole plan again"
