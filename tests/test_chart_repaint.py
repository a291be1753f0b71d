"""A chart drawn again after an edit and rendered through ``charts.repaint.FrameCache`` has the
same pixels as a full render of the same figure, whether its frame was kept or not."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from stratplanner.analysis import ItemFilter
from stratplanner.app.edit_session import EditSession
from stratplanner.charts import roadmap
from stratplanner.charts.hits import ChartInfo
from stratplanner.charts.registry import chart_kind, charts_needing
from stratplanner.charts.repaint import FrameCache, drawn_over
from stratplanner.commands import Command, SetLink, UpdateRecord
from stratplanner.commands.partnership import UpdateItem
from stratplanner.io.plan_json import import_plan_json
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.snapshot import PlanSnapshot
from stratplanner.store import open_plan


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough items that the roadmap collapses its lanes into per-quarter tallies."""
    folder = tmp_path_factory.mktemp("repaint")
    source = folder / "plan.json"
    source.write_text(json.dumps(synthetic_plan_dict(400, seed=5, quarters=12)), encoding="utf-8")
    target = folder / "plan.stratplan"
    import_plan_json(source, target)
    return target


@pytest.fixture(params=["sample", "synthetic"])
def session(
    request: pytest.FixtureRequest, sample_plan: Path, synthetic: Path, tmp_path: Path
) -> Iterator[EditSession]:
    source = sample_plan if request.param == "sample" else synthetic
    target = tmp_path / "plan.stratplan"
    shutil.copyfile(source, target)
    opened = EditSession(open_plan(target), versioned=True)
    yield opened
    opened.close()


class Screen:
    """A chart on a canvas, rendered through a FrameCache as the Charts view does."""

    def __init__(self, name: str, session: EditSession):
        self.kind = chart_kind(name)
        self.options = replace(self.kind.options(), filters=ItemFilter())
        self.session = session
        self.figure = Figure(figsize=(10, 6.5), dpi=100)
        self.canvas = FigureCanvasAgg(self.figure)
        self.frames = FrameCache()
        self.info: ChartInfo | None = None

    def show(self) -> np.ndarray:
        snap = self.session.snapshot
        self.info = self.kind.draw(self.figure, snap, self.session.analysis(), self.options)
        self.frames.render(self.canvas)
        return np.asarray(self.canvas.buffer_rgba()).copy()

    def full(self) -> np.ndarray:
        """The same figure rendered in full."""
        FigureCanvasAgg.draw(self.canvas)
        return np.asarray(self.canvas.buffer_rgba()).copy()


def _item(snap: PlanSnapshot) -> int:
    return snap.items[len(snap.items) // 2].id


def _edits(snap: PlanSnapshot) -> list[tuple[Command, bool]]:
    """Edits and whether the roadmap's frame (texts, lanes, legend) stays as it was."""
    item = snap.item_by_id[_item(snap)]
    other = next(p.id for p in snap.people if p.id != item.sponsor_id)
    unlinked = next(
        o.id
        for o in snap.objectives
        if not snap.is_theme(o.id)
        and o.id not in {ln.objective_id for ln in snap.links_by_item.get(item.id, ())}
    )
    return [
        (UpdateItem(item.id, {"capex": item.capex + 250_000.0}), True),
        (UpdateItem(item.id, {"sponsor_id": other}), True),
        (SetLink(unlinked, item.id, 1), False),  # may move it to another lane: either way
        (UpdateItem(item.id, {"status": "cancelled"}), False),  # one item fewer: new counts
        (UpdateRecord("item", item.id, {"status": "approved"}), False),
    ]


def test_roadmap_after_edits_equals_a_full_render(session: EditSession) -> None:
    screen = Screen("roadmap", session)
    screen.show()
    kept = 0
    for command, same_frame in _edits(session.snapshot):
        session.execute(command)
        shown = screen.show()
        if same_frame:
            assert screen.frames.last == "frame", f"{command.label}: rendered in full"
        kept += screen.frames.last in ("frame", "text")
        assert np.array_equal(shown, screen.full()), f"{command.label}: pixels differ"
    assert kept >= 4


def test_a_changed_count_redraws_only_its_texts(session: EditSession) -> None:
    """Cancelling an item changes its lane's count and the subtitle's total: those texts are
    drawn again on the kept frame, and the pixels are a full render's."""
    screen = Screen("roadmap", session)
    before = screen.show()
    session.execute(UpdateItem(_item(session.snapshot), {"status": "cancelled"}))
    shown = screen.show()
    assert screen.frames.last == "text"
    assert not np.array_equal(shown, before)
    assert np.array_equal(shown, screen.full())


def test_a_changed_text_is_never_shown_stale(session: EditSession) -> None:
    """The frame is compared, not trusted: a title changed behind the cache's back renders."""
    screen = Screen("roadmap", session)
    before = screen.show()
    title = screen.figure.texts[0]
    title.set_text(title.get_text() + " (draft)")
    screen.frames.render(screen.canvas)  # the figure as it is now, not drawn again
    assert screen.frames.last in ("text", "full")
    after = np.asarray(screen.canvas.buffer_rgba()).copy()
    assert not np.array_equal(before, after)
    assert np.array_equal(after, screen.full())


def test_a_resized_canvas_renders_in_full(session: EditSession) -> None:
    screen = Screen("roadmap", session)
    screen.show()
    screen.show()
    assert screen.frames.last == "frame"
    screen.figure.set_size_inches(8, 6)
    shown = screen.show()
    assert screen.frames.last == "full"
    assert np.array_equal(shown, screen.full())


@pytest.mark.parametrize("name", [n for n in charts_needing("items") if n != "roadmap"])
def test_charts_laid_out_at_render_time_render_in_full(name: str, session: EditSession) -> None:
    """Constrained layout places the axes when rendered: no frame is kept for those."""
    screen = Screen(name, session)
    screen.show()
    session.execute(UpdateItem(_item(session.snapshot), {"capex": 1.0}))
    screen.show()
    assert screen.frames.last == "full"
    assert drawn_over(screen.figure, screen.canvas.get_renderer()) is None


def test_the_roadmap_remembered_across_edits_equals_one_drawn_afresh(session: EditSession) -> None:
    """What the roadmap remembers between draws (each item's lane, each lane's rows and
    tallies) never shows a stale plan: after each edit it draws what a fresh draw draws."""
    screen = Screen("roadmap", session)
    screen.show()
    for command, _same_frame in _edits(session.snapshot):
        session.execute(command)
        remembered = screen.show()
        assert screen.info is not None
        regions = [r[1:] for r in screen.info.regions()]  # boxes, records and tooltips
        for memo in (roadmap._lane_memo, roadmap._pack_memo, roadmap._tally_memo):
            memo.clear()
        roadmap._last_layout.clear()
        afresh = Screen("roadmap", session)
        assert np.array_equal(remembered, afresh.show()), command.label
        assert afresh.info is not None
        assert regions == [r[1:] for r in afresh.info.regions()]
