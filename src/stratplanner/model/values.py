"""Value types of the planner's language: quarters and the closed vocabularies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")


class QuarterError(ValueError):
    """A text that is not a quarter such as 2027-Q1."""


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    """A calendar quarter; ``ordinal`` counts quarters since year 0 so arithmetic is easy."""

    ordinal: int

    @classmethod
    def of(cls, year: int, number: int) -> Quarter:
        if not 1 <= number <= 4:
            raise QuarterError(f"quarter number must be 1-4, not {number}")
        return cls(year * 4 + number - 1)

    @staticmethod
    def parse(text: str) -> Quarter:
        return _parse_quarter(text)

    @property
    def year(self) -> int:
        return self.ordinal // 4

    @property
    def number(self) -> int:
        return self.ordinal % 4 + 1

    def __add__(self, quarters: int) -> Quarter:
        return Quarter(self.ordinal + quarters)

    def __sub__(self, other: Quarter) -> int:
        return self.ordinal - other.ordinal

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    def __repr__(self) -> str:
        return f"Quarter({self})"


@lru_cache(maxsize=4096)
def _parse_quarter(text: str) -> Quarter:
    if not isinstance(text, str):
        raise QuarterError(f"{text!r} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1")
    match = _QUARTER_RE.match(text)
    if not match:
        raise QuarterError(f"{text!r} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1")
    return Quarter.of(int(match.group(1)), int(match.group(2)))


def quarter_range(start: Quarter, end: Quarter) -> list[Quarter]:
    """Every quarter from start to end, both included."""
    return [Quarter(o) for o in range(start.ordinal, end.ordinal + 1)]


def quarter_span_label(start: Quarter, end: Quarter) -> str:
    """'2027-Q1' or '2027-Q1–Q2' or '2027-Q3–2028-Q1', as a planner writes it."""
    if start == end:
        return str(start)
    if start.year == end.year:
        return f"{start}–Q{end.number}"
    return f"{start}–{end}"


class Category(StrEnum):
    RUN = "run"
    GROW = "grow"
    TRANSFORM = "transform"


class Status(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


class Risk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Side(StrEnum):
    BUSINESS = "business"
    IT = "it"


class Measure(StrEnum):
    """What a prioritisation criterion measures: computed from the plan, or scored by people."""

    ALIGNMENT = "alignment"
    ANNUAL_VALUE = "annual_value"
    COST = "cost"
    RISK = "risk"
    SCORED = "scored"


class Direction(StrEnum):
    """Whether more of a criterion is better (benefit) or worse (cost)."""

    BENEFIT = "benefit"
    COST = "cost"


class BudgetBasis(StrEnum):
    """A scenario's budget caps the total cost, or the spend in every calendar year."""

    TOTAL = "total"
    PER_YEAR = "per_year"


class Maximise(StrEnum):
    """What a budget scenario's best portfolio maximises."""

    SCORE = "score"
    VALUE = "value"


STATUS_LABELS = {
    Status.PROPOSED: "Proposed",
    Status.APPROVED: "Approved",
    Status.IN_PROGRESS: "In progress",
    Status.DONE: "Done",
    Status.ON_HOLD: "On hold",
    Status.CANCELLED: "Cancelled",
}

CATEGORY_LABELS = {
    Category.RUN: "Run",
    Category.GROW: "Grow",
    Category.TRANSFORM: "Transform",
}

STRENGTH_LABELS = {1: "weak", 2: "moderate", 3: "strong"}

MAX_CODE_LENGTH = 32
MAX_HORIZON = 40
