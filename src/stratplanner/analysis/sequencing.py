"""Capacity-aware sequencing: "yes, but we will not start until…", with the reason.

Rules (docs/prioritization.md):
- Items ``in_progress`` or ``done`` keep their dates and book their teams
  first (*fixed*); ``on_hold`` and ``cancelled`` items are not placed.
- Proposed and approved items are placed one at a time in priority order
  (the ranking), each at the earliest quarter that is not before its planned
  start or the horizon's start, is after all its predecessors end, and where
  every team it needs has room for its FTE in every quarter it runs (its
  planned length). A predecessor ranked lower is placed just before the first
  item that needs it, so ``rank`` is the order items were placed in.
- An item that needs more FTE than a team has, that can't fit in the horizon,
  or that waits for work that can't happen, is reported, never placed silently.
A higher-placed item is never moved by a lower one: each placement depends
only on the items placed before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from stratplanner.analysis.scoring import PrioritizationError, Ranking, ScoringModel, join_names
from stratplanner.analysis.text import number_g
from stratplanner.i18n import translate
from stratplanner.model.values import Quarter, quarter_span_label
from stratplanner.snapshot.records import ItemRec
from stratplanner.snapshot.snapshot import PlanSnapshot

EPS = 1e-9
FIXED_STATUSES = frozenset({"in_progress", "done"})
EXCLUDED_STATUSES = frozenset({"on_hold", "cancelled"})
SEQUENCED_STATUSES = frozenset({"proposed", "approved"})
#: How many bookings a reason reads before it says "and others" (keeps 20k plans fast).
_MAX_BOOKINGS_READ = 200

PLACED, FIXED, NOT_PLACED = "placed", "fixed", "not_placed"


class Placement(NamedTuple):
    """Where sequencing put one item, and why (a named tuple: cheap at 20,000 items)."""

    item_id: int
    code: str
    title: str
    #: Order it was placed in (1 = first); None for fixed and excluded items.
    rank: int | None
    planned_start: Quarter | None
    planned_end: Quarter | None
    start: Quarter | None
    end: Quarter | None
    #: "placed", "fixed" or "not_placed".
    status: str
    #: Empty when the item starts as planned.
    reason: str

    @property
    def delay(self) -> int | None:
        """Quarters later than planned (None when not placed or unscheduled)."""
        if self.start is None or self.planned_start is None:
            return None
        return self.start - self.planned_start

    @property
    def moved(self) -> bool:
        return self.status == PLACED and (
            self.start != self.planned_start or self.end != self.planned_end
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rank": self.rank,
            "planned_start": _text(self.planned_start),
            "start": _text(self.start),
            "end": _text(self.end),
            "status": self.status,
            "reason": self.reason,
        }


def _text(quarter: Quarter | None) -> str | None:
    return str(quarter) if quarter is not None else None


@dataclass(frozen=True)
class SequenceResult:
    #: Fixed items first (plan order), then items in the order placed, then excluded ones.
    placements: tuple[Placement, ...]
    warnings: tuple[str, ...]
    horizon_start: Quarter
    horizon_end: Quarter
    #: Team id → FTE booked in each quarter of the horizon (fixed and placed work).
    load: Mapping[int, tuple[float, ...]]

    @cached_property
    def by_item(self) -> dict[int, Placement]:
        return {p.item_id: p for p in self.placements}

    @property
    def moved(self) -> list[Placement]:
        """Placed items whose quarters differ from the plan (what accepting changes)."""
        return [p for p in self.placements if p.moved]

    def to_json(self) -> dict[str, Any]:
        """``{"items": [...]}`` exactly as ``stratplanner sequence --json`` prints it."""
        return {"items": [p.to_json() for p in self.placements]}


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _runs_label(quarters: Sequence[int]) -> str:
    """Ordinals → '2027-Q1–Q2 and 2027-Q4'."""
    runs: list[tuple[int, int]] = []
    for q in quarters:
        if runs and q == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], q)
        else:
            runs.append((q, q))
    return join_names([quarter_span_label(Quarter(a), Quarter(b)) for a, b in runs])


class _Sequencer:
    def __init__(self, snap: PlanSnapshot):
        self.snap = snap
        self.h0 = snap.info.start.ordinal
        self.n_q = snap.info.quarters
        self.h_end = self.h0 + self.n_q - 1
        self.teams = snap.team_by_id
        self.room = {t.id: [float(t.capacity)] * self.n_q for t in snap.teams}
        self.booked: dict[int, list[list[tuple[int, float]]]] = {
            t.id: [[] for _ in range(self.n_q)] for t in snap.teams
        }
        self.need = {
            item_id: [(d.team_id, d.fte) for d in demands if d.team_id in self.teams]
            for item_id, demands in snap.demands_by_item.items()
        }
        self.ends: dict[int, int] = {}
        self.failed: set[int] = set()
        self.warnings: list[str] = []

    # -- booking -------------------------------------------------------------------------
    def book(self, item_id: int, start: int, end: int) -> None:
        lo, hi = max(start, self.h0) - self.h0, min(end, self.h_end) - self.h0
        for team_id, fte in self.need.get(item_id, ()):
            room, booked = self.room[team_id], self.booked[team_id]
            for q in range(lo, hi + 1):
                room[q] -= fte
                booked[q].append((item_id, fte))

    def find_start(self, need: list[tuple[int, float]], lo: int, hi: int, dur: int) -> int | None:
        """First index s in lo..hi with room for ``need`` in s..s+dur-1."""
        if not need:
            return lo
        rooms = [(self.room[team_id], fte - EPS) for team_id, fte in need]
        run = 0
        for q in range(lo, hi + dur):
            if all(room[q] >= fte for room, fte in rooms):
                run += 1
                if run == dur:
                    return q - dur + 1
            else:
                run = 0
                if q + 1 > hi:
                    return None
        return None

    # -- reasons -------------------------------------------------------------------------
    def name(self, item: ItemRec) -> str:
        return _short(item.title)

    def capacity_text(self, need: list[tuple[int, float]], lo: int, hi: int) -> str:
        """Why ``need`` has no room in quarter indexes lo..hi: the teams, quarters and bookers."""
        sentences = []
        for team_id, fte in need:
            room = self.room[team_id]
            short = [q for q in range(lo, hi + 1) if room[q] + EPS < fte]
            if not short:
                continue
            team = self.teams[team_id].name
            label = _runs_label([q + self.h0 for q in short])
            who = self.bookers(team_id, short)
            if all(room[q] <= EPS for q in short):
                if who:
                    text = translate("Sequencing", "{team} is fully booked in {quarters} by {who}")
                else:
                    text = translate("Sequencing", "{team} is fully booked in {quarters}")
            elif who:
                text = translate(
                    "Sequencing",
                    "{team} has less than the {fte} FTE it needs free in {quarters} "
                    "(booked by {who})",
                )
            else:
                text = translate(
                    "Sequencing", "{team} has less than the {fte} FTE it needs free in {quarters}"
                )
            sentences.append(text.format(team=team, quarters=label, who=who, fte=number_g(fte)))
        return "; ".join(sentences) or translate(
            "Sequencing", "its teams are booked by higher-ranked work"
        )

    def bookers(self, team_id: int, quarters: list[int]) -> str:
        booked = self.booked[team_id]
        totals: dict[int, float] = defaultdict(float)
        read = 0
        truncated = False
        for q in reversed(quarters):
            for item_id, fte in booked[q]:
                totals[item_id] += fte
            read += len(booked[q])
            if read > _MAX_BOOKINGS_READ and q != quarters[0]:
                truncated = True
                break
        ranked = sorted(totals, key=lambda i: -totals[i])
        names = [self.name(self.snap.item_by_id[i]) for i in ranked[:3]]
        if truncated:
            return translate("Lists", "{names} and others").format(names=", ".join(names))
        return join_names(names, more=max(0, len(ranked) - 3))

    # -- the run -------------------------------------------------------------------------
    def run(self, order: Sequence[int] | None) -> SequenceResult:
        snap = self.snap
        fixed: list[Placement] = []
        excluded: list[Placement] = []
        for item in snap.items:
            if item.status in FIXED_STATUSES:
                fixed.append(self.fix(item))
            elif item.status in EXCLUDED_STATUSES:
                reason = (
                    translate("Sequencing", "On hold: not placed.")
                    if item.status == "on_hold"
                    else translate("Sequencing", "Cancelled: not placed.")
                )
                excluded.append(self.placement(item, None, NOT_PLACED, reason))
        self.warn_overbooked_by_fixed()
        placed = [
            self.place(snap.item_by_id[item_id], rank)
            for rank, item_id in enumerate(self.priority_sequence(order), start=1)
        ]
        self.warn_zero_capacity()
        load = {
            team_id: tuple(self.teams[team_id].capacity - r for r in room)
            for team_id, room in self.room.items()
        }
        return SequenceResult(
            tuple(fixed + placed + excluded),
            tuple(dict.fromkeys(self.warnings)),
            Quarter(self.h0),
            Quarter(self.h_end),
            load,
        )

    def placement(
        self,
        item: ItemRec,
        rank: int | None,
        status: str,
        reason: str,
        *,
        start: int | None = None,
        end: int | None = None,
    ) -> Placement:
        return Placement(
            item.id,
            item.code,
            item.title,
            rank,
            item.start,
            item.end,
            Quarter(start) if start is not None else None,
            Quarter(end) if end is not None else None,
            status,
            reason,
        )

    def fix(self, item: ItemRec) -> Placement:
        if item.start is None or item.end is None:
            reason = (
                ""
                if item.status == "done"
                else translate(
                    "Sequencing",
                    "In progress but has no start and end quarter: give it dates so its team "
                    "time is booked.",
                )
            )
            return self.placement(item, None, FIXED, reason)
        self.book(item.id, item.start.ordinal, item.end.ordinal)
        return self.placement(item, None, FIXED, "", start=item.start.ordinal, end=item.end.ordinal)

    def priority_sequence(self, order: Sequence[int] | None) -> list[int]:
        """Candidates in priority order, each just after the predecessors it waits for."""
        snap = self.snap
        candidates = [i for i in snap.items if i.status in SEQUENCED_STATUSES]
        position = {item_id: k for k, item_id in enumerate(order or ())}
        last = len(position)

        def priority(item: ItemRec) -> tuple[int, int, str]:
            start = item.start.ordinal if item.start is not None else 1 << 30
            return (position.get(item.id, last), start, item.code)

        candidates.sort(key=priority)
        ids = {i.id for i in candidates}
        preds = snap.predecessors
        sequence: list[int] = []
        done: set[int] = set()
        entered: set[int] = set()
        for item in candidates:
            stack = [(item.id, False)]
            while stack:
                node, expanded = stack.pop()
                if expanded:
                    if node not in done:
                        done.add(node)
                        sequence.append(node)
                    continue
                if node in done or node in entered:
                    continue
                entered.add(node)
                stack.append((node, True))
                waiting = [p for p in preds.get(node, ()) if p in ids and p not in done]
                waiting.sort(key=lambda p: priority(snap.item_by_id[p]), reverse=True)
                stack.extend((p, False) for p in waiting)
        return sequence

    def place(self, item: ItemRec, rank: int) -> Placement:
        result = self._place(item, rank)
        if result.status != PLACED:
            self.failed.add(item.id)
        return result

    def _place(self, item: ItemRec, rank: int) -> Placement:
        snap = self.snap

        def refuse(reason: str) -> Placement:
            return self.placement(item, rank, NOT_PLACED, reason)

        if item.start is None or item.end is None:
            return refuse(
                translate(
                    "Sequencing",
                    "Unscheduled: give it a start and end quarter (its length) so it can be "
                    "sequenced.",
                )
            )
        dur = item.duration
        planned = item.start.ordinal
        waits: list[tuple[int, ItemRec]] = []
        for pred_id in snap.predecessors.get(item.id, ()):
            pred = snap.item_by_id.get(pred_id)
            if pred is None:
                continue
            if pred.status == "cancelled":
                self.warnings.append(
                    translate(
                        "Sequencing",
                        "{item} depends on {predecessor}, which is cancelled; that dependency is "
                        "ignored (remove it, or re-plan {item}).",
                    ).format(item=item.code, predecessor=pred.code)
                )
                continue
            if pred.status == "on_hold":
                return refuse(
                    translate("Sequencing", "Waits for {item}, which is on hold.").format(
                        item=self.name(pred)
                    )
                )
            if pred.status in FIXED_STATUSES:
                if pred.end is None:
                    if pred.status == "done":
                        continue
                    return refuse(
                        translate(
                            "Sequencing",
                            "Waits for {item}, which is in progress with no end quarter.",
                        ).format(item=self.name(pred))
                    )
                waits.append((pred.end.ordinal, pred))
                continue
            end = self.ends.get(pred_id)
            if end is None:
                if pred_id in self.failed:
                    text = translate("Sequencing", "Waits for {item}, which could not be placed.")
                else:
                    text = translate(
                        "Sequencing", "Waits for {item}, which is in a dependency cycle."
                    )
                return refuse(text.format(item=self.name(pred)))
            waits.append((end, pred))

        need = self.need.get(item.id, [])
        for team_id, fte in need:
            team = self.teams[team_id]
            if fte > team.capacity + EPS:
                if team.capacity <= EPS:
                    text = translate(
                        "Sequencing",
                        "Never fits: it needs {fte} FTE of {team} a quarter, but the team has no "
                        "capacity (0 FTE).",
                    )
                else:
                    text = translate(
                        "Sequencing",
                        "Never fits: it needs {fte} FTE of {team} a quarter, but the team has "
                        "{capacity} FTE.",
                    )
                return refuse(
                    text.format(fte=number_g(fte), team=team.name, capacity=number_g(team.capacity))
                )
        if dur > self.n_q:
            return refuse(
                translate(
                    "Sequencing",
                    "Doesn't fit in the horizon: it runs {duration} quarters and the plan has "
                    "{quarters}.",
                ).format(duration=dur, quarters=self.n_q)
            )
        lower = max(planned, self.h0)
        pred_bound = max(end for end, _p in waits) + 1 if waits else None
        if pred_bound is not None:
            lower = max(lower, pred_bound)
        latest = self.h_end - dur + 1
        if lower > latest:
            if pred_bound is not None and pred_bound == lower and pred_bound > planned:
                text = translate(
                    "Sequencing",
                    "Doesn't fit in the horizon: it can't start before {start} (it waits for "
                    "{waits}) and runs {duration} quarters, past the horizon's end ({end}).",
                )
                waits_for = self.binding(waits, pred_bound)
            else:
                text = translate(
                    "Sequencing",
                    "Doesn't fit in the horizon: it can't start before {start} (its planned "
                    "start) and runs {duration} quarters, past the horizon's end ({end}).",
                )
                waits_for = ""
            return refuse(
                text.format(
                    start=Quarter(lower), waits=waits_for, duration=dur, end=Quarter(self.h_end)
                )
            )
        found = self.find_start(need, lower - self.h0, latest - self.h0, dur)
        if found is None:
            return refuse(
                translate(
                    "Sequencing", "Doesn't fit before the horizon ends ({end}): {why}."
                ).format(
                    end=Quarter(self.h_end),
                    why=self.capacity_text(need, lower - self.h0, self.n_q - 1),
                )
            )
        start = found + self.h0
        end = start + dur - 1
        self.book(item.id, start, end)
        self.ends[item.id] = end
        reason = ""
        if start > planned:
            parts = []
            if self.h0 > planned:
                parts.append(
                    translate(
                        "Sequencing", "the plan horizon starts in {start} (planned start {planned})"
                    ).format(start=Quarter(self.h0), planned=item.start)
                )
            if pred_bound is not None and pred_bound > max(planned, self.h0):
                parts.append(
                    translate("Sequencing", "it waits for {waits}").format(
                        waits=self.binding(waits, pred_bound)
                    )
                )
            if start > lower:
                parts.append(self.capacity_text(need, lower - self.h0, start - 1 - self.h0))
            reason = translate("Sequencing", "Won't start until {start}: {why}.").format(
                start=Quarter(start), why="; ".join(parts)
            )
        return self.placement(item, rank, PLACED, reason, start=start, end=end)

    def binding(self, waits: list[tuple[int, ItemRec]], bound: int) -> str:
        names = [self.name(p) for end, p in waits if end + 1 == bound]
        if len(names) == 1:
            text = translate("Sequencing", "{items}, which ends in {quarter}")
        else:
            text = translate("Sequencing", "{items}, which end in {quarter}")
        return text.format(items=join_names(names), quarter=Quarter(bound - 1))

    # -- warnings ------------------------------------------------------------------------
    def warn_overbooked_by_fixed(self) -> None:
        for team_id, room in self.room.items():
            over = [q for q, r in enumerate(room) if r < -EPS]
            if over:
                team = self.teams[team_id]
                peak = max(team.capacity - room[q] for q in over)
                self.warnings.append(
                    translate(
                        "Sequencing",
                        "{team} is overbooked by work already under way in {quarters} (up to "
                        "{peak} of {capacity} FTE); nothing more is placed on it there.",
                    ).format(
                        team=team.name,
                        quarters=_runs_label([q + self.h0 for q in over]),
                        peak=number_g(peak),
                        capacity=number_g(team.capacity),
                    )
                )

    def warn_zero_capacity(self) -> None:
        needed: dict[int, list[str]] = defaultdict(list)
        for item in self.snap.items:
            if item.status in SEQUENCED_STATUSES:
                for team_id, _fte in self.need.get(item.id, ()):
                    if self.teams[team_id].capacity <= EPS:
                        needed[team_id].append(item.code)
        for team_id, codes in needed.items():
            self.warnings.append(
                translate(
                    "Sequencing",
                    "{team} has no capacity (0 FTE), so {items} can't be placed; give the team "
                    "capacity or move that work to another team.",
                ).format(
                    team=self.teams[team_id].name,
                    items=join_names(codes[:3], more=max(0, len(codes) - 3)),
                )
            )


def sequence_portfolio(
    snap: PlanSnapshot, order: Ranking | Sequence[int] | None = None
) -> SequenceResult:
    """Sequence the plan by capacity; ``order`` is the priority (a ranking or item ids).

    Without an order the plan's ranking with its stored weights and pins is used;
    if it can't be ranked (all weights 0), items go in planned-start order and a
    warning says so.
    """
    warnings: list[str] = []
    if order is None:
        try:
            order = ScoringModel(snap).quick_order()
        except PrioritizationError as exc:
            warnings.append(
                translate(
                    "Sequencing", "{error} Items are placed in planned-start order instead."
                ).format(error=exc)
            )
            order = []
    elif isinstance(order, Ranking):
        order = order.order
    sequencer = _Sequencer(snap)
    sequencer.warnings.extend(warnings)
    return sequencer.run(list(order))
