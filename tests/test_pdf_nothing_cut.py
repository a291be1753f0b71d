"""Issue 17, "done means": no text drawn outside its box or cut with "…" in the PDF.

Checked through the layout code while the PDF is written, not by eye: every
string reportlab draws passes through ``PDFTextObject._formatText`` (none may end
in a cut "…"); every plain table cell must fit its column (``Table._drawCell``);
every paragraph line its width (the ``extraSpace`` reportlab leaves is never
negative); every string the canvas code draws must stay on the page; and every
chart string inside its figure (``RecordingRenderer.draw_text``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, Table

from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.export.pdf.figure_renderer import RecordingRenderer, face_for, text_extent
from stratplanner.export.pdf.fonts import FAMILY, printable, register_fonts
from stratplanner.export.pdf.graphics import Picture
from stratplanner.export.pdf.sections.appendix import FactsGrid
from stratplanner.export.pdf.tables import _PlainCells
from stratplanner.export.pdf.textblock import Line, Run, TextBlock
from test_pdf_helpers import plan_from_dict, sample_dict

SLACK = 0.6  # points: rounding in reportlab's own arithmetic
#: Phrases of ours that carry an ellipsis and cut nothing.
OURS = ("until…",)


class Audit:
    """What the hooks found: the layout's problems, and the charts' apart."""

    def __init__(self) -> None:
        self.layout: list[str] = []
        self.charts: list[str] = []
        self.in_chart = 0

    @property
    def problems(self) -> list[str]:
        return self.charts if self.in_chart else self.layout

    def cut(self, text: str, where: str) -> None:
        stripped = text.rstrip()
        if stripped.endswith(("…", "...")) and not stripped.endswith(OURS):
            self.problems.append(f"{where}: cut with an ellipsis: {stripped[-80:]!r}")


@contextlib.contextmanager
def audit() -> Iterator[Audit]:
    found = Audit()
    patch = pytest.MonkeyPatch()
    format_text = PDFTextObject._formatText

    def _format_text(self: PDFTextObject, text: str) -> Any:
        found.cut(text, "text")
        return format_text(self, text)

    def _checked(draw_cell: Any) -> Any:
        def _draw_cell(self: Table, value: Any, style: Any, pos: Any, size: Any) -> Any:
            if isinstance(value, str) and value:
                room = size[0] - style.leftPadding - style.rightPadding
                for line in value.split("\n"):
                    width = stringWidth(line, style.fontname, style.fontsize)
                    if width > room + SLACK:
                        found.problems.append(
                            f"table cell wider than its column ({width:.0f} > {room:.0f}): {line!r}"
                        )
            return draw_cell(self, value, style, pos, size)

        return _draw_cell

    paragraph_draw = Paragraph.draw

    def _paragraph_draw(self: Paragraph) -> Any:
        lines = getattr(getattr(self, "blPara", None), "lines", [])
        style = self.style
        space = stringWidth(" ", style.fontName, style.fontSize)
        shrink = getattr(style, "spaceShrinkage", None) or rl_config.paraSpaceShrinkage
        for line in lines:
            if isinstance(line, tuple):
                extra, gaps = line[0], len(line[1]) - 1
            else:
                extra, gaps = getattr(line, "extraSpace", 0), getattr(line, "wordCount", 1) - 1
            # reportlab may squeeze a line's spaces by up to spaceShrinkage: that is no overflow.
            if extra < -(SLACK + shrink * space * max(0, gaps)):
                found.problems.append(
                    f"paragraph line {-extra:.1f} pt wider than its box: "
                    f"{self.getPlainText()[:80]!r}"
                )
        return paragraph_draw(self)

    text_block_write = TextBlock.write

    def _text_block_write(self: TextBlock, *args: Any) -> Any:
        for line in self.lines(self.width):
            measured = sum(stringWidth(text, font, size) for text, font, size, _ in line.pieces)
            if measured > self.width + SLACK:
                found.problems.append(
                    f"text line {measured - self.width:.1f} pt wider than its box: {line.text!r}"
                )
        return text_block_write(self, *args)

    facts_write = FactsGrid.write

    def _facts_write(self: FactsGrid, *args: Any) -> Any:
        room = self.value_room(self.width)
        for lines in self.lines:
            for line in lines:
                if stringWidth(line, FAMILY, 8) > room + SLACK:
                    found.problems.append(f"card fact wider than its column: {line!r}")
        return facts_write(self, *args)

    in_form: list[str] = []
    begin_form, end_form = Canvas.beginForm, Canvas.endForm

    def _begin_form(self: Canvas, name: str, *args: Any, **kwargs: Any) -> Any:
        in_form.append(name)
        return begin_form(self, name, *args, **kwargs)

    def _end_form(self: Canvas, *args: Any, **kwargs: Any) -> Any:
        in_form.pop()
        return end_form(self, *args, **kwargs)

    def _on_page(name: str) -> Any:
        original = getattr(Canvas, name)
        anchor = {"drawString": 0.0, "drawCentredString": 0.5, "drawRightString": 1.0}[name]

        def draw(self: Canvas, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:
            if in_form:  # a form (the page numbers) is placed by the page that uses it
                return original(self, x, y, text, *args, **kwargs)
            width = stringWidth(text, self._fontname, self._fontsize)
            a, b, c, d, e, f = self._currentMatrix
            page_w, page_h = self._pagesize
            for px in (x - anchor * width, x + (1 - anchor) * width):
                gx, gy = a * px + c * y + e, b * px + d * y + f
                if not (-SLACK <= gx <= page_w + SLACK and -SLACK <= gy <= page_h + SLACK):
                    found.problems.append(f"string off the page at ({gx:.0f}, {gy:.0f}): {text!r}")
                    break
            return original(self, x, y, text, *args, **kwargs)

        return draw

    picture_draw = Picture.draw

    def _picture_draw(self: Picture) -> Any:
        found.in_chart += 1  # a chart's strings are the chart's (checked against its figure)
        try:
            return picture_draw(self)
        finally:
            found.in_chart -= 1

    chart_text = RecordingRenderer.draw_text

    def _chart_text(  # noqa: PLR0917 (matplotlib's signature)
        self: RecordingRenderer,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        *rest: Any,
        **kw: Any,
    ) -> Any:
        found.in_chart += 1
        try:
            _check_chart_text(self, s, prop, x=x, y=y, angle=angle)
        finally:
            found.in_chart -= 1
        return chart_text(self, gc, x, y, s, prop, angle, *rest, **kw)

    def _check_chart_text(
        self: RecordingRenderer, s: str, prop: Any, *, x: float, y: float, angle: float
    ) -> None:
        found.cut(s, "chart")
        width, _, _ = text_extent(printable(s), face_for(prop), prop.get_size_in_points())
        turned = round(angle) % 180 == 90
        low, high = (y, y + width) if turned else (x, x + width)
        room = self.height if turned else self.width
        if s.strip() and (low < -SLACK or high > room + SLACK):
            found.problems.append(
                f"chart text outside its figure ({low:.0f}..{high:.0f} of {room:.0f}): {s!r}"
            )

    patch.setattr(PDFTextObject, "_formatText", _format_text)
    # reportlab's own cells, and the house tables' plain ones (one text object a table)
    patch.setattr(Table, "_drawCell", _checked(Table._drawCell))
    patch.setattr(_PlainCells, "_drawCell", _checked(_PlainCells._drawCell))
    patch.setattr(Paragraph, "draw", _paragraph_draw)
    patch.setattr(TextBlock, "write", _text_block_write)
    patch.setattr(FactsGrid, "write", _facts_write)
    for name in ("drawString", "drawCentredString", "drawRightString"):
        patch.setattr(Canvas, name, _on_page(name))
    patch.setattr(RecordingRenderer, "draw_text", _chart_text)
    patch.setattr(Picture, "draw", _picture_draw)
    patch.setattr(Canvas, "beginForm", _begin_form)
    patch.setattr(Canvas, "endForm", _end_form)
    try:
        yield found
    finally:
        patch.undo()


LONG = " — with a deliberately long qualifying phrase that keeps going well past any column"


def long_text_plan() -> dict[str, Any]:
    """The sample plan with every name a planner types made far longer than usual."""
    data = sample_dict()
    for key in (
        "items",
        "objectives",
        "teams",
        "business_units",
        "people",
        "kpis",
        "milestones",
        "processes",
        "applications",
    ):
        for record in data.get(key, []):
            for field in ("title", "name"):
                if isinstance(record.get(field), str):
                    record[field] += LONG
    return data


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("cut")
    return {
        "sample": plan_from_dict(sample_dict(), folder, "sample"),
        "long": plan_from_dict(long_text_plan(), folder, "long"),
    }


@pytest.fixture(scope="module")
def audits(plans: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample's and the long-text plan's packs, each exported once under the audit."""
    folder = tmp_path_factory.mktemp("packs")
    out = {}
    for plan, preset in (("sample", "team"), ("long", "team"), ("long", "board")):
        with audit() as found:
            export_pdf(plans[plan], folder / f"{plan}-{preset}.pdf", PdfOptions(preset=preset))
        out[f"{plan} {preset}"] = found
    return out


