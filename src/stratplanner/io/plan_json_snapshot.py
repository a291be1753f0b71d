"""Plan documents as snapshots, without a database: baselines, previews, comparisons.

``snapshot_from_dict`` checks a document first; ``snapshot_from_trusted_dict`` reads one this
app wrote (a baseline) several times faster; ``baseline_snapshot`` picks between them and
notes what an older plan format did not record.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from stratplanner.io.plan_json_check import (
    ParsedPlan,
    default_criteria_json,
    parse_plan_dict,
    parse_workshop_rows,
)
from stratplanner.io.plan_json_schema import (
    BASELINES_KEY,
    KIND_OF_COLLECTION,
    RECORD_FIELDS,
    WORKSHOPS_KEY,
    PlanJsonError,
)
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import Quarter
from stratplanner.snapshot.records import RECORD_TYPES, BaselineRec, PlanInfo, field_names
from stratplanner.snapshot.snapshot import PlanSnapshot
from stratplanner.store.schema import SCHEMA_VERSION

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
            raw = default_criteria_json()
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
        rows = parse_workshop_rows(doc[WORKSHOPS_KEY], plain, problems, check_ballots=False)
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
