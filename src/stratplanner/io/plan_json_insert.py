"""A checked plan document into a plan file: bulk inserts, parents before children."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from stratplanner.io.plan_json_check import ParsedPlan
from stratplanner.model.kinds import KINDS, WORKSHOP_KIND_ORDER
from stratplanner.store.document import create_plan_file


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
