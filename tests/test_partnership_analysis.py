"""The partnership lens (issue 7): flags and aggregates worked out by hand, and the sample's
story."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from stratplanner.analysis import FINDING_KINDS, analyze
from stratplanner.analysis.adoption import adoption_callouts, kpi_series
from stratplanner.analysis.business_terms import (
    BUSINESS,
    NO_CASE,
    TECHNICAL_ONLY,
    business_case,
    business_words_in,
    names_money,
)
from stratplanner.analysis.partnership import (
    PRACTICES,
    assessment_template,
    likely_successor,
    maturity_by_unit,
    maturity_gaps,
    practices_for,
    relationships,
    responsibilities_of,
    sponsor_flags,
    sponsor_history,
    suggested_successors,
)
from stratplanner.analysis.partnership_report import partnership_report, report_to_json
from stratplanner.analysis.processes import (
    applications_without_process,
    investment_by_process,
    processes_touched,
    processes_without_technology,
)
from stratplanner.io.plan_json import read_json_file, snapshot_from_dict
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import PlanSnapshot

DIMENSIONS = [
    "strategic_planning",
    "shared_prioritization",
    "sponsorship_adoption",
    "business_terms",
    "business_acumen",
    "trust_delivery",
]


@pytest.fixture(scope="module")
def sample() -> PlanSnapshot:
    return snapshot_from_dict(read_json_file(sample_plan_json()))


def plan(**extra: Any) -> PlanSnapshot:
    """Two units, three people (one left), four items; ``extra`` collections added."""
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Hand plan", "currency": "EUR", "start": "2027-Q1", "quarters": 8},
        "business_units": [{"code": "U1", "name": "Stores"}, {"code": "U2", "name": "Online"}],
        "people": [
            {"code": "ANN", "name": "Ann", "side": "business", "business_unit": "U1"},
            {"code": "BOB", "name": "Bob", "side": "it", "active": False},
            {"code": "CAT", "name": "Cat", "side": "it", "business_unit": "U1"},
        ],
        "objectives": [
            {"code": "O1", "title": "Sell more", "owner": "BOB"},
            {"code": "O2", "title": "Cost less"},
        ],
        "items": [
            {"code": "I1", "title": "Tills", "sponsor": "ANN", "champion": "BOB", "it_owner": "CAT",
             "capex": 90, "value_statement": "Upgrade the server cluster to version 12."},
            {"code": "I2", "title": "Web", "sponsor": "ANN", "it_owner": "BOB", "capex": 60,
             "value_statement": "Faster pages lift conversion."},
            {"code": "I3", "title": "Nothing", "status": "done", "sponsor": "ANN",
             "it_owner": "CAT", "capex": 30},
            {"code": "I4", "title": "Gone", "status": "cancelled", "champion": "BOB",
             "capex": 1000},
        ],
    }  # fmt: skip
    doc.update(extra)
    return snapshot_from_dict(doc)


def ratings(code: str, levels: list[int], targets: list[int | None]) -> list[dict[str, Any]]:
    return [
        {"assessment": code, "dimension": d, "level": lv, "target": t}
        for d, lv, t in zip(DIMENSIONS, levels, targets, strict=True)
    ]


# -- maturity ---------------------------------------------------------------------------------


def test_maturity_per_unit_trend_and_gaps_by_hand() -> None:
    snap = plan(
        assessments=[
            {"code": "A2", "business_unit": "U1", "date": "2027-06-30"},
            {"code": "A1", "business_unit": "U1", "date": "2027-03-31"},
        ],
        ratings=ratings("A1", [1, 1, 2, 2, 1, 2], [3, 3, 3, 3, 3, 3])
        + ratings("A2", [2, 1, 3, 2, 1, 4], [3, 4, 3, None, 2, 3]),
    )
    stores, online = maturity_by_unit(snap)
    assert online.history == () and online.latest is None
    assert [v.assessment.code for v in stores.history] == ["A1", "A2"]  # oldest first, by date
    assert stores.first.average == pytest.approx(9 / 6)  # type: ignore[union-attr]
    assert stores.latest.average == pytest.approx(13 / 6)  # type: ignore[union-attr]
    assert stores.latest.average_target == pytest.approx(15 / 5)  # type: ignore[union-attr]
    assert stores.latest.stage == 2  # type: ignore[union-attr]
    assert stores.average_change == pytest.approx(4 / 6)
    assert [stores.change(d) for d in DIMENSIONS] == [1, 0, 1, 0, 0, 2]
    gaps = maturity_gaps(snap)
    # shared prioritization 1 → 4 (gap 3), strategic planning 2 → 3 (gap 1); acumen 1 → 2 (1);
    # no target on business terms; trust above its target.
    assert [(g.dimension, g.level, g.target, g.gap) for g in gaps] == [
        ("shared_prioritization", 1, 4, 3),
        ("strategic_planning", 2, 3, 1),
        ("business_acumen", 1, 2, 1),
    ]
    assert gaps[0].suggestions[0].practice.code == "JOINT-REVIEW"
    template = assessment_template(snap, stores.business_unit_id)
    assert (
        template["shared_prioritization"].target == 4
        and template["shared_prioritization"].evidence == ""
    )


def test_practices_fit_the_dimension_and_the_level() -> None:
    for dimension in DIMENSIONS:
        assert practices_for(dimension, 2), dimension  # every dimension has practices
    assert {p.code for p in PRACTICES} >= {
        "JOINT-REVIEW", "NAMED-SPONSOR", "VALUE-STATEMENTS", "JOB-ROTATION", "CO-LOCATION"
    }  # fmt: skip
    low = [p.code for p in practices_for("strategic_planning", 1)]
    high = [p.code for p in practices_for("strategic_planning", 3)]
    assert low[0] == "RELATIONSHIP-MGR" and high[0] == "STRATEGY-SEAT"  # level decides the order
    assert set(low) == set(high)
    assert all(p.value_statement and business_words_in(p.value_statement) for p in PRACTICES)


def test_a_practice_already_on_the_roadmap_is_marked_planned(sample: PlanSnapshot) -> None:
    gap = next(g for g in maturity_gaps(sample) if g.dimension == "shared_prioritization")
    assert all(s.planned_item_id is None for s in gap.suggestions)
    unit = sample.business_unit_by_id[gap.business_unit_id]
    doc = read_json_file(sample_plan_json())
    doc["items"].append(
        {"code": "JR", "title": "Quarterly joint portfolio reviews", "business_unit": unit.code}
    )
    snap = snapshot_from_dict(doc)
    again = next(
        g
        for g in maturity_gaps(snap)
        if g.dimension == gap.dimension and g.business_unit_id == gap.business_unit_id
    )
    planned = {s.practice.code: s.planned_item_id for s in again.suggestions}
    assert planned["JOINT-REVIEW"] == snap.item_by_code["JR"].id


# -- sponsors, responsibilities, relationships ------------------------------------------------


def test_needs_a_sponsor_flags_by_hand() -> None:
    snap = plan()
    found = {(f.record_kind, f.code, f.role, f.problem) for f in sponsor_flags(snap)}
    assert found == {
        ("item", "I1", "champion", "left"),  # Bob left
        ("item", "I2", "it_owner", "left"),  # an empty champion (I2) is not flagged
        ("objective", "O1", "owner", "left"),
        ("objective", "O2", "owner", "missing"),
    }
    # I3 (done) has everyone but a champion: an empty champion is not flagged; I4 is cancelled.
    assert not [f for f in sponsor_flags(snap) if f.code in ("I3", "I4")]
    message = next(f.message for f in sponsor_flags(snap) if f.code == "I1")
    assert message == 'Item I1 "Tills" needs a new champion: Bob has left.'


def test_needs_sponsor_findings_add_only_what_the_core_findings_do_not_say() -> None:
    result = analyze(plan())
    partnership = [
        (f.kind, f.record_kind, f.code) for f in result.findings if f.kind == "needs_sponsor"
    ]
    assert partnership == [
        ("needs_sponsor", "item", "I1"),
        ("needs_sponsor", "item", "I2"),
        ("needs_sponsor", "objective", "O1"),
    ]
    assert "needs_sponsor" in FINDING_KINDS
    assert list(FINDING_KINDS)[-1] == "needs_sponsor"  # listed after the core kinds
    assert result.finding_counts()["needs_sponsor"] == 3
    # Ann sponsors everything: no sponsor findings of either kind.
    assert not [f for f in result.findings if f.kind in ("missing_sponsor", "inactive_sponsor")]


def test_responsibilities_list_everything_a_person_holds() -> None:
    snap = plan(
        kpis=[{"code": "K", "name": "Sales", "objective": "O2", "owner": "BOB"}],
    )
    bob = next(p.id for p in snap.people if p.code == "BOB")
    held = [r.describe() for r in responsibilities_of(snap, bob)]
    assert held == [
        'champion of item I1 "Tills"',
        'champion of item I4 "Gone"',
        'IT owner of item I2 "Web"',
        'owner of objective O1 "Sell more"',
        'owner of KPI K "Sales"',
    ]
    assert ("kpi", "K", "owner", "left") in {
        (f.record_kind, f.code, f.role, f.problem) for f in sponsor_flags(snap)
    }


def test_relationships_stale_and_owners_who_left() -> None:
    doc_people = [
        {"code": "ANN", "name": "Ann", "side": "business", "relationship_owner": "BOB",
         "last_engaged_on": "2027-01-02"},
        {"code": "BOB", "name": "Bob", "side": "it", "active": False},
        {"code": "CAT", "name": "Cat", "side": "it"},
        {"code": "DAN", "name": "Dan", "side": "business", "relationship_owner": "CAT"},
        {"code": "EVE", "name": "Eve", "side": "business", "relationship_owner": "CAT",
         "last_engaged_on": "2027-06-01"},
    ]  # fmt: skip
    snap = plan(people=doc_people)
    rows = {snap.person_by_id[r.person_id].code: r for r in relationships(snap, date(2027, 7, 1))}
    assert rows["ANN"].days_since == 180 and rows["ANN"].stale
    assert rows["ANN"].flags == ("relationship owner Bob has left", "not engaged since 2027-01-02")
    assert rows["DAN"].flags == ("never engaged",)
    assert rows["EVE"].flags == () and not rows["EVE"].stale
    assert rows["BOB"].flags == ("has left but still holds 5 responsibilities; choose successors",)


def test_sponsor_history_reads_newest_first(sample: PlanSnapshot) -> None:
    lines = sponsor_history(sample)
    assert lines[0].startswith(
        "2027-05-12: IT owner of LOYALTY-APP from Nina Alvarez to Emma Lindqvist"
    )
    pos = sample.item_by_code["POS-REFRESH"].id
    assert sponsor_history(sample, pos) == [
        "2026-11-02: champion of POS-REFRESH from James Whitaker to Olivia Grant "
        "(Store Experience leads the store rollout.)"
    ]


# -- business terms -----------------------------------------------------------------------------


def test_successors_are_suggested_from_the_same_side_first(sample: PlanSnapshot) -> None:
    for person in sample.people:
        suggested = suggested_successors(sample, person.id)
        others = [p for p in sample.people if p.active and p.id != person.id]
        assert sorted(suggested) == sorted(p.id for p in others)  # never themselves
        ranks = [
            (
                sample.person_by_id[i].side != person.side,
                person.business_unit_id is None
                or sample.person_by_id[i].business_unit_id != person.business_unit_id,
            )
            for i in suggested
        ]
        assert ranks == sorted(ranks), person.name
    business = next(p for p in sample.people if p.side == "business" and p.business_unit_id)
    first = sample.person_by_id[suggested_successors(sample, business.id)[0]]
    assert first.side == "business"  # a business sponsor is followed by a business person
    # A safe default only from the right side and unit: Finance has Helen Park, Stores has
    # no other business person still here.
    by_code = {p.code: p.id for p in sample.people}
    assert likely_successor(sample, by_code["dokafor"]) == by_code["hpark"]
    assert likely_successor(sample, by_code["jwhitaker"]) is None
    stores = sample.person_by_id[by_code["jwhitaker"]].business_unit_id
    assert likely_successor(sample, None, unit_id=stores, side="it") == by_code["bcarter"]


def test_business_terms_rule() -> None:
    snap = plan(
        value_drivers=[{"item": "I3", "driver": "cost", "amount": 10, "statement": "Less rework"}]
    )
    cases = {
        snap.item_by_id[i].code: business_case(snap, snap.item_by_id[i]) for i in snap.item_by_id
    }
    assert cases["I1"].classification == TECHNICAL_ONLY  # statement, but no business word, no money
    assert cases["I2"].classification == BUSINESS and cases["I2"].business_words == ("conversion",)
    assert cases["I3"].classification == BUSINESS and cases["I3"].headline == "Less rework"
    assert cases["I3"].driver_total == 10
    empty = plan(items=[{"code": "X", "title": "X"}])
    assert business_case(empty, empty.items[0]).classification == NO_CASE
    assert names_money("saves USD 2.2m a year") and names_money("€3m") and names_money("4 EUR")
    assert names_money("12 NZD", "NZD") and names_money("ZZZ 5", "ZZZ")
    assert not names_money("PCI DSS 4.0 and TLS 1.3") and not names_money("ABC 5")
    assert business_words_in("Cheaper tills; fewer queues and fines") == [
        "cheaper",
        "fine",
        "queue",
    ]
    assert business_words_in("Kubernetes upgrade to 1.30") == []


def test_the_drivers_put_the_business_statement_first(sample: PlanSnapshot) -> None:
    wms = sample.item_by_code["WMS"]
    case = business_case(sample, wms)
    assert [d.driver for d in case.drivers] == ["cost", "revenue", "risk"]  # amount, then none
    assert case.headline == "Pick rates up 45%."
    assert case.driver_lines("USD")[0] == "Cost (USD 3.7 m a year): Pick rates up 45%."


# -- adoption and KPI series --------------------------------------------------------------------


def test_kpi_series_status_and_trend_by_hand() -> None:
    kpis = [
        {"code": "UP", "name": "Adoption", "item": "I3", "unit": "%", "baseline": 0, "target": 50,
         "adoption": True},
        {"code": "DOWN", "name": "Cost", "objective": "O2", "baseline": 10, "target": 5,
         "higher_is_better": False},
        {"code": "NONE", "name": "No data", "item": "I3", "target": 1, "adoption": True},
        {"code": "SINGLE", "name": "Old style", "objective": "O1", "target": 3, "actual": 4},
    ]  # fmt: skip
    actuals = [
        {"kpi": "UP", "date": "2027-01-31", "value": 10},
        {"kpi": "UP", "date": "2027-02-28", "value": 20},
        {"kpi": "UP", "date": "2027-03-31", "value": 30},
        {"kpi": "DOWN", "date": "2027-01-31", "value": 9},
        {"kpi": "DOWN", "date": "2027-02-28", "value": 9.05},
    ]
    snap = plan(kpis=kpis, kpi_actuals=actuals)
    by = {k.code: kpi_series(snap, k) for k in snap.kpis}
    up = by["UP"]
    assert (up.latest, up.latest_on, up.trend, up.on_target) == (
        30,
        date(2027, 3, 31),
        "improving",
        False,
    )
    assert up.progress == pytest.approx(0.6)
    assert up.status_text() == "30% against a target of 50%, improving"
    assert by["DOWN"].trend == "flat"  # 0.05 of a 5-point span is under 2%
    assert by["NONE"].latest is None and by["NONE"].status_text() == "not measured yet"
    assert (by["SINGLE"].latest, by["SINGLE"].latest_on, by["SINGLE"].on_target) == (4, None, True)
    callouts = adoption_callouts(snap)
    assert [(snap.kpi_by_id[c.kpi_id].code, c.measured) for c in callouts] == [
        ("UP", True),
        ("NONE", False),
    ]
    assert callouts[0].message.startswith('Item I3 "Nothing" is done but adoption is below target')
    assert "30% on 2027-03-31 against 50%, improving" in callouts[0].message


def test_an_item_not_done_or_on_target_is_not_called_out() -> None:
    kpis = [
        {"code": "A", "name": "A", "item": "I2", "target": 50, "adoption": True},  # I2 not done
        {"code": "B", "name": "B", "item": "I3", "target": 50, "adoption": True, "actual": 60},
        {"code": "C", "name": "C", "item": "I3", "target": 50, "adoption": False, "actual": 1},
    ]
    assert adoption_callouts(plan(kpis=kpis)) == []


def test_the_sample_calls_out_checkout_adoption(sample: PlanSnapshot) -> None:
    callouts = adoption_callouts(sample)
    assert [sample.item_by_id[c.item_id].code for c in callouts] == ["CHECKOUT"]
    assert sample.kpi_by_id[callouts[0].kpi_id].code == "K-WALLET-ADOPT"
    landing_zone = next(k for k in sample.kpis if k.code == "K-LZ-ADOPT")
    assert kpi_series(sample, landing_zone).on_target  # done and adopted: no call-out


# -- the process lens ---------------------------------------------------------------------------


def test_process_lens_by_hand() -> None:
    snap = plan(
        processes=[
            {"code": "SELL", "name": "Sell"},
            {"code": "S.STORE", "name": "In store", "parent": "SELL"},
            {"code": "S.WEB", "name": "Online", "parent": "SELL"},
            {"code": "PAY", "name": "Pay people"},
        ],
        applications=[{"code": "POS", "name": "POS"}, {"code": "SHOP", "name": "Shop"},
                      {"code": "FAX", "name": "Fax"}],
        enablements=[{"process": "S.STORE", "application": "POS"},
                     {"process": "S.WEB", "application": "SHOP"},
                     {"process": "S.STORE", "application": "SHOP"}],
        application_changes=[{"item": "I1", "application": "SHOP"},
                             {"item": "I4", "application": "POS"}],
        process_changes=[{"item": "I1", "process": "PAY"}, {"item": "I2", "process": "S.WEB"}],
    )  # fmt: skip
    code = {p.id: p.code for p in snap.processes}
    assert [code[p] for p in processes_touched(snap, snap.item_by_code["I1"].id)] == [
        "PAY",
        "S.WEB",
        "S.STORE",
    ]
    assert [p.code for p in processes_without_technology(snap)] == ["PAY"]
    assert [a.code for a in applications_without_process(snap)] == ["FAX"]
    inv = investment_by_process(snap)
    # I1 (90) over PAY, S.WEB, S.STORE: 30 each; I2 (60) on S.WEB; I3 (30) touches nothing;
    # I4 is cancelled and never counts.
    assert {code[p]: v for p, v in inv.by_process.items()} == {
        "PAY": 30,
        "S.WEB": 90,
        "S.STORE": 30,
    }
    assert {code[p]: v for p, v in inv.by_top.items()} == {"PAY": 30, "SELL": 120}
    assert inv.unmapped == 30 and inv.total == 180
    assert [snap.item_by_id[i].code for i in inv.items_by_process[snap.processes[0].id]] == [
        "I1",
        "I2",
    ]


# -- the whole report --------------------------------------------------------------------------


def test_the_sample_report_tells_its_story(sample: PlanSnapshot) -> None:
    report = partnership_report(sample, date(2027, 7, 1))
    assert report.has_data and report.assessed and report.has_process_map
    assert [len(u.history) for u in report.units] == [4] * 5  # a year of quarterly assessments
    assert all(
        u.average_change and u.average_change > 0 for u in report.units
    )  # a believable climb
    stores = report.units[0]
    assert stores.change("sponsorship_adoption") == 0  # the dip when Olivia Grant left
    flagged = {(f.code, f.role) for f in report.flags}
    assert flagged == {
        ("POS-REFRESH", "champion"), ("MOBILE-POS", "sponsor"), ("CLIENTELING", "champion"),
        ("SUPPLIER-PORTAL", "it_owner"),
    }  # fmt: skip
    assert [sample.item_by_id[i].code for i in report.technical_only] == ["IAM-SSO"]
    assert [sample.item_by_id[i].code for i in report.no_case] == ["INTRANET"]
    assert [sample.process_by_id[p].code for p in report.processes_without_technology] == [
        "SOURCE.PRICE",
        "SELL.MEDIA",
    ]
    assert [sample.application_by_id[a].code for a in report.applications_without_process] == [
        "KIOSK",
        "NOTES",
    ]
    doc = report_to_json(report, sample)
    assert doc["business_terms"]["technical_only"] == ["IAM-SSO"]
    assert doc["adoption"][0]["item"] == "CHECKOUT"
    assert doc["gaps"][0]["gap"] == 2 and doc["gaps"][0]["practices"][0]["code"]
    invested = sum(p["amount"] for p in doc["processes"]["investment"])
    assert invested + doc["processes"]["unmapped"] == pytest.approx(
        sum(i.cost for i in sample.items if i.status != "cancelled"), abs=1
    )
    findings = analyze(sample).findings
    assert {f.code for f in findings if f.kind == "needs_sponsor"} == {
        "POS-REFRESH",
        "CLIENTELING",
        "SUPPLIER-PORTAL",
    }


def test_an_empty_plan_has_an_empty_report() -> None:
    snap = plan(items=[], objectives=[])
    report = partnership_report(snap)
    assert not report.has_data and report.gaps == () and report.flags == ()
    assert report_to_json(report, snap)["processes"]["investment"] == []
