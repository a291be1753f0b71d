"""Edits of workshop mode (plan format 5), each one undoable step committed when applied.

Built on the generic record commands (one ``Macro`` where a step writes several
rows), so undo, redo, team-mode versions, the activity log and refreshing views
work as for every other edit; ``kinds()`` name the workshop kinds touched
(``model.kinds.WORKSHOP_KINDS``).

References may be given as ids (the GUI, from a snapshot) or as codes (the CLI):
people, items, objectives, business units and scenarios by their plan codes;
rounds and decisions by their codes within the workshop.

A ballot is refused with one sentence when the round is not open, the
participant is not in the round's workshop, or the values don't pass
``analysis.workshop.validate_ballot``; an accepted ballot is stored as canonical
JSON and committed at once (``PlanDocument.execute``), so a crash keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stratplanner.analysis.round_specs import build_round_spec, item_cost, scored_criteria
from stratplanner.analysis.workshop import BallotError, RoundSpec, RoundSpecError, validate_ballot
from stratplanner.analysis.workshop_ballots import CriterionSpec
from stratplanner.commands.base import (
    Command,
    CommandError,
    ExpectedVersion,
    Macro,
    Touched,
    check_seen,
)
from stratplanner.commands.naming import short
from stratplanner.commands.records import CreateRecord, DeleteRecord, UpdateRecord, row_where
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.entities import (
    BudgetScenario,
    BusinessUnit,
    Criterion,
    Objective,
    Person,
    RoadmapItem,
    Workshop,
    WorkshopAction,
    WorkshopBallot,
    WorkshopDecision,
    WorkshopDecisionLink,
    WorkshopOption,
    WorkshopParticipant,
    WorkshopRound,
)
from stratplanner.model.kinds import WORKSHOP_KINDS, kind_label
from stratplanner.model.values import MAX_BALLOT_BYTES, MAX_ROUND_OPTIONS
from stratplanner.snapshot.records import CriterionRec

Ref = int | str | None

#: Fields of a round that decide what a ballot may hold; fixed once the round has ballots.
VOTING_FIELDS = frozenset({"method", "subject", "dots", "cap", "points", "budget", "scenario_id"})

_PLAN_ENTITIES: dict[str, Any] = {
    "person": Person,
    "item": RoadmapItem,
    "objective": Objective,
    "business_unit": BusinessUnit,
    "scenario": BudgetScenario,
}
#: Workshop records a reference may name (``_scoped_ref``'s ``what``), for its message.
_SCOPED_LABELS = {
    "round": QT_TRANSLATE_NOOP("Commands", "round"),
    "decision": QT_TRANSLATE_NOOP("Commands", "decision"),
}
#: A round's state change as a step's name ({round}: the round's code).
_STATE_VERBS = {
    "open": QT_TRANSLATE_NOOP("Commands", "Open round {round}"),
    "closed": QT_TRANSLATE_NOOP("Commands", "Close round {round}"),
    "draft": QT_TRANSLATE_NOOP("Commands", "Reset round {round}"),
}
_CHANGE_ROUND = QT_TRANSLATE_NOOP("Commands", "Change round {round}")


def canonical_json(values: Any) -> str:
    """The stored form of ballot values: sorted keys, no spaces, Decimals as text."""
    return json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)


def now() -> datetime:
    """UTC, naive, to the second (as every stored time)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def plan_ref(session: Session, kind: str, value: Ref) -> int | None:
    """The id of a plan record given by id or code; CommandError when there is none."""
    if value is None:
        return None
    entity = _PLAN_ENTITIES[kind]
    column = entity.id if isinstance(value, int) and not isinstance(value, bool) else entity.code
    found = session.execute(select(entity.id).where(column == value)).scalar_one_or_none()
    if found is None:
        raise CommandError(
            translate("Commands", "There is no {kind} {code}; check the code.").format(
                kind=kind_label(kind), code=value
            )
        )
    return int(found)


def _scoped_ref(
    session: Session, entity: Any, workshop_id: int, value: Ref, what: str
) -> int | None:
    if value is None:
        return None
    column = entity.id if isinstance(value, int) and not isinstance(value, bool) else entity.code
    found = session.execute(
        select(entity.id).where(column == value, entity.workshop_id == workshop_id)
    ).scalar_one_or_none()
    if found is None:
        raise CommandError(
            translate("Commands", "This workshop has no {kind} {code}; check the code.").format(
                kind=translate("Commands", _SCOPED_LABELS.get(what, what)), code=value
            )
        )
    return int(found)


def _workshop(session: Session, workshop_id: int) -> Any:
    row = session.execute(
        select(Workshop.id, Workshop.code, Workshop.title).where(Workshop.id == workshop_id)
    ).first()
    if row is None:
        raise CommandError(
            translate("Commands", "That workshop no longer exists; it may have been deleted.")
        )
    return row


def _round(session: Session, round_id: int) -> Any:
    table = WorkshopRound.__table__
    row = session.execute(select(table).where(table.c.id == round_id)).first()
    if row is None:
        raise CommandError(
            translate("Commands", "That round no longer exists; it may have been deleted.")
        )
    return row


