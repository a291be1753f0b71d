"""The analysis formulas of docs/analysis.md, each checked on small hand-computed plans."""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pytest

from stratplanner.analysis import (
    FINDING_KINDS,
    ItemFilter,
    aligned_spend_share,
    analysis_to_json,
    analyze,
    item_alignment_scores,
    objective_support,
    orphan_item_ids,
    select_items,
    team_loads,
)
from stratplanner.analysis.investment import (
    category_shares,
    investment_by_business_unit,
    investment_by_category,
    investment_by_objective,
    investment_by_quarter,
    investment_by_theme,
)
from stratplanner.model.values import Quarter
from stratplanner.snapshot import (
    BusinessUnitRec,
    DemandRec,
    DependencyRec,
    ItemRec,
    LinkRec,
    ObjectiveRec,
    PersonRec,
    PlanInfo,
    PlanSnapshot,
    TeamRec,
    load_snapshot,
)
from stratplanner.store import open_plan

SRC = Path(__file__).resolve().parents[1] / "src" / "stratplanner"
Q = Quarter.parse


# -- building small plans in memory ----------------------------------------------------


def item(
    id: int,
    *,
    category: str = "run",
    status: str = "approved",
    start: str | None = "2027-Q1",
    end: str | None = "2027-Q2",
    capex: float = 0.0,
    opex: float = 0.0,
    value: float = 0.0,
    value_statement: str = "Saves money.",
    unit: int | None = None,
    sponsor: int | None = 1,
) -> ItemRec:
    return ItemRec(
        id=id,
        code=f"I{id}",
        title=f"Item {id}",
        description="",
        category=category,
        status=status,
        start=Q(start) if start else None,
        end=Q(end) if end else None,
        capex=capex,
        opex=opex,
        annual_value=value,
        value_statement=value_statement,
        business_unit_id=unit,
        sponsor_id=sponsor,
        champion_id=None,
        it_owner_id=None,
        risk="low",
    )


def objective(
    id: int, *, weight: int = 3, parent: int | None = None, code: str | None = None
) -> ObjectiveRec:
    return ObjectiveRec(
        id=id,
        code=code or f"O{id}",
        title=f"Objective {id}",
        description="",
        parent_id=parent,
        business_unit_id=None,
        owner_id=None,
        weight=weight,
        target=None,
    )


def link(id: int, objective_id: int, item_id: int, strength: int) -> LinkRec:
    return LinkRec(
        id=id, objective_id=objective_id, item_id=item_id, strength=strength, rationale=""
    )


def plan(**collections: object) -> PlanSnapshot:
    people = (
        PersonRec(1, "P1", "Pat Active", "VP", "business", None, True),
        PersonRec(2, "P2", "Lee Gone", "VP", "business", None, False),
    )
    collections.setdefault("people", people)
    return PlanSnapshot(
        info=PlanInfo("Test plan", "Test Co", "EUR", Q("2027-Q1"), 8), **collections
    )  # type: ignore[arg-type]


@pytest.fixture
def hand_plan() -> PlanSnapshot:
    """Theme T (weight 2) over O1 (3) and O2 (1); O3 (4) has only a cancelled item: Σ weights = 10.

    I1 cost 100 → O1 strong, O2 weak; I2 cost 50 → O2 moderate; I3 cost 30 orphan;
    I4 cancelled cost 1000 → O3 strong; I5 cost 0 → O1 weak.
    """
    return plan(
        business_units=(BusinessUnitRec(1, "BU1", "Stores"),),
        objectives=(
            objective(10, weight=2, code="T"),
            objective(1, weight=3, parent=10),
            objective(2, weight=1, parent=10),
            objective(3, weight=4),
        ),
        items=(
            item(1, category="run", capex=60, opex=40, start="2027-Q1", end="2027-Q2", unit=1),
            item(2, category="grow", capex=50, start="2027-Q2", end="2027-Q3"),
            item(3, category="transform", opex=30, start=None, end=None, value_statement=""),
            item(
                4,
                category="grow",
                status="cancelled",
                capex=1000,
                start="2027-Q1",
                end="2027-Q4",
                sponsor=None,
            ),
            item(5, category="run", start="2027-Q4", end="2027-Q4", sponsor=2),
        ),
        links=(
            link(1, 1, 1, 3),
            link(2, 2, 1, 1),
            link(3, 2, 2, 2),
            link(4, 3, 4, 3),
            link(5, 1, 5, 1),
        ),
    )