@pytest.mark.parametrize("pack", ["sample team", "long team", "long board"])
def test_no_text_is_cut_or_outside_its_box(audits: dict[str, Audit], pack: str) -> None:
    """Tables, paragraphs, headings and the canvas's own strings: everything whole, in its box."""
    assert audits[pack].layout == []


@pytest.mark.parametrize("pack", ["sample team", "long team", "long board"])
def test_no_chart_text_is_cut_or_outside_its_figure(audits: dict[str, Audit], pack: str) -> None:
    """Chart labels (maturity practices and units, process names, team names, heatmap columns,
    roadmap theme headers, objectives on the coverage chart) are whole and inside the figure."""
    assert audits[pack].charts == []


def test_every_chart_was_drawn(plans: dict[str, Any], tmp_path: Path, caplog: Any) -> None:
    """A chart that fails is a note, not a chart: its text would never be checked."""
    with caplog.at_level(logging.ERROR):
        export_pdf(plans["long"], tmp_path / "team.pdf", PdfOptions(preset="team"))
    assert not [r for r in caplog.records if "chart failed" in r.getMessage()]


def test_the_audit_sees_a_cut(tmp_path: Path) -> None:
    """The hooks catch a title clipped with an ellipsis and a cell too wide for its column."""
    from reportlab.platypus import SimpleDocTemplate

    from stratplanner.export.pdf.text import clip

    with audit() as found:
        doc = SimpleDocTemplate(str(tmp_path / "x.pdf"))
        cells = [[clip("Warehouse management system replacement", 20), "x" * 99]]
        doc.build([Table(cells, [90, 90])])
    assert any("ellipsis" in p for p in found.layout)
    assert any("wider than its column" in p for p in found.layout)


