"""Team mode: the same plan on a PostgreSQL server — publish, checkout, open, edit, fail safely."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from stratplanner.cli.main import main
from stratplanner.commands import CommandError, CreateRecord, UpdateRecord
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import NewerPlanError, PlanFileError, open_plan
from stratplanner.store.server import parse_server_target
from stratplanner.store.server_plans import checkout_plan, list_server_plans, publish_plan

pytestmark = pytest.mark.postgres


def exported(target: str | Path) -> dict:
    with open_plan(target, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))


def test_publish_and_checkout_round_trip(
    server_plan_url: str, sample_plan: Path, tmp_path: Path
) -> None:
    assert exported(server_plan_url) == exported(sample_plan)
    copy = tmp_path / "offline copy.stratplan"
    checkout_plan(server_plan_url, copy)
    assert exported(copy) == exported(sample_plan)
    with open_plan(copy) as doc:
        assert not doc.read_only


def test_publish_refuses_to_overwrite_and_is_all_or_nothing(
    server_plan_url: str, sample_plan: Path
) -> None:
    with pytest.raises(PlanFileError, match="already has a plan"):
        publish_plan(sample_plan, server_plan_url)
    base = server_plan_url.split("?", maxsplit=1)[0]
    name = parse_server_target(server_plan_url).plan
    assert name in list_server_plans(base)


def test_edits_ids_and_undo_on_the_server(server_plan_url: str) -> None:
    with open_plan(server_plan_url) as doc:
        before = plan_to_dict(load_snapshot(doc.session))
        create = CreateRecord(
            "item", {"code": "PG-1", "title": "Server item", "start": "2027-Q2", "end": "2027-Q3"}
        )
        undo = doc.execute(create)
        assert create.record_id is not None and create.record_id > max(
            i.id for i in load_snapshot(doc.session).items if i.code != "PG-1"
        )
        with pytest.raises(CommandError, match="end 2027-Q1 is before start 2027-Q2"):
            doc.execute(UpdateRecord("item", create.record_id, {"end": "2027-Q1"}))
        doc.execute(undo)
        assert plan_to_dict(load_snapshot(doc.session)) == before


def test_missing_plan_unreachable_server_and_bad_urls(pg_server) -> None:
    with pytest.raises(PlanFileError, match="There is no plan 'nothing_here'"):
        open_plan(f"{pg_server.url}?plan=nothing_here")
    with pytest.raises(PlanFileError, match="can't be reached"):
        open_plan("postgresql+psycopg://nobody@127.0.0.1:1/db?plan=x")
    with pytest.raises(PlanFileError, match="must start with a letter"):
        open_plan(f"{pg_server.url}?plan=Drop;Table")
    with pytest.raises(PlanFileError, match="PostgreSQL"):
        open_plan("mysql://u@h/db?plan=x")


def test_newer_server_schema_is_refused(server_plan_url: str) -> None:
    target = parse_server_target(server_plan_url)
    engine = create_engine(target.url)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE \"{target.schema}\".alembic_version SET version_num = 'r9999'"))
    engine.dispose()
    with pytest.raises(NewerPlanError, match="newer StratPlanner"):
        open_plan(server_plan_url)


def test_password_never_shown_or_remembered(pg_server) -> None:
    target = parse_server_target(
        pg_server.url.replace("stratplanner@", "stratplanner:s3cret@") + "?plan=x"
    )
    assert "s3cret" not in target.public_location
    assert target.public_location.endswith("?plan=x")


def test_connection_killed_mid_transaction_writes_nothing(server_plan_url: str) -> None:
    target = parse_server_target(server_plan_url)
    killer = create_engine(target.url)
    with open_plan(server_plan_url) as doc:
        before = plan_to_dict(load_snapshot(doc.session))
        item = load_snapshot(doc.session).items[0]

        class KillHalfway(UpdateRecord):
            def apply(self, session):  # type: ignore[no-untyped-def]
                inverse = super().apply(session)
                pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
                with killer.begin() as conn:
                    conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
                session.execute(text("SELECT 1"))  # the dead connection fails here
                return inverse

        with pytest.raises(Exception):  # noqa: B017 - the driver's error type varies
            doc.execute(KillHalfway("item", item.id, {"title": "half-written"}))
        # The app stays up: the next read reconnects, and nothing was written.
        assert plan_to_dict(load_snapshot(doc.session)) == before
        doc.execute(UpdateRecord("item", item.id, {"title": "Written after reconnect"}))
        assert load_snapshot(doc.session).item_by_id[item.id].title == "Written after reconnect"
    killer.dispose()


def test_twenty_concurrent_writers_lose_nothing(server_plan_url: str) -> None:
    writers, edits_each = 20, 5
    errors: list[BaseException] = []
    with open_plan(server_plan_url) as doc:
        items = load_snapshot(doc.session).items[:writers]

    def write(n: int) -> None:
        try:
            with open_plan(server_plan_url) as mine:
                for k in range(edits_each):
                    mine.execute(
                        UpdateRecord("item", items[n].id, {"description": f"writer {n} edit {k}"})
                    )
                    mine.execute(
                        CreateRecord(
                            "milestone",
                            {"item_id": items[n].id, "title": f"w{n}-{k}", "quarter": "2027-Q1"},
                        )
                    )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    snap = exported(server_plan_url)
    by_code = {i["code"]: i for i in snap["items"]}
    for n, item in enumerate(items):
        assert by_code[item.code]["description"] == f"writer {n} edit {edits_each - 1}"
    titles = {m["title"] for m in snap["milestones"]}
    assert {f"w{n}-{k}" for n in range(writers) for k in range(edits_each)} <= titles


def test_cli_publish_checkout_and_commands_take_urls(
    pg_server, sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"{pg_server.url}?plan=cli_plan"
    assert main(["publish", str(sample_plan), url]) == 0
    assert main(["info", url, "--json"]) == 0
    assert '"title": "FY2027' in capsys.readouterr().out
    assert main(["add", url, "team", "code=SRV", "name=Server team", "capacity=3"]) == 0
    copy = tmp_path / "offline.stratplan"
    assert main(["checkout", url, "-o", str(copy)]) == 0
    assert any(t["code"] == "SRV" for t in exported(copy)["teams"])
    capsys.readouterr()
    assert main(["info", "postgresql+psycopg://nobody@127.0.0.1:1/db?plan=x"]) == 1
    err = capsys.readouterr().err
    assert "can't be reached" in err and "Traceback" not in err


# -- concurrent editing without lost updates ----------------------------------------------


def _open_as(url: str, user: str):  # type: ignore[no-untyped-def]
    doc = open_plan(url)
    doc.user_name = user
    return doc


def test_second_save_of_the_same_record_is_refused_then_overwrite(server_plan_url: str) -> None:
    from stratplanner.commands import ConflictError

    alice, bob = _open_as(server_plan_url, "Alice"), _open_as(server_plan_url, "Bob")
    try:
        seen_by_bob = load_snapshot(bob.session)
        item = seen_by_bob.items[0]
        alice.execute(
            UpdateRecord(
                "item",
                item.id,
                {"title": "Alice's title"},
                expected_version=load_snapshot(alice.session).version_of("item", item.id),
            )
        )
        stale = UpdateRecord(
            "item",
            item.id,
            {"title": "Bob's title"},
            expected_version=seen_by_bob.version_of("item", item.id),
        )
        with pytest.raises(
            ConflictError,
            match=r"was changed by Alice at \d\d:\d\d — reload to see that change, or overwrite it",
        ):
            bob.execute(stale)
        assert load_snapshot(bob.session).item_by_id[item.id].title == "Alice's title"
        bob.execute(UpdateRecord("item", item.id, {"title": "Bob's title"}))  # overwrite, knowingly
        assert load_snapshot(alice.session).item_by_id[item.id].title == "Bob's title"
    finally:
        alice.close()
        bob.close()


def test_undo_never_reverts_another_users_later_change(server_plan_url: str) -> None:
    from stratplanner.commands import ConflictError

    alice, bob = _open_as(server_plan_url, "Alice"), _open_as(server_plan_url, "Bob")
    try:
        item = load_snapshot(alice.session).items[1]
        undo = alice.execute(UpdateRecord("item", item.id, {"capex": 111.0}))
        redo = alice.execute(undo)  # her own undo and redo are fine
        undo = alice.execute(redo)
        bob.execute(UpdateRecord("item", item.id, {"capex": 222.0}))
        with pytest.raises(ConflictError, match="changed by Bob"):
            alice.execute(undo)
        assert load_snapshot(alice.session).item_by_id[item.id].capex == 222.0
    finally:
        alice.close()
        bob.close()


def test_others_changes_are_seen_and_activity_records_who(server_plan_url: str) -> None:
    alice, bob = _open_as(server_plan_url, "Alice"), _open_as(server_plan_url, "Bob")
    heard = []
    alice.add_listener(heard.append)
    try:
        assert alice.poll_external_changes() is False
        bob.execute(CreateRecord("team", {"code": "BOBT", "name": "Bob's team", "capacity": 2.0}))
        assert alice.poll_external_changes() is True
        assert heard and "team" in heard[-1].kinds
        assert any(t.code == "BOBT" for t in load_snapshot(alice.session).teams)
        alice.execute(
            UpdateRecord("team", load_snapshot(alice.session).teams[-1].id, {"capacity": 3.0})
        )
        assert alice.poll_external_changes() is False  # her own edit is not news
        recent = alice.recent_activity()
        assert recent[0]["user"] == "Alice" and recent[0]["mine"]
        assert (
            recent[1]["user"] == "Bob"
            and recent[1]["label"] == "Add team Bob's team"
            and not recent[1]["mine"]
        )
    finally:
        alice.close()
        bob.close()


def test_two_facilitators_share_one_workshop_and_lose_no_ballot(server_plan_url: str) -> None:
    """Two laptops on the team plan each take ballots for the same round at the same time."""
    from stratplanner.commands.workshop import (
        AddParticipant,
        CastBallot,
        CreateRound,
        CreateWorkshop,
        SetRoundState,
    )

    voters = 12
    with open_plan(server_plan_url) as doc:
        create = CreateWorkshop("Q1", "Q1 offsite")
        doc.execute(create)
        workshop_id = load_snapshot(doc.session).workshop_by_code["Q1"].id
        for n in range(voters):
            doc.execute(
                AddParticipant(workshop_id, name=f"Voter {n}", side="business", code=f"V{n}")
            )
        make = CreateRound(workshop_id, "R1", "Dots", "dots", ["CLOUD-LZ", "ERP-FIN"], dots=3)
        doc.execute(make)
        doc.execute(SetRoundState(make.round_id, "open"))
        people = {p.code: p.id for p in load_snapshot(doc.session).workshop_participants}
    errors: list[BaseException] = []

    def facilitator(first: int) -> None:
        try:
            with _open_as(server_plan_url, f"facilitator {first}") as mine:
                for n in range(first, voters, 2):
                    mine.execute(
                        CastBallot(make.round_id, people[f"V{n}"], {"CLOUD-LZ": 1 + n % 3})
                    )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=facilitator, args=(k,)) for k in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    with open_plan(server_plan_url) as doc:
        ballots = load_snapshot(doc.session).ballots_of(make.round_id)
    assert len(ballots) == voters
    assert sorted(b.values["CLOUD-LZ"] for b in ballots) == sorted(1 + n % 3 for n in range(voters))
