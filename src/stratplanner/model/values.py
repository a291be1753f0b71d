"""Value types of the planner's language: quarters and the closed vocabularies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

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
    if not isinstance(text, str) or not (match := _QUARTER_RE.match(text)):
        raise QuarterError(
            translate(
                "Values", "{text} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1"
            ).format(text=repr(text))
        )
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


#: The labels below are English, marked for the catalogue ("Values"); the functions beside
#: them (status_label, category_label, …) give them in the user's language.
STATUS_LABELS = {
    Status.PROPOSED: QT_TRANSLATE_NOOP("Values", "Proposed"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Values", "Approved"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Values", "In progress"),
    Status.DONE: QT_TRANSLATE_NOOP("Values", "Done"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("Values", "On hold"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Values", "Cancelled"),
}


def status_label(value: str) -> str:
    """The label of a status held as text, in the user's language; a value that is no status
    is shown as it is."""
    try:
        return translate("Values", STATUS_LABELS[Status(value)])
    except ValueError:
        return value


CATEGORY_LABELS = {
    Category.RUN: QT_TRANSLATE_NOOP("Values", "Run"),
    Category.GROW: QT_TRANSLATE_NOOP("Values", "Grow"),
    Category.TRANSFORM: QT_TRANSLATE_NOOP("Values", "Transform"),
}


def category_label(value: str) -> str:
    """'Run', 'Grow', 'Transform' in the user's language; any other value as it is."""
    try:
        return translate("Values", CATEGORY_LABELS[Category(value)])
    except ValueError:
        return value


STRENGTH_LABELS = {
    1: QT_TRANSLATE_NOOP("Values", "weak"),
    2: QT_TRANSLATE_NOOP("Values", "moderate"),
    3: QT_TRANSLATE_NOOP("Values", "strong"),
}


def strength_label(strength: int) -> str:
    """A link strength in words ('weak', 'moderate', 'strong') in the user's language; any
    other value as its number."""
    label = STRENGTH_LABELS.get(strength)
    return translate("Values", label) if label else str(strength)


MAX_CODE_LENGTH = 32
MAX_HORIZON = 40


# -- the partnership lens (plan format 4, issue 7) ------------------------------------------

#: The four levels of the IT–business partnership maturity model.
MIN_MATURITY = 1
MAX_MATURITY = 4


class MaturityDimension(StrEnum):
    """What a partnership maturity assessment rates, each on the four-level model."""

    STRATEGIC_PLANNING = "strategic_planning"
    SHARED_PRIORITIZATION = "shared_prioritization"
    SPONSORSHIP_ADOPTION = "sponsorship_adoption"
    BUSINESS_TERMS = "business_terms"
    BUSINESS_ACUMEN = "business_acumen"
    TRUST_DELIVERY = "trust_delivery"


MATURITY_DIMENSION_LABELS = {
    MaturityDimension.STRATEGIC_PLANNING: QT_TRANSLATE_NOOP(
        "Maturity", "Involvement in strategic planning"
    ),
    MaturityDimension.SHARED_PRIORITIZATION: QT_TRANSLATE_NOOP(
        "Maturity", "Shared prioritization of the portfolio"
    ),
    MaturityDimension.SPONSORSHIP_ADOPTION: QT_TRANSLATE_NOOP(
        "Maturity", "Sponsorship and adoption"
    ),
    MaturityDimension.BUSINESS_TERMS: QT_TRANSLATE_NOOP(
        "Maturity", "Communication in business terms"
    ),
    MaturityDimension.BUSINESS_ACUMEN: QT_TRANSLATE_NOOP("Maturity", "Business acumen in IT"),
    MaturityDimension.TRUST_DELIVERY: QT_TRANSLATE_NOOP("Maturity", "Trust and delivery"),
}

#: Short labels for chart axes and narrow columns.
MATURITY_DIMENSION_SHORT = {
    MaturityDimension.STRATEGIC_PLANNING: QT_TRANSLATE_NOOP("Maturity", "Strategic planning"),
    MaturityDimension.SHARED_PRIORITIZATION: QT_TRANSLATE_NOOP("Maturity", "Shared prioritization"),
    MaturityDimension.SPONSORSHIP_ADOPTION: QT_TRANSLATE_NOOP("Maturity", "Sponsorship & adoption"),
    MaturityDimension.BUSINESS_TERMS: QT_TRANSLATE_NOOP("Maturity", "Business terms"),
    MaturityDimension.BUSINESS_ACUMEN: QT_TRANSLATE_NOOP("Maturity", "Business acumen"),
    MaturityDimension.TRUST_DELIVERY: QT_TRANSLATE_NOOP("Maturity", "Trust & delivery"),
}

