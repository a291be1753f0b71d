"""The partnership lens: maturity per business unit, its trend, gaps with practices, and sponsors.

Pure functions over a :class:`~stratplanner.snapshot.PlanSnapshot`. The four-level model,
the dimensions, the practices catalogue and every rule here are documented in
docs/partnership.md; the GUI, the PDF and ``stratplanner partnership`` all read
:func:`partnership_report`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, translate
from stratplanner.model import values
from stratplanner.model.values import MaturityDimension, maturity_level_name
from stratplanner.snapshot import ItemRec, PlanSnapshot
from stratplanner.snapshot.records import AssessmentRec, PersonRec, RatingRec

if TYPE_CHECKING:
    from stratplanner.analysis.findings import Finding

#: The dimensions in the model's order (values of :class:`MaturityDimension`).
DIMENSIONS: tuple[str, ...] = tuple(d.value for d in MaturityDimension)

#: A relationship not engaged for longer than this many days is called stale.
STALE_AFTER_DAYS = 90


def dimension_label(dimension: str) -> str:
    """A maturity dimension's full name in the user's language."""
    return values.dimension_label(dimension)


# -- the practices catalogue -----------------------------------------------------------------


@dataclass(frozen=True)
class Practice:
    """A way of working that lifts a dimension of the partnership; it can become a roadmap item.

    ``dimensions``: the dimensions it lifts, the main one first. ``from_levels``: the
    current levels it fits best (a level-1 unit needs different habits from a level-3 one).
    """

    code: str
    title: str
    dimensions: tuple[str, ...]
    from_levels: tuple[int, ...]
    description: str
    #: The case in business terms, used as the value statement of the item it becomes.
    value_statement: str

    # The fields above are English (marked for the "Practices" catalogue); these give them in
    # the user's language, for what is shown (charts, the PDF, the maturity view) and for the
    # item a practice becomes.
    @property
    def shown_title(self) -> str:
        return translate("Practices", self.title)

    @property
    def shown_description(self) -> str:
        return translate("Practices", self.description)

    @property
    def shown_value_statement(self) -> str:
        return translate("Practices", self.value_statement)


_D = MaturityDimension

#: The documented catalogue (docs/partnership.md), in the order suggestions are listed.
PRACTICES: tuple[Practice, ...] = (
    Practice(
        "JOINT-REVIEW",
        QT_TRANSLATE_NOOP("Practices", "Quarterly joint portfolio reviews"),
        (_D.SHARED_PRIORITIZATION, _D.STRATEGIC_PLANNING),
        (1, 2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Business unit leaders and IT rank the whole portfolio together every quarter: what "
            "starts, what stops, what moves.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Money goes to the work the business ranks highest, and stopped work frees budget "
            "for revenue and cost priorities every quarter.",
        ),
    ),
    Practice(
        "NAMED-SPONSOR",
        QT_TRANSLATE_NOOP("Practices", "A named business sponsor for every program"),
        (_D.SPONSORSHIP_ADOPTION,),
        (1, 2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "No program starts without a business sponsor who answers for its benefits and a "
            "champion who drives adoption; sponsors are re-confirmed when people move.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Programs deliver the revenue and cost benefits they promised because someone in the "
            "business owns the outcome and the adoption.",
        ),
    ),
    Practice(
        "VALUE-STATEMENTS",
        QT_TRANSLATE_NOOP("Practices", "Value statements in business terms"),
        (_D.BUSINESS_TERMS,),
        (1, 2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Every IT ask states its case as revenue, cost, risk, customer experience or "
            "compliance, with an amount, before its technology.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Leaders compare IT asks with every other investment in revenue, cost and risk, so "
            "budget goes where the business return is highest.",
        ),
    ),
    Practice(
        "STRATEGY-SEAT",
        QT_TRANSLATE_NOOP("Practices", "IT in the strategic planning cycle"),
        (_D.STRATEGIC_PLANNING,),
        (2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "The CIO and business relationship managers take part in the business unit's "
            "strategy sessions from the first draft.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Strategy counts on what technology can do for customers and margin, instead of "
            "finding out late what it costs.",
        ),
    ),
    Practice(
        "RELATIONSHIP-MGR",
        QT_TRANSLATE_NOOP("Practices", "A business relationship manager per business unit"),
        (_D.STRATEGIC_PLANNING, _D.BUSINESS_TERMS),
        (1, 2),
        QT_TRANSLATE_NOOP(
            "Practices",
            "One named IT leader owns the relationship with each business unit, meets its "
            "leadership monthly and brings its priorities to IT.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "The business unit gets one accountable contact who turns its revenue and customer "
            "priorities into IT plans.",
        ),
    ),
    Practice(
        "BENEFITS-REVIEW",
        QT_TRANSLATE_NOOP("Practices", "Benefits and adoption reviews after go-live"),
        (_D.SPONSORSHIP_ADOPTION, _D.TRUST_DELIVERY),
        (2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Sponsors review adoption and business KPIs 3, 6 and 12 months after go-live; "
            "programs close when adoption targets are met, not when code ships.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Delivered programs earn the revenue and savings in their business case, because "
            "low adoption is found and fixed early.",
        ),
    ),
    Practice(
        "JOB-ROTATION",
        QT_TRANSLATE_NOOP("Practices", "Job rotation between IT and the business"),
        (_D.BUSINESS_ACUMEN, _D.TRUST_DELIVERY),
        (1, 2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "IT staff spend six to twelve months in a business role (store, DC, customer "
            "service) and business staff join product teams.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "People who know the customer and the operation build solutions that sell more and "
            "cost less to run.",
        ),
    ),
    Practice(
        "CO-LOCATION",
        QT_TRANSLATE_NOOP("Practices", "Co-locate product teams with their business unit"),
        (_D.BUSINESS_ACUMEN, _D.TRUST_DELIVERY),
        (1, 2),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Product teams sit with (or in the same channels as) the business team they serve, "
            "at least part of the week.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Faster decisions and fewer misunderstandings shorten time to revenue and cut "
            "rework cost.",
        ),
    ),
    Practice(
        "ACUMEN-TRAINING",
        QT_TRANSLATE_NOOP("Practices", "Business acumen training for IT staff"),
        (_D.BUSINESS_ACUMEN, _D.BUSINESS_TERMS),
        (1, 2),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Short courses on the P&L, margin, customer journeys and the unit's KPIs for every "
            "IT team.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "IT teams weigh their work by margin and customer impact, so effort goes where the "
            "business gains most.",
        ),
    ),
    Practice(
        "DELIVERY-SCORECARD",
        QT_TRANSLATE_NOOP("Practices", "Published delivery commitments with a monthly scorecard"),
        (_D.TRUST_DELIVERY,),
        (1, 2),
        QT_TRANSLATE_NOOP(
            "Practices",
            "IT publishes dates and service levels it commits to and reports them monthly to the "
            "business, misses included.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "The business can plan launches and promotions on IT's dates, reducing the cost of "
            "slips and lost sales.",
        ),
    ),
    Practice(
        "COST-SHOWBACK",
        QT_TRANSLATE_NOOP("Practices", "IT cost transparency per business unit"),
        (_D.BUSINESS_TERMS, _D.TRUST_DELIVERY),
        (2, 3),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Show each business unit what its applications and projects cost, in its own terms "
            "(per store, per order, per customer).",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Business leaders see the cost of their demand and trade it against revenue, cutting "
            "low-value spend.",
        ),
    ),
    Practice(
        "JOINT-INTAKE",
        QT_TRANSLATE_NOOP("Practices", "One joint demand intake with business scoring"),
        (_D.SHARED_PRIORITIZATION,),
        (1, 2),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Every request enters one intake, scored by business and IT on the same criteria "
            "before it is sized.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Scarce IT capacity goes to the requests with the most revenue, cost and risk value.",
        ),
    ),
    Practice(
        "SHARED-OKR",
        QT_TRANSLATE_NOOP("Practices", "Shared outcome targets for business and IT"),
        (_D.STRATEGIC_PLANNING, _D.SPONSORSHIP_ADOPTION),
        (3,),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Business and IT leaders carry the same outcome targets (revenue, customer, cost) in "
            "their objectives and bonuses.",
        ),
        QT_TRANSLATE_NOOP(
            "Practices",
            "Both sides win only when customers and margin improve, which aligns every roadmap "
            "decision with the business result.",
        ),
    ),
)

PRACTICE_BY_CODE = {p.code: p for p in PRACTICES}


def practices_for(dimension: str, level: int) -> list[Practice]:
    """Practices that lift ``dimension`` from ``level``: those made for that level first, main
    dimension before secondary, catalogue order otherwise."""
    matching = [p for p in PRACTICES if dimension in p.dimensions]

    def rank(practice: Practice) -> tuple[int, int, int]:
        return (
            0 if level in practice.from_levels else 1,
            practice.dimensions.index(dimension),
            PRACTICES.index(practice),
        )

    return sorted(matching, key=rank)


# -- maturity ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DimensionScore:
    dimension: str
    level: int
    target: int | None
    evidence: str

    @property
    def gap(self) -> int:
        """Levels still to climb to the target (0 when there is no target or it is reached)."""
        return max(0, (self.target or 0) - self.level)


@dataclass(frozen=True)
class AssessmentView:
    """An assessment with its ratings by dimension (dimensions it lacks are absent)."""

    assessment: AssessmentRec
    scores: dict[str, DimensionScore]

    @property
    def average(self) -> float:
        levels = [s.level for s in self.scores.values()]
        return sum(levels) / len(levels) if levels else 0.0

    @property
    def average_target(self) -> float | None:
        targets = [s.target for s in self.scores.values() if s.target is not None]
        return sum(targets) / len(targets) if targets else None

    @property
    def stage(self) -> int:
        """The model level the average rounds down to (1-4), for a one-word summary."""
        return max(1, min(4, int(self.average + 1e-9))) if self.scores else 1


def _view(snap: PlanSnapshot, assessment: AssessmentRec) -> AssessmentView:
    ratings: dict[str, RatingRec] = snap.ratings_by_assessment.get(assessment.id, {})
    scores = {
        d: DimensionScore(d, ratings[d].level, ratings[d].target, ratings[d].evidence)
        for d in DIMENSIONS
        if d in ratings
    }
    return AssessmentView(assessment, scores)


@dataclass(frozen=True)
class UnitMaturity:
    """One business unit: its assessments oldest first and the change since the first."""

    business_unit_id: int
    code: str
    name: str
    history: tuple[AssessmentView, ...]

    @property
    def latest(self) -> AssessmentView | None:
        return self.history[-1] if self.history else None

    @property
    def first(self) -> AssessmentView | None:
        return self.history[0] if self.history else None

    def change(self, dimension: str) -> int | None:
        """Levels gained (negative: lost) on ``dimension`` from the first to the latest."""
        if len(self.history) < 2:
            return None
        first, latest = (
            self.history[0].scores.get(dimension),
            self.history[-1].scores.get(dimension),
        )
        if first is None or latest is None:
            return None
        return latest.level - first.level

    @property
    def average_change(self) -> float | None:
        if len(self.history) < 2:
            return None
        return self.history[-1].average - self.history[0].average


def maturity_by_unit(
    snap: PlanSnapshot, unit_ids: Iterable[int] | None = None
) -> list[UnitMaturity]:
    """Every business unit (or those in ``unit_ids``) in plan order, assessed or not."""
    wanted = set(unit_ids) if unit_ids is not None else None
    out = []
    for unit in snap.business_units:
        if wanted is not None and unit.id not in wanted:
            continue
        history = tuple(_view(snap, a) for a in snap.assessments_by_unit.get(unit.id, []))
        out.append(UnitMaturity(unit.id, unit.code, unit.name, history))
    return out


def assessment_template(snap: PlanSnapshot, unit_id: int) -> dict[str, DimensionScore]:
    """Defaults for a new assessment of a unit: the latest levels and targets (evidence blank).

    The maturity editor pre-fills from it; ``stratplanner assess`` keeps the previous target
    of a dimension when only a level is given.
    """
    history = snap.assessments_by_unit.get(unit_id, [])
    if not history:
        return {}
    latest = _view(snap, history[-1])
    return {d: DimensionScore(d, s.level, s.target, "") for d, s in latest.scores.items()}


# -- gaps and practices -----------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    practice: Practice
    #: An item already on the roadmap for this practice and unit (same title and unit), if any.
    planned_item_id: int | None = None


@dataclass(frozen=True)
class MaturityGap:
    business_unit_id: int
    dimension: str
    level: int
    target: int
    assessed_on: date
    suggestions: tuple[Suggestion, ...]

    @property
    def gap(self) -> int:
        return self.target - self.level


def maturity_gaps(snap: PlanSnapshot, unit_ids: Iterable[int] | None = None) -> list[MaturityGap]:
    """Every dimension below its target in each unit's latest assessment, largest gap first."""
    planned = {
        (item.title.casefold(), item.business_unit_id): item.id
        for item in snap.items
        if item.status != "cancelled"
    }

    def planned_item(practice: Practice, unit_id: int) -> int | None:
        """The item already made of ``practice``, titled in English or the user's language."""
        for title in (practice.title, practice.shown_title):
            found = planned.get((title.casefold(), unit_id))
            if found is not None:
                return found
        return None

    out = []
    for unit in maturity_by_unit(snap, unit_ids):
        latest = unit.latest
        if latest is None:
            continue
        for score in latest.scores.values():
            if score.target is None or score.gap <= 0:
                continue
            suggestions = tuple(
                Suggestion(p, planned_item(p, unit.business_unit_id))
                for p in practices_for(score.dimension, score.level)
            )
            out.append(
                MaturityGap(
                    unit.business_unit_id,
                    score.dimension,
                    score.level,
                    score.target or score.level,
                    latest.assessment.assessed_on,
                    suggestions,
                )
            )
    order = {u.id: n for n, u in enumerate(snap.business_units)}
    out.sort(key=lambda g: (-g.gap, order[g.business_unit_id], DIMENSIONS.index(g.dimension)))
    return out


