"""Find (Ctrl+F): type part of a code, title or name and jump to that record in its view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import KIND_TITLES

_MAX_SHOWN = 200


@dataclass(frozen=True)
class Entry:
    kind: str
    record_id: int
    text: str
    haystack: str


def find_entries(snap: PlanSnapshot) -> list[Entry]:
    """Every record a user may look for, with the text shown for it."""
    entries: list[Entry] = []

    def add(kind: str, record_id: int, code: str, title: str) -> None:
        text = f"{code} — {title}" if code else title
        entries.append(Entry(kind, record_id, text, f"{code} {title}".casefold()))

    for o in snap.objectives:
        add("objective", o.id, o.code, o.title)
    for i in snap.items:
        add("item", i.id, i.code, i.title)
    for p in snap.people:
        add("person", p.id, p.code, f"{p.name}, {p.role}" if p.role else p.name)
    for t in snap.teams:
        add("team", t.id, t.code, t.name)
    for u in snap.business_units:
        add("business_unit", u.id, u.code, u.name)
    for k in snap.kpis:
        add("kpi", k.id, k.code, k.name)
    for m in snap.milestones:
        item = snap.item_by_id.get(m.item_id)
        add("milestone", m.id, item.code if item else "", m.title)
    for process in snap.processes:
        add("process", process.id, process.code, process.name)
    for app in snap.applications:
        add("application", app.id, app.code, app.name)
    return entries


def matching(entries: list[Entry], text: str, limit: int = _MAX_SHOWN) -> tuple[list[Entry], int]:
    """Entries containing every word of ``text``: codes that start with it first."""
    terms = text.casefold().split()
    if not terms:
        return [], 0
    found = [e for e in entries if all(t in e.haystack for t in terms)]
    first = terms[0]
    found.sort(key=lambda e: (not e.haystack.startswith(first), len(e.haystack)))
    return found[:limit], len(found)


class _SearchBox(QLineEdit):
    """Up/Down move through the results while typing continues here."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps: dict[int, int] = {  # QKeyEvent.key() is an int; Qt.Key is an IntEnum
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }
        if event.key() in steps:
            self.moved.emit(steps[event.key()])
            return
        super().keyPressEvent(event)


class FindDialog(QDialog):
    """A small window: search box, matching records, Enter jumps to the chosen one."""

    chosen = Signal(str, int)

    def __init__(self, snap: PlanSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a Record"))
        self.setModal(False)
        self.resize(560, 420)
        self._entries = find_entries(snap)
        self.search = _SearchBox()
        self.search.setPlaceholderText(self.tr("Code, title or name…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setUniformItemSizes(True)
        self.count = QLabel(self._hint())
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._search)
        self.search.moved.connect(self._move)
        self.search.returnPressed.connect(self._accept_current)
        self.results.itemActivated.connect(self._accept_item)

    def _search(self, text: str) -> None:
        shown, total = matching(self._entries, text)
        self.results.clear()
        for entry in shown:
            # KIND_TITLES is marked in the "Fields" context (ui/fields.py)
            kind = translate("Fields", KIND_TITLES[entry.kind])
            item = QListWidgetItem(f"{entry.text}    · {kind}")
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.record_id))
            self.results.addItem(item)
        if shown:
            self.results.setCurrentRow(0)
        if not text.strip():
            self.count.setText(self._hint())
        elif total == 0:
            self.count.setText(self.tr("Nothing matches; try fewer or shorter words."))
        elif total > len(shown):
            self.count.setText(
                translate(
                    "FindDialog",
                    "%n match(es); the first {shown} are shown. Type more to narrow.",
                    None,
                    total,
                ).format(shown=format_number(len(shown)))
            )
        else:
            self.count.setText(
                translate(
                    "FindDialog", "%n match(es). Enter jumps to the selected one.", None, total
                )
            )

    def _hint(self) -> str:
        return self.tr("Type to search every objective, item, person, team, KPI and milestone.")

    def _move(self, step: int) -> None:
        if self.results.count():
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)

    def _accept_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._accept_item(item)

    def _accept_item(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(kind, int(record_id))
        self.accept()
