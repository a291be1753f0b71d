"""Issue 19 item 2, one chart registry: every chart declares itself in ``charts/registry.py``,
a wrong declaration is refused when it is registered, and an unknown name is an error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from stratplanner.analysis import PlanAnalysis
from stratplanner.charts import (
    CHARTS,
    BubbleOptions,
    ChartInfo,
    ChartKind,
    ChartOptions,
    ChartRegistrationError,
    RoadmapOptions,
    UnknownChartError,
    chart_kind,
    charts_needing,
    draw_roadmap,
    draw_value_cost,
    register,
)
from stratplanner.cli.main import main
from stratplanner.snapshot import PlanSnapshot


@dataclass(frozen=True)
class _Options(ChartOptions):
    shape: str = "round"


def _draw(
    fig: Figure, snap: PlanSnapshot, analysis: PlanAnalysis | None, options: _Options | None
) -> ChartInfo:
    raise AssertionError("never drawn")


def test_every_chart_is_registered_once_with_what_it_needs() -> None:
    assert list(CHARTS) == [kind.name for kind in CHARTS.values()]
    assert set(charts_needing("items")) | set(charts_needing("partnership")) == set(CHARTS)
    assert {"maturity", "maturity-gaps", "kpi-series", "process-investment"} <= set(
        charts_needing("partnership")
    )
    assert chart_kind("roadmap").draw is draw_roadmap


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        # options type the draw function doesn't take
        (ChartKind("roadmap-2", "Roadmap", draw_roadmap, BubbleOptions), "not BubbleOptions"),
        # options that are not ChartOptions
        (ChartKind("plain", "Plain", _draw, object), "not a ChartOptions dataclass"),  # type: ignore[arg-type]
        # --by setting a field the options don't have
        (ChartKind("shapes", "Shapes", _draw, _Options, "colour", ("red",)), "not an option"),
        # --by choices without the default
        (ChartKind("shapes", "Shapes", _draw, _Options, "shape", ("square",)), "default shape"),
        # a name the CLI can't take
        (ChartKind("Value Cost", "Value", draw_value_cost, BubbleOptions), "not a chart name"),
        # a name taken
        (ChartKind("roadmap", "Roadmap", draw_roadmap, RoadmapOptions), "already a chart"),
        # data the registry doesn't know
        (ChartKind("shapes", "Shapes", _draw, _Options, needs="money"), "needs 'money'"),  # type: ignore[arg-type]
    ],
)
def test_registering_a_bad_chart_raises(kind: ChartKind, message: str) -> None:
    before = dict(CHARTS)
    with pytest.raises(ChartRegistrationError, match=message):
        register(kind)
    assert before == CHARTS


def test_a_draw_function_with_other_parameters_is_refused() -> None:
    def draw(figure: Figure, snap: PlanSnapshot, analysis: Any, options: _Options) -> ChartInfo:
        raise AssertionError

    with pytest.raises(ChartRegistrationError, match=r"takes \(figure, snap"):
        register(ChartKind("shapes", "Shapes", draw, _Options))


def test_a_good_chart_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("stratplanner.charts.registry.CHARTS", dict(CHARTS))
    from stratplanner.charts import registry

    kind = register(ChartKind("shapes", "Shapes", _draw, _Options, "shape", ("round", "square")))
    assert registry.CHARTS["shapes"] is kind and "shapes" not in CHARTS


def test_an_unknown_chart_is_an_error_naming_the_charts() -> None:
    with pytest.raises(
        UnknownChartError, match="There is no chart 'radar'; the charts are roadmap"
    ):
        chart_kind("radar")


def test_one_chart_command_draws_the_partnership_charts_too(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "gaps.png"
    code = main(
        ["chart", str(sample_plan), "--kind", "maturity-gaps", "-o", str(target), "--dpi", "40"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Wrote the maturity-gaps chart" in out and target.read_bytes()[:4] == b"\x89PNG"
    code = main(["chart", str(sample_plan), "--kind", "bubbles", "--page", "2", "-o", str(target)])
    assert code == 1
    assert "--page applies to the roadmap and kpi-series charts, not the bubbles chart" in (
        capsys.readouterr().err
    )


def test_the_pdf_asks_the_registry_and_refuses_what_it_lacks() -> None:
    """An unknown chart, an option its type lacks or options of another chart are errors when
    the section asks, before anything is drawn: never an empty PDF section."""
    from stratplanner.export.pdf import charts as pdf_charts

    ctx: Any = None  # the refusals come before the export context is used
    with pytest.raises(UnknownChartError, match="no chart 'timeline'"):
        pdf_charts.chart_flowable(ctx, "timeline", 400, 300)
    with pytest.raises(TypeError, match="colour"):
        pdf_charts.chart_options("heatmap", colour="red")
    with pytest.raises(TypeError, match="takes HeatmapOptions, not BubbleOptions"):
        pdf_charts.chart_flowable(ctx, "heatmap", 400, 300, options=BubbleOptions())
    assert isinstance(pdf_charts.chart_options("roadmap", lane_by="team"), RoadmapOptions)