def _next_code(session: Session, entity: Any, scope: Any, scope_id: int, prefix: str) -> str:
    """P1, P2…: the first free ``prefix + n`` within the workshop (or round)."""
    taken = set(session.execute(select(entity.code).where(scope == scope_id)).scalars())
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def _run(label: str, steps: Sequence[Command], session: Session, kinds: frozenset[str]) -> Command:
    inverses = [step.apply(session) for step in steps]
    return _Step(label, list(reversed(inverses)), kinds)


class _Step(Macro):
    """A Macro whose kinds are known up front (an inverse of several generic steps)."""

    def __init__(self, label: str, commands: Sequence[Command], kinds: frozenset[str]):
        super().__init__(label, commands)
        self._kinds = kinds

    def apply(self, session: Session) -> Command:
        inverses = [command.apply(session) for command in self.commands]
        return _Step(self.label, list(reversed(inverses)), self._kinds)

    def kinds(self) -> frozenset[str]:
        return self._kinds | super().kinds()


class _Workshop(Command):
    """Base: the kinds a workshop edit touches."""

    touched_kinds: frozenset[str] = frozenset({"workshop"})

    def kinds(self) -> frozenset[str]:
        return self.touched_kinds


class _OneRecord(_Workshop):
    """A workshop edit that is one generic command: what it touches and expects is that one's."""

    inner: UpdateRecord | DeleteRecord

    def apply(self, session: Session) -> Command:
        return self.inner.apply(session)

    def touched(self) -> Touched:
        return self.inner.touched()

    def expected_versions(self) -> list[ExpectedVersion]:
        return self.inner.expected_versions()


# -- workshops ------------------------------------------------------------------------------


class CreateWorkshop(_Workshop):
    """A new workshop; ``code`` is the name users type (``Q1-OFFSITE``)."""

    def __init__(self, code: str, title: str, *, held_on: date | None = None, notes: str = ""):
        self.values = {"code": code, "title": title, "held_on": held_on, "notes": notes}
        self.label = translate("Commands", "Add workshop {code}").format(code=short(code, 40))
        self.workshop_id: int | None = None
        self._create: CreateRecord | None = None

    def apply(self, session: Session) -> Command:
        self._create = self._create or CreateRecord("workshop", self.values, label=self.label)
        inverse = self._create.apply(session)
        self.workshop_id = self._create.record_id
        return inverse


class UpdateWorkshop(_OneRecord):
    """Change code, title, held_on or notes of a workshop."""

    def __init__(self, workshop_id: int, changes: Mapping[str, Any], **kw: Any):
        self.inner = UpdateRecord("workshop", workshop_id, dict(changes), **kw)
        self.label = self.inner.label

    def apply(self, session: Session) -> Command:
        return self.inner.apply(session)


class DeleteWorkshop(_OneRecord):
    """Delete a workshop with its participants, rounds, ballots, decisions and actions."""

    touched_kinds = WORKSHOP_KINDS

    def __init__(self, workshop_id: int):
        self.inner = DeleteRecord("workshop", workshop_id, force=True)
        self.label = translate("Commands", "Delete workshop")

    def apply(self, session: Session) -> Command:
        inverse = self.inner.apply(session)
        self.label = self.inner.label
        return inverse


# -- participants -----------------------------------------------------------------------------


class AddParticipant(_Workshop):
    """Add a participant: a person of the plan (``person`` id or code) or a new ``name``.

    For a person, name, side and business unit default to the person's; a name added on
    the day needs its ``side``. The code defaults to the person's code, else P1, P2…
    """

    touched_kinds = frozenset({"workshop_participant"})

    def __init__(
        self,
        workshop_id: int,
        *,
        person: Ref = None,
        name: str | None = None,
        side: str | None = None,
        business_unit: Ref = None,
        code: str | None = None,
    ):
        self.workshop_id = workshop_id
        self.person = person
        self.name = name
        self.side = side
        self.business_unit = business_unit
        self.code = code
        self.participant_id: int | None = None
        self.label = translate("Commands", "Add participant")
        self._create: CreateRecord | None = None

    def apply(self, session: Session) -> Command:
        if self._create is None:
            self._create = CreateRecord("workshop_participant", self._values(session), label="")
            self.label = translate("Commands", "Add {name} to the workshop").format(
                name=short(self._create.values["name"], 40)
            )
            self._create.label = self.label
        inverse = self._create.apply(session)
        self.participant_id = self._create.record_id
        return inverse

    def touched(self) -> Touched | None:
        if self.participant_id is None:
            return None
        return Touched().add("workshop_participant", id=self.participant_id)

    def _values(self, session: Session) -> dict[str, Any]:
        _workshop(session, self.workshop_id)
        person_id = plan_ref(session, "person", self.person)
        name, side, unit_id, code = self.name, self.side, None, self.code
        if person_id is not None:
            person = session.execute(
                select(Person.code, Person.name, Person.side, Person.business_unit_id).where(
                    Person.id == person_id
                )
            ).one()
            name = name or person.name
            side = side or person.side
            unit_id = person.business_unit_id
            if code is None:
                taken = session.execute(
                    select(WorkshopParticipant.id).where(
                        WorkshopParticipant.workshop_id == self.workshop_id,
                        WorkshopParticipant.code == person.code,
                    )
                ).first()
                code = person.code if taken is None else None
        elif not (name or "").strip():
            raise CommandError(
                translate("Commands", "A participant needs a person of the plan or a name.")
            )
        if side is None:
            raise CommandError(
                translate(
                    "Commands",
                    "Say which side {name} is on (business or it); only people of the plan bring "
                    "their side with them.",
                ).format(name=name)
            )
        if self.business_unit is not None:
            unit_id = plan_ref(session, "business_unit", self.business_unit)
        if code is None:
            code = _next_code(
                session, WorkshopParticipant, WorkshopParticipant.workshop_id, self.workshop_id, "P"
            )
        return {
            "workshop_id": self.workshop_id,
            "code": code,
            "name": name,
            "person_id": person_id,
            "side": side,
            "business_unit_id": unit_id,
        }


