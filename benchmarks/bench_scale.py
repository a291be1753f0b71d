"""Bulk paths at scale (issue 20 items 4-5): whole ``stratplanner`` processes on big plans.

Run from the repository root::

    .venv/bin/python benchmarks/bench_scale.py                      # 20,000 and 100,000 items
    .venv/bin/python benchmarks/bench_scale.py --items 20000 --before b9965e5 --after HEAD
    .venv/bin/python benchmarks/bench_scale.py --keep /tmp/scale    # plans kept and reused

Each command runs as a fresh process (``python -m stratplanner …``), as a user
runs it: wall seconds (median of ``--repeat``), CPU seconds (user + system, which
other work on a shared machine disturbs less) and the peak resident memory of
that process (``wait4``). Beside each sits the floor of the same run: a fresh
Python process reading every row of every table of the same file with the
standard ``sqlite3`` module. ``--before REV`` runs the same commands with the
source of an older commit (``git archive``) on ``PYTHONPATH``, for before/after
figures from one run. The load average is printed with the figures: on a
loaded machine compare ratios to the floor, not seconds.

Modules load from compiled bytecode, as in an installed app: the processes write
theirs under a temporary ``PYTHONPYCACHEPREFIX`` (``PYTHONDONTWRITEBYTECODE``,
set on the shared machine, would otherwise compile every module of ours from
source in every run: 0.15-0.2 s), filled by one unmeasured run of every command
on a small plan first.

Targets (issue 20, 20,000 items): ``export json`` ≤ 2 s and ≤ 10× the raw read;
``analyze --json`` ≤ 1.5 s; any ``chart`` ≤ 2 s. 100,000 items: every step runs
without error in bounded memory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHARTS = ("roadmap", "heatmap", "bubbles", "investment", "capacity", "coverage")

RAW_READ = """
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
print(sum(len(db.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables))
"""


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float


def run_process(args: Sequence[str], env: dict[str, str], cwd: Path) -> Run:
    """One process to its end: wall, CPU and peak RSS of that process alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(args), env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def summary(runs: Sequence[Run]) -> Run:
    """Median wall and CPU, the highest peak memory."""
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.rss_mb for r in runs),
    )


def measure(args: Sequence[str], env: dict[str, str], cwd: Path, repeat: int) -> Run:
    return summary([run_process(args, env, cwd) for _ in range(repeat)])


def build_plan(items: int, target: Path) -> None:
    from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
    from stratplanner.io.synthetic import synthetic_plan_dict

    print(f"building a {items:,}-item plan at {target} …", file=sys.stderr, flush=True)
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(items=items)), target)


def source_of(rev: str, folder: Path) -> Path:
    """The ``src`` folder of commit ``rev``, unpacked into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "src.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def commands(plan: Path, out: Path, charts: Sequence[str]) -> list[tuple[str, list[str]]]:
    cli = [sys.executable, "-m", "stratplanner"]
    steps = [
        ("info (open + summary)", [*cli, "info", str(plan)]),
        ("export json", [*cli, "export", "json", str(plan), "-o", str(out / "plan.json")]),
        ("analyze --json", [*cli, "analyze", str(plan), "--json"]),
    ]
    steps += [
        (
            f"chart {kind}",
            [*cli, "chart", "--kind", kind, str(plan), "-o", str(out / f"{kind}.png")],
        )
        for kind in charts
    ]
    return steps


def bench_size(
    plan: Path, out: Path, variants: dict[str, dict[str, str]], repeat: int, charts: Sequence[str]
) -> None:
    env = dict(os.environ)
    floor = measure([sys.executable, "-c", RAW_READ, str(plan)], env, out, repeat)
    load_before = os.getloadavg()
    size_mb = plan.stat().st_size / 1e6
    print(f"\n{plan.name}: {size_mb:.0f} MB; load average {load_before[0]:.2f} (2 cores) at start")
    print(
        f"floor, raw sqlite3 read of every table (fresh process): {floor.wall:.3f} s wall, "
        f"{floor.cpu:.3f} s cpu, {floor.rss_mb:.0f} MB"
    )
    header = f"{'step':<24}{'code':>8}{'wall s':>9}{'÷floor':>8}{'cpu s':>8}{'÷floor':>8}{'MB':>7}"
    print(header)
    print("-" * len(header))
    for label, args in commands(plan, out, charts):
        # Variants take turns, so a change in the machine's load hits each alike.
        runs: dict[str, list[Run]] = {name: [] for name in variants}
        for _ in range(repeat):
            for name, variant_env in variants.items():
                for leftover in out.glob("plan.json"):
                    leftover.unlink()
                runs[name].append(run_process(args, variant_env, out))
        for name, taken in runs.items():
            run = summary(taken)
            print(
                f"{label:<24}{name:>8}{run.wall:>9.3f}{run.wall / floor.wall:>7.1f}×"
                f"{run.cpu:>8.3f}{run.cpu / floor.cpu:>7.1f}×{run.rss_mb:>7.0f}",
                flush=True,
            )
    load_after = os.getloadavg()
    print(f"load average {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f} at end")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", metavar="REV", help="also run the source of this commit")
    parser.add_argument(
        "--after", metavar="REV", help="run this commit's source as 'now' (default: the checkout)"
    )
    parser.add_argument("--charts", help="comma-separated chart kinds (default: all)")
    parser.add_argument("--keep", type=Path, help="folder for the plans, reused next time")
    args = parser.parse_args(argv)
    charts = args.charts.split(",") if args.charts else list(CHARTS)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        variants = {"now": base_env}
        if args.after:
            new_src = source_of(args.after, Path(tmp) / "after")
            variants["now"] = {**base_env, "PYTHONPATH": str(new_src)}
        if args.before:
            old_src = source_of(args.before, Path(tmp) / "before")
            variants["before"] = {**base_env, "PYTHONPATH": str(old_src)}
        out = Path(tmp) / "out"
        out.mkdir()
        small = Path(tmp) / "warm-up.stratplan"
        build_plan(200, small)
        for variant_env in variants.values():
            for _label, step in commands(small, out, charts):
                for leftover in out.glob("plan.json"):
                    leftover.unlink()
                run_process(step, variant_env, out)
        for items in args.items:
            plan = folder / f"scale-{items}.stratplan"
            if not plan.exists():
                build_plan(items, plan)
            bench_size(plan, out, variants, args.repeat, charts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
