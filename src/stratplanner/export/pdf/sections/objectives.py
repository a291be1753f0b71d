"""Objectives by theme, each with the items that serve it and its KPIs."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from stratplanner.analysis.figures import objectives_phrase
from stratplanner.export.pdf import charts
from stratplanner.export.pdf.context import ExportContext, wrapped
from stratplanner.export.pdf.document import HeadingBlock
from stratplanner.export.pdf.fonts import FAMILY
from stratplanner.export.pdf.styles import MUTED, WARNING, css
from stratplanner.export.pdf.text import (
    clip,
    markup,
    number,
    para,
    paragraphs,
    status_label,
    widths_fitting,
)
from stratplanner.export.pdf.textblock import Run, user
from stratplanner.i18n import format_number, translate
from stratplanner.model.values import quarter_span_label, strength_label
from stratplanner.snapshot import KpiRec, ObjectiveRec

ORIENTATION = "portrait"
#: The longest objective name an outline (bookmark) entry shows; the heading has it whole.
OUTLINE_CHARS = 400
#: Items listed under one objective; the rest are counted.
MAX_ITEMS = 25
#: The charts are laid out for a landscape page; on a portrait one they are drawn larger and shrunk.
PORTRAIT_CHART_SCALE = 0.85


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    text = format_number(value, 2)
    mark = format_number(0.5, 1)[1]  # the language's decimal mark
    text = text.rstrip("0").rstrip(mark)
    unit = unit.strip()
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def _meta(ctx: ExportContext, objective: ObjectiveRec) -> str:
    parts = []
    if objective.owner_id:
        parts.append(
            translate("PdfObjectives", "Owner <b>{name}</b>").format(
                name=markup(ctx.person(objective.owner_id))
            )
        )
    if objective.business_unit_id:
        parts.append(markup(ctx.unit(objective.business_unit_id)))
    parts.append(translate("PdfObjectives", "weight {weight}").format(weight=objective.weight))
    if objective.target:
        parts.append(
            translate("PdfObjectives", "target {target}").format(target=markup(objective.target))
        )
    return "  ·  ".join(parts)


def _kpi_table(ctx: ExportContext, kpis: list[KpiRec]) -> Flowable:
    width = ctx.portrait_frame[0]
    rows = []
    room = width * 0.15 - 8  # a value with a long unit wraps in its column
    for kpi in kpis:
        direction = "↑" if kpi.higher_is_better else "↓"
        rows.append(
            [
                para(kpi.name, ctx.styles.cell),
                wrapped(_number(kpi.baseline, kpi.unit), FAMILY, 8, room),
                wrapped(_number(kpi.actual, kpi.unit), FAMILY, 8, room),
                wrapped(f"{_number(kpi.target, kpi.unit)} {direction}", FAMILY, 8, room),
            ]
        )
    return ctx.table(
        [
            "KPI",
            translate("PdfObjectives", "Baseline"),
            translate("PdfObjectives", "Latest"),
            translate("PdfObjectives", "Target"),
        ],
        rows,
        [width * w for w in (0.55, 0.15, 0.15, 0.15)],
        right=(1, 2, 3),
        long=len(rows) > 20,
    )


def _items_table(ctx: ExportContext, objective: ObjectiveRec) -> list[Flowable]:
    """The items serving an objective, strongest link and largest cost first.

    A large plan lists the first :data:`MAX_ITEMS` and counts the rest: a table of
    300 items under every objective reads like a data dump (the cards are in the
    appendix) and would make the working team pack hundreds of pages longer.
    """
    snap = ctx.snap
    links = sorted(
        snap.links_by_objective.get(objective.id, []),
        key=lambda link: (
            -link.strength,
            -snap.item_by_id[link.item_id].cost,
            snap.item_by_id[link.item_id].code,
        ),
    )
    if not links:
        return []
    width = ctx.portrait_frame[0]
    rows = []
    for link in links[:MAX_ITEMS]:
        item = snap.item_by_id[link.item_id]
        text = f"<b>{markup(item.title)}</b>"
        if link.rationale.strip():
            text += f"<br/><font size='7' color='{css(MUTED)}'>{markup(link.rationale)}</font>"
        span = (
            quarter_span_label(item.start, item.end)
            if item.start and item.end
            else translate("PdfObjectives", "not scheduled")
        )
        rows.append(
            [
                Paragraph(text, ctx.styles.cell),
                strength_label(link.strength),
                status_label(item.status),
                span,
                ctx.money(item.cost),
            ]
        )
    flows: list[Flowable] = [
        ctx.table(
            [
                translate("PdfObjectives", "Item serving it"),
                translate("PdfObjectives", "Link"),
                translate("PdfObjectives", "Status"),
                translate("PdfObjectives", "When"),
                translate("PdfObjectives", "Cost"),
            ],
            rows,
            widths_fitting(
                [width * w for w in (0.45, 0.11, 0.13, 0.18, 0.13)], rows, (1, 2, 3, 4), take_from=0
            ),
            right=(4,),
            long=len(rows) > 20,
        )
    ]
    rest = links[MAX_ITEMS:]
    if rest:
        counts = Counter(link.strength for link in rest)
        mix = ", ".join(
            f"{number(counts[k])} {strength_label(k)}" for k in (3, 2, 1) if counts.get(k)
        )
        more = len(rest)
        flows.append(
            Paragraph(
                translate(
                    "PdfObjectives",
                    "… and %n more item(s) serve this objective ({mix} links, {money}); each has "
                    "its card in the appendix.",
                    None,
                    more,
                ).format(
                    mix=mix, money=ctx.money(sum(snap.item_by_id[k.item_id].cost for k in rest))
                ),
                ctx.styles.muted,
            )
        )
    return flows


def _warning(text: str) -> str:
    """Trusted markup: ``text`` in the warning colour."""
    return f"<font color='{css(WARNING)}'>{text}</font>"


def _objective(ctx: ExportContext, objective: ObjectiveRec, depth: int) -> list[Flowable]:
    styles = ctx.styles
    snap = ctx.snap
    level = min(depth + 1, 2)
    # The whole name, wrapped (a PDF has no tooltip); the bookmark keeps a short one.
    whole = ctx.original.objective_by_id.get(objective.id, objective) if ctx.original else objective
    heading = HeadingBlock(
        [user(objective.code), Run("  "), user(whole.title)],
        styles.h2 if level == 1 else styles.h3,
        key=f"obj-{objective.id}",
        outline_title=clip(f"{objective.code}  {objective.title}", OUTLINE_CHARS),
        level=level,
    )
    flows: list[Flowable] = [heading, Paragraph(_meta(ctx, objective), styles.small)]
    if depth == 0:
        flows.insert(0, CondPageBreak(150))
    flows += paragraphs(objective.description, styles.body)
    analysis = ctx.analysis
    if not snap.is_theme(objective.id):
        table = _items_table(ctx, objective)
        unsupported = analysis is not None and objective.id in analysis.unsupported_objective_ids
        if not table:
            none = translate("PdfObjectives", "No IT item serves this objective yet.")
            flows.append(Paragraph(_warning(none), styles.body))
        else:
            if unsupported:
                weak = translate(
                    "PdfObjectives",
                    "Only weak links: no item gives this objective real support yet.",
                )
                flows.append(
                    Paragraph(
                        _warning(weak),
                        styles.small,
                    )
                )
            flows += table
    kpis = snap.kpis_by_objective.get(objective.id, [])
    if kpis:
        flows += [Spacer(1, 3), _kpi_table(ctx, kpis)]
    flows.append(Spacer(1, 3 * mm))
    # Keep the heading with the start of its content.
    head = 4 if depth == 0 else 3
    return [KeepTogether(flows[:head]), *flows[head:]] if len(flows) > head else flows


def _coverage_size(ctx: ExportContext) -> tuple[float, float]:
    """The coverage chart's frame: 45% of the page, taller (up to the whole frame) when the
    objectives' whole names need more lines than that leaves each row."""
    from stratplanner.charts.coverage import LABEL_LEADING, label_lines_needed

    width, height = ctx.portrait_frame
    names = [f"{o.code} {o.title}" for o in ctx.snap.objectives][:40]
    lines = label_lines_needed(names, width * 0.33, 7.5)
    # chrome (title, axis, legend) about 1.9 in; each row its lines of 7.5 pt and a gap
    needed = 1.9 * 72 + len(names) * (lines * 7.5 * LABEL_LEADING + 4)
    return width, min(height, max(height * 0.45, needed))


def build(ctx: ExportContext) -> list[Flowable]:
    snap = ctx.snap
    if not snap.objectives:
        return []
    intro = translate(
        "PdfObjectives",
        "{objectives}. For each: the items that serve it, strongest link first, and the KPIs "
        "that show progress.",
    ).format(objectives=objectives_phrase(snap))
    flows: list[Flowable] = [ctx.heading("objectives"), Paragraph(intro, ctx.styles.lead)]
    chart = charts.chart_flowable(ctx, "coverage", *_coverage_size(ctx))
    if chart is not None:
        flows += [chart, Spacer(1, 4 * mm)]
    ids = {o.id for o in snap.objectives}
    roots = [o for o in snap.objectives if o.parent_id is None or o.parent_id not in ids]
    stack: list[tuple[ObjectiveRec, int]] = [(o, 0) for o in reversed(roots)]
    seen: set[int] = set()
    while stack:
        ctx.check()
        objective, depth = stack.pop()
        if objective.id in seen:
            continue
        seen.add(objective.id)
        flows += _objective(ctx, objective, depth)
        children = snap.children_by_objective.get(objective.id, [])
        stack += [(c, depth + 1) for c in reversed(children) if c.id in ids]
    return flows
