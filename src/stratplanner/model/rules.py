"""Field rules every record obeys, checked the same way by commands and by imports.

Each check works on one record's values (column names, Python values) and
returns ``(field, message)`` pairs; callers add the record's name or JSON path.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.model.values import (
    MATURITY_DIMENSION_LABELS,
    MAX_BALLOT_BYTES,
    MAX_CODE_LENGTH,
    MAX_HORIZON,
    MAX_MATURITY,
    MIN_MATURITY,
    Anonymity,
    BudgetBasis,
    Category,
    Direction,
    KpiKind,
    MaturityDimension,
    Maximise,
    Measure,
    Quarter,
    Risk,
    RoundMethod,
    RoundState,
    RoundSubject,
    Side,
    SponsorRole,
    Status,
    ValueDriverKind,
)

Problem = tuple[str, str]

_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("item", "category"): Category,
    ("item", "status"): Status,
    ("item", "risk"): Risk,
    ("person", "side"): Side,
    ("criterion", "measure"): Measure,
    ("criterion", "direction"): Direction,
    ("scenario", "budget_basis"): BudgetBasis,
    ("scenario", "maximise"): Maximise,
    ("rating", "dimension"): MaturityDimension,
    ("sponsor_change", "role"): SponsorRole,
    ("value_driver", "driver"): ValueDriverKind,
    ("kpi", "kind"): KpiKind,
    ("workshop_participant", "side"): Side,
    ("workshop_round", "method"): RoundMethod,
    ("workshop_round", "subject"): RoundSubject,
    ("workshop_round", "anonymity"): Anonymity,
    ("workshop_round", "state"): RoundState,
}

#: The 0-5 scale of user scores on scored criteria.
MAX_SCORE = 5

MONEY_FIELDS = ("capex", "opex", "annual_value")


def check_code(code: Any) -> str | None:
    if not isinstance(code, str) or not code:
        return translate("Rules", "a code is required (1-32 characters)")
    if len(code) > MAX_CODE_LENGTH:
        return translate(
            "Rules", "code is {length} characters long; at most {most} are allowed"
        ).format(length=len(code), most=MAX_CODE_LENGTH)
    if code != code.strip():
        return translate("Rules", "code {code} starts or ends with a space").format(code=repr(code))
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_fields(
    kind: str, row: dict[str, Any], *, has_code: bool, title_field: str | None
) -> list[Problem]:
    """Rules that need nothing but the record itself."""
    problems: list[Problem] = []
    if has_code and "code" in row:
        msg = check_code(row["code"])
        if msg:
            problems.append(("code", msg))
    if title_field and title_field in row:
        value = row[title_field]
        if not isinstance(value, str) or not value.strip():
            problems.append((title_field, _required(title_field)))

    for (enum_kind, field), enum in _ENUMS.items():
        if enum_kind == kind and field in row:
            allowed = [m.value for m in enum]
            if row[field] not in allowed:
                problems.append(
                    (
                        field,
                        translate("Rules", "{value} is not one of {allowed}").format(
                            value=repr(row[field]), allowed=", ".join(allowed)
                        ),
                    )
                )

    if kind == "item":
        for field in MONEY_FIELDS:
            if field in row:
                value = row[field]
                if not _is_number(value):
                    problems.append(
                        (
                            field,
                            translate("Rules", "{value} is not an amount").format(
                                value=repr(value)
                            ),
                        )
                    )
                elif value < 0:
                    problems.append((field, _negative(field, value)))
        if "start" in row or "end" in row:
            start, end = row.get("start"), row.get("end")
            if (start is None) != (end is None):
                problems.append(
                    (
                        "end" if end is None else "start",
                        translate("Rules", "give both start and end, or neither (unscheduled)"),
                    )
                )
            elif isinstance(start, Quarter) and isinstance(end, Quarter) and end < start:
                problems.append(
                    (
                        "end",
                        translate("Rules", "end {end} is before start {start}").format(
                            end=end, start=start
                        ),
                    )
                )
        if "mandatory" in row and not isinstance(row["mandatory"], bool):
            problems.append(
                (
                    "mandatory",
                    translate("Rules", "mandatory must be true or false, not {value}").format(
                        value=repr(row["mandatory"])
                    ),
                )
            )
        if row.get("cost_of_delay") is not None:
            cod = row["cost_of_delay"]
            if not _is_number(cod) or cod < 0:
                problems.append(
                    (
                        "cost_of_delay",
                        translate("Rules", "cost of delay must be 0 or more, not {value}").format(
                            value=repr(cod)
                        ),
                    )
                )
        if row.get("job_size") is not None:
            size = row["job_size"]
            if not _is_number(size) or size <= 0:
                problems.append(
                    (
                        "job_size",
                        translate("Rules", "job size must be more than 0, not {value}").format(
                            value=repr(size)
                        ),
                    )
                )
    elif kind == "objective":
        if "weight" in row:
            weight = row["weight"]
            if not isinstance(weight, int) or isinstance(weight, bool) or not 1 <= weight <= 5:
                problems.append(
                    (
                        "weight",
                        translate(
                            "Rules", "weight must be a whole number from 1 to 5, not {value}"
                        ).format(value=repr(weight)),
                    )
                )
    elif kind == "team":
        if "capacity" in row:
            cap = row["capacity"]
            if not _is_number(cap) or cap < 0:
                problems.append(
                    (
                        "capacity",
                        translate("Rules", "capacity must be 0 or more FTE, not {value}").format(
                            value=repr(cap)
                        ),
                    )
                )
    elif kind == "link":
        if "strength" in row:
            s = row["strength"]
            if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= 3:
                problems.append(
                    (
                        "strength",
                        translate(
                            "Rules",
                            "strength must be 1 (weak), 2 (moderate) or 3 (strong), not {value}",
                        ).format(value=repr(s)),
                    )
                )
    elif kind == "demand":
        if "fte" in row:
            fte = row["fte"]
            if not _is_number(fte) or fte <= 0:
                problems.append(
                    (
                        "fte",
                        translate("Rules", "FTE must be more than 0, not {value}").format(
                            value=repr(fte)
                        ),
                    )
                )
    elif kind == "dependency":
        if row.get("before_id") is not None and row.get("before_id") == row.get("after_id"):
            problems.append(("after", translate("Rules", "an item can't depend on itself")))
    elif kind == "kpi":
        if ("objective_id" in row or "item_id" in row) and (row.get("objective_id") is None) == (
            row.get("item_id") is None
        ):
            problems.append(
                (
                    "objective",
                    translate("Rules", "a KPI measures exactly one objective or one item"),
                )
            )
        for field in ("baseline", "target", "actual"):
            value = row.get(field)
            if value is not None and not _is_number(value):
                problems.append(
                    (field, translate("Rules", "{value} is not a number").format(value=repr(value)))
                )
        if "adoption" in row and not isinstance(row["adoption"], bool):
            problems.append(
                (
                    "adoption",
                    translate("Rules", "adoption must be true or false, not {value}").format(
                        value=repr(row["adoption"])
                    ),
                )
            )
    elif kind == "person":
        if row.get("id") is not None and row.get("relationship_owner_id") == row["id"]:
            problems.append(
                (
                    "relationship_owner",
                    translate(
                        "Rules",
                        "a person can't own the relationship with themselves; choose someone on "
                        "the other side",
                    ),
                )
            )
        problems.extend(_date_field(row, "last_engaged_on"))
    elif kind == "criterion":
        if "weight" in row:
            weight = row["weight"]
            if not _is_number(weight) or weight < 0:
                problems.append(
                    (
                        "weight",
                        translate(
                            "Rules", "a criterion weight must be 0 or more, not {value}"
                        ).format(value=repr(weight)),
                    )
                )
    elif kind == "score":
        if "score" in row:
            score = row["score"]
            if not _is_number(score) or not 0 <= score <= MAX_SCORE:
                problems.append(
                    (
                        "score",
                        translate("Rules", "a score must be from 0 to {most}, not {value}").format(
                            most=MAX_SCORE, value=repr(score)
                        ),
                    )
                )
    elif kind == "pin":
        if "rank" in row:
            rank = row["rank"]
            if not isinstance(rank, int) or isinstance(rank, bool) or rank < 1:
                problems.append(
                    (
                        "rank",
                        translate(
                            "Rules", "a pinned rank must be a whole number from 1, not {value}"
                        ).format(value=repr(rank)),
                    )
                )
        if "reason" in row and (not isinstance(row["reason"], str) or not row["reason"].strip()):
            problems.append(
                (
                    "reason",
                    translate(
                        "Rules", "a reason is required: record why the business fixed this rank"
                    ),
                )
            )
        decided_on = row.get("decided_on")
        if decided_on is not None and (
            not isinstance(decided_on, date) or isinstance(decided_on, datetime)
        ):
            problems.append(
                (
                    "decided_on",
                    translate("Rules", "{value} is not a date").format(value=repr(decided_on)),
                )
            )
    elif kind == "scenario":
        if row.get("budget") is not None:
            budget = row["budget"]
            if not _is_number(budget) or budget < 0:
                problems.append(
                    (
                        "budget",
                        translate("Rules", "a budget must be 0 or more, not {value}").format(
                            value=repr(budget)
                        ),
                    )
                )
    elif kind == "baseline":
        version = row.get("format_version")
        if "format_version" in row and (
            not isinstance(version, int) or isinstance(version, bool) or version < 1
        ):
            problems.append(
                (
                    "format_version",
                    translate("Rules", "{value} is not a plan format version").format(
                        value=repr(version)
                    ),
                )
            )
    elif kind in _PARTNERSHIP_KINDS:
        problems.extend(_partnership_fields(kind, row))
    elif kind.startswith("workshop"):
        problems.extend(_workshop_fields(kind, row))
    elif kind == "settings":
        if "quarters" in row:
            q = row["quarters"]
            if not isinstance(q, int) or isinstance(q, bool) or not 1 <= q <= MAX_HORIZON:
                problems.append(
                    (
                        "quarters",
                        translate(
                            "Rules", "the horizon must be 1 to {most} quarters, not {value}"
                        ).format(most=MAX_HORIZON, value=repr(q)),
                    )
                )
        if "title" in row and (not isinstance(row["title"], str) or not row["title"].strip()):
            problems.append(("title", translate("Rules", "a plan title is required")))
        if "currency" in row:
            cur = row["currency"]
            if not isinstance(cur, str) or not 1 <= len(cur.strip()) <= 8:
                problems.append(
                    (
                        "currency",
                        translate(
                            "Rules", "currency must be a short code such as USD, not {value}"
                        ).format(value=repr(cur)),
                    )
                )
    return problems


def _required(title_field: str) -> str:
    """'a title is required', 'a name is required', 'a question is required' …"""
    text = _REQUIRED.get(title_field)
    if text is not None:
        return translate("Rules", text)
    article = "an" if title_field[:1] in "aeiou" else "a"
    return f"{article} {title_field} is required"


#: The title fields the kinds declare (model/kinds.py's title_field), each as its sentence.
_REQUIRED = {
    "title": QT_TRANSLATE_NOOP("Rules", "a title is required"),
    "name": QT_TRANSLATE_NOOP("Rules", "a name is required"),
    "question": QT_TRANSLATE_NOOP("Rules", "a question is required"),
    "decision": QT_TRANSLATE_NOOP("Rules", "a decision is required"),
    "action": QT_TRANSLATE_NOOP("Rules", "an action is required"),
}


def _negative(field: str, value: float) -> str:
    """'capex can't be negative (-5)' for the money fields, in the user's language."""
    text = _NEGATIVE.get(field, QT_TRANSLATE_NOOP("Rules", "{field} can't be negative ({value})"))
    return translate("Rules", text).format(field=field.replace("_", " "), value=f"{value:g}")


_NEGATIVE = {
    "capex": QT_TRANSLATE_NOOP("Rules", "capex can't be negative ({value})"),
    "opex": QT_TRANSLATE_NOOP("Rules", "opex can't be negative ({value})"),
    "annual_value": QT_TRANSLATE_NOOP("Rules", "annual value can't be negative ({value})"),
}


def find_cycle(edges: dict[int, set[int]], start: int, target: int) -> list[int] | None:
    """A path from ``start`` to ``target`` following ``edges``, or None."""
    stack: list[tuple[int, list[int]]] = [(start, [start])]
    seen = {start}
    while stack:
        node, path = stack.pop()
        if node == target:
            return path
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


# -- the partnership lens (plan format 4) ---------------------------------------------------

_PARTNERSHIP_KINDS = frozenset(
    {"assessment", "rating", "sponsor_change", "value_driver", "kpi_actual"}
)

#: Every dimension an assessment must rate, in the order they are shown.
DIMENSIONS = tuple(d.value for d in MaturityDimension)


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


#: The sentence for a date a record can't do without, by its column.
_DATE_REQUIRED = {
    "assessed_on": QT_TRANSLATE_NOOP("Rules", "an assessment date is required"),
    "changed_on": QT_TRANSLATE_NOOP("Rules", "a change date is required"),
    "measured_on": QT_TRANSLATE_NOOP("Rules", "a measurement date is required"),
}


def _date_field(row: dict[str, Any], field: str) -> list[Problem]:
    """A date column's problem: missing (when :data:`_DATE_REQUIRED` names it) or not a date."""
    if field not in row:
        return []
    value = row[field]
    if value is None:
        required = _DATE_REQUIRED.get(field)
        return [(field, translate("Rules", required))] if required is not None else []
    if not _is_date(value):
        return [
            (
                field,
                translate("Rules", "{value} is not a date; write it as YYYY-MM-DD").format(
                    value=repr(value)
                ),
            )
        ]
    return []


