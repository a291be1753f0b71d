"""Transparent scoring and ranking of the portfolio (formulas in docs/prioritization.md).

Score = 100 × Σ weight × normalised criterion ÷ Σ weights. Computed criteria
(alignment, annual value, cost, risk) are min-max normalised over the ranked
items; user-scored criteria use their fixed 0-5 scale (score ÷ 5, missing = 0);
cost-direction criteria count as 1 − normalised. WSJF (cost of delay ÷ job
size) is the alternative method. Pins put items at the rank the business chose.

A :class:`ScoringModel` normalises once per snapshot; ``model.rank(weights)``
then re-ranks from in-memory weights in milliseconds, without the database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from stratplanner.i18n import translate
from stratplanner.snapshot.records import CriterionRec, ItemRec, PinRec
from stratplanner.snapshot.snapshot import PlanSnapshot

#: Items that take part in ranking: live work. Done and cancelled items are history.
RANKED_STATUSES = frozenset({"proposed", "approved", "in_progress", "on_hold"})
#: Delivery risk as a number for the risk criterion.
RISK_LEVEL = {"low": 1.0, "medium": 2.0, "high": 3.0}
MAX_SCORE = 5.0
METHODS = ("score", "wsjf")


class PrioritizationError(ValueError):
    """The portfolio can't be ranked, sequenced or budgeted as asked; one sentence says why."""


def alignment_scores(snap: PlanSnapshot) -> dict[int, float]:
    """Item alignment 0..1 (issue 4's formula), from the alignment analysis when present."""
    try:
        from stratplanner.analysis.alignment import item_alignment_scores
    except ImportError:
        return _alignment_scores(snap)
    return item_alignment_scores(snap)


def _alignment_scores(snap: PlanSnapshot) -> dict[int, float]:
    """Σ over links (strength / 3 × objective weight) ÷ Σ weights of all objectives."""
    total = sum(o.weight for o in snap.objectives)
    weight = {o.id: o.weight for o in snap.objectives}
    out: dict[int, float] = {}
    for item in snap.items:
        if item.status == "cancelled":
            continue
        raw = sum(
            link.strength * weight.get(link.objective_id, 0)
            for link in snap.links_by_item.get(item.id, ())
        )
        out[item.id] = min(1.0, raw / 3.0 / total) if total > 0 else 0.0
    return out


