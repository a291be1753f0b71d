"""An open plan: its engine and session, the edit loop, copies, and its lock.

The plan file is the document. Every edit commits as it happens (one
transaction per edit), so there is no unsaved state to lose; listeners hear
about each change so views refresh without callers having to remember.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from stratplanner.atomic_files import (
    clean_stale_temp_files,
    discard_temp_file,
    finish_temp_file,
    new_temp_file,
)
from stratplanner.i18n import translate
from stratplanner.model.entities import DEFAULT_CRITERIA, Activity, Criterion, PlanSettings
from stratplanner.model.values import Quarter
from stratplanner.store.errors import ConnectionLostError, PlanFileError, ReadOnlyPlanError
from stratplanner.store.lock import LockWriteError, PlanLock
from stratplanner.store.migrate import upgrade_plan_file
from stratplanner.store.schema import (
    APPLICATION_ID,
    PLAN_SUFFIX,
    SCHEMA_VERSION,
    create_plan_tables,
)
from stratplanner.store.server import ServerTarget
from stratplanner.store.server import (
    is_server_target as is_server_target,  # noqa: PLC0414 - explicit re-export
)
from stratplanner.store.sqlite_file import (
    RECOVERY_MESSAGE,
    FileFacts,
    backup_database,
    can_write,
    connect,
    inspect_plan_file,
    record_recovery,
)


class Edit(Protocol):
    """What the document executes: an edit that applies itself and returns its inverse."""

    label: str

    def apply(self, session: Session) -> Edit: ...

    def kinds(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class Change:
    """Told to listeners after every committed edit, undo and redo."""

    revision: int
    kinds: frozenset[str]
    label: str


Listener = Callable[[Change], None]


def _current_user() -> str:
    """The name edits are recorded under: STRATPLANNER_USER, else the login name."""
    name = os.environ.get("STRATPLANNER_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown user"


def _make_engine(path: Path, mode: str) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, mode=mode),
        poolclass=NullPool if mode == "ro" else None,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN" if mode == "ro" else "BEGIN IMMEDIATE")

    return engine


def file_write_problem(message: str, file_name: str, *, saving: bool = True) -> str | None:
    """What SQLite said about a plan file it could not write (or read), as a sentence in the
    user's language (None: not that). The edit loop and the command line both say it.

    A full disk, a file-size limit or a busy file is not a lost connection: saying so
    sends the planner looking in the wrong place. ``saving``: an edit was being saved
    (else a command read or wrote the file outside one: nothing was changed).
    """
    text = message.lower()
    if saving:
        safe = translate("Store", "This change was not saved; every earlier change is safe.")
    else:
        safe = translate("Store", "Nothing was changed.")
    if "disk is full" in text or "database or disk is full" in text:
        return translate(
            "Store", "The disk holding {file_name} is full. {safe} Free some space and try again."
        ).format(file_name=file_name, safe=safe)
    if "disk i/o error" in text:
        return translate(
            "Store",
            "{file_name} could not be written: the disk reported an error, or a limit on file "
            "size was reached. {safe} Check the disk, or save a copy elsewhere.",
        ).format(file_name=file_name, safe=safe)
    if "database is locked" in text or "database is busy" in text:
        return translate(
            "Store", "{file_name} is busy: another program is writing to it. {safe} Try again."
        ).format(file_name=file_name, safe=safe)
    if "readonly" in text or "read-only" in text:
        return translate(
            "Store",
            "{file_name} can no longer be written (the file or its folder became read-only). "
            "{safe} Make it writable, or save a copy elsewhere.",
        ).format(file_name=file_name, safe=safe)
    return None


class PlanDocument:
    """One open plan file."""

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        *,
        read_only: bool,
        read_only_reason: str = "",
        lock: PlanLock | None = None,
        upgraded_from: int | None = None,
        backup_path: Path | None = None,
        server: ServerTarget | None = None,
    ):
        #: The plan file, or None for a plan on a server (see ``server``).
        self.path = path
        self.server = server
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.upgraded_from = upgraded_from
        self.backup_path = backup_path
        #: One sentence to tell the user when opening undid an unfinished save, else "".
        self.recovery_message = ""
        self._lock = lock
        self._session = sessionmaker(engine, expire_on_commit=False, autoflush=False)()
        self._listeners: list[Listener] = []
        self._cleanups: list[Callable[[], None]] = []
        self.revision = 0
        #: Who the edits are recorded as (activity log, "changed by …" messages).
        self.user_name = _current_user()
        #: Tells this document's own activity rows from everyone else's.
        self.session_id = uuid.uuid4().hex
        self._last_activity = self._max_activity_id()
        #: Results derived from the plan at the current revision (snapshot, analysis);
        #: emptied on every change.
        self.cache: dict[str, Any] = {}
        self._closed = False

    def _max_activity_id(self) -> int:
        try:
            value = self._session.execute(select(func.max(Activity.id))).scalar()
            self._session.rollback()
        except DBAPIError:
            self._rollback_quietly()
            return 0
        return int(value or 0)

    # -- reading -----------------------------------------------------------------
    @property
    def session(self) -> Session:
        """The document's session, for reads on the GUI thread and for commands."""
        if self._closed:
            raise PlanFileError(translate("Store", "This plan has been closed."))
        return self._session

    def new_session(self) -> Session:
        """A separate session for a worker thread (sessions are not thread-safe)."""
        return Session(self.engine)

    @property
    def display_name(self) -> str:
        """Short name for titles: the file name without extension, or 'fy27 on db-host'."""
        if self.server is not None:
            return self.server.display_name
        assert self.path is not None
        return self.path.stem

    @property
    def location(self) -> str:
        """Where the plan lives, safe to show and remember (no password)."""
        if self.server is not None:
            return self.server.public_location
        return str(self.path)

    @property
    def file_name(self) -> str:
        if self.server is not None:
            return self.server.display_name
        assert self.path is not None
        return self.path.name

    def settings(self) -> PlanSettings:
        settings = self.session.get(PlanSettings, 1)
        self.session.rollback()
        if settings is None:
            raise PlanFileError(
                translate("Store", "{plan} has no plan settings; it is damaged.").format(
                    plan=self.location
                )
            )
        return settings

    # -- editing -----------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def execute(self, edit: Edit) -> Edit:
        """Apply ``edit`` in one transaction and commit it; returns the inverse edit.

        On any error the transaction is rolled back and nothing changes.
        """
        if self.read_only:
            raise ReadOnlyPlanError(
                translate(
                    "Store",
                    "{file_name} is open read-only ({reason}); save a copy to make changes.",
                ).format(file_name=self.file_name, reason=self.read_only_reason)
            )
        session = self.session
        session.info["user"] = self.user_name
        written = dict(session.info.get("written", {}))
        try:
            inverse = edit.apply(session)
            session.execute(
                insert(Activity),
                {
                    "at": datetime.now(UTC).replace(tzinfo=None),
                    "user": self.user_name,
                    "label": edit.label,
                    "kinds": ",".join(sorted(edit.kinds())),
                    "session": self.session_id,
                },
            )
            session.commit()
        except BaseException as exc:
            self._rollback_quietly()
            session.info["written"] = written
            translated = self._translate_error(exc)
            if translated is not None:
                raise translated from None
            raise
        self._changed(edit.kinds(), edit.label)
        return inverse

    def _rollback_quietly(self) -> None:
        try:
            self.session.rollback()
        except DBAPIError:  # the connection is gone; the pool replaces it on next use
            self.session.close()

    def _translate_error(self, exc: BaseException) -> Exception | None:
        """Database errors in front of a user become one sentence (commands validate first)."""
        if isinstance(exc, IntegrityError):
            from stratplanner.commands.base import ConflictError

            return ConflictError(
                translate(
                    "Store",
                    "That change clashes with a record someone else saved meanwhile "
                    "({reason}); reload and try again.",
                ).format(reason=str(exc.orig).splitlines()[0])
            )
        if isinstance(exc, OperationalError) and self.server is None:
            reason = file_write_problem(str(exc.orig), self.file_name)
            if reason is not None:
                return PlanFileError(reason)
        if isinstance(exc, DBAPIError) and (
            exc.connection_invalidated or isinstance(exc, OperationalError)
        ):
            if self.server is not None:
                lost = translate(
                    "Store",
                    "The connection to the plan server was lost, so this change was not saved; "
                    "StratPlanner reconnects by itself — try again in a moment.",
                )
            else:
                lost = translate(
                    "Store",
                    "The connection to the plan file was lost, so this change was not saved; "
                    "StratPlanner reconnects by itself — try again in a moment.",
                )
            return ConnectionLostError(lost)
        return None

    def poll_external_changes(self) -> bool:
        """Look for edits other people (other documents) committed; tell listeners if any.

        Cheap enough to call every couple of seconds (one indexed query).
        """
        try:
            rows = self.session.execute(
                select(Activity.id, Activity.kinds, Activity.session).where(
                    Activity.id > self._last_activity
                )
            ).all()
            self.session.rollback()
        except DBAPIError:
            self._rollback_quietly()
            return False
        if not rows:
            return False
        self._last_activity = max(r[0] for r in rows)
        foreign = [r for r in rows if r[2] != self.session_id]
        if not foreign:
            return False
        kinds: set[str] = set()
        for row in foreign:
            kinds.update(k for k in row[1].split(",") if k)
        self.notify_external_change(kinds, "Changes by others")
        return True

    def recent_activity(self, limit: int = 200) -> list[dict[str, Any]]:
        """The latest committed edits, newest first: at (UTC), user, label, kinds, mine."""
        rows = self.session.execute(
            select(Activity.at, Activity.user, Activity.label, Activity.kinds, Activity.session)
            .order_by(Activity.id.desc())
            .limit(limit)
        ).all()
        self.session.rollback()
        return [
            {
                "at": r[0],
                "user": r[1],
                "label": r[2],
                "kinds": r[3].split(",") if r[3] else [],
                "mine": r[4] == self.session_id,
            }
            for r in rows
        ]

    def notify_external_change(self, kinds: Iterable[str], label: str = "") -> None:
        """Tell listeners the plan changed by other means (a bulk import, another user)."""
        self._changed(frozenset(kinds), label)

    def _changed(self, kinds: frozenset[str], label: str) -> None:
        self.revision += 1
        self.cache.clear()
        change = Change(self.revision, kinds, label)
        for listener in list(self._listeners):
            listener(change)

    # -- copies ------------------------------------------------------------------
    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the plan to ``target`` (SQLite backup API)."""
        target = Path(target)
        if self.path is None:
            from stratplanner.store.transfer import copy_plan_rows

            with self.engine.connect() as source:
                create_plan_file(
                    target,
                    populate=lambda s: copy_plan_rows(source, s.connection()),
                    overwrite=True,
                )
            return
        if target.absolute() == self.path.absolute():
            raise PlanFileError(
                translate(
                    "Store", "A copy can't replace the plan itself; choose another file name."
                )
            )
        if not target.parent.is_dir():
            raise PlanFileError(
                translate(
                    "Store", "The folder {folder} does not exist; choose another folder."
                ).format(folder=target.parent)
            )
        db = connect(self.path, mode="ro")
        try:
            backup_database(db, target)
        except (OSError, sqlite3.Error) as exc:
            raise PlanFileError(
                translate("Store", "The copy could not be written to {target}: {reason}.").format(
                    target=target, reason=exc
                )
            ) from None
        finally:
            db.close()

    def close(self) -> None:
        if self._closed:
            return
        self._session.close()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        for cleanup in self._cleanups:
            cleanup()
        self._closed = True

    def add_cleanup(self, action: Callable[[], None]) -> None:
        """Run ``action`` when the document closes (temporary files it reads from)."""
        self._cleanups.append(action)

    def __enter__(self) -> PlanDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_plan(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    upgrade: bool = True,
    check_values: bool = True,
) -> PlanDocument:
    """Open an existing plan file after checking it; never creates or damages a file.

    A plan open elsewhere, a read-only file or folder, opens read-only with the
    reason in ``read_only_reason``. An older plan is upgraded after a backup
    copy is taken (unless ``upgrade`` is False, when it is refused). A plan
    holding values StratPlanner can't read is refused in one sentence unless
    ``check_values`` is False (what ``stratplanner check`` does, to list them).
    """
    if is_server_target(path):
        from stratplanner.store.server_plans import open_server_plan

        return open_server_plan(str(path), read_only=read_only, upgrade=upgrade)
    plan_path = Path(path)
    facts = inspect_plan_file(plan_path, check_values=check_values)
    clean_stale_temp_files(Path(os.path.realpath(plan_path)).parent)
    if facts.recovered:
        record_recovery(plan_path, _current_user())
    doc = _open_checked(plan_path, facts, read_only=read_only, upgrade=upgrade)
    if facts.recovered:
        doc.recovery_message = translate("Store", RECOVERY_MESSAGE)
    return doc


def _open_checked(
    plan_path: Path, facts: FileFacts, *, read_only: bool, upgrade: bool
) -> PlanDocument:
    reason = translate("Store", "you asked for read-only") if read_only else ""
    lock: PlanLock | None = None
    if not read_only:
        if not can_write(plan_path):
            read_only, reason = True, translate("Store", "the file or its folder is read-only")
        else:
            lock = PlanLock(plan_path)
            try:
                owner = lock.acquire()
            except LockWriteError as exc:
                lock = None
                read_only, reason = True, exc.reason
            except OSError:
                lock = None
                read_only, reason = (
                    True,
                    translate("Store", "its folder does not allow a lock file"),
                )
            else:
                if owner is not None:
                    read_only, reason = True, owner.held_reason(lock.path)
                    lock = None

    upgraded_from = None
    backup = None
    if facts.schema_version < SCHEMA_VERSION:
        if not upgrade:
            if lock:
                lock.release()
            raise PlanFileError(
                translate(
                    "Store",
                    "{plan} uses plan format {old} and must be upgraded to format {new}, "
                    "but the upgrade was refused.",
                ).format(plan=plan_path, old=facts.schema_version, new=SCHEMA_VERSION)
            )
        if read_only:
            return _open_upgraded_copy(plan_path, facts.schema_version, reason)
        try:
            backup = upgrade_plan_file(plan_path, facts.schema_version)
        except BaseException:
            if lock:
                lock.release()
            raise
        upgraded_from = facts.schema_version

    engine = _make_engine(plan_path, "ro" if read_only else "rw")
    return PlanDocument(
        plan_path,
        engine,
        read_only=read_only,
        read_only_reason=reason,
        lock=lock,
        upgraded_from=upgraded_from,
        backup_path=backup,
    )


def _open_upgraded_copy(plan_path: Path, version: int, reason: str) -> PlanDocument:
    """Show an older plan that can't be changed now: upgrade a private copy, never the file.

    Reading commands (info, export…) and a second opener of a locked old plan
    see the plan as it is, read-only; the file itself stays byte-identical.
    """
    folder = Path(tempfile.mkdtemp(prefix="stratplanner-view-"))
    copy = folder / plan_path.name
    try:
        source = connect(plan_path, mode="ro")
        try:
            backup_database(source, copy)
        finally:
            source.close()
        upgrade_plan_file(copy, version, keep_backup=False)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    doc = PlanDocument(
        plan_path,
        _make_engine(copy, "ro"),
        read_only=True,
        read_only_reason=translate(
            "Store",
            "{reason}; it is shown upgraded from plan format {version} without changing the file",
        ).format(reason=reason, version=version),
    )
    doc.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    return doc


def default_settings(title: str = "Untitled plan") -> dict[str, Any]:
    from datetime import date

    today = date.today()
    return {
        "id": 1,
        "title": title,
        "organization": "",
        "currency": "USD",
        "start": Quarter.of(
            today.year + (1 if today.month > 9 else 0),
            1 if today.month > 9 else (today.month - 1) // 3 + 1,
        ),
        "quarters": 12,
    }


def create_plan_file(
    path: str | os.PathLike[str],
    *,
    settings: dict[str, Any] | None = None,
    populate: Callable[[Session], object] | None = None,
    overwrite: bool = False,
) -> Path:
    """Create a new plan at ``path``; all-or-nothing (built beside it, then renamed).

    ``populate`` may add records in the same transaction (JSON import uses it);
    if it raises, no file is left behind.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise PlanFileError(
            translate(
                "Store", "{target} already exists; choose another name or remove it first."
            ).format(target=target)
        )
    if target.exists() and target.is_dir():
        raise PlanFileError(
            translate(
                "Store", "{target} is a folder; choose a file name ending in {suffix}."
            ).format(target=target, suffix=PLAN_SUFFIX)
        )
    if not target.parent.absolute().is_dir():
        raise PlanFileError(
            translate(
                "Store", "The folder {folder} does not exist; create it or choose another."
            ).format(folder=target.parent)
        )
    if not os.access(target.parent.absolute(), os.W_OK):
        raise PlanFileError(
            translate(
                "Store", "The folder {folder} is read-only; choose a folder you can write to."
            ).format(folder=target.parent)
        )
    values = default_settings()
    values.update(settings or {})
    values["id"] = 1
    try:
        tmp = new_temp_file(target)
    except OSError as exc:
        raise PlanFileError(
            translate(
                "Store", "{target} could not be created ({reason}); choose another folder."
            ).format(target=target, reason=exc.strerror or exc)
        ) from None
    try:
        raw = connect(tmp, mode="rw")
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=NullPool)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        try:
            with Session(engine) as session, session.begin():
                conn = session.connection()
                create_plan_tables(conn)
                conn.execute(insert(PlanSettings), [values])
                conn.execute(insert(Criterion), [dict(c) for c in DEFAULT_CRITERIA])
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                if populate is not None:
                    populate(session)
        finally:
            engine.dispose()
            raw.close()
        finish_temp_file(tmp, target)
    except BaseException:
        discard_temp_file(tmp)
        raise
    return target
