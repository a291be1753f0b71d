"""Workshop-mode tallies: leadership votes on the portfolio, counted the same way everywhere.

Pure functions over plain data, so the voting server, the results screen, the
PDF and ``stratplanner workshop results --json`` show one count. Scores are a
public contract (formulas in the functions below). Every tally is independent
of ballot order, never raises on ballots :func:`validate_ballot` accepted, and
lists every option on the agenda, zero scores included.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from stratplanner.analysis.workshop_ballots import (
    ANONYMITY,
    DEFAULT_DOTS,
    DEFAULT_POINTS,
    MAX_ENTRIES,
    METHODS,
    MOSCOW,
    SIDES,
    Ballot,
    BallotError,
    CriterionSpec,
    RoundSpec,
    RoundSpecError,
    money_text,
    moscow_word,
    validate_ballot,
)
from stratplanner.analysis.workshop_pairwise import count_pairwise, list_names, number_g
from stratplanner.i18n import translate

#: Below this many voters on a side, an anonymous round hides the split: two people's
#: dots can be told apart by the people who sat next to them.
MIN_SIDE_VOTERS = 3


@dataclass(frozen=True)
class OptionResult:
    code: str
    score: float
    rank: int
    #: Ballots that gave this option anything / rated it.
    votes: int
    #: One short human line, e.g. "12 dots from 7 people", "funded: 120,000 of 100,000".
    detail: str = ""


@dataclass(frozen=True)
class RoundResult:
    method: str
    #: Ballots counted, abstentions included.
    ballots: int
    abstentions: int
    #: Sorted by rank, then agenda order.
    results: tuple[OptionResult, ...]
    #: Sentences: pairwise circles and ties, what the budget pays for, ballots left out.
    explanation: tuple[str, ...] = ()
    #: Criteria rounds: {option: {criterion: group median}} for the criteria anyone rated.
    proposed_scores: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    #: Budget rounds: options whose pooled spending reaches their cost, agenda order.
    funded: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """How differently the two sides value an option, as shares 0..1 so unequal sides compare."""

    code: str
    business: float
    it: float
    gap: float


@dataclass(frozen=True)
class _Count:
    scores: tuple[float, ...]
    votes: tuple[int, ...]
    details: tuple[str, ...]
    explanation: tuple[str, ...] = ()
    proposed: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    funded: tuple[str, ...] = ()


def competition_ranks(scores: Sequence[float]) -> list[int]:
    """Standard competition ranks (1, 2, 2, 4), highest first; scores equal to 9 places tie.

    Rounding first keeps 0.1 + 0.2 and 0.3 level, so float noise never splits a tie.
    """
    rounded = [round(s, 9) for s in scores]
    higher: dict[float, int] = {}
    seen = 0
    for value, count in sorted(Counter(rounded).items(), reverse=True):
        higher[value] = seen
        seen += count
    return [higher[value] + 1 for value in rounded]


def _people(count: int) -> str:
    return translate("Workshop", "%n person(s)", None, count)


def _additive(spec: RoundSpec, values: Sequence[Mapping[str, int]], unit: str) -> _Count:
    """Dots and points (``unit`` "dot" or "point"): an option's score is everything given to it."""
    totals = dict.fromkeys(spec.options, 0)
    voters = dict.fromkeys(spec.options, 0)
    for ballot in values:
        for code, n in ballot.items():
            totals[code] += n
            voters[code] += 1
    details = []
    for c in spec.options:
        total = totals[c]
        if not voters[c]:
            text = (
                translate("Workshop", "no dots")
                if unit == "dot"
                else translate("Workshop", "no points")
            )
        elif unit == "dot":
            text = translate("Workshop", "%n dot(s) from {people}", None, total)
        else:
            text = translate("Workshop", "%n point(s) from {people}", None, total)
        details.append(text.format(people=_people(voters[c])))
    return _Count(
        scores=tuple(float(totals[c]) for c in spec.options),
        votes=tuple(voters[c] for c in spec.options),
        details=tuple(details),
    )


