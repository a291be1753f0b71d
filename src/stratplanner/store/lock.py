"""A sidecar lock file so a plan opened twice is noticed; the second opener gets read-only.

Pure Python (the CLI has no Qt). The lock records who holds it, so the
message can say "open by Alice on LAPTOP-7 since 10:42". A lock left by a
process that no longer runs on this host is reclaimed, and so is an empty
one (a lock cut short by a kill or a full disk); a lock file StratPlanner
can't read is left alone and named, so the user can remove it.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stratplanner.i18n import translate


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return translate("Store", "{user} on {host}").format(user=self.user, host=self.host)
        return translate("Store", "{user} on {host} (since {when})").format(
            user=self.user, host=self.host, when=when
        )

    def held_reason(self, lock_path: Path) -> str:
        """Why the plan opens read-only: "it is open by Alice on LAPTOP-7 (since …)"."""
        return translate("Store", "it is open by {owner}").format(owner=self.describe())


@dataclass(frozen=True)
class UnknownLockOwner(LockOwner):
    """A lock file StratPlanner can't read: empty, garbage, or written by something else."""

    #: True while it is only being written (younger than two seconds): another opener's.
    being_written: bool = False

    def held_reason(self, lock_path: Path) -> str:
        if self.being_written:
            return translate(
                "Store",
                "another StratPlanner is opening it at this moment; try again in a moment",
            )
        return translate(
            "Store",
            "a lock file of unknown origin ({lock_file}) says it is in use; "
            "if nobody has the plan open, remove that file and open the plan again",
        ).format(lock_file=lock_path)


class LockWriteError(OSError):
    """The lock file could not be created or written; ``reason`` is a clause saying why."""

    def __init__(self, code: int | None, reason: str):
        super().__init__(code, reason)
        self.reason = reason


