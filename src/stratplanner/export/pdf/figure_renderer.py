"""A matplotlib renderer that records a Figure as reportlab canvas operations.

The charts used to reach the PDF as matplotlib → SVG text → svglib → reportlab
Drawing; for the sample board pack that round trip cost about 1.7 s of the
export (SVG writing 0.94 s, svglib 0.75 s). This renderer (modelled on
``backend_pdf``'s) turns each path, image and text straight into canvas
operations, recorded once and replayed when the page is drawn: the charts stay
vectors, and text stays real text in the embedded DejaVu faces, so it can be
selected and read back. Text is measured with reportlab's widths of the very
faces it is drawn in (and glyph heights read once per character), so matplotlib
lays out what is printed — and never calls FreeType's text layout, which took
1.2 s for the heatmap alone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from matplotlib.backend_bases import FigureCanvasBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font, LoadFlags
from matplotlib.legend import Legend
from matplotlib.path import Path
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.pathobject import PDFPathObject

from stratplanner.export.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    FAMILY,
    FONT_FILES,
    ITALIC,
    printable,
    register_fonts,
)
from stratplanner.paths import resource

#: Resolution of the bitmaps a vector chart embeds (heatmap cells drawn with imshow).
IMAGE_DPI = 100

_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}

Operation = Callable[[Any], None]


def face_for(prop: Any) -> str:
    """The embedded face for a matplotlib FontProperties (the charts use one family)."""
    weight = prop.get_weight()
    bold = (weight if isinstance(weight, int) else _WEIGHTS.get(weight, 400)) >= 600
    italic = prop.get_style() in ("italic", "oblique")
    if bold:
        return BOLD_ITALIC if italic else BOLD
    return ITALIC if italic else FAMILY


_WEIGHTS = {
    "ultralight": 100,
    "light": 200,
    "normal": 400,
    "regular": 400,
    "book": 400,
    "medium": 500,
    "roman": 500,
    "semibold": 600,
    "demibold": 600,
    "demi": 600,
    "bold": 700,
    "heavy": 800,
    "extra bold": 800,
    "black": 900,
}


@lru_cache(maxsize=4)
def _glyph_face(face: str) -> FT2Font:
    font = FT2Font(str(resource("fonts", FONT_FILES[face])))
    font.set_size(100.0, 72)
    return font


@lru_cache(maxsize=8192)
def _glyph_extent(face: str, char: str) -> tuple[float, float]:
    """(lowest, highest) ink of ``char`` per point of type: one FreeType call per character."""
    if char.isspace():
        return 0.0, 0.0
    glyph = _glyph_face(face).load_char(ord(char), flags=LoadFlags.NO_HINTING)
    _, y_min, _, y_max = glyph.bbox  # 26.6 fixed point at 100 pt
    return y_min / 6400.0, y_max / 6400.0


@lru_cache(maxsize=256)
def _height_metrics(face: str, size: float) -> tuple[float, float, float]:
    """As matplotlib reads them (typographic metrics, else the hhea table), at 72 dpi."""
    font = _glyph_face(face)
    head = font.get_sfnt_table("head")
    scale = size / head["unitsPerEm"] if head else 0.0
    typographic = font.get_sfnt_table("OS/2")
    if scale and typographic is not None:
        return (
            typographic["sTypoAscender"] * scale,
            -typographic["sTypoDescender"] * scale,
            typographic["sTypoLineGap"] * scale,
        )
    horizontal = font.get_sfnt_table("hhea")
    if scale and horizontal is not None:
        return (
            horizontal["ascent"] * scale,
            -horizontal["descent"] * scale,
            horizontal["lineGap"] * scale,
        )
    return size * 0.8, size * 0.2, 0.0  # a face without either table (not DejaVu)


def text_extent(text: str, face: str, size: float) -> tuple[float, float, float]:
    """Width, ink height and descent of one line, as matplotlib's renderers report them."""
    if not text:
        return 0.0, 0.0, 0.0
    width = stringWidth(text, face, size)
    low = min(_glyph_extent(face, ch)[0] for ch in text)
    high = max(_glyph_extent(face, ch)[1] for ch in text)
    return width, (high - low) * size, -low * size


