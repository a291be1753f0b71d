"""What a chart tells its canvas: which record sits under the mouse, and what to say about it.

Every ``draw_*`` returns a :class:`ChartInfo`. The GUI calls
``info.hit_event(event)`` (or ``info.hit(x, y, axes)`` with data
coordinates) on mouse moves for the tooltip and on clicks to select the
record; the PDF export may read ``info.regions()`` for links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import numpy as np
from matplotlib.axes import Axes
from numpy.typing import ArrayLike

#: What a hit points at: "item", "objective", "team", "milestone", "lane",
#: "category", "theme", "business_unit", "group" (a heatmap column of several items).
RecordKind = str


class Hit(NamedTuple):
    kind: RecordKind
    id: int | str | None
    tooltip: str


class Region(NamedTuple):
    """One hit area: a box in the data coordinates of ``axes``."""

    axes: Axes
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1
    kind: RecordKind
    id: int | str | None
    tooltip: str


class HitLayer(Protocol):
    axes: Axes

    def hit(self, x: float, y: float) -> Hit | None: ...

    def regions(self) -> list[Region]: ...


Tooltip = Callable[[int], str]


def _tooltip_fn(tooltips: Sequence[str] | Tooltip) -> Tooltip:
    if callable(tooltips):
        return tooltips
    return tooltips.__getitem__


class RectLayer:
    """Boxes (bars, cells, bands); the last box drawn wins where boxes overlap."""

    def __init__(
        self,
        axes: Axes,
        boxes: Sequence[tuple[float, float, float, float]],
        kinds: Sequence[RecordKind] | RecordKind,
        ids: Sequence[int | str | None],
        tooltips: Sequence[str] | Tooltip,
    ):
        self.axes = axes
        array = np.asarray(boxes, dtype=float).reshape(-1, 4)
        self._x0 = np.minimum(array[:, 0], array[:, 2])
        self._x1 = np.maximum(array[:, 0], array[:, 2])
        self._y0 = np.minimum(array[:, 1], array[:, 3])
        self._y1 = np.maximum(array[:, 1], array[:, 3])
        self._kinds = [kinds] * len(array) if isinstance(kinds, str) else list(kinds)
        self._ids = list(ids)
        self._tooltip = _tooltip_fn(tooltips)

    def __len__(self) -> int:
        return len(self._ids)

    def hit(self, x: float, y: float) -> Hit | None:
        inside = np.flatnonzero(
            (self._x0 <= x) & (x <= self._x1) & (self._y0 <= y) & (y <= self._y1)
        )
        if not len(inside):
            return None
        n = int(inside[-1])
        return Hit(self._kinds[n], self._ids[n], self._tooltip(n))

    def regions(self) -> list[Region]:
        return [
            Region(
                self.axes,
                (self._x0[n], self._y0[n], self._x1[n], self._y1[n]),
                self._kinds[n],
                self._ids[n],
                self._tooltip(n),
            )
            for n in range(len(self._ids))
        ]


class PointLayer:
    """Markers of a given radius in points (bubbles, milestones); the nearest centre wins."""

    def __init__(  # noqa: PLR0917  # marker columns, then what they are: RectLayer's order
        self,
        axes: Axes,
        xs: ArrayLike,
        ys: ArrayLike,
        radii_pt: ArrayLike,  # one radius, or one a marker
        kinds: Sequence[RecordKind] | RecordKind,
        ids: Sequence[int | str | None],
        tooltips: Sequence[str] | Tooltip,
    ):
        self.axes = axes
        self._xy = np.column_stack(
            [np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)]
        ).reshape(-1, 2)
        count = len(self._xy)
        self._radii = np.broadcast_to(np.asarray(radii_pt, dtype=float), (count,))
        self._kinds = [kinds] * count if isinstance(kinds, str) else list(kinds)
        self._ids = list(ids)
        self._tooltip = _tooltip_fn(tooltips)

    def __len__(self) -> int:
        return len(self._ids)

    def hit(self, x: float, y: float) -> Hit | None:
        if not len(self._ids):
            return None
        transform = self.axes.transData
        centres = transform.transform(self._xy)
        mouse = transform.transform((x, y))
        distance = np.hypot(centres[:, 0] - mouse[0], centres[:, 1] - mouse[1])
        pixels_per_point = self.axes.figure.dpi / 72.0
        reach = self._radii * pixels_per_point + 2.0
        candidates = np.flatnonzero(distance <= reach)
        if not len(candidates):
            return None
        n = int(candidates[np.argmin(distance[candidates])])
        return Hit(self._kinds[n], self._ids[n], self._tooltip(n))

    def regions(self) -> list[Region]:
        """Boxes a radius around each centre, in data coordinates at the current layout."""
        transform = self.axes.transData
        inverse = transform.inverted()
        pixels_per_point = self.axes.figure.dpi / 72.0
        out = []
        for n in range(len(self._ids)):
            cx, cy = transform.transform(self._xy[n])
            r = self._radii[n] * pixels_per_point
            (x0, y0), (x1, y1) = inverse.transform([(cx - r, cy - r), (cx + r, cy + r)])
            out.append(
                Region(self.axes, (x0, y0, x1, y1), self._kinds[n], self._ids[n], self._tooltip(n))
            )
        return out


class GridLayer:
    """A grid of cells (heatmaps): edges along x and y, and what each cell is."""

    def __init__(
        self,
        axes: Axes,
        x_edges: ArrayLike,
        y_edges: ArrayLike,
        cell: Callable[[int, int], Hit | None],
    ):
        self.axes = axes
        self._x = np.asarray(x_edges, dtype=float)
        self._y = np.asarray(y_edges, dtype=float)
        self._cell = cell

    @staticmethod
    def _index(edges: np.ndarray, value: float) -> int | None:
        if len(edges) < 2:
            return None
        ascending = edges[-1] >= edges[0]
        low, high = (edges[0], edges[-1]) if ascending else (edges[-1], edges[0])
        if not low <= value <= high:
            return None
        if ascending:
            n = int(np.searchsorted(edges, value, side="right")) - 1
        else:
            n = int(np.searchsorted(-edges, -value, side="right")) - 1
        return min(max(n, 0), len(edges) - 2)

    def hit(self, x: float, y: float) -> Hit | None:
        col, row = self._index(self._x, x), self._index(self._y, y)
        if col is None or row is None:
            return None
        return self._cell(col, row)

    def regions(self) -> list[Region]:
        out = []
        for row in range(len(self._y) - 1):
            for col in range(len(self._x) - 1):
                found = self._cell(col, row)
                if found is not None:
                    box = (self._x[col], self._y[row], self._x[col + 1], self._y[row + 1])
                    out.append(Region(self.axes, box, found.kind, found.id, found.tooltip))
        return out


@dataclass
class ChartInfo:
    """What was drawn, for hover, click and paging.

    ``axes[0]`` is the main plot. ``pages`` > 1 when the chart shows one page
    of rows (``options.page``). ``notes`` are sentences about what is left
    out ("Showing rows 1–40 of 75").
    """

    chart: str
    title: str
    axes: list[Axes] = field(default_factory=list)
    layers: list[HitLayer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    page: int = 0
    pages: int = 1
    shown: int = 0  # records drawn
    total: int = 0  # records that matched the filters
    extra: dict[str, Any] = field(default_factory=dict)

    def hit(self, x: float, y: float, axes: Axes | None = None) -> Hit | None:
        """The record at data point (x, y) of ``axes`` (default: the main plot), topmost first."""
        target = axes if axes is not None else (self.axes[0] if self.axes else None)
        for layer in reversed(self.layers):
            if layer.axes is target:
                found = layer.hit(x, y)
                if found is not None:
                    return found
        return None

    def hit_event(self, event: Any) -> Hit | None:
        """The record under a matplotlib mouse event (motion_notify_event, button_press_event)."""
        axes = getattr(event, "inaxes", None)
        if axes is None or event.xdata is None or event.ydata is None:
            return None
        return self.hit(float(event.xdata), float(event.ydata), axes)

    def regions(self) -> list[Region]:
        out: list[Region] = []
        for layer in self.layers:
            out.extend(layer.regions())
        return out
