"""The objectives as a tree (themes → objectives) with their support from the roadmap.

A thin adapter over the snapshot: an index's internal id is the objective's
id, so the tree survives refreshes and filtering with its selection and
expanded themes intact. Dropping roadmap items on an objective links them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from stratplanner.commands import Macro, SetLink
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import (
    OBJECTIVE_FIELDS,
    Field,
    InputError,
    command_for,
    search_text,
    strength_word,
)
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.models.table_model import (
    ID_ROLE,
    RECORD_MIME,
    cell_tooltip,
    read_records_mime,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Strength given to a link made by dropping an item on an objective.
DROP_STRENGTH = 2


@dataclass(frozen=True)
class Support:
    """Roadmap items behind an objective (for a theme: behind it and its sub-objectives)."""

    items: int = 0
    strong: int = 0
    moderate: int = 0
    weak: int = 0

    def text(self) -> str:
        """'2 strong · 1 weak' ('2 stark · 1 schwach')."""
        parts = [
            translate("Fields", "{count} {strength}").format(
                count=format_number(n), strength=strength_word(strength)
            )
            for n, strength in ((self.strong, 3), (self.moderate, 2), (self.weak, 1))
            if n
        ]
        return " · ".join(parts)

    @property
    def score(self) -> int:
        return self.strong * 3 + self.moderate * 2 + self.weak


def support_by_objective(snap: PlanSnapshot, cancelled: frozenset[int]) -> dict[int, Support]:
    """Each objective's support, an item counted once per objective; cancelled items don't count."""
    best: dict[int, dict[int, int]] = defaultdict(dict)
    parent = {o.id: o.parent_id for o in snap.objectives}
    for link in snap.links:
        if link.item_id in cancelled:
            continue
        node: int | None = link.objective_id
        seen: set[int] = set()
        while node is not None and node not in seen:
            seen.add(node)
            strengths = best[node]
            if strengths.get(link.item_id, 0) < link.strength:
                strengths[link.item_id] = link.strength
            node = parent.get(node)
    out: dict[int, Support] = {}
    for objective_id, strengths in best.items():
        values = list(strengths.values())
        out[objective_id] = Support(len(values), values.count(3), values.count(2), values.count(1))
    return out


class ObjectiveTreeModel(QAbstractItemModel):
    def __init__(self, live: LivePlan, *, compact: bool = False, parent: Any = None):
        super().__init__(parent)
        self._live = live
        self._snap = live.snapshot
        self._support: dict[int, Support] = {}
        self._support_sources: tuple[Any, ...] | None = None
        by_name = {f.name: f for f in OBJECTIVE_FIELDS}
        support = Field(
            "support",
            QT_TRANSLATE_NOOP("Fields", "Items"),
            "readonly",
            6,
            QT_TRANSLATE_NOOP(
                "Fields", "Roadmap items supporting it (for a theme, with its objectives)"
            ),
            get=lambda s, r: self._support.get(r.id, Support()).items,
        )
        strength = Field(
            "strength",
            QT_TRANSLATE_NOOP("Fields", "Strength"),
            "readonly",
            34,
            QT_TRANSLATE_NOOP("Fields", "How strongly those items support it"),
            get=lambda s, r: self._support.get(r.id, Support()).text(),
        )
        title = Field(
            "title",
            QT_TRANSLATE_NOOP("Fields", "Objective"),
            "text",
            44,
            QT_TRANSLATE_NOOP("Fields", "Code and title; edit to change the title"),
        )
        if compact:
            self.fields = [title, support]
        else:
            self.fields = [
                title,
                support,
                strength,
                by_name["owner_id"],
                by_name["business_unit_id"],
                by_name["weight"],
                by_name["target"],
            ]
        self._text = ""
        self._subset: frozenset[int] | None = None
        self._children: dict[int | None, list[int]] = {}
        self._parent: dict[int, int | None] = {}
        self._row: dict[int, int] = {}
        self._matching: set[int] | None = None
        self._build()

    # -- what the view asks ---------------------------------------------------------------
    @property
    def snapshot(self) -> PlanSnapshot:
        return self._snap

    def set_snapshot(self, snap: PlanSnapshot) -> None:
        old = self._snap
        self._snap = snap
        unchanged = (
            snap.objectives is old.objectives
            and snap.links is old.links
            and snap.people is old.people
            and snap.business_units is old.business_units
            and self._support_sources is not None
            and _cancelled(snap) == self._support_sources[2]
        )
        if not unchanged:  # an edit elsewhere (an item's cost, a team) shows nothing new here
            self._rebuild()

    def set_filter(self, text: str = "", subset: frozenset[int] | None = None) -> None:
        if (text, subset) != (self._text, self._subset):
            self._text, self._subset = text, subset
            self._rebuild()

    @property
    def filtered(self) -> bool:
        return self._matching is not None

    def visible_ids(self) -> list[int]:
        out: list[int] = []

        def walk(parent: int | None) -> None:
            for oid in self._children.get(parent, []):
                out.append(oid)
                walk(oid)

        walk(None)
        return out

    def index_of(self, objective_id: int, column: int = 0) -> QModelIndex:
        if objective_id not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[objective_id], column, objective_id)

    def objective_at(self, index: Index) -> Any:
        return self._snap.objective_by_id.get(index.internalId()) if index.isValid() else None

    def field_at(self, index: Index) -> Field | None:
        return self.fields[index.column()] if index.isValid() else None

    def value_at(self, index: Index) -> Any:
        fld = self.field_at(index)
        rec = self.objective_at(index)
        return None if fld is None or rec is None else fld.value(self._snap, rec)

    def set_field_value(self, index: Index, value: Any) -> bool:
        fld, rec = self.field_at(index), self.objective_at(index)
        if fld is None or rec is None or not fld.editable or self._live.read_only:
            return False
        try:
            changes = fld.changes_for(self._snap, rec, value)
        except InputError as exc:
            self._live.refused.emit(str(exc))
            return False
        return True if not changes else self._live.execute(command_for("objective", rec, changes))

    def refuse(self, message: str) -> None:
        self._live.refused.emit(message)

    # -- structure -----------------------------------------------------------------------
    def _structure(self) -> tuple[dict[int | None, list[int]], set[int] | None]:
        snap = self._snap
        matching: set[int] | None = None
        terms = self._text.casefold().split()
        if terms or self._subset is not None:
            matching = set()
            for obj in snap.objectives:
                if self._subset is not None and obj.id not in self._subset:
                    continue
                hay = search_text(snap, "objective", obj)
                if all(t in hay for t in terms):
                    matching.add(obj.id)
        visible: set[int] | None = None
        if matching is not None:
            visible = set()
            for oid in matching:
                node: int | None = oid
                while node is not None and node not in visible:
                    visible.add(node)
                    node = snap.objective_by_id[node].parent_id
        children: dict[int | None, list[int]] = {}
        for parent, kids in snap.children_by_objective.items():
            ids = [k.id for k in kids if visible is None or k.id in visible]
            if ids:
                children[parent] = ids
        return children, matching

    def _build(self) -> None:
        # Support depends on links, the tree and which items are cancelled, not on other edits.
        cancelled = _cancelled(self._snap)
        old = self._support_sources
        if (
            old is None
            or old[0] is not self._snap.links
            or old[1] is not self._snap.objectives
            or old[2] != cancelled
        ):
            self._support = support_by_objective(self._snap, cancelled)
            self._support_sources = (self._snap.links, self._snap.objectives, cancelled)
        self._children, self._matching = self._structure()
        self._parent = {}
        self._row = {}
        for parent, kids in self._children.items():
            for row, oid in enumerate(kids):
                self._parent[oid] = parent
                self._row[oid] = row

    def _rebuild(self) -> None:
        old_children = self._children
        children, _matching = self._structure()
        if children == old_children:
            self._build()
            self._emit_all_changed()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [(p.internalId(), p.column()) for p in persistent]
        self._build()
        moved = [self.index_of(oid, column) for oid, column in ids]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _emit_all_changed(self) -> None:
        last = len(self.fields) - 1
        for parent, kids in self._children.items():
            parent_index = _ROOT if parent is None else self.index_of(parent)
            self.dataChanged.emit(
                self.index(0, 0, parent_index), self.index(len(kids) - 1, last, parent_index)
            )

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else None
        kids = self._children.get(parent_id, [])
        if not (0 <= row < len(kids) and 0 <= column < len(self.fields)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(index.internalId())
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else None
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.fields)

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec = self.objective_at(index)
        if rec is None:
            return None
        fld = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{rec.code}  {rec.title}"
            value = fld.value(self._snap, rec)
            if fld.name == "support" and not value:
                return "0"
            return fld.format(self._snap, value)
        if role == Qt.ItemDataRole.EditRole:
            return fld.text(self._snap, rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                head = f"<b>{_esc(rec.code)}</b> {_esc(rec.title)}"
                return f"<p>{head}</p><p>{_esc(rec.description)}</p>"
            # The whole text of a cell a narrow column cuts ("3 strong · 2 mod…"), then what
            # the column means.
            return cell_tooltip(str(self.data(index) or ""), fld.tooltip)
        if role == Qt.ItemDataRole.FontRole and self._snap.is_theme(rec.id):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._matching is not None
            and rec.id not in self._matching
        ):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and (fld.numeric or fld.name == "support"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return rec.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.fields[index.column()].editable and not self._live.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_field_value(index, value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.fields):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.fields[section].tooltip or None
        return None

    # -- linking by drag and drop -------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [RECORD_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        records = read_records_mime(data)
        return (
            records is not None
            and records[0] == "item"
            and parent.isValid()
            and row == -1
            and not self._live.read_only
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        records = read_records_mime(data)
        assert records is not None
        return self.link_items(parent.internalId(), records[1])

    def link_items(self, objective_id: int, item_ids: list[int]) -> bool:
        """Link items to an objective (moderate); items already linked keep their strength."""
        snap = self._snap
        objective = snap.objective_by_id.get(objective_id)
        if objective is None:
            return False
        linked = {link.item_id for link in snap.links_by_objective.get(objective_id, ())}
        new = [i for i in item_ids if i in snap.item_by_id and i not in linked]
        if not new:
            n = len(item_ids)
            self._live.refused.emit(
                translate(
                    "ObjectiveTreeModel",
                    "%n item(s) already linked to {objective}; change the strength in the "
                    "Alignment view.",
                    None,
                    n,
                ).format(objective=objective.code)
            )
            return False
        commands = [SetLink(objective_id, item_id, DROP_STRENGTH) for item_id in new]
        count = len(commands)
        if len(commands) == 1:
            return self._live.execute(commands[0])
        return self._live.execute(
            Macro(
                translate(
                    "ObjectiveTreeModel", "Link %n item(s) to {objective}", None, count
                ).format(objective=objective.code),
                commands,
            )
        )


def _cancelled(snap: PlanSnapshot) -> frozenset[int]:
    return frozenset([i.id for i in snap.items if i.status == "cancelled"])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
