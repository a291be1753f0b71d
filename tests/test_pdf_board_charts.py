"""Charts a board can read (issue 17, item 5): the heatmap names items, every colour is in a
legend, every bubble is numbered with a key, and the dashed lines are explained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Annotation

from stratplanner.analysis import analyze
from stratplanner.charts.bubbles import BubbleOptions, draw_value_cost
from stratplanner.charts.heatmap import HeatmapOptions, draw_alignment_heatmap
from stratplanner.charts.style import STRENGTH_COLOURS
from stratplanner.export.pdf import PdfOptions, export_pdf
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import page_texts, snapshot_of_file

TODAY = date(2027, 5, 14)


@pytest.fixture(scope="module")
def snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def test_heatmap_on_paper_names_items_whole_and_explains_every_colour(snap: PlanSnapshot) -> None:
    fig = Figure(figsize=(10.4, 6.6))
    info = draw_alignment_heatmap(fig, snap, analyze(snap), HeatmapOptions(column_labels="name"))
    columns = [t.get_text().replace("\n", " ") for t in info.axes[0].get_xticklabels()]
    titles = {i.title for i in snap.items}
    assert columns and set(columns) <= titles  # whole names, wrapped, never codes or cut
    assert not any("…" in c for c in columns)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "No link" in legend
    assert any(text.startswith("Support:") for text in legend)
    faces = {
        tuple(round(v, 3) for v in p.get_facecolor()[:3]) for p in fig.legends[0].legend_handles
    }
    from matplotlib.colors import to_rgb

    assert tuple(round(v, 3) for v in to_rgb(STRENGTH_COLOURS[0])) in faces
    # The screen keeps codes (it has tooltips).
    screen = Figure(figsize=(10.4, 6.6))
    info = draw_alignment_heatmap(screen, snap, analyze(snap), HeatmapOptions())
    codes = {i.code for i in snap.items}
    assert {t.get_text() for t in info.axes[0].get_xticklabels()} <= codes


def test_bubbles_key_numbers_every_item_and_captions_the_lines(snap: PlanSnapshot) -> None:
    fig = Figure(figsize=(8, 7))
    info = draw_value_cost(fig, snap, analyze(snap), BubbleOptions(label_mode="key"))
    key = info.extra["key"]
    live = info.total
    assert [n for n, _ in key] == list(range(1, live + 1))  # every bubble numbered
    numbers = sorted(
        int(t.get_text())
        for t in fig.axes[0].texts
        if isinstance(t, Annotation) and t.get_text().isdigit()
    )
    assert numbers == list(range(1, live + 1))
    caption = info.extra["reference_lines"]
    assert "dashed lines" in caption and "median" in caption


def test_board_pack_prints_the_key_and_the_caption_under_the_bubbles(
    snap: PlanSnapshot, tmp_path: Path
) -> None:
    out = export_pdf(
        snap, tmp_path / "b.pdf", PdfOptions(preset="board", sections=["investment"]), today=TODAY
    )
    text = " ".join(" ".join(p.split()) for p in page_texts(out))
    assert "The dashed lines are the median item" in text
    for item in snap.items:
        if item.status != "cancelled":
            assert " ".join(item.title.split()) in text


def test_a_large_board_pack_rolls_the_timeline_up_by_theme(tmp_path: Path) -> None:
    """2,000 items: the board timeline is a table by theme, items counted per year, the
    top-ranked named and the rest counted (no unlabelled mini-histograms)."""
    from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
    from stratplanner.io.synthetic import synthetic_plan_dict

    path = tmp_path / "large.stratplan"
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(items=2000, seed=7)), path)
    big = snapshot_of_file(path)
    out = export_pdf(
        big, tmp_path / "b.pdf", PdfOptions(preset="board", sections=["timeline"]), today=TODAY
    )
    text = " ".join(page_texts(out))
    assert "Roadmap timeline: the work by theme" in text
    assert "too many to draw one by one" in text
    assert "more" in text and "Top-ranked items, named" in text