# -- item alignment ----------------------------------------------------------------------


def test_item_alignment_is_weighted_strength_over_all_objective_weights(
    hand_plan: PlanSnapshot,
) -> None:
    scores = item_alignment_scores(hand_plan)
    assert scores[1] == pytest.approx((3 / 3 * 3 + 1 / 3 * 1) / 10)
    assert scores[2] == pytest.approx((2 / 3 * 1) / 10)
    assert scores[3] == 0.0
    assert scores[5] == pytest.approx((1 / 3 * 3) / 10)


def test_cancelled_items_have_no_alignment(hand_plan: PlanSnapshot) -> None:
    assert 4 not in item_alignment_scores(hand_plan)
    assert 4 not in analyze(hand_plan).item_alignment


def test_alignment_reaches_one_when_strongly_linked_to_every_objective() -> None:
    snap = plan(
        objectives=(objective(1, weight=5), objective(2, weight=1)),
        items=(item(1),),
        links=(link(1, 1, 1, 3), link(2, 2, 1, 3)),
    )
    assert item_alignment_scores(snap)[1] == pytest.approx(1.0)


def test_alignment_is_zero_in_a_plan_without_objectives() -> None:
    snap = plan(items=(item(1, capex=10),))
    assert item_alignment_scores(snap) == {1: 0.0}
    assert aligned_spend_share(snap) == 0.0


# -- objective support -------------------------------------------------------------------


def test_objective_support_sums_strengths_of_counted_items(hand_plan: PlanSnapshot) -> None:
    support = objective_support(hand_plan)
    assert support[1].support == 4 and (support[1].strong, support[1].weak) == (1, 1)
    assert support[2].support == 3 and (support[2].moderate, support[2].weak) == (1, 1)
    assert support[3].support == 0  # its only link is from a cancelled item
    assert not support[1].unsupported and not support[2].unsupported
    assert support[3].unsupported


def test_a_theme_adds_up_its_objectives(hand_plan: PlanSnapshot) -> None:
    theme = objective_support(hand_plan)[10]
    assert theme.is_theme
    assert theme.direct_support == 0
    assert theme.support == 7
    assert not theme.unsupported


def test_only_weak_links_leave_an_objective_unsupported() -> None:
    snap = plan(
        objectives=(objective(1),),
        items=(item(1), item(2)),
        links=(link(1, 1, 1, 1), link(2, 1, 2, 1)),
    )
    support = objective_support(snap)[1]
    assert support.support == 2
    assert support.unsupported


def test_an_objective_with_no_links_is_unsupported_with_zero_support() -> None:
    snap = plan(
        objectives=(objective(1), objective(2)), items=(item(1),), links=(link(1, 1, 1, 2),)
    )
    result = analyze(snap)
    assert result.objective_support[2].support == 0
    assert result.unsupported_objective_ids == {2}
    assert [f.code for f in result.findings if f.kind == "unsupported_objective"] == ["O2"]


# -- orphans and aligned spend -----------------------------------------------------------


def test_orphans_are_counted_items_without_links(hand_plan: PlanSnapshot) -> None:
    assert orphan_item_ids(hand_plan) == {3}


