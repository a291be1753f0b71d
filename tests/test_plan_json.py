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
    nasty = (
        "R&D <budget> </para> <img src='/etc/passwd'/> \"quoted\" 🚀 مرحبا ελληνικά 中文\nline two"
    )
    doc = minimal(
        items=[
            {"code": "X&<1>", "title": nasty, "description": nasty * 100, "value_statement": nasty}
        ]
    )
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
        links=[
            {"objective": "O9", "item": "A", "strength": 3},
            {"objective": "O1", "item": "A", "strength": 4},
        ],
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
        (
            json.dumps(
                {
                    "format": "stratplanner-plan",
                    "version": 2,
                    "plan": {"title": "x", "start": "2027-Q1"},
                }
            ).encode(),
            "newer than the 1",
        ),
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
    parsed = parse_plan_dict(
        minimal(
            items=[{"code": "U", "title": "Unscheduled", "start": None, "end": None, "risk": None}]
        )
    )
    row = parsed.rows["item"][0]
    assert row["start"] is None and row["end"] is None
    assert row["risk"] == "medium" and row["status"] == "proposed" and row["category"] == "run"


# -- hypothesis: JSON → plan → JSON is the identity on normalised documents ------------

codes = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=8
)
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
        item: dict[str, Any] = {
            "code": code,
            "title": draw(texts.filter(str.strip) | st.just("T")),
            "description": draw(texts),
        }
        if draw(st.booleans()):
            a, b = sorted([draw(quarters), draw(quarters)], key=lambda q: (int(q[:4]), q[-1]))
            item["start"], item["end"] = a, b
        item["capex"] = draw(money)
        item["status"] = draw(
            st.sampled_from(["proposed", "approved", "in_progress", "done", "on_hold", "cancelled"])
        )
        item["category"] = draw(st.sampled_from(["run", "grow", "transform"]))
        items.append(item)
    objectives = [
        {
            "code": c,
            "title": draw(texts.filter(str.strip) | st.just("O")),
            "weight": draw(st.integers(1, 5)),
        }
        for c in obj_codes
    ]
    if len(objectives) > 1 and draw(st.booleans()):
        objectives[1]["parent"] = objectives[0]["code"]
    links = []
    if obj_codes and item_codes:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(obj_codes), st.sampled_from(item_codes)),
                unique=True,
                max_size=8,
            )
        )
        links = [
            {
                "objective": o,
                "item": i,
                "strength": draw(st.integers(1, 3)),
                "rationale": draw(texts),
            }
            for o, i in pairs
        ]
    teams = [
        {"code": c, "name": "Team " + c, "capacity": draw(st.floats(0, 50, allow_nan=False))}
        for c in team_codes
    ]
    demands = []
    if team_codes and item_codes:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(item_codes), st.sampled_from(team_codes)),
                unique=True,
                max_size=5,
            )
        )
        demands = [
            {"item": i, "team": t, "fte": draw(st.floats(0.1, 10, allow_nan=False))}
            for i, t in pairs
        ]
    deps = []
    for a in range(len(item_codes)):
        for b in range(a + 1, len(item_codes)):
            if draw(st.booleans()) and len(deps) < 4:
                deps.append({"before": item_codes[a], "after": item_codes[b]})
    return minimal(
        plan={
            "title": draw(texts.filter(str.strip) | st.just("P")),
            "start": draw(quarters),
            "quarters": draw(st.integers(1, 40)),
            "organization": draw(texts),
            "currency": "EUR",
        },
        items=items,
        objectives=objectives,
        links=links,
        teams=teams,
        demands=demands,
        dependencies=deps,
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=plan_documents())
def test_json_plan_json_round_trip(
    tmp_path_factory: pytest.TempPathFactory, doc: dict[str, Any]
) -> None:
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


# -- workshops (plan format 5, docs/plan-json-extensions.md) ----------------------------------