# -- people: responsibilities, sponsor flags, relationships -----------------------------------

#: (record kind, role) → the column holding the person.
ROLE_COLUMNS: dict[tuple[str, str], str] = {
    ("item", "sponsor"): "sponsor_id",
    ("item", "champion"): "champion_id",
    ("item", "it_owner"): "it_owner_id",
    ("objective", "owner"): "owner_id",
    ("kpi", "owner"): "owner_id",
    ("person", "relationship_owner"): "relationship_owner_id",
}

ROLE_LABELS = {
    "sponsor": QT_TRANSLATE_NOOP("Partnership", "sponsor"),
    "champion": QT_TRANSLATE_NOOP("Partnership", "champion"),
    "it_owner": QT_TRANSLATE_NOOP("Partnership", "IT owner"),
    "owner": QT_TRANSLATE_NOOP("Partnership", "owner"),
    "relationship_owner": QT_TRANSLATE_NOOP("Partnership", "relationship owner"),
}


def role_label(role: str, *, capital: bool = False) -> str:
    """'IT owner', 'sponsor' (or 'Sponsor' to start a cell or a line), in the user's language."""
    marked = ROLE_LABELS.get(role)
    label = translate("Partnership", marked) if marked else role.replace("_", " ")
    return label[:1].upper() + label[1:] if capital else label


