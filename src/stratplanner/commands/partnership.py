"""Edits of the partnership lens, each one undoable step (docs/partnership.md).

- :class:`RecordAssessment`: a dated maturity assessment of a business unit, every
  dimension rated (or a re-rating of an existing one with ``replace=True``).
- :class:`MarkPersonLeft`, :class:`MovePerson`, :class:`AssignSuccessors`: a person leaves
  or moves; the successors chosen take over what they held, and each change of an item's
  sponsor, champion or IT owner is written to the sponsor history.
- :class:`ChangeItemRole`: name a new sponsor, champion or IT owner, keeping history.
- :class:`AddPracticeItem`: turn a suggested practice into a roadmap item.
- :class:`RecordKpiActuals`: add dated actuals to a KPI's series.
- :class:`SetValueDrivers`: an item's case in business terms, driver by driver.

Built on the generic record commands (one ``Macro``), so undo, redo, team-mode versions,
the activity log and refreshing views work as for every other edit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.commands.base import (
    Command,
    CommandError,
    ExpectedVersion,
    Macro,
    SeenVersions,
    check_seen,
)
from stratplanner.commands.naming import short
from stratplanner.commands.records import CreateRecord, DeleteRecord, UpdateRecord, row_where
from stratplanner.model.entities import (
    BusinessUnit,
    Kpi,
    KpiActual,
    MaturityAssessment,
    MaturityRating,
    Objective,
    Person,
    RoadmapItem,
    ValueDriver,
)
from stratplanner.model.rules import check_level, missing_dimensions, series_problems
from stratplanner.model.values import (
    MATURITY_DIMENSION_LABELS,
    MAX_CODE_LENGTH,
    SPONSOR_ROLE_LABELS,
    MaturityDimension,
    Quarter,
    QuarterError,
    SponsorRole,
    ValueDriverKind,
    sponsor_role_label,
)

#: (record kind, role) → the column holding the person (as analysis.partnership.ROLE_COLUMNS).
ROLE_COLUMNS: dict[tuple[str, str], str] = {
    ("item", "sponsor"): "sponsor_id",
    ("item", "champion"): "champion_id",
    ("item", "it_owner"): "it_owner_id",
    ("objective", "owner"): "owner_id",
    ("kpi", "owner"): "owner_id",
    ("person", "relationship_owner"): "relationship_owner_id",
}
_ENTITIES: dict[str, Any] = {
    "item": RoadmapItem,
    "objective": Objective,
    "kpi": Kpi,
    "person": Person,
}
_RECORD_LABELS = {"item": "item", "objective": "objective", "kpi": "KPI", "person": "person"}


def _person(session: Session, person_id: int) -> Any:
    row = session.execute(
        select(Person.id, Person.code, Person.name, Person.active, Person.business_unit_id).where(
            Person.id == person_id
        )
    ).first()
    if row is None:
        raise CommandError("That person no longer exists; they may have been deleted.")
    return row


def unique_code(session: Session, table: Any, base: str) -> str:
    """``base`` cut to 32 characters, with ' 2', ' 3'… until no record of ``table`` uses it."""
    taken = set(session.execute(select(table.code)).scalars())
    code = base[:MAX_CODE_LENGTH].strip()
    n = 2
    while code in taken:
        suffix = f"-{n}"
        code = base[: MAX_CODE_LENGTH - len(suffix)].rstrip() + suffix
        n += 1
    return code


# -- maturity assessments ---------------------------------------------------------------------


@dataclass(frozen=True)
class RatingInput:
    """One dimension of an assessment as the planner enters it."""

    level: int
    target: int | None = None
    evidence: str = ""


class RecordAssessment(Command):
    """Record a dated assessment of a business unit: one rating for each of the six dimensions.

    ``ratings`` maps a dimension (value of :class:`MaturityDimension`) to a
    :class:`RatingInput` (or a ``(level, target, evidence)`` tuple). Missing or unknown
    dimensions, and levels or targets outside 1-4, are refused with one sentence each and
    nothing is written. With ``replace=True`` an existing assessment of the unit on that
    date is re-rated in place (the maturity editor's Save); otherwise it is refused.
    """

    def __init__(
        self,
        business_unit_id: int,
        assessed_on: date,
        ratings: Mapping[str, RatingInput | tuple[Any, ...]],
        *,
        assessed_by: str = "",
        note: str = "",
        code: str | None = None,
        replace: bool = False,
        expected_version: int | None = None,
    ):
        #: The version of the unit's assessment on that date seen (a re-rating saves it with
        #: its ratings); 0 = there was none; None = overwrite.
        self.expected_version = expected_version
        self.business_unit_id = business_unit_id
        self.assessed_on = assessed_on
        self.ratings = {
            str(k): (v if isinstance(v, RatingInput) else RatingInput(*v))
            for k, v in ratings.items()
        }
        self.assessed_by = assessed_by
        self.note = note
        self.code = code
        self.replace = replace
        self.assessment_id: int | None = None
        self.label = "Record maturity assessment"

    def _check(self, unit_name: str) -> None:
        what = f"The assessment of {unit_name} on {self.assessed_on.isoformat()}"
        problems = []
        known = {d.value for d in MaturityDimension}
        unknown = sorted(set(self.ratings) - known)
        if unknown:
            problems.append(
                f"{what} rates {', '.join(unknown)}, which "
                f"{'is not a dimension' if len(unknown) == 1 else 'are not dimensions'}; the "
                f"dimensions are {', '.join(sorted(known))}."
            )
        missing = missing_dimensions(self.ratings)
        if missing:
            problems.append(
                f"{what} has no rating for {', '.join(missing)}; rate every dimension so the "
                "assessments of all units compare."
            )
        for dimension, rating in self.ratings.items():
            if dimension not in known:
                continue
            label = MATURITY_DIMENSION_LABELS[MaturityDimension(dimension)]
            for value, name in ((rating.level, "level"), (rating.target, "target")):
                if name == "target" and value is None:
                    continue
                msg = check_level(value, f"the {name}")
                if msg:
                    problems.append(f"{what}: {label}: {msg}.")
        if not isinstance(self.assessed_on, date):
            problems.append(f"{self.assessed_on!r} is not a date; write it as YYYY-MM-DD.")
        if problems:
            raise CommandError(problems)

    def apply(self, session: Session) -> Command:
        unit = session.execute(
            select(BusinessUnit.code, BusinessUnit.name).where(
                BusinessUnit.id == self.business_unit_id
            )
        ).first()
        if unit is None:
            raise CommandError("That business unit no longer exists; it may have been deleted.")
        self._check(unit.name)
        self.label = f"Assess {unit.name} on {self.assessed_on.isoformat()}"
        existing = row_where(
            session,
            "assessment",
            business_unit_id=self.business_unit_id,
            assessed_on=self.assessed_on,
        )
        check_seen(
            session,
            MaturityAssessment.__tablename__,
            f"the assessment of {unit.name} on {self.assessed_on.isoformat()}",
            existing,
            self.expected_version,
        )
        if existing is not None and self.replace:
            return self._rerate(session, existing["id"])
        code = self.code or unique_code(
            session, MaturityAssessment, f"{unit.code[:21]}-{self.assessed_on.isoformat()}"
        )
        create = CreateRecord(
            "assessment",
            {
                "code": code,
                "business_unit_id": self.business_unit_id,
                "assessed_on": self.assessed_on,
                "assessed_by": self.assessed_by,
                "note": self.note,
            },
            label=self.label,
        )
        steps: list[Command] = [create]
        inverse_create = create.apply(session)  # refuses a second assessment on the same date
        self.assessment_id = create.record_id
        for dimension in (d.value for d in MaturityDimension):
            rating = self.ratings[dimension]
            steps.append(
                CreateRecord(
                    "rating",
                    {
                        "assessment_id": self.assessment_id,
                        "dimension": dimension,
                        "level": rating.level,
                        "target": rating.target,
                        "evidence": rating.evidence,
                    },
                    label=self.label,
                )
            )
        inverses = [inverse_create] + [step.apply(session) for step in steps[1:]]
        return Macro(self.label, list(reversed(inverses)))

    def _rerate(self, session: Session, assessment_id: int) -> Command:
        self.assessment_id = assessment_id
        current = {
            row.dimension: row
            for row in session.execute(
                select(
                    MaturityRating.id,
                    MaturityRating.dimension,
                    MaturityRating.level,
                    MaturityRating.target,
                    MaturityRating.evidence,
                ).where(MaturityRating.assessment_id == assessment_id)
            )
        }
        steps: list[Command] = [
            UpdateRecord(
                "assessment",
                assessment_id,
                {"assessed_by": self.assessed_by, "note": self.note},
                label=self.label,
            )
        ]
        for dimension in (d.value for d in MaturityDimension):
            rating = self.ratings[dimension]
            values = {"level": rating.level, "target": rating.target, "evidence": rating.evidence}
            row = current.get(dimension)
            if row is None:
                steps.append(
                    CreateRecord(
                        "rating",
                        {"assessment_id": assessment_id, "dimension": dimension, **values},
                        label=self.label,
                    )
                )
            elif (row.level, row.target, row.evidence) != tuple(values.values()):
                steps.append(UpdateRecord("rating", row.id, values, label=self.label))
        return Macro(self.label, steps).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"assessment", "rating"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [
            ExpectedVersion(
                self,
                "assessment",
                business_unit_id=self.business_unit_id,
                assessed_on=self.assessed_on,
            )
        ]


# -- people leaving, moving, and their successors -------------------------------------------

#: What a hand-over's successors are keyed by: (record kind, record id, role), as
#: ``analysis.partnership.Responsibility.key``; the value is a person id, or None to leave
#: the role empty.
SuccessorKey = tuple[str, int, str]


class HandOver(Command):
    """Give what a person holds to successors, as one step; item role changes go to history.

    ``successors`` maps a responsibility key to the successor's id (None: leave the role
    empty). Keys not given stay with the person — after :class:`MarkPersonLeft` they are
    flagged "needs a sponsor" until successors are chosen (:class:`AssignSuccessors`).
    """

    verb = "Hand over from"

    def __init__(
        self,
        person_id: int,
        successors: Mapping[SuccessorKey, int | None],
        *,
        changed_on: date | None = None,
        reason: str = "",
    ):
        self.person_id = person_id
        self.successors = dict(successors)
        self.changed_on = changed_on or date.today()
        self.reason = reason
        self.label = "Hand over responsibilities"
        #: The versions of the records handed over (and of the person, when their own record
        #: changes) as the planner saw them.
        self.seen = SeenVersions()

    #: The person's own record changes (leaving, moving): its version counts too.
    changes_person = False

    def person_changes(self, person: Any) -> dict[str, Any]:
        """Changes to the person's own record (none for a plain hand-over)."""
        return {}

    def check_person(self, person: Any) -> None:
        """Refuse when the hand-over makes no sense for this person (subclasses)."""

    def apply(self, session: Session) -> Command:
        person = _person(session, self.person_id)
        self.check_person(person)
        count = sum(1 for v in self.successors.values() if v is not None)
        self.label = f"{self.verb} {person.name}" + (
            f" ({count} successor{'s' if count != 1 else ''})" if count else ""
        )
        problems: list[str] = []
        steps: list[Command] = []
        own = self.person_changes(person)
        if own:
            steps.append(
                UpdateRecord(
                    "person",
                    self.person_id,
                    own,
                    label=self.label,
                    expected_version=self.seen.of("person", id=self.person_id),
                )
            )
        for key, successor_id in self.successors.items():
            steps.extend(self._hand_over(session, person, key, successor_id, problems))
        if problems:
            raise CommandError(problems)
        if not steps:
            raise CommandError(
                f"Nothing to change: name a successor for something {person.name} holds."
            )
        return Macro(self.label, steps).apply(session)

    def _hand_over(
        self,
        session: Session,
        person: Any,
        key: SuccessorKey,
        successor_id: int | None,
        problems: list[str],
    ) -> list[Command]:
        record_kind, record_id, role = key
        column = ROLE_COLUMNS.get((record_kind, role))
        if column is None:
            problems.append(f"{record_kind} {role} is not something a person holds.")
            return []
        entity = _ENTITIES[record_kind]
        title_column = entity.name if record_kind in ("kpi", "person") else entity.title
        row = session.execute(
            select(entity.code, title_column, getattr(entity, column)).where(entity.id == record_id)
        ).first()
        what = f"{_RECORD_LABELS[record_kind]} #{record_id}"
        if row is None:
            problems.append(f"That {what} no longer exists; it may have been deleted.")
            return []
        code, title, holder = row
        role_label = sponsor_role_label(role, role.replace("_", " "))
        where = f'{role_label} of {_RECORD_LABELS[record_kind]} {code} "{short(title, 40)}"'
        if holder != person.id:
            problems.append(f"{person.name} is no longer the {where}; reload and choose again.")
            return []
        if successor_id is not None:
            if successor_id == person.id:
                problems.append(f"{person.name} can't be their own successor as {where}.")
                return []
            successor = session.execute(
                select(Person.name, Person.active).where(Person.id == successor_id)
            ).first()
            if successor is None:
                problems.append(f"The successor chosen as {where} no longer exists.")
                return []
            if not successor.active:
                problems.append(
                    f"{successor.name} has left too, so can't become the {where}; choose someone "
                    "active."
                )
                return []
            if record_kind == "person" and successor_id == record_id:
                problems.append(
                    f"{successor.name} can't own the relationship with themselves; choose someone "
                    "else."
                )
                return []
        steps: list[Command] = [
            UpdateRecord(
                record_kind,
                record_id,
                {column: successor_id},
                label=self.label,
                expected_version=self.seen.of(record_kind, id=record_id),
            )
        ]
        if record_kind == "item":
            steps.append(
                CreateRecord(
                    "sponsor_change",
                    {
                        "item_id": record_id,
                        "role": role,
                        "from_person_id": person.id,
                        "to_person_id": successor_id,
                        "changed_on": self.changed_on,
                        "reason": self.reason,
                    },
                    label=self.label,
                )
            )
        return steps

    def kinds(self) -> frozenset[str]:
        return frozenset({"person", "item", "objective", "kpi", "sponsor_change"})

    def expected_versions(self) -> list[ExpectedVersion]:
        records = [("person", self.person_id)] if self.changes_person else []
        records += [(kind, record_id) for kind, record_id, _role in self.successors]
        return [self.seen.slot(kind, id=record_id) for kind, record_id in dict.fromkeys(records)]