#: What a maturity level is called in :func:`check_level`'s sentence.
LevelName = Literal["maturity level", "target level", "the level", "the target"]

_LEVEL_SENTENCES: dict[str, str] = {
    "maturity level": QT_TRANSLATE_NOOP(
        "Rules",
        "a maturity level must be a whole number from {low} to {high} (1 order taker … "
        "4 strategic partner), not {value}",
    ),
    "target level": QT_TRANSLATE_NOOP(
        "Rules",
        "a target level must be a whole number from {low} to {high} (1 order taker … "
        "4 strategic partner), not {value}",
    ),
    "the level": QT_TRANSLATE_NOOP(
        "Rules",
        "the level must be a whole number from {low} to {high} (1 order taker … "
        "4 strategic partner), not {value}",
    ),
    "the target": QT_TRANSLATE_NOOP(
        "Rules",
        "the target must be a whole number from {low} to {high} (1 order taker … "
        "4 strategic partner), not {value}",
    ),
}


def check_level(value: Any, name: LevelName = "maturity level") -> str | None:
    """None when ``value`` is a whole number 1-4, else the sentence saying what is wrong
    (its subject ``name``: 'a maturity level must be …', 'the target must be …')."""
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_MATURITY <= value <= MAX_MATURITY
    ):
        return None
    return translate("Rules", _LEVEL_SENTENCES[name]).format(
        low=MIN_MATURITY, high=MAX_MATURITY, value=repr(value)
    )


