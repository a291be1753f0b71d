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
from stratplanner.i18n import (
    QT_TRANSLATE_NOOP,
    format_datetime,
    format_money,
    format_number,
    translate,
)
from stratplanner.io.plan_json import PlanJsonError, baseline_snapshot
from stratplanner.model.values import status_label
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

HEADERS = (
    QT_TRANSLATE_NOOP("BaselinesView", "Name"),
    QT_TRANSLATE_NOOP("BaselinesView", "Taken (UTC)"),
    QT_TRANSLATE_NOOP("BaselinesView", "Plan format"),
    QT_TRANSLATE_NOOP("BaselinesView", "Note"),
)


class BaselinesView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Baseline name, e.g. “2027-Q1 review”"))
        self.name.setToolTip(self.tr("A unique name for the plan as it is now"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setToolTip(self.tr("Why this moment is worth keeping"))
        self.save_button = QPushButton(self.tr("&Save baseline"))
        self.save_button.setToolTip(
            self.tr("Keep the whole plan as it is now (one step you can undo)")
        )
        self.save_button.clicked.connect(self.save_baseline)
        self.name.returnPressed.connect(self.save_baseline)
        self.remove_button = QPushButton(self.tr("&Remove baseline"))
        self.remove_button.setToolTip(self.tr("Remove the selected baseline (undoable)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.compare_button = QPushButton(self.tr("&Compare with the plan now"))
        self.compare_button.setToolTip(
            self.tr(
                "What changed since the selected baseline: items added, removed, moved, "
                "re-costed, re-ranked, and objectives whose support changed"
            )
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels(
            [self.tr("Change"), self.tr("Item or objective"), self.tr("Then"), self.tr("Now")]
        )
        self.changes.setRootIsDecorated(True)
        self.changes.setAlternatingRowColors(True)
        self.changes.hide()
        self.hint = MutedLabel(
            self.tr(
                "Select a baseline and press Compare to see what changed since it "
                "(the same as: stratplanner diff PLAN --against NAME)."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("BaselinesView", h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self.empty = QLabel(
            self.tr(
                "No baselines yet — name the plan as it is now above and press Save baseline, "
                "e.g. before a quarterly review, to compare with it later."
            )
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
                format_datetime(baseline.taken_at),
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
            self.host.report(self.tr('A baseline needs a name, such as "2027-Q1 review".'))
            self.name.setFocus()
            return
        if self.live.execute(SaveBaseline(name, self.note.text().strip())):
            self.name.clear()
            self.note.clear()
            self.host.report(
                self.tr('Saved baseline "{name}". Undo removes it again.').format(name=name)
            )

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
            self.host.report(self.tr("Select the baseline to compare with first."))
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
            parent = QTreeWidgetItem([f"{title} ({format_number(len(rows))})"])
            for label, then, now in rows:
                child = QTreeWidgetItem(["", label, then, now])
                child.setToolTip(1, label)
                parent.addChild(child)
            tree.addTopLevelItem(parent)
            parent.setExpanded(len(rows) <= 12)

        def money(value: float) -> str:
            return format_money(value, currency)

        new, was_in = self.tr("new"), self.tr("was in the plan")
        group(self.tr("Added"), [(f"{r.code}  {r.title}", "", new) for r in diff.added])
        group(self.tr("Removed"), [(f"{r.code}  {r.title}", was_in, "") for r in diff.removed])
        group(
            self.tr("Moved"),
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
            self.tr("Re-costed"),
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
            self.tr("Re-ranked"),
            [(f"{r.code}  {r.title}", f"#{r.old_rank}", f"#{r.new_rank}") for r in diff.reranked],
        )
        group(
            self.tr("Status changed"),
            [
                (
                    f"{s.code}  {s.title}",
                    status_label(s.old_status),
                    status_label(s.new_status),
                )
                for s in diff.status_changed
            ],
        )

        def support(value: int | None, unsupported: bool | None) -> str:
            if value is None:
                return "—"
            if unsupported:
                return self.tr("{support} (unsupported)").format(support=value)
            return f"{value}"

        group(
            self.tr("Objective support"),
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
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("Note: {note}").format(note=note)]))
        if diff.is_empty:
            nothing = self.tr('Nothing changed since "{name}".').format(name=name)
            tree.addTopLevelItem(QTreeWidgetItem([nothing]))
        for column in range(4):
            tree.resizeColumnToContents(column)
        tree.show()
        self.hint.setText(
            self.tr('Changes since the baseline "{name}", compared with the plan now.').format(
                name=name
            )
        )

    def _update_buttons(self) -> None:
        selected = self.selected_baseline() is not None
        self.remove_button.setEnabled(selected and not self.live.read_only)
        self.compare_button.setEnabled(selected)

    def focus_main(self) -> None:
        self.name.setFocus()


register_view(
    ViewSpec(
        "baselines",
        QT_TRANSLATE_NOOP("Views", "Baselines"),
        BaselinesView,
        icon="history",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The plan saved under a name to compare with later",
        ),
        order=68,
    )
)
