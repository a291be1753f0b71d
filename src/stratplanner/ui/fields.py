"""How each field of each kind of record is shown, sorted, searched and edited.

One description per field serves the tables, their delegates and the
details panel, so a status looks and edits the same everywhere. Plain
Python (no Qt): values in, text and command changes out.

Labels, tooltips and choice labels are declared in English (marked for the "Fields"
catalogue) and shown in the user's language: ``Field.label``, ``Field.tooltip`` and
``Field.labels`` translate; numbers are written and read with the language's separators.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from stratplanner.commands import Command, SetLink, UpdateRecord, UpdateSettings
from stratplanner.commands.partnership import ITEM_ROLE_COLUMNS, UpdateItem
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_money, format_number, translate
from stratplanner.model.values import Category, Quarter, QuarterError, Status
from stratplanner.snapshot import PlanSnapshot

#: The words of the choice fields, in English (model/values.py's STATUS_LABELS and
#: CATEGORY_LABELS, STRENGTH_LABELS capitalised; tests/ui/test_shell_language.py compares).
STATUS_CHOICES = {
    Status.PROPOSED.value: QT_TRANSLATE_NOOP("Fields", "Proposed"),
    Status.APPROVED.value: QT_TRANSLATE_NOOP("Fields", "Approved"),
    Status.IN_PROGRESS.value: QT_TRANSLATE_NOOP("Fields", "In progress"),
    Status.DONE.value: QT_TRANSLATE_NOOP("Fields", "Done"),
    Status.ON_HOLD.value: QT_TRANSLATE_NOOP("Fields", "On hold"),
    Status.CANCELLED.value: QT_TRANSLATE_NOOP("Fields", "Cancelled"),
}
CATEGORY_CHOICES = {
    Category.RUN.value: QT_TRANSLATE_NOOP("Fields", "Run"),
    Category.GROW.value: QT_TRANSLATE_NOOP("Fields", "Grow"),
    Category.TRANSFORM.value: QT_TRANSLATE_NOOP("Fields", "Transform"),
}
RISK_LABELS = {
    "low": QT_TRANSLATE_NOOP("Fields", "Low"),
    "medium": QT_TRANSLATE_NOOP("Fields", "Medium"),
    "high": QT_TRANSLATE_NOOP("Fields", "High"),
}
SIDE_LABELS = {
    "business": QT_TRANSLATE_NOOP("Fields", "Business"),
    "it": QT_TRANSLATE_NOOP("Fields", "IT"),
}
#: A link's strength 0-3 in English; :func:`link_label` gives it in the user's language.
LINK_LABELS = {
    0: QT_TRANSLATE_NOOP("Fields", "Not linked"),
    1: QT_TRANSLATE_NOOP("Fields", "Weak"),
    2: QT_TRANSLATE_NOOP("Fields", "Moderate"),
    3: QT_TRANSLATE_NOOP("Fields", "Strong"),
}
NONE_LABEL = "—"


def link_label(strength: int) -> str:
    """'Strong' (3) … 'Not linked' (0) in the user's language."""
    return translate("Fields", LINK_LABELS[strength])


def strength_word(strength: int) -> str:
    """'strong', 'moderate', 'weak' (1-3) for the middle of a sentence, in the user's language."""
    words = {
        1: translate("Fields", "weak", "link strength in a sentence"),
        2: translate("Fields", "moderate", "link strength in a sentence"),
        3: translate("Fields", "strong", "link strength in a sentence"),
    }
    return words.get(strength, translate("Fields", "not linked", "link strength in a sentence"))


class InputError(ValueError):
    """What was typed can't be a value of the field; the text says why."""


def money_text(value: float) -> str:
    """A whole amount with the language's digit grouping: '1,234,567' ('1.234.567')."""
    return format_number(value, 0)


def short_money(value: float, currency: str) -> str:
    """'USD 12.4 m' for key figures ('12,4 Mio. USD' in German)."""
    return format_money(value, currency, short=True, thousands=False)


def number_text(value: float | None) -> str:
    """'1,234.5' ('1.234,5'): at most two decimals, none when whole."""
    if value is None:
        return ""
    if value == int(value):
        return format_number(int(value))
    text = format_number(value, 2)
    return text.rstrip("0").rstrip(_separators()[0])


def _separators() -> tuple[str, str]:
    """The language's decimal separator and digit grouping: ('.', ',') in English."""
    sample = format_number(1234.5, 1)  # '1,234.5' / '1.234,5'
    return sample[-2], sample[1] if not sample[1].isdigit() else ""