def test_a_weak_link_is_not_an_orphan_but_is_not_aligned_spend() -> None:
    snap = plan(
        objectives=(objective(1),),
        items=(item(1, capex=10), item(2, capex=30)),
        links=(link(1, 1, 1, 1), link(2, 1, 2, 2)),
    )
    assert orphan_item_ids(snap) == set()
    assert aligned_spend_share(snap) == pytest.approx(30 / 40)


def test_aligned_spend_share_counts_strength_two_or_more(hand_plan: PlanSnapshot) -> None:
    result = analyze(hand_plan)
    assert result.total_cost == pytest.approx(180)
    assert result.aligned_cost == pytest.approx(150)
    assert result.aligned_spend_share == pytest.approx(150 / 180)


def test_zero_costs_give_a_zero_share_not_an_error() -> None:
    snap = plan(objectives=(objective(1),), items=(item(1), item(2)), links=(link(1, 1, 1, 3),))
    assert aligned_spend_share(snap) == 0.0
    assert category_shares(snap) == {"run": 0.0, "grow": 0.0, "transform": 0.0}


def test_an_all_orphan_plan() -> None:
    snap = plan(objectives=(objective(1), objective(2)), items=(item(1, capex=5), item(2, opex=7)))
    result = analyze(snap)
    assert result.orphan_item_ids == {1, 2}
    assert result.aligned_spend_share == 0.0
    assert result.unsupported_objective_ids == {1, 2}
    assert dict(result.investment_by_objective) == {None: 12}
    assert set(result.item_alignment.values()) == {0.0}


def test_an_empty_plan() -> None:
    result = analyze(plan())
    assert result.aligned_spend_share == 0.0
    assert result.findings == ()
    document = analysis_to_json(result, plan())
    assert document["items"] == [] and document["objectives"] == [] and document["findings"] == []


# -- investment --------------------------------------------------------------------------


def test_investment_by_objective_splits_cost_by_link_strength(hand_plan: PlanSnapshot) -> None:
    assert investment_by_objective(hand_plan) == pytest.approx({1: 75.0, 2: 75.0, None: 30.0})


def test_investment_by_theme_rolls_objectives_up(hand_plan: PlanSnapshot) -> None:
    assert investment_by_theme(hand_plan) == pytest.approx({10: 150.0, None: 30.0})


def test_investment_by_business_unit_and_category(hand_plan: PlanSnapshot) -> None:
    assert investment_by_business_unit(hand_plan) == pytest.approx({1: 100.0, None: 80.0})
    assert investment_by_category(hand_plan) == pytest.approx(
        {"run": 100.0, "grow": 50.0, "transform": 30.0}
    )
    assert category_shares(hand_plan) == pytest.approx(
        {"run": 100 / 180, "grow": 50 / 180, "transform": 30 / 180}
    )


def test_investment_by_quarter_spreads_cost_evenly(hand_plan: PlanSnapshot) -> None:
    by_quarter = investment_by_quarter(hand_plan)
    assert by_quarter == pytest.approx(
        {Q("2027-Q1"): 50.0, Q("2027-Q2"): 75.0, Q("2027-Q3"): 25.0, Q("2027-Q4"): 0.0, None: 30.0}
    )


# -- capacity ----------------------------------------------------------------------------


@pytest.fixture
def team_plan() -> PlanSnapshot:
    return plan(
        teams=(TeamRec(1, "PLAT", "Platform", 5.0), TeamRec(2, "DATA", "Data", 0.0)),
        items=(
            item(1, start="2027-Q1", end="2027-Q2"),
            item(2, start="2027-Q2", end="2027-Q2"),
            item(3, status="cancelled", start="2027-Q1", end="2027-Q4"),
            item(4, start=None, end=None),
        ),
        demands=(
            DemandRec(1, 1, 1, 3.0),
            DemandRec(2, 2, 1, 2.5),
            DemandRec(3, 3, 1, 9.0),
            DemandRec(4, 4, 1, 4.0),
            DemandRec(5, 2, 2, 1.0),
        ),
    )


