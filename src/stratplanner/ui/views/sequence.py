"""Sequence: the capacity-aware sequence beside the planned roadmap, and accepting it.

``sequence_portfolio`` places the items by priority where their teams have
room; each row says, in plain words, why an item moved. **Accept sequence**
moves every placed item to its sequenced quarters as one step on the
window's undo stack. Worked out once per plan revision (``doc.cache``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.scoring import PrioritizationError, ScoringModel
from stratplanner.analysis.sequencing import Placement, SequenceResult, sequence_portfolio
from stratplanner.commands.portfolio import accept_sequence
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.models.table_model import cell_tooltip
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.views.findings import cached
from stratplanner.ui.workers import BackgroundTask

_Index = QModelIndex | QPersistentModelIndex
#: What the model shows (the texts in the "SequenceModel" context, translated where shown).
STATUS_LABELS = {
    "placed": QT_TRANSLATE_NOOP("SequenceModel", "Placed"),
    "fixed": QT_TRANSLATE_NOOP("SequenceModel", "Fixed"),
    "not_placed": QT_TRANSLATE_NOOP("SequenceModel", "Not placed"),
}
STATUS_TIPS = {
    "placed": QT_TRANSLATE_NOOP("SequenceModel", "Placed by priority where its teams have room"),
    "fixed": QT_TRANSLATE_NOOP(
        "SequenceModel", "Under way or done: keeps its dates and books its teams first"
    ),
    "not_placed": QT_TRANSLATE_NOOP(
        "SequenceModel", "Could not be placed; the last column says why"
    ),
}
PRIORITIES = {
    "score": QT_TRANSLATE_NOOP("SequenceView", "Weighted score"),
    "wsjf": QT_TRANSLATE_NOOP("SequenceView", "WSJF"),
}


def sequence_for(snap: PlanSnapshot, scoring: ScoringModel, method: str) -> SequenceResult:
    """The plan sequenced in the priority order ``method`` ranks it (plan order if it can't)."""
    try:
        order: list[int] | None = scoring.rank(method=method).order
    except PrioritizationError:
        order = None  # sequence_portfolio says why and uses planned-start order
    return sequence_portfolio(snap, order)


class SequenceModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SequenceModel", "Order"),
        QT_TRANSLATE_NOOP("SequenceModel", "Code"),
        QT_TRANSLATE_NOOP("SequenceModel", "Title"),
        QT_TRANSLATE_NOOP("SequenceModel", "Planned"),
        QT_TRANSLATE_NOOP("SequenceModel", "Sequenced"),
        QT_TRANSLATE_NOOP("SequenceModel", "Status"),
        QT_TRANSLATE_NOOP("SequenceModel", "Why"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.placements: list[Placement] = []

    def set_placements(self, placements: list[Placement]) -> None:
        self.beginResetModel()
        self.placements = placements
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.placements)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.placements[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text a narrow column cuts; a status also says what it means.
            tip = STATUS_TIPS.get(p.status) if column == 5 else None
            meaning = translate("SequenceModel", tip) if tip else None
            return cell_tooltip(str(self.data(index) or ""), meaning)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 6:
                if p.reason:
                    return p.reason
                if p.status == "placed":
                    return self.tr("Starts as planned")
                return self.tr("Keeps its dates") if p.status == "fixed" else ""
            planned = self.tr("unscheduled")
            if p.planned_start is not None:
                planned = f"{p.planned_start}–{p.planned_end}"
            values = (
                "—" if p.rank is None else p.rank,
                p.code,
                p.title,
                planned,
                "" if p.start is None else f"{p.start}–{p.end}",
                translate("SequenceModel", STATUS_LABELS[p.status])
                if p.status in STATUS_LABELS
                else p.status,
            )
            return values[column]
        if role == Qt.ItemDataRole.FontRole and p.moved and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            (p.status == "not_placed" and column in (5, 6)) or (p.moved and column == 6)
        ):
            return QBrush(theme.warning_color())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SequenceModel", self.HEADERS[section])
        return None


class SequenceTable(QTableView):
    def __init__(self, view: SequenceView):
        super().__init__()
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._view.open_current()
            return
        super().keyPressEvent(event)


class SequenceView(PlanView):
    #: Plans with more items than this are sequenced on the thread pool (about 2 s at 20,000).
    background_above = 2000

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.result: SequenceResult | None = None
        self.task: BackgroundTask | None = None
        self._task_key: tuple[PlanSnapshot, str] | None = None
        self.priority = QComboBox()
        for method, label in PRIORITIES.items():
            self.priority.addItem(translate("SequenceView", label), method)
        self.priority.setToolTip(
            self.tr(
                "The order items claim team capacity in: the portfolio ranking (with its pins) "
                "or WSJF"
            )
        )
        self.priority.currentIndexChanged.connect(lambda _i: self.refresh(self.snapshot))
        self.moved_only = QCheckBox(self.tr("&Only items that move"))
        self.moved_only.setToolTip(self.tr("Hide items that keep their planned quarters"))
        self.moved_only.toggled.connect(lambda _on: self.refresh(self.snapshot))
        self.accept_button = QPushButton(self.tr("&Accept sequence"))
        self.accept_button.setToolTip(
            self.tr("Move every placed item to its sequenced quarters — one step you can undo")
        )
        self.accept_button.clicked.connect(self.accept)
        self.summary = MutedLabel()
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {theme.warning_color().name()};")

        self.model = SequenceModel()
        self.table = SequenceTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.setToolTip(
            self.tr(
                "Select an item to see it in details; Enter or double-click opens it in the roadmap"
            )
        )
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why.setToolTip(self.tr("Why the selected item goes where the sequence puts it"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        row = QHBoxLayout()
        priority_label = QLabel(self.tr("&Priority:"))
        priority_label.setBuddy(self.priority)
        row.addWidget(priority_label)
        row.addWidget(self.priority)
        row.addWidget(self.moved_only)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.why)
        self.refresh(self.snapshot)

    def compute(self) -> SequenceResult:
        method = self.priority.currentData()
        scoring = cached(self.live, "ui.scoring_model", ScoringModel)
        return cached(
            self.live, f"ui.sequence.{method}", lambda snap: sequence_for(snap, scoring, method)
        )

    def refresh(self, snap: PlanSnapshot) -> None:
        current = self.current_item_id()
        if not snap.teams or not snap.demands:
            self.result = None
            self.model.set_placements([])
            self.empty.setText(
                self.tr(
                    "No teams yet — add teams and demands in People & teams to sequence by "
                    "capacity."
                )
                if not snap.teams
                else self.tr(
                    "No team demands yet — say in People & teams how many FTE of which team "
                    "each item needs, and the items are sequenced by capacity."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self.summary.clear()
            self.warnings.clear()
            self.warnings.hide()
            self.accept_button.setEnabled(False)
            return
        method = self.priority.currentData()
        entry = self.live.document.cache.get(f"ui.sequence.{method}")
        if entry is not None and entry[0] is snap:
            self._show(entry[1], current)
        elif len(snap.items) <= self.background_above:
            self._show(self.compute(), current)
        else:
            self._start(snap, method)

    def _start(self, snap: PlanSnapshot, method: str) -> None:
        """Sequence a big plan on the thread pool; the table keeps the last result meanwhile."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.accept_button.setEnabled(False)
        count = len(snap.items)
        self.summary.setText(
            translate("SequenceView", "Sequencing %n item(s) by team capacity…", None, count)
        )
        task = BackgroundTask(
            lambda _progress, _cancelled: sequence_for(snap, ScoringModel(snap), method),
            expected=(PrioritizationError,),
            what=self.tr("Sequencing"),
        )  # no parent: a run outliving the view must not emit from a deleted object
        task.succeeded.connect(self._sequenced)
        task.failed.connect(self.summary.setText)
        self.task = task
        self._task_key = (snap, method)
        task.start()

    def _sequenced(self, result: SequenceResult) -> None:
        if self.sender() is not self.task:
            return  # an older run, for a plan or priority that has changed since
        assert self._task_key is not None  # set with self.task
        snap, method = self._task_key
        if snap is not self.snapshot:
            return
        self.live.document.cache[f"ui.sequence.{method}"] = (snap, result)
        if method == self.priority.currentData():
            self._show(result, self.current_item_id())

    @property
    def pending(self) -> bool:
        return self.task is not None and self.task.running

    def settle(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait(60)
        QApplication.processEvents()

    def _show(self, result: SequenceResult, current: int | None) -> None:
        self.result = result
        shown = [p for p in result.placements if p.moved or not self.moved_only.isChecked()]
        self.model.set_placements(shown)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 220))
        moved = result.moved
        not_placed = sum(1 for p in result.placements if p.status == "not_placed")
        moving = len(moved)
        self.summary.setText(
            translate(
                "SequenceView",
                "Sequenced {start}–{end}: %n item(s) would move, {not_placed} can't be placed. "
                "Accepting moves the quarters shown in bold.",
                None,
                moving,
            ).format(
                start=result.horizon_start,
                end=result.horizon_end,
                not_placed=format_number(not_placed),
            )
        )
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self.accept_button.setEnabled(bool(moved) and not self.live.read_only)
        self.empty.setText(self.tr("Every item keeps its planned quarters: nothing to accept."))
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        if current is not None:
            self.select_item(current)
        self._show_why()

    def accept(self) -> None:
        if self.result is None or self.pending:
            return
        command = accept_sequence(self.result)
        if command is None:
            self.host.report(
                self.tr("Nothing to accept: every item already has its sequenced quarters.")
            )
            return
        if self.live.execute(command):
            self.host.report(self.tr("{done}. Undo puts them back.").format(done=command.label))

    # -- selection -------------------------------------------------------------------------
    def current_item_id(self) -> int | None:
        row = self.table.currentIndex().row()
        placements = self.model.placements
        return placements[row].item_id if 0 <= row < len(placements) else None

    def select_item(self, item_id: int) -> bool:
        row = next((r for r, p in enumerate(self.model.placements) if p.item_id == item_id), None)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.current_item_id()
        self._show_why()
        if item_id is not None:
            self.record_selected.emit("item", item_id)

    def _show_why(self) -> None:
        row = self.table.currentIndex().row()
        placements = self.model.placements
        if not 0 <= row < len(placements):
            self.why.setText(self.tr("Select an item to read why it goes where it does."))
            return
        p = placements[row]
        why = p.reason or (self.tr("Starts as planned.") if p.status == "placed" else "")
        if p.status == "fixed":
            why = why or self.tr("Under way or done: keeps its dates and books its teams first.")
        self.why.setText(f"<b>{escape(p.code, quote=False)}</b>: {escape(why, quote=False)}")

    def open_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.host.reveal("item", item_id)

    def current_record(self) -> tuple[str, int] | None:
        item_id = self.current_item_id()
        return None if item_id is None else ("item", item_id)

    def focus_main(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)


register_view(
    ViewSpec(
        "sequence",
        QT_TRANSLATE_NOOP("Views", "Capacity sequence"),
        SequenceView,
        icon="roadmap",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The roadmap sequenced by team capacity beside the plan, with why items move",
        ),
        order=66,
        details=("item",),
    )
)
