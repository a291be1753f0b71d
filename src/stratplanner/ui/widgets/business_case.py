"""The business case at the top of a roadmap item's details, and who answers for the item.

A CIO reads an item's case before anything technical (docs/partnership.md §3): its
headline, its value drivers with their amounts, and a flag when the case is made only in
technical terms. The drivers are edited here as one undoable ``SetValueDrivers`` step. A
change of sponsor, champion or IT owner (here or in any table) becomes a ``ChangeItemRole``,
so the sponsor history keeps who held the role before, when and why.
"""

from __future__ import annotations

import html
import math
import re
import weakref
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stratplanner.analysis.business_terms import NO_CASE, TECHNICAL_ONLY, business_case
from stratplanner.analysis.partnership import SponsorFlag, role_label, sponsor_flags
from stratplanner.analysis.text import money
from stratplanner.commands.naming import short
from stratplanner.commands.partnership import SetValueDrivers
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from stratplanner.model.values import ValueDriverKind
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.fields import InputError, number_text, plain_number, ref_text
from stratplanner.ui.icons import icon
from stratplanner.ui.live_plan import LivePlan

#: A driver's statement is one line; the detail belongs in the item's description.
MAX_STATEMENT = 300
#: A role change's reason is a short note too.
MAX_REASON = 300
#: More than a trillion a year is a typo, not a business case.
MAX_AMOUNT = 1e12

#: The flags' sentences in English (marked for the "BusinessCase" catalogue; shown translated).
TECHNICAL_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "BusinessCase",
    "Justified only in technical terms. Say what it is worth to the business: add a value "
    "driver (revenue, cost, risk, customer experience or compliance), or name a business "
    "outcome or an amount of money in the value statement.",
)
NO_CASE_TEXT = QT_TRANSLATE_NOOP(
    "BusinessCase",
    "No business case yet. Add a value driver, or write a value statement that names the "
    "business outcome (revenue, cost, risk, customers or compliance).",
)

