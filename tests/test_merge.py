"""Merging another plan: differences by code, a choice per record, one undoable step."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from stratplanner.cli.main import main
from stratplanner.commands import (
    CreateRecord,
    DeleteRecord,
    SetLink,
    UpdateRecord,
    record_id_for_code,
)
from stratplanner.io.merge import ADDED, CONFLICT, ONLY_OURS, THEIRS, MergeError, compute_merge
from stratplanner.io.mspdi import mspdi_bytes
from stratplanner.io.mspdi_read import read_mspdi
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def document(plan: Path) -> dict[str, Any]:
    with open_plan(plan, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def laptops(sample_plan: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of one plan edited apart, as at an offsite."""
    ours = tmp_path / "ours.stratplan"
    theirs = tmp_path / "theirs.stratplan"
    shutil.copyfile(sample_plan, ours)
    shutil.copyfile(sample_plan, theirs)
    with open_plan(ours) as doc:
        s = doc.session
        doc.execute(
            UpdateRecord(
                "item", record_id_for_code(s, "item", "ERP-FIN"), {"title": "ERP finance (ours)"}
            )
        )
        doc.execute(DeleteRecord("item", record_id_for_code(s, "item", "LEGACY-BI")))
        doc.execute(CreateRecord("item", {"code": "OURS-1", "title": "Only on our laptop"}))
    with open_plan(theirs) as doc:
        s = doc.session
        erp = record_id_for_code(s, "item", "ERP-FIN")
        doc.execute(
            UpdateRecord("item", erp, {"capex": 9_000_000.0, "start": "2027-Q2", "end": "2028-Q2"})
        )
        sponsor = record_id_for_code(s, "person", "dokafor")
        doc.execute(
            CreateRecord("team", {"code": "NEW-TEAM", "name": "Offsite squad", "capacity": 3.0})
        )
        doc.execute(
            CreateRecord(
                "item", {"code": "IDEA-1", "title": "Idea from the offsite", "sponsor_id": sponsor}
            )
        )
        idea = record_id_for_code(s, "item", "IDEA-1")
        objective = record_id_for_code(s, "objective", "T1.1")
        doc.execute(SetLink(objective, idea, 3, "Came up twice"))
        team = record_id_for_code(s, "team", "NEW-TEAM")
        doc.execute(CreateRecord("demand", {"item_id": idea, "team_id": team, "fte": 1.5}))
        doc.execute(CreateRecord("dependency", {"before_id": erp, "after_id": idea}))
        first_link = load_snapshot(s).links[0]
        doc.execute(
            SetLink(
                first_link.objective_id, first_link.item_id, 1 if first_link.strength != 1 else 2
            )
        )
    return ours, theirs


def test_differences_are_added_conflicting_or_only_ours(laptops: tuple[Path, Path]) -> None:
    ours, theirs = laptops
    plan = compute_merge(document(ours), document(theirs), source="theirs.stratplan")
    added = {(r.collection, r.key): r for r in plan.added}
    expected = {
        ("teams", ("NEW-TEAM",)),
        ("items", ("IDEA-1",)),
        ("links", ("T1.1", "IDEA-1")),
        ("demands", ("IDEA-1", "NEW-TEAM")),
        ("dependencies", ("ERP-FIN", "IDEA-1")),
    }
    assert expected <= set(added)
    # We deleted LEGACY-BI; with no common ancestor it (and what hangs on it) reads as added by
    # them.
    assert ("items", ("LEGACY-BI",)) in added
    assert all(
        "LEGACY-BI" in json.dumps(r.theirs) for key, r in added.items() if key not in expected
    )
    conflicts = {
        (r.collection, r.key): {d.field: (d.ours, d.theirs) for d in r.fields}
        for r in plan.conflicts
    }
    assert conflicts[("items", ("ERP-FIN",))] == {
        "title": ("ERP finance (ours)", "ERP finance upgrade"),
        "start": ("2027-Q1", "2027-Q2"),
        "end": ("2028-Q1", "2028-Q2"),
        "capex": (7_500_000, 9_000_000),
    }
    assert sum(1 for key in conflicts if key[0] == "links") == 1
    assert [r.key for r in plan.only_ours] == [("OURS-1",)]
    assert all(r.status == ADDED and r.choice == THEIRS for r in plan.added)
    assert (
        all(r.status == CONFLICT for r in plan.conflicts) and plan.only_ours[0].status == ONLY_OURS
    )
    assert 'conflict roadmap item ERP-FIN "ERP finance upgrade"  [keep ours]' in "\n".join(
        plan.lines()
    )


