"""A thin Qt table model over one kind of record in the snapshot, with a fast filter.

Rows are the snapshot's own record tuples; nothing is copied per row and no
widget exists per row. Filtering and sorting run in plain Python over the
records (a 20,000-item plan filters in a few milliseconds) and are applied
as a layout change, so selection and the current cell survive them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, count
from operator import attrgetter, is_not
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from stratplanner.model.kinds import KINDS
from stratplanner.model.values import Quarter
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import FIELDS, Field, InputError, command_for, searcher
from stratplanner.ui.live_plan import LivePlan

RECORD_MIME = "application/x-stratplanner-records"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
#: Collections whose change may alter what a row shows (names of references, counts).
_COLLECTIONS = ("business_units", "people", "objectives", "teams", "items", "links")
_ROOT = QModelIndex()
_BY_ID = attrgetter("id")


def records_mime(kind: str, ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(RECORD_MIME, json.dumps({"kind": kind, "ids": list(ids)}).encode())
    return mime


def read_records_mime(mime: QMimeData) -> tuple[str, list[int]] | None:
    if not mime.hasFormat(RECORD_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(RECORD_MIME).data()).decode())
        return str(data["kind"]), [int(i) for i in data["ids"]]
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class RecordFilter:
    """What the filter bar asks for; an empty filter shows every record."""

    text: str = ""
    #: field name → the values allowed (empty: any)
    values: tuple[tuple[str, frozenset[Any]], ...] = ()
    first_quarter: Quarter | None = None
    last_quarter: Quarter | None = None
    #: Only these records (from a clicked key figure), with a label saying why.
    subset: frozenset[int] | None = None
    subset_label: str = ""

    def with_values(self, name: str, allowed: frozenset[Any]) -> RecordFilter:
        values = tuple((n, v) for n, v in self.values if n != name)
        if allowed:
            values += ((name, allowed),)
        return replace(self, values=values)

    def allowed(self, name: str) -> frozenset[Any]:
        return next((v for n, v in self.values if n == name), frozenset())

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.values
            or self.first_quarter
            or self.last_quarter
            or self.subset is not None
        )


@dataclass
class SearchIndex:
    """Searchable text per record, rebuilt only for records that changed."""

    kind: str
    texts: dict[int, tuple[Any, str]] = field(default_factory=dict)
    #: The other collections the text names (a renamed team renames its demands).
    depends_on: tuple[Any, ...] = ()

    def of(self, snap: PlanSnapshot, records: Sequence[Any]) -> dict[int, str]:
        depends_on = tuple(
            getattr(snap, KINDS[f.ref].plural if f.ref in KINDS else "objectives")
            for f in FIELDS[self.kind]
            if f.searchable and f.editor == "ref" and f.ref
        )
        if len(depends_on) != len(self.depends_on) or any(
            a is not b for a, b in zip(depends_on, self.depends_on, strict=True)
        ):
            self.texts = {}
            self.depends_on = depends_on
        old = self.texts
        text_of = searcher(self.kind)
        new: dict[int, tuple[Any, str]] = {}
        for rec in records:
            cached = old.get(rec.id)
            new[rec.id] = (
                cached if cached is not None and cached[0] is rec else (rec, text_of(snap, rec))
            )
        self.texts = new
        return {rid: text for rid, (_rec, text) in new.items()}


class RecordTableModel(QAbstractTableModel):
    """Records of one kind as rows, their fields as columns."""

    def __init__(
        self,
        live: LivePlan,
        kind: str,
        fields: Sequence[Field] | None = None,
        *,
        draggable: bool = False,
        records: Callable[[PlanSnapshot], Sequence[Any]] | None = None,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._live = live
        self.kind = kind
        self.fields = list(fields if fields is not None else FIELDS[kind])
        self._draggable = draggable
        self._records_of = records or (lambda snap: getattr(snap, KINDS[kind].plural))
        self._snap = live.snapshot
        self._rows: list[Any] = []
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._filter = RecordFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._haystack = SearchIndex(kind)
        self._search_cache: tuple[Sequence[Any], dict[int, str]] | None = None
        self._total = 0
        self._texts: dict[int, tuple[Any, tuple[str | None, ...]]] = {}
        self._others: tuple[Any, ...] = ()
        self._flags = self._column_flags()
        self._alignment = [
            _RIGHT if f.numeric or f.name in {"objectives", "progress"} else _LEFT
            for f in self.fields
        ]
        self._dim_color = QApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        self._recompute()

    # -- what the rest of the UI asks ----------------------------------------------------
    @property
    def snapshot(self) -> PlanSnapshot:
        return self._snap

    @property
    def filter(self) -> RecordFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Records of this kind before filtering."""
        return self._total

    def set_snapshot(self, snap: PlanSnapshot) -> None:
        own = KINDS[self.kind].plural
        others = (*(getattr(snap, c) for c in _COLLECTIONS if c != own), snap.info)
        if len(others) != len(self._others) or any(
            a is not b for a, b in zip(others, self._others, strict=True)
        ):
            # Names of people, units, link counts… may have changed: texts are rebuilt
            # lazily, for the rows that are painted.
            self._texts = {}
            self._others = others
        self._snap = snap
        self._recompute()

    def set_filter(self, record_filter: RecordFilter) -> None:
        if record_filter != self._filter:
            self._filter = record_filter
            self._recompute()

    def record_at(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {rid: row for row, rid in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def field_at(self, index: Index) -> Field | None:
        if not index.isValid() or not 0 <= index.column() < len(self.fields):
            return None
        return self.fields[index.column()]

    def column_of(self, name: str) -> int:
        return next(i for i, f in enumerate(self.fields) if f.name == name)

    def value_at(self, index: Index) -> Any:
        fld = self.field_at(index)
        return None if fld is None else fld.value(self._snap, self._rows[index.row()])

    def set_field_value(self, index: Index, value: Any) -> bool:
        """Edit one cell through a command; a refusal is reported by the plan, not raised."""
        fld = self.field_at(index)
        if fld is None or not fld.editable or self._live.read_only:
            return False
        rec = self._rows[index.row()]
        try:
            changes = fld.changes_for(self._snap, rec, value)
        except InputError as exc:
            self._live.refused.emit(str(exc))
            return False
        if not changes:
            return True
        return self._live.execute(command_for(self.kind, rec, changes))

    def refuse(self, message: str) -> None:
        self._live.refused.emit(message)

    # -- filtering and sorting ----------------------------------------------------------
    def _search_texts(self, records: Sequence[Any]) -> dict[int, str]:
        cached = self._search_cache
        if cached is None or cached[0] is not records:
            cached = (records, self._haystack.of(self._snap, records))
            self._search_cache = cached
        return cached[1]

    def _predicate(self, records: Sequence[Any]) -> Callable[[Any], bool] | None:
        flt = self._filter
        tests: list[Callable[[Any], bool]] = []
        if flt.subset is not None:
            subset = flt.subset
            tests.append(lambda r: r.id in subset)
        for name, allowed in flt.values:
            tests.append(_value_in(name, allowed))
        if flt.first_quarter is not None or flt.last_quarter is not None:
            first = flt.first_quarter or Quarter(0)
            last = flt.last_quarter or Quarter(10**6)
            tests.append(
                lambda r: (
                    r.start is not None and r.end is not None and r.end >= first and r.start <= last
                )
            )
        terms = flt.text.casefold().split()
        if terms:
            texts = self._search_texts(records)
            if len(terms) == 1:
                term = terms[0]
                tests.append(lambda r: term in texts[r.id])
            else:
                tests.append(lambda r: all(t in texts[r.id] for t in terms))
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        return lambda r: all(t(r) for t in tests)

    def _recompute(self) -> None:
        records = self._records_of(self._snap)
        self._total = len(records)
        predicate = self._predicate(records)
        rows = list(records) if predicate is None else [r for r in records if predicate(r)]
        if 0 <= self._sort_column < len(self.fields):
            fld = self.fields[self._sort_column]
            rows.sort(
                key=fld.sorter(self._snap),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._set_rows(rows)

    def _set_rows(self, rows: list[Any]) -> None:
        ids = list(map(_BY_ID, rows))
        if ids == self._ids:
            old, self._rows = self._rows, rows
            if not rows:
                return
            last = len(self.fields) - 1
            if not self._texts:  # other records changed too: every row may show something new
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, last))
                return
            for row in compress(count(), map(is_not, old, rows)):  # rows whose record changed
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        persistent = self.persistentIndexList()
        self._rows, self._ids, self._row_of = rows, ids, None
        if persistent:
            moved = []
            for index in persistent:
                new_row = (
                    self.row_of(old_ids[index.row()]) if 0 <= index.row() < len(old_ids) else None
                )
                moved.append(
                    self.createIndex(new_row, index.column())
                    if new_row is not None
                    else QModelIndex()
                )
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def prepare_search(self) -> None:
        """Build the searchable text now (idle time), so the first keystroke is quick."""
        self._search_texts(self._records_of(self._snap))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._recompute()

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every visible cell and role on each paint: plain ints, cached texts.
        if role in (_DISPLAY, _EDIT):
            return self._texts_of(index.row())[index.column()]
        if role == _ALIGNMENT:
            return self._alignment[index.column()]
        if role == _FOREGROUND:
            return self._dim_color if self._dimmed(self._rows[index.row()]) else None
        if role == _CHECK:
            fld = self.fields[index.column()]
            if fld.editor != "bool":
                return None
            return _CHECKED if fld.value(self._snap, self._rows[index.row()]) else _UNCHECKED
        if role == _TOOLTIP:
            return self._tooltip(self.fields[index.column()], self._rows[index.row()])
        if role == ID_ROLE:
            return self._rows[index.row()].id
        return None

    def _texts_of(self, row: int) -> tuple[str | None, ...]:
        rec = self._rows[row]
        cached = self._texts.get(rec.id)
        if cached is None or cached[0] is not rec:
            snap = self._snap
            texts = tuple(
                None if f.editor == "bool" else _clip(f.text(snap, rec)) for f in self.fields
            )
            cached = (rec, texts)
            self._texts[rec.id] = cached
        return cached[1]

    def _dimmed(self, rec: Any) -> bool:
        return getattr(rec, "status", None) == "cancelled" or getattr(rec, "active", True) is False

    def _tooltip(self, fld: Field, rec: Any) -> str | None:
        """The cell's whole text (a narrow column cuts it with "…"), then what the column means."""
        text = ""
        if fld.editor != "bool":
            whole = fld.value if fld.editor == "multiline" else fld.text
            text = str(whole(self._snap, rec) or "")
        return cell_tooltip(text, fld.tooltip)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        fld = self.field_at(index)
        if fld is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and fld.editor == "bool":
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return self.set_field_value(index, checked)
        if role == Qt.ItemDataRole.EditRole:
            return self.set_field_value(index, value)
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return self._flags[index.column()]

    def _column_flags(self) -> list[Qt.ItemFlag]:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self._draggable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        out = []
        for fld in self.fields:
            flags = base
            if fld.editable and not self._live.read_only:
                flags |= (
                    Qt.ItemFlag.ItemIsUserCheckable
                    if fld.editor == "bool"
                    else Qt.ItemFlag.ItemIsEditable
                )
            out.append(flags)
        return out

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            fld = self.fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return fld.header(self._snap)
            if role == Qt.ItemDataRole.ToolTipRole:
                return fld.tooltip or fld.header(self._snap)
            if role == Qt.ItemDataRole.TextAlignmentRole and fld.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def mimeTypes(self) -> list[str]:
        return [RECORD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        return records_mime(self.kind, ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


def cell_tooltip(text: str, meaning: str | None = None) -> str | None:
    """A cell's tooltip: its whole text (a narrow column cuts it with "…"), then what the
    column means; None when there is neither."""
    parts = []
    if text.strip():
        shown = text if len(text) <= 1500 else text[:1499] + "…"
        parts.append(f"<p>{_escape(shown)}</p>")
    if meaning:
        parts.append(f"<p>{_escape(meaning)}</p>")
    return "".join(parts) or None


def _clip(text: str) -> str:
    return text if len(text) <= 300 else text[:299] + "…"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


def _value_in(name: str, allowed: frozenset[Any]) -> Callable[[Any], bool]:
    """A filter test: the record's ``name`` is one of ``allowed``."""
    getter = attrgetter(name)
    return lambda r: getter(r) in allowed
