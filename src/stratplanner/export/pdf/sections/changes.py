"""Changes since a baseline: what was added, dropped, moved, re-costed, re-ranked, and which
objectives gained or lost support."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.text import markup, number, status_label, widths_fitting
from stratplanner.i18n import current_backend, format_number, translate
from stratplanner.model.values import quarter_span_label

ORIENTATION = "portrait"


def _span(start: Any, end: Any) -> str:
    if start is None or end is None:
        return translate("PdfChanges", "unscheduled")
    return quarter_span_label(start, end)


def _item_cell(ctx: ExportContext, code: str, title: str) -> Paragraph:
    return Paragraph(f"<b>{markup(code)}</b> {markup(title)}", ctx.styles.cell)


def _block(
    ctx: ExportContext,
    title: str,
    entries: Sequence[Any],
    header: list[str],
    row: Callable[[Any], list[Any]],
    *,
    shares: list[float],
    right: tuple[int, ...] = (),
) -> list[Flowable]:
    if not entries:
        return []
    width = ctx.portrait_frame[0]
    rows = [row(e) for e in entries]
    widths = widths_fitting([width * s for s in shares], rows, right, take_from=0)
    return [
        CondPageBreak(90),
        Paragraph(f"{title} ({number(len(entries))})", ctx.styles.h2),
        ctx.table(header, rows, widths, right=right, long=len(rows) > 25),
    ]


def _shift(move: Any) -> str:
    if move.shift is None:
        return "–"
    if move.shift:
        return translate("PdfChanges", "starts {shift} q").format(shift=f"{move.shift:+d}")
    if move.old_end is not None and move.new_end is not None:
        return translate("PdfChanges", "ends {shift} q").format(
            shift=f"{move.new_end - move.old_end:+d}"
        )
    return "–"


def _support(value: int | None, unsupported: bool | None) -> str:
    if value is None:
        return translate("PdfChanges", "did not exist")
    if unsupported:
        return translate("PdfChanges", "{support} (unsupported)").format(support=value)
    return str(value)


def build(ctx: ExportContext) -> list[Flowable]:
    found = prioritization.baseline_changes(ctx)
    if found is None:
        return []
    baseline, diff = found
    styles = ctx.styles
    flows: list[Flowable] = [ctx.heading("changes")]
    totals = diff.totals
    if baseline.taken_at:
        # The day as the baseline list writes it: '07 March 2027'.
        pattern = translate("PdfChanges", "dd MMMM yyyy", "a baseline's date: 07 March 2027")
        lead = translate(
            "PdfChanges", "Compared with the baseline <b>“{name}”</b> taken {date}."
        ).format(
            name=markup(baseline.name),
            date=current_backend().format_date(baseline.taken_at, pattern),
        )
    else:
        lead = translate("PdfChanges", "Compared with the baseline <b>“{name}”</b>.").format(
            name=markup(baseline.name)
        )
    if totals:
        items_then, items_now = totals.get("items", (0, 0))
        cost_then, cost_now = totals.get("cost", (0.0, 0.0))
        value_then, value_now = totals.get("annual_value", (0.0, 0.0))
        lead += " " + translate(
            "PdfChanges",
            "Items {items_then} → {items_now}; investment {cost_then} → <b>{cost_now}</b>; "
            "value a year {value_then} → <b>{value_now}</b>.",
        ).format(
            items_then=format_number(items_then, 0, grouping=False),
            items_now=format_number(items_now, 0, grouping=False),
            cost_then=ctx.money(cost_then),
            cost_now=ctx.money(cost_now),
            value_then=ctx.money(value_then),
            value_now=ctx.money(value_now),
        )
    flows.append(Paragraph(lead, styles.lead))
    for note in diff.notes:
        flows.append(Paragraph(markup(note), styles.muted))
    if diff.is_empty:
        flows.append(
            Paragraph(
                translate(
                    "PdfChanges",
                    "Nothing has changed in the items or the objectives' support since then.",
                ),
                styles.body,
            )
        )
        return flows
    item = translate("PdfChanges", "Item")
    was, now = translate("PdfChanges", "Was"), translate("PdfChanges", "Now")
    flows += _block(
        ctx,
        translate("PdfChanges", "Added"),
        diff.added,
        [translate("PdfChanges", "Item")],
        lambda r: [_item_cell(ctx, r.code, r.title)],
        shares=[1.0],
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Dropped"),
        diff.removed,
        [translate("PdfChanges", "Item")],
        lambda r: [_item_cell(ctx, r.code, r.title)],
        shares=[1.0],
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Moved"),
        diff.moved,
        [item, was, now, translate("PdfChanges", "Shift")],
        lambda m: [
            _item_cell(ctx, m.code, m.title),
            _span(m.old_start, m.old_end),
            _span(m.new_start, m.new_end),
            _shift(m),
        ],
        shares=[0.48, 0.18, 0.18, 0.16],
        right=(3,),
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Re-costed"),
        diff.recosted,
        [item, was, now, translate("PdfChanges", "Change")],
        lambda r: [
            _item_cell(ctx, r.code, r.title),
            ctx.money(r.old_cost),
            ctx.money(r.new_cost),
            ("+" if r.change > 0 else "−") + ctx.money(abs(r.change)),
        ],
        shares=[0.52, 0.16, 0.16, 0.16],
        right=(1, 2, 3),
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Re-ranked"),
        diff.reranked,
        [item, was, now],
        lambda r: [_item_cell(ctx, r.code, r.title), str(r.old_rank), str(r.new_rank)],
        shares=[0.7, 0.15, 0.15],
        right=(1, 2),
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Status changed"),
        diff.status_changed,
        [item, was, now],
        lambda s: [
            _item_cell(ctx, s.code, s.title),
            status_label(s.old_status),
            status_label(s.new_status),
        ],
        shares=[0.6, 0.2, 0.2],
    )
    flows += _block(
        ctx,
        translate("PdfChanges", "Objectives whose support changed"),
        diff.objectives,
        [
            translate("PdfChanges", "Objective"),
            translate("PdfChanges", "Support then"),
            translate("PdfChanges", "Support now"),
        ],
        lambda o: [
            _item_cell(ctx, o.code, o.title),
            _support(o.old_support, o.old_unsupported),
            _support(o.new_support, o.new_unsupported),
        ],
        shares=[0.6, 0.2, 0.2],
    )
    return flows
