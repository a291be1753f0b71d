"""What an amount column means: its currency, and whether it is a yearly or a whole-life figure.

Public portfolios say it in the header ("Whole Life Costs (£m)", "Budget ($M)",
"Cost (k€)", "Budget (CAD)", "$ thousands") or in the cells ("£33.73",
"$2,812,101"). A bare "$" names no country: it is taken as the plan's dollar
(or the file's, if the user says) and the report says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: Symbols and words that name one currency.
_CODES = re.compile(
    r"(?<![A-Za-z])(USD|US\$|GBP|EUR|CAD|CA\$|C\$|AUD|A\$|NZD|NZ\$|CHF|JPY|CNY|INR|SEK|NOK|DKK|ZAR)"
    r"(?![A-Za-z])"
)
_ALIASES = {"US$": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD", "NZ$": "NZD"}
_SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_WORDS = (
    (re.compile(r"\bpounds?\s+sterling\b|\bsterling\b", re.IGNORECASE), "GBP"),
    (re.compile(r"\beuros?\b", re.IGNORECASE), "EUR"),
)
#: The currency of a "$" the user hasn't named.
DOLLAR = "$"
DOLLAR_CURRENCIES = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD")

_WHOLE_LIFE = re.compile(
    r"whole[\s-]*life|life[\s-]*time|lifetime|over the life"
    r"|total\s+(?:baseline\s+|forecast\s+)?benefits?",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"\b(?:annual|yearly|per\s+(?:year|annum)|p\.?\s?a\.?|financial\s+year|fiscal\s+year|in[\s-]year)\b",
    re.IGNORECASE,
)


def currency_in(text: Any) -> str | None:
    """The currency a header or cell names: 'GBP', 'EUR', …, '$' for a bare dollar, or None."""
    if not isinstance(text, str) or not text:
        return None
    found = _CODES.search(text)
    if found:
        code = found.group(1)
        return _ALIASES.get(code, code)
    for symbol, code in _SYMBOLS.items():
        if symbol in text:
            return code
    for pattern, code in _WORDS:
        if pattern.search(text):
            return code
    if "$" in text or re.search(r"\bdollars?\b", text, re.IGNORECASE):
        return DOLLAR
    return None


def column_currency(header: str, cells: Iterable[Any]) -> str | None:
    """The currency of a column: named in its header, else the one its cells name most."""
    named = currency_in(header)
    if named is not None:
        return named
    counts: dict[str, int] = {}
    for cell in cells:
        code = currency_in(cell)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


def is_whole_life(header: str) -> bool:
    """A header for an amount over the whole life of a project ('TOTAL Baseline Benefits')."""
    return bool(_WHOLE_LIFE.search(header))


def is_yearly(header: str) -> bool:
    """A header for one year's amount ('Financial Year Baseline (£m)', 'Annual cost')."""
    return bool(_YEARLY.search(header)) and not is_whole_life(header)


def parse_rates(texts: Iterable[str]) -> dict[str, float]:
    """'GBP=1.27' → {'GBP': 1.27}: how many of the plan's currency one unit is worth."""
    rates: dict[str, float] = {}
    for text in texts:
        code, sep, value = text.partition("=")
        code = code.strip().upper()
        try:
            rate = float(value.strip()) if sep else 0.0
        except ValueError:
            rate = 0.0
        if not re.fullmatch(r"[A-Z]{3}", code) or not rate > 0 or rate == float("inf"):
            raise ValueError(
                f"A rate is written CODE=NUMBER, such as GBP=1.27 (one GBP in the plan's "
                f"currency), not {text!r}."
            )
        rates[code] = rate
    return rates


__all__ = [
    "DOLLAR",
    "DOLLAR_CURRENCIES",
    "column_currency",
    "currency_in",
    "is_whole_life",
    "is_yearly",
    "parse_rates",
]