class MarkPersonLeft(HandOver):
    """The person has left the organisation (or the role): mark them inactive and hand over.

    A person already marked as left may still get successors (as :class:`AssignSuccessors`).
    """

    verb = "Mark as left and hand over:"
    changes_person = True

    def person_changes(self, person: Any) -> dict[str, Any]:
        return {"active": False} if person.active else {}

    def check_person(self, person: Any) -> None:
        if not person.active and not self.successors:
            raise CommandError(
                f"{person.name} is already marked as left; name successors for what they still "
                "hold."
            )


class MovePerson(HandOver):
    """The person moved to another business unit; they stay active, successors take over
    what belonged to the old unit (whatever the planner chose to hand over)."""

    verb = "Move"
    changes_person = True

    def __init__(
        self,
        person_id: int,
        business_unit_id: int | None,
        successors: Mapping[SuccessorKey, int | None],
        *,
        changed_on: date | None = None,
        reason: str = "",
    ):
        super().__init__(person_id, successors, changed_on=changed_on, reason=reason)
        self.business_unit_id = business_unit_id

    def check_person(self, person: Any) -> None:
        if not person.active:
            raise CommandError(f"{person.name} has left; they can't move to another unit.")
        if person.business_unit_id == self.business_unit_id:
            raise CommandError(f"{person.name} is already in that business unit.")

    def person_changes(self, person: Any) -> dict[str, Any]:
        return {"business_unit_id": self.business_unit_id}


