"""Which spreadsheet column feeds which field: guessing it, editing it, saving it.

The fields of each kind come from ``plan_json.RECORD_FIELDS`` (the JSON names:
``title``, ``start``, ``capex``, ``sponsor``…), so a field added there can be
imported without changes here. ``guess_mapping`` matches headers against the
field names and their synonyms ("Project Name", "Start Date", "Total Cost",
"Owner"), ignoring case, spaces, punctuation and bracketed notes, and checks a
sample of values so a "Category" column full of "Military Capability" is not
taken for run/grow/transform. A :class:`Mapping` is plain data, saved as JSON
(``--mapping M``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.io.money_units import is_whole_life
from stratplanner.io.parse_values import (
    DAY_MONTH_ORDERS,
    CellError,
    header_without_notes,
    is_blank,
    normalise_header,
    parse_bool,
    parse_choice,
    parse_date,
    parse_int,
    parse_money,
    parse_number,
    parse_quarter,
    parse_strength,
    scale_from_header,
)
from stratplanner.io.plan_json import RECORD_FIELDS, REQUIRED
from stratplanner.io.plan_json_schema import ENUMS
from stratplanner.io.synonyms import SYNONYMS, synonyms_for
from stratplanner.model.kinds import KINDS, Kind
from stratplanner.model.rules import MONEY_FIELDS

MAPPING_FORMAT = "stratplanner-mapping"
MAPPING_VERSION = 1
#: Kinds that can be created on the fly when a row names one that doesn't exist.
CREATABLE = ("business_unit", "person", "team")
#: What to do with a name that matches no record: make it, leave the field empty, refuse the row.
UNKNOWN_POLICIES = ("create", "empty", "reject")
ANALYSIS_SUFFIX = "(analysis)"


class MappingError(Exception):
    """A mapping that can't be used; the message says what to fix."""


