"""Stakeholders: who owns each relationship, when it was last tended, what each person holds.
"Mark as left…" and "Move to another unit…" hand a person's responsibilities to successors in
one undoable step; "Choose successors…" fills what is still flagged; below, the records that
need a sponsor and the history of sponsor changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis import partnership
from stratplanner.commands import Command
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from stratplanner.snapshot import PersonRec, PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.dialogs.stakeholder_dialogs import (
    HandOverDialog,
    LeaveDialog,
    MoveDialog,
    SuccessorsDialog,
    slots_of,
    slots_of_flags,
)
from stratplanner.ui.models.tree_items import top_level_items
from stratplanner.ui.views import PlanView, ViewHost, ViewSpec, register_view
from stratplanner.ui.widgets.fitting_splitter import FittingSplitter
from stratplanner.ui.widgets.record_table import name_width

__all__ = ["LeaveDialog", "MoveDialog", "StakeholdersView", "SuccessorsDialog", "run_dialog"]

#: Column headings (in the "StakeholdersView" context, translated where shown).
COLUMNS = (
    QT_TRANSLATE_NOOP("StakeholdersView", "Name"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Side"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Role"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Business unit"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Relationship owner"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Last engaged"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Stale"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Holds"),
)
FLAG_COLUMNS = (
    QT_TRANSLATE_NOOP("StakeholdersView", "Record"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Role"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Needs a sponsor because"),
)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("StakeholdersView", "Date"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Record"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Role"),
    QT_TRANSLATE_NOOP("StakeholdersView", "From → to"),
    QT_TRANSLATE_NOOP("StakeholdersView", "Reason"),
)
_FLAG = Qt.ItemDataRole.UserRole + 1


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; replaced in tests to drive its widgets instead."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _section_title() -> QLabel:
    title = QLabel()
    title.setStyleSheet("font-weight: 600;")
    return title


def _section(bar: QHBoxLayout, tree: QTreeWidget) -> QWidget:
    """A titled pane of the splitter: its bar (title, hint, action) over its list."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(tree)
    return pane


def _flag_key(flag: partnership.SponsorFlag) -> tuple[str, int, str]:
    """A flag as it outlives a refresh (its message and title change with renames)."""
    return (flag.record_kind, flag.record_id, flag.role)


