"""A sponsor edit on a big plan: time from apply to the refreshed snapshot (issue 19 item 1).

Run:  python benchmarks/bench_edit.py [--items 20000] [--edits 15] [--plan PATH]

Three ways, in one run on one plan, each a median over ``--edits`` edits of one
roadmap item's sponsor (``UpdateItem``, one field):
- floor: ``PlanDocument.execute`` alone (the transaction and its commit);
- before: execute, then the whole snapshot read again, as the GUI did while
  ``UpdateItem`` couldn't say what it touched;
- after: ``EditSession.execute``: execute, then only the touched records re-read.
Figures are printed beside the floor, not asserted; on a loaded machine compare
ratios, not seconds. The load average is printed at start and end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from stratplanner.app.edit_session import EditSession
from stratplanner.commands.partnership import UpdateItem
from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import snapshot_of
from stratplanner.store import open_plan


def build_plan(items: int, target: Path) -> None:
    print(f"building a {items:,}-item plan at {target} …", file=sys.stderr, flush=True)
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(items, seed=7)), target)


def timed(runs: int, edit: Callable[[int], None]) -> tuple[float, float]:
    """Median wall and CPU seconds of ``edit(n)`` over ``runs`` edits."""
    walls, cpus = [], []
    for n in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        edit(n)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--plan", type=Path, help="an existing plan to copy edits into")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = args.plan or Path(tmp) / "big.stratplan"
        if args.plan is None:
            build_plan(args.items, plan)
        load_start = os.getloadavg()
        with open_plan(plan) as doc:  # a plain document: no session listening to it
            snap = snapshot_of(doc)
            item = snap.items[len(snap.items) // 2]
            people = [p.id for p in snap.people if p.id != item.sponsor_id][:2]

            def sponsor(n: int) -> UpdateItem:
                return UpdateItem(item.id, {"sponsor_id": people[n % 2]})

            def floor(n: int) -> None:
                doc.execute(sponsor(n))

            def before(n: int) -> None:
                doc.execute(sponsor(n))
                snapshot_of(doc)  # the whole plan read again

            figures = {"floor": timed(args.edits, floor), "before": timed(args.edits, before)}
        session = EditSession(open_plan(plan), versioned=True)
        try:
            for name in ("item_by_id", "links_by_item", "item_by_code"):
                getattr(session.snapshot, name)  # the lookups the views have built

            def after(n: int) -> None:
                session.execute(sponsor(n))

            figures["after"] = timed(args.edits, after)
        finally:
            session.close()
        load_end = os.getloadavg()
    items = len(snap.items)
    print(f"\nsponsor edit (UpdateItem, one field) on a {items:,}-item plan, {args.edits} edits")
    print(f"load average {load_start[0]:.2f} / {load_start[1]:.2f} at start (2 cores)")
    floor_wall = figures["floor"][0]
    print(f"{'way':<44}{'wall ms':>9}{'÷floor':>8}{'cpu ms':>8}")
    labels = {
        "floor": "floor: execute and commit only",
        "before": "before: execute + full snapshot reload",
        "after": "after: EditSession.execute (partial)",
    }
    for key, (wall, cpu) in figures.items():
        print(f"{labels[key]:<44}{wall * 1000:>9.1f}{wall / floor_wall:>7.1f}×{cpu * 1000:>8.1f}")
    print(f"load average {load_end[0]:.2f} / {load_end[1]:.2f} at end")


if __name__ == "__main__":
    main()