def lock_path_for(plan_path: Path) -> Path:
    """The lock beside the real file: a plan opened through a symlink and directly shares it."""
    real = Path(os.path.realpath(plan_path))
    return real.with_name(real.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers
        user = "unknown user"
    return LockOwner(
        user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds")
    )


def read_owner(lock_path: Path) -> LockOwner | None:
    """Who holds the lock, or None when the file says nothing StratPlanner wrote."""
    try:
        return _owner_in(lock_path.read_bytes())
    except OSError:
        return None


def _owner_in(raw: bytes) -> LockOwner | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        owner = LockOwner(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    if not owner.user.strip() or not owner.host.strip() or owner.pid <= 0:
        return None
    return owner


@dataclass(frozen=True)
class _Seen:
    """One lock file as read: which file it was (device, inode, mtime) and what it said."""

    dev: int
    ino: int
    mtime_ns: int
    data: bytes

    @classmethod
    def of(cls, path: Path) -> _Seen | None:
        """The lock file at ``path`` now, or None when there is none (or it can't be read)."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            chunks: list[bytes] = []
            while chunk := os.read(fd, 65536):
                chunks.append(chunk)
        except OSError:
            return None
        finally:
            os.close(fd)
        return cls(st.st_dev, st.st_ino, st.st_mtime_ns, b"".join(chunks))

    def same_file(self, other: _Seen) -> bool:
        return (self.dev, self.ino, self.data) == (other.dev, other.ino, other.data)

    @property
    def young(self) -> bool:
        """Younger than two seconds: still being written by whoever created it."""
        return datetime.now().timestamp() - self.mtime_ns / 1e9 < 2.0


def _remove_if_same(path: Path, judged: _Seen, *, same_mtime: bool = True) -> bool | None:
    """Delete the lock at ``path`` only if it is still the file ``judged``.

    A check followed by an unlink could delete a lock someone else created in
    between, so the file is first renamed aside (atomic: from then on nobody
    else can touch it through ``path``) and checked there. Returns True when
    it was ``judged`` and is gone, None when there was no lock any more, and
    False when it was another lock: that one is linked back untouched (a link
    never replaces a lock created meanwhile) and the plan is someone else's.
    Raises OSError when the lock can't be moved (a read-only folder).
    """
    aside = path.with_name(f"{path.name}.stale-{secrets.token_hex(8)}")
    try:
        path.rename(aside)
    except FileNotFoundError:
        return None
    moved = _Seen.of(aside)
    if (
        moved is not None
        and moved.same_file(judged)
        and (not same_mtime or moved.mtime_ns == judged.mtime_ns)
    ):
        with contextlib.suppress(OSError):
            aside.unlink()
        return True
    try:
        os.link(aside, path)
    except OSError:  # a new lock is there already, or no hard links: rename back if free
        if not os.path.lexists(path):
            with contextlib.suppress(OSError):
                aside.rename(path)
    with contextlib.suppress(OSError):
        aside.unlink()
    return False


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _write_problem(exc: OSError) -> str:
    """Why a lock file could not be written, as a clause for "PLAN can't be changed: …"."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate(
            "Store",
            "the disk holding it is full (or your quota is used up), so StratPlanner can't "
            "note that it is open; free some space and open it again",
        )
    if exc.errno == errno.EFBIG:
        return translate(
            "Store",
            "a limit on file size stops StratPlanner from writing its lock file; "
            "raise the limit (ulimit -f) and open it again",
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("Store", "its folder does not allow a lock file")
    return translate("Store", "its lock file could not be written ({reason})").format(
        reason=exc.strerror or exc
    )


class PlanLock:
    """Holds the lock on one plan file while it is open for writing."""

    def __init__(self, plan_path: Path):
        self.path = lock_path_for(plan_path)
        self.held = False
        self._mine: _Seen | None = None

    def acquire(self) -> LockOwner | None:
        """Take the lock. Returns None on success, else who holds it.

        Raises :class:`LockWriteError` (an OSError) when the lock file can't be
        created or written (a read-only folder, a full disk); nothing is left behind.
        """
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                seen = _Seen.of(self.path)
                if seen is None:
                    if os.path.lexists(self.path):  # there, but not a file we can read
                        return UnknownLockOwner("", "", 0, "")
                    continue  # gone meanwhile: try again
                owner = _owner_in(seen.data)
                if owner is not None and not self._stale(owner):
                    return owner
                if owner is None and not self._reclaimable(seen):
                    return UnknownLockOwner("", "", 0, "", being_written=seen.young)
                try:
                    taken_over = _remove_if_same(self.path, seen)
                except OSError as exc:
                    raise LockWriteError(exc.errno, _write_problem(exc)) from None
                if taken_over is False:
                    return self._holder()  # another opener took it over first
                continue
            except OSError as exc:
                raise LockWriteError(exc.errno, _write_problem(exc)) from None
            data = json.dumps(_me().__dict__).encode("utf-8")
            created: os.stat_result | None = None
            try:
                created = os.fstat(fd)
                _write_all(fd, data)
                st = os.fstat(fd)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    now = self.path.stat()
                    if created is None or (now.st_dev, now.st_ino) == (
                        created.st_dev,
                        created.st_ino,
                    ):  # still the one we created, not one taken over meanwhile
                        self.path.unlink()
                raise LockWriteError(exc.errno, _write_problem(exc)) from None
            finally:
                os.close(fd)
            self._mine = _Seen(st.st_dev, st.st_ino, st.st_mtime_ns, data)
            self.held = True
            return None
        return self._holder()

    def _holder(self) -> LockOwner:
        """Who holds the lock now that it is not ours, as :meth:`acquire` says it."""
        seen = _Seen.of(self.path)
        if seen is None:
            return UnknownLockOwner("", "", 0, "", being_written=True)
        owner = _owner_in(seen.data)
        if owner is not None:
            return owner
        return UnknownLockOwner("", "", 0, "", being_written=seen.young)

    @classmethod
    def _reclaimable(cls, seen: _Seen) -> bool:
        """An empty lock no longer being written: one of ours cut short (killed, disk full)."""
        return not seen.data and not seen.young

    @staticmethod
    def _stale(owner: LockOwner) -> bool:
        return owner.host == socket.gethostname() and not _pid_alive(owner.pid)

    def release(self) -> None:
        """Remove the lock, but only the one we wrote: never one another opener holds now."""
        if self.held and self._mine is not None:
            with contextlib.suppress(OSError):
                _remove_if_same(self.path, self._mine, same_mtime=False)
        self.held = False
        self._mine = None
