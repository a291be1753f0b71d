"""Pure analysis of a :class:`~stratplanner.snapshot.PlanSnapshot`: no Qt, no database.

``analyze(snap)`` works out everything once per plan revision; the finer
functions take the items to count so filtered charts reuse the same formulas.
Formulas and JSON keys: docs/analysis.md.
"""

from stratplanner.analysis.alignment import (
    SUPPORT_STRENGTH,
    ObjectiveSupport,
    aligned_spend_share,
    item_alignment_scores,
    objective_support,
    orphan_item_ids,
)
from stratplanner.analysis.capacity import TeamQuarterLoad, team_loads
from stratplanner.analysis.findings import FINDING_KINDS, Finding
from stratplanner.analysis.plan_analysis import PlanAnalysis, analysis_to_json, analyze
from stratplanner.analysis.selection import ItemFilter, counted_items, select_items

__all__ = [
    "FINDING_KINDS",
    "SUPPORT_STRENGTH",
    "Finding",
    "ItemFilter",
    "ObjectiveSupport",
    "PlanAnalysis",
    "TeamQuarterLoad",
    "aligned_spend_share",
    "analysis_to_json",
    "analyze",
    "counted_items",
    "item_alignment_scores",
    "objective_support",
    "orphan_item_ids",
    "select_items",
    "team_loads",
]
