"""Investment mix: where the money goes (category, quarter, business unit, theme) and what it buys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from stratplanner.export.pdf import charts
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.styles import layout_table
from stratplanner.export.pdf.text import para

ORIENTATION = "portrait"
CATEGORIES = ("run", "grow", "transform")
TABLE_ROWS = 12
PORTRAIT_CHART_SCALE = 0.85


def _share_rows(
    ctx: ExportContext, amounts: Mapping[Any, float], label: Any, total: float
) -> list[list[Any]]:
    ordered = sorted(amounts.items(), key=lambda kv: (kv[0] is None, -kv[1]))
    rows = []
    rest = 0.0
    for n, (key, amount) in enumerate(ordered):
        if amount <= 0:
            continue
        if n >= TABLE_ROWS - 1 and len(ordered) > TABLE_ROWS:
            rest += amount
            continue
        rows.append(
            [para(label(key), ctx.styles.cell, limit=60), ctx.money(amount), _pct(amount, total)]
        )
    if rest:
        rows.append([para("All others", ctx.styles.cell), ctx.money(rest), _pct(rest, total)])
    return rows


def _pct(amount: float, total: float) -> str:
    return f"{amount / total * 100:.0f}%" if total else "–"


def _mix_sentence(ctx: ExportContext, by_category: Mapping[str, float], total: float) -> str:
    run, grow, transform = (
        f"<b>{_pct(by_category.get(key, 0.0), total)}</b>" for key in CATEGORIES
    )
    quarters = {q: v for q, v in ctx.analysis.investment_by_quarter.items() if q is not None}
    text = (
        f"Of the {ctx.money(total)} the plan invests, {run} keeps the business running (run), "
        f"{grow} grows it (grow) and {transform} transforms it (transform)."
    )
    if quarters:
        peak = max(quarters, key=lambda q: quarters[q])
        text += f" Spend peaks in {peak} at {ctx.money(quarters[peak])}."
    unscheduled = ctx.analysis.investment_by_quarter.get(None, 0.0)
    if unscheduled > 0:
        text += f" {ctx.money(unscheduled)} belongs to items not yet scheduled."
    return text


def build(ctx: ExportContext) -> list[Flowable]:
    analysis = ctx.analysis
    if analysis is None or analysis.total_cost <= 0:
        return []
    styles = ctx.styles
    width, height = ctx.portrait_frame
    total = analysis.total_cost
    flows: list[Flowable] = [
        ctx.heading("investment"),
        Paragraph(_mix_sentence(ctx, analysis.investment_by_category, total), styles.lead),
    ]
    chart = charts.chart_flowable(
        ctx, "investment", width, height * 0.56, scale=PORTRAIT_CHART_SCALE
    )
    if chart is not None:
        flows += [chart, Spacer(1, 4 * mm)]

    snap = ctx.snap
    units = snap.business_unit_by_id
    objectives = snap.objective_by_id
    half = (width - 8 * mm) / 2
    widths = [half * 0.56, half * 0.27, half * 0.17]

    def table(title: str, rows: list[list[Any]]) -> Flowable:
        return ctx.table([title, "Cost", "Share"], rows, widths, right=(1, 2))

    by_unit = table(
        "Business unit",
        _share_rows(
            ctx,
            analysis.investment_by_business_unit,
            lambda k: units[k].name if k in units else "Group-wide (no unit)",
            total,
        ),
    )
    by_theme = table(
        "Theme",
        _share_rows(
            ctx,
            analysis.investment_by_theme,
            lambda k: objectives[k].title if k in objectives else "Serves no objective",
            total,
        ),
    )
    pair = layout_table(
        [[by_unit, by_theme]],
        [half + 4 * mm, half + 4 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    flows += [Paragraph("Where the money goes", styles.h2), pair]
    bubbles = charts.chart_flowable(ctx, "bubbles", width, height * 0.8, scale=PORTRAIT_CHART_SCALE)
    if bubbles is not None:
        flows += [
            CondPageBreak(height * 0.85),
            Paragraph("What the money buys", styles.h2),
            Paragraph(
                "Each item's annual value against its cost; bubble size shows how strongly it serves "
                "the business objectives. Top left are quick wins, top right strategic bets.",
                styles.body,
            ),
            bubbles,
        ]
    return flows
