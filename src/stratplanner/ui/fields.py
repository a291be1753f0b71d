"""How each field of each kind of record is shown, sorted, searched and edited.

One description per field serves the tables, their delegates and the
details panel, so a status looks and edits the same everywhere. Plain
Python (no Qt): values in, text and command changes out.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from stratplanner.analysis.figures import ANNUAL_VALUE_MEANING, CAPEX_MEANING, OPEX_MEANING
from stratplanner.commands import Command, SetLink, UpdateRecord, UpdateSettings
from stratplanner.commands.partnership import ITEM_ROLE_COLUMNS, UpdateItem
from stratplanner.model.values import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    STRENGTH_LABELS,
    Quarter,
    QuarterError,
)
from stratplanner.snapshot import PlanSnapshot

RISK_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}
SIDE_LABELS = {"business": "Business", "it": "IT"}
LINK_LABELS = {0: "Not linked", **{k: v.capitalize() for k, v in STRENGTH_LABELS.items()}}
NONE_LABEL = "—"


class InputError(ValueError):
    """What was typed can't be a value of the field; the text says why."""


def money_text(value: float) -> str:
    return f"{value:,.0f}"


def short_money(value: float, currency: str) -> str:
    """'USD 12.4 m' for key figures."""
    if abs(value) >= 1e9:
        return f"{currency} {value / 1e9:,.2f} bn"
    if abs(value) >= 1e6:
        return f"{currency} {value / 1e6:,.1f} m"
    return f"{currency} {value:,.0f}"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


# -- references to other records -------------------------------------------------------


def ref_text(snap: PlanSnapshot, ref: str, record_id: int | None) -> str:
    if record_id is None:
        return ""
    if ref == "person":
        person = snap.person_by_id.get(record_id)
        if person is None:
            return ""
        return person.name if person.active else f"{person.name} (left)"
    if ref == "business_unit":
        unit = snap.business_unit_by_id.get(record_id)
        return unit.name if unit else ""
    if ref == "team":
        team = snap.team_by_id.get(record_id)
        return team.name if team else ""
    if ref == "objective":
        obj = snap.objective_by_id.get(record_id)
        return f"{obj.code} — {obj.title}" if obj else ""
    if ref == "item":
        item = snap.item_by_id.get(record_id)
        return f"{item.code} — {item.title}" if item else ""
    raise KeyError(ref)


_choice_cache: weakref.WeakKeyDictionary[PlanSnapshot, dict[str, list[tuple[str, Any]]]] = (
    weakref.WeakKeyDictionary()
)


def ref_choices(snap: PlanSnapshot, ref: str) -> list[tuple[str, Any]]:
    """(label, id) for every record a reference may point at, in the order a user scans."""
    cache = _choice_cache.setdefault(snap, {})
    if ref not in cache:
        if ref == "person":
            people = sorted(snap.people, key=lambda p: (not p.active, p.name.casefold()))
            cache[ref] = [
                (f"{p.name} — {p.role}" if p.role else p.name, p.id)
                if p.active
                else (f"{p.name} (left)", p.id)
                for p in people
            ]
        elif ref == "business_unit":
            cache[ref] = [
                (u.name, u.id) for u in sorted(snap.business_units, key=lambda u: u.name.casefold())
            ]
        elif ref == "team":
            cache[ref] = [
                (t.name, t.id) for t in sorted(snap.teams, key=lambda t: t.name.casefold())
            ]
        elif ref == "objective":
            cache[ref] = [(f"{o.code} — {o.title}", o.id) for o in objectives_in_tree_order(snap)]
        elif ref == "item":
            cache[ref] = [(f"{i.code} — {i.title}", i.id) for i in snap.items]
        elif ref == "subject":
            cache[ref] = [
                (f"Objective {label}", ("objective", oid))
                for label, oid in ref_choices(snap, "objective")
            ] + [(f"Item {label}", ("item", iid)) for label, iid in ref_choices(snap, "item")]
        else:
            raise KeyError(ref)
    return cache[ref]


def objectives_in_tree_order(snap: PlanSnapshot) -> list[Any]:
    """Themes followed by their objectives, depth first, as the tree shows them."""
    out: list[Any] = []
    children = snap.children_by_objective

    def walk(parent: int | None) -> None:
        for obj in children.get(parent, ()):
            out.append(obj)
            walk(obj.id)

    walk(None)
    return out


