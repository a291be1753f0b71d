"""Portfolio: the ranked portfolio, each score broken down by criterion, weights tried live.

Moving a weight re-ranks in memory (``ScoringModel.rank``, normalised once per
plan revision); nothing is written until **Save weights**, one undoable step.
Sensitivity flags an item only when ±20 % on one weight moves it across a
decision line the user draws (the top N, the funded set of a budget scenario)
and names that weight. Pins fix an item's rank with a reason (undoable); WSJF
is the alternative method.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.scenarios import BudgetSpec
from stratplanner.analysis.scoring import PrioritizationError, Ranking, ScoringModel
from stratplanner.analysis.sensitivity import (
    DecisionLines,
    ItemSensitivity,
    Sensitivity,
    rank_sensitivity,
)
from stratplanner.commands.portfolio import PinRank, SetWeights, Unpin
from stratplanner.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_number,
    format_percent,
    translate,
)
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.icons import icon
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.views.findings import cached
from stratplanner.ui.widgets.flow_layout import FlowLayout
from stratplanner.ui.widgets.record_table import name_width
from stratplanner.ui.workers import BackgroundTask

_Index = QModelIndex | QPersistentModelIndex
_FIXED_COLUMNS = (
    QT_TRANSLATE_NOOP("RankingModel", "Rank"),
    QT_TRANSLATE_NOOP("RankingModel", "Code"),
    QT_TRANSLATE_NOOP("RankingModel", "Title"),
    QT_TRANSLATE_NOOP("RankingModel", "Score"),
    QT_TRANSLATE_NOOP("RankingModel", "±20% on one weight"),
)
#: The column that says whether a weight change would change the decision.
SENSITIVITY_COLUMN = 4
#: The top N drawn as a decision line until the user picks another (0 = none).
DEFAULT_TOP_N = 10


def sensitivity_text(entry: ItemSensitivity | None) -> str:
    """'At risk: out of the top 10 if ALIGN +20%, VALUE −20%', 'Holds', or '' (not worked out)."""
    if entry is None:
        return ""
    if not entry.flagged:
        return translate("RankingModel", "Holds")
    parts: dict[str, list[str]] = {}
    for c in entry.crossings:
        parts.setdefault(c.where, []).append(c.weight_label)
    reasons = "; ".join(
        translate("RankingModel", "{where} if {weights}").format(where=w, weights=", ".join(by))
        for w, by in parts.items()
    )
    return translate("RankingModel", "At risk: {reasons}").format(reasons=reasons)


def sensitivity_tooltip(entry: ItemSensitivity) -> str:
    lines = [c.label for c in entry.crossings] or [
        translate("RankingModel", "No single ±20% weight change moves it across a line")
    ]
    if entry.shifts:
        lines.append(
            translate("RankingModel", "Its rank moves within {low}–{high}:").format(
                low=entry.min_rank, high=entry.max_rank
            )
        )
        lines.extend(
            "  "
            + translate("RankingModel", "{change}: rank {rank}").format(change=s.label, rank=s.rank)
            for s in entry.shifts
        )
    else:
        lines.append(
            translate("RankingModel", "Its rank holds under every single ±20% weight change.")
        )
    return "\n".join(lines)


def _weights(weights: dict[str, float]) -> str:
    """'ALIGN 3, VALUE 1.5' ('VALUE 1,5' in German)."""
    return ", ".join(
        f"{code} {format_number(round(w, 6), grouping=False)}" for code, w in weights.items()
    )


class RankingModel(QAbstractTableModel):
    """Ranked items with a column per criterion's contribution, the pin and the sensitivity."""

    def __init__(self) -> None:
        super().__init__()
        self.ranking: Ranking | None = None
        self.sensitivity: dict[int, ItemSensitivity] = {}
        self.criteria: list[str] = []

    def set_ranking(self, ranking: Ranking | None, sensitivity: Sensitivity | None) -> None:
        self.beginResetModel()
        self.ranking = ranking
        self.criteria = (
            []
            if ranking is None or ranking.method != "score"
            else [c.code for c in ranking.criteria]
        )
        self.sensitivity = {s.item_id: s for s in sensitivity.items} if sensitivity else {}
        self.endResetModel()

    def set_sensitivity(self, sensitivity: Sensitivity) -> None:
        """Sensitivity worked out after the ranking (in the background on big plans)."""
        self.sensitivity = {s.item_id: s for s in sensitivity.items}
        if self.rowCount():
            column = SENSITIVITY_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    @property
    def headers(self) -> list[str]:
        fixed = [translate("RankingModel", c) for c in _FIXED_COLUMNS]
        return [*fixed, *self.criteria, self.tr("Pinned")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.ranking is None else len(self.ranking.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def item_id(self, row: int) -> int | None:
        if self.ranking is None or not 0 <= row < len(self.ranking.items):
            return None
        return self.ranking.items[row].item_id

    def codes(self) -> list[str]:
        return [] if self.ranking is None else [r.code for r in self.ranking.items]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.ranking is None:
            return None
        entry = self.ranking.items[index.row()]
        column = index.column()
        n_fixed, n_criteria = len(_FIXED_COLUMNS), len(self.criteria)
        sens = self.sensitivity.get(entry.item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.rank
            if column == 1:
                return entry.code
            if column == 2:
                return entry.title
            if column == 3:
                return "—" if entry.score is None else format_number(entry.score, 1)
            if column == SENSITIVITY_COLUMN:
                return sensitivity_text(sens)
            if column < n_fixed + n_criteria:
                points = entry.contributions.get(self.criteria[column - n_fixed], 0.0)
                return format_number(points, 1, grouping=False)
            return f"#{entry.pin.rank}: {entry.pin.reason}" if entry.pin else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, entry, sens)
        numeric = column in (0, 3) or n_fixed <= column < n_fixed + n_criteria
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flagged = column == SENSITIVITY_COLUMN and sens is not None and sens.flagged
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(theme.warning_color())
        if role == Qt.ItemDataRole.DecorationRole and flagged:
            return icon("warning")
        return None

    def _tooltip(self, index: _Index, entry: Any, sens: ItemSensitivity | None) -> str | None:
        """The whole text of a cell a narrow column cuts, then what it is made of."""
        assert self.ranking is not None  # data() asks only with a ranking
        column = index.column()
        n_fixed, n_criteria = len(_FIXED_COLUMNS), len(self.criteria)
        shown = str(self.data(index) or "")
        if n_fixed <= column < n_fixed + n_criteria:
            code = self.criteria[column - n_fixed]
            given = format_number(entry.contributions.get(code, 0.0), 1, grouping=False)
            raw = entry.raw.get(code)
            if code in entry.unscored:
                text = self.tr("{code}: {points} points; read {raw} (not scored: counts as 0)")
            else:
                text = self.tr("{code}: {points} points; read {raw}")
            return text.format(code=code, points=given, raw=raw)
        if column == n_fixed + n_criteria and entry.pin:
            pin = entry.pin
            on = format_date(pin.decided_on, "short") if pin.decided_on else ""
            if pin.decided_by:
                text = self.tr("Pinned at rank {rank} by {who} on {date}: {reason}")
            else:
                text = self.tr("Pinned at rank {rank} on {date}: {reason}")
            said = text.format(rank=pin.rank, who=pin.decided_by, date=on, reason=pin.reason)
            return f"{shown}\n{said}"
        if column == 3 and self.ranking.method == "wsjf":
            return self.tr("Cost of delay {cost} ÷ job size {size}").format(
                cost=entry.cost_of_delay, size=entry.job_size
            )
        if column == SENSITIVITY_COLUMN and sens is not None:
            return f"{shown}\n{sensitivity_tooltip(sens)}"
        return shown or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == SENSITIVITY_COLUMN:
            return self.tr(
                "At risk: a ±20% change of the named weight moves the item across the decision "
                "line drawn above (into or out of the top N or the scenario's funded set)"
            )
        if role == Qt.ItemDataRole.ToolTipRole and self.ranking is not None:
            n_fixed = len(_FIXED_COLUMNS)
            if n_fixed <= section < n_fixed + len(self.criteria):
                c = self.ranking.criteria[section - n_fixed]
                return self.tr(
                    "{name}: points this criterion gives ({share} of the weight)"
                ).format(name=c.name, share=format_percent(c.share))
        return None


class RankTable(QTableView):
    """Enter opens the item in the roadmap, like a double-click. The columns that carry the
    point (title, score, the ±20% verdict) share the width; criteria points come after."""

    def __init__(self, view: PortfolioView):
        super().__init__()
        self._view = view
        #: Widths the contents ask (set by size_columns), and whether the user dragged one.
        self._natural: list[int] = []
        self._fitting = False
        self._user_sized = False
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._view.open_current()
            return
        super().keyPressEvent(event)

    def size_columns(self) -> None:
        """Widths from the contents, then fitted to the table's width."""
        self._fitting = True
        try:
            self.resizeColumnsToContents()
        finally:
            self._fitting = False
        self._natural = [self.columnWidth(c) for c in range(self.model().columnCount())]
        self._user_sized = False
        self.fit_to_width()

    def fit_to_width(self) -> None:
        """The verdict whole when it can be (up to 60 characters), the title from a readable
        name (``NAME_CHARS``) up to 44 characters. Short of room the title gives way first,
        then the code (down to 12 characters, as in the record tables), then the verdict."""
        natural = self._natural
        if len(natural) <= SENSITIVITY_COLUMN:
            return
        chars = self.fontMetrics().averageCharWidth()
        title_floor = name_width(self)
        title = max(title_floor, min(natural[2], 44 * chars))
        code = natural[1]
        code_floor = min(code, 12 * chars + 16)
        verdict_floor = 22 * chars
        verdict = max(verdict_floor, min(natural[SENSITIVITY_COLUMN], 60 * chars))
        room = self.viewport().width() - natural[0] - natural[3]
        short = code + title + verdict - room
        if short > 0:
            given = min(short, title - title_floor)
            title, short = title - given, short - given
        if short > 0:
            given = min(short, code - code_floor)
            code, short = code - given, short - given
        if short > 0:
            verdict = max(verdict_floor, verdict - short)
        self._fitting = True
        try:
            self.setColumnWidth(1, code)
            self.setColumnWidth(2, title)
            self.setColumnWidth(SENSITIVITY_COLUMN, verdict)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, *_args: object) -> None:
        last = column == self.horizontalHeader().count() - 1  # stretched: follows the window
        if not self._fitting and not last:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self.fit_to_width()


class PortfolioView(PlanView):
    #: Above this many ranked items the sensitivity is worked out on the thread pool.
    background_above = 2000

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.weights: dict[str, float] = {}  # live weights, not yet saved
        #: The plan as it was when the planner began trying weights: Save weights is based on
        #: it, so a teammate's saved weight meanwhile is a conflict, not overwritten.
        self.weights_seen: PlanSnapshot | None = None
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.ranking: Ranking | None = None
        self.task: BackgroundTask | None = None
        self._sized = False
        self._lines_set = False

        self.method = QComboBox()
        self.method.addItem(self.tr("Weighted score"), "score")
        self.method.addItem(self.tr("WSJF (cost of delay ÷ job size)"), "wsjf")
        self.method.setToolTip(
            self.tr("Rank by the weighted criteria, or by weighted shortest job first")
        )
        self.method.currentIndexChanged.connect(lambda _i: self.rerank())
        self.weights_box = QGroupBox(
            self.tr("Weights — try them; nothing is saved until you say so")
        )
        self.weights_grid = QGridLayout(self.weights_box)
        self.save_button = QPushButton(self.tr("&Save weights"))
        self.save_button.setToolTip(
            self.tr("Keep these weights in the plan (one step you can undo)")
        )
        self.save_button.clicked.connect(self.save_weights)
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Back to the weights saved in the plan"))
        self.reset_button.clicked.connect(self.reset_weights)
        self.summary = MutedLabel()
        self.summary.setWordWrap(True)
        self.top_n = QSpinBox()
        self.top_n.setRange(0, 100000)
        self.top_n.setValue(DEFAULT_TOP_N)
        self.top_n.setSpecialValueText(self.tr("none"))
        self.top_n.setToolTip(
            self.tr(
                "The top N you will decide on; an item a ±20% weight change moves into or out "
                "of it is flagged (0: no such line)"
            )
        )
        self.top_n.valueChanged.connect(lambda _n: self.rerank())
        self.scenario = QComboBox()
        self.scenario.setToolTip(
            self.tr(
                "A budget scenario that maximises score: an item a ±20% weight change moves into "
                "or out of its funded set is flagged"
            )
        )
        self.scenario.currentIndexChanged.connect(lambda _i: self.rerank())
        self.scenario.activated.connect(lambda _i: setattr(self, "_lines_set", True))

        self.model = RankingModel()
        self.table = RankTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.pin_rank = QSpinBox()
        self.pin_rank.setRange(1, 100000)
        self.pin_rank.setToolTip(
            self.tr("The rank the selected item should keep, whatever its score")
        )
        self.pin_reason = QLineEdit()
        self.pin_reason.setPlaceholderText(self.tr("Why (required), e.g. “Regulatory deadline”"))
        self.pin_reason.setToolTip(self.tr("Recorded with the pin, for whoever asks later"))
        self.pin_reason.returnPressed.connect(self.pin_selected)
        self.pin_button = QPushButton(self.tr("&Pin rank"))
        self.pin_button.setToolTip(
            self.tr("Fix the selected item at this rank (one step you can undo)")
        )
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("U&npin"))
        self.unpin_button.setToolTip(self.tr("Let the selected item's score decide its rank again"))
        self.unpin_button.clicked.connect(self.unpin_selected)

        top = QHBoxLayout()
        method_label = QLabel(self.tr("&Method:"))
        method_label.setBuddy(self.method)
        top.addWidget(method_label)
        top.addWidget(self.method)
        top.addStretch(1)
        lines_row = FlowLayout()  # a longer sentence (German) wraps instead of widening the view
        top_label = QLabel(self.tr("At risk if ±20% on one weight moves an item across: the &top"))
        top_label.setBuddy(self.top_n)
        lines_row.addWidget(top_label)
        lines_row.addWidget(self.top_n)
        scenario_label = QLabel(self.tr("or funded set of"))
        scenario_label.setBuddy(self.scenario)
        lines_row.addWidget(scenario_label)
        lines_row.addWidget(self.scenario)
        top.addWidget(self.save_button)
        top.addWidget(self.reset_button)
        weights_row = QHBoxLayout()
        weights_row.addWidget(self.weights_box, 1)
        pin_row = QHBoxLayout()
        pin_label = QLabel(self.tr("Pin selected item at ran&k:"))
        pin_label.setBuddy(self.pin_rank)
        pin_row.addWidget(pin_label)
        pin_row.addWidget(self.pin_rank)
        pin_row.addWidget(self.pin_reason, 1)
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(weights_row)
        layout.addLayout(lines_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(pin_row)
        self.refresh(self.snapshot)

    # -- data ------------------------------------------------------------------------------
    @property
    def scoring(self) -> ScoringModel:
        return cached(self.live, "ui.scoring_model", ScoringModel)

    def stored_weights(self) -> dict[str, float]:
        return self.scoring.stored_weights()

    def refresh(self, snap: PlanSnapshot) -> None:
        stored = self.stored_weights()
        # Keep weights being tried for criteria that still exist.
        self.weights = {c: w for c, w in self.weights.items() if c in stored}
        self._build_weights()
        self._build_scenarios(snap)
        self.rerank()

    def _build_scenarios(self, snap: PlanSnapshot) -> None:
        """Budget scenarios whose funded set the weights decide; the first one is drawn first."""
        capped = [s for s in snap.scenarios if s.budget is not None and s.maximise == "score"]
        chosen = self.scenario.currentData()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        self.scenario.addItem(
            self.tr("no budget scenario") if capped else self.tr("no scenario with a cap"), None
        )
        for s in capped:
            self.scenario.addItem(s.name, s.id)
        ids = [s.id for s in capped]
        keep = chosen if chosen in ids else (ids[0] if ids and not self._lines_set else None)
        self.scenario.setCurrentIndex(self.scenario.findData(keep) if keep is not None else 0)
        self.scenario.setEnabled(bool(capped))
        self.scenario.blockSignals(False)

    def decision_lines(self) -> DecisionLines:
        scenario_id = self.scenario.currentData()
        scenario = next((s for s in self.snapshot.scenarios if s.id == scenario_id), None)
        return DecisionLines(
            top_n=self.top_n.value() or None,
            scenario=None if scenario is None else BudgetSpec.of(scenario),
        )

    def _build_weights(self) -> None:
        criteria = self.scoring.criteria
        if [c.code for c in criteria] != list(self.spins):
            while self.weights_grid.count():
                taken = self.weights_grid.takeAt(0)
                assert taken is not None  # index 0 exists while count() > 0
                widget = taken.widget()
                if widget is not None:
                    widget.deleteLater()
            self.spins = {}
            for k, criterion in enumerate(criteria):
                spin = QDoubleSpinBox()
                spin.setRange(0.0, 100.0)
                spin.setSingleStep(0.5)
                spin.setDecimals(1)
                direction = (
                    self.tr("lower is better")
                    if criterion.direction == "cost"
                    else self.tr("higher is better")
                )
                spin.setToolTip(
                    self.tr("Weight of {name} ({measure}, {direction})").format(
                        name=criterion.name, measure=criterion.measure, direction=direction
                    )
                )
                spin.valueChanged.connect(
                    lambda value, code=criterion.code: self.set_weight(code, value)
                )
                label = QLabel(f"{criterion.name}:")
                label.setBuddy(spin)
                self.weights_grid.addWidget(label, k // 4, (k % 4) * 2)
                self.weights_grid.addWidget(spin, k // 4, (k % 4) * 2 + 1)
                self.spins[criterion.code] = spin
        stored = self.stored_weights()
        for code, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(self.weights.get(code, stored[code]))
            spin.blockSignals(False)

    def set_weight(self, code: str, value: float) -> None:
        """Try a weight: ranks move at once, the plan is untouched."""
        if not self.weights:
            self.weights_seen = self.snapshot
        self.weights[code] = value
        self.rerank()

    def live_weights(self) -> dict[str, float]:
        return {**self.stored_weights(), **self.weights}

    def unsaved(self) -> dict[str, float]:
        stored = self.stored_weights()
        return {c: w for c, w in self.weights.items() if abs(w - stored[c]) > 1e-9}

    def rerank(self) -> None:
        method = self.method.currentData()
        scoring = self.scoring
        current = self.current_item_id()
        self.weights_box.setEnabled(method == "score")
        ranking: Ranking | None = None
        sensitivity: Sensitivity | None = None
        problem = ""
        if not scoring.items:
            problem = self.tr(
                "No items to rank yet — add proposed, approved or in-progress items in "
                "Roadmap items, and they are ranked here."
            )
        elif method == "score" and not scoring.criteria:
            problem = self.tr("No criteria to score by — the plan has none; WSJF can still rank.")
        else:
            try:
                ranking = scoring.rank(self.live_weights(), method=method)
                if method == "score" and len(scoring.items) <= self.background_above:
                    sensitivity = rank_sensitivity(
                        scoring, self.live_weights(), lines=self.decision_lines()
                    )
            except PrioritizationError as exc:
                problem = str(exc)
        self.ranking = ranking
        headers = self.model.headers
        self.model.set_ranking(ranking, sensitivity)
        if self.model.headers != headers or not self._sized:
            self._sized = ranking is not None
            self._size_columns()
        if ranking is not None and method == "score" and sensitivity is None:
            self._start_sensitivity(scoring, self.live_weights(), self.decision_lines())
        self.empty.setText(problem)
        self.stack.setCurrentWidget(self.table if ranking else self.empty)
        unsaved = self.unsaved()
        self.save_button.setEnabled(bool(unsaved) and not self.live.read_only)
        self.reset_button.setEnabled(bool(unsaved))
        self.summary.setText(self._summary(ranking, sensitivity, unsaved))
        if current is not None:
            self.select_item(current)
        self._update_pin_buttons()

    def _size_columns(self) -> None:
        """Title and the sensitivity verdict get the room; criteria points stay narrow."""
        self.table.size_columns()

    def _start_sensitivity(
        self, scoring: ScoringModel, weights: dict[str, float], lines: DecisionLines
    ) -> None:
        """±20 % on each weight re-ranks the portfolio 2 × criteria times: a second at 20,000."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        task = BackgroundTask(
            lambda _progress, _cancelled: rank_sensitivity(scoring, weights, lines=lines),
            expected=(PrioritizationError,),
            what=self.tr("Working out the sensitivity"),
        )  # no parent: a run outliving the view must not emit from a deleted object
        task.succeeded.connect(self._sensitivity_ready)
        self.task = task
        task.start()

    def _sensitivity_ready(self, sensitivity: Sensitivity) -> None:
        if self.sender() is not self.task or self.ranking is None:
            return  # an older run, for weights or a plan that have changed since
        self.model.set_sensitivity(sensitivity)
        self.summary.setText(self._summary(self.ranking, sensitivity, self.unsaved()))

    @property
    def pending(self) -> bool:
        return self.task is not None and self.task.running

    def settle(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait(60)
        QApplication.processEvents()

    def _summary(
        self, ranking: Ranking | None, sensitivity: Sensitivity | None, unsaved: dict[str, float]
    ) -> str:
        parts = []
        if ranking is not None:
            ranked = len(ranking.items)
            parts.append(translate("PortfolioView", "%n item(s) ranked", None, ranked))
        if sensitivity is not None and ranking is not None:
            drawn = sensitivity.lines.describe()
            flagged = len(sensitivity.flagged)
            parts.append(
                translate(
                    "PortfolioView",
                    "%n item(s) at risk: ±20% on one weight moves it/them into or out of {lines}",
                    None,
                    flagged,
                ).format(lines=drawn)
                if drawn
                else self.tr(
                    "choose a top N or a budget scenario to see what ±20% on a weight changes"
                )
            )
        if unsaved:
            parts.append(self.tr("weights not saved: {weights}").format(weights=_weights(unsaved)))
        if ranking is not None:
            parts.extend(ranking.warnings)
        return "; ".join(parts[:2]) + (". " + " ".join(parts[2:]) if parts[2:] else "")

    # -- commands --------------------------------------------------------------------------
    def save_weights(self) -> None:
        unsaved = self.unsaved()
        if not unsaved:
            return
        ids = {c.code: c.id for c in self.scoring.criteria}
        label = self.tr("Set weights {weights}").format(weights=_weights(unsaved))
        command = SetWeights({ids[c]: w for c, w in unsaved.items()}, label=label)
        if self.live.execute(command, seen=self.weights_seen):
            self.weights, self.weights_seen = {}, None
            self.refresh(self.snapshot)

    def reset_weights(self) -> None:
        self.weights, self.weights_seen = {}, None
        self._build_weights()
        self.rerank()

    def pin_selected(self) -> None:
        item_id = self.current_item_id()
        reason = self.pin_reason.text().strip()
        if item_id is None:
            self.host.report(self.tr("Select the item to pin first."))
            return
        if not reason:
            self.host.report(self.tr("Say why the rank is pinned: type a reason, then Pin rank."))
            self.pin_reason.setFocus()
            return
        if self.live.execute(PinRank(item_id, self.pin_rank.value(), reason)):
            self.pin_reason.clear()
            self.select_item(item_id)

    def unpin_selected(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.live.execute(Unpin(item_id))

    # -- selection -------------------------------------------------------------------------
    def current_item_id(self) -> int | None:
        return self.model.item_id(self.table.currentIndex().row())

    def select_item(self, item_id: int) -> bool:
        if self.ranking is None:
            return False
        row = next((r for r, e in enumerate(self.ranking.items) if e.item_id == item_id), None)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.model.item_id(current.row())
        if item_id is not None:
            entry = self.ranking.by_item[item_id] if self.ranking else None
            if entry is not None:
                self.pin_rank.setValue(entry.pin.rank if entry.pin else entry.rank)
            self.record_selected.emit("item", item_id)
        self._update_pin_buttons()

    def _update_pin_buttons(self) -> None:
        item_id = self.current_item_id()
        entry = self.ranking.by_item.get(item_id) if self.ranking and item_id else None
        writable = not self.live.read_only
        self.pin_button.setEnabled(entry is not None and writable)
        self.unpin_button.setEnabled(entry is not None and entry.pin is not None and writable)

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
        "portfolio",
        QT_TRANSLATE_NOOP("Views", "Portfolio ranking"),
        PortfolioView,
        icon="kpis",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The ranked portfolio: scores by criterion, weights to try, sensitivity and pins",
        ),
        order=64,
        details=("item",),
    )
)
