"""Colours derived from the current palette, so light and dark system themes both read well."""

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
    if strength >= 3 or (strength == 2 and is_dark()):
        return palette().color(QPalette.ColorRole.HighlightedText)
    return palette().color(QPalette.ColorRole.Text)


def error_color() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#b3261e")


def warning_color() -> QColor:
    return QColor("#e8a200")


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
