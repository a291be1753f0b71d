"""Rules of workshop mode that look beyond one record (plan format 5).

Called by ``records.validate`` for every create and update, so the generic
commands (GUI tables, merges taking theirs) refuse what the workshop commands
and the JSON import refuse: more than 200 participants or 60 options, a ballot
from someone outside the round's workshop, a decision citing another
workshop's round, an action under another workshop's decision.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stratplanner.i18n import translate
from stratplanner.model.entities import (
    Person,
    Workshop,
    WorkshopDecision,
    WorkshopOption,
    WorkshopParticipant,
    WorkshopRound,
)
from stratplanner.model.values import MAX_PARTICIPANTS, MAX_ROUND_OPTIONS


def workshop_rule_problems(
    session: Session, kind: str, row: dict[str, Any], record_id: int | None
) -> list[str]:
    """Sentences for every workshop rule ``row`` (the full record after the edit) breaks."""
    if kind == "workshop_participant":
        return _participant(session, row, record_id)
    if kind == "workshop_option" and record_id is None:
        return _option_count(session, row)
    if kind == "workshop_ballot":
        return _ballot_in_workshop(session, row)
    if kind == "workshop_decision":
        return _same_workshop(session, row, WorkshopRound, "round_id", "round")
    if kind == "workshop_action":
        return _same_workshop(session, row, WorkshopDecision, "decision_id", "decision")
    return []


def _workshop_code(session: Session, workshop_id: Any) -> str:
    code = session.execute(select(Workshop.code).where(Workshop.id == workshop_id)).scalar()
    return str(code or "?")


def _participant(session: Session, row: dict[str, Any], record_id: int | None) -> list[str]:
    problems = []
    workshop_id = row.get("workshop_id")
    if record_id is None and workshop_id is not None:
        count = session.execute(
            select(func.count()).where(WorkshopParticipant.workshop_id == workshop_id)
        ).scalar_one()
        if count >= MAX_PARTICIPANTS:
            problems.append(
                translate(
                    "Commands",
                    "Workshop {workshop} already has {most} participants, the most one workshop "
                    "can hold; run a second workshop for the rest.",
                ).format(workshop=_workshop_code(session, workshop_id), most=MAX_PARTICIPANTS)
            )
    person_id = row.get("person_id")
    if person_id is not None and workshop_id is not None:
        other = session.execute(
            select(WorkshopParticipant.code).where(
                WorkshopParticipant.workshop_id == workshop_id,
                WorkshopParticipant.person_id == person_id,
                WorkshopParticipant.id != (record_id if record_id is not None else -1),
            )
        ).scalar_one_or_none()
        if other is not None:
            name = session.execute(select(Person.name).where(Person.id == person_id)).scalar()
            if name:
                text = translate(
                    "Commands",
                    "{person} is already a participant of workshop {workshop} (as {code}); a "
                    "person takes part once.",
                )
            else:
                text = translate(
                    "Commands",
                    "That person is already a participant of workshop {workshop} (as {code}); a "
                    "person takes part once.",
                )
            problems.append(
                text.format(person=name, workshop=_workshop_code(session, workshop_id), code=other)
            )
    return problems


def _option_count(session: Session, row: dict[str, Any]) -> list[str]:
    round_id = row.get("round_id")
    if round_id is None:
        return []
    count = session.execute(
        select(func.count()).where(WorkshopOption.round_id == round_id)
    ).scalar_one()
    if count >= MAX_ROUND_OPTIONS:
        return [
            translate(
                "Commands",
                "This round already has {most} options, the most one round can hold; split the "
                "agenda over two rounds.",
            ).format(most=MAX_ROUND_OPTIONS)
        ]
    return []


def _ballot_in_workshop(session: Session, row: dict[str, Any]) -> list[str]:
    round_id, participant_id = row.get("round_id"), row.get("participant_id")
    if round_id is None or participant_id is None:
        return []
    found = session.execute(
        select(WorkshopRound.workshop_id, WorkshopRound.code).where(WorkshopRound.id == round_id)
    ).first()
    person = session.execute(
        select(WorkshopParticipant.workshop_id, WorkshopParticipant.name).where(
            WorkshopParticipant.id == participant_id
        )
    ).first()
    if found is None or person is None or found.workshop_id == person.workshop_id:
        return []
    workshop = _workshop_code(session, found.workshop_id)
    return [
        translate(
            "Commands",
            "{person} is not a participant of workshop {workshop}, so they can't vote in its "
            "round {round}.",
        ).format(person=person.name, workshop=workshop, round=found.code)
    ]


def _same_workshop(
    session: Session, row: dict[str, Any], entity: Any, column: str, what: str
) -> list[str]:
    target = row.get(column)
    if target is None or row.get("workshop_id") is None:
        return []
    found = session.execute(
        select(entity.workshop_id, entity.code).where(entity.id == target)
    ).first()
    if found is None or found.workshop_id == row["workshop_id"]:
        return []
    if what == "round":
        text = translate(
            "Commands",
            "Round {code} belongs to workshop {theirs}, not to {ours}; choose one of this "
            "workshop's rounds.",
        )
    else:
        text = translate(
            "Commands",
            "Decision {code} belongs to workshop {theirs}, not to {ours}; choose one of this "
            "workshop's decisions.",
        )
    return [
        text.format(
            code=found.code,
            theirs=_workshop_code(session, found.workshop_id),
            ours=_workshop_code(session, row["workshop_id"]),
        )
    ]
