"""What is at risk in the plan, each risk with its consequence and what the board can do.

One reading for the "What is at risk" page, the risk marks (⚠) beside
top-ranked items on the cover, summary and timeline, and the tests: the
capacity sequence (items it cannot place or delays), dependency conflicts,
overbooked teams, items whose sponsor or champion is missing or has left,
objectives no IT work supports, and items with no business case.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from stratplanner.analysis.capacity import TeamQuarterLoad
from stratplanner.analysis.text import number_g
from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot import ItemRec

#: The mark printed beside an item that carries a risk (DejaVu Sans has it).
RISK_MARK = "⚠"

#: Each kind of risk and its heading (shown with ``translate("PdfRisks", title)``).
KINDS: dict[str, str] = {
    "not_placed": QT_TRANSLATE_NOOP("PdfRisks", "Capacity cannot place it in the horizon"),
    "delayed": QT_TRANSLATE_NOOP("PdfRisks", "Capacity sequencing delays it"),
    "dependency": QT_TRANSLATE_NOOP("PdfRisks", "Planned before its predecessor ends"),
    "overbooked": QT_TRANSLATE_NOOP("PdfRisks", "Team overbooked"),
    "sponsor": QT_TRANSLATE_NOOP("PdfRisks", "No active sponsor or champion"),
    "unsupported": QT_TRANSLATE_NOOP("PdfRisks", "Objective with no IT work"),
    "no_case": QT_TRANSLATE_NOOP("PdfRisks", "No business case"),
}
#: A role nobody fills, in the consequence ("No active sponsor (left)") and, by its first
#: word, in the risk mark's reason ("no active sponsor").
ROLES: dict[str, tuple[str, str]] = {
    "sponsor": (
        QT_TRANSLATE_NOOP("PdfRisks", "sponsor"),
        QT_TRANSLATE_NOOP("PdfRisks", "sponsor"),
    ),
    "sponsor_left": (
        QT_TRANSLATE_NOOP("PdfRisks", "sponsor (left)"),
        QT_TRANSLATE_NOOP("PdfRisks", "sponsor"),
    ),
    "champion_left": (
        QT_TRANSLATE_NOOP("PdfRisks", "champion (left)"),
        QT_TRANSLATE_NOOP("PdfRisks", "champion"),
    ),
}


def kind_title(kind: str) -> str:
    """The heading of a kind of risk in the user's language."""
    return translate("PdfRisks", KINDS[kind]) if kind in KINDS else kind


def _either(words: list[str]) -> str:
    """'sponsor or champion' (at most two roles)."""
    if len(words) == 1:
        return words[0]
    return translate("PdfRisks", "{first} or {second}").format(first=words[0], second=words[1])


@dataclass
class Risk:
    """One line of the risk page: what, the consequence in money or dates, and the board's lever."""

    kind: str
    what: str
    consequence: str
    action: str
    money: float = 0.0
    item_ids: tuple[int, ...] = ()


@dataclass
class RiskRegister:
    risks: list[Risk] = field(default_factory=list)
    #: item id → short reasons ("not placed by the capacity sequence"), for the risk mark.
    by_item: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def reasons(self, item_id: int) -> list[str]:
        return self.by_item.get(item_id, [])

    def marked(self, item_id: int) -> bool:
        return bool(self.by_item.get(item_id))

    def of_kind(self, kind: str) -> list[Risk]:
        return [r for r in self.risks if r.kind == kind]


def risk_register(ctx: ExportContext) -> RiskRegister:
    """The plan's risks (cached per export)."""
    if "risks" not in ctx.extras:
        ctx.extras["risks"] = _compute(ctx)
    return ctx.extras["risks"]


def mark(ctx: ExportContext, item_id: int) -> str:
    """' ⚠' when the item carries a risk, else ''."""
    return f" {RISK_MARK}" if risk_register(ctx).marked(item_id) else ""


def _active(ctx: ExportContext, person_id: int | None) -> bool:
    person = ctx.snap.person_by_id.get(person_id) if person_id is not None else None
    return person is not None and getattr(person, "active", True)


