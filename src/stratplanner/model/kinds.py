"""One description per kind of record: its table, its key, its fields.

Every field of a plan is declared here once, as a ``RecordField`` of its kind: the
column (the ORM entity's in model/entities.py and the snapshot record's attribute in
snapshot/records.py) and how the plan document (docs/plan-json.md) writes it. The
document's field tables (io/plan_json_schema.py, io/plan_json_workshops.py), a
kind's references and quarter fields are built from these declarations; the ORM
entities, the snapshot records, the documented JSON tables and the UI's field
editors (ui/fields.py) stay written out, and tests/test_field_declarations.py fails
when one of them drifts from the declaration.

Commands, validation, JSON interchange and the UI all walk this registry
instead of repeating per-table code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model import entities as e


@dataclass(frozen=True)
class RecordField:
    """One field of a kind of record, as the plan file, the snapshot and the document know it.

    ``type`` is the document's: ``code``, ``text``, ``title`` (text that must not be blank),
    ``opt_text`` (text or null), ``int``, ``number``, ``opt_number`` (a number or null),
    ``money`` (a Numeric amount), ``bool``, ``quarter``, ``date``, ``datetime``,
    ``enum:<name>`` (io/plan_json_schema.ENUMS), ``ref:<kind>`` (a reference written as the
    record's plan code), ``local:<kind>`` (a workshop's own code for one of its records),
    ``values`` (a ballot's JSON) or ``plan`` (a whole document).
    """

    column: str
    type: str
    #: What a document that leaves the field out (or writes null) means.
    default: Any = None
    #: The document's key, and the word messages use for a reference ("its sponsor does not
    #: exist"); empty: the column's name.
    key: str = ""
    #: A document must give it; for a reference, a record must have one.
    required: bool = False
    #: False: the document says it by where it writes the record, not by a key (a round's
    #: workshop and agenda position: the round is nested in that workshop, in agenda order).
    in_document: bool = True
    #: False: the snapshot record leaves it out (a baseline's document is read on demand).
    in_snapshot: bool = True
    #: False: the kind's table and details form (ui/fields.py) leave it out: it is edited
    #: elsewhere (a dialog of its own, the command line, imports). Checked for the kinds
    #: ui/fields.py has a form for.
    in_form: bool = True

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.column)

    @property
    def target_kind(self) -> str | None:
        """The kind a reference points at (None: not a reference)."""
        prefix, _, target = self.type.partition(":")
        return target if prefix in ("ref", "local") else None


@dataclass(frozen=True)
class Reference:
    """A column holding the id of another record, written as that record's code in files."""

    column: str
    json_key: str
    kind: str
    required: bool = False


@dataclass(frozen=True)
class Kind:
    name: str  # singular, as in messages: "item"
    plural: str  # as in the JSON collections: "items"
    entity: type[e.Base]
    label: str  # "roadmap item"
    #: Every column but ``id`` and the version columns (``entities.Tracked``), in the
    #: order the document writes them.
    fields: tuple[RecordField, ...] = ()
    has_code: bool = True
    title_field: str | None = "name"
    #: Fields that together identify a record that has no code.
    natural_key: tuple[str, ...] = ()
    #: The column within which ``code`` is unique (a participant's code within its workshop);
    #: None = unique in the whole plan.
    code_scope: str | None = None
    #: The reference fields, built from ``fields``.
    references: tuple[Reference, ...] = field(init=False, repr=False, compare=False)
    #: The fields holding a quarter, built from ``fields``.
    quarter_fields: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        references = tuple(
            Reference(f.column, f.key, target, f.required)
            for f in self.fields
            if (target := f.target_kind) is not None
        )
        object.__setattr__(self, "references", references)
        quarters = tuple(f.column for f in self.fields if f.type == "quarter")
        object.__setattr__(self, "quarter_fields", quarters)

    @property
    def labels(self) -> str:
        """The label for more than one: "roadmap items", "business processes", "people"."""
        head, _, last = self.label.rpartition(" ")
        irregular = {"person": "people", "criterion": "criteria"}
        if last in irregular:
            many = irregular[last]
        elif last.endswith("s"):
            many = last + "es"
        elif last.endswith("y"):
            many = last[:-1] + "ies"
        else:
            many = last + "s"
        return f"{head} {many}" if head else many

    @property
    def table(self) -> Table:
        return e.table_of(self.entity)


#: Short for the declarations below.
F = RecordField

#: Fields many kinds share.
_CODE = F("code", "code", required=True)
_NAME = F("name", "title", required=True)
_TITLE = F("title", "title", required=True)
_DESCRIPTION = F("description", "text", "")
_NOTE = F("note", "text", "")

#: A workshop's record is nested in the document under its workshop, at its agenda position.
_WORKSHOP_ID = F("workshop_id", "ref:workshop", key="workshop", required=True, in_document=False)
_POSITION = F("position", "int", 0, in_document=False)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "business_unit",
            "business_units",
            e.BusinessUnit,
            QT_TRANSLATE_NOOP("Kinds", "business unit"),
            (_CODE, _NAME),
        ),
        Kind(
            "person",
            "people",
            e.Person,
            QT_TRANSLATE_NOOP("Kinds", "person"),
            (
                _CODE,
                _NAME,
                F("role", "text", ""),
                F("side", "enum:side", "business"),
                F("business_unit_id", "ref:business_unit", key="business_unit"),
                F("active", "bool", True),
                # plan format 4: the relationship owner has a dialog of its own (stakeholders
                # view); both are set by imports and `stratplanner set`
                F("relationship_owner_id", "ref:person", key="relationship_owner", in_form=False),
                F("last_engaged_on", "date", in_form=False),
            ),
        ),
        Kind(
            "objective",
            "objectives",
            e.Objective,
            QT_TRANSLATE_NOOP("Kinds", "objective"),
            (
                _CODE,
                _TITLE,
                _DESCRIPTION,
                F("parent_id", "ref:objective", key="parent"),
                F("business_unit_id", "ref:business_unit", key="business_unit"),
                F("owner_id", "ref:person", key="owner"),
                F("weight", "int", 3),
                F("target", "quarter"),
            ),
            title_field="title",
        ),
        Kind(
            "team",
            "teams",
            e.Team,
            QT_TRANSLATE_NOOP("Kinds", "team"),
            (_CODE, _NAME, F("capacity", "number", 0)),
        ),
        Kind(
            "item",
            "items",
            e.RoadmapItem,
            QT_TRANSLATE_NOOP("Kinds", "roadmap item"),
            (
                _CODE,
                _TITLE,
                _DESCRIPTION,
                F("category", "enum:category", "run"),
                F("status", "enum:status", "proposed"),
                F("start", "quarter"),
                F("end", "quarter"),
                F("capex", "number", 0),
                F("opex", "number", 0),
                F("annual_value", "number", 0),
                F("value_statement", "text", ""),
                F("sponsor_id", "ref:person", key="sponsor"),
                F("champion_id", "ref:person", key="champion"),
                F("it_owner_id", "ref:person", key="it_owner"),
                F("risk", "enum:risk", "medium"),
                # documented additions (docs/plan-json-extensions.md): the business unit an
                # item mainly serves; prioritisation inputs (plan format 2)
                F("business_unit_id", "ref:business_unit", key="business_unit"),
                F("mandatory", "bool", False),
                F("cost_of_delay", "opt_number"),
                F("job_size", "opt_number"),
            ),
            title_field="title",
        ),
        Kind(
            "link",
            "links",
            e.AlignmentLink,
            QT_TRANSLATE_NOOP("Kinds", "alignment link"),
            (
                F("objective_id", "ref:objective", key="objective", required=True),
                F("item_id", "ref:item", key="item", required=True),
                F("strength", "int", required=True),
                F("rationale", "text", ""),
            ),
            has_code=False,
            title_field=None,
            natural_key=("objective_id", "item_id"),
        ),
        Kind(
            "demand",
            "demands",
            e.Demand,
            QT_TRANSLATE_NOOP("Kinds", "team demand"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("team_id", "ref:team", key="team", required=True),
                F("fte", "number", required=True),
            ),
            has_code=False,
            title_field=None,
            natural_key=("item_id", "team_id"),
        ),
        Kind(
            "dependency",
            "dependencies",
            e.Dependency,
            QT_TRANSLATE_NOOP("Kinds", "dependency"),
            (
                F("before_id", "ref:item", key="before", required=True),
                F("after_id", "ref:item", key="after", required=True),
            ),
            has_code=False,
            title_field=None,
            natural_key=("before_id", "after_id"),
        ),
        Kind(
            "kpi",
            "kpis",
            e.Kpi,
            QT_TRANSLATE_NOOP("Kinds", "KPI"),
            (
                _CODE,
                _NAME,
                F("objective_id", "ref:objective", key="objective"),
                F("item_id", "ref:item", key="item"),
                F("unit", "text", ""),
                F("baseline", "opt_number"),
                F("target", "opt_number"),
                F("actual", "opt_number"),
                F("higher_is_better", "bool", True),
                # plan format 4: set by imports and `stratplanner set`; no editor in the form
                F("kind", "enum:kpi_kind", "business_outcome", in_form=False),
                F("adoption", "bool", False, in_form=False),
                F("owner_id", "ref:person", key="owner", in_form=False),
            ),
        ),
        Kind(
            "milestone",
            "milestones",
            e.Milestone,
            QT_TRANSLATE_NOOP("Kinds", "milestone"),
            (
                F("item_id", "ref:item", key="item", required=True),
                _TITLE,
                F("quarter", "quarter", required=True),
            ),
            has_code=False,
            title_field="title",
        ),
        # -- prioritisation, scenarios and baselines (plan format 2) --
        Kind(
            "criterion",
            "criteria",
            e.Criterion,
            QT_TRANSLATE_NOOP("Kinds", "criterion"),
            (
                _CODE,
                _NAME,
                _DESCRIPTION,
                F("measure", "enum:measure", "scored"),
                # No default: "cost" for the cost and risk measures, otherwise "benefit".
                F("direction", "enum:direction"),
                F("weight", "number", 1),
            ),
        ),
        Kind(
            "score",
            "scores",
            e.CriterionScore,
            QT_TRANSLATE_NOOP("Kinds", "criterion score"),
            (
                F("criterion_id", "ref:criterion", key="criterion", required=True),
                F("item_id", "ref:item", key="item", required=True),
                F("score", "number", required=True),
            ),
            has_code=False,
            title_field=None,
            natural_key=("criterion_id", "item_id"),
        ),
        Kind(
            "pin",
            "pins",
            e.RankPin,
            QT_TRANSLATE_NOOP("Kinds", "rank pin"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("rank", "int", required=True),
                F("reason", "text", required=True),
                F("decided_by", "text", ""),
                F("decided_on", "date"),
            ),
            has_code=False,
            title_field=None,
            natural_key=("item_id",),
        ),
        Kind(
            "scenario",
            "scenarios",
            e.BudgetScenario,
            QT_TRANSLATE_NOOP("Kinds", "budget scenario"),
            (
                _CODE,
                _NAME,
                _DESCRIPTION,
                F("budget_basis", "enum:budget_basis", "total"),
                F("budget", "opt_number"),
                F("maximise", "enum:maximise", "score"),
            ),
        ),
        Kind(
            "baseline",
            "baselines",
            e.Baseline,
            QT_TRANSLATE_NOOP("Kinds", "baseline"),
            (
                _NAME,
                _NOTE,
                F("taken_at", "datetime", required=True),
                F("format_version", "int", required=True),
                F("document", "plan", required=True, in_snapshot=False),
            ),
            has_code=False,
            title_field="name",
            natural_key=("name",),
        ),
        # -- the partnership lens (plan format 4, docs/partnership.md) --
        Kind(
            "assessment",
            "assessments",
            e.MaturityAssessment,
            QT_TRANSLATE_NOOP("Kinds", "maturity assessment"),
            (
                _CODE,
                F("business_unit_id", "ref:business_unit", key="business_unit", required=True),
                F("assessed_on", "date", key="date", required=True),
                F("assessed_by", "text", ""),
                _NOTE,
            ),
            title_field=None,
        ),
        Kind(
            "rating",
            "ratings",
            e.MaturityRating,
            QT_TRANSLATE_NOOP("Kinds", "maturity rating"),
            (
                F("assessment_id", "ref:assessment", key="assessment", required=True),
                F("dimension", "enum:dimension", required=True),
                F("level", "int", required=True),
                F("target", "int"),
                F("evidence", "text", ""),
            ),
            has_code=False,
            title_field=None,
            natural_key=("assessment_id", "dimension"),
        ),
        Kind(
            "sponsor_change",
            "sponsor_changes",
            e.SponsorChange,
            QT_TRANSLATE_NOOP("Kinds", "sponsor change"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("role", "enum:sponsor_role", required=True),
                F("from_person_id", "ref:person", key="from"),
                F("to_person_id", "ref:person", key="to"),
                F("changed_on", "date", key="date", required=True),
                F("reason", "text", ""),
            ),
            has_code=False,
            title_field=None,
        ),
        Kind(
            "value_driver",
            "value_drivers",
            e.ValueDriver,
            QT_TRANSLATE_NOOP("Kinds", "value driver"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("driver", "enum:value_driver", required=True),
                F("amount", "opt_number"),
                F("statement", "text", ""),
            ),
            has_code=False,
            title_field=None,
            natural_key=("item_id", "driver"),
        ),
        Kind(
            "kpi_actual",
            "kpi_actuals",
            e.KpiActual,
            QT_TRANSLATE_NOOP("Kinds", "KPI actual"),
            (
                F("kpi_id", "ref:kpi", key="kpi", required=True),
                F("measured_on", "date", key="date", required=True),
                F("value", "number", required=True),
                _NOTE,
            ),
            has_code=False,
            title_field=None,
            natural_key=("kpi_id", "measured_on"),
        ),
        Kind(
            "process",
            "processes",
            e.BusinessProcess,
            QT_TRANSLATE_NOOP("Kinds", "business process"),
            (_CODE, _NAME, _DESCRIPTION, F("parent_id", "ref:process", key="parent")),
        ),
        Kind(
            "application",
            "applications",
            e.Application,
            QT_TRANSLATE_NOOP("Kinds", "application"),
            (_CODE, _NAME, _DESCRIPTION),
        ),
        Kind(
            "enablement",
            "enablements",
            e.ProcessApplication,
            QT_TRANSLATE_NOOP("Kinds", "process enablement"),
            (
                F("process_id", "ref:process", key="process", required=True),
                F("application_id", "ref:application", key="application", required=True),
                _NOTE,
            ),
            has_code=False,
            title_field=None,
            natural_key=("process_id", "application_id"),
        ),
        Kind(
            "application_change",
            "application_changes",
            e.ItemApplication,
            QT_TRANSLATE_NOOP("Kinds", "application change"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("application_id", "ref:application", key="application", required=True),
                _NOTE,
            ),
            has_code=False,
            title_field=None,
            natural_key=("item_id", "application_id"),
        ),
        Kind(
            "process_change",
            "process_changes",
            e.ItemProcess,
            QT_TRANSLATE_NOOP("Kinds", "process change"),
            (
                F("item_id", "ref:item", key="item", required=True),
                F("process_id", "ref:process", key="process", required=True),
                _NOTE,
            ),
            has_code=False,
            title_field=None,
            natural_key=("item_id", "process_id"),
        ),
        # -- workshop mode (plan format 5): nested in the document under each workshop, so a
        # record's workshop (or round) and agenda position are not keys of its own --
        Kind(
            "workshop",
            "workshops",
            e.Workshop,
            QT_TRANSLATE_NOOP("Kinds", "workshop"),
            (
                _CODE,
                _TITLE,
                F("held_on", "date", key="date"),
                F("notes", "text", ""),
            ),
            title_field="title",
        ),
        Kind(
            "workshop_participant",
            "workshop_participants",
            e.WorkshopParticipant,
            QT_TRANSLATE_NOOP("Kinds", "workshop participant"),
            (
                _WORKSHOP_ID,
                _CODE,
                _NAME,
                F("person_id", "ref:person", key="person"),
                F("side", "enum:side", required=True),
                F("business_unit_id", "ref:business_unit", key="business_unit"),
            ),
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_round",
            "workshop_rounds",
            e.WorkshopRound,
            QT_TRANSLATE_NOOP("Kinds", "workshop round"),
            (
                _WORKSHOP_ID,
                _CODE,
                F("question", "title", required=True),
                _POSITION,
                F("method", "enum:round_method", required=True),
                F("subject", "enum:round_subject", "items"),
                F("dots", "int"),
                F("cap", "int"),
                F("points", "int"),
                F("budget", "money"),
                F("scenario_id", "ref:scenario", key="scenario"),
                F("anonymity", "enum:anonymity", "by_side"),
                F("state", "enum:round_state", "draft"),
                F("revealed", "bool", False),
                F("timer_seconds", "int"),
                F("opened_at", "datetime"),
                F("closed_at", "datetime"),
                F("adopted", "opt_text"),
                F("notes", "text", ""),
            ),
            title_field="question",
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_option",
            "workshop_options",
            e.WorkshopOption,
            QT_TRANSLATE_NOOP("Kinds", "round option"),
            (
                F("round_id", "ref:workshop_round", key="round", required=True, in_document=False),
                _POSITION,
                _CODE,
                _TITLE,
                F("item_id", "ref:item", key="item"),
                F("objective_id", "ref:objective", key="objective"),
            ),
            title_field="title",
            code_scope="round_id",
        ),
        Kind(
            "workshop_ballot",
            "workshop_ballots",
            e.WorkshopBallot,
            QT_TRANSLATE_NOOP("Kinds", "ballot"),
            (
                F("round_id", "ref:workshop_round", key="round", required=True, in_document=False),
                F(
                    "participant_id",
                    "local:workshop_participant",
                    key="participant",
                    required=True,
                ),
                F("abstain", "bool", False),
                F("ballot_values", "values", key="values"),
                F("cast_at", "datetime", required=True),
            ),
            has_code=False,
            title_field=None,
            natural_key=("round_id", "participant_id"),
        ),
        Kind(
            "workshop_decision",
            "workshop_decisions",
            e.WorkshopDecision,
            QT_TRANSLATE_NOOP("Kinds", "workshop decision"),
            (
                _WORKSHOP_ID,
                _CODE,
                F("decision", "title", required=True),
                F("rationale", "text", ""),
                F("options_rejected", "text", ""),
                F("owner_id", "ref:person", key="owner"),
                F("review_on", "date", key="review_date"),
                F("round_id", "local:workshop_round", key="round"),
            ),
            title_field="decision",
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_decision_link",
            "workshop_decision_links",
            e.WorkshopDecisionLink,
            QT_TRANSLATE_NOOP("Kinds", "decision link"),
            # The document writes a decision's links as its "items" and "objectives" lists.
            (
                F(
                    "decision_id",
                    "ref:workshop_decision",
                    key="decision",
                    required=True,
                    in_document=False,
                ),
                F("item_id", "ref:item", key="item", in_document=False),
                F("objective_id", "ref:objective", key="objective", in_document=False),
            ),
            has_code=False,
            title_field=None,
        ),
        Kind(
            "workshop_action",
            "workshop_actions",
            e.WorkshopAction,
            QT_TRANSLATE_NOOP("Kinds", "workshop action"),
            (
                _WORKSHOP_ID,
                _CODE,
                F("action", "title", required=True),
                F("owner_id", "ref:person", key="owner"),
                F("due", "date"),
                F("done", "bool", False),
                F("decision_id", "local:workshop_decision", key="decision"),
                F("item_id", "ref:item", key="item"),
                F("objective_id", "ref:objective", key="objective"),
            ),
            title_field="action",
            code_scope="workshop_id",
        ),
    )
}

