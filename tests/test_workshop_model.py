"""Workshop mode's data layer (plan format 5): records, commands and their undo, refusals,
the round's spec from the plan, and ballots that survive the app being killed mid-round."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from stratplanner.analysis.round_specs import round_spec
from stratplanner.commands import CommandError, CreateRecord, DeleteRecord, Macro, UpdateRecord
from stratplanner.commands.workshop import (
    AddAction,
    AddParticipant,
    CastBallot,
    CreateRound,
    CreateWorkshop,
    DeleteWorkshop,
    RecordDecision,
    RemoveParticipant,
    SetRoundState,
    UpdateAction,
    UpdateDecision,
    UpdateRound,
)
from stratplanner.model.kinds import WORKSHOP_KINDS
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan
from stratplanner.store.document import Change, PlanDocument

WORKSHOP_COLLECTIONS = (
    "workshops",
    "workshop_participants",
    "workshop_rounds",
    "workshop_options",
    "workshop_ballots",
    "workshop_decisions",
    "workshop_decision_links",
    "workshop_actions",
)


def snap_of(doc: PlanDocument) -> PlanSnapshot:
    return load_snapshot(doc.session)


def workshop_state(snap: PlanSnapshot) -> dict[str, Any]:
    return {c: getattr(snap, c) for c in WORKSHOP_COLLECTIONS}


def offsite(doc: PlanDocument) -> dict[str, int]:
    """Q1-OFFSITE with two people of the plan, one added on the day, and an open dots round."""
    create = CreateWorkshop("Q1-OFFSITE", "Q1 leadership offsite", held_on=date(2027, 1, 20))
    doc.execute(create)
    assert create.workshop_id is not None
    ws = create.workshop_id
    ids = {"workshop": ws}
    for key, kwargs in (
        ("ceo", {"person": "mellison"}),
        ("cfo", {"person": "dokafor"}),
        ("guest", {"name": "Guest Consultant", "side": "it"}),
    ):
        add = AddParticipant(ws, **kwargs)
        doc.execute(add)
        assert add.participant_id is not None
        ids[key] = add.participant_id
    rnd = CreateRound(
        ws, "R1", "Which items matter most?", "dots", ["ERP-FIN", "POS-REFRESH", "IAM-SSO"],
        dots=3, cap=2,
    )  # fmt: skip
    doc.execute(rnd)
    assert rnd.round_id is not None
    ids["round"] = rnd.round_id
    doc.execute(SetRoundState(rnd.round_id, "open"))
    return ids


# -- records and the snapshot --------------------------------------------------------------


def test_records_and_lookups_read_back_from_the_snapshot(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        ws = ids["workshop"]
        doc.execute(
            CreateRound(
                ws, "R0", "Warm-up", "moscow", ["T1", "T2"], subject="objectives", position=0
            )
        )
        doc.execute(CastBallot(ids["round"], ids["ceo"], {"ERP-FIN": 2, "IAM-SSO": 1}))
        doc.execute(CastBallot(ids["round"], ids["guest"], None, abstain=True))
        decide = RecordDecision(
            ws, "Fund ERP finance first", round="R1", owner="dokafor", items=["ERP-FIN"],
            objectives=["T1"], review_on=date(2027, 6, 30), rationale="Most dots from both sides",
        )  # fmt: skip
        doc.execute(decide)
        doc.execute(AddAction(ws, "Draft the ERP business case", owner="dokafor", decision="D1",
                              due=date(2027, 2, 15), item="ERP-FIN"))  # fmt: skip
        doc.execute(AddAction(ws, "Book the next offsite"))
        snap = snap_of(doc)

    workshop = snap.workshop_by_code["Q1-OFFSITE"]
    assert (workshop.title, workshop.held_on) == ("Q1 leadership offsite", date(2027, 1, 20))
    people = snap.participants_by_workshop[workshop.id]
    assert [(p.code, p.name, p.side) for p in people] == [
        ("mellison", snap.person_by_id[people[0].person_id].name, "business"),  # type: ignore[index]
        ("dokafor", snap.person_by_id[people[1].person_id].name, "business"),  # type: ignore[index]
        ("P1", "Guest Consultant", "it"),
    ]
    assert people[2].person_id is None
    assert people[1].business_unit_id == next(
        u.id for u in snap.business_units if u.code == "FINANCE"
    )
    # Agenda order: R0 was put before R1.
    assert [r.code for r in snap.rounds_of(workshop.id)] == ["R0", "R1"]
    r1 = snap.round_by_id[ids["round"]]
    assert (r1.state, r1.dots, r1.cap, r1.anonymity) == ("open", 3, 2, "by_side")
    assert r1.opened_at is not None and r1.closed_at is None
    options = snap.options_of(r1.id)
    assert [(o.code, o.title) for o in options] == [
        (code, snap.item_by_code[code].title) for code in ("ERP-FIN", "POS-REFRESH", "IAM-SSO")
    ]
    assert [o.item_id for o in options] == [
        snap.item_by_code[c].id for c in ("ERP-FIN", "POS-REFRESH", "IAM-SSO")
    ]
    ballots = snap.ballots_of(r1.id)
    assert [(b.participant_id, b.abstain, b.values) for b in ballots] == [
        (ids["ceo"], False, {"ERP-FIN": 2, "IAM-SSO": 1}),
        (ids["guest"], True, None),
    ]
    assert ballots[0].ballot_values == '{"ERP-FIN":2,"IAM-SSO":1}'
    (decision,) = snap.decisions_by_workshop[workshop.id]
    assert (decision.code, decision.round_id, decision.review_on) == (
        "D1",
        r1.id,
        date(2027, 6, 30),
    )
    links = snap.links_by_decision[decision.id]
    assert {(lk.item_id, lk.objective_id) for lk in links} == {
        (snap.item_by_code["ERP-FIN"].id, None),
        (None, next(o.id for o in snap.objectives if o.code == "T1")),
    }
    assert [a.code for a in snap.actions_by_workshop[workshop.id]] == ["A1", "A2"]
    # Open actions: dated first.
    assert [a.action for a in snap.open_actions()] == [
        "Draft the ERP business case",
        "Book the next offsite",
    ]


def test_every_workshop_command_is_one_undoable_step(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        heard: list[Change] = []
        doc.add_listener(heard.append)
        states = [workshop_state(snap_of(doc))]
        undos = []
        ws_cmd = CreateWorkshop("WS", "Workshop")
        steps: list[Any] = [ws_cmd]
        undos.append(doc.execute(ws_cmd))
        states.append(workshop_state(snap_of(doc)))
        ws = ws_cmd.workshop_id
        assert ws is not None
        p = AddParticipant(ws, person="mellison")
        r = CreateRound(ws, "R1", "Q?", "points", ["ERP-FIN", "IAM-SSO"], points=10)
        for cmd in (p, r):
            steps.append(cmd)
            undos.append(doc.execute(cmd))
            states.append(workshop_state(snap_of(doc)))
        assert p.participant_id is not None and r.round_id is not None
        for cmd in (
            SetRoundState(r.round_id, "open"),
            CastBallot(r.round_id, p.participant_id, {"ERP-FIN": 7, "IAM-SSO": 3}),
            CastBallot(r.round_id, p.participant_id, {"ERP-FIN": 1, "IAM-SSO": 9}),
            SetRoundState(r.round_id, "closed", revealed=True),
            UpdateRound(r.round_id, {"adopted": "scores", "notes": "Adopted as scores"}),
            RecordDecision(ws, "Do ERP", round="R1", items=["ERP-FIN"]),
            AddAction(ws, "Follow up", decision="D1"),
            UpdateAction(1, {"done": True}),
            RemoveParticipant(p.participant_id),
            DeleteWorkshop(ws),
        ):
            steps.append(cmd)
            undos.append(doc.execute(cmd))
            states.append(workshop_state(snap_of(doc)))
            assert heard[-1].kinds & WORKSHOP_KINDS, cmd
        assert all(states[i] != states[i + 1] for i in range(len(states) - 1))
        # Undo everything, newest first: each undo gives back the state before its step.
        for n in range(len(undos) - 1, -1, -1):
            redo = doc.execute(undos[n])
            assert workshop_state(snap_of(doc)) == states[n], steps[n]
            assert heard[-1].kinds & WORKSHOP_KINDS
            undos[n] = redo
        # …and redo it all.
        for n, redo in enumerate(undos):
            doc.execute(redo)
            assert workshop_state(snap_of(doc)) == states[n + 1], steps[n]


def test_codes_are_unique_within_their_workshop_not_the_plan(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        first = CreateWorkshop("WS-A", "A")
        second = CreateWorkshop("WS-B", "B")
        doc.execute(first)
        doc.execute(second)
        for ws in (first.workshop_id, second.workshop_id):
            assert ws is not None
            doc.execute(AddParticipant(ws, name="Ann", side="business", code="P1"))
            doc.execute(CreateRound(ws, "R1", "Q", "dots", ["ERP-FIN", "IAM-SSO"]))
        assert first.workshop_id is not None
        with pytest.raises(
            CommandError, match="already used by another workshop participant in this workshop"
        ):
            doc.execute(AddParticipant(first.workshop_id, name="Bob", side="it", code="P1"))
        with pytest.raises(CommandError, match="already used by another workshop round"):
            doc.execute(CreateRound(first.workshop_id, "R1", "Q", "dots", ["ERP-FIN", "IAM-SSO"]))
        with pytest.raises(CommandError, match="already used by another workshop"):
            doc.execute(CreateWorkshop("WS-A", "Again"))
        doc.execute(AddParticipant(first.workshop_id, person="mellison"))
        with pytest.raises(CommandError, match="already a participant of workshop WS-A"):
            doc.execute(AddParticipant(first.workshop_id, person="mellison", code="OTHER"))
        snap = snap_of(doc)
    assert [(p.workshop_id, p.code) for p in snap.workshop_participants] == [
        (first.workshop_id, "P1"), (second.workshop_id, "P1"), (first.workshop_id, "mellison")
    ]  # fmt: skip
    assert len(snap.workshop_rounds) == 2


# -- ballots -------------------------------------------------------------------------------------


def test_a_ballot_is_refused_with_one_sentence_and_nothing_is_written(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        other = CreateWorkshop("OTHER", "Another workshop")
        doc.execute(other)
        assert other.workshop_id is not None
        outsider = AddParticipant(other.workshop_id, name="Outsider", side="it")
        doc.execute(outsider)
        draft = CreateRound(ids["workshop"], "R2", "Later", "dots", ["ERP-FIN", "IAM-SSO"])
        doc.execute(draft)
        assert draft.round_id is not None and outsider.participant_id is not None
        before = snap_of(doc).workshop_ballots
        refusals = [
            (CastBallot(draft.round_id, ids["ceo"], {"ERP-FIN": 1}), "Round R2 is not open yet"),
            (CastBallot(ids["round"], outsider.participant_id, {"ERP-FIN": 1}),
             "not in this workshop"),
            (CastBallot(ids["round"], ids["ceo"], {"ERP-FIN": 2, "IAM-SSO": 2}),
             "only 3; take 1 off"),
            (CastBallot(ids["round"], ids["ceo"], {"ERP-FIN": 3}), "at most 2 may go"),
            (CastBallot(ids["round"], ids["ceo"], {"NOPE": 1}), 'no option "NOPE"'),
            (CastBallot(ids["round"], ids["ceo"], None), "This vote is empty"),
        ]  # fmt: skip
        for command, words in refusals:
            with pytest.raises(CommandError) as info:
                doc.execute(command)
            assert words in str(info.value)
            assert len(info.value.problems) == 1 and str(info.value).endswith(".")
        doc.execute(SetRoundState(ids["round"], "closed"))
        with pytest.raises(CommandError, match="Round R1 is closed"):
            doc.execute(CastBallot(ids["round"], ids["ceo"], {"ERP-FIN": 1}))
        assert snap_of(doc).workshop_ballots == before == ()


def test_casting_again_replaces_the_ballot_and_undo_brings_the_first_back(
    sample_plan: Path,
) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        doc.execute(CastBallot(ids["round"], ids["cfo"], {"ERP-FIN": 2, "POS-REFRESH": 1}))
        first = snap_of(doc).workshop_ballots
        undo = doc.execute(CastBallot(ids["round"], ids["cfo"], {"IAM-SSO": 2}))
        (ballot,) = snap_of(doc).workshop_ballots
        assert ballot.id == first[0].id and ballot.values == {"IAM-SSO": 2}
        doc.execute(undo)
        assert [b.values for b in snap_of(doc).workshop_ballots] == [
            {"ERP-FIN": 2, "POS-REFRESH": 1}
        ]
        # The same participant abstains: still one row, no values.
        doc.execute(CastBallot(ids["round"], ids["cfo"], {"ERP-FIN": 1}, abstain=True))
        (ballot,) = snap_of(doc).workshop_ballots
        assert (ballot.abstain, ballot.ballot_values) == (True, None)


def test_budget_ballots_are_stored_as_canonical_json_with_decimals_as_text(
    sample_plan: Path,
) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        buy = CreateRound(
            ids["workshop"], "BUY", "Buy a feature", "budget", ["IAM-SSO", "CLOUD-LZ"],
            budget="1,000,000",
        )  # fmt: skip
        doc.execute(buy)
        assert buy.round_id is not None
        doc.execute(SetRoundState(buy.round_id, "open"))
        doc.execute(
            CastBallot(buy.round_id, ids["ceo"], {"IAM-SSO": "600000.5", "CLOUD-LZ": 399999})
        )
        with pytest.raises(CommandError, match=r"over budget by 0\.01"):
            doc.execute(
                CastBallot(buy.round_id, ids["cfo"], {"IAM-SSO": 1_000_000, "CLOUD-LZ": "0.01"})
            )
        snap = snap_of(doc)
    (ballot,) = snap.ballots_of(buy.round_id)
    assert ballot.ballot_values == '{"CLOUD-LZ":"399999.00","IAM-SSO":"600000.50"}'
    assert snap.round_by_id[buy.round_id].budget == Decimal("1000000.00")


def test_the_rounds_spec_comes_from_the_plan(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        doc.execute(
            CreateRecord(
                "scenario", {"code": "WS-CAP", "name": "Workshop cap", "budget": 10_000_000.0}
            )
        )
        doc.execute(
            CreateRecord(
                "criterion",
                {"code": "FIT", "name": "Strategic fit", "measure": "scored", "weight": 2.0},
            )
        )
        shared = CreateRound(
            ids["workshop"],
            "R3",
            "Spend the cap",
            "budget",
            ["ERP-FIN", "IAM-SSO"],
            scenario="WS-CAP",
        )
        crit = CreateRound(ids["workshop"], "R4", "Rate", "criteria", ["ERP-FIN", "IAM-SSO"])
        doc.execute(shared)
        doc.execute(crit)
        snap = snap_of(doc)
        assert shared.round_id is not None and crit.round_id is not None
        spec = round_spec(snap, snap.round_by_id[shared.round_id])
        assert spec.method == "budget" and spec.options == ("ERP-FIN", "IAM-SSO")
        # 10,000,000 shared by three participants, rounded down to the cent.
        assert spec.budget == Decimal("3333333.33")
        assert spec.costs == {"ERP-FIN": Decimal("8900000"), "IAM-SSO": Decimal("1400000")}
        spec = round_spec(snap, snap.round_by_id[crit.round_id])
        assert [(c.code, c.weight, c.scale_min, c.scale_max) for c in spec.criteria] == [
            ("FIT", 2.0, 0, 5)
        ]
        # The command checks ballots against the same spec.
        doc.execute(SetRoundState(crit.round_id, "open"))
        with pytest.raises(CommandError, match="scale runs from 0 to 5"):
            doc.execute(CastBallot(crit.round_id, ids["ceo"], {"ERP-FIN": {"FIT": 6}}))
        doc.execute(CastBallot(crit.round_id, ids["ceo"], {"ERP-FIN": {"FIT": 4}}))
        # A budget round on a scenario without a cap can't open.
        doc.execute(UpdateRecord("scenario", snap.scenarios[-1].id, {"budget": None}))
        with pytest.raises(
            CommandError, match="Round R3: A budget round needs each participant's budget"
        ):
            doc.execute(SetRoundState(shared.round_id, "open"))


def test_round_states_are_stamped_and_checked(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        draft = CreateRound(ids["workshop"], "R2", "Q", "dots", ["ERP-FIN", "IAM-SSO"])
        doc.execute(draft)
        assert draft.round_id is not None
        with pytest.raises(CommandError, match="Round R2 was never opened"):
            doc.execute(SetRoundState(draft.round_id, "closed"))
        doc.execute(CastBallot(ids["round"], ids["ceo"], {"ERP-FIN": 1}))
        with pytest.raises(CommandError, match="has ballots, so it can't go back to draft"):
            doc.execute(SetRoundState(ids["round"], "draft"))
        with pytest.raises(CommandError, match="already has ballots, so what people vote on"):
            doc.execute(UpdateRound(ids["round"], {"dots": 5}))
        with pytest.raises(CommandError, match="already has ballots"):
            doc.execute(UpdateRound(ids["round"], {}, options=["ERP-FIN", "IAM-SSO"]))
        doc.execute(SetRoundState(ids["round"], "closed"))
        closed = snap_of(doc).round_by_id[ids["round"]]
        assert closed.state == "closed" and closed.closed_at is not None
        assert closed.opened_at is not None and closed.closed_at >= closed.opened_at
        undo = doc.execute(SetRoundState(ids["round"], revealed=True))
        assert snap_of(doc).round_by_id[ids["round"]].revealed
        doc.execute(undo)
        assert not snap_of(doc).round_by_id[ids["round"]].revealed
        # A draft's agenda can change: kept options stay, new ones come, order follows.
        doc.execute(UpdateRound(draft.round_id, {"question": "Q2"}, options=["IAM-SSO", "DC-EXIT"]))
        snap = snap_of(doc)
        assert [o.code for o in snap.options_of(draft.round_id)] == ["IAM-SSO", "DC-EXIT"]


def test_deleting_an_item_keeps_the_options_code_and_title(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        doc.execute(RecordDecision(ids["workshop"], "Stop IAM", items=["IAM-SSO", "ERP-FIN"]))
        doc.execute(AddAction(ids["workshop"], "Tell the team", item="IAM-SSO"))
        item = snap_of(doc).item_by_code["IAM-SSO"]
        undo = doc.execute(DeleteRecord("item", item.id, force=True))
        snap = snap_of(doc)
        option = next(o for o in snap.options_of(ids["round"]) if o.code == "IAM-SSO")
        assert (option.title, option.item_id) == (item.title, None)
        assert [lk.item_id for lk in snap.workshop_decision_links] == [
            snap.item_by_code["ERP-FIN"].id
        ]
        assert snap.workshop_actions[0].item_id is None
        doc.execute(undo)
        snap = snap_of(doc)
        assert (
            next(o for o in snap.options_of(ids["round"]) if o.code == "IAM-SSO").item_id == item.id
        )
        assert len(snap.workshop_decision_links) == 2


def test_decisions_relink_and_refer_only_to_their_own_workshop(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        other = CreateWorkshop("OTHER", "Other")
        doc.execute(other)
        assert other.workshop_id is not None
        doc.execute(CreateRound(other.workshop_id, "RX", "Q", "dots", ["ERP-FIN", "IAM-SSO"]))
        with pytest.raises(CommandError, match="This workshop has no round RX"):
            doc.execute(RecordDecision(ids["workshop"], "D", round="RX"))
        rx = next(r for r in snap_of(doc).workshop_rounds if r.code == "RX")
        decide = RecordDecision(ids["workshop"], "Decide", items=["ERP-FIN"], objectives=["T1"])
        doc.execute(decide)
        assert decide.decision_id is not None
        with pytest.raises(
            CommandError, match="Round RX belongs to workshop OTHER, not to Q1-OFFSITE"
        ):
            doc.execute(UpdateRecord("workshop_decision", decide.decision_id, {"round_id": rx.id}))
        doc.execute(UpdateDecision(decide.decision_id, {"rationale": "why"}, items=["POS-REFRESH"]))
        snap = snap_of(doc)
        links = snap.links_by_decision[decide.decision_id]
        objective_t1 = next(o.id for o in snap.objectives if o.code == "T1")
        assert {(lk.item_id, lk.objective_id) for lk in links} == {
            (snap.item_by_code["POS-REFRESH"].id, None), (None, objective_t1)
        }  # fmt: skip
        with pytest.raises(CommandError, match="There is no roadmap item NOPE"):
            doc.execute(UpdateDecision(decide.decision_id, {}, items=["NOPE"]))


def test_bounds_participants_options_and_ballot_size(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        create = CreateWorkshop("BIG", "Big")
        doc.execute(create)
        ws = create.workshop_id
        assert ws is not None
        doc.execute(
            Macro("many", [AddParticipant(ws, name=f"N{n}", side="business") for n in range(200)])
        )
        with pytest.raises(CommandError, match="already has 200 participants"):
            doc.execute(AddParticipant(ws, name="One too many", side="it"))
        codes = [f"X{n}" for n in range(61)]
        with pytest.raises(CommandError, match="lists 61 options; a round holds at most 60"):
            doc.execute(CreateRound(ws, "R1", "Q", "dots", codes))
        rnd = CreateRound(ws, "R1", "Q", "dots", ["ERP-FIN", "IAM-SSO"])
        doc.execute(rnd)
        first = snap_of(doc).participants_by_workshop[ws][0]
        huge = json.dumps({"ERP-FIN": "x" * (64 * 1024)})
        with pytest.raises(CommandError, match="a ballot holds at most 64 KiB"):
            doc.execute(CreateRecord("workshop_ballot", {
                "round_id": rnd.round_id, "participant_id": first.id, "ballot_values": huge,
                "cast_at": snap_of(doc).workshop_rounds[0].opened_at or date(2027, 1, 1),
            }))  # fmt: skip
        assert len(snap_of(doc).workshop_participants) == 200


def test_a_participant_added_on_the_day_needs_a_side(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        create = CreateWorkshop("W", "W")
        doc.execute(create)
        assert create.workshop_id is not None
        with pytest.raises(CommandError, match="Say which side Zoe is on"):
            doc.execute(AddParticipant(create.workshop_id, name="Zoe"))
        with pytest.raises(CommandError, match="There is no person nobody"):
            doc.execute(AddParticipant(create.workshop_id, person="nobody"))
        assert snap_of(doc).workshop_participants == ()


def test_snapshot_records_are_frozen_plain_data(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        snap = snap_of(doc)
    rnd = snap.round_by_id[ids["round"]]
    with pytest.raises(AttributeError):
        rnd.state = "closed"  # type: ignore[misc]
    assert replace(rnd, state="closed").state == "closed"


# -- crash safety: every ballot is committed when cast ---------------------------------------------

VOTER = r"""
import sys
from stratplanner.commands.workshop import CastBallot
from stratplanner.store import open_plan
doc = open_plan(sys.argv[1])
round_id, participants = int(sys.argv[2]), [int(p) for p in sys.argv[3:]]
for n, participant in enumerate(participants):
    doc.execute(CastBallot(round_id, participant, {"ERP-FIN": 1 + n % 2}))
    print(participant, flush=True)
