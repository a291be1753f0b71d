"""Time the pairwise tally at workshop scale: 40 options, 60 people, all 780 pairs each.

Run from the repository root::

    .venv/bin/python benchmarks/bench_workshop_tally.py
    .venv/bin/python benchmarks/bench_workshop_tally.py --options 60 --people 80 --repeat 5

The results screen re-tallies after every ballot, so the whole round must count
well under 0.5 s. The floor is the time to merely iterate the same answers in
the same process, so a slow machine shows as a slow floor rather than a slow
tally. Figures are the best of ``--repeat`` runs; "cpu" is process time.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from stratplanner.analysis.workshop import Ballot, RoundSpec, tally, validate_ballot

BUDGET_S = 0.5


def timed(step: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Best wall and cpu seconds of ``repeat`` runs."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def pairwise_ballots(options: list[str], people: int, seed: int) -> list[Ballot]:
    """Each person ranks the options privately with noise and answers every pair from it."""
    rng = random.Random(seed)
    pairs = [(a, b) for i, a in enumerate(options) for b in options[i + 1 :]]
    out = []
    for p in range(people):
        strength = {c: i + rng.gauss(0, len(options) / 3) for i, c in enumerate(options)}
        answers = []
        for a, b in pairs:
            winner = "tie" if rng.random() < 0.03 else max(a, b, key=strength.__getitem__)
            answers.append([a, b, winner] if rng.random() < 0.5 else [b, a, winner])
        out.append(Ballot(f"p{p}", "business" if p % 2 else "it", answers))
    return out


def money_ballots(options: list[str], people: int, seed: int) -> list[Ballot]:
    rng = random.Random(seed)
    out = []
    for p in range(people):
        chosen = rng.sample(options, 5)
        out.append(Ballot(f"p{p}", "it", {c: str(rng.randint(0, 20_000)) for c in chosen}))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=40)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    options = [f"RM-{i:03d}" for i in range(args.options)]
    spec = RoundSpec("pairwise", tuple(options), anonymity="named")
    ballots = pairwise_ballots(options, args.people, seed=7)
    answers = sum(len(b.values) for b in ballots)

    def iterate() -> None:
        n = 0
        for ballot in ballots:
            for _a, _b, _w in ballot.values:
                n += 1

    def check() -> None:
        for ballot in ballots:
            validate_ballot(spec, ballot.values)

    floor = timed(iterate, args.repeat)
    checking = timed(check, args.repeat)
    counting = timed(lambda: tally(spec, ballots), args.repeat)
    result = tally(spec, ballots)

    budget_spec = RoundSpec(
        "budget",
        tuple(options),
        budget=Decimal(100_000),
        costs={c: Decimal(150_000) for c in options},
    )
    spending = money_ballots(options, args.people, seed=3)
    budget = timed(lambda: tally(budget_spec, spending), args.repeat)

    print(f"pairwise: {args.options} options, {args.people} people, {answers:,} answers")
    rows = [
        ("floor: iterate the answers", floor),
        ("validate every ballot", checking),
        ("tally (re-checks ballots)", counting),
        ("budget tally, same people", budget),
    ]
    for label, (wall, cpu) in rows:
        print(f"  {label:<28} {wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms cpu")
    print(f"  tally ÷ floor: {counting[0] / floor[0]:.0f}×; budget {BUDGET_S * 1000:.0f} ms")
    print(f"  top 3: {[(r.code, r.score) for r in result.results[:3]]}")
    print(f"  explanation: {len(result.explanation)} sentences")
    for sentence in result.explanation[:3]:
        print(f"    {sentence[:150]}")
    ok = counting[0] < BUDGET_S
    print("OK" if ok else f"SLOW: tally over {BUDGET_S} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
