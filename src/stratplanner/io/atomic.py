"""Files the user receives are written beside the target and renamed into place.

A failing export (a full disk, a bug, a cancel) leaves the old file intact and
no half-written file behind (PITFALLS.md: "Files the user receives").
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``."""
    path = Path(target)
    folder = path.parent.absolute()
    if not folder.is_dir():
        raise OSError(f"the folder {path.parent} does not exist")
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


__all__ = ["atomic_path", "write_bytes_atomically"]
