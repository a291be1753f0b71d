"""The Qt-free edit session: every kind of command refreshes the snapshot partially, equal to
a full reload after apply, undo and redo, and edits based on a stale version are refused.

The kinds are found by walking ``Command``'s subclasses, so a new kind without a case
here fails ``test_every_command_kind_has_a_case``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

import stratplanner.commands as commands_package
from stratplanner.analysis.partnership import PRACTICE_BY_CODE, responsibilities_of
from stratplanner.app.edit_session import EditSession, base_on_snapshot
from stratplanner.commands import (
    Command,
    ConflictError,
    CreateRecord,
    DeleteRecord,
    Macro,
    SetLink,
    UpdateRecord,
    UpdateSettings,
)
from stratplanner.commands.base import touched_by
from stratplanner.commands.bulk import InsertRecords
from stratplanner.commands.merge import ApplyMerge
from stratplanner.commands.partnership import (
    AddPracticeItem,
    AssignSuccessors,
    ChangeItemRole,
    HandOver,
    MarkPersonLeft,
    MovePerson,
    RatingInput,
    RecordAssessment,
    RecordKpiActuals,
    SetValueDrivers,
    UpdateItem,
)
from stratplanner.commands.portfolio import PinRank, SaveBaseline, SetScore, SetWeights, Unpin
from stratplanner.commands.workshop import (
    AddAction,
    AddParticipant,
    CastBallot,
    CreateRound,
    CreateWorkshop,
    DeleteAction,
    DeleteDecision,
    DeleteRound,
    DeleteWorkshop,
    RecordDecision,
    RemoveParticipant,
    SetRoundState,
    UpdateAction,
    UpdateDecision,
    UpdateParticipant,
    UpdateRound,
    UpdateWorkshop,
)
from stratplanner.model.entities import PlanSettings, table_of
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan

DIMENSIONS = (
    "strategic_planning",
    "shared_prioritization",
    "sponsorship_adoption",
    "business_terms",
    "business_acumen",
    "trust_delivery",
)
#: Lookups the partial refresh carries over and patches; compared with rebuilt ones.
LOOKUPS = (
    "item_by_id",
    "objective_by_id",
    "person_by_id",
    "links_by_item",
    "links_by_objective",
    "children_by_objective",
    "predecessors",
    "kpis_by_item",
    "item_by_code",
    "pin_by_item",
)


def all_command_kinds() -> set[type[Command]]:
    for module in pkgutil.iter_modules(commands_package.__path__):
        importlib.import_module(f"stratplanner.commands.{module.name}")
    importlib.import_module("stratplanner.cli.plan_cmds")  # _IfVersion
    found: set[type[Command]] = set()
    todo = [Command]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found


class Plan:
    """Looks up ids in the session's current snapshot by code."""

    def __init__(self, session: EditSession):
        self.session = session
        self.ids: dict[str, int] = {}

    @property
    def snap(self) -> PlanSnapshot:
        return self.session.snapshot

    def item(self, code: str) -> int:
        return self.snap.item_by_code[code].id

    def person(self, code: str) -> int:
        return next(p.id for p in self.snap.people if p.code == code)

    def unit(self, code: str) -> int:
        return next(u.id for u in self.snap.business_units if u.code == code)

    def first(self, collection: str) -> Any:
        return getattr(self.snap, collection)[0]


def _handover(p: Plan, cls: type[HandOver], *args: Any) -> HandOver:
    held = responsibilities_of(p.snap, p.person("mbell"))
    successors = {r.key: p.person("ytanaka") for r in held}
    return cls(p.person("mbell"), *args, successors)  # type: ignore[call-arg]


def _if_version(p: Plan) -> Command:
    from stratplanner.cli.plan_cmds import _IfVersion

    item = p.first("items")
    inner = UpdateRecord("item", item.id, {"title": "Checked"})
    version = p.snap.version_of("item", item.id)
    assert version is not None
    return _IfVersion(inner, KINDS["item"].table, item.id, "Item", version)


def _workshop(p: Plan) -> int:
    return p.ids["workshop"]


