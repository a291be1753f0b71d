"""The guided start on the Overview of a new plan: objectives → items → links → first PDF.

Each step ticks off from what the plan really holds (its objectives, items and
links) or, for the PDF, from a PDF really exported from this plan. The card
appears only for a plan that was opened before it had all of that (a plan
being started), and leaves once every step is done.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme


@dataclass(frozen=True)
class Step:
    key: str  # "objective", "item", "link", "pdf": what the button asks the window to do
    title: str
    why: str
    button: str
    done: bool
    ready: bool = True  # False: an earlier step must be done first (the button says which)


def first_steps(snap: PlanSnapshot, *, pdf_exported: bool) -> list[Step]:
    has_objectives = bool(snap.objectives)
    has_items = bool(snap.items)
    has_links = any(link.strength > 0 for link in snap.links)
    return [
        Step(
            "objective",
            translate("FirstSteps", "Set the objectives"),
            translate(
                "FirstSteps",
                "What the business wants to achieve: a few themes, the objectives under them.",
            ),
            translate("FirstSteps", "Add an Objective"),
            has_objectives,
        ),
        Step(
            "item",
            translate("FirstSteps", "List the roadmap items"),
            translate(
                "FirstSteps",
                "The projects and changes IT will deliver, with their cost and quarters.",
            ),
            translate("FirstSteps", "Add a Roadmap Item"),
            has_items,
        ),
        Step(
            "link",
            translate("FirstSteps", "Link items to objectives"),
            translate(
                "FirstSteps",
                "Say which objectives each item serves; the matrix shows what nothing supports.",
            ),
            translate("FirstSteps", "Open the Alignment Matrix"),
            has_links,
            ready=has_objectives and has_items,
        ),
        Step(
            "pdf",
            translate("FirstSteps", "Export the first board pack"),
            translate(
                "FirstSteps",
                "A PDF of the plan for the board: roadmap, alignment, capacity and money.",
            ),
            translate("FirstSteps", "Export PDF…"),
            pdf_exported,
        ),
    ]


def plan_is_started(snap: PlanSnapshot) -> bool:
    """A plan with objectives, items and links is past the first steps (e.g. the sample)."""
    return not all(s.done for s in first_steps(snap, pdf_exported=True))


class FirstStepsCard(QFrame):
    """Four numbered steps, each with a button; done steps show a tick and step aside."""

    #: A step's button: "objective", "item", "link" or "pdf".
    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._heading = QLabel(self.tr("Start your plan in four steps"))
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._heading.setFont(font)
        self.progress = QLabel()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.marks: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(self._grid)
        self._steps: list[Step] = []

    def set_steps(self, steps: list[Step]) -> None:
        if [s.key for s in steps] != [s.key for s in self._steps]:
            self._build(steps)
        self._steps = steps
        done = sum(s.done for s in steps)
        self.progress.setText(
            self.tr("{done} of {count} done").format(
                done=format_number(done), count=format_number(len(steps))
            )
        )
        next_key = next((s.key for s in steps if not s.done and s.ready), None)
        for number, step in enumerate(steps, start=1):
            mark = self.marks[step.key]
            mark.setText("✓" if step.done else str(number))
            mark.setAccessibleName(
                self.tr("done") if step.done else self.tr("step {number}").format(number=number)
            )
            title = self._titles[step.key]
            heading = (
                self.tr("<b>{title}</b> — done").format(title=html.escape(step.title))
                if step.done
                else f"<b>{html.escape(step.title)}</b>"
            )
            muted = theme.muted_text().name()
            why = f"<span style='color:{muted}'>{html.escape(step.why)}</span>"
            title.setText(f"{heading}<br>{why}")
            button = self.buttons[step.key]
            button.setEnabled(step.ready and not step.done)
            button.setDefault(step.key == next_key)
            button.setToolTip(
                "" if step.ready else self.tr("Add an objective and a roadmap item first")
            )

    def _build(self, steps: list[Step]) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            assert taken is not None  # index 0 exists while count() > 0
            widget = taken.widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.marks, self._titles = {}, {}, {}
        for row, step in enumerate(steps):
            mark = QLabel()
            mark.setObjectName(f"firstStepMark_{step.key}")
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setFixedSize(28, 28)
            mark.setStyleSheet("border: 1px solid palette(mid); border-radius: 14px;")
            title = QLabel()
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(step.button)
            button.setObjectName(f"firstStep_{step.key}")
            button.clicked.connect(lambda _c=False, k=step.key: self.step_requested.emit(k))
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(title, row, 1)
            self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.marks[step.key], self._titles[step.key], self.buttons[step.key] = (
                mark,
                title,
                button,
            )
