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
from stratplanner.commands.records import (
    CreateRecord,
    DeleteRecord,
    UpdateRecord,
    no_longer_exists,
    row_where,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, language, translate
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
from stratplanner.model.kinds import field_label
from stratplanner.model.rules import (
    LevelName,
    check_level,
    missing_dimensions,
    series_problems,
)
from stratplanner.model.values import (
    MAX_CODE_LENGTH,
    MaturityDimension,
    Quarter,
    QuarterError,
    SponsorRole,
    ValueDriverKind,
    dimension_label,
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
#: The records a person holds, as hand-over messages name them (English: 'item #4').
_RECORD_LABELS = {
    "item": QT_TRANSLATE_NOOP("Commands", "item"),
    "objective": QT_TRANSLATE_NOOP("Commands", "objective"),
    "kpi": QT_TRANSLATE_NOOP("Commands", "KPI"),
    "person": QT_TRANSLATE_NOOP("Commands", "person"),
}


def _record_label(kind: str) -> str:
    return translate("Commands", _RECORD_LABELS[kind])


def _g(value: float) -> str:
    """A number as ``f"{value:g}"`` writes it, with the language's decimal mark."""
    text = f"{value:g}"
    if "e" in text or "n" in text:
        return text
    return format_number(float(text), None, grouping=False)


def _person(session: Session, person_id: int) -> Any:
    row = session.execute(
        select(Person.id, Person.code, Person.name, Person.active, Person.business_unit_id).where(
            Person.id == person_id
        )
    ).first()
    if row is None:
        raise CommandError(
            translate("Commands", "That person no longer exists; they may have been deleted.")
        )
    return row


def _shown(practice: Any, field: str) -> str:
    """A practice's title, description or value statement in the user's language (a stand-in
    without ``shown_*`` as it is)."""
    return str(getattr(practice, f"shown_{field}", getattr(practice, field)))


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
        self.label = translate("Commands", "Record maturity assessment")

    def _check(self, unit_name: str) -> None:
        what = translate("Commands", "The assessment of {unit} on {date}").format(
            unit=unit_name, date=self._date()
        )
        problems = []
        known = {d.value for d in MaturityDimension}
        unknown = sorted(set(self.ratings) - known)
        if unknown:
            if len(unknown) == 1:
                text = translate(
                    "Commands",
                    "{what} rates {unknown}, which is not a dimension; the dimensions are {known}.",
                )
            else:
                text = translate(
                    "Commands",
                    "{what} rates {unknown}, which are not dimensions; the dimensions are {known}.",
                )
            problems.append(
                text.format(what=what, unknown=", ".join(unknown), known=", ".join(sorted(known)))
            )
        missing = missing_dimensions(self.ratings)
        if missing:
            problems.append(
                translate(
                    "Commands",
                    "{what} has no rating for {missing}; rate every dimension so the assessments "
                    "of all units compare.",
                ).format(what=what, missing=", ".join(missing))
            )
        for dimension, rating in self.ratings.items():
            if dimension not in known:
                continue
            label = dimension_label(dimension)
            levels: tuple[tuple[Any, LevelName], ...] = (
                (rating.level, "the level"),
                (rating.target, "the target"),
            )
            for value, name in levels:
                if name == "the target" and value is None:
                    continue
                msg = check_level(value, name)
                if msg:
                    problems.append(
                        translate("Commands", "{what}: {dimension}: {problem}.").format(
                            what=what, dimension=label, problem=msg
                        )
                    )
        if not isinstance(self.assessed_on, date):
            problems.append(
                translate("Commands", "{value} is not a date; write it as YYYY-MM-DD.").format(
                    value=repr(self.assessed_on)
                )
            )
        if problems:
            raise CommandError(problems)

    def _date(self) -> str:
        """The assessment's date as messages write it ('2027-03-07'; a non-date as it is)."""
        if isinstance(self.assessed_on, date):
            return format_date(self.assessed_on, "short")
        return str(self.assessed_on)

    def apply(self, session: Session) -> Command:
        unit = session.execute(
            select(BusinessUnit.code, BusinessUnit.name).where(
                BusinessUnit.id == self.business_unit_id
            )
        ).first()
        if unit is None:
            raise CommandError(no_longer_exists("business_unit"))
        self._check(unit.name)
        self.label = translate("Commands", "Assess {unit} on {date}").format(
            unit=unit.name, date=self._date()
        )
        existing = row_where(
            session,
            "assessment",
            business_unit_id=self.business_unit_id,
            assessed_on=self.assessed_on,
        )
        check_seen(
            session,
            MaturityAssessment.__tablename__,
            translate("Commands", "the assessment of {unit} on {date}").format(
                unit=unit.name, date=self._date()
            ),
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

    #: The step's name ({person}: the person), marked for the catalogue.
    verb = QT_TRANSLATE_NOOP("Commands", "Hand over from {person}")

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
        self.label = translate("Commands", "Hand over responsibilities")
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
        self.label = translate("Commands", self.verb).format(person=person.name)
        if count:
            self.label += " " + translate("Commands", "(%n successor(s))", None, count)
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
                translate(
                    "Commands", "Nothing to change: name a successor for something {person} holds."
                ).format(person=person.name)
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
            problems.append(
                translate("Commands", "{kind} {role} is not something a person holds.").format(
                    kind=record_kind, role=role
                )
            )
            return []
        entity = _ENTITIES[record_kind]
        title_column = entity.name if record_kind in ("kpi", "person") else entity.title
        row = session.execute(
            select(entity.code, title_column, getattr(entity, column)).where(entity.id == record_id)
        ).first()
        if row is None:
            problems.append(
                translate(
                    "Commands", "That {kind} #{id} no longer exists; it may have been deleted."
                ).format(kind=_record_label(record_kind), id=record_id)
            )
            return []
        code, title, holder = row
        role_label = sponsor_role_label(role, role.replace("_", " "))
        where = translate("Commands", '{role} of {kind} {code} "{title}"').format(
            role=role_label, kind=_record_label(record_kind), code=code, title=short(title, 40)
        )
        if holder != person.id:
            problems.append(
                translate(
                    "Commands", "{person} is no longer the {role}; reload and choose again."
                ).format(person=person.name, role=where)
            )
            return []
        if successor_id is not None:
            if successor_id == person.id:
                problems.append(
                    translate(
                        "Commands", "{person} can't be their own successor as {role}."
                    ).format(person=person.name, role=where)
                )
                return []
            successor = session.execute(
                select(Person.name, Person.active).where(Person.id == successor_id)
            ).first()
            if successor is None:
                problems.append(
                    translate(
                        "Commands", "The successor chosen as {role} no longer exists."
                    ).format(role=where)
                )
                return []
            if not successor.active:
                problems.append(
                    translate(
                        "Commands",
                        "{person} has left too, so can't become the {role}; choose someone active.",
                    ).format(person=successor.name, role=where)
                )
                return []
            if record_kind == "person" and successor_id == record_id:
                problems.append(
                    translate(
                        "Commands",
                        "{person} can't own the relationship with themselves; choose someone else.",
                    ).format(person=successor.name)
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

    verb = QT_TRANSLATE_NOOP("Commands", "Mark as left and hand over: {person}")
    changes_person = True

    def person_changes(self, person: Any) -> dict[str, Any]:
        return {"active": False} if person.active else {}

    def check_person(self, person: Any) -> None:
        if not person.active and not self.successors:
            raise CommandError(
                translate(
                    "Commands",
                    "{person} is already marked as left; name successors for what they still hold.",
                ).format(person=person.name)
            )


class MovePerson(HandOver):
    """The person moved to another business unit; they stay active, successors take over
    what belonged to the old unit (whatever the planner chose to hand over)."""

    verb = QT_TRANSLATE_NOOP("Commands", "Move {person}")
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
            raise CommandError(
                translate("Commands", "{person} has left; they can't move to another unit.").format(
                    person=person.name
                )
            )
        if person.business_unit_id == self.business_unit_id:
            raise CommandError(
                translate("Commands", "{person} is already in that business unit.").format(
                    person=person.name
                )
            )

    def person_changes(self, person: Any) -> dict[str, Any]:
        return {"business_unit_id": self.business_unit_id}


class AssignSuccessors(HandOver):
    """Choose successors for what a person holds (typically someone who has left)."""

    verb = QT_TRANSLATE_NOOP("Commands", "Choose successors of {person}")


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
        self.label = translate("Commands", "Change item role")

    def apply(self, session: Session) -> Command:
        if self.role not in {r.value for r in SponsorRole}:
            raise CommandError(
                translate(
                    "Commands", "{role} is not an item role; use sponsor, champion or it_owner."
                ).format(role=repr(self.role))
            )
        column = ROLE_COLUMNS[("item", self.role)]
        row = session.execute(
            select(RoadmapItem.code, getattr(RoadmapItem, column)).where(
                RoadmapItem.id == self.item_id
            )
        ).first()
        if row is None:
            raise CommandError(no_longer_exists("item"))
        code, before = row
        role_label = sponsor_role_label(self.role)
        if before == self.person_id:
            raise CommandError(
                translate("Commands", "That person is already the {role} of {item}.").format(
                    role=role_label, item=code
                )
            )
        self.label = translate("Commands", "Change {role} of {item}").format(
            role=role_label, item=code
        )
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
        self.label = translate("Commands", "Change roadmap item")

    def apply(self, session: Session) -> Command:
        row = session.execute(
            select(RoadmapItem.title, *(getattr(RoadmapItem, c) for c in ITEM_ROLE_COLUMNS)).where(
                RoadmapItem.id == self.item_id
            )
        ).first()
        if row is None:
            raise CommandError(no_longer_exists("item"))
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
        fields = ", ".join(sorted(field_label(c) for c in self.changes))
        self.label = translate("Commands", "Change {fields} of {title}").format(
            fields=fields, title=short(str(title), 40)
        )
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
        self.label = translate("Commands", 'Add practice "{practice}" to the roadmap').format(
            practice=short(_shown(practice, "title"), 40)
        )

    def apply(self, session: Session) -> Command:
        unit = None
        if self.business_unit_id is not None:
            unit = session.execute(
                select(BusinessUnit.code, BusinessUnit.name).where(
                    BusinessUnit.id == self.business_unit_id
                )
            ).first()
            if unit is None:
                raise CommandError(no_longer_exists("business_unit"))
        if (self.start is None) != (self.end is None):
            raise CommandError(
                translate(
                    "Commands", "Give both a start and an end quarter, or neither (unscheduled)."
                )
            )
        try:
            start = Quarter.parse(self.start) if isinstance(self.start, str) else self.start
            end = Quarter.parse(self.end) if isinstance(self.end, str) else self.end
        except QuarterError as exc:
            raise CommandError(f"{exc}.") from None
        base = f"{self.practice.code}-{unit.code}" if unit is not None else self.practice.code
        code = self.code or unique_code(session, RoadmapItem, base)
        description = _shown(self.practice, "description")
        if self.dimension:
            label = dimension_label(self.dimension)
            # English writes the dimension mid-sentence in lower case; German keeps its nouns.
            shown = label.lower() if language() == "en" else label
            if unit is not None:
                why = translate("Commands", "Lifts the partnership's {dimension} with {unit}.")
            else:
                why = translate("Commands", "Lifts the partnership's {dimension}.")
            description += " " + why.format(dimension=shown, unit=unit.name if unit else "")
        description += " " + translate("Commands", "(Partnership practice {code}.)").format(
            code=self.practice.code
        )
        create = CreateRecord(
            "item",
            {
                "code": code,
                "title": _shown(self.practice, "title"),
                "description": description,
                "category": "transform",
                "status": "proposed",
                "start": start,
                "end": end,
                "value_statement": _shown(self.practice, "value_statement"),
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
        self.label = translate("Commands", "Record KPI actuals")

    def apply(self, session: Session) -> Command:
        kpi = session.execute(select(Kpi.code, Kpi.name).where(Kpi.id == self.kpi_id)).first()
        if kpi is None:
            raise CommandError(no_longer_exists("kpi"))
        n = len(self.actuals)
        self.label = translate("Commands", "Record %n actual(s) of {kpi}", None, n).format(
            kpi=kpi.code
        )
        if not self.actuals:
            raise CommandError(
                translate("Commands", "Give at least one dated actual for KPI {kpi}.").format(
                    kpi=kpi.code
                )
            )
        problems = []
        for when, value, _note in self.actuals:
            if not isinstance(when, date):
                problems.append(
                    translate(
                        "Commands", "KPI {kpi}: {value} is not a date; write it as YYYY-MM-DD."
                    ).format(kpi=kpi.code, value=repr(when))
                )
            if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
                problems.append(
                    translate("Commands", "KPI {kpi}: {value} is not a number.").format(
                        kpi=kpi.code, value=repr(value)
                    )
                )
        if problems:
            raise CommandError(problems)
        problems = [
            translate("Commands", "KPI {kpi}: {problem}.").format(kpi=kpi.code, problem=p.message)
            for p in series_problems([a[0] for a in self.actuals])
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
                    translate(
                        "Commands",
                        "KPI {kpi} already has an actual dated {date} ({value}); change that one "
                        "instead.",
                    ).format(
                        kpi=kpi.code, date=format_date(when, "short"), value=_g(existing[when])
                    )
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
        self.label = translate("Commands", "Change value drivers")
        #: The versions of the item's drivers named, as seen (0: the item had none of it).
        self.seen = SeenVersions()

    def apply(self, session: Session) -> Command:
        code = session.execute(
            select(RoadmapItem.code).where(RoadmapItem.id == self.item_id)
        ).scalar_one_or_none()
        if code is None:
            raise CommandError(no_longer_exists("item"))
        self.label = translate("Commands", "Change value drivers of {item}").format(item=code)
        allowed = [k.value for k in ValueDriverKind]
        unknown = sorted(set(self.drivers) - set(allowed))
        if unknown:
            raise CommandError(
                translate(
                    "Commands", "{drivers} is not a value driver; use one of {allowed}."
                ).format(drivers=", ".join(unknown), allowed=", ".join(allowed))
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
                translate("Commands", "the {driver} value driver of {item}").format(
                    driver=driver, item=code
                ),
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
            raise CommandError(
                translate("Commands", "Nothing to change in the value drivers of {item}.").format(
                    item=code
                )
            )
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