def workshop_doc() -> dict[str, Any]:
    """The sample plan with one workshop: every kind of workshop record, ballots of each shape."""
    doc = json.loads(sample_plan_json().read_text(encoding="utf-8"))
    doc["scenarios"] = [{"code": "CAP", "name": "Workshop cap", "budget": 3000000}]
    doc["criteria"] = [{"code": "FIT", "name": "Strategic fit", "measure": "scored", "weight": 2}]
    options = [
        {"code": c, "title": c.title(), "item": c} for c in ("ERP-FIN", "IAM-SSO", "DC-EXIT")
    ]
    at = "2027-01-20T09:30:00Z"
    doc["workshops"] = [
        {
            "code": "Q1-OFFSITE", "title": "Q1 offsite <R&D> 🚀", "date": "2027-01-20", "notes": "",
            "participants": [
                {"code": "mellison", "name": "Margaret", "person": "mellison", "side": "business"},
                {"code": "P1", "name": "Guest", "side": "it", "business_unit": "FINANCE"},
            ],
            "rounds": [
                {"code": "R1", "question": "Dots", "method": "dots", "dots": 3, "cap": 2,
                 "state": "closed", "revealed": True, "opened_at": at, "closed_at": at,
                 "adopted": "statuses", "options": [dict(o) for o in options],
                 "ballots": [
                     {"participant": "mellison", "values": {"ERP-FIN": 2, "DC-EXIT": 1},
                      "cast_at": at},
                     {"participant": "P1", "abstain": True, "cast_at": at},
                 ]},
                {"code": "R2", "question": "Buy", "method": "budget", "scenario": "CAP",
                 "state": "open", "opened_at": at, "options": [dict(o) for o in options],
                 "ballots": [{"participant": "P1", "values": {"IAM-SSO": "1499999.5"},
                              "cast_at": at}]},
                {"code": "R3", "question": "Pairs", "method": "pairwise",
                 "options": [dict(o) for o in options],
                 "state": "open", "opened_at": at, "anonymity": "named",
                 "ballots": [{"participant": "P1", "cast_at": at,
                              "values": [["ERP-FIN", "IAM-SSO", "tie"],
                                         ["DC-EXIT", "ERP-FIN", "DC-EXIT"]]}]},
                {"code": "R4", "question": "Rate", "method": "criteria",
                 "options": [dict(o) for o in options],
                 "state": "open", "opened_at": at,
                 "ballots": [{"participant": "mellison", "cast_at": at,
                              "values": {"ERP-FIN": {"FIT": 4}}}]},
                {"code": "R5", "question": "Objectives", "method": "moscow",
                 "subject": "objectives",
                 "options": [{"code": "T1", "title": "T1", "objective": "T1"},
                             {"code": "GONE", "title": "A deleted objective"}]},
            ],
            "decisions": [
                {"code": "D1", "decision": "Fund ERP", "owner": "dokafor", "round": "R1",
                 "review_date": "2027-06-30", "items": ["ERP-FIN"], "objectives": ["T1"]},
            ],
            "actions": [
                {"code": "A1", "action": "Write the case", "owner": "dokafor", "due": "2027-02-15",
                 "decision": "D1", "item": "ERP-FIN"},
                {"code": "A2", "action": "Book the room", "done": True},
            ],
        }
    ]  # fmt: skip
    return doc