def test_the_audit_sees_a_text_block_wider_than_its_box(tmp_path: Path) -> None:
    """A wrapped text block whose line came out wider than the frame is reported."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    class Overflowing(TextBlock):
        def lines(self, width: float) -> list[Line]:
            text = "far too wide for its box " * 20
            return [Line([(text, FAMILY, 10, colors.black)], stringWidth(text, FAMILY, 10))]

    register_fonts()
    with audit() as found:
        doc = SimpleDocTemplate(str(tmp_path / "x.pdf"))
        doc.build([Overflowing([Run("x")], ParagraphStyle("x", fontName=FAMILY))])
    assert any("wider than its box" in p for p in found.layout)


HEADER_TITLE = (
    "FY2027–2029 Technology Roadmap for the Northwind Retail Group's stores, distribution "
    "centres, e-commerce and every shared service that supports them"
)
HEADER_ORG = "Northwind Retail Group International Holdings — Stores, Digital and Supply Chain"
MARK = "Strictly confidential — board members and their named advisers only, not for circulation"


def test_running_header_footer_and_contents_are_whole(tmp_path: Path) -> None:
    """A long plan title, organisation and classification are drawn whole (smaller, wrapped)
    in every page's header and footer, and the contents' lines are whole too."""
    from pypdf import PdfReader

    data = sample_dict()
    data["plan"]["title"] = HEADER_TITLE
    data["plan"]["organization"] = HEADER_ORG
    plan = plan_from_dict(data, tmp_path, "header")
    target = tmp_path / "team.pdf"
    with audit() as found:
        export_pdf(plan, target, PdfOptions(preset="team", confidentiality=MARK))
    assert found.layout == []
    pages = PdfReader(str(target)).pages
    words = [" ".join(p.extract_text().split()) for p in pages[1:]]
    for text in (HEADER_TITLE, HEADER_ORG, MARK):
        # every running page carries the whole string (maybe over two lines: compare words)
        assert all(all(w in page for w in text.split()) for page in words), text
        assert all(text.split()[-1] in page for page in words)


def _tokens(count: int, prefix: str) -> list[str]:
    """Words that each occur once, so a test can tell which part of a text was printed."""
    return [f"{prefix}{n:04d}" for n in range(count)]


def _in_order(words: list[str], text: str) -> bool:
    found = text.split()
    positions = {word: n for n, word in enumerate(found)}
    places = [positions.get(word, -1) for word in words]
    return -1 not in places and places == sorted(places)


def test_a_5000_character_plan_title_is_whole(tmp_path: Path) -> None:
    """Too long for the cover even at 8 pt, the title goes on at the top of the next page:
    every word printed, in order, none cut; the running header names where it is whole."""
    from test_pdf_helpers import page_texts

    words = _tokens(800, "t")  # 800 × 6 characters: about 5,000
    data = sample_dict()
    data["plan"]["title"] = " ".join(words)
    assert len(data["plan"]["title"]) > 4500
    plan = plan_from_dict(data, tmp_path, "title")
    target = tmp_path / "board.pdf"
    with audit() as found:
        export_pdf(plan, target, PdfOptions(preset="board"))
    assert found.layout == []
    pages = page_texts(target)
    cover, next_page = pages[0], pages[1]
    assert words[0] in cover and words[-1] not in cover  # the cover holds what fits …
    assert "continues on the next page" in cover
    # … and the rest follows on the next page, after the header's few words.
    rest = next_page.split("continued from the cover:", 1)[1]
    shown = [w for w in words if w in cover.split()]
    assert _in_order(shown, cover)
    assert _in_order(words[len(shown) :], rest)
    assert all("(the whole title is on the cover)" in page for page in pages[1:])


def test_an_item_card_heading_wraps_a_title_of_any_length(tmp_path: Path) -> None:
    """An item title longer than any label limit (3,000 characters) is whole in its card's
    heading: wrapped over as many lines as it takes, nothing cut."""
    from test_pdf_helpers import text_of

    words = _tokens(520, "w")
    data = sample_dict()
    data["items"][0]["title"] = " ".join(words)
    assert len(data["items"][0]["title"]) > 3000
    plan = plan_from_dict(data, tmp_path, "card")
    target = tmp_path / "cards.pdf"
    with audit() as found:
        export_pdf(plan, target, PdfOptions(preset="team", sections=["appendix"]))
    assert found.layout == []
    text = text_of(target)
    card = text[text.index(data["items"][0]["code"]) :]
    assert _in_order(words, card.split("Value:", 1)[0])