def _partnership_fields(kind: str, row: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if kind == "assessment":
        problems.extend(_date_field(row, "assessed_on"))
    elif kind == "rating":
        if "level" in row:
            msg = check_level(row["level"])
            if msg:
                problems.append(("level", msg))
        if row.get("target") is not None:
            msg = check_level(row["target"], "target level")
            if msg:
                problems.append(("target", msg))
    elif kind == "sponsor_change":
        before, after = row.get("from_person_id"), row.get("to_person_id")
        if "from_person_id" in row and "to_person_id" in row:
            if before is None and after is None:
                problems.append(
                    (
                        "from",
                        translate(
                            "Rules", "say who held the role before, who holds it now, or both"
                        ),
                    )
                )
            elif before == after:
                problems.append(("to", translate("Rules", "a person can't be their own successor")))
        problems.extend(_date_field(row, "changed_on"))
    elif kind == "value_driver":
        amount = row.get("amount")
        if amount is not None and (not _is_number(amount) or amount < 0):
            problems.append(
                (
                    "amount",
                    translate(
                        "Rules", "a value driver's amount must be 0 or more, not {value}"
                    ).format(value=repr(amount)),
                )
            )
    elif kind == "kpi_actual":
        if "value" in row and not _is_number(row["value"]):
            problems.append(
                (
                    "value",
                    translate("Rules", "{value} is not a number").format(value=repr(row["value"])),
                )
            )
        problems.extend(_date_field(row, "measured_on"))
    return problems


def missing_dimensions(rated: Any) -> list[str]:
    """Labels of the dimensions ``rated`` (dimension values) leaves out, in the model's order."""
    have = set(rated)
    labels = [MATURITY_DIMENSION_LABELS[MaturityDimension(d)] for d in DIMENSIONS if d not in have]
    return [label[:1].lower() + label[1:] for label in labels]


class SeriesFault(StrEnum):
    """What is wrong with one date of a KPI series."""

    REPEATED = "repeated"  # the same date as an earlier actual
    OUT_OF_ORDER = "out_of_order"  # earlier than an actual listed before it


@dataclass(frozen=True)
class SeriesProblem:
    """One bad date of a KPI series: where (``index``), what (``fault``, for callers to act
    on) and the sentence shown to the planner (``message``, in the user's language)."""

    index: int
    fault: SeriesFault
    message: str


def series_problems(dates: list[date]) -> list[SeriesProblem]:
    """A :class:`SeriesProblem` for each date of a KPI series that repeats or goes back in time.

    A series is read oldest first; each actual must be dated after the one before it.
    """
    out: list[SeriesProblem] = []
    seen: dict[date, int] = {}
    latest: date | None = None
    for index, when in enumerate(dates):
        if when in seen:
            text = translate(
                "Rules",
                "the date {date} appears twice in the series (also entry {entry}); keep one "
                "actual per date",
            ).format(date=when.isoformat(), entry=seen[when] + 1)
            out.append(SeriesProblem(index, SeriesFault.REPEATED, text))
            continue
        seen[when] = index
        if latest is not None and when < latest:
            text = translate(
                "Rules",
                "the date {date} comes after {latest} in the series; list actuals oldest first",
            ).format(date=when.isoformat(), latest=latest.isoformat())
            out.append(SeriesProblem(index, SeriesFault.OUT_OF_ORDER, text))
        latest = when if latest is None or when > latest else latest
    return out


def hierarchy_problem(
    parents: dict[int, int | None],
    record_id: int,
    parent_id: int | None,
    name: Callable[[int], Any],
    *,
    check_children: bool = True,
) -> str | None:
    """Why ``record_id`` can't sit under ``parent_id`` in the two-level process map, or None.

    ``parents`` maps every process to its parent as it is now; ``name(id)`` names a process
    (in the user's language: 'process SELL', or the process's name).
    ``check_children=False`` leaves out "it has sub-processes" (a whole document is checked
    from the children's side, so each too-deep chain is reported once).
    """
    if parent_id is None:
        return None
    if parent_id == record_id:
        return translate("Rules", "{record} can't sit under itself").format(record=name(record_id))
    node: int | None = parent_id
    seen = {record_id}
    while node is not None:
        if node in seen:
            return translate(
                "Rules",
                "{record} can't sit under {parent}: that would make the process map circular "
                "({parent} is already under {record})",
            ).format(record=name(record_id), parent=name(parent_id))
        seen.add(node)
        node = parents.get(node)
    grandparent = parents.get(parent_id)
    if grandparent is not None:
        return translate(
            "Rules",
            "{record} can't sit under {parent}, which is itself under {grandparent}: the "
            "process map has two levels",
        ).format(record=name(record_id), parent=name(parent_id), grandparent=name(grandparent))
    if check_children and any(p == record_id for other, p in parents.items() if other != record_id):
        return translate(
            "Rules",
            "{record} has processes under it, so it can't sit under {parent}: the process map "
            "has two levels",
        ).format(record=name(record_id), parent=name(parent_id))
    return None


def owner_cycle(
    owners: dict[int, int | None], record_id: int, owner_id: int | None
) -> list[int] | None:
    """The people a relationship-owner chain would go round through, or None."""
    if owner_id is None:
        return None
    chain = [record_id]
    node: int | None = owner_id
    while node is not None:
        if node == record_id:
            return chain
        if node in chain:
            return None  # an older loop elsewhere; not this edit's
        chain.append(node)
        node = owners.get(node)
    return None


# -- workshop mode (plan format 5) -----------------------------------------------------------


#: A workshop round's counts that must be whole numbers from 1, each with its sentence.
_ROUND_COUNTS = {
    "dots": QT_TRANSLATE_NOOP(
        "Rules", "the number of dots must be a whole number from 1, not {value}"
    ),
    "cap": QT_TRANSLATE_NOOP(
        "Rules", "the most dots on one option must be a whole number from 1, not {value}"
    ),
    "points": QT_TRANSLATE_NOOP(
        "Rules", "the points each must be a whole number from 1, not {value}"
    ),
    "timer_seconds": QT_TRANSLATE_NOOP(
        "Rules", "the timer must be a whole number from 1, not {value}"
    ),
}


def _workshop_fields(kind: str, row: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    if kind == "workshop":
        problems.extend(_date_field(row, "held_on"))
    elif kind == "workshop_round":
        for field, sentence in _ROUND_COUNTS.items():
            value = row.get(field)
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool) or value < 1
            ):
                problems.append((field, translate("Rules", sentence).format(value=repr(value))))
        budget = row.get("budget")
        if budget is not None and (
            isinstance(budget, bool)
            or not isinstance(budget, int | float | Decimal)
            or not math.isfinite(budget)
            or budget < 0
        ):
            problems.append(
                (
                    "budget",
                    translate(
                        "Rules", "a round's budget must be an amount of 0 or more, not {value}"
                    ).format(value=repr(budget)),
                )
            )
        if "position" in row and (
            not isinstance(row["position"], int) or isinstance(row["position"], bool)
        ):
            problems.append(
                (
                    "position",
                    translate("Rules", "position must be a whole number, not {value}").format(
                        value=repr(row["position"])
                    ),
                )
            )
        if "revealed" in row and not isinstance(row["revealed"], bool):
            problems.append(
                (
                    "revealed",
                    translate("Rules", "revealed must be true or false, not {value}").format(
                        value=repr(row["revealed"])
                    ),
                )
            )
    elif kind == "workshop_decision":
        problems.extend(_date_field(row, "review_on"))
    elif kind == "workshop_action":
        problems.extend(_date_field(row, "due"))
        if "done" in row and not isinstance(row["done"], bool):
            problems.append(
                (
                    "done",
                    translate("Rules", "done must be true or false, not {value}").format(
                        value=repr(row["done"])
                    ),
                )
            )
    elif kind == "workshop_ballot":
        text = row.get("ballot_values")
        if text is not None:
            if not isinstance(text, str):
                problems.append(
                    (
                        "ballot_values",
                        translate("Rules", "a ballot's values must be stored as JSON text"),
                    )
                )
            elif len(text.encode("utf-8")) > MAX_BALLOT_BYTES:
                size = len(text.encode("utf-8"))
                problems.append(
                    (
                        "ballot_values",
                        translate(
                            "Rules",
                            "this vote is {size} bytes long; a ballot holds at most {most} KiB",
                        ).format(size=format_number(size), most=MAX_BALLOT_BYTES // 1024),
                    )
                )
        elif row.get("abstain") is False:
            problems.append(
                ("ballot_values", translate("Rules", "a ballot needs values unless it abstains"))
            )
    elif (
        kind == "workshop_decision_link"
        and ("item_id" in row or "objective_id" in row)
        and (row.get("item_id") is None) == (row.get("objective_id") is None)
    ):
        problems.append(
            (
                "item",
                translate("Rules", "a decision link names exactly one item or one objective"),
            )
        )
    return problems
