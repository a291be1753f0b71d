"""The alignment matrix: objectives × roadmap items, each cell a link strength 0-3.

Rows are objectives in tree order and columns items (or the other way round
when transposed). Cells are looked up in a dict built from the snapshot's
links, so a 233 × 20,000 matrix costs nothing until it is painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from stratplanner.commands import Macro, SetLink
from stratplanner.i18n import translate
from stratplanner.snapshot import ItemRec, PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.fields import objectives_in_tree_order, strength_word
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.models.table_model import SearchIndex

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAIR_ROLE = Qt.ItemDataRole.UserRole + 2


class AlignmentModel(QAbstractTableModel):
    def __init__(self, live: LivePlan, parent: Any = None):
        super().__init__(parent)
        self._live = live
        self._snap = live.snapshot
        self._transposed = False
        self._item_text = ""
        self._only_linked = False
        self._objectives: list[Any] = []
        self._items: list[Any] = []
        self._themes: set[int] = set()
        self._item_columns: dict[int, int] | None = None
        self._objective_rows: dict[int, int] | None = None
        self._search = SearchIndex("item")
        self._flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not live.read_only:
            self._flags |= Qt.ItemFlag.ItemIsEditable
        self._build()

    # -- settings ----------------------------------------------------------------------
    @property
    def snapshot(self) -> PlanSnapshot:
        return self._snap

    @property
    def transposed(self) -> bool:
        return self._transposed

    def set_transposed(self, transposed: bool) -> None:
        if transposed != self._transposed:
            self.beginResetModel()
            self._transposed = transposed
            self.endResetModel()

    def set_item_filter(self, text: str, only_linked: bool) -> None:
        if (text, only_linked) != (self._item_text, self._only_linked):
            self._item_text, self._only_linked = text, only_linked
            self._restructure(None)

    def set_snapshot(self, snap: PlanSnapshot) -> None:
        previous, self._snap = self._snap, snap
        self._restructure(previous)

    @property
    def item_count(self) -> int:
        return len(self._items)

    @property
    def objective_count(self) -> int:
        return len(self._objectives)

    # -- structure ---------------------------------------------------------------------
    def _build(self) -> None:
        snap = self._snap
        self._objectives = objectives_in_tree_order(snap)
        self._themes = {o.id for o in snap.objectives if snap.is_theme(o.id)}
        items: Sequence[ItemRec] = snap.items
        terms = self._item_text.casefold().split()
        if terms:
            texts = self._search.of(snap, items)
            items = [i for i in items if all(t in texts[i.id] for t in terms)]
        if self._only_linked:
            linked = snap.links_by_item
            items = [i for i in items if i.id in linked]
        self._items = list(items)

    def _restructure(self, previous: PlanSnapshot | None) -> None:
        """Rows and columns again; repaint only what changed when the shape is the same."""
        old = ([o.id for o in self._objectives], [i.id for i in self._items])
        self._build()
        new = ([o.id for o in self._objectives], [i.id for i in self._items])
        if old == new:
            self._same_shape_changed(previous)
            return
        self._item_columns = self._objective_rows = None
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        pairs = [self._pair_of(p.row(), p.column(), old) for p in persistent]
        row_of_objective = {o.id: r for r, o in enumerate(self._objectives)}
        column_of_item = {i.id: c for c, i in enumerate(self._items)}
        moved = []
        for pair in pairs:
            if pair is None or pair[0] not in row_of_objective or pair[1] not in column_of_item:
                moved.append(QModelIndex())
                continue
            r, c = row_of_objective[pair[0]], column_of_item[pair[1]]
            moved.append(self.createIndex(c, r) if self._transposed else self.createIndex(r, c))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _same_shape_changed(self, previous: PlanSnapshot | None) -> None:
        snap = self._snap
        rows, columns = self.rowCount(), self.columnCount()
        if not rows or not columns:
            return
        items_axis = Qt.Orientation.Vertical if self._transposed else Qt.Orientation.Horizontal
        objectives_axis = Qt.Orientation.Horizontal if self._transposed else Qt.Orientation.Vertical
        if previous is None or previous.items is not snap.items:
            self.headerDataChanged.emit(items_axis, 0, len(self._items) - 1)
        if previous is None or previous.objectives is not snap.objectives:
            self.headerDataChanged.emit(objectives_axis, 0, len(self._objectives) - 1)
        if previous is not None and previous.links is snap.links:
            return
        changed = self._changed_pairs(previous)
        if changed is None or len(changed) > 200:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
            return
        # One cell at a time: a range reaching outside the viewport repaints all of it.
        for objective_id, item_id in changed:
            index = self.index_of_pair(objective_id, item_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def _changed_pairs(self, previous: PlanSnapshot | None) -> list[tuple[int, int]] | None:
        """Cells whose link differs from ``previous`` (untouched lookup lists are shared)."""
        if previous is None:
            return None
        old, new = previous.links_by_item, self._snap.links_by_item
        touched = [k for k, v in new.items() if old.get(k) is not v]
        touched.extend(old.keys() - new.keys())
        pairs: list[tuple[int, int]] = []
        for item_id in touched:
            before, after = old.get(item_id), new.get(item_id)
            was = {link.objective_id: link for link in before or ()}
            now = {link.objective_id: link for link in after or ()}
            pairs.extend((o, item_id) for o in was.keys() | now.keys() if was.get(o) != now.get(o))
        return pairs

    def _pair_of(
        self, row: int, column: int, ids: tuple[list[int], list[int]]
    ) -> tuple[int, int] | None:
        objectives, items = ids
        o, i = (column, row) if self._transposed else (row, column)
        if 0 <= o < len(objectives) and 0 <= i < len(items):
            return objectives[o], items[i]
        return None

    # -- cells ---------------------------------------------------------------------------
    def pair(self, index: Index) -> tuple[int, int] | None:
        """(objective id, item id) of a cell."""
        if not index.isValid():
            return None
        o, i = (index.column(), index.row()) if self._transposed else (index.row(), index.column())
        return self._objectives[o].id, self._items[i].id

    def index_of_pair(self, objective_id: int, item_id: int) -> QModelIndex:
        o = self.objective_row(objective_id)
        i = self.item_column(item_id)
        if o is None or i is None:
            return QModelIndex()
        return self.index(i, o) if self._transposed else self.index(o, i)

    def objective_row(self, objective_id: int) -> int | None:
        if self._objective_rows is None:
            self._objective_rows = {obj.id: r for r, obj in enumerate(self._objectives)}
        return self._objective_rows.get(objective_id)

    def item_column(self, item_id: int) -> int | None:
        if self._item_columns is None:
            self._item_columns = {item.id: c for c, item in enumerate(self._items)}
        return self._item_columns.get(item_id)

    def _link(self, pair: tuple[int, int]) -> Any:
        # An item has a few links: looking through them beats keeping a 60,000-entry dict.
        objective_id, item_id = pair
        for link in self._snap.links_by_item.get(item_id, ()):
            if link.objective_id == objective_id:
                return link
        return None

    def strength(self, index: Index) -> int:
        pair = self.pair(index)
        link = self._link(pair) if pair else None
        return link.strength if link else 0

    def set_strength(self, index: Index, strength: int) -> bool:
        pair = self.pair(index)
        if pair is None or self._live.read_only:
            return False
        if strength == self.strength(index):
            return True
        return self._live.execute(SetLink(pair[0], pair[1], strength))

    def set_strengths(self, indexes: Sequence[Index], strength: int) -> bool:
        """Set several cells in one undoable step."""
        if self._live.read_only:
            return False
        commands = [
            SetLink(pair[0], pair[1], strength)
            for index in indexes
            if (pair := self.pair(index)) is not None and self.strength(index) != strength
        ]
        if not commands:
            return True
        if len(commands) == 1:
            return self._live.execute(commands[0])
        n = len(commands)
        label = (
            translate("AlignmentModel", "Unlink %n cell(s)", None, n)
            if strength == 0
            else translate("AlignmentModel", "Set %n link(s) to {strength}", None, n).format(
                strength=strength_word(strength)
            )
        )
        return self._live.execute(Macro(label, commands))

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._items) if self._transposed else len(self._objectives)

    def columnCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._objectives) if self._transposed else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair(index)
        if pair is None:
            return None
        link = self._link(pair)
        strength = link.strength if link else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return str(strength) if strength else ""
        if role == Qt.ItemDataRole.EditRole:
            return strength
        if role == Qt.ItemDataRole.BackgroundRole and strength:
            return theme.strength_color(strength)
        if role == Qt.ItemDataRole.ForegroundRole and strength:
            return theme.strength_text_color(strength)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            objective = self._snap.objective_by_id[pair[0]]
            item = self._snap.item_by_id[pair[1]]
            head = f"{item.code} → {objective.code}: {strength_word(strength)}"
            if link and link.rationale:
                return f"<p><b>{_esc(head)}</b></p><p>{_esc(link.rationale)}</p>"
            how = self.tr("Type 1-3 to link, 0 to unlink.")
            return f"<p><b>{_esc(head)}</b></p><p>{_esc(how)}</p>"
        if role == PAIR_ROLE:
            return list(pair)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            strength = int(value)
        except (TypeError, ValueError):
            self._live.refused.emit(
                self.tr("Link strength must be 0 (none) to 3 (strong), not {value}.").format(
                    value=repr(value)
                )
            )
            return False
        if not 0 <= strength <= 3:
            self._live.refused.emit(
                self.tr("Link strength must be 0 (none) to 3 (strong), not {value}.").format(
                    value=strength
                )
            )
            return False
        return self.set_strength(index, strength)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._flags if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        objectives_axis = Qt.Orientation.Horizontal if self._transposed else Qt.Orientation.Vertical
        if orientation == objectives_axis:
            if not 0 <= section < len(self._objectives):
                return None
            obj = self._objectives[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if self._transposed:
                    return obj.code
                indent = "" if obj.parent_id is None else "    "
                return f"{indent}{obj.code}  {obj.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"<p><b>{_esc(obj.code)}</b> {_esc(obj.title)}</p>"
            if role == Qt.ItemDataRole.FontRole and obj.id in self._themes:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if not 0 <= section < len(self._items):
            return None
        item = self._items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code}  {item.title}" if self._transposed else item.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p><b>{_esc(item.code)}</b> {_esc(item.title)}</p>"
        return None


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