class AssignSuccessors(HandOver):
    """Choose successors for what a person holds (typically someone who has left)."""

    verb = "Choose successors of"


class ChangeItemRole(Command):
    """Name a new sponsor, champion or IT owner of an item (None: nobody) and record why."""

    def __init__(
        self,
        item_id: int,
        role: str,
        person_id: int | None,
        *,
        changed_on: date | None = None,
        reason: str = "",
        expected_version: int | None = None,
    ):
        self.item_id = item_id
        self.role = role
        self.person_id = person_id
        self.changed_on = changed_on or date.today()
        self.reason = reason
        self.expected_version = expected_version
        self.label = "Change item role"

    def apply(self, session: Session) -> Command:
        if self.role not in {r.value for r in SponsorRole}:
            raise CommandError(
                f"{self.role!r} is not an item role; use sponsor, champion or it_owner."
            )
        column = ROLE_COLUMNS[("item", self.role)]
        row = session.execute(
            select(RoadmapItem.code, getattr(RoadmapItem, column)).where(
                RoadmapItem.id == self.item_id
            )
        ).first()
        if row is None:
            raise CommandError("That roadmap item no longer exists; it may have been deleted.")
        code, before = row
        role_label = SPONSOR_ROLE_LABELS[SponsorRole(self.role)]
        if before == self.person_id:
            raise CommandError(f"That person is already the {role_label} of {code}.")
        self.label = f"Change {role_label} of {code}"
        steps: list[Command] = [
            UpdateRecord(
                "item",
                self.item_id,
                {column: self.person_id},
                label=self.label,
                expected_version=self.expected_version,
            ),
            CreateRecord(
                "sponsor_change",
                {
                    "item_id": self.item_id,
                    "role": self.role,
                    "from_person_id": before,
                    "to_person_id": self.person_id,
                    "changed_on": self.changed_on,
                    "reason": self.reason,
                },
                label=self.label,
            ),
        ]
        return Macro(self.label, steps).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"item", "sponsor_change"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "item", id=self.item_id)]