def _tree(name: str, columns: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels([translate("StakeholdersView", c) for c in columns])
    return tree


class StakeholdersView(PlanView):
    """Relationships of every person, hand-overs for leavers and movers, sponsor flags and
    the history of sponsor changes."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(host, parent)
        self._refreshing = False  # refilling the lists: their selection signals are not the user's
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.leave_button = QPushButton(self.tr("Mark as left…"))
        self.leave_button.setToolTip(
            self.tr(
                "The selected person has left: hand what they hold to successors "
                "(one undoable step)"
            )
        )
        self.leave_button.clicked.connect(self.mark_selected_left)
        self.move_button = QPushButton(self.tr("Move to another unit…"))
        self.move_button.setToolTip(
            self.tr(
                "The selected person moves to another business unit: choose who takes over what "
                "stays behind (one undoable step)"
            )
        )
        self.move_button.clicked.connect(self.move_selected)
        self.successors_button = QPushButton(self.tr("Choose successors…"))
        self.successors_button.setToolTip(
            self.tr("Hand what the selected person still holds to successors (one undoable step)")
        )
        self.successors_button.clicked.connect(self.choose_successors_for_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names people and records
        self.message.hide()

        self.tree = _tree("stakeholderList", COLUMNS)
        self.tree.headerItem().setTextAlignment(
            7, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.mark_selected_left())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for button in (self.leave_button, self.move_button, self.successors_button):
            action = QAction(button.text(), self.tree)
            action.triggered.connect(button.click)
            button.setProperty("action", action)
            self.tree.addAction(action)

        self.flags = _tree("sponsorFlags", FLAG_COLUMNS)
        self.flags.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.flags.itemActivated.connect(self._open_flag)
        self.flags.itemSelectionChanged.connect(self._flag_selection_changed)
        self.flag_successors_button = QPushButton(self.tr("Choose successors…"))
        self.flag_successors_button.setToolTip(
            self.tr("Name successors for the selected rows (all rows when none is selected)")
        )
        self.flag_successors_button.clicked.connect(self.choose_successors_for_flags)
        self.flags_title = _section_title()
        flags_hint = QLabel(self.tr("Double-click a row to open the record."))
        flags_hint.setStyleSheet(f"color: {theme.muted_text().name()};")
        flags_bar = QHBoxLayout()
        flags_bar.addWidget(self.flags_title)
        flags_bar.addSpacing(12)
        flags_bar.addWidget(flags_hint, 1)
        flags_bar.addWidget(self.flag_successors_button)

        self.history = _tree("sponsorHistory", HISTORY_COLUMNS)
        self.history.itemActivated.connect(self._open_change)
        self.history_title = _section_title()
        self.history_selected_only = QCheckBox(
            self.tr("Only changes to or from the selected person")
        )
        self.history_selected_only.toggled.connect(lambda _: self._fill_history(self.snapshot))
        history_bar = QHBoxLayout()
        history_bar.addWidget(self.history_title)
        history_bar.addSpacing(12)
        history_bar.addWidget(self.history_selected_only, 1)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.leave_button)
        top.addWidget(self.move_button)
        top.addWidget(self.successors_button)
        split = FittingSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(_section(flags_bar, self.flags))
        split.addWidget(_section(history_bar, self.history))
        for index, stretch in enumerate((5, 2, 3)):
            split.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.refresh(self.snapshot)

    # -- showing the plan ----------------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        """Refill the lists keeping what the user selected; the details panel keeps showing
        what the user last clicked, so refreshing selects no record."""
        self._refreshing = True
        try:
            flags = partnership.sponsor_flags(snap)  # once: the heading counts what the list shows
            self._fill_people(snap, len(flags))
            self._fill_flags(snap, flags)
            self._fill_history(snap)
        finally:
            self._refreshing = False
        self._update_buttons()
        self.flags_title.setText(
            self.tr("Needs a sponsor ({count})").format(count=format_number(len(flags)))
        )

    def _fill_people(self, snap: PlanSnapshot, flags: int) -> None:
        selected = self.selected_person()
        people = snap.person_by_id
        units = snap.business_unit_by_id
        rows = partnership.relationships(snap, date.today())
        muted = QBrush(theme.muted_text())
        warning = QBrush(theme.warning_color())
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        stale = 0
        for rel in rows:
            person = people[rel.person_id]
            owner = people.get(rel.owner_id) if rel.owner_id is not None else None
            unit = units.get(person.business_unit_id) if person.business_unit_id else None
            if rel.last_engaged_on:
                last = format_date(rel.last_engaged_on, "short")
            else:
                last = self.tr("never")
            if rel.days_since is not None and rel.days_since >= 0:
                days = rel.days_since
                last += " " + translate("StakeholdersView", "(%n day(s))", None, days)
            item = QTreeWidgetItem(
                [
                    self._name(person),
                    self._side(person.side),
                    person.role,
                    unit.name if unit else "",
                    "" if owner is None else self._name(owner),
                    last,
                    self.tr("stale") if rel.stale else "",
                    "",
                ]
            )
            item.setData(7, Qt.ItemDataRole.DisplayRole, rel.responsibilities)  # sorts as a number
            item.setData(0, Qt.ItemDataRole.UserRole, person.id)
            item.setTextAlignment(7, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = "\n".join(rel.flags)
            for column in range(len(COLUMNS)):
                item.setToolTip(column, tip)
                if not person.active:
                    item.setForeground(column, muted)
            if rel.stale:
                item.setForeground(6, warning)
            if owner is not None and not owner.active and person.active:
                item.setForeground(4, warning)
            if not person.active and rel.responsibilities:
                item.setForeground(7, warning)
            stale += rel.stale
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        for column in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), name_width(self.tree)))
        left = sum(not p.active for p in snap.people)
        people_count = len(rows)
        self.heading.setText(
            self.tr("{people}; {stale}; {flags}").format(
                people=translate(
                    "StakeholdersView", "%n person(s) ({left} left)", None, people_count
                ).format(left=format_number(left)),
                stale=translate(
                    "StakeholdersView",
                    "%n relationship(s) stale (not engaged for over 90 days)",
                    None,
                    stale,
                ),
                flags=translate("StakeholdersView", "%n record(s) need(s) a sponsor.", None, flags),
            )
        )
        # keep the selection; with nobody selected, the first person (so the details panel
        # shows someone who is on screen)
        if selected is None or not self._select_row(selected):
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)

    def _fill_flags(self, snap: PlanSnapshot, flags: list[partnership.SponsorFlag]) -> None:
        chosen = {_flag_key(flag) for flag in self.selected_flags()}
        current = self.flags.currentItem()
        current_key = _flag_key(current.data(0, _FLAG)) if current is not None else None
        self.flags.clear()
        for flag in flags:
            holder = snap.person_by_id.get(flag.person_id or -1)
            why = (
                self.tr("{name} has left").format(name=holder.name)
                if holder
                else self.tr("no {role} named").format(role=partnership.role_label(flag.role))
            )
            row = QTreeWidgetItem(
                [f"{flag.code} {flag.title}", partnership.role_label(flag.role, capital=True), why]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, (flag.record_kind, flag.record_id))
            row.setData(0, _FLAG, flag)
            for column in range(len(FLAG_COLUMNS)):
                row.setToolTip(column, flag.message)
            self.flags.addTopLevelItem(row)
            if _flag_key(flag) == current_key:
                self.flags.setCurrentItem(row, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            row.setSelected(_flag_key(flag) in chosen)
        for column in range(len(FLAG_COLUMNS)):
            self.flags.resizeColumnToContents(column)
        self.flag_successors_button.setEnabled(bool(flags) and not self.live.read_only)

    def _fill_history(self, snap: PlanSnapshot) -> None:
        person_id = self.selected_person() if self.history_selected_only.isChecked() else None
        self.history.clear()
        changes = sorted(snap.sponsor_changes, key=lambda c: (c.changed_on, c.id), reverse=True)
        total = len(changes)
        for change in changes:
            if person_id is not None and person_id not in (
                change.from_person_id,
                change.to_person_id,
            ):
                continue
            item = snap.item_by_id.get(change.item_id)
            before = snap.person_name(change.from_person_id) or self.tr("nobody")
            after = snap.person_name(change.to_person_id) or self.tr("nobody yet")
            row = QTreeWidgetItem(
                [
                    format_date(change.changed_on, "short"),
                    f"{item.code} {item.title}" if item else self.tr("(deleted item)"),
                    partnership.role_label(change.role, capital=True),
                    f"{before} → {after}",
                    change.reason,
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, change.item_id)
            row.setToolTip(4, change.reason)
            self.history.addTopLevelItem(row)
        for column in range(len(HISTORY_COLUMNS) - 1):
            self.history.resizeColumnToContents(column)
        shown = self.history.topLevelItemCount()
        if self.history_selected_only.isChecked():
            count = self.tr("{shown} of {total}").format(
                shown=format_number(shown), total=format_number(total)
            )
        else:
            count = format_number(total)
        self.history_title.setText(self.tr("Sponsor changes ({count})").format(count=count))

    def _name(self, person: PersonRec) -> str:
        """A person's name, marked when they have left."""
        return person.name if person.active else self.tr("{name} (left)").format(name=person.name)

    def _side(self, side: str) -> str:
        if side.lower() == "it":
            return "IT"
        if side.lower() == "business":
            return self.tr("Business")
        return side.capitalize()

    # -- selection -----------------------------------------------------------------------------
    def selected_person(self) -> int | None:
        items = self.tree.selectedItems()
        return int(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def selected_flags(self) -> list[partnership.SponsorFlag]:
        return [row.data(0, _FLAG) for row in self.flags.selectedItems()]

    def _select_row(self, person_id: int) -> bool:
        for item in top_level_items(self.tree):
            if item.data(0, Qt.ItemDataRole.UserRole) == person_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def select_person(self, person_id: int) -> bool:
        return self._select_row(person_id)

    def reveal(self, kind: str, record_id: int) -> bool:
        return kind == "person" and self._select_row(record_id)

    def _update_buttons(self) -> None:
        person_id = self.selected_person()
        person = self.snapshot.person_by_id.get(person_id) if person_id is not None else None
        editable = not self.live.read_only
        holds = bool(person and partnership.responsibilities_of(self.snapshot, person.id))
        self.leave_button.setEnabled(editable and person is not None and person.active)
        self.move_button.setEnabled(editable and person is not None and person.active)
        self.successors_button.setEnabled(editable and holds)
        for button in (self.leave_button, self.move_button, self.successors_button):
            button.property("action").setEnabled(button.isEnabled())

    def _selection_changed(self) -> None:
        if self._refreshing:
            return
        self._update_buttons()
        if self.history_selected_only.isChecked():
            self._fill_history(self.snapshot)
        person_id = self.selected_person()
        self.record_selected.emit("person", -1 if person_id is None else person_id)

    def _flag_selection_changed(self) -> None:
        if self._refreshing:
            return
        current = self.flags.currentItem()
        if current is not None and current.isSelected():
            kind, record_id = current.data(0, Qt.ItemDataRole.UserRole)
            self.record_selected.emit(kind, record_id)

    def current_record(self) -> tuple[str, int] | None:
        person_id = self.selected_person()
        return ("person", person_id) if person_id is not None else None

    def focus_main(self) -> None:
        self.tree.setFocus()

    # -- hand-overs ----------------------------------------------------------------------------
    def _person_to_edit(self, *, active: bool) -> PersonRec | None:
        """The selected person, when the plan can be edited (and, with ``active``, they have
        not left)."""
        person_id = self.selected_person()
        person = self.snapshot.person_by_id.get(person_id) if person_id is not None else None
        if person is None or self.live.read_only or (active and not person.active):
            return None
        return person

    def mark_selected_left(self) -> bool:
        person = self._person_to_edit(active=True)
        if person is None:
            return False
        return self._hand_over(
            LeaveDialog(self.snapshot, person.id, self),
            done=self.tr("{name} marked as left.").format(name=person.name),
            failed=self.tr("{name} was not marked as left; nothing was changed.").format(
                name=person.name
            ),
        )

    def move_selected(self) -> bool:
        person = self._person_to_edit(active=True)
        if person is None:
            return False
        dialog = MoveDialog(self.snapshot, person.id, self)
        if dialog.unit.count() == 0:
            dialog.deleteLater()
            self._say(
                self.tr("There is no other business unit to move {name} to; add one first.").format(
                    name=person.name
                )
            )
            return False
        return self._hand_over(
            dialog,
            done=self.tr("{name} moved.").format(name=person.name),
            failed=self.tr("{name} was not moved; nothing was changed.").format(name=person.name),
        )

    def choose_successors_for_selected(self) -> bool:
        person = self._person_to_edit(active=False)
        if person is None:
            return False
        slots = slots_of(self.snapshot, person.id)
        if not slots:
            self._say(self.tr("{name} holds nothing to hand over.").format(name=person.name))
            return False
        return self._hand_over(
            SuccessorsDialog(
                self.snapshot,
                slots,
                self.tr("Choose successors of {name}").format(name=person.name),
                self,
            ),
            done=self.tr("Successors of {name} chosen.").format(name=person.name),
            failed=self.tr("No successors were chosen; nothing was changed."),
        )

    def choose_successors_for_flags(self) -> bool:
        """Fill the selected "needs a sponsor" rows (every row when none is selected)."""
        if self.live.read_only:
            return False
        flags = self.selected_flags() or partnership.sponsor_flags(self.snapshot)
        if not flags:
            return False
        return self._hand_over(
            SuccessorsDialog(self.snapshot, slots_of_flags(self.snapshot, flags), parent=self),
            done=self.tr("Successors chosen."),
            failed=self.tr("No successors were chosen; nothing was changed."),
        )

    def _hand_over(self, dialog: HandOverDialog, *, done: str, failed: str) -> bool:
        try:
            if not run_dialog(dialog):
                return False
            command = dialog.command()
        finally:
            dialog.deleteLater()
        if command is None:
            self._say(self.tr("Nothing was chosen, so nothing changed."))
            return False
        refusal = self._run(command, seen=dialog.seen)
        if refusal is not None:
            self._say(f"{failed} {refusal}", problem=True)
            return False
        self._say(self.tr("{done} Edit ▸ Undo takes it back.").format(done=done))
        return True

    def _run(self, command: Command, *, seen: PlanSnapshot | None = None) -> str | None:
        """Execute ``command`` (based on ``seen``, the plan a dialog opened on); None when
        done, else the sentence saying why it was refused."""
        return self.live.attempt(command, seen=seen)

    def _say(self, text: str, *, problem: bool = False) -> None:
        colour = theme.error_color() if problem else theme.muted_text()
        self.message.setStyleSheet(f"color: {colour.name()};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _open_flag(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.host.reveal(kind, record_id)

    def _open_change(self, item: QTreeWidgetItem, _column: int) -> None:
        self.host.reveal("item", int(item.data(0, Qt.ItemDataRole.UserRole)))


register_view(
    ViewSpec(
        "stakeholders",
        QT_TRANSLATE_NOOP("Views", "Stakeholders"),
        StakeholdersView,
        icon="people",
        kinds=("person",),  # Find still jumps to "People & teams", listed earlier
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Relationships with the business, hand-overs when people leave or move, "
            "sponsor gaps and the history of sponsor changes",
        ),
        order=76,
        details=("person", "item", "objective", "kpi"),
    )
)
