"""The one registry of charts: the screen, the PDF and ``stratplanner chart`` find them here.

Every chart declares itself once, below, as a :class:`ChartKind`: its name, title, draw
function, options type, the one choice ``--by`` sets, and the data it needs. :func:`register`
checks the declaration when this module is imported, so a chart whose draw function doesn't
take its options type (or whose ``--by`` field isn't an option) fails the import, and a name
not registered is an :class:`UnknownChartError` — never an empty chart or PDF section.

The CLI names the charts without importing matplotlib (``cli/analysis_cmds.py``'s
``CHART_KINDS`` and ``CHART_BY``, ``cli/partnership_cmds.py``'s ``PARTNERSHIP_CHART_KINDS``);
``tests/test_cli_dispatch.py`` checks those tables against this registry.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from matplotlib.figure import Figure

from stratplanner.analysis import PlanAnalysis
from stratplanner.charts.bubbles import BubbleOptions, draw_value_cost
from stratplanner.charts.capacity import VIEWS, CapacityOptions, draw_capacity
from stratplanner.charts.common import ChartOptions
from stratplanner.charts.coverage import LEVELS, CoverageOptions, draw_objective_coverage
from stratplanner.charts.heatmap import GROUP_KINDS, HeatmapOptions, draw_alignment_heatmap
from stratplanner.charts.hits import ChartInfo
from stratplanner.charts.investment import SPLITS, InvestmentOptions, draw_investment_mix
from stratplanner.charts.kpi_series import KINDS as KPI_KINDS
from stratplanner.charts.kpi_series import KpiSeriesOptions, draw_kpi_series
from stratplanner.charts.maturity import (
    TREND_VIEWS,
    MaturityGapOptions,
    MaturityRadarOptions,
    MaturityTrendOptions,
    draw_maturity_gaps,
    draw_maturity_radar,
    draw_maturity_trend,
)
from stratplanner.charts.process_investment import LEVELS as PROCESS_LEVELS
from stratplanner.charts.process_investment import (
    ProcessInvestmentOptions,
    draw_process_investment,
)
from stratplanner.charts.roadmap import LANE_KINDS, RoadmapOptions, draw_roadmap
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot import PlanSnapshot

#: The data a chart draws. ``items``: the plan's items and objectives (it draws something for
#: any plan with items, and takes the plan's analysis); ``partnership``: maturity assessments,
#: KPI actuals or the process map (an empty chart that says so on a plan without them).
Needs = Literal["items", "partnership"]
NEEDS: tuple[Needs, ...] = ("items", "partnership")
_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_PARAMETERS = ("fig", "snap", "analysis", "options")


class ChartRegistrationError(ValueError):
    """A chart declared wrongly: raised by :func:`register`, so at import time."""


class UnknownChartError(LookupError):
    """A chart name that isn't registered."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class ChartKind:
    name: str
    title: str
    draw: Callable[..., ChartInfo]
    options: type[ChartOptions]
    by_field: str | None = None  # the options field ``--by`` sets
    by_choices: tuple[str, ...] = ()
    needs: Needs = "items"

    @property
    def display_title(self) -> str:
        """The title in the user's language (``title`` stays English: the CLI's list)."""
        return translate("Charts", self.title)


#: Every chart by name, in menu order. Add to it with :func:`register` only.
CHARTS: dict[str, ChartKind] = {}


def _options_annotation(kind: ChartKind) -> set[Any]:
    """The types the draw function's ``options`` parameter accepts (``X | None`` → {X, None})."""
    try:
        signature = inspect.signature(kind.draw, eval_str=True)
    except (NameError, TypeError, ValueError) as exc:
        raise ChartRegistrationError(
            f"The {kind.name} chart's draw function has a signature that can't be read: {exc}"
        ) from exc
    names = tuple(signature.parameters)[: len(_PARAMETERS)]
    if names != _PARAMETERS:
        raise ChartRegistrationError(
            f"The {kind.name} chart's draw function takes ({', '.join(names)}), not "
            f"({', '.join(_PARAMETERS)})."
        )
    annotation = signature.parameters["options"].annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return set(typing.get_args(annotation))
    return {annotation}