MATURITY_LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("Maturity", "Order taker"),
    2: QT_TRANSLATE_NOOP("Maturity", "Service provider"),
    3: QT_TRANSLATE_NOOP("Maturity", "Occasional partner"),
    4: QT_TRANSLATE_NOOP("Maturity", "Strategic partner"),
}


def dimension_label(dimension: str) -> str:
    """A maturity dimension's full name in the user's language."""
    return translate("Maturity", MATURITY_DIMENSION_LABELS[MaturityDimension(dimension)])


def dimension_short(dimension: str) -> str:
    """A maturity dimension's short name (chart axes, narrow columns) in the user's language."""
    return translate("Maturity", MATURITY_DIMENSION_SHORT[MaturityDimension(dimension)])


def maturity_level_name(level: int) -> str:
    """'Strategic partner' (level 4) in the user's language; an unknown level as its number."""
    name = MATURITY_LEVEL_NAMES.get(level)
    return translate("Maturity", name) if name else str(level)


#: The four-level model as the issue states it.

MATURITY_LEVEL_DESCRIPTIONS = {
    1: QT_TRANSLATE_NOOP(
        "Maturity", "IT is an order taker provisioning equipment, with limited input."
    ),
    2: QT_TRANSLATE_NOOP("Maturity", "IT supports users but doesn't know the business vision."),
    3: QT_TRANSLATE_NOOP("Maturity", "IT is sometimes included in business discussions."),
    4: QT_TRANSLATE_NOOP(
        "Maturity",
        "IT understands business direction and designs and executes roadmaps aligned to "
        "business strategy.",
    ),
}


def maturity_level_description(level: int) -> str:
    """What a level of the model means, in the user's language ('' for an unknown level)."""
    text = MATURITY_LEVEL_DESCRIPTIONS.get(level)
    return translate("Maturity", text) if text else ""


#: What each level looks like on each dimension (tooltips of the maturity editor, the PDF).
MATURITY_DIMENSION_LEVELS: dict[MaturityDimension, dict[int, str]] = {
    MaturityDimension.STRATEGIC_PLANNING: {
        1: QT_TRANSLATE_NOOP("Maturity", "IT hears about business plans when the requests arrive."),
        2: QT_TRANSLATE_NOOP("Maturity", "IT is told the plan once it is set and sizes the work."),
        3: QT_TRANSLATE_NOOP(
            "Maturity", "IT is invited to some planning sessions and comments on drafts."
        ),
        4: QT_TRANSLATE_NOOP(
            "Maturity", "IT sits in strategic planning from the start and shapes the options."
        ),
    },
    MaturityDimension.SHARED_PRIORITIZATION: {
        1: QT_TRANSLATE_NOOP("Maturity", "IT works through requests first come, first served."),
        2: QT_TRANSLATE_NOOP("Maturity", "IT ranks the portfolio itself and reports the order."),
        3: QT_TRANSLATE_NOOP(
            "Maturity", "Business and IT rank the big programs together now and then."
        ),
        4: QT_TRANSLATE_NOOP(
            "Maturity", "Business and IT rank the whole portfolio together on a fixed cadence."
        ),
    },
    MaturityDimension.SPONSORSHIP_ADOPTION: {
        1: QT_TRANSLATE_NOOP(
            "Maturity", "Projects have no business sponsor; IT owns the outcome alone."
        ),
        2: QT_TRANSLATE_NOOP("Maturity", "Sponsors are named but rarely engaged after approval."),
        3: QT_TRANSLATE_NOOP(
            "Maturity", "Most programs have an engaged sponsor; adoption is tracked for some."
        ),
        4: QT_TRANSLATE_NOOP(
            "Maturity",
            "Every program has an active sponsor and champion and is judged by adoption.",
        ),
    },
    MaturityDimension.BUSINESS_TERMS: {
        1: QT_TRANSLATE_NOOP("Maturity", "IT talks about systems, servers and licences."),
        2: QT_TRANSLATE_NOOP(
            "Maturity", "IT explains cost and service levels, not business value."
        ),
        3: QT_TRANSLATE_NOOP("Maturity", "Major proposals carry a business case in money or risk."),
        4: QT_TRANSLATE_NOOP(
            "Maturity", "Every IT ask is stated in revenue, cost, risk or customer terms first."
        ),
    },
    MaturityDimension.BUSINESS_ACUMEN: {
        1: QT_TRANSLATE_NOOP("Maturity", "IT staff know little of how the business makes money."),
        2: QT_TRANSLATE_NOOP("Maturity", "IT leaders know the business model; teams do not."),
        3: QT_TRANSLATE_NOOP(
            "Maturity", "IT teams know their business unit's processes and numbers."
        ),
        4: QT_TRANSLATE_NOOP("Maturity", "IT people could run a business process; some have."),
    },
    MaturityDimension.TRUST_DELIVERY: {
        1: QT_TRANSLATE_NOOP(
            "Maturity", "Commitments are often missed; the business works around IT."
        ),
        2: QT_TRANSLATE_NOOP("Maturity", "Operations are reliable; projects often slip."),
        3: QT_TRANSLATE_NOOP(
            "Maturity", "Most commitments are kept and problems are raised early."
        ),
        4: QT_TRANSLATE_NOOP(
            "Maturity", "The business counts on IT's word and brings it the hard problems."
        ),
    },
}


