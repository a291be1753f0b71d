"""Low-level handling of a .stratplan SQLite file: inspect before touching, connect safely.

Nothing here modifies a file unless asked to: a file is recognised from its
header bytes before SQLite ever opens it, and checks run on a read-only
connection with ``trusted_schema=OFF`` so a hostile file can't run code.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import struct
import urllib.parse
from dataclasses import dataclass, replace
from pathlib import Path

from stratplanner.atomic_files import discard_temp_file, finish_temp_file, new_temp_file
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.store.errors import (
    BadValuesError,
    CorruptPlanError,
    HostilePlanError,
    NewerPlanError,
    NotAPlanError,
    PlanBusyError,
    PlanFileError,
)
from stratplanner.store.schema import (
    APP_VERSION_OF_SCHEMA,
    APPLICATION_ID,
    PLAN_SUFFIX,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    expected_object_names,
)


@dataclass(frozen=True)
class FileFacts:
    path: Path
    schema_version: int
    size: int
    #: True when a change left unfinished by a stopped process was undone on opening.
    recovered: bool = False


#: Told to the user after a plan's unfinished change was rolled back on opening (in English;
#: ``translate("Store", RECOVERY_MESSAGE)`` in the user's language).
RECOVERY_MESSAGE = QT_TRANSLATE_NOOP(
    "Store",
    "StratPlanner was stopped while saving; the unfinished change was undone "
    "and every saved edit is there.",
)
#: The label of the activity row that records such a recovery.
RECOVERY_LABEL = "Recovered after StratPlanner was stopped while saving (unfinished change undone)"


def journal_path_for(path: Path) -> Path:
    """SQLite's rollback journal, beside the real file (SQLite follows symlinks)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + "-journal")


def _has_journal(path: Path) -> bool:
    try:
        return journal_path_for(path).stat().st_size > 0
    except OSError:
        return False


def recover_hot_journal(path: Path) -> bool:
    """Undo the change a process left unfinished when it was stopped mid-save.

    A killed writer leaves a "hot" rollback journal beside the plan; SQLite
    undoes it as soon as a writer connection reads the file, but a read-only
    connection can't, and the plan then looks damaged although every committed
    edit is intact. This takes the write lock once, without waiting: if
    another process is writing right now, the journal is its own (not hot) and
    nothing happens. Returns True when a journal was rolled back.
    """
    if not _has_journal(path):
        return False
    name = str(path)
    if not can_write(path):
        raise PlanFileError(
            translate(
                "Store",
                "{name} has a change left unfinished by a StratPlanner that was stopped while "
                "saving, and it can be undone only where the file and its folder can be written: "
                "make them writable and open the plan again (nothing is lost).",
            ).format(name=name)
        )
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None, timeout=0)
    except sqlite3.Error as exc:
        raise PlanFileError(
            translate("Store", "{name} can't be opened: {reason}.").format(name=name, reason=exc)
        ) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        # Taking the write lock makes SQLite roll back a hot journal first.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return False  # another process is saving right now: its journal is not hot
        raise CorruptPlanError(
            translate(
                "Store",
                "{name} has a change left unfinished by a StratPlanner that was stopped while "
                "saving, and it could not be undone ({reason}); open a backup copy instead.",
            ).format(name=name, reason=exc)
        ) from None
    except sqlite3.DatabaseError as exc:
        raise damaged_or_busy(name, exc) from None
    finally:
        conn.close()
    return not _has_journal(path)


def record_recovery(path: Path, user: str) -> None:
    """Note a recovery in the plan's activity log (plans older than format 3 have none)."""
    from datetime import UTC, datetime

    conn = connect(path, mode="rw")
    try:
        has_log = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity'"
        ).fetchone()
        if has_log:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO activity (at, user, label, kinds, session) VALUES (?, ?, ?, '', '')",
                (
                    datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "),
                    user,
                    RECOVERY_LABEL,
                ),
            )
            conn.execute("COMMIT")
    finally:
        conn.close()


def sqlite_uri(path: Path, mode: str) -> str:
    quoted = urllib.parse.quote(str(path.absolute()))
    return f"file:{quoted}?mode={mode}"


