"""Merging workshops (plan format 5): the same choices as every other record, by code.

Workshops are matched by code; participants, rounds, decisions and actions by
workshop code and their own code; ballots by workshop, round and participant.
Two laptops collecting ballots from different participants of one round merge
into one round holding both; the same participant's ballot with different
values on each side is a conflict. A round's options and a decision's items and
objectives are part of the round or decision: taking theirs replaces ours.

``io.merge`` calls :func:`workshop_diffs` from ``compute_merge`` and
:func:`workshop_changes` when it builds the one undoable ``ApplyMerge``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.commands.bulk import column_defaults
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.entities import (
    Workshop,
    WorkshopAction,
    WorkshopBallot,
    WorkshopDecision,
    WorkshopDecisionLink,
    WorkshopOption,
    WorkshopParticipant,
    WorkshopRound,
)
from stratplanner.model.kinds import KINDS

WORKSHOPS = "workshops"
PARTICIPANTS = "workshop_participants"
ROUNDS = "workshop_rounds"
BALLOTS = "workshop_ballots"
DECISIONS = "workshop_decisions"
ACTIONS = "workshop_actions"
COLLECTIONS = (WORKSHOPS, PARTICIPANTS, ROUNDS, BALLOTS, DECISIONS, ACTIONS)

#: Fields compared (and taken from theirs) per collection; key fields are left out.
COMPARED: dict[str, tuple[str, ...]] = {
    WORKSHOPS: ("title", "date", "notes"),
    PARTICIPANTS: ("name", "person", "side", "business_unit"),
    ROUNDS: (
        "question", "method", "subject", "dots", "cap", "points", "budget", "scenario",
        "anonymity", "state", "revealed", "timer_seconds", "opened_at", "closed_at", "adopted",
        "notes", "options",
    ),
    BALLOTS: ("abstain", "values"),
    DECISIONS: (
        "decision", "rationale", "options_rejected", "owner", "review_date", "round", "items",
        "objectives",
    ),
    ACTIONS: ("action", "owner", "due", "done", "decision", "item", "objective"),
}  # fmt: skip

#: JSON key → column, for the scalar fields of each collection.
_COLUMNS: dict[str, dict[str, str]] = {
    WORKSHOPS: {"title": "title", "date": "held_on", "notes": "notes"},
    PARTICIPANTS: {
        "name": "name", "person": "person_id", "side": "side",
        "business_unit": "business_unit_id",
    },
    ROUNDS: {
        "question": "question", "method": "method", "subject": "subject", "dots": "dots",
        "cap": "cap", "points": "points", "budget": "budget", "scenario": "scenario_id",
        "anonymity": "anonymity", "state": "state", "revealed": "revealed",
        "timer_seconds": "timer_seconds", "opened_at": "opened_at", "closed_at": "closed_at",
        "adopted": "adopted", "notes": "notes",
    },
    BALLOTS: {"abstain": "abstain", "values": "ballot_values", "cast_at": "cast_at"},
    DECISIONS: {
        "decision": "decision", "rationale": "rationale", "options_rejected": "options_rejected",
        "owner": "owner_id", "review_date": "review_on", "round": "round_id",
    },
    ACTIONS: {
        "action": "action", "owner": "owner_id", "due": "due", "done": "done",
        "decision": "decision_id", "item": "item_id", "objective": "objective_id",
    },
}  # fmt: skip
#: Plan references (JSON key → kind); the rest are local to the workshop.
_PLAN_REFS = {
    "person": "person",
    "owner": "person",
    "business_unit": "business_unit",
    "scenario": "scenario",
    "item": "item",
    "objective": "objective",
}
_KIND = {
    WORKSHOPS: "workshop",
    PARTICIPANTS: "workshop_participant",
    ROUNDS: "workshop_round",
    BALLOTS: "workshop_ballot",
    DECISIONS: "workshop_decision",
    ACTIONS: "workshop_action",
}
#: A workshop's own records as a merge problem names them ("needs round Q1 / B").
_LOCAL_NOUNS = {
    WORKSHOPS: QT_TRANSLATE_NOOP("Merge", "workshop"),
    PARTICIPANTS: QT_TRANSLATE_NOOP("Merge", "participant"),
    ROUNDS: QT_TRANSLATE_NOOP("Merge", "round"),
    BALLOTS: QT_TRANSLATE_NOOP("Merge", "ballot"),
    DECISIONS: QT_TRANSLATE_NOOP("Merge", "decision"),
    ACTIONS: QT_TRANSLATE_NOOP("Merge", "action"),
}

#: What the planner chose for a record of theirs, as a merge problem says it: (ADDING or
#: TAKING, the record's label).
ADDING = "adding"
TAKING = "taking"
Chosen = tuple[str, str]


def kind_word(kind: str) -> str:
    """A kind of record in a merge sentence, in the user's language ('roadmap item')."""
    label = KINDS[kind].label
    return translate("Kinds", label)


