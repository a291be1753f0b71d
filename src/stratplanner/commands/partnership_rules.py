"""Rules of the partnership lens that look beyond one record (plan format 4).

Called by ``records.validate`` for every create and update, so the generic
commands the GUI tables and ``stratplanner add/edit`` use refuse the same
things the partnership commands and the JSON import refuse: a circular or
three-level process map, relationship owners going round in a circle, two
assessments of one unit on one date. (Two actuals of one KPI on one date are
refused by the KPI actual's natural key.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.i18n import format_date, translate
from stratplanner.model.entities import BusinessProcess, BusinessUnit, Person
from stratplanner.model.entities import MaturityAssessment as Assessment
from stratplanner.model.rules import hierarchy_problem, owner_cycle


def plan_rule_problems(
    session: Session, kind: str, row: dict[str, Any], record_id: int | None
) -> list[str]:
    """Sentences for every plan-wide rule ``row`` (the full record after the edit) breaks."""
    if kind == "process":
        return _process_parent(session, row, record_id)
    if kind == "person":
        return _relationship_owner(session, row, record_id)
    if kind == "assessment":
        return _one_assessment_per_date(session, row, record_id)
    return []


def _process_parent(session: Session, row: dict[str, Any], record_id: int | None) -> list[str]:
    parent_id = row.get("parent_id")
    if parent_id is None:
        return []
    found = session.execute(
        select(BusinessProcess.id, BusinessProcess.code, BusinessProcess.parent_id)
    ).all()
    codes = {pid: code for pid, code, _parent in found}
    parents = {pid: parent for pid, _code, parent in found}
    this = record_id if record_id is not None else 0  # a new process has no id yet
    codes[this] = str(row.get("code") or translate("Commands", "(new)"))
    parents.setdefault(this, None)

    def name(pid: int) -> str:
        return translate("Commands", "process {code}").format(code=codes.get(pid, "?"))

    message = hierarchy_problem(parents, this, parent_id, name)
    return [] if message is None else [message[:1].upper() + message[1:] + "."]


def _relationship_owner(session: Session, row: dict[str, Any], record_id: int | None) -> list[str]:
    owner_id = row.get("relationship_owner_id")
    if owner_id is None or record_id is None or owner_id == record_id:
        return []  # a new person can't be in a circle yet; owning oneself is a field rule
    found = session.execute(select(Person.id, Person.code, Person.relationship_owner_id)).all()
    codes = {pid: code for pid, code, _owner in found}
    owners = {pid: owner for pid, _code, owner in found}
    cycle = owner_cycle(owners, record_id, owner_id)
    if cycle is None:
        return []
    chain = " → ".join(codes.get(pid, "?") for pid in [*cycle, record_id])
    return [
        translate(
            "Commands",
            "{owner} can't own the relationship with {person}: owners would go round in a circle "
            "({chain}); someone in it must own a relationship without being owned.",
        ).format(owner=codes.get(owner_id, "?"), person=row.get("code"), chain=chain)
    ]


def _one_assessment_per_date(
    session: Session, row: dict[str, Any], record_id: int | None
) -> list[str]:
    unit_id, when = row.get("business_unit_id"), row.get("assessed_on")
    if unit_id is None or when is None:
        return []
    other = session.execute(
        select(Assessment.code).where(
            Assessment.business_unit_id == unit_id,
            Assessment.assessed_on == when,
            Assessment.id != (record_id if record_id is not None else -1),
        )
    ).scalar_one_or_none()
    if other is None:
        return []
    unit = session.execute(select(BusinessUnit.name).where(BusinessUnit.id == unit_id)).scalar()
    if unit:
        text = translate(
            "Commands",
            "{unit} already has an assessment dated {date} ({code}); change that one, or give "
            "this one another date.",
        )
    else:
        text = translate(
            "Commands",
            "That business unit already has an assessment dated {date} ({code}); change that "
            "one, or give this one another date.",
        )
    return [text.format(unit=unit, date=format_date(when, "short"), code=other)]
