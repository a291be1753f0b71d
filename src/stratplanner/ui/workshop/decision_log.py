"""The workshop's decision log and follow-up actions, as two tabs under the console."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stratplanner.commands.workshop import DeleteAction, DeleteDecision, UpdateAction
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.workshop.dialogs import ActionForm, DecisionForm

DECISION_HEADERS = (
    QT_TRANSLATE_NOOP("WorkshopLog", "Code"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Decision"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Rationale"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Rejected"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Owner"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Review"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Round"),
    QT_TRANSLATE_NOOP("WorkshopLog", "About"),
)
ACTION_HEADERS = (
    QT_TRANSLATE_NOOP("WorkshopLog", "Code"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Action"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Owner"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Due"),
    QT_TRANSLATE_NOOP("WorkshopLog", "Done"),
    QT_TRANSLATE_NOOP("WorkshopLog", "About"),
)


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("WorkshopLog", h) for h in headers])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setMinimumWidth(120)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[int, tuple[str, ...]]]) -> None:
    current = table.currentRow()
    table.setRowCount(len(rows))
    for r, (record_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(value)
            cell.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))
    if 0 <= current < len(rows):
        table.selectRow(current)


def _selected(table: QTableWidget) -> int | None:
    cell = table.item(table.currentRow(), 0)
    return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None


class WorkshopLog(QTabWidget):
    """Decisions (add, edit, delete) and actions (add, done, delete) of the current workshop."""

    def __init__(
        self, live: LivePlan, run_dialog: Callable[[QDialog], bool], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.live = live
        self.run_dialog = run_dialog
        self.workshop_id: int | None = None
        self.decisions = _table(DECISION_HEADERS)
        self.add_decision_button = QPushButton(self.tr("&Add decision…"))
        self.edit_decision_button = QPushButton(self.tr("&Edit…"))
        self.delete_decision_button = QPushButton(self.tr("Delete"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.delete_decision_button.clicked.connect(self.delete_decision)
        self.decisions.doubleClicked.connect(lambda _i: self.edit_decision())
        self.action_table = _table(ACTION_HEADERS)
        self.add_action_button = QPushButton(self.tr("Add a&ction…"))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark the selected action as done (undoable)"))
        self.delete_action_button = QPushButton(self.tr("Delete"))
        self.add_action_button.clicked.connect(self.add_action)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_action_button.clicked.connect(self.delete_action)
        self.addTab(
            self._page(
                self.decisions,
                self.add_decision_button,
                self.edit_decision_button,
                self.delete_decision_button,
            ),
            self.tr("Decisions"),
        )
        self.addTab(
            self._page(
                self.action_table,
                self.add_action_button,
                self.done_button,
                self.delete_action_button,
            ),
            self.tr("Actions"),
        )

    @staticmethod
    def _page(table: QTableWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        row = QVBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def show_workshop(self, snap: PlanSnapshot, workshop_id: int | None) -> None:
        self.workshop_id = workshop_id
        people = snap.person_by_id
        rounds = {r.id: r.code for r in snap.workshop_rounds}
        decisions = snap.decisions_by_workshop.get(workshop_id, []) if workshop_id else []
        rows = []
        for d in decisions:
            about = []
            for link in snap.links_by_decision.get(d.id, []):
                if link.item_id in snap.item_by_id:
                    about.append(snap.item_by_id[link.item_id].code)
                elif link.objective_id in snap.objective_by_id:
                    about.append(snap.objective_by_id[link.objective_id].code)
            rows.append(
                (
                    d.id,
                    (
                        d.code,
                        d.decision,
                        d.rationale,
                        d.options_rejected,
                        people[d.owner_id].name if d.owner_id in people else "",
                        format_date(d.review_on, "short") if d.review_on else "",
                        rounds.get(d.round_id, "") if d.round_id else "",
                        ", ".join(about),
                    ),
                )
            )
        _fill(self.decisions, rows)
        actions = snap.actions_by_workshop.get(workshop_id, []) if workshop_id else []
        action_rows = []
        for a in actions:
            concerns = ""
            if a.item_id in snap.item_by_id:
                concerns = snap.item_by_id[a.item_id].code
            elif a.objective_id in snap.objective_by_id:
                concerns = snap.objective_by_id[a.objective_id].code
            action_rows.append(
                (
                    a.id,
                    (
                        a.code,
                        a.action,
                        people[a.owner_id].name if a.owner_id in people else "",
                        format_date(a.due, "short") if a.due else "",
                        "✓" if a.done else "",
                        concerns,
                    ),
                )
            )
        _fill(self.action_table, action_rows)
        self.setTabText(0, self.tr("Decisions ({count})").format(count=len(rows)))
        self.setTabText(1, self.tr("Actions ({count})").format(count=len(action_rows)))
        writable = workshop_id is not None and not self.live.read_only
        for button in (
            self.add_decision_button,
            self.edit_decision_button,
            self.delete_decision_button,
            self.add_action_button,
            self.done_button,
            self.delete_action_button,
        ):
            button.setEnabled(writable)

    def add_decision(self) -> None:
        if self.workshop_id is not None:
            self.run_dialog(
                DecisionForm(self.live.snapshot, self.workshop_id, self.live.attempt, parent=self)
            )

    def edit_decision(self) -> None:
        decision_id = _selected(self.decisions)
        snap = self.live.snapshot
        found = next(
            (
                d
                for d in snap.decisions_by_workshop.get(self.workshop_id or -1, [])
                if d.id == decision_id
            ),
            None,
        )
        if found is not None and self.workshop_id is not None:
            self.run_dialog(
                DecisionForm(snap, self.workshop_id, self.live.attempt, found, parent=self)
            )

    def delete_decision(self) -> None:
        decision_id = _selected(self.decisions)
        if decision_id is not None:
            self.live.execute(DeleteDecision(decision_id))

    def add_action(self) -> None:
        if self.workshop_id is not None:
            self.run_dialog(
                ActionForm(self.live.snapshot, self.workshop_id, self.live.attempt, parent=self)
            )

    def mark_done(self) -> None:
        action_id = _selected(self.action_table)
        if action_id is not None:
            self.live.execute(UpdateAction(action_id, {"done": True}))

    def delete_action(self) -> None:
        action_id = _selected(self.action_table)
        if action_id is not None:
            self.live.execute(DeleteAction(action_id))
