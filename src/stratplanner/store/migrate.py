"""Upgrade older plan files with the Alembic migrations shipped in this package.

Follows the SQLite rules in PITFALLS.md: foreign keys off outside the
transaction (batch mode's copy-and-drop would fire ON DELETE CASCADE), one
explicit transaction around every DDL statement so a failure leaves the file
at its old schema, ``foreign_key_check`` before commit, and a backup copy of
the file taken first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.pool import NullPool

from stratplanner.i18n import translate
from stratplanner.store.errors import PlanFileError
from stratplanner.store.schema import SCHEMA_VERSION, revision_for
from stratplanner.store.sqlite_file import backup_database, connect

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config  # only when migrating: it costs ~0.4 s to import

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def backup_path_for(path: Path, old_version: int) -> Path:
    """A free name beside the plan: 'Plan.backup-format1.stratplan', then '… (2)'."""
    base = f"{path.stem}.backup-format{old_version}"
    candidate = path.with_name(base + path.suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{base} ({n}){path.suffix}")
        n += 1
    return candidate


def upgrade_plan_file(
    path: Path,
    from_version: int,
    *,
    before_commit: Callable[[sqlite3.Connection], None] | None = None,
    keep_backup: bool = True,
) -> Path | None:
    """Back up ``path``, then migrate it to :data:`SCHEMA_VERSION` in one transaction.

    Returns the path of the backup copy. ``before_commit`` is a test hook that
    may raise to prove a failed migration leaves the file untouched.
    """
    backup: Path | None = None
    if keep_backup:
        source = connect(path, mode="ro")
        backup = backup_path_for(path, from_version)
        try:
            backup_database(source, backup)
        finally:
            source.close()

    raw = connect(path, mode="rw")
    raw.execute("PRAGMA foreign_keys = OFF")  # must be outside any transaction
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as conn, conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, revision_for(SCHEMA_VERSION))
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                broken = len(problems)
                raise PlanFileError(
                    translate(
                        "Store",
                        "Upgrading {plan} would break %n reference(s); "
                        "the file was left as it was (a backup is at {backup}).",
                        None,
                        broken,
                    ).format(plan=path, backup=backup)
                )
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if before_commit is not None:
                before_commit(raw)
    finally:
        # Leaving the block already closed ``raw`` (NullPool); foreign keys are per
        # connection, so the next opener has them on again (sqlite_file.connect).
        engine.dispose()
        raw.close()
    return backup