#: An item's person columns that are roles with a history → the role.
ITEM_ROLE_COLUMNS: dict[str, str] = {
    column: role for (kind, role), column in ROLE_COLUMNS.items() if kind == "item"
}


class UpdateItem(Command):
    """Change fields of a roadmap item, a new sponsor, champion or IT owner included.

    Each role that really changes goes through :class:`ChangeItemRole`, so the sponsor
    history keeps it whichever way it was edited (the roadmap table, the details panel,
    ``stratplanner set``); the other fields are one ``UpdateRecord``. One undo step.
    """

    def __init__(
        self,
        item_id: int,
        changes: Mapping[str, Any],
        *,
        reason: str = "",
        changed_on: date | None = None,
        expected_version: int | None = None,
    ):
        self.item_id = item_id
        self.changes = dict(changes)
        self.reason = reason
        self.changed_on = changed_on
        self.expected_version = expected_version
        self.label = "Change roadmap item"

    def apply(self, session: Session) -> Command:
        row = session.execute(
            select(RoadmapItem.title, *(getattr(RoadmapItem, c) for c in ITEM_ROLE_COLUMNS)).where(
                RoadmapItem.id == self.item_id
            )
        ).first()
        if row is None:
            raise CommandError("That roadmap item no longer exists; it may have been deleted.")
        title, *holders = row
        current = dict(zip(ITEM_ROLE_COLUMNS, holders, strict=True))
        others = {c: v for c, v in self.changes.items() if c not in ITEM_ROLE_COLUMNS}
        steps: list[Command] = []
        if others:
            steps.append(
                UpdateRecord("item", self.item_id, others, expected_version=self.expected_version)
            )
        for column, role in ITEM_ROLE_COLUMNS.items():
            if column in self.changes and self.changes[column] != current[column]:
                steps.append(
                    ChangeItemRole(
                        self.item_id,
                        role,
                        self.changes[column],
                        changed_on=self.changed_on,
                        reason=self.reason,
                        expected_version=None if others else self.expected_version,
                    )
                )
        if len(steps) == 1:
            inverse = steps[0].apply(session)
            self.label = steps[0].label
            return inverse
        fields = ", ".join(sorted(c.removesuffix("_id").replace("_", " ") for c in self.changes))
        self.label = f"Change {fields} of {short(str(title), 40)}"
        return Macro(self.label, steps).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"item", "sponsor_change"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "item", id=self.item_id)]