#: (record kind, role) → how a responsibility reads; {code} and {title} are the record's.
_RESPONSIBILITY = {
    ("item", "sponsor"): QT_TRANSLATE_NOOP("Partnership", 'sponsor of item {code} "{title}"'),
    ("item", "champion"): QT_TRANSLATE_NOOP("Partnership", 'champion of item {code} "{title}"'),
    ("item", "it_owner"): QT_TRANSLATE_NOOP("Partnership", 'IT owner of item {code} "{title}"'),
    ("objective", "owner"): QT_TRANSLATE_NOOP("Partnership", 'owner of objective {code} "{title}"'),
    ("kpi", "owner"): QT_TRANSLATE_NOOP("Partnership", 'owner of KPI {code} "{title}"'),
    ("person", "relationship_owner"): QT_TRANSLATE_NOOP(
        "Partnership", "relationship owner of {title} ({code})"
    ),
}


@dataclass(frozen=True)
class Responsibility:
    """One thing a person holds: the sponsor of an item, the owner of an objective or a KPI,
    the owner of the relationship with another person."""

    record_kind: str  # "item" | "objective" | "kpi" | "person"
    record_id: int
    role: str  # "sponsor" | "champion" | "it_owner" | "owner" | "relationship_owner"
    code: str
    title: str

    @property
    def key(self) -> tuple[str, int, str]:
        """What :class:`~stratplanner.commands.partnership.HandOver` takes successors by."""
        return (self.record_kind, self.record_id, self.role)

    @property
    def column(self) -> str:
        return ROLE_COLUMNS[(self.record_kind, self.role)]

    def describe(self) -> str:
        """'sponsor of item MOBILE-POS "Mobile POS and queue busting"', in the user's language."""
        if self.record_kind == "person":
            text = _RESPONSIBILITY[("person", "relationship_owner")]
        else:
            text = _RESPONSIBILITY[(self.record_kind, self.role)]
        return translate("Partnership", text).format(code=self.code, title=self.title)


