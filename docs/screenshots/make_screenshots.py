"""Make the laptop-size screenshots in this folder (issue 18: every view at 1280×720 in a light
and a dark palette, the first steps on an empty plan, three views in German).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

It builds the sample plan (``stratplanner demo``) with a baseline, three budget scenarios and
a few edits, so the Baselines, Budget scenarios and Activity views have something to show,
and renders through ``stratplanner.ui.screenshot`` as ``stratplanner screenshot`` does; the
dark pictures set a dark palette like the ones macOS, Windows and GNOME give. The plan files
are made in a temporary folder; nothing outside this folder is written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtGui import QColor, QPalette

from stratplanner.ui import translation
from stratplanner.ui.app import application
from stratplanner.ui.screenshot import WELCOME, render, view_names

HERE = Path(__file__).resolve().parent
SIZE = (1280, 720)
GERMAN_VIEWS = ("overview", "portfolio", "objectives")

#: Edits made to the sample plan through the command line, as a planner would.
PLAN_EDITS = (
    ("baseline", "{plan}", "--name", "2027-Q1 review", "--note", "Before the steering committee"),
    ("scenario", "{plan}", "create", "Cap 80m", "--budget", "80m"),
    ("scenario", "{plan}", "create", "Budget −15%", "--budget", "70m"),
    ("scenario", "{plan}", "create", "30m a year", "--budget", "30m", "--per-year"),
    ("set", "{plan}", "item", "PRICING", "start=2029-Q2", "end=2029-Q4"),
    ("set", "{plan}", "item", "WMS", "capex=2600000"),
    ("link", "{plan}", "T3.3", "WMS", "2", "--rationale", "Smarter replenishment, less waste"),
)


def dark_palette() -> QPalette:
    """A dark system palette (the colours of the test in tests/ui/test_contrast.py, with the
    disabled and placeholder texts a real dark theme dims)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#424242",
        QPalette.ColorRole.Mid: "#3a3a3a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def _stratplanner(*args: str) -> None:
    command = [sys.executable, "-m", "stratplanner", *args]
    subprocess.run(command, check=True, capture_output=True, text=True)


def sample_plan(folder: Path) -> Path:
    plan = folder / "Northwind.stratplan"
    _stratplanner("demo", str(plan))
    for edit in PLAN_EDITS:
        _stratplanner(*(part.format(plan=plan) for part in edit))
    return plan


def empty_plan(folder: Path) -> Path:
    plan = folder / "New plan.stratplan"
    _stratplanner("new", str(plan))
    return plan


def shrink(png: Path) -> None:
    """256 colours (median cut, no dithering): the same picture at about 40% of the bytes."""
    with Image.open(png) as image:
        small = image.convert("RGB").quantize(
            256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    small.save(png, optimize=True)


def main() -> None:
    application()  # the app and its default (light) palette, before any picture
    light = application().palette()
    views = view_names()
    with tempfile.TemporaryDirectory() as tmp:
        plan = sample_plan(Path(tmp))
        empty = empty_plan(Path(tmp))
        for name, palette in (("light", light), ("dark", dark_palette())):
            folder = HERE / f"1280x720-{name}"
            folder.mkdir(exist_ok=True)
            names = [*views, WELCOME]
            render(
                plan,
                names,
                [folder / f"{v}.png" for v in names],
                size=SIZE,
                palette=palette,
            )
            render(
                empty,
                ["overview"],
                [folder / "first-steps.png"],
                size=SIZE,
                palette=palette,
            )
        application().setPalette(light)
        translation.install_language("de")
        try:
            folder = HERE / "1280x720-de"
            folder.mkdir(exist_ok=True)
            render(plan, list(GERMAN_VIEWS), [folder / f"{v}.png" for v in GERMAN_VIEWS], size=SIZE)
        finally:
            translation.uninstall()
    for name in ("1280x720-light", "1280x720-dark", "1280x720-de"):
        for png in sorted((HERE / name).glob("*.png")):
            shrink(png)


if __name__ == "__main__":
    main()