# -- fields ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One column of a table and one row of the details form."""

    name: str
    label: str
    editor: str = (
        "text"  # text code multiline choice ref quarter money int float number bool readonly
    )
    width: int = 12  # typical characters, for the initial column width
    tooltip: str = ""
    optional: bool = False
    ref: str | None = None  # kind a "ref" field points at
    labels: dict[Any, str] = field(default_factory=dict)  # values of a "choice" field
    minimum: float = 0
    maximum: float = 1e12
    searchable: bool = False
    get: Callable[[PlanSnapshot, Any], Any] | None = None
    changes: Callable[[PlanSnapshot, Any, Any], dict[str, Any]] | None = None
    #: The record's fields (declared in model/kinds.py) it shows and edits; None: the one
    #: called ``name``; () for a figure worked out from other records (tests check them).
    columns: tuple[str, ...] | None = None

    @property
    def record_fields(self) -> tuple[str, ...]:
        return (self.name,) if self.columns is None else self.columns

    @property
    def editable(self) -> bool:
        return self.editor != "readonly"

    @property
    def numeric(self) -> bool:
        return self.editor in ("money", "int", "float", "number")

    def value(self, snap: PlanSnapshot, rec: Any) -> Any:
        return self.get(snap, rec) if self.get else getattr(rec, self.name)

    def text(self, snap: PlanSnapshot, rec: Any) -> str:
        return self.format(snap, self.value(snap, rec))

    def format(self, snap: PlanSnapshot, value: Any) -> str:
        if value is None:
            return ""
        if self.editor == "ref":
            if self.ref == "subject":
                kind, record_id = value
                return ref_text(snap, kind, record_id)
            return ref_text(snap, self.ref or "", value)
        if self.editor == "choice":
            return self.labels.get(value, str(value))
        if self.editor == "money":
            return money_text(value)
        if self.editor in ("float", "number"):
            return number_text(value)
        if self.editor == "bool":
            return "Yes" if value else "No"
        if self.editor == "multiline":
            return " ".join(str(value).split())
        return str(value)

    def sort_key(self, snap: PlanSnapshot, rec: Any) -> Any:
        value = self.value(snap, rec)
        if self.numeric:
            return (value is None, value or 0)
        if isinstance(value, Quarter):
            return (False, value.ordinal)
        if value is None and self.editor == "quarter":
            return (True, 0)
        if self.editor == "choice":
            return list(self.labels).index(value) if value in self.labels else len(self.labels)
        if self.editor == "bool":
            return bool(value)
        return self.format(snap, value).casefold()

    def sorter(self, snap: PlanSnapshot) -> Callable[[Any], Any]:
        """A key function for sorting many records by this field (same order as ``sort_key``)."""
        if self.get is not None:
            return lambda rec: self.sort_key(snap, rec)
        get = attrgetter(self.name)
        if self.editor in ("text", "code", "multiline"):
            return lambda rec: get(rec).casefold()
        if self.numeric or self.editor == "quarter":
            return lambda rec: (
                self.sort_key(snap, rec) if get(rec) is None else (False, _key(get(rec)))
            )
        if self.editor == "choice":
            order = {value: n for n, value in enumerate(self.labels)}
            last = len(order)
            return lambda rec: order.get(get(rec), last)
        if self.editor == "ref" and self.ref in ("person", "business_unit", "team", "objective"):
            names = {
                record_id: label.casefold() for label, record_id in ref_choices(snap, self.ref)
            }
            if self.ref == "person":  # as shown: a person who left reads "Name (left)"
                names = {p.id: ref_text(snap, "person", p.id).casefold() for p in snap.people}
            return lambda rec: names.get(get(rec), "")
        return lambda rec: self.sort_key(snap, rec)

    def header(self, snap: PlanSnapshot | None) -> str:
        if self.editor == "money" and snap is not None:
            return f"{self.label} ({snap.info.currency})"
        return self.label

    def changes_for(self, snap: PlanSnapshot, rec: Any, value: Any) -> dict[str, Any]:
        """The column changes that set this field to ``value`` ({} when nothing changes)."""
        if self.editor == "quarter" and isinstance(value, str):
            value = parse_quarter(value, self.label, optional=self.optional)
        if _same(self.value(snap, rec), value, self.editor):
            return {}
        if self.changes:
            return self.changes(snap, rec, value)
        return {self.name: value}


