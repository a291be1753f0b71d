"""The plan interchange format (shared/spec/plan-json.md, version 1) — read and written exactly.

Reading validates the whole document first and reports every problem with
its JSON path; only a clean document becomes a plan file (all or nothing).
Documented additions are listed in docs/plan-json-extensions.md.
"""

from __future__ import annotations

import json
import math
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from stratplanner import atomic_files
from stratplanner.model.entities import DEFAULT_CRITERIA
from stratplanner.model.kinds import KINDS, WORKSHOP_KIND_ORDER
from stratplanner.model.rules import (
    check_code,
    check_fields,
    find_cycle,
    hierarchy_problem,
    missing_dimensions,
    owner_cycle,
    series_problems,
)
from stratplanner.model.values import (
    Anonymity,
    BudgetBasis,
    Category,
    Direction,
    KpiKind,
    MaturityDimension,
    Maximise,
    Measure,
    Quarter,
    QuarterError,
    Risk,
    RoundMethod,
    RoundState,
    RoundSubject,
    Side,
    SponsorRole,
    Status,
    ValueDriverKind,
)
from stratplanner.snapshot.gc_pause import gc_paused
from stratplanner.snapshot.records import RECORD_TYPES, BaselineRec, PlanInfo, field_names
from stratplanner.snapshot.snapshot import PlanSnapshot
from stratplanner.store.document import create_plan_file
from stratplanner.store.schema import SCHEMA_VERSION

FORMAT = "stratplanner-plan"
VERSION = 1

# (json key, type, default, column). Types: code, text, title, int, number,
# opt_number, bool, quarter, date, enum:<Enum>, ref:<kind>.
_Field = tuple[str, str, Any, str]

RECORD_FIELDS: dict[str, list[_Field]] = {
    "business_units": [("code", "code", None, "code"), ("name", "title", None, "name")],
    "people": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("role", "text", "", "role"),
        ("side", "enum:side", "business", "side"),
        ("business_unit", "ref:business_unit", None, "business_unit_id"),
        ("active", "bool", True, "active"),
        # Documented additions (plan format 4): the relationship view.
        ("relationship_owner", "ref:person", None, "relationship_owner_id"),
        ("last_engaged_on", "date", None, "last_engaged_on"),
    ],
    "objectives": [
        ("code", "code", None, "code"),
        ("title", "title", None, "title"),
        ("description", "text", "", "description"),
        ("parent", "ref:objective", None, "parent_id"),
        ("business_unit", "ref:business_unit", None, "business_unit_id"),
        ("owner", "ref:person", None, "owner_id"),
        ("weight", "int", 3, "weight"),
        ("target", "quarter", None, "target"),
    ],
    "teams": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("capacity", "number", 0, "capacity"),
    ],
    "items": [
        ("code", "code", None, "code"),
        ("title", "title", None, "title"),
        ("description", "text", "", "description"),
        ("category", "enum:category", "run", "category"),
        ("status", "enum:status", "proposed", "status"),
        ("start", "quarter", None, "start"),
        ("end", "quarter", None, "end"),
        ("capex", "number", 0, "capex"),
        ("opex", "number", 0, "opex"),
        ("annual_value", "number", 0, "annual_value"),
        ("value_statement", "text", "", "value_statement"),
        ("sponsor", "ref:person", None, "sponsor_id"),
        ("champion", "ref:person", None, "champion_id"),
        ("it_owner", "ref:person", None, "it_owner_id"),
        ("risk", "enum:risk", "medium", "risk"),
        # Documented additions (docs/plan-json-extensions.md): the business unit an
        # item mainly serves; prioritisation inputs (plan format 2).
        ("business_unit", "ref:business_unit", None, "business_unit_id"),
        ("mandatory", "bool", False, "mandatory"),
        ("cost_of_delay", "opt_number", None, "cost_of_delay"),
        ("job_size", "opt_number", None, "job_size"),
    ],
    "links": [
        ("objective", "ref:objective", None, "objective_id"),
        ("item", "ref:item", None, "item_id"),
        ("strength", "int", None, "strength"),
        ("rationale", "text", "", "rationale"),
    ],
    "demands": [
        ("item", "ref:item", None, "item_id"),
        ("team", "ref:team", None, "team_id"),
        ("fte", "number", None, "fte"),
    ],
    "dependencies": [
        ("before", "ref:item", None, "before_id"),
        ("after", "ref:item", None, "after_id"),
    ],
    "kpis": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("objective", "ref:objective", None, "objective_id"),
        ("item", "ref:item", None, "item_id"),
        ("unit", "text", "", "unit"),
        ("baseline", "opt_number", None, "baseline"),
        ("target", "opt_number", None, "target"),
        ("actual", "opt_number", None, "actual"),
        ("higher_is_better", "bool", True, "higher_is_better"),
        # Documented additions (plan format 4): kind, adoption flag, owner.
        ("kind", "enum:kpi_kind", "business_outcome", "kind"),
        ("adoption", "bool", False, "adoption"),
        ("owner", "ref:person", None, "owner_id"),
    ],
    "milestones": [
        ("item", "ref:item", None, "item_id"),
        ("title", "title", None, "title"),
        ("quarter", "quarter", None, "quarter"),
    ],
    # Documented additions (plan format 2): prioritisation and budget scenarios.
    "criteria": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("description", "text", "", "description"),
        ("measure", "enum:measure", "scored", "measure"),
        # Default: "cost" for the cost and risk measures, otherwise "benefit".
        ("direction", "enum:direction", None, "direction"),
        ("weight", "number", 1, "weight"),
    ],
    "scores": [
        ("criterion", "ref:criterion", None, "criterion_id"),
        ("item", "ref:item", None, "item_id"),
        ("score", "number", None, "score"),
    ],
    "pins": [
        ("item", "ref:item", None, "item_id"),
        ("rank", "int", None, "rank"),
        ("reason", "text", None, "reason"),
        ("decided_by", "text", "", "decided_by"),
        ("decided_on", "date", None, "decided_on"),
    ],
    "scenarios": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("description", "text", "", "description"),
        ("budget_basis", "enum:budget_basis", "total", "budget_basis"),
        ("budget", "opt_number", None, "budget"),
        ("maximise", "enum:maximise", "score", "maximise"),
    ],
    # Documented additions (plan format 4): the partnership lens (docs/partnership.md).
    "assessments": [
        ("code", "code", None, "code"),
        ("business_unit", "ref:business_unit", None, "business_unit_id"),
        ("date", "date", None, "assessed_on"),
        ("assessed_by", "text", "", "assessed_by"),
        ("note", "text", "", "note"),
    ],
    "ratings": [
        ("assessment", "ref:assessment", None, "assessment_id"),
        ("dimension", "enum:dimension", None, "dimension"),
        ("level", "int", None, "level"),
        ("target", "int", None, "target"),
        ("evidence", "text", "", "evidence"),
    ],
    "sponsor_changes": [
        ("item", "ref:item", None, "item_id"),
        ("role", "enum:sponsor_role", None, "role"),
        ("from", "ref:person", None, "from_person_id"),
        ("to", "ref:person", None, "to_person_id"),
        ("date", "date", None, "changed_on"),
        ("reason", "text", "", "reason"),
    ],
    "value_drivers": [
        ("item", "ref:item", None, "item_id"),
        ("driver", "enum:value_driver", None, "driver"),
        ("amount", "opt_number", None, "amount"),
        ("statement", "text", "", "statement"),
    ],
    "kpi_actuals": [
        ("kpi", "ref:kpi", None, "kpi_id"),
        ("date", "date", None, "measured_on"),
        ("value", "number", None, "value"),
        ("note", "text", "", "note"),
    ],
    "processes": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("description", "text", "", "description"),
        ("parent", "ref:process", None, "parent_id"),
    ],
    "applications": [
        ("code", "code", None, "code"),
        ("name", "title", None, "name"),
        ("description", "text", "", "description"),
    ],
    "enablements": [
        ("process", "ref:process", None, "process_id"),
        ("application", "ref:application", None, "application_id"),
        ("note", "text", "", "note"),
    ],
    "application_changes": [
        ("item", "ref:item", None, "item_id"),
        ("application", "ref:application", None, "application_id"),
        ("note", "text", "", "note"),
    ],
    "process_changes": [
        ("item", "ref:item", None, "item_id"),
        ("process", "ref:process", None, "process_id"),
        ("note", "text", "", "note"),
    ],
}

