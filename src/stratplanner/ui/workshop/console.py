"""Workshop: the facilitator's console for a planning offsite where business and IT vote together.

The agenda and the people on the left, the round being voted on in the middle, the
room (voting server for phones) on the right, the decision log below. Every edit is
an undoable command through ``LivePlan``; ballots from phones are applied outside the
undo history (``LivePlan.apply_unrecorded``) and show through ``LivePlan.changed``,
so the marks, the count and the chart follow them without polling.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.workshop_outcome import RoundOutcome, round_outcome
from stratplanner.commands.workshop import RemoveParticipant, SetRoundState
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.snapshot.records import RoundRec, WorkshopRec
from stratplanner.ui.actions import WORKSHOP_ACTIONS, WorkshopAct, set_shortcut, shortcut_text
from stratplanner.ui.theme import MutedLabel, info_background
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.workshop.adopt import AdoptDialog, fitting_ways
from stratplanner.ui.workshop.decision_log import WorkshopLog
from stratplanner.ui.workshop.dialogs import (
    BallotForm,
    ParticipantForm,
    RoundForm,
    WorkshopForm,
    plain,
    run_modal,
)
from stratplanner.ui.workshop.room import RoomPanel
from stratplanner.ui.workshop.round_panel import RoundPanel, voted_text
from stratplanner.ui.workshop.words import side_name, state_name

PEOPLE_HEADERS = (
    QT_TRANSLATE_NOOP("WorkshopView", "Name"),
    QT_TRANSLATE_NOOP("WorkshopView", "Side"),
    QT_TRANSLATE_NOOP("WorkshopView", "Unit"),
    QT_TRANSLATE_NOOP("WorkshopView", "Voted"),
)


def round_state_text(round_: RoundRec) -> str:
    if round_.adopted:
        return translate("WorkshopView", "adopted")
    if round_.revealed:
        return translate("WorkshopView", "revealed")
    return state_name(round_.state)


def ballot_filter() -> str:
    return translate("WorkshopView", "Excel workbooks (*.xlsx);;CSV files (*.csv)")


#: WORKSHOP_ACTIONS' texts and tips (ui/actions.py), marked for this view's catalogue: the
#: English is theirs word for word (tests/ui/test_workshop_gui.py checks it).
ACTION_WORDS = {
    WorkshopAct.SHOW_PROJECTOR: (
        QT_TRANSLATE_NOOP("WorkshopView", "&Projector"),
        QT_TRANSLATE_NOOP(
            "WorkshopView",
            "Show the question, the QR code and the results in a window for the room's projector",
        ),
    ),
    WorkshopAct.PROJECTOR_FULL_SCREEN: (
        QT_TRANSLATE_NOOP("WorkshopView", "&Full Screen"),
        QT_TRANSLATE_NOOP(
            "WorkshopView", "Show the projector window full screen, or as a window again"
        ),
    ),
    WorkshopAct.LEAVE_FULL_SCREEN: (
        QT_TRANSLATE_NOOP("WorkshopView", "Leave Full Screen"),
        QT_TRANSLATE_NOOP("WorkshopView", "Show the projector window as a window again"),
    ),
}


def qaction(key: WorkshopAct, parent: QWidget) -> QAction:
    spec = WORKSHOP_ACTIONS[key]
    action = QAction(translate("WorkshopView", spec.text), parent)
    set_shortcut(action, spec.shortcut)
    action.setToolTip(translate("WorkshopView", spec.tip))
    parent.addAction(action)
    return action


class WorkshopView(PlanView):
    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        #: Opens a form and says whether it was accepted (tests fill the form instead).
        self.run_dialog = run_modal
        self.workshop_id: int | None = None
        self.round_id: int | None = None
        self.outcome: RoundOutcome | None = None
        self.projector: Any = None

        # top: the chooser and what is still open from earlier workshops
        self.workshop = QComboBox()
        self.workshop.setToolTip(self.tr("The workshop you are running"))
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop.setMinimumContentsLength(12)
        self.workshop.currentIndexChanged.connect(self._workshop_chosen)
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.new_button.clicked.connect(self.new_workshop)
        self.projector_action = qaction(WorkshopAct.SHOW_PROJECTOR, self)
        self.projector_action.triggered.connect(self.show_projector)
        self.ballots_button = QPushButton(self.tr("Export &ballots…"))
        self.ballots_button.setToolTip(
            self.tr(
                "Write this workshop's ballots to a spreadsheet (XLSX or CSV); anonymity is kept"
            )
        )
        self.ballots_button.clicked.connect(self.export_ballots)
        self.projector_button = QPushButton(self.tr("Pro&jector"))
        self.projector_button.setToolTip(
            self.tr("{tip} ({keys})").format(
                tip=self.projector_action.toolTip(), keys=shortcut_text(self.projector_action)
            )
        )
        self.projector_button.clicked.connect(self.show_projector)
        self.message = plain()
        self.message.hide()
        self.earlier = plain()
        self.earlier.setStyleSheet(
            f"background: {info_background().name()}; padding: 4px; border-radius: 3px;"
        )
        self.earlier.hide()

        # left: agenda and participants
        self.agenda = QListWidget()
        self.agenda.setObjectName("workshopAgenda")
        self.agenda.currentRowChanged.connect(self._round_chosen)
        self.add_round_button = QPushButton(self.tr("Add &round…"))
        self.add_round_button.clicked.connect(self.add_round)
        self.people = QTableWidget(0, len(PEOPLE_HEADERS))
        self.people.setHorizontalHeaderLabels(
            [translate("WorkshopView", h) for h in PEOPLE_HEADERS]
        )
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setWordWrap(False)
        self.people_count = MutedLabel()
        self.add_person_button = QPushButton(self.tr("Add p&articipant…"))
        self.add_person_button.clicked.connect(self.add_participant)
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.remove_person_button.setToolTip(
            self.tr("Remove the selected participant and their ballots")
        )
        self.remove_person_button.clicked.connect(self.remove_participant)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(MutedLabel(self.tr("Agenda"), style="font-weight: 600;"))
        left_layout.addWidget(self.agenda, 2)
        left_layout.addWidget(self.add_round_button)
        left_layout.addWidget(MutedLabel(self.tr("Participants"), style="font-weight: 600;"))
        left_layout.addWidget(self.people, 3)
        left_layout.addWidget(self.people_count)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.add_person_button)
        person_buttons.addWidget(self.remove_person_button)
        left_layout.addLayout(person_buttons)

        # centre: the round and the decision log
        self.round_panel = RoundPanel()
        self.round_panel.open_button.clicked.connect(lambda: self._set_state("open"))
        self.round_panel.close_button.clicked.connect(lambda: self._set_state("closed"))
        self.round_panel.reveal_button.clicked.connect(self.reveal_round)
        self.round_panel.adopt_button.clicked.connect(self.adopt)

        def run_dialog(dialog: QDialog) -> bool:
            return self.run_dialog(dialog)  # looked up per call: it may be replaced later

        self.log = WorkshopLog(self.live, run_dialog)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.round_panel)
        centre.addWidget(self.log)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 1)
        centre.setChildrenCollapsible(False)

        # right: the room
        self.room = RoomPanel(self.live)
        self.room.message.connect(self.say)
        self.room.vote_here_requested.connect(lambda: self.enter_ballot(paper=False))
        self.room.paper_requested.connect(lambda: self.enter_ballot(paper=True))
        self.room.serving_changed.connect(lambda _on: self._sync_projector())
        self.room.events.ballot_cast.connect(lambda _p: self._ballot_arrived())
        self.room.events.admitted.connect(lambda _p: self.refresh(self.snapshot))
        room_scroll = QScrollArea()
        room_scroll.setWidgetResizable(True)
        room_scroll.setWidget(self.room)
        room_scroll.setMinimumWidth(200)
        room_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(room_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(160)
        self.splitter.setSizes([260, 700, 300])

        self.start_here = QWidget()
        start_layout = QVBoxLayout(self.start_here)
        start_layout.addStretch(1)
        heading = QLabel(self.tr("Run a planning workshop on the real portfolio"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.start_text = MutedLabel(
            self.tr(
                "Start here: create a workshop, add the people in the room and a round of votes "
                "on roadmap items. Business and IT vote from their phones; the results land in "
                "the plan as one step you can undo."
            )
        )
        self.start_text.setWordWrap(True)
        self.start_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("&Create a workshop…"))
        self.start_button.clicked.connect(self.new_workshop)
        start_layout.addWidget(heading)
        start_layout.addWidget(self.start_text)
        start_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)
        start_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_here)
        self.stack.addWidget(self.splitter)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Workshop:")))
        top.itemAt(0).widget().setBuddy(self.workshop)  # type: ignore[union-attr]
        top.addWidget(self.workshop, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.ballots_button)
        top.addWidget(self.projector_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.earlier)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.live.closing.connect(self.shut_down)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        self.refresh(self.snapshot)

    # -- what is shown --------------------------------------------------------------------

    def current_workshop(self) -> WorkshopRec | None:
        return self.snapshot.workshop_by_id.get(self.workshop_id or -1)

    def current_round(self) -> RoundRec | None:
        return next((r for r in self.snapshot.workshop_rounds if r.id == self.round_id), None)

    def refresh(self, snap: PlanSnapshot) -> None:
        workshops = sorted(snap.workshops, key=lambda w: (w.held_on is None, w.held_on, w.code))
        if self.workshop_id not in {w.id for w in workshops}:
            self.workshop_id = workshops[-1].id if workshops else None
        self.workshop.blockSignals(True)
        self.workshop.clear()
        for w in workshops:
            when = f" · {format_date(w.held_on, 'medium')}" if w.held_on else ""
            self.workshop.addItem(f"{w.title} ({w.code}){when}", w.id)
        self.workshop.setCurrentIndex(self.workshop.findData(self.workshop_id))
        self.workshop.blockSignals(False)
        writable = not self.live.read_only
        self.new_button.setEnabled(writable)
        self.start_button.setEnabled(writable)
        self.stack.setCurrentWidget(self.splitter if workshops else self.start_here)
        self._show_earlier_actions(snap)
        rounds = snap.rounds_of(self.workshop_id) if self.workshop_id else []
        if self.round_id not in {r.id for r in rounds}:
            opened = next((r for r in rounds if r.state == "open"), None)
            self.round_id = (opened or rounds[0]).id if rounds else None
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for r in rounds:
            question = r.question or self.tr("(no question)")
            entry = QListWidgetItem(f"{r.code}  {question} — {round_state_text(r)}")
            entry.setData(Qt.ItemDataRole.UserRole, r.id)
            entry.setToolTip(r.question)
            self.agenda.addItem(entry)
            if r.id == self.round_id:
                self.agenda.setCurrentItem(entry)
        self.agenda.blockSignals(False)
        self.add_round_button.setEnabled(writable and self.workshop_id is not None)
        self.ballots_button.setEnabled(self.workshop_id is not None)
        round_ = self.current_round()
        self.outcome = round_outcome(snap, round_) if round_ is not None else None
        self.round_panel.show_round(snap, self.outcome, self.live.read_only)
        self._show_people(snap)
        self.log.show_workshop(snap, self.workshop_id)
        workshop = self.current_workshop()
        self.room.follow(
            workshop.code if workshop else "",
            round_.code if round_ else "",
            round_ is not None and round_.state == "open",
        )
        if round_ is not None and round_.state == "open" and round_.timer_seconds:
            self.ticker.start()
        else:
            self.ticker.stop()
        self._sync_projector()

    def _show_earlier_actions(self, snap: PlanSnapshot) -> None:
        current = self.current_workshop()
        earlier = [
            a
            for a in snap.open_actions()
            if a.workshop_id != self.workshop_id
            and (
                current is None
                or current.held_on is None
                or (w := snap.workshop_by_id.get(a.workshop_id)) is None
                or w.held_on is None
                or w.held_on <= current.held_on
            )
        ]
        if not earlier:
            self.earlier.hide()
            return
        people = snap.person_by_id
        lines = [
            f"• {snap.workshop_by_id[a.workshop_id].code} {a.code}: {a.action}"
            + (f" ({people[a.owner_id].name})" if a.owner_id in people else "")
            + (self.tr(", due {date}").format(date=format_date(a.due, "short")) if a.due else "")
            for a in earlier[:5]
        ]
        if len(earlier) > 5:
            more = len(earlier) - 5
            lines.append(translate("WorkshopView", "… and %n more", None, more))
        self.earlier.setText(
            self.tr(
                "Open actions from earlier workshops — come back to them at this workshop's "
                "start ({count}):"
            ).format(count=len(earlier))
            + "\n"
            + "\n".join(lines)
        )
        self.earlier.show()

    def _show_people(self, snap: PlanSnapshot) -> None:
        people = sorted(
            snap.participants_by_workshop.get(self.workshop_id or -1, []),
            key=lambda p: p.name.casefold(),
        )
        outcome = self.outcome
        anonymous = outcome is not None and outcome.round.anonymity == "anonymous"
        voted = outcome.voted if outcome is not None else frozenset()
        units = snap.business_unit_by_id
        self.people.setRowCount(len(people))
        for row, p in enumerate(people):
            mark = "" if anonymous or outcome is None else ("✓" if p.id in voted else "")
            values = (
                p.name,
                side_name(p.side),
                units[p.business_unit_id].code if p.business_unit_id in units else "",
                mark,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)  # plain text: names are typed on phones
                cell.setData(Qt.ItemDataRole.UserRole, p.id)
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.people.setItem(row, column, cell)
        self.people.resizeColumnsToContents()
        in_room = len(people)
        count = translate("WorkshopView", "%n in the room", None, in_room)
        if outcome is not None:
            count += " · " + voted_text(len(voted), outcome.electorate)
            if anonymous:
                count = self.tr("{count} (anonymous round: who voted is not shown)").format(
                    count=count
                )
        self.people_count.setText(count)
        self.people_count.setWordWrap(True)
        writable = not self.live.read_only and self.workshop_id is not None
        self.add_person_button.setEnabled(writable)
        self.remove_person_button.setEnabled(writable and bool(people))

    def export_ballots(self) -> None:
        """The workshop's ballots as XLSX or CSV: names only for named rounds (workshop_ballots)."""
        from stratplanner.io.workshop_ballots import write_ballots

        workshop = self.current_workshop()
        window = self.window()
        context = getattr(window, "context", None)
        if workshop is None or context is None:
            return
        folder = context.settings.last_folder or str(Path.home())
        suggested = str(Path(folder) / f"{workshop.code} ballots.xlsx")
        path = context.dialogs.save_file_path(
            window, self.tr("Export Ballots"), suggested, ballot_filter()
        )
        if not path:
            return
        target = Path(path if Path(path).suffix.lower() in (".xlsx", ".csv") else f"{path}.xlsx")
        snap = self.snapshot
        try:
            count = write_ballots(snap, snap.rounds_of(workshop.id), target)
        except OSError as exc:
            self.say(
                self.tr("The ballots could not be written to {file}: {error}.").format(
                    file=target.name, error=exc.strerror or exc
                )
            )
            return
        context.settings.last_folder = str(target.parent)
        self.say(
            translate("WorkshopView", "Wrote %n ballot(s) to {file}.", None, count).format(
                file=target.name
            )
        )

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _tick(self) -> None:
        self.round_panel.tick()
        if self.projector is not None:
            self.projector.tick()

    def _ballot_arrived(self) -> None:
        # LivePlan.changed has already refreshed a visible view; a hidden one catches up here.
        if not self.isVisible():
            self._sync_projector()

    # -- choosing -------------------------------------------------------------------------

    def _workshop_chosen(self, index: int) -> None:
        self.workshop_id = self.workshop.itemData(index)
        self.round_id = None
        self.refresh(self.snapshot)

    def _round_chosen(self, row: int) -> None:
        entry = self.agenda.item(row)
        if entry is not None:
            self.round_id = entry.data(Qt.ItemDataRole.UserRole)
            self.refresh(self.snapshot)

    def select_round(self, code: str) -> None:
        for row in range(self.agenda.count()):
            if self.agenda.item(row).text().split()[0] == code:
                self.agenda.setCurrentRow(row)
                return

    # -- edits ----------------------------------------------------------------------------

    def _form(self, form: QDialog) -> bool:
        accepted = self.run_dialog(form)
        form.deleteLater()
        command = getattr(form, "command_done", None)
        if accepted and command is not None:
            self.say("")
            return True
        return False

    def new_workshop(self) -> None:
        form = WorkshopForm(self.live.attempt, self)
        if self._form(form):
            created = self.snapshot.workshop_by_code.get(form.code.text().strip())
            if created is not None:
                self.workshop_id = created.id
                self.round_id = None
                self.refresh(self.snapshot)

    def add_round(self) -> None:
        if self.workshop_id is None:
            return
        form = RoundForm(self.snapshot, self.workshop_id, self.live.attempt, self)
        if self._form(form):
            self.round_id = getattr(form.command_done, "round_id", None) or self.round_id
            self.refresh(self.snapshot)

    def add_participant(self) -> None:
        if self.workshop_id is not None:
            self._form(ParticipantForm(self.snapshot, self.workshop_id, self.live.attempt, self))

    def remove_participant(self) -> None:
        cell = self.people.item(self.people.currentRow(), 0)
        if cell is None:
            self.say(self.tr("Select the participant to remove first."))
            return
        if not self.host.confirm(
            self.tr("Remove participant"),
            self.tr(
                "Remove {name} from this workshop? Their ballots go too (Undo brings them back)."
            ).format(name=cell.text()),
            self.tr("Remove"),
        ):
            return
        self._execute(RemoveParticipant(cell.data(Qt.ItemDataRole.UserRole)))

    def _execute(self, command: Any) -> bool:
        refused = self.live.attempt(command)
        self.say(refused or "")
        self.room.notify()
        return refused is None

    def _set_state(self, state: str) -> None:
        round_ = self.current_round()
        if round_ is not None and self._execute(SetRoundState(round_.id, state)):
            if state == "open":
                said = self.tr("Round {round} is open: start serving so phones can vote.")
            else:
                said = self.tr("Round {round} is closed.")
            self.say(said.format(round=round_.code))

    def reveal_round(self) -> None:
        round_ = self.current_round()
        if round_ is not None:
            self._execute(SetRoundState(round_.id, revealed=True))

    def enter_ballot(self, *, paper: bool) -> None:
        round_ = self.current_round()
        if round_ is None or round_.state != "open":
            self.say(self.tr("Open the round first; ballots are taken only while it is open."))
            return
        people = sorted(
            self.snapshot.participants_by_workshop.get(round_.workshop_id, []),
            key=lambda p: p.name.casefold(),
        )
        if self._form(
            BallotForm(self.snapshot, round_, people, self.live.attempt, paper=paper, parent=self)
        ):
            self.room.notify()

    def adopt(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        ways, reason = fitting_ways(self.snapshot, outcome)
        if not ways:
            self.say(reason or self.tr("This round's result can't be adopted in the plan."))
            return
        dialog = AdoptDialog(self.live, outcome, ways, self)
        dialog.deleteLater()  # after this turn of the event loop
        if self.run_dialog(dialog):
            self.say(
                self.tr("Adopted round {round}: {summary} Undo takes it back in one step.").format(
                    round=outcome.round.code,
                    summary=" ".join(dialog.adoption.summary if dialog.adoption else ()),
                )
            )

    # -- projector and shutdown -----------------------------------------------------------

    def show_projector(self) -> None:
        from stratplanner.ui.workshop.projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow()
        self.projector.place()
        self._sync_projector()

    def _sync_projector(self) -> None:
        if self.projector is not None:
            self.projector.show_state(self.snapshot, self.outcome, self.room.server)

    def shut_down(self) -> None:
        """Stop serving and close the projector (the plan, the view or the app is closing)."""
        self.ticker.stop()
        self.room.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None

    def focus_main(self) -> None:
        self.agenda.setFocus()

    def settle(self) -> None:
        self.round_panel._redraw()
        if self.projector is not None:
            self.projector.settle()


# The title and tooltip are the English sources; the registry shows them translated in the
# "Views" context (marked in ui/views/__init__.py, where the built-in views are declared).
register_view(
    ViewSpec(
        "workshop",
        "Workshop",
        WorkshopView,
        icon="people",
        tooltip="Run a workshop: business and IT vote on the portfolio from their phones",
        order=67,  # after Budget scenarios (VIEW_MODULES breaks the tie)
    )
)
