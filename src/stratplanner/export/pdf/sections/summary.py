"""Executive summary: the case in business terms and the decisions asked of the board."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from stratplanner.analysis.figures import business_objectives, status_mix
from stratplanner.analysis.text import number_g
from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.fonts import FAMILY
from stratplanner.export.pdf.risks import RISK_MARK, risk_register
from stratplanner.export.pdf.styles import RULE, WARNING, css, layout_table
from stratplanner.export.pdf.text import (
    ANNUAL_VALUE_MEANING,
    INVESTMENT_MEANING,
    markup,
    meaning,
    number,
    para,
    percent,
    widths_fitting,
)
from stratplanner.i18n import format_number, translate
from stratplanner.model.values import Status, quarter_span_label
from stratplanner.snapshot import ItemRec

ORIENTATION = "portrait"
TOP_ITEMS = 8


def counted_items(ctx: ExportContext) -> list[ItemRec]:
    analysis = ctx.analysis
    if analysis is not None:
        return [i for i in ctx.snap.items if i.id in analysis.counted_item_ids]
    return [i for i in ctx.snap.items if i.status != Status.CANCELLED]


def _span(item: ItemRec) -> str:
    if item.start is None or item.end is None:
        return translate("PdfSummary", "not scheduled")
    return quarter_span_label(item.start, item.end)


def _tiles(ctx: ExportContext, items: list[ItemRec]) -> Flowable:
    styles = ctx.styles
    cost = sum(i.cost for i in items)
    value = sum(i.annual_value for i in items)
    tiles: list[tuple[str, str]] = [
        (
            ctx.money(cost),
            translate("PdfSummary", "investment ({meaning})").format(
                meaning=meaning(INVESTMENT_MEANING)
            ),
        ),
        (ctx.money(value), meaning(ANNUAL_VALUE_MEANING)),
    ]
    analysis = ctx.analysis
    if analysis is not None:
        tiles.append(
            (
                percent(analysis.aligned_spend_share),
                translate("PdfSummary", "of spend serves a business objective"),
            )
        )
    tiles.append(
        (number(len(items)), translate("PdfSummary", "items: {mix}").format(mix=status_mix(items)))
    )
    width = ctx.portrait_frame[0] / len(tiles)
    inner = width - 9 - 6
    big = styles.figure_big
    size = big.fontSize
    while size > 9 and max(stringWidth(t, big.fontName, size) for t, _ in tiles) > inner:
        size -= 0.5
    fitted = ParagraphStyle("sp-figure-fit", parent=big, fontSize=size, leading=size * 1.2)
    cells: list[object] = [
        [
            Paragraph(markup(figure), fitted),
            Spacer(1, 2),
            Paragraph(markup(label), styles.figure_label),
        ]
        for figure, label in tiles
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
    objectives = business_objectives(ctx.snap)
    count = len(items)
    if cost > 0 and value > 0:
        text = translate(
            "PdfSummary",
            "Over <b>{start} to {end}</b> the plan invests <b>{cost}</b> in %n item(s) of "
            "IT-enabled change, expected to return <b>{value} a year</b> once delivered (the "
            "investment pays back in about {years} years of full benefits).",
            None,
            count,
        )
    else:
        text = translate(
            "PdfSummary",
            "Over <b>{start} to {end}</b> the plan invests <b>{cost}</b> in %n item(s) of "
            "IT-enabled change, expected to return <b>{value} a year</b> once delivered.",
            None,
            count,
        )
    text = text.format(
        start=info.start,
        end=info.end,
        cost=ctx.money(cost),
        value=ctx.money(value),
        years=format_number(cost / value, 1, grouping=False) if value > 0 else "",
    )
    analysis = ctx.analysis
    if analysis is not None and objectives:
        unsupported = len([o for o in objectives if o.id in analysis.unsupported_objective_ids])
        leaves = len(objectives)
        agreed = translate("PdfSummary", "%n business objective(s)", None, leaves)
        if unsupported:
            sentence = translate(
                "PdfSummary",
                "{share} of the spend serves the {objectives} the leadership agreed; %n of them "
                "have no IT work behind them yet.",
                None,
                unsupported,
            )
        else:
            sentence = translate(
                "PdfSummary",
                "{share} of the spend serves the {objectives} the leadership agreed; every "
                "objective has IT work behind it.",
            )
        text += " " + sentence.format(
            share=percent(analysis.aligned_spend_share), objectives=agreed
        )
    if ctx.filter_text:
        text += " " + translate("PdfSummary", "This pack covers {filters} only.").format(
            filters=markup(ctx.filter_text)
        )
    return Paragraph(text, ctx.styles.lead)


def _top_items(ctx: ExportContext, items: list[ItemRec]) -> list[Flowable]:
    rows = prioritization.ranked_rows(ctx)
    styles = ctx.styles
    width = ctx.portrait_frame[0]
    if rows:
        heading = translate("PdfSummary", "Top-ranked items")
        method = prioritization.method_label(prioritization.ranking(ctx))
        if "portfolio" in ctx.options.selected_sections():
            note = translate(
                "PdfSummary",
                "Ranked by {method}; the full ranking is in the ranked portfolio section.",
            )
        else:
            note = translate(
                "PdfSummary", "Ranked by {method}; the full ranking is in the working team pack."
            )
        note = note.format(method=method)
        chosen = [(r.rank, ctx.snap.item_by_id[r.item_id]) for r in rows[:TOP_ITEMS]]
    else:
        heading = translate("PdfSummary", "Largest items by annual value")
        note = translate(
            "PdfSummary",
            "No ranking has been agreed yet; items are listed by the value they are expected "
            "to bring.",
        )
        ordered = sorted(items, key=lambda i: (-i.annual_value, -i.cost, i.code))[:TOP_ITEMS]
        chosen = list(enumerate(ordered, start=1))
    if not chosen:
        return []
    register = risk_register(ctx)
    warn = css(WARNING)

    def title_cell(item: ItemRec) -> Paragraph:
        text = f"<b>{markup(item.title)}</b>"
        reasons = register.reasons(item.id)
        if reasons:
            text += f"<br/><font color='{warn}'>{RISK_MARK} {markup('; '.join(reasons))}</font>"
        return Paragraph(text, styles.cell)

    rows = [
        [
            number(rank),
            title_cell(item),
            para(
                ctx.unit(item.business_unit_id) or translate("PdfSummary", "All units"),
                styles.cell,
            ),
            Paragraph(markup(_span(item)), styles.cell),
            ctx.money(item.cost),
            ctx.money(item.annual_value),
        ]
        for rank, item in chosen
    ]
    shares = [0.05, 0.36, 0.17, 0.18, 0.12, 0.12]
    widths = widths_fitting([w * width for w in shares], rows, (4, 5), take_from=1)
    table = ctx.table(
        [
            "#",
            translate("PdfSummary", "Item"),
            translate("PdfSummary", "Business unit"),
            translate("PdfSummary", "When"),
            translate("PdfSummary", "Cost"),
            translate("PdfSummary", "Value a year"),
        ],
        rows,
        widths,
        right=(0, 4, 5),
    )
    if any(register.marked(item.id) for _, item in chosen):
        note += " " + translate(
            "PdfSummary",
            "{mark} marks an item at risk; the next page says why and what the board can do.",
        ).format(mark=RISK_MARK)
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
                f"<b>{markup(o.title)}</b>"
                + (
                    translate("PdfSummary", " — owner {name}").format(
                        name=markup(ctx.person(o.owner_id))
                    )
                    if o.owner_id
                    else ""
                )
                + (
                    translate("PdfSummary", ", target {target}").format(target=o.target)
                    if o.target
                    else ""
                ),
                ctx.styles.body,
            ),
            value="•",
        )
        for o in objectives[:8]
    ]
    flows: list[Flowable] = [
        Paragraph(translate("PdfSummary", "Objectives with no IT work behind them"), ctx.styles.h2),
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
        more = translate("PdfSummary", "… and {count} more.").format(
            count=number(len(objectives) - 8)
        )
        flows.append(Paragraph(more, ctx.styles.muted))
    return flows


def decisions(ctx: ExportContext, items: list[ItemRec]) -> list[str]:
    """The few decisions the plan asks of the board, most material first (markup)."""
    out: list[str] = []
    proposed = [i for i in items if i.status == Status.PROPOSED]
    if proposed:
        cost = sum(i.cost for i in proposed)
        value = sum(i.annual_value for i in proposed)
        largest = sorted(proposed, key=lambda i: -i.cost)[:3]
        count = len(proposed)
        out.append(
            translate(
                "PdfSummary",
                "<b>Approve %n proposed item(s)</b> costing {cost} and worth {value} a year — "
                "or say which to drop. The largest: {names}.",
                None,
                count,
            ).format(
                cost=ctx.money(cost),
                value=ctx.money(value),
                names=", ".join(markup(i.title) for i in largest),
            )
        )
    analysis = ctx.analysis
    if analysis is not None:
        unsupported = [
            o
            for o in ctx.snap.objectives
            if o.id in analysis.unsupported_objective_ids and not ctx.snap.is_theme(o.id)
        ]
        if unsupported:
            names = ", ".join(markup(o.title) for o in unsupported[:3])
            more = len(unsupported) - 3
            count = len(unsupported)
            if more > 0:
                text = translate(
                    "PdfSummary",
                    "<b>Fund or rule out IT work for %n unsupported objective(s)</b>: {names} "
                    "and {more} more.",
                    None,
                    count,
                )
            else:
                text = translate(
                    "PdfSummary",
                    "<b>Fund or rule out IT work for %n unsupported objective(s)</b>: {names}.",
                    None,
                    count,
                )
            out.append(text.format(names=names, more=number(more)))
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
                quarters = len(loads)
                parts.append(
                    translate(
                        "PdfSummary",
                        "{team} is overbooked in %n quarter(s) (peak {demand} FTE against "
                        "{capacity} in {quarter})",
                        None,
                        quarters,
                    ).format(
                        team=markup(team.name),
                        demand=number_g(peak.demand),
                        capacity=number_g(peak.capacity),
                        quarter=peak.quarter,
                    )
                )
            out.append(
                translate(
                    "PdfSummary", "<b>Add capacity or accept later starts</b>: {teams}."
                ).format(teams="; ".join(parts))
            )
        orphans = [i for i in items if i.id in analysis.orphan_item_ids]
        if orphans:
            count = len(orphans)
            out.append(
                translate(
                    "PdfSummary",
                    "<b>Question {money} of spend</b> on %n item(s) linked to no business "
                    "objective.",
                    None,
                    count,
                ).format(money=ctx.money(sum(i.cost for i in orphans)))
            )
    no_sponsor = [
        i
        for i in items
        if i.sponsor_id is None
        or not getattr(ctx.snap.person_by_id.get(i.sponsor_id), "active", True)
    ]
    if no_sponsor:
        count = len(no_sponsor)
        out.append(
            translate(
                "PdfSummary",
                "<b>Name a business sponsor</b> for %n item(s) that have none (or whose sponsor "
                "has left).",
                None,
                count,
            )
        )
    return out[:5]


def decisions_block(ctx: ExportContext, texts: list[str], width: float) -> Flowable:
    """The numbered "Decisions asked of the board" box (cover, or summary without a cover)."""
    styles = ctx.styles
    listing = ListFlowable(
        [ListItem(Paragraph(text, styles.body), value=n) for n, text in enumerate(texts, start=1)],
        bulletType="1",
        leftIndent=16,
        bulletFontName=styles.h3.fontName,
        bulletColor=styles.accent,
    )
    return layout_table(
        [
            [Paragraph(translate("PdfSummary", "Decisions asked of the board"), styles.h2)],
            [listing],
        ],
        [width],
        [
            ("LINEBEFORE", (0, 0), (0, -1), 3, styles.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 2),
            ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ],
    )


def build(ctx: ExportContext) -> list[Flowable]:
    if ctx.snap.is_empty:
        return []
    items = counted_items(ctx)
    flows: list[Flowable] = [
        ctx.heading("summary"),
        _lead(ctx, items),
        _tiles(ctx, items),
        Spacer(1, 4 * mm),
    ]
    asked = decisions(ctx, items)
    if asked and "cover" not in ctx.options.selected_sections():
        flows.append(KeepTogether([decisions_block(ctx, asked, ctx.portrait_frame[0])]))
    flows += _top_items(ctx, items)
    flows += _unsupported(ctx)
    return flows