def test_apply_with_choices_is_one_undoable_step(laptops: tuple[Path, Path]) -> None:
    ours, theirs = laptops
    before = document(ours)
    with open_plan(ours) as doc:
        plan = compute_merge(plan_to_dict(load_snapshot(doc.session)), document(theirs))
        plan.take(THEIRS)
        link_conflict = next(r for r in plan.conflicts if r.collection == "links")
        link_conflict.choice = "ours"
        plan.choose("items", "LEGACY-BI", "ours")  # don't bring back what we deleted…
        for record in plan.added:  # …nor what hangs on it
            if "LEGACY-BI" in json.dumps(record.theirs):
                record.choice = "ours"
        undo = doc.execute(plan.command(doc.session))
        after = plan_to_dict(load_snapshot(doc.session))
        items = {i["code"]: i for i in after["items"]}
        assert (
            items["ERP-FIN"]["capex"] == 9_000_000
            and items["ERP-FIN"]["title"] == "ERP finance upgrade"
        )
        assert (
            items["IDEA-1"]["sponsor"] == "dokafor"
            and "LEGACY-BI" not in items
            and "OURS-1" in items
        )
        assert {
            "objective": "T1.1",
            "item": "IDEA-1",
            "strength": 3,
            "rationale": "Came up twice",
        } in after["links"]
        assert {"item": "IDEA-1", "team": "NEW-TEAM", "fte": 1.5} in after["demands"]
        assert {"before": "ERP-FIN", "after": "IDEA-1"} in after["dependencies"]
        key = link_conflict.key
        ours_link = next(x for x in after["links"] if (x["objective"], x["item"]) == key)
        assert ours_link["strength"] == link_conflict.ours["strength"]
        redo = doc.execute(undo)
        assert plan_to_dict(load_snapshot(doc.session)) == before
        doc.execute(redo)
        assert plan_to_dict(load_snapshot(doc.session)) == after


def test_declining_a_record_others_need_and_dependency_cycles_are_refused(
    laptops: tuple[Path, Path],
) -> None:
    ours, theirs = laptops
    with open_plan(ours) as doc:
        plan = compute_merge(plan_to_dict(load_snapshot(doc.session)), document(theirs))
        plan.choose("teams", "NEW-TEAM", "ours")
        with pytest.raises(MergeError, match="needs team NEW-TEAM, which you chose not to add"):
            plan.command(doc.session)
        ours_doc = plan_to_dict(load_snapshot(doc.session))
    # theirs reverses one of our dependencies
    theirs_doc = json.loads(json.dumps(ours_doc))
    chain = ours_doc["dependencies"][0]
    theirs_doc["dependencies"].append({"before": chain["after"], "after": chain["before"]})
    with open_plan(ours) as doc:
        plan = compute_merge(ours_doc, theirs_doc)
        with pytest.raises(MergeError, match="would make a cycle"):
            plan.command(doc.session)


