"""Issue 17 item 9: a 20,000-item team pack under 400 MB. Its file is written object by
object (``document.StreamingPDFDocument``) and each page's content compressed as the page
ends: the bytes must be exactly those reportlab writes itself."""

from __future__ import annotations

import io

import pypdf
from reportlab.pdfgen.canvas import Canvas

from stratplanner.export.pdf.document import StreamingPDFDocument, _compress_now
from stratplanner.export.pdf.fonts import FAMILY, register_fonts


def _pdf(*, streaming: bool, early: bool) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, invariant=1, pageCompression=1, initialFontName=FAMILY)
    if streaming:
        canv._doc.__class__ = StreamingPDFDocument
    for n in range(40):
        canv.setFont(FAMILY, 11)
        canv.drawString(72, 700, f"Page {n}: Crème brûlée, Ωμέγα, שלום")
        canv.rect(72, 600, 100 + n, 50, fill=1)
        canv.bookmarkPage(f"p{n}")
        canv.addOutlineEntry(f"Entry {n}", f"p{n}", level=0)
        canv.linkRect("", f"p{(n + 1) % 40}", (72, 600, 172, 650), relative=1)
        canv.showPage()
        if early:
            _compress_now(canv._doc.Pages.pages[-1])
    canv.save()
    return buffer.getvalue()


def test_written_object_by_object_it_is_the_same_file() -> None:
    plain = _pdf(streaming=False, early=False)
    assert _pdf(streaming=True, early=False) == plain
    reader = pypdf.PdfReader(io.BytesIO(plain), strict=True)
    assert len(reader.pages) == 40 and "Page 39" in reader.pages[39].extract_text()


def test_pages_compressed_as_they_end_draw_the_same() -> None:
    """Compressed straight away (Flate alone, not reportlab's ASCII85 on top): the same
    operators on every page, the same outline and links."""
    plain = pypdf.PdfReader(io.BytesIO(_pdf(streaming=False, early=False)), strict=True)
    early = pypdf.PdfReader(io.BytesIO(_pdf(streaming=True, early=True)), strict=True)
    assert len(early.pages) == len(plain.pages) == 40
    for ours, theirs in zip(early.pages, plain.pages, strict=True):
        drawn, expected = ours.get_contents(), theirs.get_contents()
        assert drawn is not None and expected is not None
        assert drawn.get_data() == expected.get_data()
        assert len(ours["/Annots"]) == len(theirs["/Annots"])  # type: ignore[arg-type]
    titles = [getattr(entry, "title", None) for entry in early.outline]
    assert titles == [getattr(entry, "title", None) for entry in plain.outline]
    assert titles[-1] == "Entry 39"
