"""Changes since a baseline: what was added, dropped, moved, re-costed, re-ranked, and which
objectives gained or lost support."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from stratplanner.export.pdf import prioritization
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.text import markup, status_label
from stratplanner.model.values import quarter_span_label

ORIENTATION = "portrait"


def _span(start: Any, end: Any) -> str:
    if start is None or end is None:
        return "unscheduled"
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
    return [
        CondPageBreak(90),
        Paragraph(f"{title} ({len(entries)})", ctx.styles.h2),
        ctx.table(header, rows, [width * s for s in shares], right=right, long=len(rows) > 25),
    ]


def _shift(move: Any) -> str:
    if move.shift is None:
        return "–"
    if move.shift:
        return f"starts {move.shift:+d} q"
    if move.old_end is not None and move.new_end is not None:
        return f"ends {move.new_end - move.old_end:+d} q"
    return "–"


def _support(value: int | None, unsupported: bool | None) -> str:
    if value is None:
        return "did not exist"
    return f"{value}{' (unsupported)' if unsupported else ''}"


def build(ctx: ExportContext) -> list[Flowable]:
    found = prioritization.baseline_changes(ctx)
    if found is None:
        return []
    baseline, diff = found
    styles = ctx.styles
    taken = f" taken {baseline.taken_at:%d %B %Y}" if baseline.taken_at else ""
    flows: list[Flowable] = [ctx.heading("changes")]
    totals = diff.totals
    lead = f"Compared with the baseline <b>“{markup(baseline.name)}”</b>{taken}."
    if totals:
        items_then, items_now = totals.get("items", (0, 0))
        cost_then, cost_now = totals.get("cost", (0.0, 0.0))
        value_then, value_now = totals.get("annual_value", (0.0, 0.0))
        lead += (
            f" Items {items_then:.0f} → {items_now:.0f}; investment {ctx.money(cost_then)} → "
            f"<b>{ctx.money(cost_now)}</b>; value a year {ctx.money(value_then)} → "
            f"<b>{ctx.money(value_now)}</b>."
        )
    flows.append(Paragraph(lead, styles.lead))
    for note in diff.notes:
        flows.append(Paragraph(markup(note), styles.muted))
    if diff.is_empty:
        flows.append(
            Paragraph(
                "Nothing has changed in the items or the objectives' support since then.",
                styles.body,
            )
        )
        return flows
    flows += _block(
        ctx,
        "Added",
        diff.added,
        ["Item"],
        lambda r: [_item_cell(ctx, r.code, r.title)],
        shares=[1.0],
    )
    flows += _block(
        ctx,
        "Dropped",
        diff.removed,
        ["Item"],
        lambda r: [_item_cell(ctx, r.code, r.title)],
        shares=[1.0],
    )
    flows += _block(
        ctx,
        "Moved",
        diff.moved,
        ["Item", "Was", "Now", "Shift"],
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
        "Re-costed",
        diff.recosted,
        ["Item", "Was", "Now", "Change"],
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
        "Re-ranked",
        diff.reranked,
        ["Item", "Was", "Now"],
        lambda r: [_item_cell(ctx, r.code, r.title), str(r.old_rank), str(r.new_rank)],
        shares=[0.7, 0.15, 0.15],
        right=(1, 2),
    )
    flows += _block(
        ctx,
        "Status changed",
        diff.status_changed,
        ["Item", "Was", "Now"],
        lambda s: [
            _item_cell(ctx, s.code, s.title),
            status_label(s.old_status),
            status_label(s.new_status),
        ],
        shares=[0.6, 0.2, 0.2],
    )
    flows += _block(
        ctx,
        "Objectives whose support changed",
        diff.objectives,
        ["Objective", "Support then", "Support now"],
        lambda o: [
            _item_cell(ctx, o.code, o.title),
            _support(o.old_support, o.old_unsupported),
            _support(o.new_support, o.new_unsupported),
        ],
        shares=[0.6, 0.2, 0.2],
    )
    return flows
