"""Charts and the logo as PDF flowables: matplotlib Figures kept as vectors.

A chart is drawn by the same ``stratplanner.charts`` function as on screen, on
a Figure sized to the frame in points, and recorded as reportlab canvas
operations by ``figure_renderer`` (text as text in the embedded fonts). A
figure too heavy to keep as vectors is embedded as a 150 dpi PNG instead.
Either way it is scaled to the space it is given, keeping its aspect, so it is
never cut off. An SVG logo still goes through svglib.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from stratplanner.export.pdf.errors import PdfExportError
from stratplanner.export.pdf.figure_renderer import Operation, record_figure, recording_figure
from stratplanner.export.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    FAMILY,
    FONT_FILES,
    ITALIC,
    printable,
    register_fonts,
)
from stratplanner.i18n import translate
from stratplanner.paths import resource

log = logging.getLogger(__name__)

#: Charts drawing more than this many paths, texts and images become PNGs (the PDF balloons).
MAX_VECTOR_OPERATIONS = 60_000
PNG_DPI = 150


def new_figure(width: float, height: float) -> Figure:
    """A Figure of ``width`` × ``height`` points, so 9 pt text in matplotlib is 9 pt on paper."""
    return recording_figure(width, height)


class Picture(Flowable):
    """A vector drawing or a bitmap, scaled down to the space available, never cropped."""

    def __init__(
        self,
        natural: tuple[float, float],
        *,
        drawing: Drawing | None = None,
        image: ImageReader | None = None,
        operations: list[Operation] | None = None,
        width: float,
        height: float,
    ):
        super().__init__()
        self.natural = natural
        self.drawing = drawing
        self.operations = operations
        self.image = image
        self.target = (width, height)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self.target
        if width > avail_width:
            scale = avail_width / width
            width, height = avail_width, height * scale
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        if self.operations is not None:
            nat_w, nat_h = self.natural
            self.canv.saveState()
            self.canv.scale(self.width / nat_w, self.height / nat_h)
            for operation in self.operations:
                operation(self.canv)
            self.canv.restoreState()
        elif self.drawing is not None:
            nat_w, nat_h = self.natural
            self.canv.saveState()
            self.canv.scale(self.width / nat_w, self.height / nat_h)
            renderPDF.draw(self.drawing, self.canv, 0, 0)
            self.canv.restoreState()
        elif self.image is not None:
            self.canv.drawImage(self.image, 0, 0, self.width, self.height, mask="auto")


class FormPicture(Picture):
    """A chart placed now and drawn later: a PDF form filled in before the file is written
    (``document.LateForms``), scaled like a :class:`Picture` of the same natural size."""

    def __init__(self, name: str, natural: tuple[float, float], *, width: float, height: float):
        super().__init__(natural, width=width, height=height)
        self.name = name

    def draw(self) -> None:
        nat_w, nat_h = self.natural
        self.canv.saveState()
        self.canv.scale(self.width / nat_w, self.height / nat_h)
        self.canv.doForm(self.name)
        self.canv.restoreState()


def _fit(natural: tuple[float, float], width: float, height: float) -> tuple[float, float]:
    nat_w, nat_h = natural
    scale = min(width / nat_w, height / nat_h)
    return nat_w * scale, nat_h * scale


def _embedded_fonts(node: Any) -> None:
    """Point every text node of an svglib drawing at the bundled (embedded) family."""
    if isinstance(node, String):
        bold = "bold" in str(getattr(node, "fontName", "")).lower()
        node.fontName = BOLD if bold else FAMILY
        node.text = printable(node.text)
    elif isinstance(node, Group):
        for child in node.contents:
            _embedded_fonts(child)


@cache  # once a process (a call that raised is run again next time)
def _map_svg_fonts() -> None:
    """Tell svglib that matplotlib's font is our bundled family.

    Without it svglib looks every family up with fc-match and loads system TTF
    files (seconds per chart) and falls back to Helvetica, which isn't embedded.
    """
    from svglib.fonts import get_global_font_map

    register_fonts()
    font_map = get_global_font_map()
    faces = {
        (weight, style): (BOLD if weight != "normal" else FAMILY)
        if style == "normal"
        else (BOLD_ITALIC if weight != "normal" else ITALIC)
        for weight in ("normal", "bold", "700", "600", "800", "900")
        for style in ("normal", "italic", "oblique")
    }
    table = getattr(font_map, "_map", None)
    for family in ("DejaVu Sans", "sans-serif"):
        for (weight, style), name in faces.items():
            if isinstance(table, dict):  # a mapping to our registered font, without reloading it
                table[font_map.build_internal_name(family, weight, style)] = {
                    "svg_family": family,
                    "svg_weight": weight,
                    "svg_style": style,
                    "rlgFont": name,
                    "exact": True,
                }
            else:
                path = str(resource("fonts", FONT_FILES[name]))
                font_map.register_font(family, path, weight=weight, style=style, rlgFontName=name)


_FONT_LIST = re.compile(rb"font-family: ?'DejaVu Sans'[^;\"]*")


def _svg_drawing(data: bytes) -> Drawing | None:
    from svglib.svglib import svg2rlg  # only an SVG logo needs svglib

    _map_svg_fonts()
    # matplotlib writes a ten-family fallback list on every text; one family parses 10x faster.
    data = _FONT_LIST.sub(b"font-family: DejaVu Sans", data)
    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception as exc:  # svglib raises many kinds on SVG it can't read
        log.warning("SVG conversion failed (%s); using a bitmap", exc)
        return None
    if drawing is None or not drawing.width or not drawing.height:
        return None
    _embedded_fonts(drawing)
    drawing.initialFontName = FAMILY  # renderPDF would start every drawing in Helvetica
    return drawing


def figure_flowable(fig: Figure, width: float, height: float) -> Picture:
    """The figure as a flowable fitting ``width`` × ``height`` points, vector when possible."""
    if fig.get_dpi() != 72:
        fig.set_dpi(72)  # the recording is in points
    natural = (fig.get_figwidth() * 72.0, fig.get_figheight() * 72.0)
    box = _fit(natural, width, height)
    operations = record_figure(fig)
    if len(operations) > MAX_VECTOR_OPERATIONS:
        return bitmap_flowable(fig, width, height)
    return Picture(natural, operations=operations, width=box[0], height=box[1])


def bitmap_flowable(fig: Figure, width: float, height: float) -> Picture:
    natural = (fig.get_figwidth() * 72.0, fig.get_figheight() * 72.0)
    box = _fit(natural, width, height)
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=PNG_DPI)
    png.seek(0)
    return Picture(natural, image=ImageReader(png), width=box[0], height=box[1])


@dataclass
class Logo:
    """The organisation's logo (PNG, JPEG or SVG), drawn on the cover and in the header."""

    natural: tuple[float, float]
    drawing: Drawing | None = None
    image: ImageReader | None = None

    def fit(self, width: float, height: float) -> tuple[float, float]:
        return _fit(self.natural, width, height)

    def draw(self, canv: Any, x: float, y: float, width: float, height: float) -> None:
        if self.drawing is not None:
            canv.saveState()
            canv.translate(x, y)
            canv.scale(width / self.natural[0], height / self.natural[1])
            renderPDF.draw(self.drawing, canv, 0, 0)
            canv.restoreState()
        elif self.image is not None:
            canv.drawImage(self.image, x, y, width, height, mask="auto", preserveAspectRatio=True)

    def flowable(self, width: float, height: float) -> Picture:
        box = self.fit(width, height)
        return Picture(
            self.natural, drawing=self.drawing, image=self.image, width=box[0], height=box[1]
        )


