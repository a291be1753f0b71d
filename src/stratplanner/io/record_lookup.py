"""Finding records by code or name — in the plan or about to be added — and making up codes."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.i18n import translate
from stratplanner.io.mapping import CREATABLE, plural_label
from stratplanner.io.name_matching import Candidate
from stratplanner.io.parse_values import show
from stratplanner.model.kinds import KINDS
from stratplanner.model.rules import check_code
from stratplanner.model.values import MAX_CODE_LENGTH


class RefError(Exception):
    """A reference naming nothing (``reason`` "missing"), several ("ambiguous"), a rejected row."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def slug_code(text: str, taken: set[str]) -> str:
    """A code made from a name: 'Agri-Food Canada' → 'AGRI-FOOD-CANADA' (unique, at most 32)."""
    base = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").upper() or "X"
    base = base[:MAX_CODE_LENGTH].rstrip("-") or "X"
    code, n = base, 1
    while code.casefold() in taken:
        n += 1
        suffix = f"-{n}"
        code = base[: MAX_CODE_LENGTH - len(suffix)].rstrip("-") + suffix
    return code


_STOP_WORDS = {
    "and",
    "of",
    "the",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "et",
    "&",
    "in",
    "on",
    "to",
}


def code_for_name(name: str, taken: set[str]) -> str:
    """A code for a record made from a name: 'MOD' stays, 'Canadian Grain Commission' → 'CGC'."""
    if (
        " " not in name
        and check_code(name) is None
        and len(name) <= 16
        and name.casefold() not in taken
    ):
        return name
    words = [w for w in re.split(r"[\s\-/]+", name) if w and w.casefold() not in _STOP_WORDS]
    letters = "".join(w[0] for w in words if w[0].isalnum()).upper()
    if len(letters) >= 2:
        return slug_code(letters, taken)
    return slug_code(name, taken)


class Resolver:
    """Records by code or name: those already in the plan and those this import will add."""

    def __init__(self, session: Session | None):
        self.by_code: dict[str, dict[str, int]] = defaultdict(dict)
        self.by_code_fold: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.by_name_fold: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.codes_fold: dict[str, set[str]] = defaultdict(set)
        self.rejected: dict[str, dict[int, int]] = defaultdict(dict)  # kind → temp id → row
        self.pairs: dict[str, dict[tuple[Any, ...], int]] = defaultdict(dict)
        self._session = session
        self.dependency_edges: dict[int, set[int]] = defaultdict(set)
        self.objective_parent: dict[int, int | None] = {}
        self._next_temp = -1
        #: Records of the creatable kinds (units, people, teams) the plan had before this import.
        self.plan_records: dict[str, list[Candidate]] = defaultdict(list)
        if session is None:
            return
        try:
            for kind in KINDS.values():
                table = kind.table
                if kind.has_code:
                    title = (
                        kind.title_field
                        if kind.title_field and kind.title_field in table.c
                        else None
                    )
                    name_col = table.c[title] if title else table.c.code
                    for rid, code, name in session.execute(
                        select(table.c.id, table.c.code, name_col)
                    ):
                        self._index(kind.name, rid, code, name)
                        if kind.name in CREATABLE:
                            self.plan_records[kind.name].append(Candidate(rid, code, name or code))
                if kind.natural_key:
                    cols = [table.c[c] for c in kind.natural_key]
                    self.pairs[kind.name] = {
                        tuple(r[1:]): r[0] for r in session.execute(select(table.c.id, *cols))
                    }
            dep = KINDS["dependency"].table
            for before, after in session.execute(select(dep.c.before_id, dep.c.after_id)):
                self.dependency_edges[before].add(after)
            obj = KINDS["objective"].table
            self.objective_parent = dict(session.execute(select(obj.c.id, obj.c.parent_id)).all())
        finally:
            session.rollback()

    def _index(self, kind: str, rid: int, code: str, name: str | None) -> None:
        self.by_code[kind][code] = rid
        self.by_code_fold[kind][code.casefold()].append(rid)
        self.codes_fold[kind].add(code.casefold())
        if name:
            self.by_name_fold[kind][" ".join(name.split()).casefold()].append(rid)

    def temp_id(self) -> int:
        value = self._next_temp
        self._next_temp -= 1
        return value

    def add(self, kind: str, code: str, name: str | None) -> int:
        rid = self.temp_id()
        self._index(kind, rid, code, name)
        return rid

    def code_taken(self, kind: str, code: str) -> int | None:
        return self.by_code[kind].get(code)

    def new_code(self, kind: str, prefix: str) -> str:
        n = len(self.by_code[kind]) + 1
        while True:
            code = f"{prefix}-{n:04d}"
            if code.casefold() not in self.codes_fold[kind]:
                return code
            n += 1

    def find(self, kind: str, text: str) -> int:
        key = text.strip()
        found = self.by_code[kind].get(key)
        if found is None:
            ids = self.by_code_fold[kind].get(key.casefold()) or []
            if len(ids) == 1:
                found = ids[0]
        if found is None:
            ids = self.by_name_fold[kind].get(" ".join(key.split()).casefold()) or []
            if len(ids) > 1:
                count = len(ids)
                raise RefError(
                    translate(
                        "ImportCheck",
                        "%n {records} are called {name}; write the code instead",
                        None,
                        count,
                    ).format(records=plural_label(kind, count), name=show(key)),
                    "ambiguous",
                )
            if ids:
                found = ids[0]
        if found is None:
            raise RefError(
                translate("ImportCheck", "there is no {kind} {name}").format(
                    kind=plural_label(kind, 1), name=show(key)
                ),
                "missing",
            )
        if found in self.rejected[kind]:
            raise RefError(
                translate("ImportCheck", "{kind} {name} was rejected (row {row})").format(
                    kind=plural_label(kind, 1), name=show(key), row=self.rejected[kind][found]
                ),
                "rejected",
            )
        return found

    def reject(self, kind: str, rid: int, row: int) -> None:
        self.rejected[kind][rid] = row

    def fetch(self, kind: str, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Records already in the plan, by id (to compare with rows that repeat them)."""
        if self._session is None or not ids:
            return {}
        table = KINDS[kind].table
        out: dict[int, dict[str, Any]] = {}
        try:
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                for row in self._session.execute(
                    select(table).where(table.c.id.in_(chunk))
                ).mappings():
                    out[row["id"]] = dict(row)
        finally:
            self._session.rollback()
        return out


__all__ = ["RefError", "Resolver", "code_for_name", "slug_code"]