REQUIRED: dict[str, set[str]] = {
    "business_units": {"code", "name"},
    "people": {"code", "name"},
    "objectives": {"code", "title"},
    "teams": {"code", "name"},
    "items": {"code", "title"},
    "links": {"objective", "item", "strength"},
    "demands": {"item", "team", "fte"},
    "dependencies": {"before", "after"},
    "kpis": {"code", "name"},
    "milestones": {"item", "title", "quarter"},
    "criteria": {"code", "name"},
    "scores": {"criterion", "item", "score"},
    "pins": {"item", "rank", "reason"},
    "scenarios": {"code", "name"},
    "assessments": {"code", "business_unit", "date"},
    "ratings": {"assessment", "dimension", "level"},
    "sponsor_changes": {"item", "role", "date"},
    "value_drivers": {"item", "driver"},
    "kpi_actuals": {"kpi", "date", "value"},
    "processes": {"code", "name"},
    "applications": {"code", "name"},
    "enablements": {"process", "application"},
    "application_changes": {"item", "application"},
    "process_changes": {"item", "process"},
}

#: Collections added after version 1 of the spec; a document may leave them out.
#: Without ``criteria`` a plan gets the default criteria, as a new plan does.
ADDED_COLLECTIONS = (
    "criteria",
    "scores",
    "pins",
    "scenarios",
    # plan format 4: the partnership lens
    "assessments",
    "ratings",
    "sponsor_changes",
    "value_drivers",
    "kpi_actuals",
    "processes",
    "applications",
    "enablements",
    "application_changes",
    "process_changes",
)
#: Optional: whole-plan baselines, written only when asked for (they are large).
BASELINES_KEY = "baselines"
BASELINE_FIELDS = ("name", "note", "taken_at", "format_version", "document")
#: Plan format 5: workshops, each with its participants, rounds, decisions and actions nested
#: (io/plan_json_workshops.py); always written, optional on input.
WORKSHOPS_KEY = "workshops"

COLLECTIONS = list(RECORD_FIELDS)
KIND_OF_COLLECTION = {k.plural: k for k in KINDS.values()}
PLAN_FIELDS = ("title", "organization", "currency", "start", "quarters")
_ENUMS: dict[str, Any] = {
    "side": Side,
    "category": Category,
    "status": Status,
    "risk": Risk,
    "measure": Measure,
    "direction": Direction,
    "budget_basis": BudgetBasis,
    "maximise": Maximise,
    "dimension": MaturityDimension,
    "sponsor_role": SponsorRole,
    "value_driver": ValueDriverKind,
    "kpi_kind": KpiKind,
    # plan format 5: workshops (io/plan_json_workshops.py)
    "round_method": RoundMethod,
    "round_subject": RoundSubject,
    "anonymity": Anonymity,
    "round_state": RoundState,
}