def _key(value: Any) -> Any:
    return value.ordinal if isinstance(value, Quarter) else value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(old: Any, new: Any, editor: str) -> bool:
    if _is_number(old) and _is_number(new):
        if editor == "money":
            return round(old) == round(new)
        return abs(old - new) < 1e-9
    return bool(old == new)


def parse_quarter(text: str, label: str, *, optional: bool) -> Quarter | None:
    text = text.strip()
    if not text or text == NONE_LABEL:
        if optional:
            return None
        raise InputError(f"{label}: a quarter is required, such as 2027-Q1.")
    try:
        return Quarter.parse(text.upper().replace(" ", ""))
    except QuarterError as exc:
        raise InputError(f"{label}: {exc}.") from None


def parse_number(text: str, label: str, *, optional: bool) -> float | None:
    cleaned = text.strip().replace(",", "").replace("_", "")
    if not cleaned:
        if optional:
            return None
        raise InputError(f"{label}: a number is required.")
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(f"{label}: {text.strip()!r} is not a number.") from None
    if not math.isfinite(value):
        raise InputError(f"{label}: {text.strip()!r} is not a number.")
    return value


# -- field-specific edits ----------------------------------------------------------------


def _schedule_start(snap: PlanSnapshot, rec: Any, value: Any) -> dict[str, Any]:
    if value is None:
        return {"start": None, "end": None}
    if rec.end is None:
        return {"start": value, "end": value}
    return {"start": value}


def _schedule_end(snap: PlanSnapshot, rec: Any, value: Any) -> dict[str, Any]:
    if value is None:
        return {"start": None, "end": None}
    if rec.start is None:
        return {"start": value, "end": value}
    return {"end": value}


def _kpi_subject(snap: PlanSnapshot, rec: Any) -> tuple[str, int]:
    return (
        ("objective", rec.objective_id) if rec.objective_id is not None else ("item", rec.item_id)
    )


def _kpi_subject_changes(snap: PlanSnapshot, rec: Any, value: Any) -> dict[str, Any]:
    kind, record_id = value
    return {
        "objective_id": record_id if kind == "objective" else None,
        "item_id": record_id if kind == "item" else None,
    }


def kpi_progress(rec: Any) -> float | None:
    """Share of the way from baseline to target the actual has come (0-1, may pass 1)."""
    if rec.baseline is None or rec.target is None or rec.actual is None:
        return None
    span = rec.target - rec.baseline
    if span == 0:
        return None
    return (rec.actual - rec.baseline) / span


def _progress_text(snap: PlanSnapshot, rec: Any) -> float | None:
    progress = kpi_progress(rec)
    return None if progress is None else round(progress * 100)


def item_objective_count(snap: PlanSnapshot, rec: Any) -> int:
    return len(snap.links_by_item.get(rec.id, ()))


def _code(tooltip: str) -> Field:
    return Field("code", "Code", "code", 14, tooltip, searchable=True)


ITEM_FIELDS = [
    _code("The item's short unique code, used in files and reports"),
    Field("title", "Title", "text", 30, "What the item delivers, in a few words", searchable=True),
    Field("status", "Status", "choice", 10, labels={k.value: v for k, v in STATUS_LABELS.items()}),
    Field(
        "category",
        "Category",
        "choice",
        9,
        "Run keeps the lights on, Grow extends the business, Transform changes it",
        labels={k.value: v for k, v in CATEGORY_LABELS.items()},
    ),
    Field(
        "start",
        "Start",
        "quarter",
        8,
        "First quarter of work",
        optional=True,
        changes=_schedule_start,
    ),
    Field("end", "End", "quarter", 8, "Last quarter of work", optional=True, changes=_schedule_end),
    Field("capex", "Capex", "money", 11, CAPEX_MEANING.capitalize()),
    Field("opex", "Opex", "money", 11, OPEX_MEANING.capitalize()),
    Field("annual_value", "Annual value", "money", 12, ANNUAL_VALUE_MEANING.capitalize()),
    Field("business_unit_id", "Business unit", "ref", 13, optional=True, ref="business_unit"),
    Field(
        "sponsor_id",
        "Sponsor",
        "ref",
        15,
        "Business sponsor who owns the benefit",
        optional=True,
        ref="person",
    ),
    Field("champion_id", "Champion", "ref", 15, "Business champion", optional=True, ref="person"),
    Field(
        "it_owner_id",
        "IT owner",
        "ref",
        15,
        "IT lead accountable for delivery",
        optional=True,
        ref="person",
    ),
    Field("risk", "Risk", "choice", 8, "Delivery risk", labels=RISK_LABELS),
    Field(
        "mandatory",
        "Mandatory",
        "bool",
        7,
        "Must be done (regulation, end of support) whatever its score",
    ),
    Field(
        "cost_of_delay",
        "Cost of delay",
        "number",
        9,
        "WSJF: value lost per quarter of waiting (relative points)",
        optional=True,
    ),
    Field("job_size", "Job size", "number", 7, "WSJF: relative size of the work", optional=True),
    Field(
        "objectives",
        "Objectives",
        "readonly",
        9,
        "Number of objectives this item supports (edit in Alignment)",
        get=item_objective_count,
        columns=(),
    ),
    Field("description", "Description", "multiline", 36, searchable=True),
    Field(
        "value_statement",
        "Value statement",
        "multiline",
        36,
        "The benefit, as the sponsor would say it",
    ),
]

