"""The plan's domain model: ORM entities, value types and the kinds registry."""

from stratplanner.model.entities import (
    AlignmentLink,
    Base,
    BusinessUnit,
    Demand,
    Dependency,
    Kpi,
    Milestone,
    Objective,
    Person,
    PlanSettings,
    RoadmapItem,
    Team,
)
from stratplanner.model.kinds import KINDS, Kind, Reference
from stratplanner.model.values import (
    Category,
    Quarter,
    QuarterError,
    Risk,
    Side,
    Status,
    quarter_range,
)

__all__ = [
    "KINDS",
    "AlignmentLink",
    "Base",
    "BusinessUnit",
    "Category",
    "Demand",
    "Dependency",
    "Kind",
    "Kpi",
    "Milestone",
    "Objective",
    "Person",
    "PlanSettings",
    "Quarter",
    "QuarterError",
    "Reference",
    "Risk",
    "RoadmapItem",
    "Side",
    "Status",
    "Team",
    "quarter_range",
]
