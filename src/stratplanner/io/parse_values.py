"""Reading spreadsheet cells as the planner's values: money, numbers, quarters, choices.

Spreadsheets nobody designed for us write "$1,200,000", "1.2M", "£3.4m",
"1 200 000 €", "July 31, 2022", "31/12/2026", "Q3 2027" or "TBC". Each
function here returns the value or raises :class:`CellError` with a sentence
saying why the text can't be read; the importer turns that into a warning and
leaves the field empty.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.values import Quarter


class CellError(ValueError):
    """A cell that can't be read as its field; the message names the text."""


#: What parse_number was asked to read ("a number", "an amount", "a whole number") -> the
#: sentences saying a cell is not that, marked whole for the catalogue.
_NOT_WHAT = {
    "a number": QT_TRANSLATE_NOOP("CellValues", "{value} is not a number"),
    "an amount": QT_TRANSLATE_NOOP("CellValues", "{value} is not an amount"),
    "a whole number": QT_TRANSLATE_NOOP("CellValues", "{value} is not a whole number"),
}
_PERCENT_NOT_WHAT = {
    "a number": QT_TRANSLATE_NOOP("CellValues", "{value} is a percentage, not a number"),
    "an amount": QT_TRANSLATE_NOOP("CellValues", "{value} is a percentage, not an amount"),
    "a whole number": QT_TRANSLATE_NOOP(
        "CellValues", "{value} is a percentage, not a whole number"
    ),
}


def _not_what(value: Any, what: str, *, percentage: bool = False) -> CellError:
    """'"abc" is not an amount', in the user's language."""
    table = _PERCENT_NOT_WHAT if percentage else _NOT_WHAT
    if what in table:
        return CellError(translate("CellValues", table[what]).format(value=show(value)))
    if percentage:
        return CellError(f"{show(value)} is a percentage, not {what}")
    return CellError(f"{show(value)} is not {what}")


def _cell_error(template: str, value: Any, **names: Any) -> CellError:
    """A CellError from an already translated sentence naming the cell as {value}."""
    return CellError(template.format(value=show(value), **names))