OBJECTIVE_FIELDS = [
    _code("The objective's short unique code"),
    Field("title", "Title", "text", 32, searchable=True),
    Field(
        "parent_id",
        "Theme",
        "ref",
        24,
        "The theme this objective belongs to",
        optional=True,
        ref="objective",
    ),
    Field("owner_id", "Owner", "ref", 15, "Business owner", optional=True, ref="person"),
    Field("business_unit_id", "Business unit", "ref", 13, optional=True, ref="business_unit"),
    Field(
        "weight", "Weight", "int", 6, "Importance from 1 (low) to 5 (high)", minimum=1, maximum=5
    ),
    Field("target", "Target", "quarter", 8, "Quarter by which it should be met", optional=True),
    Field("description", "Description", "multiline", 36, searchable=True),
]

PERSON_FIELDS = [
    _code("A short unique code, e.g. initials"),
    Field("name", "Name", "text", 18, searchable=True),
    Field("role", "Role", "text", 24, searchable=True),
    Field("side", "Side", "choice", 9, "Business or IT side", labels=SIDE_LABELS),
    Field(
        "business_unit_id",
        "Business unit",
        "ref",
        13,
        optional=True,
        ref="business_unit",
        searchable=True,
    ),
    Field("active", "Active", "bool", 6, "Unticked when the person has left the organisation"),
]

BUSINESS_UNIT_FIELDS = [
    _code("A short unique code"),
    Field("name", "Name", "text", 24, searchable=True),
]

TEAM_FIELDS = [
    _code("A short unique code"),
    Field("name", "Name", "text", 24, searchable=True),
    Field(
        "capacity", "Capacity (FTE)", "float", 12, "People available per quarter", maximum=100000
    ),
]

DEMAND_FIELDS = [
    Field("item_id", "Roadmap item", "ref", 34, ref="item", searchable=True),
    Field("team_id", "Team", "ref", 18, ref="team", searchable=True),
    Field(
        "fte",
        "FTE",
        "float",
        7,
        "People of the team the item needs in each quarter it runs",
        minimum=0.01,
        maximum=100000,
    ),
]

KPI_FIELDS = [
    _code("A short unique code"),
    Field("name", "Name", "text", 28, searchable=True),
    Field(
        "subject",
        "Measures",
        "ref",
        30,
        "The objective or item this KPI measures",
        ref="subject",
        get=_kpi_subject,
        changes=_kpi_subject_changes,
        columns=("objective_id", "item_id"),
    ),
    Field("unit", "Unit", "text", 6),
    Field("baseline", "Baseline", "number", 9, optional=True),
    Field("target", "Target", "number", 9, optional=True),
    Field("actual", "Actual", "number", 9, optional=True),
    Field(
        "higher_is_better", "Higher is better", "bool", 6, "Ticked when a higher value is better"
    ),
    Field(
        "progress",
        "Progress %",
        "readonly",
        9,
        "Share of the way from baseline to target",
        get=_progress_text,
        columns=(),
    ),
]

MILESTONE_FIELDS = [
    Field("item_id", "Roadmap item", "ref", 34, ref="item", searchable=True),
    Field("title", "Milestone", "text", 34, searchable=True),
    Field("quarter", "Quarter", "quarter", 8),
]

