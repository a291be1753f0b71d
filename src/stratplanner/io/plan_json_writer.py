"""The plan interchange document written from a snapshot as a stream of text.

The text is exactly ``json.dumps(plan_to_dict(snap), ensure_ascii=False, indent=2)``
plus a line end (tests/test_plan_json_golden.py pins it), but built a collection at a
time and a few thousand records per piece, so a 100,000-item plan never sits in
memory as one document or one string (issue 20). Records become rows of document
values a column at a time: a reference is a lookup of the code, a quarter or a date
one conversion per distinct value. The C encoder writes a batch of rows, one value
per line (no encoded value holds a raw line break), and each record is its
collection's layout with those values filled in; the rest of the document goes
through stratplanner.io.json_text. 20,000 items: 0.33 s of text with dicts and
the C encoder's indentation trick, 0.23 s this way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from stratplanner import atomic_files
from stratplanner.io.json_text import iter_json
from stratplanner.io.plan_json_schema import (
    BASELINES_KEY,
    FORMAT,
    RECORD_FIELDS,
    VERSION,
    WORKSHOPS_KEY,
)
from stratplanner.snapshot.gc_pause import gc_paused
from stratplanner.snapshot.records import BaselineRec
from stratplanner.snapshot.snapshot import PlanSnapshot

#: Records encoded per piece of text: big enough for the C encoder to dominate,
#: small enough that a piece of a 100,000-item plan stays a few MB.
BATCH = 2000

#: The kinds a reference names, with the collection that holds their codes.
_REFERENCED = {
    "business_unit": "business_units",
    "person": "people",
    "objective": "objectives",
    "team": "teams",
    "item": "items",
    "criterion": "criteria",
    "kpi": "kpis",
    "assessment": "assessments",
    "process": "processes",
    "application": "applications",
}


def _number(value: float) -> int | float:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


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


class _Memo(dict[Any, Any]):
    """Converts each distinct value once (quarters and dates repeat across thousands of rows)."""

    def __init__(self, convert: Callable[[Any], Any]):
        super().__init__({None: None})
        self._convert = convert

    def __missing__(self, value: Any) -> Any:
        text = self[value] = self._convert(value)
        return text


def _column_converters(
    spec: Sequence[tuple[str, str, Any, str]], codes: dict[str, dict[int, str]]
) -> list[Callable[[Any], Any] | None]:
    """One function per field turning the snapshot's value into the document's (None: as is);
    each maps None to None, as plan_to_dict always has."""
    out: list[Callable[[Any], Any] | None] = []
    for _key, ftype, _default, _column in spec:
        if ftype.startswith("ref:"):
            out.append(codes[ftype[4:]].get)
        elif ftype == "quarter":
            out.append(_Memo(str).__getitem__)
        elif ftype in ("number", "opt_number"):
            out.append(_number)
        elif ftype == "date":
            out.append(_Memo(date.isoformat).__getitem__)
        else:
            out.append(None)
    return out


def record_rows(
    snap: PlanSnapshot, collection: str, codes: dict[str, dict[int, str]]
) -> Iterator[list[tuple[Any, ...]]]:
    """The collection's records as rows of document values (in RECORD_FIELDS order),
    ``BATCH`` at a time."""
    spec = RECORD_FIELDS[collection]
    row_of = attrgetter(*(column for *_, column in spec))
    converters = _column_converters(spec, codes)
    records = _in_document_order(snap, collection)
    for start in range(0, len(records), BATCH):
        columns = list(zip(*map(row_of, records[start : start + BATCH]), strict=True))
        for n, convert in enumerate(converters):
            if convert is not None:
                columns[n] = tuple(map(convert, columns[n]))
        yield list(zip(*columns, strict=True))


def record_dicts(
    snap: PlanSnapshot, collection: str, codes: dict[str, dict[int, str]]
) -> Iterator[list[dict[str, Any]]]:
    """The collection's records as document objects, ``BATCH`` at a time."""
    keys = [key for key, *_ in RECORD_FIELDS[collection]]
    for rows in record_rows(snap, collection, codes):
        yield [dict(zip(keys, row, strict=True)) for row in rows]


#: Rows of plain values, one value per line: no encoded value holds a raw line break.
_ROWS = json.JSONEncoder(ensure_ascii=False, separators=("\n", ": "))


def _record_template(collection: str) -> str:
    """One record as ``indent=2`` lays it out at its place in the document, values as ``%s``."""
    keys = [
        json.dumps(key, ensure_ascii=False).replace("%", "%%")
        for key, *_ in RECORD_FIELDS[collection]
    ]
    return "{\n      " + ",\n      ".join(f"{key}: %s" for key in keys) + "\n    }"


