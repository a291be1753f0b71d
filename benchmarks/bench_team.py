"""Team-mode benchmarks: open a 20,000-item plan from a local PostgreSQL, and one edit round trip.

Run:  python benchmarks/bench_team.py [--url postgresql+psycopg://user@host/db] [--items 20000]
Without --url a throwaway server is started (tests/pgserver.py).
Targets (issue 9): open + full load < 3 s; one edit round trip < 50 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from stratplanner.commands import UpdateRecord
from stratplanner.io.plan_json import import_plan_json
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from stratplanner.store.server_plans import publish_plan


def _throwaway_server():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[1] / "tests" / "pgserver.py"
    spec = importlib.util.spec_from_file_location("pgserver", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pgserver"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module.start_server()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url")
    parser.add_argument("--items", type=int, default=20000)
    args = parser.parse_args()
    server = None if args.url else _throwaway_server()
    base = args.url or server.url
    try:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "plan.json"
            src.write_text(json.dumps(synthetic_plan_dict(args.items, seed=7)), encoding="utf-8")
            plan = import_plan_json(src, Path(tmp) / "plan.stratplan")
            url = f"{base}?plan=bench{args.items}"
            t = time.perf_counter()
            publish_plan(plan, url, replace=True)
            publish_s = time.perf_counter() - t
        opens = []
        for _ in range(3):
            t = time.perf_counter()
            doc = open_plan(url)
            snap = load_snapshot(doc.session)
            opens.append(time.perf_counter() - t)
            doc.close()
        edits = []
        with open_plan(url) as doc:
            item = load_snapshot(doc.session).items[len(snap.items) // 2]
            for n in range(30):
                t = time.perf_counter()
                doc.execute(UpdateRecord("item", item.id, {"capex": 1000.0 + n}))
                edits.append(time.perf_counter() - t)
        print(f"items {len(snap.items)}, links {len(snap.links)}, teams {len(snap.teams)}")
        print(f"publish to server          {publish_s:8.2f} s")
        print(f"open + full load (best/3)  {min(opens):8.3f} s")
        print(
            f"edit round trip median     {statistics.median(edits) * 1000:8.1f} ms "
            f"(max {max(edits) * 1000:.1f})"
        )
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
