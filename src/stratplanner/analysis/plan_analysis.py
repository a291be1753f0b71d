"""The whole analysis of a plan in one immutable value, and its JSON form."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from stratplanner.analysis.alignment import (
    ObjectiveSupport,
    aligned_spend,
    item_alignment_scores,
    objective_support,
    orphan_item_ids,
    supported_item_ids,
)
from stratplanner.analysis.capacity import TeamQuarterLoad, team_loads, unscheduled_demand
from stratplanner.analysis.findings import FINDING_KINDS, Finding, find_problems
from stratplanner.analysis.investment import (
    investment_by_business_unit,
    investment_by_category,
    investment_by_objective,
    investment_by_quarter,
    investment_by_theme,
)
from stratplanner.analysis.selection import counted_items
from stratplanner.model.values import Quarter
from stratplanner.snapshot import PlanSnapshot

#: Version of the JSON produced by :func:`analysis_to_json`; bumped when a key changes meaning.
ANALYSIS_JSON_VERSION = 1


@dataclass(frozen=True, eq=False)
class PlanAnalysis:
    """Everything :func:`analyze` works out; mappings are read-only.

    Item-keyed mappings hold counted items only (cancelled items are absent).
    """

    currency: str
    counted_item_ids: frozenset[int]
    item_alignment: Mapping[int, float]
    orphan_item_ids: frozenset[int]
    supported_item_ids: frozenset[int]
    objective_support: Mapping[int, ObjectiveSupport]
    unsupported_objective_ids: frozenset[int]
    total_cost: float
    aligned_cost: float
    aligned_spend_share: float
    investment_by_objective: Mapping[int | None, float]
    investment_by_theme: Mapping[int | None, float]
    investment_by_business_unit: Mapping[int | None, float]
    investment_by_category: Mapping[str, float]
    investment_by_quarter: Mapping[Quarter | None, float]
    team_loads: tuple[TeamQuarterLoad, ...]
    unscheduled_demand: Mapping[int, float]
    findings: tuple[Finding, ...]

    def findings_for(self, record_kind: str, record_id: int) -> list[Finding]:
        return [
            f for f in self.findings if f.record_kind == record_kind and f.record_id == record_id
        ]

    def finding_counts(self) -> dict[str, int]:
        counts = Counter(f.kind for f in self.findings)
        return {kind: counts.get(kind, 0) for kind in FINDING_KINDS}


def analyze(snap: PlanSnapshot) -> PlanAnalysis:
    """Analyse the counted items of ``snap`` (all but the cancelled ones)."""
    items = counted_items(snap)
    support = objective_support(snap, items)
    loads = team_loads(snap, items)
    supported = supported_item_ids(snap, items)
    spend = aligned_spend(snap, items, supported=supported)
    by_objective = investment_by_objective(snap, items)
    return PlanAnalysis(
        currency=snap.info.currency,
        counted_item_ids=frozenset(item.id for item in items),
        item_alignment=MappingProxyType(item_alignment_scores(snap, items)),
        orphan_item_ids=frozenset(orphan_item_ids(snap, items)),
        supported_item_ids=frozenset(supported),
        objective_support=MappingProxyType(support),
        unsupported_objective_ids=frozenset(k for k, v in support.items() if v.unsupported),
        total_cost=spend.total_cost,
        aligned_cost=spend.aligned_cost,
        aligned_spend_share=spend.share,
        investment_by_objective=MappingProxyType(by_objective),
        investment_by_theme=MappingProxyType(investment_by_theme(snap, by_objective=by_objective)),
        investment_by_business_unit=MappingProxyType(investment_by_business_unit(snap, items)),
        investment_by_category=MappingProxyType(investment_by_category(snap, items)),
        investment_by_quarter=MappingProxyType(investment_by_quarter(snap, items)),
        team_loads=tuple(loads),
        unscheduled_demand=MappingProxyType(unscheduled_demand(snap, items)),
        findings=tuple(find_problems(snap, items, support=support, loads=loads)),
    )


def _amount(value: float) -> float:
    return round(value, 2)


def analysis_to_json(analysis: PlanAnalysis, snap: PlanSnapshot) -> dict[str, Any]:
    """The documented JSON (docs/analysis.md) of ``analysis``, naming records by code."""
    objectives = snap.objective_by_id
    units = snap.business_unit_by_id
    teams = snap.team_by_id

    def objective_code(objective_id: int | None) -> str | None:
        return objectives[objective_id].code if objective_id is not None else None

    def unit_code(unit_id: int | None) -> str | None:
        return units[unit_id].code if unit_id is not None else None

    supported = analysis.supported_item_ids
    items_json = [
        {
            "code": item.code,
            "title": item.title,
            "category": item.category,
            "status": item.status,
            "cost": _amount(item.cost),
            "alignment": round(analysis.item_alignment[item.id], 6),
            "orphan": item.id in analysis.orphan_item_ids,
            "supported": item.id in supported,
        }
        for item in snap.items
        if item.id in analysis.counted_item_ids
    ]
    objectives_json = []
    for objective in snap.objectives:
        s = analysis.objective_support[objective.id]
        objectives_json.append(
            {
                "code": objective.code,
                "title": objective.title,
                "theme": s.is_theme,
                "parent": objective_code(objective.parent_id),
                "weight": objective.weight,
                "support": s.support,
                "direct_support": s.direct_support,
                "links": {"weak": s.weak, "moderate": s.moderate, "strong": s.strong},
                "unsupported": s.unsupported,
                "investment": _amount(analysis.investment_by_objective.get(objective.id, 0.0)),
            }
        )

    def ordered(mapping: Mapping[Any, float], order: list[Any]) -> list[tuple[Any, float]]:
        present = [key for key in order if key in mapping]
        return [(key, mapping[key]) for key in present] + (
            [(None, mapping[None])] if None in mapping else []
        )

    objective_order = [o.id for o in snap.objectives]
    unit_order = [u.id for u in snap.business_units]
    quarters = sorted(q for q in analysis.investment_by_quarter if q is not None)
    return {
        "version": ANALYSIS_JSON_VERSION,
        "plan": {"title": snap.info.title, "currency": snap.info.currency},
        "counted_items": len(analysis.counted_item_ids),
        "cancelled_items": len(snap.items) - len(analysis.counted_item_ids),
        "total_cost": _amount(analysis.total_cost),
        "aligned_cost": _amount(analysis.aligned_cost),
        "aligned_spend_share": round(analysis.aligned_spend_share, 6),
        "objectives": objectives_json,
        "items": items_json,
        "investment": {
            "by_objective": [
                {"objective": objective_code(k), "amount": _amount(v)}
                for k, v in ordered(analysis.investment_by_objective, objective_order)
            ],
            "by_theme": [
                {"theme": objective_code(k), "amount": _amount(v)}
                for k, v in ordered(analysis.investment_by_theme, objective_order)
            ],
            "by_business_unit": [
                {"business_unit": unit_code(k), "amount": _amount(v)}
                for k, v in ordered(analysis.investment_by_business_unit, unit_order)
            ],
            "by_category": {k: _amount(v) for k, v in analysis.investment_by_category.items()},
            "by_quarter": [
                {"quarter": str(q), "amount": _amount(analysis.investment_by_quarter[q])}
                for q in quarters
            ],
            "unscheduled": _amount(analysis.investment_by_quarter.get(None, 0.0)),
        },
        "capacity": [
            {
                "team": teams[load.team_id].code,
                "quarter": str(load.quarter),
                "demand": round(load.demand, 4),
                "capacity": load.capacity,
                "utilisation": None
                if load.utilisation == float("inf")
                else round(load.utilisation, 4),
                "overbooked": load.overbooked,
            }
            for load in analysis.team_loads
        ],
        "unscheduled_demand": [
            {"team": teams[team_id].code, "fte": round(value, 4)}
            for team_id, value in sorted(analysis.unscheduled_demand.items())
        ],
        "findings": [
            {
                "kind": f.kind,
                "code": f.code,
                "message": f.message,
                "record_kind": f.record_kind,
                **({"quarter": str(f.quarter)} if f.quarter is not None else {}),
                **(
                    {"predecessor": snap.item_by_id[f.related_id].code}
                    if f.related_id is not None
                    else {}
                ),
            }
            for f in analysis.findings
        ],
        "finding_counts": analysis.finding_counts(),
    }