#: The plan's settings (one row, ``entities.PlanSettings``; the document's ``plan`` object;
#: the snapshot's ``PlanInfo``; the plan settings form).
SETTINGS_FIELDS: tuple[RecordField, ...] = (
    _TITLE,
    F("organization", "text", ""),
    F("currency", "text", "USD"),
    F("start", "quarter", required=True),
    F("quarters", "int", 12),
)

#: Every kind of record workshop mode adds (plan format 5): a view showing workshops
#: refreshes when a change's kinds meet this set.
#: Workshop mode's kinds (plan format 5), parents before the records that refer to them.
WORKSHOP_KIND_ORDER: tuple[str, ...] = (
    "workshop",
    "workshop_participant",
    "workshop_round",
    "workshop_option",
    "workshop_ballot",
    "workshop_decision",
    "workshop_decision_link",
    "workshop_action",
)
WORKSHOP_KINDS = frozenset(WORKSHOP_KIND_ORDER)
assert {k for k in KINDS if k.startswith("workshop")} == WORKSHOP_KINDS

KIND_BY_TABLE: dict[str, Kind] = {k.table.name: k for k in KINDS.values()}


#: The plural labels (``Kind.labels``) marked for the catalogue; tests/test_core_language.py
#: checks they are every kind's ``labels``, so a new kind's plural is translated too.
_LABELS_MANY: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Kinds", "business units"),
    QT_TRANSLATE_NOOP("Kinds", "people"),
    QT_TRANSLATE_NOOP("Kinds", "objectives"),
    QT_TRANSLATE_NOOP("Kinds", "teams"),
    QT_TRANSLATE_NOOP("Kinds", "roadmap items"),
    QT_TRANSLATE_NOOP("Kinds", "alignment links"),
    QT_TRANSLATE_NOOP("Kinds", "team demands"),
    QT_TRANSLATE_NOOP("Kinds", "dependencies"),
    QT_TRANSLATE_NOOP("Kinds", "KPIs"),
    QT_TRANSLATE_NOOP("Kinds", "milestones"),
    QT_TRANSLATE_NOOP("Kinds", "criteria"),
    QT_TRANSLATE_NOOP("Kinds", "criterion scores"),
    QT_TRANSLATE_NOOP("Kinds", "rank pins"),
    QT_TRANSLATE_NOOP("Kinds", "budget scenarios"),
    QT_TRANSLATE_NOOP("Kinds", "baselines"),
    QT_TRANSLATE_NOOP("Kinds", "maturity assessments"),
    QT_TRANSLATE_NOOP("Kinds", "maturity ratings"),
    QT_TRANSLATE_NOOP("Kinds", "sponsor changes"),
    QT_TRANSLATE_NOOP("Kinds", "value drivers"),
    QT_TRANSLATE_NOOP("Kinds", "KPI actuals"),
    QT_TRANSLATE_NOOP("Kinds", "business processes"),
    QT_TRANSLATE_NOOP("Kinds", "applications"),
    QT_TRANSLATE_NOOP("Kinds", "process enablements"),
    QT_TRANSLATE_NOOP("Kinds", "application changes"),
    QT_TRANSLATE_NOOP("Kinds", "process changes"),
    QT_TRANSLATE_NOOP("Kinds", "workshops"),
    QT_TRANSLATE_NOOP("Kinds", "workshop participants"),
    QT_TRANSLATE_NOOP("Kinds", "workshop rounds"),
    QT_TRANSLATE_NOOP("Kinds", "round options"),
    QT_TRANSLATE_NOOP("Kinds", "ballots"),
    QT_TRANSLATE_NOOP("Kinds", "workshop decisions"),
    QT_TRANSLATE_NOOP("Kinds", "decision links"),
    QT_TRANSLATE_NOOP("Kinds", "workshop actions"),
)


