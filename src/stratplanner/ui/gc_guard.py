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

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the allocation counts; a look costs microseconds.
INTERVAL_MS = 250

#: Python's thresholds when the guard was installed (automatic collection is then off).
_thresholds = gc.get_threshold()


def collect_due() -> int:
    """Collect the generations whose allocation counts passed their threshold; objects freed."""
    freed = 0
    count0, count1, count2 = gc.get_count()
    if count0 > _thresholds[0]:
        freed += gc.collect(0)
        if count1 > _thresholds[1]:
            freed += gc.collect(1)
            if count2 > _thresholds[2]:
                freed += gc.collect(2)
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
