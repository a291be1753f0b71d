"""What is at risk: each risk with its consequence in money or dates and what the board can do."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.risks import KINDS, RISK_MARK, kind_title, risk_register
from stratplanner.export.pdf.styles import WARNING, css
from stratplanner.export.pdf.text import markup, number
from stratplanner.i18n import translate

ORIENTATION = "portrait"
#: Lines per kind of risk on a board page; the rest are counted with their money.
PER_KIND = 5


def build(ctx: ExportContext) -> list[Flowable]:
    reg = risk_register(ctx)
    if not reg.risks:
        return []
    styles = ctx.styles
    width = ctx.portrait_frame[0]
    count = len(reg.risks)
    flows: list[Flowable] = [
        ctx.heading("risks"),
        Paragraph(
            translate(
                "PdfRisks",
                "What could stop the plan delivering what the board is asked to fund, grouped by "
                "kind (%n risk(s) in all). Items marked {mark} carry one of these risks wherever "
                "they appear in this pack.",
                None,
                count,
            ).format(mark=f"<font color='{css(WARNING)}'>{RISK_MARK}</font>"),
            styles.lead,
        ),
    ]
    rows: list[list[object]] = []
    extra: list[tuple] = [
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
    ]
    for kind in KINDS:
        risks = reg.of_kind(kind)
        if not risks:
            continue
        extra.append(("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)))
        extra.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), styles.accent_light))
        rows.append(
            [
                Paragraph(f"<b>{markup(kind_title(kind))}</b> ({number(len(risks))})", styles.cell),
                "",
                "",
            ]
        )
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
                    Paragraph(
                        translate("PdfRisks", "… and {count} more").format(count=number(len(rest))),
                        styles.cell,
                    ),
                    Paragraph(
                        translate(
                            "PdfRisks",
                            "{money} at stake in all. Each is listed in the working team pack.",
                        ).format(money=ctx.money(money))
                        if money
                        else translate("PdfRisks", "Each is listed in the working team pack."),
                        styles.cell,
                    ),
                    "",
                ]
            )
    flows.append(
        ctx.table(
            [
                translate("PdfRisks", "Risk"),
                translate("PdfRisks", "Consequence"),
                translate("PdfRisks", "What the board can do"),
            ],
            rows,
            [width * 0.26, width * 0.46, width * 0.28],
            long=True,
            extra_style=extra,
        )
    )
    return flows