#: Every kind of command, in an order where each can build on the ones before (the plan is
#: left as the redo made it). ``None``: the kind is only ever an inverse or a base class,
#: reached through the cases named.
CASES: dict[str, Callable[[Plan], Command] | None] = {
    "CreateRecord": lambda p: CreateRecord(
        "criterion",
        {"code": "FIT", "name": "Fit", "measure": "scored", "direction": "benefit", "weight": 1.0},
    ),
    "UpdateRecord": lambda p: UpdateRecord("item", p.item("ERP-FIN"), {"title": "ERP for all"}),
    "SetLink": lambda p: SetLink(p.first("links").objective_id, p.first("links").item_id, 1),
    "DeleteRecord": lambda p: DeleteRecord("item", p.item("IAM-SSO"), force=True),
    "RestoreRows": None,  # the inverse of DeleteRecord, run by its undo
    "Macro": lambda p: Macro(
        "two",
        [
            UpdateRecord("item", p.item("ERP-FIN"), {"capex": 5.0}),
            UpdateRecord("objective", p.first("objectives").id, {"title": "Grow"}),
        ],
    ),
    "UpdateSettings": lambda p: UpdateSettings({"title": "Renamed plan"}),
    "InsertRecords": lambda p: InsertRecords(
        [("team", [{"id": -1, "code": "BULK", "name": "Bulk team", "capacity": 3.0}])]
    ),
    "DeleteInserted": None,  # the inverse of InsertRecords
    "ApplyMerge": lambda p: ApplyMerge(
        InsertRecords([("team", [{"id": -1, "code": "MRG", "name": "Merged", "capacity": 1.0}])]),
        [("item", p.item("ERP-FIN"), {"title": "Merged"})],
        {"organization": "Merged org"},
    ),
    "SetWeights": lambda p: SetWeights({p.first("criteria").id: 7.0}),
    "SetScore": lambda p: SetScore(
        p.item("ERP-FIN"), next(c.id for c in p.snap.criteria if c.measure == "scored"), 4
    ),
    "PinRank": lambda p: PinRank(p.item("ERP-FIN"), 1, "Board says so"),
    "Unpin": lambda p: Unpin(p.item("ERP-FIN")),
    "SaveBaseline": lambda p: SaveBaseline("Review"),
    "RecordAssessment": lambda p: RecordAssessment(
        p.unit("ECOM"),
        date(2027, 9, 30),
        {d: RatingInput(3, 4, "e") for d in DIMENSIONS},
        replace=True,
    ),
    "HandOver": lambda p: _handover(p, HandOver),
    "MarkPersonLeft": lambda p: _handover(p, MarkPersonLeft),
    "MovePerson": lambda p: MovePerson(
        p.person("ytanaka"), p.unit("ECOM"), {}, reason="Moved to e-commerce"
    ),
    "AssignSuccessors": lambda p: AssignSuccessors(
        p.person("ogrant"),
        {responsibilities_of(p.snap, p.person("ogrant"))[0].key: p.person("jwhitaker")},
    ),
    "ChangeItemRole": lambda p: ChangeItemRole(p.item("WMS"), "sponsor", p.person("rkim")),
    "UpdateItem": lambda p: UpdateItem(p.item("POS-REFRESH"), {"sponsor_id": p.person("rkim")}),
    "AddPracticeItem": lambda p: AddPracticeItem(
        PRACTICE_BY_CODE["JOINT-REVIEW"], p.unit("STORES"), start="2027-Q4", end="2028-Q1"
    ),
    "RecordKpiActuals": lambda p: RecordKpiActuals(p.first("kpis").id, [(date(2031, 1, 1), 4.0)]),
    "SetValueDrivers": lambda p: SetValueDrivers(p.item("WMS"), {"revenue": (1000.0, "More")}),
    "_Workshop": None,  # base class of the workshop commands below
    "_OneRecord": None,  # base class of the workshop edits of one record
    "CreateWorkshop": lambda p: CreateWorkshop("WS", "Workshop"),
    "UpdateWorkshop": lambda p: UpdateWorkshop(_workshop(p), {"notes": "Agenda"}),
    "AddParticipant": lambda p: AddParticipant(_workshop(p), person="mellison"),
    "UpdateParticipant": lambda p: UpdateParticipant(p.ids["participant"], {"name": "M. E."}),
    "CreateRound": lambda p: CreateRound(
        _workshop(p), "R1", "Q?", "points", ["ERP-FIN", "POS-REFRESH"], points=10
    ),
    "UpdateRound": lambda p: UpdateRound(p.ids["round"], {"notes": "First round"}),
    "SetRoundState": lambda p: SetRoundState(p.ids["round"], "open"),
    "CastBallot": lambda p: CastBallot(
        p.ids["round"], p.ids["participant"], {"ERP-FIN": 7, "POS-REFRESH": 3}
    ),
    "_Step": None,  # the inverse of several workshop steps (CreateRound's undo)
    "RecordDecision": lambda p: RecordDecision(_workshop(p), "Do ERP", items=["ERP-FIN"]),
    "UpdateDecision": lambda p: UpdateDecision(p.ids["decision"], {"decision": "Do ERP now"}),
    "AddAction": lambda p: AddAction(_workshop(p), "Follow up"),
    "UpdateAction": lambda p: UpdateAction(p.ids["action"], {"done": True}),
    "DeleteAction": lambda p: DeleteAction(p.ids["action"]),
    "DeleteDecision": lambda p: DeleteDecision(p.ids["decision"]),
    "RemoveParticipant": lambda p: RemoveParticipant(p.ids["participant"]),
    "DeleteRound": lambda p: DeleteRound(p.ids["round"]),
    "DeleteWorkshop": lambda p: DeleteWorkshop(_workshop(p)),
    "_IfVersion": _if_version,
}