def show(value: Any, limit: int = 40) -> str:
    """A cell's text for messages: quoted, one line, shortened."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- numbers and money -----------------------------------------------------------------

_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}
_CURRENCY_WORDS = re.compile(
    r"\b(?:USD|US\$|EUR|GBP|CAD|C\$|AUD|A\$|NZD|CHF|JPY|CNY|INR|SEK|NOK|DKK|ZAR|"
    r"dollars?|euros?|pounds?|fte|ftes)\b",
    re.IGNORECASE,
)
_HEDGES = re.compile(
    r"^(?:~|≈|c\.|ca\.|circa|approx\.?|approximately|about|est\.?)\s*", re.IGNORECASE
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_SCIENTIFIC = re.compile(r"^[0-9]+(?:\.[0-9]+)?e[+-]?[0-9]+$")
_NUMBER_AND_SUFFIX = re.compile(r"^([0-9][0-9.,]*|[.,][0-9]+)([a-z]*)$")


def _strip_currency(text: str) -> str:
    text = _CURRENCY_WORDS.sub(" ", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Sc")


def _plain_number(digits: str, original: Any) -> float:
    """'1,200,000' '1.200.000,50' '1,5' '1.25' → float, deciding which mark is the decimal point."""
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        digits = digits.replace(thousands, "").replace(decimal, ".")
    elif commas:
        groups = digits.split(",")
        if commas > 1 or (len(groups[1]) == 3 and groups[0] not in ("", "0")):
            digits = digits.replace(",", "")
        else:
            digits = digits.replace(",", ".")
    elif dots > 1:
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        raise _cell_error(translate("CellValues", "{value} is not a number"), original) from None


def parse_number(value: Any, *, scale: float = 1.0, what: str = "a number") -> float:
    """A number from a cell; currency marks and k/M/bn suffixes are understood.

    ``scale`` multiplies values that carry no suffix of their own (a column
    headed "(£m)" holds millions).
    """
    if isinstance(value, bool):
        raise _not_what(value, what)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise _not_what(value, what)
        return float(value) * scale
    if not isinstance(value, str):
        raise _not_what(value, what)
    text = unicodedata.normalize("NFKC", value).strip()
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text = _HEDGES.sub("", text)
    text = _strip_currency(text)
    text = text.strip()
    if text.startswith(("-", "−")):
        negative, text = True, text[1:].strip()
    elif text.startswith("+"):
        text = text[1:].strip()
    text = _SPACES.sub("", text).lower()
    if text.endswith("%"):
        raise _not_what(value, what, percentage=True)
    if _SCIENTIFIC.match(text):
        number = float(text)
        return -number * scale if negative else number * scale
    match = _NUMBER_AND_SUFFIX.match(text)
    if not match:
        raise _not_what(value, what)
    digits, suffix = match.groups()
    if suffix and suffix not in _MULTIPLIERS:
        raise _not_what(value, what)
    number = _plain_number(digits, value)
    number *= _MULTIPLIERS[suffix] if suffix else scale
    return -number if negative else number


def parse_money(value: Any, *, scale: float = 1.0) -> float:
    return parse_number(value, scale=scale, what="an amount")


def parse_int(value: Any, *, low: int | None = None, high: int | None = None) -> int:
    number = parse_number(value, what="a whole number")
    if not number.is_integer():
        raise _cell_error(translate("CellValues", "{value} is not a whole number"), value)
    result = int(number)
    if (low is not None and result < low) or (high is not None and result > high):
        raise _cell_error(
            translate("CellValues", "{value} is not a whole number from {low} to {high}"),
            value,
            low=low,
            high=high,
        )
    return result


_TRUE = {"true", "yes", "y", "1", "x", "✓", "✔", "active", "on", "ja", "oui", "si", "sí"}
_FALSE = {"false", "no", "n", "0", "inactive", "off", "left", "nein", "non"}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = _words(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _cell_error(translate("CellValues", "{value} is not yes or no"), value)


# -- choices ---------------------------------------------------------------------------


def _words(value: Any) -> str:
    """Lower case, punctuation to spaces, spaces collapsed: 'In-Progress ' → 'in progress'."""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = re.sub(r"[^\w✓✔]+", " ", text)
    return " ".join(text.split())


#: Words spreadsheets use for our closed vocabularies (after :func:`_words`).
CHOICE_SYNONYMS: dict[str, dict[str, str]] = {
    "category": {
        "run": "run",
        "run the business": "run",
        "rtb": "run",
        "keep the lights on": "run",
        "ktlo": "run",
        "maintain": "run",
        "sustain": "run",
        "business as usual": "run",
        "bau": "run",
        "grow": "grow",
        "growth": "grow",
        "grow the business": "grow",
        "gtb": "grow",
        "improve": "grow",
        "enhance": "grow",
        "transform": "transform",
        "transformation": "transform",
        "transform the business": "transform",
        "ttb": "transform",
        "innovate": "transform",
        "innovation": "transform",
    },
    "status": {
        "proposed": "proposed",
        "proposal": "proposed",
        "idea": "proposed",
        "draft": "proposed",
        "new": "proposed",
        "not started": "proposed",
        "planned": "proposed",
        "pipeline": "proposed",
        "candidate": "proposed",
        "backlog": "proposed",
        "approved": "approved",
        "committed": "approved",
        "funded": "approved",
        "ready": "approved",
        "in progress": "in_progress",
        "in_progress": "in_progress",
        "inprogress": "in_progress",
        "active": "in_progress",
        "ongoing": "in_progress",
        "started": "in_progress",
        "in flight": "in_progress",
        "underway": "in_progress",
        "wip": "in_progress",
        "in delivery": "in_progress",
        "executing": "in_progress",
        "done": "done",
        "complete": "done",
        "completed": "done",
        "closed": "done",
        "finished": "done",
        "delivered": "done",
        "on hold": "on_hold",
        "on_hold": "on_hold",
        "hold": "on_hold",
        "paused": "on_hold",
        "deferred": "on_hold",
        "suspended": "on_hold",
        "cancelled": "cancelled",
        "canceled": "cancelled",
        "stopped": "cancelled",
        "terminated": "cancelled",
        "abandoned": "cancelled",
        "rejected": "cancelled",
        "withdrawn": "cancelled",
        # Progress reports: the item is running; the word itself is kept as a note
        # (NOTED_STATUS_WORDS) because the plan's statuses can't say it.
        "on track": "in_progress",
        "on schedule": "in_progress",
        "on time": "in_progress",
        "ahead of schedule": "in_progress",
        "behind schedule": "in_progress",
        "delayed": "in_progress",
        "late": "in_progress",
        "slipped": "in_progress",
        "at risk": "in_progress",
        "off track": "in_progress",
        "unknown past due": "in_progress",
        "past due": "in_progress",
        "overdue": "in_progress",
        "green": "in_progress",
        "amber": "in_progress",
        "red": "in_progress",
        "amber green": "in_progress",
        "amber red": "in_progress",
        "green amber": "in_progress",
        "red amber": "in_progress",
        "yellow": "in_progress",
    },
    "risk": {
        "low": "low",
        "l": "low",
        "minor": "low",
        "green": "low",
        "g": "low",
        "medium": "medium",
        "med": "medium",
        "m": "medium",
        "moderate": "medium",
        "amber": "medium",
        "yellow": "medium",
        "a": "medium",
        "amber green": "medium",
        "green amber": "medium",
        "high": "high",
        "h": "high",
        "major": "high",
        "severe": "high",
        "critical": "high",
        "red": "high",
        "r": "high",
        "amber red": "high",
        "red amber": "high",
    },
    "side": {
        "business": "business",
        "biz": "business",
        "the business": "business",
        "it": "it",
        "i t": "it",
        "ict": "it",
        "technology": "it",
        "tech": "it",
        "digital": "it",
        "is": "it",
    },
}

#: Status words the plan's statuses can't hold: the item gets the status above and the
#: word is kept in its description. RAG words also give the risk when no column does.
NOTED_STATUS_WORDS = frozenset(
    {
        "ahead of schedule",
        "behind schedule",
        "delayed",
        "late",
        "slipped",
        "at risk",
        "off track",
        "unknown past due",
        "past due",
        "overdue",
        "green",
        "amber",
        "red",
        "amber green",
        "amber red",
        "green amber",
        "red amber",
        "yellow",
    }
)
RAG_WORDS = frozenset(
    {"green", "amber", "red", "amber green", "amber red", "green amber", "red amber", "yellow"}
)


def choice_words(value: Any) -> str:
    """A cell as the words choices are looked up by ('Behind-Schedule ' → 'behind schedule')."""
    return _words(value)


_STRENGTH_WORDS = {
    "weak": 1,
    "low": 1,
    "l": 1,
    "minor": 1,
    "some": 1,
    "+": 1,
    "partial": 1,
    "moderate": 2,
    "medium": 2,
    "med": 2,
    "m": 2,
    "++": 2,
    "strong": 3,
    "high": 3,
    "h": 3,
    "major": 3,
    "direct": 3,
    "+++": 3,
    "full": 3,
}


def parse_choice(value: Any, enum: type[StrEnum], name: str) -> str:
    """One of ``enum``'s values, from the value itself or a common synonym."""
    allowed = [m.value for m in enum]
    if isinstance(value, str) and value in allowed:
        return value
    words = _words(value)
    synonyms = CHOICE_SYNONYMS.get(name, {})
    if words in synonyms and synonyms[words] in allowed:
        return synonyms[words]
    underscored = words.replace(" ", "_")
    if underscored in allowed:
        return underscored
    raise _cell_error(
        translate("CellValues", "{value} is not one of {choices}"),
        value,
        choices=", ".join(allowed),
    )


