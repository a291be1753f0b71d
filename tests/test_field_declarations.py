"""Every field is declared once, in model/kinds.py; what stays written out is checked against it.

Built from the declarations: the document's field tables (io/plan_json_schema.py,
io/plan_json_workshops.py), a kind's references and quarter fields. Written out for the
reader and the type checker, and compared here: the ORM entities (model/entities.py, through
SQLAlchemy's mapper), the snapshot records (snapshot/records.py), the documented JSON tables
(docs/plan-json.md, docs/plan-json-extensions.md) and the UI's field editors (ui/fields.py).
The Alembic migrations are compared with the ORM by tests/test_migrations.py.

Each check returns what differs, one line per field; the second half of this file shows that
every check notices a field added, removed or renamed in one place only.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import Text, inspect
from sqlalchemy.orm import DeclarativeBase, mapped_column

from stratplanner.io import plan_json_workshops as workshops_json
from stratplanner.io.plan_json_schema import (
    BASELINE_FIELDS,
    ENUMS,
    PLAN_FIELDS,
    RECORD_FIELDS,
    REQUIRED,
    DocumentField,
    document_fields,
)
from stratplanner.model import entities as e
from stratplanner.model.kinds import KINDS, SETTINGS_FIELDS, Kind, RecordField
from stratplanner.snapshot.records import RECORD_TYPES, PlanInfo, field_names
from stratplanner.ui import fields as ui_fields

DOCS = Path(__file__).parent.parent / "docs"
#: Columns every tracked record has (optimistic concurrency), declared once in entities.Tracked.
TRACKED = frozenset(e.Tracked.__annotations__)
FORM_KINDS = [k for k in ui_fields.FIELDS if k != "settings"]


def _differences(subject: str, declared: set[str], where: str, found: set[str]) -> list[str]:
    return [
        f"{subject}.{name}: declared in model/kinds.py, missing from {where}"
        for name in sorted(declared - found)
    ] + [
        f"{subject}.{name}: in {where}, not declared in model/kinds.py"
        for name in sorted(found - declared)
    ]


# -- the checks ----------------------------------------------------------------------------


def orm_problems(kind: Kind, entity: type[Any] | None = None) -> list[str]:
    """The declared fields against the mapped entity's columns (all but id and Tracked's)."""
    entity = entity or kind.entity
    columns = {column.name for column in inspect(entity).columns} - {"id"} - TRACKED
    declared = {f.column for f in kind.fields}
    return _differences(kind.name, declared, f"model/entities.py {entity.__name__}", columns)


def snapshot_problems(kind: Kind, record_type: type | None = None) -> list[str]:
    record_type = record_type or RECORD_TYPES[kind.name]
    declared = {f.column for f in kind.fields if f.in_snapshot}
    found = set(field_names(record_type)) - {"id"}
    return _differences(kind.name, declared, f"snapshot/records.py {record_type.__name__}", found)


def form_problems(
    kind_name: str, declared: Sequence[RecordField], form: Sequence[ui_fields.Field]
) -> list[str]:
    """Every field the form should edit (``in_form``) has an editor there, and no more."""
    wanted = {f.column for f in declared if f.in_form}
    shown = {column for f in form for column in f.record_fields}
    return _differences(kind_name, wanted, f"ui/fields.py FIELDS[{kind_name!r}]", shown)


class DocSection(NamedTuple):
    """A part of the docs describing the fields of one or more collections."""

    collections: tuple[str, ...]
    keys: frozenset[str]


_NAME = re.compile(r"`([a-z][a-z0-9_]*)`")
_NAMED_BY_HEADING = {"Item fields": "items", "Person fields": "people", "KPI fields": "kpis"}


def _names(text: str) -> set[str]:
    """Field names in backquotes (values such as `"run"` or `ALIGN` are not names)."""
    return set(_NAME.findall(text))


def documented_sections(spec: str, extensions: str) -> list[DocSection]:
    """The collections docs/plan-json.md and docs/plan-json-extensions.md describe, and the
    field names each part gives: the spec's bullet per collection and its example's ``plan``
    object; an extension section's table (its first column) or, without one, its text."""
    sections = []
    example = re.search(r"```json\n(.*?)```", spec, re.S)
    assert example, "docs/plan-json.md has no example document"
    sections.append(DocSection(("plan",), frozenset(json.loads(example[1])["plan"])))
    collections = spec.split("## Collections", 1)[1].split("\n## ", 1)[0]
    for bullet in re.split(r"\n- ", collections)[1:]:
        name = _NAME.match(bullet)
        assert name, f"a bullet of docs/plan-json.md names no collection: {bullet[:40]}"
        # The business units' bullet carries the defaults of other collections' fields.
        text = re.sub(r"\(Defaults:[^)]*\)", "", bullet[name.end() :])
        sections.append(DocSection((name[1],), frozenset(_names(text))))
    for part in re.split(r"\n(?=##+ )", extensions):
        heading, _, body = part.partition("\n")
        named = _NAME.findall(heading) or [
            collection for title, collection in _NAMED_BY_HEADING.items() if title in heading
        ]
        if not heading.startswith("##") or not named:
            continue
        rows = [line for line in body.splitlines() if line.startswith("|")]
        if rows:
            keys = set().union(*(_names(row.split("|")[1]) for row in rows))
        else:
            keys = _names(body) - set(named)
        sections.append(DocSection(tuple(named), frozenset(keys)))
    return sections