def responsibilities_of(snap: PlanSnapshot, person_id: int) -> list[Responsibility]:
    """Everything ``person_id`` owns or sponsors, in the order a hand-over dialog lists it:
    items (sponsor, champion, IT owner), objectives, KPIs, relationships.

    Cancelled and done items are included: a done item's sponsor still answers for its
    benefits; the caller may leave those out.
    """
    out: list[Responsibility] = []
    for role in ("sponsor", "champion", "it_owner"):
        column = ROLE_COLUMNS[("item", role)]
        out.extend(
            Responsibility("item", item.id, role, item.code, item.title)
            for item in snap.items
            if getattr(item, column) == person_id
        )
    out.extend(
        Responsibility("objective", o.id, "owner", o.code, o.title)
        for o in snap.objectives
        if o.owner_id == person_id
    )
    out.extend(
        Responsibility("kpi", k.id, "owner", k.code, k.name)
        for k in snap.kpis
        if k.owner_id == person_id
    )
    out.extend(
        Responsibility("person", p.id, "relationship_owner", p.code, p.name)
        for p in snap.people
        if p.relationship_owner_id == person_id and p.id != person_id
    )
    return out


def suggested_successors(
    snap: PlanSnapshot,
    person_id: int | None,
    *,
    unit_id: int | None = None,
    side: str | None = None,
) -> list[int]:
    """Active people who could take over from ``person_id`` (None: a role nobody holds), best
    first: on the role's side (``side``, else the holder's: a business sponsor is followed by
    a business person, not by IT), in the record's business unit (``unit_id``), in the
    holder's unit, then by name. A dialog's first choices; the planner decides."""
    holder = snap.person_by_id.get(person_id) if person_id is not None else None
    wanted_side = (side or (holder.side if holder else "business")).lower()
    holder_unit = holder.business_unit_id if holder else None

    def rank(other: PersonRec) -> tuple[bool, bool, bool, str]:
        unit = other.business_unit_id
        return (
            other.side.lower() != wanted_side,
            unit_id is None or unit != unit_id,
            holder_unit is None or unit != holder_unit,
            other.name,
        )

    return [
        p.id for p in sorted((p for p in snap.people if p.active and p.id != person_id), key=rank)
    ]


