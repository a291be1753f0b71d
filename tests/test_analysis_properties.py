"""Properties of the analysis on random plans: shares stay in 0..1, splits add up to the total."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from stratplanner.analysis import ItemFilter, analysis_to_json, analyze, select_items
from stratplanner.analysis.capacity import team_demand, team_loads
from stratplanner.analysis.investment import (
    category_shares,
    investment_by_quarter_and,
    split_by_business_unit,
    split_by_category,
    split_by_objective,
    split_by_theme,
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
)

START = Quarter.parse("2027-Q1")
STATUSES = ("proposed", "approved", "in_progress", "done", "on_hold", "cancelled")
money = st.one_of(st.just(0.0), st.floats(min_value=0, max_value=5e7, allow_nan=False))


@st.composite
def plans(draw: st.DrawFn) -> PlanSnapshot:
    n_units = draw(st.integers(0, 3))
    units = tuple(BusinessUnitRec(u + 1, f"U{u}", f"Unit {u}") for u in range(n_units))
    unit_ids = [None] + [u.id for u in units]
    n_objectives = draw(st.integers(0, 6))
    objectives = []
    for o in range(n_objectives):
        parent = draw(st.sampled_from([None] + [p.id for p in objectives if p.parent_id is None]))
        objectives.append(
            ObjectiveRec(
                o + 1,
                f"O{o}",
                f"Objective {o}",
                "",
                parent,
                None,
                None,
                draw(st.integers(1, 5)),
                None,
            )
        )
    n_items = draw(st.integers(0, 10))
    items = []
    for i in range(n_items):
        scheduled = draw(st.booleans())
        start = START + draw(st.integers(-2, 9)) if scheduled else None
        end = start + draw(st.integers(0, 5)) if start is not None else None
        items.append(
            ItemRec(
                i + 1,
                f"I{i}",
                f"Item {i}",
                "",
                draw(st.sampled_from(("run", "grow", "transform"))),
                draw(st.sampled_from(STATUSES)),
                start,
                end,
                draw(money),
                draw(money),
                draw(money),
                draw(st.sampled_from(("", "Worth it."))),
                draw(st.sampled_from(unit_ids)),
                draw(st.sampled_from((None, 1, 2))),
                None,
                None,
                "low",
            )
        )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(1, max(1, n_objectives)), st.integers(1, max(1, n_items))),
            unique=True,
            max_size=20,
        )
    )
    links = tuple(
        LinkRec(n + 1, o, i, draw(st.integers(1, 3)), "")
        for n, (o, i) in enumerate(pairs)
        if n_objectives and n_items
    )
    teams = tuple(
        TeamRec(t + 1, f"T{t}", f"Team {t}", draw(st.floats(0, 20)))
        for t in range(draw(st.integers(0, 3)))
    )
    demands = tuple(
        DemandRec(
            n + 1,
            draw(st.integers(1, n_items)),
            draw(st.integers(1, len(teams))),
            draw(st.floats(0.1, 6)),
        )
        for n in range(draw(st.integers(0, 8)))
        if n_items and teams
    )
    dependencies = tuple(
        DependencyRec(n + 1, a, b)
        for n, (a, b) in enumerate(
            draw(
                st.lists(
                    st.tuples(st.integers(1, max(1, n_items)), st.integers(1, max(1, n_items))),
                    unique=True,
                    max_size=5,
                )
            )
        )
        if n_items and a != b
    )
    people = (
        PersonRec(1, "P1", "Active", "", "business", None, True),
        PersonRec(2, "P2", "Left", "", "business", None, False),
    )
    return PlanSnapshot(
        info=PlanInfo("Random", "Co", "USD", START, 8),
        business_units=units,
        people=people,
        objectives=tuple(objectives),
        teams=teams,
        items=tuple(items),
        links=links,
        demands=demands,
        dependencies=dependencies,
    )


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


@settings(max_examples=60, deadline=None)
@given(plans())
def test_shares_stay_between_zero_and_one(snap: PlanSnapshot) -> None:
    result = analyze(snap)
    assert 0.0 <= result.aligned_spend_share <= 1.0
    assert all(0.0 <= a <= 1.0 for a in result.item_alignment.values())
    assert all(0.0 <= s <= 1.0 for s in category_shares(snap).values())
    shares = category_shares(snap)
    assert close(sum(shares.values()), 1.0) or sum(shares.values()) == 0.0


@settings(max_examples=60, deadline=None)
@given(plans())
def test_every_split_adds_up_to_the_total_cost(snap: PlanSnapshot) -> None:
    result = analyze(snap)
    total = sum(i.cost for i in snap.items if i.status != "cancelled")
    assert close(result.total_cost, total)
    for split in (
        result.investment_by_objective,
        result.investment_by_theme,
        result.investment_by_business_unit,
        result.investment_by_category,
        result.investment_by_quarter,
    ):
        assert close(sum(split.values()), total)
    for splitter in (
        split_by_category,
        split_by_business_unit,
        split_by_objective(snap),
        split_by_theme(snap),
    ):
        spread = investment_by_quarter_and(snap, splitter)
        assert close(sum(sum(cells.values()) for cells in spread.values()), total)


@settings(max_examples=60, deadline=None)
@given(plans())
def test_support_adds_up_to_the_counted_links(snap: PlanSnapshot) -> None:
    result = analyze(snap)
    counted = result.counted_item_ids
    strengths = sum(link.strength for link in snap.links if link.item_id in counted)
    assert sum(s.direct_support for s in result.objective_support.values()) == strengths
    roots = [o.id for o in snap.objectives if o.parent_id is None]
    assert sum(result.objective_support[r].support for r in roots) == strengths
    for s in result.objective_support.values():
        assert s.support == s.weak + 2 * s.moderate + 3 * s.strong
    assert result.orphan_item_ids <= counted
    assert set(result.item_alignment) == counted


@settings(max_examples=60, deadline=None)
@given(plans())
def test_team_demand_adds_up_to_fte_times_quarters(snap: PlanSnapshot) -> None:
    expected = 0.0
    for demand in snap.demands:
        item = snap.item_by_id[demand.item_id]
        if item.status != "cancelled" and item.scheduled:
            expected += demand.fte * item.duration
    assert close(sum(team_demand(snap).values()), expected)
    assert close(sum(load.demand for load in team_loads(snap)), expected)


@settings(max_examples=40, deadline=None)
@given(plans(), st.sampled_from(("run", "grow", "transform")))
def test_a_filter_only_removes_items(snap: PlanSnapshot, category: str) -> None:
    everything = {i.id for i in select_items(snap)}
    narrowed = {i.id for i in select_items(snap, ItemFilter(categories=frozenset({category})))}
    assert narrowed <= everything
    assert all(snap.item_by_id[i].category == category for i in narrowed)


@settings(max_examples=40, deadline=None)
@given(plans())
def test_the_json_is_finite_and_complete(snap: PlanSnapshot) -> None:
    document = analysis_to_json(analyze(snap), snap)
    json.dumps(document, allow_nan=False)
    assert len(document["objectives"]) == len(snap.objectives)
    assert len(document["items"]) == sum(1 for i in snap.items if i.status != "cancelled")
