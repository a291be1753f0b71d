"""Partnership charts (issue 7): real drawings for the sample, a sentence for an empty plan,
hover."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from stratplanner.analysis.selection import ItemFilter
from stratplanner.charts import ChartInfo, charts_needing, draw_chart, new_figure
from stratplanner.charts.kpi_series import KpiSeriesOptions, draw_kpi_series
from stratplanner.charts.maturity import (
    MaturityRadarOptions,
    MaturityTrendOptions,
    draw_maturity_radar,
    draw_maturity_trend,
)
from stratplanner.charts.process_investment import ProcessInvestmentOptions
from stratplanner.io.plan_json import read_json_file, snapshot_from_dict
from stratplanner.model.values import Quarter
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import PlanInfo, PlanSnapshot

#: The partnership charts of the one registry (``charts/registry.py``).
PARTNERSHIP_CHARTS = charts_needing("partnership")
SIZE = (8.0, 5.5)
DPI = 50


@pytest.fixture(scope="module")
def sample() -> PlanSnapshot:
    return snapshot_from_dict(read_json_file(sample_plan_json()))


def render(fig: Figure) -> np.ndarray:
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(int)  # type: ignore[attr-defined]


def colour(pixels: np.ndarray) -> int:
    return int(((pixels.max(axis=2) - pixels.min(axis=2)) > 60).sum())


def ink(pixels: np.ndarray) -> int:
    return int((pixels.min(axis=2) < 235).sum())


def draw(name: str, snap: PlanSnapshot, **options: object) -> tuple[Figure, ChartInfo, np.ndarray]:
    fig = new_figure(SIZE, dpi=DPI)
    info = draw_chart(name, fig, snap, None, PARTNERSHIP_CHARTS[name].options(**options))
    return fig, info, render(fig)


#: Lighter views of the two heaviest charts, so the module stays quick.
LIGHT: dict[str, dict[str, object]] = {"kpi-series": {"kind": "adoption"}}


@pytest.fixture(scope="module")
def drawn(sample: PlanSnapshot) -> dict[str, tuple[Figure, ChartInfo, np.ndarray]]:
    two_units = ItemFilter(business_unit_ids=frozenset(u.id for u in sample.business_units[:2]))
    options = dict(LIGHT, maturity={"filters": two_units})
    return {name: draw(name, sample, **options.get(name, {})) for name in PARTNERSHIP_CHARTS}


@pytest.mark.parametrize("name", list(PARTNERSHIP_CHARTS))
def test_each_partnership_chart_draws_the_sample(name: str, drawn: dict) -> None:  # type: ignore[type-arg]
    fig, info, pixels = drawn[name]
    assert colour(pixels) > 1000, f"{name} drew almost nothing in colour"
    assert info.chart == name and info.shown > 0 and info.regions()
    assert sum(len(ax.texts) for ax in fig.axes) < 200


@pytest.mark.parametrize("name", list(PARTNERSHIP_CHARTS))
def test_each_partnership_chart_says_so_for_an_empty_plan(name: str) -> None:
    empty = PlanSnapshot(info=PlanInfo("Empty", "", "USD", Quarter.parse("2027-Q1"), 4))
    _fig, info, pixels = draw(name, empty)
    assert ink(pixels) > 500 and colour(pixels) < 200
    assert info.regions() == [] and info.hit(0.5, 0.5) is None


def test_radar_points_hit_their_ratings(sample: PlanSnapshot, drawn: dict) -> None:  # type: ignore[type-arg]
    _fig, info, _ = drawn["maturity"]
    assert len(info.axes) == 2  # one radar per business unit (two chosen)
    stores = sample.assessments_by_unit[sample.business_units[0].id][-1]
    rating = sample.ratings_by_assessment[stores.id]["shared_prioritization"]
    angle = 2 * np.pi / 6  # the second spoke
    hit = info.hit(angle, rating.level, info.axes[0])
    assert hit is not None and hit.kind == "rating" and hit.id == rating.id
    assert hit.tooltip.startswith(
        "Stores · Shared prioritization of the portfolio\nLevel 2 (Service provider)"
    )
    assert "Target 3 (Occasional partner), 1 level to go" in hit.tooltip


def test_radar_and_trend_follow_the_business_unit_filter(sample: PlanSnapshot) -> None:
    mktg = next(u.id for u in sample.business_units if u.code == "MKTG")
    fig = new_figure(SIZE, dpi=DPI)
    info = draw_maturity_radar(
        fig,
        sample,
        None,
        MaturityRadarOptions(filters=ItemFilter(business_unit_ids=frozenset({mktg}))),
    )
    assert len(info.axes) == 1 and info.axes[0].get_title().startswith(
        "Marketing & Customer · 2.3 (+0.8)"
    )
    fig = new_figure(SIZE, dpi=DPI)
    options = MaturityTrendOptions(
        by="dimension", filters=ItemFilter(business_unit_ids=frozenset({mktg}))
    )
    info = draw_maturity_trend(fig, sample, None, options)
    assert (
        info.title == "Partnership maturity of Marketing & Customer by dimension"
        and len(info.axes) == 6
    )
    first = sample.assessments_by_unit[mktg][0]
    hit = info.hit(float(date2num(first.assessed_on)), 1, info.axes[0])
    assert (
        hit is not None
        and hit.kind == "rating"
        and "Involvement in strategic planning" in hit.tooltip
    )


def test_trend_points_hit_assessments(sample: PlanSnapshot, drawn: dict) -> None:  # type: ignore[type-arg]
    _fig, info, _ = drawn["maturity-trend"]
    ecom = next(u.id for u in sample.business_units if u.code == "ECOM")
    latest = sample.assessments_by_unit[ecom][-1]
    hit = info.hit(float(date2num(latest.assessed_on)), 20 / 6)
    assert hit is not None and hit.kind == "assessment" and hit.id == latest.id
    assert hit.tooltip.startswith("E-commerce, 2027-06-30: average 3.33 (Occasional partner)")


def test_gap_rows_name_practices_and_hit_ratings(drawn: dict) -> None:  # type: ignore[type-arg]
    _fig, info, _ = drawn["maturity-gaps"]
    ax = info.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Supply Chain & Logistics · Business terms"  # the largest gap on top
    top = len(labels) - 1
    hit = info.hit(3.0, top)
    assert hit is not None and hit.kind == "rating"
    assert "Practices: Value statements in business terms" in hit.tooltip
    assert any("Value statements in business terms" in t.get_text() for t in ax.texts)


def test_kpi_panels_put_the_adoption_call_out_first(sample: PlanSnapshot, drawn: dict) -> None:  # type: ignore[type-arg]
    _fig, info, _pixels = drawn["kpi-series"]
    assert info.axes[0].get_title(loc="left").startswith("Online orders paid with a")
    assert len(info.axes) == 3 and info.notes == []  # the three adoption KPIs
    paged = draw_kpi_series(new_figure(SIZE, dpi=DPI), sample, None, KpiSeriesOptions(offset=9))
    assert paged.notes == ["Showing KPIs 10–15 of 15 (the next ones on the next page)."]
    wallet = next(k for k in sample.kpis if k.code == "K-WALLET-ADOPT")
    last = sample.actuals_by_kpi[wallet.id][-1]
    hit = info.hit(float(date2num(last.measured_on)), last.value, info.axes[0])
    assert hit is not None and (hit.kind, hit.id) == ("kpi_actual", last.id)
    fig = new_figure(SIZE, dpi=DPI)
    services = draw_kpi_series(fig, sample, None, KpiSeriesOptions(kind="it_service"))
    titles = [ax.get_title(loc="left") for ax in services.axes]
    assert (
        titles[0].startswith("New environments built on the")
        and titles[1] == "Online store availability (%)"
    )
    assert len(titles) == 2  # only the IT service metrics
    with pytest.raises(ValueError, match="kind must be one of"):
        draw_kpi_series(new_figure(SIZE, dpi=DPI), sample, None, KpiSeriesOptions(kind="vanity"))


def test_process_investment_bars_and_the_unmapped_spend(sample: PlanSnapshot, drawn: dict) -> None:  # type: ignore[type-arg]
    _fig, info, _ = drawn["process-investment"]
    ax = info.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Sell\n(no application: Sell media to brands)"
    assert labels[-1] == "Not mapped to a process"
    hit = info.hit(1.0, -(len(labels) - 1))
    assert (
        hit is not None
        and hit.id is None
        and hit.tooltip.startswith("Not mapped to a process: USD 5.8 m")
    )
    assert "CLOUD-LZ" in hit.tooltip
    fig = new_figure(SIZE, dpi=DPI)
    detail = draw_chart(
        "process-investment", fig, sample, None, ProcessInvestmentOptions(level="detail")
    )
    texts = [t.get_text() for t in detail.axes[0].get_yticklabels()]
    assert "Price and promote (no application)" in texts and "Sell: USD 31.8 m" in texts
    with pytest.raises(ValueError, match="level must be one of top, detail"):
        draw_chart("process-investment", new_figure(SIZE, dpi=DPI), sample, None, level="all")


def test_radars_on_a_portrait_page_stay_inside_the_figure_and_readable(
    sample: PlanSnapshot,
) -> None:
    """Five units on a portrait A4 frame: the legend caption is wrapped, not cut off at the
    edge, and each radar circle gets most of an inch at full type size (it got 0.63 in)."""
    fig = new_figure((492 / 72, 550 / 72))
    info = draw_maturity_radar(fig, sample, None, MaturityRadarOptions())
    fig.canvas.draw()
    page = fig.bbox
    legend = fig.legends[0].get_window_extent()
    assert page.x0 - 1 <= legend.x0 and legend.x1 <= page.x1 + 1
    assert len(info.axes) == len(sample.business_units)
    for ax in info.axes:
        assert ax.get_window_extent().width / fig.dpi > 0.8


@pytest.mark.parametrize("size", [SIZE, (5.0, 3.9)])
def test_process_names_stay_inside_their_segments(sample: PlanSnapshot, size: tuple) -> None:  # type: ignore[type-arg]
    """A sub-process name is printed only where it fits its bar segment (the 1280x720
    window showed 'Sell in sto' running over its neighbour), and a short chart drops the
    second label line instead of piling rows onto each other."""
    fig = new_figure(size, dpi=DPI)
    info = draw_chart("process-investment", fig, sample, None)
    fig.canvas.draw()
    ax = info.axes[0]
    paths = ax.collections[0].get_paths()
    bars = [ax.transData.transform([p.vertices.min(0), p.vertices.max(0)]) for p in paths]
    inside = [t for t in ax.texts if t.get_ha() == "center"]
    assert inside, "some sub-process names fit at this size"
    process_names = {p.name for p in sample.processes}
    key_text = " ".join(
        " ".join(t.get_text().split()) for legend in fig.legends for t in legend.get_texts()
    )
    for text in inside:
        box = text.get_window_extent()
        x, y = box.x0 + box.width / 2, box.y0 + box.height / 2
        seg = next(b for b in bars if b[0][0] <= x <= b[1][0] and b[0][1] <= y <= b[1][1])
        assert seg[0][0] - 0.5 <= box.x0 and box.x1 <= seg[1][0] + 0.5, text.get_text()
        shown = text.get_text()
        assert "…" not in shown  # a name is whole, never cut
        if shown.isdigit():  # too narrow for its name: numbered, and the name is in the key
            assert f"{shown} " in key_text
        else:
            assert " ".join(shown.split()) in process_names
    first = ax.get_yticklabels()[0].get_text()
    assert first == ("Sell\n(no application: Sell media to brands)" if size == SIZE else "Sell")
