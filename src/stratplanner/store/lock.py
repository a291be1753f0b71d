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
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        try:
            when = f" (since {datetime.fromisoformat(self.since).strftime('%Y-%m-%d %H:%M')})"
        except ValueError:
            when = ""
        return f"{self.user} on {self.host}{when}"

    def held_reason(self, lock_path: Path) -> str:
        """Why the plan opens read-only: "it is open by Alice on LAPTOP-7 (since …)"."""
        return f"it is open by {self.describe()}"


@dataclass(frozen=True)
class UnknownLockOwner(LockOwner):
    """A lock file StratPlanner can't read: empty, garbage, or written by something else."""

    #: True while it is only being written (younger than two seconds): another opener's.
    being_written: bool = False

    def held_reason(self, lock_path: Path) -> str:
        if self.being_written:
            return "another StratPlanner is opening it at this moment; try again in a moment"
        return (
            f"a lock file of unknown origin ({lock_path}) says it is in use; "
            "if nobody has the plan open, remove that file and open the plan again"
        )


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
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        owner = LockOwner(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    if not owner.user.strip() or not owner.host.strip() or owner.pid <= 0:
        return None
    return owner


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _write_problem(exc: OSError) -> str:
    """Why a lock file could not be written, as a clause for "PLAN can't be changed: …"."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            "the disk holding it is full (or your quota is used up), so StratPlanner can't "
            "note that it is open; free some space and open it again"
        )
    if exc.errno == errno.EFBIG:
        return (
            "a limit on file size stops StratPlanner from writing its lock file; "
            "raise the limit (ulimit -f) and open it again"
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "its folder does not allow a lock file"
    return f"its lock file could not be written ({exc.strerror or exc})"


class PlanLock:
    """Holds the lock on one plan file while it is open for writing."""

    def __init__(self, plan_path: Path):
        self.path = lock_path_for(plan_path)
        self.held = False

    def acquire(self) -> LockOwner | None:
        """Take the lock. Returns None on success, else who holds it.

        Raises :class:`LockWriteError` (an OSError) when the lock file can't be
        created or written (a read-only folder, a full disk); nothing is left behind.
        """
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is not None and not self._stale(owner):
                    return owner
                if owner is None and not self._reclaimable(self.path):
                    return UnknownLockOwner("", "", 0, "", being_written=self._young(self.path))
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            except OSError as exc:
                raise LockWriteError(exc.errno, _write_problem(exc)) from None
            try:
                _write_all(fd, json.dumps(_me().__dict__).encode("utf-8"))
            except OSError as exc:
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise LockWriteError(exc.errno, _write_problem(exc)) from None
            finally:
                os.close(fd)
            self.held = True
            return None
        return read_owner(self.path) or UnknownLockOwner("", "", 0, "")

    @classmethod
    def _reclaimable(cls, path: Path) -> bool:
        """An empty lock no longer being written: one of ours cut short (killed, disk full)."""
        try:
            empty = path.stat().st_size == 0
        except OSError:
            return True  # gone meanwhile: try again
        return empty and not cls._young(path)

    @staticmethod
    def _stale(owner: LockOwner) -> bool:
        return owner.host == socket.gethostname() and not _pid_alive(owner.pid)

    @staticmethod
    def _young(path: Path) -> bool:
        try:
            age = datetime.now().timestamp() - path.stat().st_mtime
        except OSError:
            return False
        return age < 2.0

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
