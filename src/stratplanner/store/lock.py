"""A sidecar lock file so a plan opened twice is noticed; the second opener gets read-only.

Pure Python (the CLI has no Qt). The lock records who holds it, so the
message can say "open by Alice on LAPTOP-7 since 10:42". A lock left by a
process that no longer runs on this host is reclaimed.
"""

from __future__ import annotations

import contextlib
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
        when = self.since
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        return f"{self.user} on {self.host} (since {when})"


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
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class PlanLock:
    """Holds the lock on one plan file while it is open for writing."""

    def __init__(self, plan_path: Path):
        self.path = lock_path_for(plan_path)
        self.held = False

    def acquire(self) -> LockOwner | None:
        """Take the lock. Returns None on success, else who holds it.

        Raises OSError when the folder can't hold a lock file (read-only folder).
        """
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is not None and not self._stale(owner):
                    return owner
                if owner is None and self._young(self.path):
                    # Being written right now by another opener; treat as held.
                    return LockOwner("another user", "unknown host", 0, "")
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                me = _me()
                json.dump(me.__dict__, fh)
            self.held = True
            return None
        owner = read_owner(self.path)
        return owner or LockOwner("another user", "unknown host", 0, "")

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
