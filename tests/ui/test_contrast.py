"""Every colour the UI uses for text reaches WCAG AA (4.5:1) on its backgrounds, light and dark."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from stratplanner.ui import theme

pytestmark = pytest.mark.gui

AA = 4.5


def contrast(a: QColor, b: QColor) -> float:
    return theme.contrast_ratio(a, b)


def dark_palette() -> QPalette:
    """A dark system palette like the ones macOS, Windows and GNOME give."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture(params=["light", "dark"])
def palette(request: Any, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    style = QStyleFactory.create("Fusion")
    qapp.setPalette(style.standardPalette() if request.param == "light" else dark_palette())
    assert theme.is_dark() == (request.param == "dark")
    yield request.param
    qapp.setPalette(before)


def text_pairs() -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every text colour the UI draws and where."""
    p = theme.palette()
    grounds = {
        "window": p.color(QPalette.ColorRole.Window),
        "base": p.color(QPalette.ColorRole.Base),
        "alternate rows": p.color(QPalette.ColorRole.AlternateBase),
    }
    pairs = []
    for meaning in theme.TEXT_COLOURS:
        for where, ground in grounds.items():
            pairs.append((f"{meaning} text on {where}", theme.text_colour(meaning), ground))
    for where, ground in grounds.items():
        pairs.append((f"muted text on {where}", theme.muted_text(), ground))
    text = p.color(QPalette.ColorRole.WindowText)
    pairs.append(("text on a warning banner", text, theme.warning_background()))
    pairs.append(("text on an info bar", text, theme.info_background()))
    for strength in (1, 2, 3):
        pairs.append(
            (
                f"alignment cell, strength {strength}",
                theme.strength_text_color(strength),
                theme.strength_color(strength),
            )
        )
    return pairs


def test_every_text_colour_meets_wcag_aa(palette: str) -> None:
    failing = [
        f"{what}: {contrast(fg, bg):.2f}:1 ({fg.name()} on {bg.name()})"
        for what, fg, bg in text_pairs()
        if contrast(fg, bg) < AA
    ]
    assert not failing, f"{palette} palette: " + "; ".join(failing)


def test_the_old_orange_would_fail() -> None:
    """The check itself: #e8a200 on white is the 2.2:1 the issue measured."""
    assert contrast(QColor("#e8a200"), QColor("#ffffff")) == pytest.approx(2.2, abs=0.05)
