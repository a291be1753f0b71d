"""Type scale, colours and table styles of the PDF, derived from one accent colour."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Table, TableStyle

from stratplanner.export.pdf.fonts import BOLD, FAMILY, ITALIC, register_fonts

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#D5DBE3")
ZEBRA = colors.HexColor("#F4F6F9")
WARNING = colors.HexColor("#B5482F")
GOOD = colors.HexColor("#2E7D4F")
#: The house table's body cells: leading, and padding across and down (a row's height is
#: known from its lines: ``context.row_height``).
CELL_LEADING = 10
CELL_PAD_X = 4
CELL_PAD_Y = 3


def css(colour: colors.Color) -> str:
    """'#RRGGBB' for a colour, as paragraph markup wants it."""
    return "#" + colour.hexval()[2:].upper()


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white; ``amount`` 0 keeps it, 1 gives white."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


@dataclass
class Styles:
    """Every paragraph style the sections use, built for one accent colour."""

    accent: colors.Color
    accent_light: colors.Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    figure_big: ParagraphStyle
    figure_label: ParagraphStyle
    bullet: ParagraphStyle
    toc: ParagraphStyle

    def table_style(self, *, zebra: bool = True, rows: int = 0, header_rows: int = 1) -> TableStyle:
        """The house table: accent header row(s), hairline rules, optional zebra stripes."""
        last = header_rows - 1
        commands: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, last), self.accent),
            ("TEXTCOLOR", (0, 0), (-1, last), colors.white),
            ("FONTNAME", (0, 0), (-1, last), BOLD),
            ("FONTNAME", (0, header_rows), (-1, -1), FAMILY),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TEXTCOLOR", (0, header_rows), (-1, -1), INK),
        ]
        if zebra and rows > header_rows + 1:
            commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
        return TableStyle(commands)


def build_styles(accent_hex: str) -> Styles:
    register_fonts()
    accent = colors.HexColor(accent_hex)
    base = ParagraphStyle(
        "sp-body",
        fontName=FAMILY,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(f"sp-{name}", parent=base, **kw)

    cell = derive("cell", fontSize=8, leading=10, spaceAfter=0)
    return Styles(
        accent=accent,
        accent_light=tint(accent, 0.85),
        title=derive(
            "title", fontName=BOLD, fontSize=30, leading=36, textColor=accent, spaceAfter=10
        ),
        subtitle=derive("subtitle", fontSize=15, leading=20, textColor=MUTED, spaceAfter=6),
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=18,
            leading=23,
            textColor=accent,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=accent,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=base,
        lead=derive("lead", fontSize=11, leading=15.5, textColor=INK, spaceAfter=8),
        small=derive("small", fontSize=8, leading=10.5, spaceAfter=3),
        muted=derive(
            "muted", fontName=ITALIC, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4
        ),
        cell=cell,
        cell_bold=ParagraphStyle("sp-cell-bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("sp-cell-right", parent=cell, alignment=TA_RIGHT),
        header_cell=ParagraphStyle(
            "sp-header-cell", parent=cell, fontName=BOLD, textColor=colors.white
        ),
        header_cell_right=ParagraphStyle(
            "sp-header-cell-right",
            parent=cell,
            fontName=BOLD,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        figure_big=derive(
            "figure-big", fontName=BOLD, fontSize=16.5, leading=20, textColor=accent, spaceAfter=0
        ),
        figure_label=derive("figure-label", fontSize=8, leading=10, textColor=MUTED, spaceAfter=0),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=4),
        toc=derive("toc", fontSize=11, leading=15),
    )


def layout_table(
    data: list[list[object]],
    widths: list[float],
    commands: list[tuple],
    *,
    long: bool = False,
    repeat_rows: int = 0,
) -> Table:
    """A Table whose cells default to the embedded family (reportlab's default is Helvetica)."""
    cls = LongTable if long else Table
    table = cls(data, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands]))
    return table
