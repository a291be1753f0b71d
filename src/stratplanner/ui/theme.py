"""Colours derived from the current palette, so light and dark system themes both read well.

Every fixed colour used for text is in ``TEXT_COLOURS``, one pair (light, dark)
per meaning; ``tests/ui/test_contrast.py`` checks each against the palette's
backgrounds for WCAG AA (4.5:1). Colour is never the only cue: a warning also
carries an icon or a word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def palette() -> QPalette:
    return QApplication.palette()


def is_dark() -> bool:
    return palette().color(QPalette.ColorRole.Window).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor(
        round(a.red() * (1 - share_of_b) + b.red() * share_of_b),
        round(a.green() * (1 - share_of_b) + b.green() * share_of_b),
        round(a.blue() * (1 - share_of_b) + b.blue() * share_of_b),
    )


def accent() -> QColor:
    return palette().color(QPalette.ColorRole.Highlight)


def strength_color(strength: int) -> QColor:
    """Cell background for an alignment strength 1-3: the accent, stronger for stronger links."""
    base = palette().color(QPalette.ColorRole.Base)
    return blend(base, accent(), {1: 0.22, 2: 0.48, 3: 0.78}.get(strength, 0.0))


def strength_text_color(strength: int) -> QColor:
    """The palette's text or highlighted text, whichever reads better on the cell."""
    ground = strength_color(strength)
    candidates = (
        palette().color(QPalette.ColorRole.Text),
        palette().color(QPalette.ColorRole.HighlightedText),
    )
    return max(candidates, key=lambda c: contrast_ratio(c, ground))


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21; AA asks 4.5 for body text."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


#: Text colours by meaning: (on a light palette, on a dark one). The orange warning was
#: #e8a200 on both, 2.2:1 on white; these all reach 4.5:1 on Window, Base and AlternateBase.
TEXT_COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a4f00", "#ffc35c"),
    "gap": ("#a83f00", "#ff9e66"),
}


def text_colour(meaning: str) -> QColor:
    light, dark = TEXT_COLOURS[meaning]
    return QColor(dark if is_dark() else light)


def error_color() -> QColor:
    return text_colour("error")


def warning_color() -> QColor:
    """Warning text (always beside a warning icon or a word such as "At risk")."""
    return text_colour("warning")


def warning_background() -> QColor:
    return blend(palette().color(QPalette.ColorRole.Window), QColor("#f0b400"), 0.22)


def info_background() -> QColor:
    return blend(palette().color(QPalette.ColorRole.Window), accent(), 0.14)


def muted_text() -> QColor:
    """Secondary text: readable, but quieter than the main text."""
    return blend(
        palette().color(QPalette.ColorRole.WindowText),
        palette().color(QPalette.ColorRole.Window),
        0.42,
    )


def card_background() -> QColor:
    return palette().color(QPalette.ColorRole.Base)


def card_border() -> QColor:
    return blend(
        palette().color(QPalette.ColorRole.Window),
        palette().color(QPalette.ColorRole.WindowText),
        0.18,
    )


class MutedLabel(QLabel):
    """Secondary text (hints, headings) that keeps its quieter colour when the palette changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, style: str = ""):
        super().__init__(text, parent)
        self._style = style
        self._apply()

    def _apply(self) -> None:
        css = f"color: {muted_text().name()}; {self._style}"
        if css != self.styleSheet():  # setting it sends another PaletteChange
            self.setStyleSheet(css)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()
        super().changeEvent(event)
