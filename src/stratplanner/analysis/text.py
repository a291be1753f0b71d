"""How analysis results read in sentences: money, records named the way a planner names them."""

from __future__ import annotations

from stratplanner.snapshot import ItemRec, ObjectiveRec, TeamRec


def money(value: float, currency: str) -> str:
    """'USD 1.2 m', 'USD 2.35 bn' or 'USD 950k': short enough for a tooltip or a finding."""
    magnitude = abs(value)
    if magnitude >= 1e9:
        return f"{currency} {value / 1e9:,.2f} bn"
    if magnitude >= 1e6:
        return f"{currency} {value / 1e6:,.1f} m"
    if magnitude >= 1e3:
        return f"{currency} {value / 1e3:,.0f}k"
    return f"{currency} {value:,.0f}"


def counted(count: int, one: str, many: str | None = None) -> str:
    """'1 assessment', '3 assessments', '2 people': the number with the right form of the noun."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def fte(value: float) -> str:
    return f"{value:g} FTE" if value == round(value, 1) else f"{value:.1f} FTE"


def named(record: ItemRec | ObjectiveRec | TeamRec) -> str:
    """The record as a planner refers to it: its code and its title in quotes."""
    title = record.name if isinstance(record, TeamRec) else record.title
    return f'{record.code} "{title}"'
