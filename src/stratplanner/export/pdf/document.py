"""The document frame: page templates, header and footer, "Page x of y", contents and outline.

Everything is laid out in one pass. "Page x of y" and the page numbers in the
table of contents are PDF form XObjects drawn where they belong and defined
when the page count is known (:class:`NumberedCanvas`), so a 500-page working
team PDF is not laid out twice nor held page by page in memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCrossReferenceTable,
    PDFDocument,
    PDFFormXObject,
    PDFIndirectObject,
    PDFName,
    PDFPage,
    PDFStream,
    PDFTrailer,
    pdfdocEnc,
    xObjectName,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from stratplanner.export.pdf.fonts import BOLD, FAMILY
from stratplanner.export.pdf.graphics import Logo
from stratplanner.export.pdf.rtl import BidiCanvas
from stratplanner.export.pdf.stack import Stack
from stratplanner.export.pdf.styles import MUTED, RULE, Styles
from stratplanner.export.pdf.text import fit_lines, fit_lines_noted
from stratplanner.export.pdf.textblock import Run, TextBlock
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

PAPER_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 16 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 17 * mm
#: Ends a plan title too long for the running header (the cover has it whole).
HEADER_NOTE = QT_TRANSLATE_NOOP("PdfPages", "(the whole title is on the cover)")


@dataclass
class PageDecor:
    """What the running header and footer show."""

    plan_title: str
    organisation: str
    date_text: str
    confidentiality: str
    styles: Styles
    logo: Logo | None = None


@dataclass
class Outline:
    """Headings as they are placed: their page numbers feed the contents and the outline."""

    pages: dict[str, int] = field(default_factory=dict)
    levels: list[int] = field(default_factory=list)
    contents_keys: list[str] = field(default_factory=list)


def page_sizes(paper: str) -> tuple[tuple[float, float], tuple[float, float]]:
    size = PAPER_SIZES[paper]
    return portrait(size), landscape(size)


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    """Width and height available to flowables on a page of that size (frame padding included)."""
    width, height = pagesize
    return width - 2 * MARGIN_X - 12, height - MARGIN_TOP - MARGIN_BOTTOM - 12


class SectionHeading(Paragraph):
    """A heading that becomes a PDF bookmark and, at level 0, a contents entry."""

    def __init__(self, text: str, style: Any, *, key: str, outline_title: str, level: int = 0):
        super().__init__(text, style)
        self.key = key
        self.outline_title = outline_title
        self.level = level


class HeadingBlock(TextBlock):
    """A heading of plain runs (an item card's: its whole title wraps) that becomes a PDF
    bookmark where its first line is placed."""

    def __init__(
        self,
        runs: list[Run],
        style: Any,
        *,
        key: str,
        outline_title: str,
        level: int = 1,
    ):
        super().__init__(runs, style)
        self.key = key
        self.outline_title = outline_title
        self.level = level


class Anchor(Flowable):
    """An invisible bookmark + contents entry, for sections whose page title is drawn by a chart."""

    def __init__(self, *, key: str, outline_title: str, level: int = 0):
        super().__init__()
        self.key = key
        self.outline_title = outline_title
        self.level = level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Deferred(Flowable):
    """Flowables made only when layout reaches them: a 20,000-item pack's cards and roadmap
    pages are built a few at a time, not all held in memory before the first page is laid
    out. Invisible itself (it reports progress as it is passed); ``make`` returns the
    flowables that follow it, which may end with another ``Deferred``."""

    def __init__(self, make: Callable[[], list[Flowable]], *, progress: float = 0.0):
        super().__init__()
        self.make: Callable[[], list[Flowable]] | None = make
        #: How far through its section layout is when it is passed (0..1), for progress.
        self.progress = progress

    def expand(self) -> list[Flowable]:
        make, self.make = self.make, None
        return make() if make is not None else []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Contents(Flowable):
    """The table of contents: fixed height, page numbers filled in when the document ends.

    ``entries`` are (title, bookmark key, one-line description).
    """

    def __init__(
        self,
        entries: list[tuple[str, str, str]],
        styles: Styles,
        outline: Outline,
        *,
        compact: bool = False,
    ):
        super().__init__()
        self.entries = entries if not compact else [(t, k, "") for t, k, _ in entries]
        outline.contents_keys.extend(key for _, key, _ in entries)
        self.styles = styles
        self.compact = compact
        self.line = 15.0 if compact else 38.0

    @property
    def _columns(self) -> int:
        return 2 if self.compact and len(self.entries) > 4 else 1

    @property
    def _rows(self) -> int:
        return -(-len(self.entries) // self._columns)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.line * self._rows

    def draw(self) -> None:
        canv = self.canv
        size = 9.5 if self.compact else 11.5
        gap = 24.0
        column_w = (self.width - gap * (self._columns - 1)) / self._columns
        top = self.line * self._rows - (12 if self.compact else 16)
        for number, (title, key, blurb) in enumerate(self.entries, start=1):
            column, row = divmod(number - 1, self._rows)
            canv.saveState()
            canv.translate(column * (column_w + gap), 0)
            y = top - row * self.line
            self._entry(canv, number, title, key, blurb, y=y, size=size, width=column_w)
            canv.restoreState()

    def _entry(
        self,
        canv: Canvas,
        number: int,
        title: str,
        key: str,
        blurb: str,
        *,
        y: float,
        size: float,
        width: float,
    ) -> None:
        if True:
            # Whole titles (a PDF has no tooltip): the type steps down, then a second line goes
            # above the first, within the entry's fixed height (so page numbers can't shift).
            room = width - (60 if self.compact else 80)
            lines, size = fit_lines(
                title, FAMILY, size, room, smallest=6.0 if self.compact else 8.0
            )
            canv.setFillColor(self.styles.accent)
            canv.setFont(BOLD, size)
            canv.drawString(0, y, f"{number}")
            canv.setFillColor(colors.black)
            canv.setFont(FAMILY, size)
            for n, line in enumerate(lines):
                canv.drawString(22, y + (len(lines) - 1 - n) * size * 1.1, line)
            label = lines[-1]
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.setDash(1, 2.5)
            canv.line(22 + canv.stringWidth(label, FAMILY, size) + 6, y + 1, width - 34, y + 1)
            canv.setDash()
            canv.saveState()
            canv.translate(width, y)
            canv.doForm(f"toc-{key}")
            canv.restoreState()
            if blurb:
                canv.setFillColor(MUTED)
                notes, small = fit_lines(blurb, FAMILY, 8.5, width - 80, smallest=6.5)
                canv.setFont(FAMILY, small)
                for n, line in enumerate(notes[:2]):
                    canv.drawString(22, y - 10.5 - n * small * 1.15, line)
            low = y - (3 if self.compact else 16)
            canv.linkRect("", key, (0, low, width, y + size + 2), relative=1, thickness=0)


def _form_text(canv: Canvas, name: str, text: str, *, font: str, size: float, colour: Any) -> None:
    """Define a form XObject that draws ``text`` right-aligned at its origin."""
    canv.beginForm(name, lowerx=-400, lowery=-10, upperx=10, uppery=30)
    canv.setFont(font, size)
    canv.setFillColor(colour)
    canv.drawRightString(0, 0, text)
    canv.endForm()


@dataclass
class LateForms:
    """PDF forms placed on pages before their drawing exists (the roadmap's pages drawn by a
    second process, :mod:`.roadmap_worker`), filled in as it arrives: after each page, those
    whose drawing is ready (in order), and the rest before the file is written."""

    pending: list[tuple[str, tuple[float, float], Callable[[], bool], Callable[[Any], None]]] = (
        field(default_factory=list)
    )

    def add(
        self,
        name: str,
        size: tuple[float, float],
        ready: Callable[[], bool],
        fill: Callable[[Any], None],
    ) -> None:
        """Form ``name`` of ``size`` points: ``fill(canvas)`` draws it once ``ready()``."""
        self.pending.append((name, size, ready, fill))

    def define(self, canv: Canvas, *, wait: bool) -> None:
        """Define the forms whose drawing is ready (all of them when ``wait``), in order."""
        done = 0
        for name, (width, height), ready, fill in self.pending:
            if not wait and not ready():
                break
            canv.beginForm(name, lowerx=0, lowery=0, upperx=width, uppery=height)
            fill(canv)
            canv.endForm()
            _compress_now(canv._doc.idToObject[xObjectName(name)])
            done += 1
        del self.pending[:done]


class NumberedCanvas(BidiCanvas):
    """Draws "Page x of y" and the contents' page numbers once the page count is known.

    Its text is drawn in reading order for right-to-left scripts (:mod:`.rtl`).
    """

    outline: Outline = Outline()
    forms: LateForms = LateForms()

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pages_done = 0
        # Canvas makes a plain PDFDocument itself: this one writes its file as it goes.
        self._doc.__class__ = StreamingPDFDocument

    def showPage(self) -> None:
        self._pages_done += 1
        super().showPage()
        _compress_now(self._doc.Pages.pages[-1])
        self.forms.define(self, wait=False)  # between pages: the roadmap pages drawn so far

    def save(self) -> None:
        self.forms.define(self, wait=True)
        total = self._pages_done
        footer = translate("PdfPages", "Page {page} of {pages}")
        for number in range(1, total + 1):
            _form_text(
                self,
                f"page-{number}",
                footer.format(page=number, pages=total),
                font=FAMILY,
                size=7.5,
                colour=MUTED,
            )
        for key in self.outline.contents_keys:
            page = self.outline.pages.get(key)
            _form_text(
                self, f"toc-{key}", str(page or ""), font=FAMILY, size=11.5, colour=colors.black
            )
        super().save()


class _PageStream(PDFStream):
    """A page's compressed content, let go once written into the file."""

    def format(self, document: PDFDocument) -> bytes:
        formatted: bytes = super().format(document)
        self.content = b""  # written once: a 7,500-page pack need not hold it twice
        return formatted


class _Sink:
    """reportlab's output collector (``PDFFile``), writing each object to the file as it is
    made instead of keeping them all to join at the end."""

    def __init__(self, out: Any, version: tuple[int, int]):
        self.out = out
        self.offset = 0
        self.add(
            pdfdocEnc("%PDF-{}.{}".format(*version))
            + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )

    def add(self, data: Any) -> int:
        data = pdfdocEnc(data)
        where = self.offset
        self.offset += len(data)
        self.out.write(data)
        return where


class StreamingPDFDocument(PDFDocument):
    """A reportlab document that writes its file object by object.

    reportlab formats every object into a list and joins it before writing: every page
    stream was then in memory three times (the page, the list, the joined file), 90 MB
    more at the very end of a 7,500-page working team pack. ``format`` is reportlab's
    (``PDFDocument.format``, reportlab 4-5) with the collector writing to the target.
    """

    _sink: Any = None

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        self._sink = filename if hasattr(filename, "write") else None
        try:
            super().SaveToFile(filename, canvas)
        finally:
            self._sink = None

    def format(self) -> bytes:
        if self._sink is None:
            return super().format()
        self.encrypt.prepare(self)
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        encryptref = None
        encryptinfo = self.encrypt.info()
        if encryptinfo:
            encryptref = self.Reference(encryptinfo)
        counter = 0
        ids = []
        numbertoid = self.numberToId
        output = _Sink(self._sink, self._pdfVersion)
        self.__accum__ = output  # as reportlab's: objects may ask where they are
        while True:
            counter += 1  # objects may be added while others are formatted
            if counter not in numbertoid:
                break
            oid = numbertoid[counter]
            obj = self.idToObject[oid]
            formatted = PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                output.add(f"% {oid!a}: class {obj.__class__.__name__[:50]} \n")
            self.idToOffset[oid] = output.add(formatted)
            ids.append(oid)
            if isinstance(obj, PDFPage | PDFFormXObject):
                # Written: what formatting made for it (its resources: 35 MB over 7,700
                # pages) is not needed again.
                obj.Resources = obj.Contents = obj.Annots = None
        del self.__accum__
        if counter - 1 != len(numbertoid):
            raise ValueError(f"counter {counter} doesn't match {len(numbertoid)} objects")
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xrefoffset = output.add(xref.format(self))
        trailer = PDFTrailer(
            startxref=xrefoffset,
            Size=len(numbertoid) + 1,
            Root=self.Reference(cat),
            Info=self.Reference(info),
            Encrypt=encryptref,
            ID=self.ID(),
        )
        output.add(trailer.format(self))
        if getattr(self, "_digiSigs", None):
            raise ValueError("a signed PDF can't be written object by object")
        return b""


def _compress_now(page: PDFPage | PDFFormXObject) -> None:
    """Compress a finished page's content right away, as reportlab would when saving.

    reportlab keeps every page's operators as text until the document is written: about
    45 KB a page, 330 MB for a 7,500-page working team pack; compressed they are a tenth.
    """
    stream = page.stream
    if not isinstance(stream, str | bytes) or not page.compression or page.Contents:
        return
    data = stream.encode("utf8") if isinstance(stream, str) else stream  # a form's is bytes
    contents = _PageStream(content=zlib.compress(data))
    contents.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


def numbered_canvas(outline: Outline, forms: LateForms | None = None) -> type[NumberedCanvas]:
    """A canvas class bound to one export's outline and late forms (reportlab instantiates
    it itself)."""
    bound = {"outline": outline, "forms": forms if forms is not None else LateForms()}
    return type("BoundNumberedCanvas", (NumberedCanvas,), bound)


class PlanDocTemplate(BaseDocTemplate):
    """Cover, portrait and landscape page templates; headings feed the outline."""

    def __init__(
        self,
        target: Any,
        *,
        paper: str,
        decor: PageDecor,
        outline: Outline,
        first_template: str = "cover",
        after_flowable: Callable[[Flowable], None] | None = None,
        **info: Any,
    ):
        portrait_size, landscape_size = page_sizes(paper)
        super().__init__(
            target,
            pagesize=portrait_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=FAMILY,
            initialFontSize=10,
            initialLeading=12,
            **info,
        )
        self.decor = decor
        self.outline = outline
        self._header_titles: dict[tuple[str, float], tuple[list[str], float]] = {}
        self._after = after_flowable
        templates = [
            PageTemplate(
                "cover",
                [_frame(portrait_size, cover=True)],
                onPage=self._cover_page,
                pagesize=portrait_size,
                autoNextPageTemplate="portrait",
            ),
            PageTemplate(
                "portrait",
                [_frame(portrait_size)],
                onPage=self._running_page,
                pagesize=portrait_size,
            ),
            PageTemplate(
                "landscape",
                [_frame(landscape_size)],
                onPage=self._running_page,
                pagesize=landscape_size,
            ),
        ]
        templates.sort(key=lambda t: t.id != first_template)
        self.addPageTemplates(templates)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0] if flowables else None
        if isinstance(first, Deferred) and first.make is not None:
            flowables[1:1] = first.expand()
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionHeading | Anchor) or (
            isinstance(flowable, HeadingBlock | Stack) and not flowable.continued
        ):
            self._bookmark(flowable)
        if self._after is not None:
            self._after(flowable)

    def _bookmark(self, heading: SectionHeading | Anchor | HeadingBlock | Stack) -> None:
        canv = self.canv
        levels = self.outline.levels
        # The PDF outline may only go one level deeper at a time.
        level = min(heading.level, (levels[-1] + 1) if levels else 0)
        canv.bookmarkPage(heading.key)
        canv.addOutlineEntry(heading.outline_title, heading.key, level=level, closed=level > 0)
        levels.append(level)
        self.outline.pages.setdefault(heading.key, self.page)

    # -- page decoration --------------------------------------------------------------
    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canv._pagesize
        styles = self.decor.styles
        canv.saveState()
        canv.setFillColor(styles.accent)
        canv.rect(0, height - 70 * mm, width, 70 * mm, stroke=0, fill=1)
        canv.setFillColor(styles.accent_light)
        canv.rect(0, 0, width, 14 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _running_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canv._pagesize
        decor = self.decor
        accent = decor.styles.accent
        left, right = MARGIN_X + 6, width - MARGIN_X - 6
        top = height - 12 * mm
        canv.saveState()
        logo_width = 0.0
        if decor.logo is not None:
            logo_width = _draw_logo(canv, decor.logo, right, top - 2, box_height=9 * mm)
        # Whole, never cut: the type steps down, then the text wraps upwards into the margin.
        orgs, org_size = fit_lines(
            decor.organisation, FAMILY, 8, (right - left) * 0.35, smallest=6.0, lines=3
        )
        org_width = max(canv.stringWidth(line, FAMILY, org_size) for line in orgs)
        canv.setFont(FAMILY, org_size)
        canv.setFillColor(MUTED)
        for n, line in enumerate(reversed(orgs)):
            canv.drawRightString(
                right - logo_width - (6 if logo_width else 0), top + n * org_size * 1.1, line
            )
        title_room = right - left - org_width - logo_width - 24
        key = (decor.plan_title, title_room)
        if key not in self._header_titles:  # the same on every page: fitted once
            self._header_titles[key] = fit_lines_noted(
                decor.plan_title,
                BOLD,
                8.5,
                title_room,
                smallest=6.5,
                lines=3,
                note=translate("PdfPages", HEADER_NOTE),
            )
        titles, title_size = self._header_titles[key]
        canv.setFont(BOLD, title_size)
        canv.setFillColor(accent)
        for n, line in enumerate(reversed(titles)):
            canv.drawString(left, top + n * title_size * 1.1, line)
        canv.setStrokeColor(accent)
        canv.setLineWidth(1.2)
        canv.line(left, top - 5, right, top - 5)
        bottom = 9 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, bottom + 10, right, bottom + 10)
        canv.setFont(FAMILY, 7.5)
        canv.setFillColor(MUTED)
        third = (right - left) / 3
        if decor.confidentiality:
            canv.setFillColor(accent)
            canv.setFont(BOLD, 7.5)
            marks, mark_size = fit_lines(
                decor.confidentiality, BOLD, 7.5, third * 1.3 - 6, smallest=6.0, lines=3
            )
            canv.setFont(BOLD, mark_size)
            for n, line in enumerate(marks):  # further lines go down into the margin
                canv.drawString(left, bottom - n * mark_size * 1.1, line)
            canv.setFont(FAMILY, 7.5)
            canv.setFillColor(MUTED)
        canv.drawCentredString((left + right) / 2 + third * 0.15, bottom, decor.date_text)
        canv.translate(right, bottom)
        canv.doForm(f"page-{doc.page}")
        canv.restoreState()


def _draw_logo(canv: Canvas, logo: Logo, right: float, top: float, *, box_height: float) -> float:
    """Draw the logo with its right edge at ``right`` and top at ``top``; returns the width used."""
    draw_w, draw_h = logo.fit(box_height * 4, box_height)
    logo.draw(canv, right - draw_w, top + 8 - draw_h, draw_w, draw_h)
    return draw_w


def _frame(pagesize: tuple[float, float], *, cover: bool = False) -> Frame:
    width, height = pagesize
    if cover:
        return Frame(
            MARGIN_X + 8 * mm, 20 * mm, width - 2 * MARGIN_X - 16 * mm, height - 38 * mm, id="cover"
        )
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
    )
