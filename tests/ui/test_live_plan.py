"""The undo adapter and the snapshot kept current by partial refresh."""

from __future__ import annotations

import functools
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from stratplanner.commands import (
    CreateRecord,
    DeleteRecord,
    Macro,
    SetLink,
    UpdateRecord,
    UpdateSettings,
)
from stratplanner.snapshot import PlanSnapshot, load_snapshot, snapshot_of
from stratplanner.store import open_plan
from stratplanner.ui.live_plan import LivePlan

pytestmark = pytest.mark.gui


@pytest.fixture
def live(qapp: Any, sample_plan: Path) -> Any:
    plan = LivePlan(open_plan(sample_plan))
    yield plan
    plan.close()


LOOKUPS = [
    name
    for name in dir(PlanSnapshot)
    if isinstance(getattr(PlanSnapshot, name, None), functools.cached_property)
]


def item(snap: PlanSnapshot, code: str) -> Any:
    return next(i for i in snap.items if i.code == code)


def assert_same_as_full_load(live: LivePlan) -> None:
    """The incrementally kept snapshot equals a fresh read of the whole file."""
    fresh = load_snapshot(live.document.session)
    kept = live.snapshot
    assert kept.info == fresh.info
    for f in fields(PlanSnapshot):
        if f.name in ("info", "revision"):
            continue
        assert getattr(kept, f.name) == getattr(fresh, f.name), f.name
    assert snapshot_of(live.document) is kept
    carried = [name for name in LOOKUPS if name in vars(kept)]
    for name in carried:
        assert vars(kept)[name] == getattr(fresh, name), name
    for name in LOOKUPS:  # build them all, so the next edit patches every one
        getattr(kept, name)


def test_edit_undo_redo_through_the_stack(live: LivePlan) -> None:
    cloud = item(live.snapshot, "CLOUD-LZ")
    assert live.execute(UpdateRecord("item", cloud.id, {"start": "2027-Q2", "end": "2027-Q3"}))
    assert live.undo_stack.undoText() == "Change end, start of Cloud landing zone"
    assert str(item(live.snapshot, "CLOUD-LZ").start) == "2027-Q2"
    live.undo_stack.undo()
    assert str(item(live.snapshot, "CLOUD-LZ").start) == "2027-Q1"
    assert live.undo_stack.redoText() == "Change end, start of Cloud landing zone"
    live.undo_stack.redo()
    assert str(item(live.snapshot, "CLOUD-LZ").end) == "2027-Q3"
    assert_same_as_full_load(live)


def test_a_refused_edit_is_reported_and_never_reaches_the_stack(live: LivePlan, qtbot: Any) -> None:
    cloud = item(live.snapshot, "CLOUD-LZ")
    with qtbot.waitSignal(live.refused) as refused:
        assert not live.execute(UpdateRecord("item", cloud.id, {"end": "2026-Q1"}))
    assert "before start" in refused.args[0]
    assert live.undo_stack.count() == 0
    assert item(live.snapshot, "CLOUD-LZ").end == cloud.end


def test_typing_in_one_field_merges_into_one_undo_step(live: LivePlan) -> None:
    cloud = item(live.snapshot, "CLOUD-LZ")
    for title in ("C", "Cl", "Cloud foundation"):
        assert live.execute(UpdateRecord("item", cloud.id, {"title": title}))
    assert live.undo_stack.count() == 1
    live.undo_stack.undo()
    assert item(live.snapshot, "CLOUD-LZ").title == "Cloud landing zone"
    live.undo_stack.redo()
    assert item(live.snapshot, "CLOUD-LZ").title == "Cloud foundation"


def test_partial_refresh_matches_a_full_reload_through_every_kind_of_edit(live: LivePlan) -> None:
    snap = live.snapshot
    cloud = item(snap, "CLOUD-LZ")
    objective = next(o for o in snap.objectives if o.code == "T1.1")
    create = CreateRecord("item", {"code": "NEW-1", "title": "New thing"})
    steps = [
        UpdateRecord("item", cloud.id, {"title": "Landing zone", "capex": 1.0}),
        create,
        SetLink(objective.id, cloud.id, 3, "Because"),
        SetLink(objective.id, cloud.id, 1),
        UpdateSettings({"title": "Renamed plan"}),
        Macro(
            "two",
            [UpdateRecord("item", cloud.id, {"risk": "high"}), SetLink(objective.id, cloud.id, 0)],
        ),
        DeleteRecord("item", cloud.id, force=True),
        DeleteRecord("objective", objective.id, force=True),
    ]
    assert_same_as_full_load(live)
    for step in steps:
        assert live.execute(step), step
        assert_same_as_full_load(live)
    while live.undo_stack.canUndo():
        live.undo_stack.undo()
        assert_same_as_full_load(live)
    assert item(live.snapshot, "CLOUD-LZ") == cloud
    while live.undo_stack.canRedo():
        live.undo_stack.redo()
        assert_same_as_full_load(live)


def test_a_change_from_outside_reloads_everything(live: LivePlan, qtbot: Any) -> None:
    before = live.snapshot
    with qtbot.waitSignal(live.changed):
        live.document.notify_external_change({"item"}, "import")
    assert live.snapshot is not before
    assert_same_as_full_load(live)
