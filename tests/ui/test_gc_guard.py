"""The cycle collector runs on the GUI thread only, even while a worker allocates heavily.

A collection started on a worker frees Qt wrappers off the GUI thread and crashed CI
(segmentation fault while a PDF exported in the background); ui/gc_guard.py prevents it.
"""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from stratplanner.ui import gc_guard
from stratplanner.ui.app import application
from stratplanner.ui.workers import BackgroundTask

pytestmark = pytest.mark.gui


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection ran on, while the test runs."""
    seen: list[str] = []

    def record(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def test_the_application_collects_on_its_own_thread_only(
    qtbot: Any, collections: list[str]
) -> None:
    gc.enable()  # as in any Python process before the guard (the test session turns it off)
    app = application()
    guard = gc_guard.install(app)
    assert gc_guard.install(app) is guard  # one timer per application
    assert not gc.isenabled()

    def allocate(_progress: Any, _cancelled: Any) -> int:
        for _ in range(20 * gc.get_threshold()[0]):
            _Node()
        return 1

    task = BackgroundTask(allocate)
    with qtbot.waitSignal(task.succeeded, timeout=20000):
        task.start()
    assert task.wait(5)

    assert set(collections) <= {threading.main_thread().name}  # never on the worker

    # The GUI thread's timer runs, and what it calls frees a cycle once enough was allocated.
    assert guard.timer.isActive()
    with qtbot.waitSignal(guard.timer.timeout, timeout=10000):
        pass
    orphan = _Node()
    gone = weakref.ref(orphan)
    del orphan
    busy = [[] for _ in range(2 * gc.get_threshold()[0])]
    assert gc_guard.collect_due() >= 1
    assert gone() is None and busy
    assert set(collections) == {threading.main_thread().name}


def test_full_collections_are_rationed(monkeypatch: pytest.MonkeyPatch) -> None:
    generations: list[int] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    monkeypatch.setattr(gc_guard, "_last_full", [time.monotonic() - gc_guard.FULL_EVERY_S])
    monkeypatch.setattr(gc, "get_count", lambda: (10**6, 10**6, 10**6))  # everything is due
    gc.callbacks.append(record)
    try:
        gc_guard.collect_due()  # a minute since the last full collection: one runs
        gc_guard.collect_due()  # right after it: generations 0 and 1 only
    finally:
        gc.callbacks.remove(record)
    assert generations == [0, 1, 2, 0, 1]