def join_names(names: Sequence[str], *, more: int = 0) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B and 3 others'."""
    names = list(names)
    if more:
        text = translate("Lists", "{names} and %n other(s)", None, more)
        return text.format(names=", ".join(names))
    if len(names) <= 1:
        return "".join(names)
    return translate("Lists", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def _unranked_pin(item: ItemRec, rank: int) -> str:
    """Why a pin on a done or cancelled item is ignored, in the user's language."""
    if item.status == "done":
        text = translate(
            "Scoring", "{item} is pinned at rank {rank} but is done; the pin is ignored."
        )
    elif item.status == "cancelled":
        text = translate(
            "Scoring", "{item} is pinned at rank {rank} but is cancelled; the pin is ignored."
        )
    else:
        text = translate(
            "Scoring", "{item} is pinned at rank {rank} but is {status}; the pin is ignored."
        )
    return text.format(item=item.code, rank=rank, status=item.status.replace("_", " "))


@dataclass(frozen=True, slots=True)
class CriterionWeight:
    """A criterion as used in one ranking: its weight and its share of all weights."""

    id: int
    code: str
    name: str
    measure: str
    direction: str
    weight: float
    share: float


class RankedItem(NamedTuple):
    """One ranked item (a named tuple: 20,000 of them are built on every re-rank)."""

    item_id: int
    code: str
    title: str
    #: 1 = first; pins included.
    rank: int
    #: The rank its score alone would give.
    score_rank: int
    #: 0..100 for the score method; cost of delay ÷ job size for WSJF (None: no job size).
    score: float | None
    #: Criterion code → points it contributes (they add up to ``score``); empty for WSJF.
    contributions: Mapping[str, float]
    #: Criterion code → the value the criterion read (alignment 0..1, money, risk 1-3, score 0-5).
    raw: Mapping[str, float | None]
    pin: PinRec | None = None
    #: Codes of scored criteria with no score for this item (counted as 0).
    unscored: tuple[str, ...] = ()
    cost_of_delay: float | None = None
    job_size: float | None = None


@dataclass(frozen=True)
class Ranking:
    method: str
    criteria: tuple[CriterionWeight, ...]
    #: In rank order.
    items: tuple[RankedItem, ...]
    warnings: tuple[str, ...] = ()

    @cached_property
    def by_item(self) -> dict[int, RankedItem]:
        return {r.item_id: r for r in self.items}

    @property
    def order(self) -> list[int]:
        """Item ids, first-ranked first."""
        return [r.item_id for r in self.items]

    def rank_of(self, item_id: int) -> int | None:
        entry = self.by_item.get(item_id)
        return entry.rank if entry else None


@dataclass
class _Prepared:
    items: list[ItemRec]
    criteria: list[CriterionRec]
    raw: np.ndarray  # items × criteria, NaN = missing score
    norm: np.ndarray  # items × criteria, after direction, 0..1
    tie: np.ndarray  # position of each item in code order (tie-break)
    pins: list[tuple[int, int, PinRec]] = field(default_factory=list)  # (pin rank, item index, pin)
    warnings: list[str] = field(default_factory=list)


class ScoringModel:
    """The portfolio normalised once; rank it with any weights, any number of times."""

    def __init__(self, snap: PlanSnapshot):
        self.snap = snap
        self._p = self._prepare(snap)

    @property
    def items(self) -> list[ItemRec]:
        """The ranked items, in plan order."""
        return self._p.items

    @property
    def criteria(self) -> list[CriterionRec]:
        return self._p.criteria

    @property
    def pinned_indexes(self) -> set[int]:
        """Positions (in ``items``) of the items whose rank is pinned."""
        return {k for _rank, k, _pin in self._p.pins}

    def stored_weights(self) -> dict[str, float]:
        return {c.code: c.weight for c in self._p.criteria}

    # -- preparing -----------------------------------------------------------------------
    @staticmethod
    def _prepare(snap: PlanSnapshot) -> _Prepared:
        items = [i for i in snap.items if i.status in RANKED_STATUSES]
        criteria = list(snap.criteria)
        n, m = len(items), len(criteria)
        raw = np.zeros((n, m))
        norm = np.zeros((n, m))
        alignment: dict[int, float] | None = None
        for j, criterion in enumerate(criteria):
            if criterion.measure == "alignment":
                if alignment is None:
                    alignment = alignment_scores(snap)
                column = np.array([alignment.get(i.id, 0.0) for i in items], dtype=float)
            elif criterion.measure == "annual_value":
                column = np.array([i.annual_value for i in items], dtype=float)
            elif criterion.measure == "cost":
                column = np.array([i.capex + i.opex for i in items], dtype=float)
            elif criterion.measure == "risk":
                column = np.array([RISK_LEVEL.get(i.risk, 2.0) for i in items], dtype=float)
            else:  # scored 0-5 by people; a missing score reads as NaN, counts as 0
                given = snap.scores_by_criterion.get(criterion.id, {})
                column = np.array([given.get(i.id, np.nan) for i in items], dtype=float)
            raw[:, j] = column
            if criterion.measure == "scored":
                normalised = np.nan_to_num(column, nan=0.0) / MAX_SCORE
            elif n and column.max() > column.min():
                normalised = (column - column.min()) / (column.max() - column.min())
            else:  # every item alike: the criterion can't tell them apart
                normalised = np.full(n, 0.5)
            norm[:, j] = 1.0 - normalised if criterion.direction == "cost" else normalised
        by_code = sorted(range(n), key=lambda k: items[k].code)
        tie = np.empty(n, dtype=np.int64)
        tie[by_code] = np.arange(n)
        prepared = _Prepared(items, criteria, raw, norm, tie)
        index = {item.id: k for k, item in enumerate(items)}
        for pin in snap.pins:
            k = index.get(pin.item_id)
            if k is None:
                item = snap.item_by_id.get(pin.item_id)
                if item is not None:
                    prepared.warnings.append(_unranked_pin(item, pin.rank))
                continue
            prepared.pins.append((pin.rank, k, pin))
        return prepared

    # -- weights -------------------------------------------------------------------------
    def weight_vector(self, weights: Mapping[str, float] | None = None) -> np.ndarray:
        """Stored weights, overridden by ``weights`` (criterion code → weight)."""
        criteria = self._p.criteria
        if not criteria:
            raise PrioritizationError(
                translate(
                    "Scoring",
                    "The plan has no criteria, so nothing can be scored; add a criterion "
                    "(e.g. strategic alignment) or rank by WSJF.",
                )
            )
        known = {c.code for c in criteria}
        unknown = sorted(set(weights or {}) - known)
        if unknown:
            raise PrioritizationError(
                translate(
                    "Scoring", "There is no criterion {unknown}; criteria are {known}."
                ).format(unknown=", ".join(unknown), known=", ".join(c.code for c in criteria))
            )
        vector = np.array([float((weights or {}).get(c.code, c.weight)) for c in criteria])
        if not np.all(np.isfinite(vector)) or np.any(vector < 0):
            raise PrioritizationError(
                translate("Scoring", "Criterion weights must be numbers of 0 or more.")
            )
        if vector.sum() <= 0:
            raise PrioritizationError(
                translate(
                    "Scoring",
                    "All criteria weights are 0, so nothing can be ranked; give at least one "
                    "criterion a weight above 0.",
                )
            )
        return vector

    def scores(self, weights: Mapping[str, float] | np.ndarray | None = None) -> np.ndarray:
        """Score 0..100 of every ranked item (plan order) for the given weights."""
        vector = weights if isinstance(weights, np.ndarray) else self.weight_vector(weights)
        if not len(self._p.items):
            return np.zeros(0)
        result: np.ndarray = 100.0 * (self._p.norm @ vector) / vector.sum()
        return result

    # -- ranking -------------------------------------------------------------------------
    def order_for(self, scores: np.ndarray) -> np.ndarray:
        """Item indexes in final rank order: by score (ties by code), then pins applied."""
        rounded = np.round(np.nan_to_num(scores, nan=-np.inf), 9)
        by_score = np.lexsort((self._p.tie, -rounded))
        return self._apply_pins(by_score)

    def _apply_pins(self, by_score: np.ndarray) -> np.ndarray:
        """Insert pinned items at their rank (clamped to the end) into the others' score order.

        Pins go in by rank; pins on the same rank go in together, the higher-scored first.
        """
        pins = self._p.pins
        if not pins:
            return by_score
        n = len(by_score)
        score_pos = np.empty(n, dtype=np.int64)
        score_pos[by_score] = np.arange(n)
        groups: dict[int, list[int]] = {}
        for pin_rank, k, _pin in pins:
            groups.setdefault(pin_rank, []).append(k)
        pinned = {k for _rank, k, _pin in pins}
        order = [k for k in by_score.tolist() if k not in pinned]
        for pin_rank in sorted(groups):
            index = min(pin_rank - 1, len(order))
            order[index:index] = sorted(groups[pin_rank], key=lambda k: score_pos[k])
        return np.array(order, dtype=np.int64)

    def quick_order(self, weights: Mapping[str, float] | None = None) -> list[int]:
        """Item ids in rank order for ``weights``: the fast path for dragging a weight slider."""
        order = self.order_for(self.scores(weights))
        items = self._p.items
        return [items[k].id for k in order.tolist()]

    def ranks_for(self, scores: np.ndarray) -> np.ndarray:
        """Rank (1 = first) of every ranked item in plan order."""
        order = self.order_for(scores)
        ranks = np.empty(len(order), dtype=np.int64)
        ranks[order] = np.arange(1, len(order) + 1)
        return ranks

    def rank(self, weights: Mapping[str, float] | None = None, method: str = "score") -> Ranking:
        """The ranked portfolio; ``weights`` (criterion code → weight) override the stored ones."""
        if method == "wsjf":
            return self._rank_wsjf()
        if method != "score":
            raise PrioritizationError(
                translate("Scoring", "Unknown ranking method {method}; use score or wsjf.").format(
                    method=repr(method)
                )
            )
        p = self._p
        vector = self.weight_vector(weights)
        total = vector.sum()
        scores = self.scores(vector)
        points = 100.0 * p.norm * vector / total
        order = self.order_for(scores)
        score_ranks = np.empty(len(order), dtype=np.int64)
        score_ranks[np.lexsort((p.tie, -np.round(scores, 9)))] = np.arange(1, len(order) + 1)
        pin_of = {k: pin for _r, k, pin in p.pins}
        codes = [c.code for c in p.criteria]
        scored = [j for j, c in enumerate(p.criteria) if c.measure == "scored"]
        # Plain lists: per-element numpy access is what makes 20k rows slow.
        points_rows = points.tolist()
        raw_rows = p.raw.tolist()
        score_list = scores.tolist()
        score_rank_list = score_ranks.tolist()
        items = p.items
        entries = []
        for rank, k in enumerate(order.tolist(), start=1):
            item = items[k]
            raw_row = raw_rows[k]
            entries.append(
                RankedItem(
                    item.id,
                    item.code,
                    item.title,
                    rank,
                    score_rank_list[k],
                    score_list[k],
                    dict(zip(codes, points_rows[k], strict=True)),
                    {
                        c: (None if math.isnan(v) else v)
                        for c, v in zip(codes, raw_row, strict=True)
                    },
                    pin_of.get(k),
                    tuple(codes[j] for j in scored if math.isnan(raw_row[j])) if scored else (),
                )
            )
        criteria = tuple(
            CriterionWeight(
                c.id, c.code, c.name, c.measure, c.direction, float(w), float(w / total)
            )
            for c, w in zip(p.criteria, vector.tolist(), strict=True)
        )
        return Ranking(
            "score", criteria, tuple(entries), tuple(p.warnings + self._pin_warnings(order))
        )

    def _pin_warnings(self, order: np.ndarray) -> list[str]:
        warnings = []
        n = len(order)
        by_rank: dict[int, list[str]] = {}
        for pin_rank, k, _pin in self._p.pins:
            by_rank.setdefault(pin_rank, []).append(self._p.items[k].code)
            if pin_rank > n:
                warnings.append(
                    translate(
                        "Scoring",
                        "{item} is pinned at rank {rank} but only {count} items are ranked; it "
                        "is placed as near to that as possible.",
                    ).format(item=self._p.items[k].code, rank=pin_rank, count=n)
                )
        for pin_rank, codes in sorted(by_rank.items()):
            if len(codes) > 1:
                warnings.append(
                    translate(
                        "Scoring",
                        "{items} are all pinned at rank {rank}; the higher-scored comes first "
                        "and the others follow.",
                    ).format(items=join_names(codes), rank=pin_rank)
                )
        return warnings

    def _rank_wsjf(self) -> Ranking:
        """Rank by WSJF = cost of delay ÷ job size (derived from value and cost when not given)."""
        p = self._p
        n = len(p.items)
        cod = np.empty(n)
        size = np.empty(n)
        explicit = 0
        for k, item in enumerate(p.items):
            cod[k] = item.cost_of_delay if item.cost_of_delay is not None else item.annual_value
            size[k] = item.job_size if item.job_size is not None else item.capex + item.opex
            explicit += item.cost_of_delay is not None or item.job_size is not None
        with np.errstate(divide="ignore", invalid="ignore"):
            wsjf = np.where(size > 0, cod / np.where(size > 0, size, 1.0), np.nan)
        # Items without a job size go last, the larger cost of delay first.
        sortable = np.where(np.isnan(wsjf), -np.inf, wsjf)
        by_score = np.lexsort((p.tie, -np.round(cod, 9), -np.round(sortable, 12)))
        order = self._apply_pins(by_score)
        score_ranks = np.empty(n, dtype=np.int64)
        score_ranks[by_score] = np.arange(1, n + 1)
        pin_of = {k: pin for _r, k, pin in p.pins}
        entries = tuple(
            RankedItem(
                item_id=p.items[k].id,
                code=p.items[k].code,
                title=p.items[k].title,
                rank=rank,
                score_rank=int(score_ranks[k]),
                score=None if np.isnan(wsjf[k]) else float(wsjf[k]),
                contributions={},
                raw={},
                pin=pin_of.get(k),
                cost_of_delay=float(cod[k]),
                job_size=float(size[k]),
            )
            for rank, k in enumerate(order.tolist(), start=1)
        )
        warnings = list(p.warnings) + self._pin_warnings(order)
        no_size = [p.items[k].code for k in range(n) if np.isnan(wsjf[k])]
        if no_size:
            names = join_names(no_size[:3], more=max(0, len(no_size) - 3))
            if len(no_size) == 1:
                text = translate(
                    "Scoring",
                    "{items} has no job size (no job_size and no cost) and rank last under WSJF.",
                )
            else:
                text = translate(
                    "Scoring",
                    "{items} have no job size (no job_size and no cost) and rank last under WSJF.",
                )
            warnings.append(text.format(items=names))
        if 0 < explicit < n:
            warnings.append(
                translate(
                    "Scoring",
                    "WSJF mixes given inputs ({given} items) with derived ones ({derived} items: "
                    "annual value ÷ capex + opex); give every item cost_of_delay and job_size, "
                    "or none.",
                ).format(given=explicit, derived=n - explicit)
            )
        return Ranking("wsjf", (), entries, tuple(warnings))


def rank_portfolio(
    snap: PlanSnapshot, weights: Mapping[str, float] | None = None, method: str = "score"
) -> Ranking:
    """Rank the live portfolio of ``snap`` (one call; keep a ScoringModel to re-rank fast)."""
    return ScoringModel(snap).rank(weights, method)


def ranked_items(snap: PlanSnapshot) -> Iterable[ItemRec]:
    return (i for i in snap.items if i.status in RANKED_STATUSES)