class UpdateParticipant(_OneRecord):
    """Change a participant's code, name, side, person or business unit (column names)."""

    touched_kinds = frozenset({"workshop_participant"})

    def __init__(self, participant_id: int, changes: Mapping[str, Any], **kw: Any):
        self.inner = UpdateRecord("workshop_participant", participant_id, dict(changes), **kw)
        self.label = self.inner.label

    def apply(self, session: Session) -> Command:
        return self.inner.apply(session)


class RemoveParticipant(_OneRecord):
    """Remove a participant and their ballots."""

    touched_kinds = frozenset({"workshop_participant", "workshop_ballot"})

    def __init__(self, participant_id: int):
        self.inner = DeleteRecord("workshop_participant", participant_id, force=True)
        self.label = translate("Commands", "Remove participant")

    def apply(self, session: Session) -> Command:
        inverse = self.inner.apply(session)
        self.label = self.inner.label
        return inverse


# -- rounds --------------------------------------------------------------------------------------


def _option_rows(
    session: Session, subject: str, codes: Sequence[str], round_code: str
) -> list[dict[str, Any]]:
    """Option values (code, title, item or objective) for the agenda ``codes``, in order."""
    if len(codes) > MAX_ROUND_OPTIONS:
        raise CommandError(
            translate(
                "Commands",
                "Round {round} lists {count} options; a round holds at most {most}, so split the "
                "agenda over two rounds.",
            ).format(round=round_code, count=len(codes), most=MAX_ROUND_OPTIONS)
        )
    repeated = sorted({c for c in codes if list(codes).count(c) > 1})
    if repeated:
        raise CommandError(
            translate("Commands", "Round {round} lists {options} twice; list each once.").format(
                round=round_code, options=", ".join(repeated)
            )
        )
    entity = RoadmapItem if subject == "items" else Objective
    if subject not in ("items", "objectives"):
        raise CommandError(
            translate(
                "Commands", "{subject} is not what a round votes on; use items or objectives."
            ).format(subject=repr(subject))
        )
    found = {
        row.code: row
        for row in session.execute(
            select(entity.id, entity.code, entity.title).where(entity.code.in_(list(codes)))
        )
    }
    missing = [c for c in codes if c not in found]
    if missing:
        raise CommandError(
            translate(
                "Commands", "Round {round}: there is no {kind} {codes}; check the codes."
            ).format(
                round=round_code,
                kind=kind_label("item" if subject == "items" else "objective"),
                codes=", ".join(missing),
            )
        )
    column = "item_id" if subject == "items" else "objective_id"
    return [
        {"position": n, "code": code, "title": found[code].title, column: found[code].id}
        for n, code in enumerate(codes, start=1)
    ]


