"""Issue 17 item 9: the PDF draws a long roadmap page after page on one figure.

The roadmap keeps its axes, quarter ticks and title between pages of the same roadmap
(a fresh axes and its ticks cost more than a page's bars) and lays the rows out once;
a page drawn that way must be exactly the page drawn on a fresh figure.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from reportlab.pdfgen.canvas import Canvas

from stratplanner.analysis import analyze
from stratplanner.charts.roadmap import RoadmapOptions, draw_roadmap
from stratplanner.export.pdf.figure_renderer import record_figure
from stratplanner.export.pdf.graphics import new_figure
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import snapshot_of_file

SIZE = (770.0, 480.0)  # points: a landscape A4 frame


@pytest.fixture(scope="module")
def snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def _options(page: int) -> RoadmapOptions:
    return RoadmapOptions(
        labels="beside",
        collapse="none",
        rows_per_page=12,
        page=page,
        today=date(2027, 5, 14),
        title="Roadmap timeline",
    )


def _drawn(fig: Figure) -> bytes:
    """What the figure puts on a PDF page: its recorded operations replayed on a canvas."""
    canvas = Canvas(io.BytesIO(), pagesize=SIZE, pageCompression=0)
    for operation in record_figure(fig):
        operation(canvas)
    return "\n".join(canvas._code).encode()  # the page's content stream so far


def _fresh(snap: PlanSnapshot, page: int) -> bytes:
    fig = new_figure(*SIZE)
    draw_roadmap(fig, snap, analyze(snap), _options(page))
    return _drawn(fig)


def test_pages_drawn_on_one_figure_match_fresh_ones(snap: PlanSnapshot) -> None:
    analysis = analyze(snap)
    fig = new_figure(*SIZE)
    first = draw_roadmap(fig, snap, analysis, _options(0))
    assert first.pages >= 3
    axes = fig.axes[0]
    for page in range(first.pages):
        info = draw_roadmap(fig, snap, analysis, _options(page))
        assert fig.axes == [axes]  # the axes (and its ticks) were kept, not rebuilt
        assert info.page == page
        assert _drawn(fig) == _fresh(snap, page), f"page {page + 1} differs"


def test_another_chart_on_the_figure_starts_afresh(snap: PlanSnapshot) -> None:
    """A figure cleared (or used for another chart) in between gets a new axes."""
    analysis = analyze(snap)
    fig = new_figure(*SIZE)
    draw_roadmap(fig, snap, analysis, _options(0))
    fig.clear()
    draw_roadmap(fig, snap, analysis, _options(1))
    assert _drawn(fig) == _fresh(snap, 1)
    other = RoadmapOptions(**{**_options(1).__dict__, "title": "Another roadmap"})
    draw_roadmap(fig, snap, analysis, other)
    assert len(fig.axes) == 1 and fig.texts[0].get_text() == "Another roadmap"
