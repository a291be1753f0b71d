"""Opening a big plan without freezing the window: the snapshot is read on a worker thread.

The worker reads with a session of its own (sessions are not thread-safe) and hands
the finished, immutable snapshot back to the GUI thread with a signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from stratplanner.snapshot.partial import read_apart
from stratplanner.store.document import PlanDocument
from stratplanner.ui.theme import MutedLabel

#: Plans smaller than this load at once on the GUI thread (well under a tenth of a second).
BACKGROUND_BYTES = 3_000_000


class SnapshotLoader(QThread):
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, document: PlanDocument):
        super().__init__()
        self.document = document

    def run(self) -> None:
        try:
            snapshot = read_apart(self.document)
        except (SQLAlchemyError, OSError) as exc:
            self.failed.emit(
                self.tr("{file} could not be read: {error}.").format(
                    file=self.document.file_name, error=exc
                )
            )
            return
        self.loaded.emit(snapshot)


def loads_in_background(path: Path) -> bool:
    try:
        return path.stat().st_size >= BACKGROUND_BYTES
    except OSError:
        return False


class OpeningPage(QWidget):
    """'Opening Portfolio 2030…' with a busy bar, while the worker reads the plan."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        self.hint = MutedLabel(
            self.tr("Reading every objective and item once; editing then stays instant.")
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(420)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.label, self.bar, self.hint):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_path(self, path: Path) -> None:
        self.label.setText(self.tr("Opening {plan}…").format(plan=path.stem))
