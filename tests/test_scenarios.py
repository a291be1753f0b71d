"""Budget scenarios: the exact optimum under a cap, mandatory items, comparison, and the CLI."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratplanner.analysis.scenarios import BudgetSpec, best_portfolio, compare_scenarios
from stratplanner.analysis.scoring import PrioritizationError
from stratplanner.cli.common import CliError
from stratplanner.cli.main import main
from stratplanner.cli.portfolio_cmds import parse_amount
from stratplanner.io.plan_json import import_plan_json, snapshot_from_dict
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan


def plan(items: list[dict[str, Any]], **collections: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Budget", "start": "2027-Q1", "quarters": 8, "currency": "EUR"},
        "items": items,
    }
    doc.update(collections)
    return doc


def candidate(code: str, cost: float, value: float, **extra: Any) -> dict[str, Any]:
    return {"code": code, "title": code, "capex": cost, "annual_value": value,
            "start": "2027-Q1", "end": "2027-Q4", **extra}  # fmt: skip


def chosen_codes(snap: PlanSnapshot, ids: tuple[int, ...]) -> list[str]:
    return sorted(snap.item_by_id[i].code for i in ids)


def test_the_exact_optimum_beats_greedy_by_ratio() -> None:
    # Greedy by value/cost takes A (ratio 2) and then nothing fits: 10. B + C give 13.
    snap = snapshot_from_dict(
        plan([candidate("A", 5, 10), candidate("B", 4, 7), candidate("C", 3, 6)])
    )
    choice = best_portfolio(snap, BudgetSpec("Cap 7", 7, maximise="value"))
    assert chosen_codes(snap, choice.chosen) == ["B", "C"]
    assert chosen_codes(snap, choice.left_out) == ["A"]
    assert (choice.objective, choice.spend, choice.feasible, choice.optimal) == (13, 7, True, True)
    assert choice.notes == ()


def test_mandatory_items_are_forced_in_and_pull_their_predecessors() -> None:
    items = [
        candidate("A", 5, 10), candidate("B", 4, 7), candidate("C", 3, 6),
        candidate("LAW", 2, 0, mandatory=True), candidate("PREP", 1, 0),
    ]  # fmt: skip
    snap = snapshot_from_dict(plan(items, dependencies=[{"before": "PREP", "after": "LAW"}]))
    choice = best_portfolio(snap, BudgetSpec("Cap 7", 7, maximise="value"))
    assert chosen_codes(snap, choice.chosen) == ["B", "LAW", "PREP"]
    assert choice.spend == 7


def test_committed_work_counts_against_the_cap_and_done_work_does_not() -> None:
    items = [
        candidate("RUN", 4, 1, status="in_progress"), candidate("OK", 1, 1, status="approved"),
        candidate("OLD", 100, 1, status="done"), candidate("HOLD", 1, 50, status="on_hold"),
        candidate("X", 2, 5), candidate("Y", 3, 6),
    ]  # fmt: skip
    snap = snapshot_from_dict(plan(items))
    choice = best_portfolio(snap, BudgetSpec("Cap 8", 8, maximise="value"))
    assert chosen_codes(snap, choice.committed) == ["OK", "RUN"]
    assert chosen_codes(snap, choice.chosen) == ["Y"]
    assert chosen_codes(snap, choice.delivered) == ["OLD"]
    assert choice.spend == 8 and choice.annual_value == 1 + 1 + 6


def test_a_per_year_cap_limits_every_calendar_year() -> None:
    items = [
        {**candidate("Y1A", 4, 5), "start": "2027-Q1", "end": "2027-Q4"},
        {**candidate("Y1B", 4, 4), "start": "2027-Q1", "end": "2027-Q2"},
        {**candidate("SPLIT", 4, 3), "start": "2027-Q3", "end": "2028-Q2"},  # 2 in each year
        {**candidate("U", 1, 9), "start": None, "end": None},
    ]  # fmt: skip
    snap = snapshot_from_dict(plan(items))
    total = best_portfolio(snap, BudgetSpec("Total 9", 9, maximise="value"))
    assert chosen_codes(snap, total.chosen) == ["U", "Y1A", "Y1B"]
    # 6 a year: Y1A + Y1B would spend 8 in 2027; Y1A + SPLIT spends 6 in 2027 and 2 in 2028.
    yearly = best_portfolio(snap, BudgetSpec("6 a year", 6, "per_year", maximise="value"))
    assert chosen_codes(snap, yearly.chosen) == ["SPLIT", "Y1A"]
    assert yearly.objective == 8
    assert yearly.spend_by_year == {2027: 6.0, 2028: 2.0}
    assert any("U is unscheduled, so its yearly spend is unknown" in n for n in yearly.notes)


@pytest.mark.parametrize(
    ("budget", "phrase", "feasible"),
    [
        (
            5,
            "No proposed item fits in what is left of the budget; the cheapest, C, costs EUR 3.",
            True,
        ),
        (3, "below what approved and in-progress work already costs (EUR 4)", False),
        (0, "below what approved and in-progress work already costs (EUR 4)", False),
    ],
)
def test_budgets_that_fit_nothing_say_so(budget: float, phrase: str, feasible: bool) -> None:
    # 4 is committed (in progress); the proposed items cost 5 and 3.
    items = [
        candidate("A", 5, 10),
        candidate("C", 3, 6),
        candidate("RUN", 4, 1, status="in_progress"),
    ]
    snap = snapshot_from_dict(plan(items))
    choice = best_portfolio(snap, BudgetSpec("Tight", budget, maximise="value"))
    assert choice.chosen == () and choice.feasible is feasible
    assert any(phrase in n for n in choice.notes), choice.notes


def test_mandatory_items_that_cant_fit_are_reported() -> None:
    snap = snapshot_from_dict(plan([candidate("LAW", 9, 0, mandatory=True), candidate("X", 1, 5)]))
    choice = best_portfolio(snap, BudgetSpec("Cap 5", 5, maximise="value"))
    assert not choice.feasible and choice.chosen == ()
    assert (
        "The mandatory items (LAW) and what they depend on don't fit in the budget (EUR 5 in total)"
        in choice.notes[0]
    )


def test_bad_specs_and_unrankable_plans_are_refused() -> None:
    snap = snapshot_from_dict(
        plan(
            [candidate("A", 1, 1)],
            criteria=[{"code": "V", "name": "V", "measure": "annual_value", "weight": 0}],
        )
    )
    with pytest.raises(PrioritizationError, match="All criteria weights are 0"):
        best_portfolio(snap, BudgetSpec("Score", 5))
    assert best_portfolio(snap, BudgetSpec("Value", 5, maximise="value")).chosen != ()
    with pytest.raises(PrioritizationError, match="0 or more"):
        best_portfolio(snap, BudgetSpec("Negative", -1, maximise="value"))


@settings(max_examples=40, deadline=None)
@given(
    costs=st.lists(
        st.tuples(st.integers(1, 20), st.integers(0, 20), st.booleans()), min_size=1, max_size=7
    ),
    budget=st.integers(0, 60),
    deps=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=3),
)
def test_the_solver_matches_brute_force(
    costs: list[tuple[int, int, bool]], budget: int, deps: list[tuple[int, int]]
) -> None:
    n = len(costs)
    items = [
        candidate(f"I{k}", c, v, mandatory=(m and k % 3 == 0)) for k, (c, v, m) in enumerate(costs)
    ]
    edges = sorted({(a, b) for a, b in deps if a < b < n})
    snap = snapshot_from_dict(
        plan(items, dependencies=[{"before": f"I{a}", "after": f"I{b}"} for a, b in edges])
    )
    choice = best_portfolio(snap, BudgetSpec("Cap", budget, maximise="value"))
    best = None
    for picks in itertools.product([0, 1], repeat=n):
        if any(items[k]["mandatory"] and not picks[k] for k in range(n)):
            continue
        if any(picks[b] and not picks[a] for a, b in edges):
            continue
        if sum(costs[k][0] for k in range(n) if picks[k]) > budget:
            continue
        value = sum(costs[k][1] for k in range(n) if picks[k])
        best = value if best is None else max(best, value)
    if best is None:
        assert not choice.feasible
    else:
        assert choice.feasible and choice.optimal
        assert choice.objective == best
        assert choice.spend <= budget


def test_comparing_scenarios_shows_drops_value_lost_and_objectives_left_unsupported() -> None:
    items = [
        candidate("A", 5, 10),
        candidate("B", 4, 7),
        candidate("C", 3, 6),
        candidate("RUN", 2, 1, status="approved"),
    ]
    objectives = [
        {"code": "GROW", "title": "Grow"},
        {"code": "SAVE", "title": "Save"},
        {"code": "ANY", "title": "Weakly served"},
    ]
    links = [
        {"objective": "GROW", "item": "A", "strength": 3},
        {"objective": "SAVE", "item": "B", "strength": 2},
        {"objective": "SAVE", "item": "RUN", "strength": 1},
        {"objective": "ANY", "item": "C", "strength": 1},
    ]
    snap = snapshot_from_dict(plan(items, objectives=objectives, links=links))
    comparison = compare_scenarios(
        snap, [BudgetSpec("Base", maximise="value"), BudgetSpec("Cut", 9, maximise="value")]
    )
    base, cut = comparison.deltas
    assert comparison.reference == "Base"
    assert (base.dropped, base.added, base.value_lost) == ((), (), 0)
    assert chosen_codes(snap, base.choice.chosen) == ["A", "B", "C"]
    assert chosen_codes(snap, cut.choice.chosen) == ["B", "C"]
    assert chosen_codes(snap, cut.dropped) == ["A"] and cut.value_lost == 10 and cut.added == ()
    assert [snap.objective_by_id[o].code for o in cut.newly_unsupported] == ["GROW"]
    assert sorted(snap.objective_by_id[o].code for o in cut.unsupported) == ["ANY", "GROW"]
    with pytest.raises(PrioritizationError, match="at least one scenario"):
        compare_scenarios(snap, [])


# -- CLI -----------------------------------------------------------------------------------


@pytest.fixture
def budget_plan(tmp_path: Path) -> Path:
    items = [candidate("A", 5e6, 10e6), candidate("B", 4e6, 7e6), candidate("C", 3e6, 6e6)]
    src = tmp_path / "b.json"
    src.write_text(json.dumps(plan(items)), encoding="utf-8")
    return import_plan_json(src, tmp_path / "b.stratplan")


def test_cli_create_list_show_compare_delete(
    budget_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = str(budget_plan)
    assert main(["scenario", p, "create", "Base", "--maximise", "value"]) == 0
    assert (
        main(["scenario", p, "create", "Budget −20%", "--budget", "7.2m", "--maximise", "value"])
        == 0
    )
    assert (
        'Created scenario "Budget −20%" (Budget −20%): EUR 7.2 m in total.'
        in capsys.readouterr().out
    )
    assert main(["scenario", p, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["scenarios"]
    assert [(s["name"], s["budget"], s["budget_basis"]) for s in listed] == [
        ("Base", None, "total"),
        ("Budget −20%", 7.2e6, "total"),
    ]
    assert main(["scenario", p, "show", "Budget −20%", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["chosen"] == ["B", "C"] and shown["left_out"] == ["A"] and shown["feasible"]
    assert main(["scenario", p, "compare", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["reference"] == "Base"
    assert [s["dropped"] for s in compared["scenarios"]] == [[], ["A"]]
    assert compared["scenarios"][1]["value_lost"] == 10e6
    assert main(["scenario", p, "compare", "Budget −20%", "Base"]) == 0
    text = capsys.readouterr().out
    assert 'Against "Budget −20%": drops nothing; adds A.' in text
    assert main(["scenario", p, "delete", "Base"]) == 0
    with open_plan(budget_plan, read_only=True) as doc:
        assert [s.name for s in load_snapshot(doc.session).scenarios] == ["Budget −20%"]


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (
            ["create", "Cut", "--budget", "lots"],
            "'lots' is not an amount; write it like 4500000, 4.5m or 800k.",
        ),
        (["create", "Cut", "--per-year"], "--per-year needs a budget"),
        (["create", "Existing"], 'There is already a scenario named "Existing"'),
        (["show", "Nope"], 'There is no scenario "Nope" (scenarios: "Existing").'),
        (["compare", "Existing", "Nope"], 'There is no scenario "Nope"'),
        (["delete", "Nope"], 'There is no scenario "Nope"'),
    ],
)
def test_cli_bad_scenario_input_is_one_sentence_and_changes_nothing(
    budget_plan: Path, argv: list[str], phrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scenario", str(budget_plan), "create", "Existing", "--budget", "1m"]) == 0
    capsys.readouterr()
    before = budget_plan.read_bytes()
    assert main(["scenario", str(budget_plan), *argv]) == 1
    err = capsys.readouterr().err.strip()
    assert phrase in err and len(err.splitlines()) == 1
    assert budget_plan.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("4500000", 4.5e6),
        ("4,500,000", 4.5e6),
        ("4.5m", 4.5e6),
        ("800k", 8e5),
        ("1.2bn", 1.2e9),
        ("3 M", 3e6),
    ],
)
def test_amounts_read_as_planners_write_them(text: str, amount: float) -> None:
    assert parse_amount(text) == pytest.approx(amount)
    with pytest.raises(CliError):
        parse_amount("-5m")
