"""One definition for each figure the app, the CLI, the PDF and the docs show.

A board reading "opex a year" on screen and "capex + opex" in the PDF, or 13
objectives on the cover and 18 in the app, stops trusting every number; so the
words and the arithmetic behind each figure live here once (docs/analysis.md).
The phrases are in the user's language (stratplanner.i18n; English by default).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TypeVar

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.model.values import Status
from stratplanner.snapshot import ItemRec, ObjectiveRec, PlanSnapshot

K = TypeVar("K")

#: What each money figure is, in the words every label uses.
CAPEX_MEANING = "one-off investment, a total for the item"
OPEX_MEANING = "running cost over the item's life in the plan, a total for the item (not a year)"
INVESTMENT_MEANING = "capex + opex, both totals for the item"
ANNUAL_VALUE_MEANING = "expected benefit a year once delivered"
#: What "objectives" counts: the business objectives, not the themes that group them.
OBJECTIVES_MEANING = "business objectives (themes that group them are counted apart)"

#: Statuses in the order a sentence lists them (delivery first, cancelled last).
STATUS_ORDER: tuple[str, ...] = (
    Status.DONE,
    Status.IN_PROGRESS,
    Status.APPROVED,
    Status.PROPOSED,
    Status.ON_HOLD,
    Status.CANCELLED,
)
#: Funded work (decided) against work still asked of the board.
FUNDED_STATUSES = frozenset({Status.DONE, Status.IN_PROGRESS, Status.APPROVED})
ASKED_STATUSES = frozenset({Status.PROPOSED, Status.ON_HOLD})


#: A status inside a sentence ('4 in progress'), lower case where the language allows it.
STATUS_WORDS = {
    Status.DONE: QT_TRANSLATE_NOOP("Figures", "done"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Figures", "in progress"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Figures", "approved"),
    Status.PROPOSED: QT_TRANSLATE_NOOP("Figures", "proposed"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("Figures", "on hold"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Figures", "cancelled"),
}


def number(count: int | float) -> str:
    """A count as every page prints it: '1,858' ('1.858' in German)."""
    return format_number(count, 0)


def status_word(value: str) -> str:
    """A status inside a sentence: 'in progress' ('in Arbeit'); any other value as it is."""
    try:
        return translate("Figures", STATUS_WORDS[Status(value)])
    except ValueError:
        return value


def status_counts(items: Iterable[ItemRec]) -> list[tuple[str, int]]:
    """Every status present, in :data:`STATUS_ORDER`, with its count: they add up to the items."""
    tally = Counter(str(i.status) for i in items)
    ordered = [(s, tally.pop(s)) for s in STATUS_ORDER if tally.get(s)]
    return ordered + sorted(tally.items())


def status_mix(items: Iterable[ItemRec]) -> str:
    """'3 done, 4 in progress, 11 approved, 12 proposed' — every status, so the parts add up."""
    return ", ".join(
        translate("Figures", "{count} {status}").format(count=number(n), status=status_word(s))
        for s, n in status_counts(items)
    )


def percent_shares(amounts: Mapping[K, float]) -> dict[K, int]:
    """Whole percentages that sum to exactly 100 (largest-remainder rounding).

    Text and chart both print these, so '36% run' in a sentence is the 36%
    on the bar. Keys with a zero or negative amount get 0; an all-zero mapping
    gives all zeros.
    """
    positive = {k: v for k, v in amounts.items() if v > 0}
    whole = sum(positive.values())
    if whole <= 0:
        return dict.fromkeys(amounts, 0)
    exact = {k: v * 100 / whole for k, v in positive.items()}
    floors = {k: math.floor(x) for k, x in exact.items()}
    left = 100 - sum(floors.values())
    keys = list(positive)
    order = sorted(keys, key=lambda k: (-(exact[k] - floors[k]), keys.index(k)))
    for k in order[:left]:
        floors[k] += 1
    return {k: floors.get(k, 0) for k in amounts}


def share_text(amount: float, shares: Mapping[K, int], key: K) -> str:
    """'36%' from :func:`percent_shares`; '–' when nothing is spent."""
    return f"{shares.get(key, 0)}%" if amount > 0 else "–"


def category_spend(items: Iterable[ItemRec]) -> dict[str, float]:
    """Investment (capex + opex) per category, run / grow / transform first."""
    totals = {"run": 0.0, "grow": 0.0, "transform": 0.0}
    for item in items:
        totals[str(item.category)] = totals.get(str(item.category), 0.0) + item.cost
    return totals


def category_shares(items: Iterable[ItemRec]) -> dict[str, int]:
    """Run / grow / transform shares of the investment, summing to 100: text and chart use these."""
    return percent_shares(category_spend(items))


def business_objectives(snap: PlanSnapshot) -> list[ObjectiveRec]:
    """The objectives every count means: those that are not themes."""
    return [o for o in snap.objectives if not snap.is_theme(o.id)]


def objective_counts(snap: PlanSnapshot) -> tuple[int, int]:
    """(business objectives, themes) — '13 objectives under 5 themes'."""
    themes = sum(1 for o in snap.objectives if snap.is_theme(o.id))
    return len(snap.objectives) - themes, themes


def objectives_phrase(snap: PlanSnapshot) -> str:
    """'13 objectives under 5 themes' (or just '13 objectives')."""
    leaves, themes = objective_counts(snap)
    return objectives_text(leaves, themes)


def objectives_text(leaves: int, themes: int) -> str:
    """'1 objective', '1,858 objectives under 5 themes': the counts of
    :func:`objective_counts` as a phrase with the language's plural forms."""
    objectives = translate("Figures", "%n objective(s)", None, leaves)
    if not themes:
        return objectives
    return translate("Figures", "{objectives} under %n theme(s)", None, themes).format(
        objectives=objectives
    )
