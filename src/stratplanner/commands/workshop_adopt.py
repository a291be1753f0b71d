"""From votes to the plan: a round's result adopted as statuses, scores, a ranking or a scenario.

Each adoption is one ``Macro`` (one undo step) whose label names the workshop
and the round, so the activity log says where every change came from; the
round's ``adopted`` field records how it was adopted. ``preview_adoption``
applies the macro inside a transaction that is rolled back, to show the effect
on the ranking and on the capacity sequence before anyone accepts it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from stratplanner.analysis.scoring import PrioritizationError, rank_portfolio
from stratplanner.analysis.sequencing import sequence_portfolio
from stratplanner.analysis.workshop_outcome import RoundOutcome
from stratplanner.commands.base import Command, CommandError, Macro
from stratplanner.commands.portfolio import PinRank, SetScore, scenario_code
from stratplanner.commands.records import CreateRecord, UpdateRecord
from stratplanner.i18n import translate
from stratplanner.snapshot.records import ItemRec, WorkshopRec
from stratplanner.snapshot.snapshot import PlanSnapshot, read_snapshot

if TYPE_CHECKING:
    from stratplanner.store.document import PlanDocument

ADOPT_AS = ("statuses", "scores", "ranking", "scenario")
ADOPT_NAMES = {
    "statuses": "status changes (approved, not now)",
    "scores": "proposed scores on the plan's criteria",
    "ranking": "the ranking (the group's order pinned)",
    "scenario": "a budget scenario",
}
APPROVED = "approved"
NOT_NOW = "on_hold"
#: Statuses a workshop may change: work already under way or finished is left alone.
CHANGEABLE = frozenset({"proposed", "approved", "on_hold"})


class NothingToAdopt(CommandError):
    """Adopting the round this way would change nothing in the plan (every item already has
    the status chosen, say). The way still fits the round: a caller offering the ways lets the
    facilitator choose it, and tells this refusal apart by its class, never by its sentence
    (which is translated)."""


@dataclass(frozen=True)
class Adoption:
    how: str
    command: Macro
    #: What will change, one sentence each.
    summary: tuple[str, ...]


@dataclass(frozen=True)
class RankMove:
    code: str
    title: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class SequenceMove:
    code: str
    title: str
    before: str
    after: str


@dataclass(frozen=True)
class AdoptionPreview:
    ranking: tuple[RankMove, ...] = ()
    sequence: tuple[SequenceMove, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def default_statuses(outcome: RoundOutcome) -> dict[str, str]:
    """What the result suggests: funded / must-haves / the top third approved; won't → not now."""
    result = outcome.result
    rows = result.results
    if not rows or result.ballots == result.abstentions:
        return {}
    if outcome.round.method == "budget":
        funded = set(result.funded)
        return {r.code: APPROVED if r.code in funded else NOT_NOW for r in rows}
    if outcome.round.method == "moscow":
        chosen: dict[str, str] = {}
        for r in rows:
            if r.votes and r.score >= 2.5:
                chosen[r.code] = APPROVED
            elif r.votes and r.score <= 0.5:
                chosen[r.code] = NOT_NOW
        return chosen
    top = max(1, math.ceil(len(rows) / 3))
    return {r.code: APPROVED for r in rows if r.rank <= top and r.score > 0}


def _items(snap: PlanSnapshot, outcome: RoundOutcome) -> dict[str, ItemRec]:
    found: dict[str, ItemRec] = {}
    for option in snap.options_of(outcome.round.id):
        item = snap.item_by_id.get(option.item_id) if option.item_id is not None else None
        if item is not None:
            found[option.code] = item
    return found


def _source(workshop: WorkshopRec, outcome: RoundOutcome) -> str:
    return translate("Commands", "Workshop {workshop}, round {round}").format(
        workshop=workshop.code, round=outcome.round.code
    )


