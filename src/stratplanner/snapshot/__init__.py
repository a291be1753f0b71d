"""Immutable plain-data views of a plan for analysis, charts, exports and the GUI."""

from stratplanner.snapshot.records import (
    BusinessUnitRec,
    DemandRec,
    DependencyRec,
    ItemRec,
    KpiRec,
    LinkRec,
    MilestoneRec,
    ObjectiveRec,
    PersonRec,
    PlanInfo,
    TeamRec,
)
from stratplanner.snapshot.snapshot import PlanSnapshot, load_snapshot, snapshot_of

__all__ = [
    "BusinessUnitRec",
    "DemandRec",
    "DependencyRec",
    "ItemRec",
    "KpiRec",
    "LinkRec",
    "MilestoneRec",
    "ObjectiveRec",
    "PersonRec",
    "PlanInfo",
    "PlanSnapshot",
    "TeamRec",
    "load_snapshot",
    "snapshot_of",
]