_EDIT_TIP = QT_TRANSLATE_NOOP(
    "BusinessCase",
    "State what the item is worth to the business: revenue, cost, risk, customer experience, "
    "compliance",
)
#: The value drivers' names in English (model/values.py's VALUE_DRIVER_LABELS; a test compares).
DRIVER_LABELS = {
    ValueDriverKind.REVENUE: QT_TRANSLATE_NOOP("BusinessCase", "Revenue"),
    ValueDriverKind.COST: QT_TRANSLATE_NOOP("BusinessCase", "Cost"),
    ValueDriverKind.RISK: QT_TRANSLATE_NOOP("BusinessCase", "Risk"),
    ValueDriverKind.CUSTOMER_EXPERIENCE: QT_TRANSLATE_NOOP("BusinessCase", "Customer experience"),
    ValueDriverKind.COMPLIANCE: QT_TRANSLATE_NOOP("BusinessCase", "Compliance"),
}
_DRIVERS = [kind.value for kind in ValueDriverKind]
_SCALES = {"": 1.0, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_SIGN_CURRENCIES = {
    "$": {"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "MXN"},
    "€": {"EUR"},
    "£": {"GBP"},
    "¥": {"JPY", "CNY"},
    "₹": {"INR"},
}
_AMOUNT = re.compile(
    r"^(?P<before>[a-z]{3}|[$€£¥₹])?(?P<number>\d+(?:\.\d*)?|\.\d+)(?P<scale>k|mn|m|bn)?"
    r"(?P<after>[a-z]{3}|[$€£¥₹])?$",
    re.IGNORECASE,
)


def driver_label(driver: str) -> str:
    """'Revenue', 'Customer experience' … in the user's language."""
    return translate("BusinessCase", DRIVER_LABELS[ValueDriverKind(driver)])


# -- reading what was typed ---------------------------------------------------------------------


def parse_amount(text: str, label: str, currency: str) -> float | None:
    """A yearly amount in the plan's currency ('400000', '400,000', '400k', 'USD 0.4m'; in
    German '400.000', '0,4m'); None when left empty (not quantified). Raises
    :class:`InputError` saying what to type."""
    raw = text.strip()
    if not raw:
        return None
    compact = plain_number(raw)
    negative = compact.startswith(("-", "−", *(f"{c}-" for c in (currency, *_SIGN_CURRENCIES))))
    match = _AMOUNT.match(compact.replace("-", "").replace("−", "") if negative else compact)
    example = translate(
        "BusinessCase", "type a yearly amount such as 400000, 400k or 0.4m in {currency}"
    ).format(currency=currency)
    if match is None:
        raise InputError(
            translate(
                "BusinessCase", "{label}: {text} is not an amount; {example}, or leave it empty."
            ).format(label=label, text=repr(short(raw, 40)), example=example)
        )
    for mark in (match["before"], match["after"]):
        if mark and not _is_plan_currency(mark, currency):
            raise InputError(
                translate(
                    "BusinessCase",
                    "{label}: amounts are in the plan's currency, {currency}, not {mark}; "
                    "{example}.",
                ).format(label=label, currency=currency, mark=mark, example=example)
            )
    value = float(match["number"]) * _SCALES[(match["scale"] or "").lower()]
    if negative:
        raise InputError(
            translate(
                "BusinessCase",
                "{label}: the amount can't be negative ({text}); give what the driver is worth "
                "a year, or leave it empty when it is not quantified.",
            ).format(label=label, text=short(raw, 40))
        )
    if not math.isfinite(value) or value > MAX_AMOUNT:
        raise InputError(
            translate(
                "BusinessCase",
                "{label}: {text} is more than {currency} 1,000 bn a year; check the amount.",
            ).format(label=label, text=short(raw, 40), currency=currency)
        )
    return value


def _is_plan_currency(mark: str, currency: str) -> bool:
    if mark in _SIGN_CURRENCIES:
        return currency.upper() in _SIGN_CURRENCIES[mark]
    return mark.upper() == currency.upper()


def parse_statement(
    text: str,
    label: str,
    *,
    limit: int = MAX_STATEMENT,
    detail: str | None = None,
) -> str:
    """One line of text as typed (runs of spaces and line breaks become one space);
    ``detail`` says where the rest belongs (default: the item's description)."""
    line = " ".join(text.split())
    if len(line) > limit:
        if detail is None:
            detail = translate("BusinessCase", "put the detail in the item's description")
        raise InputError(
            translate(
                "BusinessCase",
                "{label}: the text is {length} characters long; keep it to one line of at "
                "most {limit} and {detail}.",
            ).format(
                label=label,
                length=format_number(len(line)),
                limit=format_number(limit),
                detail=detail,
            )
        )
    return line


# -- roles and their history -------------------------------------------------------------------


def sponsor_history_lines(snap: PlanSnapshot, item_id: int) -> list[str]:
    """The item's role changes, newest first, as escaped lines for the related section:
    '2027-06-30 · Sponsor: Ann Lee → Raj Patel (reorganisation)'."""
    lines = []
    for change in reversed(snap.sponsor_changes_by_item.get(item_id, [])):
        nobody = translate("BusinessCase", "nobody")
        before = ref_text(snap, "person", change.from_person_id) or nobody
        after = ref_text(snap, "person", change.to_person_id) or nobody
        role = role_label(change.role, capital=True)
        line = f"{format_date(change.changed_on, 'short')} · {role}: {before} → {after}"
        if change.reason:
            line += f" ({change.reason})"
        lines.append(html.escape(line))
    return lines


_flag_cache: weakref.WeakKeyDictionary[PlanSnapshot, dict[tuple[str, int], list[SponsorFlag]]] = (
    weakref.WeakKeyDictionary()
)


def record_flags(snap: PlanSnapshot, kind: str, record_id: int) -> list[SponsorFlag]:
    """``analysis.partnership.flags_for``, worked out once per snapshot for every record."""
    flags = _flag_cache.get(snap)
    if flags is None:
        grouped: dict[tuple[str, int], list[SponsorFlag]] = defaultdict(list)
        for flag in sponsor_flags(snap):
            grouped[(flag.record_kind, flag.record_id)].append(flag)
        flags = _flag_cache[snap] = dict(grouped)
    return flags.get((kind, record_id), [])


class RoleChangeReason(QLineEdit):
    """Why the sponsor, champion or IT owner changes; saved with the next such change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("details_role_reason")
        self.setPlaceholderText(self.tr("Optional, type it first"))
        self.setToolTip(
            self.tr(
                "Type why before you change the sponsor, champion or IT owner (a reorganisation, "
                "someone left…); the change and this reason go to the sponsor history."
            )
        )

    def reason(self) -> str:
        return parse_statement(
            self.text(),
            self.tr("Reason for the change"),
            limit=MAX_REASON,
            detail=self.tr("say the rest in the item's description or the minutes"),
        )


def _wrapped_label(object_name: str, text_format: Qt.TextFormat) -> QLabel:
    """A selectable label that wraps to the panel's width instead of widening the panel."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(text_format)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


# -- flags --------------------------------------------------------------------------------------


class FlagBanner(QFrame):
    """A warning-coloured box with an icon and a few wrapped lines; hidden when empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAutoFillBackground(True)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = _wrapped_label(f"{object_name}_text", Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self._apply_colors()
        self.hide()

    def set_message(self, title: str, lines: list[str]) -> None:
        """Show ``title`` in bold and ``lines`` (plain text) below it; nothing hides the box."""
        if not lines:
            self.label.clear()
            self.hide()
            return
        body = "<br>".join(html.escape(line) for line in lines)
        self.label.setText(f"<b>{html.escape(title)}</b><br>{body}" if title else body)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def _apply_colors(self) -> None:
        palette = self.palette()
        background = theme.warning_background()
        if palette.color(self.backgroundRole()) != background:  # setting it sends another event
            palette.setColor(self.backgroundRole(), background)
            self.setPalette(palette)
            self._icon.setPixmap(icon("warning").pixmap(QSize(16, 16)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)


def sponsor_flag_lines(snap: PlanSnapshot, kind: str, rec: Any) -> list[str]:
    if kind not in ("item", "objective", "kpi"):
        return []
    return [flag.message for flag in record_flags(snap, kind, rec.id)]


# -- the card -----------------------------------------------------------------------------------


class BusinessCaseCard(QFrame):
    """Headline, value drivers and the technical-only flag of one item; edits the drivers.

    Unapplied edits are never thrown away: selecting another record keeps them as a draft
    of that item, shown again (not applied) when the item is selected again.
    """

    def __init__(self, live: LivePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.live = live
        self.setObjectName("businessCase")
        self._item_id: int | None = None
        self._loaded: dict[str, tuple[str, str]] = {}
        self._drafts: dict[int, dict[str, tuple[str, str]]] = {}

        heading = theme.MutedLabel(
            self.tr("BUSINESS CASE"), style="font-weight: 600; letter-spacing: 1px;"
        )
        self.headline = _wrapped_label("businessCaseHeadline", Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.headline.setFont(font)
        self.flag = FlagBanner("businessCaseFlag")
        self.summary = _wrapped_label("businessCaseDrivers", Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit value drivers"))
        self.edit_button.setObjectName("businessCaseEdit")
        self.edit_button.clicked.connect(self.open_editor)

        self.editor = QWidget()
        self.editor.setObjectName("businessCaseEditor")
        self.hint = theme.MutedLabel()
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(0, 1)
        self.amounts: dict[str, QLineEdit] = {}
        self.statements: dict[str, QLineEdit] = {}
        self._currency_labels: list[QLabel] = []
        for n, driver in enumerate(_DRIVERS):
            label = QLabel(f"<b>{html.escape(driver_label(driver))}</b>")
            currency = theme.MutedLabel()
            self._currency_labels.append(currency)
            amount = QLineEdit()
            amount.setObjectName(f"driver_amount_{driver}")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setPlaceholderText(self.tr("amount"))
            amount.setFixedWidth(amount.fontMetrics().horizontalAdvance("000,000,000,000") + 14)
            statement = QLineEdit()
            statement.setObjectName(f"driver_statement_{driver}")
            statement.setMaxLength(1_000_000)  # long pastes are refused with a message, not cut
            statement.setPlaceholderText(
                self.tr("{driver}: in one line, for the sponsor").format(
                    driver=driver_label(driver)
                )
            )
            for field in (amount, statement):
                field.returnPressed.connect(self.apply)
                field.textEdited.connect(self._edited)
            row = 3 * n
            grid.addWidget(label, row, 0)
            grid.addWidget(currency, row, 1)
            grid.addWidget(amount, row, 2)
            grid.addWidget(statement, row + 1, 0, 1, 3)
            if n < len(_DRIVERS) - 1:
                grid.setRowMinimumHeight(row + 2, 6)
            self.amounts[driver] = amount
            self.statements[driver] = statement
        self.message = QLabel()
        self.message.setObjectName("businessCaseMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.hide()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("businessCaseApply")
        self.apply_button.setToolTip(
            self.tr("Save the value drivers as one step (Edit ▸ Undo undoes it)")
        )
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("businessCaseCancel")
        self.cancel_button.setToolTip(self.tr("Forget these edits and show the drivers as saved"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        editor_layout.setSpacing(6)
        editor_layout.addWidget(self.hint)
        editor_layout.addLayout(grid)
        editor_layout.addWidget(self.message)
        editor_layout.addLayout(buttons)
        self.editor.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.headline)
        layout.addWidget(self.flag)
        layout.addWidget(self.summary)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.editor)
        self._apply_colors()
        self.hide()

    # -- what is shown ----------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    def show_item(self, snap: PlanSnapshot, rec: Any | None) -> None:
        """Show ``rec``'s case (None: hide); edits in progress are kept."""
        for gone in [i for i in self._drafts if i not in snap.item_by_id]:
            del self._drafts[gone]  # the item was deleted: its unapplied drivers go with it
        new_id = rec.id if rec is not None else None
        if new_id != self._item_id:
            if self._item_id is not None and self.editing and self._dirty():
                self._drafts[self._item_id] = self._typed()
            self._item_id = new_id
            self._close_editor()
            draft = self._drafts.pop(new_id, None) if new_id is not None else None
            if draft is not None:
                self._open_with(snap, draft)
                self._say(
                    self.tr("Not applied yet: Apply saves these drivers, Cancel forgets them.")
                )
        if rec is None:
            self.hide()
            return
        self.show()
        self._show_summary(snap, rec)
        if self.editing and not self._dirty():
            self._open_with(snap, self._saved(snap))
        read_only = self.live.read_only
        self.edit_button.setEnabled(not read_only)
        self.apply_button.setEnabled(not read_only)
        self.edit_button.setToolTip(
            self.tr("This plan is read-only") if read_only else translate("BusinessCase", _EDIT_TIP)
        )

    def _show_summary(self, snap: PlanSnapshot, rec: Any) -> None:
        case = business_case(snap, rec)
        currency = snap.info.currency
        if case.headline:
            self.headline.setText(case.headline)
            self.headline.setStyleSheet("")
        else:
            self.headline.setText(self.tr("No value statement or value driver yet."))
            self.headline.setStyleSheet(f"color: {theme.muted_text().name()};")
        lines = []
        for driver in case.drivers:
            worth = (
                self.tr("{money} a year").format(money=money(driver.amount, currency))
                if driver.amount is not None
                else self.tr("not quantified")
            )
            line = f"<b>{html.escape(driver_label(driver.driver))}</b> {html.escape(worth)}"
            statement = driver.statement.strip()
            if statement and statement != case.headline:
                line += f" — {html.escape(statement)}"
            lines.append(line)
        quantified = [d for d in case.drivers if d.amount]
        if len(quantified) > 1:
            together = self.tr("Together {money} a year").format(
                money=money(case.driver_total, currency)
            )
            lines.append(f"<i>{html.escape(together)}</i>")
        self.summary.setText("<br>".join(lines))
        self.summary.setVisible(bool(lines))
        if rec.status == "cancelled":
            self.flag.set_message("", [])
        elif case.classification == TECHNICAL_ONLY:
            self.flag.set_message(
                self.tr("Technical terms only"), [translate("BusinessCase", TECHNICAL_ONLY_TEXT)]
            )
        elif case.classification == NO_CASE:
            self.flag.set_message(
                self.tr("No business case"), [translate("BusinessCase", NO_CASE_TEXT)]
            )
        else:
            self.flag.set_message("", [])
        self.edit_button.setText(
            self.tr("Edit value drivers") if case.drivers else self.tr("Add value drivers")
        )
        for label in self._currency_labels:
            label.setText(currency)
        self.hint.setText(
            self.tr(
                "Yearly amounts in {currency} (400000, 400k or 0.4m); leave an amount empty when "
                "it is not quantified. Clear a row to remove that driver."
            ).format(currency=currency)
        )

    # -- editing ----------------------------------------------------------------------------
    def open_editor(self) -> None:
        if self._item_id is None or self.live.read_only:
            return
        self._open_with(self.live.snapshot, self._saved(self.live.snapshot))
        self.amounts[_DRIVERS[0]].setFocus()

    def _open_with(self, snap: PlanSnapshot, texts: dict[str, tuple[str, str]]) -> None:
        self._loaded = self._saved(snap)
        for driver, (amount, statement) in texts.items():
            self.amounts[driver].setText(amount)
            self.statements[driver].setText(statement)
            self.statements[driver].setCursorPosition(0)
        self.editor.show()
        self.edit_button.hide()

    def _close_editor(self) -> None:
        self.editor.hide()
        self.edit_button.show()
        self._say(None)
        for field in [*self.amounts.values(), *self.statements.values()]:
            _mark(field, False)

    def cancel(self) -> None:
        if self._item_id is not None:
            self._drafts.pop(self._item_id, None)
        self._close_editor()

    def _saved(self, snap: PlanSnapshot) -> dict[str, tuple[str, str]]:
        current = {
            d.driver: (number_text(d.amount), d.statement)
            for d in snap.value_drivers_by_item.get(self._item_id or -1, [])
        }
        return {driver: current.get(driver, ("", "")) for driver in _DRIVERS}

    def _typed(self) -> dict[str, tuple[str, str]]:
        return {
            driver: (self.amounts[driver].text(), self.statements[driver].text())
            for driver in _DRIVERS
        }

    def _dirty(self) -> bool:
        return self._typed() != self._loaded

    def _edited(self) -> None:
        field = self.sender()
        if isinstance(field, QLineEdit):
            _mark(field, False)

    def apply(self) -> bool:
        """Save what was typed as one ``SetValueDrivers``; False (and a message) if refused."""
        if self._item_id is None or not self.editing or self.live.read_only:
            return False
        snap = self.live.snapshot
        item = snap.item_by_id.get(self._item_id)
        if item is None:
            self._say(self.tr("This item was deleted; its drivers can't be saved."))
            return False
        currency = snap.info.currency
        problems: list[str] = []
        typed: dict[str, tuple[float | None, str] | None] = {}
        for driver in _DRIVERS:
            label = driver_label(driver)
            amount_field, statement_field = self.amounts[driver], self.statements[driver]
            amount: float | None = None
            statement = ""
            try:
                amount = parse_amount(amount_field.text(), label, currency)
                _mark(amount_field, False)
            except InputError as exc:
                problems.append(str(exc))
                _mark(amount_field, True)
            try:
                statement = parse_statement(
                    statement_field.text(), self.tr("{driver} statement").format(driver=label)
                )
                _mark(statement_field, False)
            except InputError as exc:
                problems.append(str(exc))
                _mark(statement_field, True)
            typed[driver] = None if amount is None and not statement else (amount, statement)
        if problems:
            self._say(
                self.tr("Not applied: {problems} Nothing was changed.").format(
                    problems=" ".join(problems)
                )
            )
            return False
        saved = {
            d.driver: (d.amount, d.statement) for d in snap.value_drivers_by_item.get(item.id, [])
        }
        # Only what was retyped: a shown amount is rounded, and Apply must not rewrite it.
        texts = self._typed()
        changes = {
            driver: value
            for driver, value in typed.items()
            if texts[driver] != self._loaded.get(driver) and value != saved.get(driver)
        }
        if not changes:
            self._close_editor()
            return True
        refusal = self.live.attempt(SetValueDrivers(item.id, changes))
        if refusal is not None:
            self._say(self.tr("Not applied: {problem}").format(problem=refusal))
            return False
        self._drafts.pop(item.id, None)
        self._close_editor()
        return True

    def _say(self, problem: str | None) -> None:
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))

    def _apply_colors(self) -> None:
        css = (
            f"QFrame#businessCase {{ background: {theme.card_background().name()}; "
            f"border: 1px solid {theme.card_border().name()}; border-radius: 6px; }}"
        )
        if css != self.styleSheet():  # setting it sends another PaletteChange
            self.setStyleSheet(css)
        error = f"color: {theme.error_color().name()};"
        if error != self.message.styleSheet():
            self.message.setStyleSheet(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)


def _mark(field: QLineEdit, invalid: bool) -> None:
    if bool(field.property("invalid")) == invalid:
        return
    field.setProperty("invalid", invalid)
    field.setStyleSheet(f"border: 1px solid {theme.error_color().name()};" if invalid else "")


__all__ = [
    "MAX_AMOUNT",
    "MAX_REASON",
    "MAX_STATEMENT",
    "NO_CASE_TEXT",
    "TECHNICAL_ONLY_TEXT",
    "BusinessCaseCard",
    "FlagBanner",
    "RoleChangeReason",
    "parse_amount",
    "parse_statement",
    "record_flags",
    "sponsor_flag_lines",
    "sponsor_history_lines",
]