def likely_successor(
    snap: PlanSnapshot,
    person_id: int | None,
    *,
    unit_id: int | None = None,
    side: str | None = None,
) -> int | None:
    """The first suggestion when it is a safe default — on the role's side and in the record's
    or the holder's business unit; None when only a guess is left (the planner chooses)."""
    suggested = suggested_successors(snap, person_id, unit_id=unit_id, side=side)
    if not suggested:
        return None
    holder = snap.person_by_id.get(person_id) if person_id is not None else None
    wanted_side = (side or (holder.side if holder else "business")).lower()
    best = snap.person_by_id[suggested[0]]
    units = {unit_id, holder.business_unit_id if holder else None} - {None}
    if best.side.lower() == wanted_side and best.business_unit_id in units:
        return best.id
    return None


@dataclass(frozen=True)
class SponsorFlag:
    """A record that "needs a sponsor": a role empty, or held by someone who has left."""

    record_kind: str  # "item" | "objective" | "kpi"
    record_id: int
    code: str
    title: str
    role: str
    person_id: int | None  # who left; None when the role is empty
    message: str

    @property
    def problem(self) -> str:
        return "missing" if self.person_id is None else "left"


def _counted(snap: PlanSnapshot, items: Iterable[ItemRec] | None) -> list[ItemRec]:
    if items is not None:
        return list(items)
    return [i for i in snap.items if i.status != "cancelled"]


