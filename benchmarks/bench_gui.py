"""Desktop app benchmarks on the 20,000-item synthetic plan (issue 3).

Run:  python benchmarks/bench_gui.py [--items 20000] [--plan PATH]

Targets: launch to an interactive window < 3 s; each keystroke in the roadmap
filter box shown < 100 ms; one cell edit shown and on disk < 50 ms; scrolling
never reloads the plan; memory < 500 MB. Figures are printed, not asserted.
Runs offscreen; times include painting the visible part of the table.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import stratplanner.snapshot as snapshot_package
import stratplanner.snapshot.snapshot as snapshot_module
from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.ui.app import application
from stratplanner.ui.context import AppContext
from stratplanner.ui.settings import AppSettings


def build_plan(items: int, target: Path) -> float:

    start = time.perf_counter()
    parsed = parse_plan_dict(synthetic_plan_dict(items))
    create_plan_from_parsed(parsed, target, overwrite=True)
    return time.perf_counter() - start


LAUNCH = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    import stratplanner.cli.main  # what 'stratplanner PLAN' loads before the GUI
    from stratplanner.ui.app import application
    from stratplanner.ui.context import AppContext
    from stratplanner.ui.settings import AppSettings
    plan, settings_dir, view = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = application()
    settings = AppSettings.at(settings_dir / "settings.ini")
    settings.last_view = view
    context = AppContext(settings, data_dir=settings_dir)
    window = context.new_window()
    window.resize(1600, 1000)
    window.open_path(plan)

    def shown():
        window.repaint()
        print("WINDOW", flush=True)

    def ready():
        if window.live is None:
            QTimer.singleShot(10, ready)
            return
        window.repaint()
        print("READY", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    QTimer.singleShot(0, ready)
    app.exec()
    """
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def launch_seconds(plan: Path, view: str) -> tuple[float, float, float]:
    """(window responsive, plan shown, CPU seconds used) from starting the process."""
    marks = {}
    cpu = _children_cpu()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, str(plan), tmp, view],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            marks[line.strip()] = time.perf_counter() - start
            if line.startswith("READY"):
                break
        else:
            raise RuntimeError("the app did not become ready")
        proc.wait(timeout=60)
    return marks["WINDOW"], marks["READY"], _children_cpu() - cpu


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def ms(values: list[float], cpu: list[float] | None = None) -> str:
    text = (
        f"median {statistics.median(values) * 1000:.1f} ms, "
        f"max {max(values) * 1000:.1f} ms (n={len(values)})"
    )
    if cpu:
        text += f"; CPU median {statistics.median(cpu) * 1000:.1f} ms"
    return text


