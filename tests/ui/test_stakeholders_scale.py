"""The Stakeholders view on a big plan (issue 20 item 3): one pass per refresh, whatever the
plan's size — the sponsor flags computed once and the responsibility counts from one index,
never a scan of every item per person. (Times are for benchmarks/bench_gui.py --views.)"""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import view_of
from PySide6.QtCore import Qt

from stratplanner.analysis import partnership
from stratplanner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_refresh_reads_the_flags_once_and_no_persons_items(
    qtbot: Any, plan_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(plan_window, "stakeholders")
    calls = {"flags": 0, "per_person": 0}
    flags, per_person = partnership.sponsor_flags, partnership.responsibilities_of

    def counted_flags(*args: Any, **kwargs: Any) -> Any:
        calls["flags"] += 1
        return flags(*args, **kwargs)

    def counted_per_person(*args: Any, **kwargs: Any) -> Any:
        calls["per_person"] += 1
        return per_person(*args, **kwargs)

    monkeypatch.setattr(partnership, "sponsor_flags", counted_flags)
    monkeypatch.setattr(partnership, "responsibilities_of", counted_per_person)
    assert plan_window.live is not None
    snap = plan_window.live.snapshot
    view.refresh(snap)
    assert calls["flags"] == 1
    # the buttons ask about the selected person only; the list itself counts from one index
    assert calls["per_person"] <= 1
    assert view.tree.topLevelItemCount() == len(snap.people) > 1
    counts = partnership.responsibility_counts(snap)
    shown = {
        view.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole): view.tree.topLevelItem(n).data(
            7, Qt.ItemDataRole.DisplayRole
        )
        for n in range(view.tree.topLevelItemCount())
    }
    assert shown == {p.id: counts.get(p.id, 0) for p in snap.people}
    heading = view.heading.text()
    assert f"{len(flags(snap))} record" in heading
