"""``stratplanner screenshot`` renders views offscreen; the CLI itself never loads Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from stratplanner.cli.main import main
from stratplanner.ui.screenshot import view_names

pytestmark = pytest.mark.gui


def test_a_view_renders_at_laptop_size_without_growing(
    qapp: Any, sample_plan: Path, tmp_path: Path
) -> None:
    out = tmp_path / "roadmap.png"
    assert (
        main(
            [
                "screenshot",
                str(sample_plan),
                "--view",
                "roadmap",
                "-o",
                str(out),
                "--size",
                "1280x720",
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert not Path(str(sample_plan) + ".lock").exists()


def test_all_views_render_into_a_folder(
    qapp: Any, sample_plan: Path, tmp_path: Path, capsys: Any
) -> None:
    assert (
        main(
            [
                "screenshot",
                str(sample_plan),
                "--view",
                "all",
                "-o",
                str(tmp_path),
                "--size",
                "1000x700",
            ]
        )
        == 0
    )
    written = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert written == sorted([*view_names(), "welcome"])
    assert {"overview", "objectives", "roadmap", "alignment", "people", "kpis"} <= set(written)
    assert "Wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--view", "gantt"], "There is no view 'gantt'"),
        (["--size", "big"], "is not WIDTHxHEIGHT"),
        (["--select", "NOPE"], "No objective, item, person, team or KPI has the code 'NOPE'"),
    ],
)
def test_mistakes_are_one_sentence(
    sample_plan: Path, tmp_path: Path, capsys: Any, args: list[str], message: str
) -> None:
    out = tmp_path / "x.png"
    assert main(["screenshot", str(sample_plan), "-o", str(out), *args]) == 1
    assert message in capsys.readouterr().err


def test_a_bad_plan_is_refused_before_any_window(qapp: Any, tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "bad.stratplan"
    bad.write_text("not a plan")
    assert main(["screenshot", str(bad), "-o", str(tmp_path / "x.png")]) == 1
    assert "x.png" not in {p.name for p in tmp_path.iterdir()}


def test_the_cli_does_not_import_qt() -> None:
    code = (
        "import sys; from stratplanner.cli.main import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_help_names_every_view(capsys: pytest.CaptureFixture[str]) -> None:
    from stratplanner.cli import gui_cmds
    from stratplanner.ui.screenshot import WELCOME

    assert list(gui_cmds.VIEWS) == [*view_names(), WELCOME]
    with pytest.raises(SystemExit):
        main(["screenshot", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "stakeholders, adoption, processes, activity, welcome" in help_text