#: Every field a record of the plan interchange has, as a sentence or the mapping's list names
#: it (English: the JSON name with spaces); tests/test_io_language.py checks every field of
#: ``RECORD_FIELDS`` is here, so a new field is translated too.
FIELD_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("ImportFields", "active"),
    "actual": QT_TRANSLATE_NOOP("ImportFields", "actual"),
    "adoption": QT_TRANSLATE_NOOP("ImportFields", "adoption"),
    "after": QT_TRANSLATE_NOOP("ImportFields", "after"),
    "amount": QT_TRANSLATE_NOOP("ImportFields", "amount"),
    "annual_value": QT_TRANSLATE_NOOP("ImportFields", "annual value"),
    "application": QT_TRANSLATE_NOOP("ImportFields", "application"),
    "assessed_by": QT_TRANSLATE_NOOP("ImportFields", "assessed by"),
    "assessment": QT_TRANSLATE_NOOP("ImportFields", "assessment"),
    "baseline": QT_TRANSLATE_NOOP("ImportFields", "baseline"),
    "before": QT_TRANSLATE_NOOP("ImportFields", "before"),
    "budget": QT_TRANSLATE_NOOP("ImportFields", "budget"),
    "budget_basis": QT_TRANSLATE_NOOP("ImportFields", "budget basis"),
    "business_unit": QT_TRANSLATE_NOOP("ImportFields", "business unit"),
    "capacity": QT_TRANSLATE_NOOP("ImportFields", "capacity"),
    "capex": QT_TRANSLATE_NOOP("ImportFields", "capex"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "category"),
    "champion": QT_TRANSLATE_NOOP("ImportFields", "champion"),
    "code": QT_TRANSLATE_NOOP("ImportFields", "code"),
    "cost_of_delay": QT_TRANSLATE_NOOP("ImportFields", "cost of delay"),
    "criterion": QT_TRANSLATE_NOOP("ImportFields", "criterion"),
    "date": QT_TRANSLATE_NOOP("ImportFields", "date"),
    "decided_by": QT_TRANSLATE_NOOP("ImportFields", "decided by"),
    "decided_on": QT_TRANSLATE_NOOP("ImportFields", "decided on"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "description"),
    "dimension": QT_TRANSLATE_NOOP("ImportFields", "dimension"),
    "direction": QT_TRANSLATE_NOOP("ImportFields", "direction"),
    "driver": QT_TRANSLATE_NOOP("ImportFields", "driver"),
    "end": QT_TRANSLATE_NOOP("ImportFields", "end"),
    "evidence": QT_TRANSLATE_NOOP("ImportFields", "evidence"),
    "from": QT_TRANSLATE_NOOP("ImportFields", "from"),
    "fte": QT_TRANSLATE_NOOP("ImportFields", "fte"),
    "higher_is_better": QT_TRANSLATE_NOOP("ImportFields", "higher is better"),
    "it_owner": QT_TRANSLATE_NOOP("ImportFields", "it owner"),
    "item": QT_TRANSLATE_NOOP("ImportFields", "item"),
    "job_size": QT_TRANSLATE_NOOP("ImportFields", "job size"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "kind"),
    "kpi": QT_TRANSLATE_NOOP("ImportFields", "kpi"),
    "last_engaged_on": QT_TRANSLATE_NOOP("ImportFields", "last engaged on"),
    "level": QT_TRANSLATE_NOOP("ImportFields", "level"),
    "mandatory": QT_TRANSLATE_NOOP("ImportFields", "mandatory"),
    "maximise": QT_TRANSLATE_NOOP("ImportFields", "maximise"),
    "measure": QT_TRANSLATE_NOOP("ImportFields", "measure"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "name"),
    "note": QT_TRANSLATE_NOOP("ImportFields", "note"),
    "objective": QT_TRANSLATE_NOOP("ImportFields", "objective"),
    "opex": QT_TRANSLATE_NOOP("ImportFields", "opex"),
    "owner": QT_TRANSLATE_NOOP("ImportFields", "owner"),
    "parent": QT_TRANSLATE_NOOP("ImportFields", "parent"),
    "process": QT_TRANSLATE_NOOP("ImportFields", "process"),
    "quarter": QT_TRANSLATE_NOOP("ImportFields", "quarter"),
    "rank": QT_TRANSLATE_NOOP("ImportFields", "rank"),
    "rationale": QT_TRANSLATE_NOOP("ImportFields", "rationale"),
    "reason": QT_TRANSLATE_NOOP("ImportFields", "reason"),
    "relationship_owner": QT_TRANSLATE_NOOP("ImportFields", "relationship owner"),
    "risk": QT_TRANSLATE_NOOP("ImportFields", "risk"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "role"),
    "score": QT_TRANSLATE_NOOP("ImportFields", "score"),
    "side": QT_TRANSLATE_NOOP("ImportFields", "side"),
    "sponsor": QT_TRANSLATE_NOOP("ImportFields", "sponsor"),
    "start": QT_TRANSLATE_NOOP("ImportFields", "start"),
    "statement": QT_TRANSLATE_NOOP("ImportFields", "statement"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "status"),
    "strength": QT_TRANSLATE_NOOP("ImportFields", "strength"),
    "target": QT_TRANSLATE_NOOP("ImportFields", "target"),
    "team": QT_TRANSLATE_NOOP("ImportFields", "team"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "title"),
    "to": QT_TRANSLATE_NOOP("ImportFields", "to"),
    "unit": QT_TRANSLATE_NOOP("ImportFields", "unit"),
    "value": QT_TRANSLATE_NOOP("ImportFields", "value"),
    "value_statement": QT_TRANSLATE_NOOP("ImportFields", "value statement"),
    "weight": QT_TRANSLATE_NOOP("ImportFields", "weight"),
}


def field_label(key: str) -> str:
    """A field as a sentence names it, in the user's language: 'annual value' ('jährlicher
    Nutzen'); a field without a label as its JSON name with spaces."""
    label = FIELD_LABELS.get(key)
    return translate("ImportFields", label) if label else key.replace("_", " ")


