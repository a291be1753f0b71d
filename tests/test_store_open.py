"""Opening plan files: every bad input gets one clear sentence and the file is never changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from stratplanner.commands import CreateRecord
from stratplanner.store import (
    CorruptPlanError,
    HostilePlanError,
    NewerPlanError,
    NotAPlanError,
    PlanFileError,
    ReadOnlyPlanError,
    create_plan_file,
    open_plan,
)
from stratplanner.store.lock import lock_path_for
from stratplanner.store.schema import APPLICATION_ID, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.stratplan"
    with pytest.raises(PlanFileError, match="There is no plan at"):
        open_plan(missing)
    assert list(tmp_path.iterdir()) == []


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="is a folder"):
        open_plan(tmp_path)


@pytest.mark.parametrize(
    ("content", "error", "phrase"),
    [
        (b"", NotAPlanError, "empty file"),
        (b"Quarterly notes\nnot a plan\n", NotAPlanError, "not a StratPlanner plan"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, NotAPlanError, "not a StratPlanner plan"),
    ],
)
def test_non_plans_are_refused_untouched(
    tmp_path: Path, content: bytes, error: type, phrase: str
) -> None:
    path = tmp_path / "wrong.stratplan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error, match=phrase):
        open_plan(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wrong.stratplan"]


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAPlanError, match="a database, but not a StratPlanner plan"):
        open_plan(path)
    assert digest(path) == before


def test_truncated_plan_is_refused(sample_plan: Path) -> None:
    data = sample_plan.read_bytes()
    sample_plan.write_bytes(data[: len(data) // 2])
    before = digest(sample_plan)
    with pytest.raises(CorruptPlanError, match="damaged"):
        open_plan(sample_plan)
    assert digest(sample_plan) == before


def test_corrupted_pages_are_refused(sample_plan: Path) -> None:
    data = bytearray(sample_plan.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    sample_plan.write_bytes(bytes(data))
    before = digest(sample_plan)
    with pytest.raises(CorruptPlanError):
        open_plan(sample_plan)
    assert digest(sample_plan) == before


def test_newer_plan_is_refused_naming_both_versions(empty_plan: Path) -> None:
    conn = sqlite3.connect(empty_plan)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = digest(empty_plan)
    with pytest.raises(NewerPlanError) as info:
        open_plan(empty_plan)
    assert f"format {SCHEMA_VERSION + 5}" in str(info.value)
    assert f"up to {SCHEMA_VERSION}" in str(info.value)
    assert digest(empty_plan) == before


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON roadmap_item BEGIN DELETE FROM objective; END",
        "CREATE VIEW sneaky AS SELECT * FROM roadmap_item",
        "CREATE TABLE extra_payload (x)",
    ],
)
def test_hostile_plans_are_refused_byte_identical(empty_plan: Path, ddl: str) -> None:
    conn = sqlite3.connect(empty_plan)
    conn.execute(ddl)
    conn.commit()
    conn.close()
    before = digest(empty_plan)
    with pytest.raises(HostilePlanError, match="not opened"):
        open_plan(empty_plan)
    assert digest(empty_plan) == before


def test_view_shadowing_a_table_is_refused(empty_plan: Path) -> None:
    conn = sqlite3.connect(empty_plan)
    conn.execute("ALTER TABLE milestone RENAME TO milestone_real")
    conn.execute("CREATE VIEW milestone AS SELECT * FROM milestone_real")
    conn.commit()
    conn.close()
    before = digest(empty_plan)
    with pytest.raises(HostilePlanError):
        open_plan(empty_plan)
    assert digest(empty_plan) == before


def test_plan_has_identity_and_no_side_files(tmp_path: Path) -> None:
    path = create_plan_file(
        tmp_path / "Plan ä ö 2027.stratplan", settings={"title": "Ünïcode plan"}
    )
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    with open_plan(path) as doc:
        doc.execute(CreateRecord("team", {"code": "T1", "name": "Data", "capacity": 4}))
        assert doc.settings().title == "Ünïcode plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_second_opener_gets_read_only_with_owner(sample_plan: Path) -> None:
    first = open_plan(sample_plan)
    try:
        second = open_plan(sample_plan)
        assert second.read_only
        assert "open by" in second.read_only_reason
        with pytest.raises(ReadOnlyPlanError, match="read-only"):
            second.execute(CreateRecord("team", {"code": "T9", "name": "X", "capacity": 1}))
        second.close()
        assert not first.read_only
    finally:
        first.close()
    assert not lock_path_for(sample_plan).exists()


def test_second_process_gets_read_only(sample_plan: Path) -> None:
    with open_plan(sample_plan):
        code = (
            "import sys; from stratplanner.store import open_plan\n"
            f"d = open_plan({str(sample_plan)!r}); "
            "print(d.read_only, d.read_only_reason); d.close()"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
    assert out.stdout.startswith("True it is open by")


def test_stale_lock_of_dead_process_is_reclaimed(sample_plan: Path) -> None:
    code = (
        "import os; from stratplanner.store import open_plan\n"
        f"d = open_plan({str(sample_plan)!r}); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert lock_path_for(sample_plan).exists()
    with open_plan(sample_plan) as doc:
        assert not doc.read_only


def test_read_only_file_opens_read_only(sample_plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root in CI, where chmod can't make a file unwritable; so
    # unwritable is simulated at the one place the store asks.
    monkeypatch.setattr("stratplanner.store.document.can_write", lambda _path: False)
    before = digest(sample_plan)
    with open_plan(sample_plan) as doc:
        assert doc.read_only and "read-only" in doc.read_only_reason
        with pytest.raises(ReadOnlyPlanError):
            doc.execute(CreateRecord("team", {"code": "T9", "name": "X", "capacity": 1}))
    assert digest(sample_plan) == before


def test_can_write_sees_permissions(tmp_path: Path) -> None:
    from stratplanner.store.sqlite_file import can_write

    path = tmp_path / "p.stratplan"
    path.write_bytes(b"x")
    assert can_write(path)
    if os.geteuid() != 0:
        path.chmod(0o444)
        assert not can_write(path)


def test_read_only_request_is_honoured_and_changes_nothing(sample_plan: Path) -> None:
    before = digest(sample_plan)
    with open_plan(sample_plan, read_only=True) as doc:
        assert doc.read_only
        assert doc.settings().title
    assert digest(sample_plan) == before
    assert not lock_path_for(sample_plan).exists()


def test_save_copy_during_edits_is_consistent(sample_plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy of plan.stratplan"
    with open_plan(sample_plan) as doc:
        for n in range(5):
            doc.execute(
                CreateRecord("team", {"code": f"NEW{n}", "name": f"Team {n}", "capacity": 2})
            )
            if n == 2:
                doc.save_copy(copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    codes = {r[0] for r in conn.execute("SELECT code FROM team WHERE code LIKE 'NEW%'")}
    conn.close()
    assert codes == {"NEW0", "NEW1", "NEW2"}
    with open_plan(copy) as reopened:
        assert not reopened.read_only


def test_save_copy_into_missing_folder_fails_cleanly(sample_plan: Path, tmp_path: Path) -> None:
    with open_plan(sample_plan) as doc, pytest.raises(PlanFileError, match="does not exist"):
        doc.save_copy(tmp_path / "no such folder" / "x.stratplan")


def test_create_refuses_existing_and_leaves_no_partial_file(tmp_path: Path) -> None:
    path = create_plan_file(tmp_path / "a.stratplan")
    before = digest(path)
    with pytest.raises(PlanFileError, match="already exists"):
        create_plan_file(path)
    assert digest(path) == before

    def explode(_session: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        create_plan_file(tmp_path / "b.stratplan", populate=explode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.stratplan"]


def test_foreign_keys_are_enforced(empty_plan: Path) -> None:
    with open_plan(empty_plan) as doc:
        with pytest.raises(Exception, match="FOREIGN KEY"):
            doc.session.execute(
                text("INSERT INTO demand (item_id, team_id, fte) VALUES (99, 98, 1)")
            )
        doc.session.rollback()
        assert doc.session.execute(text("PRAGMA trusted_schema")).scalar() == 0
        doc.session.rollback()


def test_fixture_of_every_released_format_opens(tmp_path: Path) -> None:
    fixtures = sorted((Path(__file__).parent / "fixtures" / "plans").glob("format*.stratplan"))
    versions = {int(p.stem.removeprefix("format")) for p in fixtures}
    assert versions == set(range(1, SCHEMA_VERSION + 1)), (
        "add a fixture for every released plan format"
    )
    for fixture in fixtures:
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        with open_plan(copy) as doc:
            assert doc.settings().title == "Format fixture"
            count = doc.session.execute(text("SELECT count(*) FROM roadmap_item")).scalar()
            assert count == 3
