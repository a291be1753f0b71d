"""Cover: organisation, plan title, horizon, date, confidentiality, optional logo."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from stratplanner.analysis.figures import objective_counts
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.fonts import BOLD, FAMILY
from stratplanner.export.pdf.styles import INK, MUTED, RULE
from stratplanner.export.pdf.text import fit_lines, format_date, number
from stratplanner.export.pdf.textblock import TextBlock, user
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

ORIENTATION = "portrait"
BAND = 70 * mm  # the accent band drawn by the cover page template
TITLE_SIZES = (32, 28, 24, 20, 17, 14, 12, 10, 8)


#: Height the cover keeps for the plan's title.
TITLE_ROOM = 60 * mm
#: Share of the cover's width the title may take.
TITLE_SHARE = 0.92


def cover_width(ctx: ExportContext) -> float:
    """The width of the cover's frame (``document._frame(cover=True)``)."""
    from stratplanner.export.pdf.document import MARGIN_X, page_sizes

    return page_sizes(ctx.options.paper)[0][0] - 2 * MARGIN_X - 16 * mm


def title_layout(ctx: ExportContext, width: float) -> tuple[TextBlock, TextBlock | None]:
    """The plan's whole title as the cover draws it, and the part that continues on the next
    page (None when it all fits): the type steps down to 8 pt, then the title goes on
    overleaf instead of being cut (a PDF has no tooltip)."""
    source = ctx.original or ctx.snap
    text = source.info.title.strip() or translate("PdfCover", "Untitled plan")
    accent = ctx.styles.accent
    for size in TITLE_SIZES:
        style = ParagraphStyle(
            "sp-cover-title",
            fontName=BOLD,
            fontSize=size,
            leading=size * 1.15,
            textColor=accent,
            allowWidows=1,
            allowOrphans=1,
        )
        title = TextBlock([user(text)], style)
        _, height = title.wrap(width, TITLE_ROOM)
        if height <= TITLE_ROOM:
            return title, None
    # Still too long at the smallest size: what fits, and a line that says where it goes on.
    keep = int(TITLE_ROOM // style.leading) - 1
    head, rest = title.split(width, keep * style.leading)
    assert isinstance(head, TextBlock) and isinstance(rest, TextBlock)
    return head, rest


class CoverBlock(Flowable):
    """The whole cover drawn in one piece, so a long title shrinks instead of spilling over."""

    def __init__(self, ctx: ExportContext):
        super().__init__()
        self.ctx = ctx
        self.title, self.title_rest = title_layout(ctx, cover_width(ctx) * TITLE_SHARE)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        ctx, canv = self.ctx, self.canv
        info = ctx.snap.info
        width, top = self.width, self.height
        # The band: its bottom is BAND below the page top; the frame top sits 18 mm under it.
        band_bottom = top + 18 * mm - BAND
        canv.setFillColor(colors.white)
        canv.setFont(BOLD, 13)
        # Whole (a PDF has no tooltip): smaller type, then a second line above the first.
        orgs, org_size = fit_lines(info.organization.upper(), BOLD, 13, width, smallest=9.0)
        canv.setFont(BOLD, org_size)
        for n, line in enumerate(reversed(orgs)):
            canv.drawString(0, top - 8 * mm + n * org_size * 1.15, line)
        pack = ctx.options.pack_name
        canv.setFont(FAMILY, 9.5)
        line = translate("PdfCover", "IT strategy and roadmap  ·  {pack}").format(pack=pack)
        lines, size = [line], 9.5
        if canv.stringWidth(line, FAMILY, size) > width:  # a long pack name: whole, smaller
            lines, size = fit_lines(line, FAMILY, 9.5, width, smallest=7.0, lines=1)
        canv.setFont(FAMILY, size)
        for n, part in enumerate(lines):  # further lines go down into the band
            canv.drawString(0, top - 15 * mm - n * size * 1.15, part)

        y = band_bottom - 16 * mm
        if ctx.logo is not None:
            logo_w, logo_h = ctx.logo.fit(60 * mm, 20 * mm)
            ctx.logo.draw(canv, width - logo_w, band_bottom - 8 * mm - logo_h, logo_w, logo_h)
            y = band_bottom - 14 * mm - logo_h

        title = self.title
        _, title_h = title.wrap(width * TITLE_SHARE, TITLE_ROOM)
        y -= title_h
        title.drawOn(canv, 0, y)
        if self.title_rest is not None:
            y -= 11
            canv.setFillColor(MUTED)
            canv.setFont(FAMILY, 8)
            canv.drawString(0, y, translate("PdfCover", CONTINUED))
        y -= 8 * mm
        canv.setFillColor(ctx.styles.accent)
        canv.rect(0, y, 28 * mm, 2.2, stroke=0, fill=1)
        y -= 10 * mm
        canv.setFillColor(MUTED)
        canv.setFont(FAMILY, 14)
        quarters = info.quarters
        horizon = translate(
            "PdfCover", "Roadmap {start} to {end}  ·  %n quarter(s)", None, quarters
        )
        canv.drawString(0, y, horizon.format(start=info.start, end=info.end))
        if ctx.filter_text:
            y -= 7 * mm
            scope, scope_size = fit_lines(
                translate("PdfCover", "Scope: {filters}").format(filters=ctx.filter_text),
                FAMILY,
                11,
                width,
                smallest=8.0,
                lines=3,
            )
            canv.setFont(FAMILY, scope_size)
            for n, line in enumerate(scope):
                if n:
                    y -= scope_size * 1.15
                canv.drawString(0, y, line)
        figures_top = y - 16 * mm
        self._key_figures(figures_top, width)

        # Bottom facts, above the light band.
        facts = [
            (translate("PdfCover", "Prepared for"), ctx.options.audience),
            (translate("PdfCover", "Date"), format_date(ctx.today)),
        ]
        if ctx.options.confidentiality:
            facts.append(
                (translate("PdfCover", "Classification"), ctx.options.confidentiality_label)
            )
        if ctx.options.author:
            facts.append((translate("PdfCover", "Prepared by"), ctx.options.author))
        columns = 2 if len(facts) == 4 else len(facts)
        column = width / columns
        row_height = 17 * mm
        rows = (len(facts) + columns - 1) // columns
        facts_top = 14 * mm + (rows - 1) * row_height + 13 * mm
        self._decisions(figures_top - 22 * mm, facts_top + 8 * mm, width)
        for n, (label, value) in enumerate(facts):
            x = (n % columns) * column
            base = 14 * mm + (rows - 1 - n // columns) * row_height
            canv.setFillColor(ctx.styles.accent)
            canv.rect(x, base + 13 * mm, 10 * mm, 1.2, stroke=0, fill=1)
            canv.setFillColor(MUTED)
            canv.setFont(FAMILY, 8)
            canv.drawString(x, base + 8 * mm, label.upper())
            canv.setFillColor(INK)
            lines, size = fit_lines(value, BOLD, 10.5, column - 6 * mm, smallest=7.0, lines=3)
            canv.setFont(BOLD, size)
            for k, line in enumerate(lines):  # further lines go down, under the first
                canv.drawString(x, base + 2.5 * mm - k * size * 1.1, line)

    def _decisions(self, top: float, bottom: float, width: float) -> None:
        """The 3–5 decisions asked, whole: the type shrinks to fit, nothing is cut."""
        from stratplanner.export.pdf.sections.summary import counted_items, decisions

        ctx = self.ctx
        texts = decisions(ctx, counted_items(ctx)) if not ctx.snap.is_empty else []
        self.decisions = texts
        if not texts:
            return
        room = top - bottom
        for size in (10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6):
            style = ParagraphStyle(
                "sp-cover-decision",
                fontName=FAMILY,
                fontSize=size,
                leading=size * 1.25,
                textColor=INK,
            )
            heading = ParagraphStyle(
                "sp-cover-decisions",
                fontName=BOLD,
                fontSize=size + 3,
                leading=(size + 3) * 1.3,
                textColor=INK,
            )
            head = Paragraph(translate("PdfCover", "Decisions asked of the board"), heading)
            paras = [Paragraph(text, style) for text in texts]
            _, head_h = head.wrap(width - 14, room)
            heights = [p.wrap(width - 30, room)[1] for p in paras]
            total = head_h + 4 + sum(heights) + 3 * (len(paras) - 1)
            if total <= room:
                break
        canv = self.canv
        y = top - head_h
        canv.setFillColor(self.ctx.styles.accent)
        canv.rect(0, top - total, 3, total, stroke=0, fill=1)
        head.drawOn(canv, 12, y)
        y -= 4
        for n, (para, h) in enumerate(zip(paras, heights, strict=True), start=1):
            y -= h
            canv.setFillColor(self.ctx.styles.accent)
            canv.setFont(BOLD, size)
            canv.drawString(14, y + h - size, str(n))
            para.drawOn(canv, 30, y)
            y -= 3

    def _key_figures(self, top: float, width: float) -> None:
        """What the pack is about in four numbers, between the title and the facts."""
        snap = self.ctx.snap
        items = [i for i in snap.items if i.status != "cancelled"]
        if not items:
            return
        leaves, themes = objective_counts(snap)
        figures = [
            (
                self.ctx.money(sum(i.cost for i in items)),
                translate("PdfCover", "investment (capex + opex)"),
            ),
            (
                self.ctx.money(sum(i.annual_value for i in items)),
                translate("PdfCover", "value a year once delivered"),
            ),
            (number(len(items)), translate("PdfCover", "roadmap items")),
            (
                number(leaves),
                translate("PdfCover", "objectives under %n theme(s)", None, themes)
                if themes
                else translate("PdfCover", "objectives"),
            ),
        ]

        canv = self.canv
        labels: list[tuple[list[str], float]] = []
        fitted = False
        # The largest figures that fit with their labels on one line: the gaps close up and the
        # labels' type steps down first.
        steps = [
            (gap, size, label_size)
            for size in (17, 15, 13, 11, 10, 9)
            for gap, label_size in ((10 * mm, 8.5), (5 * mm, 8.5), (5 * mm, 8.0))
        ]
        for gap, size, label_size in steps:
            widths = [
                max(canv.stringWidth(big, BOLD, size), canv.stringWidth(label, FAMILY, label_size))
                for big, label in figures
            ]
            if sum(widths) + gap * (len(figures) - 1) <= width:
                labels = [([label], label_size) for _big, label in figures]
                fitted = True
                break
        if not fitted:
            # Labels too long for one line each (a longer language): equal columns, the
            # figures as large as the columns allow, each label whole on up to two lines.
            gap = 6 * mm
            column = (width - gap * (len(figures) - 1)) / len(figures)
            widths = [column] * len(figures)
            size = next(
                (
                    step
                    for step in (17, 15, 13, 11, 10, 9, 8)
                    if all(canv.stringWidth(big, BOLD, step) <= column for big, _ in figures)
                ),
                8,
            )
            for label_size in (8.5, 8.0, 7.5, 7.0, 6.5):  # one size for all the labels
                labels = [
                    fit_lines(label, FAMILY, label_size, column, smallest=label_size, lines=2)
                    for _big, label in figures
                ]
                if all(len(lines) <= 2 for lines, _size in labels):
                    break
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(0, top + 6 * mm, width, top + 6 * mm)
        canv.line(0, top - 15 * mm, width, top - 15 * mm)
        x = 0.0
        for (big, _label), (lines, label_size), column in zip(figures, labels, widths, strict=True):
            canv.setFillColor(self.ctx.styles.accent)
            canv.setFont(BOLD, size)
            canv.drawString(x, top - 5 * mm, big)
            canv.setFillColor(MUTED)
            canv.setFont(FAMILY, label_size)
            for n, line in enumerate(lines):  # a second line goes down, above the rule
                canv.drawString(x, top - 10.5 * mm - n * label_size * 1.1, line)
            x += column + gap


#: Under a title too long for the cover, and above its continuation.
CONTINUED = QT_TRANSLATE_NOOP("PdfCover", "The plan's title continues on the next page.")
CONTINUATION = QT_TRANSLATE_NOOP("PdfCover", "The plan's title, continued from the cover:")


def build(ctx: ExportContext) -> list[Flowable]:
    cover = CoverBlock(ctx)
    if cover.title_rest is not None:
        # The exporter puts these first on the page after the cover.
        ctx.extras["title_continued"] = [
            Paragraph(translate("PdfCover", CONTINUATION), ctx.styles.muted),
            cover.title_rest,
            Spacer(1, 4 * mm),
        ]
    return [cover]