class CreateRound(_Workshop):
    """A new round (a draft) with its options given as item or objective codes, in agenda order.

    ``budget`` is each participant's budget; with ``scenario`` (id or code) and no budget,
    the scenario's cap is shared out among the participants. ``position`` defaults to the
    end of the agenda.
    """

    touched_kinds = frozenset({"workshop_round", "workshop_option"})

    def __init__(
        self,
        workshop_id: int,
        code: str,
        question: str,
        method: str,
        options: Sequence[str],
        *,
        subject: str = "items",
        dots: int | None = None,
        cap: int | None = None,
        points: int | None = None,
        budget: Decimal | float | int | str | None = None,
        scenario: Ref = None,
        anonymity: str = "by_side",
        timer_seconds: int | None = None,
        notes: str = "",
        position: int | None = None,
    ):
        self.workshop_id = workshop_id
        self.code = code
        self.options = list(options)
        self.fields: dict[str, Any] = {
            "question": question,
            "method": method,
            "subject": subject,
            "dots": dots,
            "cap": cap,
            "points": points,
            "budget": _money(budget),
            "anonymity": anonymity,
            "timer_seconds": timer_seconds,
            "notes": notes,
        }
        self.scenario = scenario
        self.position = position
        self.round_id: int | None = None
        self.label = translate("Commands", "Add round {round}").format(round=short(code, 30))
        self._steps: list[Command] | None = None

    def apply(self, session: Session) -> Command:
        if self._steps is None:
            _workshop(session, self.workshop_id)
            position = self.position
            if position is None:
                last = session.execute(
                    select(func.max(WorkshopRound.position)).where(
                        WorkshopRound.workshop_id == self.workshop_id
                    )
                ).scalar()
                position = (last or 0) + 1
            values = {
                "workshop_id": self.workshop_id,
                "code": self.code,
                "position": position,
                "scenario_id": plan_ref(session, "scenario", self.scenario),
                "state": "draft",
                "revealed": False,
                **self.fields,
            }
            create = CreateRecord("workshop_round", values, label=self.label)
            rows = _option_rows(session, self.fields["subject"], self.options, self.code)
            inverse = create.apply(session)  # validates the round's own fields first
            self.round_id = create.record_id
            options = [
                CreateRecord(
                    "workshop_option", {"round_id": self.round_id, **row}, label=self.label
                )
                for row in rows
            ]
            self._steps = [create, *options]
            inverses = [inverse, *(o.apply(session) for o in options)]
            return _Step(self.label, list(reversed(inverses)), self.touched_kinds)
        return _run(self.label, self._steps, session, self.touched_kinds)


def _money(value: Any) -> Any:
    if value is None or isinstance(value, Decimal | bool):
        return value
    if isinstance(value, int | float | str):
        try:
            return Decimal(str(value).replace(",", ""))
        except ArithmeticError:
            raise CommandError(
                translate("Commands", "{value} is not an amount of money; enter a number.").format(
                    value=repr(value)
                )
            ) from None
    return value


def _has_ballots(session: Session, round_id: int) -> bool:
    return (
        session.execute(
            select(WorkshopBallot.id).where(WorkshopBallot.round_id == round_id).limit(1)
        ).first()
        is not None
    )


class UpdateRound(_Workshop):
    """Change a round's fields (column names; ``scenario_id`` or ``scenario`` as id/code) and,
    with ``options``, its agenda (codes, in order; options kept where the code stays).

    What a ballot may hold (method, subject, dots, cap, points, budget, scenario, options) is
    fixed once the round has ballots. Open and close rounds with :class:`SetRoundState`.
    """

    touched_kinds = frozenset({"workshop_round", "workshop_option"})

    def __init__(
        self,
        round_id: int,
        changes: Mapping[str, Any],
        *,
        options: Sequence[str] | None = None,
        expected_version: int | None = None,
    ):
        self.round_id = round_id
        self.changes = dict(changes)
        if "budget" in self.changes:
            self.changes["budget"] = _money(self.changes["budget"])
        self.options = list(options) if options is not None else None
        self.expected_version = expected_version
        self.label = translate("Commands", "Change round")

    def apply(self, session: Session) -> Command:
        current = _round(session, self.round_id)
        self.label = translate("Commands", "Change round {round}").format(
            round=short(current.code, 30)
        )
        changes = dict(self.changes)
        if "scenario" in changes:
            changes["scenario_id"] = plan_ref(session, "scenario", changes.pop("scenario"))
        if "state" in changes or "opened_at" in changes or "closed_at" in changes:
            raise CommandError(
                translate(
                    "Commands",
                    "Open and close round {round} with its state (SetRoundState), so the times "
                    "are stamped.",
                ).format(round=current.code)
            )
        voting = {k for k in changes if k in VOTING_FIELDS and getattr(current, k) != changes[k]}
        subject = changes.get("subject", current.subject)
        option_steps: list[Command] = []
        if self.options is not None or "subject" in voting:
            existing = session.execute(
                select(WorkshopOption.id, WorkshopOption.code, WorkshopOption.position)
                .where(WorkshopOption.round_id == self.round_id)
                .order_by(WorkshopOption.position, WorkshopOption.id)
            ).all()
            wanted = self.options if self.options is not None else [o.code for o in existing]
            same_subject = subject == current.subject
            keep = {o.code: o for o in existing if o.code in wanted} if same_subject else {}
            if not same_subject or [o.code for o in existing] != wanted:
                voting.add("options")
            rows = _option_rows(session, subject, wanted, current.code)
            option_steps.extend(
                DeleteRecord("workshop_option", o.id, force=True)
                for o in existing
                if o.code not in keep
            )
            for row in rows:
                kept = keep.get(row["code"])
                if kept is None:
                    option_steps.append(
                        CreateRecord("workshop_option", {"round_id": self.round_id, **row})
                    )
                elif kept.position != row["position"]:
                    option_steps.append(
                        UpdateRecord("workshop_option", kept.id, {"position": row["position"]})
                    )
        if voting and _has_ballots(session, self.round_id):
            raise CommandError(
                translate(
                    "Commands",
                    "Round {round} already has ballots, so what people vote on ({fields}) can't "
                    "change; add a new round instead.",
                ).format(
                    round=current.code,
                    fields=", ".join(sorted(f.removesuffix("_id") for f in voting)),
                )
            )
        steps: list[Command] = []
        if changes:
            steps.append(
                UpdateRecord(
                    "workshop_round",
                    self.round_id,
                    changes,
                    label=self.label,
                    expected_version=self.expected_version,
                )
            )
        steps.extend(option_steps)
        return _run(self.label, steps, session, self.touched_kinds)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "workshop_round", id=self.round_id)]


