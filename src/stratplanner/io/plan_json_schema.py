"""The plan interchange format's shape: its name and version, its collections and their fields.

The field tables are built from the declarations in model/kinds.py (one ``RecordField`` per
field), in the order the document writes them; docs/plan-json.md and
docs/plan-json-extensions.md describe the same tables for people, and
tests/test_field_declarations.py fails when the two drift apart.
"""

from __future__ import annotations

from typing import Any

from stratplanner.i18n import translate
from stratplanner.model.kinds import KINDS, SETTINGS_FIELDS, WORKSHOP_KINDS, Kind
from stratplanner.model.values import (
    Anonymity,
    BudgetBasis,
    Category,
    Direction,
    KpiKind,
    MaturityDimension,
    Maximise,
    Measure,
    Risk,
    RoundMethod,
    RoundState,
    RoundSubject,
    Side,
    SponsorRole,
    Status,
    ValueDriverKind,
)

FORMAT = "stratplanner-plan"
VERSION = 1

#: (json key, type, default, column); types as ``model.kinds.RecordField.type``.
DocumentField = tuple[str, str, Any, str]


def document_fields(kind: Kind) -> list[DocumentField]:
    """The fields the document writes for a record of ``kind``, in the document's order."""
    return [(f.key, f.type, f.default, f.column) for f in kind.fields if f.in_document]


def required_keys(kind: Kind) -> set[str]:
    """The keys a document must give for a record of ``kind``."""
    return {f.key for f in kind.fields if f.in_document and f.required}


#: Baselines (optional, their own shape) and workshop mode's records (nested under
#: ``workshops``, io/plan_json_workshops.py) are the kinds that are not a top-level collection.
_COLLECTION_KINDS = [
    k for k in KINDS.values() if k.name != "baseline" and k.name not in WORKSHOP_KINDS
]

RECORD_FIELDS: dict[str, list[DocumentField]] = {
    k.plural: document_fields(k) for k in _COLLECTION_KINDS
}
REQUIRED: dict[str, set[str]] = {k.plural: required_keys(k) for k in _COLLECTION_KINDS}

#: Collections added after version 1 of the spec; a document may leave them out.
#: Without ``criteria`` a plan gets the default criteria, as a new plan does.
ADDED_COLLECTIONS = (
    "criteria",
    "scores",
    "pins",
    "scenarios",
    # plan format 4: the partnership lens
    "assessments",
    "ratings",
    "sponsor_changes",
    "value_drivers",
    "kpi_actuals",
    "processes",
    "applications",
    "enablements",
    "application_changes",
    "process_changes",
)
#: Optional: whole-plan baselines, written only when asked for (they are large).
BASELINES_KEY = "baselines"
BASELINE_FIELDS = tuple(f.key for f in KINDS["baseline"].fields)
#: Plan format 5: workshops, each with its participants, rounds, decisions and actions nested
#: (io/plan_json_workshops.py); always written, optional on input.
WORKSHOPS_KEY = "workshops"

COLLECTIONS = list(RECORD_FIELDS)
KIND_OF_COLLECTION = {k.plural: k for k in KINDS.values()}
PLAN_FIELDS = tuple(f.key for f in SETTINGS_FIELDS)
#: The value sets an ``enum:<name>`` field takes its values from.
ENUMS: dict[str, Any] = {
    "side": Side,
    "category": Category,
    "status": Status,
    "risk": Risk,
    "measure": Measure,
    "direction": Direction,
    "budget_basis": BudgetBasis,
    "maximise": Maximise,
    "dimension": MaturityDimension,
    "sponsor_role": SponsorRole,
    "value_driver": ValueDriverKind,
    "kpi_kind": KpiKind,
    # plan format 5: workshops (io/plan_json_workshops.py)
    "round_method": RoundMethod,
    "round_subject": RoundSubject,
    "anonymity": Anonymity,
    "round_state": RoundState,
}


class PlanJsonError(Exception):
    """A JSON plan document breaks the format; ``problems`` holds every one found."""

    def __init__(self, problems: list[str], source: str | None = None):
        self.problems = problems
        self.source = source = source or translate("PlanJson", "the document")
        count = len(problems)
        shown = "; ".join(problems[:5])
        more = count - 5
        if more > 0:
            shown = translate("PlanJson", "{problems}; and %n more", None, more).format(
                problems=shown
            )
        super().__init__(
            translate(
                "PlanJson", "{source} is not a valid plan (%n problem(s)): {problems}", None, count
            ).format(source=source, problems=shown)
        )