def plan_adoption(
    snap: PlanSnapshot,
    outcome: RoundOutcome,
    how: str,
    *,
    statuses: dict[str, str] | None = None,
) -> Adoption:
    """The commands that adopt ``outcome`` as ``how``; ``CommandError`` says why it can't be."""
    round_ = outcome.round
    workshop = snap.workshop_by_id[round_.workshop_id]
    source = _source(workshop, outcome)
    if how not in ADOPT_AS:
        raise CommandError(
            translate("Commands", "{how} is not a way to adopt a result; use {ways}.").format(
                how=repr(how), ways=", ".join(ADOPT_AS)
            )
        )
    if outcome.problem:
        raise CommandError(
            translate("Commands", "Round {round} can't be counted: {problem}").format(
                round=round_.code, problem=outcome.problem
            )
        )
    result = outcome.result
    if result.ballots == result.abstentions:
        raise CommandError(
            translate("Commands", "Round {round} has no votes to adopt yet.").format(
                round=round_.code
            )
        )
    if round_.subject != "items":
        raise CommandError(
            translate(
                "Commands",
                "Round {round} voted on objectives; record what the group decided about them in "
                "the decision log instead (objectives have no status, score or cost).",
            ).format(round=round_.code)
        )
    items = _items(snap, outcome)
    steps: list[Command] = []
    summary: list[str] = []
    if how == "statuses":
        chosen = statuses if statuses is not None else default_statuses(outcome)
        approved: list[str] = []
        not_now: list[str] = []
        kept: list[str] = []
        for code, status in chosen.items():
            if status not in (APPROVED, NOT_NOW):
                raise CommandError(
                    translate("Commands", "{status} is not approved or on_hold (not now).").format(
                        status=repr(status)
                    )
                )
            item = items.get(code)
            if item is None:
                raise CommandError(
                    translate("Commands", "{code} is not an item of round {round}.").format(
                        code=code, round=round_.code
                    )
                )
            if item.status not in CHANGEABLE:
                kept.append(item.code)
                continue
            if item.status == status:
                continue
            if statuses is None and status == NOT_NOW and item.status != "proposed":
                continue  # by default "not now" only stops what is still asked for
            steps.append(UpdateRecord("item", item.id, {"status": status}, label=source))
            (approved if status == APPROVED else not_now).append(item.title)
        if approved:
            n = len(approved)
            summary.append(
                translate("Commands", "Approve %n item(s): {items}.", None, n).format(
                    items=", ".join(approved)
                )
            )
        if not_now:
            summary.append(
                translate("Commands", "Not now (on hold): {items}.").format(
                    items=", ".join(not_now)
                )
            )
        if kept:
            summary.append(
                translate(
                    "Commands", "Left as they are (already under way, done or cancelled): {items}."
                ).format(items=", ".join(kept))
            )
        detail = f"{len(approved)} approved, {len(not_now)} not now"
    elif how == "scores":
        if round_.method != "criteria" or not result.proposed_scores:
            raise CommandError(
                translate(
                    "Commands",
                    "Only a round scored on the plan's criteria proposes scores; round {round} is "
                    "{method}.",
                ).format(round=round_.code, method=round_.method)
            )
        criteria = {c.code: c for c in snap.criteria}
        changed = 0
        for code, medians in result.proposed_scores.items():
            item = items.get(code)
            if item is None:
                continue
            for criterion_code, median in medians.items():
                criterion = criteria.get(criterion_code)
                if criterion is None:
                    continue
                steps.append(SetScore(item.id, criterion.id, float(median)))
                changed += 1
        n = len(criteria)
        summary.append(
            translate(
                "Commands", "Set {scores} to the group's median on %n criterion/criteria.", None, n
            ).format(scores=translate("Commands", "%n score(s)", None, changed))
        )
        detail = f"{changed} scores"
    elif how == "ranking":
        ordered = [r for r in result.results if r.code in items and r.score > 0]
        for position, r in enumerate(ordered, start=1):
            steps.append(
                PinRank(
                    items[r.code].id,
                    position,
                    translate("Commands", "{source}: the group ranked it {rank} of {count}").format(
                        source=source, rank=r.rank, count=len(result.results)
                    ),
                    decided_by=workshop.title,
                    decided_on=workshop.held_on or date.today(),
                )
            )
        n = len(ordered)
        titles = ", ".join(items[r.code].title for r in ordered[:5]) + (" …" if n > 5 else "")
        summary.append(
            translate(
                "Commands",
                "Pin %n item(s) at the top of the ranking in the group's order: {items}.",
                None,
                n,
            ).format(items=titles)
        )
        detail = f"{len(ordered)} pinned"
    else:  # scenario
        if round_.method != "budget":
            raise CommandError(
                translate(
                    "Commands",
                    "Only a 'buy a feature' round says what the room would pay for; adopt round "
                    "{round} as statuses or as the ranking instead.",
                ).format(round=round_.code)
            )
        committed = sum(
            Decimal(str(i.capex)) + Decimal(str(i.opex))
            for i in snap.items
            if i.status in ("approved", "in_progress")
        )
        funded = [items[c] for c in result.funded if c in items]
        bought = sum(Decimal(str(i.capex)) + Decimal(str(i.opex)) for i in funded)
        name = f"{workshop.code} {round_.code}"
        code = scenario_code(name, {s.code for s in snap.scenarios})
        titles = ", ".join(i.title for i in funded) or translate("Commands", "nothing")
        steps.append(
            CreateRecord(
                "scenario",
                {
                    "code": code,
                    "name": f"{workshop.title}: {round_.question or round_.code}"[:200],
                    "description": translate(
                        "Commands", "{source}: the room funded {titles}."
                    ).format(source=source, titles=titles),
                    "budget": float(committed + bought),
                    "budget_basis": "total",
                    "maximise": "score",
                },
                label=source,
            )
        )
        summary.append(
            translate(
                "Commands",
                "A budget scenario '{code}' capped at committed work plus what the room funded "
                "({titles}).",
            ).format(code=code, titles=titles)
        )
        detail = f"scenario {code}"
    if not steps:
        raise NothingToAdopt(
            translate("Commands", "Adopting round {round} as {how} would change nothing.").format(
                round=round_.code, how=how
            )
        )
    # The round's record keeps how it was adopted in the command line's words (plan data).
    stamp = f"{how} on {date.today().isoformat()}: {detail}"
    steps.append(UpdateRecord("workshop_round", round_.id, {"adopted": stamp}, label=source))
    label = translate("Commands", "{source}: adopt as {how}").format(source=source, how=how)
    return Adoption(how, Macro(label, steps), tuple(summary))