def idle(app: QApplication, seconds: float) -> None:
    """Let the app run as it would while the user reads the screen."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def paint_counter(widget):  # type: ignore[no-untyped-def]
    """Counts the paint events a widget gets, to be sure a timing includes painting."""

    class Counter(QObject):
        count = 0

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return counter


def in_process(plan: Path) -> None:

    loads = {"n": 0}
    original = snapshot_module.load_snapshot

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        loads["n"] += 1
        return original(*args, **kwargs)

    snapshot_module.load_snapshot = counting

    snapshot_package.load_snapshot = counting

    app = application()
    tmp = Path(tempfile.mkdtemp())
    context = AppContext(AppSettings.at(tmp / "settings.ini"), data_dir=tmp)
    window = context.new_window()
    window.resize(1600, 1000)
    window.show()
    start = time.perf_counter()
    window.open_path(plan)
    while window.live is None:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    print(f"open plan in a running app: {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    window.show_view("roadmap")
    roadmap = window.workspace.view("roadmap")
    table = roadmap.table
    table.view.repaint()
    elapsed = time.perf_counter() - start
    print(f"roadmap table of {table.model.rowCount():,} items shown: {elapsed:.2f} s")

    paints = paint_counter(table.view.viewport())
    idle(app, 0.6)

    def shown() -> None:
        """Let the app handle the input and paint what changed (as it would on screen)."""
        app.processEvents()

    # -- typing in the filter box ------------------------------------------------------
    box = table.filter_box
    box.setFocus()
    typed, typed_cpu = [], []
    for ch in "warehouse 12":
        start, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(box, ch)
        shown()
        typed.append(time.perf_counter() - start)
        typed_cpu.append(time.process_time() - cpu)
    matches = table.model.rowCount()
    erased = []
    while box.text():
        start = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_Backspace)
        shown()
        erased.append(time.perf_counter() - start)
    print(f"filter typing ('warehouse 12' → {matches:,} rows): {ms(typed, typed_cpu)}")
    assert paints.count >= len(typed), "the table was not repainted"
    print(f"filter erasing back to all {table.model.rowCount():,} rows: {ms(erased)}")

    done = next(a for a in roadmap.status_filter.choice_actions() if a.text() == "In progress")
    start = time.perf_counter()
    done.trigger()
    shown()
    elapsed = (time.perf_counter() - start) * 1000
    print(f"status filter (In progress → {table.model.rowCount():,} rows): {elapsed:.1f} ms")
    roadmap.clear_filters()
    shown()

    start = time.perf_counter()
    table.model.sort(table.model.column_of("title"))
    shown()
    print(f"sort 20,000 rows by title: {(time.perf_counter() - start) * 1000:.1f} ms")
    table.model.sort(-1)

    # -- scrolling --------------------------------------------------------------------------
    before = loads["n"]
    start = time.perf_counter()
    scroll = table.view.verticalScrollBar()
    for value in range(0, scroll.maximum(), max(1, scroll.maximum() // 50)):
        scroll.setValue(value)
        shown()
    print(
        f"scroll top to bottom in 50 steps: {(time.perf_counter() - start) * 1000:.0f} ms, "
        f"plan reloads while scrolling: {loads['n'] - before}"
    )
    scroll.setValue(0)

    # -- cell edits ------------------------------------------------------------------------
    model = table.model
    column = model.column_of("title")
    raw = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    edits, edits_cpu = [], []
    before = loads["n"]
    for n in range(20):
        index = model.index(n, column)
        title = f"Edited title {n}"
        start, cpu = time.perf_counter(), time.process_time()
        assert model.set_field_value(index, title)
        shown()
        elapsed = time.perf_counter() - start
        edits_cpu.append(time.process_time() - cpu)
        on_disk = raw.execute(
            "SELECT title FROM roadmap_item WHERE id = ?", (model.record_at(n).id,)
        ).fetchone()[0]
        assert on_disk == title, on_disk
        edits.append(elapsed)
    print(
        f"cell edit shown and on disk: {ms(edits, edits_cpu)}; "
        f"full plan reloads: {loads['n'] - before}"
    )
    undos = []
    for _ in range(5):
        start = time.perf_counter()
        window.undo_action.trigger()
        shown()
        undos.append(time.perf_counter() - start)
    print(f"undo of a cell edit: {ms(undos)}")

    quarter = []
    column = model.column_of("start")
    for n in range(20, 30):
        rec = model.record_at(n)
        if rec.start is None:
            continue
        start = time.perf_counter()
        model.set_field_value(
            model.index(n, column), str(rec.start + 1 if rec.end > rec.start else rec.start)
        )
        shown()
        quarter.append(time.perf_counter() - start)
    print(f"quarter edit (start): {ms(quarter)}")

    # -- the other views -----------------------------------------------------------------
    for key in ("overview", "objectives", "alignment", "people", "kpis"):
        start = time.perf_counter()
        window.show_view(key)
        app.processEvents()
        print(f"first show of {key}: {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} (2 cores)")

    matrix = window.workspace.view("alignment")
    window.show_view("alignment")
    matrix.table.setCurrentIndex(matrix.model.index(3, 5))
    links, links_cpu = [], []
    for digit in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_2, Qt.Key.Key_0):
        start, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(matrix.table, digit)
        app.processEvents()
        links.append(time.perf_counter() - start)
        links_cpu.append(time.process_time() - cpu)
    print(
        f"alignment matrix {matrix.model.rowCount()} × {matrix.model.columnCount():,}: "
        f"typing a strength {ms(links, links_cpu)}"
    )

    current, peak = rss_mb()
    print(f"memory with every view open: {current:.0f} MB now, {peak:.0f} MB peak")
    raw.close()
    window.close()
    QApplication.processEvents()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--plan", type=Path, help="use this plan instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / f"synthetic-{args.items}.stratplan"
        if args.plan is None:
            print(f"building a {args.items:,}-item plan: {build_plan(args.items, plan):.1f} s")
        else:
            shutil.copyfile(args.plan, plan)  # the benchmark edits it
        for view in ("overview", "roadmap"):
            runs = [launch_seconds(plan, view) for _ in range(3)]
            window = min(r[0] for r in runs)
            ready = min(r[1] for r in runs)
            cpu = min(r[2] for r in runs)
            print(
                f"launch (last view {view}): window responsive in {window:.2f} s, "
                f"plan shown in {ready:.2f} s, {cpu:.2f} s of CPU (best of {len(runs)})"
            )
        in_process(plan)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