class DeleteRound(_OneRecord):
    """Delete a round with its options and ballots; decisions citing it keep their text."""

    touched_kinds = frozenset(
        {"workshop_round", "workshop_option", "workshop_ballot", "workshop_decision"}
    )

    def __init__(self, round_id: int):
        self.inner = DeleteRecord("workshop_round", round_id, force=True)
        self.label = translate("Commands", "Delete round")

    def apply(self, session: Session) -> Command:
        inverse = self.inner.apply(session)
        self.label = self.inner.label
        return inverse


def round_spec_in_session(session: Session, round_row: Any) -> RoundSpec:
    """The round's :class:`RoundSpec` as the plan stands (see ``analysis.round_specs``).

    Raises CommandError with the set-up problem in one sentence.
    """
    options = session.execute(
        select(WorkshopOption.code, WorkshopOption.item_id)
        .where(WorkshopOption.round_id == round_row.id)
        .order_by(WorkshopOption.position, WorkshopOption.id)
    ).all()
    costs: dict[str, Decimal] = {}
    item_ids = [o.item_id for o in options if o.item_id is not None]
    if item_ids and round_row.method == "budget":
        money = {
            r.id: item_cost(r.capex, r.opex)
            for r in session.execute(
                select(RoadmapItem.id, RoadmapItem.capex, RoadmapItem.opex).where(
                    RoadmapItem.id.in_(item_ids)
                )
            )
        }
        costs = {o.code: money[o.item_id] for o in options if o.item_id in money}
    criteria: tuple[CriterionSpec, ...] = ()
    if round_row.method == "criteria":
        criteria = scored_criteria(
            CriterionRec(*row)
            for row in session.execute(
                select(
                    Criterion.id,
                    Criterion.code,
                    Criterion.name,
                    Criterion.description,
                    Criterion.measure,
                    Criterion.direction,
                    Criterion.weight,
                ).order_by(Criterion.id)
            )
        )
    scenario_budget = None
    if round_row.scenario_id is not None:
        scenario_budget = session.execute(
            select(BudgetScenario.budget).where(BudgetScenario.id == round_row.scenario_id)
        ).scalar()
    participants = session.execute(
        select(func.count()).where(WorkshopParticipant.workshop_id == round_row.workshop_id)
    ).scalar_one()
    try:
        return build_round_spec(
            method=round_row.method,
            options=[o.code for o in options],
            dots=round_row.dots,
            cap=round_row.cap,
            points=round_row.points,
            budget=round_row.budget,
            anonymity=round_row.anonymity,
            costs=costs,
            criteria=criteria,
            scenario_budget=scenario_budget,
            participants=int(participants),
        )
    except RoundSpecError as exc:
        raise CommandError(
            translate("Commands", "Round {round}: {problem}").format(
                round=round_row.code, problem=exc
            )
        ) from None


class SetRoundState(_Workshop):
    """Open, close or reopen a round (``open`` | ``closed`` | ``draft``) and/or reveal its results.

    Opening checks the round's set-up (options, budget, criteria) and stamps ``opened_at``
    (clearing ``closed_at``); closing stamps ``closed_at``. A round goes back to draft only
    while it has no ballots. ``revealed=None`` leaves the reveal as it is.
    """

    touched_kinds = frozenset({"workshop_round"})

    def __init__(
        self,
        round_id: int,
        state: str | None = None,
        *,
        revealed: bool | None = None,
        expected_version: int | None = None,
    ):
        self.round_id = round_id
        self.state = state
        self.revealed = revealed
        self.expected_version = expected_version
        self.label = translate("Commands", "Change round state")

    def apply(self, session: Session) -> Command:
        current = _round(session, self.round_id)
        changes: dict[str, Any] = {}
        state = self.state or current.state
        self.label = translate("Commands", _STATE_VERBS.get(state, _CHANGE_ROUND)).format(
            round=short(current.code, 30)
        )
        if state != current.state:
            if state == "open":
                round_spec_in_session(session, current)
                changes.update(state="open", opened_at=now(), closed_at=None)
            elif state == "closed":
                if current.state != "open":
                    raise CommandError(
                        translate(
                            "Commands", "Round {round} was never opened; open it before closing it."
                        ).format(round=current.code)
                    )
                changes.update(state="closed", closed_at=now())
            elif state == "draft":
                if _has_ballots(session, self.round_id):
                    raise CommandError(
                        translate(
                            "Commands",
                            "Round {round} has ballots, so it can't go back to draft; close it, "
                            "or add a new round.",
                        ).format(round=current.code)
                    )
                changes.update(state="draft", opened_at=None, closed_at=None)
            else:
                raise CommandError(
                    translate(
                        "Commands", "{state} is not a round state; use draft, open or closed."
                    ).format(state=repr(state))
                )
        if self.revealed is not None and self.revealed != current.revealed:
            changes["revealed"] = self.revealed
            if self.state is None:
                if self.revealed:
                    text = translate("Commands", "Reveal results of {round}")
                else:
                    text = translate("Commands", "Hide results of {round}")
                self.label = text.format(round=current.code)
        if not changes:
            return _Step(self.label, [], self.touched_kinds)
        return UpdateRecord(
            "workshop_round",
            self.round_id,
            changes,
            label=self.label,
            expected_version=self.expected_version,
        ).apply(session)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "workshop_round", id=self.round_id)]


