"""Render a chart drawn again after an edit without rasterising its unchanged text again.

Rendering the 20,000-item roadmap to an Agg canvas takes about 0.2 s, two thirds of it
laying out and rasterising text: the quarter and year labels, the lane names, the title
block and the legend, which an edit to one item rarely changes. :class:`FrameCache`
renders a figure in full the first time and keeps a bitmap of its *frame*: the figure's
and axes' backgrounds, texts, tick labels and legends. When the figure is drawn again
and its frame is the same (the same texts in the same places, the same axes, limits and
ticks, the same canvas size), it restores that bitmap and draws over it only the other
artists (bars, collections, lines, patches, markers), in the order a full render draws
them: matplotlib's blitting, for a whole chart.

When only some of the frame's texts changed (a lane's count, the subtitle's total after
a status change) and they sit on the figure's plain background, each one's region is
painted with that background and drawn again, with the texts reaching into it clipped to
it, and the frame kept is updated.

The frame is compared by value, not trusted: what the key doesn't cover makes it render
in full instead. So does a figure it can't split safely: a layout engine (constrained
layout places the axes at render time), overlapping axes, gridlines or inward ticks over
the plot area, or artists drawn outside the clip of their axes. A text inside the plot
area is redrawn with the other artists unless it sits under all of them.
``tests/test_chart_repaint.py`` checks that the pixels equal a full render.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.spines import Spine
from matplotlib.text import Text
from matplotlib.transforms import Bbox, IdentityTransform, TransformedBbox

#: Pixels around the plot area an antialiased edge may reach.
_MARGIN = 2.0


@dataclass
class _Split:
    """A figure's frame (kept as a bitmap) and the artists drawn over it on each render."""

    key: Hashable  # the frame but for its texts
    over: list[Artist]  # in the order a full render draws them
    #: The frame's texts: key, extent and artist (a changed one may be redrawn on its own).
    texts: list[tuple[Hashable, Bbox, Text]] = field(default_factory=list)
    #: What else the frame draws: axes' plot areas and ticks, legends.
    others: list[Any] = field(default_factory=list)


@dataclass
class _Frame:
    key: Hashable
    texts: list[tuple[Hashable, Bbox]]
    background: Any  # the canvas's region of the frame, for ``restore_region``


class FrameCache:
    """One canvas's last frame; :meth:`render` renders its figure, reusing the frame."""

    def __init__(self) -> None:
        self._frame: _Frame | None = None
        #: How the last render was done: "full", "frame" (frame kept), "text" (frame kept,
        #: some of its texts redrawn on their plain background) or "" before the first.
        self.last = ""

    def forget(self) -> None:
        self._frame = None

    def render(self, canvas: FigureCanvasAgg) -> bool:
        """Render ``canvas``'s figure into its Agg buffer; True when the frame was reused."""
        figure = canvas.figure
        assert isinstance(figure, Figure)
        renderer = canvas.get_renderer()
        split = _split(figure, renderer)
        frame = self._frame
        if split is not None and frame is not None and frame.key == split.key:
            changed = [
                n for n, (key, _box, _text) in enumerate(split.texts) if key != frame.texts[n][0]
            ]
            regions = _regions(figure, renderer, split, frame, changed) if changed else []
            if regions is not None:
                canvas.restore_region(frame.background)
                if changed:
                    self._redraw_texts(canvas, split, regions)
                for artist in split.over:
                    artist.draw(renderer)
                self.last = "text" if changed else "frame"
                return True
        self._frame = None
        self.last = "full"
        if split is None:
            FigureCanvasAgg.draw(canvas)
            return False
        hidden = [artist for artist in split.over if artist.get_visible()]
        for artist in hidden:
            artist.set_visible(False)
        try:
            FigureCanvasAgg.draw(canvas)
            background = canvas.copy_from_bbox(figure.bbox)
        finally:
            for artist in hidden:
                artist.set_visible(True)
        renderer = canvas.get_renderer()
        for artist in split.over:
            artist.draw(renderer)
        self._frame = _Frame(split.key, [(k, box) for k, box, _t in split.texts], background)
        return False

    def _redraw_texts(
        self, canvas: FigureCanvasAgg, split: _Split, regions: list[tuple[Bbox, list[int]]]
    ) -> None:
        """Paint each changed text's region with the figure's background, draw there (clipped
        to it) the texts that reach into it, and keep the frame that makes."""
        figure = canvas.figure
        renderer = canvas.get_renderer()
        pixels = np.asarray(renderer.buffer_rgba())
        colour = np.round(np.array(to_rgba(figure.patch.get_facecolor())) * 255)
        height = renderer.height
        for region, reach in regions:
            top, bottom = int(height - region.y1), int(height - region.y0)
            pixels[top:bottom, int(region.x0) : int(region.x1)] = colour
            for n in reach:  # in the order a full render draws them
                text = split.texts[n][2]
                was = text.get_clip_on(), text.get_clip_box(), text.get_clip_path()
                text.set_clip_path(None)
                text.set_clip_box(TransformedBbox(region, IdentityTransform()))
                text.set_clip_on(True)
                try:
                    text.draw(renderer)
                finally:
                    text.set_clip_on(was[0])
                    text.set_clip_box(was[1])
                    text.set_clip_path(was[2])
        self._frame = _Frame(
            split.key,
            [(k, box) for k, box, _t in split.texts],
            canvas.copy_from_bbox(figure.bbox),
        )


