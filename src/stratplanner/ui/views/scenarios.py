"""Budget scenarios side by side: each scenario's best portfolio compared with the first.

The best portfolio under a cap is an integer program (up to a minute on a big
plan), so it is worked out on the thread pool from the snapshot and kept in
``doc.cache`` for the revision; the view stays usable meanwhile. Adding and
removing scenarios are undoable commands.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
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

from stratplanner.analysis.scenarios import BudgetSpec, ScenarioComparison, compare_scenarios
from stratplanner.analysis.scoring import PrioritizationError
from stratplanner.analysis.text import money
from stratplanner.commands import CreateRecord, DeleteRecord
from stratplanner.commands.portfolio import scenario_code
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.workers import BackgroundTask

_CACHE_KEY = "ui.scenario_comparison"
ROWS = (
    QT_TRANSLATE_NOOP("ScenariosView", "Budget"),
    QT_TRANSLATE_NOOP("ScenariosView", "Spend"),
    QT_TRANSLATE_NOOP("ScenariosView", "Items funded"),
    QT_TRANSLATE_NOOP("ScenariosView", "Proposed items chosen"),
    QT_TRANSLATE_NOOP("ScenariosView", "Proposed items left out"),
    QT_TRANSLATE_NOOP("ScenariosView", "Annual value"),
    QT_TRANSLATE_NOOP("ScenariosView", "Dropped (vs first)"),
    QT_TRANSLATE_NOOP("ScenariosView", "Added (vs first)"),
    QT_TRANSLATE_NOOP("ScenariosView", "Annual value lost"),
    QT_TRANSLATE_NOOP("ScenariosView", "Objectives it stops supporting"),
    QT_TRANSLATE_NOOP("ScenariosView", "Unsupported objectives"),
    QT_TRANSLATE_NOOP("ScenariosView", "Notes"),
)
_SCALES = {"": 1.0, "k": 1e3, "m": 1e6, "b": 1e9, "tsd": 1e3, "mio": 1e6, "mrd": 1e9}


def parse_budget(text: str) -> float | None:
    """'4.5m', '800k', '1,200,000' → a number; '' → None (no cap). ValueError when unreadable.

    Separators as the user's language writes them: in German '4,5m' is 4.5 million and
    '1.200.000' 1.2 million ('Mio', 'Tsd' and 'Mrd' are understood too)."""
    decimal = "," if format_number(1.5) == "1,5" else "."
    grouping = "." if decimal == "," else ","
    compact = "".join(text.lower().split())
    if not compact:
        return None
    # a grouping mark stands before three digits ('1,200,000'); '4,5m' in English (or '4.5m'
    # in German) is a typo, not 45 million
    misplaced = re.search(r"(?<=\d)" + re.escape(grouping) + r"(?!\d{3}(?!\d))", compact)
    cleaned = compact.replace(grouping, "").replace(decimal, ".")
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:(k|m|b|tsd|mio|mrd)\.?)?", cleaned)
    if match is None or misplaced:
        raise ValueError(
            translate(
                "ScenariosView", '"{text}" is not an amount; write e.g. 4500000, 4.5m or 800k.'
            ).format(text=text)
        )
    return float(match.group(1)) * _SCALES[match.group(2) or ""]


class ScenariosView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.comparison: ScenarioComparison | None = None
        self.task: BackgroundTask | None = None
        self._task_snapshot: PlanSnapshot | None = None

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Scenario name, e.g. “Budget −20%”"))
        self.name.setToolTip(self.tr("A name for the scenario, unique in the plan"))
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("Budget, e.g. 4.5m (empty: no cap)"))
        self.budget.setToolTip(self.tr("The cap on committed plus chosen work; empty means no cap"))
        self.per_year = QCheckBox(self.tr("Per &year"))
        self.per_year.setToolTip(
            self.tr("The cap applies to every calendar year, not to the total")
        )
        self.maximise = QComboBox()
        self.maximise.addItem(self.tr("Maximise total score"), "score")
        self.maximise.addItem(self.tr("Maximise annual value"), "value")
        self.maximise.setToolTip(self.tr("What the best portfolio under the cap maximises"))
        self.add_button = QPushButton(self.tr("&Add scenario"))
        self.add_button.setToolTip(
            self.tr("Save this scenario in the plan (one step you can undo)")
        )
        self.add_button.clicked.connect(self.add_scenario)
        self.name.returnPressed.connect(self.add_scenario)
        self.budget.returnPressed.connect(self.add_scenario)
        self.remove_button = QPushButton(self.tr("&Remove scenario"))
        self.remove_button.setToolTip(
            self.tr("Remove the scenario whose column is selected (undoable)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = MutedLabel()
        self.status.setWordWrap(True)

        self.table = QTableWidget(len(ROWS), 0)
        self.table.setVerticalHeaderLabels([translate("ScenariosView", r) for r in ROWS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setToolTip(
            self.tr("Each column is one scenario's best portfolio, compared with the first")
        )
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 2)
        add_row.addWidget(self.budget, 1)
        add_row.addWidget(self.per_year)
        add_row.addWidget(self.maximise)
        add_row.addWidget(self.add_button)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(add_row)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.refresh(self.snapshot)

    # -- working out -----------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        self.add_button.setEnabled(not self.live.read_only)
        if not snap.scenarios:
            self.comparison = None
            self.table.setColumnCount(0)
            self.empty.setText(
                self.tr(
                    "No budget scenarios yet — name one above with a budget (e.g. 4.5m) and "
                    "press Add scenario; add a second to compare the portfolios side by side."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self.status.setText("")
            self._update_buttons()
            return
        entry = self.live.document.cache.get(_CACHE_KEY)
        if entry is not None and entry[0] is snap:
            self._show(entry[1])
            return
        self._start(snap)

    def _start(self, snap: PlanSnapshot) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()  # its result is ignored: it was for an older plan
        specs = [BudgetSpec.of(s) for s in snap.scenarios]
        count = len(specs)
        self.status.setText(
            translate(
                "ScenariosView", "Working out the best portfolio for %n scenario(s)…", None, count
            )
        )
        task = BackgroundTask(
            lambda _progress, _cancelled: compare_scenarios(snap, specs),
            expected=(PrioritizationError, ValueError),
            what=self.tr("Comparing the scenarios"),
        )  # no parent: a run outliving the view must not emit from a deleted object
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self.task = task
        self._task_snapshot = snap
        task.start()

    def _succeeded(self, comparison: ScenarioComparison) -> None:
        if self.sender() is not self.task:
            return  # an older run, for a plan that has changed since
        snap = self._task_snapshot
        if snap is not self.snapshot:
            return  # the plan changed meanwhile; the newer run will report
        self.live.document.cache[_CACHE_KEY] = (snap, comparison)
        self._show(comparison)

    def _failed(self, text: str) -> None:
        self.status.setText(text)

    def _show(self, comparison: ScenarioComparison) -> None:
        self.comparison = comparison
        snap = self.snapshot
        currency = snap.info.currency
        objectives = snap.objective_by_id
        items = snap.item_by_id

        def codes(ids: Any, lookup: Any, limit: int = 8) -> str:
            names = [lookup[i].code for i in ids if i in lookup]
            more = len(names) - limit
            if more > 0:
                return self.tr("{codes} and {more} more").format(
                    codes=", ".join(names[:limit]), more=format_number(more)
                )
            return ", ".join(names) or "—"

        current = self.table.currentColumn()
        self.table.setColumnCount(len(comparison.deltas))
        for column, delta in enumerate(comparison.deltas):
            choice = delta.choice
            self.table.setHorizontalHeaderItem(column, QTableWidgetItem(choice.spec.name))
            values = (
                choice.spec.describe(currency),
                money(choice.spend, currency)
                if choice.feasible
                else self.tr("{spend} (over the cap)").format(spend=money(choice.spend, currency)),
                format_number(len(choice.portfolio)),
                format_number(len(choice.chosen)),
                format_number(len(choice.left_out)),
                money(choice.annual_value, currency),
                codes(delta.dropped, items) if column else self.tr("— (the reference)"),
                codes(delta.added, items) if column else "—",
                money(delta.value_lost, currency) if column else "—",
                codes(delta.newly_unsupported, objectives) if column else "—",
                format_number(len(delta.unsupported)),
                " ".join(choice.notes)
                or ("" if choice.optimal else self.tr("May not be the best.")),
            )
            for row, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 160), 320))
        self.table.resizeRowsToContents()
        if 0 <= current < self.table.columnCount():
            self.table.setCurrentCell(0, current)
        self.stack.setCurrentWidget(self.table)
        count = len(comparison.deltas)
        self.status.setText(
            translate(
                "ScenariosView", "%n scenario(s), each compared with “{reference}”.", None, count
            ).format(reference=comparison.reference)
        )
        self._update_buttons()

    # -- commands --------------------------------------------------------------------------
    def add_scenario(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.host.report(self.tr('A scenario needs a name, such as "Budget −20%".'))
            self.name.setFocus()
            return
        try:
            budget = parse_budget(self.budget.text())
        except ValueError as exc:
            self.host.report(str(exc))
            self.budget.setFocus()
            return
        snap = self.snapshot
        if any(s.name == name for s in snap.scenarios):
            self.host.report(
                self.tr('There is already a scenario named "{name}"; choose another name.').format(
                    name=name
                )
            )
            return
        if self.per_year.isChecked() and budget is None:
            self.host.report(
                self.tr("A per-year cap needs a budget; type one, or untick Per year.")
            )
            return
        values = {
            "code": scenario_code(name, {s.code for s in snap.scenarios}),
            "name": name,
            "description": "",
            "budget": budget,
            "budget_basis": "per_year" if self.per_year.isChecked() else "total",
            "maximise": self.maximise.currentData(),
        }
        label = self.tr('Add scenario "{name}"').format(name=name)
        if self.live.execute(CreateRecord("scenario", values, label=label)):
            self.name.clear()
            self.budget.clear()

    def selected_scenario(self) -> Any:
        column = self.table.currentColumn()
        scenarios = self.snapshot.scenarios
        return scenarios[column] if 0 <= column < len(scenarios) else None

    def remove_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            label = self.tr('Remove scenario "{name}"').format(name=scenario.name)
            self.live.execute(DeleteRecord("scenario", scenario.id, label=label))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(
            self.selected_scenario() is not None and not self.live.read_only
        )

    def settle(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait(60)
            QApplication.processEvents()

    def focus_main(self) -> None:
        self.name.setFocus()


register_view(
    ViewSpec(
        "scenarios",
        QT_TRANSLATE_NOOP("Views", "Budget scenarios"),
        ScenariosView,
        icon="settings",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Budget scenarios side by side: what each cap funds, drops and leaves unsupported",
        ),
        order=67,
    )
)