#: Ids a case creates that later cases use: case → (name, attribute of the command).
CREATED = {
    "CreateWorkshop": ("workshop", "workshop_id"),
    "AddParticipant": ("participant", "participant_id"),
    "CreateRound": ("round", "round_id"),
    "RecordDecision": ("decision", "decision_id"),
    "AddAction": ("action", "action_id"),
}

#: Every kind that changes or removes records already there is conditional on the versions
#: seen, so none is listed as unversioned. Those that may add a record named by other columns
#: than its id (a pin, a score, a value driver, an assessment on a date, a participant's
#: ballot in a round) are conditional on having seen none (version 0): one added meanwhile
#: is a conflict too. CastBallot included: a phone re-voting replaces its own ballot through
#: the server's path (``EditSession.apply``, never based on a snapshot), while a facilitator
#: entering a paper ballot in team mode must not silently replace one cast meanwhile.
#: Kinds that only add records: there is no version to be stale.
ONLY_ADD = {
    "CreateRecord", "InsertRecords", "SaveBaseline", "AddPracticeItem",
    "CreateWorkshop", "AddParticipant", "CreateRound", "RecordDecision", "AddAction",
}  # fmt: skip


def test_every_command_kind_has_a_case() -> None:
    names = {cls.__name__ for cls in all_command_kinds()}
    assert names == set(CASES), "add a case for each new kind of command (and drop old ones)"


def assert_current(session: EditSession, what: str) -> None:
    """The session's (partially refreshed) snapshot equals a full rebuild, lookups too."""
    full = load_snapshot(session.document.session, session.document.revision)
    session.document.session.rollback()
    snap = session.snapshot
    differ = [f.name for f in fields(snap) if getattr(snap, f.name) != getattr(full, f.name)]
    assert differ == [], what
    assert snap.versions == full.versions, what
    for name in LOOKUPS:
        assert getattr(snap, name) == getattr(full, name), f"{what}: {name}"


@pytest.fixture
def session(sample_plan: Path):  # type: ignore[no-untyped-def]
    edit = EditSession(open_plan(sample_plan))
    try:
        yield edit
    finally:
        edit.close()


def test_every_kind_refreshes_partially_equal_to_a_full_reload(session: EditSession) -> None:
    plan = Plan(session)
    full_reloads: list[str] = []
    session.document.add_listener(lambda change: None)
    for name, make in CASES.items():
        if make is None:
            continue
        for name_ in LOOKUPS:  # built, so the refresh has lookups to carry over and patch
            getattr(session.snapshot, name_)
        command = make(plan)
        inverse = session.execute(command)
        touched = touched_by(command, inverse)
        if touched is None:
            full_reloads.append(name)
        assert_current(session, f"{name} applied")
        assert session.undo() is not None
        assert_current(session, f"{name} undone")
        assert session.redo() is not None
        assert_current(session, f"{name} redone")
        step = session.history.done[-1]
        assert touched_by(step.command, step.inverse) is not None, name
        if name in CREATED:
            key, attribute = CREATED[name]
            plan.ids[key] = getattr(command, attribute)
    assert full_reloads == [], "these kinds can't say what they touched"


def test_history_undoes_newest_first_and_a_new_edit_drops_the_redo(session: EditSession) -> None:
    item = session.snapshot.items[0]
    session.execute(UpdateRecord("item", item.id, {"title": "One"}))
    session.execute(UpdateRecord("item", item.id, {"title": "Two"}))
    session.undo()
    assert session.snapshot.item_by_id[item.id].title == "One"
    session.execute(UpdateRecord("item", item.id, {"title": "Three"}))
    assert not session.can_redo
    session.undo()
    session.undo()
    assert session.snapshot.item_by_id[item.id].title == item.title
    assert session.undo() is None


