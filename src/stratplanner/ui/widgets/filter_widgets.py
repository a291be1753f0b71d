"""Small filter controls: a multi-choice menu button and a quarter picker with 'any'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton, QWidget

from stratplanner import i18n
from stratplanner.model.values import Quarter
from stratplanner.snapshot import PlanSnapshot

_ANY = -1  # item data of "any quarter" (an empty QVariant would come back as None)


def mid_sentence(word: str) -> str:
    """A heading ("Status") as it reads in the middle of a sentence: lower case in English,
    as it is in German (nouns keep their capital)."""
    return word if i18n.language() == "de" else word.lower()


class ChoiceFilterButton(QToolButton):
    """'Status: any' — a menu of checkable choices; none ticked means any."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Owned by the button: QMenu.clear() in set_choices deletes actions the menu owns.
        self._any = QAction(self.tr("Any {what}").format(what=mid_sentence(title)), self)
        self._any.triggered.connect(self.clear)
        self._actions: list[QAction] = []
        self._values: list[Any] = []
        self.setToolTip(
            self.tr("Show only items with these {what} values").format(what=mid_sentence(title))
        )
        self._update_text()

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """(label, value) pairs; ticks on values that remain are kept."""
        kept = self.selected()
        self._menu.clear()
        self._menu.addAction(self._any)
        self._menu.addSeparator()
        self._actions, self._values = [], []
        for label, value in choices:
            action = QAction(label, self._menu)
            action.setCheckable(True)
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
            self._actions.append(action)
            self._values.append(value)
        self._update_text()

    def choice_actions(self) -> list[QAction]:
        return list(self._actions)

    def selected(self) -> frozenset[Any]:
        return frozenset(
            v for a, v in zip(self._actions, self._values, strict=True) if a.isChecked()
        )

    def select(self, values: frozenset[Any]) -> None:
        for action, value in zip(self._actions, self._values, strict=True):
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._update_text()

    def clear(self) -> None:
        if self.selected():
            self.select(frozenset())
            self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions if a.isChecked()]
        if not chosen:
            self.setText(self.tr("{title}: any").format(title=self._title))
        elif len(chosen) == 1:
            self.setText(f"{self._title}: {chosen[0]}")
        else:
            self.setText(f"{self._title}: {i18n.format_number(len(chosen))}")


class QuarterFilter(QComboBox):
    """A quarter of the plan's horizon, or 'any'."""

    def __init__(self, any_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._any_text = any_text
        self.addItem(any_text, _ANY)

    def set_horizon(self, snap: PlanSnapshot) -> None:
        current = self.quarter()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any_text, _ANY)
        first = snap.info.start + (-4)
        for offset in range(snap.info.quarters + 8):
            quarter = first + offset
            self.addItem(str(quarter), quarter.ordinal)
        self.set_quarter(current)
        self.blockSignals(False)

    def quarter(self) -> Quarter | None:
        ordinal = self.currentData()
        return None if ordinal in (None, _ANY) else Quarter(int(ordinal))

    def set_quarter(self, quarter: Quarter | None) -> None:
        index = 0 if quarter is None else self.findData(quarter.ordinal)
        self.setCurrentIndex(max(index, 0))
