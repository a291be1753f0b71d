"""Executive summary: the case in business terms and the decisions asked of the board."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.fonts import FAMILY
from stratplanner.export.pdf.styles import RULE, layout_table
from stratplanner.export.pdf.text import clip, markup, para
from stratplanner.model.values import STATUS_LABELS, Status, quarter_span_label
from stratplanner.snapshot import ItemRec

ORIENTATION = "portrait"
TOP_ITEMS = 8


def _counted(ctx: ExportContext) -> list[ItemRec]:
    analysis = ctx.analysis
    if analysis is not None:
        return [i for i in ctx.snap.items if i.id in analysis.counted_item_ids]
    return [i for i in ctx.snap.items if i.status != Status.CANCELLED]


def _span(item: ItemRec) -> str:
    if item.start is None or item.end is None:
        return "not scheduled"
    return quarter_span_label(item.start, item.end)


def _tiles(ctx: ExportContext, items: list[ItemRec]) -> Flowable:
    styles = ctx.styles
    cost = sum(i.cost for i in items)
    value = sum(i.annual_value for i in items)
    statuses = Counter(i.status for i in items)
    mix = ", ".join(
        f"{statuses[s]} {STATUS_LABELS[Status(s)].lower()}"
        for s in ("in_progress", "approved", "proposed")
        if statuses.get(s)
    )
    tiles: list[tuple[str, str]] = [
        (ctx.money(cost), "total investment (capex + opex)"),
        (ctx.money(value), "expected value a year once delivered"),
    ]
    analysis = ctx.analysis
    if analysis is not None:
        tiles.append(
            (f"{analysis.aligned_spend_share * 100:.0f}%", "of spend serves a business objective")
        )
    tiles.append((f"{len(items)}", f"items{': ' + mix if mix else ''}"))
    width = ctx.portrait_frame[0] / len(tiles)
    cells = [
        [
            Paragraph(markup(big), styles.figure_big),
            Spacer(1, 2),
            Paragraph(markup(label), styles.figure_label),
        ]
        for big, label in tiles
    ]
    return layout_table(
        [cells],
        [width] * len(tiles),
        [
            ("BACKGROUND", (0, 0), (-1, -1), styles.accent_light),
            ("LINEBEFORE", (1, 0), (-1, 0), 2, "white"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def _lead(ctx: ExportContext, items: list[ItemRec]) -> Paragraph:
    info = ctx.snap.info
    cost = sum(i.cost for i in items)
    value = sum(i.annual_value for i in items)
    objectives = [o for o in ctx.snap.objectives if not ctx.snap.is_theme(o.id)]
    text = (
        f"Over <b>{info.start} to {info.end}</b> the plan invests <b>{ctx.money(cost)}</b> in "
        f"{len(items)} item{'s' if len(items) != 1 else ''} of IT-enabled change, expected to return "
        f"<b>{ctx.money(value)} a year</b> once delivered"
    )
    if cost > 0 and value > 0:
        text += f" (the investment pays back in about {cost / value:.1f} years of full benefits)"
    text += "."
    analysis = ctx.analysis
    if analysis is not None and objectives:
        unsupported = [o for o in objectives if o.id in analysis.unsupported_objective_ids]
        text += (
            f" {analysis.aligned_spend_share * 100:.0f}% of the spend serves the "
            f"{len(objectives)} business objectives the leadership agreed"
        )
        text += (
            f"; {len(unsupported)} of them {'has' if len(unsupported) == 1 else 'have'} no IT work behind them yet."
            if unsupported
            else "; every objective has IT work behind it."
        )
    if ctx.filter_text:
        text += f" This pack covers {markup(ctx.filter_text)} only."
    return Paragraph(text, ctx.styles.lead)


def _top_items(ctx: ExportContext, items: list[ItemRec]) -> list[Flowable]:
    rows = prioritization.ranked_rows(ctx)
    styles = ctx.styles
    width = ctx.portrait_frame[0]
    if rows:
        heading = "Top-ranked items"
        method = prioritization.method_label(prioritization.ranking(ctx))
        where = (
            "the ranked portfolio section"
            if "portfolio" in ctx.options.selected_sections()
            else "the working team pack"
        )
        note = f"Ranked by {method}; the full ranking is in {where}."
        chosen = [(r.rank, ctx.snap.item_by_id[r.item_id]) for r in rows[:TOP_ITEMS]]
    else:
        heading = "Largest items by annual value"
        note = "No ranking has been agreed yet; items are listed by the value they are expected to bring."
        ordered = sorted(items, key=lambda i: (-i.annual_value, -i.cost, i.code))[:TOP_ITEMS]
        chosen = list(enumerate(ordered, start=1))
    if not chosen:
        return []
    rows = [
        [
            str(rank),
            para(item.title, styles.cell_bold, limit=90),
            para(ctx.unit(item.business_unit_id) or "All units", styles.cell, limit=40),
            _span(item),
            ctx.money(item.cost),
            ctx.money(item.annual_value),
        ]
        for rank, item in chosen
    ]
    widths = [0.05, 0.36, 0.17, 0.18, 0.12, 0.12]
    table = ctx.table(
        ["#", "Item", "Business unit", "When", "Cost", "Value a year"],
        rows,
        [w * width for w in widths],
        right=(0, 4, 5),
    )
    return [Paragraph(heading, styles.h2), table, Spacer(1, 2), Paragraph(note, styles.muted)]


def _unsupported(ctx: ExportContext) -> list[Flowable]:
    analysis = ctx.analysis
    if analysis is None:
        return []
    objectives = [
        o
        for o in ctx.snap.objectives
        if o.id in analysis.unsupported_objective_ids and not ctx.snap.is_theme(o.id)
    ]
    if not objectives:
        return []
    items = [
        ListItem(
            Paragraph(
                f"<b>{markup(clip(o.title, 160))}</b>"
                + (f" — owner {markup(ctx.person(o.owner_id))}" if o.owner_id else "")
                + (f", target {o.target}" if o.target else ""),
                ctx.styles.body,
            ),
            value="•",
        )
        for o in objectives[:8]
    ]
    flows: list[Flowable] = [
        Paragraph("Objectives with no IT work behind them", ctx.styles.h2),
        ListFlowable(
            items,
            bulletType="bullet",
            start="•",
            leftIndent=12,
            bulletFontName=FAMILY,
            bulletColor=ctx.styles.accent,
        ),
    ]
    if len(objectives) > 8:
        flows.append(Paragraph(f"… and {len(objectives) - 8} more.", ctx.styles.muted))
    return flows


def _decisions(ctx: ExportContext, items: list[ItemRec]) -> list[str]:
    """The few decisions the plan asks of the board, most material first (markup)."""
    out: list[str] = []
    proposed = [i for i in items if i.status == Status.PROPOSED]
    if proposed:
        cost = sum(i.cost for i in proposed)
        value = sum(i.annual_value for i in proposed)
        largest = sorted(proposed, key=lambda i: -i.cost)[:3]
        names = ", ".join(markup(clip(i.title, 60)) for i in largest)
        out.append(
            f"<b>Approve {len(proposed)} proposed item{'s' if len(proposed) != 1 else ''}</b> "
            f"costing {ctx.money(cost)} and worth {ctx.money(value)} a year — or say which to drop. "
            f"The largest: {names}."
        )
    analysis = ctx.analysis
    if analysis is not None:
        unsupported = [
            o
            for o in ctx.snap.objectives
            if o.id in analysis.unsupported_objective_ids and not ctx.snap.is_theme(o.id)
        ]
        if unsupported:
            names = ", ".join(markup(clip(o.title, 60)) for o in unsupported[:3])
            out.append(
                f"<b>Fund or rule out IT work for {len(unsupported)} unsupported "
                f"objective{'s' if len(unsupported) != 1 else ''}</b>: {names}"
                f"{' …' if len(unsupported) > 3 else ''}."
            )
        by_team: dict[int, list[Any]] = defaultdict(list)
        for load in analysis.team_loads:
            if load.overbooked:
                by_team[load.team_id].append(load)
        if by_team:
            worst = sorted(by_team.items(), key=lambda kv: -max(x.excess for x in kv[1]))[:2]
            parts = []
            for team_id, loads in worst:
                peak = max(loads, key=lambda x: x.excess)
                team = ctx.snap.team_by_id[team_id]
                parts.append(
                    f"{markup(clip(team.name, 50))} is overbooked in {len(loads)} "
                    f"quarter{'s' if len(loads) != 1 else ''} (peak {peak.demand:g} FTE against "
                    f"{peak.capacity:g} in {peak.quarter})"
                )
            out.append("<b>Add capacity or accept later starts</b>: " + "; ".join(parts) + ".")
        orphans = [i for i in items if i.id in analysis.orphan_item_ids]
        if orphans:
            out.append(
                f"<b>Question {ctx.money(sum(i.cost for i in orphans))} of spend</b> on "
                f"{len(orphans)} item{'s' if len(orphans) != 1 else ''} linked to no business objective."
            )
    no_sponsor = [
        i
        for i in items
        if i.sponsor_id is None
        or not getattr(ctx.snap.person_by_id.get(i.sponsor_id), "active", True)
    ]
    if no_sponsor:
        out.append(
            f"<b>Name a business sponsor</b> for {len(no_sponsor)} item{'s' if len(no_sponsor) != 1 else ''} "
            "that have none (or whose sponsor has left)."
        )
    return out[:5]


def build(ctx: ExportContext) -> list[Flowable]:
    if ctx.snap.is_empty:
        return []
    items = _counted(ctx)
    styles = ctx.styles
    flows: list[Flowable] = [
        ctx.heading("summary"),
        _lead(ctx, items),
        _tiles(ctx, items),
        Spacer(1, 4 * mm),
    ]
    decisions = _decisions(ctx, items)
    if decisions:
        listing = ListFlowable(
            [
                ListItem(Paragraph(text, styles.body), value=n)
                for n, text in enumerate(decisions, start=1)
            ],
            bulletType="1",
            leftIndent=16,
            bulletFontName=styles.h3.fontName,
            bulletColor=styles.accent,
        )
        block = layout_table(
            [[Paragraph("Decisions asked of the board", styles.h2)], [listing]],
            [ctx.portrait_frame[0]],
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3, styles.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ],
        )
        flows.append(KeepTogether([block]))
    flows += _top_items(ctx, items)
    flows += _unsupported(ctx)
    return flows