def plain_number(text: str) -> str:
    """What was typed, as Python reads a number: '1.234,5' -> '1234.5' in German, '1,234.5'
    -> '1234.5' in English; spaces, underscores and digit grouping go."""
    decimal, group = _separators()
    text = re.sub(r"[\s_'\u00a0\u202f]", "", text)
    if decimal == ".":
        return text.replace(group, "") if group else text
    if decimal in text:
        return (
            text.replace(group, "").replace(decimal, ".") if group else text.replace(decimal, ".")
        )
    if group == "." and re.fullmatch(r"[^\d.]*\d{1,3}(\.\d{3})+[^\d.]*", text):
        return text.replace(".", "")  # '400.000': thousands; '0.4' stays a decimal point
    return text


# -- references to other records -------------------------------------------------------


def left_name(name: str) -> str:
    """A person who has left the organisation: 'Ann Lee (left)'."""
    return translate("Fields", "{name} (left)").format(name=name)


def ref_text(snap: PlanSnapshot, ref: str, record_id: int | None) -> str:
    if record_id is None:
        return ""
    if ref == "person":
        person = snap.person_by_id.get(record_id)
        if person is None:
            return ""
        return person.name if person.active else left_name(person.name)
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
                else (left_name(p.name), p.id)
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
            objective = translate("Fields", "Objective {label}")
            item = translate("Fields", "Item {label}")
            cache[ref] = [
                (objective.format(label=label), ("objective", oid))
                for label, oid in ref_choices(snap, "objective")
            ] + [
                (item.format(label=label), ("item", iid))
                for label, iid in ref_choices(snap, "item")
            ]
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
    """One column of a table and one row of the details form.

    ``english_label``, ``english_tooltip`` and ``choices`` are the English source (marked with
    ``QT_TRANSLATE_NOOP("Fields", …)``); ``label``, ``tooltip`` and ``labels`` are what the
    user reads, in their language."""

    name: str
    english_label: str
    editor: str = (
        "text"  # text code multiline choice ref quarter money int float number bool readonly
    )
    width: int = 12  # typical characters, for the initial column width
    english_tooltip: str = ""
    optional: bool = False
    ref: str | None = None  # kind a "ref" field points at
    choices: dict[Any, str] = field(default_factory=dict)  # values of a "choice" field
    minimum: float = 0
    maximum: float = 1e12
    searchable: bool = False
    get: Callable[[PlanSnapshot, Any], Any] | None = None
    changes: Callable[[PlanSnapshot, Any, Any], dict[str, Any]] | None = None
    #: The record's fields (declared in model/kinds.py) it shows and edits; None: the one
    #: called ``name``; () for a figure worked out from other records (tests check them).
    columns: tuple[str, ...] | None = None
    #: The catalogue context its words are marked in: another one when the same English
    #: word needs another translation here (an objective's target is a quarter, a KPI's a
    #: value).
    context: str = "Fields"

    @property
    def label(self) -> str:
        """The column heading and form label in the user's language."""
        return translate(self.context, self.english_label)

    @property
    def tooltip(self) -> str:
        """What the field means, in the user's language ("" when it needs no words)."""
        return translate(self.context, self.english_tooltip) if self.english_tooltip else ""

    @property
    def labels(self) -> dict[Any, str]:
        """A choice field's values and their labels in the user's language, in list order."""
        return {value: translate(self.context, text) for value, text in self.choices.items()}

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
            text = self.choices.get(value)
            return str(value) if text is None else translate(self.context, text)
        if self.editor == "money":
            return money_text(value)
        if self.editor in ("float", "number"):
            return number_text(value)
        if self.editor == "bool":
            return translate("Fields", "Yes") if value else translate("Fields", "No")
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
            return list(self.choices).index(value) if value in self.choices else len(self.choices)
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
            order = {value: n for n, value in enumerate(self.choices)}
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
        raise InputError(
            translate("Fields", "{label}: a quarter is required, such as 2027-Q1.").format(
                label=label
            )
        )
    try:
        return Quarter.parse(text.upper().replace(" ", ""))
    except QuarterError as exc:
        raise InputError(
            translate("Fields", "{label}: {problem}.").format(label=label, problem=exc)
        ) from None