def test_typing_merges_into_one_step(session: EditSession) -> None:
    item = session.snapshot.items[0]
    session.execute(UpdateRecord("item", item.id, {"title": "A"}))
    session.execute(UpdateRecord("item", item.id, {"title": "AB"}))
    session.history.merge_last()
    session.undo()
    assert session.snapshot.item_by_id[item.id].title == item.title
    session.redo()
    assert session.snapshot.item_by_id[item.id].title == "AB"


def _make_stale(session: EditSession, command: Command) -> None:
    """Someone else saves each record the command expects, behind this session's back."""
    db = session.document.session
    for slot in command.expected_versions():
        table = table_of(PlanSettings) if slot.kind == "settings" else KINDS[slot.kind].table
        where = [table.c[column] == value for column, value in slot.where.items()]
        db.execute(
            update(table).where(*where).values(version=table.c.version + 1, changed_by="Bob")
        )
    db.commit()


def test_every_versioned_kind_refuses_a_stale_version(sample_plan: Path) -> None:
    """SQLite stands in for the server here: the policy (versions from the snapshot, checked
    in the command's transaction) is the same; tests/test_team_mode.py runs it on PostgreSQL."""
    session = EditSession(open_plan(sample_plan), versioned=True)
    plan = Plan(session)
    refused: list[str] = []
    try:
        for name, make in CASES.items():
            if make is None:
                continue
            command = make(plan)
            slots = command.expected_versions()
            if name in ONLY_ADD:
                assert not slots, name
            elif name != "_IfVersion":  # the CLI's own check, made when the command is built
                assert slots, f"{name} expects no version"
                base_on_snapshot(command, session.snapshot)
                if any(slot.version == 0 for slot in command.expected_versions()):
                    # The planner saw none of the record (no pin, no ballot yet): one edit
                    # adds it, so the next has a version to go stale.
                    session.execute(make(plan))
                    command = make(plan)
                before = load_snapshot(session.document.session)
                session.document.session.rollback()
                _make_stale(session, command)
                with pytest.raises(ConflictError):
                    session.execute(command)
                after = load_snapshot(session.document.session)
                session.document.session.rollback()
                assert [getattr(after, c) for c in ("items", "workshop_rounds")] == [
                    getattr(before, c) for c in ("items", "workshop_rounds")
                ], f"{name} wrote despite the conflict"
                refused.append(name)
                session.document.notify_external_change((), "Reload")  # the planner reloads
                for slot in command.expected_versions():
                    slot.version = None
                command = make(plan)
            session.execute(command)
            if name in CREATED:
                key, attribute = CREATED[name]
                plan.ids[key] = getattr(command, attribute)
    finally:
        session.close()
    versioned = [n for n, m in CASES.items() if m and n not in ONLY_ADD and n != "_IfVersion"]
    assert refused == versioned


def test_a_record_added_since_the_planner_saw_none_is_a_conflict(sample_plan: Path) -> None:
    """A pin (named by its item, not its id) the planner didn't see: pinning is refused, not
    a silent overwrite of someone else's reason."""
    alice = EditSession(open_plan(sample_plan), versioned=True)
    try:
        item = next(i for i in alice.snapshot.items if i.id not in alice.snapshot.pin_by_item)
        command = PinRank(item.id, 1, "Alice's reason")
        base_on_snapshot(command, alice.snapshot)
        assert command.expected_version == 0
        db = alice.document.session
        PinRank(item.id, 2, "Bob's reason").apply(db)  # as if by another planner:
        db.info.pop("written")  # not remembered as this document's write
        db.execute(update(KINDS["pin"].table).values(changed_by="Bob"))
        db.commit()
        with pytest.raises(ConflictError, match=r"rank pin of .* was changed by Bob"):
            alice.execute(command)
    finally:
        alice.close()


def test_a_sponsor_edit_is_based_on_the_version_seen_and_overwrite_clears_it(
    session: EditSession,
) -> None:
    from stratplanner.app.edit_session import base_on_snapshot, overwrite

    item = session.snapshot.item_by_code["ERP-FIN"]
    command = UpdateItem(item.id, {"sponsor_id": next(p.id for p in session.snapshot.people)})
    base_on_snapshot(command, session.snapshot)
    assert command.expected_version == session.snapshot.version_of("item", item.id)
    overwrite(command)
    assert command.expected_version is None
    kpi = session.snapshot.kpis[0]
    actuals = RecordKpiActuals(kpi.id, [(date(2031, 1, 1), 1.0)])
    base_on_snapshot(actuals, session.snapshot)
    assert actuals.expected_version == session.snapshot.version_of("kpi", kpi.id)