import time
time.sleep(60)
"""


def test_ballots_cast_before_the_app_is_killed_are_all_kept(sample_plan: Path) -> None:
    with open_plan(sample_plan) as doc:
        ids = offsite(doc)
        add = [AddParticipant(ids["workshop"], name=f"Voter {n}", side="it") for n in range(12)]
        doc.execute(Macro("voters", add))
        voters = [a.participant_id for a in add]
    proc = subprocess.Popen(
        [sys.executable, "-c", VOTER, str(sample_plan), str(ids["round"]), *map(str, voters)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    confirmed = []
    for line in proc.stdout:
        confirmed.append(int(line))
        if len(confirmed) == 8:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with open_plan(sample_plan) as doc:
        assert not doc.read_only
        ballots = snap_of(doc).ballots_of(ids["round"])
    assert set(confirmed) <= {b.participant_id for b in ballots}
    assert all(b.values in ({"ERP-FIN": 1}, {"ERP-FIN": 2}) for b in ballots)


# -- the format-5 fixture ----------------------------------------------------------------------


def format5_doc() -> dict[str, Any]:
    """tests/fixtures/plans/format5.stratplan = the format-4 fixture's document + one workshop
    with one of every format-5 record (rebuilt and compared below)."""
    from test_partnership_model import fixture_doc

    doc = fixture_doc()
    doc["scenarios"] = [{"code": "CAP", "name": "Workshop cap", "budget": 1000}]
    at = "2027-01-20T09:30:00Z"
    options = [
        {"code": "I1", "title": "First", "item": "I1"},
        {"code": "I2", "title": "Second", "item": "I2"},
    ]
    doc["workshops"] = [
        {
            "code": "Q1-OFFSITE", "title": "Q1 offsite", "date": "2027-01-20", "notes": "Room 4",
            "participants": [
                {"code": "P1", "name": "Ada Sponsor", "person": "P1", "side": "business",
                 "business_unit": "BU"},
                {"code": "GUEST", "name": "Guest", "side": "it"},
            ],
            "rounds": [
                {"code": "R1", "question": "Which first?", "method": "dots", "dots": 3, "cap": 2,
                 "state": "closed", "revealed": True, "opened_at": at, "closed_at": at,
                 "adopted": "statuses", "timer_seconds": 120, "anonymity": "named",
                 "options": options,
                 "ballots": [
                     {"participant": "P1", "values": {"I1": 2, "I2": 1}, "cast_at": at},
                     {"participant": "GUEST", "abstain": True, "cast_at": at},
                 ]},
                {"code": "R2", "question": "Buy", "method": "budget", "scenario": "CAP",
                 "state": "open", "opened_at": at, "options": [dict(o) for o in options],
                 "ballots": [{"participant": "GUEST", "values": {"I1": "150.25"}, "cast_at": at}]},
            ],
            "decisions": [
                {"code": "D1", "decision": "Start with First", "rationale": "Most dots",
                 "options_rejected": "Second", "owner": "P1", "review_date": "2027-06-30",
                 "round": "R1", "items": ["I1"], "objectives": ["O1"]},
            ],
            "actions": [
                {"code": "A1", "action": "Write the case", "owner": "P2", "due": "2027-02-15",
                 "decision": "D1", "item": "I1", "objective": "O1"},
            ],
        }
    ]  # fmt: skip
    return doc


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: [r[:-3] for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1')]  # no stamps
            for t in tables
            if t not in ("activity", "alembic_version")
        }
    finally:
        conn.close()


FORMAT5 = Path(__file__).parent / "fixtures" / "plans" / "format5.stratplan"


def test_the_format5_fixture_is_what_the_builder_makes(tmp_path: Path) -> None:
    from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict

    rebuilt = create_plan_from_parsed(parse_plan_dict(format5_doc()), tmp_path / "f5.stratplan")
    fixture = _rows(FORMAT5)
    built = _rows(rebuilt)
    assert {t: v for t, v in built.items() if t not in fixture and v} == {}
    assert {t: v for t, v in built.items() if t in fixture} == fixture


def test_format5_fixture_holds_every_workshop_record(tmp_path: Path) -> None:
    import shutil

    from stratplanner.store.schema import SCHEMA_VERSION

    copy = tmp_path / "f5.stratplan"
    shutil.copyfile(FORMAT5, copy)
    with open_plan(copy) as doc:
        assert doc.upgraded_from == (None if SCHEMA_VERSION == 5 else 5)
        snap = snap_of(doc)
    (ws,) = snap.workshops
    assert (ws.code, ws.held_on) == ("Q1-OFFSITE", date(2027, 1, 20))
    assert [p.code for p in snap.workshop_participants] == ["P1", "GUEST"]
    assert [(r.code, r.state) for r in snap.rounds_of(ws.id)] == [("R1", "closed"), ("R2", "open")]
    assert len(snap.workshop_options) == 4
    assert sorted(b.ballot_values or "" for b in snap.workshop_ballots) == [
        "", '{"I1":"150.25"}', '{"I1":2,"I2":1}'
    ]  # fmt: skip
    assert len(snap.workshop_decisions) == len(snap.workshop_actions) == 1
    assert len(snap.workshop_decision_links) == 2
