"""The roadmap's later pages drawn by a second process while this one lays out the rest.

A working team pack draws the roadmap page by page (about 900 pages at 20,000 items), and
matplotlib lays out every page afresh: a third of the export's time, one page after
another on one core. Here a second process (``python -m
stratplanner.export.pdf.roadmap_worker``) is given the plan and each page's chart options,
draws the pages with the same chart code and renderer, and sends each page's drawing back
as plain data (``figure_renderer``'s operations). The pack places each page as a PDF form
filled in when its drawing has arrived (``document.LateForms``), so laying out the rest
never waits for it; a page the second process could not give is drawn here instead.

Only where a second process can run the same code in the same language: not in a frozen
application, and only with the default (English) wording, which the second process has
too.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
from typing import IO, Any

from stratplanner import i18n
from stratplanner.snapshot import PlanSnapshot

#: Each page's message: its index and the length of its compressed, pickled drawing.
_HEADER = struct.Struct("<II")


@dataclass
class Job:
    """What the second process is given: the plan as the charts get it, the figure's size in
    points and each page's chart options (in the order the pages are wanted)."""

    snap: PlanSnapshot
    size: tuple[float, float]
    pages: list[Any]


def usable() -> bool:
    """Whether a second process would draw exactly what this one draws."""
    return not getattr(sys, "frozen", False) and isinstance(
        i18n.current_backend(), i18n.EnglishBackend
    )


def _can_fork() -> bool:
    """A copy of this process can draw straight away (no imports, no plan to send), where
    forking is safe: on POSIX, from a process running no other thread (the command line;
    the desktop app exports from a thread and starts a fresh interpreter instead)."""
    return hasattr(os, "fork") and threading.active_count() == 1


class PageDrawer:
    """This process's end: starts the second process and collects the pages as they come.

    ``analysis`` (the plan's, already made here) spares a forked copy making it again.
    """

    def __init__(self, job: Job, *, analysis: Any = None):
        self.count = len(job.pages)
        self._pages: dict[int, bytes] = {}
        self._finished = False
        self._changed = threading.Condition()
        self._process: subprocess.Popen[bytes] | None = None
        self._child = 0  # a forked copy's process id
        if _can_fork():
            self._fork(job, analysis)
            return
        self._process = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        threading.Thread(target=self._send, args=(data,), daemon=True).start()
        threading.Thread(target=self._receive, daemon=True).start()

    def _fork(self, job: Job, analysis: Any) -> None:
        readable, writable = os.pipe()
        child = os.fork()
        if child == 0:  # the copy: draw, write, and leave without running this one's exit code
            status = 1
            try:
                os.close(readable)
                with os.fdopen(writable, "wb") as out:
                    draw_pages(job, out, analysis)
                status = 0
            finally:
                os._exit(status)
        os.close(writable)
        self._child = child
        stream = os.fdopen(readable, "rb")
        threading.Thread(target=self._receive_from, args=(stream,), daemon=True).start()

    def _receive_from(self, stream: IO[bytes]) -> None:
        try:
            with stream:
                self._read(stream)
        finally:
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def _send(self, data: bytes) -> None:
        process = self._process
        if process is None or process.stdin is None:
            return
        with contextlib.suppress(OSError, ValueError):  # it stopped: its pages are drawn here
            process.stdin.write(data)
            process.stdin.close()

    def _receive(self) -> None:
        process = self._process
        try:
            if process is not None and process.stdout is not None:
                self._read(process.stdout)
        finally:
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            head = stream.read(_HEADER.size)
            if len(head) < _HEADER.size:
                return
            index, length = _HEADER.unpack(head)
            body = stream.read(length)
            if len(body) < length:
                return
            with self._changed:
                self._pages[index] = body
                self._changed.notify_all()

    def ready(self, index: int) -> bool:
        """Whether page ``index`` has arrived, or will never come (then it is drawn here)."""
        with self._changed:
            return index in self._pages or self._finished

    def page(self, index: int) -> list[Any] | None:
        """Page ``index``'s drawing, waiting for it; None when the second process can't give
        it (it failed or was stopped)."""
        with self._changed:
            while index not in self._pages and not self._finished:
                self._changed.wait()
            body = self._pages.pop(index, None)
        if body is None:
            return None
        try:
            operations: list[Any] = pickle.loads(zlib.decompress(body))
        except Exception:  # a damaged message: draw the page here
            return None
        return operations

    def close(self) -> None:
        """Stop the second process (done, failed or cancelled)."""
        child, self._child = self._child, 0
        if child:
            with contextlib.suppress(OSError):
                if os.waitpid(child, os.WNOHANG) == (0, 0):
                    os.kill(child, signal.SIGKILL)
                    os.waitpid(child, 0)
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            process.wait(timeout=10)
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError, ValueError):
                if stream is not None:
                    stream.close()


def main() -> int:
    """The second process: draw each page of the job read from stdin, send it to stdout."""
    job: Job = pickle.load(sys.stdin.buffer)
    draw_pages(job, sys.stdout.buffer)
    return 0


def draw_pages(job: Job, out: IO[bytes], analysis: Any = None) -> None:
    """Each page of ``job`` drawn and written to ``out``, as it is done."""
    from matplotlib import rc_context

    from stratplanner.analysis import analyze
    from stratplanner.charts.registry import chart_kind
    from stratplanner.export.pdf.figure_renderer import record_figure
    from stratplanner.export.pdf.graphics import new_figure

    if analysis is None:
        analysis = analyze(job.snap)
    kind = chart_kind("roadmap")
    figure = new_figure(*job.size)
    for index, options in enumerate(job.pages):
        # Planners' text is not TeX (as charts.chart_flowable draws it).
        with rc_context({"text.parse_math": False}):
            kind.draw(figure, job.snap, analysis, options)
            operations = record_figure(figure)
        body = zlib.compress(pickle.dumps(operations, protocol=pickle.HIGHEST_PROTOCOL), 1)
        out.write(_HEADER.pack(index, len(body)))
        out.write(body)
        out.flush()


if __name__ == "__main__":
    raise SystemExit(main())