def kind_label(kind: str) -> str:
    """One record of ``kind`` in a sentence, in the user's language: 'roadmap item'
    ('Roadmap-Vorhaben'); an unknown kind as its name with spaces."""
    spec = KINDS.get(kind)
    return translate("Kinds", spec.label) if spec else kind.replace("_", " ")


def kind_labels(kind: str) -> str:
    """Records of ``kind`` in a sentence, in the user's language: 'roadmap items', 'people'."""
    spec = KINDS.get(kind)
    return translate("Kinds", spec.labels) if spec else kind.replace("_", " ")


#: Every field's name as messages write it (the column without "_id", spaces for "_"; a
#: reference by its document key, as it is), marked for the catalogue;
#: tests/test_core_language.py checks each declared field and reference has one.
_FIELD_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FieldNames", "abstain"),
    QT_TRANSLATE_NOOP("FieldNames", "action"),
    QT_TRANSLATE_NOOP("FieldNames", "active"),
    QT_TRANSLATE_NOOP("FieldNames", "actual"),
    QT_TRANSLATE_NOOP("FieldNames", "adopted"),
    QT_TRANSLATE_NOOP("FieldNames", "adoption"),
    QT_TRANSLATE_NOOP("FieldNames", "after"),
    QT_TRANSLATE_NOOP("FieldNames", "amount"),
    QT_TRANSLATE_NOOP("FieldNames", "annual value"),
    QT_TRANSLATE_NOOP("FieldNames", "anonymity"),
    QT_TRANSLATE_NOOP("FieldNames", "application"),
    QT_TRANSLATE_NOOP("FieldNames", "assessed by"),
    QT_TRANSLATE_NOOP("FieldNames", "assessed on"),
    QT_TRANSLATE_NOOP("FieldNames", "assessment"),
    QT_TRANSLATE_NOOP("FieldNames", "ballot values"),
    QT_TRANSLATE_NOOP("FieldNames", "baseline"),
    QT_TRANSLATE_NOOP("FieldNames", "before"),
    QT_TRANSLATE_NOOP("FieldNames", "budget"),
    QT_TRANSLATE_NOOP("FieldNames", "budget basis"),
    QT_TRANSLATE_NOOP("FieldNames", "business unit"),
    QT_TRANSLATE_NOOP("FieldNames", "business_unit"),
    QT_TRANSLATE_NOOP("FieldNames", "cap"),
    QT_TRANSLATE_NOOP("FieldNames", "capacity"),
    QT_TRANSLATE_NOOP("FieldNames", "capex"),
    QT_TRANSLATE_NOOP("FieldNames", "cast at"),
    QT_TRANSLATE_NOOP("FieldNames", "category"),
    QT_TRANSLATE_NOOP("FieldNames", "champion"),
    QT_TRANSLATE_NOOP("FieldNames", "changed on"),
    QT_TRANSLATE_NOOP("FieldNames", "closed at"),
    QT_TRANSLATE_NOOP("FieldNames", "code"),
    QT_TRANSLATE_NOOP("FieldNames", "cost of delay"),
    QT_TRANSLATE_NOOP("FieldNames", "criterion"),
    QT_TRANSLATE_NOOP("FieldNames", "decided by"),
    QT_TRANSLATE_NOOP("FieldNames", "decided on"),
    QT_TRANSLATE_NOOP("FieldNames", "decision"),
    QT_TRANSLATE_NOOP("FieldNames", "description"),
    QT_TRANSLATE_NOOP("FieldNames", "dimension"),
    QT_TRANSLATE_NOOP("FieldNames", "direction"),
    QT_TRANSLATE_NOOP("FieldNames", "document"),
    QT_TRANSLATE_NOOP("FieldNames", "done"),
    QT_TRANSLATE_NOOP("FieldNames", "dots"),
    QT_TRANSLATE_NOOP("FieldNames", "driver"),
    QT_TRANSLATE_NOOP("FieldNames", "due"),
    QT_TRANSLATE_NOOP("FieldNames", "end"),
    QT_TRANSLATE_NOOP("FieldNames", "evidence"),
    QT_TRANSLATE_NOOP("FieldNames", "format version"),
    QT_TRANSLATE_NOOP("FieldNames", "from"),
    QT_TRANSLATE_NOOP("FieldNames", "from person"),
    QT_TRANSLATE_NOOP("FieldNames", "fte"),
    QT_TRANSLATE_NOOP("FieldNames", "held on"),
    QT_TRANSLATE_NOOP("FieldNames", "higher is better"),
    QT_TRANSLATE_NOOP("FieldNames", "it owner"),
    QT_TRANSLATE_NOOP("FieldNames", "it_owner"),
    QT_TRANSLATE_NOOP("FieldNames", "item"),
    QT_TRANSLATE_NOOP("FieldNames", "job size"),
    QT_TRANSLATE_NOOP("FieldNames", "kind"),
    QT_TRANSLATE_NOOP("FieldNames", "kpi"),
    QT_TRANSLATE_NOOP("FieldNames", "last engaged on"),
    QT_TRANSLATE_NOOP("FieldNames", "level"),
    QT_TRANSLATE_NOOP("FieldNames", "mandatory"),
    QT_TRANSLATE_NOOP("FieldNames", "maximise"),
    QT_TRANSLATE_NOOP("FieldNames", "measure"),
    QT_TRANSLATE_NOOP("FieldNames", "measured on"),
    QT_TRANSLATE_NOOP("FieldNames", "method"),
    QT_TRANSLATE_NOOP("FieldNames", "name"),
    QT_TRANSLATE_NOOP("FieldNames", "note"),
    QT_TRANSLATE_NOOP("FieldNames", "notes"),
    QT_TRANSLATE_NOOP("FieldNames", "objective"),
    QT_TRANSLATE_NOOP("FieldNames", "opened at"),
    QT_TRANSLATE_NOOP("FieldNames", "opex"),
    QT_TRANSLATE_NOOP("FieldNames", "options rejected"),
    QT_TRANSLATE_NOOP("FieldNames", "owner"),
    QT_TRANSLATE_NOOP("FieldNames", "parent"),
    QT_TRANSLATE_NOOP("FieldNames", "participant"),
    QT_TRANSLATE_NOOP("FieldNames", "person"),
    QT_TRANSLATE_NOOP("FieldNames", "points"),
    QT_TRANSLATE_NOOP("FieldNames", "position"),
    QT_TRANSLATE_NOOP("FieldNames", "process"),
    QT_TRANSLATE_NOOP("FieldNames", "quarter"),
    QT_TRANSLATE_NOOP("FieldNames", "question"),
    QT_TRANSLATE_NOOP("FieldNames", "rank"),
    QT_TRANSLATE_NOOP("FieldNames", "rationale"),
    QT_TRANSLATE_NOOP("FieldNames", "reason"),
    QT_TRANSLATE_NOOP("FieldNames", "relationship owner"),
    QT_TRANSLATE_NOOP("FieldNames", "relationship_owner"),
    QT_TRANSLATE_NOOP("FieldNames", "revealed"),
    QT_TRANSLATE_NOOP("FieldNames", "review on"),
    QT_TRANSLATE_NOOP("FieldNames", "risk"),
    QT_TRANSLATE_NOOP("FieldNames", "role"),
    QT_TRANSLATE_NOOP("FieldNames", "round"),
    QT_TRANSLATE_NOOP("FieldNames", "scenario"),
    QT_TRANSLATE_NOOP("FieldNames", "score"),
    QT_TRANSLATE_NOOP("FieldNames", "side"),
    QT_TRANSLATE_NOOP("FieldNames", "sponsor"),
    QT_TRANSLATE_NOOP("FieldNames", "start"),
    QT_TRANSLATE_NOOP("FieldNames", "state"),
    QT_TRANSLATE_NOOP("FieldNames", "statement"),
    QT_TRANSLATE_NOOP("FieldNames", "status"),
    QT_TRANSLATE_NOOP("FieldNames", "strength"),
    QT_TRANSLATE_NOOP("FieldNames", "subject"),
    QT_TRANSLATE_NOOP("FieldNames", "taken at"),
    QT_TRANSLATE_NOOP("FieldNames", "target"),
    QT_TRANSLATE_NOOP("FieldNames", "team"),
    QT_TRANSLATE_NOOP("FieldNames", "timer seconds"),
    QT_TRANSLATE_NOOP("FieldNames", "title"),
    QT_TRANSLATE_NOOP("FieldNames", "to"),
    QT_TRANSLATE_NOOP("FieldNames", "to person"),
    QT_TRANSLATE_NOOP("FieldNames", "unit"),
    QT_TRANSLATE_NOOP("FieldNames", "value"),
    QT_TRANSLATE_NOOP("FieldNames", "value statement"),
    QT_TRANSLATE_NOOP("FieldNames", "weight"),
    QT_TRANSLATE_NOOP("FieldNames", "workshop"),
)


def field_label(column: str) -> str:
    """A field as a sentence names it, in the user's language: 'annual value' for
    ``annual_value``, 'sponsor' for ``sponsor_id``."""
    return translate("FieldNames", column.removesuffix("_id").replace("_", " "))


def reference_label(json_key: str) -> str:
    """A reference as messages name it (its document key: 'business_unit', 'before'), in the
    user's language."""
    return translate("FieldNames", json_key)
