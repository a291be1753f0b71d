"""The JSON interchange format: exact, lossless, and strict with every problem reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratplanner.io.plan_json import (
    PlanJsonError,
    import_plan_json,
    parse_plan_dict,
    plan_to_dict,
    write_plan_json,
)
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def export(path: Path) -> dict[str, Any]:
    with open_plan(path, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))


def minimal(**collections: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "T", "start": "2027-Q1", "quarters": 8},
    }
    doc.update(collections)
    return doc


def test_sample_round_trips_losslessly(tmp_path: Path) -> None:
    source = json.loads(sample_plan_json().read_text(encoding="utf-8"))
    plan = import_plan_json(sample_plan_json(), tmp_path / "s.stratplan")
    exported = export(plan)
    out = tmp_path / "s.json"
    with open_plan(plan, read_only=True) as doc:
        write_plan_json(load_snapshot(doc.session), out)
    again = import_plan_json(out, tmp_path / "s2.stratplan")
    assert export(again) == exported
    # Everything the sample states survives (defaults filled in where it omitted fields).
    for collection in ("objectives", "items", "links", "people", "teams", "kpis", "milestones"):
        assert len(exported[collection]) == len(source[collection])
        for given_record, written in zip(source[collection], exported[collection], strict=True):
            for key, value in given_record.items():
                assert written[key] == value, (collection, key)


def test_hostile_text_survives_verbatim(tmp_path: Path) -> None:
    nasty = "R&D <budget> </para> <img src='/etc/passwd'/> \"quoted\" 🚀 مرحبا ελληνικά 中文\nline two"
    doc = minimal(items=[{"code": "X&<1>", "title": nasty, "description": nasty * 100, "value_statement": nasty}])
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    plan = import_plan_json(src, tmp_path / "n.stratplan")
    item = export(plan)["items"][0]
    assert item["title"] == nasty
    assert item["code"] == "X&<1>"
    assert item["description"] == nasty * 100


def test_every_problem_is_reported_with_its_path_and_no_file_is_created(tmp_path: Path) -> None:
    doc = minimal(
        extra=1,
        objectives=[{"code": "O1", "title": "Grow", "weight": 7}, {"code": "O1", "title": "Dup"}],
        items=[
            {"code": "A", "title": "Alpha", "start": "2027-Q3", "end": "2027-Q1"},
            {"code": "B", "title": "Beta", "start": "2027-Q5", "end": "2027-Q6", "colour": "red"},
            {"code": "C"},
            {"code": "D", "title": "Delta", "capex": -1},
        ],
        links=[{"objective": "O9", "item": "A", "strength": 3}, {"objective": "O1", "item": "A", "strength": 4}],
        dependencies=[{"before": "A", "after": "D"}, {"before": "D", "after": "A"}],
        demands=[{"item": "A", "team": "NOPE", "fte": 0}],
    )
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "never.stratplan"
    with pytest.raises(PlanJsonError) as info:
        import_plan_json(src, target)
    problems = "\n".join(info.value.problems)
    expected = [
        "extra: unknown top-level key",
        "objectives[0].weight: weight must be a whole number from 1 to 5",
        "objectives[1].code: duplicate code O1 (already used by objectives[0])",
        "items[0].end: end 2027-Q1 is before start 2027-Q3",
        "items[1].start: '2027-Q5' is not a quarter",
        "items[1].colour: unknown field in roadmap item B",
        "items[2].title: required field is missing in roadmap item C",
        "items[3].capex: capex can't be negative",
        "links[0].objective: link O9 ↔ A refers to objective O9, which does not exist",
        "links[1].strength: strength must be 1 (weak), 2 (moderate) or 3 (strong)",
        "dependency cycle A → D → A",
        "demands[0].team: demand of A on NOPE refers to team NOPE, which does not exist",
        "demands[0].fte: FTE must be more than 0",
    ]
    for phrase in expected:
        assert phrase in problems
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"", "empty"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2]", "expected a JSON object"),
        (json.dumps({"format": "stratplanner-plan", "version": 2, "plan": {"title": "x", "start": "2027-Q1"}}).encode(), "newer than the 1"),
        (json.dumps({"format": "something-else", "version": 1}).encode(), "format: expected"),
    ],
)
def test_unreadable_documents(tmp_path: Path, content: bytes, phrase: str) -> None:
    src = tmp_path / "x.json"
    src.write_bytes(content)
    with pytest.raises(PlanJsonError, match=phrase):
        import_plan_json(src, tmp_path / "x.stratplan")
    assert not (tmp_path / "x.stratplan").exists()


def test_unscheduled_items_and_nulls_take_defaults() -> None:
    parsed = parse_plan_dict(minimal(items=[{"code": "U", "title": "Unscheduled", "start": None, "end": None, "risk": None}]))
    row = parsed.rows["item"][0]
    assert row["start"] is None and row["end"] is None
    assert row["risk"] == "medium" and row["status"] == "proposed" and row["category"] == "run"


# -- hypothesis: JSON → plan → JSON is the identity on normalised documents ------------

codes = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=8)
texts = st.text(max_size=30)
quarters = st.builds(lambda y, q: f"{y}-Q{q}", st.integers(2020, 2040), st.integers(1, 4))
money = st.one_of(st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False, allow_infinity=False))


@st.composite
def plan_documents(draw: st.DrawFn) -> dict[str, Any]:
    item_codes = draw(st.lists(codes, min_size=0, max_size=6, unique=True))
    obj_codes = draw(st.lists(codes, min_size=0, max_size=4, unique=True))
    team_codes = draw(st.lists(codes, min_size=0, max_size=3, unique=True))
    items = []
    for code in item_codes:
        item: dict[str, Any] = {"code": code, "title": draw(texts.filter(str.strip) | st.just("T")), "description": draw(texts)}
        if draw(st.booleans()):
            a, b = sorted([draw(quarters), draw(quarters)], key=lambda q: (int(q[:4]), q[-1]))
            item["start"], item["end"] = a, b
        item["capex"] = draw(money)
        item["status"] = draw(st.sampled_from(["proposed", "approved", "in_progress", "done", "on_hold", "cancelled"]))
        item["category"] = draw(st.sampled_from(["run", "grow", "transform"]))
        items.append(item)
    objectives = [{"code": c, "title": draw(texts.filter(str.strip) | st.just("O")), "weight": draw(st.integers(1, 5))} for c in obj_codes]
    if len(objectives) > 1 and draw(st.booleans()):
        objectives[1]["parent"] = objectives[0]["code"]
    links = []
    if obj_codes and item_codes:
        pairs = draw(st.lists(st.tuples(st.sampled_from(obj_codes), st.sampled_from(item_codes)), unique=True, max_size=8))
        links = [{"objective": o, "item": i, "strength": draw(st.integers(1, 3)), "rationale": draw(texts)} for o, i in pairs]
    teams = [{"code": c, "name": "Team " + c, "capacity": draw(st.floats(0, 50, allow_nan=False))} for c in team_codes]
    demands = []
    if team_codes and item_codes:
        pairs = draw(st.lists(st.tuples(st.sampled_from(item_codes), st.sampled_from(team_codes)), unique=True, max_size=5))
        demands = [{"item": i, "team": t, "fte": draw(st.floats(0.1, 10, allow_nan=False))} for i, t in pairs]
    deps = []
    for a in range(len(item_codes)):
        for b in range(a + 1, len(item_codes)):
            if draw(st.booleans()) and len(deps) < 4:
                deps.append({"before": item_codes[a], "after": item_codes[b]})
    return minimal(
        plan={"title": draw(texts.filter(str.strip) | st.just("P")), "start": draw(quarters), "quarters": draw(st.integers(1, 40)), "organization": draw(texts), "currency": "EUR"},
        items=items, objectives=objectives, links=links, teams=teams, demands=demands, dependencies=deps,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=plan_documents())
def test_json_plan_json_round_trip(tmp_path_factory: pytest.TempPathFactory, doc: dict[str, Any]) -> None:
    folder = tmp_path_factory.mktemp("rt")
    src = folder / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    exported = export(import_plan_json(src, folder / "p.stratplan"))
    assert exported["plan"] == {**doc["plan"]}
    for collection in ("items", "objectives", "links", "teams", "demands", "dependencies"):
        assert len(exported[collection]) == len(doc[collection])
        for given_record, written in zip(doc[collection], exported[collection], strict=True):
            for key, value in given_record.items():
                assert written[key] == value
    # And the exported document is itself a fixed point.
    src2 = folder / "again.json"
    src2.write_text(json.dumps(exported), encoding="utf-8")
    assert export(import_plan_json(src2, folder / "p2.stratplan")) == exported
