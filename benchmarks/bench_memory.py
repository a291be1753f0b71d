"""The app's memory with a 20,000-item plan open and every view visited (issue 20: ≤ 400 MB).

Run:  python benchmarks/bench_memory.py [--items 20000] [--plan PATH] [--repeat 3] [--trace]

Each figure is a whole process, its peak resident set (``ru_maxrss`` from ``os.wait4``),
offscreen, median of ``--repeat`` runs taking turns:
- app: the main window (1600×1000) opens the plan, then shows every view of
  ``BUILT_IN_VIEWS`` in turn (each settled: debounced charts drawn), processing events
  and painting after each; the process prints its resident set after each view;
- floor: a bare PySide6 process showing an empty 1600×1000 main window and painting it.
``--trace`` runs the app once more under ``tracemalloc`` and prints, per view, the Python
memory it added and the lines that allocated most of it (slower; not the figures above).
The load average is printed at start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SIZE = (1600, 1000)


def resident_mb() -> float:
    """This process's resident set now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


# -- the measured processes ------------------------------------------------------------------


def child_floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(*SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.repaint()
    window.grab()
    print(json.dumps({"step": "window shown", "rss": resident_mb(), "peak": peak_mb()}))
    window.close()


def child_app(plan: Path, trace: bool) -> None:
    if trace:
        import tracemalloc

        tracemalloc.start()
    from PySide6.QtWidgets import QApplication

    from stratplanner.ui.app import application
    from stratplanner.ui.context import AppContext
    from stratplanner.ui.settings import AppSettings
    from stratplanner.ui.views import BUILT_IN_VIEWS

    app = application()
    tmp = Path(tempfile.mkdtemp())
    context = AppContext(AppSettings.at(tmp / "settings.ini"), data_dir=tmp)
    window = context.new_window()
    window.resize(*SIZE)
    window.show()
    snapshots: list[Any] = []

    def note(step: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.repaint()
        line: dict[str, Any] = {"step": step, "rss": resident_mb(), "peak": peak_mb()}
        if trace:
            import tracemalloc

            snapshots.append(tracemalloc.take_snapshot())
            if len(snapshots) > 1:
                stats = snapshots[-1].compare_to(snapshots[-2], "lineno")
                line["python_mb"] = sum(s.size_diff for s in stats) / 2**20
                line["top"] = [
                    (round(s.size_diff / 2**20, 1), str(s.traceback[0]))
                    for s in sorted(stats, key=lambda s: -s.size_diff)[:4]
                ]
                snapshots.pop(0)
        print(json.dumps(line), flush=True)

    note("window shown")
    window.open_path(plan, background=False)
    note("plan open")
    workspace = window.workspace
    assert workspace is not None
    for spec in BUILT_IN_VIEWS:
        view = workspace.show_view(spec.key)
        view.settle()
        note(spec.key)
    window.close()
    QApplication.processEvents()


# -- the parent: runs, medians, the table ----------------------------------------------------


def run_measured(args: list[str]) -> tuple[float, list[dict[str, Any]]]:
    """One measured process: its peak RSS in MB (``os.wait4``: the whole process) and the
    lines it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.posix_spawn(
            sys.executable, [sys.executable, str(HERE), *args], env,
            file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                          (os.POSIX_SPAWN_DUP2, err.fileno(), 2)],
        )  # fmt: skip
        _pid, status, usage = os.wait4(pid, 0)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"{' '.join(args)} failed:\n{err.read().decode(errors='replace')}")
        lines = [json.loads(x) for x in out.read().decode().splitlines() if x.startswith("{")]
    return usage.ru_maxrss / 1024, lines  # KB on Linux


def build_plan(items: int, target: Path) -> None:
    from stratplanner.io.plan_json import import_plan_json
    from stratplanner.io.synthetic import synthetic_plan_dict

    print(f"building a {items:,}-item plan …", file=sys.stderr, flush=True)
    source = target.with_suffix(".json")
    source.write_text(json.dumps(synthetic_plan_dict(items, seed=7)), encoding="utf-8")
    import_plan_json(source, target)
    source.unlink()


def report(
    repeat: int, peaks: dict[str, list[float]], steps: list[dict[str, Any]], load: Any
) -> None:
    print(f"\nload average {load[0]:.2f} / {load[1]:.2f} at start (2 cores)")
    app, floor = statistics.median(peaks["app"]), statistics.median(peaks["floor"])
    print(f"\npeak RSS, whole process (os.wait4), median of {repeat}; target app ≤ 400 MB")
    print(f"{'process':<60}{'MB':>8}")
    print(f"{'floor: bare PySide6 window, shown and painted':<60}{floor:>8.0f}")
    label = "app: 20,000-item plan open, every view visited"
    print(f"{label:<60}{app:>8.0f}   ({app - floor:+.0f} MB over the floor)")
    print(f"\nresident set after each step (last app run), MB:\n{'step':<24}{'rss':>8}{'peak':>8}")
    for line in steps:
        print(f"{line['step']:<24}{line['rss']:>8.0f}{line['peak']:>8.0f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--plan", type=Path, help="an existing plan to copy")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--trace", action="store_true", help="also where Python memory goes")
    parser.add_argument("--child", choices=("app", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--child-plan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "floor":
        child_floor()
        return
    if args.child == "app":
        child_app(args.child_plan, args.child_trace)
        return
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "big.stratplan"
        if args.plan is None:
            build_plan(args.items, plan)
        else:
            shutil.copyfile(args.plan, plan)
        load_start = os.getloadavg()
        peaks: dict[str, list[float]] = {"app": [], "floor": []}
        steps: list[dict[str, Any]] = []
        for _ in range(args.repeat):
            peak, steps = run_measured(["--child", "app", "--child-plan", str(plan)])
            peaks["app"].append(peak)
            peaks["floor"].append(run_measured(["--child", "floor"])[0])
        report(args.repeat, peaks, steps, load_start)
        if args.trace:
            traced = run_measured(["--child", "app", "--child-plan", str(plan), "--child-trace"])
            print("\nPython memory added by each step (tracemalloc), MB, and its biggest sources:")
            for line in traced[1]:
                if "python_mb" in line:
                    print(f"{line['step']:<24}{line['python_mb']:>8.1f}")
                    for size, where in line["top"]:
                        print(f"{'':<6}{size:>6.1f}  {where}")
        load_end = os.getloadavg()
    print(f"\nload average {load_end[0]:.2f} / {load_end[1]:.2f} at end")


if __name__ == "__main__":
    main()
