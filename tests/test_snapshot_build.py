"""Snapshots built from rows (issue 20 item 4): the same records, built fast, collection paused."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from stratplanner.io import plan_json_writer
from stratplanner.io.plan_json import (
    import_plan_json,
    parse_plan_dict,
    snapshot_from_parsed,
)
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import gc_pause, load_snapshot
from stratplanner.snapshot import snapshot as snapshot_module
from stratplanner.snapshot.records import RECORD_TYPES, field_names, row_builder
from stratplanner.store import open_plan

GOLDEN = Path(__file__).parent / "data" / "golden"


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
def test_the_builder_makes_what_the_constructor_makes(kind: str) -> None:
    record_type = RECORD_TYPES[kind]
    names = field_names(record_type)
    # Distinct values, so a field set from the wrong column shows; a trailing version is ignored.
    row: tuple[Any, ...] = (*(f"{name}-{n}" for n, name in enumerate(names)), 99)
    built = row_builder(record_type)(row)
    assert type(built) is record_type
    assert built == record_type(*row[: len(names)])
    assert [getattr(built, name) for name in names] == list(row[:-1])
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.id = 7  # type: ignore[misc]
    assert hash(built) == hash(record_type(*row[: len(names)]))


def test_a_loaded_snapshot_holds_the_records_of_its_document(tmp_path: Path) -> None:
    source = GOLDEN / "every-record-source.json"
    plan = import_plan_json(source, tmp_path / "p.stratplan")
    with open_plan(plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    expected = snapshot_from_parsed(parse_plan_dict(json.loads(source.read_text("utf-8"))))
    for kind in RECORD_TYPES:
        plural = KINDS[kind].plural
        if kind == "baseline":
            continue
        assert getattr(snap, plural) == getattr(expected, plural), plural
        assert getattr(snap, plural) or kind in ("baseline",), f"no {plural} in the fixture"
    pin = snap.pins[0]
    assert pin.decided_on == date(2027, 3, 1) and isinstance(pin.rank, int)
    assert snap.versions["item"] == {r.id: 1 for r in snap.items}


class FakeCollector:
    """Stands in for the gc module: the tests run with automatic collection off (conftest)."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled

    def isenabled(self) -> bool:
        return self.enabled

    def disable(self) -> None:
        self.enabled = False

    def enable(self) -> None:
        self.enabled = True


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch) -> FakeCollector:
    fake = FakeCollector()
    monkeypatch.setattr(gc_pause, "gc", fake)
    return fake


def test_collection_is_paused_inside_and_restored_by_the_outermost(
    collector: FakeCollector,
) -> None:
    with gc_pause.gc_paused():
        assert not collector.enabled
        with gc_pause.gc_paused():
            assert not collector.enabled
        assert not collector.enabled
    assert collector.enabled
    with pytest.raises(RuntimeError), gc_pause.gc_paused():
        raise RuntimeError
    assert collector.enabled
    collector.enabled = False
    with gc_pause.gc_paused():
        pass
    assert not collector.enabled  # off before (the desktop app), off after


def test_a_worker_thread_leaves_collection_alone(collector: FakeCollector) -> None:
    seen: list[bool] = []

    def work() -> None:
        with gc_pause.gc_paused():
            seen.append(collector.enabled)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [True] and collector.enabled


def test_a_snapshot_loads_and_is_written_with_collection_paused(
    collector: FakeCollector, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plan = import_plan_json(GOLDEN / "every-record-source.json", tmp_path / "p.stratplan")
    states: list[tuple[str, bool]] = []

    def spy(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            states.append((name, collector.enabled))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(snapshot_module, "row_builder", spy("load", snapshot_module.row_builder))
    monkeypatch.setattr(
        plan_json_writer, "records_text", spy("write", plan_json_writer.records_text)
    )
    with open_plan(plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    "".join(plan_json_writer.iter_plan_json(snap))
    assert {name for name, _ in states} == {"load", "write"}
    assert not any(enabled for _, enabled in states)
    assert collector.enabled


def test_a_json_import_is_read_and_checked_with_collection_paused(
    collector: FakeCollector, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from stratplanner.io import plan_json

    seen: list[bool] = []
    real = plan_json.parse_plan_dict

    def parse(*args: Any) -> Any:
        seen.append(collector.enabled)
        return real(*args)

    monkeypatch.setattr(plan_json, "parse_plan_dict", parse)
    plan = import_plan_json(GOLDEN / "every-record-source.json", tmp_path / "p.stratplan")
    assert plan.exists() and seen == [False] and collector.enabled