@pytest.mark.postgres
def test_a_stale_sponsor_edit_is_refused_on_the_server(server_plan_url: str) -> None:
    alice = EditSession(open_plan(server_plan_url), versioned=True)
    bob = EditSession(open_plan(server_plan_url), versioned=True)
    alice.document.user_name, bob.document.user_name = "Alice", "Bob"
    try:
        item = bob.snapshot.item_by_code["ERP-FIN"]
        people = [p.id for p in bob.snapshot.people if p.id != item.sponsor_id]
        alice.execute(UpdateItem(item.id, {"sponsor_id": people[0]}))
        with pytest.raises(ConflictError, match="changed by Alice"):
            bob.execute(UpdateItem(item.id, {"sponsor_id": people[1]}))
        assert bob.document.poll_external_changes()  # as TeamSync does; the session reloads
        bob.execute(UpdateItem(item.id, {"sponsor_id": people[1]}))
        assert bob.snapshot.item_by_id[item.id].sponsor_id == people[1]
        assert_current(bob, "after the retry")
    finally:
        alice.close()
        bob.close()


def test_the_cli_edits_through_the_session_without_reading_a_snapshot(
    sample_plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``add``, ``set`` (with and without ``--if-version``), ``link`` and ``delete`` each run one
    command through ``EditSession.execute``, never ``PlanDocument.execute`` on their own, and
    read no snapshot (a CLI edit of a big plan must not load it all)."""
    from stratplanner.app import edit_session
    from stratplanner.cli.main import main
    from stratplanner.store.document import PlanDocument

    through_session: list[str] = []
    direct: list[str] = []
    execute, document_execute = EditSession.execute, PlanDocument.execute

    def session_execute(self: EditSession, command: Command, **kw: Any) -> Command:
        through_session.append(type(command).__name__)
        return execute(self, command, **kw)

    def plain_execute(self: PlanDocument, edit: Any) -> Any:
        direct.append(type(edit).__name__)
        return document_execute(self, edit)

    def no_snapshot(document: Any) -> PlanSnapshot:
        raise AssertionError("the CLI read a snapshot to edit")

    monkeypatch.setattr(EditSession, "execute", session_execute)
    monkeypatch.setattr(PlanDocument, "execute", plain_execute)
    monkeypatch.setattr(edit_session, "snapshot_of", no_snapshot)
    plan = str(sample_plan)
    runs = [
        ["add", plan, "item", "code=CLI-1", "title=Labels", "start=2027-Q2", "end=2027-Q3"],
        ["set", plan, "item", "CLI-1", "title=Shelf labels"],
        ["set", plan, "item", "CLI-1", "title=Shelf-edge labels", "--if-version", "2"],
        ["set", plan, "plan", "title=FY27"],
        ["link", plan, "T1.1", "CLI-1", "3"],
        ["delete", plan, "item", "CLI-1"],
    ]
    for args in runs:
        assert main(args) == 0, capsys.readouterr().err
    assert through_session == [
        "CreateRecord",
        "UpdateRecord",
        "_IfVersion",
        "UpdateSettings",
        "SetLink",
        "DeleteRecord",
    ]
    assert direct == through_session  # each once, by the session
    assert "now version 3" in capsys.readouterr().out


def test_an_edit_based_on_the_snapshot_seen_refuses_a_change_made_meanwhile(
    sample_plan: Path,
) -> None:
    """A dialog kept open while a teammate's change arrived (and the snapshot refreshed) passes
    the snapshot it opened on as ``seen``: the edit is based on its versions, so it is refused
    instead of silently overwriting the change; without ``seen`` the current one counts."""
    from stratplanner.store.document import PlanDocument

    alice = EditSession(open_plan(sample_plan), versioned=True)
    # Bob: another planner's document on the same database (SQLite stands in for the server:
    # the version policy is the same; the file lock would make a second open read-only).
    bob = EditSession(PlanDocument(sample_plan, alice.document.engine, read_only=False))
    bob.document.user_name = "Bob"
    try:
        seen = alice.snapshot
        item = seen.item_by_code["ERP-FIN"]
        bob.execute(UpdateRecord("item", item.id, {"title": "Bob's title"}))
        assert alice.document.poll_external_changes()  # as TeamSync does; alice reloads
        assert alice.snapshot.item_by_id[item.id].title == "Bob's title"
        with pytest.raises(ConflictError, match="changed by Bob"):
            alice.execute(UpdateRecord("item", item.id, {"title": "Alice's title"}), seen=seen)
        assert load_snapshot(alice.document.session).item_by_id[item.id].title == "Bob's title"
        alice.document.session.rollback()
        alice.execute(UpdateRecord("item", item.id, {"title": "Alice's title"}))
        assert alice.snapshot.item_by_id[item.id].title == "Alice's title"
    finally:
        bob.close()
        alice.close()


def _alice_and_bob(sample_plan: Path) -> tuple[EditSession, EditSession]:
    """Alice's versioned session and Bob's document on the same database (SQLite stands in
    for the server, as above)."""
    from stratplanner.store.document import PlanDocument

    alice = EditSession(open_plan(sample_plan), versioned=True)
    bob = EditSession(PlanDocument(sample_plan, alice.document.engine, read_only=False))
    bob.document.user_name = "Bob"
    return alice, bob


def test_undo_refuses_when_a_teammate_wrote_between_this_documents_versions(
    sample_plan: Path,
) -> None:
    """Alice's own later edit of the record (on the reloaded snapshot) doesn't make Bob's
    change in between hers: undoing her first edit would revert Bob's title, so it is a
    conflict."""
    alice, bob = _alice_and_bob(sample_plan)
    try:
        item = alice.snapshot.item_by_code["ERP-FIN"]
        alice.execute(UpdateRecord("item", item.id, {"title": "Alice's title"}))
        bob.execute(UpdateRecord("item", item.id, {"title": "Bob's title"}))
        assert alice.document.poll_external_changes()
        assert alice.snapshot.item_by_id[item.id].title == "Bob's title"
        alice.execute(UpdateRecord("item", item.id, {"description": "Alice's note"}))
        alice.undo()  # her description edit: the newest version is hers
        with pytest.raises(ConflictError, match="changed by someone else"):
            alice.undo()  # her title edit: Bob changed the title since
        alice.document.session.rollback()
        after = load_snapshot(alice.document.session).item_by_id[item.id]
        assert after.title == "Bob's title"
        assert after.description != "Alice's note"
    finally:
        bob.close()
        alice.close()


def test_an_edit_based_on_a_snapshot_refuses_a_teammate_change_before_an_own_edit(
    sample_plan: Path,
) -> None:
    """A dialog opened on snapshot S; Bob changes the title; Alice edits the description in
    the details panel; the dialog's edit (seen=S) is refused, not accepted because the
    record's current version is Alice's."""
    alice, bob = _alice_and_bob(sample_plan)
    try:
        seen = alice.snapshot
        item = seen.item_by_code["ERP-FIN"]
        bob.execute(UpdateRecord("item", item.id, {"title": "Bob's title"}))
        assert alice.document.poll_external_changes()
        alice.execute(UpdateRecord("item", item.id, {"description": "typed in details panel"}))
        with pytest.raises(ConflictError, match="changed by someone else"):
            alice.execute(
                UpdateRecord("item", item.id, {"title": "Alice's dialog title"}), seen=seen
            )
        alice.document.session.rollback()
        after = load_snapshot(alice.document.session).item_by_id[item.id]
        assert after.title == "Bob's title"
        assert after.description == "typed in details panel"
        # Based on what she sees now (her own description edit included), it goes through.
        alice.execute(UpdateRecord("item", item.id, {"title": "Alice's dialog title"}))
        assert alice.snapshot.item_by_id[item.id].title == "Alice's dialog title"
    finally:
        bob.close()
        alice.close()


def test_undo_and_redo_across_only_own_versions_still_go_through(sample_plan: Path) -> None:
    """Several of this document's own edits of one record, undone and redone, are no
    conflict: every version in between is its own."""
    alice, bob = _alice_and_bob(sample_plan)
    try:
        item = alice.snapshot.item_by_code["ERP-FIN"]
        alice.execute(UpdateRecord("item", item.id, {"title": "One"}))
        alice.execute(UpdateRecord("item", item.id, {"description": "Two"}))
        alice.execute(UpdateRecord("item", item.id, {"title": "Three"}))
        alice.undo()
        alice.undo()
        alice.undo()
        assert alice.snapshot.item_by_id[item.id].title == item.title
        alice.redo()
        alice.redo()
        assert alice.snapshot.item_by_id[item.id].description == "Two"
    finally:
        bob.close()
        alice.close()
