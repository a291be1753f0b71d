"""Sixty phones join and vote at once against the real workshop server on 127.0.0.1.

Two runs in one: first a stand-in box that commits every ballot to a bare SQLite
table (rollback journal, synchronous=FULL, as a plan file does), then the real
thing: ``PlanBallotBox`` on the sample plan, every ballot a ``CastBallot`` command
checked and committed in the plan. After the last ballot the round's results are
counted and drawn as the projector does (issue 16: within 1 s of the last ballot).
Prints: ballots stored, first-to-last ballot time, p50/p95 latency per request
kind, and a floor from the same run (bare GETs of a static file).

    .venv/bin/python benchmarks/bench_workshop_server.py [--phones 60]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import aiohttp

from stratplanner.workshop import BallotRefused, Limits, WorkshopServer

OPTIONS = [f"OPT{n}" for n in range(12)]


class SqliteBox:
    """A plan stand-in: one committed transaction per ballot, like the app's commands."""

    def __init__(self, path: Path, people: int):
        self.path = path
        self.people = [
            {"key": f"P{n}", "name": f"Participant {n}", "side": ("business", "it")[n % 2],
             "unit": None}
            for n in range(people)
        ]  # fmt: skip
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=DELETE")
            db.execute("PRAGMA synchronous=FULL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS ballot (participant TEXT PRIMARY KEY, "
                "round TEXT, abstain INTEGER, ballot_values TEXT)"
            )
            self._db = db
        return self._db

    def round_state(self) -> dict[str, Any]:
        return {
            "workshop": "Benchmark offsite", "round": "R1", "question": "Where do the dots go?",
            "method": "dots",
            "options": [{"code": c, "title": f"Item {c}", "cost": "100000", "start": "2027-Q1",
                         "end": "2027-Q4", "score": 5.0} for c in OPTIONS],
            "dots": 5, "cap": 3, "points": None, "budget": None, "currency": "USD",
            "criteria": [], "anonymity": "by_side", "open": True, "revealed": False,
            "timer_ends_at": None, "results": None,
        }  # fmt: skip

    def participants(self) -> list[dict[str, Any]]:
        return self.people

    def admit(self, name: str, side: str, unit: str | None, key: str | None) -> str:
        return key or f"NEW-{name}"

    def cast(self, participant: str, values: Any, abstain: bool) -> None:
        if not abstain and (not isinstance(values, dict) or sum(values.values()) > 5):
            raise BallotRefused("You placed more than 5 dots; take some off.")
        with self._lock:
            db = self._conn()
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "INSERT OR REPLACE INTO ballot VALUES (?, 'R1', ?, ?)",
                (participant, int(abstain), json.dumps(values)),
            )
            db.execute("COMMIT")

    def ballot_of(self, participant: str) -> dict[str, Any] | None:
        with self._lock:
            row = (
                self._conn()
                .execute(
                    "SELECT abstain, ballot_values FROM ballot WHERE participant = ?",
                    (participant,),
                )
                .fetchone()
            )
        return None if row is None else {"abstain": bool(row[0]), "values": json.loads(row[1])}

    def count(self) -> int:
        with self._lock:
            return int(self._conn().execute("SELECT count(*) FROM ballot").fetchone()[0])

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def phone(
    server: WorkshopServer, number: int, timings: dict[str, list[float]], casts: list[float]
) -> None:
    base = f"http://127.0.0.1:{server.port}"
    origin = {"Origin": server.origin}
    token = server.join_url.rsplit("/", 1)[1]
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as http:

        async def timed(kind: str, method: str, path: str, **kw: Any) -> Any:
            start = time.perf_counter()
            async with http.request(method, base + path, **kw) as response:
                raw = await response.read()
                body = json.loads(raw) if response.content_type == "application/json" else raw
                if response.status >= 400:
                    raise RuntimeError(f"{kind}: {response.status} {body}")
            end = time.perf_counter()
            timings.setdefault(kind, []).append(end - start)
            if kind == "ballot":
                casts.append(end)
            return body

        await timed("page", "GET", "/")
        await timed("entry", "POST", "/api/entry", json={"token": token}, headers=origin)
        joined = await timed(
            "join",
            "POST",
            "/api/join",
            json={"token": token, "key": f"P{number}", "nonce": secrets.token_hex(8)},
            headers=origin,
        )
        key = {"X-Workshop-Key": joined["device_key"]}
        await timed("state", "GET", "/api/state", headers=key)
        ballot = {OPTIONS[number % 12]: 2, OPTIONS[(number + 5) % 12]: 3}
        casts.append(-time.perf_counter())  # the first ballot's start, kept apart below
        await timed(
            "ballot",
            "POST",
            "/api/ballot",
            json={"nonce": secrets.token_hex(8), "values": ballot},
            headers={**key, **origin},
        )
        await timed("state", "GET", "/api/state", headers=key)


async def floor(server: WorkshopServer, count: int) -> list[float]:
    base = f"http://127.0.0.1:{server.port}"
    out: list[float] = []
    async with aiohttp.ClientSession() as http:

        async def one() -> None:
            start = time.perf_counter()
            async with http.get(base + "/s/vote.css") as response:
                await response.read()
            out.append(time.perf_counter() - start)

        await asyncio.gather(*(one() for _ in range(count)))
    return out