def document_tables(
    record_fields: Mapping[str, Sequence[DocumentField]] = RECORD_FIELDS,
) -> dict[str, set[str]]:
    """Each collection (or nested list) of the document → the keys the reader knows."""
    tables = {collection: {key for key, *_ in spec} for collection, spec in record_fields.items()}
    tables["plan"] = set(PLAN_FIELDS)
    tables["baselines"] = set(BASELINE_FIELDS)
    nested = workshops_json.NESTED
    for collection, spec, lists in (
        ("workshops", workshops_json.WORKSHOP_FIELDS, nested["workshop"]),
        ("participants", workshops_json.PARTICIPANT_FIELDS, ()),
        ("rounds", workshops_json.ROUND_FIELDS, nested["round"]),
        ("options", workshops_json.OPTION_FIELDS, ()),
        ("ballots", workshops_json.BALLOT_FIELDS, ()),
        ("decisions", workshops_json.DECISION_FIELDS, ()),
        ("actions", workshops_json.ACTION_FIELDS, ()),
    ):
        tables[collection] = {key for key, *_ in spec} | set(lists)
    return tables


def document_problems(sections: Iterable[DocSection], tables: Mapping[str, set[str]]) -> list[str]:
    problems = []
    documented: dict[str, set[str]] = {}
    for section in sections:
        known = set()
        for collection in section.collections:
            if collection not in tables:
                problems.append(f"{collection}: documented, but the document has no such list")
                continue
            known |= tables[collection]
            documented.setdefault(collection, set()).update(section.keys)
        where = " / ".join(section.collections)
        problems.extend(
            f"{where}.{key}: documented, but the reader knows no such field"
            for key in sorted(section.keys - known)
            if known
        )
    for collection, keys in tables.items():
        problems.extend(
            f"{collection}.{key}: read and written, but not in docs/plan-json*.md"
            for key in sorted(keys - documented.get(collection, set()))
        )
    return problems


def _docs() -> list[DocSection]:
    return documented_sections(
        (DOCS / "plan-json.md").read_text(encoding="utf-8"),
        (DOCS / "plan-json-extensions.md").read_text(encoding="utf-8"),
    )


# -- the declarations against what is written out ------------------------------------------


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_the_orm_entity_has_exactly_the_declared_columns(kind: Kind) -> None:
    assert orm_problems(kind) == []


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_the_snapshot_record_has_exactly_the_declared_fields(kind: Kind) -> None:
    assert snapshot_problems(kind) == []


def test_every_kind_and_only_kinds_have_a_snapshot_record() -> None:
    assert set(RECORD_TYPES) == set(KINDS)


def test_the_plan_settings_are_declared_once() -> None:
    declared = {f.column for f in SETTINGS_FIELDS}
    columns = {c.name for c in inspect(e.PlanSettings).columns} - {"id"} - TRACKED
    assert _differences("settings", declared, "PlanSettings", columns) == []
    assert _differences("settings", declared, "PlanInfo", set(field_names(PlanInfo))) == []
    assert form_problems("settings", SETTINGS_FIELDS, ui_fields.FIELDS["settings"]) == []
    assert tuple(f.key for f in SETTINGS_FIELDS) == PLAN_FIELDS