class PlanJsonError(Exception):
    """A JSON plan document breaks the format; ``problems`` holds every one found."""

    def __init__(self, problems: list[str], source: str = "the document"):
        self.problems = problems
        self.source = source
        count = len(problems)
        super().__init__(
            f"{source} is not a valid plan ({count} problem{'s' if count != 1 else ''}): "
            + "; ".join(problems[:5])
            + (f"; and {count - 5} more" if count > 5 else "")
        )


# -- export -----------------------------------------------------------------------------


def _number(value: float) -> int | float:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def plan_to_dict(
    snap: PlanSnapshot, *, baselines: Sequence[tuple[BaselineRec, str]] = ()
) -> dict[str, Any]:
    """The snapshot as a version-1 interchange document (every field written).

    ``baselines`` (records with their document text, see
    ``snapshot.read_baseline_document``) are added under ``baselines`` when given.
    """
    from stratplanner.io.plan_json_writer import plan_dict

    return plan_dict(snap, baselines=baselines)


def _in_document_order(snap: PlanSnapshot, collection: str) -> Sequence[Any]:
    """Records as a document lists them: a KPI's actuals oldest first (the series rule),
    sub-processes after their parents; everything else in the plan's order."""
    records: Sequence[Any] = getattr(snap, collection)
    if collection == "kpi_actuals":
        order = {k.id: n for n, k in enumerate(snap.kpis)}
        return sorted(records, key=lambda a: (order.get(a.kpi_id, 0), a.measured_on, a.id))
    return records


def _datetime_text(value: datetime) -> str:
    """A UTC time as ISO 8601 with a Z ('2027-01-15T09:30:00Z')."""
    return value.isoformat() + "Z"


def plan_document_text(snap: PlanSnapshot) -> str:
    """The compact JSON text a baseline stores."""
    return json.dumps(plan_to_dict(snap), ensure_ascii=False, separators=(",", ":"))


def write_plan_json(snap: PlanSnapshot, target: str | os.PathLike[str]) -> Path:
    """Write the interchange document atomically (streamed to a temp file, then renamed)."""
    from stratplanner.io.plan_json_writer import write_plan_json as write_streamed

    return write_streamed(snap, target)


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8 text, written beside ``path`` and renamed into place (see atomic_files)."""
    atomic_files.write_text_atomically(path, text)


# -- import: validation -------------------------------------------------------------------


@dataclass
class ParsedPlan:
    """A validated document as rows ready for insertion, ids assigned in document order."""

    settings: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]


def _check_value(ftype: str, value: Any, path: str, problems: list[str]) -> Any:
    if ftype in ("text", "title"):
        if not isinstance(value, str):
            problems.append(f"{path}: expected text, found {_kind_of(value)}")
            return None
        return value
    if ftype == "code":
        msg = check_code(value)
        if msg:
            problems.append(f"{path}: {msg}")
            return None
        return value
    if ftype == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            problems.append(f"{path}: expected a whole number, found {_kind_of(value)}")
            return None
        return value
    if ftype in ("number", "opt_number"):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            problems.append(f"{path}: expected a number, found {_kind_of(value)}")
            return None
        return float(value)
    if ftype == "bool":
        if not isinstance(value, bool):
            problems.append(f"{path}: expected true or false, found {_kind_of(value)}")
            return None
        return value
    if ftype == "quarter":
        try:
            return Quarter.parse(value)
        except QuarterError as exc:
            problems.append(f"{path}: {exc}")
            return None
    if ftype == "date":
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            problems.append(f"{path}: {_kind_of(value)} is not a date; write it as YYYY-MM-DD")
            return None
    if ftype.startswith("enum:"):
        allowed = [m.value for m in _ENUMS[ftype[5:]]]
        if value not in allowed:
            problems.append(
                f"{path}: {json.dumps(value, ensure_ascii=False)} is not one of "
                f"{', '.join(allowed)}"
            )
            return None
        return value
    if ftype.startswith("ref:"):
        if not isinstance(value, str) or not value:
            problems.append(
                f"{path}: expected the code of a {KINDS[ftype[4:]].label}, found {_kind_of(value)}"
            )
            return None
        return value
    raise AssertionError(ftype)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"text {json.dumps(value[:40], ensure_ascii=False)}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def parse_plan_dict(doc: Any, source: str = "the document") -> ParsedPlan:
    """Validate a whole document; raise PlanJsonError with every problem, each with its path."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        raise PlanJsonError([f"$: expected a JSON object, found {_kind_of(doc)}"], source)
    allowed_top = {"format", "version", "plan", *COLLECTIONS, WORKSHOPS_KEY, BASELINES_KEY}
    for key in doc:
        if key not in allowed_top:
            problems.append(
                f"{key}: unknown top-level key (allowed: {', '.join(sorted(allowed_top))})"
            )
    if doc.get("format") != FORMAT:
        problems.append(f'format: expected "{FORMAT}", found {_kind_of(doc.get("format"))}')
    version = doc.get("version")
    if version != VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            problems.append(
                f"version: this document uses format version {version}, newer than the {VERSION} "
                "this StratPlanner reads; update StratPlanner"
            )
        else:
            problems.append(f"version: expected {VERSION}, found {_kind_of(version)}")

    settings = _parse_plan_settings(doc.get("plan"), problems)

    # First pass: types, required fields, unknown fields.
    parsed: dict[str, list[dict[str, Any] | None]] = {}
    for collection, spec in RECORD_FIELDS.items():
        raw = doc.get(collection, [])
        if collection == "criteria" and collection not in doc:
            raw = _default_criteria_json()
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            problems.append(f"{collection}: expected a list, found {_kind_of(raw)}")
            parsed[collection] = []
            continue
        known = {f[0] for f in spec}
        out: list[dict[str, Any] | None] = []
        for index, record in enumerate(raw):
            path = f"{collection}[{index}]"
            if not isinstance(record, dict):
                problems.append(f"{path}: expected an object, found {_kind_of(record)}")
                out.append(None)
                continue
            for key in record:
                if key not in known:
                    problems.append(
                        f"{path}.{key}: unknown field in {_describe(collection, record)}"
                    )
            row: dict[str, Any] = {}
            ok = True
            for key, ftype, default, _column in spec:
                value = record.get(key)
                if value is None:
                    if key in REQUIRED[collection]:
                        problems.append(
                            f"{path}.{key}: required field is missing in "
                            f"{_describe(collection, record)}"
                        )
                        ok = False
                    row[key] = default
                    continue
                checked = _check_value(ftype, value, f"{path}.{key}", problems)
                if checked is None:
                    ok = False
                row[key] = checked
            if collection == "criteria" and row.get("direction") is None:
                row["direction"] = "cost" if row.get("measure") in ("cost", "risk") else "benefit"
            out.append(row if ok else None)
        parsed[collection] = out

    rows = _resolve(parsed, problems)
    _check_partnership(rows, parsed, problems)
    rows.update(_parse_workshops(doc.get(WORKSHOPS_KEY), rows, problems))
    rows["baseline"] = _parse_baselines(doc.get(BASELINES_KEY), source, problems)
    if problems:
        raise PlanJsonError(problems, source)
    return ParsedPlan(settings, rows)


