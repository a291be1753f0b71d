"""Workshops in the plan interchange document (plan format 5, docs/plan-json-extensions.md).

One top-level collection ``workshops``; each workshop nests its ``participants``,
``rounds`` (each with its ``options`` and ``ballots``), ``decisions`` and
``actions``, because their codes are unique only within their workshop (options
within their round). References to the rest of the plan are plan codes;
references inside a workshop are the workshop's own codes.

Reading checks every field, reference and bound, and every ballot with
``analysis.workshop.validate_ballot`` against the round as the document states
it; problems carry their JSON path (``workshops[0].rounds[1].ballots[2].values: …``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.io.plan_json_schema import (
    WORKSHOPS_KEY,
    DocumentField,
    document_fields,
    required_keys,
)
from stratplanner.model.kinds import KINDS, WORKSHOP_KIND_ORDER
from stratplanner.model.rules import check_fields
from stratplanner.model.values import MAX_BALLOT_BYTES, MAX_PARTICIPANTS, MAX_ROUND_OPTIONS
from stratplanner.snapshot.snapshot import PlanSnapshot

# (json key, type, default, column), built from the declarations in model/kinds.py; types as
# ``RecordField.type``. A record's workshop (or round) and agenda position are where the
# document nests it, not keys of its own.
WORKSHOP_FIELDS: list[DocumentField] = document_fields(KINDS["workshop"])
PARTICIPANT_FIELDS: list[DocumentField] = document_fields(KINDS["workshop_participant"])
ROUND_FIELDS: list[DocumentField] = document_fields(KINDS["workshop_round"])
OPTION_FIELDS: list[DocumentField] = document_fields(KINDS["workshop_option"])
BALLOT_FIELDS: list[DocumentField] = document_fields(KINDS["workshop_ballot"])
#: A decision's links (``workshop_decision_link`` records) are its lists of item and
#: objective codes ("codes:<kind>").
DECISION_FIELDS: list[DocumentField] = [
    *document_fields(KINDS["workshop_decision"]),
    ("items", "codes:item", None, ""),
    ("objectives", "codes:objective", None, ""),
]
ACTION_FIELDS: list[DocumentField] = document_fields(KINDS["workshop_action"])
NESTED = {
    "workshop": ("participants", "rounds", "decisions", "actions"),
    "round": ("options", "ballots"),
}
#: The word a problem uses for a record (the nested list's singular) → its kind.
_KIND_NAMES = {
    "workshop": "workshop",
    "participant": "workshop_participant",
    "round": "workshop_round",
    "option": "workshop_option",
    "ballot": "workshop_ballot",
    "decision": "workshop_decision",
    "action": "workshop_action",
}
REQUIRED = {what: required_keys(KINDS[kind]) for what, kind in _KIND_NAMES.items()}
#: How a problem names a record: with its code, and without one (no code, or not text).
_RECORD_WORDS = {
    "workshop": (
        QT_TRANSLATE_NOOP("PlanJson", "workshop {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "a workshop"),
    ),
    "participant": (
        QT_TRANSLATE_NOOP("PlanJson", "participant {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "a participant"),
    ),
    "round": (
        QT_TRANSLATE_NOOP("PlanJson", "round {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "a round"),
    ),
    "option": (
        QT_TRANSLATE_NOOP("PlanJson", "option {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "an option"),
    ),
    "ballot": (
        QT_TRANSLATE_NOOP("PlanJson", "ballot {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "a ballot"),
    ),
    "decision": (
        QT_TRANSLATE_NOOP("PlanJson", "decision {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "a decision"),
    ),
    "action": (
        QT_TRANSLATE_NOOP("PlanJson", "action {code}"),
        QT_TRANSLATE_NOOP("PlanJson", "an action"),
    ),
}


def _record_label(what: str, record: Mapping[str, Any]) -> str:
    """'participant P1' or 'a participant': the record a problem is about."""
    with_code, without = _RECORD_WORDS[what]
    code = record.get("code")
    if isinstance(code, str):
        return translate("PlanJson", with_code).format(code=code)
    return translate("PlanJson", without)


def _expected(path: str, expected: str, found: str) -> str:
    """'workshops[0].rounds: expected a list, found text "x"' (``expected`` translated)."""
    return translate("PlanJson", "{path}: expected {expected}, found {found}").format(
        path=path, expected=expected, found=found
    )


# -- export ----------------------------------------------------------------------------------


def money_json(value: Decimal | None) -> int | float | None:
    """A Numeric amount as a JSON number (whole amounts as integers)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def datetime_json(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat() + "Z"


def workshops_to_json(snap: PlanSnapshot) -> list[dict[str, Any]]:
    """The plan's workshops as the interchange document nests them."""
    person = {r.id: r.code for r in snap.people}
    unit = {r.id: r.code for r in snap.business_units}
    item = {r.id: r.code for r in snap.items}
    objective = {r.id: r.code for r in snap.objectives}
    scenario = {r.id: r.code for r in snap.scenarios}
    participant = {r.id: r.code for r in snap.workshop_participants}
    round_code = {r.id: r.code for r in snap.workshop_rounds}
    decision_code = {r.id: r.code for r in snap.workshop_decisions}

    def ref(table: Mapping[int, str], value: int | None) -> str | None:
        return None if value is None else table.get(value)

    out = []
    for ws in snap.workshops:
        decisions = []
        for d in snap.decisions_by_workshop.get(ws.id, []):
            links = snap.links_by_decision.get(d.id, [])
            decisions.append(
                {
                    "code": d.code,
                    "decision": d.decision,
                    "rationale": d.rationale,
                    "options_rejected": d.options_rejected,
                    "owner": ref(person, d.owner_id),
                    "review_date": d.review_on.isoformat() if d.review_on else None,
                    "round": ref(round_code, d.round_id),
                    "items": [item[lk.item_id] for lk in links if lk.item_id is not None],
                    "objectives": [
                        objective[lk.objective_id] for lk in links if lk.objective_id is not None
                    ],
                }
            )
        out.append(
            {
                "code": ws.code,
                "title": ws.title,
                "date": ws.held_on.isoformat() if ws.held_on else None,
                "notes": ws.notes,
                "participants": [
                    {
                        "code": p.code,
                        "name": p.name,
                        "person": ref(person, p.person_id),
                        "side": p.side,
                        "business_unit": ref(unit, p.business_unit_id),
                    }
                    for p in snap.participants_by_workshop.get(ws.id, [])
                ],
                "rounds": [
                    {
                        "code": r.code,
                        "question": r.question,
                        "method": r.method,
                        "subject": r.subject,
                        "dots": r.dots,
                        "cap": r.cap,
                        "points": r.points,
                        "budget": money_json(r.budget),
                        "scenario": ref(scenario, r.scenario_id),
                        "anonymity": r.anonymity,
                        "state": r.state,
                        "revealed": r.revealed,
                        "timer_seconds": r.timer_seconds,
                        "opened_at": datetime_json(r.opened_at),
                        "closed_at": datetime_json(r.closed_at),
                        "adopted": r.adopted,
                        "notes": r.notes,
                        "options": [
                            {
                                "code": o.code,
                                "title": o.title,
                                "item": ref(item, o.item_id),
                                "objective": ref(objective, o.objective_id),
                            }
                            for o in snap.options_of(r.id)
                        ],
                        "ballots": [
                            {
                                "participant": participant[b.participant_id],
                                "abstain": b.abstain,
                                "values": b.values,
                                "cast_at": datetime_json(b.cast_at),
                            }
                            for b in snap.ballots_of(r.id)
                        ],
                    }
                    for r in snap.rounds_of(ws.id)
                ],
                "decisions": decisions,
                "actions": [
                    {
                        "code": a.code,
                        "action": a.action,
                        "owner": ref(person, a.owner_id),
                        "due": a.due.isoformat() if a.due else None,
                        "done": a.done,
                        "decision": ref(decision_code, a.decision_id),
                        "item": ref(item, a.item_id),
                        "objective": ref(objective, a.objective_id),
                    }
                    for a in snap.actions_by_workshop.get(ws.id, [])
                ],
            }
        )
    return out


# -- import ------------------------------------------------------------------------------------


@dataclass
class PlanFacts:
    """What the rest of the document says that workshops refer to or vote with.

    ``ids``: kind → code → row id (person, business_unit, item, objective, scenario).
    ``costs``: item code → capex + opex. ``criteria``: the scored criteria as
    ``CriterionSpec``. ``scenario_budgets``: scenario code → its budget or None.
    """

    ids: Mapping[str, Mapping[str, int]]
    costs: Mapping[str, Decimal] = field(default_factory=dict)
    criteria: Sequence[Any] = ()
    scenario_budgets: Mapping[str, float | None] = field(default_factory=dict)


class _Reader:
    def __init__(
        self,
        facts: PlanFacts,
        problems: list[str],
        check_value: Callable[[str, Any, str, list[str]], Any],
        kind_of: Callable[[Any], str],
        *,
        check_ballots: bool = True,
    ):
        self.facts = facts
        self.problems = problems
        self.check_value = check_value
        self.kind_of = kind_of
        self.check_ballots = check_ballots
        self.rows: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS if k in _ALL_KINDS}

    # one record's fields
    def fields(
        self, what: str, spec: list[DocumentField], record: Any, path: str
    ) -> dict[str, Any] | None:
        problems = self.problems
        if not isinstance(record, dict):
            problems.append(
                _expected(path, translate("PlanJson", "an object"), self.kind_of(record))
            )
            return None
        known = {f[0] for f in spec} | set(NESTED.get(what, ()))
        label = _record_label(what, record)
        for key in record:
            if key not in known:
                problems.append(
                    translate("PlanJson", "{path}: unknown field in {record}").format(
                        path=f"{path}.{key}", record=label
                    )
                )
        before = len(problems)
        out: dict[str, Any] = {}
        for key, ftype, default, _column in spec:
            value = record.get(key)
            at = f"{path}.{key}"
            if value is None:
                if key in REQUIRED[what]:
                    problems.append(
                        translate(
                            "PlanJson", "{path}: required field is missing in {record}"
                        ).format(path=at, record=label)
                    )
                out[key] = [] if ftype.startswith("codes:") else default
                continue
            if ftype == "money":
                out[key] = self._money(value, at)
            elif ftype == "datetime":
                out[key] = self._datetime(value, at)
            elif ftype == "opt_text" or ftype.startswith("local:"):
                if not isinstance(value, str):
                    problems.append(
                        _expected(at, translate("PlanJson", "text"), self.kind_of(value))
                    )
                out[key] = value
            elif ftype == "values":
                out[key] = value
            elif ftype.startswith("codes:"):
                if not isinstance(value, list):
                    problems.append(
                        _expected(at, translate("PlanJson", "a list of codes"), self.kind_of(value))
                    )
                    value = []
                out[key] = [self.ref(ftype[6:], v, f"{at}[{n}]") for n, v in enumerate(value)]
            elif ftype.startswith("ref:"):
                out[key] = self.ref(ftype[4:], value, at)
            else:
                out[key] = self.check_value(ftype, value, at, problems)
        if len(problems) != before:
            return None
        return out

    def ref(self, kind: str, code: Any, path: str) -> int | None:
        label = translate("Kinds", KINDS[kind].label)
        if not isinstance(code, str) or not code:
            self.problems.append(
                translate(
                    "PlanJson", "{path}: expected the code of a {kind}, found {found}"
                ).format(path=path, kind=label, found=self.kind_of(code))
            )
            return None
        found = self.facts.ids.get(kind, {}).get(code)
        if found is None:
            self.problems.append(
                translate("PlanJson", "{path}: there is no {kind} {code} in the plan").format(
                    path=path, kind=label, code=code
                )
            )
        return found

    def _money(self, value: Any, path: str) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problems.append(
                _expected(path, translate("PlanJson", "an amount"), self.kind_of(value))
            )
            return None
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            amount = Decimal("NaN")
        if not amount.is_finite() or amount < 0:
            self.problems.append(
                translate("PlanJson", "{path}: an amount must be 0 or more, not {value}").format(
                    path=path, value=repr(value)
                )
            )
            return None
        return amount

    def _datetime(self, value: Any, path: str) -> datetime | None:
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.problems.append(
                translate(
                    "PlanJson", "{path}: {found} is not a time; write it as 2027-01-15T09:30:00Z"
                ).format(path=path, found=self.kind_of(value))
            )
            return None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        return parsed

    def rules(
        self, what: str, spec: list[DocumentField], values: dict[str, Any], path: str
    ) -> bool:
        """Field rules shared with the commands (model.rules.check_fields)."""
        kind = KINDS[_KIND_NAMES[what]]
        row = {column: values[key] for key, _t, _d, column in spec if column}
        before = len(self.problems)
        for column, message in check_fields(
            kind.name, row, has_code=kind.has_code, title_field=kind.title_field
        ):
            key = next((k for k, _t, _d, c in spec if c == column), column)
            self.problems.append(
                translate("PlanJson", "{path}: {problem}").format(
                    path=f"{path}.{key}", problem=message
                )
            )
        return len(self.problems) == before

    def add(self, kind: str, row: dict[str, Any]) -> int:
        rows = self.rows[kind]
        row["id"] = len(rows) + 1
        rows.append(row)
        return row["id"]

    # the whole collection
    def read(self, raw: Any) -> None:
        if raw is None:
            return
        if not isinstance(raw, list):
            self.problems.append(
                _expected(WORKSHOPS_KEY, translate("PlanJson", "a list"), self.kind_of(raw))
            )
            return
        codes: dict[str, int] = {}
        for index, record in enumerate(raw):
            path = f"{WORKSHOPS_KEY}[{index}]"
            values = self.fields("workshop", WORKSHOP_FIELDS, record, path)
            if values is None or not self.rules("workshop", WORKSHOP_FIELDS, values, path):
                continue
            code = values["code"]
            if code in codes:
                self.problems.append(
                    translate(
                        "PlanJson", "{path}: duplicate code {code} (already used by {other})"
                    ).format(
                        path=f"{path}.code", code=code, other=f"{WORKSHOPS_KEY}[{codes[code]}]"
                    )
                )
                continue
            codes[code] = index
            workshop_id = self.add(
                "workshop",
                {"code": code, "title": values["title"], "held_on": values["date"],
                 "notes": values["notes"]},
            )  # fmt: skip
            self.workshop(record, path, workshop_id)

    def _list(self, record: dict[str, Any], key: str, path: str) -> list[Any]:
        value = record.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(
                _expected(f"{path}.{key}", translate("PlanJson", "a list"), self.kind_of(value))
            )
            return []
        return value

    def _unique(self, seen: dict[Any, int], key: Any, problem: str, **names: str) -> bool:
        """False (and the ``problem`` sentence, its ``{other}`` the index of the first) when
        ``key`` is already in ``seen``; ``names`` fill the sentence's other placeholders."""
        if key in seen:
            self.problems.append(problem.format(other=seen[key], **names))
            return False
        return True

    def workshop(self, record: dict[str, Any], path: str, workshop_id: int) -> None:
        ws_code = record["code"]
        participants: dict[str, tuple[int, str | None]] = {}  # code → (id, side)
        seen: dict[Any, int] = {}
        people: dict[int, int] = {}
        raw_participants = self._list(record, "participants", path)
        count = len(raw_participants)
        if count > MAX_PARTICIPANTS:
            self.problems.append(
                translate(
                    "PlanJson",
                    "{path}: workshop {workshop} has %n participant(s); a workshop holds at "
                    "most {most}",
                    None,
                    count,
                ).format(path=f"{path}.participants", workshop=ws_code, most=MAX_PARTICIPANTS)
            )
        for n, raw in enumerate(raw_participants):
            at = f"{path}.participants[{n}]"
            values = self.fields("participant", PARTICIPANT_FIELDS, raw, at)
            if values is None or not self.rules("participant", PARTICIPANT_FIELDS, values, at):
                continue
            repeated = translate(
                "PlanJson",
                "{path}: participant code {code} appears twice in workshop {workshop} "
                "(also [{other}])",
            )
            if not self._unique(seen, values["code"], repeated, path=f"{at}.code",
                                code=values["code"], workshop=ws_code):  # fmt: skip
                continue
            seen[values["code"]] = n
            if values["person"] is not None:
                if values["person"] in people:
                    self.problems.append(
                        translate(
                            "PlanJson",
                            "{path}: person {person} takes part in workshop {workshop} twice "
                            "(also {other})",
                        ).format(
                            path=f"{at}.person",
                            person=raw["person"],
                            workshop=ws_code,
                            other=f"participants[{people[values['person']]}]",
                        )
                    )
                    continue
                people[values["person"]] = n
            pid = self.add(
                "workshop_participant",
                {"workshop_id": workshop_id, "code": values["code"], "name": values["name"],
                 "person_id": values["person"], "side": values["side"],
                 "business_unit_id": values["business_unit"]},
            )  # fmt: skip
            participants[values["code"]] = (pid, values["side"])

        rounds: dict[str, int] = {}
        seen = {}
        for n, raw in enumerate(self._list(record, "rounds", path)):
            at = f"{path}.rounds[{n}]"
            values = self.fields("round", ROUND_FIELDS, raw, at)
            if values is None or not self.rules("round", ROUND_FIELDS, values, at):
                continue
            repeated = translate(
                "PlanJson",
                "{path}: round code {code} appears twice in workshop {workshop} (also [{other}])",
            )
            if not self._unique(seen, values["code"], repeated, path=f"{at}.code",
                                code=values["code"], workshop=ws_code):  # fmt: skip
                continue
            seen[values["code"]] = n
            row = {column: values[key] for key, _t, _d, column in ROUND_FIELDS}
            round_id = self.add(
                "workshop_round", {"workshop_id": workshop_id, "position": n + 1, **row}
            )
            rounds[values["code"]] = round_id
            self.round(raw, at, round_id, values, participants, len(raw_participants))

        decisions: dict[str, int] = {}
        seen = {}
        for n, raw in enumerate(self._list(record, "decisions", path)):
            at = f"{path}.decisions[{n}]"
            values = self.fields("decision", DECISION_FIELDS, raw, at)
            if values is None or not self.rules("decision", DECISION_FIELDS, values, at):
                continue
            repeated = translate(
                "PlanJson",
                "{path}: decision code {code} appears twice in workshop {workshop} "
                "(also [{other}])",
            )
            if not self._unique(seen, values["code"], repeated, path=f"{at}.code",
                                code=values["code"], workshop=ws_code):  # fmt: skip
                continue
            seen[values["code"]] = n
            no_round = translate("PlanJson", "{path}: workshop {workshop} has no round {code}")
            decided_in = self.local(
                rounds, values["round"], no_round, path=f"{at}.round", workshop=ws_code
            )
            if values["round"] is not None and decided_in is None:
                continue
            decision_id = self.add(
                "workshop_decision",
                {"workshop_id": workshop_id, "code": values["code"],
                 "decision": values["decision"], "rationale": values["rationale"],
                 "options_rejected": values["options_rejected"], "owner_id": values["owner"],
                 "review_on": values["review_date"], "round_id": decided_in},
            )  # fmt: skip
            decisions[values["code"]] = decision_id
            for column, key in (("item_id", "items"), ("objective_id", "objectives")):
                linked: set[int] = set()
                for k, target in enumerate(values[key]):
                    if target in linked:
                        self.problems.append(
                            translate(
                                "PlanJson", "{path}: {code} is listed twice; list it once"
                            ).format(path=f"{at}.{key}[{k}]", code=raw[key][k])
                        )
                        continue
                    linked.add(target)
                    other = "objective_id" if column == "item_id" else "item_id"
                    self.add(
                        "workshop_decision_link",
                        {"decision_id": decision_id, column: target, other: None},
                    )

        seen = {}
        for n, raw in enumerate(self._list(record, "actions", path)):
            at = f"{path}.actions[{n}]"
            values = self.fields("action", ACTION_FIELDS, raw, at)
            if values is None or not self.rules("action", ACTION_FIELDS, values, at):
                continue
            repeated = translate(
                "PlanJson",
                "{path}: action code {code} appears twice in workshop {workshop} (also [{other}])",
            )
            if not self._unique(seen, values["code"], repeated, path=f"{at}.code",
                                code=values["code"], workshop=ws_code):  # fmt: skip
                continue
            seen[values["code"]] = n
            no_decision = translate(
                "PlanJson", "{path}: workshop {workshop} has no decision {code}"
            )
            follows = self.local(
                decisions, values["decision"], no_decision, path=f"{at}.decision", workshop=ws_code
            )
            if values["decision"] is not None and follows is None:
                continue
            row = {column: values[key] for key, _t, _d, column in ACTION_FIELDS}
            row["decision_id"] = follows
            self.add("workshop_action", {"workshop_id": workshop_id, **row})

    def local(
        self, table: Mapping[str, int], code: str | None, missing: str, **names: str
    ) -> int | None:
        """The id of the workshop's own record ``code`` in ``table``; else the ``missing``
        sentence (its ``{code}`` and ``names`` filled) and None."""
        if code is None:
            return None
        found = table.get(code)
        if found is None:
            self.problems.append(missing.format(code=code, **names))
        return found

    def round(  # noqa: PLR0917
        self,
        record: dict[str, Any],
        path: str,
        round_id: int,
        values: dict[str, Any],
        participants: Mapping[str, tuple[int, str | None]],
        n_participants: int,
    ) -> None:
        round_code = values["code"]
        raw_options = self._list(record, "options", path)
        count = len(raw_options)
        if count > MAX_ROUND_OPTIONS:
            self.problems.append(
                translate(
                    "PlanJson",
                    "{path}: round {round} has %n option(s); a round holds at most {most}",
                    None,
                    count,
                ).format(path=f"{path}.options", round=round_code, most=MAX_ROUND_OPTIONS)
            )
        subject_key = "item" if values["subject"] == "items" else "objective"
        option_codes: list[str] = []
        costs: dict[str, Decimal] = {}
        seen: dict[Any, int] = {}
        ok = True
        item_code = {v: k for k, v in self.facts.ids.get("item", {}).items()}
        for n, raw in enumerate(raw_options):
            at = f"{path}.options[{n}]"
            option = self.fields("option", OPTION_FIELDS, raw, at)
            repeated = translate(
                "PlanJson", "{path}: option {code} appears twice in round {round} (also [{other}])"
            )
            if option is None or not self._unique(
                seen, option["code"], repeated, path=f"{at}.code", code=option["code"],
                round=round_code,
            ):  # fmt: skip
                ok = False
                continue
            seen[option["code"]] = n
            other = "objective" if subject_key == "item" else "item"
            if option[other] is not None:
                if subject_key == "item":
                    sentence = translate(
                        "PlanJson",
                        "{path}: round {round} votes on items, so its options name items, not "
                        "objectives",
                    )
                else:
                    sentence = translate(
                        "PlanJson",
                        "{path}: round {round} votes on objectives, so its options name "
                        "objectives, not items",
                    )
                self.problems.append(sentence.format(path=f"{at}.{other}", round=round_code))
                ok = False
                continue
            option_codes.append(option["code"])
            if option["item"] is not None:
                cost = self.facts.costs.get(item_code.get(option["item"], ""))
                if cost is not None:
                    costs[option["code"]] = cost
            self.add(
                "workshop_option",
                {"round_id": round_id, "position": n + 1, "code": option["code"],
                 "title": option["title"], "item_id": option["item"],
                 "objective_id": option["objective"]},
            )  # fmt: skip
        raw_ballots = self._list(record, "ballots", path)
        if not raw_ballots:
            return
        spec = None
        # A round that is no longer open is history: its ballots were checked when cast, and
        # the plan may have changed since (an item deleted, a participant added to a shared
        # scenario). They import as written; the tallies skip, and explain, what no longer fits.
        history = values["state"] != "open"
        if ok and self.check_ballots:
            spec = self._spec(values, option_codes, costs, n_participants, path, quiet=history)
            if spec is None and not history:
                return
        voters: dict[str, int] = {}
        for n, raw in enumerate(raw_ballots):
            at = f"{path}.ballots[{n}]"
            ballot = self.fields("ballot", BALLOT_FIELDS, raw, at)
            if ballot is None:
                continue
            code = ballot["participant"]
            if code not in participants:
                self.problems.append(
                    translate("PlanJson", "{path}: the workshop has no participant {code}").format(
                        path=f"{at}.participant", code=code
                    )
                )
                continue
            repeated = translate(
                "PlanJson",
                "{path}: a ballot of {code} appears twice in round {round} (also [{other}])",
            )
            if not self._unique(voters, code, repeated, path=f"{at}.participant", code=code,
                                round=round_code):  # fmt: skip
                continue
            voters[code] = n
            text = self._ballot_values(ballot, spec, at, history=history)
            if text is False:
                continue
            self.add(
                "workshop_ballot",
                {"round_id": round_id, "participant_id": participants[code][0],
                 "abstain": ballot["abstain"], "ballot_values": text,
                 "cast_at": ballot["cast_at"]},
            )  # fmt: skip

    def _spec(
        self,
        values: dict[str, Any],
        options: list[str],
        costs: dict[str, Decimal],
        n_participants: int,
        path: str,
        *,
        quiet: bool = False,
    ) -> Any:
        from stratplanner.analysis.round_specs import build_round_spec
        from stratplanner.analysis.workshop import RoundSpecError

        scenario_budget = None
        if values["scenario"] is not None:
            code = {v: k for k, v in self.facts.ids.get("scenario", {}).items()}[values["scenario"]]
            scenario_budget = self.facts.scenario_budgets.get(code)
        try:
            return build_round_spec(
                method=values["method"],
                options=options,
                dots=values["dots"],
                cap=values["cap"],
                points=values["points"],
                budget=values["budget"],
                anonymity=values["anonymity"],
                costs=costs,
                criteria=self.facts.criteria,
                scenario_budget=scenario_budget,
                participants=n_participants,
            )
        except RoundSpecError as exc:
            if not quiet:
                self.problems.append(
                    translate("PlanJson", "{path}: its ballots can't be checked: {problem}").format(
                        path=path, problem=exc
                    )
                )
            return None

    def _ballot_values(
        self, ballot: dict[str, Any], spec: Any, path: str, *, history: bool = False
    ) -> str | bool | None:
        """The canonical JSON to store, None for an abstention, False after a problem."""
        from stratplanner.analysis.workshop import BallotError, validate_ballot
        from stratplanner.commands.workshop import canonical_json

        if ballot["abstain"]:
            if ballot["values"] is not None:
                self.problems.append(
                    translate("PlanJson", "{path}: an abstaining ballot has no values").format(
                        path=f"{path}.values"
                    )
                )
                return False
            return None
        if spec is None:  # trusted document, or a closed round: stored as written
            text = canonical_json(ballot["values"])
        else:
            try:
                text = canonical_json(validate_ballot(spec, ballot["values"]))
            except BallotError as exc:
                if not history:
                    self.problems.append(
                        translate("PlanJson", "{path}: {problem}").format(
                            path=f"{path}.values", problem=exc
                        )
                    )
                    return False
                text = canonical_json(ballot["values"])
        if len(text.encode("utf-8")) > MAX_BALLOT_BYTES:
            self.problems.append(
                translate("PlanJson", "{path}: the ballot is longer than {most} KiB").format(
                    path=f"{path}.values", most=MAX_BALLOT_BYTES // 1024
                )
            )
            return False
        return text


