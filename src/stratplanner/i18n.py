"""The user's language for Qt-free code: translated text, numbers, money and dates.

Charts, analysis and the PDF speak through ``translate("Context", "text")`` (positional
arguments: pyside6-lupdate reads the call and ignores keywords) and the ``format_*``
functions here. What they return depends on the installed backend:

- the default backend (no Qt): English, formatted as the app always did ("1,234.5",
  "USD 1.2 m", "7 March 2027"), English plural forms from ``resources/i18n/en/*.ts``;
- ``stratplanner.ui.translation`` installs a Qt backend (QTranslator catalogues and QLocale)
  when the GUI starts or the command line is given ``--language``.

Placeholders in translated text are Python's ``{name}``, filled by ``.format`` after the
call; ``%n`` is the count of a plural message (``translate(ctx, "%n item(s)", None, n)``).
"""

from __future__ import annotations

import math
import threading
import xml.etree.ElementTree as ET  # our own catalogues, shipped with the package
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Literal, Protocol

DateStyle = Literal["long", "medium", "short", "month"]

#: The catalogues' folder (``resources/i18n`` in a checkout, ``stratplanner/resources/i18n``
#: when installed): the German sources per area, the English plural forms and, after a
#: build, ``stratplanner_<lang>.qm``.
CATALOGUE_DIR = Path(__file__).resolve().parent / "resources" / "i18n"
if not CATALOGUE_DIR.is_dir():  # a source checkout: resources/ sits beside src/
    CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"

