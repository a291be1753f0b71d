"""Alignment heatmap: objectives against items on one landscape page (aggregated when large)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from stratplanner.export.pdf import charts
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.document import Anchor
from stratplanner.export.pdf.options import section_title
from stratplanner.export.pdf.text import markup
from stratplanner.i18n import translate

ORIENTATION = "landscape"
NOTE_PT = 16.0
#: Smallest readable cell on paper, in points (row labels at 9 pt; item names turned 90°,
#: on two lines of 7 pt in a column).
ROW_PT = 13.0
COLUMN_PT = 16.0


def build(ctx: ExportContext) -> list[Flowable]:
    if not ctx.snap.objectives or not ctx.snap.items:
        return []
    width, height = ctx.landscape_frame
    height -= NOTE_PT
    options = charts.chart_options(
        "heatmap",
        title=translate("PdfHeatmap", "Alignment heatmap: business objectives against IT items"),
        max_rows=max(10, int((height - 190) / ROW_PT)),
        max_columns=max(20, int((width - 230) / COLUMN_PT)),
        column_labels="name",  # a board knows its items by name, not by code
    )
    flow, info = charts.chart_flowable(
        ctx, "heatmap", width, height, options=options, with_info=True
    )
    if flow is None:
        return []
    flows: list[Flowable] = [
        Anchor(key="sec-heatmap", outline_title=section_title("heatmap")),
        flow,
    ]
    # Notes that point at the screen's row and column offsets are not for paper.
    notes = [n for n in getattr(info, "notes", []) if "_offset" not in n]
    if notes:
        flows.append(Paragraph(markup(" ".join(notes)), ctx.styles.muted))
    return flows
