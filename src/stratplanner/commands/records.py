"""Create, update, delete and restore any kind of record, with validation and cascades."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnDefault, ForeignKey, Table, delete, func, insert, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from stratplanner.commands.base import (
    Command,
    CommandError,
    ExpectedVersion,
    Touched,
    check_version,
    insert_row,
    remember_write,
    stamp,
)
from stratplanner.commands.naming import code_of, describe_record, describe_row, sentence, short
from stratplanner.commands.partnership_rules import plan_rule_problems
from stratplanner.commands.workshop_rules import workshop_rule_problems
from stratplanner.i18n import translate
from stratplanner.model.entities import Base
from stratplanner.model.kinds import (
    KIND_BY_TABLE,
    KINDS,
    Kind,
    field_label,
    kind_label,
    kind_labels,
    reference_label,
)
from stratplanner.model.rules import check_fields, find_cycle
from stratplanner.model.values import Quarter, QuarterError

# -- validation against the plan ------------------------------------------------------


def _coerce(kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
    """Quarter fields may be given as text; everything else is taken as is."""
    out = dict(values)
    for name in kind.quarter_fields:
        value = out.get(name)
        if isinstance(value, str):
            try:
                out[name] = Quarter.parse(value)
            except QuarterError as exc:
                raise CommandError(f"{sentence(field_label(name))}: {exc}.") from None
    return out


def validate(session: Session, kind: Kind, row: dict[str, Any], *, record_id: int | None) -> None:
    """Raise CommandError listing every rule the full record ``row`` breaks."""
    name = describe_row(session, kind, row)
    problems = [
        f"{sentence(name)}: {msg}."
        for _field, msg in check_fields(
            kind.name, row, has_code=kind.has_code, title_field=kind.title_field
        )
    ]
    table = kind.table
    if kind.has_code and isinstance(row.get("code"), str):
        query = select(table.c.id).where(table.c.code == row["code"])
        if kind.code_scope is not None:  # unique within its workshop or round (plan format 5)
            query = query.where(table.c[kind.code_scope] == row.get(kind.code_scope))
        other = session.execute(query).scalar_one_or_none()
        if other is not None and other != record_id:
            if kind.code_scope:
                text = translate(
                    "Commands",
                    "The code {code} is already used by another {kind} in this {scope}; choose a "
                    "unique code.",
                )
            else:
                text = translate(
                    "Commands",
                    "The code {code} is already used by another {kind}; choose a unique code.",
                )
            scope = kind_label(_scope_kind(kind)) if kind.code_scope else ""
            problems.append(text.format(code=row["code"], kind=kind_label(kind.name), scope=scope))
    for ref in kind.references:
        target = row.get(ref.column)
        if target is None:
            if ref.required:
                problems.append(
                    translate("Commands", "{record}: a {field} is required.").format(
                        record=sentence(name), field=reference_label(ref.json_key)
                    )
                )
            continue
        ref_table = KINDS[ref.kind].table
        if session.execute(select(ref_table.c.id).where(ref_table.c.id == target)).first() is None:
            problems.append(
                translate(
                    "Commands", "{record}: its {field} does not exist (it may have been deleted)."
                ).format(record=sentence(name), field=reference_label(ref.json_key))
            )
    if kind.natural_key and all(row.get(c) is not None for c in kind.natural_key):
        query = select(table.c.id).where(*(table.c[c] == row[c] for c in kind.natural_key))
        other = session.execute(query).scalar_one_or_none()
        if other is not None and other != record_id:
            problems.append(
                translate("Commands", "There is already a {kind} for {what}.").format(
                    kind=kind_label(kind.name), what=name.split("(", 1)[-1].rstrip(")")
                )
            )
    if kind.name == "dependency" and not problems:
        _check_dependency_cycle(session, row, record_id, problems)
    if kind.name == "objective" and row.get("parent_id") is not None and record_id is not None:
        _check_parent_cycle(session, row, record_id, problems)
    problems.extend(plan_rule_problems(session, kind.name, row, record_id))  # plan format 4
    problems.extend(workshop_rule_problems(session, kind.name, row, record_id))  # plan format 5
    if problems:
        raise CommandError(problems)


def _scope_kind(kind: Kind) -> str:
    return next(r.kind for r in kind.references if r.column == kind.code_scope)


def _check_dependency_cycle(
    session: Session, row: dict[str, Any], record_id: int | None, problems: list[str]
) -> None:
    table = KINDS["dependency"].table
    edges: dict[int, set[int]] = defaultdict(set)
    for dep_id, before, after in session.execute(
        select(table.c.id, table.c.before_id, table.c.after_id)
    ):
        if dep_id != record_id:
            edges[before].add(after)
    path = find_cycle(edges, row["after_id"], row["before_id"])
    if path is not None:
        codes = [code_of(session, "item", i) or "?" for i in [row["before_id"], *path]]
        problems.append(
            translate(
                "Commands",
                "This dependency would make a cycle: {cycle}; remove one of those links first.",
            ).format(cycle=" → ".join(codes))
        )


def _check_parent_cycle(
    session: Session, row: dict[str, Any], record_id: int, problems: list[str]
) -> None:
    table = KINDS["objective"].table
    parents = dict(session.execute(select(table.c.id, table.c.parent_id)).all())
    parents[record_id] = row["parent_id"]
    node: int | None = row["parent_id"]
    seen = {record_id}
    while node is not None:
        if node in seen:
            problems.append(
                translate(
                    "Commands",
                    "Objective {objective} can't sit under {parent}: that objective is already "
                    "one of its own sub-objectives.",
                ).format(
                    objective=row.get("code"),
                    parent=code_of(session, "objective", row["parent_id"]),
                )
            )
            return
        seen.add(node)
        node = parents.get(node)


def no_longer_exists(kind: str) -> str:
    """'That roadmap item no longer exists; it may have been deleted.' (user's language)."""
    return translate("Commands", "That {kind} no longer exists; it may have been deleted.").format(
        kind=kind_label(kind)
    )


def _fetch(session: Session, table: Table, record_id: int) -> dict[str, Any] | None:
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


def row_where(session: Session, kind_name: str, **where: Any) -> dict[str, Any] | None:
    """The one record of ``kind_name`` matching ``where`` (columns), or None."""
    table = KINDS[kind_name].table
    found = (
        session.execute(select(table).where(*(table.c[c] == v for c, v in where.items())))
        .mappings()
        .first()
    )
    return dict(found) if found is not None else None


def _kind_label(kind: Kind, row: dict[str, Any]) -> str:
    if kind.has_code:
        return f"{row.get('code')}"
    return kind.label


# -- commands ---------------------------------------------------------------------------


class CreateRecord(Command):
    """Add a record; ``values`` use column names (references as ids, quarters as Quarter or
    text)."""

    def __init__(self, kind: str, values: dict[str, Any], *, label: str | None = None):
        self.kind = KINDS[kind]
        self.values = _coerce(self.kind, values)
        self.values.pop("id", None)
        self.record_id: int | None = None
        title = self.values.get(self.kind.title_field or "", "") if self.kind.title_field else ""
        name = short(str(title or self.values.get("code", "")), 40)
        self.label = (
            label
            or translate("Commands", "Add {kind} {name}")
            .format(kind=kind_label(self.kind.name), name=name)
            .rstrip()
        )

    def apply(self, session: Session) -> Command:
        table = self.kind.table
        row = {
            c.name: (
                c.default.arg
                if isinstance(c.default, ColumnDefault) and not callable(c.default.arg)
                else None
            )
            for c in table.columns
            if c.name != "id"
        }
        row.update(self.values)
        validate(session, self.kind, row, record_id=None)
        row.update(stamp(session, 1))
        if self.record_id is not None:
            row["id"] = self.record_id
        self.record_id = insert_row(session, table, row)
        remember_write(session, table.name, self.record_id, 1)
        return DeleteRecord(
            self.kind.name, self.record_id, force=True, label=self.label, expected_version=1
        )

    def kinds(self) -> frozenset[str]:
        return frozenset({self.kind.name})

    def touched(self) -> Touched | None:
        return None if self.record_id is None else Touched().add(self.kind.name, id=self.record_id)


class UpdateRecord(Command):
    """Change some fields of one record."""

    def __init__(
        self,
        kind: str,
        record_id: int,
        changes: dict[str, Any],
        *,
        label: str | None = None,
        expected_version: int | None = None,
    ):
        self.kind = KINDS[kind]
        self.record_id = record_id
        #: The version the edit was based on (from the snapshot); None = overwrite whatever is
        #: there.
        self.expected_version = expected_version
        self.changes = _coerce(self.kind, changes)
        self.changes.pop("id", None)
        self._label = label
        self.label = label or translate("Commands", "Change {fields} of {kind}").format(
            fields=", ".join(sorted(self.changes)), kind=kind_label(self.kind.name)
        )
        self.merge_key = ("update", kind, record_id, tuple(sorted(self.changes)))

    def apply(self, session: Session) -> Command:
        table = self.kind.table
        current = _fetch(session, table, self.record_id)
        if current is None:
            raise CommandError(no_longer_exists(self.kind.name))
        unknown = set(self.changes) - set(current)
        if unknown:
            raise CommandError(
                translate("Commands", "A {kind} has no field {fields}.").format(
                    kind=kind_label(self.kind.name), fields=", ".join(sorted(unknown))
                )
            )
        if self._label is None:
            title = current.get(self.kind.title_field or "", "") or current.get("code", "")
            fields = ", ".join(sorted(field_label(c) for c in self.changes))
            self.label = translate("Commands", "Change {fields} of {title}").format(
                fields=fields, title=short(str(title), 40)
            )
        check_version(
            session,
            table.name,
            describe_row(session, self.kind, current),
            current,
            self.expected_version,
        )
        old = {k: current[k] for k in self.changes}
        row = {**current, **self.changes}
        validate(session, self.kind, row, record_id=self.record_id)
        new_version = current["version"] + 1
        # DML through a Session gets a CursorResult; SQLAlchemy types it as the plain Result.
        result = cast(
            "CursorResult[Any]",
            session.execute(
                update(table)
                .where(table.c.id == self.record_id, table.c.version == current["version"])
                .values(**self.changes, **stamp(session, new_version))
            ),
        )
        if result.rowcount != 1:  # another transaction got there first
            latest = _fetch(session, table, self.record_id)
            check_version(
                session,
                table.name,
                describe_row(session, self.kind, current),
                latest,
                current["version"],
            )
        remember_write(session, table.name, self.record_id, new_version)
        return UpdateRecord(
            self.kind.name, self.record_id, old, label=self.label, expected_version=new_version
        )

    def kinds(self) -> frozenset[str]:
        return frozenset({self.kind.name})

    def touched(self) -> Touched:
        return Touched().add(self.kind.name, id=self.record_id)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, self.kind.name, id=self.record_id)]