async def run(server: WorkshopServer, phones: int) -> tuple[dict[str, list[float]], list[float]]:
    timings: dict[str, list[float]] = {}
    marks: list[float] = []
    await asyncio.wait_for(
        asyncio.gather(*(phone(server, n, timings, marks) for n in range(phones))), timeout=120
    )
    return timings, marks


def plan_box(folder: Path, phones: int) -> tuple[Any, Any, Any]:
    """The sample plan with a workshop of ``phones`` participants and an open 12-option round."""
    from stratplanner.commands.workshop import (
        AddParticipant,
        CreateRound,
        CreateWorkshop,
        SetRoundState,
    )
    from stratplanner.io.plan_json import import_plan_json
    from stratplanner.paths import sample_plan_json
    from stratplanner.snapshot import snapshot_of
    from stratplanner.store import open_plan
    from stratplanner.workshop.plan_box import PlanBallotBox

    path = folder / "sample.stratplan"
    import_plan_json(sample_plan_json(), path)
    doc = open_plan(path)
    create = CreateWorkshop("BENCH", "Benchmark offsite")
    doc.execute(create)
    workshop_id = snapshot_of(doc).workshop_by_code["BENCH"].id
    for n in range(phones):
        doc.execute(
            AddParticipant(
                workshop_id, name=f"Participant {n}", side=("business", "it")[n % 2], code=f"P{n}"
            )
        )
    codes = [i.code for i in snapshot_of(doc).items if i.status == "proposed"][:12]
    OPTIONS[:] = codes
    make = CreateRound(workshop_id, "R1", "Where do the dots go?", "dots", codes, dots=5)
    doc.execute(make)
    doc.execute(SetRoundState(make.round_id, "open"))
    box = PlanBallotBox.for_document(doc, "BENCH", "R1")
    return doc, box, make.round_id


def results_shown(doc: Any, round_id: int) -> float:
    """Seconds to count the round and draw the projector's chart, as the app does."""
    from matplotlib.figure import Figure

    from stratplanner.analysis.workshop_outcome import round_outcome
    from stratplanner.charts.workshop import RoundChart, draw_round_results
    from stratplanner.snapshot import snapshot_of

    start = time.perf_counter()
    snap = snapshot_of(doc)
    outcome = round_outcome(snap, snap.round_by_id[round_id])
    fig = Figure(figsize=(12.8, 7.2), dpi=100)
    draw_round_results(
        fig,
        RoundChart(
            outcome.round.question,
            "dots",
            outcome.titles,
            outcome.result,
            outcome.by_side,
            outcome.disagreements,
        ),
    )
    fig.canvas.draw()
    return time.perf_counter() - start


def measure(box: Any, phones: int, limits: Limits) -> tuple[list[float], dict, list[float]]:
    server = WorkshopServer(
        box, "127.0.0.1", auto_admit_registered=True, max_participants=200, limits=limits
    )
    server.start()
    try:
        floor_times = asyncio.run(floor(server, phones))
        timings, marks = asyncio.run(run(server, phones))
    finally:
        server.stop()
    return floor_times, timings, marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=60)
    args = parser.parse_args()
    # Every phone is 127.0.0.1 here, so the per-address limit is lifted; per-key limits stay.
    limits = Limits(address_requests_per_window=100_000)
    with tempfile.TemporaryDirectory() as tmp:
        box = SqliteBox(Path(tmp) / "bench.stratplan", args.phones)
        try:
            floor_times, timings, marks = measure(box, args.phones, limits)
            stored = box.count()
        finally:
            box.close()
        report(
            "stand-in SQLite box",
            phones=args.phones,
            stored=stored,
            floor_times=floor_times,
            timings=timings,
            marks=marks,
        )
        doc, real, round_id = plan_box(Path(tmp), args.phones)
        try:
            floor_times, timings, marks = measure(real, args.phones, limits)
            from stratplanner.snapshot import snapshot_of

            stored = len(snapshot_of(doc).ballots_of(round_id))
            shown = results_shown(doc, round_id)
        finally:
            doc.close()
        report(
            "the plan (PlanBallotBox)",
            phones=args.phones,
            stored=stored,
            floor_times=floor_times,
            timings=timings,
            marks=marks,
        )
        print(
            f"results counted and the projector chart drawn after the last ballot: "
            f"{shown * 1000:.0f} ms (target < 1000 ms)"
        )
        if stored != args.phones:
            raise SystemExit(f"Only {stored} of {args.phones} ballots were stored in the plan.")


def report(
    what: str,
    *,
    phones: int,
    stored: int,
    floor_times: list[float],
    timings: dict[str, list[float]],
    marks: list[float],
) -> None:
    args = argparse.Namespace(phones=phones)
    print(f"-- {what}")
    starts = [-m for m in marks if m < 0]
    ends = [m for m in marks if m > 0]
    print(f"phones: {args.phones}; ballots stored and committed: {stored}")
    print(f"first ballot sent to last ballot stored: {(max(ends) - min(starts)) * 1000:.0f} ms")
    print(f"{'request':<8} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, values in [("floor", floor_times), *sorted(timings.items())]:
        ms = [v * 1000 for v in values]
        print(
            f"{kind:<8} {len(ms):>4} {statistics.median(ms):>8.1f} "
            f"{percentile(ms, 95):>8.1f} {max(ms):>8.1f}"
        )
    if stored != args.phones:
        raise SystemExit(f"Only {stored} of {args.phones} ballots were stored.")


if __name__ == "__main__":
    main()
