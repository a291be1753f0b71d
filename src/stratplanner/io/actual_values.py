"""Reading a KPI's actuals as a planner types or pastes them: a date, a value, a series.

Qt-free, so the Adoption & outcomes view only wires the fields to these and shows the
sentence of an :class:`InputError` where the text was typed. A date is written YYYY-MM-DD;
a value may carry the KPI's unit or "%", a decimal comma or thousands separators; a pasted
series is one actual a line ('date value [note]', with tabs from a spreadsheet, ';', '=' or
spaces between), and every line that can't be read is named.
"""

from __future__ import annotations

import math
import re
from datetime import date

from stratplanner.i18n import translate

_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")


class InputError(ValueError):
    """What the planner typed can't be read; the text says how to write it."""


def parse_date(text: str) -> date:
    raw = text.strip()
    if _ISO_DATE.fullmatch(raw):
        year, month, day = (int(part) for part in raw.split("-"))
        try:
            return date(year, month, day)
        except ValueError:
            pass
    if not raw:
        raise InputError(
            translate(
                "KpiActualInput",
                "Give the date of the actual as YYYY-MM-DD, for example 2027-09-30.",
            )
        )
    raise InputError(
        translate(
            "KpiActualInput",
            '"{text}" is not a date; write it as YYYY-MM-DD, for example 2027-09-30.',
        ).format(text=raw)
    )


def parse_value(text: str, unit: str = "") -> float:
    """'64.5', '64,5', '1,250', '24 %' → a number; refuses anything else with a sentence."""
    raw = text.strip()
    cleaned = raw
    for suffix in (unit, "%"):
        if suffix and cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # a decimal comma
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        if not raw and unit:
            message = translate(
                "KpiActualInput",
                "Give the value of the actual in {unit} as a number, such as 64.5.",
            )
        elif not raw:
            message = translate(
                "KpiActualInput", "Give the value of the actual as a number, such as 64.5."
            )
        elif unit:
            message = translate(
                "KpiActualInput",
                '"{text}" is not a number; write the value in {unit} as a number, such as 64.5.',
            )
        else:
            message = translate(
                "KpiActualInput",
                '"{text}" is not a number; write the value as a number, such as 64.5.',
            )
        raise InputError(message.format(text=raw, unit=unit))
    return value


def parse_series(text: str, unit: str = "") -> list[tuple[date, float, str]]:
    """Lines of 'date value [note]' (tabs from a spreadsheet, ';', '=' or spaces between);
    a first line without digits is taken as a header. Every bad line is named."""
    rows: list[tuple[date, float, str]] = []
    problems: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    for number, line in enumerate(lines, start=1):
        if not line or (number == 1 and not re.search(r"\d", line)):
            continue
        match = re.match(r"^([^\s;=]+)[\s;=]+(.*)$", line)
        if match is None:
            problems.append(
                translate(
                    "KpiActualInput", "Line {number} ({line}) needs a date and a value."
                ).format(number=number, line=repr(line))
            )
            continue
        when_text, rest = match.groups()
        parts = (
            re.split(r"\t|;", rest, maxsplit=1) if re.search(r"\t|;", rest) else rest.split(None, 1)
        )
        value_text, note = parts[0], (parts[1].strip() if len(parts) > 1 else "")
        try:
            rows.append((parse_date(when_text), parse_value(value_text, unit), note))
        except InputError as exc:
            problems.append(
                translate("KpiActualInput", "Line {number}: {problem}").format(
                    number=number, problem=exc
                )
            )
    if problems:
        raise InputError(" ".join(problems))
    if not rows:
        raise InputError(
            translate(
                "KpiActualInput",
                "Type or paste one actual a line: its date (YYYY-MM-DD) and its value.",
            )
        )
    return rows