def test_workshops_round_trip_byte_identical(tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    src.write_text(json.dumps(workshop_doc()), encoding="utf-8")
    first = import_plan_json(src, tmp_path / "a.stratplan")
    out1, out2 = tmp_path / "1.json", tmp_path / "2.json"
    with open_plan(first, read_only=True) as doc:
        snap = load_snapshot(doc.session)
        write_plan_json(snap, out1)
    import_plan_json(out1, tmp_path / "b.stratplan")
    with open_plan(tmp_path / "b.stratplan", read_only=True) as doc:
        write_plan_json(load_snapshot(doc.session), out2)
    assert out1.read_bytes() == out2.read_bytes()
    (workshop,) = json.loads(out1.read_text(encoding="utf-8"))["workshops"]
    assert workshop["title"] == "Q1 offsite <R&D> 🚀"
    rounds = {r["code"]: r for r in workshop["rounds"]}
    assert [r["code"] for r in workshop["rounds"]] == ["R1", "R2", "R3", "R4", "R5"]
    # Ballots come back normalised: money as text in cents, pairs as lists.
    assert rounds["R2"]["ballots"][0]["values"] == {"IAM-SSO": "1499999.50"}
    assert rounds["R3"]["ballots"][0]["values"] == [
        ["ERP-FIN", "IAM-SSO", "tie"], ["DC-EXIT", "ERP-FIN", "DC-EXIT"]
    ]  # fmt: skip
    assert rounds["R1"]["ballots"][1] == {
        "participant": "P1", "abstain": True, "values": None, "cast_at": "2027-01-20T09:30:00Z"
    }  # fmt: skip
    assert rounds["R5"]["options"][1] == {
        "code": "GONE", "title": "A deleted objective", "item": None, "objective": None
    }  # fmt: skip
    assert workshop["decisions"][0]["items"] == ["ERP-FIN"]
    assert workshop["actions"][1]["done"] is True
    assert len(snap.workshop_ballots) == 5 and len(snap.workshop_decision_links) == 2


def test_a_plan_without_workshops_writes_an_empty_collection_and_reads_without_it() -> None:
    doc = minimal()
    assert parse_plan_dict(doc).rows["workshop"] == []
    from stratplanner.io.plan_json import snapshot_from_dict

    assert plan_to_dict(snapshot_from_dict(doc))["workshops"] == []


def test_a_baseline_keeps_its_workshops() -> None:
    from stratplanner.io.plan_json import snapshot_from_dict, snapshot_from_trusted_dict

    checked = snapshot_from_dict(workshop_doc())
    trusted = snapshot_from_trusted_dict(plan_to_dict(checked))
    assert plan_to_dict(trusted)["workshops"] == plan_to_dict(checked)["workshops"]
    assert len(trusted.workshop_ballots) == 5


def test_workshop_problems_are_reported_with_their_paths() -> None:
    doc = workshop_doc()
    ws = doc["workshops"][0]
    ws["colour"] = "red"
    ws["participants"][0]["person"] = "nobody"
    ws["participants"].append({"code": "P1", "name": "Twin", "side": "it"})
    ws["participants"].append({"code": "P9", "name": "No side"})
    ws["rounds"][0]["options"][0]["item"] = "NOPE"
    ws["rounds"][1]["ballots"][0]["values"] = {"IAM-SSO": 2_000_000}
    ws["rounds"][2]["ballots"].append(
        {"participant": "ghost", "values": [], "cast_at": "2027-01-20"}
    )
    ws["rounds"][3]["method"] = "vote"
    ws["decisions"][0]["round"] = "R9"
    ws["actions"][0]["decision"] = "D9"
    ws["actions"][1]["due"] = "soon"
    with pytest.raises(PlanJsonError) as info:
        parse_plan_dict(doc)
    problems = info.value.problems
    expected = [
        "workshops[0].colour: unknown field in workshop Q1-OFFSITE",
        "workshops[0].participants[0].person: there is no person nobody in the plan",
        "workshops[0].participants[2].code: participant code P1 appears twice in workshop "
        "Q1-OFFSITE",
        "workshops[0].participants[3].side: required field is missing in participant P9",
        "workshops[0].rounds[0].options[0].item: there is no roadmap item NOPE in the plan",
        'workshops[0].rounds[1].ballots[0].values: You put more on "IAM-SSO" '
        "than your whole budget",
        "workshops[0].rounds[2].ballots[1].participant: the workshop has no participant ghost",
        'workshops[0].rounds[3].method: "vote" is not one of dots, points',
        "workshops[0].decisions[0].round: workshop Q1-OFFSITE has no round R9",
        "workshops[0].actions[0].decision: workshop Q1-OFFSITE has no decision D9",
        'workshops[0].actions[1].due: text "soon" is not a date',
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
