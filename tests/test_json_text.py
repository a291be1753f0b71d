"""The fast indented JSON text (io/json_text.py) and the streamed plan writer built on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratplanner.io import plan_json_writer
from stratplanner.io.json_text import dumps_indented, iter_json
from stratplanner.io.plan_json import import_plan_json, write_plan_json
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

GOLDEN = Path(__file__).parent / "data" / "golden"

# Text that looks like the separators the fast path splits on must stay inside its string.
_texts = st.text() | st.sampled_from(["},\n    {", "},\n      {", "\n", '"', "\\", "🚀", "\u2028"])
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | _texts
)
_keys = _texts | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()
_records = st.dictionaries(st.text(max_size=5), _scalars, min_size=1, max_size=4)
_values = st.recursive(
    _scalars | st.lists(_records, max_size=4),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_keys, inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_the_text_is_what_json_dumps_with_indent_2_writes(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        [{"a": 1, "b": "x},\n      {"}, {"c": None}],
        {"records": [{"a": 1.5}, {"a": float("nan")}], "empty": [], "none": {}},
        [{"a": 1}, {"b": [1]}],  # not every object flat: walked
        [{}, {"a": 1}],  # an empty object among records
        {2: 2, 1.5: 3, True: 4, None: 5},
        [[1, 2], (3,), []],
    ],
)
def test_awkward_shapes(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_value_json_can_not_write_still_fails() -> None:
    with pytest.raises(TypeError):
        "".join(iter_json({"when": {1, 2}}))


@pytest.fixture
def every_record_plan(tmp_path: Path) -> Path:
    return import_plan_json(GOLDEN / "every-record-source.json", tmp_path / "p.stratplan")


def test_the_plan_is_written_in_pieces_of_a_few_records(
    every_record_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_json_writer, "BATCH", 2)
    with open_plan(every_record_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    pieces = list(plan_json_writer.iter_plan_json(snap))
    golden = (GOLDEN / "every-record.json").read_text(encoding="utf-8")
    assert "".join(pieces) + "\n" == golden
    # No piece is the document: the longest holds at most a batch of records.
    assert max(len(p) for p in pieces) < len(golden) / 5
    items = [p for p in pieces if '"code": "I1"' in p and '"category"' in p]
    assert len(items) == 1 and items[0].count('"category"') == 2


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    every_record_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with open_plan(every_record_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)

    def broken(*_args: Any) -> Any:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("stratplanner.io.plan_json_workshops.workshops_to_json", broken)
    with pytest.raises(RuntimeError):
        write_plan_json(snap, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "p.stratplan"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_scalars, _scalars, _scalars, _scalars | st.just("%s %")), min_size=1))
def test_records_filled_into_the_layout_are_what_json_dumps_writes(
    rows: list[tuple[Any, ...]],
) -> None:
    keys = [key for key, *_ in plan_json_writer.RECORD_FIELDS["links"]]
    expected = json.dumps(
        {"links": [dict(zip(keys, row, strict=True)) for row in rows]},
        ensure_ascii=False,
        indent=2,
    )
    text = plan_json_writer.records_text(rows, plan_json_writer._record_template("links"))
    assert expected == '{\n  "links": [\n    ' + text + "\n  ]\n}"
