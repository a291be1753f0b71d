"""The screen's charts (``stratplanner.charts``) drawn into the PDF.

A section names its chart as the registry does (``charts/registry.py``: ``roadmap``,
``heatmap``, ``maturity-gaps``…). A name the registry doesn't have raises
:class:`~stratplanner.charts.registry.UnknownChartError` and an option the chart's options type
doesn't have raises ``TypeError``: a programming error, never an empty section. A chart that
fails to draw for this plan is replaced by a one-line note (and logged) rather than sinking
the whole board pack.
"""

from __future__ import annotations

import logging
from typing import Any

from matplotlib import rc_context
from reportlab.platypus import Flowable, Paragraph

from stratplanner.charts.common import ChartOptions
from stratplanner.charts.registry import chart_kind
from stratplanner.export.pdf.context import ExportContext
from stratplanner.export.pdf.graphics import figure_flowable, new_figure
from stratplanner.i18n import translate
from stratplanner.snapshot import PlanSnapshot

log = logging.getLogger(__name__)

__all__ = ["chart_flowable", "chart_options", "new_figure"]


def chart_options(name: str, **values: Any) -> ChartOptions:
    """The registered chart ``name``'s options: its options type built from ``values``."""
    return chart_kind(name).options(**values)


def chart_flowable(
    ctx: ExportContext,
    name: str,
    width: float,
    height: float,
    *,
    snap: PlanSnapshot | None = None,
    options: ChartOptions | None = None,
    with_info: bool = False,
    scale: float = 1.0,
    figure: Any = None,
) -> Any:
    """The registered chart ``name`` as a vector flowable of ``width`` × ``height`` points.

    ``scale`` < 1 draws the chart on a larger canvas and shrinks it to fit (type
    shrinks with it: 0.85 turns the charts' 9 pt into 7.7 pt), for charts laid
    out for a landscape page that go on a portrait one. With ``with_info``
    returns ``(flowable, chart_info)``. ``figure`` (from :func:`new_figure`, of the same
    size) is drawn on and left as it is, for a chart drawn page after page (the roadmap keeps
    its axes between pages); the caller clears it.
    """
    # Outside the try: an unknown chart or the wrong options are errors, not a note.
    kind = chart_kind(name)
    if options is not None and not isinstance(options, kind.options):
        raise TypeError(
            f"The {name} chart takes {kind.options.__name__}, not {type(options).__name__}."
        )
    ctx.check()
    fig = figure if figure is not None else new_figure(width / scale, height / scale)
    try:
        # Planners' text is not TeX: "$5m to $7m" must print as typed, and "$\frac{" must not
        # fail the chart.
        with rc_context({"text.parse_math": False}):
            info = kind.draw(fig, snap or ctx.chart_snap, ctx.analysis, options)
            flowable: Flowable = figure_flowable(fig, width, height)
    except Exception as exc:  # a chart bug must not sink the board pack
        log.exception("The %s chart failed", name)
        ctx.extras.setdefault("chart_errors", []).append(f"{name}: {type(exc).__name__}: {exc}")
        info = None
        flowable = Paragraph(
            translate(
                "PdfCharts", "The {chart} chart could not be drawn for this plan ({error})."
            ).format(chart=name, error=type(exc).__name__),
            ctx.styles.muted,
        )
    finally:
        if figure is None:
            fig.clear()
    return (flowable, info) if with_info else flowable