def _parse_workshops(
    raw: Any,
    rows: dict[str, list[dict[str, Any]]],
    problems: list[str],
    *,
    check_ballots: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    from stratplanner.io.plan_json_workshops import facts_from_rows, parse_workshops

    return parse_workshops(
        raw, facts_from_rows(rows), problems, _check_value, _kind_of, check_ballots=check_ballots
    )


def _default_criteria_json() -> list[dict[str, Any]]:
    return [{k: v for k, v in c.items() if k != "id"} for c in DEFAULT_CRITERIA]


def _parse_baselines(raw: Any, source: str, problems: list[str]) -> list[dict[str, Any]]:
    """Validate the optional ``baselines``; each document must itself be a valid plan."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{BASELINES_KEY}: expected a list, found {_kind_of(raw)}")
        return []
    rows: list[dict[str, Any]] = []
    names: dict[str, int] = {}
    for index, entry in enumerate(raw):
        path = f"{BASELINES_KEY}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{path}: expected an object, found {_kind_of(entry)}")
            continue
        for key in entry:
            if key not in BASELINE_FIELDS:
                problems.append(f"{path}.{key}: unknown field in a baseline")
        before = len(problems)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{path}.name: a baseline needs a name")
        elif name in names:
            problems.append(
                f"{path}.name: duplicate baseline name {name} (already used by "
                f"{BASELINES_KEY}[{names[name]}])"
            )
        else:
            names[name] = index
        note = entry.get("note") or ""
        if not isinstance(note, str):
            problems.append(f"{path}.note: expected text, found {_kind_of(note)}")
        taken_at = _parse_datetime(entry.get("taken_at"), f"{path}.taken_at", problems)
        version = entry.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            problems.append(
                f"{path}.format_version: expected a plan format version, found {_kind_of(version)}"
            )
        elif version > SCHEMA_VERSION:
            problems.append(
                f"{path}.format_version: taken by a newer StratPlanner (plan format {version}); "
                f"this version reads formats up to {SCHEMA_VERSION}"
            )
        document = entry.get("document")
        if not isinstance(document, dict):
            problems.append(
                f"{path}.document: expected a plan document, found {_kind_of(document)}"
            )
        elif BASELINES_KEY in document:
            problems.append(f"{path}.document: a baseline can't hold baselines of its own")
        else:
            try:
                parse_plan_dict(document, f"{path}.document")
            except PlanJsonError as exc:
                problems.extend(f"{path}.document: {p}" for p in exc.problems)
        if len(problems) == before:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "name": name,
                    "note": note,
                    "taken_at": taken_at,
                    "format_version": version,
                    "document": json.dumps(document, ensure_ascii=False, separators=(",", ":")),
                }
            )
    return rows


def _parse_datetime(value: Any, path: str, problems: list[str]) -> datetime | None:
    try:
        if not isinstance(value, str):
            raise ValueError
        parsed = datetime.fromisoformat(value)
    except ValueError:
        problems.append(
            f"{path}: {_kind_of(value)} is not a time; write it as 2027-01-15T09:30:00Z"
        )
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _describe(collection: str, record: dict[str, Any]) -> str:
    kind = KIND_OF_COLLECTION[collection]
    if kind.has_code and isinstance(record.get("code"), str):
        return f"{kind.label} {record['code']}"
    if collection == "links":
        return f"link {record.get('objective')} ↔ {record.get('item')}"
    if collection == "demands":
        return f"demand of {record.get('item')} on {record.get('team')}"
    if collection == "dependencies":
        return f"dependency {record.get('before')} → {record.get('after')}"
    if collection == "milestones":
        return f"milestone of {record.get('item')}"
    if collection == "scores":
        return f"score of {record.get('item')} on {record.get('criterion')}"
    if collection == "pins":
        return f"rank pin of {record.get('item')}"
    return _describe_partnership(collection, record) or kind.label


def _parse_plan_settings(plan: Any, problems: list[str]) -> dict[str, Any]:
    settings: dict[str, Any] = {"id": 1, "organization": "", "currency": "USD", "quarters": 12}
    if not isinstance(plan, dict):
        problems.append(
            f"plan: expected an object with title, start and quarters, found {_kind_of(plan)}"
        )
        return settings
    for key in plan:
        if key not in PLAN_FIELDS:
            problems.append(f"plan.{key}: unknown field (allowed: {', '.join(PLAN_FIELDS)})")
    title = plan.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append("plan.title: a plan title is required")
    else:
        settings["title"] = title
    for key in ("organization", "currency"):
        if plan.get(key) is not None:
            if not isinstance(plan[key], str):
                problems.append(f"plan.{key}: expected text, found {_kind_of(plan[key])}")
            else:
                settings[key] = plan[key]
    if plan.get("start") is None:
        problems.append('plan.start: the first quarter of the horizon is required, e.g. "2027-Q1"')
    else:
        start = _check_value("quarter", plan["start"], "plan.start", problems)
        if start is not None:
            settings["start"] = start
    if plan.get("quarters") is not None:
        q = _check_value("int", plan["quarters"], "plan.quarters", problems)
        if q is not None:
            settings["quarters"] = q
    for _field, msg in check_fields("settings", settings, has_code=False, title_field=None):
        problems.append(f"plan.{_field}: {msg}")
    return settings


def _resolve(
    parsed: dict[str, list[dict[str, Any] | None]], problems: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Check codes, references, relations and cycles; build insertable rows with ids."""
    ids: dict[str, dict[str, int]] = {}
    coded = (
        "business_units",
        "people",
        "objectives",
        "teams",
        "items",
        "kpis",
        "criteria",
        "scenarios",
        "assessments",
        "processes",
        "applications",
    )
    for collection in coded:
        kind = KIND_OF_COLLECTION[collection]
        seen: dict[str, int] = {}
        for index, row in enumerate(parsed[collection]):
            if row is None or row.get("code") is None:
                continue
            code = row["code"]
            if code in seen:
                problems.append(
                    f"{collection}[{index}].code: duplicate code {code} (already used by "
                    f"{collection}[{seen[code]}])"
                )
            else:
                seen[code] = index
        ids[kind.name] = {code: index + 1 for code, index in seen.items()}

    rows: dict[str, list[dict[str, Any]]] = {}
    pair_seen: dict[str, dict[tuple[Any, ...], int]] = defaultdict(dict)
    for collection, spec in RECORD_FIELDS.items():
        kind = KIND_OF_COLLECTION[collection]
        out: list[dict[str, Any]] = []
        for index, row in enumerate(parsed[collection]):
            if row is None:
                continue
            path = f"{collection}[{index}]"
            db_row: dict[str, Any] = {"id": index + 1}
            bad = False
            for key, ftype, _default, column in spec:
                value = row[key]
                if ftype.startswith("ref:") and value is not None:
                    target_kind = ftype[4:]
                    target = ids[target_kind].get(value)
                    if target is None:
                        problems.append(
                            f"{path}.{key}: {_describe(collection, row)} refers to "
                            f"{KINDS[target_kind].label} {value}, which does not exist"
                        )
                        bad = True
                    value = target
                db_row[column] = value
            checked = {k: v for k, v in db_row.items() if not (bad and k.endswith("_id"))}
            for field, msg in check_fields(
                kind.name, checked, has_code=kind.has_code, title_field=kind.title_field
            ):
                json_field = next((f[0] for f in spec if f[3] == field), field)
                problems.append(f"{path}.{json_field}: {msg} in {_describe(collection, row)}")
            if bad:
                continue
            if kind.natural_key:
                natural = tuple(db_row[c] for c in kind.natural_key)
                if natural in pair_seen[collection]:
                    problems.append(
                        f"{path}: duplicate {_describe(collection, row)} "
                        f"(also {collection}[{pair_seen[collection][natural]}])"
                    )
                else:
                    pair_seen[collection][natural] = index
            out.append(db_row)
        rows[kind.name] = out

    _check_cycles(rows, parsed, problems)
    return rows


def _check_cycles(
    rows: dict[str, list[dict[str, Any]]], parsed: dict[str, Any], problems: list[str]
) -> None:
    item_code = {r["id"]: r["code"] for r in rows.get("item", [])}
    edges: dict[int, set[int]] = defaultdict(set)
    for dep in rows.get("dependency", []):
        edges[dep["before_id"]].add(dep["after_id"])
    reported: set[frozenset[int]] = set()
    for dep in rows.get("dependency", []):
        if dep["before_id"] == dep["after_id"]:
            continue
        path = find_cycle(edges, dep["after_id"], dep["before_id"])
        if path is not None and frozenset(path) not in reported:
            reported.add(frozenset(path))
            chain = " → ".join(item_code.get(i, "?") for i in [dep["before_id"], *path])
            problems.append(f"dependencies[{dep['id'] - 1}]: dependency cycle {chain}")
    objective_code = {r["id"]: r["code"] for r in rows.get("objective", [])}
    parent = {r["id"]: r["parent_id"] for r in rows.get("objective", [])}
    reported_objs: set[int] = set()
    for start in parent:
        seen: list[int] = []
        node: int | None = start
        while node is not None and node not in seen:
            seen.append(node)
            node = parent.get(node)
        if node is not None and node not in reported_objs:
            cycle = seen[seen.index(node) :]
            reported_objs.update(cycle)
            chain = " → ".join(objective_code[i] for i in [*cycle, node])
            problems.append(
                f"objectives[{node - 1}].parent: objective hierarchy has a cycle {chain}"
            )


# -- import: writing ----------------------------------------------------------------------


def read_json_file(source: str | os.PathLike[str]) -> Any:
    path = Path(source)
    if not path.exists():
        raise PlanJsonError([f"there is no file at {path}"], str(path))
    if path.is_dir():
        raise PlanJsonError([f"{path} is a folder, not a JSON file"], str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PlanJsonError([f"{path} can't be read: {exc.strerror or exc}"], str(path)) from None
    if not raw.strip():
        raise PlanJsonError(["the file is empty"], str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanJsonError(
            ["the file is not UTF-8 text (is it a JSON plan?)"], str(path)
        ) from None
    try:
        doc = json.loads(text, parse_int=_plan_int, object_pairs_hook=_object_without_duplicates)
    except _DuplicateKey as exc:
        raise PlanJsonError(
            [
                f"the key {json.dumps(exc.args[0])[:80]} appears twice in one object{exc.args[1]}; "
                "keep one of them (a plan can't tell which is meant)"
            ],
            str(path),
        ) from None
    except json.JSONDecodeError as exc:
        raise PlanJsonError(
            [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"], str(path)
        ) from None
    except _NumberTooLarge as exc:
        raise PlanJsonError(
            [f"the number {exc.args[0][:12]}… ({len(exc.args[0])} digits) is too large for a plan"],
            str(path),
        ) from None
    except RecursionError:
        raise PlanJsonError(["the JSON is nested too deeply to be a plan"], str(path)) from None
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
        raise PlanJsonError(
            [f"it contains text that is not valid Unicode (a lone surrogate {bad})"], str(path)
        ) from None
    return doc


class _NumberTooLarge(ValueError):
    pass


class _DuplicateKey(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (json.loads would keep the last silently)."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            code = obj.get("code")
            where = f" (the record with code {code!r})" if isinstance(code, str) and code else ""
            raise _DuplicateKey(key, where)
        obj[key] = value
    return obj


#: More digits than any amount, capacity or count in a plan (and than a float holds exactly).
_MAX_INT_DIGITS = 18


def _plan_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NumberTooLarge(text)
    return int(text)


def insert_parsed(
    session: Session, parsed: ParsedPlan, progress: Callable[[int, int], None] | None = None
) -> None:
    """Bulk-insert validated rows into an empty plan (parents before children)."""
    order = [
        "business_unit",
        "person",
        "objective",
        "team",
        "item",
        "link",
        "demand",
        "dependency",
        "kpi",
        "milestone",
        "criterion",
        "score",
        "pin",
        "scenario",
        "baseline",
        # plan format 4
        "kpi_actual",
        "assessment",
        "rating",
        "sponsor_change",
        "value_driver",
        "process",
        "application",
        "enablement",
        "application_change",
        "process_change",
        # plan format 5
        *WORKSHOP_KIND_ORDER,
    ]
    total = sum(len(parsed.rows.get(k, [])) for k in order)
    done = 0
    conn = session.connection()
    # The document's criteria (the defaults when it has none) replace a new plan's defaults.
    conn.execute(delete(KINDS["criterion"].table))
    for kind_name in order:
        rows = parsed.rows.get(kind_name, [])
        if not rows:
            continue
        table = KINDS[kind_name].table
        if kind_name in ("objective", "process"):
            # Parents first, so the self-reference holds at every insert.
            rows = _parents_first(rows)
        elif kind_name == "person":
            rows = _parents_first(rows, "relationship_owner_id")
        for start in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[start : start + 5000])
            done += min(5000, len(rows) - start)
            if progress:
                progress(done, total)


def _parents_first(rows: list[dict[str, Any]], column: str = "parent_id") -> list[dict[str, Any]]:
    by_id = {r["id"]: r for r in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(row: dict[str, Any]) -> None:
        chain = []
        node: dict[str, Any] | None = row
        while node is not None and node["id"] not in placed:
            chain.append(node)
            node = by_id.get(node[column]) if node[column] is not None else None
        for r in reversed(chain):
            placed.add(r["id"])
            ordered.append(r)

    for row in rows:
        place(row)
    return ordered


def import_plan_json(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Create a new plan file from a JSON document; a bad document creates no file.

    Cycle collection waits (snapshot/gc_pause.py): reading and checking a 20,000-item
    document makes millions of objects, 0.4 s of CPU in collections that free nothing.
    """
    with gc_paused():
        doc = read_json_file(source)
        parsed = parse_plan_dict(doc, str(source))
        return create_plan_from_parsed(parsed, target, overwrite=overwrite, progress=progress)


def create_plan_from_parsed(
    parsed: ParsedPlan,
    target: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    return create_plan_file(
        target,
        settings=parsed.settings,
        populate=lambda session: insert_parsed(session, parsed, progress),
        overwrite=overwrite,
    )


# -- documents as snapshots (baselines) ---------------------------------------------------

#: What each plan format added to the document, for notes on older baselines.
FORMAT_ADDITIONS = {
    2: "criteria, scores, rank pins, budget scenarios, mandatory flags and WSJF inputs",
    4: "maturity assessments, sponsor changes, value drivers, KPI series and kinds, relationship "
    "owners, business processes and applications",
    5: "workshops",
}


class BaselineReadError(PlanJsonError):
    """A stored baseline can't be compared; the message is one sentence."""

    def __init__(self, message: str):
        self.problems = [message]
        self.source = "baseline"
        Exception.__init__(self, message)


def snapshot_from_parsed(parsed: ParsedPlan, revision: int = 0) -> PlanSnapshot:
    """A validated document as a snapshot, without a database (ids in document order)."""
    s = parsed.settings
    info = PlanInfo(s["title"], s["organization"], s["currency"], s["start"], s["quarters"])
    collections: dict[str, tuple[Any, ...]] = {}
    for kind_name, record_type in RECORD_TYPES.items():
        names = field_names(record_type)
        rows = parsed.rows.get(kind_name, [])
        if kind_name in ("objective", "person", "process"):
            rows = sorted(rows, key=lambda r: r["id"])
        collections[KINDS[kind_name].plural] = tuple(
            record_type(**{n: row[n] for n in names if n in row}) for row in rows
        )
    return PlanSnapshot(info=info, revision=revision, versions={}, **collections)


def snapshot_from_dict(doc: Any, source: str = "the document") -> PlanSnapshot:
    """Validate an interchange document and return it as a snapshot (PlanJsonError if bad)."""
    return snapshot_from_parsed(parse_plan_dict(doc, source))


def _converter(
    key: str, ftype: str, default: Any, ids: dict[str, dict[str, int]]
) -> Callable[[dict[str, Any]], Any]:
    """Read one field of a trusted document as its column value (see snapshot_from_trusted_dict)."""
    if ftype.startswith("ref:"):
        table = ids[ftype[4:]]
        return lambda r: None if (v := r.get(key)) is None else table[v]
    if ftype == "quarter":
        return lambda r: None if (v := r.get(key)) is None else Quarter.parse(v)
    if ftype == "date":
        return lambda r: None if (v := r.get(key)) is None else date.fromisoformat(v)
    if ftype == "opt_number":
        return lambda r: None if (v := r.get(key)) is None else float(v)
    if ftype == "number":
        fallback = None if default is None else float(default)
        return lambda r: fallback if (v := r.get(key)) is None else float(v)
    if ftype == "int":
        return lambda r: default if (v := r.get(key)) is None else int(v)
    if key == "direction":  # criteria: derived from the measure when not given
        return lambda r: (
            r.get("direction") or ("cost" if r.get("measure") in ("cost", "risk") else "benefit")
        )
    return lambda r: default if (v := r.get(key)) is None else v


def snapshot_from_trusted_dict(doc: dict[str, Any], revision: int = 0) -> PlanSnapshot:
    """A document this app wrote (a baseline) as a snapshot, without re-validating it.

    Several times faster than :func:`snapshot_from_dict` on a 20,000-item plan; the
    same defaults apply to what an older document lacks. A document that breaks
    the format raises (KeyError, ValueError…): callers fall back to the checking reader.
    """
    plan = doc["plan"]
    info = PlanInfo(
        plan["title"],
        plan.get("organization") or "",
        plan.get("currency") or "USD",
        Quarter.parse(plan["start"]),
        int(plan.get("quarters") or 12),
    )
    raws: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, dict[str, int]] = {}
    for collection in RECORD_FIELDS:
        raw = doc.get(collection)
        if collection == "criteria" and collection not in doc:
            raw = _default_criteria_json()
        raws[collection] = list(raw or [])
        kind = KIND_OF_COLLECTION[collection]
        if kind.has_code:
            ids[kind.name] = {r["code"]: k for k, r in enumerate(raws[collection], start=1)}
    collections: dict[str, tuple[Any, ...]] = {}
    for collection, spec in RECORD_FIELDS.items():
        kind = KIND_OF_COLLECTION[collection]
        record_type = RECORD_TYPES[kind.name]
        by_column = {column: (key, ftype, default) for key, ftype, default, column in spec}
        names = [n for n in field_names(record_type) if n == "id" or n in by_column]
        getters = [None if n == "id" else _converter(*by_column[n], ids) for n in names]
        records = []
        for k, raw in enumerate(raws[collection], start=1):
            values = {n: k if g is None else g(raw) for n, g in zip(names, getters, strict=True)}
            records.append(record_type(**values))
        collections[kind.plural] = tuple(records)
    if doc.get(WORKSHOPS_KEY):
        problems: list[str] = []
        plain = {
            name: [{n: getattr(r, n) for n in field_names(type(r))} for r in collections[plural]]
            for name, plural in _WORKSHOP_FACT_KINDS.items()
        }
        rows = _parse_workshops(doc[WORKSHOPS_KEY], plain, problems, check_ballots=False)
        if problems:
            raise ValueError(problems[0])
        for kind_name, kind_rows in rows.items():
            record_type = RECORD_TYPES[kind_name]
            names = field_names(record_type)
            collections[KINDS[kind_name].plural] = tuple(
                record_type(**{n: row[n] for n in names}) for row in kind_rows
            )
    return PlanSnapshot(info=info, revision=revision, versions={}, **collections)


#: What workshops refer to or vote with, by kind → collection.
_WORKSHOP_FACT_KINDS = {
    "person": "people",
    "business_unit": "business_units",
    "item": "items",
    "objective": "objectives",
    "scenario": "scenarios",
    "criterion": "criteria",
}


def baseline_snapshot(baseline: BaselineRec, text: str) -> tuple[PlanSnapshot, list[str]]:
    """The plan a baseline holds, and notes for the reader (e.g. taken at an older format).

    A baseline from an older plan format is read with today's reader: what that
    format did not record takes the documented defaults. A baseline from a newer
    format, or a damaged one, raises :class:`BaselineReadError`.
    """
    name = f'Baseline "{baseline.name}"'
    if baseline.format_version > SCHEMA_VERSION:
        raise BaselineReadError(
            f"{name} was taken by a newer StratPlanner (plan format {baseline.format_version}); "
            f"this version reads formats up to {SCHEMA_VERSION}: update StratPlanner to compare "
            "with it."
        )
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise BaselineReadError(
            f"{name} is damaged (its stored plan is not valid JSON); remove it and take a new one."
        ) from None
    try:
        if not isinstance(doc, dict) or BASELINES_KEY in doc:
            raise TypeError
        snap = snapshot_from_trusted_dict(doc)
    except (KeyError, TypeError, ValueError, AttributeError):
        try:  # the checking reader says what is wrong
            snap = snapshot_from_dict(doc, name)
        except PlanJsonError as exc:
            raise BaselineReadError(
                f"{name} is damaged ({exc.problems[0]}); remove it and take a new one."
            ) from None
    notes = []
    if baseline.format_version < SCHEMA_VERSION:
        missing = [
            FORMAT_ADDITIONS[v]
            for v in range(baseline.format_version + 1, SCHEMA_VERSION + 1)
            if v in FORMAT_ADDITIONS
        ]
        note = (
            f"{name} was taken at plan format {baseline.format_version} (this version writes "
            f"format {SCHEMA_VERSION})"
        )
        if missing:
            note += (
                f"; what that format did not record ({'; '.join(missing)}) is read with the "
                "defaults"
            )
        if baseline.format_version < 2:
            note += ", so its ranks use the default criteria"
        notes.append(note + ".")
    return snap, notes


# -- the partnership lens (plan format 4): checks across records ----------------------------


def _describe_partnership(collection: str, record: dict[str, Any]) -> str | None:
    if collection == "ratings":
        return f"rating of {record.get('dimension')} in assessment {record.get('assessment')}"
    if collection == "sponsor_changes":
        return f"{record.get('role')} change of {record.get('item')} on {record.get('date')}"
    if collection == "value_drivers":
        return f"{record.get('driver')} driver of {record.get('item')}"
    if collection == "kpi_actuals":
        return f"actual of {record.get('kpi')} on {record.get('date')}"
    if collection == "enablements":
        return f"enablement of {record.get('process')} by {record.get('application')}"
    if collection == "application_changes":
        return f"change of application {record.get('application')} by {record.get('item')}"
    if collection == "process_changes":
        return f"change of process {record.get('process')} by {record.get('item')}"
    return None


def _check_partnership(
    rows: dict[str, list[dict[str, Any]]], parsed: dict[str, Any], problems: list[str]
) -> None:
    """Rules that span records: complete assessments, one per unit and date, KPI series in
    order, a two-level process map without circles, no circles of relationship owners."""
    assessments = rows.get("assessment", [])
    dimensions: dict[int, list[str]] = defaultdict(list)
    for rating in rows.get("rating", []):
        dimensions[rating["assessment_id"]].append(rating["dimension"])
    taken: dict[tuple[int, date], int] = {}
    unit_code = {r["id"]: r["code"] for r in rows.get("business_unit", [])}
    for row in assessments:
        index = row["id"] - 1
        missing = missing_dimensions(dimensions.get(row["id"], []))
        if missing:
            problems.append(
                f"assessments[{index}]: maturity assessment {row['code']} has no rating for "
                f"{', '.join(missing)}; rate every dimension (ratings with assessment "
                f"{row['code']})"
            )
        key = (row["business_unit_id"], row["assessed_on"])
        if key in taken:
            problems.append(
                f"assessments[{index}].date: business unit {unit_code.get(key[0], '?')} already "
                f"has an assessment dated {key[1].isoformat()} (assessments[{taken[key]}]); "
                "keep one per unit and date"
            )
        else:
            taken[key] = index

    kpi_code = {r["id"]: r["code"] for r in rows.get("kpi", [])}
    series: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for actual in rows.get("kpi_actual", []):
        series[actual["kpi_id"]].append(actual)
    for kpi_id, actuals in series.items():
        for at, message in series_problems([a["measured_on"] for a in actuals]):
            if "appears twice" in message:
                continue  # reported as a duplicate already
            problems.append(
                f"kpi_actuals[{actuals[at]['id'] - 1}].date: in the series of KPI "
                f"{kpi_code.get(kpi_id, '?')}, {message}"
            )

    processes = rows.get("process", [])
    process_code = {r["id"]: r["code"] for r in processes}
    parents = {r["id"]: r["parent_id"] for r in processes}
    reported: set[int] = set()
    for row in processes:
        if row["parent_id"] is None or row["id"] in reported:
            continue
        others = {k: v for k, v in parents.items() if k != row["id"]}
        others[row["id"]] = None
        parent_problem = hierarchy_problem(
            others,
            row["id"],
            row["parent_id"],
            lambda i: f"process {process_code.get(i, '?')}",
            check_children=False,
        )
        if parent_problem is not None:
            reported.add(row["id"])
            problems.append(f"processes[{row['id'] - 1}].parent: {parent_problem}")

    people = rows.get("person", [])
    person_code = {r["id"]: r["code"] for r in people}
    owners = {r["id"]: r["relationship_owner_id"] for r in people}
    in_cycle: set[int] = set()
    for row in people:
        if row["id"] in in_cycle:
            continue
        cycle = owner_cycle(owners, row["id"], row["relationship_owner_id"])
        if cycle is not None and len(cycle) > 1:
            in_cycle.update(cycle)
            chain = " → ".join(person_code[i] for i in [*cycle, row["id"]])
            problems.append(
                f"people[{row['id'] - 1}].relationship_owner: relationship owners go round in a "
                f"circle ({chain}); someone in it must own the relationship without being owned"
            )