@dataclass
class DeletePlan:
    """Everything one delete removes or detaches, for the confirmation and the undo."""

    kind: Kind
    record_id: int
    description: str
    rows: list[tuple[Table, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[Table, int, str, int]] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """'Deletes roadmap item X together with 3 alignment links and 1 team demand.'"""
        counts: dict[str, int] = defaultdict(int)
        for table, _row in self.rows[1:]:
            counts[KIND_BY_TABLE[table.name].name] += 1
        detached: dict[str, int] = defaultdict(int)
        for table, _id, _col, _old in self.nulled:
            detached[KIND_BY_TABLE[table.name].name] += 1
        if counts:
            text = translate("Commands", "Deletes {record} together with {records}.").format(
                record=self.description, records=_join_counts(counts)
            )
        else:
            text = translate("Commands", "Deletes {record}.").format(record=self.description)
        if detached:
            text += " " + translate("Commands", "{records} will no longer refer to it.").format(
                records=sentence(_join_counts(detached))
            )
        return text


def _join_counts(counts: dict[str, int]) -> str:
    """'3 alignment links and 1 team demand' (kinds by name, in the order of their English
    labels, as the summary always listed them)."""
    parts = [
        translate("Commands", "{count} {records}").format(
            count=n, records=kind_label(kind) if n == 1 else kind_labels(kind)
        )
        for kind, n in sorted(counts.items(), key=lambda kv: KINDS[kv[0]].label)
    ]
    if len(parts) == 1:
        return parts[0]
    return translate("Lists", "{names} and {last}").format(
        names=", ".join(parts[:-1]), last=parts[-1]
    )


def plan_delete(session: Session, kind_name: str, record_id: int) -> DeletePlan:
    kind = KINDS[kind_name]
    root = _fetch(session, kind.table, record_id)
    if root is None:
        raise CommandError(no_longer_exists(kind.name))
    plan = DeletePlan(kind, record_id, describe_row(session, kind, root))
    seen: set[tuple[str, int]] = set()

    def visit(table: Table, row: dict[str, Any]) -> None:
        key = (table.name, row["id"])
        if key in seen:
            return
        seen.add(key)
        plan.rows.append((table, row))
        for child_table in Base.metadata.sorted_tables:
            for fk in child_table.foreign_keys:
                fk_: ForeignKey = fk
                if fk_.column.table is not table:
                    continue
                column = fk_.parent
                children = (
                    session.execute(select(child_table).where(column == row["id"])).mappings().all()
                )
                for child in children:
                    child_row = dict(child)
                    if fk_.ondelete == "SET NULL":
                        plan.nulled.append((child_table, child_row["id"], column.name, row["id"]))
                    else:  # CASCADE, or RESTRICT (sub-objectives) which deletes only when forced
                        if fk_.ondelete != "CASCADE":
                            plan.blockers.append(
                                describe_row(session, KIND_BY_TABLE[child_table.name], child_row)
                            )
                        visit(child_table, child_row)

    visit(kind.table, root)
    deleted = {(t.name, r["id"]) for t, r in plan.rows}
    plan.nulled = [n for n in plan.nulled if (n[0].name, n[1]) not in deleted]
    return plan


class DeleteRecord(Command):
    """Delete a record and what belongs to it (links, demands, KPIs…); references to it are cleared.

    An objective with sub-objectives or links is refused unless ``force`` (the
    GUI asks first; the CLI refuses with the reason).
    """

    def __init__(
        self,
        kind: str,
        record_id: int,
        *,
        force: bool = False,
        label: str | None = None,
        expected_version: int | None = None,
    ):
        self.kind = KINDS[kind]
        self.record_id = record_id
        self.force = force
        self.expected_version = expected_version
        self._named = label is not None
        self.label = label or translate("Commands", "Delete {kind}").format(
            kind=kind_label(self.kind.name)
        )
        self._removed: Touched | None = None

    def apply(self, session: Session) -> Command:
        plan = plan_delete(session, self.kind.name, self.record_id)
        check_version(
            session, self.kind.table.name, plan.description, plan.rows[0][1], self.expected_version
        )
        if not self.force and self.kind.name == "objective":
            children = [r for t, r in plan.rows[1:] if t.name == "objective"]
            links = [r for t, r in plan.rows if t.name == "alignment_link"]
            if children or links:
                parts = []
                if children:
                    n = len(children)
                    parts.append(translate("Commands", "%n sub-objective(s)", None, n))
                if links:
                    n = len(links)
                    parts.append(translate("Commands", "%n linked item(s)", None, n))
                raise CommandError(
                    translate(
                        "Commands",
                        "{record} has {what}; delete or move those first, or confirm deleting "
                        "everything (--force).",
                    ).format(
                        record=sentence(plan.description),
                        what=translate("Lists", "{names} and {last}").format(
                            names=parts[0], last=parts[1]
                        )
                        if len(parts) == 2
                        else parts[0],
                    )
                )
        if not self._named:
            self._named = True
            self.label = translate("Commands", "Delete {record}").format(
                record=short(plan.description, 60)
            )
        for table, row_id, column, _old in plan.nulled:
            session.execute(
                update(table)
                .where(table.c.id == row_id)
                .values({column: None, "version": table.c.version + 1})
            )
            _remember_bump(session, table, row_id)
        for table, row in reversed(plan.rows):
            session.execute(delete(table).where(table.c.id == row["id"]))
        restore = RestoreRows(
            self.kind.name, self.record_id, plan.rows, plan.nulled, label=self.label
        )
        self._removed = restore.touched()
        return restore

    def kinds(self) -> frozenset[str]:
        return frozenset(KINDS) | {self.kind.name}

    def touched(self) -> Touched:
        """Before ``apply`` only the record itself; after, what went with it and what referred
        to it."""
        return self._removed or Touched().add(self.kind.name, id=self.record_id)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, self.kind.name, id=self.record_id)]