def dimension_level_text(dimension: str, level: int) -> str:
    """What ``level`` looks like on ``dimension`` (the maturity editor's tooltips, the PDF), in
    the user's language; '' for an unknown level."""
    text = MATURITY_DIMENSION_LEVELS[MaturityDimension(dimension)].get(level)
    return translate("Maturity", text) if text else ""


class ValueDriverKind(StrEnum):
    """How an item's case is stated in business terms."""

    REVENUE = "revenue"
    COST = "cost"
    RISK = "risk"
    CUSTOMER_EXPERIENCE = "customer_experience"
    COMPLIANCE = "compliance"


VALUE_DRIVER_LABELS = {
    ValueDriverKind.REVENUE: QT_TRANSLATE_NOOP("Values", "Revenue"),
    ValueDriverKind.COST: QT_TRANSLATE_NOOP("Values", "Cost"),
    ValueDriverKind.RISK: QT_TRANSLATE_NOOP("Values", "Risk"),
    ValueDriverKind.CUSTOMER_EXPERIENCE: QT_TRANSLATE_NOOP("Values", "Customer experience"),
    ValueDriverKind.COMPLIANCE: QT_TRANSLATE_NOOP("Values", "Compliance"),
}


def value_driver_label(driver: str) -> str:
    """'Revenue', 'Customer experience' … in the user's language; any other value as it is."""
    try:
        return translate("Values", VALUE_DRIVER_LABELS[ValueDriverKind(driver)])
    except ValueError:
        return driver


class KpiKind(StrEnum):
    """A business outcome (revenue, adoption, satisfaction) or IT service metric (uptime, RTO)."""

    BUSINESS_OUTCOME = "business_outcome"
    IT_SERVICE = "it_service"


KPI_KIND_LABELS = {
    KpiKind.BUSINESS_OUTCOME: QT_TRANSLATE_NOOP("Values", "Business outcome"),
    KpiKind.IT_SERVICE: QT_TRANSLATE_NOOP("Values", "IT service metric"),
}


def kpi_kind_label(kind: str) -> str:
    """'Business outcome' or 'IT service metric' in the user's language; any other as it is."""
    try:
        return translate("Values", KPI_KIND_LABELS[KpiKind(kind)])
    except ValueError:
        return kind


class SponsorRole(StrEnum):
    """The people roles an item holds; changes to them are kept as history."""

    SPONSOR = "sponsor"
    CHAMPION = "champion"
    IT_OWNER = "it_owner"


SPONSOR_ROLE_LABELS = {
    SponsorRole.SPONSOR: QT_TRANSLATE_NOOP("Values", "sponsor"),
    SponsorRole.CHAMPION: QT_TRANSLATE_NOOP("Values", "champion"),
    SponsorRole.IT_OWNER: QT_TRANSLATE_NOOP("Values", "IT owner"),
}


def sponsor_role_label(value: str, default: str | None = None) -> str:
    """The label of a sponsor role held as text, in the user's language; ``default`` (else the
    value) for any other."""
    try:
        return translate("Values", SPONSOR_ROLE_LABELS[SponsorRole(value)])
    except ValueError:
        return value if default is None else default


# -- workshop mode (plan format 5) ----------------------------------------------------------


class RoundMethod(StrEnum):
    """How participants vote in a workshop round (the tallies: analysis.workshop)."""

    DOTS = "dots"
    POINTS = "points"
    MOSCOW = "moscow"
    PAIRWISE = "pairwise"
    CRITERIA = "criteria"
    BUDGET = "budget"


class RoundSubject(StrEnum):
    """What a round's options are: roadmap items or objectives."""

    ITEMS = "items"
    OBJECTIVES = "objectives"


class Anonymity(StrEnum):
    """What the results show of who voted how."""

    ANONYMOUS = "anonymous"
    BY_SIDE = "by_side"
    NAMED = "named"


class RoundState(StrEnum):
    """A round is set up as a draft, opened for voting, then closed."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


#: Bounds of a workshop: participants, options of one round, stored ballot JSON (bytes).
MAX_PARTICIPANTS = 200
MAX_ROUND_OPTIONS = 60
MAX_BALLOT_BYTES = 64 * 1024