def field_name(key: str) -> str:
    """A field where a message has always named it by its JSON name ('annual_value', as the
    command line's mapping files write it): that name in English, the field's label in
    another language ('jährlicher Nutzen')."""
    label = FIELD_LABELS.get(key)
    if label is None:
        return key
    shown = translate("ImportFields", label)
    return key if shown == label else shown


def upper_first(text: str) -> str:
    """'annual value' -> 'Annual value' (the rest kept: 'jährlicher Nutzen' -> 'Jährlicher
    Nutzen', where str.capitalize would write 'nutzen')."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class FieldSpec:
    """One importable field of a kind, as the JSON interchange names it."""

    key: str
    ftype: str
    default: Any
    column: str
    required: bool

    @property
    def label(self) -> str:
        """The field as a sentence or the mapping's list names it, in the user's language."""
        return field_label(self.key)

    @property
    def ref_kind(self) -> str | None:
        return self.ftype[4:] if self.ftype.startswith("ref:") else None

    @property
    def is_money(self) -> bool:
        return self.key in MONEY_FIELDS


def plural_label(kind: str | Kind, count: int = 2) -> str:
    """'roadmap item' / 'roadmap items', 'person' / 'people', 'criterion' / 'criteria', in the
    user's language (the kinds' names are marked in model/kinds.py, context "Kinds")."""
    k = kind if isinstance(kind, Kind) else KINDS[kind]
    marked = k.label if count == 1 else k.labels
    shown = translate("Kinds", marked)
    if shown != marked:
        return shown
    label = k.label
    if count == 1:
        return label
    irregular = {"person": "people", "criterion": "criteria"}
    if label in irregular:
        return irregular[label]
    if label.endswith("y") and not label.endswith(("ay", "ey", "oy")):
        return label[:-1] + "ies"
    return label + "s"


def counted_label(kind: str | Kind, count: int) -> str:
    """'3 roadmap items', '1 person': a count of records of a kind, in the user's language."""
    return translate("ImportMapping", "{count} {records}").format(
        count=format_number(count), records=plural_label(kind, count)
    )


def kind_named(name: str) -> Kind:
    """A kind from its singular, plural or label, in any case: 'items', 'Roadmap item', 'person'."""
    wanted = normalise_header(name)
    for kind in KINDS.values():
        if wanted in (
            normalise_header(kind.name),
            normalise_header(kind.plural),
            normalise_header(kind.label),
            normalise_header(kind.label + "s"),
        ):
            return kind
    choices = ", ".join(k.plural for k in KINDS.values())
    raise MappingError(
        translate(
            "ImportMapping", "There is no kind of record called {name}; choose one of: {choices}."
        ).format(name=repr(name), choices=choices)
    )


def fields_of(kind: str | Kind) -> list[FieldSpec]:
    k = kind if isinstance(kind, Kind) else kind_named(kind)
    required = REQUIRED.get(k.plural, set())
    return [
        FieldSpec(key, ftype, default, column, key in required)
        for key, ftype, default, column in RECORD_FIELDS.get(k.plural, [])
    ]


# -- the mapping -----------------------------------------------------------------------


