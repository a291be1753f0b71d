"""Scoring, WSJF, pins and sensitivity on hand-computed plans; the commands and CLI around them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratplanner.analysis.scoring import PrioritizationError, ScoringModel, rank_portfolio
from stratplanner.analysis.sensitivity import rank_sensitivity
from stratplanner.cli.main import main
from stratplanner.commands import CommandError
from stratplanner.commands.portfolio import PinRank, SetScore, SetWeights, Unpin
from stratplanner.io.plan_json import import_plan_json, plan_to_dict, snapshot_from_dict
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan


def plan(items: list[dict[str, Any]], **collections: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Scoring", "start": "2027-Q1", "quarters": 8},
        "items": items,
    }
    doc.update(collections)
    return doc


def snap_of(items: list[dict[str, Any]], **collections: Any) -> PlanSnapshot:
    return snapshot_from_dict(plan(items, **collections))


# Objectives weighted 3 and 1 (Σ 4): A serves O1 strongly (alignment 0.75), B serves O2
# strongly (0.25), C serves O1 weakly (1/3 × 3 / 4 = 0.25).
THREE = {
    "objectives": [
        {"code": "O1", "title": "Grow", "weight": 3},
        {"code": "O2", "title": "Save", "weight": 1},
    ],
    "links": [
        {"objective": "O1", "item": "A", "strength": 3},
        {"objective": "O2", "item": "B", "strength": 3},
        {"objective": "O1", "item": "C", "strength": 1},
    ],
}
THREE_ITEMS = [
    {"code": "A", "title": "Alpha", "annual_value": 300, "capex": 100, "risk": "low"},
    {"code": "B", "title": "Beta", "annual_value": 100, "capex": 300, "risk": "high"},
    {"code": "C", "title": "Gamma", "annual_value": 200, "capex": 200, "risk": "medium"},
]


def test_default_criteria_score_as_computed_by_hand() -> None:
    ranking = rank_portfolio(snap_of(THREE_ITEMS, **THREE))
    assert [e.code for e in ranking.items] == ["A", "C", "B"]
    by_code = {e.code: e for e in ranking.items}
    # Weights 4/3/2/1 (Σ 10). A is best on everything; B worst; C is mid on value, cost, risk.
    assert by_code["A"].score == pytest.approx(100.0)
    assert by_code["B"].score == pytest.approx(0.0)
    assert by_code["C"].score == pytest.approx(30.0)
    assert by_code["C"].contributions == pytest.approx(
        {"ALIGN": 0.0, "VALUE": 15.0, "COST": 10.0, "RISK": 5.0}
    )
    assert by_code["C"].raw == pytest.approx(
        {"ALIGN": 0.25, "VALUE": 200.0, "COST": 200.0, "RISK": 2.0}
    )
    assert [c.share for c in ranking.criteria] == pytest.approx([0.4, 0.3, 0.2, 0.1])


def test_scored_criteria_use_the_fixed_0_to_5_scale_and_report_missing_scores() -> None:
    criteria = [
        {"code": "REG", "name": "Regulatory need", "measure": "scored", "weight": 1},
        {
            "code": "CPLX",
            "name": "Complexity",
            "measure": "scored",
            "direction": "cost",
            "weight": 1,
        },
    ]
    scores = [
        {"criterion": "REG", "item": "A", "score": 5},
        {"criterion": "REG", "item": "B", "score": 2.5},
        {"criterion": "CPLX", "item": "A", "score": 5},
        {"criterion": "CPLX", "item": "B", "score": 0},
    ]
    ranking = rank_portfolio(snap_of(THREE_ITEMS, criteria=criteria, scores=scores))
    by_code = {e.code: e for e in ranking.items}
    assert by_code["A"].score == pytest.approx(100 * (1.0 + 0.0) / 2)
    assert by_code["B"].score == pytest.approx(100 * (0.5 + 1.0) / 2)
    assert by_code["C"].score == pytest.approx(100 * (0.0 + 1.0) / 2)  # unscored: 0, cost-side 1
    assert by_code["C"].unscored == ("REG", "CPLX")
    assert by_code["A"].unscored == ()
    assert [e.code for e in ranking.items] == ["B", "A", "C"]


def test_a_criterion_that_cant_tell_items_apart_gives_everyone_half() -> None:
    items = [{"code": c, "title": c, "annual_value": 50} for c in "XYZ"]
    ranking = rank_portfolio(
        snap_of(items, criteria=[{"code": "V", "name": "Value", "measure": "annual_value"}])
    )
    assert [e.score for e in ranking.items] == pytest.approx([50.0, 50.0, 50.0])
    assert [e.code for e in ranking.items] == ["X", "Y", "Z"]  # ties by code


def test_live_weights_rerank_from_memory() -> None:
    model = ScoringModel(snap_of(THREE_ITEMS, **THREE))
    assert [e.code for e in model.rank().items] == ["A", "C", "B"]
    cheap_first = model.rank({"ALIGN": 0, "VALUE": 0, "COST": 1, "RISK": 0})
    assert [e.code for e in cheap_first.items] == ["A", "C", "B"]
    risky_last = model.rank({"ALIGN": 0, "VALUE": 0, "COST": 0, "RISK": 1})
    assert [e.score for e in risky_last.items] == pytest.approx([100.0, 50.0, 0.0])
    align_only = model.rank({"VALUE": 0, "COST": 0, "RISK": 0})
    assert {e.code: e.score for e in align_only.items} == pytest.approx(
        {"A": 100.0, "B": 0.0, "C": 0.0}
    )
    assert model.stored_weights() == {"ALIGN": 4.0, "VALUE": 3.0, "COST": 2.0, "RISK": 1.0}


@pytest.mark.parametrize(
    ("criteria", "weights", "phrase"),
    [
        (None, {"ALIGN": 0, "VALUE": 0, "COST": 0, "RISK": 0}, "All criteria weights are 0"),
        ([], None, "The plan has no criteria"),
        (None, {"NOPE": 2}, "There is no criterion NOPE"),
        (None, {"ALIGN": -1}, "0 or more"),
    ],
)
def test_rankings_that_cant_be_made_say_why(
    criteria: list[Any] | None, weights: dict[str, float] | None, phrase: str
) -> None:
    extra = {} if criteria is None else {"criteria": criteria}
    with pytest.raises(PrioritizationError, match=phrase):
        rank_portfolio(snap_of(THREE_ITEMS, **extra), weights)
    # WSJF needs no weights at all.
    assert len(rank_portfolio(snap_of(THREE_ITEMS, **extra), method="wsjf").items) == 3


def test_only_live_items_are_ranked() -> None:
    items = [
        {"code": s[:4].upper(), "title": s, "status": s}
        for s in ("proposed", "approved", "in_progress", "on_hold", "done", "cancelled")
    ]
    ranked = {e.code for e in rank_portfolio(snap_of(items)).items}
    assert ranked == {"PROP", "APPR", "IN_P", "ON_H"}


def test_pins_put_items_where_the_business_decided() -> None:
    pins = [{"item": "B", "rank": 1, "reason": "Regulator deadline", "decided_by": "Board"}]
    ranking = rank_portfolio(snap_of(THREE_ITEMS, pins=pins, **THREE))
    assert [e.code for e in ranking.items] == ["B", "A", "C"]
    b = ranking.by_item[ranking.items[0].item_id]
    assert b.pin is not None and b.pin.reason == "Regulator deadline"
    assert b.score_rank == 3 and b.rank == 1
    assert ranking.warnings == ()


def test_pin_problems_are_warnings_not_crashes() -> None:
    items = [*THREE_ITEMS, {"code": "D", "title": "Done", "status": "done"}]
    pins = [
        {"item": "A", "rank": 9, "reason": "Later"},
        {"item": "B", "rank": 2, "reason": "x"},
        {"item": "C", "rank": 2, "reason": "y"},
        {"item": "D", "rank": 1, "reason": "z"},
    ]
    ranking = rank_portfolio(snap_of(items, pins=pins, **THREE))
    assert [e.code for e in ranking.items] == ["C", "B", "A"]
    text = " ".join(ranking.warnings)
    assert "A is pinned at rank 9 but only 3 items are ranked" in text
    assert "B and C are all pinned at rank 2" in text
    assert "D is pinned at rank 1 but is done; the pin is ignored" in text


def test_wsjf_uses_given_inputs_or_value_over_cost() -> None:
    items = [
        {"code": "A", "title": "A", "cost_of_delay": 8, "job_size": 2},  # 4
        {"code": "B", "title": "B", "cost_of_delay": 9, "job_size": 3},  # 3
        {"code": "C", "title": "C", "cost_of_delay": 5, "job_size": 1},  # 5
    ]
    ranking = rank_portfolio(snap_of(items), method="wsjf")
    assert [(e.code, e.score) for e in ranking.items] == [("C", 5.0), ("A", 4.0), ("B", 3.0)]
    assert ranking.warnings == ()
    derived = [
        {"code": "X", "title": "X", "annual_value": 100, "capex": 50},  # 2
        {"code": "Y", "title": "Y", "annual_value": 90, "capex": 10, "opex": 20},  # 3
        {"code": "Z", "title": "Z", "annual_value": 10},  # no size
        {"code": "W", "title": "W", "cost_of_delay": 1, "job_size": 1},  # given: 1
    ]
    ranking = rank_portfolio(snap_of(derived), method="wsjf")
    assert [e.code for e in ranking.items] == ["Y", "X", "W", "Z"]
    assert ranking.items[-1].score is None
    assert any("Z has no job size" in w for w in ranking.warnings)
    assert any("WSJF mixes given inputs (1 items)" in w for w in ranking.warnings)


def test_sensitivity_finds_the_ranks_that_flip() -> None:
    # Z is best on both criteria; X and Y are mirror images, tied at 50 (X first by code).
    items = [
        {"code": "X", "title": "X", "annual_value": 100, "capex": 100},
        {"code": "Y", "title": "Y", "annual_value": 0, "capex": 0},
        {"code": "Z", "title": "Z", "annual_value": 100, "capex": 0},
    ]
    criteria = [
        {"code": "VALUE", "name": "Value", "measure": "annual_value", "weight": 1},
        {"code": "COST", "name": "Cost", "measure": "cost", "weight": 1},
        {"code": "NONE", "name": "Unused", "measure": "risk", "weight": 0},
    ]
    model = ScoringModel(snap_of(items, criteria=criteria))
    result = rank_sensitivity(model)
    assert result.varied == ("VALUE", "COST")
    by_code = {i.code: i for i in result.items}
    assert [i.code for i in result.items] == ["Z", "X", "Y"]
    assert by_code["Z"].robust
    assert not by_code["X"].robust and not by_code["Y"].robust
    assert {(s.label, s.rank) for s in by_code["X"].shifts} == {("VALUE −20%", 3), ("COST +20%", 3)}
    assert (by_code["Y"].min_rank, by_code["Y"].max_rank) == (2, 3)
    assert result.robust_count == 1


@settings(max_examples=40, deadline=None)
@given(
    values=st.lists(
        st.tuples(
            st.integers(0, 1000), st.integers(0, 1000), st.sampled_from(["low", "medium", "high"])
        ),
        min_size=1,
        max_size=12,
    ),
    weights=st.lists(st.floats(0, 10, allow_nan=False), min_size=4, max_size=4).filter(
        lambda w: sum(w) > 0
    ),
)
def test_scores_stay_in_range_add_up_and_ranks_are_a_permutation(
    values: list[tuple[int, int, str]], weights: list[float]
) -> None:
    items = [
        {"code": f"I{k}", "title": "t", "annual_value": v, "capex": c, "risk": r}
        for k, (v, c, r) in enumerate(values)
    ]
    codes = ["ALIGN", "VALUE", "COST", "RISK"]
    ranking = ScoringModel(snap_of(items)).rank(dict(zip(codes, weights, strict=True)))
    assert sorted(e.rank for e in ranking.items) == list(range(1, len(items) + 1))
    scores = [round(e.score or 0.0, 9) for e in ranking.items]  # equal to 1e-9 is a tie
    assert scores == sorted(scores, reverse=True)
    for entry in ranking.items:
        assert entry.score is not None and -1e-9 <= entry.score <= 100 + 1e-9
        assert sum(entry.contributions.values()) == pytest.approx(entry.score)


# -- commands and CLI -------------------------------------------------------------------------


@pytest.fixture
def three_plan(tmp_path: Path) -> Path:
    criteria = [
        {"code": "ALIGN", "name": "Strategic alignment", "measure": "alignment", "weight": 4},
        {"code": "VALUE", "name": "Annual value", "measure": "annual_value", "weight": 3},
        {"code": "COST", "name": "Cost", "measure": "cost", "weight": 2},
        {"code": "RISK", "name": "Risk", "measure": "risk", "weight": 1},
        {"code": "REG", "name": "Regulatory need", "measure": "scored", "weight": 0},
    ]
    src = tmp_path / "three.json"
    src.write_text(json.dumps(plan(THREE_ITEMS, criteria=criteria, **THREE)), encoding="utf-8")
    return import_plan_json(src, tmp_path / "three.stratplan")


def test_weights_pins_and_scores_are_undoable_commands(three_plan: Path) -> None:
    with open_plan(three_plan) as doc:
        snap = load_snapshot(doc.session)
        crit = {c.code: c.id for c in snap.criteria}
        item = {i.code: i.id for i in snap.items}
        undo_weights = doc.execute(SetWeights({crit["ALIGN"]: 0, crit["COST"]: 7.5}))
        weights = {c.code: c.weight for c in load_snapshot(doc.session).criteria}
        assert (weights["ALIGN"], weights["COST"]) == (0.0, 7.5)
        doc.execute(undo_weights)
        assert {c.code: c.weight for c in load_snapshot(doc.session).criteria}["COST"] == 2.0

        undo = [doc.execute(PinRank(item["B"], 1, "Regulator deadline", decided_by="Board"))]
        pinned = load_snapshot(doc.session)
        assert [e.code for e in rank_portfolio(pinned).items] == ["B", "A", "C"]
        assert pinned.pins[0].decided_by == "Board" and pinned.pins[0].decided_on is not None
        undo.append(doc.execute(PinRank(item["B"], 2, "Moved after review")))  # re-pin updates
        assert [(p.rank, p.reason) for p in load_snapshot(doc.session).pins] == [
            (2, "Moved after review")
        ]
        undo.append(doc.execute(Unpin(item["B"])))
        assert load_snapshot(doc.session).pins == ()
        with pytest.raises(CommandError, match="B is not pinned"):
            doc.execute(Unpin(item["B"]))
        states = []
        while undo:  # the undo stack, newest first
            doc.execute(undo.pop())
            states.append([(p.rank, p.reason) for p in load_snapshot(doc.session).pins])
        assert states == [[(2, "Moved after review")], [(1, "Regulator deadline")], []]

        undo_score = doc.execute(SetScore(item["A"], crit["REG"], 4))
        assert [(s.item_id, s.score) for s in load_snapshot(doc.session).scores] == [
            (item["A"], 4.0)
        ]
        doc.execute(SetScore(item["A"], crit["REG"], 2))
        assert load_snapshot(doc.session).scores[0].score == 2.0
        doc.execute(undo_score)
        assert load_snapshot(doc.session).scores == ()


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (lambda c, i: SetWeights({c["ALIGN"]: 0, c["VALUE"]: 0, c["COST"]: 0, c["RISK"]: 0}),
         "At least one criterion needs a weight above 0"),
        (lambda c, i: SetWeights({c["ALIGN"]: -2}), "weight must be 0 or more"),
        (lambda c, i: SetScore(i["A"], c["ALIGN"], 3), "computed from the plan"),
        (lambda c, i: SetScore(i["A"], c["REG"], 6), "from 0 to 5"),
        (lambda c, i: PinRank(i["A"], 1, "   "), "a reason is required"),
        (lambda c, i: PinRank(i["A"], 0, "why"), "whole number from 1"),
    ],
)  # fmt: skip
def test_bad_prioritisation_edits_are_refused_and_change_nothing(
    three_plan: Path, make: Any, phrase: str
) -> None:
    with open_plan(three_plan) as doc:
        snap = load_snapshot(doc.session)
        before = plan_to_dict(snap)
        crit = {c.code: c.id for c in snap.criteria}
        item = {i.code: i.id for i in snap.items}
        with pytest.raises(CommandError, match=phrase):
            doc.execute(make(crit, item))
        assert plan_to_dict(load_snapshot(doc.session)) == before


def test_cli_rank_json_with_breakdown_sensitivity_and_what_if_weights(
    three_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rank", str(three_plan), "--json", "--sensitivity"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["method"] == "score"
    assert [i["code"] for i in out["items"]] == ["A", "C", "B"]
    assert out["items"][1]["breakdown"] == pytest.approx(
        {"ALIGN": 0.0, "VALUE": 15.0, "COST": 10.0, "RISK": 5.0, "REG": 0.0}
    )
    assert out["items"][0]["sensitivity"]["robust"] is True
    assert [c["code"] for c in out["criteria"]] == ["ALIGN", "VALUE", "COST", "RISK", "REG"]
    assert (
        main(
            [
                "rank",
                str(three_plan),
                "--json",
                "--weight",
                "VALUE=0",
                "--weight",
                "ALIGN=0",
                "--weight",
                "COST=0",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert [i["score"] for i in out["items"]] == pytest.approx([100.0, 50.0, 0.0])
    # The what-if weights were not saved.
    assert main(["weights", str(three_plan), "--json"]) == 0
    assert [c["weight"] for c in json.loads(capsys.readouterr().out)["criteria"]] == [4, 3, 2, 1, 0]
    assert main(["rank", str(three_plan), "--method", "wsjf"]) == 0
    assert "WSJF = cost of delay" in capsys.readouterr().out


def test_cli_weights_pin_score_round_trip(
    three_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["weights", str(three_plan), "REG=5", "ALIGN=1"]) == 0
    assert main(["score", str(three_plan), "C", "REG=5"]) == 0
    assert (
        main(
            [
                "pin",
                str(three_plan),
                "B",
                "1",
                "--reason",
                "Board decision",
                "--by",
                "Steering committee",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["rank", str(three_plan), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [i["code"] for i in out["items"]] == ["B", "C", "A"]
    assert out["items"][0]["pin"]["reason"] == "Board decision"
    assert main(["unpin", str(three_plan), "B"]) == 0
    assert main(["score", str(three_plan), "C", "REG=none"]) == 0


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["weights", "{plan}", "ALIGN=0", "VALUE=0", "COST=0", "RISK=0", "REG=0"],
         "At least one criterion needs a weight above 0"),
        (["rank", "{plan}", "--weight", "ALIGN=0", "--weight", "VALUE=0", "--weight", "COST=0",
          "--weight", "RISK=0"], "All criteria weights are 0"),
        (["rank", "{plan}", "--weight", "SPEED=2"], "There is no criterion SPEED"),
        (["weights", "{plan}", "ALIGN=lots"], "is not a number"),
        (["score", "{plan}", "A", "ALIGN=3"], "computed from the plan"),
        (["score", "{plan}", "NOPE", "REG=3"], "no roadmap item with code 'NOPE'"),
        (["pin", "{plan}", "A", "0", "--reason", "x"], "1 or more"),
    ],
)  # fmt: skip
def test_cli_bad_input_is_one_sentence_and_changes_nothing(
    three_plan: Path, argv: list[str], phrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = three_plan.read_bytes()
    assert main([a.replace("{plan}", str(three_plan)) for a in argv]) == 1
    err = capsys.readouterr().err.strip()
    assert phrase in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert three_plan.read_bytes() == before


def test_prioritisation_records_round_trip_through_json(tmp_path: Path) -> None:
    doc = plan(
        THREE_ITEMS[:2],
        criteria=[
            {"code": "COST", "name": "Cost", "measure": "cost"},
            {
                "code": "REG",
                "name": "Regulatory",
                "measure": "scored",
                "weight": 2.5,
                "description": "law",
            },
        ],
        scores=[{"criterion": "REG", "item": "A", "score": 3.5}],
        pins=[
            {
                "item": "B",
                "rank": 1,
                "reason": "Deadline",
                "decided_by": "CFO",
                "decided_on": "2027-02-01",
            }
        ],
        scenarios=[
            {
                "code": "CUT",
                "name": "Budget −20%",
                "budget": 1.5e6,
                "budget_basis": "per_year",
                "maximise": "value",
            }
        ],
    )
    doc["items"][0] = {**doc["items"][0], "mandatory": True, "cost_of_delay": 12, "job_size": 4}
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    with open_plan(import_plan_json(src, tmp_path / "p.stratplan"), read_only=True) as opened:
        exported = plan_to_dict(load_snapshot(opened.session))
    assert exported["criteria"][0]["direction"] == "cost"  # derived from the measure
    assert exported["criteria"][1] == {
        "code": "REG",
        "name": "Regulatory",
        "description": "law",
        "measure": "scored",
        "direction": "benefit",
        "weight": 2.5,
    }
    assert exported["scores"] == doc["scores"]
    assert exported["pins"] == doc["pins"]
    assert exported["scenarios"] == [{**doc["scenarios"][0], "description": ""}]
    assert {k: exported["items"][0][k] for k in ("mandatory", "cost_of_delay", "job_size")} == {
        "mandatory": True,
        "cost_of_delay": 12,
        "job_size": 4,
    }
    again = tmp_path / "again.json"
    again.write_text(json.dumps(exported), encoding="utf-8")
    with open_plan(import_plan_json(again, tmp_path / "p2.stratplan"), read_only=True) as opened:
        assert plan_to_dict(load_snapshot(opened.session)) == exported


def test_documents_without_the_additions_get_the_default_criteria() -> None:
    snap = snap_of(THREE_ITEMS)
    assert [c.code for c in snap.criteria] == ["ALIGN", "VALUE", "COST", "RISK"]
    assert snap_of(THREE_ITEMS, criteria=[]).criteria == ()
