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

from stratplanner.i18n import translate
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
    SeriesFault,
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


def _at(path: str, problem: str) -> str:
    """'items[3].code: …': a problem at its JSON path (the path is never translated)."""
    return translate("PlanJson", "{path}: {problem}").format(path=path, problem=problem)


def _expected(path: str, expected: str, value: Any) -> str:
    """'items[3].capex: expected a number, found text "abc"' (``expected`` translated)."""
    return translate("PlanJson", "{path}: expected {expected}, found {found}").format(
        path=path, expected=expected, found=_kind_of(value)
    )


def check_value(ftype: str, value: Any, path: str, problems: list[str]) -> Any:
    if ftype in ("text", "title"):
        if not isinstance(value, str):
            problems.append(_expected(path, translate("PlanJson", "text"), value))
            return None
        return value
    if ftype == "code":
        msg = check_code(value)
        if msg:
            problems.append(_at(path, msg))
            return None
        return value
    if ftype == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            problems.append(_expected(path, translate("PlanJson", "a whole number"), value))
            return None
        return value
    if ftype in ("number", "opt_number"):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            problems.append(_expected(path, translate("PlanJson", "a number"), value))
            return None
        return float(value)
    if ftype == "bool":
        if not isinstance(value, bool):
            problems.append(_expected(path, translate("PlanJson", "true or false"), value))
            return None
        return value
    if ftype == "quarter":
        try:
            return Quarter.parse(value)
        except QuarterError as exc:
            problems.append(_at(path, str(exc)))
            return None
    if ftype == "date":
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            problems.append(
                translate(
                    "PlanJson", "{path}: {found} is not a date; write it as YYYY-MM-DD"
                ).format(path=path, found=_kind_of(value))
            )
            return None
    if ftype.startswith("enum:"):
        allowed = [m.value for m in ENUMS[ftype[5:]]]
        if value not in allowed:
            problems.append(
                translate("PlanJson", "{path}: {value} is not one of {choices}").format(
                    path=path,
                    value=json.dumps(value, ensure_ascii=False),
                    choices=", ".join(allowed),
                )
            )
            return None
        return value
    if ftype.startswith("ref:"):
        if not isinstance(value, str) or not value:
            problems.append(
                translate(
                    "PlanJson", "{path}: expected the code of a {kind}, found {found}"
                ).format(path=path, kind=_kind_label(ftype[4:]), found=_kind_of(value))
            )
            return None
        return value
    raise AssertionError(ftype)


def _kind_label(kind: str) -> str:
    """A kind of record in a problem, in the user's language ('roadmap item')."""
    return translate("Kinds", KINDS[kind].label)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return translate("PlanJson", "text {text}").format(
            text=json.dumps(value[:40], ensure_ascii=False)
        )
    if isinstance(value, int | float):
        return translate("PlanJson", "the number {number}").format(number=value)
    if isinstance(value, list):
        return translate("PlanJson", "a list")
    if isinstance(value, dict):
        return translate("PlanJson", "an object")
    return type(value).__name__


