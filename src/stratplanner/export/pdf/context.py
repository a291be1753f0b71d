"""What every section builder is given: the (filtered) plan, its analysis, styles and page geometry."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import ModuleType
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Table

from stratplanner.export.pdf.document import SectionHeading, frame_size, page_sizes
from stratplanner.export.pdf.graphics import Logo
from stratplanner.export.pdf.options import SECTION_TITLES, PdfOptions
from stratplanner.export.pdf.styles import Styles
from stratplanner.export.pdf.text import markup
from stratplanner.snapshot import PlanSnapshot


def optional_module(name: str) -> ModuleType | None:
    """A module another part of the app may not have yet (prioritization, charts): None if absent."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into lines of at most ``width`` points, for a plain table cell.

    Wraps like a Paragraph (long words split) at a fraction of its cost, for tables
    of thousands of rows; nothing is cut.
    """
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) if text else []:
        while stringWidth(line, font, size) > width and len(line) > 1:  # a word wider than a line
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


@dataclass
class ExportContext:
    snap: PlanSnapshot
    full: PlanSnapshot
    options: PdfOptions
    styles: Styles
    today: date
    logo: Logo | None = None
    filter_text: str = ""
    check: Callable[[], None] = lambda: None
    extras: dict[str, Any] = field(default_factory=dict)

    # -- geometry ---------------------------------------------------------------------
    @property
    def portrait_frame(self) -> tuple[float, float]:
        return frame_size(page_sizes(self.options.paper)[0])

    @property
    def landscape_frame(self) -> tuple[float, float]:
        return frame_size(page_sizes(self.options.paper)[1])

    @cached_property
    def chart_snap(self) -> PlanSnapshot:
        """The plan as the charts get it: characters the fonts lack already shown as a box."""
        from stratplanner.export.pdf.filters import printable_snapshot  # noqa: PLC0415

        return printable_snapshot(self.snap)

    # -- shared analysis --------------------------------------------------------------
    @cached_property
    def analysis(self) -> Any:
        """``stratplanner.analysis.analyze`` of the filtered plan, or None without the package."""
        module = optional_module("stratplanner.analysis")
        analyze = getattr(module, "analyze", None) if module else None
        return analyze(self.snap) if analyze else None

    @property
    def currency(self) -> str:
        return self.snap.info.currency

    def money(self, value: float) -> str:
        """'USD 7.5 m' — short money for tables and sentences."""
        magnitude = abs(value)
        if magnitude >= 1e9:
            return f"{self.currency} {value / 1e9:,.2f} bn"
        if magnitude >= 1e6:
            return f"{self.currency} {value / 1e6:,.1f} m"
        if magnitude >= 1e3:
            return f"{self.currency} {value / 1e3:,.0f}k"
        return f"{self.currency} {value:,.0f}"

    def person(self, person_id: int | None) -> str:
        return self.snap.person_name(person_id)

    def unit(self, unit_id: int | None) -> str:
        unit = self.snap.business_unit_by_id.get(unit_id) if unit_id is not None else None
        return unit.name if unit else ""

    # -- building blocks --------------------------------------------------------------
    def heading(self, key: str, title: str | None = None, *, level: int = 0) -> SectionHeading:
        """A section heading (bookmark + contents entry) with trusted or escaped text."""
        text = title if title is not None else SECTION_TITLES[key]
        style = self.styles.h1 if level == 0 else self.styles.h2
        return SectionHeading(
            markup(text), style, key=f"sec-{key}", outline_title=text, level=level
        )

    def sub_heading(self, key: str, text: str, *, level: int = 1) -> SectionHeading:
        """A bookmark-only heading under a section (objective themes, item cards)."""
        style = self.styles.h2 if level == 1 else self.styles.h3
        return SectionHeading(markup(text), style, key=key, outline_title=text, level=level)

    def note(self, text: str) -> Paragraph:
        return Paragraph(text, self.styles.muted)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        long: bool = False,
        extra_style: Sequence[tuple] = (),
        group: tuple[str, int, int] | None = None,
    ) -> Flowable:
        """The house table: header row repeated on every page it spans.

        Cells may be plain strings (fast, never wrap: numbers and short codes)
        or Paragraphs (user text that must wrap). ``group`` = (label, first
        column, last column) adds a header row above, spanning those columns.
        """
        head = [
            Paragraph(
                markup(h), self.styles.header_cell_right if n in right else self.styles.header_cell
            )
            for n, h in enumerate(header)
        ]
        top: list[list[Any]] = []
        if group is not None:
            label, first, last = group
            top = [["" for _ in header]]
            top[0][first] = Paragraph(markup(label), self.styles.header_cell)
        data = [*top, head, *[list(r) for r in rows]]
        cls = LongTable if long else Table
        # splitInRow: a row taller than a page (a 2,000-character title) splits instead of crashing.
        table = cls(
            data, colWidths=list(widths), repeatRows=len(top) + 1, hAlign="LEFT", splitInRow=1
        )
        style = self.styles.table_style(rows=len(data), header_rows=len(top) + 1)
        if group is not None:
            style.add("SPAN", (group[1], 0), (group[2], 0))
            style.add("LINEBELOW", (group[1], 0), (group[2], 0), 0.6, colors.white)
            style.add("LINEBELOW", (0, 0), (-1, 0), 0, self.styles.accent)
            style.add("BOTTOMPADDING", (0, 0), (-1, 0), 1)
        for col in right:
            style.add("ALIGN", (col, len(top)), (col, -1), "RIGHT")
        for command in extra_style:
            style.add(*command)
        table.setStyle(style)
        return table
