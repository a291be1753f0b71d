"""Issue 17 item 9: a table of thousands of rows is laid out a window of rows at a time.

reportlab's Table sizes every remaining row again at each page break (quadratic in the
table's length: the 20,000-item ranking); ``context.WindowedTable`` hands it at most a
window. The pages must read the same: every row once and in order, the header on every
page, rows broken between the same rows as the whole table, per-row styles on their rows.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pypdf
import pytest
from reportlab.lib import colors
from reportlab.platypus import LongTable, SimpleDocTemplate

from stratplanner.export.pdf import context as context_module
from stratplanner.export.pdf.context import ExportContext, WindowedTable
from stratplanner.export.pdf.styles import build_styles
from stratplanner.export.pdf.tables import PlainTextLongTable

ROWS = 700


class _Ctx:
    """Just what ExportContext.table needs."""

    styles = build_styles("#1F4E79")
    table = ExportContext.table


def _rows() -> list[list[Any]]:
    return [
        [f"{n:04d}", f"Item {n}" + ("\nsecond line" if n % 7 == 0 else ""), f"{n * 3:,}"]
        for n in range(ROWS)
    ]


def _pages(flowable: Any) -> list[str]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([flowable])
    return [page.extract_text() for page in pypdf.PdfReader(buffer).pages]


def _table(windowed: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    if not windowed:
        monkeypatch.setattr(context_module, "WINDOW_ROWS", ROWS)
    extra = [("TEXTCOLOR", (2, 1 + 500), (2, 1 + 500), colors.red)]
    return _Ctx().table(  # type: ignore[misc]  # just what table() uses
        ["#", "Item", "Cost"], _rows(), [60, 200, 80], right=(2,), long=True, extra_style=extra
    )


def test_windowed_table_breaks_pages_like_the_whole_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    init = LongTable.__init__

    def counting(self: LongTable, data: Any, *args: Any, **kwargs: Any) -> None:
        seen.append(len(data))
        init(self, data, *args, **kwargs)

    monkeypatch.setattr(LongTable, "__init__", counting)
    windowed = _table(True, monkeypatch)
    assert isinstance(windowed, WindowedTable)
    pages = _pages(windowed)
    # reportlab never saw the whole table: at most a window (grown to twice a page) at a time
    assert max(seen) <= 4 * context_module.WINDOW_ROWS
    whole_pages = _pages(_table(False, monkeypatch))
    assert len(pages) == len(whole_pages) > 10
    assert pages == whole_pages  # the same rows on the same pages, header on each
    text = "\n".join(pages)
    numbers = re.findall(r"^(\d{4})\b", text, flags=re.MULTILINE)
    assert numbers == [f"{n:04d}" for n in range(ROWS)]  # every row once, in order


def test_a_row_style_lands_on_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """A style command for row 500 of the whole table colours row 500, in whichever window."""
    table = _table(True, monkeypatch)
    buffer = io.BytesIO()
    coloured: list[str] = []
    draw_cell = PlainTextLongTable._drawCell  # the house table draws its plain cells itself

    def spy(self: LongTable, value: Any, style: Any, pos: Any, size: Any) -> Any:
        if style.color == colors.red:
            coloured.append(str(value))
        return draw_cell(self, value, style, pos, size)

    monkeypatch.setattr(PlainTextLongTable, "_drawCell", spy)
    SimpleDocTemplate(buffer).build([table])
    assert coloured == [f"{500 * 3:,}"]
