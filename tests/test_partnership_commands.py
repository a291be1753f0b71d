"""Partnership edits (issue 7): each one undoable step, refused with a sentence when wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from stratplanner.analysis.partnership import PRACTICE_BY_CODE, responsibilities_of
from stratplanner.commands import CommandError
from stratplanner.commands.partnership import (
    AddPracticeItem,
    AssignSuccessors,
    ChangeItemRole,
    MarkPersonLeft,
    MovePerson,
    RatingInput,
    RecordAssessment,
    RecordKpiActuals,
    SetValueDrivers,
    UpdateItem,
)
from stratplanner.model.entities import Activity
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan
from stratplanner.store.document import PlanDocument

DIMENSIONS = (
    "strategic_planning",
    "shared_prioritization",
    "sponsorship_adoption",
    "business_terms",
    "business_acumen",
    "trust_delivery",
)


def snap_of(doc: PlanDocument) -> PlanSnapshot:
    return load_snapshot(doc.session)


def person(snap: PlanSnapshot, code: str) -> int:
    return next(p.id for p in snap.people if p.code == code)


def unit(snap: PlanSnapshot, code: str) -> int:
    return next(u.id for u in snap.business_units if u.code == code)


@pytest.fixture
def doc(sample_plan: Path):  # type: ignore[no-untyped-def]
    document = open_plan(sample_plan)
    try:
        yield document
    finally:
        document.close()


# -- assessments -----------------------------------------------------------------------------------


def test_record_an_assessment_as_one_step_and_undo_it(doc: PlanDocument) -> None:
    before = snap_of(doc)
    ratings = {d: RatingInput(3, 4, f"evidence {n}") for n, d in enumerate(DIMENSIONS)}
    command = RecordAssessment(
        unit(before, "ECOM"), date(2027, 9, 30), ratings, assessed_by="Robert Chen"
    )
    undo = doc.execute(command)
    after = snap_of(doc)
    new = after.assessment_by_id[command.assessment_id]  # type: ignore[index]
    assert new.code == "ECOM-2027-09-30" and new.assessed_by == "Robert Chen"
    rated = after.ratings_by_assessment[new.id]
    assert sorted(rated) == sorted(DIMENSIONS)
    assert {(r.level, r.target) for r in rated.values()} == {(3, 4)}
    assert command.label == "Assess E-commerce on 2027-09-30"
    activity = doc.session.execute(select(Activity.label, Activity.kinds)).all()
    doc.session.rollback()
    assert activity[-1] == ("Assess E-commerce on 2027-09-30", "assessment,rating")
    redo = doc.execute(undo)
    assert snap_of(doc).assessments == before.assessments
    assert snap_of(doc).ratings == before.ratings
    doc.execute(redo)
    assert len(snap_of(doc).ratings) == len(before.ratings) + 6


def test_an_assessment_missing_dimensions_or_off_the_scale_is_refused_whole(
    doc: PlanDocument,
) -> None:
    before = snap_of(doc)
    stores = unit(before, "STORES")
    partial = {d: RatingInput(2, 3) for d in DIMENSIONS[:4]}
    partial["strategic_planning"] = RatingInput(5, 3)
    partial["vibes"] = RatingInput(2)  # type: ignore[index]
    with pytest.raises(CommandError) as info:
        doc.execute(RecordAssessment(stores, date(2027, 9, 30), partial))
    problems = info.value.problems
    assert problems[0].startswith(
        "The assessment of Stores on 2027-09-30 rates vibes, which is not a dimension"
    )
    assert problems[1] == (
        "The assessment of Stores on 2027-09-30 has no rating for business acumen in IT, trust "
        "and delivery; rate every dimension so the assessments of all units compare."
    )
    assert (
        "Involvement in strategic planning: the level must be a whole number from 1 to 4"
        in problems[2]
    )
    assert snap_of(doc).assessments == before.assessments  # nothing written
    everything = dict.fromkeys(DIMENSIONS, (2, 3, ""))
    with pytest.raises(CommandError, match="Stores already has an assessment dated 2027-06-30"):
        doc.execute(RecordAssessment(stores, date(2027, 6, 30), everything))


def test_re_rating_an_assessment_changes_only_what_changed(doc: PlanDocument) -> None:
    before = snap_of(doc)
    stores = unit(before, "STORES")
    latest = before.assessments_by_unit[stores][-1]
    old = before.ratings_by_assessment[latest.id]
    ratings = {d: RatingInput(r.level, r.target, r.evidence) for d, r in old.items()}
    ratings["sponsorship_adoption"] = RatingInput(3, 3, "New champion named for the POS rollout.")
    undo = doc.execute(RecordAssessment(stores, latest.assessed_on, ratings, replace=True))
    after = snap_of(doc).ratings_by_assessment[latest.id]
    assert after["sponsorship_adoption"].level == 3
    changed = {d for d in DIMENSIONS if after[d] != old[d]}
    assert changed == {"sponsorship_adoption"}
    doc.execute(undo)
    assert snap_of(doc).ratings_by_assessment[latest.id] == old


# -- people leaving and moving ------------------------------------------------------------------


def test_mark_a_person_as_left_and_hand_over_with_history(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    bell = person(snap, "mbell")
    tanaka = person(snap, "ytanaka")
    held = responsibilities_of(snap, bell)
    kinds = {(r.record_kind, r.role) for r in held}
    assert kinds == {("item", "champion"), ("objective", "owner")}
    successors = {
        r.key: (tanaka if r.record_kind == "item" else person(snap, "therrera")) for r in held
    }
    command = MarkPersonLeft(bell, successors, changed_on=date(2027, 7, 1), reason="Retired")
    undo = doc.execute(command)
    after = snap_of(doc)
    assert not after.person_by_id[bell].active
    assert responsibilities_of(after, bell) == []
    wms = after.item_by_code["WMS"]
    assert wms.champion_id == tanaka
    history = after.sponsor_changes_by_item[wms.id][-1]
    assert (history.role, history.from_person_id, history.to_person_id, history.reason) == (
        "champion", bell, tanaka, "Retired"
    )  # fmt: skip
    assert len(after.sponsor_changes) == len(snap.sponsor_changes) + 3  # the three items
    assert command.label == "Mark as left and hand over: Marcus Bell (4 successors)"
    doc.execute(undo)
    back = snap_of(doc)
    assert back.people == snap.people and back.items == snap.items
    assert back.sponsor_changes == snap.sponsor_changes and back.objectives == snap.objectives


def test_left_without_successors_keeps_the_roles_flagged_until_they_are_chosen(
    doc: PlanDocument,
) -> None:
    snap = snap_of(doc)
    grant = person(snap, "ogrant")
    with pytest.raises(CommandError, match="Olivia Grant is already marked as left"):
        doc.execute(MarkPersonLeft(grant, {}))
    held = responsibilities_of(snap, grant)
    assert len(held) == 3
    first = held[0]
    doc.execute(AssignSuccessors(grant, {first.key: person(snap, "jwhitaker")}))
    assert len(responsibilities_of(snap_of(doc), grant)) == 2
    whitaker = person(snap, "jwhitaker")
    undo = doc.execute(MarkPersonLeft(whitaker, {}))  # leaves: everything stays with him, flagged
    assert not snap_of(doc).person_by_id[whitaker].active
    doc.execute(undo)


def test_hand_over_refusals_are_sentences_and_change_nothing(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    grant, haddad = person(snap, "ogrant"), person(snap, "fhaddad")
    held = responsibilities_of(snap, grant)
    with pytest.raises(CommandError) as info:
        doc.execute(AssignSuccessors(grant, {held[0].key: grant, held[1].key: haddad}))
    assert info.value.problems == [
        "Olivia Grant can't be their own successor as sponsor of item MOBILE-POS "
        '"Mobile POS and queue busting".',
        "Farid Haddad has left too, so can't become the champion of item POS-REFRESH "
        '"POS estate refresh"; choose someone active.',
    ]
    wms = snap.item_by_code["WMS"]
    with pytest.raises(CommandError, match="Olivia Grant is no longer the sponsor of item WMS"):
        doc.execute(AssignSuccessors(grant, {("item", wms.id, "sponsor"): person(snap, "rkim")}))
    with pytest.raises(CommandError, match="Nothing to change"):
        doc.execute(AssignSuccessors(grant, {}))
    assert snap_of(doc).items == snap.items


def test_move_a_person_to_another_unit(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    herrera = person(snap, "therrera")
    portal = snap.item_by_code["SUPPLIER-PORTAL"]
    key = ("item", portal.id, "sponsor")
    undo = doc.execute(MovePerson(herrera, unit(snap, "STORES"), {key: person(snap, "mbell")}))
    after = snap_of(doc)
    assert after.person_by_id[herrera].business_unit_id == unit(snap, "STORES")
    assert after.person_by_id[herrera].active
    assert after.item_by_code["SUPPLIER-PORTAL"].sponsor_id == person(snap, "mbell")
    assert after.item_by_code["WMS"].sponsor_id == herrera  # not handed over: stays
    with pytest.raises(CommandError, match="already in that business unit"):
        doc.execute(MovePerson(herrera, unit(snap, "STORES"), {}))
    doc.execute(undo)
    assert snap_of(doc).people == snap.people


def test_change_an_item_role_keeps_history(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    pos = snap.item_by_code["POS-REFRESH"]
    whitaker = person(snap, "jwhitaker")
    undo = doc.execute(ChangeItemRole(pos.id, "champion", whitaker, reason="Back to store ops"))
    after = snap_of(doc)
    assert after.item_by_code["POS-REFRESH"].champion_id == whitaker
    change = after.sponsor_changes_by_item[pos.id][-1]
    assert (change.from_person_id, change.to_person_id) == (person(snap, "ogrant"), whitaker)
    with pytest.raises(CommandError, match="already the champion of POS-REFRESH"):
        doc.execute(ChangeItemRole(pos.id, "champion", whitaker))
    with pytest.raises(CommandError, match="is not an item role"):
        doc.execute(ChangeItemRole(pos.id, "cheerleader", whitaker))
    doc.execute(undo)
    assert snap_of(doc).sponsor_changes == snap.sponsor_changes


def test_any_edit_of_an_item_role_keeps_history_in_one_step(doc: PlanDocument) -> None:
    """The roadmap table and ``stratplanner set`` edit roles through UpdateItem."""
    snap = snap_of(doc)
    cdp = snap.item_by_code["CDP"]
    okafor, reyes = person(snap, "dokafor"), person(snap, "sreyes")
    assert cdp.sponsor_id != okafor
    undo = doc.execute(
        UpdateItem(cdp.id, {"sponsor_id": okafor, "it_owner_id": reyes, "capex": 1234.0})
    )
    after = snap_of(doc)
    item = after.item_by_id[cdp.id]
    assert (item.sponsor_id, item.it_owner_id, item.capex) == (okafor, reyes, 1234.0)
    new = after.sponsor_changes_by_item[cdp.id][-2:]
    assert {(c.role, c.from_person_id, c.to_person_id) for c in new} == {
        ("sponsor", cdp.sponsor_id, okafor),
        ("it_owner", cdp.it_owner_id, reyes),
    }
    doc.execute(undo)  # one step takes back the fields and both history rows
    undone = snap_of(doc)
    assert undone.item_by_id[cdp.id] == cdp
    assert undone.sponsor_changes == snap.sponsor_changes

    # A role set to whom it already is records nothing.
    doc.execute(UpdateItem(cdp.id, {"sponsor_id": cdp.sponsor_id, "capex": 99.0}))
    assert snap_of(doc).sponsor_changes == snap.sponsor_changes
    assert snap_of(doc).item_by_id[cdp.id].capex == 99.0


def test_stratplanner_set_keeps_the_sponsor_history(sample_plan: Path) -> None:
    from stratplanner.cli.main import main

    assert main(["set", str(sample_plan), "item", "CDP", "sponsor=dokafor"]) == 0
    with open_plan(sample_plan, read_only=True) as doc:
        snap = snap_of(doc)
        cdp = snap.item_by_code["CDP"]
        last = snap.sponsor_changes_by_item[cdp.id][-1]
        assert (last.role, last.to_person_id) == ("sponsor", person(snap, "dokafor"))


# -- practices, KPI actuals, value drivers --------------------------------------------------------


def test_a_practice_becomes_a_proposed_item_in_one_step(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    command = AddPracticeItem(
        PRACTICE_BY_CODE["JOINT-REVIEW"],
        unit(snap, "STORES"),
        start="2027-Q4",
        end="2028-Q1",
        dimension="shared_prioritization",
    )
    undo = doc.execute(command)
    item = snap_of(doc).item_by_id[command.item_id]  # type: ignore[index]
    assert (item.code, item.title, item.status, item.category) == (
        "JOINT-REVIEW-STORES", "Quarterly joint portfolio reviews", "proposed", "transform"
    )  # fmt: skip
    assert str(item.start) == "2027-Q4" and item.value_statement.startswith(
        "Money goes to the work"
    )
    assert "shared prioritization of the portfolio with Stores" in item.description
    again = AddPracticeItem(PRACTICE_BY_CODE["JOINT-REVIEW"], unit(snap, "STORES"))
    doc.execute(again)
    assert snap_of(doc).item_by_id[again.item_id].code == "JOINT-REVIEW-STORES-2"  # type: ignore[index]
    with pytest.raises(CommandError, match="Give both a start and an end quarter"):
        doc.execute(AddPracticeItem(PRACTICE_BY_CODE["CO-LOCATION"], None, start="2027-Q4"))
    doc.execute(undo)
    assert command.item_id not in snap_of(doc).item_by_id


def test_record_kpi_actuals_keeps_the_series_in_order(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    kpi = next(k for k in snap.kpis if k.code == "K-WALLET-ADOPT")
    undo = doc.execute(
        RecordKpiActuals(kpi.id, [(date(2027, 7, 31), 27.0), (date(2027, 8, 31), 29.5, "promo")])
    )
    after = snap_of(doc)
    assert [a.value for a in after.actuals_by_kpi[kpi.id]][-3:] == [24.0, 27.0, 29.5]
    assert after.kpi_by_id[kpi.id].actual == 29.5  # the KPI's actual follows the latest
    series = [(date(2027, 9, 30), 31.0), (date(2027, 9, 1), 30.0), (date(2027, 8, 31), 1.0)]
    with pytest.raises(CommandError) as info:
        doc.execute(RecordKpiActuals(kpi.id, series))
    assert info.value.problems == [
        "KPI K-WALLET-ADOPT: the date 2027-09-01 comes after 2027-09-30 in the series; "
        "list actuals oldest first.",
        "KPI K-WALLET-ADOPT: the date 2027-08-31 comes after 2027-09-30 in the series; "
        "list actuals oldest first.",
        "KPI K-WALLET-ADOPT already has an actual dated 2027-08-31 (29.5); "
        "change that one instead.",
    ]
    doc.execute(undo)
    back = snap_of(doc)
    assert back.kpi_actuals == snap.kpi_actuals and back.kpi_by_id[kpi.id].actual == 24.0


def test_set_value_drivers_adds_changes_and_removes_in_one_step(doc: PlanDocument) -> None:
    snap = snap_of(doc)
    iam = snap.item_by_code["IAM-SSO"]
    assert iam.id not in snap.value_drivers_by_item
    undo = doc.execute(
        SetValueDrivers(
            iam.id, {"risk": (1_000_000.0, "Fewer breaches"), "cost": (None, "Fewer resets")}
        )
    )
    drivers = {d.driver: d for d in snap_of(doc).value_drivers_by_item[iam.id]}
    assert drivers["risk"].amount == 1_000_000 and drivers["cost"].amount is None
    undo_second = doc.execute(SetValueDrivers(iam.id, {"cost": None, "risk": (2.0, "x")}))
    assert [(d.driver, d.amount) for d in snap_of(doc).value_drivers_by_item[iam.id]] == [
        ("risk", 2.0)
    ]
    with pytest.raises(CommandError, match="synergy is not a value driver"):
        doc.execute(SetValueDrivers(iam.id, {"synergy": (1.0, "")}))
    with pytest.raises(CommandError, match="amount must be 0 or more"):
        doc.execute(SetValueDrivers(iam.id, {"risk": (-5.0, "")}))
    doc.execute(undo_second)
    assert len(snap_of(doc).value_drivers_by_item[iam.id]) == 2
    doc.execute(undo)
    assert iam.id not in snap_of(doc).value_drivers_by_item
