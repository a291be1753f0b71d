"""Stakeholders: who owns each relationship, when it was last tended, what each person holds;
"Mark as left…" hands a departing person's responsibilities to successors in one step;
records that need a sponsor are listed below."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import partnership
from stratplanner.commands.partnership import MarkPersonLeft
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view

COLUMNS = (
    "Name",
    "Side",
    "Role",
    "Business unit",
    "Relationship owner",
    "Last engaged",
    "Stale",
    "Holds",
)
FLAG_COLUMNS = ("Record", "Role", "Needs a sponsor because")


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


class LeaveDialog(QDialog):
    """One successor combo per responsibility, prefilled with the best suggestion."""

    def __init__(self, snap: PlanSnapshot, person_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        person = snap.person_by_id[person_id]
        self.person_id = person_id
        self.setWindowTitle(f"Mark {person.name} as left")
        self.responsibilities = partnership.responsibilities_of(snap, person_id)
        suggestions = partnership.suggested_successors(snap, person_id)
        self.successors: dict[Any, QComboBox] = {}
        form = QFormLayout()
        for resp in self.responsibilities:
            combo = QComboBox()
            combo.addItem("— nobody (leave it empty) —", None)
            for other_id in suggestions:
                other = snap.person_by_id[other_id]
                combo.addItem(f"{other.name} — {other.role}", other_id)
            if resp.record_kind == "person":  # owners may not go round in a circle
                for other_id in suggestions:
                    if _owned_by(snap, other_id, resp.record_id):
                        combo.removeItem(combo.findData(other_id))
            combo.setCurrentIndex(1 if combo.count() > 1 else 0)
            label = QLabel(resp.describe())
            label.setWordWrap(True)
            form.addRow(label, combo)
            self.successors[resp.key] = combo
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why (optional): left the company, new role…")
        form.addRow("Reason:", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Mark as left")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"{person.name} holds {len(self.responsibilities)} responsibilit"
            f"{'y' if len(self.responsibilities) == 1 else 'ies'}. Choose who takes each over; "
            "what gets nobody stays flagged until a successor is named."
            if self.responsibilities
            else f"{person.name} holds no responsibilities."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choices(self) -> dict[Any, int | None]:
        return {key: combo.currentData() for key, combo in self.successors.items()}

    def command(self) -> MarkPersonLeft:
        return MarkPersonLeft(
            self.person_id,
            self.choices(),
            changed_on=date.today(),
            reason=self.reason.text().strip(),
        )


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; replaced in tests to drive its widgets instead."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class StakeholdersView(PlanView):
    """Relationships of every person, with a hand-over for leavers and sponsor flags."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.leave_button = QPushButton("Mark as left…")
        self.leave_button.setToolTip(
            "The selected person has left: hand what they hold to successors (one undoable step)"
        )
        self.leave_button.clicked.connect(self.mark_selected_left)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("stakeholderList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.mark_selected_left())

        self.flags = QTreeWidget()
        self.flags.setObjectName("sponsorFlags")
        self.flags.setRootIsDecorated(False)
        self.flags.setAlternatingRowColors(True)
        self.flags.setHeaderLabels(list(FLAG_COLUMNS))
        self.flags.itemActivated.connect(self._open_flag)
        flags_box = QGroupBox("Needs a sponsor")
        flags_layout = QVBoxLayout(flags_box)
        flags_layout.addWidget(self.flags)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.leave_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(flags_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.refresh(self.snapshot)

    def refresh(self, snap: PlanSnapshot) -> None:
        selected = self.selected_person()
        people = snap.person_by_id
        units = snap.business_unit_by_id
        rows = partnership.relationships(snap, date.today())
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        stale = 0
        for rel in rows:
            person = people[rel.person_id]
            owner = people.get(rel.owner_id) if rel.owner_id is not None else None
            unit = units.get(person.business_unit_id) if person.business_unit_id else None
            last = rel.last_engaged_on.isoformat() if rel.last_engaged_on else "never"
            if rel.days_since is not None and rel.days_since >= 0:
                last += f" ({rel.days_since} days)"
            name = person.name if person.active else f"{person.name} (left)"
            item = QTreeWidgetItem(
                [
                    name,
                    "IT" if person.side.lower() == "it" else person.side.capitalize(),
                    person.role,
                    unit.name if unit else "",
                    owner.name if owner else "",
                    last,
                    "stale" if rel.stale else "",
                    str(rel.responsibilities),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(0, "\n".join(rel.flags))
            stale += rel.stale
            self.tree.addTopLevelItem(item)
            if person.id == selected:
                item.setSelected(True)
        self.tree.setSortingEnabled(True)
        for column in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(column)

        flags = partnership.sponsor_flags(snap)
        self.flags.clear()
        for flag in flags:
            row = QTreeWidgetItem(
                [f"{flag.code} {flag.title}", flag.role.replace("_", " "), flag.message]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, (flag.record_kind, flag.record_id))
            self.flags.addTopLevelItem(row)
        for column in range(len(FLAG_COLUMNS)):
            self.flags.resizeColumnToContents(column)
        self.heading.setText(
            f"{len(rows)} people; {stale} relationship(s) stale (not engaged for over 90 days); "
            f"{len(flags)} record(s) need a sponsor."
        )
        self._selection_changed()

    def selected_person(self) -> int | None:
        items = self.tree.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def select_person(self, person_id: int) -> bool:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole) == person_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        person_id = self.selected_person()
        person = self.snapshot.person_by_id.get(person_id) if person_id is not None else None
        self.leave_button.setEnabled(person is not None and person.active)

    def mark_selected_left(self) -> bool:
        person_id = self.selected_person()
        if person_id is None:
            return False
        person = self.snapshot.person_by_id.get(person_id)
        if person is None or not person.active:
            return False
        dialog = LeaveDialog(self.snapshot, person_id, self)
        try:
            if not run_dialog(dialog):
                return False
            command = dialog.command()
        finally:
            dialog.deleteLater()
        if not self.live.execute(command):  # refused: the window reports why
            self.message.setText(f"{person.name} was not marked as left (see the message).")
            return False
        self.message.setText(f"{person.name} marked as left.")
        return True

    def _open_flag(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.host.reveal(kind, record_id)

    def current_record(self) -> tuple[str, int] | None:
        person_id = self.selected_person()
        return ("person", person_id) if person_id is not None else None

    def focus_main(self) -> None:
        self.tree.setFocus()


register_view(
    ViewSpec(
        "stakeholders",
        "Stakeholders",
        StakeholdersView,
        icon="people",
        tooltip="Relationships with the business, hand-overs when people leave, sponsor gaps",
        order=76,
    )
)