def missing_problem(chosen: Chosen, what: str, code: str) -> str:
    """'Adding roadmap item X needs objective O1, which you chose not to add.'"""
    how, record = chosen
    if how == ADDING:
        template = translate(
            "Merge", "Adding {record} needs {what} {code}, which you chose not to add."
        )
    else:
        template = translate(
            "Merge", "Taking their {record} needs {what} {code}, which you chose not to add."
        )
    return template.format(record=record, what=what, code=code)


def gone_problem(record: str) -> str:
    """'roadmap item X is no longer in this plan.'"""
    return translate("Merge", "{record} is no longer in this plan.").format(record=record)


def flatten(doc: dict[str, Any]) -> dict[str, dict[tuple[str, ...], dict[str, Any]]]:
    """The document's workshop records by collection and key."""
    out: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {c: {} for c in COLLECTIONS}
    for ws in doc.get(WORKSHOPS) or []:
        code = str(ws.get("code"))
        nested = ("participants", "rounds", "decisions", "actions")
        out[WORKSHOPS][(code,)] = {k: v for k, v in ws.items() if k not in nested}
        for p in ws.get("participants") or []:
            out[PARTICIPANTS][(code, str(p.get("code")))] = dict(p)
        for r in ws.get("rounds") or []:
            out[ROUNDS][(code, str(r.get("code")))] = {k: v for k, v in r.items() if k != "ballots"}
            for b in r.get("ballots") or []:
                key = (code, str(r.get("code")), str(b.get("participant")))
                out[BALLOTS][key] = dict(b)
        for d in ws.get("decisions") or []:
            out[DECISIONS][(code, str(d.get("code")))] = dict(d)
        for a in ws.get("actions") or []:
            out[ACTIONS][(code, str(a.get("code")))] = dict(a)
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-9)
    return bool(a == b)


def workshop_diffs(ours: dict[str, Any], theirs: dict[str, Any]) -> list[Any]:
    """RecordDiffs (added, conflict, only ours) for the workshop records of two documents."""
    from stratplanner.io.merge import ADDED, CONFLICT, ONLY_OURS, THEIRS, FieldDiff, RecordDiff

    mine, other = flatten(ours), flatten(theirs)
    records = []
    for collection in COLLECTIONS:
        for key, record in other[collection].items():
            if key not in mine[collection]:
                records.append(RecordDiff(collection, key, ADDED, None, record, choice=THEIRS))
                continue
            ours_record = mine[collection][key]
            diffs = [
                FieldDiff(k, ours_record.get(k), record.get(k))
                for k in COMPARED[collection]
                if k in record and not _same(ours_record.get(k), record.get(k))
            ]
            if diffs:
                records.append(RecordDiff(collection, key, CONFLICT, ours_record, record, diffs))
        for key, record in mine[collection].items():
            if key not in other[collection]:
                records.append(RecordDiff(collection, key, ONLY_OURS, record, None))
    return records


# -- building the command ------------------------------------------------------------------------


def _our_ids(session: Session) -> dict[str, dict[tuple[str, ...], int]]:
    ws = dict(session.execute(select(Workshop.id, Workshop.code)).all())
    out: dict[str, dict[tuple[str, ...], int]] = {
        WORKSHOPS: {(code,): wid for wid, code in ws.items()}
    }
    for collection, entity in (
        (PARTICIPANTS, WorkshopParticipant),
        (ROUNDS, WorkshopRound),
        (DECISIONS, WorkshopDecision),
        (ACTIONS, WorkshopAction),
    ):
        out[collection] = {
            (ws[w], code): rid
            for rid, w, code in session.execute(select(entity.id, entity.workshop_id, entity.code))
        }
    round_key = {rid: key for key, rid in out[ROUNDS].items()}
    participant_code = {pid: key[1] for key, pid in out[PARTICIPANTS].items()}
    out[BALLOTS] = {
        (*round_key[r], participant_code[p]): bid
        for bid, r, p in session.execute(
            select(WorkshopBallot.id, WorkshopBallot.round_id, WorkshopBallot.participant_id)
        )
    }
    return out


def _value(key: str, value: Any) -> Any:
    if value is None:
        return None
    if key in ("date", "due", "review_date") and isinstance(value, str):
        return date.fromisoformat(value)
    if key in ("opened_at", "closed_at", "cast_at") and isinstance(value, str):
        return datetime.fromisoformat(value.removesuffix("Z"))
    if key == "budget":
        return Decimal(str(value))
    if key == "values":
        from stratplanner.commands.workshop import canonical_json

        return canonical_json(value)
    return value


Changes = tuple[
    dict[str, list[dict[str, Any]]], list[tuple[str, int, dict[str, Any]]], list[tuple[str, int]]
]


