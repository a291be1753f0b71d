"""The plan interchange format (shared/spec/plan-json.md, version 1) — read and written exactly.

Reading validates the whole document first and reports every problem with
its JSON path; only a clean document becomes a plan file (all or nothing).
Documented additions are listed in docs/plan-json-extensions.md.

This module is the format's public face: ``import_plan_json`` and the names the rest of
the app uses, from the modules that do one job each:

- ``plan_json_schema``: the format's name, version, collections and field tables (built
  from the field declarations in model/kinds.py), ``PlanJsonError``;
- ``plan_json_load``: a file's JSON text as Python values;
- ``plan_json_check``: checking a document, every problem with its path → ``ParsedPlan``;
- ``plan_json_insert``: a ``ParsedPlan`` into a new plan file;
- ``plan_json_snapshot``: documents as snapshots without a database (baselines);
- ``plan_json_writer``: a snapshot as the document (streamed, byte for byte the golden files);
- ``plan_json_workshops``: the nested ``workshops`` collection, both ways.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from stratplanner.io.plan_json_check import (
    ParsedPlan,
    parse_plan_dict,
)
from stratplanner.io.plan_json_insert import create_plan_from_parsed, insert_parsed
from stratplanner.io.plan_json_load import read_json_file
from stratplanner.io.plan_json_schema import (
    ADDED_COLLECTIONS,
    BASELINE_FIELDS,
    BASELINES_KEY,
    COLLECTIONS,
    FORMAT,
    KIND_OF_COLLECTION,
    PLAN_FIELDS,
    RECORD_FIELDS,
    REQUIRED,
    VERSION,
    WORKSHOPS_KEY,
    PlanJsonError,
)
from stratplanner.io.plan_json_snapshot import (
    FORMAT_ADDITIONS,
    BaselineReadError,
    baseline_snapshot,
    snapshot_from_dict,
    snapshot_from_parsed,
    snapshot_from_trusted_dict,
)
from stratplanner.io.plan_json_writer import (
    plan_document_text,
    plan_to_dict,
    write_plan_json,
    write_text_atomically,
)
from stratplanner.snapshot.gc_pause import gc_paused

__all__ = [
    "ADDED_COLLECTIONS",
    "BASELINES_KEY",
    "BASELINE_FIELDS",
    "COLLECTIONS",
    "FORMAT",
    "FORMAT_ADDITIONS",
    "KIND_OF_COLLECTION",
    "PLAN_FIELDS",
    "RECORD_FIELDS",
    "REQUIRED",
    "VERSION",
    "WORKSHOPS_KEY",
    "BaselineReadError",
    "ParsedPlan",
    "PlanJsonError",
    "baseline_snapshot",
    "create_plan_from_parsed",
    "import_plan_json",
    "insert_parsed",
    "parse_plan_dict",
    "plan_document_text",
    "plan_to_dict",
    "read_json_file",
    "snapshot_from_dict",
    "snapshot_from_parsed",
    "snapshot_from_trusted_dict",
    "write_plan_json",
    "write_text_atomically",
]


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
