"""The partnership section of the PDF: present for the sample plan, left out without data,
hostile planner text printed verbatim."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from stratplanner.analysis.partnership_report import partnership_report
from stratplanner.export.pdf import PRESETS, SECTION_TITLES, SECTIONS, PdfOptions, export_pdf
from stratplanner.snapshot import PlanSnapshot
from test_pdf_helpers import snapshot_of_file

TODAY = date(2027, 7, 14)
HOSTILE = "<b>bold</b> &amp; </para> <img src='x.png'/> $x^2$"


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


@pytest.fixture(scope="module")
def sample_snap(_sample_plan_master: Path) -> PlanSnapshot:
    return snapshot_of_file(_sample_plan_master)


def test_section_is_registered() -> None:
    assert "partnership" in SECTIONS
    assert SECTION_TITLES["partnership"] == "Business partnership"
    assert "partnership" in PRESETS["team"]
    assert "partnership" not in PRESETS["board"]  # page budget: see docs/pdf-export.md


def test_sample_plan_exports_the_section(sample_snap: PlanSnapshot, tmp_path: Path) -> None:
    report = partnership_report(sample_snap, TODAY)
    assert report.has_data and report.flags
    pdf = export_pdf(
        sample_snap,
        tmp_path / "p.pdf",
        PdfOptions(preset="team", sections=["cover", "partnership"]),
        today=TODAY,
    )
    text = _text(pdf)
    assert "Business partnership" in text
    assert "Needs a sponsor" in text
    assert " ".join(report.flags[0].message.split()) in text
    assert "Delivered is not the same as successful" in text
    assert "Gaps to target and the practices that close them" in text
    assert "The process lens" in text


def test_appendix_card_leads_with_the_business_case(
    sample_snap: PlanSnapshot, tmp_path: Path
) -> None:
    pdf = export_pdf(
        sample_snap,
        tmp_path / "a.pdf",
        PdfOptions(preset="team", sections=["appendix"]),
        today=TODAY,
    )
    text = _text(pdf)
    first_card = text[text.index("CLOUD-LZ") :]
    first_card = first_card[: first_card.index("Serves:")]
    assert "Business case: " in first_card
    # The business statement comes before the sponsor, the money and the description.
    assert first_card.index("Business case: ") < first_card.index("Sponsor")
    assert first_card.index("Value: ") < first_card.index("Capex")
    assert first_card.index("Capex") < first_card.index("What: ")


def _strip_partnership(path: Path) -> None:
    """Remove every partnership record from a plan file (tables that exist)."""
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in (
        "maturity_rating",
        "maturity_assessment",
        "value_driver",
        "kpi_actual",
        "item_process",
        "process_application",
        "business_process",
    ):
        if table in tables:
            con.execute(f"DELETE FROM {table}")
    con.commit()
    con.close()


def test_plan_without_partnership_data_leaves_it_out(sample_plan: Path, tmp_path: Path) -> None:
    _strip_partnership(sample_plan)
    snap = snapshot_of_file(sample_plan)
    assert not partnership_report(snap, TODAY).has_data, "the partnership data was not stripped"
    pdf = export_pdf(snap, tmp_path / "none.pdf", PdfOptions(preset="team"), today=TODAY)
    text = _text(pdf)
    assert "Business partnership" not in text
    assert "Needs a sponsor" not in text
    assert "Roadmap timeline" in text  # the rest of the pack is there


def test_hostile_evidence_note_prints_verbatim(sample_plan: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(sample_plan)
    con.execute("UPDATE maturity_rating SET evidence = ?", (HOSTILE,))
    con.commit()
    con.close()
    snap = snapshot_of_file(sample_plan)
    assert partnership_report(snap, TODAY).gaps
    pdf = export_pdf(
        snap,
        tmp_path / "hostile.pdf",
        PdfOptions(preset="team", sections=["partnership"]),
        today=TODAY,
    )
    text = _text(pdf)
    assert "Gaps to target and the practices that close them" in text
    assert HOSTILE in text
