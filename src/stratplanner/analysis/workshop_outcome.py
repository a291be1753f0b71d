"""A workshop round's outcome read from the plan: the tally, business against IT, disagreements.

One function feeds the facilitator console, the projector, ``stratplanner
workshop results`` and the outcome PDF, so every place shows the same
numbers. Anonymity is applied here: by-side results of an anonymous round are
left out while a side has fewer than three voters, and voters are named only
in a named round.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from stratplanner.analysis.round_specs import round_spec
from stratplanner.analysis.workshop import (
    Ballot,
    Disagreement,
    RoundResult,
    RoundSpec,
    RoundSpecError,
    disagreements,
    tally,
    tally_by_side,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot.records import RoundRec, WorkshopRec
from stratplanner.snapshot.snapshot import PlanSnapshot

#: The names below are English (the command line's); method_name, anonymity_name and
#: state_name give them in the user's language.
METHOD_NAMES = {
    "dots": QT_TRANSLATE_NOOP("Workshop", "Dot voting"),
    "points": QT_TRANSLATE_NOOP("Workshop", "100 points"),
    "moscow": QT_TRANSLATE_NOOP("Workshop", "MoSCoW"),
    "pairwise": QT_TRANSLATE_NOOP("Workshop", "Pairwise comparison"),
    "criteria": QT_TRANSLATE_NOOP("Workshop", "Scoring on the plan's criteria"),
    "budget": QT_TRANSLATE_NOOP("Workshop", "Buy a feature"),
}
ANONYMITY_NAMES = {
    "anonymous": QT_TRANSLATE_NOOP("Workshop", "anonymous"),
    "by_side": QT_TRANSLATE_NOOP("Workshop", "results by side, voters not named"),
    "named": QT_TRANSLATE_NOOP("Workshop", "named"),
}
STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Workshop", "not open yet"),
    "open": QT_TRANSLATE_NOOP("Workshop", "open"),
    "closed": QT_TRANSLATE_NOOP("Workshop", "closed"),
}


def method_name(method: str) -> str:
    """'Dot voting' … in the user's language; an unknown method as it is."""
    name = METHOD_NAMES.get(method)
    return translate("Workshop", name) if name else method


def anonymity_name(anonymity: str) -> str:
    """'anonymous', 'results by side, voters not named', 'named' in the user's language."""
    name = ANONYMITY_NAMES.get(anonymity)
    return translate("Workshop", name) if name else anonymity


def state_name(state: str) -> str:
    """'not open yet', 'open', 'closed' in the user's language."""
    name = STATE_NAMES.get(state)
    return translate("Workshop", name) if name else state


@dataclass(frozen=True)
class RoundOutcome:
    round: RoundRec
    titles: dict[str, str]  # option code → title
    spec: RoundSpec | None
    result: RoundResult
    by_side: dict[str, RoundResult] | None
    disagreements: tuple[Disagreement, ...]
    #: Participant ids who have cast a ballot (abstentions included).
    voted: frozenset[int]
    #: Participants of the workshop (the round's electorate).
    electorate: int
    #: Why the round can't be counted (set-up no longer valid), else "".
    problem: str = ""
    #: Named rounds only: participant name → what they gave, one line each.
    named: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def workshop_by_code(snap: PlanSnapshot, code: str) -> WorkshopRec | None:
    found = snap.workshop_by_code.get(code)
    if found is None:
        lowered = code.strip().casefold()
        found = next((w for w in snap.workshops if w.code.casefold() == lowered), None)
    return found


def round_by_code(snap: PlanSnapshot, workshop: WorkshopRec, code: str) -> RoundRec | None:
    lowered = code.strip().casefold()
    return next((r for r in snap.rounds_of(workshop.id) if r.code.casefold() == lowered), None)


def _empty(method: str) -> RoundResult:
    return RoundResult(method=method, ballots=0, abstentions=0, results=())


