"""File ▸ Merge Another Plan… (and MS Project / ArchiMate imports): differences side by side.

Each added or conflicting record is one row with a tick: ticked takes theirs
(adds the record, or takes their values), unticked keeps this plan as it is.
Applying runs one command, so the whole merge is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.io.merge import ADDED, OURS, THEIRS, MergeError, MergePlan, RecordDiff
from stratplanner.ui.live_plan import LivePlan, problem_text
from stratplanner.ui.models.tree_items import children

COLUMNS = (
    QT_TRANSLATE_NOOP("MergeDialog", "Take theirs"),
    QT_TRANSLATE_NOOP("MergeDialog", "Record"),
    QT_TRANSLATE_NOOP("MergeDialog", "This plan"),
    QT_TRANSLATE_NOOP("MergeDialog", "Other plan"),
)
_MAX_SHOWN = 160


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _sides(record: RecordDiff) -> tuple[str, str]:
    if record.status == ADDED:
        return (
            translate("MergeDialog", "(not in this plan)"),
            translate("MergeDialog", "new record"),
        )
    ours = "\n".join(f"{d.field}: {_short(d.ours)}" for d in record.fields)
    theirs = "\n".join(f"{d.field}: {_short(d.theirs)}" for d in record.fields)
    return ours, theirs


class MergeDialog(QDialog):
    """The differences with a choice per record; Apply executes them as one step."""

    def __init__(
        self, plan: MergePlan, live: LivePlan, parent: QWidget | None = None, *, notes: str = ""
    ):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge {file}").format(file=plan.source))
        self.setMinimumSize(860, 520)
        self.plan = plan
        self.live = live
        added, conflicts = plan.added, plan.conflicts
        n_added, n_conflicts, n_ours = len(added), len(conflicts), len(plan.only_ours)
        summary = QLabel(
            translate(
                "MergeDialog",
                "<b>%n</b> record(s) only in {file} (ticked: they are added), ",
                None,
                n_added,
            ).format(file=plan.source)
            + translate(
                "MergeDialog",
                "<b>%n</b> in both with different values (ticked: take theirs), ",
                None,
                n_conflicts,
            )
            + translate("MergeDialog", "%n only in this plan (left alone).", None, n_ours)
            + (f"<br>{notes}" if notes else "")
        )
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)

        self.tree = QTreeWidget()
        self.tree.setObjectName("mergeRecords")
        self.tree.setHeaderLabels([translate("MergeDialog", c) for c in COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.rows: dict[int, RecordDiff] = {}
        bold = QFont()
        bold.setBold(True)
        self._groups: list[QTreeWidgetItem] = []
        for title, records in (
            (self.tr("Added in the other plan"), added),
            (self.tr("Changed in both"), conflicts),
        ):
            if not records:
                continue
            group = QTreeWidgetItem([title])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only takes effect once in the tree
            self._groups.append(group)
            for record in records:
                ours, theirs = _sides(record)
                row = QTreeWidgetItem(["", record.label, ours, theirs])
                row.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                row.setCheckState(
                    0, Qt.CheckState.Checked if record.choice == THEIRS else Qt.CheckState.Unchecked
                )
                group.addChild(row)
                self.rows[id(row)] = record
            group.setExpanded(True)
        self.settings_row: QTreeWidgetItem | None = None
        if plan.settings:
            group = QTreeWidgetItem([self.tr("Plan settings")])
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            ours = "\n".join(f"{d.field}: {_short(d.ours)}" for d in plan.settings)
            theirs = "\n".join(f"{d.field}: {_short(d.theirs)}" for d in plan.settings)
            row = QTreeWidgetItem(["", self.tr("Title, horizon and other settings"), ours, theirs])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            group.addChild(row)
            group.setExpanded(True)
            self.settings_row = row
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 300)
        self.tree.setColumnWidth(2, 220)

        self.problem = QLabel()
        self.problem.setObjectName("mergeProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.problem.hide()

        theirs_all = QPushButton(self.tr("Take All Theirs"))
        theirs_all.clicked.connect(lambda: self.set_all(THEIRS))
        ours_all = QPushButton(self.tr("Keep All Ours"))
        ours_all.clicked.connect(lambda: self.set_all(OURS))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply Merge"))
        self.apply_button.setObjectName("applyMerge")
        self.apply_button.setEnabled(not plan.is_empty)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(theirs_all)
        bottom.addWidget(ours_all)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if plan.is_empty:
            layout.addWidget(
                QLabel(self.tr("The plans hold the same records: there is nothing to merge."))
            )
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    def row_of(self, label: str) -> QTreeWidgetItem:
        """The row of a record by its label (for tests and scripts)."""
        for group in self._groups:
            for row in children(group):
                if row.text(1) == label:
                    return row
        raise KeyError(label)

    def set_all(self, side: str) -> None:
        state = Qt.CheckState.Checked if side == THEIRS else Qt.CheckState.Unchecked
        for group in self._groups:
            for row in children(group):
                row.setCheckState(0, state)
        if self.settings_row is not None:
            self.settings_row.setCheckState(0, state)

    def _read_choices(self) -> None:
        for group in self._groups:
            for row in children(group):
                taken = row.checkState(0) == Qt.CheckState.Checked
                self.rows[id(row)].choice = THEIRS if taken else OURS
        if self.settings_row is not None:
            taken = self.settings_row.checkState(0) == Qt.CheckState.Checked
            self.plan.settings_choice = THEIRS if taken else OURS

    def apply(self) -> None:
        """One undoable step; a choice that can't apply is explained here and nothing changes."""
        self._read_choices()
        try:  # the command reads our ids on the GUI thread, through the edit session
            command = self.live.session.read(self.plan.command)
        except MergeError as exc:
            self._show_problem(problem_text(exc))
            return
        refusal = self.live.attempt(command, seen=self.plan.seen)
        if refusal is not None:
            self._show_problem(refusal)
            return
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("Not merged: {reason}").format(reason=text))
        self.problem.show()