# -- ballots --------------------------------------------------------------------------------------


class CastBallot(_Workshop):
    """One participant's vote, checked and stored; casting again while open replaces it."""

    touched_kinds = frozenset({"workshop_ballot"})

    def __init__(
        self,
        round_id: int,
        participant_id: int,
        values: Any,
        abstain: bool = False,
        *,
        expected_version: int | None = None,
    ):
        #: The version of this participant's ballot in the round as seen; 0 = they hadn't
        #: voted; None = replace whatever is there (a phone re-voting, the server's path).
        self.expected_version = expected_version
        self.round_id = round_id
        self.participant_id = participant_id
        self.values = values
        self.abstain = abstain
        self.label = translate("Commands", "Cast ballot")
        self.ballot_id: int | None = None

    def apply(self, session: Session) -> Command:
        table = WorkshopRound.__table__
        round_row = session.execute(select(table).where(table.c.id == self.round_id)).first()
        if round_row is None:
            raise CommandError(
                translate("Commands", "That round no longer exists; votes can't be cast in it.")
            )
        person = session.execute(
            select(WorkshopParticipant.name, WorkshopParticipant.workshop_id).where(
                WorkshopParticipant.id == self.participant_id
            )
        ).first()
        if person is None or person.workshop_id != round_row.workshop_id:
            raise CommandError(
                translate(
                    "Commands",
                    "That participant is not in this workshop, so they can't vote in round "
                    "{round}.",
                ).format(round=round_row.code)
            )
        if round_row.state != "open":
            if round_row.state == "draft":
                refusal = translate(
                    "Commands", "Round {round} is not open yet, so votes can't be cast in it now."
                )
            else:
                refusal = translate(
                    "Commands", "Round {round} is closed, so votes can't be cast in it now."
                )
            raise CommandError(refusal.format(round=round_row.code))
        self.label = translate("Commands", "Ballot of {name} in {round}").format(
            name=short(person.name, 30), round=round_row.code
        )
        text: str | None = None
        if not self.abstain:
            spec = round_spec_in_session(session, round_row)
            try:
                normalised = validate_ballot(spec, self.values)
            except BallotError as exc:
                raise CommandError(str(exc)) from None
            text = canonical_json(normalised)
            if len(text.encode("utf-8")) > MAX_BALLOT_BYTES:
                raise CommandError(
                    translate(
                        "Commands",
                        "This vote is too long to store (more than {size} KiB); send one entry "
                        "per option.",
                    ).format(size=MAX_BALLOT_BYTES // 1024)
                )
        values = {"abstain": bool(self.abstain), "ballot_values": text, "cast_at": now()}
        row = row_where(
            session, "workshop_ballot", round_id=self.round_id, participant_id=self.participant_id
        )
        check_seen(
            session,
            WorkshopBallot.__tablename__,
            translate("Commands", "the ballot of {name} in {round}").format(
                name=person.name, round=round_row.code
            ),
            row,
            self.expected_version,
        )
        existing = None if row is None else row["id"]
        if existing is not None:
            self.ballot_id = int(existing)
            return UpdateRecord("workshop_ballot", existing, values, label=self.label).apply(
                session
            )
        create = CreateRecord(
            "workshop_ballot",
            {"round_id": self.round_id, "participant_id": self.participant_id, **values},
            label=self.label,
        )
        inverse = create.apply(session)
        self.ballot_id = create.record_id
        return inverse

    def touched(self) -> Touched | None:
        """A phone's ballot: refreshing one record, not the plan, keeps 60 phones quick."""
        if self.ballot_id is None:
            return None
        return Touched().add("workshop_ballot", id=self.ballot_id)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [
            ExpectedVersion(
                self, "workshop_ballot", round_id=self.round_id, participant_id=self.participant_id
            )
        ]


# -- decisions and actions ------------------------------------------------------------------


def _link_rows(
    session: Session, items: Sequence[Ref], objectives: Sequence[Ref]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for kind, refs in (("item", items), ("objective", objectives)):
        seen: set[int] = set()
        for ref in refs:
            record_id = plan_ref(session, kind, ref)
            if record_id is not None and record_id not in seen:
                seen.add(record_id)
                rows.append({f"{kind}_id": record_id})
    return rows


class RecordDecision(_Workshop):
    """A decision of the workshop, with the items and objectives it is about.

    ``round`` (id or code within the workshop) is the evidence; ``owner`` a person (id or
    code). The code defaults to D1, D2…
    """

    touched_kinds = frozenset({"workshop_decision", "workshop_decision_link"})

    def __init__(
        self,
        workshop_id: int,
        decision: str,
        *,
        code: str | None = None,
        rationale: str = "",
        options_rejected: str = "",
        owner: Ref = None,
        review_on: date | None = None,
        round: Ref = None,
        items: Sequence[Ref] = (),
        objectives: Sequence[Ref] = (),
    ):
        self.workshop_id = workshop_id
        self.code = code
        self.values = {
            "decision": decision,
            "rationale": rationale,
            "options_rejected": options_rejected,
            "review_on": review_on,
        }
        self.owner, self.round = owner, round
        self.items, self.objectives = list(items), list(objectives)
        self.decision_id: int | None = None
        self.label = translate("Commands", "Record decision {decision}").format(
            decision=short(decision, 40)
        )
        self._steps: list[Command] | None = None

    def apply(self, session: Session) -> Command:
        if self._steps is not None:
            return _run(self.label, self._steps, session, self.touched_kinds)
        _workshop(session, self.workshop_id)
        code = self.code or _next_code(
            session, WorkshopDecision, WorkshopDecision.workshop_id, self.workshop_id, "D"
        )
        create = CreateRecord(
            "workshop_decision",
            {
                "workshop_id": self.workshop_id,
                "code": code,
                "owner_id": plan_ref(session, "person", self.owner),
                "round_id": _scoped_ref(
                    session, WorkshopRound, self.workshop_id, self.round, "round"
                ),
                **self.values,
            },
            label=self.label,
        )
        links = _link_rows(session, self.items, self.objectives)
        inverse = create.apply(session)
        self.decision_id = create.record_id
        steps: list[Command] = [
            CreateRecord("workshop_decision_link", {"decision_id": self.decision_id, **row})
            for row in links
        ]
        self._steps = [create, *steps]
        inverses = [inverse, *(s.apply(session) for s in steps)]
        return _Step(self.label, list(reversed(inverses)), self.touched_kinds)


class UpdateDecision(_Workshop):
    """Change a decision's fields (column names; ``owner``/``round`` as id or code) and, when
    given, replace the items and objectives it is about."""

    touched_kinds = frozenset({"workshop_decision", "workshop_decision_link"})

    def __init__(
        self,
        decision_id: int,
        changes: Mapping[str, Any],
        *,
        items: Sequence[Ref] | None = None,
        objectives: Sequence[Ref] | None = None,
        expected_version: int | None = None,
    ):
        self.decision_id = decision_id
        self.changes = dict(changes)
        self.items = list(items) if items is not None else None
        self.objectives = list(objectives) if objectives is not None else None
        self.expected_version = expected_version
        self.label = translate("Commands", "Change decision")

    def apply(self, session: Session) -> Command:
        row = session.execute(
            select(WorkshopDecision.code, WorkshopDecision.workshop_id).where(
                WorkshopDecision.id == self.decision_id
            )
        ).first()
        if row is None:
            raise CommandError(
                translate("Commands", "That decision no longer exists; it may have been deleted.")
            )
        self.label = translate("Commands", "Change decision {decision}").format(decision=row.code)
        changes = dict(self.changes)
        if "owner" in changes:
            changes["owner_id"] = plan_ref(session, "person", changes.pop("owner"))
        if "round" in changes:
            changes["round_id"] = _scoped_ref(
                session, WorkshopRound, row.workshop_id, changes.pop("round"), "round"
            )
        steps: list[Command] = []
        if changes:
            steps.append(
                UpdateRecord(
                    "workshop_decision",
                    self.decision_id,
                    changes,
                    label=self.label,
                    expected_version=self.expected_version,
                )
            )
        if self.items is not None or self.objectives is not None:
            current = session.execute(
                select(
                    WorkshopDecisionLink.id,
                    WorkshopDecisionLink.item_id,
                    WorkshopDecisionLink.objective_id,
                ).where(WorkshopDecisionLink.decision_id == self.decision_id)
            ).all()
            keep_items = self.items is None
            keep_objectives = self.objectives is None
            wanted = _link_rows(session, self.items or [], self.objectives or [])
            wanted_keys = {(r.get("item_id"), r.get("objective_id")) for r in wanted}
            have = {(c.item_id, c.objective_id): c.id for c in current}
            for key, link_id in have.items():
                kept = (key[0] is not None and keep_items) or (
                    key[1] is not None and keep_objectives
                )
                if not kept and key not in wanted_keys:
                    steps.append(DeleteRecord("workshop_decision_link", link_id, force=True))
            for link in wanted:
                if (link.get("item_id"), link.get("objective_id")) not in have:
                    steps.append(
                        CreateRecord(
                            "workshop_decision_link", {"decision_id": self.decision_id, **link}
                        )
                    )
        return _run(self.label, steps, session, self.touched_kinds)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "workshop_decision", id=self.decision_id)]


