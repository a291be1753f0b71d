"""Business partnership: maturity per unit, gaps and practices, sponsors, business cases,
adoption and the process lens (only when the plan holds partnership data)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from stratplanner.export.pdf import charts
from stratplanner.export.pdf.context import ExportContext, optional_module
from stratplanner.export.pdf.text import markup
from stratplanner.i18n import translate

ORIENTATION = "portrait"
#: Gap rows listed in the table (the chart shows the largest too).
MAX_GAP_ROWS = 40
#: Gaps drawn in the chart (the largest first).
MAX_GAP_CHART_ROWS = 14
#: Room above the radars on the section's first page: heading, business sentence, sub-heading.
RADAR_HEADROOM = 170


def report_of(ctx: ExportContext) -> Any:
    """The plan's partnership report (cached on the context), or None while the API is absent."""
    if "partnership_report" not in ctx.extras:
        module = optional_module("stratplanner.analysis.partnership_report")
        ctx.extras["partnership_report"] = (
            None if module is None else module.partnership_report(ctx.snap, ctx.today)
        )
    return ctx.extras["partnership_report"]


def _item(ctx: ExportContext, item_id: int) -> str:
    item = ctx.snap.item_by_id.get(item_id)
    if item is None:
        return "?"
    return f"<b>{markup(item.code)}</b> {markup(item.title)}"


def _statement(ctx: ExportContext, report: Any) -> Paragraph:
    """The business statement first: what the partnership lens says, in one paragraph."""
    assessed = len([u for u in report.units if u.latest is not None])
    parts: list[str] = []
    if assessed:
        parts.append(
            translate(
                "PdfPartnership",
                "%n business unit(s) have assessed how IT and the business work together",
                None,
                assessed,
            )
        )
        if report.gaps:
            gaps = len(report.gaps)
            parts[-1] += translate(
                "PdfPartnership", "; %n dimension(s) are below the target they set", None, gaps
            )
    if report.flags:
        n = len(report.flags)
        parts.append(
            translate(
                "PdfPartnership", "%n record(s) need a new sponsor, champion or owner", None, n
            )
        )
    weak = len(report.technical_only) + len(report.no_case)
    if weak:
        parts.append(
            translate(
                "PdfPartnership",
                "%n item(s) are justified only in technical terms or not at all",
                None,
                weak,
            )
        )
    if report.adoption:
        n = len(report.adoption)
        parts.append(
            translate("PdfPartnership", "%n delivered item(s) fall short on adoption", None, n)
        )
    if report.processes_without_technology:
        n = len(report.processes_without_technology)
        parts.append(
            translate(
                "PdfPartnership", "%n business process(es) have no supporting technology", None, n
            )
        )
    if not parts:
        text = translate(
            "PdfPartnership",
            "The plan's partnership data raises nothing that needs the board's attention.",
        )
    else:
        text = "; ".join(parts) + "."
        text = text[0].upper() + text[1:]
    return Paragraph(text, ctx.styles.lead)


def _maturity(ctx: ExportContext, report: Any) -> list[Flowable]:
    if not report.assessed:
        return []
    width, height = ctx.portrait_frame
    flows: list[Flowable] = [
        ctx.sub_heading(
            "partnership-maturity", translate("PdfPartnership", "Maturity per business unit")
        )
    ]
    # The radars take the rest of the section's first page (five units' circles print about
    # 1.1 in across; they were half an inch).
    radar = charts.chart_flowable(
        ctx,
        "maturity",
        width,
        height - RADAR_HEADROOM,
        options=charts.chart_options(
            "maturity",
            title=translate("PdfPartnership", "Partnership maturity per business unit"),
        ),
        scale=0.85,
    )
    if radar is not None:
        flows.append(radar)
    if report.gaps:
        rows_shown = min(len(report.gaps), MAX_GAP_CHART_ROWS)
        gaps = charts.chart_flowable(
            ctx,
            "maturity-gaps",
            width,
            _gaps_chart_height(ctx, width, height, rows_shown),
            options=charts.chart_options("maturity-gaps", max_rows=MAX_GAP_CHART_ROWS, practices=1),
            scale=0.85,
        )
        if gaps is not None:
            flows += [CondPageBreak(140), gaps]
    return flows