def _compute(ctx: ExportContext) -> RiskRegister:
    snap, analysis = ctx.snap, ctx.analysis
    reg = RiskRegister()
    items = {i.id: i for i in snap.items if i.status != "cancelled"}

    def add(risk: Risk, reason: str) -> None:
        reg.risks.append(risk)
        for item_id in risk.item_ids:
            reg.by_item[item_id].append(reason)

    sequence = prioritization.sequencing(ctx)
    if sequence is not None:
        for p in sequence.placements:
            item = items.get(p.item_id)
            if item is None or item.status in ("done", "on_hold"):
                continue
            if p.status == "not_placed" and item.scheduled:
                add(
                    Risk(
                        "not_placed",
                        item.title,
                        translate(
                            "PdfRisks",
                            "{cost} planned from {start}; its {value} a year is not delivered in "
                            "the horizon ({end}). {reason}",
                        ).format(
                            cost=ctx.money(item.cost),
                            start=item.start,
                            value=ctx.money(item.annual_value),
                            end=snap.info.end,
                            reason=p.reason,
                        ),
                        translate(
                            "PdfRisks",
                            "Fund more capacity in the teams it needs, bring its predecessor "
                            "forward, or move it out of this plan.",
                        ),
                        item.annual_value,
                        (item.id,),
                    ),
                    translate("PdfRisks", "the capacity sequence cannot place it"),
                )
            elif p.status == "placed" and (p.delay or 0) > 0:
                delay = p.delay or 0
                deferred = item.annual_value * delay / 4
                add(
                    Risk(
                        "delayed",
                        item.title,
                        translate(
                            "PdfRisks",
                            "+%n quarter(s): starts {start} instead of {planned}, deferring "
                            "about {money} of value. {reason}",
                            None,
                            delay,
                        ).format(
                            start=p.start,
                            planned=p.planned_start,
                            money=ctx.money(deferred),
                            reason=p.reason,
                        ),
                        translate(
                            "PdfRisks",
                            "Accept the later date, or add capacity in the quarters named.",
                        ),
                        deferred,
                        (item.id,),
                    ),
                    translate("PdfRisks", "delayed +%n quarter(s) by capacity", None, delay),
                )
    if analysis is not None:
        for f in analysis.findings:
            if f.kind == "dependency_violation" and f.record_id in items:
                item = items[f.record_id]
                before = items.get(f.related_id) if f.related_id is not None else None
                if before is not None:
                    consequence = translate(
                        "PdfRisks",
                        "Planned to start {start}, before {before} ends {end}; {money} of work "
                        "can't begin as planned.",
                    ).format(
                        start=item.start,
                        before=before.title,
                        end=before.end,
                        money=ctx.money(item.cost),
                    )
                else:
                    consequence = translate(
                        "PdfRisks",
                        "Planned to start {start}, before its predecessor ends; {money} of work "
                        "can't begin as planned.",
                    ).format(start=item.start, money=ctx.money(item.cost))
                add(
                    Risk(
                        "dependency",
                        item.title,
                        consequence,
                        translate(
                            "PdfRisks",
                            "Move it after its predecessor, or fund the predecessor to finish "
                            "sooner.",
                        ),
                        item.cost,
                        (item.id,),
                    ),
                    translate("PdfRisks", "planned before its predecessor ends"),
                )
        loads: dict[int, list[TeamQuarterLoad]] = defaultdict(list)
        for load in analysis.team_loads:
            if load.overbooked:
                loads[load.team_id].append(load)
        for team_id, team_loads in loads.items():
            team = snap.team_by_id[team_id]
            peak = max(team_loads, key=lambda x: x.demand - x.capacity)
            quarters = ", ".join(str(x.quarter) for x in team_loads[:6])
            booked = sorted(
                {
                    d.item_id
                    for d in snap.demands
                    if d.team_id == team_id
                    and d.item_id in items
                    and any(_runs_in(items[d.item_id], x.quarter) for x in team_loads)
                }
            )
            quarter_count, booked_count = len(team_loads), len(booked)
            add(
                Risk(
                    "overbooked",
                    team.name,
                    translate(
                        "PdfRisks",
                        "Over capacity in {quarters}; peak {demand} FTE against {capacity}; "
                        "%n item(s) it works on may slip.",
                        None,
                        booked_count,
                    ).format(
                        quarters=translate(
                            "PdfRisks", "%n quarter(s) ({list})", None, quarter_count
                        ).format(list=quarters + (" …" if quarter_count > 6 else "")),
                        demand=number_g(peak.demand),
                        capacity=number_g(peak.capacity),
                    ),
                    translate(
                        "PdfRisks",
                        "Add people to the team, or accept later starts for the lower-ranked work.",
                    ),
                    0.0,
                    (),
                ),
                "",
            )
        unsupported = [o for o in snap.objectives if o.id in analysis.unsupported_objective_ids]
        for o in unsupported:
            if snap.is_theme(o.id):
                continue
            if o.target:
                consequence = translate(
                    "PdfRisks",
                    "No IT work serves it with a moderate or strong link; its target ({target}) "
                    "has no delivery plan.",
                ).format(target=o.target)
            else:
                consequence = translate(
                    "PdfRisks", "No IT work serves it with a moderate or strong link."
                )
            add(
                Risk(
                    "unsupported",
                    o.title,
                    consequence,
                    translate(
                        "PdfRisks",
                        "Fund work for it, or agree with its owner that IT has no part in it.",
                    ),
                ),
                "",
            )
    left: dict[int, list[str]] = defaultdict(list)
    for item in items.values():
        if item.status == "done":
            continue
        if not _active(ctx, item.sponsor_id):
            left[item.id].append("sponsor" if item.sponsor_id is None else "sponsor_left")
        if item.champion_id is not None and not _active(ctx, item.champion_id):
            left[item.id].append("champion_left")
    for item_id, roles in left.items():
        item = items[item_id]
        add(
            Risk(
                "sponsor",
                item.title,
                translate(
                    "PdfRisks",
                    "No active {roles}: nobody on the business side answers for {value} a year "
                    "of value.",
                ).format(
                    roles=_either([translate("PdfRisks", ROLES[r][0]) for r in roles]),
                    value=ctx.money(item.annual_value),
                ),
                translate("PdfRisks", "Name a successor before the next stage gate."),
                item.annual_value,
                (item.id,),
            ),
            translate("PdfRisks", "no active {roles}").format(
                roles=_either([translate("PdfRisks", ROLES[r][1]) for r in roles])
            ),
        )
    for item in items.values():
        if item.status != "done" and not item.value_statement.strip():
            add(
                Risk(
                    "no_case",
                    item.title,
                    translate("PdfRisks", "{cost} with no stated business gain.").format(
                        cost=ctx.money(item.cost)
                    ),
                    translate("PdfRisks", "Ask its sponsor for the case, or stop it."),
                    item.cost,
                    (item.id,),
                ),
                translate("PdfRisks", "no business case"),
            )
    order = list(KINDS)
    reg.risks.sort(key=lambda r: (order.index(r.kind), -r.money, r.what))
    return reg


def _runs_in(item: ItemRec, quarter: object) -> bool:
    return item.start is not None and item.end is not None and item.start <= quarter <= item.end  # type: ignore[operator]
