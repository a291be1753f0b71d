"""Two openers taking over one abandoned lock at once: only one of them may hold the plan.

The race is made deterministic by running the second opener inside the first one's
judgement (between "this lock is abandoned" and taking it over), as a review did.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from stratplanner.store import lock as lock_module
from stratplanner.store.lock import PlanLock, lock_path_for, read_owner


def _plan(tmp_path: Path) -> Path:
    plan = tmp_path / "Race.stratplan"
    plan.write_bytes(b"")
    return plan


def _old(path: Path) -> None:
    then = time.time() - 10
    os.utime(path, (then, then))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _interleave(
    monkeypatch: pytest.MonkeyPatch, judge: str, first: PlanLock, second: PlanLock
) -> tuple[Any, Any]:
    """``second`` acquires while ``first`` has judged the lock abandoned but not taken it."""
    original = getattr(PlanLock, judge)
    results: dict[str, Any] = {}
    staged: list[bool] = []

    def hooked(*args: Any) -> bool:
        verdict = original(*args)
        if verdict and not staged:
            staged.append(True)
            results["second"] = second.acquire()
        return bool(verdict)

    monkeypatch.setattr(PlanLock, judge, staticmethod(hooked))
    results["first"] = first.acquire()
    monkeypatch.undo()
    assert "second" in results, "the race was not staged"
    return results["first"], results["second"]


def _one_holder(plan: Path, first: PlanLock, second: PlanLock, got: tuple[Any, Any]) -> None:
    lock = lock_path_for(plan)
    assert [first.held, second.held].count(True) == 1
    holder, other = (first, second) if first.held else (second, first)
    assert got[(first, second).index(holder)] is None
    assert got[(first, second).index(other)] is not None  # told who holds it
    assert read_owner(lock) is not None and read_owner(lock).pid == os.getpid()  # type: ignore[union-attr]
    assert sorted(p.name for p in plan.parent.iterdir()) == [plan.name, lock.name]
    other.release()  # not holding: leaves the holder's lock alone
    assert lock.exists()
    third = PlanLock(plan)
    assert third.acquire() is not None and not third.held
    holder.release()
    assert sorted(p.name for p in plan.parent.iterdir()) == [plan.name]
    assert third.acquire() is None
    third.release()


def test_two_openers_reclaiming_one_empty_lock_leave_one_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(tmp_path)
    lock = lock_path_for(plan)
    lock.write_bytes(b"")  # an empty lock left by a crash
    _old(lock)
    first, second = PlanLock(plan), PlanLock(plan)
    got = _interleave(monkeypatch, "_reclaimable", first, second)
    _one_holder(plan, first, second, got)


def test_two_openers_reclaiming_one_dead_process_lock_leave_one_holder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(tmp_path)
    lock = lock_path_for(plan)
    dead = {"user": "alice", "host": socket.gethostname(), "pid": _dead_pid(), "since": "x"}
    lock.write_text(json.dumps(dead), encoding="utf-8")
    first, second = PlanLock(plan), PlanLock(plan)
    got = _interleave(monkeypatch, "_stale", first, second)
    _one_holder(plan, first, second, got)


def test_release_leaves_a_lock_that_is_no_longer_ours(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    lock = lock_path_for(plan)
    mine = PlanLock(plan)
    assert mine.acquire() is None
    theirs = json.dumps({"user": "bob", "host": "elsewhere", "pid": 42, "since": "now"})
    lock.unlink()  # someone judged ours abandoned and took the plan over
    lock.write_text(theirs, encoding="utf-8")
    mine.release()
    assert not mine.held
    assert lock.read_text(encoding="utf-8") == theirs


def test_a_fresh_lock_renamed_aside_by_mistake_is_put_back(tmp_path: Path) -> None:
    """The taker-over moved a lock that is not the one it judged: it goes back, untouched."""
    plan = _plan(tmp_path)
    lock = lock_path_for(plan)
    lock.write_bytes(b"")
    _old(lock)
    seen = lock_module._Seen.of(lock)
    assert seen is not None
    lock.unlink()
    holder = PlanLock(plan)
    assert holder.acquire() is None
    assert lock_module._remove_if_same(lock, seen) is False
    assert read_owner(lock) is not None and holder.held
    holder.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan.name]