def test_cli_merge_prints_then_applies(
    laptops: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ours, theirs = laptops
    before = digest(ours)
    code = main(["merge", str(ours), str(theirs), "--dry-run"])
    out, _err = capsys.readouterr()
    assert (
        code == 0
        and "conflict roadmap item ERP-FIN" in out
        and "capex: ours 7500000 | theirs 9000000" in out
    )
    assert digest(ours) == before
    code = main(["merge", str(ours), str(ours)])
    _out, err = capsys.readouterr()
    assert code == 1 and "merged into itself" in err
    code = main(["merge", str(ours), str(theirs), "--take", "theirs"])
    _out, err = capsys.readouterr()
    assert code == 0 and "Merge theirs.stratplan:" in err
    items = {i["code"]: i for i in document(ours)["items"]}
    assert items["ERP-FIN"]["capex"] == 9_000_000 and "IDEA-1" in items
    code = main(["merge", str(ours), str(theirs), "--json", "--dry-run"])
    out, _err = capsys.readouterr()
    assert json.loads(out)["added"] == [] and json.loads(out)["conflicts"] == []


def test_merge_a_project_schedule_into_an_open_plan(sample_plan: Path, tmp_path: Path) -> None:
    """MS Project (or ArchiMate) files merge through the same core: only what's new is added."""
    with open_plan(sample_plan) as doc:
        snap = load_snapshot(doc.session)
    path = tmp_path / "roadmap.xml"
    path.write_bytes(mspdi_bytes(snap))
    schedule = read_mspdi(path).document
    schedule["items"][0]["title"] = "Renamed in MS Project"
    with open_plan(sample_plan) as doc:
        plan = compute_merge(plan_to_dict(load_snapshot(doc.session)), schedule)
        assert not plan.added
        assert [r.key for r in plan.conflicts if r.collection == "items"] == [
            (schedule["items"][0]["code"],)
        ]
        plan.take(THEIRS)
        plan.settings_choice = "ours"
        doc.execute(plan.command(doc.session))
        titles = {i.code: i.title for i in load_snapshot(doc.session).items}
    assert titles[schedule["items"][0]["code"]] == "Renamed in MS Project"


# -- workshops (plan format 5) -------------------------------------------------------------------


@pytest.fixture
def voting_laptops(sample_plan: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """One workshop with an open round, copied to two laptops that each collect ballots."""
    from stratplanner.commands.workshop import (
        AddParticipant,
        CastBallot,
        CreateRound,
        CreateWorkshop,
        SetRoundState,
    )

    with open_plan(sample_plan) as doc:
        create = CreateWorkshop("Q1-OFFSITE", "Offsite")
        doc.execute(create)
        ws = create.workshop_id
        assert ws is not None
        ids = {}
        for code in ("ANN", "BOB", "CAT"):
            add = AddParticipant(ws, name=code.title(), side="business", code=code)
            doc.execute(add)
            assert add.participant_id is not None
            ids[code] = add.participant_id
        rnd = CreateRound(ws, "R1", "Q", "dots", ["ERP-FIN", "IAM-SSO", "DC-EXIT"], dots=3)
        doc.execute(rnd)
        assert rnd.round_id is not None
        ids["round"] = rnd.round_id
        doc.execute(SetRoundState(rnd.round_id, "open"))
        doc.execute(CastBallot(rnd.round_id, ids["CAT"], {"DC-EXIT": 3}))
    ours, theirs = tmp_path / "ours.stratplan", tmp_path / "theirs.stratplan"
    shutil.copyfile(sample_plan, ours)
    shutil.copyfile(sample_plan, theirs)
    with open_plan(ours) as doc:
        doc.execute(CastBallot(ids["round"], ids["ANN"], {"ERP-FIN": 3}))
        doc.execute(CastBallot(ids["round"], ids["CAT"], {"ERP-FIN": 1, "DC-EXIT": 2}))
    with open_plan(theirs) as doc:
        doc.execute(CastBallot(ids["round"], ids["BOB"], {"IAM-SSO": 2, "DC-EXIT": 1}))
        doc.execute(CastBallot(ids["round"], ids["CAT"], {"IAM-SSO": 3}))
        from stratplanner.commands.workshop import AddAction, RecordDecision
        from stratplanner.commands.workshop import AddParticipant as Add

        doc.execute(Add(1, name="Dan", side="it", code="DAN"))
        doc.execute(RecordDecision(1, "Fund ERP", round="R1", items=["ERP-FIN"]))
        doc.execute(AddAction(1, "Write the case", decision="D1"))
    return ours, theirs, ids


def test_ballots_from_two_laptops_merge_and_the_same_voter_is_a_conflict(
    voting_laptops: tuple[Path, Path, dict[str, int]],
) -> None:
    ours, theirs, ids = voting_laptops
    plan = compute_merge(document(ours), document(theirs), source="theirs")
    ballots = {r.key: r.status for r in plan.records if r.collection == "workshop_ballots"}
    assert ballots == {
        ("Q1-OFFSITE", "R1", "BOB"): ADDED,
        ("Q1-OFFSITE", "R1", "CAT"): CONFLICT,
        ("Q1-OFFSITE", "R1", "ANN"): ONLY_OURS,
    }
    conflict = plan.find("workshop_ballots", ("Q1-OFFSITE", "R1", "CAT"))
    assert [(f.field, f.ours, f.theirs) for f in conflict.fields] == [
        ("values", {"DC-EXIT": 2, "ERP-FIN": 1}, {"IAM-SSO": 3})
    ]
    assert "ballot Q1-OFFSITE / R1 / CAT" in "\n".join(plan.lines())
    added = {(r.collection, r.key) for r in plan.added}
    assert {
        ("workshop_participants", ("Q1-OFFSITE", "DAN")),
        ("workshop_decisions", ("Q1-OFFSITE", "D1")),
        ("workshop_actions", ("Q1-OFFSITE", "A1")),
    } <= added

    with open_plan(ours) as doc:
        before = load_snapshot(doc.session)
        undo = doc.execute(plan.command(doc.session))  # conflicts keep ours by default
        snap = load_snapshot(doc.session)
        by_code = {p.id: p.code for p in snap.workshop_participants}
        votes = {by_code[b.participant_id]: b.values for b in snap.ballots_of(ids["round"])}
        assert votes == {"ANN": {"ERP-FIN": 3}, "BOB": {"IAM-SSO": 2, "DC-EXIT": 1},
                         "CAT": {"ERP-FIN": 1, "DC-EXIT": 2}}  # fmt: skip
        (decision,) = snap.workshop_decisions
        assert decision.round_id == ids["round"] and len(snap.workshop_decision_links) == 1
        assert snap.workshop_actions[0].decision_id == decision.id
        doc.execute(undo)
        assert load_snapshot(doc.session).workshop_ballots == before.workshop_ballots

        plan.choose("workshop_ballots", ("Q1-OFFSITE", "R1", "CAT"), THEIRS)
        doc.execute(plan.command(doc.session))
        snap = load_snapshot(doc.session)
        cat = next(b for b in snap.ballots_of(ids["round"]) if by_code[b.participant_id] == "CAT")
        assert cat.values == {"IAM-SSO": 3}
        assert len(snap.ballots_of(ids["round"])) == 3


def test_taking_their_round_replaces_its_options(
    voting_laptops: tuple[Path, Path, dict[str, int]],
) -> None:
    from stratplanner.commands.workshop import CreateRound, UpdateRound

    ours, theirs, _ids = voting_laptops
    with open_plan(ours) as doc:
        doc.execute(CreateRound(1, "R2", "Later", "dots", ["ERP-FIN", "IAM-SSO"]))
    with open_plan(theirs) as doc:
        doc.execute(CreateRound(1, "R2", "Later", "dots", ["ERP-FIN", "IAM-SSO"]))
        r2 = next(r for r in load_snapshot(doc.session).workshop_rounds if r.code == "R2")
        doc.execute(
            UpdateRound(r2.id, {"question": "Later, theirs"}, options=["DC-EXIT", "ERP-FIN"])
        )
    plan = compute_merge(document(ours), document(theirs))
    record = plan.find("workshop_rounds", ("Q1-OFFSITE", "R2"))
    assert record.status == CONFLICT
    assert {f.field for f in record.fields} == {"question", "options"}
    plan.take(THEIRS)
    with open_plan(ours) as doc:
        doc.execute(plan.command(doc.session))
        snap = load_snapshot(doc.session)
        r2 = next(r for r in snap.workshop_rounds if r.code == "R2")
        assert r2.question == "Later, theirs"
        assert [o.code for o in snap.options_of(r2.id)] == ["DC-EXIT", "ERP-FIN"]
