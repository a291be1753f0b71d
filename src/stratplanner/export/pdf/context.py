"""What every section builder is given: the (filtered) plan, its analysis, styles and page
geometry."""

from __future__ import annotations

import importlib
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import ModuleType
from typing import Any, overload

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from stratplanner.export.pdf.document import SectionHeading, frame_size, page_sizes
from stratplanner.export.pdf.graphics import Logo
from stratplanner.export.pdf.options import PdfOptions, section_title
from stratplanner.export.pdf.styles import CELL_LEADING, CELL_PAD_X, CELL_PAD_Y, Styles
from stratplanner.export.pdf.tables import PlainTextLongTable, PlainTextTable
from stratplanner.export.pdf.text import markup
from stratplanner.export.pdf.textblock import TextBlock
from stratplanner.i18n import format_money
from stratplanner.snapshot import ItemRec, PlanSnapshot


def optional_module(name: str) -> ModuleType | None:
    """A module another part of the app may not have yet (prioritization, charts): None if
    absent."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


#: Rows handed to reportlab at a time when a long table is laid out over many pages.
WINDOW_ROWS = 150
#: Extra style commands that change how a cell looks, never its size.
LOOKS_ONLY = frozenset({"TEXTCOLOR", "BACKGROUND", "LINEBELOW", "LINEABOVE"})


def _window_command(command: tuple, header_rows: int, first_row: int, rows: int) -> tuple | None:
    """A style command written for the whole table, for the window of ``rows`` data rows
    from ``first_row`` (None when it touches none of them). Commands on the header rows or
    counted from the end (negative rows) apply as they are."""
    name, (c0, r0), (c1, r1), *rest = command
    if r0 < header_rows or r1 < 0:
        return command
    low, high = r0 - header_rows - first_row, r1 - header_rows - first_row
    if high < 0 or low >= rows:
        return None
    return (name, (c0, max(low, 0) + header_rows), (c1, min(high, rows - 1) + header_rows), *rest)


class RowCommands:
    """A table's extra style commands found by the data rows they touch: a window of rows
    looks at its own commands, not at all of them (a 20,000-row ranking has thousands)."""

    def __init__(self, commands: Sequence[tuple], header_rows: int):
        self.header_rows = header_rows
        self.always: list[tuple] = []  # on the header rows, or counted from the end
        self.by_row: list[tuple[int, int, tuple]] = []  # (first data row, last, command)
        for command in commands:
            _name, (_c0, r0), (_c1, r1), *_rest = command
            if r0 < header_rows or r1 < 0:
                self.always.append(command)
            else:
                self.by_row.append((r0 - header_rows, r1 - header_rows, command))
        self.by_row.sort(key=lambda entry: entry[0])
        self.starts = [entry[0] for entry in self.by_row]
        self.longest = max((last - first for first, last, _ in self.by_row), default=0)

    def window(self, first_row: int, rows: int) -> list[tuple]:
        """The commands for ``rows`` data rows from ``first_row``, placed in that window."""
        out = list(self.always)
        low = bisect_left(self.starts, first_row - self.longest)
        high = bisect_left(self.starts, first_row + rows)
        for _first, _last, command in self.by_row[low:high]:
            moved = _window_command(command, self.header_rows, first_row, rows)
            if moved is not None:
                out.append(moved)
        return out


def row_height(row: Sequence[Any], widths: Sequence[float]) -> float | None:
    """The height of a data row of the house table, when the layout code can tell without
    reportlab: plain strings (pre-broken) and :class:`TextBlock` cells. None otherwise."""
    tallest = 0.0
    for value, width in zip(row, widths, strict=False):
        height: float
        if isinstance(value, str):
            height = CELL_LEADING * (value.count("\n") + 1)
        elif value is None or isinstance(value, int | float):
            height = CELL_LEADING
        elif isinstance(value, TextBlock):
            height = value.wrap(width - 2 * CELL_PAD_X, 1e9)[1]
        else:
            return None
        tallest = max(tallest, height)
    return tallest + 2 * CELL_PAD_Y


MakeTable = Callable[..., Table]


class RowSource(Sequence[list[Any]]):
    """A long table's rows made when layout reaches them (``make(n)`` makes row n), a page
    or two at a time: a 20,000-item ranking never holds all its rows (70 MB) at once."""

    def __init__(self, count: int, make: Callable[[int], list[Any]], *, keep: int = 600):
        self.size, self.make, self.keep = count, make, keep
        self._made: dict[int, list[Any]] = {}

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> list[Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[Any]]: ...

    def __getitem__(self, index: int | slice) -> list[Any] | list[list[Any]]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(self.size))]
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError(index)
        row = self._made.get(index)
        if row is None:
            if len(self._made) >= self.keep:  # the oldest half: layout has passed them
                for made in list(self._made)[: self.keep // 2]:
                    del self._made[made]
            row = self._made[index] = self.make(index)
        return row


class WindowedTable(Flowable):
    """A table of thousands of rows laid out a window of rows at a time.

    reportlab's Table sizes every remaining row again at each page break, so a 20,000-row
    ranking cost time quadratic in its length; here reportlab sees at most a window of
    rows (twice a page's worth, grown when a page takes more) and splits it between rows
    exactly as it would have split the whole table, so the pages look the same: the
    header repeated, per-row styles kept (``make`` places them by the window's first row).

    When the layout code can tell a row's height (``sized``: plain and :class:`TextBlock`
    cells, :func:`row_height`), a page's rows are counted from their heights and its table
    is made with them: reportlab neither sizes nor splits anything. ``rows`` may be a
    :class:`RowSource`: then rows are made only as pages reach them.
    """

    def __init__(
        self,
        make: MakeTable,
        rows: Sequence[list[Any]],
        first: int = 0,
        *,
        sized: Callable[[list[Any]], float | None] | None = None,
    ):
        super().__init__()
        self.make, self.rows, self.first = make, rows, first
        self.sized = sized
        self.window = WINDOW_ROWS
        self._whole: Table | None = None
        # Shared by the parts a table is split into: header heights, rows' heights.
        self._header: dict[float, float] = {}
        self._heights: dict[int, float | None] = {}

    def _rest(self) -> list[list[Any]]:
        return list(self.rows[self.first :])

    def _height(self, n: int) -> float | None:
        heights = self._heights
        if n not in heights:
            if len(heights) > 4 * WINDOW_ROWS:
                heights.clear()
            heights[n] = self.sized(self.rows[n]) if self.sized is not None else None
        return heights[n]

    def _fitting(self, room: float) -> tuple[int, bool] | None:
        """How many rows from the first fit ``room`` by their heights, and whether that is
        all of them; None when a height on the way can't be told."""
        count, used = 0, 0.0
        for n in range(self.first, len(self.rows)):
            height = self._height(n)
            if height is None:
                return None
            if used + height > room + 1e-6:
                return count, False
            used += height
            count += 1
        return count, True

    def _made(self, first: int, count: int) -> Table:
        """The table of ``count`` rows from ``first``, made with their heights."""
        part = list(self.rows[first : first + count])
        return self.make(part, first, [self._height(n) for n in range(first, first + count)])

    def _header_height(self, avail_width: float) -> float:
        if avail_width not in self._header:
            table = self.make(list(self.rows[self.first : self.first + 1]), self.first)
            _, whole = table.wrap(avail_width, 1e9)
            self._header[avail_width] = whole - table._rowHeights[-1]
        return self._header[avail_width]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        rest = len(self.rows) - self.first
        fit = (
            self._fitting(avail_height - self._header_height(avail_width))
            if self.sized is not None
            else None
        )
        if fit is not None:
            if fit[1]:
                self._whole = self._whole or self._made(self.first, rest)
                return self._whole.wrap(avail_width, avail_height)
        elif rest <= self.window:
            self._whole = self._whole or self.make(self._rest(), self.first)
            return self._whole.wrap(avail_width, avail_height)
        # Taller than the room left: the document asks for a split.
        self.width = avail_width
        return avail_width, avail_height + 1

    def _follow(self, first: int) -> WindowedTable:
        follow = WindowedTable(self.make, self.rows, first, sized=self.sized)
        follow._header, follow._heights = self._header, self._heights
        return follow

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self.sized is not None:
            fit = self._fitting(avail_height - self._header_height(avail_width))
            if fit is not None and fit[0]:
                count, everything = fit
                head = self._made(self.first, count)
                return [head] if everything else [head, self._follow(self.first + count)]
            if fit is not None:
                # Not even one row fits: the next page, unless reportlab would split the row
                # inside itself here (then it has the rest, as before).
                probe = self.make(list(self.rows[self.first : self.first + 1]), self.first)
                if not probe.split(avail_width, avail_height):
                    return []
        if len(self.rows) - self.first <= self.window:
            self._whole = self._whole or self.make(self._rest(), self.first)
            return self._whole.split(avail_width, avail_height)
        while True:
            size = min(self.window, len(self.rows) - self.first)
            part = list(self.rows[self.first : self.first + size])
            table = self.make(part, self.first)
            pieces = table.split(avail_width, avail_height)
            whole = self.first + size >= len(self.rows)
            if not pieces or whole:
                return pieces
            if len(pieces) == 1:  # the window fitted: a page takes more rows than it has
                self.window *= 2
                continue
            head = pieces[0]
            taken = len(head._cellvalues) - head.repeatRows
            rest_rows = len(pieces[1]._cellvalues) - pieces[1].repeatRows
            if len(pieces) != 2 or taken < 1 or taken + rest_rows != size:
                # a row split inside itself (taller than a page): let reportlab have the rest
                return self.make(self._rest(), self.first).split(avail_width, avail_height)
            follow = self._follow(self.first + taken)
            # Each window is styled cell by cell: size the next one to about two pages' rows.
            follow.window = max(2 * taken + 10, 30)
            return [head, follow]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.drawOn(self.canv, 0, 0)


def wrapped(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into lines of at most ``width`` points, for a plain table cell.

    Wraps like a Paragraph (long words split) at a fraction of its cost, for tables
    of thousands of rows; nothing is cut.
    """
    lines: list[str] = []
    for split_line in simpleSplit(text, font, size, width) if text else []:
        line = split_line
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
    #: The plan as read, before its labels were bounded for one-line use
    #: (:func:`~stratplanner.export.bounded.bounded_snapshot`): the cover and the item cards
    #: wrap whole titles.
    original: PlanSnapshot | None = None

    def whole(self, item: ItemRec) -> ItemRec:
        """``item`` with its title whole, as the planner typed it."""
        if self.original is None:
            return item
        return self.original.item_by_id.get(item.id, item)

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
        from stratplanner.export.pdf.filters import printable_snapshot

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
        """'USD 7.5 m' ('7,5 Mio. USD' in German) — short money for tables and sentences."""
        return format_money(value, self.currency, short=True)

    def person(self, person_id: int | None) -> str:
        return self.snap.person_name(person_id)

    def unit(self, unit_id: int | None) -> str:
        unit = self.snap.business_unit_by_id.get(unit_id) if unit_id is not None else None
        return unit.name if unit else ""

    # -- building blocks --------------------------------------------------------------
    def heading(self, key: str, title: str | None = None, *, level: int = 0) -> SectionHeading:
        """A section heading (bookmark + contents entry) with trusted or escaped text."""
        text = title if title is not None else section_title(key)
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
        rows: Sequence[Sequence[Any]] | RowSource,
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        long: bool = False,
        extra_style: Sequence[tuple] = (),
        group: tuple[str, int, int] | None = None,
    ) -> Flowable:
        """The house table: header row repeated on every page it spans.

        Cells may be plain strings (fast, never wrap: numbers and short codes),
        :class:`TextBlock` cells (text that must wrap) or Paragraphs (markup).
        ``rows`` may be a :class:`RowSource` (rows made as pages reach them).
        ``group`` = (label, first column, last column) adds a header row above,
        spanning those columns.
        """
        head = [
            Paragraph(
                markup(h), self.styles.header_cell_right if n in right else self.styles.header_cell
            )
            for n, h in enumerate(header)
        ]
        top: list[list[Any]] = []
        if group is not None:
            label, first, _last = group
            top = [["" for _ in header]]
            top[0][first] = Paragraph(markup(label), self.styles.header_cell)
        heads = [*top, head]
        body: Sequence[list[Any]] = rows if isinstance(rows, RowSource) else [list(r) for r in rows]
        cls = PlainTextLongTable if long else PlainTextTable

        commands = RowCommands(extra_style, len(heads))

        def make(
            part: list[list[Any]], first_row: int, heights: Sequence[float | None] | None = None
        ) -> Table:
            """The table of ``part`` (data rows from ``first_row`` on) under the header rows;
            ``heights`` of the data rows when known (reportlab then sizes only the header)."""
            data = [*heads, *part]
            row_heights: list[float | None] | None = None
            if heights is not None:
                row_heights = [*([None] * len(heads)), *heights]
            # splitInRow: a row taller than a page (a 2,000-character title) splits instead of
            # crashing.
            table = cls(
                data,
                colWidths=list(widths),
                rowHeights=row_heights,
                repeatRows=len(heads),
                hAlign="LEFT",
                splitInRow=1,
            )
            # Zebra stripes start afresh on each page, as reportlab's own split does (a window
            # always starts a page).
            style = self.styles.table_style(rows=len(top) + 1 + len(body), header_rows=len(heads))
            if group is not None:
                style.add("SPAN", (group[1], 0), (group[2], 0))
                style.add("LINEBELOW", (group[1], 0), (group[2], 0), 0.6, colors.white)
                style.add("LINEBELOW", (0, 0), (-1, 0), 0, self.styles.accent)
                style.add("BOTTOMPADDING", (0, 0), (-1, 0), 1)
            for col in right:
                style.add("ALIGN", (col, len(top)), (col, -1), "RIGHT")
            for command in commands.window(first_row, len(part)):
                style.add(*command)
            table.setStyle(style)
            return table

        def sized(row: list[Any]) -> float | None:
            return row_height(row, widths)

        # Extra commands that change a row's size: reportlab sizes the rows.
        known = all(command[0] in LOOKS_ONLY for command in extra_style) and bool(body)
        if long and (len(body) > 2 * WINDOW_ROWS or (known and sized(body[0]) is not None)):
            return WindowedTable(make, body, sized=sized if known else None)
        return make(list(body), 0)
