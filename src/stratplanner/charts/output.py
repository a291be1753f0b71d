"""Figures for files: a fresh Figure of the right size, and atomic PNG / SVG / PDF writing."""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from stratplanner.atomic_files import atomic_path
from stratplanner.charts.style import A4_LANDSCAPE

IMAGE_SUFFIXES = (".png", ".svg", ".pdf")


def new_figure(size: tuple[float, float] = A4_LANDSCAPE, dpi: float = 100) -> Figure:
    """A Figure with an Agg canvas (no pyplot), ready for ``draw_*``."""
    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def save_figure(fig: Figure, target: str | os.PathLike[str], *, dpi: float = 150) -> Path:
    """Write ``fig`` as PNG, SVG or PDF (by suffix) next to ``target`` and rename it into
    place, so a failure leaves no partial file and an existing file untouched."""
    path = Path(target)
    fmt = path.suffix.lower().lstrip(".")
    if f".{fmt}" not in IMAGE_SUFFIXES:
        raise ValueError(f"{path.name} should end in {', '.join(IMAGE_SUFFIXES)}")
    with atomic_path(path) as temp, temp.open("wb") as out:
        metadata = {"Creator": "StratPlanner"} if fmt in ("pdf", "svg") else None
        fig.savefig(out, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return path
