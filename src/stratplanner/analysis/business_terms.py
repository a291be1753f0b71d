"""Business terms: each item's case as the business reads it, and items justified only technically.

The rule (docs/partnership.md): an item states its case in business terms when it has at
least one value driver (revenue, cost, risk, customer experience, compliance), or its value
statement names a business outcome — a word from :data:`BUSINESS_WORDS` or an amount of
money (a currency code — the plan's or a common one — or sign next to a number). An item
with a value statement but neither is *justified only in technical terms*; an item with no
statement and no drivers has *no case* at all (the core "missing value statement" finding
already names it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from stratplanner.analysis.text import money
from stratplanner.i18n import translate
from stratplanner.model.values import ValueDriverKind, value_driver_label
from stratplanner.snapshot import ItemRec, PlanSnapshot
from stratplanner.snapshot.records import ValueDriverRec

#: Word stems that name a business outcome. A statement matches when one of its words starts
#: with a stem ("revenue", "customers", "savings", "compliant"…). Kept short and documented.
BUSINESS_WORDS: tuple[str, ...] = (
    # revenue and growth
    "revenue", "sales", "sell", "margin", "profit", "gmv", "conversion", "basket", "spend",
    "growth", "market share", "commission", "upsell", "price", "pricing", "markdown",
    # cost
    "cost", "saving", "saves", "cheaper", "budget", "expense", "opex", "capex", "working capital",
    "inventory", "headcount", "labour", "labor", "efficien", "productiv",
    # risk and compliance
    "risk", "fine", "penalt", "complian", "regulat", "audit", "privacy", "gdpr", "pci",
    "breach", "fraud", "liabilit", "insur", "legal",
    # customers and people
    "customer", "member", "loyalty", "nps", "promoter", "detractor", "satisfaction", "churn",
    "retention",
    "shopper", "queue", "experience", "service level", "employee", "staff", "associate",
    # time to value
    "time to market", "stock-out", "stockout", "availability of stock", "on-shelf",
)  # fmt: skip

#: Currency codes read as money next to a number (the plan's own currency is added).
CURRENCIES = frozenset(
    {"USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "SEK", "NOK", "DKK", "PLN",
     "CZK", "BRL", "MXN", "ZAR", "SGD", "HKD", "NZD"}
)  # fmt: skip
_SIGNS = "$€£¥₹"


def business_words_in(text: str) -> list[str]:
    """The business stems ``text`` uses (lower case), in the order of :data:`BUSINESS_WORDS`."""
    folded = " " + re.sub(r"\s+", " ", text.casefold()) + " "
    found = []
    for stem in BUSINESS_WORDS:
        if re.search(r"(?<![a-z0-9])" + re.escape(stem), folded):
            found.append(stem)
    return found


def names_money(text: str, currency: str | None = None) -> bool:
    """True when ``text`` states an amount of money ('USD 2.2m', '$4m', '3 EUR')."""
    codes = "|".join(sorted(CURRENCIES | ({currency.strip()} if currency else set())))
    pattern = rf"(?:\b(?:{codes})\s?\d|[{_SIGNS}]\s?\d|\d\s?(?:[{_SIGNS}]|(?:{codes})\b))"
    return re.search(pattern, text) is not None


#: Classifications of an item's case.
BUSINESS = "business"
TECHNICAL_ONLY = "technical_only"
NO_CASE = "no_case"


@dataclass(frozen=True)
class BusinessCase:
    """An item's case, business statement first (what the PDF and the app show)."""

    item_id: int
    classification: str  # BUSINESS | TECHNICAL_ONLY | NO_CASE
    drivers: tuple[ValueDriverRec, ...]  # largest amount first, unquantified last
    #: Σ of the drivers' amounts (unquantified drivers count 0).
    driver_total: float
    #: The first thing to read: the largest driver's statement, else the value statement.
    headline: str
    #: The business stems the value statement uses (empty when none).
    business_words: tuple[str, ...]
    money_in_statement: bool

    @property
    def in_business_terms(self) -> bool:
        return self.classification == BUSINESS

    def driver_lines(self, currency: str) -> list[str]:
        """'Revenue (USD 3.2m a year): …' per driver, for tables and tooltips (user's language)."""
        lines = []
        for driver in self.drivers:
            label = value_driver_label(driver.driver)
            if driver.amount:
                label = translate("BusinessTerms", "{driver} ({money} a year)").format(
                    driver=label, money=_money(driver.amount, currency)
                )
            statement = f": {driver.statement}" if driver.statement else ""
            lines.append(f"{label}{statement}")
        return lines


def _money(value: float | None, currency: str) -> str:
    return money(value or 0.0, currency)


def business_case(snap: PlanSnapshot, item: ItemRec) -> BusinessCase:
    drivers = sorted(
        snap.value_drivers_by_item.get(item.id, []),
        key=lambda d: (
            d.amount is None,
            -(d.amount or 0.0),
            list(ValueDriverKind).index(ValueDriverKind(d.driver)),
        ),
    )
    statement = item.value_statement.strip()
    words = tuple(business_words_in(statement)) if statement else ()
    money_named = names_money(statement, snap.info.currency) if statement else False
    if drivers or words or money_named:
        classification = BUSINESS
    elif statement:
        classification = TECHNICAL_ONLY
    else:
        classification = NO_CASE
    headline = next((d.statement for d in drivers if d.statement.strip()), "") or statement
    return BusinessCase(
        item.id,
        classification,
        tuple(drivers),
        sum(d.amount or 0.0 for d in drivers),
        headline,
        words,
        money_named,
    )


def business_cases(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> dict[int, BusinessCase]:
    """Item id → its case, for the counted items (or ``items``)."""
    chosen = items if items is not None else (i for i in snap.items if i.status != "cancelled")
    return {item.id: business_case(snap, item) for item in chosen}


def technical_only_items(
    snap: PlanSnapshot, items: Iterable[ItemRec] | None = None
) -> list[ItemRec]:
    """Counted items whose value statement has no business word, no money and no driver."""
    cases = business_cases(snap, items)
    return [
        snap.item_by_id[i] for i, case in cases.items() if case.classification == TECHNICAL_ONLY
    ]


def drivers_by_kind(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> dict[str, float]:
    """Σ of driver amounts per driver kind over the counted items (every kind, 0 when none)."""
    chosen = {i.id for i in (items if items is not None else snap.items) if i.status != "cancelled"}
    totals = {k.value: 0.0 for k in ValueDriverKind}
    for driver in snap.value_drivers:
        if driver.item_id in chosen:
            totals[driver.driver] += driver.amount or 0.0
    return totals


__all__ = [
    "BUSINESS",
    "BUSINESS_WORDS",
    "NO_CASE",
    "TECHNICAL_ONLY",
    "BusinessCase",
    "business_case",
    "business_cases",
    "business_words_in",
    "drivers_by_kind",
    "names_money",
    "technical_only_items",
]