def parse_strength(value: Any) -> int:
    """Link strength 1-3 from a number or a word (weak/moderate/strong, low/medium/high)."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped in _STRENGTH_WORDS:
            return _STRENGTH_WORDS[stripped]
        words = _words(value)
        if words in _STRENGTH_WORDS:
            return _STRENGTH_WORDS[words]
    try:
        return parse_int(value, low=1, high=3)
    except CellError:
        raise _cell_error(
            translate("CellValues", "{value} is not a strength (1 weak, 2 moderate, 3 strong)"),
            value,
        ) from None


# -- dates and quarters ----------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "janvier", "januar", "enero"),
            ("february", "feb", "février", "fevrier", "februar", "febrero"),
            ("march", "mar", "mars", "märz", "marz", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "juni", "junio"),
            ("july", "jul", "juillet", "juli", "julio"),
            ("august", "aug", "août", "aout", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "octobre", "oktober", "octubre", "okt"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "décembre", "decembre", "dezember", "diciembre", "dez"),
        ],
        start=1,
    )
    for name in names
}

DAY_MONTH_ORDERS = ("auto", "dmy", "mdy")

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_FISCAL_YEAR = re.compile(r"^(?:fy\s*)?(\d{4})\s*[-/]\s*(\d{2}|\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?:[ T].*)?$")
_YEAR_Q = re.compile(r"^(\d{4})\s*[-/ ]?\s*q([1-4])$")
_Q_YEAR = re.compile(r"^q([1-4])\s*[-/ ']?\s*(?:fy)?\s*(\d{4}|\d{2})$")
_HALF = re.compile(r"^(?:h([12])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*h([12]))$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY_MONTHNAME_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([^\W\d_]+)\.?,?[\s\-/.]+(\d{4}|\d{2})$"
)
_MONTHNAME_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTHNAME_YEAR = re.compile(r"^([^\W\d_]+)\.?[\s\-/']+(\d{4}|\d{2})$")

#: Excel's day 0 (serial numbers count days from here; 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _is_next_year(first: str, second: str) -> bool:
    year = int(first)
    return int(second) == (year + 1 if len(second) == 4 else (year + 1) % 100)


def _quarter_of(year: int, month: int, day: int, original: Any) -> Quarter:
    try:
        date(year, month, day)
    except ValueError:
        raise _cell_error(translate("CellValues", "{value} is not a real date"), original) from None
    return Quarter.of(year, (month - 1) // 3 + 1)


def numeric_date_parts(value: Any) -> tuple[int, int] | None:
    """The two leading numbers of a date like 03/04/2027, for telling day/month order."""
    if not isinstance(value, str):
        return None
    match = _NUMERIC_DATE.match(value.strip())
    if not match:
        return None
    return int(match.group(1)), int(match.group(3))


def detect_day_month_order(values: list[Any]) -> tuple[str | None, int]:
    """('dmy'|'mdy'|None, number of ambiguous values) judged from a whole column.

    A first number over 12 proves day-first; a second over 12 proves month-first.
    """
    dmy = mdy = ambiguous = 0
    for value in values:
        parts = numeric_date_parts(value)
        if parts is None:
            continue
        first, second = parts
        if first > 12 >= second:
            dmy += 1
        elif second > 12 >= first:
            mdy += 1
        elif first != second:
            ambiguous += 1
    if dmy and not mdy:
        return "dmy", ambiguous
    if mdy and not dmy:
        return "mdy", ambiguous
    return None, ambiguous


def parse_quarter(value: Any, *, role: str = "start", order: str = "dmy") -> Quarter:
    """The calendar quarter a cell names: a date in many styles, a quarter, a half or a year.

    ``role`` decides what a bare year or half means: its first quarter for
    "start", its last for "end". ``order`` is "dmy" or "mdy" for dates such
    as 03/04/2027 whose day and month can't be told apart.
    """
    if isinstance(value, Quarter):
        return value
    if isinstance(value, datetime):
        return Quarter.of(value.year, (value.month - 1) // 3 + 1)
    if isinstance(value, date):
        return Quarter.of(value.year, (value.month - 1) // 3 + 1)
    if isinstance(value, bool):
        raise _cell_error(translate("CellValues", "{value} is not a date or quarter"), value)
    if isinstance(value, int | float):
        return _quarter_from_number(value, role)
    if not isinstance(value, str):
        raise _cell_error(translate("CellValues", "{value} is not a date or quarter"), value)
    text = " ".join(unicodedata.normalize("NFKC", value).strip().split())
    low = text.casefold()
    if re.fullmatch(r"\d+(?:\.\d+)?", low):
        return _quarter_from_number(float(low), role, original=value)
    if m := _YEAR_Q.match(low):
        return Quarter.of(int(m.group(1)), int(m.group(2)))
    if m := _Q_YEAR.match(low):
        return Quarter.of(_year(m.group(2)), int(m.group(1)))
    if m := _ISO_DATE.match(low):
        return _quarter_of(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if (m := _FISCAL_YEAR.match(low)) and _is_next_year(m.group(1), m.group(2)):
        raise _cell_error(
            translate(
                "CellValues", "{value} looks like a financial year; give a date or a quarter"
            ),
            value,
        )
    if m := _YEAR_MONTH.match(low):
        return _quarter_of(int(m.group(1)), int(m.group(2)), 1, value)
    if m := _NUMERIC_DATE.match(low):
        first, sep, second, year = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
        day_first = order != "mdy" or sep == "."
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            day_first = False
        day, month = (first, second) if day_first else (second, first)
        return _quarter_of(year, month, day, value)
    if m := _HALF.match(low):
        half = int(m.group(1) or m.group(4))
        year = int(m.group(2) or m.group(3))
        number = (1 if half == 1 else 3) if role != "end" else (2 if half == 1 else 4)
        return Quarter.of(year, number)
    if m := _DAY_MONTHNAME_YEAR.match(low):
        named = _MONTHS.get(m.group(2))
        if named:
            return _quarter_of(_year(m.group(3)), named, int(m.group(1)), value)
    if m := _MONTHNAME_DAY_YEAR.match(low):
        named = _MONTHS.get(m.group(1))
        if named:
            return _quarter_of(int(m.group(3)), named, int(m.group(2)), value)
    if m := _MONTHNAME_YEAR.match(low):
        named = _MONTHS.get(m.group(1))
        if named:
            return _quarter_of(_year(m.group(2)), named, 1, value)
    raise _cell_error(translate("CellValues", "{value} is not a date or quarter"), value)


def parse_date(value: Any, *, order: str = "dmy") -> date:
    """A calendar date from a date cell, ISO text, 31/12/2027, 'July 31, 2027', '31 July 2027'."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 <= value <= 80000:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    if not isinstance(value, str):
        raise _cell_error(translate("CellValues", "{value} is not a date"), value)
    low = " ".join(unicodedata.normalize("NFKC", value).strip().split()).casefold()
    try:
        if m := _ISO_DATE.match(low):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC_DATE.match(low):
            first, sep, second, year = (
                int(m.group(1)),
                m.group(2),
                int(m.group(3)),
                _year(m.group(4)),
            )
            day_first = order != "mdy" or sep == "."
            if first > 12 >= second:
                day_first = True
            elif second > 12 >= first:
                day_first = False
            day, month = (first, second) if day_first else (second, first)
            return date(year, month, day)
        if (m := _DAY_MONTHNAME_YEAR.match(low)) and m.group(2) in _MONTHS:
            return date(_year(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
        if (m := _MONTHNAME_DAY_YEAR.match(low)) and m.group(1) in _MONTHS:
            return date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
    except ValueError:
        raise _cell_error(translate("CellValues", "{value} is not a real date"), value) from None
    raise _cell_error(translate("CellValues", "{value} is not a date"), value)


def _quarter_from_number(number: float, role: str, original: Any = None) -> Quarter:
    shown = original if original is not None else number
    number = float(number)
    if not math.isfinite(number):
        raise _cell_error(translate("CellValues", "{value} is not a date or quarter"), shown)
    if number.is_integer() and 1900 <= number <= 2200:
        return Quarter.of(int(number), 4 if role == "end" else 1)
    if 20000 <= number <= 80000:  # an Excel date serial (1954-2119)
        day = _EXCEL_EPOCH + timedelta(days=int(number))
        return Quarter.of(day.year, (day.month - 1) // 3 + 1)
    raise _cell_error(translate("CellValues", "{value} is not a date or quarter"), shown)


# -- headers ---------------------------------------------------------------------------


def normalise_header(text: Any) -> str:
    """Header text for matching.

    'Project - Start Date (Latest…)' → 'project start date latest …';
    'projectName' → 'project name'.
    """
    raw = unicodedata.normalize("NFKC", str(text or ""))
    raw = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", raw)
    return _words(raw.replace("_", " "))


def header_without_notes(text: Any) -> str:
    """The header with bracketed explanations removed, normalised."""
    raw = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", str(text or ""))
    return normalise_header(raw)


_SCALE_PATTERNS = (
    (1e9, re.compile(r"(?:[£$€¥]\s?bn?\b|\bbn\b|\bbillions?\b|\bin\s+billions\b)", re.IGNORECASE)),
    (
        1e6,
        re.compile(
            r"(?:[£$€¥]\s?(?:m|mn|mm|mln)\b|\b(?:m|mn|mm|mln)\s?[£$€¥]|\(\s*(?:m|mn|mm|mln)\s*\)|"
            r"\bmillions?\b|\bin\s+millions\b|\bmio\b)",
            re.IGNORECASE,
        ),
    ),
    (
        1e3,
        re.compile(
            r"(?:[£$€¥]\s?(?:k|000s?)\b|\bk\s?[£$€¥]|\(\s*(?:k|'?000s?)\s*\)|\bthousands?\b|'000s?)",
            re.IGNORECASE,
        ),
    ),
)


def scale_from_header(header: Any) -> float:
    """1e6 for a column headed 'Cost (£m)' or 'Budget in millions', 1e3 for '($000)', else 1."""
    text = str(header or "")
    for factor, pattern in _SCALE_PATTERNS:
        if pattern.search(text):
            return factor
    return 1.0


__all__ = [
    "CHOICE_SYNONYMS",
    "DAY_MONTH_ORDERS",
    "NOTED_STATUS_WORDS",
    "RAG_WORDS",
    "CellError",
    "choice_words",
    "detect_day_month_order",
    "header_without_notes",
    "is_blank",
    "normalise_header",
    "parse_bool",
    "parse_choice",
    "parse_date",
    "parse_int",
    "parse_money",
    "parse_number",
    "parse_quarter",
    "parse_strength",
    "scale_from_header",
    "show",
]
