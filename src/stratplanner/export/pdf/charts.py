"""The screen's charts (``stratplanner.charts``) drawn into the PDF.

Each chart is looked up by name when it is needed, so a chart that has not
landed yet simply leaves its place in the PDF empty. A chart that fails to
draw is replaced by a one-line note (and logged) rather than sinking the
whole board pack.
"""

from __future__ import annotations

import inspect
import logging
import sys
from types import ModuleType
from typing import Any

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
}


#: Where to look besides the package itself (a chart module may land before the package exports it).
CHART_MODULES = ("stratplanner.charts", "stratplanner.charts.roadmap")


def chart_function(name: str) -> Any:
    """The ``draw_*`` function for a chart, or None while it doesn't exist."""
    for module_name in CHART_MODULES:
        module = optional_module(module_name)
        for candidate in CHART_FUNCTIONS[name]:
            function = getattr(module, candidate, None) if module else None
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
) -> Any:
    """The named chart as a vector flowable of ``width`` × ``height`` points (None if absent).

    With ``with_info`` returns ``(flowable, chart_info)``.
    """
    function = chart_function(name)
    if function is None:
        return (None, None) if with_info else None
    ctx.check()
    fig = new_figure(width, height)
    try:
        info = function(fig, snap or ctx.snap, ctx.analysis, options)
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
        fig.clear()
    return (flowable, info) if with_info else flowable