def check(kind: ChartKind) -> None:
    """Raise :class:`ChartRegistrationError` unless ``kind`` is a chart that can be drawn."""
    if not _NAME.fullmatch(kind.name):
        raise ChartRegistrationError(
            f"{kind.name!r} is not a chart name: lower-case words joined by hyphens."
        )
    if not kind.title.strip():
        raise ChartRegistrationError(f"The {kind.name} chart has no title.")
    if kind.needs not in NEEDS:
        raise ChartRegistrationError(
            f"The {kind.name} chart needs {kind.needs!r}; say one of {', '.join(NEEDS)}."
        )
    if not (
        isinstance(kind.options, type)
        and issubclass(kind.options, ChartOptions)
        and dataclasses.is_dataclass(kind.options)
    ):
        raise ChartRegistrationError(
            f"The {kind.name} chart's options {kind.options!r} are not a ChartOptions dataclass."
        )
    if not callable(kind.draw):
        raise ChartRegistrationError(f"The {kind.name} chart's draw is not a function.")
    accepted = _options_annotation(kind)
    if kind.options not in accepted:
        raise ChartRegistrationError(
            f"The {kind.name} chart's draw function takes options of type "
            f"{' | '.join(sorted(getattr(t, '__name__', str(t)) for t in accepted))}, "
            f"not {kind.options.__name__}."
        )
    defaults = kind.options()
    if kind.by_field is None:
        if kind.by_choices:
            raise ChartRegistrationError(f"The {kind.name} chart has --by choices but no field.")
        return
    fields = {f.name for f in dataclasses.fields(kind.options)}
    if kind.by_field not in fields:
        raise ChartRegistrationError(
            f"--by sets {kind.by_field!r}, which is not an option of the {kind.name} chart."
        )
    if getattr(defaults, kind.by_field) not in kind.by_choices:
        raise ChartRegistrationError(
            f"The {kind.name} chart's default {kind.by_field} is not one of its --by choices."
        )


def register(kind: ChartKind) -> ChartKind:
    """Add ``kind`` to :data:`CHARTS` after :func:`check`; a name already taken is refused."""
    check(kind)
    if kind.name in CHARTS:
        raise ChartRegistrationError(f"There is already a chart named {kind.name!r}.")
    CHARTS[kind.name] = kind
    return kind


def chart_kind(name: str) -> ChartKind:
    """The registered chart ``name``, or :class:`UnknownChartError` naming the known ones."""
    kind = CHARTS.get(name)
    if kind is None:
        raise UnknownChartError(f"There is no chart {name!r}; the charts are {', '.join(CHARTS)}.")
    return kind


def charts_needing(needs: Needs) -> dict[str, ChartKind]:
    """The registered charts that draw ``needs`` (see :data:`Needs`), in menu order."""
    return {name: kind for name, kind in CHARTS.items() if kind.needs == needs}


def draw_chart(
    name: str,
    fig: Figure,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    options: ChartOptions | None = None,
    **changes: Any,
) -> ChartInfo:
    """Draw chart ``name``; ``changes`` override fields of ``options`` (or of the defaults)."""
    kind = chart_kind(name)
    chosen = options if options is not None else kind.options()
    if changes:
        chosen = replace(chosen, **changes)
    return kind.draw(fig, snap, analysis, chosen)


# -- the charts ----------------------------------------------------------------------------------

register(
    ChartKind(
        "roadmap",
        QT_TRANSLATE_NOOP("Charts", "Roadmap timeline"),
        draw_roadmap,
        RoadmapOptions,
        "lane_by",
        LANE_KINDS,
    )
)
register(
    ChartKind(
        "heatmap",
        QT_TRANSLATE_NOOP("Charts", "Alignment heatmap"),
        draw_alignment_heatmap,
        HeatmapOptions,
        "group_by",
        GROUP_KINDS,
    )
)
register(
    ChartKind(
        "bubbles", QT_TRANSLATE_NOOP("Charts", "Value against cost"), draw_value_cost, BubbleOptions
    )
)
register(
    ChartKind(
        "investment",
        QT_TRANSLATE_NOOP("Charts", "Investment mix"),
        draw_investment_mix,
        InvestmentOptions,
        "split_by",
        SPLITS,
    )
)
register(
    ChartKind(
        "capacity",
        QT_TRANSLATE_NOOP("Charts", "Team capacity"),
        draw_capacity,
        CapacityOptions,
        "view",
        VIEWS,
    )
)
register(
    ChartKind(
        "coverage",
        QT_TRANSLATE_NOOP("Charts", "Objective coverage"),
        draw_objective_coverage,
        CoverageOptions,
        "level",
        LEVELS,
    )
)
# The partnership charts (issue 7): they draw assessments, KPIs and the process map.
register(
    ChartKind(
        "maturity",
        QT_TRANSLATE_NOOP("Charts", "Partnership maturity"),
        draw_maturity_radar,
        MaturityRadarOptions,
        needs="partnership",
    )
)
register(
    ChartKind(
        "maturity-trend",
        QT_TRANSLATE_NOOP("Charts", "Maturity over time"),
        draw_maturity_trend,
        MaturityTrendOptions,
        "by",
        TREND_VIEWS,
        needs="partnership",
    )
)
register(
    ChartKind(
        "maturity-gaps",
        QT_TRANSLATE_NOOP("Charts", "Gaps to target maturity"),
        draw_maturity_gaps,
        MaturityGapOptions,
        needs="partnership",
    )
)
register(
    ChartKind(
        "kpi-series",
        QT_TRANSLATE_NOOP("Charts", "KPI series"),
        draw_kpi_series,
        KpiSeriesOptions,
        "kind",
        KPI_KINDS,
        needs="partnership",
    )
)
register(
    ChartKind(
        "process-investment",
        QT_TRANSLATE_NOOP("Charts", "Investment by business process"),
        draw_process_investment,
        ProcessInvestmentOptions,
        "level",
        PROCESS_LEVELS,
        needs="partnership",
    )
)
