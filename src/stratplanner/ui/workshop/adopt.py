"""Adopting a round's result in the plan: choose how, see what would change, accept as one step.

Only the ways that fit the round are offered (``plan_adoption`` refuses the others
with a sentence). The preview applies the adoption in a rolled-back transaction
(``preview_adoption``), so the ranking and the capacity sequence shown are what
Accept will produce.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.workshop_outcome import RoundOutcome
from stratplanner.commands.base import CommandError
from stratplanner.commands.workshop_adopt import (
    ADOPT_AS,
    APPROVED,
    NOT_NOW,
    Adoption,
    NothingToAdopt,
    default_statuses,
    plan_adoption,
    preview_adoption,
)
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.workshop.dialogs import combo, plain
from stratplanner.ui.workshop.words import adopt_way


def fitting_ways(snap: PlanSnapshot, outcome: RoundOutcome) -> tuple[list[str], str]:
    """The ways ``outcome`` can be adopted, and why not when there is none."""
    ways, reason = [], ""
    for how in ADOPT_AS:
        try:
            plan_adoption(snap, outcome, how, statuses={} if how == "statuses" else None)
            ways.append(how)
        except CommandError as exc:
            if how == "statuses" and isinstance(exc, NothingToAdopt):
                ways.append(how)  # nothing suggested, but the facilitator may choose
            elif not reason:
                reason = str(exc)
    return ways, reason


class AdoptDialog(QDialog):
    """Statuses per item (pre-filled from the result), scores, a ranking or a scenario."""

    def __init__(
        self,
        live: LivePlan,
        outcome: RoundOutcome,
        ways: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Adopt the result of round {round}").format(round=outcome.round.code)
        )
        self.live = live
        self.outcome = outcome
        self.adoption: Adoption | None = None
        snap = live.snapshot
        self.how = combo([(adopt_way(w), w) for w in ways])
        self.how.setToolTip(self.tr("How the group's result changes the plan"))
        suggested = default_statuses(outcome)
        options = {o.code: o for o in snap.options_of(outcome.round.id)}
        self.statuses = QTableWidget(0, 3)
        self.statuses.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Item"), self.tr("New status")]
        )
        self.statuses.verticalHeader().hide()
        self.statuses.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.statuses.horizontalHeader().setStretchLastSection(False)
        self.status_rows: dict[str, tuple[QCheckBox, QComboBox]] = {}
        ordered = sorted(outcome.result.results, key=lambda r: r.rank)
        for r in ordered:
            option = options.get(r.code)
            if option is None or option.item_id is None:
                continue
            row = self.statuses.rowCount()
            self.statuses.insertRow(row)
            check = QCheckBox()
            check.setChecked(r.code in suggested)
            choice = combo(
                [(self.tr("approved"), APPROVED), (self.tr("not now"), NOT_NOW)],
                suggested.get(r.code),
            )
            check.toggled.connect(self.update_preview)
            choice.currentIndexChanged.connect(self.update_preview)
            self.statuses.setCellWidget(row, 0, check)
            self.statuses.setItem(row, 1, QTableWidgetItem(f"{r.rank}. {option.title}"))
            self.statuses.setCellWidget(row, 2, choice)
            self.status_rows[r.code] = (check, choice)
        self.statuses.resizeColumnsToContents()
        self.statuses.horizontalHeader().setStretchLastSection(True)
        self.summary = plain()
        self.problem = plain()
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Effect on"), self.tr("Item"), self.tr("Before"), self.tr("After")]
        )
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.adopt)
        self.buttons.rejected.connect(self.reject)
        how_row = QHBoxLayout()
        how_row.addWidget(QLabel(self.tr("Adopt &as:")))
        how_row.addWidget(self.how, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(how_row)
        layout.addWidget(self.statuses, 2)
        layout.addWidget(self.summary)
        layout.addWidget(
            MutedLabel(self.tr("What it does to the ranking and the capacity sequence:"))
        )
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.how.currentIndexChanged.connect(self.update_preview)
        self.resize(720, 640)
        self.update_preview()

    def chosen_statuses(self) -> dict[str, str]:
        return {
            code: choice.currentData()
            for code, (check, choice) in self.status_rows.items()
            if check.isChecked()
        }

    def update_preview(self) -> None:
        how = self.how.currentData()
        self.statuses.setVisible(how == "statuses")
        self.preview.setRowCount(0)
        try:
            self.adoption = plan_adoption(
                self.live.snapshot,
                self.outcome,
                how,
                statuses=self.chosen_statuses() if how == "statuses" else None,
            )
        except CommandError as exc:
            self.adoption = None
            self.summary.setText(str(exc))
            self.accept_button.setEnabled(False)
            return
        self.accept_button.setEnabled(not self.live.read_only)
        self.summary.setText("\n".join(self.adoption.summary))
        preview = preview_adoption(self.live.document, self.adoption)
        ranking, sequence, note = self.tr("Ranking"), self.tr("Sequence"), self.tr("Note")
        rows = [
            (
                ranking,
                m.title,
                f"#{m.before}" if m.before else "—",
                f"#{m.after}" if m.after else "—",
            )
            for m in preview.ranking
        ] + [(sequence, m.title, m.before, m.after) for m in preview.sequence]
        for text in preview.notes:
            rows.append((note, text, "", ""))
        if not rows:
            rows.append(
                ("", self.tr("No change to the ranking or to the capacity sequence."), "", "")
            )
        self.preview.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()

    def adopt(self) -> None:
        if self.adoption is None:
            return
        refused = self.live.attempt(self.adoption.command)
        if refused:
            self.problem.setText(refused)
            return
        self.accept()
