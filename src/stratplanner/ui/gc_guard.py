"""Python's cycle collector runs on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate. When that is a worker
(a PDF export drawing its charts, a big plan loading) it frees, on that worker, whatever
unreachable Qt wrappers sit in reference cycles — a closed dialog, a view's canvas — and
Qt destroys GUI objects off the GUI thread and crashes. Measured: a segmentation fault in
CI, in "Garbage-collecting" on the PDF export worker (PITFALLS: Qt tests). So automatic
collection is switched off and a timer on the GUI thread collects instead, generation by
generation with Python's own thresholds, as pyqtgraph's ``GarbageCollector`` does.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the allocation counts; a look costs microseconds.
INTERVAL_MS = 250

#: A full collection walks every object of the plan (about 0.1 s on a 2,000-item plan with
#: views open): at most one this often. Python itself rations them (when a quarter of the
#: long-lived objects are new), which its public API doesn't let us read.
FULL_EVERY_S = 60.0

#: When the last full collection ran (time.monotonic()).
_last_full = [time.monotonic()]


def collect_due() -> int:
    """Collect the generations whose allocation counts passed Python's thresholds (read now:
    automatic collection is off, the thresholds stay); the number of objects freed."""
    thresholds = gc.get_threshold()
    freed = 0
    count0, count1, count2 = gc.get_count()
    if count0 > thresholds[0]:
        freed += gc.collect(0)
        if count1 > thresholds[1]:
            freed += gc.collect(1)
            now = time.monotonic()
            if count2 > thresholds[2] and now - _last_full[0] >= FULL_EVERY_S:
                freed += gc.collect(2)
                _last_full[0] = now
    return freed


class MainThreadCollector(QObject):
    """Owns the timer; create it on the GUI thread, once per application."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(collect_due)
        gc.disable()
        self.timer.start()


def install(app: QObject) -> MainThreadCollector:
    """Turn automatic collection off and collect on ``app``'s thread instead (idempotent)."""
    existing = app.findChild(MainThreadCollector)
    if isinstance(existing, MainThreadCollector):
        gc.disable()
        return existing
    return MainThreadCollector(app)
