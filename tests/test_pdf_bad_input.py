"""The PDF never breaks on what planners typed, on an empty plan, or on a bad place to write."""

from __future__ import annotations

import copy
import logging
import os
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from stratplanner.export.pdf import (
    ExportCancelled,
    PdfExportError,
    PdfOptions,
    export_pdf,
)
from stratplanner.export.pdf import exporter as exporter_module
from stratplanner.export.pdf.fonts import MISSING_GLYPH
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import (
    fonts,
    outline_titles,
    page_count,
    pdfinfo,
    plan_from_dict,
    sample_dict,
    snapshot_of_file,
    text_of,
)

TODAY = date(2027, 5, 14)
MARKUP = [
    "<b>not bold</b>",
    "R&amp;D",
    "</para>",
    '<img src="/etc/passwd"/>',
    "$x^2$",
    "a < b & c > d",
]
HOSTILE = " ".join(MARKUP)
LONG_TITLE = ("Lorem ipsum dolor sit amet, consectetur adipiscing " * 60)[:2000].strip()
LONG_TEXT = ("Long & <tricky> text that keeps going without a break " * 200)[:10_000]
SCRIPTS = "Ελληνικά Кириллица Ünïcödé ✓"
MISSING = "漢字 😀"


@pytest.fixture(scope="module")
def hostile_snap(tmp_path_factory: pytest.TempPathFactory) -> PlanSnapshot:
    d = sample_dict()
    d["plan"]["title"] = f"Plan {MARKUP[0]} & {MARKUP[2]}"
    d["plan"]["organization"] = 'Acme <font color="red">&</font> Söhne'
    d["business_units"][0]["name"] = f"Stores {MARKUP[1]}"
    d["people"][3]["name"] = f"Zoë {MARKUP[3]}"
    d["objectives"][1]["title"] = f"Objective {HOSTILE}"
    d["objectives"][1]["description"] = f"{SCRIPTS} {MISSING} {HOSTILE}"
    d["items"][0]["title"] = f"Item {HOSTILE}"
    d["items"][1]["title"] = LONG_TITLE
    d["items"][2]["description"] = LONG_TEXT
    d["items"][3]["value_statement"] = f"{SCRIPTS} {MISSING} " + "x" * 400
    d["items"][4]["title"] = f"{MISSING} {SCRIPTS}"
    extra = copy.deepcopy(d["items"][5])
    extra.update(code="<i>&amp;", title="An item whose code is markup")
    d["items"].append(extra)
    d["kpis"][0]["name"] = f"KPI {HOSTILE}"
    d["kpis"][0]["unit"] = "<%>"
    d["milestones"][0]["title"] = f"Milestone {HOSTILE}"
    d["links"][0]["rationale"] = f"Because {HOSTILE}"
    d["teams"][0]["name"] = "Team <b>&</b>"
    return plan_from_dict(d, tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def hostile_pdf(hostile_snap: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("hostile-pdf") / "hostile.pdf"
    log = logging.getLogger("stratplanner.export")
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    log.addHandler(handler)
    try:
        export_pdf(hostile_snap, target, PdfOptions(preset="team"), today=TODAY)
    finally:
        log.removeHandler(handler)
    assert [r.getMessage() for r in records] == [], "no chart may fail on hostile text"
    return target


def test_markup_in_every_field_prints_verbatim(hostile_pdf: Path) -> None:
    text = text_of(hostile_pdf)
    for fragment in MARKUP:
        assert fragment in text, fragment
    for fragment in (
        f"Objective {HOSTILE}",
        f"Item {HOSTILE}",
        f"KPI {HOSTILE}",
        f"Milestone {HOSTILE}",
        f"Because {HOSTILE}",
        'Acme <font color="red">&</font> Söhne',
        f"Stores {MARKUP[1]}",
        "Team <b>&</b>",
        "<i>&amp;",
        "<%>",
    ):
        assert fragment in text, fragment
    assert pdfinfo(hostile_pdf)["Title"] == f"Plan {MARKUP[0]} & {MARKUP[2]}"


def test_long_title_and_long_description_are_all_there(hostile_pdf: Path) -> None:
    text = text_of(hostile_pdf)
    assert LONG_TITLE in text
    # Every chunk of the 10,000 characters made it, in order (running header and footer aside).
    header = f"Plan {MARKUP[0]} & {MARKUP[2]} " + 'Acme <font color="red">&</font> Söhne '
    text = re.sub(r" ?Confidential 14 May 2027 Page \d+ of \d+ ", " ", text).replace(header, "")
    squashed = " ".join(LONG_TEXT.split())
    start = text.index(squashed[:60])
    assert text[start : start + len(squashed)] == squashed


def test_scripts_render_and_missing_glyphs_become_a_box(hostile_pdf: Path) -> None:
    text = text_of(hostile_pdf)
    assert SCRIPTS in text
    assert f"{MISSING_GLYPH}{MISSING_GLYPH} {MISSING_GLYPH}" in text
    assert "ὠ" not in text, "an emoji must not turn into another letter"
    assert all(r["emb"] == "yes" for r in fonts(hostile_pdf))


def test_empty_plan_gives_a_short_pdf_that_says_so(empty_plan: Path, tmp_path: Path) -> None:
    snap = snapshot_of_file(empty_plan)
    for preset in ("board", "team"):
        out = export_pdf(snap, tmp_path / f"{preset}.pdf", PdfOptions(preset=preset), today=TODAY)
        assert page_count(out) == 2
        text = text_of(out)
        assert "This plan is empty" in text and "Empty plan" in text
        assert pypdf.PdfReader(out).metadata.title == "Empty plan"


def test_filters_that_match_nothing_say_so(tmp_path: Path, _sample_plan_master: Path) -> None:
    snap = snapshot_of_file(_sample_plan_master)
    options = PdfOptions(
        quarter_from="2035-Q1", quarter_to="2035-Q4", sections=["summary", "appendix"]
    )
    out = export_pdf(snap, tmp_path / "none.pdf", options, today=TODAY)
    assert "Nothing in this plan matches the chosen filters (2035-Q1 to 2035-Q4)" in text_of(out)


@pytest.fixture(scope="module")
def small_snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_missing_folder_and_bad_targets_are_one_sentence(
    small_snap: PlanSnapshot, tmp_path: Path
) -> None:
    options = PdfOptions(sections=["summary"])
    with pytest.raises(PdfExportError, match="does not exist; create it first") as err:
        export_pdf(small_snap, tmp_path / "missing" / "out.pdf", options)
    assert str(err.value).count(".") >= 1 and "\n" not in str(err.value)
    assert not (tmp_path / "missing").exists()
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(PdfExportError, match="is a folder"):
        export_pdf(small_snap, tmp_path / "folder.pdf", options)
    with pytest.raises(PdfExportError, match=r"should end in \.pdf"):
        export_pdf(small_snap, tmp_path / "out.txt", options)
    with pytest.raises(PdfExportError, match=r"logo file .* does not exist"):
        export_pdf(small_snap, tmp_path / "out.pdf", PdfOptions(logo=str(tmp_path / "logo.png")))
    (tmp_path / "notimage.png").write_text("not an image", encoding="utf-8")
    with pytest.raises(PdfExportError, match="not an image"):
        export_pdf(
            small_snap, tmp_path / "out.pdf", PdfOptions(logo=str(tmp_path / "notimage.png"))
        )
    assert _leftovers(tmp_path) == ["folder.pdf", "notimage.png"]


def test_read_only_folder_leaves_nothing(
    small_snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:  # root may write anywhere: simulate the refusal below instead
        folder.chmod(0o500)
        try:
            with pytest.raises(PdfExportError, match="permission denied"):
                export_pdf(small_snap, folder / "out.pdf", PdfOptions(sections=["summary"]))
        finally:
            folder.chmod(0o700)
        assert _leftovers(folder) == []

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(exporter_module, "new_temp_file", refuse)
    with pytest.raises(PdfExportError, match=r"can't write in the folder .*Permission denied"):
        export_pdf(small_snap, folder / "out.pdf", PdfOptions(sections=["summary"]))
    assert _leftovers(folder) == []


def test_a_failed_or_cancelled_export_keeps_the_old_file(
    small_snap: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "board.pdf"
    target.write_bytes(b"the PDF from last quarter")
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 12

    with pytest.raises(ExportCancelled):
        export_pdf(small_snap, target, PdfOptions(preset="team"), cancelled=cancel_later)
    assert calls["n"] > 12
    assert target.read_bytes() == b"the PDF from last quarter"
    assert _leftovers(tmp_path) == ["board.pdf"]

    def disk_full(self: object, *args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter_module.PlanDocTemplate, "build", disk_full)
    with pytest.raises(PdfExportError, match=r"No space left on device.*nothing was changed"):
        export_pdf(small_snap, target, PdfOptions(sections=["summary"]))
    assert target.read_bytes() == b"the PDF from last quarter"
    assert _leftovers(tmp_path) == ["board.pdf"]


def test_logo_on_cover_and_pages(small_snap: PlanSnapshot, tmp_path: Path) -> None:
    from PIL import Image  # pillow comes with matplotlib

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    out = export_pdf(
        small_snap, tmp_path / "logo.pdf", PdfOptions(sections=["cover", "summary"], logo=str(logo))
    )
    reader = pypdf.PdfReader(out)
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert any(v.get_object().get("/Subtype") == "/Image" for v in xobjects.values())


def test_filters_keep_only_the_chosen_work(small_snap: PlanSnapshot, tmp_path: Path) -> None:
    stores = {i.code for i in small_snap.items if i.business_unit_id == _unit(small_snap, "STORES")}
    out = export_pdf(
        small_snap,
        tmp_path / "stores.pdf",
        PdfOptions(sections=["appendix"], business_units=["stores"]),
    )
    cards = {title.split()[0] for level, title in outline_titles(out) if level == 1}
    assert cards == stores
    assert "Business unit Stores" in pypdf.PdfReader(out).metadata.subject  # its name, not code

    out = export_pdf(
        small_snap,
        tmp_path / "period.pdf",
        PdfOptions(sections=["appendix"], quarter_from="2029-Q1", quarter_to="2029-Q4"),
    )
    cards = {title.split()[0] for level, title in outline_titles(out) if level == 1}
    expected = {i.code for i in small_snap.items if i.end is not None and i.end.year >= 2029}
    assert cards == expected and cards

    theme = next(o for o in small_snap.objectives if o.code == "T3.4")
    linked = {
        small_snap.item_by_id[k.item_id].code for k in small_snap.links_by_objective[theme.id]
    }
    out = export_pdf(
        small_snap,
        tmp_path / "objective.pdf",
        PdfOptions(sections=["appendix"], objectives=["T3.4"]),
    )
    cards = {title.split()[0] for level, title in outline_titles(out) if level == 1}
    assert cards == linked
    with pytest.raises(PdfExportError, match="no business unit 'NOPE'"):
        export_pdf(small_snap, tmp_path / "x.pdf", PdfOptions(business_units=["NOPE"]))


def _unit(snap: PlanSnapshot, code: str) -> int:
    return next(u.id for u in snap.business_units if u.code == code)


def test_long_tables_split_with_the_header_repeated(tmp_path: Path) -> None:
    d = sample_dict()
    template = d["items"][0]
    for n in range(70):
        item = copy.deepcopy(template)
        item.update(code=f"EXTRA-{n}", title=f"Extra work package number {n}", status="proposed")
        d["items"].append(item)
        d["links"].append(
            {"objective": "T1.1", "item": f"EXTRA-{n}", "strength": 2, "rationale": ""}
        )
    snap = plan_from_dict(d, tmp_path)
    out = export_pdf(snap, tmp_path / "long.pdf", PdfOptions(sections=["portfolio", "objectives"]))
    pages = [text_of(out, n, n) for n in range(1, page_count(out) + 1)]
    ranked = [
        n for n, t in enumerate(pages, start=1) if "Extra work package number" in t and "Score" in t
    ]
    assert len(ranked) >= 3
    for n in ranked:
        assert "Points by criterion" in pages[n - 1] and "# Item" in pages[n - 1], n
    # Under an objective, the first 25 items are listed and the rest counted.
    assert "and 53 more items serve this objective" in " ".join(pages)
