"""Capacity outlook: team demand against capacity, and "won't start until…" with the reason."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from stratplanner.analysis.text import number_g
from stratplanner.export.pdf import charts, prioritization
from stratplanner.export.pdf.context import ExportContext, RowSource
from stratplanner.export.pdf.document import Anchor
from stratplanner.export.pdf.fonts import BOLD
from stratplanner.export.pdf.options import section_title
from stratplanner.export.pdf.text import markup, number
from stratplanner.export.pdf.textblock import Run, TextBlock, user
from stratplanner.i18n import translate
from stratplanner.model.values import quarter_span_label

ORIENTATION = "landscape"
NOTE_PT = 16.0


def _span(start: Any, end: Any) -> str:
    if start is None or end is None:
        return "–"
    return quarter_span_label(start, end)


def _waiting(ctx: ExportContext) -> list[Flowable]:
    """The sequenced roadmap's delays and refusals, each with its plain-language reason."""
    result = prioritization.sequencing(ctx)
    if result is None:
        return []
    shown = ctx.snap.item_by_id
    rows = [p for p in result.placements if p.item_id in shown and p.reason]
    styles = ctx.styles
    width, _ = ctx.landscape_frame
    placed = [p for p in result.placements if p.item_id in shown and p.status == "placed"]
    late = [p for p in rows if p.status == "placed" and (p.delay or 0) > 0]
    refused = [p for p in rows if p.status == "not_placed"]
    count = len(placed)
    intro = translate(
        "PdfCapacity",
        "Placed by rank into the teams' capacity, {ready} of %n item(s) can start as planned",
        None,
        count,
    ).format(ready=number(len(placed) - len(late)))
    if late:
        intro += translate("PdfCapacity", "; {count} must wait").format(count=number(len(late)))
    if refused:
        intro += translate("PdfCapacity", " and {count} can't be placed at all").format(
            count=number(len(refused))
        )
    intro += translate("PdfCapacity", ". The reasons, in rank order:") if rows else "."
    not_placed = translate("PdfCapacity", "not placed")
    flows: list[Flowable] = [
        CondPageBreak(120),
        Paragraph(translate("PdfCapacity", "Won't start until… and why"), styles.h2),
        Paragraph(intro, styles.body),
    ]
    if not rows:
        return flows
    widths = [0.22, 0.11, 0.11, 0.07]
    widths = [w * width for w in widths] + [width * (1 - sum(widths))]

    def make_row(n: int) -> list[Any]:
        """Made as layout reaches it (a 20,000-item plan has thousands of these)."""
        if n % 200 == 0:
            ctx.check()
        p = rows[n]
        when = not_placed if p.status == "not_placed" else _span(p.start, p.end)
        delay = (
            translate("PdfCapacity", "+{delay} q").format(delay=p.delay)
            if p.delay
            else ("–" if p.delay is None else "0")
        )
        return [
            TextBlock([user(p.code, font=BOLD), Run(" "), user(p.title)], styles.cell),
            _span(p.planned_start, p.planned_end),
            when,
            delay,
            TextBlock([user(p.reason)], styles.cell),
        ]

    table_rows = RowSource(len(rows), make_row)
    flows.append(
        ctx.table(
            [
                translate("PdfCapacity", "Item"),
                translate("PdfCapacity", "Planned"),
                translate("PdfCapacity", "Sequenced"),
                translate("PdfCapacity", "Delay"),
                translate("PdfCapacity", "Why"),
            ],
            table_rows,
            widths,
            right=(3,),
            long=True,
        )
    )
    for warning in getattr(result, "warnings", ()):
        flows.append(Paragraph(markup(warning), styles.muted))
    return flows


def _overbooked(ctx: ExportContext) -> list[Flowable]:
    """Without sequencing: the quarters where teams are asked for more than they have."""
    analysis = ctx.analysis
    if analysis is None:
        return []
    by_team: dict[int, list[Any]] = defaultdict(list)
    for load in analysis.team_loads:
        if load.overbooked:
            by_team[load.team_id].append(load)
    styles = ctx.styles
    if not by_team:
        return [
            Paragraph(
                translate(
                    "PdfCapacity", "No team is asked for more people than it has in any quarter."
                ),
                styles.body,
            )
        ]
    width, _ = ctx.landscape_frame
    rows = []
    for team_id, loads in by_team.items():
        team = ctx.snap.team_by_id[team_id]
        peak = max(loads, key=lambda x: x.excess)
        # Every overbooked quarter is named (a PDF has no tooltip); the cell wraps.
        quarters = Paragraph(", ".join(str(x.quarter) for x in loads), styles.cell)
        rows.append(
            [
                Paragraph(markup(team.name), styles.cell),
                number_g(team.capacity),
                translate("PdfCapacity", "{demand} in {quarter}").format(
                    demand=number_g(peak.demand), quarter=peak.quarter
                ),
                quarters,
            ]
        )
    return [
        CondPageBreak(100),
        Paragraph(translate("PdfCapacity", "Overbooked teams"), styles.h2),
        ctx.table(
            [
                translate("PdfCapacity", "Team"),
                translate("PdfCapacity", "Capacity (FTE)"),
                translate("PdfCapacity", "Peak demand"),
                translate("PdfCapacity", "Overbooked quarters"),
            ],
            rows,
            [width * w for w in (0.25, 0.12, 0.18, 0.45)],
            right=(1,),
        ),
    ]


def build(ctx: ExportContext) -> list[Flowable]:
    snap = ctx.snap
    if not snap.teams or not snap.demands:
        return []
    width, height = ctx.landscape_frame
    flows: list[Flowable] = [Anchor(key="sec-capacity", outline_title=section_title("capacity"))]
    chart, info = charts.chart_flowable(
        ctx,
        "capacity",
        width,
        height - NOTE_PT,
        options=charts.chart_options(
            "capacity",
            title=translate("PdfCapacity", "Capacity outlook: demand against capacity by team"),
        ),
        with_info=True,
    )
    if chart is None:
        flows = [ctx.heading("capacity")]
    else:
        flows.append(chart)
        # A note that points at the screen's team offset is not for paper.
        notes = [n for n in getattr(info, "notes", []) if "_offset" not in n]
        if notes:
            flows.append(Paragraph(markup(" ".join(notes)), ctx.styles.muted))
    waiting = _waiting(ctx)
    flows += waiting or _overbooked(ctx)
    flows.append(Spacer(1, 1))
    return flows
