"""The selected round in the console: its question, options, voting state, countdown and results.

The results chart (and matplotlib with it) is made when a round's results are first shown.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.scoring import PrioritizationError, rank_portfolio
from stratplanner.analysis.workshop_outcome import RoundOutcome
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_money, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.snapshot.records import RoundRec
from stratplanner.ui.theme import MutedLabel
from stratplanner.ui.workshop.dialogs import plain
from stratplanner.ui.workshop.words import anonymity_name, method_name

if TYPE_CHECKING:
    from stratplanner.charts.workshop import RoundChart
    from stratplanner.ui.widgets.mpl_canvas import MplCanvas

OPTION_HEADERS = (
    QT_TRANSLATE_NOOP("RoundPanel", "Option"),
    QT_TRANSLATE_NOOP("RoundPanel", "Cost"),
    QT_TRANSLATE_NOOP("RoundPanel", "Dates"),
    QT_TRANSLATE_NOOP("RoundPanel", "Plan score"),
)


def settings_in_words(round_: RoundRec, currency: str) -> str:
    parts = [method_name(round_.method)]
    if round_.method == "dots":
        dots = round_.dots or 5
        text = translate("RoundPanel", "%n dot(s) each", None, dots)
        if round_.cap:
            cap = round_.cap
            text = translate("RoundPanel", "{dots}, at most %n on one option", None, cap).format(
                dots=text
            )
        parts.append(text)
    elif round_.method == "points":
        points = round_.points or 100
        parts.append(translate("RoundPanel", "%n point(s) each to share out", None, points))
    elif round_.method == "budget":
        if round_.budget:
            money = format_money(float(round_.budget), currency)
            parts.append(translate("RoundPanel", "{money} each to spend").format(money=money))
        else:
            parts.append(translate("RoundPanel", "the scenario's budget shared out"))
    parts.append(anonymity_name(round_.anonymity))
    if round_.timer_seconds:
        minutes = format_number(round_.timer_seconds // 60)
        parts.append(translate("RoundPanel", "{minutes} min timer").format(minutes=minutes))
    return " · ".join(parts)


def time_left(round_: RoundRec, now: datetime | None = None) -> str:
    """The countdown's text ('' without a timer or once the round is not open)."""
    if round_.state != "open" or not round_.timer_seconds or round_.opened_at is None:
        return ""
    ends = round_.opened_at.replace(tzinfo=UTC) + timedelta(seconds=round_.timer_seconds)
    left = (ends - (now or datetime.now(UTC))).total_seconds()
    if left <= 0:
        return translate("RoundPanel", "Time is up")
    clock = f"{int(left) // 60}:{int(left) % 60:02d}"
    return translate("RoundPanel", "{clock} left").format(clock=clock)


def round_title(code: str) -> str:
    """'Round R1': a round without a question, or the round's name before its settings."""
    return translate("RoundPanel", "Round {round}").format(round=code)


def voted_text(voted: int, electorate: int) -> str:
    """'3 of 12 have voted'."""
    return translate("RoundPanel", "{voted} of %n have voted", None, electorate).format(
        voted=format_number(voted)
    )


def chart_of(
    snap: PlanSnapshot, outcome: RoundOutcome, size: tuple[float, float] | None = None
) -> RoundChart:
    from stratplanner.charts.workshop import RoundChart

    return RoundChart(
        outcome.round.question,
        outcome.round.method,
        outcome.titles,
        outcome.result,
        outcome.by_side,
        outcome.disagreements,
        size=size,
        money=snap.info.currency,
        title=translate("RoundPanel", "How the room voted"),  # the question is the heading
    )