def _regions(
    figure: Figure, renderer: RendererAgg, split: _Split, frame: _Frame, changed: list[int]
) -> list[tuple[Bbox, list[int]]] | None:
    """For each changed text, the pixel-aligned region to clear (its box before and after)
    and the texts to draw there, clipped to it: itself and the texts whose boxes reach into
    it. None when a region isn't on the figure's plain background (then the figure is
    rendered in full)."""
    if to_rgba(figure.patch.get_facecolor())[3] < 1 or not figure.patch.get_visible():
        return None
    now = [box for _k, box, _t in split.texts]
    then = [box for _k, box in frame.texts]
    height, width = renderer.height, renderer.width
    regions = []
    for n in changed:
        box = Bbox.union([then[n], now[n]]).padded(_MARGIN)
        # whole pixels: the clip of the texts drawn there is the region cleared
        x0, x1 = max(0, int(box.x0)), min(width, int(np.ceil(box.x1)))
        y0, y1 = max(0, int(box.y0)), min(height, int(np.ceil(box.y1)))
        region = Bbox.from_extents(x0, y0, x1, y1)
        if any(region.overlaps(other) for other in split.others):
            return None
        reach = [m for m in range(len(now)) if m == n or region.overlaps(now[m].padded(_MARGIN))]
        regions.append((region, reach))
    return regions


def _split(figure: Figure, renderer: RendererAgg) -> _Split | None:
    """The frame's key and the artists to draw over it, or None: render in full."""
    if figure.get_layout_engine() is not None or figure.subfigs:
        return None
    if figure.lines or figure.patches or figure.images or figure.artists:
        return None
    axes = [ax for ax in figure.axes if ax.get_visible()]
    boxes = [ax.bbox.frozen() for ax in axes]
    for n, box in enumerate(boxes):
        if any(box.overlaps(other) for other in boxes[n + 1 :]):
            return None  # insets or twins: their artists interleave
    key: list[Hashable] = [
        tuple(figure.get_size_inches()),
        figure.dpi,
        (renderer.width, renderer.height),
        _colour(figure.patch.get_facecolor()),
    ]
    split = _Split((), [])
    for legend in figure.legends:
        key.append(_legend_key(legend, renderer))
        split.others.append(legend.get_window_extent(renderer).padded(_MARGIN))
    for ax in sorted(axes, key=lambda a: a.get_zorder()):
        part = _split_axes(ax, renderer)
        if part is None:
            return None
        key.append(part.key)
        split.over.extend(part.over)
        split.texts.extend(part.texts)
        split.others.extend(part.others)
    for text in figure.texts:  # after the axes, as Figure.draw draws them
        if text.get_visible():
            split.texts.append((_text_key(text, renderer), text.get_window_extent(renderer), text))
    key.append(len(split.texts))
    split.key = tuple(key)
    return split


def _split_axes(ax: Axes, renderer: RendererAgg) -> _Split | None:
    """One axes: the key of its frame and its artists to draw over it, in drawing order."""
    plot = ax.bbox.frozen().padded(_MARGIN)
    children = [
        c for c in ax.get_children() if c is not ax.patch and c.get_visible() and c.axes is ax
    ]
    frame = (Text, Axis, Legend)
    drawn = [c for c in children if not isinstance(c, frame)]
    for artist in drawn:
        if isinstance(artist, Spine):
            continue  # on the plot area's edge, within the margin
        clipped = artist.get_clip_box() is not None or artist.get_clip_path() is not None
        if not (artist.get_clip_on() and clipped):
            return None  # it may reach over the frame's texts
    lowest = min((a.get_zorder() for a in drawn), default=float("inf"))
    key: list[Hashable] = [
        tuple(ax.get_position().bounds),
        ax.get_xlim(),
        ax.get_ylim(),
        ax.get_xscale(),
        ax.get_yscale(),
        _colour(ax.patch.get_facecolor()),
        ax.patch.get_visible(),
    ]
    texts: list[Artist] = []
    frame_texts: list[tuple[Hashable, Bbox, Text]] = []
    # What a cleared text region must not touch. The plot area only when its background
    # differs from the figure's: the artists over it are drawn after the texts anyway.
    plain = not ax.patch.get_visible() or _colour(ax.patch.get_facecolor()) == _colour(
        ax.figure.patch.get_facecolor()
    )
    others: list[Any] = [] if plain else [plot]
    for child in children:
        if isinstance(child, Axis):
            axis_key = _axis_key(child, lowest)
            if axis_key is None:
                return None
            key.append(axis_key)
            others.extend(_axis_boxes(child, renderer))
        elif isinstance(child, Legend):
            box = child.get_window_extent(renderer)
            if box.overlaps(plot) and child.get_zorder() >= lowest:
                texts.append(child)  # over the plot: drawn with the rest
            else:
                key.append(_legend_key(child, renderer))
                others.append(box.padded(_MARGIN))
        elif isinstance(child, Text):
            box = child.get_window_extent(renderer)
            if box.overlaps(plot) and child.get_zorder() >= lowest:
                texts.append(child)
            else:
                frame_texts.append((_text_key(child, renderer), box, child))
    order = {id(c): n for n, c in enumerate(children)}  # Axes.draw: a stable sort by zorder
    over = sorted([*drawn, *texts], key=lambda a: (a.get_zorder(), order[id(a)]))
    frame_texts.sort(key=lambda entry: (entry[2].get_zorder(), order[id(entry[2])]))
    return _Split(tuple(key), over, frame_texts, others)


