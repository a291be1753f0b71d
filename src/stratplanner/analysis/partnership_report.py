"""The whole partnership lens of a plan in one value, and its documented JSON.

``partnership_report(snap)`` is what the GUI's partnership views, the PDF's partnership
section and ``stratplanner partnership`` read; ``report_to_json`` names records by code
(keys in docs/partnership.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from stratplanner.analysis.adoption import (
    AdoptionCallout,
    KpiSeries,
    adoption_callouts,
    all_kpi_series,
)
from stratplanner.analysis.business_terms import (
    NO_CASE,
    TECHNICAL_ONLY,
    BusinessCase,
    business_cases,
)
from stratplanner.analysis.partnership import (
    MaturityGap,
    Relationship,
    SponsorFlag,
    UnitMaturity,
    level_name,
    maturity_by_unit,
    maturity_gaps,
    relationships,
    sponsor_flags,
)
from stratplanner.analysis.processes import (
    ProcessInvestment,
    ProcessNode,
    applications_without_process,
    investment_by_process,
    process_map,
    processes_without_technology,
)
from stratplanner.snapshot import PlanSnapshot

#: Version of :func:`report_to_json`'s document; bumped when a key changes meaning.
PARTNERSHIP_JSON_VERSION = 1


@dataclass(frozen=True, eq=False)
class PartnershipReport:
    units: tuple[UnitMaturity, ...]
    gaps: tuple[MaturityGap, ...]
    flags: tuple[SponsorFlag, ...]
    cases: Mapping[int, BusinessCase]  # counted items
    kpis: tuple[KpiSeries, ...]
    adoption: tuple[AdoptionCallout, ...]
    process_map: tuple[ProcessNode, ...]
    processes_without_technology: tuple[int, ...]
    applications_without_process: tuple[int, ...]
    investment: ProcessInvestment
    relationships: tuple[Relationship, ...]
    today: date | None

    @property
    def technical_only(self) -> list[int]:
        """Counted items justified only in technical terms (docs/partnership.md)."""
        return [i for i, c in self.cases.items() if c.classification == TECHNICAL_ONLY]

    @property
    def no_case(self) -> list[int]:
        return [i for i, c in self.cases.items() if c.classification == NO_CASE]

    @property
    def assessed(self) -> bool:
        return any(u.history for u in self.units)

    @property
    def has_process_map(self) -> bool:
        return bool(self.process_map)

    @property
    def has_data(self) -> bool:
        """Whether the plan holds any partnership data (the PDF adds its section only then)."""
        return (
            self.assessed
            or self.has_process_map
            or any(k.points for k in self.kpis)
            or any(c.drivers for c in self.cases.values())
        )


def partnership_report(snap: PlanSnapshot, today: date | None = None) -> PartnershipReport:
    return PartnershipReport(
        units=tuple(maturity_by_unit(snap)),
        gaps=tuple(maturity_gaps(snap)),
        flags=tuple(sponsor_flags(snap)),
        cases=MappingProxyType(business_cases(snap)),
        kpis=tuple(all_kpi_series(snap)),
        adoption=tuple(adoption_callouts(snap)),
        process_map=tuple(process_map(snap)),
        processes_without_technology=tuple(p.id for p in processes_without_technology(snap)),
        applications_without_process=tuple(a.id for a in applications_without_process(snap)),
        investment=investment_by_process(snap),
        relationships=tuple(relationships(snap, today)),
        today=today,
    )


def _amount(value: float) -> float:
    return round(value, 2)


def report_to_json(report: PartnershipReport, snap: PlanSnapshot) -> dict[str, Any]:
    """The documented JSON of ``report`` (docs/partnership.md), records named by code."""
    items = snap.item_by_id
    people = snap.person_by_id
    processes = snap.process_by_id

    def person_code(pid: int | None) -> str | None:
        return people[pid].code if pid is not None and pid in people else None

    units_json = []
    for unit in report.units:
        units_json.append(
            {
                "business_unit": unit.code,
                "name": unit.name,
                "assessments": [
                    {
                        "code": view.assessment.code,
                        "date": view.assessment.assessed_on.isoformat(),
                        "average": round(view.average, 3),
                        "levels": {d: s.level for d, s in view.scores.items()},
                        "targets": {d: s.target for d, s in view.scores.items()},
                    }
                    for view in unit.history
                ],
                "latest_stage": level_name(unit.latest.stage) if unit.latest else None,
                "average_change": None
                if unit.average_change is None
                else round(unit.average_change, 3),
            }
        )
    gaps_json = [
        {
            "business_unit": snap.business_unit_by_id[g.business_unit_id].code,
            "dimension": g.dimension,
            "level": g.level,
            "target": g.target,
            "gap": g.gap,
            "practices": [
                {
                    "code": s.practice.code,
                    "title": s.practice.title,
                    "planned_item": items[s.planned_item_id].code if s.planned_item_id else None,
                }
                for s in g.suggestions
            ],
        }
        for g in report.gaps
    ]
    kpis_json = [
        {
            "code": k.kpi.code,
            "kind": k.kpi.kind,
            "adoption": k.kpi.adoption,
            "latest": k.latest,
            "latest_date": k.latest_on.isoformat() if k.latest_on else None,
            "target": k.target,
            "on_target": k.on_target,
            "trend": k.trend,
            "actuals": [{"date": d.isoformat(), "value": v} for d, v in k.points],
        }
        for k in report.kpis
    ]
    inv = report.investment
    return {
        "version": PARTNERSHIP_JSON_VERSION,
        "plan": {"title": snap.info.title, "currency": snap.info.currency},
        "maturity": units_json,
        "gaps": gaps_json,
        "needs_sponsor": [
            {
                "record_kind": f.record_kind,
                "code": f.code,
                "role": f.role,
                "problem": f.problem,
                "person": person_code(f.person_id),
                "message": f.message,
            }
            for f in report.flags
        ],
        "business_terms": {
            "technical_only": [items[i].code for i in report.technical_only],
            "no_case": [items[i].code for i in report.no_case],
            "items": [
                {
                    "code": items[i].code,
                    "classification": c.classification,
                    "headline": c.headline,
                    "drivers": [
                        {"driver": d.driver, "amount": d.amount, "statement": d.statement}
                        for d in c.drivers
                    ],
                }
                for i, c in report.cases.items()
            ],
        },
        "kpis": kpis_json,
        "adoption": [
            {
                "item": items[a.item_id].code,
                "kpi": snap.kpi_by_id[a.kpi_id].code,
                "latest": a.latest,
                "target": a.target,
                "message": a.message,
            }
            for a in report.adoption
        ],
        "processes": {
            "map": [
                {
                    "code": n.process.code,
                    "name": n.process.name,
                    "children": [c.code for c in n.children],
                }
                for n in report.process_map
            ],
            "without_technology": [processes[p].code for p in report.processes_without_technology],
            "applications_without_process": [
                snap.application_by_id[a].code for a in report.applications_without_process
            ],
            "investment": [
                {"process": processes[p].code, "amount": _amount(v)}
                for p, v in sorted(inv.by_top.items(), key=lambda kv: -kv[1])
            ],
            "investment_detail": [
                {"process": processes[p].code, "amount": _amount(v)}
                for p, v in sorted(inv.by_process.items(), key=lambda kv: -kv[1])
            ],
            "unmapped": _amount(inv.unmapped),
        },
        "relationships": [
            {
                "person": people[r.person_id].code,
                "owner": person_code(r.owner_id),
                "last_engaged_on": r.last_engaged_on.isoformat() if r.last_engaged_on else None,
                "stale": r.stale,
                "responsibilities": r.responsibilities,
                "flags": list(r.flags),
            }
            for r in report.relationships
        ],
    }


__all__ = [
    "PARTNERSHIP_JSON_VERSION",
    "PartnershipReport",
    "partnership_report",
    "report_to_json",
]