def parse_number(text: str, label: str, *, optional: bool) -> float | None:
    """A number as typed in the user's language ('1,234.5'; German '1.234,5')."""
    cleaned = plain_number(text.strip())
    if not cleaned:
        if optional:
            return None
        raise InputError(translate("Fields", "{label}: a number is required.").format(label=label))
    not_a_number = translate("Fields", "{label}: {text} is not a number.").format(
        label=label, text=repr(text.strip())
    )
    try:
        value = float(cleaned)
    except ValueError:
        raise InputError(not_a_number) from None
    if not math.isfinite(value):
        raise InputError(not_a_number)
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
    return Field("code", QT_TRANSLATE_NOOP("Fields", "Code"), "code", 14, tooltip, searchable=True)


ITEM_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "The item's short unique code, used in files and reports")),
    Field(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Title"),
        "text",
        30,
        QT_TRANSLATE_NOOP("Fields", "What the item delivers, in a few words"),
        searchable=True,
    ),
    Field("status", QT_TRANSLATE_NOOP("Fields", "Status"), "choice", 10, choices=STATUS_CHOICES),
    Field(
        "category",
        QT_TRANSLATE_NOOP("Fields", "Category"),
        "choice",
        9,
        QT_TRANSLATE_NOOP(
            "Fields", "Run keeps the lights on, Grow extends the business, Transform changes it"
        ),
        choices=CATEGORY_CHOICES,
    ),
    Field(
        "start",
        QT_TRANSLATE_NOOP("Fields", "Start"),
        "quarter",
        8,
        QT_TRANSLATE_NOOP("Fields", "First quarter of work"),
        optional=True,
        changes=_schedule_start,
    ),
    Field(
        "end",
        QT_TRANSLATE_NOOP("Fields", "End"),
        "quarter",
        8,
        QT_TRANSLATE_NOOP("Fields", "Last quarter of work"),
        optional=True,
        changes=_schedule_end,
    ),
    Field(
        "capex",
        QT_TRANSLATE_NOOP("Fields", "Capex"),
        "money",
        11,
        QT_TRANSLATE_NOOP("Fields", "One-off investment, a total for the item"),
    ),
    Field(
        "opex",
        QT_TRANSLATE_NOOP("Fields", "Opex"),
        "money",
        11,
        QT_TRANSLATE_NOOP(
            "Fields",
            "Running cost over the item's life in the plan, a total for the item (not a year)",
        ),
    ),
    Field(
        "annual_value",
        QT_TRANSLATE_NOOP("Fields", "Annual value"),
        "money",
        12,
        QT_TRANSLATE_NOOP("Fields", "Expected benefit a year once delivered"),
    ),
    Field(
        "business_unit_id",
        QT_TRANSLATE_NOOP("Fields", "Business unit"),
        "ref",
        13,
        optional=True,
        ref="business_unit",
    ),
    Field(
        "sponsor_id",
        QT_TRANSLATE_NOOP("Fields", "Sponsor"),
        "ref",
        15,
        QT_TRANSLATE_NOOP("Fields", "Business sponsor who owns the benefit"),
        optional=True,
        ref="person",
    ),
    Field(
        "champion_id",
        QT_TRANSLATE_NOOP("Fields", "Champion"),
        "ref",
        15,
        QT_TRANSLATE_NOOP("Fields", "Business champion"),
        optional=True,
        ref="person",
    ),
    Field(
        "it_owner_id",
        QT_TRANSLATE_NOOP("Fields", "IT owner"),
        "ref",
        15,
        QT_TRANSLATE_NOOP("Fields", "IT lead accountable for delivery"),
        optional=True,
        ref="person",
    ),
    Field(
        "risk",
        QT_TRANSLATE_NOOP("Fields", "Risk"),
        "choice",
        8,
        QT_TRANSLATE_NOOP("Fields", "Delivery risk"),
        choices=RISK_LABELS,
    ),
    Field(
        "mandatory",
        QT_TRANSLATE_NOOP("Fields", "Mandatory"),
        "bool",
        7,
        QT_TRANSLATE_NOOP("Fields", "Must be done (regulation, end of support) whatever its score"),
    ),
    Field(
        "cost_of_delay",
        QT_TRANSLATE_NOOP("Fields", "Cost of delay"),
        "number",
        9,
        QT_TRANSLATE_NOOP("Fields", "WSJF: value lost per quarter of waiting (relative points)"),
        optional=True,
    ),
    Field(
        "job_size",
        QT_TRANSLATE_NOOP("Fields", "Job size"),
        "number",
        7,
        QT_TRANSLATE_NOOP("Fields", "WSJF: relative size of the work"),
        optional=True,
    ),
    Field(
        "objectives",
        QT_TRANSLATE_NOOP("Fields", "Objectives"),
        "readonly",
        9,
        QT_TRANSLATE_NOOP("Fields", "Number of objectives this item supports (edit in Alignment)"),
        get=item_objective_count,
        columns=(),
    ),
    Field(
        "description", QT_TRANSLATE_NOOP("Fields", "Description"), "multiline", 36, searchable=True
    ),
    Field(
        "value_statement",
        QT_TRANSLATE_NOOP("Fields", "Value statement"),
        "multiline",
        36,
        QT_TRANSLATE_NOOP("Fields", "The benefit, as the sponsor would say it"),
    ),
]