class DeleteDecision(_OneRecord):
    """Delete a decision and its links; actions under it stay, no longer tied to it."""

    touched_kinds = frozenset({"workshop_decision", "workshop_decision_link", "workshop_action"})

    def __init__(self, decision_id: int):
        self.inner = DeleteRecord("workshop_decision", decision_id, force=True)
        self.label = translate("Commands", "Delete decision")

    def apply(self, session: Session) -> Command:
        inverse = self.inner.apply(session)
        self.label = self.inner.label
        return inverse


class AddAction(_Workshop):
    """A follow-up: ``owner`` (person), ``item``, ``objective`` by id or code; ``decision`` by
    id or code within the workshop. The code defaults to A1, A2…"""

    touched_kinds = frozenset({"workshop_action"})

    def __init__(
        self,
        workshop_id: int,
        action: str,
        *,
        code: str | None = None,
        owner: Ref = None,
        due: date | None = None,
        done: bool = False,
        decision: Ref = None,
        item: Ref = None,
        objective: Ref = None,
    ):
        self.workshop_id = workshop_id
        self.code = code
        self.action = action
        self.owner, self.due, self.done = owner, due, done
        self.decision, self.item, self.objective = decision, item, objective
        self.action_id: int | None = None
        self.label = translate("Commands", "Add action {action}").format(action=short(action, 40))
        self._create: CreateRecord | None = None

    def apply(self, session: Session) -> Command:
        if self._create is None:
            _workshop(session, self.workshop_id)
            code = self.code or _next_code(
                session, WorkshopAction, WorkshopAction.workshop_id, self.workshop_id, "A"
            )
            self._create = CreateRecord(
                "workshop_action",
                {
                    "workshop_id": self.workshop_id,
                    "code": code,
                    "action": self.action,
                    "owner_id": plan_ref(session, "person", self.owner),
                    "due": self.due,
                    "done": self.done,
                    "decision_id": _scoped_ref(
                        session, WorkshopDecision, self.workshop_id, self.decision, "decision"
                    ),
                    "item_id": plan_ref(session, "item", self.item),
                    "objective_id": plan_ref(session, "objective", self.objective),
                },
                label=self.label,
            )
        inverse = self._create.apply(session)
        self.action_id = self._create.record_id
        return inverse


