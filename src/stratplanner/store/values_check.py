"""Values SQLite stores but StratPlanner can't read: found and named, never a crash.

SQLite keeps any value in any column: text in a money column (``capex =
'lots'`` passes ``capex >= 0``, as text sorts after numbers), a status of
"exploded" or an impossible quarter once ``PRAGMA ignore_check_constraints``
is on. Issue 22 found such a hand-edited plan called healthy by ``check``
while ``info`` and ``screenshot`` crashed. The rules come from the schema
itself (each column's type and each CHECK constraint), so a new column or
constraint is checked without touching this module.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Column, Date, DateTime, Float, Integer, Numeric
from sqlalchemy import Table as SaTable

from stratplanner.model.entities import Base, QuarterType

#: ``status IN ('proposed', 'approved')``: an enumeration, named by its allowed values.
_ENUMERATION = re.compile(r"^\s*\"?(?P<column>\w+)\"?\s+IN\s*\((?P<values>[^()]*)\)\s*$", re.I)
_QUOTED = re.compile(r"'((?:[^']|'')*)'")


@dataclass(frozen=True)
class BadValue:
    """One stored value StratPlanner can't use."""

    table: str
    record: str
    field: str
    value: Any
    allowed: str

    def sentence(self) -> str:
        if self.field:
            return (
                f"{self.table} {self.record}: {self.field} is {_show(self.value)}; {self.allowed}."
            )
        return f"{self.table} {self.record} breaks the rule {self.allowed}."


@dataclass(frozen=True)
class _Rule:
    field: str  # "" for a rule over several fields (a CHECK constraint)
    bad_when: str  # SQL condition true for a bad row
    allowed: str
    #: The fields a rule over several fields reads.
    reads: frozenset[str] = frozenset()


def _show(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bytes):
        return f"binary data ({len(value)} bytes)"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…'"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _type_rule(column: Column[Any]) -> _Rule | None:
    c, kind = _q(column.name), column.type
    if isinstance(kind, QuarterType):
        return _Rule(
            column.name,
            f"{c} IS NOT NULL AND NOT (typeof({c}) = 'text' "
            f"AND {c} GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]')",
            "a quarter such as 2027-Q3 is allowed",
        )
    if isinstance(kind, Boolean):
        return _Rule(
            column.name,
            f"{c} IS NOT NULL AND NOT (typeof({c}) = 'integer' AND {c} IN (0, 1))",
            "1 (true) or 0 (false) is allowed",
        )
    if isinstance(kind, Integer):
        return _Rule(
            column.name,
            f"typeof({c}) NOT IN ('integer', 'null')",
            "a whole number is allowed",
        )
    if isinstance(kind, Float | Numeric):
        return _Rule(
            column.name, f"typeof({c}) NOT IN ('integer', 'real', 'null')", "a number is allowed"
        )
    if isinstance(kind, DateTime):
        return _Rule(
            column.name,
            f"{c} IS NOT NULL AND NOT (typeof({c}) = 'text' AND datetime({c}) IS NOT NULL "
            f"AND ({c} = date({c}) OR substr({c}, 1, 19) = datetime({c})))",
            "a time such as 2027-01-15 09:30:00 is allowed",
        )
    if isinstance(kind, Date):
        return _Rule(
            column.name,
            f"{c} IS NOT NULL AND NOT (typeof({c}) = 'text' AND {c} = date({c}))",
            "a date such as 2027-01-15 is allowed",
        )
    # Text: SQLite's text affinity stores numbers as text; only binary data is foreign.
    return _Rule(column.name, f"typeof({c}) = 'blob'", "text is allowed")


def _constraint_rule(table: SaTable, constraint: CheckConstraint) -> _Rule:
    sql = str(constraint.sqltext)
    enum = _ENUMERATION.match(sql)
    if enum is not None and enum["column"] in table.columns:
        values = [v.replace("''", "'") for v in _QUOTED.findall(enum["values"])]
        c = _q(enum["column"])
        return _Rule(
            enum["column"],
            f"{c} IS NOT NULL AND {c} NOT IN ({enum['values']})",
            "allowed: " + ", ".join(values),
        )
    reads = frozenset(re.findall(r"\w+", sql)) & set(table.columns.keys())
    return _Rule("", f"NOT ({sql})", sql, reads)


def _rules(table: SaTable, present: set[str]) -> list[_Rule]:
    rules = [r for col in table.columns if col.name in present if (r := _type_rule(col))]
    checks = [c for c in table.constraints if isinstance(c, CheckConstraint)]
    constraint_rules = [_constraint_rule(table, c) for c in checks]
    # Single-field rules first, so a rule over several fields can skip what is already said.
    return rules + sorted(constraint_rules, key=lambda r: (not r.field, r.field, r.allowed))


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({_q(table)})")}


def _record_label(table: SaTable, present: set[str]) -> str:
    """SQL for how a record is named: its code, else its id, else its row number."""
    if "code" in present:
        return "'code ' || quote(code)"
    if "id" in present:
        return "'id ' || id"
    return "'row ' || rowid"


def _any_bad(conn: sqlite3.Connection, table: str, rules: list[_Rule]) -> bool:
    """One scan of the table for all its rules (most tables of most plans have no bad value)."""
    usable = []
    for rule in rules:  # a rule over a column an older format lacks is left out
        try:
            conn.execute(f"SELECT 1 FROM {_q(table)} WHERE {rule.bad_when} LIMIT 0")
        except sqlite3.OperationalError:
            continue
        usable.append(f"({rule.bad_when})")
    if not usable:
        return False
    sql = f"SELECT 1 FROM {_q(table)} WHERE {' OR '.join(usable)} LIMIT 1"
    return conn.execute(sql).fetchone() is not None


def find_bad_values(conn: sqlite3.Connection, *, limit: int | None = None) -> Iterator[BadValue]:
    """Every value in a plan file that breaks its column's type or the schema's rules.

    ``conn`` is a plan file's sqlite3 connection; tables or columns a plan of an
    older format lacks are skipped. Stops after ``limit`` values when given.
    """
    found = 0
    for table in Base.metadata.sorted_tables:
        present = _columns(conn, table.name)
        if not present:
            continue
        label = _record_label(table, present)
        rules = _rules(table, present)
        if not _any_bad(conn, table.name, rules):
            continue
        named: set[tuple[str, str]] = set()
        for rule in rules:
            value_sql = _q(rule.field) if rule.field else "NULL"
            sql = f"SELECT {label}, {value_sql} FROM {_q(table.name)} WHERE {rule.bad_when}"
            if limit is not None:
                sql += f" LIMIT {limit - found}"
            try:
                rows = conn.execute(sql).fetchall()
            except sqlite3.OperationalError:  # a rule over a column this format lacks
                continue
            for record, value in rows:
                if not rule.field and any((record, f) in named for f in rule.reads):
                    continue  # 'lots' in capex also breaks "capex >= 0": said once
                named.add((record, rule.field))
                yield BadValue(table.name, record, rule.field, value, rule.allowed)
                found += 1
                if limit is not None and found >= limit:
                    return


__all__ = ["BadValue", "find_bad_values"]