# -- practices into roadmap items -------------------------------------------------------------


class AddPracticeItem(Command):
    """Turn a practice of the catalogue (``analysis.partnership.PRACTICES``) into a proposed
    roadmap item for a business unit, with the practice's case as its value statement.

    ``practice`` is a :class:`~stratplanner.analysis.partnership.Practice` (or anything with
    ``code``, ``title``, ``description`` and ``value_statement``). The item is a proposed
    *transform* item; give ``start``/``end`` quarters to schedule it.
    """

    def __init__(
        self,
        practice: Any,
        business_unit_id: int | None,
        *,
        code: str | None = None,
        start: Quarter | str | None = None,
        end: Quarter | str | None = None,
        sponsor_id: int | None = None,
        it_owner_id: int | None = None,
        dimension: str | None = None,
    ):
        self.practice = practice
        self.business_unit_id = business_unit_id
        self.code = code
        self.start, self.end = start, end
        self.sponsor_id = sponsor_id
        self.it_owner_id = it_owner_id
        self.dimension = dimension
        self.item_id: int | None = None
        self.label = f'Add practice "{short(practice.title, 40)}" to the roadmap'

    def apply(self, session: Session) -> Command:
        unit = None
        if self.business_unit_id is not None:
            unit = session.execute(
                select(BusinessUnit.code, BusinessUnit.name).where(
                    BusinessUnit.id == self.business_unit_id
                )
            ).first()
            if unit is None:
                raise CommandError("That business unit no longer exists; it may have been deleted.")
        if (self.start is None) != (self.end is None):
            raise CommandError("Give both a start and an end quarter, or neither (unscheduled).")
        try:
            start = Quarter.parse(self.start) if isinstance(self.start, str) else self.start
            end = Quarter.parse(self.end) if isinstance(self.end, str) else self.end
        except QuarterError as exc:
            raise CommandError(f"{exc}.") from None
        base = f"{self.practice.code}-{unit.code}" if unit is not None else self.practice.code
        code = self.code or unique_code(session, RoadmapItem, base)
        why = ""
        if self.dimension:
            label = MATURITY_DIMENSION_LABELS.get(MaturityDimension(self.dimension), "")
            why = f" Lifts the partnership's {label.lower()}" + (
                f" with {unit.name}." if unit is not None else "."
            )
        create = CreateRecord(
            "item",
            {
                "code": code,
                "title": self.practice.title,
                "description": f"{self.practice.description}{why} (Partnership practice "
                f"{self.practice.code}.)",
                "category": "transform",
                "status": "proposed",
                "start": start,
                "end": end,
                "value_statement": self.practice.value_statement,
                "business_unit_id": self.business_unit_id,
                "sponsor_id": self.sponsor_id,
                "it_owner_id": self.it_owner_id,
            },
            label=self.label,
        )
        inverse = create.apply(session)
        self.item_id = create.record_id
        return inverse

    def kinds(self) -> frozenset[str]:
        return frozenset({"item"})


