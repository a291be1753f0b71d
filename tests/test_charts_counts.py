"""Issue 17 item 8, "charts that say N show N": a count in a chart's subtitle is what is drawn.

Every chart the PDF uses is drawn on the sample plan with its defaults and with a window
small enough that not everything fits: when fewer records are drawn than match, the
subtitle names the part drawn (never a bare total over a partial picture), and the
stated window is the number of rows, columns or panels on the figure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from stratplanner.analysis import analyze
from stratplanner.charts.capacity import CapacityOptions, draw_capacity
from stratplanner.charts.coverage import CoverageOptions, draw_objective_coverage
from stratplanner.charts.heatmap import HeatmapOptions, draw_alignment_heatmap
from stratplanner.charts.kpi_series import KpiSeriesOptions, draw_kpi_series
from stratplanner.charts.maturity import MaturityGapOptions, draw_maturity_gaps
from stratplanner.charts.registry import CHARTS
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import snapshot_of_file


@pytest.fixture(scope="module")
def snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def _draw(function: Any, snap: PlanSnapshot, options: Any = None) -> tuple[Any, str, Figure]:
    fig = Figure(figsize=(11, 7.5))
    info = function(fig, snap, analyze(snap), options)
    texts = [t.get_text() for t in fig.texts]
    subtitle = " ".join(texts[1].split()) if len(texts) > 1 else ""
    return info, subtitle, fig


def _ticks(axis: Any) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels() if t.get_text()]


@pytest.mark.parametrize("name", list(CHARTS))
def test_a_partial_chart_says_which_part_it_draws(snap: PlanSnapshot, name: str) -> None:
    """With the defaults, every registered chart (the PDF's among them): drawn == matched,
    or the subtitle says the number drawn (or the page); and a total it states is the total
    that matched."""
    info, subtitle, _ = _draw(CHARTS[name].draw, snap)
    assert subtitle
    if info.shown < info.total:
        assert f"{info.shown:,}" in subtitle or "page" in subtitle or "–" in subtitle, subtitle


def test_heatmap_window_is_named_and_drawn(snap: PlanSnapshot) -> None:
    options = HeatmapOptions(rows="objectives", columns="items", max_rows=3, max_columns=5)
    info, subtitle, _ = _draw(draw_alignment_heatmap, snap, options)
    match = re.search(r"objectives 1–3 of (\d+) × items 1–5 of (\d+)", subtitle)
    assert match, subtitle
    assert int(match[2]) == info.total
    ax = info.axes[0]
    assert len(_ticks(ax.xaxis)) == 5
    assert len([t for a in info.axes for t in _ticks(a.yaxis)]) == 3


def test_capacity_window_is_named_and_drawn(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_capacity, snap, CapacityOptions(view="grid", max_teams=2))
    assert f"teams 1–2 of {len(snap.teams)}" in subtitle
    assert info.shown == 2
    assert len(_ticks(info.axes[0].yaxis)) == 2


def test_capacity_says_every_team_when_every_team_is_drawn(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_capacity, snap, CapacityOptions(view="grid"))
    assert f"{len(snap.teams)} teams" in subtitle
    assert info.shown == len(snap.teams) == len(_ticks(info.axes[0].yaxis))


def test_coverage_says_which_rows_it_draws(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_objective_coverage, snap, CoverageOptions(max_rows=6))
    assert "the top 2 and bottom 3 drawn" in subtitle
    labels = _ticks(info.axes[0].yaxis)
    assert len(labels) == 6 and "more" in labels[2]
    assert info.shown == 5
    stated = re.search(r"(\d+) of (\d+) objectives unsupported", subtitle)
    assert stated and int(stated[2]) == info.total


def test_coverage_states_the_rows_it_draws(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_objective_coverage, snap, CoverageOptions())
    stated = re.search(r"(\d+) of (\d+) objectives unsupported", subtitle)
    assert stated and int(stated[2]) == info.total == len(_ticks(info.axes[0].yaxis))
    assert "drawn" not in subtitle


def test_kpi_panels_window_is_named(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_kpi_series, snap, KpiSeriesOptions(max_panels=2))
    assert info.total > 2, "the sample plan needs more than two KPIs with actuals for this test"
    assert "KPIs 1–2 drawn" in subtitle
    assert info.shown == 2


def test_maturity_gaps_window_is_named(snap: PlanSnapshot) -> None:
    info, subtitle, _ = _draw(draw_maturity_gaps, snap, MaturityGapOptions(max_rows=5))
    assert f"the 5 largest of {info.total} gaps below target" in subtitle
    assert len(_ticks(info.axes[0].yaxis)) == 5
