"""Issue 17 item 9: a big pack's item cards and roadmap pages are made as layout reaches them.

A 20,000-item team pack held every card's and every roadmap page's flowables before the
first page was laid out (nearly 1 GB). ``document.Deferred`` makes them a chunk at a time;
the PDF must be the same: every card bookmarked, every roadmap page there, progress
monotonic and still moving while the appendix is laid out, cancelling still possible.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stratplanner.export.pdf import ExportCancelled, PdfOptions, export_pdf
from stratplanner.export.pdf.sections import appendix, timeline
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import outline_titles, snapshot_of_file, text_of


@pytest.fixture(scope="module")
def snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def test_cards_are_made_during_layout_and_all_land_in_the_pdf(
    snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appendix, "CARDS_AT_A_TIME", 7)
    made: list[str] = []
    card = appendix._card

    def counting_card(ctx, item):  # type: ignore[no-untyped-def]
        made.append(item.code)
        return card(ctx, item)

    monkeypatch.setattr(appendix, "_card", counting_card)
    built = appendix.build

    def build(ctx):  # type: ignore[no-untyped-def]
        flows = built(ctx)
        assert made == []  # nothing made before layout
        return flows

    monkeypatch.setattr(appendix, "build", build)
    calls: list[int] = []
    out = export_pdf(
        snap,
        tmp_path / "cards.pdf",
        PdfOptions(sections=["appendix"]),
        progress=lambda done, _total: calls.append(done),
    )
    assert made == [i.code for i in snap.items]
    cards = [t for level, t in outline_titles(out) if level == 1]
    assert len(cards) == len(snap.items)
    assert calls == sorted(calls) and calls[-1] == 1000
    # progress moves while the cards are laid out (a step per chunk of seven), not in one jump
    assert len(set(calls)) >= len(snap.items) // 7


def test_cancelling_while_cards_are_laid_out(
    snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appendix, "CARDS_AT_A_TIME", 5)
    seen = {"progress": 0}

    def cancelled() -> bool:
        return seen["progress"] > 700

    def progress(done: int, _total: int) -> None:
        seen["progress"] = done

    target = tmp_path / "cards.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(
            snap,
            target,
            PdfOptions(sections=["appendix"]),
            progress=progress,
            cancelled=cancelled,
        )
    assert not target.exists()


def test_every_roadmap_page_is_drawn(
    snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages after the first of each window are drawn when layout reaches them."""
    monkeypatch.setattr(timeline, "ROW_PT", 40.0)  # few rows a page: several pages
    out = export_pdf(
        snap, tmp_path / "roadmap.pdf", PdfOptions(preset="team", sections=["timeline"])
    )
    text = text_of(out)
    pages = text.count("Roadmap timeline")
    assert pages >= 3
    for n in range(1, pages + 1):
        assert f"page {n} of {pages}" in text
    words = set(text.split())
    for item in snap.items:
        if item.start is not None and item.status != "cancelled":  # each one's name is drawn
            assert set(item.title.split()) <= words, item.title
