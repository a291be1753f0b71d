"""The sensitivity flag: only items a ±20% change of one weight moves across a decision line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratplanner.analysis.scenarios import BudgetSpec, best_portfolio
from stratplanner.analysis.scoring import ScoringModel
from stratplanner.analysis.sensitivity import DecisionLines, rank_sensitivity
from stratplanner.cli.main import main
from stratplanner.io.plan_json import snapshot_from_dict
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import PlanSnapshot

#: Approved and in-progress work in the sample plan costs USD 67.45 m; proposed items 22 m more.
SAMPLE_CAP = 80e6


@pytest.fixture(scope="module")
def sample() -> PlanSnapshot:
    return snapshot_from_dict(json.loads(sample_plan_json().read_text(encoding="utf-8")))


def crossings_by_hand(
    model: ScoringModel, weights: dict[str, float], lines: DecisionLines
) -> set[tuple[str, str, float, str, bool]]:
    """(item code, criterion, change, line, into) for every single ±20% change, from scratch."""

    def state(w: dict[str, float]) -> tuple[dict[str, int], set[int]]:
        ranking = model.rank(w)
        ranks = {e.code: e.rank for e in ranking.items}
        funded: set[int] = set()
        if lines.funded_depends_on_weights:
            assert lines.scenario is not None
            choice = best_portfolio(model.snap, lines.scenario, ranking)
            funded = {*choice.committed, *choice.chosen}
        return ranks, funded

    codes = {item.id: item.code for item in model.items}
    base_ranks, base_funded = state(weights)
    found = set()
    for criterion, weight in weights.items():
        if weight <= 0:
            continue
        for change in (-0.2, 0.2):
            ranks, funded = state({**weights, criterion: weight * (1 + change)})
            if lines.top_n:
                for code, rank in ranks.items():
                    before, after = base_ranks[code] <= lines.top_n, rank <= lines.top_n
                    if before != after:
                        found.add((code, criterion, change, "top", after))
            for item_id in (base_funded ^ funded) & set(codes):
                found.add((codes[item_id], criterion, change, "funded", item_id in funded))
    return found


def reported(result: Any) -> set[tuple[str, str, float, str, bool]]:
    return {
        (i.code, c.criterion, c.change, c.line, c.into) for i in result.items for c in i.crossings
    }


def test_sample_plan_flags_only_items_crossing_the_top_10_and_names_the_weight(
    sample: PlanSnapshot,
) -> None:
    model = ScoringModel(sample)
    result = rank_sensitivity(model, lines=DecisionLines(top_n=10))
    # Before: a rank moving at all was the flag, and 22 of 28 sample items "flipped".
    assert len(result.flipping) == 22
    flagged = {i.code: i for i in result.flagged}
    assert set(flagged) == {"PRICING", "PAY-TOKEN"}
    assert flagged["PRICING"].rank == 10 and flagged["PAY-TOKEN"].rank == 12
    assert [c.label for c in flagged["PRICING"].crossings] == [
        "ALIGN +20% drops it out of the top 10",
        "VALUE −20% drops it out of the top 10",
    ]
    assert flagged["PAY-TOKEN"].criteria == ("ALIGN", "VALUE")
    assert all(c.into for c in flagged["PAY-TOKEN"].crossings)
    assert reported(result) == crossings_by_hand(model, model.stored_weights(), result.lines)


def test_sample_plan_flags_items_crossing_the_funded_set_of_a_budget(
    sample: PlanSnapshot,
) -> None:
    model = ScoringModel(sample)
    lines = DecisionLines(scenario=BudgetSpec("Cap 80m", SAMPLE_CAP))
    result = rank_sensitivity(model, lines=lines)
    flagged = {i.code: i for i in result.flagged}
    assert set(flagged) == {"DEMAND-FC", "PRICING", "GENAI-CS"}
    assert flagged["DEMAND-FC"].crossings[0].label == (
        "ALIGN +20% moves it into the funded set of “Cap 80m”"
    )
    assert reported(result) == crossings_by_hand(model, model.stored_weights(), lines)
    # A scenario that maximises annual value doesn't depend on the weights: no line, no flag.
    by_value = DecisionLines(scenario=BudgetSpec("Cap 80m", SAMPLE_CAP, maximise="value"))
    assert not rank_sensitivity(model, lines=by_value).flagged
    # No line chosen: ranks still move, but nothing is flagged.
    assert not rank_sensitivity(model).flagged


WEIGHT = st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0])
ITEM = st.tuples(st.integers(0, 1000), st.integers(0, 1000), st.sampled_from(["low", "high"]))
FREE_WEIGHT = st.floats(0, 10, allow_nan=False)


@settings(max_examples=12, deadline=None)
@given(
    weights=st.lists(WEIGHT, min_size=4, max_size=4).filter(any),
    top_n=st.one_of(st.none(), st.integers(1, 27)),
    cap=st.one_of(st.none(), st.floats(68e6, 90e6)),
)
def test_a_flagged_item_crosses_with_the_named_weight_and_an_unflagged_one_never_does(
    sample: PlanSnapshot, weights: list[float], top_n: int | None, cap: float | None
) -> None:
    model = ScoringModel(sample)
    chosen = dict(zip(["ALIGN", "VALUE", "COST", "RISK"], weights, strict=True))
    lines = DecisionLines(top_n=top_n, scenario=None if cap is None else BudgetSpec("Cap", cap))
    result = rank_sensitivity(model, chosen, lines=lines)
    expected = crossings_by_hand(model, chosen, lines)
    assert reported(result) == expected
    crossing_codes = {code for code, *_ in expected}
    for item in result.items:
        assert item.flagged == (item.code in crossing_codes)


@settings(max_examples=40, deadline=None)
@given(
    values=st.lists(ITEM, min_size=2, max_size=14),
    weights=st.lists(FREE_WEIGHT, min_size=4, max_size=4).filter(lambda w: sum(w) > 0),
    top_n=st.integers(1, 13),
)
def test_top_n_crossings_on_random_plans(
    values: list[tuple[int, int, str]], weights: list[float], top_n: int
) -> None:
    items = [
        {"code": f"I{k:02}", "title": "t", "annual_value": v, "capex": c, "risk": r}
        for k, (v, c, r) in enumerate(values)
    ]
    snap = snapshot_from_dict(
        {
            "format": "stratplanner-plan",
            "version": 1,
            "plan": {"title": "Lines", "start": "2027-Q1", "quarters": 8},
            "items": items,
        }
    )
    model = ScoringModel(snap)
    chosen = dict(zip(["ALIGN", "VALUE", "COST", "RISK"], weights, strict=True))
    lines = DecisionLines(top_n=top_n)
    result = rank_sensitivity(model, chosen, lines=lines)
    assert reported(result) == crossings_by_hand(model, chosen, lines)
    if top_n >= len(items):  # everything is in the top N: there is no line to cross
        assert not result.flagged


def test_cli_rank_flags_the_items_crossing_the_top_n_it_shows(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rank", str(sample_plan), "--sensitivity", "--top", "10"]) == 0
    out = capsys.readouterr().out
    at_risk = [line.split()[1] for line in out.splitlines() if "AT RISK" in line]
    assert at_risk == ["PRICING"]
    assert "also at risk, rank 12 PAY-TOKEN: ALIGN +20% moves it into the top 10" in out
    assert "2 of 28 items move into or out of the top 10" in out
    assert main(["rank", str(sample_plan), "--sensitivity", "--json", "--top", "10"]) == 0
    rows = {r["code"]: r["sensitivity"] for r in json.loads(capsys.readouterr().out)["items"]}
    assert [c for c, s in rows.items() if s["flagged"]] == ["PRICING", "PAY-TOKEN"]
    assert rows["PRICING"]["crosses"][0] == {
        "criterion": "ALIGN",
        "change": 0.2,
        "line": "top",
        "into": False,
    }