def ballot_entries(values: Any) -> list[tuple[str, str]]:
    """A stored ballot as (option, what it got) pairs, for people to read (names, ballot sheets)."""
    if isinstance(values, dict):
        out = []
        for code, value in values.items():
            if isinstance(value, dict):  # criteria: {criterion: score}
                text = ", ".join(f"{k} {v}" for k, v in value.items())
            else:
                text = str(value)
            out.append((str(code), text))
        return out
    if isinstance(values, list):  # pairwise: [first, second, winner or "tie"]
        versus = translate("Workshop", "{first} vs {second}")
        same = translate("Workshop", "about the same")
        return [
            (
                versus.format(first=pair[0], second=pair[1]),
                same if pair[2] == "tie" else f"{pair[2]}",
            )
            for pair in values
            if isinstance(pair, list) and len(pair) == 3
        ]
    return []


def _named_line(values: Any) -> str:
    return ", ".join(f"{option}: {value}" for option, value in ballot_entries(values))


def with_titles(sentence: str, titles: dict[str, str]) -> str:
    """The tallies explain in option codes; people read titles ("Data centre exit", not DC-EXIT)."""
    codes = sorted((c for c in titles if c and titles[c]), key=len, reverse=True)
    if not codes:
        return sentence
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, codes)) + r")(?![\w-])")
    return pattern.sub(lambda m: titles[m.group(1)], sentence)


def round_outcome(snap: PlanSnapshot, round_: RoundRec) -> RoundOutcome:
    """Count ``round_`` as the plan stands (ballots as stored)."""
    options = snap.options_of(round_.id)
    titles = {o.code: o.title for o in options}
    people = snap.participant_by_id
    stored = snap.ballots_of(round_.id)
    ballots = [
        Ballot(
            participant=people[b.participant_id].code if b.participant_id in people else "?",
            side=people[b.participant_id].side if b.participant_id in people else None,
            values=b.values,
            abstain=b.abstain,
        )
        for b in stored
    ]
    electorate = len(snap.participants_by_workshop.get(round_.workshop_id, []))
    voted = frozenset(b.participant_id for b in stored)
    try:
        spec = round_spec(snap, round_)
    except RoundSpecError as exc:
        return RoundOutcome(
            round_, titles, None, _empty(round_.method), None, (), voted, electorate, str(exc)
        )
    result = tally(spec, ballots)
    result = dataclasses.replace(
        result, explanation=tuple(with_titles(e, titles) for e in result.explanation)
    )
    by_side = tally_by_side(spec, ballots)
    gaps = disagreements(spec, by_side) if by_side else ()
    named: tuple[tuple[str, str], ...] = ()
    if round_.anonymity == "named":
        named = tuple(
            (
                people[b.participant_id].name if b.participant_id in people else "?",
                translate("Workshop", "abstained") if b.abstain else _named_line(b.values),
            )
            for b in stored
        )
    return RoundOutcome(round_, titles, spec, result, by_side, gaps, voted, electorate, named=named)


def _rows(result: RoundResult) -> list[dict[str, Any]]:
    return [{"code": r.code, "score": r.score, "rank": r.rank} for r in result.results]


def outcome_json(outcome: RoundOutcome) -> dict[str, Any]:
    """One round as ``stratplanner workshop results --json`` prints it (docs/workshop.md)."""
    round_ = outcome.round
    data: dict[str, Any] = {
        "name": round_.code,
        "question": round_.question,
        "method": round_.method,
        "state": round_.state,
        "ballots": outcome.result.ballots,
        "abstentions": outcome.result.abstentions,
        "results": _rows(outcome.result),
    }
    if outcome.by_side is not None:
        data["by_side"] = {side: _rows(r) for side, r in outcome.by_side.items()}
        data["disagreements"] = [
            {"code": d.code, "business": d.business, "it": d.it, "gap": d.gap}
            for d in outcome.disagreements
        ]
    if outcome.result.explanation:
        data["explanation"] = list(outcome.result.explanation)
    if outcome.result.proposed_scores:
        data["proposed_scores"] = {
            code: dict(scores) for code, scores in outcome.result.proposed_scores.items()
        }
    if round_.method == "budget":
        data["funded"] = list(outcome.result.funded)
    if outcome.problem:
        data["problem"] = outcome.problem
    return data
