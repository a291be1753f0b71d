"""An edit on a big plan: the refreshed snapshot, then findings and the open chart (issue 19
item 1, issue 20 item 2: "an edit on 20,000 items: findings and the open chart updated
≤ 300 ms").

Run:  python benchmarks/bench_edit.py [--items 20000] [--runs 7] [--plan PATH] [--chart roadmap]

Part 1, the snapshot, each a median over ``--runs`` sponsor edits (``UpdateItem``):
- floor: ``PlanDocument.execute`` alone (the transaction and its commit);
- before: execute, then the whole snapshot read again;
- after: ``EditSession.execute``: execute, then only the touched records re-read.

Part 2, what the planner sees, for four edits of one roadmap item through the
``EditSession`` (its cost, its sponsor, its status, a link to an objective), each
followed by what the Charts view does: the analysis and its findings, then the chart it
shows by default (``--chart``, default the first chart of the registry: the roadmap, with
the view's options) drawn again on its figure and rendered to an Agg canvas of the view's
size (``--size``, 1000×650 px at 100 dpi) as the screen's ``MplCanvas`` renders it
(``charts.repaint.FrameCache``: an unchanged frame is kept). Medians of ``--runs`` edits
of each kind, taking turns so the machine's load hits each way alike:
- floor: the edit and a repaint of the figure as it was (no analysis, no new chart: a
  no-op refresh);
- before: the edit, a full ``analyze`` of the new snapshot, the chart drawn and rendered in
  full (``FigureCanvasAgg.draw``), as before issue 20 item 2;
- after: the edit, ``EditSession.analysis()`` (redoing only what the edit touched), the
  chart drawn and rendered keeping its frame when unchanged.
Wall and CPU milliseconds, with the phases of "after". Figures are printed beside the
floor, not asserted; on a loaded machine compare CPU time and ratios. The load average
is printed at start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from stratplanner.analysis import ItemFilter, PlanAnalysis, analyze
from stratplanner.app.edit_session import EditSession
from stratplanner.charts.registry import chart_kind, charts_needing
from stratplanner.charts.repaint import FrameCache
from stratplanner.commands import Command, SetLink
from stratplanner.commands.partnership import UpdateItem
from stratplanner.io.plan_json import import_plan_json
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import PlanSnapshot, snapshot_of
from stratplanner.store import open_plan

Timing = tuple[float, float]  # wall, cpu seconds


def build_plan(items: int, target: Path) -> None:
    print(f"building a {items:,}-item plan at {target} …", file=sys.stderr, flush=True)
    source = target.with_suffix(".json")
    source.write_text(json.dumps(synthetic_plan_dict(items, seed=7)), encoding="utf-8")
    import_plan_json(source, target)
    source.unlink()


def clock() -> Timing:
    return time.perf_counter(), time.process_time()


def since(start: Timing) -> Timing:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def timed(runs: int, edit: Callable[[int], None]) -> Timing:
    """Median wall and CPU seconds of ``edit(n)`` over ``runs`` edits."""
    walls, cpus = [], []
    for n in range(runs):
        start = clock()
        edit(n)
        wall, cpu = since(start)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def row(label: str, timing: Timing, floor: Timing | None = None) -> str:
    wall, cpu = timing
    ratio = f"{wall / floor[0]:>7.1f}×" if floor else " " * 8
    return f"{label:<52}{wall * 1000:>9.1f}{ratio}{cpu * 1000:>9.1f}"


# -- part 1: the snapshot ------------------------------------------------------------------


def snapshot_refresh(plan: Path, runs: int) -> dict[str, Timing]:
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

        figures = {"floor": timed(runs, floor), "before": timed(runs, before)}
    session = EditSession(open_plan(plan), versioned=True)
    try:
        for name in ("item_by_id", "links_by_item", "item_by_code"):
            getattr(session.snapshot, name)  # the lookups the views have built

        def after(n: int) -> None:
            session.execute(sponsor(n))

        figures["after"] = timed(runs, after)
    finally:
        session.close()
    return figures


# -- part 2: findings and the open chart ---------------------------------------------------


class OpenChart:
    """The Charts view's figure and canvas, drawn as the view draws it."""

    def __init__(self, name: str, size: tuple[int, int]):
        self.kind = chart_kind(name)
        # the view passes its filters (none chosen) and keeps the chart's other defaults
        self.options = replace(self.kind.options(), filters=ItemFilter())
        self.figure = Figure(figsize=(size[0] / 100, size[1] / 100), dpi=100)
        self.canvas = FigureCanvasAgg(self.figure)
        self.frames = FrameCache()  # as the view's MplCanvas renders

    def draw(self, snap: PlanSnapshot, analysis: PlanAnalysis) -> None:
        self.kind.draw(self.figure, snap, analysis, self.options)
        self.render()

    def render(self) -> None:
        self.frames.render(self.canvas)


