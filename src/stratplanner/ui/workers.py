"""Background work with signals back: a function run on the thread pool, with progress and cancel.

The function gets ``progress(done, total)`` and ``cancelled()``; it must read
only immutable data (a snapshot) or open its own session. Results, refusals
and progress arrive on the GUI thread as signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task._run()


class BackgroundTask(QObject):
    """One piece of work on ``QThreadPool``; ``expected`` errors become one sentence."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        work: Work,
        *,
        expected: tuple[type[BaseException], ...] = (),
        cancelled_by: tuple[type[BaseException], ...] = (),
        what: str = "",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._work = work
        self._expected = expected
        self._cancelled_by = cancelled_by
        self._what = what or self.tr("The work")
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (closing a window while it runs)."""
        return self._done.wait(timeout)

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except self._cancelled_by:
            self._done.set()
            self.cancelled.emit()
            return
        except self._expected as exc:
            self._done.set()
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            self._done.set()
            self.failed.emit(
                self.tr("{what} failed unexpectedly: {error}.").format(what=self._what, error=exc)
            )
            return
        self._done.set()
        self.succeeded.emit(result)