def _evidence(report: Any, unit_id: int, dimension: Any) -> str:
    """The rating's evidence note under the dimension (escaped), '' when there is none."""
    for unit in report.units:
        if unit.business_unit_id == unit_id and unit.latest is not None:
            score = unit.latest.scores.get(dimension) or unit.latest.scores.get(str(dimension))
            note = str(getattr(score, "evidence", "") or "").strip()
            if note:
                return f"<br/><font color='#666666'><i>{markup(note)}</i></font>"
    return ""


def _gap_table(ctx: ExportContext, report: Any) -> list[Flowable]:
    if not report.gaps:
        return []
    snap = ctx.snap
    width, _ = ctx.portrait_frame
    styles = ctx.styles
    dimension_label = getattr(
        optional_module("stratplanner.analysis.partnership"), "dimension_label", str
    )
    rows = []
    for gap in report.gaps[:MAX_GAP_ROWS]:
        unit = snap.business_unit_by_id.get(gap.business_unit_id)
        practices = []
        for s in gap.suggestions[:3]:
            text = markup(s.practice.shown_title)  # the practice in the user's language
            if s.planned_item_id is not None and s.planned_item_id in snap.item_by_id:
                text += translate("PdfPartnership", " (planned: {code})").format(
                    code=markup(snap.item_by_id[s.planned_item_id].code)
                )
            practices.append(text)
        rows.append(
            [
                Paragraph(markup(unit.name if unit else "?"), styles.cell),
                Paragraph(
                    markup(dimension_label(str(gap.dimension)))
                    + _evidence(report, gap.business_unit_id, gap.dimension),
                    styles.cell,
                ),
                f"{gap.level} → {gap.target}",
                Paragraph("<br/>".join(practices) or "–", styles.cell),
            ]
        )
    flows: list[Flowable] = [
        CondPageBreak(120),
        ctx.sub_heading(
            "partnership-gaps",
            translate("PdfPartnership", "Gaps to target and the practices that close them"),
        ),
        ctx.table(
            [
                translate("PdfPartnership", "Business unit"),
                translate("PdfPartnership", "Dimension"),
                translate("PdfPartnership", "Level → target"),
                translate("PdfPartnership", "Suggested practices"),
            ],
            rows,
            [width * w for w in (0.17, 0.33, 0.1, 0.4)],
            right=(2,),
            long=True,
        ),
    ]
    if len(report.gaps) > MAX_GAP_ROWS:
        more = len(report.gaps) - MAX_GAP_ROWS
        flows.append(ctx.note(translate("PdfPartnership", "… and %n more gap(s).", None, more)))
    return flows


def _bullets(
    ctx: ExportContext, key: str, title: str, intro: str, lines: list[str]
) -> list[Flowable]:
    if not lines:
        return []
    flows: list[Flowable] = [
        CondPageBreak(90),
        ctx.sub_heading(key, title),
        Paragraph(intro, ctx.styles.body),
    ]
    for n, line in enumerate(lines):
        if n % 200 == 0:
            ctx.check()
        flows.append(Paragraph(f"• {line}", ctx.styles.body))
    return flows


def _process_lens(ctx: ExportContext, report: Any) -> list[Flowable]:
    snap = ctx.snap
    lines = []
    for pid in report.processes_without_technology:
        p = snap.process_by_id.get(pid)
        if p is not None:
            lines.append(
                translate(
                    "PdfPartnership",
                    "{process}: a business process with no application or planned item "
                    "supporting it",
                ).format(process=f"<b>{markup(p.code)}</b> {markup(p.name)}")
            )
    for aid in report.applications_without_process:
        a = snap.application_by_id.get(aid)
        if a is not None:
            lines.append(
                translate(
                    "PdfPartnership",
                    "{application}: an application that supports no recorded business process",
                ).format(application=f"<b>{markup(a.code)}</b> {markup(a.name)}")
            )
    if not lines and not report.has_process_map:
        return []
    width, height = ctx.portrait_frame
    flows: list[Flowable] = [
        CondPageBreak(200),
        ctx.sub_heading("partnership-processes", translate("PdfPartnership", "The process lens")),
    ]
    if lines:
        flows.append(
            Paragraph(
                translate(
                    "PdfPartnership",
                    "Technology should serve a business process; these don't line up:",
                ),
                ctx.styles.body,
            )
        )
        flows += [Paragraph(f"• {line}", ctx.styles.body) for line in lines]
    if report.has_process_map:
        flows.append(Spacer(1, 6))
        flows.append(
            charts.chart_flowable(
                ctx,
                "process-investment",
                width,
                _process_chart_height(ctx, width, height),
                options=charts.chart_options(
                    "process-investment",
                    title=translate("PdfPartnership", "Investment by business process"),
                ),
                scale=0.85,
            )
        )
    return flows