def test_team_demand_against_capacity_per_quarter(team_plan: PlanSnapshot) -> None:
    loads = {(load.team_id, str(load.quarter)): load for load in team_loads(team_plan)}
    assert len(loads) == 2 * 8  # every team in every quarter of the horizon
    assert loads[(1, "2027-Q1")].demand == pytest.approx(3.0)
    assert loads[(1, "2027-Q2")].demand == pytest.approx(5.5)
    assert loads[(1, "2027-Q2")].utilisation == pytest.approx(1.1)
    assert loads[(1, "2027-Q2")].overbooked
    assert not loads[(1, "2027-Q1")].overbooked
    assert loads[(1, "2027-Q3")].demand == 0.0  # the cancelled item weighs nothing
    assert loads[(2, "2027-Q2")].utilisation == math.inf
    assert loads[(2, "2027-Q1")].utilisation == 0.0


def test_unscheduled_demand_is_reported_apart(team_plan: PlanSnapshot) -> None:
    assert dict(analyze(team_plan).unscheduled_demand) == {1: 4.0}


def test_demand_exactly_at_capacity_is_not_overbooked() -> None:
    snap = plan(
        teams=(TeamRec(1, "T", "Team", 3.0),),
        items=(item(1),),
        demands=(DemandRec(1, 1, 1, 1.5), DemandRec(2, 1, 1, 1.5)),
    )
    assert not any(load.overbooked for load in team_loads(snap))


# -- findings ----------------------------------------------------------------------------


def test_every_finding_kind_is_found_and_names_its_record() -> None:
    snap = plan(
        teams=(TeamRec(1, "PLAT", "Platform", 2.0),),
        objectives=(objective(1), objective(2, code="O-7")),
        items=(
            item(1, start="2027-Q1", end="2027-Q3", sponsor=None),
            item(2, start="2027-Q3", end="2027-Q4", sponsor=2, value_statement="  "),
            item(3, status="cancelled", sponsor=None, value_statement=""),
        ),
        links=(link(1, 1, 1, 3),),
        demands=(DemandRec(1, 1, 1, 3.0),),
        dependencies=(DependencyRec(1, 1, 2), DependencyRec(2, 3, 1)),
    )
    result = analyze(snap)
    found = {(f.kind, f.code) for f in result.findings}
    assert found == {
        ("unsupported_objective", "O-7"),
        ("orphan_item", "I2"),
        ("missing_sponsor", "I1"),
        ("inactive_sponsor", "I2"),
        ("missing_value_statement", "I2"),
        ("team_overbooked", "PLAT"),
        ("dependency_violation", "I2"),
    }
    assert {f.kind for f in result.findings} == set(FINDING_KINDS) - {"needs_sponsor"}  # issue 7
    by_kind = {f.kind: f for f in result.findings}
    assert by_kind["unsupported_objective"].message == (
        'Objective O-7 "Objective 2" has no IT item supporting it (no link of strength 2 or more).'
    )
    assert "Lee Gone" in by_kind["inactive_sponsor"].message
    assert (
        "2027-Q3" in by_kind["dependency_violation"].message
        and "I1" in by_kind["dependency_violation"].message
    )
    assert by_kind["dependency_violation"].related_id == 1
    overbooked = [f for f in result.findings if f.kind == "team_overbooked"]
    assert [str(f.quarter) for f in overbooked] == ["2027-Q1", "2027-Q2", "2027-Q3"]
    assert "150%" in overbooked[0].message
    kinds_in_order = [f.kind for f in result.findings]
    assert kinds_in_order == sorted(kinds_in_order, key=list(FINDING_KINDS).index)
    assert result.findings_for("item", 2) and result.finding_counts()["team_overbooked"] == 3


def test_a_dependency_that_starts_after_its_predecessor_ends_is_fine() -> None:
    snap = plan(
        items=(item(1, start="2027-Q1", end="2027-Q2"), item(2, start="2027-Q3", end="2027-Q4")),
        dependencies=(DependencyRec(1, 1, 2),),
    )
    assert not [f for f in analyze(snap).findings if f.kind == "dependency_violation"]