def sponsor_flags(snap: PlanSnapshot, items: Iterable[ItemRec] | None = None) -> list[SponsorFlag]:
    """Every "needs a sponsor" flag (docs/partnership.md):

    - counted items with no sponsor or IT owner, or whose sponsor, champion or IT owner has
      left (an empty champion is not flagged: not every item needs one);
    - objectives with no owner or whose owner has left (themes included);
    - KPIs whose owner has left (an empty KPI owner is not flagged).
    """
    people = snap.person_by_id
    out: list[SponsorFlag] = []

    def left(person_id: int | None) -> bool:
        person = people.get(person_id) if person_id is not None else None
        return person is not None and not person.active

    item_roles = [
        (role, ROLE_COLUMNS[("item", role)]) for role in ("sponsor", "champion", "it_owner")
    ]
    for item in _counted(snap, items):
        named = _named(item.code, item.title)
        for role, column in item_roles:
            pid = getattr(item, column)
            if pid is None and role != "champion":
                out.append(
                    SponsorFlag(
                        "item", item.id, item.code, item.title, role, None,
                        translate("Partnership", _ITEM_HAS_NO[role]).format(item=named),
                    )
                )  # fmt: skip
            elif left(pid):
                name = people[pid].name
                out.append(
                    SponsorFlag(
                        "item", item.id, item.code, item.title, role, pid,
                        translate("Partnership", _ITEM_NEEDS_NEW[role]).format(
                            item=named, name=name
                        ),
                    )
                )  # fmt: skip
    for objective in snap.objectives:
        named = _named(objective.code, objective.title)
        if objective.owner_id is None:
            out.append(
                SponsorFlag(
                    "objective", objective.id, objective.code, objective.title, "owner", None,
                    translate(
                        "Partnership",
                        "Objective {objective} has no owner; name the business leader who "
                        "answers for it.",
                    ).format(objective=named),
                )
            )  # fmt: skip
        elif left(objective.owner_id):
            name = people[objective.owner_id].name
            out.append(
                SponsorFlag(
                    "objective", objective.id, objective.code, objective.title, "owner",
                    objective.owner_id,
                    translate(
                        "Partnership", "Objective {objective} needs a new owner: {name} has left."
                    ).format(objective=named, name=name),
                )
            )  # fmt: skip
    for kpi in snap.kpis:
        if kpi.owner_id is not None and left(kpi.owner_id):
            name = people[kpi.owner_id].name
            out.append(
                SponsorFlag(
                    "kpi", kpi.id, kpi.code, kpi.name, "owner", kpi.owner_id,
                    translate(
                        "Partnership", "KPI {kpi} needs a new owner: {name} has left."
                    ).format(kpi=_named(kpi.code, kpi.name), name=name),

                )
            )  # fmt: skip
    return out


