"""How analysis results read in sentences: money, records named the way a planner names them.

In the user's language (stratplanner.i18n): English unless a catalogue is installed.
"""

from __future__ import annotations

from stratplanner.i18n import format_money, format_number, format_percent, translate
from stratplanner.snapshot import ItemRec, ObjectiveRec, TeamRec


def money(value: float, currency: str) -> str:
    """'USD 1.2 m', 'USD 2.35 bn' or 'USD 950k': short enough for a tooltip or a finding."""
    return format_money(value, currency, short=True)


def counted(count: int, one: str, many: str | None = None) -> str:
    """'1 assessment', '3 assessments', '2 people': the number with the right form of the noun.

    English only, for the command line's own output: text the app or the PDF shows uses a
    plural message instead, ``translate(context, "%n assessment(s)", None, n)``."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def percent(share: float) -> str:
    return format_percent(share)


def number_g(value: float) -> str:
    """A number as ``f"{value:g}"`` writes it (six significant digits, no grouping) with the
    language's decimal mark: '2.5' ('2,5' in German). FTE and capacities in sentences."""
    text = f"{value:g}"
    if "e" in text or "n" in text:  # 1e+06, inf, nan: as Python writes them
        return text
    return format_number(float(text), None, grouping=False)


def fte(value: float) -> str:
    """'2.5 FTE' (people's time), one decimal at most."""
    whole = value == round(value, 1)
    number = format_number(value, None if whole else 1, grouping=False)
    return translate("Units", "{value} FTE").format(value=number)


def named(record: ItemRec | ObjectiveRec | TeamRec) -> str:
    """The record as a planner refers to it: its code and its title in quotes."""
    title = record.name if isinstance(record, TeamRec) else record.title
    return translate("Records", '{code} "{title}"').format(code=record.code, title=title)
