"""The hand-over dialogs of the Stakeholders view — Mark as left, Move to another unit,
Choose successors — built on one successor form: a combo per responsibility, prefilled with
the best suggestion, never offering the person who is handing over."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import partnership
from stratplanner.analysis.partnership import Responsibility
from stratplanner.commands import Command, Macro, UpdateRecord
from stratplanner.commands.partnership import (
    AssignSuccessors,
    ChangeItemRole,
    MarkPersonLeft,
    MovePerson,
    SuccessorKey,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot

#: Combo data of "decide later": the key is left out, so the responsibility stays with the
#: person (flagged "needs a sponsor" when they have left). ``None`` means leave the role empty.
LATER = "later"


def _holds(name: str, count: int) -> str:
    """'Ann holds 3 responsibilities'."""
    return translate("HandOverDialog", "{name} holds %n responsibilities", None, count).format(
        name=name
    )


@dataclass(frozen=True)
class Slot:
    """One role to fill: what it is and who holds it now (None: nobody is named)."""

    responsibility: Responsibility
    holder_id: int | None

    @property
    def key(self) -> SuccessorKey:
        return self.responsibility.key


def slots_of(snap: PlanSnapshot, person_id: int) -> list[Slot]:
    """Everything ``person_id`` holds, as slots of a successor form."""
    return [Slot(r, person_id) for r in partnership.responsibilities_of(snap, person_id)]


def slots_of_flags(snap: PlanSnapshot, flags: Sequence[partnership.SponsorFlag]) -> list[Slot]:
    """The "needs a sponsor" rows as slots, grouped by who holds them: each person who left
    (by name), then the roles nobody holds."""

    def holder(flag: partnership.SponsorFlag) -> tuple[bool, str, int]:
        person = snap.person_by_id.get(flag.person_id or -1)
        return (person is None, person.name if person else "", flag.person_id or 0)

    return [
        Slot(Responsibility(f.record_kind, f.record_id, f.role, f.code, f.title), f.person_id)
        for f in sorted(flags, key=holder)
    ]


def _owned_by(snap: PlanSnapshot, person_id: int, top_id: int) -> bool:
    """True when ``top_id`` is ``person_id`` or above them in the chain of relationship owners
    (so ``person_id`` can't own the relationship with ``top_id``)."""
    seen: set[int] = set()
    current: int | None = person_id
    while current is not None and current not in seen:
        if current == top_id:
            return True
        seen.add(current)
        person = snap.person_by_id.get(current)
        current = person.relationship_owner_id if person else None
    return False


def _record_unit(snap: PlanSnapshot, kind: str, record_id: int | None) -> int | None:
    """The business unit a record belongs to (a KPI: its item's, else its objective's)."""
    if record_id is None:
        return None
    if kind == "kpi":
        kpi = snap.kpi_by_id.get(record_id)
        if kpi is None:
            return None
        if kpi.item_id is not None:
            return _record_unit(snap, "item", kpi.item_id)
        return _record_unit(snap, "objective", kpi.objective_id)
    records: dict[str, Any] = {
        "item": snap.item_by_id,
        "objective": snap.objective_by_id,
        "person": snap.person_by_id,
    }
    record = records.get(kind, {}).get(record_id)
    return record.business_unit_id if record is not None else None


def _role_side(resp: Responsibility) -> str:
    """The side a role nobody holds is filled from: IT owners and relationship owners from
    IT, sponsors, champions and owners from the business."""
    return "it" if resp.role == "it_owner" or resp.record_kind == "person" else "business"


def _ranking(snap: PlanSnapshot, slot: Slot) -> dict[str, Any]:
    resp = slot.responsibility
    return {
        "unit_id": _record_unit(snap, resp.record_kind, resp.record_id),
        "side": None if slot.holder_id is not None else _role_side(resp),
    }


def candidates(snap: PlanSnapshot, slot: Slot) -> list[int]:
    """Active people who may take ``slot`` over, best first; never its holder, never someone
    who would close a circle of relationship owners."""
    resp = slot.responsibility
    ranked = partnership.suggested_successors(snap, slot.holder_id, **_ranking(snap, slot))
    if resp.record_kind == "person":
        ranked = [pid for pid in ranked if not _owned_by(snap, pid, resp.record_id)]
    return ranked


def default_successor(snap: PlanSnapshot, slot: Slot) -> int | None:
    """Who the dialog proposes for ``slot``: someone of the right side and unit, else nobody
    (the row starts on "decide later": a guess must not be handed everything by Enter)."""
    best = partnership.likely_successor(snap, slot.holder_id, **_ranking(snap, slot))
    return best if best is not None and best in candidates(snap, slot) else None


#: What a responsibility is, as a successor form's row names it (a sentence per kind and role,
#: so each language can inflect it); other roles fall back to the analysis' own words.
_DESCRIPTIONS = {
    ("item", "sponsor"): QT_TRANSLATE_NOOP("SuccessorForm", 'Sponsor of item {code} "{title}"'),
    ("item", "champion"): QT_TRANSLATE_NOOP("SuccessorForm", 'Champion of item {code} "{title}"'),
    ("item", "it_owner"): QT_TRANSLATE_NOOP("SuccessorForm", 'IT owner of item {code} "{title}"'),
    ("objective", "owner"): QT_TRANSLATE_NOOP(
        "SuccessorForm", 'Owner of objective {code} "{title}"'
    ),
    ("kpi", "owner"): QT_TRANSLATE_NOOP("SuccessorForm", 'Owner of KPI {code} "{title}"'),
    ("person", "relationship_owner"): QT_TRANSLATE_NOOP(
        "SuccessorForm", "Relationship owner of {title} ({code})"
    ),
}


def describe(resp: Responsibility) -> str:
    """'Sponsor of item MOBILE-POS "Mobile POS and queue busting"', in the user's language."""
    pattern = _DESCRIPTIONS.get((resp.record_kind, resp.role))
    if pattern is None:
        text = resp.describe()
        return text[:1].upper() + text[1:]
    return translate("SuccessorForm", pattern).format(code=resp.code, title=resp.title)


def _plain_label(text: str) -> QLabel:
    """A label showing names and titles as typed: "<i>Ann</i>" is not markup here."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _person_text(snap: PlanSnapshot, person_id: int) -> str:
    person = snap.person_by_id[person_id]
    unit = snap.business_unit_by_id.get(person.business_unit_id or -1)
    text = f"{person.name} — {person.role}" if person.role else person.name
    return f"{text} ({unit.name})" if unit else text


class SuccessorForm(QWidget):
    """A successor combo per slot; ``choices()`` gives what ``HandOver`` commands take."""

    def __init__(
        self,
        snap: PlanSnapshot,
        slots: Sequence[Slot],
        *,
        later_text: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if later_text is None:
            later_text = self.tr("— decide later (stays flagged) —")
        self.slots: dict[SuccessorKey, Slot] = {slot.key: slot for slot in slots}
        self.successors: dict[SuccessorKey, QComboBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        holders = {slot.holder_id for slot in slots}
        everyone: list[int] = []
        if len(slots) > 3:
            self.set_all = QComboBox()
            self.set_all.setObjectName("setAllSuccessors")
            self.set_all_button = QPushButton(self.tr("Apply to every row"))
            self.set_all_button.clicked.connect(self._apply_to_all)
            row = QHBoxLayout()
            row.addWidget(self.set_all, 1)
            row.addWidget(self.set_all_button)
            form.addRow(self.tr("Everything to:"), row)
        shown_holder: object = object()
        for slot in slots:
            if len(holders) > 1 and slot.holder_id != shown_holder:
                shown_holder = slot.holder_id
                heading = _plain_label(self._holder_text(snap, slot.holder_id))
                heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
                form.addRow(heading)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(28)
            combo.addItem(later_text, LATER)
            if slot.holder_id is not None:  # an empty role is already empty
                combo.addItem(self.tr("— nobody (leave it empty) —"), None)
            offered = candidates(snap, slot)
            for other_id in offered:
                combo.addItem(_person_text(snap, other_id), other_id)
                if other_id not in everyone:
                    everyone.append(other_id)
            proposed = default_successor(snap, slot)
            if proposed is not None:
                combo.setCurrentIndex(combo.findData(proposed))
            label = _plain_label(describe(slot.responsibility))
            label.setWordWrap(True)
            label.setMinimumWidth(300)
            form.addRow(label, combo)
            self.successors[slot.key] = combo
        if len(slots) > 3:
            for other_id in everyone:
                self.set_all.addItem(_person_text(snap, other_id), other_id)

    def _holder_text(self, snap: PlanSnapshot, holder_id: int | None) -> str:
        if holder_id is None:
            return self.tr("Nobody named yet")
        person = snap.person_by_id.get(holder_id)
        if person is None:
            return self.tr("Held by someone no longer in the plan")
        if person.active:
            return self.tr("Held by {name}").format(name=person.name)
        return self.tr("Held by {name} (left)").format(name=person.name)

    def _apply_to_all(self) -> None:
        person_id = self.set_all.currentData()
        for combo in self.successors.values():
            index = combo.findData(person_id)
            if index >= 0:  # not offered where it would make a circle of owners
                combo.setCurrentIndex(index)

    def choices(self) -> dict[SuccessorKey, int | None]:
        """Successor (or None: leave empty) per key; "decide later" rows are left out."""
        out: dict[SuccessorKey, int | None] = {}
        for key, combo in self.successors.items():
            data = combo.currentData()
            if data != LATER:
                out[key] = data
        return out

    def by_holder(self) -> dict[int | None, dict[SuccessorKey, int | None]]:
        out: dict[int | None, dict[SuccessorKey, int | None]] = {}
        for key, successor in self.choices().items():
            out.setdefault(self.slots[key].holder_id, {})[key] = successor
        return out


class HandOverDialog(QDialog):
    """Intro, optional fields of its own, the successor form, a reason, OK/Cancel."""

    def __init__(
        self,
        snap: PlanSnapshot,
        title: str,
        intro: str,
        slots: Sequence[Slot],
        ok_text: str,
        *,
        later_text: str | None = None,
        fields: QFormLayout | None = None,
        fields_title: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        #: The plan as the planner saw it when the dialog opened: in team mode the edit is
        #: based on its versions, so a teammate's change meanwhile is a conflict.
        self.seen = snap
        self.form = SuccessorForm(snap, slots, later_text=later_text)
        self.successors = self.form.successors
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (optional; kept in the sponsor history)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.intro = _plain_label(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if fields is not None:
            fields_box = QGroupBox(fields_title)
            fields_box.setLayout(fields)
            layout.addWidget(fields_box)
        if slots:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.form)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            hint = self.form.sizeHint()
            scroll.setMinimumWidth(hint.width() + 24)
            scroll.setMinimumHeight(min(hint.height() + 4, 420))
            successors_box = QGroupBox(self.tr("Who takes over"))
            QVBoxLayout(successors_box).addWidget(scroll)
            layout.addWidget(successors_box, 1)
        reason = QFormLayout()
        reason.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(reason)
        layout.addWidget(self.buttons)

    def choices(self) -> dict[SuccessorKey, int | None]:
        return self.form.choices()

    def command(self) -> Command | None:
        """The edit to run; None when there is nothing to change."""
        raise NotImplementedError


def _staying_behind(unit: str, behind: int, held: int, first: str) -> str:
    """How many of the ``held`` responsibilities belong to the old ``unit`` (``behind``) and
    get a successor; the rest moves with the person."""
    if behind == 0:
        if held == 1:
            text = translate(
                "MoveDialog",
                "it does not belong to {unit}, so {first} keeps it unless you name a successor.",
            )
        else:
            text = translate(
                "MoveDialog",
                "none of them belongs to {unit}, so {first} keeps them unless you name a "
                "successor.",
            )
    elif behind == held > 1:
        text = translate(
            "MoveDialog",
            "all {count} belong to {unit}: choose who takes them over there (a colleague in "
            "{unit} is proposed where there is one). What {first} keeps moves with them.",
        )
    else:
        text = translate(
            "MoveDialog",
            "%n belong(s) to {unit}: choose who takes them over there (a colleague in {unit} "
            "is proposed where there is one). What {first} keeps moves with them.",
            None,
            behind,
        )
    return text.format(unit=unit, first=first, count=format_number(behind))


class LeaveDialog(HandOverDialog):
    """The person has left: who takes over each thing they held."""

    def __init__(self, snap: PlanSnapshot, person_id: int, parent: QWidget | None = None):
        person = snap.person_by_id[person_id]
        self.person_id = person_id
        slots = slots_of(snap, person_id)
        self.responsibilities = [slot.responsibility for slot in slots]
        if slots:
            intro = self.tr(
                "{holds}. Choose who takes each over. What you decide later stays with them and "
                'is flagged "needs a sponsor" until you choose its successor.'
            ).format(holds=_holds(person.name, len(slots)))
        else:
            intro = self.tr("{name} holds no responsibilities.").format(name=person.name)
        super().__init__(
            snap,
            self.tr("Mark {name} as left").format(name=person.name),
            intro,
            slots,
            self.tr("Mark as left"),
            parent=parent,
        )

    def command(self) -> MarkPersonLeft:
        return MarkPersonLeft(
            self.person_id,
            self.choices(),
            changed_on=date.today(),
            reason=self.reason.text().strip(),
        )


class MoveDialog(HandOverDialog):
    """The person moves to another business unit (and perhaps role): who takes over what
    stays behind in the old unit; the rest moves with them. OK waits for a unit to be chosen,
    so Enter alone never moves anybody."""

    def __init__(self, snap: PlanSnapshot, person_id: int, parent: QWidget | None = None):
        person = snap.person_by_id[person_id]
        self.person_id = person_id
        self.person_name = person.name
        self.old_role = person.role
        slots = slots_of(snap, person_id)
        self.responsibilities = [slot.responsibility for slot in slots]
        first = person.name.split()[0] if person.name.split() else person.name
        self.unit = QComboBox()
        self.unit.setObjectName("newBusinessUnit")
        for unit in sorted(snap.business_units, key=lambda u: u.name):
            if unit.id != person.business_unit_id:
                self.unit.addItem(unit.name, unit.id)
        if person.business_unit_id is not None:
            self.unit.addItem(self.tr("— no business unit —"), None)
        self.unit.setPlaceholderText(self.tr("Choose the unit…"))
        self.unit.setCurrentIndex(-1)
        self.role = QLineEdit(person.role)
        self.role.setPlaceholderText(self.tr("New role (optional)"))
        fields = QFormLayout()
        fields.addRow(self.tr("Business unit:"), self.unit)
        fields.addRow(self.tr("Role:"), self.role)
        old = snap.business_unit_by_id.get(person.business_unit_id or -1)
        behind = [s for s in slots if old and _record_unit(snap, *s.key[:2]) == old.id]
        held = len(slots)
        holds = _holds(person.name, held)
        if not slots:
            handover = self.tr("{name} holds no responsibilities.").format(name=person.name)
        elif old is None:
            handover = (
                self.tr(
                    "{holds}; with no unit to leave behind, {first} keeps it unless you name a "
                    "successor."
                )
                if held == 1
                else self.tr(
                    "{holds}; with no unit to leave behind, {first} keeps them unless you name a "
                    "successor."
                )
            ).format(holds=holds, first=first)
        else:
            handover = self.tr("{holds}; {staying}").format(
                holds=holds, staying=_staying_behind(old.name, len(behind), held, first)
            )
        super().__init__(
            snap,
            self.tr("Move {name} to another unit").format(name=person.name),
            (
                self.tr("Move {name} from {unit}. {handover}")
                if old
                else self.tr("Move {name} from no business unit. {handover}")
            ).format(name=person.name, unit=old.name if old else "", handover=handover),
            slots,
            self.tr("Move"),
            later_text=self.tr("— {first} keeps it —").format(first=first),
            fields=fields,
            fields_title=self.tr("Moves to"),
            parent=parent,
        )
        for slot in slots:  # only what stays behind is handed over unless the planner says so
            if slot not in behind:
                self.successors[slot.key].setCurrentIndex(0)
        self.setObjectName("moveDialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.unit.currentIndexChanged.connect(lambda index: ok.setEnabled(index >= 0))

    def command(self) -> Command | None:
        if self.unit.currentIndex() < 0:
            return None
        unit_id = self.unit.currentData()
        move = MovePerson(
            self.person_id,
            unit_id,
            self.choices(),
            changed_on=date.today(),
            reason=self.reason.text().strip(),
        )
        role = self.role.text().strip()
        if not role or role == self.old_role:
            return move
        update = UpdateRecord("person", self.person_id, {"role": role})
        if unit_id is None:
            name = self.tr("Move {name} to no business unit").format(name=self.person_name)
        else:
            name = self.tr("Move {name} to {unit}").format(
                name=self.person_name, unit=self.unit.currentText()
            )
        return Macro(name, [move, update])


class SuccessorsDialog(HandOverDialog):
    """Name successors for what is still flagged: roles held by people who left (or any
    person's holdings), and roles nobody holds."""

    def __init__(
        self,
        snap: PlanSnapshot,
        slots: Sequence[Slot],
        title: str | None = None,
        parent: QWidget | None = None,
    ):
        self.slot_list = list(slots)
        holders = {s.holder_id for s in slots}
        only_holder = next(iter(holders)) if len(holders) == 1 else None
        holder = snap.person_by_id.get(only_holder) if only_holder is not None else None
        count = len(slots)
        if holder is not None and holder.active:
            intro = self.tr(
                "{holds}. Choose who takes each over; what you decide later stays with them."
            ).format(holds=_holds(holder.name, count))
        elif holder is not None:
            intro = self.tr(
                "{holds} though they have left. Choose who takes each over; what you decide "
                "later stays with them."
            ).format(holds=_holds(holder.name, count))
        else:
            intro = translate(
                "SuccessorsDialog",
                "%n role(s) need(s) someone. Choose who takes each over; what you decide later "
                "stays flagged.",
                None,
                count,
            )
        super().__init__(
            snap,
            self.tr("Choose successors") if title is None else title,
            intro,
            slots,
            self.tr("Hand over"),
            parent=parent,
        )
        self.setObjectName("successorsDialog")

    def command(self) -> Command | None:
        today = date.today()
        reason = self.reason.text().strip()
        steps: list[Command] = []
        for holder_id, successors in self.form.by_holder().items():
            if holder_id is not None:
                steps.append(
                    AssignSuccessors(holder_id, successors, changed_on=today, reason=reason)
                )
                continue
            for (kind, record_id, role), person_id in successors.items():
                if person_id is None:
                    continue  # nobody for a role nobody holds: nothing changes
                if kind == "item":
                    steps.append(
                        ChangeItemRole(record_id, role, person_id, changed_on=today, reason=reason)
                    )
                else:
                    column = self.form.slots[(kind, record_id, role)].responsibility.column
                    steps.append(UpdateRecord(kind, record_id, {column: person_id}))
        if not steps:
            return None
        if len(steps) == 1:
            return steps[0]
        changes = len(steps)
        return Macro(
            translate("SuccessorsDialog", "Choose successors (%n change(s))", None, changes), steps
        )
