"""Desktop app benchmarks on the 20,000-item synthetic plan (issue 3), start-up (issue 20).

Run:  python benchmarks/bench_gui.py [--items 20000] [--plan PATH]
      python benchmarks/bench_gui.py --startup [--before REV]   # start-up against its floor
      python benchmarks/bench_gui.py --views [--items 20000]    # first show of every view

Start-up (issue 20 item 1: ≤ 1.5× the floor): whole fresh processes, median of
``--repeat``, wall and CPU (``wait4``) to the first painted window: the sample
plan's Overview through ``ui.app.run`` (what ``stratplanner PLAN`` runs), the
welcome page, and ``stratplanner screenshot SAMPLE --view overview`` to its end;
beside them the floor of the same run, a PySide6 + SQLAlchemy program that reads
a table of the same plan, shows it in a window and grabs it. ``--before REV``
adds the same runs on that commit's source (``git archive``). Modules load from
bytecode under a temporary ``PYTHONPYCACHEPREFIX``, filled by an unmeasured run.

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
import tarfile
import tempfile
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

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


#: The floor: PySide6 + SQLAlchemy, a window with a table read from the plan, grabbed.
FLOOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
    import sqlalchemy as sa
    from sqlalchemy.orm import Session
    app = QApplication(sys.argv[:1])
    engine = sa.create_engine(f"sqlite:///{sys.argv[1]}")
    with Session(engine) as session:
        rows = session.execute(sa.text("SELECT code, title FROM roadmap_item LIMIT 60")).all()
    window = QMainWindow()
    table = QTableWidget(len(rows), 2)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    window.setCentralWidget(table)
    window.resize(1600, 1000)
    window.show()
    def painted():
        window.grab()
        print("PAINTED", flush=True)
        app.quit()
    QTimer.singleShot(0, painted)
    app.exec()
    """
)

#: ``stratplanner [PLAN]``: ``ui.app.run`` until its first window (with a plan: the plan's
#: view, not the opening page) is shown, then grabbed.
FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import stratplanner.cli.main  # what 'stratplanner PLAN' loads before the GUI
    from stratplanner.ui import app as app_module
    app = app_module.application()
    want_plan = len(sys.argv) > 1
    def painted():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        window = next((w for w in windows if hasattr(w, "workspace")), None)
        view = None
        if window is not None and want_plan and window.workspace is not None:
            view = window.workspace.current_view()
        if window is None or (want_plan and (view is None or not view.isVisible())):
            QTimer.singleShot(2, painted)
            return
        window.grab()
        print("PAINTED", flush=True)
        app.quit()
    QTimer.singleShot(0, painted)
    sys.exit(app_module.run(sys.argv[1:]))
    """
)


def _source_of(rev: str, folder: Path) -> Path:
    """The ``src`` folder of commit ``rev``, unpacked into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "src.tar"
    with archive.open("wb") as out:
        subprocess.run(
            ["git", "archive", rev, "src"],
            cwd=Path(__file__).resolve().parents[1],
            stdout=out,
            check=True,
        )
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def _process(args: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall to the PAINTED line or the end, CPU of the whole process) of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(args), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    wall = None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            wall = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(args[:4])} … failed")
    if wall is None:
        wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime


