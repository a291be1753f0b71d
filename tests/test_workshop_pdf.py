"""The workshop outcome pack: decisions, every round with its result, actions, what changed.

Text is read back with pypdf; anonymity must hold on paper as on the projector.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stratplanner.cli.main import main
from test_pdf_helpers import outline_titles, squash, text_of

WS = "Q1-OFFSITE"


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def offsite(sample_plan: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    plan = str(sample_plan)
    ok(capsys, "workshop", "new", plan, WS, "--date", "2027-01-20", "--title", "Q1 & <offsite>")
    for who in ("mellison", "dokafor"):
        ok(capsys, "workshop", "participant", plan, WS, who)
    for name in ("Ana Ruiz", "Ben Ode", "Cy Tan"):
        ok(capsys, "workshop", "participant", plan, WS, name, "--side", "it")
    ok(
        capsys,
        "workshop",
        "round",
        plan,
        WS,
        "R1",
        "--method",
        "dots",
        "--dots",
        "5",
        "--question",
        "Where should the money go?",
        "--options",
        "IAM-SSO,DC-EXIT,POS-REFRESH",
    )
    ok(
        capsys,
        "workshop",
        "round",
        plan,
        WS,
        "R2",
        "--method",
        "moscow",
        "--anonymous",
        "--question",
        "Must or won't?",
        "--options",
        "IAM-SSO,DC-EXIT",
    )
    for round_ in ("R1", "R2"):
        ok(capsys, "workshop", "open", plan, WS, round_)
    ballots = {
        "R1": {"mellison": {"IAM-SSO": 5}, "P1": {"DC-EXIT": 4, "IAM-SSO": 1}},
        "R2": {"mellison": {"IAM-SSO": "must"}, "P2": {"DC-EXIT": "must"}},
    }
    for round_, votes in ballots.items():
        for who, values in votes.items():
            ok(
                capsys,
                "workshop",
                "ballot",
                plan,
                WS,
                round_,
                "--participant",
                who,
                "--values",
                json.dumps(values),
            )
    ok(
        capsys,
        "workshop",
        "decision",
        plan,
        WS,
        "Fund <identity> & SSO first",
        "--rationale",
        "Both sides ranked it first",
        "--owner",
        "mellison",
        "--round",
        "R1",
        "--items",
        "IAM-SSO",
    )
    ok(
        capsys,
        "workshop",
        "action",
        plan,
        WS,
        "Write the SSO case",
        "--owner",
        "dokafor",
        "--due",
        "2027-02-15",
    )
    ok(capsys, "workshop", "adopt", plan, WS, "R1", "--as", "statuses", "--approve", "IAM-SSO")
    return sample_plan


def test_the_outcome_pack_carries_decisions_rounds_actions_and_changes(
    offsite: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "outcome.pdf"
    ok(
        capsys,
        "export",
        "pdf",
        str(offsite),
        "-o",
        str(target),
        "--preset",
        "workshop",
        "--workshop",
        WS,
    )
    text = squash(text_of(target))
    assert "Workshop outcome: Q1 & <offsite>" in text  # markup characters printed as typed
    assert "5 participants (2 from the business, 3 from IT)" in text
    assert "Fund <identity> & SSO first" in text and "Margaret Ellison" in text
    assert "Round R1: Where should the money go?" in text
    assert "Round R2: Must or won't?" in text
    assert "Write the SSO case" in text and "David Okafor" in text
    assert "Round R1 adopted as statuses" in text
    # R1 (by side): 6 dots for identity, 4 for data centre exit, each with its ranking row.
    assert "Identity modernisation" in text and "6 dots from 2 people" in text
    # R2 is anonymous with one voter a side: business and IT are not shown apart.
    assert "not shown apart" in text
    titles = [title for _level, title in outline_titles(target)]
    assert any(t.startswith("Workshop outcome") for t in titles)
    assert "Decisions" in titles and "Actions" in titles


def test_the_outcome_pack_needs_a_workshop_that_exists(
    offsite: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "outcome.pdf"
    assert main(["export", "pdf", str(offsite), "-o", str(target), "--preset", "workshop"]) == 1
    assert "--workshop NAME" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "pdf",
                str(offsite),
                "-o",
                str(target),
                "--preset",
                "workshop",
                "--workshop",
                "NOPE",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "no workshop 'NOPE'" in err and WS in err
    assert not target.exists()


def test_the_team_pack_leaves_the_workshop_out(
    offsite: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from stratplanner.export.pdf.options import PRESETS

    assert "workshop" not in PRESETS["team"] and "workshop" not in PRESETS["board"]
    target = tmp_path / "board.pdf"
    ok(capsys, "export", "pdf", str(offsite), "-o", str(target))
    assert "Workshop outcome" not in text_of(target)