def workshop_changes(
    plan: Any, session: Session, lookup: Callable[[str, Any], int | None], problems: list[str]
) -> Changes:
    """(inserts by kind, updates, deletes) for the workshop records the planner chose.

    ``lookup(kind, code)`` gives a plan record's id, ours or one this merge adds (a
    temporary negative id), or None.
    """
    from stratplanner.io.merge import THEIRS

    def resolve(kind: str, code: Any, chosen: Chosen) -> int | None:
        found = None if code is None else lookup(kind, code)
        if code is not None and found is None:
            problems.append(missing_problem(chosen, kind_word(kind), code))
        return found

    try:
        ours = _our_ids(session)
        option_rows = session.execute(select(WorkshopOption.id, WorkshopOption.round_id)).all()
        link_rows = session.execute(
            select(WorkshopDecisionLink.id, WorkshopDecisionLink.decision_id)
        ).all()
    finally:
        session.rollback()
    chosen = [r for r in plan.records if r.collection in COLLECTIONS and r.choice == THEIRS]
    added = [r for r in chosen if r.status == "added"]
    temp = iter(range(-1, -(10**9), -1))
    pending: dict[str, dict[tuple[str, ...], int]] = {c: {} for c in COLLECTIONS}
    for record in added:
        if record.collection != BALLOTS:
            pending[record.collection][record.key] = next(temp)

    def local(collection: str, key: tuple[str, ...], chosen: Chosen) -> int | None:
        found = ours[collection].get(key, pending[collection].get(key))
        if found is None:
            noun = translate("Merge", _LOCAL_NOUNS[collection])
            problems.append(missing_problem(chosen, noun, " / ".join(key)))
        return found

    def columns(record: Any, keys: Any, what: Chosen) -> dict[str, Any]:
        theirs = record.theirs or {}
        ws_code = record.key[0]
        row: dict[str, Any] = {}
        for key in keys:
            column = _COLUMNS[record.collection].get(key)
            if column is None:
                continue
            value = theirs.get(key)
            if key in _PLAN_REFS and record.collection != BALLOTS:
                row[column] = resolve(_PLAN_REFS[key], value, what)
            elif key == "round":
                row[column] = None if value is None else local(ROUNDS, (ws_code, value), what)
            elif key == "decision" and record.collection == ACTIONS:
                row[column] = None if value is None else local(DECISIONS, (ws_code, value), what)
            else:
                row[column] = _value(key, value)
        return row

    batches: dict[str, list[dict[str, Any]]] = {}
    updates: list[tuple[str, int, dict[str, Any]]] = []
    deletes: list[tuple[str, int]] = []

    def insert(kind: str, row: dict[str, Any]) -> None:
        batches.setdefault(kind, []).append(row)

    def options(record: Any, round_id: int) -> None:
        for n, option in enumerate((record.theirs or {}).get("options") or [], start=1):
            insert(
                "workshop_option",
                {"round_id": round_id, "position": n, "code": option.get("code"),
                 "title": option.get("title"),
                 # kept by code and title when this plan doesn't have the item or objective
                 "item_id": _maybe(lookup, "item", option.get("item")),
                 "objective_id": _maybe(lookup, "objective", option.get("objective"))},
            )  # fmt: skip

    def links(record: Any, decision_id: int, what: Chosen) -> None:
        theirs = record.theirs or {}
        for kind, key in (("item", "items"), ("objective", "objectives")):
            for code in theirs.get(key) or []:
                target = resolve(kind, code, what)
                other = "objective_id" if kind == "item" else "item_id"
                insert(
                    "workshop_decision_link",
                    {"decision_id": decision_id, f"{kind}_id": target, other: None},
                )

    for record in added:
        what = (ADDING, record.label)
        kind = _KIND[record.collection]
        row = columns(record, COMPARED[record.collection] + ("cast_at",), what)
        if record.collection == WORKSHOPS:
            row["code"] = record.key[0]
        elif record.collection == BALLOTS:
            ws, rnd, participant = record.key
            row["round_id"] = local(ROUNDS, (ws, rnd), what)
            row["participant_id"] = local(PARTICIPANTS, (ws, participant), what)
        else:
            row["workshop_id"] = local(WORKSHOPS, (record.key[0],), what)
            row["code"] = record.key[1]
        if record.collection != BALLOTS:
            row["id"] = pending[record.collection][record.key]
        if record.collection == ROUNDS:
            row["position"] = 1_000 + len(batches.get(kind, []))
            options(record, row["id"])
        if record.collection == DECISIONS:
            links(record, row["id"], what)
        defaults = column_defaults(KINDS[kind].table)
        for column, value in list(row.items()):
            if value is None and defaults.get(column) is not None:
                row[column] = defaults[column]
        insert(kind, row)

    for record in chosen:
        if record.status != "conflict":
            continue
        what = (TAKING, record.label)
        record_id = ours[record.collection].get(record.key)
        if record_id is None:
            problems.append(gone_problem(record.label))
            continue
        fields = [d.field for d in record.fields]
        if record.collection == BALLOTS:
            fields.append("cast_at")
        changes = columns(record, fields, what)
        if record.collection == ROUNDS and "options" in fields:
            deletes.extend(("workshop_option", oid) for oid, rid in option_rows if rid == record_id)
            options(record, record_id)
        if record.collection == DECISIONS and ("items" in fields or "objectives" in fields):
            deletes.extend(
                ("workshop_decision_link", lid) for lid, did in link_rows if did == record_id
            )
            links(record, record_id, what)
        if changes:
            updates.append((_KIND[record.collection], record_id, changes))
    return batches, updates, deletes


def _maybe(lookup: Callable[[str, Any], int | None], kind: str, code: Any) -> int | None:
    return None if code is None else lookup(kind, code)