def _remember_bump(session: Session, table: Table, row_id: int) -> None:
    """Remember the version a reference cleared or restored along with a delete gave its row."""
    version = session.execute(select(table.c.version).where(table.c.id == row_id)).scalar()
    if version is not None:
        remember_write(session, table.name, row_id, int(version))


class RestoreRows(Command):
    """Put deleted rows back exactly as they were (the inverse of a delete)."""

    def __init__(
        self,
        kind: str,
        record_id: int,
        rows: list[tuple[Table, dict[str, Any]]],
        nulled: list[tuple[Table, int, str, int]],
        *,
        label: str,
    ):
        self.kind = KINDS[kind]
        self.record_id = record_id
        self.rows = rows
        self.nulled = nulled
        self.label = label

    def apply(self, session: Session) -> Command:
        order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
        for table, row in sorted(self.rows, key=lambda tr: order[tr[0].name]):
            session.execute(insert(table).values(**row))
        for table, row_id, column, old in self.nulled:
            session.execute(
                update(table)
                .where(table.c.id == row_id)
                .values({column: old, "version": table.c.version + 1})
            )
            _remember_bump(session, table, row_id)
        root_version = next(
            r["version"]
            for t, r in self.rows
            if t.name == self.kind.table.name and r["id"] == self.record_id
        )
        return DeleteRecord(
            self.kind.name,
            self.record_id,
            force=True,
            label=self.label,
            expected_version=root_version,
        )

    def kinds(self) -> frozenset[str]:
        return frozenset(KINDS)

    def touched(self) -> Touched:
        touched = Touched()
        for table, row in self.rows:
            touched.add(KIND_BY_TABLE[table.name].name, id=row["id"])
        for table, row_id, _column, _old in self.nulled:
            touched.add(KIND_BY_TABLE[table.name].name, id=row_id)
        return touched


def record_id_for_code(session: Session, kind_name: str, code: str) -> int:
    """The id of the record with ``code``, or a CommandError naming what's missing."""
    kind = KINDS[kind_name]
    table = kind.table
    found = session.execute(select(table.c.id).where(table.c.code == code)).scalar_one_or_none()
    if found is None:
        raise CommandError(
            translate("Commands", "There is no {kind} with code {code}.").format(
                kind=kind_label(kind.name), code=repr(code)
            )
        )
    return int(found)


def count(session: Session, kind_name: str) -> int:
    table = KINDS[kind_name].table
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


__all__ = [
    "CreateRecord",
    "DeletePlan",
    "DeleteRecord",
    "RestoreRows",
    "UpdateRecord",
    "count",
    "describe_record",
    "plan_delete",
    "record_id_for_code",
    "validate",
]
