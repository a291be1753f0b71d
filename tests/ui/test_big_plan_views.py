"""Every view of a 20,000-item plan opens without taking the process down.

PySide6 6.12.0 on Python 3.11 hands out ``None`` and ``True`` without a
reference; on a large plan the interpreter then frees ``None`` and aborts
("Fatal Python error: none_dealloc", exit 134) — the Stakeholders view did
it first. pyproject.toml excludes that release; this test opens every view
of a big plan in a child process (an abort must not take the test run with
it) with whatever PySide6 is installed, so a leaking release fails here
rather than in a planner's session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.synthetic import synthetic_plan_dict
from stratplanner.ui.screenshot import view_names

pytestmark = pytest.mark.gui

ITEMS = 20_000


def test_every_view_of_a_20000_item_plan_opens_in_a_child_process(tmp_path: Path) -> None:
    plan = tmp_path / "big.stratplan"
    create_plan_from_parsed(parse_plan_dict(synthetic_plan_dict(ITEMS)), plan)
    shots = tmp_path / "views"
    shots.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "PYTHONFAULTHANDLER": "1",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "stratplanner",
            "screenshot",
            str(plan),
            "--view",
            "all",
            "-o",
            str(shots),
            "--size",
            "1280x720",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert "Fatal Python error" not in output, output[-3000:]
    assert result.returncode == 0, output[-3000:]
    assert sorted(p.stem for p in shots.glob("*.png")) == sorted([*view_names(), "welcome"])
    assert "stakeholders" in view_names()
