"""Snapshots built from rows (issue 20 item 4): the fast record builder makes the same records."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from stratplanner.io.plan_json import import_plan_json, parse_plan_dict, snapshot_from_parsed
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import load_snapshot
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