def _axis_boxes(axis: Axis, renderer: RendererAgg) -> list[Bbox]:
    """Where an axis draws in the frame: its tick marks, tick labels and label."""
    boxes = []
    for tick in [*axis.get_major_ticks(), *axis.get_minor_ticks()]:
        if not tick.get_visible():
            continue
        for part in (tick.tick1line, tick.tick2line, tick.gridline, tick.label1, tick.label2):
            if part.get_visible() and (not isinstance(part, Text) or part.get_text()):
                boxes.append(part.get_window_extent(renderer).padded(_MARGIN))
    if axis.label.get_visible() and axis.label.get_text():
        boxes.append(axis.label.get_window_extent(renderer).padded(_MARGIN))
    return boxes


def _axis_key(axis: Axis, lowest: float) -> Hashable | None:
    """Ticks and labels of one axis; None when it draws inside the plot over its artists."""
    ticks = [*axis.get_major_ticks(), *axis.get_minor_ticks()]
    inside = any(
        t.gridline.get_visible() or getattr(t, "_tickdir", "out") in ("in", "inout")
        for t in ticks
        if t.get_visible()
    )
    if inside and axis.get_zorder() >= lowest:
        return None
    labels = [(t.get_text(), t.get_position()) for t in axis.get_ticklabels(which="both")]
    return (
        type(axis).__name__,
        axis.get_visible(),
        tuple(axis.get_majorticklocs()),
        tuple(axis.get_minorticklocs()),
        tuple(labels),
        axis.label.get_text(),
        axis.get_label_position(),
        tuple((t.tick1line.get_visible(), t.tick2line.get_visible()) for t in ticks),
        inside,
    )


def _text_key(text: Text, renderer: RendererAgg) -> Hashable:
    box = text.get_window_extent(renderer)
    return (
        "text",
        text.get_text(),
        tuple(box.bounds),
        _colour(text.get_color()),
        text.get_fontsize(),
        str(text.get_fontweight()),
        str(text.get_fontstyle()),
        tuple(text.get_fontfamily()),
        text.get_rotation(),
        text.get_alpha(),
        text.get_zorder(),
        _patch_key(text.get_bbox_patch()),
    )


def _legend_key(legend: Legend, renderer: RendererAgg) -> Hashable:
    handles = [
        (type(h).__name__, _colours(h), str(h.get_label()))
        for h in getattr(legend, "legend_handles", [])
        if h is not None
    ]
    return (
        "legend",
        tuple(t.get_text() for t in legend.get_texts()),
        tuple(handles),
        tuple(legend.get_window_extent(renderer).bounds),
        legend.get_zorder(),
    )


def _patch_key(patch: Any) -> Hashable:
    if patch is None:
        return None
    return (_colour(patch.get_facecolor()), _colour(patch.get_edgecolor()))


def _colours(artist: Artist) -> Hashable:
    found = []
    for name in ("get_facecolor", "get_edgecolor", "get_color", "get_markerfacecolor"):
        getter = getattr(artist, name, None)
        if getter is not None:
            found.append(_colour(getter()))
    return tuple(found)


def _colour(value: Any) -> Hashable:
    """A colour (or several) as nested tuples, comparable and hashable."""
    if isinstance(value, str) or value is None:
        return value
    try:
        return tuple(_colour(v) for v in value)
    except TypeError:
        return float(value)


def drawn_over(figure: Figure, renderer: RendererAgg) -> list[Artist] | None:
    """The artists :class:`FrameCache` draws over the kept frame (None: it renders in full);
    for tests and benchmarks."""
    split = _split(figure, renderer)
    return None if split is None else split.over


__all__ = ["FrameCache", "drawn_over"]