def edits_of(snap: PlanSnapshot) -> dict[str, Callable[[int], Command]]:
    """The four edits, each alternating between two values so every run changes the plan."""
    item = snap.items[len(snap.items) // 2]
    people = [p.id for p in snap.people if p.id != item.sponsor_id][:2]
    linked = {link.objective_id for link in snap.links_by_item.get(item.id, ())}
    objective = next(
        o.id for o in snap.objectives if o.id not in linked and not snap.is_theme(o.id)
    )
    return {
        "cost": lambda n: UpdateItem(item.id, {"capex": item.capex + 10_000.0 * (1 + n % 2)}),
        "sponsor": lambda n: UpdateItem(item.id, {"sponsor_id": people[n % 2]}),
        "status": lambda n: UpdateItem(item.id, {"status": ("approved", "cancelled")[n % 2]}),
        "link": lambda n: SetLink(objective, item.id, 1 + n % 2),
    }


def edit_and_chart(plan: Path, runs: int, chart: str, size: tuple[int, int]) -> dict[str, Any]:
    session = EditSession(open_plan(plan), versioned=True)
    opened = OpenChart(chart, size)
    try:
        opened.draw(session.snapshot, session.analysis())  # the view as it was opened
        edits = edits_of(session.snapshot)
        samples: dict[tuple[str, str], list[Timing]] = {}
        frames: list[str] = []
        phases: dict[tuple[str, str], list[float]] = {}

        def note(key: tuple[str, str], timing: Timing) -> None:
            samples.setdefault(key, []).append(timing)

        def phase(key: tuple[str, str], cpu: float) -> None:
            phases.setdefault(key, []).append(cpu)

        for n in range(runs):
            for kind, make in edits.items():
                # floor: the edit and a repaint of the figure as it was
                start = clock()
                session.execute(make(n))
                opened.render()
                note((kind, "floor"), since(start))
                session.analysis()  # the next way starts from an analysis that is current

                # before: a full analysis of the new snapshot
                start = clock()
                session.execute(make(n + 1))
                analysis = analyze(session.snapshot)
                analysis.finding_counts()
                opened.kind.draw(opened.figure, session.snapshot, analysis, opened.options)
                opened.canvas.draw()  # every text rasterised again
                note((kind, "before"), since(start))
                session.analysis()

                # after: the analysis redone for what the edit touched
                start = clock()
                session.execute(make(n))
                edited = since(start)[1]
                analysis = session.analysis()
                analysis.finding_counts()
                analysed = since(start)[1]
                opened.kind.draw(opened.figure, session.snapshot, analysis, opened.options)
                drawn = since(start)[1]
                opened.render()
                note((kind, "after"), since(start))
                frames.append(opened.frames.last)
                phase((kind, "edit"), edited)
                phase((kind, "analysis"), analysed - edited)
                phase((kind, "chart draw"), drawn - analysed)
                phase((kind, "render"), since(start)[1] - drawn)
        items = len(session.snapshot.items)
    finally:
        session.close()
    medians = {
        key: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
        for key, got in samples.items()
    }
    return {
        "items": items,
        "medians": medians,
        "phases": {key: statistics.median(got) for key, got in phases.items()},
        "edits": list(edits),
        "renders": {way: frames.count(way) for way in ("frame", "text", "full")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7, help="edits of each kind (median)")
    parser.add_argument("--plan", type=Path, help="an existing plan to copy (edited, not kept)")
    default_chart = next(iter(charts_needing("items")))
    parser.add_argument("--chart", default=default_chart, help=f"default {default_chart}")
    parser.add_argument("--size", default="1000x650", help="chart canvas, pixels (100 dpi)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "big.stratplan"
        if args.plan is None:
            build_plan(args.items, plan)
        else:
            shutil.copyfile(args.plan, plan)
        load_start = os.getloadavg()
        refresh = snapshot_refresh(plan, args.runs)
        seen = edit_and_chart(plan, args.runs, args.chart, (width, height))
        load_end = os.getloadavg()
    print(f"\nload average {load_start[0]:.2f} / {load_start[1]:.2f} at start (2 cores)")
    print(f"\n1. sponsor edit (UpdateItem) on {seen['items']:,} items, {args.runs} edits: snapshot")
    print(f"{'way':<52}{'wall ms':>9}{'÷floor':>8}{'cpu ms':>9}")
    labels = {
        "floor": "floor: execute and commit only",
        "before": "before: execute + full snapshot reload",
        "after": "after: EditSession.execute (partial)",
    }
    for key, timing in refresh.items():
        print(row(labels[key], timing, refresh["floor"]))
    print(
        f"\n2. an edit, then findings and the {args.chart} chart ({width}×{height} px, Agg), "
        f"median of {args.runs} each"
    )
    print(f"{'edit / way':<52}{'wall ms':>9}{'÷floor':>8}{'cpu ms':>9}")
    medians = seen["medians"]
    ways = {
        "floor": "floor: edit + repaint as it was",
        "before": "before: edit + full analyze + full render",
        "after": "after: edit + incremental analysis + kept frame",
    }
    for kind in seen["edits"]:
        for way, label in ways.items():
            print(row(f"{kind}: {label}", medians[(kind, way)], medians[(kind, "floor")]))
    renders = seen["renders"]
    print(
        f"\nrenders after an edit: {renders['frame']} kept the chart's frame, {renders['text']} "
        f"kept it and redrew a changed count or subtitle, {renders['full']} in full"
    )
    print("\nphases of 'after', cpu ms (median):")
    names = ("edit", "analysis", "chart draw", "render")
    print(f"{'edit':<10}" + "".join(f"{name:>12}" for name in names))
    for kind in seen["edits"]:
        print(f"{kind:<10}" + "".join(f"{seen['phases'][(kind, n)] * 1000:>12.1f}" for n in names))
    print(f"\nload average {load_end[0]:.2f} / {load_end[1]:.2f} at end")


if __name__ == "__main__":
    main()
