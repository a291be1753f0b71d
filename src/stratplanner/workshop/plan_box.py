"""The plan behind the voting page: the round it shows and the ballots it stores.

``PlanBallotBox`` implements the server's ``BallotBox`` on a plan: it reads
the current snapshot and stores every ballot as a ``CastBallot`` command,
committed the moment it is cast. It is Qt-free: ``stratplanner workshop
serve`` uses it on the server's worker thread, the desktop app on its GUI
thread (``ui/workshop/bridge.py``). Participants are known by their code in
the workshop, which is also the key the page holds.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from stratplanner.analysis.round_specs import item_cost
from stratplanner.analysis.scoring import PrioritizationError, rank_portfolio
from stratplanner.analysis.workshop_outcome import round_outcome
from stratplanner.app.edit_session import EditSession
from stratplanner.commands import CommandError
from stratplanner.commands.base import Command
from stratplanner.commands.workshop import AddParticipant, CastBallot
from stratplanner.snapshot.records import ParticipantRec, RoundRec, WorkshopRec
from stratplanner.snapshot.snapshot import PlanSnapshot
from stratplanner.workshop.server import BallotRefused

if TYPE_CHECKING:
    from stratplanner.store.document import PlanDocument

SIDES = ("business", "it")


def _locked(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: PlanBallotBox, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    return call


def _money(value: Any) -> str | None:
    if value is None:
        return None
    return f"{float(value):,.0f}"


class PlanBallotBox:
    """A ``BallotBox`` on one workshop of a plan; ``round_code`` is the round the page shows."""

    def __init__(
        self,
        read: Callable[[], PlanSnapshot],
        execute: Callable[[Command], object],
        workshop_code: str,
        round_code: str,
    ):
        self._read = read
        self._execute = execute
        self.workshop_code = workshop_code
        self.round_code = round_code
        self._scores: tuple[PlanSnapshot, dict[int, float | None]] | None = None
        #: Held while the box reads or writes the plan; anyone else using the same document
        #: while the server runs (a facilitator's script) takes it too.
        self.lock = threading.RLock()

    @classmethod
    def for_document(
        cls, document: PlanDocument, workshop_code: str, round_code: str
    ) -> PlanBallotBox:
        """The box on an open plan document (the CLI's ``workshop serve``, the benchmark).

        Ballots go through an edit session, outside its history, as in the app: after each
        only the records it wrote (``touched_by``) are read again, not the whole plan; a
        room of phones voting at once would otherwise reload the plan once per ballot.
        """
        edit = EditSession(document)
        return cls(lambda: edit.snapshot, edit.apply, workshop_code, round_code)

    # -- what the page shows -------------------------------------------------------------

    def _where(self) -> tuple[PlanSnapshot, WorkshopRec, RoundRec | None]:
        snap = self._read()
        workshop = snap.workshop_by_code.get(self.workshop_code)
        if workshop is None:
            raise BallotRefused("This workshop is no longer in the plan; ask the facilitator.")
        round_ = next((r for r in snap.rounds_of(workshop.id) if r.code == self.round_code), None)
        return snap, workshop, round_

    def _item_scores(self, snap: PlanSnapshot) -> dict[int, float | None]:
        if self._scores is None or self._scores[0] is not snap:
            try:
                ranking = rank_portfolio(snap)
                scores = {r.item_id: r.score for r in ranking.items}
            except PrioritizationError:
                scores = {}
            self._scores = (snap, scores)
        return self._scores[1]

    @_locked
    def round_state(self) -> dict[str, Any]:
        snap, workshop, round_ = self._where()
        if round_ is None:
            return {
                "workshop": workshop.title,
                "round": "",
                "question": "The facilitator has not chosen a round yet.",
                "method": "dots",
                "options": [],
                "open": False,
                "revealed": False,
                "currency": snap.info.currency,
            }
        outcome = round_outcome(snap, round_)
        spec = outcome.spec
        scores = self._item_scores(snap)
        options = []
        for option in snap.options_of(round_.id):
            item = snap.item_by_id.get(option.item_id) if option.item_id is not None else None
            objective = (
                snap.objective_by_id.get(option.objective_id)
                if option.objective_id is not None
                else None
            )
            cost = item_cost(item.capex, item.opex) if item is not None else None
            score = scores.get(item.id) if item is not None else None
            options.append(
                {
                    "code": option.code,
                    "title": option.title,
                    "cost": _money(cost) if cost else None,
                    "start": str(item.start) if item is not None and item.start else None,
                    "end": str(item.end) if item is not None and item.end else None,
                    "score": round(score, 1) if score is not None else None,
                    "about": (item.value_statement if item is not None else "")
                    or (objective.description if objective is not None else ""),
                }
            )
        timer_ends = None
        if round_.state == "open" and round_.timer_seconds and round_.opened_at is not None:
            opened = round_.opened_at.replace(tzinfo=UTC)
            timer_ends = (opened + timedelta(seconds=round_.timer_seconds)).isoformat()
        results = None
        if round_.revealed:
            results = [
                {
                    "code": r.code,
                    "title": outcome.titles.get(r.code, r.code),
                    "score": r.score,
                    "rank": r.rank,
                }
                for r in outcome.result.results
            ]
        return {
            "workshop": workshop.title,
            "round": round_.code,
            "question": round_.question or f"Round {round_.code}",
            "method": round_.method,
            "options": options,
            "dots": spec.dots if spec is not None else round_.dots,
            "cap": spec.cap if spec is not None else round_.cap,
            "points": spec.points if spec is not None else round_.points,
            "budget": _money(spec.budget) if spec is not None and spec.budget else None,
            "currency": snap.info.currency,
            "criteria": [
                {"code": c.code, "name": c.name, "min": c.scale_min, "max": c.scale_max}
                for c in (spec.criteria if spec is not None else ())
            ],
            "anonymity": round_.anonymity,
            "open": round_.state == "open",
            "revealed": bool(round_.revealed),
            "timer_ends_at": timer_ends,
            "results": results,
        }

    @_locked
    def participants(self) -> list[dict[str, Any]]:
        snap, workshop, _round = self._where()
        units = snap.business_unit_by_id
        return [
            {
                "key": p.code,
                "name": p.name,
                "side": p.side,
                "unit": units[p.business_unit_id].code if p.business_unit_id in units else None,
            }
            for p in sorted(
                snap.participants_by_workshop.get(workshop.id, []), key=lambda p: p.name.casefold()
            )
        ]

    # -- what the page sends ------------------------------------------------------------

    @staticmethod
    def _find(snap: PlanSnapshot, workshop: WorkshopRec, key: str) -> ParticipantRec | None:
        return next(
            (p for p in snap.participants_by_workshop.get(workshop.id, []) if p.code == key), None
        )

    def _participant(self, snap: PlanSnapshot, workshop: WorkshopRec, key: str) -> ParticipantRec:
        found = self._find(snap, workshop, key)
        if found is None:
            raise BallotRefused(
                "You are no longer on this workshop's list; ask the facilitator to add you again."
            )
        return found

    @_locked
    def admit(self, name: str, side: str, unit: str | None, key: str | None) -> str:
        snap, workshop, _round = self._where()
        if key is not None:
            return self._participant(snap, workshop, key).code
        if side not in SIDES:
            raise BallotRefused("Choose business or IT.")
        lowered = " ".join(name.split()).casefold()
        same = [
            p
            for p in snap.participants_by_workshop.get(workshop.id, [])
            if p.name.casefold() == lowered
        ]
        if same:
            return same[0].code
        unit_code = None
        if unit:
            unit_code = next(
                (u.code for u in snap.business_units if u.code.casefold() == unit.casefold()),
                None,
            )
        command = AddParticipant(
            workshop.id, name=" ".join(name.split()), side=side, business_unit=unit_code
        )
        try:
            self._execute(command)
        except CommandError as exc:
            raise BallotRefused(str(exc)) from None
        snap, workshop, _round = self._where()
        added = snap.participant_by_id.get(command.participant_id or -1)
        if added is None:
            raise BallotRefused("You could not be added; ask the facilitator.")
        return added.code

    @_locked
    def cast(self, participant: str, values: Any, abstain: bool) -> None:
        snap, workshop, round_ = self._where()
        if round_ is None:
            raise BallotRefused("No round is open; wait for the facilitator.")
        person = self._participant(snap, workshop, participant)
        try:
            self._execute(CastBallot(round_.id, person.id, None if abstain else values, abstain))
        except CommandError as exc:
            raise BallotRefused(str(exc)) from None

    @_locked
    def ballot_of(self, participant: str) -> dict[str, Any] | None:
        snap, workshop, round_ = self._where()
        if round_ is None:
            return None
        person = self._find(snap, workshop, participant)
        if person is None:
            return None
        ballot = next(
            (b for b in snap.ballots_of(round_.id) if b.participant_id == person.id), None
        )
        if ballot is None:
            return None
        return {"abstain": ballot.abstain, "values": ballot.values}
