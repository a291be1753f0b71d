"""Investment mix: where the money goes (category, quarter, business unit, theme) and what it
buys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from stratplanner.analysis.figures import percent_shares
from stratplanner.export.pdf import charts
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.styles import layout_table
from stratplanner.export.pdf.text import markup, para, percent, widths_fitting
from stratplanner.i18n import translate

ORIENTATION = "portrait"
CATEGORIES = ("run", "grow", "transform")
TABLE_ROWS = 12
PORTRAIT_CHART_SCALE = 0.85
#: Items numbered on the value-against-cost chart (the largest); the rest are counted.
KEY_LIMIT = 45


def _share_rows(
    ctx: ExportContext, amounts: Mapping[Any, float], label: Any, total: float
) -> list[list[Any]]:
    ordered = [
        kv for kv in sorted(amounts.items(), key=lambda kv: (kv[0] is None, -kv[1])) if kv[1] > 0
    ]
    shown: dict[Any, float] = {}
    rest = 0.0
    for n, (key, amount) in enumerate(ordered):
        if n >= TABLE_ROWS - 1 and len(ordered) > TABLE_ROWS:
            rest += amount
        else:
            shown[key] = amount
    others = object()
    if rest:
        shown[others] = rest
    shares = percent_shares(shown)
    return [
        [
            para(
                translate("PdfInvestment", "All others") if key is others else label(key),
                ctx.styles.cell,
            ),
            ctx.money(amount),
            percent(shares.get(key, 0) / 100) if amount > 0 else "–",
        ]
        for key, amount in shown.items()
    ]


def _mix_sentence(ctx: ExportContext, by_category: Mapping[str, float], total: float) -> str:
    shares = percent_shares({key: by_category.get(key, 0.0) for key in CATEGORIES})
    run, grow, transform = (f"<b>{percent(shares[key] / 100)}</b>" for key in CATEGORIES)
    quarters = {q: v for q, v in ctx.analysis.investment_by_quarter.items() if q is not None}
    text = translate(
        "PdfInvestment",
        "Of the {total} the plan invests, {run} keeps the business running (run), {grow} "
        "grows it (grow) and {transform} transforms it (transform).",
    ).format(total=ctx.money(total), run=run, grow=grow, transform=transform)
    if quarters:
        peak = max(quarters, key=lambda q: quarters[q])
        text += " " + translate("PdfInvestment", "Spend peaks in {quarter} at {money}.").format(
            quarter=peak, money=ctx.money(quarters[peak])
        )
    unscheduled = ctx.analysis.investment_by_quarter.get(None, 0.0)
    if unscheduled > 0:
        text += " " + translate(
            "PdfInvestment", "{money} belongs to items not yet scheduled."
        ).format(money=ctx.money(unscheduled))
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
        return ctx.table(
            [title, translate("PdfInvestment", "Cost"), translate("PdfInvestment", "Share")],
            rows,
            widths_fitting(widths, rows, (1, 2), take_from=0),
            right=(1, 2),
        )

    by_unit = table(
        translate("PdfInvestment", "Business unit"),
        _share_rows(
            ctx,
            analysis.investment_by_business_unit,
            lambda k: (
                units[k].name if k in units else translate("PdfInvestment", "Group-wide (no unit)")
            ),
            total,
        ),
    )
    by_theme = table(
        translate("PdfInvestment", "Theme"),
        _share_rows(
            ctx,
            analysis.investment_by_theme,
            lambda k: (
                objectives[k].title
                if k in objectives
                else translate("PdfInvestment", "Serves no objective")
            ),
            total,
        ),
    )
    pair = layout_table(
        [[by_unit, by_theme]],
        [half + 4 * mm, half + 4 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
    )
    flows += [Paragraph(translate("PdfInvestment", "Where the money goes"), styles.h2), pair]
    flows += _value_against_cost(ctx, width, height)
    return flows


KEY_COLUMNS = 3


def _value_against_cost(ctx: ExportContext, width: float, height: float) -> list[Flowable]:
    """The bubbles with every drawn item numbered, the numbers' key and the dashed lines
    explained under the chart (a PDF has no tooltip)."""
    options = charts.chart_options("bubbles", label_mode="key", key_limit=KEY_LIMIT)
    bubbles, info = charts.chart_flowable(
        ctx,
        "bubbles",
        width,
        height * 0.52,
        options=options,
        with_info=True,
        scale=PORTRAIT_CHART_SCALE,
    )
    if bubbles is None:
        return []
    styles = ctx.styles
    flows: list[Flowable] = [
        CondPageBreak(height * 0.85),
        Paragraph(translate("PdfInvestment", "What the money buys"), styles.h2),
        Paragraph(
            translate(
                "PdfInvestment",
                "Each item's annual value against its cost; bubble size shows how strongly it "
                "serves the business objectives. Top left are quick wins, top right strategic "
                "bets.",
            ),
            styles.body,
        ),
        bubbles,
    ]
    extra = getattr(info, "extra", {}) or {}
    if extra.get("reference_lines"):
        flows.append(Paragraph(markup(extra["reference_lines"]), styles.muted))
    key = extra.get("key") or []
    if key:
        items = ctx.snap.item_by_id
        cells = [
            Paragraph(f"<b>{number}</b>  {markup(items[item_id].title)}", styles.cell)
            for number, item_id in key
        ]
        # row by row (1 2 3 / 4 5 6), so a key that runs onto the next page reads in order
        grid = [
            cells[start : start + KEY_COLUMNS]
            + [""] * (KEY_COLUMNS - len(cells[start : start + KEY_COLUMNS]))
            for start in range(0, len(cells), KEY_COLUMNS)
        ]
        flows += [
            Spacer(1, 2 * mm),
            layout_table(
                grid,
                [width / KEY_COLUMNS] * KEY_COLUMNS,
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
            ),
        ]
    if extra.get("key_note"):  # the items left out of the numbered key
        flows.append(Paragraph(markup(extra["key_note"]), styles.muted))
    return flows