def test_cancelled_items_raise_no_findings(hand_plan: PlanSnapshot) -> None:
    assert not [f for f in analyze(hand_plan).findings if f.code == "I4"]


# -- filters -----------------------------------------------------------------------------


def test_filters_narrow_the_counted_items(hand_plan: PlanSnapshot) -> None:
    def ids(f: ItemFilter) -> set[int]:
        return {i.id for i in select_items(hand_plan, f)}

    assert ids(ItemFilter()) == {1, 2, 3, 5}
    assert ids(ItemFilter(business_unit_ids=frozenset({1}))) == {1}
    assert ids(ItemFilter(business_unit_ids=frozenset({None}))) == {2, 3, 5}
    assert ids(ItemFilter(categories=frozenset({"grow"}))) == {2}
    assert ids(ItemFilter(statuses=frozenset({"cancelled"}))) == {4}
    assert ids(ItemFilter(quarter_from=Q("2027-Q3"))) == {2, 5}
    assert ids(ItemFilter(quarter_to=Q("2027-Q1"))) == {1}


# -- JSON --------------------------------------------------------------------------------


def test_json_has_the_documented_keys(hand_plan: PlanSnapshot) -> None:
    document = analysis_to_json(analyze(hand_plan), hand_plan)
    json.dumps(document, allow_nan=False)
    assert document["aligned_spend_share"] == pytest.approx(150 / 180, abs=1e-6)
    assert {o["code"]: (o["support"], o["unsupported"]) for o in document["objectives"]} == {
        "T": (7, False),
        "O1": (4, False),
        "O2": (3, False),
        "O3": (0, True),
    }
    assert [(i["code"], i["orphan"]) for i in document["items"]] == [
        ("I1", False),
        ("I2", False),
        ("I3", True),
        ("I5", False),
    ]
    assert all(0 <= i["alignment"] <= 1 for i in document["items"])
    assert all({"kind", "code", "message"} <= set(f) for f in document["findings"])
    assert {f["kind"] for f in document["findings"]} <= set(FINDING_KINDS)
    assert document["investment"]["unscheduled"] == 30
    assert document["cancelled_items"] == 1


def test_json_never_holds_infinity(team_plan: PlanSnapshot) -> None:
    document = analysis_to_json(analyze(team_plan), team_plan)
    json.dumps(document, allow_nan=False)
    assert any(row["utilisation"] is None and row["overbooked"] for row in document["capacity"])


def test_the_sample_plan_analyses_through_the_database(sample_plan: Path) -> None:
    doc = open_plan(sample_plan, read_only=True)
    try:
        snap = load_snapshot(doc.session)
    finally:
        doc.close()
    result = analyze(snap)
    document = analysis_to_json(result, snap)
    codes = (
        {o.code for o in snap.objectives}
        | {i.code for i in snap.items}
        | {t.code for t in snap.teams}
    )
    assert document["findings"] and all(f["code"] in codes for f in document["findings"])
    assert 0 < document["aligned_spend_share"] <= 1
    assert len(document["items"]) == sum(1 for i in snap.items if i.status != "cancelled")
    for finding in document["findings"]:
        assert finding["code"] in finding["message"]


# -- layering ----------------------------------------------------------------------------


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_analysis_imports_neither_qt_nor_the_database_nor_charting() -> None:
    offenders = {
        str(p.relative_to(SRC)): _imports(p) & {"PySide6", "sqlalchemy", "matplotlib"}
        for p in (SRC / "analysis").glob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_charts_import_no_qt_and_no_database() -> None:
    offenders = {
        str(p.relative_to(SRC)): _imports(p) & {"PySide6", "sqlalchemy"}
        for p in (SRC / "charts").glob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