@pytest.mark.parametrize("kind_name", FORM_KINDS)
def test_every_field_the_form_should_edit_has_an_editor(kind_name: str) -> None:
    assert form_problems(kind_name, KINDS[kind_name].fields, ui_fields.FIELDS[kind_name]) == []


def test_the_documented_tables_are_the_ones_read_and_written() -> None:
    assert document_problems(_docs(), document_tables()) == []


def test_the_document_tables_are_built_from_the_declarations() -> None:
    for collection, spec in RECORD_FIELDS.items():
        kind = next(k for k in KINDS.values() if k.plural == collection)
        assert spec == [(f.key, f.type, f.default, f.column) for f in kind.fields if f.in_document]
        assert REQUIRED[collection] == {f.key for f in kind.fields if f.required and f.in_document}
    # Every kind is a top-level collection, a baseline or part of a workshop.
    nested = {k.name for k in KINDS.values() if k.plural not in RECORD_FIELDS}
    assert nested == {"baseline", *workshops_json.WORKSHOP_KIND_ORDER}


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_the_declarations_are_well_formed(kind: Kind) -> None:
    columns = [f.column for f in kind.fields]
    keys = [f.key for f in kind.fields]
    assert len(set(columns)) == len(columns) and len(set(keys)) == len(keys)
    simple = {"code", "text", "title", "opt_text", "int", "number", "opt_number", "money"}
    simple |= {"bool", "quarter", "date", "datetime", "values", "plan"}
    for f in kind.fields:
        prefix, _, name = f.type.partition(":")
        if prefix in ("ref", "local"):
            assert name in KINDS, f"{kind.name}.{f.column} refers to an unknown kind {name}"
            assert f.column.endswith("_id") and not f.key.endswith("_id"), (
                f"{kind.name}.{f.column}: a reference's document key names the record "
                "(key='sponsor' for sponsor_id)"
            )
        elif prefix == "enum":
            assert name in ENUMS, f"{kind.name}.{f.column}: no value set {name} in ENUMS"
        else:
            assert f.type in simple, f"{kind.name}.{f.column}: unknown type {f.type}"
    assert {r.column for r in kind.references} == {
        f.column for f in kind.fields if f.target_kind is not None
    }


def test_a_reference_says_what_messages_call_it() -> None:
    champion = next(r for r in KINDS["item"].references if r.column == "champion_id")
    assert (champion.json_key, champion.kind, champion.required) == ("champion", "person", False)
    assert KINDS["item"].quarter_fields == ("start", "end")
    ballot = {r.column: r for r in KINDS["workshop_ballot"].references}
    assert ballot["participant_id"].kind == "workshop_participant"
    assert ballot["round_id"].required


# -- each check notices a drift --------------------------------------------------------------

_FAKE = RecordField("fake_field", "text", "")


def _with_fields(kind: Kind, fields: tuple[RecordField, ...]) -> Kind:
    return dataclasses.replace(kind, fields=fields)


def _renamed(kind: Kind, index: int) -> Kind:
    field = kind.fields[index]
    renamed = dataclasses.replace(field, column=field.column + "_x", key=field.key + "_x")
    return _with_fields(kind, (*kind.fields[:index], renamed, *kind.fields[index + 1 :]))


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_a_field_added_removed_or_renamed_in_the_declaration_only_is_reported(
    kind: Kind,
) -> None:
    entity = f"model/entities.py {kind.entity.__name__}"
    record = f"snapshot/records.py {RECORD_TYPES[kind.name].__name__}"
    added = _with_fields(kind, (*kind.fields, _FAKE))
    assert orm_problems(added) == [
        f"{kind.name}.fake_field: declared in model/kinds.py, missing from {entity}"
    ]
    assert snapshot_problems(added) == [
        f"{kind.name}.fake_field: declared in model/kinds.py, missing from {record}"
    ]
    last = kind.fields[-1].column
    removed = _with_fields(kind, kind.fields[:-1])
    assert orm_problems(removed) == [
        f"{kind.name}.{last}: in {entity}, not declared in model/kinds.py"
    ]
    first = kind.fields[0].column
    assert orm_problems(_renamed(kind, 0)) == [
        f"{kind.name}.{first}_x: declared in model/kinds.py, missing from {entity}",
        f"{kind.name}.{first}: in {entity}, not declared in model/kinds.py",
    ]


