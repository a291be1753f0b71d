"""Every chart draws something real for tiny, empty and large plans, and answers hover and click."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text

from stratplanner.analysis import ItemFilter, PlanAnalysis, analyze
from stratplanner.charts import (
    A4_LANDSCAPE,
    CHARTS,
    BubbleOptions,
    CapacityOptions,
    ChartInfo,
    CoverageOptions,
    HeatmapOptions,
    InvestmentOptions,
    RoadmapOptions,
    charts_needing,
    draw_alignment_heatmap,
    draw_capacity,
    draw_chart,
    draw_investment_mix,
    draw_objective_coverage,
    draw_roadmap,
    draw_value_cost,
    new_figure,
    save_figure,
)
from stratplanner.charts.hits import GridLayer, PointLayer, RectLayer
from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.model.values import Quarter
from stratplanner.snapshot import (
    DemandRec,
    DependencyRec,
    ItemRec,
    LinkRec,
    MilestoneRec,
    ObjectiveRec,
    PersonRec,
    PlanInfo,
    PlanSnapshot,
    TeamRec,
    load_snapshot,
)
from stratplanner.store import open_plan

Q = Quarter.parse
SMALL_FIGURE = (8.0, 5.5)
DPI = 50
#: The registry's charts of the plan's items (the partnership ones: test_partnership_charts.py).
ITEM_CHARTS = charts_needing("items")
TODAY = date(2027, 5, 15)


def _item(  # noqa: PLR0917 - rows of test data, read as a table below
    id: int,
    category: str,
    start: str | None,
    end: str | None,
    cost: float,
    value: float,
    status: str = "approved",
) -> ItemRec:
    return ItemRec(
        id, f"I{id}", f"Item number {id}", "", category, status,
        Q(start) if start else None, Q(end) if end else None,
        cost * 0.7, cost * 0.3, value, "Worth it.", None, 1, None, None, "low",
    )  # fmt: skip


@pytest.fixture(scope="module")
def tiny() -> PlanSnapshot:
    """Four items in two themes, a milestone, a violated dependency, an overbooked team."""
    objectives = (
        ObjectiveRec(1, "T1", "Grow online", "", None, None, None, 4, None),
        ObjectiveRec(2, "O1", "Online share to 30%", "", 1, None, None, 5, None),
        ObjectiveRec(3, "O2", "Cut stock-outs", "", None, None, None, 3, None),
        ObjectiveRec(4, "O3", "Cut energy use", "", None, None, None, 2, None),
    )
    items = (
        _item(1, "grow", "2027-Q1", "2027-Q3", 4e6, 6e6),
        _item(2, "run", "2027-Q2", "2027-Q2", 1e6, 0.5e6),
        _item(3, "transform", "2027-Q3", "2028-Q2", 8e6, 2e6),
        _item(4, "run", None, None, 0.5e6, 0.1e6),
        _item(5, "grow", "2027-Q1", "2027-Q4", 9e6, 9e6, status="cancelled"),
    )
    return PlanSnapshot(
        info=PlanInfo("Tiny plan", "Tiny Co", "EUR", Q("2027-Q1"), 8),
        people=(PersonRec(1, "P1", "Pat", "", "business", None, True),),
        objectives=objectives,
        teams=(TeamRec(1, "PLAT", "Platform", 3.0), TeamRec(2, "DATA", "Data", 5.0)),
        items=items,
        links=(
            LinkRec(1, 2, 1, 3, ""),
            LinkRec(2, 3, 2, 2, ""),
            LinkRec(3, 2, 3, 1, ""),
            LinkRec(4, 4, 5, 3, ""),
        ),
        demands=(DemandRec(1, 1, 1, 2.0), DemandRec(2, 3, 1, 2.0), DemandRec(3, 2, 2, 1.0)),
        dependencies=(DependencyRec(1, 1, 3),),
        milestones=(MilestoneRec(1, 1, "Pilot live", Q("2027-Q2")),),
    )


@pytest.fixture(scope="module")
def empty() -> PlanSnapshot:
    return PlanSnapshot(info=PlanInfo("Empty plan", "", "USD", Q("2027-Q1"), 4))


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> PlanSnapshot:
    """2,000 items through the real file and snapshot loader."""
    path = tmp_path_factory.mktemp("large") / "large.stratplan"
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(items=2000, quarters=20)), path)
    doc = open_plan(path, read_only=True)
    try:
        return load_snapshot(doc.session)
    finally:
        doc.close()


def render(fig: Figure) -> np.ndarray:
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(int)  # type: ignore[attr-defined]


def ink(pixels: np.ndarray) -> int:
    """Pixels that are not the white background."""
    return int((pixels.min(axis=2) < 235).sum())


def colour(pixels: np.ndarray) -> int:
    """Saturated pixels: bars, cells and bubbles in the palette (text is grey or black)."""
    return int(((pixels.max(axis=2) - pixels.min(axis=2)) > 60).sum())


def draw(
    name: str,
    snap: PlanSnapshot,
    analysis: PlanAnalysis | None = None,
    *,
    pixels: bool = False,
    **options: object,
) -> tuple[Figure, ChartInfo, np.ndarray]:
    """Draw a chart; render it to pixels only when the test looks at them (rendering is slow)."""
    fig = new_figure(SMALL_FIGURE, dpi=DPI)
    kind = CHARTS[name]
    if "today" in kind.options.__dataclass_fields__:
        options.setdefault("today", TODAY)
    info = kind.draw(
        fig, snap, analysis if analysis is not None else analyze(snap), kind.options(**options)
    )
    return fig, info, render(fig) if pixels else np.zeros((1, 1, 3), dtype=int)


Drawn = dict[str, tuple[Figure, ChartInfo, np.ndarray]]


@pytest.fixture(scope="module")
def tiny_charts(tiny: PlanSnapshot) -> Drawn:
    """Every chart of the tiny plan with default options, drawn once for the tests reading them."""
    analysis = analyze(tiny)
    return {name: draw(name, tiny, analysis, pixels=True) for name in ITEM_CHARTS}


# -- non-empty for tiny, empty and large plans -----------------------------------------


@pytest.mark.parametrize("name", list(ITEM_CHARTS))
def test_each_chart_draws_data_for_a_tiny_plan(name: str, tiny_charts: Drawn) -> None:
    _fig, info, pixels = tiny_charts[name]
    assert colour(pixels) > 300, f"{name} drew almost nothing in colour"
    assert info.chart == name and info.axes
    assert info.regions(), f"{name} has nothing to hover"


@pytest.mark.parametrize("name", list(ITEM_CHARTS))
def test_each_chart_says_so_for_an_empty_plan(name: str, empty: PlanSnapshot) -> None:
    _fig, info, pixels = draw(name, empty, pixels=True)
    assert ink(pixels) > 500  # the title and a sentence saying why there is nothing to show
    assert colour(pixels) < 200
    assert info.hit(0.5, 0.5) is None


@pytest.fixture(scope="module")
def large_analysis(large: PlanSnapshot) -> PlanAnalysis:
    return analyze(large)


@pytest.fixture(scope="module")
def large_charts(large: PlanSnapshot, large_analysis: PlanAnalysis) -> Drawn:
    return {name: draw(name, large, large_analysis, pixels=True) for name in ITEM_CHARTS}


@pytest.mark.parametrize("name", list(ITEM_CHARTS))
def test_each_chart_draws_a_large_plan_as_collections(name: str, large_charts: Drawn) -> None:
    fig, info, pixels = large_charts[name]
    assert colour(pixels) > 2000
    assert info.layers
    patches = sum(len(ax.patches) for ax in fig.axes)
    texts = sum(len(ax.texts) for ax in fig.axes)
    assert patches < 400, f"{name}: {patches} patches (draw big sets as collections)"
    assert texts < 400, f"{name}: {texts} texts (label only what is legible)"


def test_a4_size_option_sizes_the_figure(tiny: PlanSnapshot) -> None:
    fig = Figure()
    draw_roadmap(fig, tiny, None, RoadmapOptions(size=A4_LANDSCAPE, today=TODAY))
    assert tuple(fig.get_size_inches()) == pytest.approx(A4_LANDSCAPE)


def test_charts_draw_on_a_plain_figure_without_pyplot(tiny: PlanSnapshot, tmp_path: Path) -> None:
    fig = Figure(figsize=(7, 4.5))  # no canvas attached, as the PDF export makes them
    draw_chart("bubbles", fig, tiny)
    save_figure(fig, tmp_path / "bubbles.svg")
    assert (tmp_path / "bubbles.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


# -- hover and click ---------------------------------------------------------------------


def test_roadmap_bars_hit_their_items(tiny: PlanSnapshot, tiny_charts: Drawn) -> None:
    _fig, info, _ = tiny_charts["roadmap"]
    bars = next(
        layer
        for layer in info.layers
        if isinstance(layer, RectLayer) and layer.regions()[0].kind == "item"
    )
    for region in bars.regions():
        x0, y0, x1, y1 = region.bbox
        found = info.hit((x0 + x1) / 2, (y0 + y1) / 2)
        assert found is not None and found.kind == "item" and found.id == region.id
        assert tiny.item_by_id[found.id].title in found.tooltip  # type: ignore[index]
    assert {r.id for r in bars.regions()} == {
        1,
        2,
        3,
    }  # unscheduled and cancelled items are not bars
    assert info.hit(-5, -5) is None


def test_roadmap_milestones_and_lanes(tiny_charts: Drawn) -> None:
    _fig, info, _ = tiny_charts["roadmap"]
    milestones = [layer for layer in info.layers if isinstance(layer, PointLayer)]
    assert milestones and milestones[0].regions()[0].kind == "milestone"
    lanes = [key for key, _label, _count, _collapsed in info.extra["lanes"]]
    assert lanes == ["T1", "O2"]  # theme order of the plan
    assert any("1 unscheduled item" in note for note in info.notes)


def test_roadmap_lanes_by_team_business_unit_and_category(tiny: PlanSnapshot) -> None:
    for lane_by, expected in (
        ("team", ["PLAT", "DATA"]),
        ("category", ["run", "grow", "transform"]),
        ("business_unit", ["(none)"]),
    ):
        _fig, info, _ = draw("roadmap", tiny, lane_by=lane_by)
        assert [k for k, *_ in info.extra["lanes"]] == expected


def test_roadmap_collapses_lanes_or_pages_when_the_rows_do_not_fit(
    large: PlanSnapshot, large_analysis: PlanAnalysis, large_charts: Drawn
) -> None:
    analysis = large_analysis
    _fig, info, _ = large_charts["roadmap"]
    assert info.pages == 1
    collapsed_lanes = [key for key, *_, collapsed in info.extra["lanes"] if collapsed]
    assert len(collapsed_lanes) >= len(info.extra["lanes"]) - 1
    lane_hit = [layer for layer in info.layers if isinstance(layer, RectLayer)][-1].regions()[0]
    assert lane_hit.kind == "lane" and "items running" in lane_hit.tooltip
    _fig, paged, _ = draw("roadmap", large, analysis, collapse="none", rows_per_page=40, page=1)
    assert paged.pages > 2 and paged.page == 1
    assert 0 < paged.shown < 400
    first_lane = collapsed_lanes[0]
    _fig, opened, _ = draw("roadmap", large, analysis, expanded_lanes=frozenset({first_lane}))
    state = {key: collapsed for key, *_, collapsed in opened.extra["lanes"]}
    assert not state[first_lane] and state[collapsed_lanes[1]]


def test_roadmap_filters_and_status_colours(tiny: PlanSnapshot) -> None:
    _fig, info, _ = draw(
        "roadmap", tiny, filters=ItemFilter(categories=frozenset({"run"})), colour_by="status"
    )
    items = {r.id for r in info.regions() if r.kind == "item"}
    assert items == {2}


def test_heatmap_cells_hit_items_and_rows_hit_objectives(tiny_charts: Drawn) -> None:
    fig, info, _ = tiny_charts["heatmap"]
    grid = info.layers[0]
    assert isinstance(grid, GridLayer)
    cells = grid.regions()
    assert {c.kind for c in cells} == {"item"}
    strong = [c for c in cells if "strong link" in c.tooltip]
    assert strong and strong[0].id == 1
    ax_rows = info.axes[1]
    row = info.hit(0.5, 0.5, ax_rows)
    assert row is not None and row.kind == "objective"
    unsupported = [r for r in info.layers[1].regions() if "UNSUPPORTED" in r.tooltip]
    assert [r.id for r in unsupported] == [4]  # O3: its only link is from a cancelled item
    del fig


def test_heatmap_aggregates_large_plans(large: PlanSnapshot, large_analysis: PlanAnalysis) -> None:
    _fig, info, _ = draw("heatmap", large, large_analysis, max_columns=120, max_rows=10)
    cells = info.layers[0].regions()
    assert {c.kind for c in cells} == {"objective"}  # columns grouped, rows by theme
    themes = {o.id for o in large.objectives if o.parent_id is None}
    assert {c.id for c in cells} <= themes
    assert len({c.bbox[0] for c in cells}) <= len(large.business_units) + 1
    _fig, windowed, _ = draw(
        "heatmap", large, large_analysis, columns="items", rows="objectives", column_offset=100
    )
    assert any("Showing items 101–" in n for n in windowed.notes)


def test_bubbles_hit_items_at_their_cost_and_value(tiny_charts: Drawn) -> None:
    _fig, info, _ = tiny_charts["bubbles"]
    layer = info.layers[0]
    assert isinstance(layer, PointLayer)
    found = info.hit(8.0, 2.0)  # item 3: cost EUR 8 m, value EUR 2 m
    assert found is not None and (found.kind, found.id) == ("item", 3)
    assert info.hit(0.2, 7.5) is None


def test_bubbles_label_only_a_few_without_overlap(large_charts: Drawn) -> None:
    fig, _info, _ = large_charts["bubbles"]  # at most 12 labels by default
    ax = fig.axes[0]
    labels = [  # item labels are annotations (whole names, wrapped); captions are plain texts
        t
        for t in ax.texts
        if isinstance(t, Annotation) and t.get_text() and "No annual" not in t.get_text()
    ]
    assert 0 < len(labels) <= 12
    assert not any("…" in t.get_text() for t in labels)
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [Text.get_window_extent(t, renderer) for t in labels]  # the text, not its leader line
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            assert not a.overlaps(b)


def test_investment_segments_hit_their_category(tiny_charts: Drawn) -> None:
    _fig, info, _ = tiny_charts["investment"]
    segments = info.layers[0].regions()
    assert {s.kind for s in segments} == {"category"}
    assert {s.id for s in segments} == {"run", "grow", "transform"}
    x0, y0, x1, y1 = segments[0].bbox
    found = info.hit((x0 + x1) / 2, (y0 + y1) / 2)
    assert found is not None and found.id == segments[0].id and "EUR" in found.tooltip
    share = info.layers[1].regions()
    assert {s.id for s in share} == {"run", "grow", "transform"}


def test_investment_by_theme_shows_spend_without_an_objective(tiny: PlanSnapshot) -> None:
    _fig, info, _ = draw("investment", tiny, split_by="theme")
    ids = {s.id for s in info.layers[0].regions()}
    assert ids == {1, 3}  # the theme of O1 and the stand-alone O2; item 4 is unscheduled
    _fig, info, _ = draw("investment", tiny, split_by="business_unit")
    assert {s.id for s in info.layers[0].regions()} == {None}


def test_capacity_marks_overbooked_quarters(tiny: PlanSnapshot, tiny_charts: Drawn) -> None:
    _fig, info, pixels = tiny_charts["capacity"]
    warning = np.array([0xD5, 0x5E, 0x00])
    assert int((np.abs(pixels - warning).sum(axis=2) < 40).sum()) > 50
    tips = [r.tooltip for r in info.regions() if r.kind == "team" and "Overbooked" in r.tooltip]
    assert tips and all("Platform" in t for t in tips)
    _fig, grid, _ = draw("capacity", tiny, view="grid")
    assert any("Overbooked" in r.tooltip for r in grid.regions())


def test_coverage_ranks_objectives_and_calls_out_the_unsupported(
    tiny: PlanSnapshot, tiny_charts: Drawn
) -> None:
    _fig, info, _ = tiny_charts["coverage"]
    rows = info.layers[0].regions()
    assert [r.id for r in rows] == [2, 3, 4]  # support 4, 2, 0
    assert "Unsupported" in rows[-1].tooltip
    _fig, themes, _ = draw("coverage", tiny, level="themes")
    assert [r.id for r in themes.layers[0].regions()] == [1, 3, 4]


def test_chart_info_hit_event_uses_the_axes_under_the_mouse(tiny_charts: Drawn) -> None:
    fig, info, _ = tiny_charts["investment"]
    region = info.layers[0].regions()[0]

    class Event:
        inaxes = region.axes
        xdata = (region.bbox[0] + region.bbox[2]) / 2
        ydata = (region.bbox[1] + region.bbox[3]) / 2

    assert info.hit_event(Event()) is not None
    Event.inaxes = None
    assert info.hit_event(Event()) is None
    del fig


# -- options and files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draw_fn", "options"),
    [
        (draw_roadmap, RoadmapOptions(lane_by="colour")),
        (draw_alignment_heatmap, HeatmapOptions(group_by="colour")),
        (draw_value_cost, BubbleOptions(scale="cubic")),
        (draw_investment_mix, InvestmentOptions(split_by="colour")),
        (draw_capacity, CapacityOptions(view="pie")),
        (draw_objective_coverage, CoverageOptions(level="colour")),
    ],
)
def test_bad_options_are_refused_with_the_choices(draw_fn, options, tiny: PlanSnapshot) -> None:  # type: ignore[no-untyped-def]
    fig = new_figure(SMALL_FIGURE, dpi=DPI)
    if isinstance(options, HeatmapOptions):
        options = replace(options, columns="groups")
    with pytest.raises(ValueError, match="must be one of"):
        draw_fn(fig, tiny, None, options)


def test_save_figure_writes_each_format(tiny: PlanSnapshot, tmp_path: Path) -> None:
    fig = new_figure(SMALL_FIGURE, dpi=DPI)
    draw_chart("coverage", fig, tiny)
    heads = {".png": b"\x89PNG", ".pdf": b"%PDF", ".svg": b"<?xml"}
    for suffix, head in heads.items():
        path = save_figure(fig, tmp_path / f"chart{suffix}", dpi=60)
        assert path.read_bytes().startswith(head)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf", "chart.png", "chart.svg"]


def test_a_failing_save_leaves_the_old_file_and_no_temporary(
    tiny: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old chart")
    fig = new_figure(SMALL_FIGURE, dpi=DPI)
    draw_chart("coverage", fig, tiny)

    def broken(out, **_kwargs):  # type: ignore[no-untyped-def]
        out.write(b"half a chart")
        raise OSError("disk full")

    monkeypatch.setattr(fig, "savefig", broken)
    with pytest.raises(OSError, match="disk full"):
        save_figure(fig, target)
    assert target.read_bytes() == b"old chart"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_heatmap_rows_with_room_show_long_objectives_on_two_lines(tiny: PlanSnapshot) -> None:
    """A board reads the objective, not its first 40 characters: tall rows wrap; short rows and
    a 2,000-character word are still cut with an ellipsis."""
    long_title = "Raise the online share of group sales to 30% by FY2029"
    objectives = tuple(
        replace(o, title=long_title) if o.id == 2 else
        replace(o, title="x" * 2000) if o.id == 3 else o
        for o in tiny.objectives
    )  # fmt: skip
    snap = replace(tiny, objectives=objectives)
    _fig, info, _ = draw("heatmap", snap)
    labels = [t.get_text() for t in info.axes[1].get_yticklabels()]
    wrapped = next(t for t in labels if "Raise" in t)
    assert "\n" in wrapped and wrapped.replace("\n", " ").endswith("to 30% by FY2029")
    cut = next(t for t in labels if "xxx" in t)
    assert all(len(line) < 60 for line in cut.split("\n")) and cut.endswith("…")