OBJECTIVE_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "The objective's short unique code")),
    Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), "text", 32, searchable=True),
    Field(
        "parent_id",
        QT_TRANSLATE_NOOP("Fields", "Theme"),
        "ref",
        24,
        QT_TRANSLATE_NOOP("Fields", "The theme this objective belongs to"),
        optional=True,
        ref="objective",
    ),
    Field(
        "owner_id",
        QT_TRANSLATE_NOOP("Fields", "Owner"),
        "ref",
        15,
        QT_TRANSLATE_NOOP("Fields", "Business owner"),
        optional=True,
        ref="person",
    ),
    Field(
        "business_unit_id",
        QT_TRANSLATE_NOOP("Fields", "Business unit"),
        "ref",
        13,
        optional=True,
        ref="business_unit",
    ),
    Field(
        "weight",
        QT_TRANSLATE_NOOP("Fields", "Weight"),
        "int",
        6,
        QT_TRANSLATE_NOOP("Fields", "Importance from 1 (low) to 5 (high)"),
        minimum=1,
        maximum=5,
    ),
    Field(
        "target",
        QT_TRANSLATE_NOOP("ObjectiveFields", "Target"),
        "quarter",
        8,
        QT_TRANSLATE_NOOP("ObjectiveFields", "Quarter by which it should be met"),
        optional=True,
        context="ObjectiveFields",
    ),
    Field(
        "description", QT_TRANSLATE_NOOP("Fields", "Description"), "multiline", 36, searchable=True
    ),
]

PERSON_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "A short unique code, e.g. initials")),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), "text", 18, searchable=True),
    Field("role", QT_TRANSLATE_NOOP("Fields", "Role"), "text", 24, searchable=True),
    Field(
        "side",
        QT_TRANSLATE_NOOP("Fields", "Side"),
        "choice",
        9,
        QT_TRANSLATE_NOOP("Fields", "Business or IT side"),
        choices=SIDE_LABELS,
    ),
    Field(
        "business_unit_id",
        QT_TRANSLATE_NOOP("Fields", "Business unit"),
        "ref",
        13,
        optional=True,
        ref="business_unit",
        searchable=True,
    ),
    Field(
        "active",
        QT_TRANSLATE_NOOP("Fields", "Active"),
        "bool",
        6,
        QT_TRANSLATE_NOOP("Fields", "Unticked when the person has left the organisation"),
    ),
]

BUSINESS_UNIT_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "A short unique code")),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), "text", 24, searchable=True),
]

TEAM_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "A short unique code")),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), "text", 24, searchable=True),
    Field(
        "capacity",
        QT_TRANSLATE_NOOP("Fields", "Capacity (FTE)"),
        "float",
        12,
        QT_TRANSLATE_NOOP("Fields", "People available per quarter"),
        maximum=100000,
    ),
]

DEMAND_FIELDS = [
    Field(
        "item_id",
        QT_TRANSLATE_NOOP("Fields", "Roadmap item"),
        "ref",
        34,
        ref="item",
        searchable=True,
    ),
    Field("team_id", QT_TRANSLATE_NOOP("Fields", "Team"), "ref", 18, ref="team", searchable=True),
    Field(
        "fte",
        QT_TRANSLATE_NOOP("Fields", "FTE"),
        "float",
        7,
        QT_TRANSLATE_NOOP("Fields", "People of the team the item needs in each quarter it runs"),
        minimum=0.01,
        maximum=100000,
    ),
]

