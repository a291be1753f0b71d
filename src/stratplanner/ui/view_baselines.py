"""Baselines: the plan saved as it is now under a name, inside the plan file, to compare later.

Saving and removing are undoable commands (``SaveBaseline``, ``remove_baseline``).
The list comes from the snapshot; the saved documents themselves are not in
the snapshot, so the diff is left to ``stratplanner diff PLAN --against NAME``
until the live plan offers a read of a baseline's document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.commands.portfolio import SaveBaseline, remove_baseline
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

HEADERS = ("Name", "Taken (UTC)", "Plan format", "Note")


class BaselinesView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Baseline name, e.g. “2027-Q1 review”")
        self.name.setToolTip("A unique name for the plan as it is now")
        self.note = QLineEdit()
        self.note.setPlaceholderText("Note (optional)")
        self.note.setToolTip("Why this moment is worth keeping")
        self.save_button = QPushButton("&Save baseline")
        self.save_button.setToolTip("Keep the whole plan as it is now (one step you can undo)")
        self.save_button.clicked.connect(self.save_baseline)
        self.name.returnPressed.connect(self.save_baseline)
        self.remove_button = QPushButton("&Remove baseline")
        self.remove_button.setToolTip("Remove the selected baseline (undoable)")
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = MutedLabel(
            "To see what changed since a baseline (items added, moved, re-costed, re-ranked, "
            "objectives whose support changed), run: stratplanner diff PLAN --against NAME"
        )
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self.empty = QLabel(
            "No baselines yet — name the plan as it is now above and press Save baseline, "
            "e.g. before a quarterly review, to compare with it later."
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.note, 3)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self.refresh(self.snapshot)

    def refresh(self, snap: PlanSnapshot) -> None:
        baselines = snap.baselines
        self.table.setRowCount(len(baselines))
        for r, baseline in enumerate(baselines):
            values = (
                baseline.name,
                f"{baseline.taken_at:%Y-%m-%d %H:%M}",
                str(baseline.format_version),
                baseline.note,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table if baselines else self.empty)
        self.save_button.setEnabled(not self.live.read_only)
        self._update_buttons()

    def save_baseline(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.host.report('A baseline needs a name, such as "2027-Q1 review".')
            self.name.setFocus()
            return
        if self.live.execute(SaveBaseline(name, self.note.text().strip())):
            self.name.clear()
            self.note.clear()
            self.host.report(f'Saved baseline "{name}". Undo removes it again.')

    def selected_baseline(self) -> object | None:
        row = self.table.currentRow()
        baselines = self.snapshot.baselines
        return baselines[row] if 0 <= row < len(baselines) else None

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        baselines = self.snapshot.baselines
        if 0 <= row < len(baselines):
            baseline = baselines[row]
            self.live.execute(remove_baseline(baseline.id, baseline.name))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(
            self.selected_baseline() is not None and not self.live.read_only
        )

    def focus_main(self) -> None:
        self.name.setFocus()


register_view(
    ViewSpec(
        "baselines",
        "Baselines",
        BaselinesView,
        icon="history",
        tooltip="The plan saved under a name to compare with later",
        order=68,
    )
)