def _moscow(spec: RoundSpec, values: Sequence[Mapping[str, str]]) -> _Count:
    """MoSCoW: must 3, should 2, could 1, won't 0, averaged over the ballots that rated it."""
    ratings: dict[str, Counter[str]] = {c: Counter() for c in spec.options}
    for ballot in values:
        for code, rating in ballot.items():
            ratings[code][rating] += 1
    scores, votes, details = [], [], []
    for code in spec.options:
        counts = ratings[code]
        rated = sum(counts.values())
        total = sum(MOSCOW[r] * n for r, n in counts.items())
        scores.append(total / rated if rated else 0.0)
        votes.append(rated)
        words = ", ".join(f"{counts[r]} {moscow_word(r)}" for r in MOSCOW if counts[r])
        details.append(
            translate("Workshop", "%n rating(s): {words}", None, rated).format(words=words)
            if rated
            else translate("Workshop", "not rated")
        )
    unrated = [c for c, n in zip(spec.options, votes, strict=True) if not n]
    explanation: tuple[str, ...] = ()
    if unrated and values:
        if len(unrated) == 1:
            text = translate("Workshop", "Nobody rated {options}, so it scores 0.")
        else:
            text = translate("Workshop", "Nobody rated {options}, so they score 0.")
        explanation = (text.format(options=list_names(unrated)),)
    return _Count(tuple(scores), tuple(votes), tuple(details), explanation)


def _criteria(spec: RoundSpec, values: Sequence[Mapping[str, Mapping[str, int]]]) -> _Count:
    """Group median per option and criterion; score = Σ weight × median over the criteria rated."""
    given: dict[str, dict[str, list[int]]] = {c: {} for c in spec.options}
    raters = dict.fromkeys(spec.options, 0)
    for ballot in values:
        for code, scores in ballot.items():
            raters[code] += 1
            for crit, n in scores.items():
                given[code].setdefault(crit, []).append(n)
    proposed: dict[str, dict[str, float]] = {}
    totals = []
    for code in spec.options:
        medians = {
            crit.code: float(statistics.median(given[code][crit.code]))
            for crit in spec.criteria
            if crit.code in given[code]
        }
        proposed[code] = medians
        totals.append(
            round(sum(c.weight * medians[c.code] for c in spec.criteria if c.code in medians), 3)
        )
    details = tuple(
        translate("Workshop", "{score} weighted, rated by {people}").format(
            score=number_g(totals[i]), people=_people(raters[c])
        )
        if raters[c]
        else translate("Workshop", "not rated")
        for i, c in enumerate(spec.options)
    )
    return _Count(
        scores=tuple(totals),
        votes=tuple(raters[c] for c in spec.options),
        details=details,
        proposed=proposed,
    )


def _budget(spec: RoundSpec, values: Sequence[Mapping[str, Decimal]]) -> _Count:
    """Pooled spending: an option is funded when what everyone put on it reaches its cost."""
    spent = dict.fromkeys(spec.options, Decimal(0))
    voters = dict.fromkeys(spec.options, 0)
    for ballot in values:
        for code, amount in ballot.items():
            spent[code] += amount
            voters[code] += 1
    funded = tuple(c for c in spec.options if spent[c] >= spec.costs[c])
    details = []
    for code in spec.options:
        cost, got = spec.costs[code], spent[code]
        if code in funded:
            details.append(
                translate("Workshop", "funded: {got} of {cost}").format(
                    got=money_text(got), cost=money_text(cost)
                )
            )
        else:
            details.append(
                translate("Workshop", "{got} of {cost}; {missing} missing").format(
                    got=money_text(got), cost=money_text(cost), missing=money_text(cost - got)
                )
            )
    return _Count(
        scores=tuple(float(spent[c]) for c in spec.options),
        votes=tuple(voters[c] for c in spec.options),
        details=tuple(details),
        explanation=_budget_sentences(spec, spent, funded, len(values)) if values else (),
        funded=funded,
    )


