"""Opening an older plan upgrades it safely: backup first, every row kept, all or nothing."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from stratplanner.commands import UpdateSettings
from stratplanner.model.entities import DEFAULT_CRITERIA
from stratplanner.snapshot import load_snapshot
from stratplanner.store import (
    NewerPlanError,
    PlanFileError,
    ReadOnlyPlanError,
    create_plan_file,
    open_plan,
)
from stratplanner.store.lock import PlanLock
from stratplanner.store.migrate import upgrade_plan_file
from stratplanner.store.schema import REVISIONS, SCHEMA_VERSION

PLANS = Path(__file__).parent / "fixtures" / "plans"
FORMAT1 = PLANS / "format1.stratplan"
FORMAT2 = PLANS / "format2.stratplan"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows_by_table(
    path: Path, columns: dict[str, list[str]] | None = None
) -> dict[str, list[dict[str, object]]]:
    """Every row of every plan table (or of ``columns``' tables, only those columns), by id."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name <> 'alembic_version'"
            )
        ]
        out = {}
        for table in tables:
            wanted = (columns or {}).get(table)
            select = ", ".join(f'"{c}"' for c in wanted) if wanted else "*"
            rows = conn.execute(f'SELECT {select} FROM "{table}" ORDER BY id').fetchall()
            out[table] = [dict(r) for r in rows]
        return out
    finally:
        conn.close()