def _pdf_path(
    path: Path, transform: Any, *, clip: Any = None, simplify: bool = False
) -> PDFPathObject:
    out = PDFPathObject()
    last = (0.0, 0.0)
    for points, code in path.iter_segments(transform, clip=clip, simplify=simplify, curves=True):
        if code == Path.MOVETO:
            out.moveTo(points[0], points[1])
            last = (points[0], points[1])
        elif code == Path.LINETO:
            out.lineTo(points[0], points[1])
            last = (points[0], points[1])
        elif code == Path.CURVE3:
            cx, cy, x, y = points
            out.curveTo(
                last[0] + 2 / 3 * (cx - last[0]),
                last[1] + 2 / 3 * (cy - last[1]),
                x + 2 / 3 * (cx - x),
                y + 2 / 3 * (cy - y),
                x,
                y,
            )
            last = (x, y)
        elif code == Path.CURVE4:
            out.curveTo(*points)
            last = (points[4], points[5])
        elif code == Path.CLOSEPOLY:
            out.close()
    return out


class RecordingRenderer(RendererBase):
    """Records what matplotlib draws as operations on a reportlab canvas (points, y up)."""

    def __init__(self, width: float, height: float):
        super().__init__()
        register_fonts()
        self.width, self.height = width, height
        self.operations: list[Operation] = []

    # --- what matplotlib asks of a renderer
    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points  # 72 dpi: a pixel is a point

    def option_image_nocomposite(self) -> bool:
        return True  # each image on its own, where it belongs

    def option_scale_image(self) -> bool:
        return True

    def get_image_magnification(self) -> float:
        return IMAGE_DPI / 72.0

    def _get_font_height_metrics(self, prop: Any) -> tuple[float, float, float]:
        """(ascent, descent, line gap) of the face the text is drawn in, at its size.

        matplotlib asks this of a renderer before laying out any text
        (``Text._get_layout``); without it, it looks the font up and reads its tables
        for every label, every time (about a tenth of a 91-page roadmap's time).
        """
        return _height_metrics(face_for(prop), prop.get_size_in_points())

    def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> Any:
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        return text_extent(printable(s), face_for(prop), prop.get_size_in_points())

    # --- drawing
    def _clip(self, gc: Any) -> tuple[str, ...]:
        clips = []
        rect = gc.get_clip_rectangle()
        if rect is not None:
            box = PDFPathObject()
            box.rect(rect.x0, rect.y0, rect.width, rect.height)
            clips.append(box.getCode())
        path, affine = gc.get_clip_path()
        if path is not None:
            clips.append(_pdf_path(path, affine).getCode())
        return tuple(clips)

    def draw_path(self, gc: Any, path: Path, transform: Any, rgbFace: Any = None) -> None:
        rgb = gc.get_rgb()
        forced = gc.get_forced_alpha()
        stroke_alpha = gc.get_alpha() if forced else (rgb[3] if len(rgb) > 3 else 1.0)
        linewidth = gc.get_linewidth()
        stroke = linewidth > 0 and stroke_alpha > 0
        fill = rgbFace is not None and (len(rgbFace) < 4 or rgbFace[3] != 0)
        if not (stroke or fill):
            return
        if fill:
            fill_alpha = gc.get_alpha() if forced else (rgbFace[3] if len(rgbFace) > 3 else 1.0)
        else:
            fill_alpha = 1.0
        clip_box = (0.0, 0.0, self.width, self.height) if rgbFace is None else None
        simplify = path.should_simplify and rgbFace is None
        drawn = _pdf_path(path, transform, clip=clip_box, simplify=simplify)
        clips = self._clip(gc)
        offset, dashes = gc.get_dashes()
        cap = _CAPS.get(gc.get_capstyle(), 0)
        join = _JOINS.get(gc.get_joinstyle(), 0)
        face = tuple(rgbFace[:3]) if fill else None
        self.operations.append(
            PathOp(
                drawn.getCode(),
                clips,
                stroke,
                fill,
                tuple(rgb[:3]),
                stroke_alpha,
                linewidth,
                cap,
                join,
                tuple(dashes) if dashes else (),
                offset or 0,
                face,
                fill_alpha,
            )
        )

    def draw_image(self, gc: Any, x: float, y: float, im: Any, transform: Any = None) -> None:
        height, width = im.shape[:2]
        if not width or not height:
            return
        opaque = bool(np.all(im[..., 3] == 255))
        rows = im[::-1]  # matplotlib's first row is the lowest; an image's first row is its top
        picture = Image.fromarray(np.ascontiguousarray(rows[..., :3] if opaque else rows))
        clips = self._clip(gc)
        scale = 72.0 / IMAGE_DPI
        matrix = None if transform is None else tuple(transform.frozen().to_values())
        size = (width * scale, height * scale) if matrix is None else (1.0, 1.0)
        self.operations.append(
            ImageOp(
                x, y, matrix, size, clips, picture.mode, picture.size, picture.tobytes(), opaque
            )
        )

    def draw_text(  # noqa: PLR0917 (matplotlib's signature)
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath:
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        text = printable(s)
        if not text.strip():
            return
        rgb = gc.get_rgb()
        alpha = rgb[3] if len(rgb) > 3 else 1.0
        if alpha <= 0:
            return
        face, size = face_for(prop), prop.get_size_in_points()
        self.operations.append(
            TextOp(x, y, angle, face, size, tuple(rgb[:3]), alpha, text, self._clip(gc))
        )


class _Code:
    """A path as its PDF operators (what the canvas takes from a path object)."""

    __slots__ = ("code",)

    def __init__(self, code: str):
        self.code = code

    def getCode(self) -> str:
        return self.code


def _clipped(canv: Any, clips: tuple[str, ...]) -> None:
    for clip in clips:
        canv.clipPath(_Code(clip), stroke=0, fill=0)


@dataclass(frozen=True, slots=True)
class PathOp:
    """A path stroked and/or filled. Operations are plain data (a drawing recorded in
    another process comes back through a pipe) that draw themselves on a canvas."""

    code: str
    clips: tuple[str, ...]
    stroke: bool
    fill: bool
    line: tuple[float, ...]
    stroke_alpha: float
    width: float
    cap: int
    join: int
    dashes: tuple[float, ...]
    offset: float
    face: tuple[float, ...] | None
    fill_alpha: float

    def __call__(self, canv: Any) -> None:
        canv.saveState()
        _clipped(canv, self.clips)
        if self.stroke:
            canv.setStrokeColorRGB(*self.line)
            if self.stroke_alpha < 1:
                canv.setStrokeAlpha(self.stroke_alpha)
            canv.setLineWidth(self.width)
            canv.setLineCap(self.cap)
            canv.setLineJoin(self.join)
            if self.dashes:
                canv.setDash(list(self.dashes), self.offset)
        if self.face is not None:  # filled
            canv.setFillColorRGB(*self.face)
            if self.fill_alpha < 1:
                canv.setFillAlpha(self.fill_alpha)
        canv.drawPath(_Code(self.code), stroke=int(self.stroke), fill=int(self.fill), fillMode=1)
        canv.restoreState()


@dataclass(frozen=True, slots=True)
class ImageOp:
    """A bitmap (heatmap cells drawn with imshow), at the figure's image resolution."""

    x: float
    y: float
    matrix: tuple[float, ...] | None
    size: tuple[float, float]
    clips: tuple[str, ...]
    mode: str
    pixels: tuple[int, int]
    data: bytes
    opaque: bool

    def __call__(self, canv: Any) -> None:
        picture = Image.frombytes(self.mode, self.pixels, self.data)
        canv.saveState()
        _clipped(canv, self.clips)
        canv.translate(self.x, self.y)
        if self.matrix is not None:
            canv.transform(*self.matrix)
        if self.opaque:  # opaque cells go inline, as svglib put them
            canv.drawInlineImage(picture, 0, 0, *self.size)
        else:  # a translucent image needs its soft mask
            canv.drawImage(ImageReader(picture), 0, 0, *self.size, mask="auto")
        canv.restoreState()


@dataclass(frozen=True, slots=True)
class TextOp:
    """A string in one of the embedded faces (real text: it can be selected and read back)."""

    x: float
    y: float
    angle: float
    face: str
    size: float
    colour: tuple[float, ...]
    alpha: float
    text: str
    clips: tuple[str, ...]

    def __call__(self, canv: Any) -> None:
        canv.saveState()
        _clipped(canv, self.clips)
        canv.setFillColorRGB(*self.colour)
        if self.alpha < 1:
            canv.setFillAlpha(self.alpha)
        canv.setFont(self.face, self.size)
        if self.angle:
            canv.translate(self.x, self.y)
            canv.rotate(self.angle)
            canv.drawString(0, 0, self.text)
        else:
            canv.drawString(self.x, self.y, self.text)
        canv.restoreState()


class RecordingCanvas(FigureCanvasBase):
    """A Figure's canvas whose renderer records for the PDF (layout engines ask it for one)."""

    def __init__(self, figure: Figure):
        super().__init__(figure)
        self._renderer: RecordingRenderer | None = None
        #: Legends drawn so far on this figure, by :func:`legend_key`.
        self._legends: dict[Hashable, list[Operation]] = {}

    def get_renderer(self) -> RecordingRenderer:
        width, height = (float(v) for v in self.figure.bbox.size)
        renderer = self._renderer
        if renderer is None or (renderer.width, renderer.height) != (width, height):
            renderer = self._renderer = RecordingRenderer(width, height)
        return renderer

    def record(self) -> RecordingRenderer:
        """Draw the figure; the renderer holds the operations.

        A legend the figure drew before, the same in every respect (texts, keys, place,
        size), is not laid out again: its recorded drawing is replayed. The roadmap's 91
        pages of a 2,000-item team pack spent a fifth of their time laying out one legend.
        """
        renderer = self.get_renderer()
        renderer.operations = []
        figure = self.figure
        reused: list[Operation] = []
        hidden: list[Legend] = []
        watched: list[tuple[Legend, Hashable]] = []
        last = max((a.get_zorder() for a in figure.get_children()), default=0)
        for legend in figure.legends:
            key = legend_key(legend) if legend.get_visible() else None
            if key is None or legend.get_zorder() < last or len(figure.legends) > 1:
                continue  # drawn in full, where it belongs among the others
            if key in self._legends:
                reused = self._legends[key]
                legend.set_visible(False)
                hidden.append(legend)
            else:
                watched.append((legend, key))
        for legend, key in watched:
            legend.draw = _watching(legend, renderer, self._legends, key)  # type: ignore[method-assign]
        try:
            figure.draw(renderer)
        finally:
            for legend in hidden:
                legend.set_visible(True)
            for legend, _key in watched:
                del legend.draw
        renderer.operations.extend(reused)  # the top of the drawing, as it was drawn
        return renderer


def _watching(
    legend: Legend,
    renderer: RecordingRenderer,
    kept: dict[Hashable, list[Operation]],
    key: Hashable,
) -> Callable[..., None]:
    """``legend.draw`` that also keeps what it drew, under ``key``."""

    def draw(*args: Any, **kwargs: Any) -> None:
        first = len(renderer.operations)
        Legend.draw(legend, *args, **kwargs)
        if len(kept) > 16:
            kept.clear()
        kept[key] = renderer.operations[first:]

    return draw


def legend_key(legend: Legend) -> Hashable | None:
    """Everything a figure legend's drawing depends on, or None when that can't be told
    (then it is drawn afresh): its texts, its keys' look, its place and size in the figure."""
    try:
        handles = tuple(
            (type(h).__name__, str(h.get_label()), _look(h))
            for h in legend.legend_handles
            if h is not None
        )
        anchor = legend.get_bbox_to_anchor()
        return (
            tuple(t.get_text() for t in legend.get_texts()),
            tuple(_look(t) for t in legend.get_texts()),
            handles,
            legend.get_title().get_text(),
            str(getattr(legend, "_loc", None)),  # where it goes: no public getter
            tuple(anchor.bounds) if anchor is not None else None,
            getattr(legend, "_ncols", None),
            legend.prop.get_size_in_points(),
            str(legend.prop),
            legend.get_frame_on(),
            _look(legend.get_frame()),
            legend.get_zorder(),
            legend.get_alpha(),
            tuple(legend.figure.bbox.bounds) if legend.figure is not None else None,
        )
    except Exception:  # an attribute of another matplotlib version: draw it afresh
        return None


_LOOKS = (
    "get_facecolor",
    "get_edgecolor",
    "get_color",
    "get_markerfacecolor",
    "get_markeredgecolor",
    "get_marker",
    "get_markersize",
    "get_linestyle",
    "get_linewidth",
    "get_hatch",
    "get_alpha",
    "get_fontsize",
    "get_fontweight",
    "get_fontstyle",
    "get_visible",
)


def _look(artist: Any) -> Hashable:
    return tuple(
        _value(getter()) for name in _LOOKS if (getter := getattr(artist, name, None)) is not None
    )


def _value(value: Any) -> Hashable:
    """A colour, number or string as something comparable and hashable."""
    if isinstance(value, str) or value is None:
        return value
    try:
        return tuple(_value(v) for v in value)
    except TypeError:
        return value if isinstance(value, Hashable) else repr(value)


def recording_figure(width: float, height: float) -> Figure:
    """A Figure of ``width`` × ``height`` points at 72 dpi, measured and drawn for the PDF."""
    fig = Figure(figsize=(width / 72.0, height / 72.0), dpi=72)
    RecordingCanvas(fig)
    return fig


def record_figure(fig: Figure) -> list[Operation]:
    """The figure's drawing as canvas operations (origin bottom left, in points)."""
    canvas = fig.canvas if isinstance(fig.canvas, RecordingCanvas) else RecordingCanvas(fig)
    return canvas.record().operations