def parse_plan_dict(doc: Any, source: str | None = None) -> ParsedPlan:
    """Validate a whole document; raise PlanJsonError with every problem, each with its path.

    ``source`` names the document in the error (default "the document")."""
    problems: list[str] = []
    if not isinstance(doc, dict):
        raise PlanJsonError([_expected("$", translate("PlanJson", "a JSON object"), doc)], source)
    allowed_top = {"format", "version", "plan", *COLLECTIONS, WORKSHOPS_KEY, BASELINES_KEY}
    for key in doc:
        if key not in allowed_top:
            problems.append(
                translate("PlanJson", "{key}: unknown top-level key (allowed: {keys})").format(
                    key=key, keys=", ".join(sorted(allowed_top))
                )
            )
    if doc.get("format") != FORMAT:
        problems.append(_expected("format", f'"{FORMAT}"', doc.get("format")))
    version = doc.get("version")
    if version != VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            problems.append(
                translate(
                    "PlanJson",
                    "version: this document uses format version {version}, newer than the "
                    "{known} this StratPlanner reads; update StratPlanner",
                ).format(version=version, known=VERSION)
            )
        else:
            problems.append(_expected("version", str(VERSION), version))

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
            problems.append(_expected(collection, translate("PlanJson", "a list"), raw))
            parsed[collection] = []
            continue
        known = {f[0] for f in spec}
        out: list[dict[str, Any] | None] = []
        for index, record in enumerate(raw):
            path = f"{collection}[{index}]"
            if not isinstance(record, dict):
                problems.append(_expected(path, translate("PlanJson", "an object"), record))
                out.append(None)
                continue
            for key in record:
                if key not in known:
                    problems.append(
                        translate("PlanJson", "{path}: unknown field in {record}").format(
                            path=f"{path}.{key}", record=_describe(collection, record)
                        )
                    )
            row: dict[str, Any] = {}
            ok = True
            for key, ftype, default, _column in spec:
                value = record.get(key)
                if value is None:
                    if key in REQUIRED[collection]:
                        problems.append(
                            translate(
                                "PlanJson", "{path}: required field is missing in {record}"
                            ).format(path=f"{path}.{key}", record=_describe(collection, record))
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


def _parse_baselines(raw: Any, source: str | None, problems: list[str]) -> list[dict[str, Any]]:
    """Validate the optional ``baselines``; each document must itself be a valid plan."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(_expected(BASELINES_KEY, translate("PlanJson", "a list"), raw))
        return []
    rows: list[dict[str, Any]] = []
    names: dict[str, int] = {}
    for index, entry in enumerate(raw):
        path = f"{BASELINES_KEY}[{index}]"
        if not isinstance(entry, dict):
            problems.append(_expected(path, translate("PlanJson", "an object"), entry))
            continue
        for key in entry:
            if key not in BASELINE_FIELDS:
                problems.append(
                    _at(f"{path}.{key}", translate("PlanJson", "unknown field in a baseline"))
                )
        before = len(problems)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(_at(f"{path}.name", translate("PlanJson", "a baseline needs a name")))
        elif name in names:
            problems.append(
                translate(
                    "PlanJson", "{path}: duplicate baseline name {name} (already used by {other})"
                ).format(path=f"{path}.name", name=name, other=f"{BASELINES_KEY}[{names[name]}]")
            )
        else:
            names[name] = index
        note = entry.get("note") or ""
        if not isinstance(note, str):
            problems.append(_expected(f"{path}.note", translate("PlanJson", "text"), note))
        taken_at = _parse_datetime(entry.get("taken_at"), f"{path}.taken_at", problems)
        version = entry.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            problems.append(
                _expected(
                    f"{path}.format_version",
                    translate("PlanJson", "a plan format version"),
                    version,
                )
            )
        elif version > SCHEMA_VERSION:
            problems.append(
                translate(
                    "PlanJson",
                    "{path}: taken by a newer StratPlanner (plan format {version}); this version "
                    "reads formats up to {known}",
                ).format(path=f"{path}.format_version", version=version, known=SCHEMA_VERSION)
            )
        document = entry.get("document")
        if not isinstance(document, dict):
            problems.append(
                _expected(f"{path}.document", translate("PlanJson", "a plan document"), document)
            )
        elif BASELINES_KEY in document:
            problems.append(
                _at(
                    f"{path}.document",
                    translate("PlanJson", "a baseline can't hold baselines of its own"),
                )
            )
        else:
            try:
                parse_plan_dict(document, f"{path}.document")
            except PlanJsonError as exc:
                problems.extend(_at(f"{path}.document", p) for p in exc.problems)
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
            translate(
                "PlanJson", "{path}: {found} is not a time; write it as 2027-01-15T09:30:00Z"
            ).format(path=path, found=_kind_of(value))
        )
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _describe(collection: str, record: dict[str, Any]) -> str:
    """The record a problem is about, as a sentence names it ('roadmap item CRM-1')."""
    kind = KIND_OF_COLLECTION[collection]
    if kind.has_code and isinstance(record.get("code"), str):
        return translate("PlanJson", "{kind} {code}").format(
            kind=_kind_label(kind.name), code=record["code"]
        )
    get = record.get
    if collection == "links":
        return translate("PlanJson", "link {objective} ↔ {item}").format(
            objective=get("objective"), item=get("item")
        )
    if collection == "demands":
        return translate("PlanJson", "demand of {item} on {team}").format(
            item=get("item"), team=get("team")
        )
    if collection == "dependencies":
        return translate("PlanJson", "dependency {before} → {after}").format(
            before=get("before"), after=get("after")
        )
    if collection == "milestones":
        return translate("PlanJson", "milestone of {item}").format(item=get("item"))
    if collection == "scores":
        return translate("PlanJson", "score of {item} on {criterion}").format(
            item=get("item"), criterion=get("criterion")
        )
    if collection == "pins":
        return translate("PlanJson", "rank pin of {item}").format(item=get("item"))
    return _describe_partnership(collection, record) or _kind_label(kind.name)


def _parse_plan_settings(plan: Any, problems: list[str]) -> dict[str, Any]:
    settings: dict[str, Any] = {"id": 1, "organization": "", "currency": "USD", "quarters": 12}
    if not isinstance(plan, dict):
        problems.append(
            _expected(
                "plan", translate("PlanJson", "an object with title, start and quarters"), plan
            )
        )
        return settings
    for key in plan:
        if key not in PLAN_FIELDS:
            problems.append(
                translate("PlanJson", "{path}: unknown field (allowed: {keys})").format(
                    path=f"plan.{key}", keys=", ".join(PLAN_FIELDS)
                )
            )
    title = plan.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(_at("plan.title", translate("PlanJson", "a plan title is required")))
    else:
        settings["title"] = title
    for key in ("organization", "currency"):
        if plan.get(key) is not None:
            if not isinstance(plan[key], str):
                problems.append(_expected(f"plan.{key}", translate("PlanJson", "text"), plan[key]))
            else:
                settings[key] = plan[key]
    if plan.get("start") is None:
        problems.append(
            _at(
                "plan.start",
                translate(
                    "PlanJson", 'the first quarter of the horizon is required, e.g. "2027-Q1"'
                ),
            )
        )
    else:
        start = check_value("quarter", plan["start"], "plan.start", problems)
        if start is not None:
            settings["start"] = start
    if plan.get("quarters") is not None:
        q = check_value("int", plan["quarters"], "plan.quarters", problems)
        if q is not None:
            settings["quarters"] = q
    for _field, msg in check_fields("settings", settings, has_code=False, title_field=None):
        problems.append(_at(f"plan.{_field}", msg))
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
                    translate(
                        "PlanJson", "{path}: duplicate code {code} (already used by {other})"
                    ).format(
                        path=f"{collection}[{index}].code",
                        code=code,
                        other=f"{collection}[{seen[code]}]",
                    )
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
                            translate(
                                "PlanJson",
                                "{path}: {record} refers to {kind} {code}, which does not exist",
                            ).format(
                                path=f"{path}.{key}",
                                record=_describe(collection, row),
                                kind=_kind_label(target_kind),
                                code=value,
                            )
                        )
                        bad = True
                    value = target
                db_row[column] = value
            checked = {k: v for k, v in db_row.items() if not (bad and k.endswith("_id"))}
            for field, msg in check_fields(
                kind.name, checked, has_code=kind.has_code, title_field=kind.title_field
            ):
                json_field = next((f[0] for f in spec if f[3] == field), field)
                problems.append(
                    translate("PlanJson", "{path}: {problem} in {record}").format(
                        path=f"{path}.{json_field}", problem=msg, record=_describe(collection, row)
                    )
                )
            if bad:
                continue
            if kind.natural_key:
                natural = tuple(db_row[c] for c in kind.natural_key)
                if natural in pair_seen[collection]:
                    problems.append(
                        translate("PlanJson", "{path}: duplicate {record} (also {other})").format(
                            path=path,
                            record=_describe(collection, row),
                            other=f"{collection}[{pair_seen[collection][natural]}]",
                        )
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
            problems.append(
                translate("PlanJson", "{path}: dependency cycle {chain}").format(
                    path=f"dependencies[{dep['id'] - 1}]", chain=chain
                )
            )
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
                translate("PlanJson", "{path}: objective hierarchy has a cycle {chain}").format(
                    path=f"objectives[{node - 1}].parent", chain=chain
                )
            )


# -- the partnership lens (plan format 4): checks across records ----------------------------


def _describe_partnership(collection: str, record: dict[str, Any]) -> str | None:
    get = record.get
    if collection == "ratings":
        return translate("PlanJson", "rating of {dimension} in assessment {assessment}").format(
            dimension=get("dimension"), assessment=get("assessment")
        )
    if collection == "sponsor_changes":
        return translate("PlanJson", "{role} change of {item} on {date}").format(
            role=get("role"), item=get("item"), date=get("date")
        )
    if collection == "value_drivers":
        return translate("PlanJson", "{driver} driver of {item}").format(
            driver=get("driver"), item=get("item")
        )
    if collection == "kpi_actuals":
        return translate("PlanJson", "actual of {kpi} on {date}").format(
            kpi=get("kpi"), date=get("date")
        )
    if collection == "enablements":
        return translate("PlanJson", "enablement of {process} by {application}").format(
            process=get("process"), application=get("application")
        )
    if collection == "application_changes":
        return translate("PlanJson", "change of application {application} by {item}").format(
            application=get("application"), item=get("item")
        )
    if collection == "process_changes":
        return translate("PlanJson", "change of process {process} by {item}").format(
            process=get("process"), item=get("item")
        )
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
                translate(
                    "PlanJson",
                    "{path}: maturity assessment {code} has no rating for {dimensions}; rate "
                    "every dimension (ratings with assessment {code})",
                ).format(
                    path=f"assessments[{index}]", code=row["code"], dimensions=", ".join(missing)
                )
            )
        key = (row["business_unit_id"], row["assessed_on"])
        if key in taken:
            problems.append(
                translate(
                    "PlanJson",
                    "{path}: business unit {unit} already has an assessment dated {date} "
                    "({other}); keep one per unit and date",
                ).format(
                    path=f"assessments[{index}].date",
                    unit=unit_code.get(key[0], "?"),
                    date=key[1].isoformat(),
                    other=f"assessments[{taken[key]}]",
                )
            )
        else:
            taken[key] = index

    kpi_code = {r["id"]: r["code"] for r in rows.get("kpi", [])}
    series: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for actual in rows.get("kpi_actual", []):
        series[actual["kpi_id"]].append(actual)
    for kpi_id, actuals in series.items():
        for found in series_problems([a["measured_on"] for a in actuals]):
            if found.fault is SeriesFault.REPEATED:
                continue  # reported as a duplicate already (the natural key above)
            problems.append(
                translate("PlanJson", "{path}: in the series of KPI {kpi}, {problem}").format(
                    path=f"kpi_actuals[{actuals[found.index]['id'] - 1}].date",
                    kpi=kpi_code.get(kpi_id, "?"),
                    problem=found.message,
                )
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
            lambda i: translate("PlanJson", "process {code}").format(code=process_code.get(i, "?")),
            check_children=False,
        )
        if parent_problem is not None:
            reported.add(row["id"])
            problems.append(_at(f"processes[{row['id'] - 1}].parent", parent_problem))

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
                translate(
                    "PlanJson",
                    "{path}: relationship owners go round in a circle ({chain}); someone in it "
                    "must own the relationship without being owned",
                ).format(path=f"people[{row['id'] - 1}].relationship_owner", chain=chain)
            )
