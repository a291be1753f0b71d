"""Every file StratPlanner writes for the user is built beside its target and renamed into place.

One helper for exports, charts, PDFs and new plan files, because each used
to do it its own way (issue 22): a PDF came out 0600 (``mkstemp``), a new
plan 0644 whatever the umask (SQLite's default), and a process killed
mid-write or a full disk left its temporary file behind for good. Here:

- a failing write leaves the old file intact and no half-written file;
- the finished file gets what a plain ``open(path, "w")`` gives: the mode
  of the file it replaces, else ``0o666`` less the umask;
- temporary files carry one recognisable name,
  ``.NAME.HOST-PID-RANDOM.stratplanner-tmp``, so those left by a process
  that no longer runs are removed on the next write into that folder and
  when a plan there is opened (only ours, and only once untouched a while).

Standard library only: every layer (store, io, export, charts) may use it.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import re
import socket
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from stratplanner.i18n import translate

TEMP_SUFFIX = ".stratplanner-tmp"
#: A temporary file of a process gone from this host is removed once untouched this long (s):
#: both are needed, as a PID can look gone from inside a sandbox or another PID namespace
#: while a long export (minutes) is still writing.
STALE_AFTER = 3600.0
#: One written from another computer (a shared folder) only after this long: its process
#: can't be asked whether it still runs.
FOREIGN_STALE_AFTER = 24 * 3600.0

_TEMP_NAME = re.compile(
    r"^\..+\.(?P<host>[A-Za-z0-9_]+)-(?P<pid>\d{1,10})-[A-Za-z0-9_]+"
    + re.escape(TEMP_SUFFIX)
    + r"(?:-journal|\.[a-z]+)?$"  # SQLite's journal, a writer's own side file (".dim")
)


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("Umask:"))
        return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode_for(target: Path) -> int:
    """The permissions a plain ``open(target, "w")`` would leave the file with."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~current_umask()


class ReadOnlyFile(PermissionError):
    """The file to be replaced is read-only; its message is the sentence for the user."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            errno.EACCES,
            translate(
                "Store",
                "{file_name} is read-only; choose another file name, "
                "or make it writable and try again.",
            ).format(file_name=path.name),
        )
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)


def refuse_read_only(path: Path) -> None:
    """Refuse to replace a file nobody may write (no write bit), as ``open(path, "w")`` would.

    Renaming over it needs only a writable folder, so without this check an export would
    quietly replace a file its owner had made read-only. The mode bits are read rather than
    asked of ``os.access``, which says yes to the superuser whatever the bits say.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # no file yet: nothing to protect
    if not mode & 0o222:
        raise ReadOnlyFile(path)


@functools.cache
def _host_tag() -> str:
    """This computer in a temp file's name: its name, readable, then a hash that tells apart
    names the cut or the ``_`` for punctuation would merge (``ws-1``, ``ws.1``) and, where
    there is one, the network card's address (two computers given one name)."""
    hostname = socket.gethostname()
    node = uuid.getnode()
    hardware = "" if node >> 40 & 1 else f"{node:012x}"  # else a random number, per process
    digest = hashlib.sha256(f"{hostname}\0{hardware}".encode()).hexdigest()[:12]
    return f"{re.sub(r'[^A-Za-z0-9]', '_', hostname)[:24] or 'host'}_{digest}"


def real_target(target: str | os.PathLike[str]) -> Path:
    """The file a write to ``target`` lands in: a symbolic link's target, as ``open()`` writes.

    The temporary file is built beside that file and renamed over it, so a link stays a
    link and the file it points to is the one updated.
    """
    return Path(os.path.realpath(target))


def new_temp_file(target: str | os.PathLike[str]) -> Path:
    """Create an empty, private temporary file beside ``target``; stale ones there go first."""
    path = real_target(target)
    folder = path.parent.absolute()
    if not folder.is_dir():
        raise OSError(f"the folder {path.parent} does not exist")
    refuse_read_only(path)
    clean_stale_temp_files(folder)
    handle, name = tempfile.mkstemp(
        dir=folder, prefix=f".{path.name[:100]}.{_host_tag()}-{os.getpid()}-", suffix=TEMP_SUFFIX
    )
    os.close(handle)
    return Path(name)


def finish_temp_file(temp: Path, target: str | os.PathLike[str]) -> None:
    """Make ``temp`` durable, give it the target's permissions and rename it into place."""
    path = real_target(target)
    with temp.open("rb+") as fh:
        os.fsync(fh.fileno())
    refuse_read_only(path)
    temp.chmod(file_mode_for(path))
    temp.replace(path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a new file's name lives in its folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def discard_temp_file(temp: Path) -> None:
    for leftover in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    temp = new_temp_file(target)
    try:
        yield temp
        finish_temp_file(temp, target)
    except BaseException:
        discard_temp_file(temp)
        raise


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_path(target) as temp:
        temp.write_bytes(data)
    return Path(target)


def write_text_atomically(target: str | os.PathLike[str], text: str) -> Path:
    """UTF-8 text with ``\\n`` line ends, atomically."""
    with atomic_path(target) as temp, temp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return Path(target)


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):  # not ours to signal, or no PID of this system
        return True  # when in doubt, the file may be in use
    return True


def _is_stale(match: re.Match[str], age: float) -> bool:
    pid = int(match["pid"])
    if match["host"] != _host_tag():
        return age > FOREIGN_STALE_AFTER
    if pid == os.getpid():
        return False
    return age > STALE_AFTER and not _pid_running(pid)


def clean_stale_temp_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove our temporary files a stopped process left in ``folder``; returns those removed.

    Never fails: a folder that can't be read or a file that can't be removed is left as is.
    """
    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if TEMP_SUFFIX not in entry.name:
                continue
            match = _TEMP_NAME.match(entry.name)
            if match is None:
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if _is_stale(match, age):
                    Path(entry.path).unlink()
                    removed.append(Path(entry.path))
            except Exception:  # one odd file must never stop an open or an export
                continue
    return removed


__all__ = [
    "TEMP_SUFFIX",
    "atomic_path",
    "clean_stale_temp_files",
    "discard_temp_file",
    "file_mode_for",
    "finish_temp_file",
    "new_temp_file",
    "real_target",
    "write_bytes_atomically",
    "write_text_atomically",
]