def columns_of(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    copy = tmp_path / "Roadmap.stratplan"
    shutil.copyfile(FORMAT1, copy)
    return copy


def test_format1_fixture_is_really_format1() -> None:
    conn = sqlite3.connect(f"file:{FORMAT1}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[1]
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "criterion" not in tables and "baseline" not in tables


def test_open_upgrades_with_a_backup_of_the_old_file_beside_it(old_plan: Path) -> None:
    before = rows_by_table(old_plan)
    with open_plan(old_plan) as doc:
        assert doc.upgraded_from == 1
        assert doc.backup_path == old_plan.with_name("Roadmap.backup-format1.stratplan")
        snap = load_snapshot(doc.session)
    # The backup (SQLite's backup API) is the format-1 plan, every row as it was.
    assert rows_by_table(doc.backup_path) == before
    backup = sqlite3.connect(f"file:{doc.backup_path}?mode=ro", uri=True)
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        backup.close()
    conn = sqlite3.connect(old_plan)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == REVISIONS[SCHEMA_VERSION]
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # The upgraded plan gets the default criteria a new plan starts with.
    assert [c.code for c in snap.criteria] == [c["code"] for c in DEFAULT_CRITERIA]
    assert [i.mandatory for i in snap.items] == [False, False, False]
    assert all(i.cost_of_delay is None and i.job_size is None for i in snap.items)
    # Opening again does not upgrade or back up again.
    with open_plan(old_plan) as doc:
        assert doc.upgraded_from is None
    assert sorted(p.name for p in old_plan.parent.iterdir()) == [
        "Roadmap.backup-format1.stratplan",
        "Roadmap.stratplan",
    ]


def test_every_row_and_value_survives_the_upgrade(old_plan: Path) -> None:
    """Batch mode rebuilds the item table; with foreign keys on, that would cascade-delete
    links, demands, dependencies, KPIs and milestones (PITFALLS.md)."""
    before = rows_by_table(old_plan)
    assert all(before[t] for t in ("alignment_link", "demand", "dependency", "kpi", "milestone"))
    old_columns = {t: columns_of(old_plan, t) for t in before}
    with open_plan(old_plan):
        pass
    after = rows_by_table(old_plan, old_columns)
    for table, rows in before.items():
        assert after[table] == rows, table
    item_columns = columns_of(old_plan, "roadmap_item")
    added = item_columns[len(old_columns["roadmap_item"]) :]
    assert added[:3] == ["mandatory", "cost_of_delay", "job_size"]  # later formats add more
    new_values = rows_by_table(old_plan, {"roadmap_item": added[:3]})["roadmap_item"]
    assert new_values == [{"mandatory": 0, "cost_of_delay": None, "job_size": None}] * 3
    everything = rows_by_table(old_plan)
    assert len(everything["criterion"]) == len(DEFAULT_CRITERIA)
    for table in ("criterion_score", "rank_pin", "budget_scenario", "baseline"):
        assert everything[table] == []


def _schema(path: Path) -> dict[str, object]:
    """Columns, foreign keys, indexes and named CHECK constraints of every table."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, object] = {}
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ):
            cols = [r[1:] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            fks = sorted(r[2:] for r in conn.execute(f'PRAGMA foreign_key_list("{name}")'))
            idx = sorted(
                (r[1], r[2]) for r in conn.execute(f'PRAGMA index_list("{name}")') if r[3] != "pk"
            )
            checks = sorted(re.findall(r"CONSTRAINT (\w+) CHECK", sql))
            out[name] = (cols, fks, len(idx), checks)
        return out
    finally:
        conn.close()


def test_an_upgraded_plan_has_exactly_the_schema_of_a_new_plan(
    old_plan: Path, tmp_path: Path
) -> None:
    with open_plan(old_plan):
        pass
    fresh = create_plan_file(
        tmp_path / "fresh.stratplan", settings={"title": "x", "start": "2027-Q1"}
    )
    upgraded, new = _schema(old_plan), _schema(fresh)
    assert upgraded.keys() == new.keys()
    for table in new:
        u_cols, u_fks, u_idx, u_checks = upgraded[table]  # type: ignore[misc]
        n_cols, n_fks, n_idx, n_checks = new[table]  # type: ignore[misc]
        assert [c[0] for c in u_cols] == [c[0] for c in n_cols], table
        assert [c[2] for c in u_cols] == [c[2] for c in n_cols], table  # NOT NULL
        assert u_fks == n_fks, table
        assert u_idx == n_idx, table
        assert u_checks == n_checks, table
    assert "ck_roadmap_item_wsjf" in upgraded["roadmap_item"][3]  # type: ignore[index]


def test_a_failure_mid_migration_leaves_the_file_at_format1_byte_identical(old_plan: Path) -> None:
    before = sha(old_plan)
    seen: list[int] = []

    def crash(conn: sqlite3.Connection) -> None:
        # By now every migration step has run inside the open transaction.
        seen.append(conn.execute("SELECT count(*) FROM criterion").fetchone()[0])
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        upgrade_plan_file(old_plan, 1, before_commit=crash)
    assert seen == [len(DEFAULT_CRITERIA)]
    assert sha(old_plan) == before
    assert not old_plan.with_name(old_plan.name + "-journal").exists()
    # The file still opens, and the upgrade then goes through.
    with open_plan(old_plan) as doc:
        assert doc.upgraded_from == 1
        assert len(load_snapshot(doc.session).items) == 3


def test_a_second_backup_gets_a_free_name(old_plan: Path) -> None:
    (old_plan.parent / "Roadmap.backup-format1.stratplan").write_bytes(b"an older backup")
    with open_plan(old_plan) as doc:
        assert doc.backup_path is not None
        assert doc.backup_path.name == "Roadmap.backup-format1 (2).stratplan"
    assert (old_plan.parent / "Roadmap.backup-format1.stratplan").read_bytes() == b"an older backup"


def test_an_old_plan_that_cant_be_written_is_shown_upgraded_and_left_untouched(
    old_plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading commands, read-only files and second openers see an upgraded private copy."""
    before = sha(old_plan)

    def shown_read_only(**kwargs: bool) -> None:
        with open_plan(old_plan, **kwargs) as doc:
            assert doc.read_only
            assert (
                "shown upgraded from plan format 1 without changing the file"
                in doc.read_only_reason
            )
            assert doc.settings().title
            with pytest.raises(ReadOnlyPlanError):
                doc.execute(UpdateSettings({"title": "Changed"}))

    shown_read_only(read_only=True)
    # A read-only file (root ignores permission bits, so the check itself is stood in for).
    monkeypatch.setattr("stratplanner.store.document.can_write", lambda _path: False)
    shown_read_only()
    monkeypatch.undo()
    # Open elsewhere: the second opener can't upgrade it under the first one's feet.
    lock = PlanLock(old_plan)
    assert lock.acquire() is None
    try:
        shown_read_only()
    finally:
        lock.release()
    assert sha(old_plan) == before
    assert sorted(p.name for p in old_plan.parent.iterdir()) == ["Roadmap.stratplan"]
    with pytest.raises(PlanFileError, match="upgrade was refused"):
        open_plan(old_plan, upgrade=False)


def test_a_plan_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    newer = tmp_path / "newer.stratplan"
    shutil.copyfile(FORMAT2, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha(newer)
    with pytest.raises(NewerPlanError) as info:
        open_plan(newer)
    message = str(info.value)
    assert f"plan format {SCHEMA_VERSION + 1}" in message
    assert f"formats up to {SCHEMA_VERSION}" in message
    assert sha(newer) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.stratplan"]


def test_format2_fixture_holds_every_new_kind_of_record(tmp_path: Path) -> None:
    copy = tmp_path / "f2.stratplan"
    shutil.copyfile(FORMAT2, copy)
    with open_plan(copy) as doc:
        assert doc.upgraded_from == (None if SCHEMA_VERSION == 2 else 2)
        snap = load_snapshot(doc.session)
    assert [c.code for c in snap.criteria] == ["ALIGN", "VALUE", "COST", "RISK", "REG"]
    assert {(s.score) for s in snap.scores} == {4.0, 2.5}
    assert snap.pins[0].reason.startswith("Board decision")
    assert [s.name for s in snap.scenarios] == ["Base", "Budget −20%"]
    assert [(b.name, b.format_version) for b in snap.baselines] == [("2027-Q1 review", 1)]
    assert snap.item_by_code["I2"].mandatory
    assert snap.item_by_code["I3"].job_size == 3


def test_new_plans_start_with_the_default_criteria_and_stay_all_or_nothing(tmp_path: Path) -> None:
    plan = create_plan_file(tmp_path / "n.stratplan", settings={"title": "N", "start": "2027-Q1"})
    with open_plan(plan, read_only=True) as doc:
        criteria = load_snapshot(doc.session).criteria
    assert [(c.code, c.measure, c.direction, c.weight) for c in criteria] == [
        (c["code"], c["measure"], c["direction"], c["weight"]) for c in DEFAULT_CRITERIA
    ]

    def explode(_session: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        create_plan_file(tmp_path / "never.stratplan", populate=explode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.stratplan"]


# -- format 3 → 4 (the partnership lens, issue 7) ------------------------------------------

FORMAT3 = PLANS / "format3.stratplan"
FORMAT4 = PLANS / "format4.stratplan"
FORMAT4_TABLES = (
    "maturity_assessment",
    "maturity_rating",
    "sponsor_change",
    "value_driver",
    "kpi_actual",
    "business_process",
    "application",
    "process_application",
    "item_application",
    "item_process",
)


def test_format3_upgrades_to_the_current_format_keeping_every_row(tmp_path: Path) -> None:
    """The person and KPI tables are rebuilt on SQLite: every row, value and reference stays."""
    plan = tmp_path / "f3.stratplan"
    shutil.copyfile(FORMAT3, plan)
    before = rows_by_table(plan)
    old_columns = {t: columns_of(plan, t) for t in before}
    with open_plan(plan) as doc:
        assert doc.upgraded_from == 3
        snap = load_snapshot(doc.session)
    after = rows_by_table(plan, old_columns)
    for table, rows in before.items():
        assert after[table] == rows, table
    everything = rows_by_table(plan)
    for table in FORMAT4_TABLES:
        assert everything[table] == [], table
    assert [(p.relationship_owner_id, p.last_engaged_on) for p in snap.people] == [(None, None)] * 2
    assert [(k.kind, k.adoption, k.owner_id) for k in snap.kpis] == [
        ("business_outcome", False, None)
    ]
    # New columns sit before the tracking columns, as in a new plan.
    assert columns_of(plan, "person")[-5:] == [
        "relationship_owner_id", "last_engaged_on", "version", "changed_by", "changed_at"
    ]  # fmt: skip
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_format3_upgrade_has_exactly_the_schema_of_a_new_plan(tmp_path: Path) -> None:
    plan = tmp_path / "f3.stratplan"
    shutil.copyfile(FORMAT3, plan)
    with open_plan(plan):
        pass
    fresh = create_plan_file(
        tmp_path / "fresh.stratplan", settings={"title": "x", "start": "2027-Q1"}
    )
    assert _schema(plan) == _schema(fresh)


def test_format4_fixture_holds_every_new_kind_of_record(tmp_path: Path) -> None:
    copy = tmp_path / "f4.stratplan"
    shutil.copyfile(FORMAT4, copy)
    with open_plan(copy) as doc:
        assert doc.upgraded_from == (None if SCHEMA_VERSION == 4 else 4)
        snap = load_snapshot(doc.session)
    assert [a.code for a in snap.assessments] == ["A1"]
    assert len(snap.ratings) == 6 and {r.target for r in snap.ratings} == {4}
    assert [(c.role, c.reason) for c in snap.sponsor_changes] == [("sponsor", "reorganisation")]
    assert sorted(d.driver for d in snap.value_drivers) == ["revenue", "risk"]
    assert [a.value for a in snap.kpi_actuals] == [20.0, 35.0]
    assert [p.code for p in snap.processes] == ["SELL", "SELL.STORE"]
    assert [a.code for a in snap.applications] == ["POS", "OLD"]
    assert len(snap.enablements) == len(snap.application_changes) == len(snap.process_changes) == 1
    assert snap.people[0].relationship_owner_id == snap.people[1].id
    assert [k.adoption for k in snap.kpis] == [False, True]


# -- format 4 → 5 (workshop mode) ---------------------------------------------------------------

FORMAT5_TABLES = (
    "workshop",
    "workshop_participant",
    "workshop_round",
    "workshop_option",
    "workshop_ballot",
    "workshop_decision",
    "workshop_decision_link",
    "workshop_action",
)


def test_format4_upgrades_to_format5_keeping_every_row(tmp_path: Path) -> None:
    """r0005 only adds tables: every format-4 row, value and reference stays as it was."""
    plan = tmp_path / "f4.stratplan"
    shutil.copyfile(FORMAT4, plan)
    before = rows_by_table(plan)
    assert all(before[t] for t in FORMAT4_TABLES), "the fixture holds one of every format-4 record"
    with open_plan(plan) as doc:
        assert doc.upgraded_from == 4
        snap = load_snapshot(doc.session)
    after = rows_by_table(plan)
    for table, rows in before.items():
        assert after[table] == rows, table
    for table in FORMAT5_TABLES:
        assert after[table] == [], table
    assert snap.workshops == () and len(snap.ratings) == 6
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    finally:
        conn.close()


def test_format4_upgrade_has_exactly_the_schema_of_a_new_plan(tmp_path: Path) -> None:
    plan = tmp_path / "f4.stratplan"
    shutil.copyfile(FORMAT4, plan)
    with open_plan(plan):
        pass
    fresh = create_plan_file(
        tmp_path / "fresh.stratplan", settings={"title": "x", "start": "2027-Q1"}
    )
    assert _schema(plan) == _schema(fresh)
    assert set(FORMAT5_TABLES) <= set(_schema(plan))