#: The languages the app ships, in the order Preferences lists them (besides "system").
LANGUAGES = {"en": "English", "de": "Deutsch"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for the catalogue where it is declared (a module-level table) and return
    it unchanged; translate it where it is shown, with ``translate(context, value)``."""
    del context
    return text


class Backend(Protocol):
    """What the Qt side (ui/translation.py) provides; the default below is English."""

    @property
    def language(self) -> str:
        """The language code in use: "en", "de"."""
        ...

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        """The translation with ``%n`` replaced by the locale-formatted ``n`` (when ``n >= 0``)."""
        ...

    def format_number(self, value: float, decimals: int | None, grouping: bool) -> str:
        """``value`` with the language's separators; ``decimals=None``: as few as it needs."""
        ...

    def format_date(self, day: date, pattern: str) -> str:
        """``day`` in a Qt date pattern ("d MMMM yyyy"), month names in the language."""
        ...


# -- the English default -------------------------------------------------------------


def _english_number(value: float, decimals: int | None, grouping: bool) -> str:
    sep = "," if grouping else ""
    if decimals is None:
        if isinstance(value, int) or (math.isfinite(value) and value == int(value)):
            return f"{int(value):{sep}d}"
        return f"{value:{sep}}"
    return f"{value:{sep}.{decimals}f}"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# The Qt pattern letters the default backend understands, longest first.
_DATE_FIELDS: tuple[tuple[str, Callable[[date], str]], ...] = (
    ("yyyy", lambda d: f"{d.year:04d}"),
    ("MMMM", lambda d: _MONTHS[d.month - 1]),
    ("MMM", lambda d: _MONTHS[d.month - 1][:3]),
    ("MM", lambda d: f"{d.month:02d}"),
    ("dd", lambda d: f"{d.day:02d}"),
    ("yy", lambda d: f"{d.year % 100:02d}"),
    ("M", lambda d: str(d.month)),
    ("d", lambda d: str(d.day)),
    ("HH", lambda d: f"{d.hour:02d}" if isinstance(d, datetime) else "00"),
    ("mm", lambda d: f"{d.minute:02d}" if isinstance(d, datetime) else "00"),
)


def _english_date(day: date, pattern: str) -> str:
    """A Qt date pattern filled in English (what QLocale("en") gives for these letters)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        for letters, field in _DATE_FIELDS:
            if pattern.startswith(letters, i):
                out.append(field(day))
                i += len(letters)
                break
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


@cache
def english_plurals() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, disambiguation) -> (one, many) from ``resources/i18n/en/*.ts``."""
    forms: dict[tuple[str, str, str], tuple[str, str]] = {}
    for path in sorted((CATALOGUE_DIR / "en").glob("*.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                numerus = [f.text or "" for f in message.iter("numerusform")]
                if len(numerus) >= 2 and all(numerus):
                    key = (
                        name,
                        message.findtext("source") or "",
                        message.findtext("comment") or "",
                    )
                    forms[key] = (numerus[0], numerus[1])
    return forms


@dataclass(frozen=True)
class EnglishBackend:
    """The app's own English: today's formats exactly; plural forms from the English catalogue."""

    language: str = "en"

    def translate(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        if n < 0:
            return text
        forms = english_plurals().get((context, text, disambiguation or ""))
        if forms is not None:
            text = forms[0] if n == 1 else forms[1]
        return text.replace("%n", self.format_number(n, None, True))

    def format_number(self, value: float, decimals: int | None, grouping: bool) -> str:
        return _english_number(value, decimals, grouping)

    def format_date(self, day: date, pattern: str) -> str:
        return _english_date(day, pattern)


DEFAULT_BACKEND: Backend = EnglishBackend()

_lock = threading.Lock()
_backend: Backend = DEFAULT_BACKEND


def install_backend(backend: Backend | None) -> Backend:
    """Make ``backend`` the one every call uses (None: the English default); returns the
    previous one so a test or a one-off export can put it back."""
    global _backend  # one process-wide language, like Qt's translators
    with _lock:
        previous, _backend = _backend, backend or DEFAULT_BACKEND
    return previous


def current_backend() -> Backend:
    return _backend


def language() -> str:
    """The language code in use: "en" unless a catalogue was installed."""
    return _backend.language


# -- the calls Qt-free code makes ----------------------------------------------------------


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language. Call it with positional arguments and literal strings
    (that is what pyside6-lupdate extracts); give ``n`` for a plural message with ``%n``."""
    return _backend.translate(context, text, disambiguation, n)


def format_number(value: float, decimals: int | None = None, *, grouping: bool = True) -> str:
    """'1,234.5' in English, '1.234,5' in German; ``decimals`` fixes the places."""
    return _backend.format_number(value, decimals, grouping)


def format_percent(share: float, decimals: int = 0) -> str:
    """A share (0.25) as '25%' ('25 %' in German)."""
    value = format_number(share * 100, decimals, grouping=False)
    return translate("Numbers", "{value}%").format(value=value)


def format_money(
    value: float, currency: str | None = None, *, short: bool = False, thousands: bool = True
) -> str:
    """Money as the app writes it.

    ``short``: 'USD 2.35 bn', 'USD 1.2 m', 'USD 950k' (``thousands=False`` leaves amounts
    under a million whole: 'USD 950,000'); otherwise whole units, 'USD 1,234,567' (no
    currency: '1,234,567')."""
    magnitude = abs(value)
    if short and magnitude >= 1e9:
        amount = format_number(value / 1e9, 2)
        pattern = translate("Money", "{currency} {amount} bn")
    elif short and magnitude >= 1e6:
        amount = format_number(value / 1e6, 1)
        pattern = translate("Money", "{currency} {amount} m")
    elif short and thousands and magnitude >= 1e3:
        amount = format_number(value / 1e3, 0)
        pattern = translate("Money", "{currency} {amount}k")
    else:
        amount = format_number(value, 0)
        if currency is None:
            return amount
        pattern = translate("Money", "{currency} {amount}")
    return pattern.format(currency=currency or "", amount=amount).strip()


def date_pattern(style: DateStyle) -> str:
    """The Qt date pattern of a style in the user's language."""
    if style == "long":
        return translate("Dates", "d MMMM yyyy", "long date: 7 March 2027")
    if style == "medium":
        return translate("Dates", "dd MMM yyyy", "medium date: 07 Mar 2027")
    if style == "month":
        return translate("Dates", "MMM yyyy", "month: Mar 2027")
    return translate("Dates", "yyyy-MM-dd", "short date: 2027-03-07")


def format_date(day: date, style: DateStyle = "long") -> str:
    """'7 March 2027' (long), '07 Mar 2027' (medium), '2027-03-07' (short), 'Mar 2027'
    (month); German '7. März 2027', '07. März 2027', '07.03.2027', 'März 2027'."""

    return _backend.format_date(day, date_pattern(style))


def format_datetime(moment: datetime) -> str:
    """'2027-03-07 14:05' ('07.03.2027 14:05' in German): a short date and the time."""
    pattern = translate("Dates", "{date} {time}", "date and time: 2027-03-07 14:05")
    return pattern.format(
        date=format_date(moment, "short"), time=_backend.format_date(moment, "HH:mm")
    )
