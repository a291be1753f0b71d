"""What is at risk: each risk with its consequence in money or dates and what the board can do."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from stratplanner.analysis.figures import number, plural
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.risks import KINDS, RISK_MARK, risk_register
from stratplanner.export.pdf.styles import WARNING, css
from stratplanner.export.pdf.text import markup

ORIENTATION = "portrait"
#: Lines per kind of risk on a board page; the rest are counted with their money.
PER_KIND = 5


def build(ctx: ExportContext) -> list[Flowable]:
    reg = risk_register(ctx)
    if not reg.risks:
        return []
    styles = ctx.styles
    width = ctx.portrait_frame[0]
    flows: list[Flowable] = [
        ctx.heading("risks"),
        Paragraph(
            "What could stop the plan delivering what the board is asked to fund, grouped by kind "
            f"({plural(len(reg.risks), 'risk')} in all). Items marked "
            f"<font color='{css(WARNING)}'>{RISK_MARK}</font> carry one of "
            "these risks wherever they appear in this pack.",
            styles.lead,
        ),
    ]
    rows: list[list[object]] = []
    extra: list[tuple] = [
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
    ]
    for kind, title in KINDS.items():
        risks = reg.of_kind(kind)
        if not risks:
            continue
        extra.append(("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)))
        extra.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), styles.accent_light))
        rows.append([Paragraph(f"<b>{markup(title)}</b> ({len(risks):,})", styles.cell), "", ""])
        for risk in risks[:PER_KIND]:
            rows.append(
                [
                    Paragraph(markup(risk.what), styles.cell_bold),
                    Paragraph(markup(risk.consequence), styles.cell),
                    Paragraph(markup(risk.action), styles.cell),
                ]
            )
        if len(risks) > PER_KIND:
            rest = risks[PER_KIND:]
            money = sum(r.money for r in rest)
            rows.append(
                [
                    Paragraph(f"… and {number(len(rest))} more", styles.cell),
                    Paragraph(
                        (f"{ctx.money(money)} at stake in all. " if money else "")
                        + "Each is listed in the working team pack.",
                        styles.cell,
                    ),
                    "",
                ]
            )
    flows.append(
        ctx.table(
            ["Risk", "Consequence", "What the board can do"],
            rows,
            [width * 0.26, width * 0.46, width * 0.28],
            long=True,
            extra_style=extra,
        )
    )
    return flows