def _gaps_chart_height(ctx: ExportContext, width: float, height: float, rows: int) -> float:
    """20 pt a gap, more when the business units' whole names wrap onto more lines (the chart
    wraps them into 28% of its width), up to the whole frame."""
    from stratplanner.charts.style import FONT, wrap_lines

    drawn = width / 0.85
    # As wide as the longest short name of a dimension the chart puts beside the unit's name.
    longest = translate(
        "PdfPartnership", "Relationship mgmt", "stands for the longest short dimension name"
    )
    lines = max(
        (len(wrap_lines(f"{u.name} · {longest}", drawn * 0.28, FONT))
         for u in ctx.snap.business_units),
        default=1,
    )  # fmt: skip
    per_row = max(20.0, (lines * FONT * 1.2 + 5) * 0.85)
    return min(height, max(min(height * 0.6, 110 + rows * 20), 140 + rows * per_row))


def _process_chart_height(ctx: ExportContext, width: float, height: float) -> float:
    """40% of the page, or more (up to the whole frame) when the processes' whole names,
    wrapped, and the key of sub-processes too narrow to name in their segments need it."""
    from stratplanner.charts.style import FONT, wrap_lines

    processes = ctx.snap.processes
    tops = [p for p in processes if p.parent_id is None]
    drawn = width / 0.85  # the chart is drawn larger and scaled to the page
    # a process no application enables also names its sub-processes that lack one
    label_lines = sum(len(wrap_lines(p.name, drawn * 0.3, FONT)) * 2 for p in tops)
    key = " · ".join(f"{n} {p.name}" for n, p in enumerate(processes) if p.parent_id is not None)
    key_lines = len(wrap_lines(key, drawn - 70, FONT)) if key else 0
    needed = (150 + label_lines * FONT * 1.25 + len(tops) * 6 + key_lines * FONT * 1.25) * 0.85
    return min(height, max(height * 0.4, needed))


def build(ctx: ExportContext) -> list[Flowable]:
    report = report_of(ctx)
    if report is None or not report.has_data:
        return []
    snap = ctx.snap
    flows: list[Flowable] = [ctx.heading("partnership"), _statement(ctx, report)]
    flows += _maturity(ctx, report)
    flows += _gap_table(ctx, report)
    flows += _bullets(
        ctx,
        "partnership-sponsors",
        translate("PdfPartnership", "Needs a sponsor"),
        translate(
            "PdfPartnership",
            "Work whose business sponsor, champion or owner has left or was never named:",
        ),
        [markup(f.message) for f in report.flags],
    )
    weak = []
    technical = translate("PdfPartnership", "{item}: justified only in technical terms")
    for item_id in report.technical_only:
        if item_id in snap.item_by_id:
            weak.append(technical.format(item=_item(ctx, item_id)))
    no_case = translate("PdfPartnership", "{item}: no business case stated")
    for item_id in report.no_case:
        if item_id in snap.item_by_id:
            weak.append(no_case.format(item=_item(ctx, item_id)))
    flows += _bullets(
        ctx,
        "partnership-cases",
        translate("PdfPartnership", "Items without a business case"),
        translate(
            "PdfPartnership",
            "Each of these should state its case as revenue, cost, risk, customer experience or "
            "compliance before the board funds it:",
        ),
        weak,
    )
    flows += _bullets(
        ctx,
        "partnership-adoption",
        translate("PdfPartnership", "Delivered is not the same as successful"),
        translate("PdfPartnership", "Delivered items whose adoption KPIs are below target:"),
        [markup(a.message) for a in report.adoption if a.item_id in snap.item_by_id],
    )
    flows += _process_lens(ctx, report)
    flows.append(Spacer(1, 1))
    return flows