# -- KPI series and value drivers -------------------------------------------------------------


class RecordKpiActuals(Command):
    """Add dated actuals to a KPI's series, oldest first; the KPI's ``actual`` becomes the latest.

    Dates out of order or repeated in ``actuals``, or already in the series, are refused
    with a sentence naming the date; nothing is written.
    """

    def __init__(
        self,
        kpi_id: int,
        actuals: Sequence[tuple[date, float] | tuple[date, float, str]],
        *,
        expected_version: int | None = None,
    ):
        self.kpi_id = kpi_id
        self.expected_version = expected_version
        self.actuals = [(a[0], a[1], a[2] if len(a) > 2 else "") for a in actuals]
        self.label = "Record KPI actuals"

    def apply(self, session: Session) -> Command:
        kpi = session.execute(select(Kpi.code, Kpi.name).where(Kpi.id == self.kpi_id)).first()
        if kpi is None:
            raise CommandError("That KPI no longer exists; it may have been deleted.")
        n = len(self.actuals)
        self.label = f"Record {n} actual{'s' if n != 1 else ''} of {kpi.code}"
        if not self.actuals:
            raise CommandError(f"Give at least one dated actual for KPI {kpi.code}.")
        problems = []
        for when, value, _note in self.actuals:
            if not isinstance(when, date):
                problems.append(f"KPI {kpi.code}: {when!r} is not a date; write it as YYYY-MM-DD.")
            if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
                problems.append(f"KPI {kpi.code}: {value!r} is not a number.")
        if problems:
            raise CommandError(problems)
        problems = [
            f"KPI {kpi.code}: {message}."
            for _at, message in series_problems([a[0] for a in self.actuals])
        ]
        existing = dict(
            session.execute(
                select(KpiActual.measured_on, KpiActual.value).where(
                    KpiActual.kpi_id == self.kpi_id
                )
            ).all()
        )
        for when, _value, _note in self.actuals:
            if when in existing:
                problems.append(
                    f"KPI {kpi.code} already has an actual dated {when.isoformat()} "
                    f"({existing[when]:g}); change that one instead."
                )
        if problems:
            raise CommandError(problems)
        steps: list[Command] = [
            CreateRecord(
                "kpi_actual",
                {"kpi_id": self.kpi_id, "measured_on": when, "value": float(value), "note": note},
                label=self.label,
            )
            for when, value, note in self.actuals
        ]
        latest_date = max([*existing, *(a[0] for a in self.actuals)])
        latest = dict(existing) | {a[0]: a[1] for a in self.actuals}
        steps.append(
            UpdateRecord(
                "kpi",
                self.kpi_id,
                {"actual": float(latest[latest_date])},
                label=self.label,
                expected_version=self.expected_version,
            )
        )
        return Macro(self.label, steps).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"kpi", "kpi_actual"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "kpi", id=self.kpi_id)]