def startup(plan: Path, repeat: int, before: str | None) -> None:
    """Start to first painted window, against the PySide6 + SQLAlchemy floor of the same run."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
        )
        root = Path(__file__).resolve().parents[1]
        variants = {"now": {**env, "PYTHONPATH": str(root / "src")}}
        if before:
            old = _source_of(before, Path(tmp) / "before")
            variants[before] = {**env, "PYTHONPATH": str(old)}
        shot = str(Path(tmp) / "shot.png")
        steps = {
            "overview painted (app.run PLAN)": [sys.executable, "-c", FIRST_PAINT, str(plan)],
            "welcome painted (app.run)": [sys.executable, "-c", FIRST_PAINT],
            "screenshot --view overview": [
                sys.executable,
                "-m",
                "stratplanner",
                "screenshot",
                str(plan),
                "--view",
                "overview",
                "-o",
                shot,
            ],
        }
        floor_args = [sys.executable, "-c", FLOOR, str(plan)]
        _process(floor_args, env)  # unmeasured: bytecode into the cache
        for venv in variants.values():
            for args in steps.values():
                _process(args, venv)
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        load_before = os.getloadavg()[0]
        for _ in range(repeat):  # interleaved, so a change of load hits every line alike
            runs.setdefault(("floor", ""), []).append(_process(floor_args, env))
            for name, venv in variants.items():
                for label, args in steps.items():
                    runs.setdefault((label, name), []).append(_process(args, venv))
        floor_wall = statistics.median(r[0] for r in runs[("floor", "")])
        floor_cpu = statistics.median(r[1] for r in runs[("floor", "")])
        print(
            f"floor, PySide6 + SQLAlchemy window with a table, grabbed: {floor_wall:.3f} s wall, "
            f"{floor_cpu:.3f} s CPU (median of {repeat})"
        )
        print(
            f"{'start to first paint':<36}{'code':>9}{'wall s':>8}{'÷floor':>8}{'cpu s':>7}"
            f"{'÷floor':>8}"
        )
        for (label, name), values in runs.items():
            if label == "floor":
                continue
            wall = statistics.median(r[0] for r in values)
            cpu = statistics.median(r[1] for r in values)
            print(
                f"{label:<36}{name:>9}{wall:>8.3f}{wall / floor_wall:>7.2f}×{cpu:>7.3f}"
                f"{cpu / floor_cpu:>7.2f}×"
            )
        print(
            f"load average: {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (2 cores); "
            "target ≤ 1.5× the floor"
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


def paint_counter(widget: QWidget) -> Any:
    """Counts the paint events a widget gets, to be sure a timing includes painting."""

    class Counter(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return counter


def in_process(plan: Path) -> None:

    loads = {"n": 0}
    original = snapshot_module.load_snapshot

    def counting(*args: Any, **kwargs: Any) -> Any:
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
    assert window.workspace is not None
    roadmap: Any = window.workspace.view("roadmap")  # a RoadmapView: its table and filters
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
        QTest.keyClick(box, ch[0])  # type: ignore[call-overload]  # one character
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

    assert window.workspace is not None
    matrix: Any = window.workspace.view("alignment")  # an AlignmentView: its table and model
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


def every_view(plan: Path, keys: Sequence[str] | None = None) -> None:
    """First show of every view on ``plan``: wall and CPU of this process, painted."""
    from stratplanner.ui.views import view_specs

    app = application()
    tmp = Path(tempfile.mkdtemp())
    context = AppContext(AppSettings.at(tmp / "settings.ini"), data_dir=tmp)
    window = context.new_window()
    window.resize(1600, 1000)
    window.show()
    start, cpu = time.perf_counter(), time.process_time()
    window.open_path(plan, background=False)
    app.processEvents()
    print(
        f"open plan (Overview shown): {time.perf_counter() - start:.2f} s wall, "
        f"{time.process_time() - cpu:.2f} s CPU"
    )
    assert window.workspace is not None
    print(f"{'first show of':<24}{'wall s':>8}{'cpu s':>8}")
    for spec in view_specs():
        if keys and spec.key not in keys:
            continue
        start, cpu = time.perf_counter(), time.process_time()
        view = window.workspace.show_view(spec.key)
        view.settle()
        app.processEvents()
        window.repaint()
        wall, used = time.perf_counter() - start, time.process_time() - cpu
        flag = "  > 2 s CPU" if used > 2 else ""
        print(f"{spec.key:<24}{wall:>8.2f}{used:>8.2f}{flag}")
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores); target ≤ 2 s per view")
    window.close()
    app.processEvents()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--plan", type=Path, help="use this plan instead of building one")
    parser.add_argument(
        "--startup", action="store_true", help="only start-up to first paint, with its floor"
    )
    parser.add_argument("--before", metavar="REV", help="--startup also on this commit's source")
    parser.add_argument("--repeat", type=int, default=5, help="--startup runs of each (median)")
    parser.add_argument(
        "--views", nargs="*", metavar="KEY", help="only the first show of every view (or these)"
    )
    args = parser.parse_args()
    if args.startup:
        from stratplanner.io.plan_json import import_plan_json
        from stratplanner.paths import sample_plan_json

        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "Sample plan.stratplan"
            import_plan_json(sample_plan_json(), sample)
            startup(sample, args.repeat, args.before)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / f"synthetic-{args.items}.stratplan"
        if args.plan is None:
            print(f"building a {args.items:,}-item plan: {build_plan(args.items, plan):.1f} s")
        else:
            shutil.copyfile(args.plan, plan)  # the benchmark edits it
        if args.views is not None:
            every_view(plan, args.views)
            return 0
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
