"""Appendix: one card per item — the business case on a page of its own, or a part of one."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.document import SectionHeading
from stratplanner.export.pdf.fonts import BOLD, FAMILY
from stratplanner.export.pdf.styles import INK, MUTED, RULE, WARNING, css, layout_table
from stratplanner.export.pdf.text import (
    category_label,
    clip,
    fit_text,
    markup,
    paragraphs,
    status_label,
)
from stratplanner.model.values import quarter_span_label
from stratplanner.snapshot import ItemRec

ORIENTATION = "portrait"
CARD_TITLE_CHARS = 2000
STATUS_COLOURS = {
    "in_progress": "#2E7D4F",
    "done": "#5F6B7A",
    "on_hold": "#B5482F",
    "cancelled": "#9AA5B1",
}


def _facts(ctx: ExportContext, item: ItemRec) -> list[tuple[str, str]]:
    snap = ctx.snap
    analysis = ctx.analysis
    facts = [
        ("Sponsor", ctx.person(item.sponsor_id)),
        ("Champion", ctx.person(item.champion_id)),
        ("IT owner", ctx.person(item.it_owner_id)),
        ("Business unit", ctx.unit(item.business_unit_id)),
        ("Category", category_label(item.category)),
        (
            "When",
            quarter_span_label(item.start, item.end)
            if item.start and item.end
            else "Not scheduled",
        ),
        ("Capex", ctx.money(item.capex) if item.capex else ""),
        ("Opex", ctx.money(item.opex) if item.opex else ""),
        ("Annual value", ctx.money(item.annual_value) if item.annual_value else ""),
        ("Risk", item.risk.capitalize() if item.risk else ""),
    ]
    if analysis is not None and item.id in analysis.item_alignment:
        facts.append(("Alignment", f"{analysis.item_alignment[item.id] * 100:.0f}%"))
    demands = snap.demands_by_item.get(item.id, [])
    if demands:
        teams = ", ".join(
            f"{snap.team_by_id[d.team_id].name} {d.fte:g}"
            for d in demands
            if d.team_id in snap.team_by_id
        )
        facts.append(("Teams (FTE)", teams))
    return [(label, value) for label, value in facts if value]


def _facts_table(ctx: ExportContext, facts: list[tuple[str, str]], width: float) -> Table:
    half = (len(facts) + 1) // 2
    label_w, value_w = width * 0.14, width * 0.36
    rows = []
    for n in range(half):
        row = []
        for label, value in (facts[n], facts[n + half] if n + half < len(facts) else ("", "")):
            row += [label, fit_text(value, FAMILY, 8, value_w - 8)]
        rows.append(row)
    return layout_table(
        rows,
        [label_w, value_w, label_w, value_w],
        [
            ("FONTNAME", (0, 0), (0, -1), BOLD),
            ("FONTNAME", (2, 0), (2, -1), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ],
    )


def _relations(ctx: ExportContext, item: ItemRec) -> list[Flowable]:
    snap = ctx.snap
    style = ctx.styles.small
    flows: list[Flowable] = []

    def names(ids: list[int]) -> str:
        return "; ".join(
            f"{markup(snap.item_by_id[i].code)} {markup(clip(snap.item_by_id[i].title, 80))}"
            for i in ids
            if i in snap.item_by_id
        )

    before = snap.predecessors.get(item.id, [])
    if before:
        flows.append(Paragraph(f"<b>Depends on:</b> {names(before)}", style))
    objectives = [
        (link.strength, snap.objective_by_id[link.objective_id])
        for link in snap.links_by_item.get(item.id, [])
        if link.objective_id in snap.objective_by_id
    ]
    if objectives:
        text = "; ".join(
            f"{markup(clip(o.title, 90))} ({['', 'weak', 'moderate', 'strong'][min(max(s, 0), 3)]})"
            for s, o in sorted(objectives, key=lambda so: -so[0])
        )
        flows.append(Paragraph(f"<b>Serves:</b> {text}", style))
    else:
        flows.append(
            Paragraph(
                f"<b>Serves:</b> <font color='{css(WARNING)}'>no objective (orphan)</font>", style
            )
        )
    kpis = snap.kpis_by_item.get(item.id, [])
    if kpis:
        text = "; ".join(
            f"{markup(clip(k.name, 80))}: "
            + " → ".join(
                f"{v:g}{'' if k.unit.strip() == '%' else ' '}{markup(clip(k.unit, 20))}".strip()
                for v in (k.baseline, k.target)
                if v is not None
            )
            for k in kpis
        )
        flows.append(Paragraph(f"<b>KPIs:</b> {text}", style))
    milestones = sorted(snap.milestones_by_item.get(item.id, []), key=lambda m: m.quarter)
    if milestones:
        text = "; ".join(f"{m.quarter} {markup(clip(m.title, 90))}" for m in milestones)
        flows.append(Paragraph(f"<b>Milestones:</b> {text}", style))
    return flows


def _card(ctx: ExportContext, item: ItemRec) -> list[Flowable]:
    styles = ctx.styles
    width = ctx.portrait_frame[0]
    status = status_label(item.status)
    colour = STATUS_COLOURS.get(item.status, css(styles.accent))
    text = (
        f"{markup(item.code)}  {markup(clip(item.title, CARD_TITLE_CHARS))}"
        f"  <font size='8' color='{colour}'>● {markup(status)}</font>"
    )
    heading = SectionHeading(
        text,
        styles.h3,
        key=f"item-{item.id}",
        outline_title=clip(f"{item.code} {item.title}", 120),
        level=1,
    )
    top: list[Flowable] = [
        HRFlowable(width="100%", thickness=1.2, color=styles.accent, spaceBefore=0, spaceAfter=2),
        heading,
    ]
    facts = _facts(ctx, item)
    if facts:
        top.append(_facts_table(ctx, facts, width))
    flows: list[Flowable] = [CondPageBreak(45 * mm), KeepTogether(top), Spacer(1, 4)]
    flows += paragraphs(item.value_statement, styles.body, prefix="<b>Value:</b> ")
    flows += paragraphs(item.description, styles.body, prefix="<b>What:</b> ")
    flows += _relations(ctx, item)
    flows.append(Spacer(1, 5 * mm))
    return flows


def build(ctx: ExportContext) -> list[Flowable]:
    snap = ctx.snap
    if not snap.items:
        return []
    flows: list[Flowable] = [
        ctx.heading("appendix"),
        Paragraph(
            f"One card per item ({len(snap.items)}), in plan order: who answers for it, what it costs, "
            "the value it brings, what it depends on and the objectives it serves.",
            ctx.styles.lead,
        ),
    ]
    for n, item in enumerate(snap.items):
        if n % 50 == 0:
            ctx.check()
        flows += _card(ctx, item)
    return flows