LINK_FIELDS = [
    Field(
        "objective_id",
        "Objective",
        "readonly",
        30,
        get=lambda s, r: ref_text(s, "objective", r.objective_id),
    ),
    Field(
        "item_id", "Roadmap item", "readonly", 30, get=lambda s, r: ref_text(s, "item", r.item_id)
    ),
    Field(
        "strength",
        "Strength",
        "choice",
        10,
        "How strongly the item serves the objective",
        labels=LINK_LABELS,
    ),
    Field("rationale", "Rationale", "multiline", 40, "Why the item serves the objective"),
]

SETTINGS_FIELDS = [
    Field("title", "Plan title", "text", 30),
    Field("organization", "Organisation", "text", 30),
    Field("currency", "Currency", "code", 6, "Currency code for all amounts, e.g. USD or EUR"),
    Field("start", "First quarter", "quarter", 8, "Start of the planning horizon"),
    Field(
        "quarters", "Quarters", "int", 6, "Length of the horizon in quarters", minimum=1, maximum=40
    ),
]

FIELDS: dict[str, list[Field]] = {
    "item": ITEM_FIELDS,
    "objective": OBJECTIVE_FIELDS,
    "person": PERSON_FIELDS,
    "business_unit": BUSINESS_UNIT_FIELDS,
    "team": TEAM_FIELDS,
    "demand": DEMAND_FIELDS,
    "kpi": KPI_FIELDS,
    "milestone": MILESTONE_FIELDS,
    "link": LINK_FIELDS,
    "settings": SETTINGS_FIELDS,
}

KIND_TITLES = {
    "item": "Roadmap item",
    "objective": "Objective",
    "person": "Person",
    "business_unit": "Business unit",
    "team": "Team",
    "demand": "Team demand",
    "kpi": "KPI",
    "milestone": "Milestone",
    "link": "Alignment link",
    "process": "Business process",
    "application": "Application",
    "settings": "Plan settings",
}


def command_for(kind: str, rec: Any, changes: dict[str, Any], *, reason: str = "") -> Command:
    """The command that applies ``changes`` to ``rec``; a roadmap item's new sponsor, champion
    or IT owner is kept in the sponsor history (with ``reason``)."""
    if kind == "settings":
        return UpdateSettings(changes)
    if kind == "link":
        strength = changes.get("strength", rec.strength)
        rationale = changes.get("rationale")
        return SetLink(rec.objective_id, rec.item_id, strength, rationale)
    if kind == "item" and not ITEM_ROLE_COLUMNS.keys().isdisjoint(changes):
        return UpdateItem(rec.id, changes, reason=reason)
    return UpdateRecord(kind, rec.id, changes)


def record_title(snap: PlanSnapshot, kind: str, rec: Any) -> str:
    """'CRM-01 CRM consolidation', 'Margaret Ellison', for headings and messages."""
    if kind == "settings":
        return rec.title
    if kind == "link":
        item_text, objective_text = (
            ref_text(snap, "item", rec.item_id),
            ref_text(snap, "objective", rec.objective_id),
        )
        return f"{item_text} → {objective_text}"
    if kind == "demand":
        item = snap.item_by_id.get(rec.item_id)
        return f"{item.code if item else '?'} needs {ref_text(snap, 'team', rec.team_id)}"
    if kind == "milestone":
        item = snap.item_by_id.get(rec.item_id)
        return f"{item.code if item else '?'}: {rec.title}"
    if kind in ("person", "team", "business_unit", "kpi"):
        return rec.name
    return f"{rec.code} {rec.title}"


def search_text(snap: PlanSnapshot, kind: str, rec: Any) -> str:
    """Lower-cased text the filter box searches for this record."""
    return searcher(kind)(snap, rec)


def searcher(kind: str) -> Callable[[PlanSnapshot, Any], str]:
    """A fast ``search_text`` for one kind: plain text fields are read directly."""
    fields = [f for f in FIELDS[kind] if f.searchable]
    if all(f.editor in ("text", "code", "multiline") and f.get is None for f in fields):
        names = [f.name for f in fields]
        if len(names) == 1:
            get_one = attrgetter(names[0])
            return lambda snap, rec: get_one(rec).casefold()
        get_all = attrgetter(*names)
        return lambda snap, rec: "\x1f".join(get_all(rec)).casefold()
    return lambda snap, rec: "\x1f".join(f.text(snap, rec) for f in fields).casefold()
