"""Ranked portfolio: every live item in the agreed order, its score broken down by criterion,
and whether its rank holds if any one weight moves by ±20%."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from stratplanner.analysis.text import number_g
from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext, RowSource, wrapped
from stratplanner.export.pdf.fonts import BOLD, FAMILY
from stratplanner.export.pdf.styles import CELL_PAD_X, WARNING
from stratplanner.export.pdf.text import (
    markup,
    money_width,
    number,
    percent,
    status_label,
)
from stratplanner.export.pdf.textblock import Run, TextBlock, user
from stratplanner.i18n import format_date, format_number, translate
from stratplanner.model.values import Status, quarter_span_label

ORIENTATION = "landscape"
#: Criteria shown as their own column; the rest add up in "Other".
MAX_CRITERIA = 6
MIN_ITEM_WIDTH = 150.0
#: The narrowest the item's column gets when the other columns need more (a longer language).
ITEM_FLOOR = 110.0


def _when(item: Any) -> str:
    if item.start is None or item.end is None:
        return translate("PdfPortfolio", "not scheduled")
    return quarter_span_label(item.start, item.end)


def _intro(ctx: ExportContext, ranking: Any, rows: list[Any], sens: Any) -> list[Flowable]:
    styles = ctx.styles
    count = len(rows)
    text = translate("PdfPortfolio", "%n live item(s) ranked by {method}.", None, count).format(
        method=prioritization.method_label(ranking)
    )
    if ranking.method == "score" and ranking.criteria:
        weights = ", ".join(
            f"{markup(c.name)} {percent(c.share)}" for c in ranking.criteria if c.weight > 0
        )
        text += " " + translate(
            "PdfPortfolio",
            "Weights: {weights}. A score is out of 100; each criterion column shows the points "
            "it adds.",
        ).format(weights=weights)
    pinned = len([r for r in rows if r.pin is not None])
    if pinned:
        text += " " + translate(
            "PdfPortfolio", "%n rank(s) were set by the business (†).", None, pinned
        )
    flows: list[Flowable] = [Paragraph(text, styles.body)]
    if sens is not None and sens.items:
        shown = {r.item_id for r in rows}
        items = [s for s in sens.items if s.item_id in shown]
        robust = sum(1 for s in items if s.robust)
        flows.append(
            Paragraph(
                translate(
                    "PdfPortfolio",
                    "<b>{robust} of {count} ranks hold</b> if any single weight moves by ±20%; "
                    "the range column shows how far the others could move.",
                ).format(robust=number(robust), count=number(len(items))),
                styles.body,
            )
        )
    return flows


def build(ctx: ExportContext) -> list[Flowable]:
    ranking = prioritization.ranking(ctx)
    rows = prioritization.ranked_rows(ctx)
    if ranking is None or not rows:
        return []
    styles = ctx.styles
    snap = ctx.snap
    sens = prioritization.sensitivity(ctx)
    by_item = {s.item_id: s for s in sens.items} if sens is not None else {}
    width, _ = ctx.landscape_frame
    scored = ranking.method == "score"
    criteria = [c for c in ranking.criteria if c.weight > 0] if scored else []
    shown_criteria = criteria[:MAX_CRITERIA]
    other = criteria[MAX_CRITERIA:]

    header = [
        "#",
        translate("PdfPortfolio", "Item"),
        translate("PdfPortfolio", "Business unit"),
        translate("PdfPortfolio", "Status"),
        translate("PdfPortfolio", "When"),
        translate("PdfPortfolio", "Cost"),
        translate("PdfPortfolio", "Value a year"),
        translate("PdfPortfolio", "Score"),
    ]
    widths = [26.0, 0.0, 84.0, 58.0, 84.0, 58.0, 58.0, 34.0]  # 'USD 10.6 m' fits
    # Wider where the language's words or money need it ('Zurückgestellt', '10,6 Mio. USD').
    pad = 2 * CELL_PAD_X + 0.5
    statuses = max(stringWidth(status_label(s), FAMILY, 8) for s in Status)
    widths[3] = max(widths[3], statuses + pad)
    shown_items = [snap.item_by_id[entry.item_id] for entry in rows]
    largest = max((max(i.cost, i.annual_value) for i in shown_items), default=0.0)
    widths[5] = widths[6] = max(widths[5], money_width(ctx.money, largest) + pad)
    # Ranks of four digits and more ('1204 †') stay whole; digits are all as wide.
    last_rank = max((entry.rank for entry in rows), default=0)
    widths[0] = max(widths[0], stringWidth(f"{last_rank} †", FAMILY, 8) + pad)
    group = None
    if scored:
        header += [c.name for c in shown_criteria] + (
            [translate("PdfPortfolio", "Other")] if other else []
        )
        widths += [56.0] * (len(shown_criteria) + (1 if other else 0))
        group = (translate("PdfPortfolio", "Points by criterion"), 8, len(header) - 1)
    else:
        header += [
            translate("PdfPortfolio", "Cost of delay"),
            translate("PdfPortfolio", "Job size"),
        ]
        widths += [56.0, 48.0]
    if by_item:
        header.append(translate("PdfPortfolio", "Range ±20%"))
        farthest = max((s.max_rank for s in by_item.values()), default=0)
        widths.append(max(44.0, stringWidth(f"{farthest}–{farthest}", FAMILY, 8) + pad))
    show_unit = width - sum(widths) >= MIN_ITEM_WIDTH
    if not show_unit:  # many criteria: the item's unit is on its card in the appendix
        del header[2], widths[2]
        if group is not None:
            group = (group[0], group[1] - 1, group[2] - 1)
    widths[1] = max(MIN_ITEM_WIDTH, width - sum(widths))
    if sum(widths) > width:  # longer words or money: the item's title (it wraps) gives room first
        widths[1] = max(ITEM_FLOOR, widths[1] - (sum(widths) - width))
    if sum(widths) > width:  # never wider than the page
        widths = [w * width / sum(widths) for w in widths]
    # The rows are made as layout reaches them (RowSource): a 20,000-item ranking's rows
    # held at once took 70 MB.
    flips: list[tuple] = []
    for n, entry in enumerate(rows):
        s = by_item.get(entry.item_id)
        if s is not None and not s.robust:
            cell_at = (len(header) - 1, n + (2 if group else 1))
            flips.append(("TEXTCOLOR", cell_at, cell_at, WARNING))

    group_wide = translate("PdfPortfolio", "Group-wide")
    holds = translate("PdfPortfolio", "holds")

    def make_row(n: int) -> list[Any]:
        if n % 200 == 0:
            ctx.check()
        entry = rows[n]
        item = snap.item_by_id[entry.item_id]
        mark = " †" if entry.pin is not None else ""
        cell = TextBlock([user(item.code, font=BOLD), Run("  "), user(item.title)], styles.cell)
        score = (
            "–"
            if entry.score is None
            else format_number(entry.score, 0 if scored else 1, grouping=False)
        )
        row = [
            f"{entry.rank}{mark}",
            cell,
            *(
                [wrapped(ctx.unit(item.business_unit_id) or group_wide, FAMILY, 8, widths[2] - 8)]
                if show_unit
                else []
            ),
            status_label(item.status),
            _when(item),
            ctx.money(item.cost),
            ctx.money(item.annual_value),
            score,
        ]
        if scored:
            points = entry.contributions
            row += [
                format_number(points.get(c.code, 0.0), 1, grouping=False) for c in shown_criteria
            ]
            if other:
                rest = sum(points.get(c.code, 0.0) for c in other)
                row.append(format_number(rest, 1, grouping=False))
        else:
            row += [
                "–" if entry.cost_of_delay is None else number_g(entry.cost_of_delay),
                "–" if entry.job_size is None else number_g(entry.job_size),
            ]
        if by_item:
            s = by_item.get(entry.item_id)
            row.append(holds if s is None or s.robust else f"{s.min_rank}–{s.max_rank}")
        return row

    table_rows = RowSource(len(rows), make_row)
    numeric = tuple(range(5 if show_unit else 4, len(header)))
    flows: list[Flowable] = [
        ctx.heading("portfolio"),
        *_intro(ctx, ranking, rows, sens),
        Spacer(1, 4),
    ]
    flows.append(
        ctx.table(
            header,
            table_rows,
            widths,
            right=(0, *numeric),
            long=True,
            group=group,
            extra_style=flips,
        )
    )
    pins = [r for r in rows if r.pin is not None]
    if pins:
        flows.append(Paragraph(translate("PdfPortfolio", "Ranks set by the business"), styles.h3))
        pinned_at = translate("PdfPortfolio", "† <b>{code}</b> at rank {rank}: {reason}")
        for entry in pins:
            pin = entry.pin
            who = f" — {markup(pin.decided_by)}" if pin.decided_by else ""
            when = f", {format_date(pin.decided_on, 'medium')}" if pin.decided_on else ""
            reason = (
                markup(pin.reason)
                if pin.reason
                else translate("PdfPortfolio", "no reason recorded")
            )
            text = pinned_at.format(code=markup(entry.code), rank=pin.rank, reason=reason)
            flows.append(Paragraph(text + who + when, styles.small))
    for warning in getattr(ranking, "warnings", ()):
        flows.append(Paragraph(markup(warning), styles.muted))
    return flows
