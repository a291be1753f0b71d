"""The screen's charts (``stratplanner.charts``) drawn into the PDF.

Each chart is looked up by name when it is needed, so a chart that has not
landed yet simply leaves its place in the PDF empty. A chart that fails to
draw is replaced by a one-line note (and logged) rather than sinking the
whole board pack.
"""

from __future__ import annotations

import inspect
import logging
import pkgutil
import sys
from types import ModuleType
from typing import Any

from matplotlib import rc_context
from reportlab.platypus import Flowable, Paragraph

from stratplanner.export.pdf.context import ExportContext, optional_module
from stratplanner.export.pdf.graphics import figure_flowable, new_figure
from stratplanner.snapshot import PlanSnapshot

log = logging.getLogger(__name__)

#: PDF name → candidate function names in stratplanner.charts.
CHART_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "timeline": ("draw_roadmap", "draw_roadmap_timeline", "draw_timeline"),
    "heatmap": ("draw_alignment_heatmap", "draw_heatmap"),
    "bubbles": ("draw_value_cost", "draw_value_vs_cost", "draw_bubbles"),
    "investment": ("draw_investment_mix", "draw_investment"),
    "capacity": ("draw_capacity",),
    "coverage": ("draw_objective_coverage", "draw_coverage"),
    "maturity_radar": ("draw_maturity_radar",),
    "maturity_gaps": ("draw_maturity_gaps",),
    "process_investment": ("draw_process_investment",),
}


def _chart_modules() -> list[ModuleType]:
    """The charts package and its modules (a chart may land before the package exports it)."""
    package = optional_module("stratplanner.charts")
    if package is None:
        return []
    modules = [package]
    for found in pkgutil.iter_modules(getattr(package, "__path__", [])):
        try:
            module = optional_module(f"stratplanner.charts.{found.name}")
        except Exception:  # a chart module that is broken right now: use the others
            log.exception("Chart module %s can't be imported", found.name)
            continue
        if module is not None:
            modules.append(module)
    return modules


def chart_function(name: str) -> Any:
    """The ``draw_*`` function for a chart, or None while it doesn't exist."""
    modules = _chart_modules()
    for candidate in CHART_FUNCTIONS[name]:
        for module in modules:
            function = getattr(module, candidate, None)
            if callable(function):
                return function
    return None


def chart_module(function: Any) -> ModuleType | None:
    """The module defining a chart function (where its options class lives)."""
    return sys.modules.get(getattr(function, "__module__", ""))


def chart_options(name: str, **values: Any) -> Any:
    """The chart's options dataclass built from the values it knows (others ignored)."""
    function = chart_function(name)
    if function is None:
        return None
    annotation = inspect.signature(function).parameters.get("options")
    module = chart_module(function)
    cls = None
    if annotation is not None and module is not None:
        hint = str(annotation.annotation).split("|")[0].strip()
        cls = getattr(module, hint, None)
    if cls is None:
        return None
    known = set(getattr(cls, "__dataclass_fields__", {}))
    return cls(**{k: v for k, v in values.items() if k in known})


def chart_flowable(
    ctx: ExportContext,
    name: str,
    width: float,
    height: float,
    *,
    snap: PlanSnapshot | None = None,
    options: Any = None,
    with_info: bool = False,
    scale: float = 1.0,
    figure: Any = None,
) -> Any:
    """The named chart as a vector flowable of ``width`` × ``height`` points (None if absent).

    ``scale`` < 1 draws the chart on a larger canvas and shrinks it to fit (type
    shrinks with it: 0.85 turns the charts' 9 pt into 7.7 pt), for charts laid
    out for a landscape page that go on a portrait one. With ``with_info``
    returns ``(flowable, chart_info)``. ``figure`` (from :func:`new_figure`, of the same
    size) is drawn on and left as it is, for a chart drawn page after page (the roadmap keeps
    its axes between pages); the caller clears it.
    """
    function = chart_function(name)
    if function is None:
        return (None, None) if with_info else None
    ctx.check()
    fig = figure if figure is not None else new_figure(width / scale, height / scale)
    try:
        # Planners' text is not TeX: "$5m to $7m" must print as typed, and "$\frac{" must not
        # fail the chart.
        with rc_context({"text.parse_math": False}):
            info = function(fig, snap or ctx.chart_snap, ctx.analysis, options)
            flowable: Flowable = figure_flowable(fig, width, height)
    except Exception as exc:  # a chart bug must not sink the board pack
        log.exception("The %s chart failed", name)
        ctx.extras.setdefault("chart_errors", []).append(f"{name}: {type(exc).__name__}: {exc}")
        info = None
        flowable = Paragraph(
            f"The {name} chart could not be drawn for this plan ({type(exc).__name__}).",
            ctx.styles.muted,
        )
    finally:
        if figure is None:
            fig.clear()
    return (flowable, info) if with_info else flowable