def _budget_sentences(
    spec: RoundSpec, spent: Mapping[str, Decimal], funded: Sequence[str], people: int
) -> tuple[str, ...]:
    each = spec.budget if spec.budget is not None else Decimal(0)
    pool = each * people
    total = sum(spent.values(), Decimal(0))
    out = [
        translate(
            "Workshop", "Together {people} spent {spent} of the {pool} they had ({each} each)."
        ).format(
            people=_people(people),
            spent=money_text(total),
            pool=money_text(pool),
            each=money_text(each),
        )
    ]
    if funded:
        cost = sum((spec.costs[c] for c in funded), Decimal(0))
        if len(funded) > 1:
            text = translate("Workshop", "Funded: {options}, costing {cost} together.")
        else:
            text = translate("Workshop", "Funded: {options}, costing {cost}.")
        out.append(text.format(options=list_names(list(funded)), cost=money_text(cost)))
    else:
        out.append(translate("Workshop", "No option has collected its full cost yet."))
    # What the pool would buy if every unit went to the best-supported options first.
    order = sorted(range(len(spec.options)), key=lambda i: (-spent[spec.options[i]], i))
    left, fits = pool, []
    for i in order:
        code = spec.options[i]
        if spent[code] > 0 and spec.costs[code] <= left:
            fits.append(code)
            left -= spec.costs[code]
    if fits and set(fits) != set(funded):
        fits.sort(key=spec.options.index)
        out.append(
            translate(
                "Workshop",
                "Moved to the best-supported options first, the pooled {pool} would pay for "
                "{options}.",
            ).format(pool=money_text(pool), options=list_names(fits))
        )
    return tuple(out)


def _pairwise(spec: RoundSpec, values: Sequence[Sequence[tuple[str, str, str]]]) -> _Count:
    count = count_pairwise(spec.options, values)
    explanation = count.explain(competition_ranks(count.scores)) if values else ()
    return _Count(count.scores, count.votes, count.details, explanation)


def _count(spec: RoundSpec, values: Sequence[Any]) -> _Count:
    if spec.method == "dots":
        return _additive(spec, values, "dot")
    if spec.method == "points":
        return _additive(spec, values, "point")
    if spec.method == "moscow":
        return _moscow(spec, values)
    if spec.method == "criteria":
        return _criteria(spec, values)
    if spec.method == "budget":
        return _budget(spec, values)
    return _pairwise(spec, values)


def tally(spec: RoundSpec, ballots: Sequence[Ballot]) -> RoundResult:
    """Count one round; ballots are re-checked, so values read back from storage are safe too.

    A stored ballot that no longer fits the round (an option since removed) is left
    out and said so, rather than stopping the results screen mid-workshop. Pass one
    ballot per participant; repeats are all counted and named in the explanation.
    """
    counted: list[Any] = []
    abstentions = 0
    refused: list[str] = []
    for ballot in ballots:
        if ballot.abstain:
            abstentions += 1
            continue
        try:
            counted.append(validate_ballot(spec, ballot.values))
        except BallotError as exc:
            refused.append(str(exc))
    count = _count(spec, counted)
    ranks = competition_ranks(count.scores)
    order = sorted(range(len(spec.options)), key=lambda i: (ranks[i], i))
    results = tuple(
        OptionResult(
            code=spec.options[i],
            score=count.scores[i],
            rank=ranks[i],
            votes=count.votes[i],
            detail=count.details[i],
        )
        for i in order
    )
    return RoundResult(
        method=spec.method,
        ballots=len(counted) + abstentions,
        abstentions=abstentions,
        results=results,
        explanation=count.explanation + _ballot_notes(ballots, refused),
        proposed_scores=count.proposed,
        funded=count.funded,
    )