class LogoError(PdfExportError):
    """The logo can't be read; the text is one sentence for the user."""


def _unreadable(path: Path) -> str:
    return translate("PdfErrors", "The logo {name} is not an image StratPlanner can read.").format(
        name=path.name
    )


def load_logo(path: str | Path) -> Logo:
    path = Path(path)
    try:
        if path.suffix.lower() == ".svg":
            drawing = _svg_drawing(path.read_bytes())
            if drawing is None:
                raise LogoError(
                    translate(
                        "PdfErrors", "The logo {name} is not an SVG image StratPlanner can read."
                    ).format(name=path.name)
                )
            return Logo((drawing.width, drawing.height), drawing=drawing)
        image = ImageReader(str(path))
        width, height = image.getSize()
    except OSError as exc:
        if exc.errno is not None:  # the file itself (permissions, a folder, a vanished file)
            raise LogoError(
                translate("PdfErrors", "The logo {name} can't be read ({reason}).").format(
                    name=path.name, reason=exc.strerror
                )
            ) from None
        raise LogoError(_unreadable(path)) from None
    except LogoError:
        raise
    except Exception:
        raise LogoError(_unreadable(path)) from None
    if not width or not height:
        raise LogoError(translate("PdfErrors", "The logo {name} is empty.").format(name=path.name))
    return Logo((float(width), float(height)), image=image)
