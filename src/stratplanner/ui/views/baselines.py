"""Baselines: the plan saved as it is now under a name, inside the plan file, to compare later.

Saving and removing are undoable commands (``SaveBaseline``, ``remove_baseline``).
The list comes from the snapshot; a baseline's saved document is read only
when it is compared with the plan now (``analysis.baseline_diff.diff_plans``),
the same comparison as ``stratplanner diff PLAN --against NAME``.
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.baseline_diff import PlanDiff, diff_plans
from stratplanner.commands.portfolio import SaveBaseline, remove_baseline
from stratplanner.io.plan_json import PlanJsonError, baseline_snapshot
from stratplanner.model.values import STATUS_LABELS
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

HEADERS = ("Name", "Taken (UTC)", "Plan format", "Note")
#: STATUS_LABELS by the stored text (a baseline diff holds statuses as plain strings).
_LABEL_OF_STATUS: dict[str, str] = {status.value: label for status, label in STATUS_LABELS.items()}


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
        self.compare_button = QPushButton("&Compare with the plan now")
        self.compare_button.setToolTip(
            "What changed since the selected baseline: items added, removed, moved, "
            "re-costed, re-ranked, and objectives whose support changed"
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels(["Change", "Item or objective", "Then", "Now"])
        self.changes.setRootIsDecorated(True)
        self.changes.setAlternatingRowColors(True)
        self.changes.hide()
        self.hint = MutedLabel(
            "Select a baseline and press Compare to see what changed since it "
            "(the same as: stratplanner diff PLAN --against NAME)."
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
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.changes, 2)
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

    def compare_selected(self) -> PlanDiff | None:
        """Show what changed between the selected baseline and the plan now."""
        row = self.table.currentRow()
        snap = self.snapshot
        if not 0 <= row < len(snap.baselines):
            self.host.report("Select the baseline to compare with first.")
            return None
        baseline = snap.baselines[row]
        try:
            old, notes = baseline_snapshot(baseline, self.live.baseline_document(baseline.id))
        except PlanJsonError as exc:
            self.host.report(str(exc))
            return None
        diff = diff_plans(old, snap, notes=tuple(notes))
        self._show_diff(baseline.name, diff, snap.info.currency)
        return diff

    def _show_diff(self, name: str, diff: PlanDiff, currency: str) -> None:
        tree = self.changes
        tree.clear()

        def group(title: str, rows: list[tuple[str, str, str]]) -> None:
            if not rows:
                return
            parent = QTreeWidgetItem([f"{title} ({len(rows)})"])
            for label, then, now in rows:
                child = QTreeWidgetItem(["", label, then, now])
                child.setToolTip(1, label)
                parent.addChild(child)
            tree.addTopLevelItem(parent)
            parent.setExpanded(len(rows) <= 12)

        def money(value: float) -> str:
            return f"{currency} {value:,.0f}"

        group("Added", [(f"{r.code}  {r.title}", "", "new") for r in diff.added])
        group("Removed", [(f"{r.code}  {r.title}", "was in the plan", "") for r in diff.removed])
        group(
            "Moved",
            [
                (
                    f"{m.code}  {m.title}",
                    f"{m.old_start or '—'} – {m.old_end or '—'}",
                    f"{m.new_start or '—'} – {m.new_end or '—'}",
                )
                for m in diff.moved
            ],
        )
        group(
            "Re-costed",
            [
                (
                    f"{r.code}  {r.title}",
                    money(r.old_capex + r.old_opex),
                    money(r.new_capex + r.new_opex),
                )
                for r in diff.recosted
            ],
        )
        group(
            "Re-ranked",
            [(f"{r.code}  {r.title}", f"#{r.old_rank}", f"#{r.new_rank}") for r in diff.reranked],
        )
        group(
            "Status changed",
            [
                (
                    f"{s.code}  {s.title}",
                    _LABEL_OF_STATUS.get(s.old_status, s.old_status),
                    _LABEL_OF_STATUS.get(s.new_status, s.new_status),
                )
                for s in diff.status_changed
            ],
        )

        def support(value: int | None, unsupported: bool | None) -> str:
            if value is None:
                return "—"
            return f"{value}" + (" (unsupported)" if unsupported else "")

        group(
            "Objective support",
            [
                (
                    f"{o.code}  {o.title}",
                    support(o.old_support, o.old_unsupported),
                    support(o.new_support, o.new_unsupported),
                )
                for o in diff.objectives
            ],
        )
        for note in diff.notes:
            tree.addTopLevelItem(QTreeWidgetItem([f"Note: {note}"]))
        if diff.is_empty:
            tree.addTopLevelItem(QTreeWidgetItem([f'Nothing changed since "{name}".']))
        for column in range(4):
            tree.resizeColumnToContents(column)
        tree.show()
        self.hint.setText(f'Changes since the baseline "{name}", compared with the plan now.')

    def _update_buttons(self) -> None:
        selected = self.selected_baseline() is not None
        self.remove_button.setEnabled(selected and not self.live.read_only)
        self.compare_button.setEnabled(selected)

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