def connect(path: Path, *, mode: str = "rw") -> sqlite3.Connection:
    """A connection in manual-transaction mode with the document pragmas set.

    ``mode`` is ``rw`` (never creates a file), ``ro`` or ``rwc`` (create).
    """
    conn = sqlite3.connect(
        sqlite_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
    )
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    if mode == "ro":
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def inspect_plan_file(path: Path, *, recover: bool = True, check_values: bool = True) -> FileFacts:
    """Check that ``path`` is a healthy plan this version can open, without changing it.

    A change left unfinished by a process stopped mid-save is first undone, as
    SQLite does for a writer (``recover``; see :func:`recover_hot_journal`), so
    the facts say ``recovered``. A plan of the current format holding a value
    StratPlanner can't read (a hand edit) is refused unless ``check_values`` is
    False (``stratplanner check`` lists them all). Raises a :class:`PlanFileError`
    subclass whose message is a single sentence.
    """
    name = str(path)
    if not path.exists():
        raise PlanFileError(
            translate(
                "Store",
                "There is no plan at {name}; check the path or create one with 'stratplanner new'.",
            ).format(name=name)
        )
    if path.is_dir():
        raise PlanFileError(
            translate(
                "Store", "{name} is a folder, not a plan file; choose a {suffix} file inside it."
            ).format(name=name, suffix=PLAN_SUFFIX)
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except PermissionError:
        raise PlanFileError(
            translate(
                "Store", "{name} can't be read: you don't have permission to read it."
            ).format(name=name)
        ) from None
    except OSError as exc:
        raise PlanFileError(
            translate("Store", "{name} can't be read: {reason}.").format(
                name=name, reason=exc.strerror or exc
            )
        ) from None
    if size == 0:
        raise NotAPlanError(
            translate(
                "Store", "{name} is an empty file (0 bytes), not a StratPlanner plan."
            ).format(name=name)
        )
    # Before any check: an unfinished save can make a healthy plan look truncated.
    if (
        header.startswith(SQLITE_HEADER)
        and recover
        and _has_journal(path)
        and recover_hot_journal(path)
    ):
        return replace(
            inspect_plan_file(path, recover=False, check_values=check_values), recovered=True
        )
    if not header.startswith(SQLITE_HEADER):
        raise NotAPlanError(
            translate(
                "Store",
                "{name} is not a StratPlanner plan (it is not a plan database); "
                "open a .stratplan file, or import a JSON plan with 'stratplanner import json'.",
            ).format(name=name)
        )
    if len(header) < 100:
        raise CorruptPlanError(
            translate(
                "Store", "{name} is damaged (its header is cut short); open a backup copy instead."
            ).format(name=name)
        )
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    user_version = struct.unpack(">i", header[60:64])[0]
    application_id = struct.unpack(">i", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotAPlanError(
            translate(
                "Store",
                "{name} is a database, but not a StratPlanner plan; "
                "StratPlanner opens only .stratplan files it created.",
            ).format(name=name)
        )
    if page_count and size < page_size * page_count:
        raise CorruptPlanError(
            translate(
                "Store",
                "{name} is damaged: it is shorter than its own header says (truncated copy?); "
                "open a backup copy instead.",
            ).format(name=name)
        )
    if user_version > SCHEMA_VERSION:
        made_by = APP_VERSION_OF_SCHEMA.get(user_version) or translate("Store", "a newer release")
        raise NewerPlanError(
            translate(
                "Store",
                "{name} was saved by a newer StratPlanner (plan format {format}, app {app}); "
                "this version reads formats up to {newest}: update StratPlanner to open it.",
            ).format(name=name, format=user_version, app=made_by, newest=SCHEMA_VERSION)
        )
    if user_version < 1:
        raise CorruptPlanError(
            translate(
                "Store", "{name} has no plan format version; it is damaged or was never finished."
            ).format(name=name)
        )

    try:
        conn = connect(path, mode="ro")
    except sqlite3.Error as exc:
        raise PlanFileError(
            translate("Store", "{name} can't be opened: {reason}.").format(name=name, reason=exc)
        ) from None
    try:
        _check_contents(conn, name)
        if check_values and user_version == SCHEMA_VERSION:
            _check_values(conn, name)
    finally:
        conn.close()
    return FileFacts(path, user_version, size)


def _check_values(conn: sqlite3.Connection, name: str) -> None:
    from stratplanner.store.values_check import find_bad_values

    try:
        first = next(find_bad_values(conn, limit=1), None)
    except sqlite3.DatabaseError as exc:
        raise damaged_or_busy(name, exc) from None
    if first is not None:
        raise BadValuesError(
            translate(
                "Store",
                "{name} holds values StratPlanner can't read, probably from an edit made outside "
                "it (first: {first}); run '{command}' to list them all, then correct them or "
                "open a backup copy.",
            ).format(
                name=name,
                first=first.sentence().rstrip("."),
                command=f"stratplanner check {shlex.quote(name)}",
            )
        )


def damaged_or_busy(name: str, exc: sqlite3.Error) -> PlanFileError:
    """The error for a file SQLite could not read: busy in another program is not damage."""
    said = str(exc).lower()
    if "locked" in said or "busy" in said:
        return PlanBusyError(
            translate(
                "Store",
                "{name} is busy: another program holds it locked; close the plan there "
                "(or wait until it has finished) and try again.",
            ).format(name=name)
        )
    return CorruptPlanError(
        translate("Store", "{name} is damaged ({reason}); open a backup copy instead.").format(
            name=name, reason=exc
        )
    )


def _check_contents(conn: sqlite3.Connection, name: str) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise damaged_or_busy(name, exc) from None
    if [r[0] for r in rows] != ["ok"]:
        raise CorruptPlanError(
            translate(
                "Store",
                "{name} is damaged (integrity check failed: {reason}); open a backup copy instead.",
            ).format(name=name, reason=rows[0][0])
        )
    allowed = expected_object_names()
    for obj_type, obj_name in conn.execute("SELECT type, name FROM sqlite_master"):
        if obj_type in ("trigger", "view"):
            raise HostilePlanError(
                translate(
                    "Store",
                    "{name} contains a {kind} ('{object}') that StratPlanner never writes; "
                    "it was not opened, to keep your computer safe.",
                ).format(name=name, kind=obj_type, object=obj_name)
            )
        if obj_name.startswith("sqlite_"):
            continue
        if obj_name not in allowed:
            raise HostilePlanError(
                translate(
                    "Store",
                    "{name} contains an unknown {kind} ('{object}'); "
                    "it was not opened because it is not a plan this version wrote.",
                ).format(name=name, kind=obj_type, object=obj_name)
            )


def can_write(path: Path) -> bool:
    """True when both the file and its folder are writable (SQLite's journal lives beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent.absolute(), os.W_OK)


def backup_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's backup API into a new file, atomically."""
    tmp = new_temp_file(target)
    try:
        dest = sqlite3.connect(sqlite_uri(tmp, "rw"), uri=True, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        finish_temp_file(tmp, target)
    except BaseException:
        discard_temp_file(tmp)
        raise
