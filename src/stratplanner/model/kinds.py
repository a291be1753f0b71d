"""One description per kind of record: its table, its key, its references.

Commands, validation, JSON interchange and the UI all walk this registry
instead of repeating per-table code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table

from stratplanner.model import entities as e


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
    has_code: bool = True
    title_field: str | None = "name"
    references: tuple[Reference, ...] = ()
    #: Fields that together identify a record that has no code.
    natural_key: tuple[str, ...] = ()
    quarter_fields: tuple[str, ...] = field(default=())
    #: The column within which ``code`` is unique (a participant's code within its workshop);
    #: None = unique in the whole plan.
    code_scope: str | None = None

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


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("business_unit", "business_units", e.BusinessUnit, "business unit"),
        Kind(
            "person",
            "people",
            e.Person,
            "person",
            references=(
                Reference("business_unit_id", "business_unit", "business_unit"),
                Reference("relationship_owner_id", "relationship_owner", "person"),
            ),
        ),
        Kind(
            "objective",
            "objectives",
            e.Objective,
            "objective",
            title_field="title",
            references=(
                Reference("parent_id", "parent", "objective"),
                Reference("business_unit_id", "business_unit", "business_unit"),
                Reference("owner_id", "owner", "person"),
            ),
            quarter_fields=("target",),
        ),
        Kind("team", "teams", e.Team, "team"),
        Kind(
            "item",
            "items",
            e.RoadmapItem,
            "roadmap item",
            title_field="title",
            references=(
                Reference("business_unit_id", "business_unit", "business_unit"),
                Reference("sponsor_id", "sponsor", "person"),
                Reference("champion_id", "champion", "person"),
                Reference("it_owner_id", "it_owner", "person"),
            ),
            quarter_fields=("start", "end"),
        ),
        Kind(
            "link",
            "links",
            e.AlignmentLink,
            "alignment link",
            has_code=False,
            title_field=None,
            references=(
                Reference("objective_id", "objective", "objective", required=True),
                Reference("item_id", "item", "item", required=True),
            ),
            natural_key=("objective_id", "item_id"),
        ),
        Kind(
            "demand",
            "demands",
            e.Demand,
            "team demand",
            has_code=False,
            title_field=None,
            references=(
                Reference("item_id", "item", "item", required=True),
                Reference("team_id", "team", "team", required=True),
            ),
            natural_key=("item_id", "team_id"),
        ),
        Kind(
            "dependency",
            "dependencies",
            e.Dependency,
            "dependency",
            has_code=False,
            title_field=None,
            references=(
                Reference("before_id", "before", "item", required=True),
                Reference("after_id", "after", "item", required=True),
            ),
            natural_key=("before_id", "after_id"),
        ),
        Kind(
            "kpi",
            "kpis",
            e.Kpi,
            "KPI",
            references=(
                Reference("objective_id", "objective", "objective"),
                Reference("item_id", "item", "item"),
                Reference("owner_id", "owner", "person"),
            ),
        ),
        Kind(
            "milestone",
            "milestones",
            e.Milestone,
            "milestone",
            has_code=False,
            title_field="title",
            references=(Reference("item_id", "item", "item", required=True),),
            quarter_fields=("quarter",),
        ),
        # -- prioritisation, scenarios and baselines (plan format 2) --
        Kind("criterion", "criteria", e.Criterion, "criterion"),
        Kind(
            "score",
            "scores",
            e.CriterionScore,
            "criterion score",
            has_code=False,
            title_field=None,
            references=(
                Reference("criterion_id", "criterion", "criterion", required=True),
                Reference("item_id", "item", "item", required=True),
            ),
            natural_key=("criterion_id", "item_id"),
        ),
        Kind(
            "pin",
            "pins",
            e.RankPin,
            "rank pin",
            has_code=False,
            title_field=None,
            references=(Reference("item_id", "item", "item", required=True),),
            natural_key=("item_id",),
        ),
        Kind("scenario", "scenarios", e.BudgetScenario, "budget scenario"),
        Kind(
            "baseline",
            "baselines",
            e.Baseline,
            "baseline",
            has_code=False,
            title_field="name",
            natural_key=("name",),
        ),
        # -- the partnership lens (plan format 4, docs/partnership.md) --
        Kind(
            "assessment",
            "assessments",
            e.MaturityAssessment,
            "maturity assessment",
            title_field=None,
            references=(
                Reference("business_unit_id", "business_unit", "business_unit", required=True),
            ),
        ),
        Kind(
            "rating",
            "ratings",
            e.MaturityRating,
            "maturity rating",
            has_code=False,
            title_field=None,
            references=(Reference("assessment_id", "assessment", "assessment", required=True),),
            natural_key=("assessment_id", "dimension"),
        ),
        Kind(
            "sponsor_change",
            "sponsor_changes",
            e.SponsorChange,
            "sponsor change",
            has_code=False,
            title_field=None,
            references=(
                Reference("item_id", "item", "item", required=True),
                Reference("from_person_id", "from", "person"),
                Reference("to_person_id", "to", "person"),
            ),
        ),
        Kind(
            "value_driver",
            "value_drivers",
            e.ValueDriver,
            "value driver",
            has_code=False,
            title_field=None,
            references=(Reference("item_id", "item", "item", required=True),),
            natural_key=("item_id", "driver"),
        ),
        Kind(
            "kpi_actual",
            "kpi_actuals",
            e.KpiActual,
            "KPI actual",
            has_code=False,
            title_field=None,
            references=(Reference("kpi_id", "kpi", "kpi", required=True),),
            natural_key=("kpi_id", "measured_on"),
        ),
        Kind(
            "process",
            "processes",
            e.BusinessProcess,
            "business process",
            references=(Reference("parent_id", "parent", "process"),),
        ),
        Kind("application", "applications", e.Application, "application"),
        Kind(
            "enablement",
            "enablements",
            e.ProcessApplication,
            "process enablement",
            has_code=False,
            title_field=None,
            references=(
                Reference("process_id", "process", "process", required=True),
                Reference("application_id", "application", "application", required=True),
            ),
            natural_key=("process_id", "application_id"),
        ),
        Kind(
            "application_change",
            "application_changes",
            e.ItemApplication,
            "application change",
            has_code=False,
            title_field=None,
            references=(
                Reference("item_id", "item", "item", required=True),
                Reference("application_id", "application", "application", required=True),
            ),
            natural_key=("item_id", "application_id"),
        ),
        Kind(
            "process_change",
            "process_changes",
            e.ItemProcess,
            "process change",
            has_code=False,
            title_field=None,
            references=(
                Reference("item_id", "item", "item", required=True),
                Reference("process_id", "process", "process", required=True),
            ),
            natural_key=("item_id", "process_id"),
        ),
        # -- workshop mode (plan format 5) --
        Kind("workshop", "workshops", e.Workshop, "workshop", title_field="title"),
        Kind(
            "workshop_participant",
            "workshop_participants",
            e.WorkshopParticipant,
            "workshop participant",
            references=(
                Reference("workshop_id", "workshop", "workshop", required=True),
                Reference("person_id", "person", "person"),
                Reference("business_unit_id", "business_unit", "business_unit"),
            ),
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_round",
            "workshop_rounds",
            e.WorkshopRound,
            "workshop round",
            title_field="question",
            references=(
                Reference("workshop_id", "workshop", "workshop", required=True),
                Reference("scenario_id", "scenario", "scenario"),
            ),
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_option",
            "workshop_options",
            e.WorkshopOption,
            "round option",
            title_field="title",
            references=(
                Reference("round_id", "round", "workshop_round", required=True),
                Reference("item_id", "item", "item"),
                Reference("objective_id", "objective", "objective"),
            ),
            code_scope="round_id",
        ),
        Kind(
            "workshop_ballot",
            "workshop_ballots",
            e.WorkshopBallot,
            "ballot",
            has_code=False,
            title_field=None,
            references=(
                Reference("round_id", "round", "workshop_round", required=True),
                Reference("participant_id", "participant", "workshop_participant", required=True),
            ),
            natural_key=("round_id", "participant_id"),
        ),
        Kind(
            "workshop_decision",
            "workshop_decisions",
            e.WorkshopDecision,
            "workshop decision",
            title_field="decision",
            references=(
                Reference("workshop_id", "workshop", "workshop", required=True),
                Reference("owner_id", "owner", "person"),
                Reference("round_id", "round", "workshop_round"),
            ),
            code_scope="workshop_id",
        ),
        Kind(
            "workshop_decision_link",
            "workshop_decision_links",
            e.WorkshopDecisionLink,
            "decision link",
            has_code=False,
            title_field=None,
            references=(
                Reference("decision_id", "decision", "workshop_decision", required=True),
                Reference("item_id", "item", "item"),
                Reference("objective_id", "objective", "objective"),
            ),
        ),
        Kind(
            "workshop_action",
            "workshop_actions",
            e.WorkshopAction,
            "workshop action",
            title_field="action",
            references=(
                Reference("workshop_id", "workshop", "workshop", required=True),
                Reference("owner_id", "owner", "person"),
                Reference("decision_id", "decision", "workshop_decision"),
                Reference("item_id", "item", "item"),
                Reference("objective_id", "objective", "objective"),
            ),
            code_scope="workshop_id",
        ),
    )
}

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