@dataclass
class Mapping:
    """How a table becomes records of one kind; saved as JSON. Only ``kind`` is required."""

    kind: str
    #: field key (JSON name) → column header as it appears in the file
    columns: dict[str, str] = field(default_factory=dict)
    #: field key → multiplier for values without their own k/M/bn (a "(£m)" column: 1e6)
    scale: dict[str, float] = field(default_factory=dict)
    #: field key → text used for every row (when no column is mapped or the cell is blank)
    defaults: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    #: "auto" (judge each column), "dmy" or "mdy" for dates like 03/04/2027
    date_order: str = "auto"
    #: kinds created when a row names one that doesn't exist (the older spelling of unknown=create)
    create_missing: list[str] = field(default_factory=list)
    #: names matching no record: "create", "empty" or "reject"; None = create while the plan
    #: has no record of that kind, else leave empty (both with a warning)
    unknown: str | None = None
    #: kind → name as written → "create", "empty" or "match:CODE" (the user's choice per name)
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    #: the file's currency (ISO code) where its amounts and headers don't say, or say only "$"
    currency: str | None = None
    #: items with an end but no start (or the reverse): "unscheduled" or "same_quarter"
    single_date: str = "unscheduled"
    #: prefix for codes made up for rows without one (default from the kind, e.g. ITEM)
    code_prefix: str | None = None

    def __post_init__(self) -> None:
        self.kind = kind_named(self.kind).name

    # -- queries --------------------------------------------------------------------
    @property
    def kind_spec(self) -> Kind:
        return KINDS[self.kind]

    def fields(self) -> list[FieldSpec]:
        return fields_of(self.kind)

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields():
            if spec.key == key:
                return spec
        raise MappingError(
            translate(
                "ImportMapping", "A {kind} has no field {key}; its fields are: {fields}."
            ).format(
                kind=plural_label(self.kind, 1),
                key=repr(key),
                fields=", ".join(f.key for f in self.fields()),
            )
        )

    def unmapped_headers(self, headers: list[str]) -> list[str]:
        used = {normalise_header(h) for h in self.columns.values()}
        return [h for h in headers if normalise_header(h) not in used]

    def missing_required(self) -> list[str]:
        """Required fields with neither a column nor a default (code is made up if missing)."""
        return [
            f.key
            for f in self.fields()
            if f.required
            and f.key != "code"
            and f.key not in self.columns
            and f.key not in self.defaults
        ]

    def validate(self) -> None:
        for key in [*self.columns, *self.scale, *self.defaults]:
            self.field(key)
        if self.date_order not in DAY_MONTH_ORDERS:
            raise MappingError(
                translate(
                    "ImportMapping", "date_order must be one of {choices}, not {value}."
                ).format(choices=", ".join(DAY_MONTH_ORDERS), value=repr(self.date_order))
            )
        if self.single_date not in ("unscheduled", "same_quarter"):
            raise MappingError(
                translate(
                    "ImportMapping",
                    "single_date must be 'unscheduled' or 'same_quarter', not {value}.",
                ).format(value=repr(self.single_date))
            )
        for kind in self.create_missing:
            if kind not in CREATABLE:
                raise MappingError(
                    translate(
                        "ImportMapping", "create_missing can name {choices}, not {value}."
                    ).format(choices=", ".join(CREATABLE), value=repr(kind))
                )
        if self.unknown is not None and self.unknown not in UNKNOWN_POLICIES:
            raise MappingError(
                translate("ImportMapping", "unknown must be one of {choices}, not {value}.").format(
                    choices=", ".join(UNKNOWN_POLICIES), value=repr(self.unknown)
                )
            )
        for kind, choices in self.names.items():
            if kind not in CREATABLE:
                raise MappingError(
                    translate(
                        "ImportMapping", "names can be chosen for {choices}, not {value}."
                    ).format(choices=", ".join(CREATABLE), value=repr(kind))
                )
            for name, choice in choices.items():
                if choice not in ("create", "empty") and not (
                    choice.startswith("match:") and choice[6:].strip()
                ):
                    raise MappingError(
                        translate(
                            "ImportMapping",
                            "The choice for {name} must be create, empty or match:CODE, not "
                            "{value}.",
                        ).format(name=repr(name), value=repr(choice))
                    )
        if self.currency is not None and not re.fullmatch(r"[A-Z]{3}", self.currency):
            raise MappingError(
                translate(
                    "ImportMapping",
                    "currency must be a three-letter code such as GBP, not {value}.",
                ).format(value=repr(self.currency))
            )
        for key, factor in self.scale.items():
            if not isinstance(factor, int | float) or isinstance(factor, bool) or factor <= 0:
                raise MappingError(
                    translate(
                        "ImportMapping", "scale for {key} must be a positive number, not {value}."
                    ).format(key=key, value=repr(factor))
                )
        missing = self.missing_required()
        if missing:
            labels = ", ".join(field_name(key) for key in missing)
            kind = plural_label(self.kind, 1)
            count = len(missing)
            raise MappingError(
                translate(
                    "ImportMapping",
                    "No column is mapped to {fields}; a {kind} needs %n field(s).",
                    None,
                    count,
                ).format(fields=labels, kind=kind)
            )

    # -- JSON -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "kind": KINDS[self.kind].plural,
            "columns": dict(self.columns),
            "scale": dict(self.scale),
            "defaults": dict(self.defaults),
            "sheet": self.sheet,
            "header_row": self.header_row,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "date_order": self.date_order,
            "create_missing": list(self.create_missing),
            "unknown": self.unknown,
            "names": {k: dict(v) for k, v in self.names.items()},
            "currency": self.currency,
            "single_date": self.single_date,
            "code_prefix": self.code_prefix,
        }

    @classmethod
    def from_dict(cls, data: Any, source: str | None = None) -> Mapping:
        """A mapping from its JSON; ``source`` names it in messages (default "the mapping")."""
        source = source or translate("ImportMapping", "the mapping")
        if not isinstance(data, dict):
            raise MappingError(
                translate(
                    "ImportMapping", "{source} is not a mapping (expected a JSON object)."
                ).format(source=source)
            )
        if data.get("format") != MAPPING_FORMAT:
            raise MappingError(
                translate(
                    "ImportMapping",
                    '{source} is not a StratPlanner mapping (format must be "{format}").',
                ).format(source=source, format=MAPPING_FORMAT)
            )
        if data.get("version") != MAPPING_VERSION:
            raise MappingError(
                translate(
                    "ImportMapping",
                    "{source} has mapping version {version}; this StratPlanner reads {known}.",
                ).format(source=source, version=repr(data.get("version")), known=MAPPING_VERSION)
            )
        known = set(cls(kind="item").to_dict())
        unknown = sorted(set(data) - known)
        if unknown:
            raise MappingError(
                translate("ImportMapping", "{source} has unknown keys: {keys}.").format(
                    source=source, keys=", ".join(unknown)
                )
            )
        if not isinstance(data.get("kind"), str):
            raise MappingError(
                translate(
                    "ImportMapping", '{source} must name the kind of record (e.g. "items").'
                ).format(source=source)
            )
        for key in ("columns", "scale", "defaults"):
            if not isinstance(data.get(key, {}), dict):
                raise MappingError(
                    translate("ImportMapping", "{source}: {key} must be an object.").format(
                        source=source, key=key
                    )
                )
        if not isinstance(data.get("create_missing", []), list):
            raise MappingError(
                translate("ImportMapping", "{source}: create_missing must be a list.").format(
                    source=source
                )
            )
        names = data.get("names") or {}
        if not isinstance(names, dict) or not all(isinstance(v, dict) for v in names.values()):
            raise MappingError(
                translate(
                    "ImportMapping", "{source}: names must map a kind to an object of name: choice."
                ).format(source=source)
            )
        mapping = cls(
            kind=data["kind"],
            columns={str(k): str(v) for k, v in (data.get("columns") or {}).items()},
            scale={str(k): v for k, v in (data.get("scale") or {}).items()},
            defaults={str(k): str(v) for k, v in (data.get("defaults") or {}).items()},
            sheet=data.get("sheet"),
            header_row=data.get("header_row"),
            encoding=data.get("encoding"),
            delimiter=data.get("delimiter"),
            date_order=data.get("date_order", "auto"),
            create_missing=[str(k) for k in data.get("create_missing") or []],
            unknown=data.get("unknown"),
            names={str(k): {str(n): str(c) for n, c in v.items()} for k, v in names.items()},
            currency=data.get("currency"),
            single_date=data.get("single_date", "unscheduled"),
            code_prefix=data.get("code_prefix"),
        )
        if mapping.header_row is not None and (
            not isinstance(mapping.header_row, int) or mapping.header_row < 1
        ):
            raise MappingError(
                translate(
                    "ImportMapping", "{source}: header_row must be a row number (1 or more)."
                ).format(source=source)
            )
        if mapping.delimiter is not None and mapping.delimiter not in (",", ";", "\t", "|"):
            raise MappingError(
                translate("ImportMapping", "{source}: delimiter must be one of , ; tab |.").format(
                    source=source
                )
            )
        for key in [*mapping.columns, *mapping.scale, *mapping.defaults]:
            mapping.field(key)
        return mapping

    def save(self, path: str | os.PathLike[str]) -> Path:
        from stratplanner.io.plan_json import write_text_atomically

        target = Path(path)
        write_text_atomically(
            target, json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        )
        return target

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Mapping:
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise MappingError(
                translate("ImportMapping", "There is no mapping file at {path}.").format(
                    path=source
                )
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise MappingError(
                translate("ImportMapping", "The mapping {path} can't be read: {error}.").format(
                    path=source, error=exc
                )
            ) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MappingError(
                translate(
                    "ImportMapping", "The mapping {path} is not valid JSON (line {line}: {error})."
                ).format(path=source, line=exc.lineno, error=exc.msg)
            ) from None
        return cls.from_dict(data, source.name)


# -- guessing --------------------------------------------------------------------------


def value_parses(spec: FieldSpec, value: Any) -> bool:
    """Would this cell be read as the field (ignoring references, which need the plan)?"""
    try:
        ftype = spec.ftype
        if ftype.startswith("enum:"):
            parse_choice(value, ENUMS[ftype[5:]], ftype[5:])
        elif ftype == "quarter":
            parse_quarter(value)
        elif ftype == "date":
            parse_date(value)
        elif ftype in ("number", "opt_number"):
            (parse_money if spec.is_money else parse_number)(value)
        elif ftype == "int":
            parse_strength(value) if spec.key == "strength" else parse_int(value)
        elif ftype == "bool":
            parse_bool(value)
    except (CellError, KeyError):
        return False
    return True


_TYPED = ("enum:", "quarter", "date", "number", "opt_number", "int", "bool")


def _match_score(header: str, synonyms: list[str]) -> int:
    """How well a header fits a field: exact synonym > whole-word phrase in the header."""
    full = normalise_header(header)
    bare = header_without_notes(header) or full
    best = 0
    for rank, synonym in enumerate(synonyms):
        exact_only = synonym.startswith("=")
        word = synonym.lstrip("=")
        if not word:
            continue
        if word in (bare, full):
            best = max(best, 1000 - rank)
            continue
        if exact_only:
            continue
        padded = f" {word} "
        if padded in f" {bare} ":
            best = max(best, 500 + 20 * len(word.split()) - rank)
        elif padded in f" {full} ":
            best = max(best, 200 + 20 * len(word.split()) - rank)
    return best


#: Words that mark an earlier or a later version of the same column
#: ("originalBudget" / "latestBudget", "Baseline cost" / "Forecast cost").
_EARLIER_WORDS = frozenset({"original", "initial", "baseline"})
_LATER_WORDS = frozenset({"latest", "current", "revised", "forecast", "updated"})


def _version_of(header: str) -> tuple[str, int]:
    """The header without its version words, and -1 (earlier), 1 (later) or 0 (neither/both)."""
    words = normalise_header(header).split()
    stem = " ".join(w for w in words if w not in _EARLIER_WORDS and w not in _LATER_WORDS)
    earlier = any(w in _EARLIER_WORDS for w in words)
    later = any(w in _LATER_WORDS for w in words)
    return stem, (later and not earlier) - (earlier and not later)


def later_versions(headers: list[str]) -> dict[int, int]:
    """Column index of an earlier version (original, initial, baseline) → its later one's
    (latest, current, revised, forecast, updated), for columns that differ only by that word."""
    later: dict[str, int] = {}
    earlier: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        stem, version = _version_of(header)
        if not stem:
            continue
        if version > 0:
            later.setdefault(stem, index)
        elif version < 0:
            earlier.setdefault(stem, []).append(index)
    return {i: later[stem] for stem, found in earlier.items() if stem in later for i in found}


def version_notes(headers: list[str], mapping: Mapping) -> list[str]:
    """Say which version a field was read from when the file holds another one."""
    pairs = later_versions(headers)
    used = {normalise_header(h): key for key, h in mapping.columns.items()}
    notes: list[str] = []
    labels = {spec.key: spec.label for spec in mapping.fields()}
    for old, new in pairs.items():
        old_key = used.get(normalise_header(headers[old]))
        new_key = used.get(normalise_header(headers[new]))
        if new_key is not None and old_key is None:
            notes.append(
                translate(
                    "ImportMapping",
                    "{field} is read from {later}, the later version; {earlier} (the earlier one) "
                    "was not imported.",
                ).format(
                    field=upper_first(labels[new_key]),
                    later=repr(headers[new]),
                    earlier=repr(headers[old]),
                )
            )
        elif old_key is not None and new_key is None:
            notes.append(
                translate(
                    "ImportMapping",
                    "{field} is read from {earlier}, though the file also has a later version, "
                    "{later}, which was not imported.",
                ).format(
                    field=upper_first(labels[old_key]),
                    earlier=repr(headers[old]),
                    later=repr(headers[new]),
                )
            )
    return notes


def guess_mapping(
    headers: list[str],
    kind: str,
    sample: list[list[Any]] | None = None,
) -> Mapping:
    """A first mapping from the headers (and a sample of rows, to check typed columns)."""
    mapping = Mapping(kind=kind)
    kind_name = mapping.kind
    specs = mapping.fields()
    offered: dict[int, dict[str, int]] = {}  # column index → field key → score
    for index, header in enumerate(headers):
        if header.strip().endswith(ANALYSIS_SUFFIX):
            continue
        scores = [
            (_match_score(header, synonyms_for(kind_name, spec.key)), spec.key) for spec in specs
        ]
        top = max((score for score, _key in scores), default=0)
        # A column is offered only to the field(s) it fits best: "SRO Delivery Confidence"
        # is about risk, not the sponsor.
        offered[index] = {key: score for score, key in scores if score and score == top}
    # Of an original and a latest version of a column, the latest goes first: it fits no
    # worse, and the earlier one falls behind it (originalBudget → latestBudget).
    candidates: list[tuple[int, int, int, str]] = []  # (score, version, -column, field key)
    pairs = later_versions(headers)
    for index, fields in offered.items():
        later = pairs.get(index)
        for key, score in fields.items():
            rival = offered.get(later, {}).get(key) if later is not None else None
            if rival is not None:
                candidates.append((min(score, rival), -1, -index, key))
            elif index in pairs.values():
                candidates.append((score, 1, -index, key))
            else:
                candidates.append((score, 0, -index, key))
    candidates.sort(reverse=True)
    by_key = {s.key: s for s in specs}
    used_columns: set[int] = set()
    for _score, _version, neg_index, key in candidates:
        index = -neg_index
        if key in mapping.columns or index in used_columns:
            continue
        spec = by_key[key]
        if key == "annual_value" and is_whole_life(headers[index]):
            continue  # a whole-life total is not a yearly value (prepare_import says so)
        if sample and spec.ftype.startswith(_TYPED):
            values = [row[index] for row in sample if index < len(row) and not is_blank(row[index])]
            if len(values) >= 3:
                good = sum(1 for v in values if value_parses(spec, v))
                if good * 2 < len(values):
                    continue
        mapping.columns[key] = headers[index]
        used_columns.add(index)
        if spec.is_money:
            factor = scale_from_header(headers[index])
            if factor != 1.0:
                mapping.scale[key] = factor
    return mapping


__all__ = [
    "CREATABLE",
    "FIELD_LABELS",
    "SYNONYMS",
    "UNKNOWN_POLICIES",
    "FieldSpec",
    "Mapping",
    "MappingError",
    "counted_label",
    "field_label",
    "field_name",
    "fields_of",
    "guess_mapping",
    "kind_named",
    "later_versions",
    "plural_label",
    "synonyms_for",
    "upper_first",
    "value_parses",
    "version_notes",
]
