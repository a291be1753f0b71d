"""The house tables' plain-text cells written through one text object per table.

reportlab draws every line of a plain cell with ``drawString``: a text object made,
positioned, written and closed for each, about a third of the time a 1,100-page
20,000-item ranking spends drawing its tables. Here a table's plain cells go into one
text object, each cell started afresh for its direction (:func:`~.rtl.new_run`), placed
exactly where reportlab places them (same alignment, padding and leading). Cells that
are flowables, links or shaped text are reportlab's as before.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Table

from stratplanner.export.pdf.rtl import new_run
from stratplanner.export.pdf.textblock import put

#: Where a line's x is taken from, per alignment: its left end, middle or right end.
_ANCHORS = {"LEFT": 0.0, "CENTRE": 0.5, "CENTER": 0.5, "RIGHT": 1.0}


class _PlainCells:
    """Mixed into a Table: plain-text cells through one text object (drawn over the cells)."""

    canv: Any
    _text: Any = None
    _text_state: tuple[Any, ...] = ()

    def draw(self) -> None:
        self._text, self._text_state = None, ()
        super().draw()  # type: ignore[misc]
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        anchor = _ANCHORS.get(cellstyle.alignment)
        if (
            not isinstance(cellval, str)
            or anchor is None
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.valign != "TOP"
        ):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        if anchor == 0.0:
            x = colpos + cellstyle.leftPadding
        elif anchor == 1.0:
            x = colpos + colwidth - cellstyle.rightPadding
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
        font, points, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        y = rowpos + rowheight - cellstyle.topPadding - points
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
        state = (font, points, leading, cellstyle.color)
        if state != self._text_state:
            text.setFont(font, points, leading)
            text.setFillColor(cellstyle.color)
            self._text_state = state
        for line in cellval.split("\n"):
            if line:
                new_run(text)  # each line reads in its own direction, as its drawString did
                shift = anchor * stringWidth(line, font, points) if anchor else 0.0
                text.setTextOrigin(x - shift, y)
                put(text, line)
            y -= leading


class PlainTextTable(_PlainCells, Table):
    """A Table whose plain-text cells share one text object."""


class PlainTextLongTable(_PlainCells, LongTable):
    """A LongTable whose plain-text cells share one text object."""