_ALL_KINDS = WORKSHOP_KIND_ORDER

#: Insertion order (parents first).
INSERT_ORDER = _ALL_KINDS


def parse_workshops(
    raw: Any,
    facts: PlanFacts,
    problems: list[str],
    check_value: Callable[[str, Any, str, list[str]], Any],
    kind_of: Callable[[Any], str],
    *,
    check_ballots: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    """Rows (column names, ids in document order) for every workshop record in ``raw``."""
    reader = _Reader(facts, problems, check_value, kind_of, check_ballots=check_ballots)
    reader.read(raw)
    return reader.rows


def facts_from_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> PlanFacts:
    """PlanFacts from plan_json's resolved rows (or any rows with the same columns)."""
    from stratplanner.analysis.round_specs import item_cost, scored_criteria
    from stratplanner.snapshot.records import CriterionRec

    ids = {
        kind: {r["code"]: r["id"] for r in rows.get(kind, [])}
        for kind in ("person", "business_unit", "item", "objective", "scenario")
    }
    costs = {
        r["code"]: item_cost(r.get("capex", 0.0), r.get("opex", 0.0)) for r in rows.get("item", [])
    }
    criteria = scored_criteria(
        CriterionRec(
            r["id"], r["code"], r["name"], r.get("description", ""), r.get("measure", "scored"),
            r.get("direction", "benefit"), float(r.get("weight", 1.0)),
        )
        for r in rows.get("criterion", [])
    )  # fmt: skip
    budgets = {r["code"]: r.get("budget") for r in rows.get("scenario", [])}
    return PlanFacts(ids, costs, criteria, budgets)
