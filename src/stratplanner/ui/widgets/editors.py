"""Editors for each kind of field, shared by table delegates and the details panel.

Every editor has ``value()`` (may raise :class:`InputError` with the reason),
``set_value(v)`` and a ``committed`` signal sent when the user is done.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import QRegularExpression, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from stratplanner.i18n import format_number
from stratplanner.model.values import MAX_CODE_LENGTH, Quarter
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.fields import (
    NONE_LABEL,
    Field,
    InputError,
    parse_number,
    parse_quarter,
    ref_choices,
)

#: Above this many choices a combo box becomes searchable (type to find).
_SEARCHABLE = 30


class TextEditor(QLineEdit):
    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        if field.editor == "code":
            self.setMaxLength(MAX_CODE_LENGTH)
        self.editingFinished.connect(self.committed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)


class MultiLineEditor(QPlainTextEdit):
    """Multi-line text; Ctrl+Enter or leaving the field commits, Esc is left to the delegate."""

    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(field.tooltip or field.label)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class ChoiceEditor(QComboBox):
    """A fixed list (status, category) or the records a reference may point at."""

    committed = Signal()

    def __init__(self, field: Field, snap: PlanSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        if field.editor == "ref":
            choices = list(ref_choices(snap, field.ref or ""))
        else:
            choices = [(label, value) for value, label in field.labels.items()]
        if field.optional:
            choices.insert(0, (NONE_LABEL, None))
        self._values = [value for _label, value in choices]
        labels = [label for label, _value in choices]
        self.addItems(labels)
        self.setMaxVisibleItems(20)
        # Long names must not make the editor (and the details panel) wider than its column.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        if len(choices) > _SEARCHABLE:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(QStringListModel(labels, self), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            completer.activated.connect(self._completed)
            line_edit = self.lineEdit()
            assert line_edit is not None  # an editable combo box has one
            line_edit.editingFinished.connect(self.committed)
        self.activated.connect(self.committed)

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
        self.committed.emit()

    def value(self) -> Any:
        if self.isEditable():
            index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
            if index < 0:
                raise InputError(
                    self.tr("{label}: there is no {text}; pick one from the list.").format(
                        label=self._field.label, text=repr(self.currentText())
                    )
                )
            return self._values[index]
        index = self.currentIndex()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, list):  # a tuple that went through Qt
            value = tuple(value)
        try:
            self.setCurrentIndex(self._values.index(value))
        except ValueError:
            self.setCurrentIndex(-1)
        line_edit = self.lineEdit()  # None unless editable
        if self.isEditable() and line_edit is not None:
            line_edit.setCursorPosition(0)


class QuarterEditor(QComboBox):
    """Pick a quarter of the plan's horizon (a little before and after too) or type one."""

    committed = Signal()

    def __init__(self, field: Field, snap: PlanSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        pattern = r"^\s*(\d{4}\s*-?\s*[qQ]\s*[1-4])?\s*$"
        if field.optional:
            pattern = r"^\s*((\d{4}\s*-?\s*[qQ]\s*[1-4])|" + NONE_LABEL + r")?\s*$"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        first = snap.info.start + (-4)
        labels = [str(first + i) for i in range(snap.info.quarters + 12)]
        if field.optional:
            labels.insert(0, NONE_LABEL)
        self.addItems(labels)
        self.setMaxVisibleItems(16)
        line_edit = self.lineEdit()
        assert line_edit is not None  # made editable above
        line_edit.setPlaceholderText(self.tr("YYYY-Qn"))
        how = (
            self.tr("Pick a quarter or type one, e.g. 2027-Q3; leave empty for none.")
            if field.optional
            else self.tr("Pick a quarter or type one, e.g. 2027-Q3.")
        )
        self.setToolTip(
            self.tr("{meaning}. {how}").format(meaning=field.tooltip, how=how)
            if field.tooltip
            else how
        )
        self.activated.connect(self.committed)

    def value(self) -> Quarter | None:
        text = self.currentText().upper().replace(" ", "")
        if text and "-" not in text:
            text = text.replace("Q", "-Q")
        return parse_quarter(text, self._field.label, optional=self._field.optional)

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        index = self.findText(text or NONE_LABEL)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(text)


class _NonNegativeSpinBox(QDoubleSpinBox):
    """A minus sign is refused as it is typed, instead of ending as a silent zero."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if "-" in text:
            return (QValidator.State.Invalid, text, pos)
        return super().validate(text, pos)


class MoneyEditor(_NonNegativeSpinBox):
    """An amount in the plan's currency; it can't go below zero."""

    committed = Signal()

    def __init__(self, field: Field, snap: PlanSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPrefix(f"{snap.info.currency} ")
        self.setDecimals(0)
        self.setRange(0, field.maximum)
        self.setSingleStep(10000)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        # A spin box may not shrink below its size hint (room for a trillion); this one may,
        # to its minimum hint, so it stays beside its label in a 300 px details panel.
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.editingFinished.connect(self.committed)

    def value(self) -> float:
        return float(super().value())

    def set_value(self, value: Any) -> None:
        self.setValue(float(value or 0))

    def minimumSizeHint(self) -> QSize:
        # The default makes room for a trillion; a form row needs far less.
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("USD 000,000,000") + 16),
            hint.height(),
        )


class IntEditor(QSpinBox):
    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(int(field.minimum), int(min(field.maximum, 2**31 - 1)))
        self.editingFinished.connect(self.committed)

    def value(self) -> int:
        return int(super().value())

    def set_value(self, value: Any) -> None:
        self.setValue(int(value or 0))


class FloatEditor(_NonNegativeSpinBox):
    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(field.minimum, field.maximum)
        self.setSingleStep(0.5)
        self.editingFinished.connect(self.committed)

    def value(self) -> float:
        return float(super().value())

    def set_value(self, value: Any) -> None:
        self.setValue(float(value or 0))


class NumberEditor(QLineEdit):
    """A number that may be left empty (KPI baseline, target, actual)."""

    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        self.setPlaceholderText(self.tr("empty") if field.optional else "0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self.committed)

    def value(self) -> float | None:
        return parse_number(self.text(), self._field.label, optional=self._field.optional)

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else format_number(value, grouping=False))


class BoolEditor(QCheckBox):
    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(field.label)
        self.setToolTip(field.tooltip)
        self.toggled.connect(lambda _checked: self.committed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


#: What :func:`create_editor` makes: each has ``value()``, ``set_value(v)`` and ``committed``.
FieldEditor: TypeAlias = (
    TextEditor
    | MultiLineEditor
    | ChoiceEditor
    | QuarterEditor
    | MoneyEditor
    | IntEditor
    | FloatEditor
    | NumberEditor
    | BoolEditor
)


def create_editor(field: Field, snap: PlanSnapshot, parent: QWidget | None = None) -> FieldEditor:
    """The editor for ``field``; raises KeyError for read-only fields."""
    editor = field.editor
    if editor in ("text", "code"):
        return TextEditor(field, parent)
    if editor == "multiline":
        return MultiLineEditor(field, parent)
    if editor in ("choice", "ref"):
        return ChoiceEditor(field, snap, parent)
    if editor == "quarter":
        return QuarterEditor(field, snap, parent)
    if editor == "money":
        return MoneyEditor(field, snap, parent)
    if editor == "int":
        return IntEditor(field, parent)
    if editor == "float":
        return FloatEditor(field, parent)
    if editor == "number":
        return NumberEditor(field, parent)
    if editor == "bool":
        return BoolEditor(field, parent)
    raise KeyError(f"{field.name} is not editable")


def commits_on_pick(widget: QWidget) -> bool:
    """Editors that are done as soon as a choice is picked from their list."""
    return isinstance(widget, ChoiceEditor | QuarterEditor)