class UpdateAction(_Workshop):
    """Change an action's fields (column names; ``owner``, ``item``, ``objective`` and
    ``decision`` may be given by id or code); e.g. ``{"done": True}``."""

    touched_kinds = frozenset({"workshop_action"})

    def __init__(
        self, action_id: int, changes: Mapping[str, Any], *, expected_version: int | None = None
    ):
        self.action_id = action_id
        self.changes = dict(changes)
        self.expected_version = expected_version
        self.label = translate("Commands", "Change action")

    def apply(self, session: Session) -> Command:
        row = session.execute(
            select(WorkshopAction.code, WorkshopAction.workshop_id).where(
                WorkshopAction.id == self.action_id
            )
        ).first()
        if row is None:
            raise CommandError(
                translate("Commands", "That action no longer exists; it may have been deleted.")
            )
        changes = dict(self.changes)
        for key in ("owner", "item", "objective"):
            if key in changes:
                kind = "person" if key == "owner" else key
                changes[f"{key}_id"] = plan_ref(session, kind, changes.pop(key))
        if "decision" in changes:
            changes["decision_id"] = _scoped_ref(
                session, WorkshopDecision, row.workshop_id, changes.pop("decision"), "decision"
            )
        if changes.get("done") is True and set(changes) == {"done"}:
            self.label = translate("Commands", "Mark action {action} done").format(action=row.code)
        else:
            self.label = translate("Commands", "Change action {action}").format(action=row.code)
        return UpdateRecord(
            "workshop_action",
            self.action_id,
            changes,
            label=self.label,
            expected_version=self.expected_version,
        ).apply(session)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "workshop_action", id=self.action_id)]


class DeleteAction(_OneRecord):
    touched_kinds = frozenset({"workshop_action"})

    def __init__(self, action_id: int):
        self.inner = DeleteRecord("workshop_action", action_id, force=True)
        self.label = translate("Commands", "Delete action")

    def apply(self, session: Session) -> Command:
        inverse = self.inner.apply(session)
        self.label = self.inner.label
        return inverse


__all__ = [
    "VOTING_FIELDS",
    "AddAction",
    "AddParticipant",
    "CastBallot",
    "CreateRound",
    "CreateWorkshop",
    "DeleteAction",
    "DeleteDecision",
    "DeleteRound",
    "DeleteWorkshop",
    "RecordDecision",
    "RemoveParticipant",
    "SetRoundState",
    "UpdateAction",
    "UpdateDecision",
    "UpdateParticipant",
    "UpdateRound",
    "UpdateWorkshop",
    "canonical_json",
    "plan_ref",
    "round_spec_in_session",
]
