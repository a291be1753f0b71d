"""Plan-file benchmarks: create (JSON import), open + full load, and a single edit.

Run:  python benchmarks/bench_plan_file.py [--sizes 1000 5000 20000]
Targets (issue 2, 2-core machine): 20k items open + full load < 1.5 s,
one edit committed < 20 ms, import json of the 20k plan < 10 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stratplanner.commands import UpdateRecord
from stratplanner.io.plan_json import import_plan_json
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

OPEN_AND_LOAD = """
import sys, time
t = time.perf_counter()
from stratplanner.store import open_plan
from stratplanner.snapshot import load_snapshot
doc = open_plan(sys.argv[1], read_only=True)
snap = load_snapshot(doc.session)
print(time.perf_counter() - t, len(snap.items))
"""


def bench(size: int, folder: Path) -> dict[str, float]:
    doc_json = folder / f"plan-{size}.json"
    doc_json.write_text(json.dumps(synthetic_plan_dict(size, seed=7)), encoding="utf-8")
    plan = folder / f"plan-{size}.stratplan"

    t = time.perf_counter()
    import_plan_json(doc_json, plan)
    import_s = time.perf_counter() - t

    # Open + full load, in-process (warm imports) and as a whole fresh process.
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        doc = open_plan(plan, read_only=True)
        snap = load_snapshot(doc.session)
        runs.append(time.perf_counter() - t)
        doc.close()
    fresh = [
        float(
            subprocess.run(
                [sys.executable, "-c", OPEN_AND_LOAD, str(plan)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()[0]
        )
        for _ in range(2)
    ]

    edits = []
    with open_plan(plan) as doc:
        item = load_snapshot(doc.session).items[len(snap.items) // 2]
        for n in range(30):
            t = time.perf_counter()
            doc.execute(UpdateRecord("item", item.id, {"capex": 1000.0 + n}))
            edits.append(time.perf_counter() - t)
    return {
        "items": size,
        "links": len(snap.links),
        "teams": len(snap.teams),
        "file_mb": plan.stat().st_size / 1e6,
        "import_json_s": import_s,
        "open_load_s": min(runs),
        "open_load_fresh_process_s": min(fresh),
        "edit_ms_median": statistics.median(edits) * 1000,
        "edit_ms_max": max(edits) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            rows.append(bench(size, Path(tmp)))
    header = (
        f"{'items':>7} {'links':>7} {'teams':>5} {'MB':>6} {'import s':>9} "
        f"{'open+load s':>12} {'fresh proc s':>13} {'edit ms (med/max)':>18}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['items']:>7} {r['links']:>7} {r['teams']:>5} {r['file_mb']:>6.1f} "
            f"{r['import_json_s']:>9.2f} "
            f"{r['open_load_s']:>12.3f} {r['open_load_fresh_process_s']:>13.3f} "
            f"{r['edit_ms_median']:>9.1f}/{r['edit_ms_max']:.1f}"
        )


if __name__ == "__main__":
    main()
