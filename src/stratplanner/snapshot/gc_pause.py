"""Cyclic garbage collection held off while a bulk read builds many objects at once.

Every 700 new container objects Python walks the young ones looking for cycles,
and every tenth and hundredth time the older ones too, so building the 105,000
records of a 20,000-item plan walked the growing heap again and again: 0.47 s of
CPU for ``load_snapshot`` with collection on, 0.22 s with it off (issue 20).
Records, rows and document objects hold no reference cycles, so nothing waits
longer to be freed; collection resumes when the bulk step ends.

Only the main thread pauses and resumes collection. The desktop app turns
automatic collection off for good and collects on the GUI thread itself
(ui/gc_guard.py: collection on a worker crashed Qt); a worker resuming it
after a load could undo that, so on other threads this does nothing (and the
app's workers load with collection off already).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How deep the main thread is in bulk steps, and whether collection was on before."""

    depth = 0
    resume = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic collection inside, on the main thread; its state before the outermost
    pause is restored when that pause ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _Pause.depth == 0:
        _Pause.resume = gc.isenabled()
        gc.disable()
    _Pause.depth += 1
    try:
        yield
    finally:
        _Pause.depth -= 1
        if _Pause.depth == 0 and _Pause.resume:
            gc.enable()