def _entity_changed(entity: type[Any], drop: str, add: str) -> type[Any]:
    """A stand-in for ``entity`` mapped in a metadata of its own, one column swapped."""

    class Stand(DeclarativeBase):
        pass

    attrs: dict[str, Any] = {"__tablename__": entity.__tablename__}
    for column in inspect(entity).columns:
        if column.name != drop:
            attrs[column.name] = mapped_column(column.type, primary_key=column.primary_key)
    attrs[add] = mapped_column(Text)
    return type(entity.__name__, (Stand,), attrs)


def test_a_column_added_or_removed_in_the_entity_only_is_reported() -> None:
    stand = _entity_changed(e.RoadmapItem, drop="champion_id", add="fake_column")
    assert orm_problems(KINDS["item"], stand) == [
        "item.champion_id: declared in model/kinds.py, missing from model/entities.py RoadmapItem",
        "item.fake_column: in model/entities.py RoadmapItem, not declared in model/kinds.py",
    ]


def test_a_field_added_or_removed_in_the_snapshot_record_only_is_reported() -> None:
    kept = [
        (f.name, f.type, f) for f in dataclasses.fields(RECORD_TYPES["item"]) if f.name != "risk"
    ]
    changed = dataclasses.make_dataclass("ItemRec", [*kept, ("fake_field", int, 0)])
    assert snapshot_problems(KINDS["item"], changed) == [
        "item.risk: declared in model/kinds.py, missing from snapshot/records.py ItemRec",
        "item.fake_field: in snapshot/records.py ItemRec, not declared in model/kinds.py",
    ]


@pytest.mark.parametrize("kind_name", FORM_KINDS)
def test_a_field_without_an_editor_or_an_editor_without_a_field_is_reported(
    kind_name: str,
) -> None:
    kind, form = KINDS[kind_name], ui_fields.FIELDS[kind_name]
    where = f"ui/fields.py FIELDS[{kind_name!r}]"
    assert form_problems(kind_name, (*kind.fields, _FAKE), form) == [
        f"{kind_name}.fake_field: declared in model/kinds.py, missing from {where}"
    ]
    hidden = dataclasses.replace(_FAKE, in_form=False)
    assert form_problems(kind_name, (*kind.fields, hidden), form) == []
    extra = ui_fields.Field("fake_field", "Fake")
    assert form_problems(kind_name, kind.fields, [*form, extra]) == [
        f"{kind_name}.fake_field: in {where}, not declared in model/kinds.py"
    ]
    dropped = next(f for f in form if f.record_fields)
    rest = [f for f in form if f is not dropped]
    assert form_problems(kind_name, kind.fields, rest) == [
        f"{kind_name}.{column}: declared in model/kinds.py, missing from {where}"
        for column in sorted(dropped.record_fields)
    ]


def test_a_field_missing_from_the_docs_or_only_in_the_docs_is_reported() -> None:
    spec = (DOCS / "plan-json.md").read_text(encoding="utf-8")
    extensions = (DOCS / "plan-json-extensions.md").read_text(encoding="utf-8")
    assert "`champion`, " in spec and "| `adoption` |" in extensions
    undocumented = documented_sections(spec.replace("`champion`, ", ""), extensions)
    assert document_problems(undocumented, document_tables()) == [
        "items.champion: read and written, but not in docs/plan-json*.md"
    ]
    renamed = documented_sections(spec, extensions.replace("| `adoption` |", "| `adopted` |"))
    assert document_problems(renamed, document_tables()) == [
        "kpis.adopted: documented, but the reader knows no such field",
        "kpis.adoption: read and written, but not in docs/plan-json*.md",
    ]
    tables = document_tables()
    tables["ballots"] = tables["ballots"] | {"weight"}
    assert document_problems(_docs(), tables) == [
        "ballots.weight: read and written, but not in docs/plan-json*.md"
    ]


@pytest.mark.parametrize("collection", list(RECORD_FIELDS))
def test_a_field_declared_but_not_documented_is_reported(collection: str) -> None:
    kind = next(k for k in KINDS.values() if k.plural == collection)
    added = _with_fields(kind, (*kind.fields, _FAKE))
    tables = document_tables({**RECORD_FIELDS, collection: document_fields(added)})
    assert document_problems(_docs(), tables) == [
        f"{collection}.fake_field: read and written, but not in docs/plan-json*.md"
    ]
