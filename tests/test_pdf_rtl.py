"""Hebrew and Arabic in the PDF read right to left, Arabic letters joined (issue 22, item 8).

What a page draws is read from its content stream, glyph by glyph in drawing
order (left to right), through each font's ToUnicode map: that is the visual
order a reader sees, which pdftotext and pypdf would turn back into reading
order on their own.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.export.pdf.fonts import FAMILY, ITALIC, MISSING_GLYPH, register_fonts
from stratplanner.export.pdf.rtl import BidiCanvas, visual
from stratplanner.export.pdf.styles import build_styles
from stratplanner.export.pdf.text import paragraphs
from test_pdf_helpers import fonts, plan_from_dict, sample_dict, text_of

TODAY = date(2027, 5, 14)
HEBREW_TITLE = "שדרוג CRM 2027"
ARABIC_TITLE = "منصة العملاء الرقمية"
HEBREW_OBJECTIVE = "הגדלת הכנסות דיגיטליות"
HEBREW_SPONSOR = "דוד אוקפור"
#: Long enough to wrap on a portrait page; its first and last words are checked.
HEBREW_DESCRIPTION = (
    "המטרה היא להפוך את הערוץ הדיגיטלי למנוע הצמיחה של הקבוצה כולה עם יותר מכירות "
    "באתר ובאפליקציה ועם משלוח מכל מקום שבו נמצא המלאי בחנויות ובמרכזי ההפצה עד סוף התקופה"
)

# The same text as drawn, left to right, written out by hand (not by the code under test).
HEBREW_TITLE_DRAWN = "CRM 2027 גורדש"
HEBREW_SPONSOR_DRAWN = "רופקוא דוד"
#: Left to right: "al-raqamiya", "al-umala'" (lam-alef as one ligature), "minassa", each
#: letter in its joined form (teh marbuta final, yeh medial, ... meem initial).
ARABIC_TITLE_DRAWN = (
    "\ufe94\ufef4\ufee4\ufed7\ufeae\ufedf\u0627 "
    "\u0621\ufefc\ufee4\ufecc\ufedf\u0627 "
    "\ufe94\ufebc\ufee8\ufee3"
)


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def drawn_runs(path: Path, *, fonts_too: bool = False) -> list:
    """Every text-showing operation of every page, decoded in drawing order."""
    reader = pypdf.PdfReader(path)
    runs: list = []
    for page in reader.pages:
        maps, names = {}, {}
        for key, ref in page["/Resources"].get("/Font", {}).items():
            font = ref.get_object()
            maps[key], names[key] = _to_unicode(font), str(font["/BaseFont"])
        current, name = {}, ""
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current, name = maps.get(operands[0], {}), names.get(operands[0], "")
            elif operator in (b"Tj", b"TJ"):
                parts = operands[0] if operator == b"TJ" else [operands[0]]
                raw = b"".join(p.original_bytes for p in parts if hasattr(p, "original_bytes"))
                text = "".join(current.get(b, "\ufffd") for b in raw)
                runs.append((name, text) if fonts_too else text)
    return runs


def _to_unicode(font: pypdf.generic.DictionaryObject) -> dict[int, str]:
    stream = font.get("/ToUnicode")
    if stream is None:
        return {}
    data = stream.get_object().get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, uni in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            for code in range(int(low, 16), int(high, 16) + 1):
                mapping[code] = chr(int(uni, 16) + code - int(low, 16))
    return mapping


@pytest.fixture(scope="module")
def rtl_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = sample_dict()
    d["items"][0]["title"] = HEBREW_TITLE
    d["items"][1]["title"] = ARABIC_TITLE
    d["objectives"][0]["title"] = HEBREW_OBJECTIVE
    d["objectives"][0]["description"] = HEBREW_DESCRIPTION
    person = next(p for p in d["people"] if p["code"] == d["items"][0]["sponsor"])
    person["name"] = HEBREW_SPONSOR
    folder = tmp_path_factory.mktemp("rtl")
    snap = plan_from_dict(d, folder)
    target = folder / "rtl.pdf"
    export_pdf(snap, target, PdfOptions(preset="team"), today=TODAY)
    return target


def test_hebrew_titles_are_drawn_right_to_left(rtl_pdf: Path) -> None:
    runs = drawn_runs(rtl_pdf)
    # In a table cell, a chart label, the sponsor column: the title as a Hebrew reader reads it.
    assert sum(HEBREW_TITLE_DRAWN in r for r in runs) >= 3
    assert not any(HEBREW_TITLE in r for r in runs), "drawn in stored (logical) order"
    assert any(HEBREW_SPONSOR_DRAWN in r for r in runs)
    assert any(r.strip() == HEBREW_OBJECTIVE[::-1] for r in runs)


def test_arabic_is_joined_and_right_to_left_with_real_glyphs(rtl_pdf: Path) -> None:
    runs = drawn_runs(rtl_pdf)
    assert sum(ARABIC_TITLE_DRAWN in r for r in runs) >= 3
    register_fonts()
    glyphs = pdfmetrics.getFont(FAMILY).face.charToGlyph
    arabic = [ch for r in runs for ch in r if "\u0600" <= ch <= "\u06ff" or ch >= "\ufb50"]
    assert arabic, "no Arabic drawn"
    assert all(ord(ch) in glyphs for ch in arabic), "a glyph the font lacks (.notdef)"
    text = text_of(rtl_pdf)
    assert MISSING_GLYPH not in text
    assert all(r["emb"] == "yes" for r in fonts(rtl_pdf))


def test_pdftotext_reads_back_what_was_typed(rtl_pdf: Path) -> None:
    # pdftotext turns right-to-left runs back into reading order (marking them with
    # embedding controls) and NFKC undoes the joining forms; it leaves the order of a
    # Latin run beside a Hebrew one as drawn.
    text = unicodedata.normalize("NFKC", text_of(rtl_pdf)).translate(BIDI_MARKS)
    for typed in (ARABIC_TITLE, HEBREW_SPONSOR, HEBREW_OBJECTIVE, "CRM 2027 שדרוג"):
        assert typed in text, typed


def test_a_wrapped_hebrew_paragraph_keeps_its_line_order(rtl_pdf: Path) -> None:
    words = HEBREW_DESCRIPTION.split()
    lines = [r for r in drawn_runs(rtl_pdf) if sum(w[::-1] in r for w in words) >= 3]
    assert len(lines) >= 2, lines
    first, last = lines[0], lines[-1]
    # Line one starts (on its right) with the first words; the last line ends (on its left)
    # with the last words: each line read right to left, the lines top to bottom.
    assert first.rstrip().endswith("איה הרטמה")
    assert last.lstrip().startswith("הפוקתה ףוס דע")


def test_a_hebrew_title_inside_an_english_line_stays_one_unit(rtl_pdf: Path) -> None:
    # The item card's heading "CLOUD-LZ <title>": "CRM 2027" stays left of the Hebrew word.
    assert any(r.strip() == f"CLOUD-LZ {HEBREW_TITLE_DRAWN}" for r in drawn_runs(rtl_pdf))


def test_rtl_body_text_is_right_aligned_and_latin_stays_left() -> None:
    styles = build_styles("#1F4E79")
    (hebrew,) = paragraphs(HEBREW_DESCRIPTION, styles.body)
    (arabic,) = paragraphs(ARABIC_TITLE, styles.body)
    (latin,) = paragraphs("Grow digital revenue", styles.body)
    (labelled,) = paragraphs(HEBREW_DESCRIPTION, styles.body, prefix="<b>What:</b> ")
    assert hebrew.style.alignment == TA_RIGHT
    assert arabic.style.alignment == TA_RIGHT
    assert latin.style.alignment == TA_LEFT
    assert labelled.style.alignment == TA_LEFT  # the English label leads the line


def _canvas_pdf(canvas_class: type[Canvas], draw: object) -> bytes:
    buf = io.BytesIO()
    canv = canvas_class(buf)
    draw(canv)  # type: ignore[operator]
    canv.showPage()
    canv.save()
    return buf.getvalue()


def test_canvas_labels_and_chart_strings_are_reordered_latin_untouched(tmp_path: Path) -> None:
    register_fonts()

    def labels(canv: Canvas) -> None:
        canv.setFont(FAMILY, 10)
        canv.drawString(40, 700, HEBREW_TITLE)
        canv.drawRightString(400, 680, "Plain Latin – café 2027")
        drawing = Drawing(300, 40)  # what svglib makes of a chart's text
        drawing.add(String(10, 10, HEBREW_SPONSOR, fontName=FAMILY, fontSize=9))
        renderPDF.draw(drawing, canv, 40, 600)

    path = tmp_path / "labels.pdf"
    path.write_bytes(_canvas_pdf(BidiCanvas, labels))
    runs = drawn_runs(path)
    assert HEBREW_TITLE_DRAWN in runs
    assert HEBREW_SPONSOR_DRAWN in runs
    assert "Plain Latin – café 2027" in runs
    assert visual("Plain Latin – café 2027") == "Plain Latin – café 2027"


def test_arabic_in_italic_is_drawn_with_the_upright_face(tmp_path: Path) -> None:
    """DejaVu's oblique faces have no Arabic: those runs borrow the upright face's glyphs."""
    register_fonts()

    def italic(canv: Canvas) -> None:
        canv.setFont(ITALIC, 10)
        canv.drawString(40, 700, "note ")
        canv.drawString(40, 680, ARABIC_TITLE)

    path = tmp_path / "italic.pdf"
    path.write_bytes(_canvas_pdf(BidiCanvas, italic))
    runs = drawn_runs(path, fonts_too=True)
    drawn = {text: font for font, text in runs}
    assert "Oblique" in drawn["note "]
    assert ARABIC_TITLE_DRAWN in drawn
    assert "Oblique" not in drawn[ARABIC_TITLE_DRAWN]
