"""Checking a plan document: every problem found, each with its JSON path.

``parse_plan_dict`` checks the whole document (types, required and unknown fields, codes,
references, relations, cycles, the partnership lens's rules, workshops and baselines) and
turns a clean one into rows ready for insertion (io/plan_json_insert.py) or a snapshot
(io/plan_json_snapshot.py); a bad one raises ``PlanJsonError`` listing every problem.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from stratplanner.io.plan_json_schema import (
    BASELINE_FIELDS,
    BASELINES_KEY,
    COLLECTIONS,
    ENUMS,
    FORMAT,
    KIND_OF_COLLECTION,
    PLAN_FIELDS,
    RECORD_FIELDS,
    REQUIRED,
    VERSION,
    WORKSHOPS_KEY,
    PlanJsonError,
)
from stratplanner.model.entities import DEFAULT_CRITERIA
from stratplanner.model.kinds import KINDS
from stratplanner.model.rules import (
    check_code,
    check_fields,
    find_cycle,
    hierarchy_problem,
    missing_dimensions,
    owner_cycle,
    series_problems,
)
from stratplanner.model.values import Quarter, QuarterError
from stratplanner.store.schema import SCHEMA_VERSION


@dataclass
class ParsedPlan:
    """A validated document as rows ready for insertion, ids assigned in document order."""

    settings: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]


def check_value(ftype: str, value: Any, path: str, problems: list[str]) -> Any:
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
        allowed = [m.value for m in ENUMS[ftype[5:]]]
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
            raw = default_criteria_json()
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
                checked = check_value(ftype, value, f"{path}.{key}", problems)
                if checked is None:
                    ok = False
                row[key] = checked
            if collection == "criteria" and row.get("direction") is None:
                row["direction"] = "cost" if row.get("measure") in ("cost", "risk") else "benefit"
            out.append(row if ok else None)
        parsed[collection] = out

    rows = _resolve(parsed, problems)
    _check_partnership(rows, parsed, problems)
    rows.update(parse_workshop_rows(doc.get(WORKSHOPS_KEY), rows, problems))
    rows["baseline"] = _parse_baselines(doc.get(BASELINES_KEY), source, problems)
    if problems:
        raise PlanJsonError(problems, source)
    return ParsedPlan(settings, rows)


def parse_workshop_rows(
    raw: Any,
    rows: dict[str, list[dict[str, Any]]],
    problems: list[str],
    *,
    check_ballots: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the document's workshops, checked against the plan's ``rows`` (by kind)."""
    from stratplanner.io.plan_json_workshops import facts_from_rows, parse_workshops

    return parse_workshops(
        raw, facts_from_rows(rows), problems, check_value, _kind_of, check_ballots=check_ballots
    )


def default_criteria_json() -> list[dict[str, Any]]:
    """The criteria a document without ``criteria`` gets (those of a new plan)."""
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
        start = check_value("quarter", plan["start"], "plan.start", problems)
        if start is not None:
            settings["start"] = start
    if plan.get("quarters") is not None:
        q = check_value("int", plan["quarters"], "plan.quarters", problems)
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