class SetValueDrivers(Command):
    """Set an item's value drivers: driver → ``(amount or None, statement)``, or None to remove.

    Drivers not named are left as they are (the business-terms panel sends what it edited).
    """

    def __init__(self, item_id: int, drivers: Mapping[str, tuple[float | None, str] | None]):
        self.item_id = item_id
        self.drivers = dict(drivers)
        self.label = "Change value drivers"
        #: The versions of the item's drivers named, as seen (0: the item had none of it).
        self.seen = SeenVersions()

    def apply(self, session: Session) -> Command:
        code = session.execute(
            select(RoadmapItem.code).where(RoadmapItem.id == self.item_id)
        ).scalar_one_or_none()
        if code is None:
            raise CommandError("That roadmap item no longer exists; it may have been deleted.")
        self.label = f"Change value drivers of {code}"
        allowed = [k.value for k in ValueDriverKind]
        unknown = sorted(set(self.drivers) - set(allowed))
        if unknown:
            raise CommandError(
                f"{', '.join(unknown)} is not a value driver; use one of {', '.join(allowed)}."
            )
        current = {
            row.driver: row.id
            for row in session.execute(
                select(ValueDriver.id, ValueDriver.driver).where(
                    ValueDriver.item_id == self.item_id
                )
            )
        }
        for driver in self.drivers:
            check_seen(
                session,
                ValueDriver.__tablename__,
                f"the {driver} value driver of {code}",
                row_where(session, "value_driver", item_id=self.item_id, driver=driver),
                self.seen.of("value_driver", item_id=self.item_id, driver=driver),
            )
        steps: list[Command] = []
        for driver, value in self.drivers.items():
            if value is None:
                if driver in current:
                    steps.append(
                        DeleteRecord("value_driver", current[driver], force=True, label=self.label)
                    )
                continue
            amount, statement = value
            values = {"amount": amount, "statement": statement}
            if driver in current:
                steps.append(
                    UpdateRecord("value_driver", current[driver], values, label=self.label)
                )
            else:
                steps.append(
                    CreateRecord(
                        "value_driver",
                        {"item_id": self.item_id, "driver": driver, **values},
                        label=self.label,
                    )
                )
        if not steps:
            raise CommandError(f"Nothing to change in the value drivers of {code}.")
        return Macro(self.label, steps).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"value_driver"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [
            self.seen.slot("value_driver", item_id=self.item_id, driver=driver)
            for driver in self.drivers
        ]


__all__ = [
    "ITEM_ROLE_COLUMNS",
    "ROLE_COLUMNS",
    "AddPracticeItem",
    "AssignSuccessors",
    "ChangeItemRole",
    "HandOver",
    "MarkPersonLeft",
    "MovePerson",
    "RatingInput",
    "RecordAssessment",
    "RecordKpiActuals",
    "SetValueDrivers",
    "SuccessorKey",
    "UpdateItem",
    "unique_code",
]
