"""A splitter that fits the height its view has instead of asking for its panes' wishes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter


class FittingSplitter(QSplitter):
    """Asks only its minimum height, then shares the height it gets by its stretch factors.

    A view with word-wrapped text has a height-for-width layout, and the scroll area that holds
    it (``Workspace``) sizes such a view from its children's *preferred* heights: a vertical
    splitter of lists and a chart asked about 850 px, so Business processes and Stakeholders
    scrolled down at 1280×720 with their chart or history cut at the window's edge.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())