def _named(code: str, title: str) -> str:
    return translate("Records", '{code} "{title}"').format(code=code, title=title)


#: The flag sentences per item role (whole sentences: the role's word differs by language).
_ITEM_HAS_NO = {
    "sponsor": QT_TRANSLATE_NOOP("Partnership", "Item {item} has no sponsor; name one."),
    "it_owner": QT_TRANSLATE_NOOP("Partnership", "Item {item} has no IT owner; name one."),
}
_ITEM_NEEDS_NEW = {
    "sponsor": QT_TRANSLATE_NOOP(
        "Partnership", "Item {item} needs a new sponsor: {name} has left."
    ),
    "champion": QT_TRANSLATE_NOOP(
        "Partnership", "Item {item} needs a new champion: {name} has left."
    ),
    "it_owner": QT_TRANSLATE_NOOP(
        "Partnership", "Item {item} needs a new IT owner: {name} has left."
    ),
}


def flags_for(snap: PlanSnapshot, record_kind: str, record_id: int) -> list[SponsorFlag]:
    """The flags of one record (a details panel's "needs a sponsor" badge)."""
    return [
        f for f in sponsor_flags(snap) if f.record_kind == record_kind and f.record_id == record_id
    ]


@dataclass(frozen=True)
class Relationship:
    """A row of the stakeholders view."""

    person_id: int
    owner_id: int | None
    last_engaged_on: date | None
    days_since: int | None  # None when never engaged or no ``today``
    stale: bool  # not engaged for more than STALE_AFTER_DAYS (or never, for business people)
    responsibilities: int  # what they own or sponsor
    flags: tuple[str, ...]  # sentences: "has left but still sponsors 2 items", …


def responsibility_counts(snap: PlanSnapshot) -> dict[int, int]:
    """How many responsibilities each person holds (``len(responsibilities_of(snap, id))``
    for every person at once): one pass over the records instead of one per person."""
    counts: dict[int, int] = {}
    for role in ("sponsor", "champion", "it_owner"):
        column = ROLE_COLUMNS[("item", role)]
        for item in snap.items:
            holder = getattr(item, column)
            if holder is not None:
                counts[holder] = counts.get(holder, 0) + 1
    for owner in [o.owner_id for o in snap.objectives] + [k.owner_id for k in snap.kpis]:
        if owner is not None:
            counts[owner] = counts.get(owner, 0) + 1
    for person in snap.people:
        owner = person.relationship_owner_id
        if owner is not None and owner != person.id:
            counts[owner] = counts.get(owner, 0) + 1
    return counts