class RoundPanel(QWidget):
    """What the room votes on now, and the buttons that run the vote."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = plain()
        self.question.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.settings = MutedLabel()
        self.settings.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open voting"))
        self.open_button.setToolTip(
            self.tr("Let everyone vote on this round (phones, laptop or paper)")
        )
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setToolTip(self.tr("Stop taking ballots for this round"))
        self.reveal_button = QPushButton(self.tr("&Reveal results"))
        self.reveal_button.setToolTip(
            self.tr("Show the results here, on the projector and on the phones")
        )
        self.adopt_button = QPushButton(self.tr("Ado&pt…"))
        self.question.setMinimumWidth(10)
        self.adopt_button.setToolTip(
            self.tr("Put the result into the plan (one step you can undo)")
        )
        self.progress = QLabel()
        self.progress.setStyleSheet("font-weight: 600;")
        self.countdown = QLabel()
        self.countdown.setStyleSheet("font-weight: 600;")
        self.options = QTableWidget(0, len(OPTION_HEADERS))
        self.options.setHorizontalHeaderLabels([translate("RoundPanel", h) for h in OPTION_HEADERS])
        self.options.verticalHeader().hide()
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setWordWrap(False)
        self._canvas: MplCanvas | None = None  # made when results are first shown
        self.notes = plain()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.notes)
        self._results_layout = results_layout
        self.results = results
        self.stack = QStackedWidget()
        self.stack.addWidget(self.options)
        self.stack.addWidget(results)
        self.problem = plain()

        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.reveal_button, self.adopt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.countdown)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.settings)
        layout.addLayout(buttons)
        layout.addLayout(status)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        self.chart_notes: list[str] = []
        self._chart_key: object = None
        self._outcome: RoundOutcome | None = None
        self._snap: PlanSnapshot | None = None

    @property
    def canvas(self) -> MplCanvas:
        """The results chart's canvas, made (loading matplotlib) on first use."""
        if self._canvas is None:
            from stratplanner.ui.widgets.mpl_canvas import MplCanvas

            self._canvas = MplCanvas()
            self._canvas.setMinimumSize(200, 150)
            self._canvas.resize_settled.connect(self._redraw)
            self._results_layout.insertWidget(0, self._canvas, 1)
        return self._canvas

    def show_round(self, snap: PlanSnapshot, outcome: RoundOutcome | None, read_only: bool) -> None:
        self._snap, self._outcome = snap, outcome
        if outcome is None:
            self.question.setText(self.tr("Add a round to the agenda to start voting."))
            self.settings.setText("")
            for b in (self.open_button, self.close_button, self.reveal_button, self.adopt_button):
                b.setEnabled(False)
            self.progress.setText("")
            self.countdown.setText("")
            self.problem.hide()
            self.options.setRowCount(0)
            self.stack.setCurrentWidget(self.options)
            return
        round_ = outcome.round
        self.question.setText(round_.question or round_title(round_.code))
        self.settings.setText(
            f"{round_title(round_.code)} · {settings_in_words(round_, snap.info.currency)}"
        )
        writable = not read_only
        self.open_button.setEnabled(writable and round_.state != "open")
        self.open_button.setText(
            self.tr("Re&open voting") if round_.state == "closed" else self.tr("&Open voting")
        )
        self.close_button.setEnabled(writable and round_.state == "open")
        self.reveal_button.setEnabled(writable and not round_.revealed and round_.state != "draft")
        self.adopt_button.setEnabled(writable and round_.revealed and outcome.result.ballots > 0)
        self.adopt_button.setText(self.tr("Adopted") if round_.adopted else self.tr("Ado&pt…"))
        self.adopt_button.setToolTip(
            self.tr("Adopted as {how}").format(how=round_.adopted)
            if round_.adopted
            else self.tr("Put the result into the plan (one step you can undo)")
        )
        self.progress.setText(voted_text(len(outcome.voted), outcome.electorate))
        self.countdown.setText(time_left(round_))
        self.problem.setText(outcome.problem)
        self.problem.setVisible(bool(outcome.problem))
        self._fill_options(snap, round_)
        if round_.revealed:
            self.stack.setCurrentWidget(self.results)
            self._redraw()
        else:
            self.stack.setCurrentWidget(self.options)

    def tick(self) -> None:
        if self._outcome is not None:
            self.countdown.setText(time_left(self._outcome.round))

    def _fill_options(self, snap: PlanSnapshot, round_: RoundRec) -> None:
        try:
            scores = {r.item_id: r.score for r in rank_portfolio(snap).items}
        except PrioritizationError:
            scores = {}
        currency = snap.info.currency
        options = snap.options_of(round_.id)
        self.options.setRowCount(len(options))
        for row, option in enumerate(options):
            item = snap.item_by_id.get(option.item_id) if option.item_id is not None else None
            cost = format_money(float(item.capex + item.opex), currency) if item is not None else ""
            dates = f"{item.start or '—'} – {item.end or '—'}" if item is not None else ""
            score = scores.get(item.id) if item is not None else None
            values = (
                f"{option.code}  {option.title}",
                cost,
                dates,
                "" if score is None else format_number(score, 1),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.options.setItem(row, column, cell)
        self.options.resizeColumnsToContents()

    def _redraw(self) -> None:
        outcome, snap = self._outcome, self._snap
        if outcome is None or snap is None or not outcome.round.revealed:
            return
        from stratplanner.charts.workshop import draw_round_results

        figure = self.canvas.figure
        figure.clear()
        info = draw_round_results(figure, chart_of(snap, outcome))
        self.chart_notes = list(info.notes)
        self.notes.setText("\n".join(info.notes))
        self.notes.setVisible(bool(info.notes))
        self.canvas.draw_idle()
