"""Issue 17 item 9: a long roadmap's later pages are drawn by a second process while the
pack is laid out (``roadmap_worker``). The pages must read exactly as when drawn here; a
second process that fails costs nothing but time; none is left running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from stratplanner.export.pdf import PdfOptions, export_pdf, roadmap_worker
from stratplanner.export.pdf.sections import timeline
from test_pdf_helpers import plan_from_dict, sample_dict


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    data = sample_dict()
    # a few more items, so the roadmap runs to several pages
    items = data["items"]
    for n, item in enumerate(list(items) * 3):
        copy = dict(item, code=f"{item['code']}-X{n}", title=f"{item['title']} (copy {n})")
        items.append(copy)
    return plan_from_dict(data, tmp_path_factory.mktemp("worker"), "plan")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def _export(plan: Any, target: Path) -> list[str]:
    export_pdf(plan, target, PdfOptions(preset="team", sections=["timeline"]))
    return _pages(target)


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_pages_drawn_by_a_second_process_read_the_same(
    plan: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """A forked copy (the command line) or a fresh interpreter (the desktop app)."""
    here = _export(plan, tmp_path / "here.pdf")
    can_fork = roadmap_worker._can_fork()
    if start == "spawn" or not can_fork:
        monkeypatch.setattr(roadmap_worker, "_can_fork", lambda: False)
    assert len(here) > 3
    started: list[roadmap_worker.PageDrawer] = []
    drawer = roadmap_worker.PageDrawer

    forked: list[bool] = []

    def watched(job: roadmap_worker.Job, **kwargs: Any) -> roadmap_worker.PageDrawer:
        started.append(drawer(job, **kwargs))
        forked.append(started[-1]._child != 0)
        return started[-1]

    drawn_here: list[int] = []
    chart_flowable = timeline.charts.chart_flowable

    def counted(*args: Any, **kwargs: Any) -> Any:
        drawn_here.append(1)
        return chart_flowable(*args, **kwargs)

    monkeypatch.setattr(timeline, "WORKER_PAGES", 1)
    monkeypatch.setattr(roadmap_worker, "PageDrawer", watched)
    monkeypatch.setattr(timeline.charts, "chart_flowable", counted)
    elsewhere = _export(plan, tmp_path / "elsewhere.pdf")
    assert len(started) == 1 and started[0].count == len(here) - 1
    assert forked == [start == "fork" and can_fork]
    assert len(drawn_here) == 1  # only the first page here: every later one came from there
    assert elsewhere == here
    # closed with the export: nothing left running
    assert started[0]._process is None and started[0]._child == 0


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_a_second_process_that_fails_leaves_the_pages_to_this_one(
    plan: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    here = _export(plan, tmp_path / "here.pdf")
    real_popen = subprocess.Popen

    def broken(args: list[str], **kwargs: Any) -> Any:
        # a second process that dies at once, before sending a single page
        return real_popen([sys.executable, "-c", "raise SystemExit(3)"], **kwargs)

    def failing(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the copy fails before drawing a page")

    monkeypatch.setattr(timeline, "WORKER_PAGES", 1)
    if start == "spawn" or not roadmap_worker._can_fork():
        monkeypatch.setattr(roadmap_worker, "_can_fork", lambda: False)
        monkeypatch.setattr(roadmap_worker.subprocess, "Popen", broken)
    else:
        monkeypatch.setattr(roadmap_worker, "draw_pages", failing)
    assert _export(plan, tmp_path / "fallback.pdf") == here


def test_not_used_where_it_would_draw_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen application, or another language than the built-in English: drawn here."""
    from stratplanner import i18n

    assert roadmap_worker.usable()
    monkeypatch.setattr(i18n, "current_backend", object)  # another backend: the Qt one, German
    assert not roadmap_worker.usable()
    monkeypatch.undo()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not roadmap_worker.usable()