def relationships(snap: PlanSnapshot, today: date | None = None) -> list[Relationship]:
    """Every person with who owns the relationship, when they last met and what is wrong."""
    out = []
    counts = responsibility_counts(snap)
    for person in snap.people:
        held = counts.get(person.id, 0)
        days = (today - person.last_engaged_on).days if today and person.last_engaged_on else None
        flags: list[str] = []
        if not person.active and held:
            flags.append(
                translate(
                    "Partnership",
                    "has left but still holds %n responsibility(ies); choose successors",
                    None,
                    held,
                )
            )
        owner = (
            snap.person_by_id.get(person.relationship_owner_id)
            if person.relationship_owner_id
            else None
        )
        if owner is not None and not owner.active and person.active:
            flags.append(
                translate("Partnership", "relationship owner {name} has left").format(
                    name=owner.name
                )
            )
        stale = person.active and (
            (days is not None and days > STALE_AFTER_DAYS)
            or (person.last_engaged_on is None and person.side == "business" and owner is not None)
        )
        if stale:
            flags.append(
                translate("Partnership", "not engaged since {date}").format(
                    date=format_date(person.last_engaged_on, "short")
                )
                if person.last_engaged_on
                else translate("Partnership", "never engaged")
            )
        out.append(
            Relationship(
                person.id,
                person.relationship_owner_id,
                person.last_engaged_on,
                days,
                stale,
                held,
                tuple(flags),
            )
        )
    return out


def sponsor_history(snap: PlanSnapshot, item_id: int | None = None) -> list[str]:
    """The sponsor changes (of one item, or all, newest first) as sentences."""
    changes = (
        snap.sponsor_changes_by_item.get(item_id, [])
        if item_id is not None
        else sorted(snap.sponsor_changes, key=lambda c: (c.changed_on, c.id))
    )
    lines = []
    for change in reversed(changes):
        item = snap.item_by_id.get(change.item_id)
        before = snap.person_name(change.from_person_id) or translate("Partnership", "nobody")
        after = snap.person_name(change.to_person_id) or translate("Partnership", "nobody yet")
        if change.reason:
            text = translate(
                "Partnership", "{date}: {role} of {code} from {before} to {after} ({reason})"
            )
        else:
            text = translate("Partnership", "{date}: {role} of {code} from {before} to {after}")
        lines.append(
            text.format(
                date=format_date(change.changed_on, "short"),
                role=values.sponsor_role_label(change.role),
                code=item.code if item else "?",
                before=before,
                after=after,
                reason=change.reason,
            )
        )
    return lines


def level_name(level: int) -> str:
    """'Strategic partner' (level 4) in the user's language."""
    return maturity_level_name(level)


__all__ = [
    "DIMENSIONS",
    "PRACTICES",
    "PRACTICE_BY_CODE",
    "ROLE_COLUMNS",
    "AssessmentView",
    "DimensionScore",
    "MaturityGap",
    "Practice",
    "Relationship",
    "Responsibility",
    "SponsorFlag",
    "Suggestion",
    "UnitMaturity",
    "assessment_template",
    "dimension_label",
    "flags_for",
    "level_name",
    "likely_successor",
    "maturity_by_unit",
    "maturity_gaps",
    "practices_for",
    "relationships",
    "responsibilities_of",
    "role_label",
    "sponsor_flags",
    "sponsor_history",
    "suggested_successors",
]


# -- the findings hook -----------------------------------------------------------------------


def needs_sponsor_findings(snap: PlanSnapshot, items: Iterable[ItemRec]) -> list[Finding]:
    """ "needs_sponsor" findings for ``analysis.findings.find_problems``: counted items whose
    champion or IT owner has left, and objectives whose owner has left.

    An item's missing or departed *sponsor* is already a core finding (missing_sponsor,
    inactive_sponsor), and empty roles and KPI owners stay in :func:`sponsor_flags` only, so
    no record is reported twice.
    """
    from stratplanner.analysis.findings import Finding

    out: list[Finding] = []
    for flag in sponsor_flags(snap, items):
        if flag.problem != "left":
            continue
        if flag.record_kind == "item" and flag.role in ("champion", "it_owner"):
            out.append(Finding("needs_sponsor", "item", flag.record_id, flag.code, flag.message))
        elif flag.record_kind == "objective":
            out.append(
                Finding("needs_sponsor", "objective", flag.record_id, flag.code, flag.message)
            )
    return out