def _rank_map(snap: PlanSnapshot) -> dict[int, int]:
    try:
        return {r.item_id: r.rank for r in rank_portfolio(snap).items}
    except PrioritizationError:
        return {}


def _quarters(start: object, end: object) -> str:
    if start is None:
        return translate("Commands", "not placed")
    return f"{start}–{end}" if end != start else str(start)


def compare_plans(
    before: PlanSnapshot, after: PlanSnapshot, item_ids: set[int], limit: int = 12
) -> AdoptionPreview:
    """How the ranking and the capacity sequence change between two states of the plan."""
    rank_before, rank_after = _rank_map(before), _rank_map(after)
    ranking = [
        RankMove(i.code, i.title, rank_before.get(i.id), rank_after.get(i.id))
        for i in after.items
        if rank_before.get(i.id) != rank_after.get(i.id)
    ]
    ranking.sort(key=lambda m: m.after or 10**9)
    seq_before, seq_after = sequence_portfolio(before), sequence_portfolio(after)
    moves = []
    for placement in seq_after.placements:
        old = seq_before.by_item.get(placement.item_id)
        if old is None:
            continue
        was, now = _quarters(old.start, old.end), _quarters(placement.start, placement.end)
        if was != now:
            moves.append(SequenceMove(placement.code, placement.title, was, now))
    notes = []
    if len(ranking) > limit:
        n = len(ranking) - limit
        notes.append(translate("Commands", "%n more item(s) change(s) rank.", None, n))
    if len(moves) > limit:
        n = len(moves) - limit
        notes.append(
            translate("Commands", "%n more item(s) move(s) in the capacity sequence.", None, n)
        )
    touched = [m for m in ranking if m.code in {i.code for i in after.items if i.id in item_ids}]
    rest = [m for m in ranking if m not in touched]
    return AdoptionPreview(tuple((touched + rest)[:limit]), tuple(moves[:limit]), tuple(notes))


def preview_adoption(document: PlanDocument, adoption: Adoption) -> AdoptionPreview:
    """Apply the adoption in a transaction that is rolled back; compare before and after."""
    session = document.session
    before = read_snapshot(session)
    session.rollback()
    written = dict(session.info.get("written", {}))
    try:
        adoption.command.apply(session)
        session.flush()
        after = read_snapshot(session)
    finally:
        session.rollback()
        session.info["written"] = written
    item_ids = {
        o.item_id
        for r in after.workshop_rounds
        for o in after.options_of(r.id)
        if o.item_id is not None
    }
    return compare_plans(before, after, item_ids)