def _ballot_notes(ballots: Sequence[Ballot], refused: Sequence[str]) -> tuple[str, ...]:
    out = []
    if refused:
        n = len(refused)
        out.append(
            translate(
                "Workshop",
                "%n ballot(s) was/were left out because it/they no longer fit(s) the round "
                "({why}).",
                None,
                n,
            ).format(why=min(refused).rsplit("; ", 1)[0])
        )
    repeated = sorted(p for p, n in Counter(b.participant for b in ballots).items() if n > 1)
    if repeated:
        if len(repeated) == 1:
            text = translate("Workshop", "{people} has more than one ballot; each was counted.")
        else:
            text = translate("Workshop", "{people} have more than one ballot; each was counted.")
        out.append(text.format(people=list_names(repeated)))
    return tuple(out)


def tally_by_side(spec: RoundSpec, ballots: Sequence[Ballot]) -> dict[str, RoundResult] | None:
    """The round counted per side; None when an anonymous round has a side too small to hide in.

    Voters are distinct participants who did not abstain: with two business voters
    and one abstainer, each vote could still be worked out. Ballots of no known side
    count only in the overall tally.
    """
    by_side: dict[str, list[Ballot]] = {side: [] for side in SIDES}
    for ballot in ballots:
        if ballot.side in by_side:
            by_side[ballot.side].append(ballot)
    if spec.anonymity == "anonymous":
        for side_ballots in by_side.values():
            voters = {b.participant for b in side_ballots if not b.abstain}
            if len(voters) < MIN_SIDE_VOTERS:
                return None
    return {side: tally(spec, side_ballots) for side, side_ballots in by_side.items()}


def _shares(spec: RoundSpec, result: RoundResult) -> dict[str, float]:
    """Each option's score as 0..1: a share of the side's total, or of the best possible score."""
    scores = {r.code: r.score for r in result.results}
    if spec.method in ("dots", "points", "budget"):
        total = sum(scores.values())
        return {c: (s / total if total else 0.0) for c, s in scores.items()}
    if spec.method == "moscow":
        return {c: s / MOSCOW["must"] for c, s in scores.items()}
    if spec.method == "pairwise":
        others = len(spec.options) - 1
        return {c: s / others for c, s in scores.items()}
    weights = sum(c.weight for c in spec.criteria)
    out = {}
    for code in spec.options:
        medians = result.proposed_scores.get(code, {})
        value = sum(
            c.weight * (medians[c.code] - c.scale_min) / (c.scale_max - c.scale_min)
            for c in spec.criteria
            if c.code in medians and c.scale_max > c.scale_min
        )
        out[code] = value / weights if weights else 0.0
    return out


def disagreements(
    spec: RoundSpec, by_side: Mapping[str, RoundResult], limit: int = 3
) -> tuple[Disagreement, ...]:
    """The options the two sides value most differently, biggest gap first (then agenda order).

    Options both sides value alike (gap 0) are not disagreements and are left out.
    """
    business, it = by_side.get("business"), by_side.get("it")
    if business is None or it is None or limit <= 0:
        return ()
    if business.ballots == business.abstentions or it.ballots == it.abstentions:
        return ()
    b_share, it_share = _shares(spec, business), _shares(spec, it)
    found = [
        Disagreement(code, b_share[code], it_share[code], abs(b_share[code] - it_share[code]))
        for code in spec.options
    ]
    position = {code: i for i, code in enumerate(spec.options)}
    found = [d for d in found if round(d.gap, 9) > 0]
    found.sort(key=lambda d: (-round(d.gap, 9), position[d.code]))
    return tuple(found[:limit])


__all__ = [
    "ANONYMITY",
    "DEFAULT_DOTS",
    "DEFAULT_POINTS",
    "MAX_ENTRIES",
    "METHODS",
    "MIN_SIDE_VOTERS",
    "MOSCOW",
    "SIDES",
    "Ballot",
    "BallotError",
    "CriterionSpec",
    "Disagreement",
    "OptionResult",
    "RoundResult",
    "RoundSpec",
    "RoundSpecError",
    "competition_ranks",
    "disagreements",
    "tally",
    "tally_by_side",
    "validate_ballot",
]