KPI_FIELDS = [
    _code(QT_TRANSLATE_NOOP("Fields", "A short unique code")),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), "text", 28, searchable=True),
    Field(
        "subject",
        QT_TRANSLATE_NOOP("Fields", "Measures"),
        "ref",
        30,
        QT_TRANSLATE_NOOP("Fields", "The objective or item this KPI measures"),
        ref="subject",
        get=_kpi_subject,
        changes=_kpi_subject_changes,
        columns=("objective_id", "item_id"),
    ),
    Field("unit", QT_TRANSLATE_NOOP("Fields", "Unit"), "text", 6),
    Field("baseline", QT_TRANSLATE_NOOP("Fields", "Baseline"), "number", 9, optional=True),
    Field("target", QT_TRANSLATE_NOOP("Fields", "Target"), "number", 9, optional=True),
    Field("actual", QT_TRANSLATE_NOOP("Fields", "Actual"), "number", 9, optional=True),
    Field(
        "higher_is_better",
        QT_TRANSLATE_NOOP("Fields", "Higher is better"),
        "bool",
        6,
        QT_TRANSLATE_NOOP("Fields", "Ticked when a higher value is better"),
    ),
    Field(
        "progress",
        QT_TRANSLATE_NOOP("Fields", "Progress %"),
        "readonly",
        9,
        QT_TRANSLATE_NOOP("Fields", "Share of the way from baseline to target"),
        get=_progress_text,
        columns=(),
    ),
]

MILESTONE_FIELDS = [
    Field(
        "item_id",
        QT_TRANSLATE_NOOP("Fields", "Roadmap item"),
        "ref",
        34,
        ref="item",
        searchable=True,
    ),
    Field("title", QT_TRANSLATE_NOOP("Fields", "Milestone"), "text", 34, searchable=True),
    Field("quarter", QT_TRANSLATE_NOOP("Fields", "Quarter"), "quarter", 8),
]

LINK_FIELDS = [
    Field(
        "objective_id",
        QT_TRANSLATE_NOOP("Fields", "Objective"),
        "readonly",
        30,
        get=lambda s, r: ref_text(s, "objective", r.objective_id),
    ),
    Field(
        "item_id",
        QT_TRANSLATE_NOOP("Fields", "Roadmap item"),
        "readonly",
        30,
        get=lambda s, r: ref_text(s, "item", r.item_id),
    ),
    Field(
        "strength",
        QT_TRANSLATE_NOOP("Fields", "Strength"),
        "choice",
        10,
        QT_TRANSLATE_NOOP("Fields", "How strongly the item serves the objective"),
        choices=LINK_LABELS,
    ),
    Field(
        "rationale",
        QT_TRANSLATE_NOOP("Fields", "Rationale"),
        "multiline",
        40,
        QT_TRANSLATE_NOOP("Fields", "Why the item serves the objective"),
    ),
]

SETTINGS_FIELDS = [
    Field("title", QT_TRANSLATE_NOOP("Fields", "Plan title"), "text", 30),
    Field("organization", QT_TRANSLATE_NOOP("Fields", "Organisation"), "text", 30),
    Field(
        "currency",
        QT_TRANSLATE_NOOP("Fields", "Currency"),
        "code",
        6,
        QT_TRANSLATE_NOOP("Fields", "Currency code for all amounts, e.g. USD or EUR"),
    ),
    Field(
        "start",
        QT_TRANSLATE_NOOP("Fields", "First quarter"),
        "quarter",
        8,
        QT_TRANSLATE_NOOP("Fields", "Start of the planning horizon"),
    ),
    Field(
        "quarters",
        QT_TRANSLATE_NOOP("Fields", "Quarters"),
        "int",
        6,
        QT_TRANSLATE_NOOP("Fields", "Length of the horizon in quarters"),
        minimum=1,
        maximum=40,
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
    "item": QT_TRANSLATE_NOOP("Fields", "Roadmap item"),
    "objective": QT_TRANSLATE_NOOP("Fields", "Objective"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "business_unit": QT_TRANSLATE_NOOP("Fields", "Business unit"),
    "team": QT_TRANSLATE_NOOP("Fields", "Team"),
    "demand": QT_TRANSLATE_NOOP("Fields", "Team demand"),
    "kpi": QT_TRANSLATE_NOOP("Fields", "KPI"),
    "milestone": QT_TRANSLATE_NOOP("Fields", "Milestone"),
    "link": QT_TRANSLATE_NOOP("Fields", "Alignment link"),
    "process": QT_TRANSLATE_NOOP("Fields", "Business process"),
    "application": QT_TRANSLATE_NOOP("Fields", "Application"),
    "settings": QT_TRANSLATE_NOOP("Fields", "Plan settings"),
}


def kind_title(kind: str) -> str:
    """'Roadmap item', 'Objective' … in the user's language (the kind's name if unknown)."""
    title = KIND_TITLES.get(kind)
    return translate("Fields", title) if title else kind


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
        return translate("Fields", "{item} needs {team}").format(
            item=item.code if item else "?", team=ref_text(snap, "team", rec.team_id)
        )
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
