"""Copy every row of a plan between databases: publish to a server, take a local copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, text

from stratplanner.model.entities import Base

BATCH = 5000


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order rows of a self-referencing table so every parent precedes its children."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    column = self_refs[0]
    by_id = {r["id"]: r for r in rows}
    placed: set[int] = set()
    ordered: list[dict[str, Any]] = []
    for row in rows:
        chain = []
        node: dict[str, Any] | None = row
        while node is not None and node["id"] not in placed:
            chain.append(node)
            parent = node[column]
            node = by_id.get(parent) if parent is not None else None
            if node is not None and node in chain:
                break
        for r in reversed(chain):
            if r["id"] not in placed:
                placed.add(r["id"])
                ordered.append(r)
    return ordered


def copy_plan_rows(
    source: Connection,
    target: Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Replace the target's plan rows with the source's (same ids). Returns row counts."""
    tables = Base.metadata.sorted_tables
    for table in reversed(tables):
        target.execute(delete(table))
    counts: dict[str, int] = {}
    totals = {
        t.name: source.execute(select(func.count()).select_from(t)).scalar_one() for t in tables
    }
    grand_total = sum(totals.values()) or 1
    done = 0
    for table in tables:
        rows = [dict(r) for r in source.execute(select(table).order_by(table.c.id)).mappings()]
        rows = _parents_first(table, rows)
        for start in range(0, len(rows), BATCH):
            target.execute(insert(table), rows[start : start + BATCH])
            done += len(rows[start : start + BATCH])
            if progress:
                progress(done, grand_total)
        counts[table.name] = len(rows)
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return counts


def reset_sequences(conn: Connection) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past the largest id."""
    for table in Base.metadata.sorted_tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
