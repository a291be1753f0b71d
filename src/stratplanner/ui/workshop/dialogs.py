"""The facilitator's small forms: workshop, round, participant, ballot, decision, action.

Each form builds one command and hands it to ``attempt`` (``LivePlan.attempt``) when OK
is pressed: a refusal stays in the form as a sentence, so the facilitator fixes it
in place. The console opens them through its replaceable ``run_dialog`` (tests fill
the fields with qtbot and press OK instead of running a modal loop).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.round_specs import round_spec
from stratplanner.analysis.workshop_ballots import MOSCOW_WORDS
from stratplanner.analysis.workshop_outcome import ANONYMITY_NAMES, METHOD_NAMES
from stratplanner.commands.base import Command
from stratplanner.commands.workshop import (
    AddAction,
    AddParticipant,
    CastBallot,
    CreateRound,
    CreateWorkshop,
    RecordDecision,
    UpdateDecision,
)
from stratplanner.i18n import date_pattern, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.snapshot.records import DecisionRec, ParticipantRec, RoundRec
from stratplanner.ui.theme import error_color
from stratplanner.ui.workshop.words import anonymity_name, method_name, moscow_word, side_name


class Attempt(Protocol):
    """``LivePlan.attempt``: None when done, else why the command was refused. ``seen``: the
    plan the form opened on, whose versions a team-mode edit is based on."""

    def __call__(self, command: Command, *, seen: PlanSnapshot | None = None) -> str | None: ...


def run_modal(dialog: QDialog) -> bool:
    """The real thing: a modal form (tests replace the console's ``run_dialog``)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def plain(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never reads its text as markup (participants type names on phones)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class CommandForm(QDialog):
    """A form whose OK runs its command; a refusal is shown in the form and it stays open."""

    def __init__(self, title: str, attempt: Attempt, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._attempt = attempt
        #: The plan as the form opened on it, when its edit is based on that (not the plan as
        #: it is on OK): a teammate's change meanwhile is then a conflict.
        self.seen: PlanSnapshot | None = None
        self.command_done: Command | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = plain()
        self.problem.setStyleSheet(f"color: {error_color().name()};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def build(self) -> Command:
        """The command the form describes; ValueError with a sentence when a field is unusable.

        Every form overrides it (QDialog's metaclass rules out ``abc.abstractmethod``)."""
        raise NotImplementedError

    def submit(self) -> None:
        try:
            command = self.build()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        refused = self._attempt(command, seen=self.seen)
        if refused:
            self.show_problem(refused)
            return
        self.command_done = command
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def optional_date(text: str, what: str) -> date | None:
    """The date typed (ISO: 2027-03-15) or None; ``what`` names the field in the sentence."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate(
                "WorkshopForms", "{what} must be a date like 2027-03-15, or left empty."
            ).format(what=what)
        ) from None


def _no_date_yet() -> str:
    return translate("WorkshopForms", "YYYY-MM-DD (optional)")


def _none() -> str:
    return translate("WorkshopForms", "(none)")


def _nobody() -> str:
    return translate("WorkshopForms", "(nobody yet)")


def combo(choices: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for text, data in choices:
        box.addItem(text, data)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box


class CheckList(QWidget):
    """Plan records to pick, with a filter box (options of a round, links of a decision)."""

    def __init__(self, rows: list[tuple[str, str]], checked: set[str] | None = None):
        super().__init__()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code or title"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        self.set_rows(rows, checked or set())
        self.filter.textChanged.connect(self._apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def set_rows(self, rows: list[tuple[str, str]], checked: set[str]) -> None:
        self.list.clear()
        for code, title in rows:
            item = QListWidgetItem(f"{code}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def check(self, codes: list[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def checked(self) -> list[str]:
        return [
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]


# -- workshop ------------------------------------------------------------------------------


class WorkshopForm(CommandForm):
    def __init__(self, attempt: Attempt, parent: QWidget | None = None):
        super().__init__(translate("WorkshopForm", "New workshop"), attempt, parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. Q1-OFFSITE"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Spring planning offsite"))
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(date_pattern("short"))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Date:"), self.held_on)

    def build(self) -> Command:
        code, title = self.code.text().strip(), self.title.text().strip()
        if not code:
            raise ValueError(self.tr("A workshop needs a short code, such as Q1-OFFSITE."))
        held: date = self.held_on.date().toPython()  # type: ignore[assignment]
        return CreateWorkshop(code, title or code, held_on=held)


# -- round ---------------------------------------------------------------------------------


class RoundForm(CommandForm):
    """A round: the question, how people vote, and which items or objectives are on the table."""

    def __init__(
        self, snap: PlanSnapshot, workshop_id: int, attempt: Attempt, parent: QWidget | None = None
    ):
        super().__init__(translate("RoundForm", "Add round"), attempt, parent)
        self.snap = snap
        self.workshop_id = workshop_id
        taken = {r.code for r in snap.rounds_of(workshop_id)}
        n = len(taken) + 1
        while f"R{n}" in taken:
            n += 1
        self.code = QLineEdit(f"R{n}")
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("e.g. Which of these should we fund first?"))
        self.method = combo([(method_name(key), key) for key in METHOD_NAMES])
        self.subject = combo(
            [(self.tr("Roadmap items"), "items"), (self.tr("Objectives"), "objectives")]
        )
        self.options = CheckList([])
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setValue(5)
        self.cap = QSpinBox()
        self.cap.setRange(0, 50)
        self.cap.setSpecialValueText(self.tr("no limit"))
        self.points = QSpinBox()
        self.points.setRange(10, 1000)
        self.points.setValue(100)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("each participant's budget, e.g. 500000"))
        self.scenario = combo(
            [(_none(), None)] + [(f"{s.code}  {s.name}", s.id) for s in snap.scenarios]
        )
        self.anonymity = combo([(anonymity_name(key), key) for key in ANONYMITY_NAMES], "by_side")
        self.timer = QSpinBox()
        self.timer.setRange(0, 60)
        self.timer.setSuffix(self.tr(" min"))
        self.timer.setSpecialValueText(self.tr("no timer"))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Question:"), self.question)
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow(self.tr("&Vote on:"), self.subject)
        self.form.addRow(self.tr("&Options:"), self.options)
        self.form.addRow(self.tr("&Dots each:"), self.dots)
        self.form.addRow(self.tr("Dots on one &option at most:"), self.cap)
        self.form.addRow(self.tr("&Points each:"), self.points)
        self.form.addRow(self.tr("&Budget:"), self.budget)
        self.form.addRow(self.tr("Budget &scenario:"), self.scenario)
        self.form.addRow(self.tr("&Anonymity:"), self.anonymity)
        self.form.addRow(self.tr("&Timer:"), self.timer)
        self.subject.currentIndexChanged.connect(self._fill_options)
        self.method.currentIndexChanged.connect(self._show_settings)
        self._fill_options()
        self._show_settings()
        self.resize(560, 640)

    def _fill_options(self) -> None:
        if self.subject.currentData() == "objectives":
            rows = [(o.code, o.title) for o in self.snap.objectives]
        else:
            rows = [(i.code, i.title) for i in self.snap.items]
        self.options.set_rows(rows, set())

    def _show_settings(self) -> None:
        method = self.method.currentData()
        shown = {
            self.dots: method == "dots",
            self.cap: method == "dots",
            self.points: method == "points",
            self.budget: method == "budget",
            self.scenario: method == "budget",
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def build(self) -> Command:
        code, question = self.code.text().strip(), self.question.text().strip()
        if not code:
            raise ValueError(self.tr("A round needs a code, such as R1."))
        method = self.method.currentData()
        budget: Decimal | None = None
        if method == "budget" and self.budget.text().strip():
            try:
                budget = Decimal(self.budget.text().strip().replace(",", ""))
            except InvalidOperation:
                raise ValueError(self.tr("The budget must be a number, such as 500000.")) from None
        return CreateRound(
            self.workshop_id,
            code,
            question,
            method,
            self.options.checked(),
            subject=self.subject.currentData(),
            dots=self.dots.value() if method == "dots" else None,
            cap=(self.cap.value() or None) if method == "dots" else None,
            points=self.points.value() if method == "points" else None,
            budget=budget,
            scenario=self.scenario.currentData() if method == "budget" else None,
            anonymity=self.anonymity.currentData(),
            timer_seconds=self.timer.value() * 60 or None,
        )


# -- participant ---------------------------------------------------------------------------


class ParticipantForm(CommandForm):
    """Someone from the people register, or a name added on the day with their side and unit."""

    def __init__(
        self, snap: PlanSnapshot, workshop_id: int, attempt: Attempt, parent: QWidget | None = None
    ):
        super().__init__(translate("ParticipantForm", "Add participant"), attempt, parent)
        self.workshop_id = workshop_id
        already = {p.person_id for p in snap.participants_by_workshop.get(workshop_id, [])}
        people = [p for p in snap.people if p.id not in already]
        self.from_register = QRadioButton(self.tr("From the &people register"))
        self.new_name = QRadioButton(self.tr("A &new name"))
        self.person = combo([(f"{p.name} ({p.code})", p.id) for p in people])
        self.name = QLineEdit()
        self.side = combo([(side_name("business"), "business"), (side_name("it"), "it")])
        self.unit = combo(
            [(_none(), None)] + [(f"{u.code}  {u.name}", u.id) for u in snap.business_units]
        )
        self.form.addRow(self.from_register)
        self.form.addRow(self.tr("Pe&rson:"), self.person)
        self.form.addRow(self.new_name)
        self.form.addRow(self.tr("N&ame:"), self.name)
        self.form.addRow(self.tr("&Side:"), self.side)
        self.form.addRow(self.tr("&Business unit:"), self.unit)
        self.from_register.toggled.connect(self._mode)
        (self.from_register if people else self.new_name).setChecked(True)
        self.from_register.setEnabled(bool(people))
        self._mode()

    def _mode(self) -> None:
        register = self.from_register.isChecked()
        self.person.setEnabled(register)
        self.name.setEnabled(not register)
        self.side.setEnabled(not register)
        self.unit.setEnabled(not register)

    def build(self) -> Command:
        if self.from_register.isChecked():
            return AddParticipant(self.workshop_id, person=self.person.currentData())
        name = " ".join(self.name.text().split())
        if not name:
            raise ValueError(self.tr("Type the participant's name."))
        return AddParticipant(
            self.workshop_id,
            name=name,
            side=self.side.currentData(),
            business_unit=self.unit.currentData(),
        )


# -- ballot --------------------------------------------------------------------------------


class BallotForm(CommandForm):
    """One participant's ballot typed on this laptop (pass-the-laptop, or a paper ballot)."""

    SUPPORTED = ("dots", "points", "budget", "moscow")  # one field an option
    METHODS = (*SUPPORTED, "pairwise", "criteria")

    def __init__(
        self,
        snap: PlanSnapshot,
        round_: RoundRec,
        people: list[ParticipantRec],
        attempt: Attempt,
        *,
        paper: bool,
        parent: QWidget | None = None,
    ):
        title = (
            translate("BallotForm", "Enter a paper ballot")
            if paper
            else translate("BallotForm", "Vote on this laptop")
        )
        super().__init__(title, attempt, parent)
        self.seen = snap  # a ballot cast meanwhile (a phone, another laptop) is a conflict
        self.round = round_
        voted = {b.participant_id for b in snap.ballots_of(round_.id)}
        voted_mark = self.tr("  ✓ voted")
        self.participant = combo(
            [(p.name + (voted_mark if p.id in voted else ""), p.id) for p in people]
        )
        self.form.addRow(self.tr("&Who:"), self.participant)
        hint = (
            self.tr("Type the ballot exactly as written on the paper.")
            if paper
            else self.tr("Hand the laptop to the participant; they choose their name and vote.")
        )
        self.form.addRow(plain(hint))
        self.fields: dict[Any, QWidget] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        options = snap.options_of(round_.id)
        titles = {o.code: o.title for o in options}
        if round_.method == "pairwise":
            # One row a pair: which matters more, or about the same; unanswered pairs are skipped.
            row = 0
            for n, first in enumerate(options):
                for second in options[n + 1 :]:
                    choice = combo(
                        [("—", None), (first.title, first.code), (second.title, second.code),
                         (self.tr("About the same"), "tie")]
                    )  # fmt: skip
                    pair = self.tr("{first}  or  {second}").format(
                        first=first.title, second=second.title
                    )
                    grid.addWidget(plain(pair), row, 0)
                    grid.addWidget(choice, row, 1)
                    self.fields[(first.code, second.code)] = choice
                    row += 1
        elif round_.method == "criteria":
            try:
                criteria = round_spec(snap, round_).criteria
            except ValueError:
                criteria = ()
            for c, criterion in enumerate(criteria):
                grid.addWidget(plain(criterion.name), 0, c + 1)
            for r, option in enumerate(options, start=1):
                grid.addWidget(plain(f"{option.code}  {option.title}"), r, 0)
                for c, criterion in enumerate(criteria):
                    score = QSpinBox()
                    score.setRange(criterion.scale_min - 1, criterion.scale_max)
                    score.setSpecialValueText("—")  # the lowest value: not rated
                    score.setValue(criterion.scale_min - 1)
                    grid.addWidget(score, r, c + 1)
                    self.fields[(option.code, criterion.code)] = score
        for row, option in enumerate(options if round_.method in self.SUPPORTED else []):
            editor: QWidget
            if round_.method == "moscow":
                editor = combo([("—", None)] + [(moscow_word(k), k) for k in MOSCOW_WORDS])
            elif round_.method == "budget":
                spin = QDoubleSpinBox()
                spin.setRange(0, 1e12)
                spin.setDecimals(0)
                spin.setGroupSeparatorShown(True)
                editor = spin
            else:
                number = QSpinBox()
                number.setRange(0, 1000)
                editor = number
            grid.addWidget(plain(f"{option.code}  {titles[option.code]}"), row, 0)
            grid.addWidget(editor, row, 1)
            self.fields[option.code] = editor
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.form.addRow(scroll)
        self.abstain = QCheckBox(self.tr("&Abstain"))
        self.form.addRow(self.abstain)
        if round_.method not in self.METHODS:
            self.show_problem(
                self.tr(
                    "{method} ballots can't be typed here; use the phones, or: stratplanner "
                    "workshop ballot."
                ).format(method=method_name(round_.method))
            )
            self.ok_button.setEnabled(False)
        self.resize(520, 520)

    def set_value(self, code: Any, value: Any) -> None:
        editor = self.fields[code]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)

    def values(self) -> Any:
        if self.round.method == "pairwise":
            return [
                [first, second, editor.currentData()]
                for (first, second), editor in self.fields.items()
                if isinstance(editor, QComboBox) and editor.currentData() is not None
            ]
        if self.round.method == "criteria":
            rated: dict[str, dict[str, int]] = {}
            for (code, criterion), editor in self.fields.items():
                if isinstance(editor, QSpinBox) and editor.value() >= editor.minimum() + 1:
                    rated.setdefault(code, {})[criterion] = editor.value()
            return rated
        found: dict[str, Any] = {}
        for code, editor in self.fields.items():
            if isinstance(editor, QComboBox):
                if editor.currentData() is not None:
                    found[code] = editor.currentData()
            elif isinstance(editor, QDoubleSpinBox):
                if editor.value():
                    found[code] = str(int(editor.value()))
            elif isinstance(editor, QSpinBox) and editor.value():
                found[code] = editor.value()
        return found

    def build(self) -> Command:
        who = self.participant.currentData()
        if who is None:
            raise ValueError(self.tr("Add the participant to the workshop first."))
        abstain = self.abstain.isChecked()
        return CastBallot(self.round.id, who, None if abstain else self.values(), abstain)


# -- decisions and actions -----------------------------------------------------------------


class DecisionForm(CommandForm):
    """What the group decided, why, what it turned down, who owns it and when to look again."""

    def __init__(
        self,
        snap: PlanSnapshot,
        workshop_id: int,
        attempt: Attempt,
        decision: DecisionRec | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            translate("DecisionForm", "Edit decision")
            if decision
            else translate("DecisionForm", "Record decision"),
            attempt,
            parent,
        )
        self.workshop_id = workshop_id
        self.decision_rec = decision
        links = snap.links_by_decision.get(decision.id, []) if decision else []
        item_codes = {
            snap.item_by_id[k.item_id].code for k in links if k.item_id in snap.item_by_id
        }
        objective_codes = {
            snap.objective_by_id[k.objective_id].code
            for k in links
            if k.objective_id in snap.objective_by_id
        }
        self.decision = QLineEdit(decision.decision if decision else "")
        self.rationale = QPlainTextEdit(decision.rationale if decision else "")
        self.rationale.setMaximumHeight(80)
        self.rejected_options = QLineEdit(decision.options_rejected if decision else "")
        self.owner = combo(
            [(_nobody(), None)] + [(f"{p.name} ({p.code})", p.id) for p in snap.people],
            decision.owner_id if decision else None,
        )
        self.review_on = QLineEdit(
            decision.review_on.isoformat() if decision and decision.review_on else ""
        )
        self.review_on.setPlaceholderText(_no_date_yet())
        self.round = combo(
            [(_none(), None)]
            + [(f"{r.code}  {r.question}", r.id) for r in snap.rounds_of(workshop_id)],
            decision.round_id if decision else None,
        )
        self.items = CheckList([(i.code, i.title) for i in snap.items], item_codes)
        self.objectives = CheckList([(o.code, o.title) for o in snap.objectives], objective_codes)
        self.form.addRow(self.tr("&Decision:"), self.decision)
        self.form.addRow(self.tr("&Rationale:"), self.rationale)
        self.form.addRow(self.tr("Options re&jected:"), self.rejected_options)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("Re&view on:"), self.review_on)
        self.form.addRow(self.tr("&Evidence round:"), self.round)
        self.form.addRow(self.tr("&Items:"), self.items)
        self.form.addRow(self.tr("O&bjectives:"), self.objectives)
        self.resize(600, 680)

    def build(self) -> Command:
        text = self.decision.text().strip()
        if not text:
            raise ValueError(self.tr("Write down what was decided."))
        review = optional_date(self.review_on.text(), self.tr("The review date"))
        rationale = self.rationale.toPlainText().strip()
        rejected = self.rejected_options.text().strip()
        fields: dict[str, Any] = {
            "decision": text,
            "rationale": rationale,
            "options_rejected": rejected,
            "review_on": review,
        }
        if self.decision_rec is None:
            return RecordDecision(
                self.workshop_id,
                text,
                rationale=rationale,
                options_rejected=rejected,
                owner=self.owner.currentData(),
                review_on=review,
                round=self.round.currentData(),
                items=self.items.checked(),
                objectives=self.objectives.checked(),
            )
        fields["owner"] = self.owner.currentData()
        fields["round"] = self.round.currentData()
        return UpdateDecision(
            self.decision_rec.id,
            fields,
            items=self.items.checked(),
            objectives=self.objectives.checked(),
        )


class ActionForm(CommandForm):
    def __init__(
        self, snap: PlanSnapshot, workshop_id: int, attempt: Attempt, parent: QWidget | None = None
    ):
        super().__init__(translate("ActionForm", "Add action"), attempt, parent)
        self.workshop_id = workshop_id
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("e.g. Bring a costed CRM option to the next board"))
        self.owner = combo(
            [(_nobody(), None)] + [(f"{p.name} ({p.code})", p.id) for p in snap.people]
        )
        self.due = QLineEdit()
        self.due.setPlaceholderText(_no_date_yet())
        self.decision = combo(
            [(_none(), None)]
            + [
                (f"{d.code}  {d.decision}", d.id)
                for d in snap.decisions_by_workshop.get(workshop_id, [])
            ]
        )
        self.item = combo([(_none(), None)] + [(f"{i.code}  {i.title}", i.id) for i in snap.items])
        self.objective = combo(
            [(_none(), None)] + [(f"{o.code}  {o.title}", o.id) for o in snap.objectives]
        )
        for box in (self.decision, self.item, self.objective):
            box.setMinimumContentsLength(24)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.form.addRow(self.tr("&Action:"), self.action)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.form.addRow(self.tr("&Decision:"), self.decision)
        self.form.addRow(self.tr("&Item:"), self.item)
        self.form.addRow(self.tr("O&bjective:"), self.objective)

    def build(self) -> Command:
        text = self.action.text().strip()
        if not text:
            raise ValueError(self.tr("Write down what has to be done."))
        return AddAction(
            self.workshop_id,
            text,
            owner=self.owner.currentData(),
            due=optional_date(self.due.text(), self.tr("The due date")),
            decision=self.decision.currentData(),
            item=self.item.currentData(),
            objective=self.objective.currentData(),
        )