def records_text(rows: list[tuple[Any, ...]], template: str) -> str:
    """Rows as the document's records, separated as in the document (the C encoder writes
    the values; each row's are split back apart at the line breaks between them)."""
    lines = _ROWS.encode(rows)[2:-2].split("]\n[")
    return ",\n    ".join([template % tuple(line.split("\n")) for line in lines])


def reference_codes(snap: PlanSnapshot) -> dict[str, dict[int, str]]:
    """Kind → record id → code, for every kind a record may refer to."""
    return {
        kind: {r.id: r.code for r in getattr(snap, collection)}
        for kind, collection in _REFERENCED.items()
    }


def plan_header(snap: PlanSnapshot) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "plan": {
            "title": snap.info.title,
            "organization": snap.info.organization,
            "currency": snap.info.currency,
            "start": str(snap.info.start),
            "quarters": snap.info.quarters,
        },
    }


def baselines_json(baselines: Sequence[tuple[BaselineRec, str]]) -> list[dict[str, Any]]:
    return [
        {
            "name": rec.name,
            "note": rec.note,
            "taken_at": _datetime_text(rec.taken_at),
            "format_version": rec.format_version,
            "document": json.loads(text),
        }
        for rec, text in baselines
    ]


def _key(name: str) -> str:
    return ",\n  " + json.dumps(name) + ": "


def iter_plan_json(
    snap: PlanSnapshot, *, baselines: Sequence[tuple[BaselineRec, str]] = ()
) -> Iterator[str]:
    """The indented document (``json.dumps(plan_to_dict(...), indent=2)``) in pieces."""
    with gc_paused():
        yield from _plan_json_pieces(snap, baselines)


def _plan_json_pieces(
    snap: PlanSnapshot, baselines: Sequence[tuple[BaselineRec, str]]
) -> Iterator[str]:
    from stratplanner.io.plan_json_workshops import workshops_to_json

    header = iter_json(plan_header(snap))
    yield "".join(header)[:-2]  # the object left open after "plan"
    codes = reference_codes(snap)
    for collection in RECORD_FIELDS:
        yield _key(collection)
        if not getattr(snap, collection):
            yield "[]"
            continue
        template = _record_template(collection)
        yield "[\n    "
        for n, rows in enumerate(record_rows(snap, collection, codes)):
            yield (",\n    " if n else "") + records_text(rows, template)
        yield "\n  ]"
    yield _key(WORKSHOPS_KEY)
    yield from iter_json(workshops_to_json(snap), 1)
    if baselines:
        yield _key(BASELINES_KEY)
        yield from iter_json(baselines_json(baselines), 1)
    yield "\n}"


def write_plan_json(
    snap: PlanSnapshot,
    target: str | os.PathLike[str],
    *,
    baselines: Sequence[tuple[BaselineRec, str]] = (),
) -> Path:
    """Stream the indented document beside ``target`` and rename it into place."""
    path = Path(target)
    with (
        atomic_files.atomic_path(path) as temp,
        temp.open("w", encoding="utf-8", newline="\n") as out,
    ):
        out.writelines(iter_plan_json(snap, baselines=baselines))
        out.write("\n")
    return path


def plan_dict(
    snap: PlanSnapshot, *, baselines: Sequence[tuple[BaselineRec, str]] = ()
) -> dict[str, Any]:
    """The whole document as data (``plan_to_dict``): for merges, stdout and baselines."""
    from stratplanner.io.plan_json_workshops import workshops_to_json

    with gc_paused():
        doc = plan_header(snap)
        codes = reference_codes(snap)
        for collection in RECORD_FIELDS:
            doc[collection] = [r for batch in record_dicts(snap, collection, codes) for r in batch]
        doc[WORKSHOPS_KEY] = workshops_to_json(snap)
        if baselines:
            doc[BASELINES_KEY] = baselines_json(baselines)
    return doc


def plan_to_dict(
    snap: PlanSnapshot, *, baselines: Sequence[tuple[BaselineRec, str]] = ()
) -> dict[str, Any]:
    """The snapshot as a version-1 interchange document (every field written).

    ``baselines`` (records with their document text, see
    ``snapshot.read_baseline_document``) are added under ``baselines`` when given.
    """
    return plan_dict(snap, baselines=baselines)


def plan_document_text(snap: PlanSnapshot) -> str:
    """The compact JSON text a baseline stores."""
    return json.dumps(plan_to_dict(snap), ensure_ascii=False, separators=(",", ":"))


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8 text, written beside ``path`` and renamed into place (see atomic_files)."""
    atomic_files.write_text_atomically(path, text)
