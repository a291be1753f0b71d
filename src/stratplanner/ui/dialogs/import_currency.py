"""The import dialog's currency step: the file's amounts are in another currency than the plan's.

The command line answers this with ``--rate GBP=1.27``; a desktop user gets the same
choice as words and a field: the plan takes the file's currency (only while it has no
items, as the core decides), or the amounts are converted at a rate typed here, or the
user cancels. What the core needs is ``rates`` and ``keep_currency`` for
``prepare_import``; the rate text is checked by the core's own ``parse_rates``.

A bare "$" names no country: the command line says which dollar with ``--currency CAD``;
here a list ("Amounts written with $ are in: [USD]") sets the same ``Mapping.currency``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import format_number, translate
from stratplanner.io.import_report import ImportReport
from stratplanner.io.money_units import DOLLAR_CURRENCIES, parse_rates
from stratplanner.io.table_import import CurrencyMismatch
from stratplanner.ui import theme


def _rate_text(text: str) -> str:
    """'1,27' as typed on a European keyboard is 1.27; thousands separators aren't rates."""
    text = text.strip()
    return text.replace(",", ".") if "," in text and "." not in text else text


class CurrencyPanel(QGroupBox):
    """Which currency the file is in, which the plan is in, and what to do about it."""

    #: The rates or the choice changed: the preview should run again.
    changed = Signal()
    #: The user said which dollar a bare "$" is (the mapping's currency), before ``changed``.
    dollar_chosen = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Currency"))
        self.setObjectName("currencyBox")
        self.file_name = file_name
        #: currency → a valid rate typed for it (one unit in the target currency)
        self.rates: dict[str, float] = {}
        #: a plan without amounts keeps its currency (the user chose to convert)
        self.keep_currency = False
        self._needed: list[str] = []
        self._target = ""
        self._file_currency = ""
        self._edits: dict[str, QLineEdit] = {}

        self.text = QLabel()
        self.text.setObjectName("currencyText")
        self.text.setWordWrap(True)
        self.take = QRadioButton()
        self.take.setObjectName("takeFileCurrency")
        self.convert = QRadioButton()
        self.convert.setObjectName("convertAmounts")
        choice = QButtonGroup(self)
        choice.addButton(self.take)
        choice.addButton(self.convert)
        self.take.setChecked(True)
        self.convert.toggled.connect(self._choice_changed)
        self.rate_rows = QWidget()
        self.rate_grid = QGridLayout(self.rate_rows)
        self.rate_grid.setContentsMargins(0, 0, 0, 0)
        self.rate_grid.setColumnStretch(3, 1)
        self.hint = QLabel()
        self.hint.setObjectName("rateHint")
        self.hint.setWordWrap(True)
        self.dollar_list = QComboBox()
        self.dollar_list.setObjectName("dollarCurrency")
        self.dollar_list.setAccessibleName(
            self.tr('The currency of amounts written with a bare "$"')
        )
        for code in DOLLAR_CURRENCIES:
            self.dollar_list.addItem(code, code)
        self.dollar_list.currentIndexChanged.connect(self._dollar_chosen)
        dollar_label = QLabel(self.tr("Amounts &written with $ are in:"))
        dollar_label.setBuddy(self.dollar_list)
        self.dollar_row = QWidget()
        self.dollar_row.setObjectName("dollarRow")
        row = QHBoxLayout(self.dollar_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(dollar_label)
        row.addWidget(self.dollar_list)
        row.addStretch(1)
        self.dollar_row.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.dollar_row)
        layout.addWidget(self.take)
        layout.addWidget(self.convert)
        layout.addWidget(self.rate_rows)
        layout.addWidget(self.hint)
        self.hide()

    # -- what the core found -------------------------------------------------------------
    def show_mismatch(self, exc: CurrencyMismatch, plan_items: int) -> None:
        """The core needs a rate: ask for one per currency, in the currency it converts to."""
        self._show_dollar(exc.dollar)
        # Every currency converted gets its row, a rate typed already too (the core names
        # only those still without one in ``currencies``).
        self._needed, self._target = list(exc.converting), exc.target
        named = self.tr(" and ", "between currency codes").join(exc.several or exc.currencies)
        if exc.dollar in (exc.several or exc.currencies):
            named = self.tr(
                '{currencies} (written with a bare "$", taken as {dollar} as chosen below)'
            ).format(currencies=named, dollar=exc.dollar)

        if exc.several:
            text = self.tr(
                "The amounts in {file} are in {currencies}. This plan holds no amounts yet, but "
                "it keeps them in one currency, so the amounts must be converted to {target}. "
                "Type the rates below, or press Cancel to leave the plan as it is."
            )
        elif self.keep_currency:
            text = self.tr(
                "The amounts in {file} are in {currencies}; this plan keeps its amounts in "
                "{target}."
            )
        elif plan_items:
            text = translate(
                "CurrencyPanel",
                "The amounts in {file} are in {currencies}, but this plan keeps its amounts in "
                "{target} and already has %n item(s), so the amounts must be converted to "
                "{target}. Type the rate below, or press Cancel to leave the plan as it is.",
                None,
                plan_items,
            )
        else:
            text = self.tr(
                "The amounts in {file} are in {currencies}, but this plan keeps its amounts in "
                "{target} and already holds amounts, so the amounts must be converted to "
                "{target}. Type the rate below, or press Cancel to leave the plan as it is."
            )
        self.text.setText(text.format(file=self.file_name, currencies=named, target=exc.target))
        self.show()
        self._show_choice()
        self._build_rows()

    def show_report(self, report: ImportReport, plan_currency: str) -> None:
        """After a preview: say what happens to the file's currency (or hide: nothing to say)."""
        self._show_dollar(report.dollar)
        taken = report.settings.get("currency")
        if taken:
            self._file_currency, self._needed, self._target = taken, [], plan_currency
            self.text.setText(
                self.tr(
                    "The amounts in {file} are in {currency}; this plan keeps its amounts in "
                    "{plan_currency}, but it has no items yet, so it can take the file's currency."
                ).format(file=self.file_name, currency=taken, plan_currency=plan_currency)
            )
            self.show()
            self._show_choice()
            self._build_rows()
        elif report.converted and report.target_currency:
            self._needed, self._target = list(report.converted), report.target_currency
            self.show()
            self._show_choice()
            self._build_rows()
        elif report.dollar:
            # Nothing to convert, but the file never said which dollar: say what was assumed.
            self._needed, self._file_currency, self._target = [], "", plan_currency
            self.text.setText(
                self.tr(
                    'The amounts in {file} are written with a bare "$", which does not say which '
                    "dollar; they are taken as {dollar}, the currency of this plan. If they are "
                    "another dollar, choose it below."
                ).format(file=self.file_name, dollar=report.dollar)
            )
            self.show()
            self._show_choice()
            self._build_rows()
        elif not self.keep_currency:
            self._needed = []
            self.hide()
        self._update_hint()

    # -- which dollar ----------------------------------------------------------------------
    def _show_dollar(self, dollar: str | None) -> None:
        """The list shows only for a file with a bare "$", set to the dollar the core used."""
        self.dollar_row.setVisible(dollar is not None)
        if dollar is None:
            return
        index = self.dollar_list.findData(dollar)
        self.dollar_list.blockSignals(True)
        if index < 0:  # a saved mapping may name a currency the list doesn't offer
            self.dollar_list.addItem(dollar, dollar)
            index = self.dollar_list.count() - 1
        self.dollar_list.setCurrentIndex(index)
        self.dollar_list.blockSignals(False)

    def choose_dollar(self, code: str) -> None:
        """Choose the dollar a bare "$" means, as the list would."""
        self.dollar_list.setCurrentIndex(self.dollar_list.findData(code))

    def _dollar_chosen(self) -> None:
        """Another dollar is another currency: the choice to take it or convert starts again."""
        self.keep_currency = False
        self._file_currency, self._needed = "", []
        self.convert.blockSignals(True)
        self.take.setChecked(True)
        self.convert.blockSignals(False)
        self._show_choice()
        self._build_rows()
        self.dollar_chosen.emit(self.dollar_list.currentData())
        self.changed.emit()

    def _show_choice(self) -> None:
        """The plan may take the file's currency only while it has no items (the core's rule)."""
        offered = bool(self._file_currency) and (
            self.keep_currency or not self._needed or self._needed == [self._file_currency]
        )
        self.take.setVisible(offered)
        self.convert.setVisible(offered)
        if offered:
            self.take.setText(
                self.tr(
                    "Use {currency} for this plan: amounts stay as they are in the file and the "
                    "plan's currency becomes {currency}"
                ).format(currency=self._file_currency)
            )
            self.convert.setText(
                self.tr("Keep {currency}: convert the file's amounts at this rate").format(
                    currency=self._target or self.tr("the plan’s currency")
                )
            )

    def _choice_changed(self, convert: bool) -> None:
        self.keep_currency = convert
        if convert and self._file_currency:
            self._needed = [self._file_currency]
        elif not convert:
            self._needed = []
        self._build_rows()
        self.changed.emit()

    # -- the rates -----------------------------------------------------------------------
    def _build_rows(self) -> None:
        """One "1 GBP = [ ] USD" row per currency the amounts must be converted from."""
        wanted = self._needed
        if list(self._edits) != wanted or self._edits_target != self._target:
            typed = {code: edit.text() for code, edit in self._edits.items()}
            while self.rate_grid.count():
                item = self.rate_grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self._edits = {}
            for row, code in enumerate(wanted):
                edit = QLineEdit(typed.get(code, ""))
                edit.setObjectName(f"rate:{code}")
                edit.setPlaceholderText(self.tr("e.g. {rate}").format(rate=format_number(1.27)))
                edit.setMaximumWidth(120)
                edit.setAccessibleName(
                    self.tr("How many {target} one {code} is worth").format(
                        target=self._target, code=code
                    )
                )
                edit.textChanged.connect(self._rate_typed)
                self.rate_grid.addWidget(QLabel(f"1 {code} ="), row, 0)
                self.rate_grid.addWidget(edit, row, 1)
                self.rate_grid.addWidget(QLabel(self._target), row, 2)
                self._edits[code] = edit
            self._edits_target = self._target
        enabled = self.take.isHidden() or self.convert.isChecked()
        self.rate_rows.setVisible(bool(wanted))
        self.rate_rows.setEnabled(enabled)
        self._read_rates()
        self._update_hint()

    _edits_target = ""

    def rate_edit(self, code: str) -> QLineEdit:
        return self._edits[code]

    def _rate_typed(self) -> None:
        self._read_rates()
        self._update_hint()
        self.changed.emit()

    def _read_rates(self) -> None:
        rates: dict[str, float] = {}
        for code, edit in self._edits.items():
            text = _rate_text(edit.text())
            if not text:
                continue
            try:
                rates.update(parse_rates([f"{code}={text}"]))
            except ValueError:
                continue
        self.rates = rates

    def blocked_reason(self) -> str | None:
        """Why the import can't start yet, in one sentence (None: it can)."""
        if self.isHidden():
            return None
        for code, edit in self._edits.items():
            if code in self.rates:
                continue
            typed = edit.text().strip()
            if typed:
                return self.tr(
                    "“{typed}” is not a rate: type how many {target} one {code} is worth, a "
                    "number above zero such as {rate}."
                ).format(typed=typed, target=self._target, code=code, rate=format_number(1.27))
            return self.tr(
                "Import is off until you type how many {target} one {code} is worth (or Cancel "
                "to stop)."
            ).format(target=self._target, code=code)
        return None

    def _update_hint(self) -> None:
        """Beside the field: what a typed rate does, or why it isn't one (the dialog says
        next to the Import button why Import is off)."""
        reason = self.blocked_reason()
        if reason and any(e.text().strip() for e in self._edits.values()):
            self.hint.setText(reason)
            self.hint.setStyleSheet(f"color: {theme.error_color().name()};")
        elif reason:
            self.hint.setText("")
        elif self._needed and self.rates:
            shown = ", ".join(
                f"1 {c} = {format_number(self.rates[c], grouping=False)} {self._target}"
                for c in self._needed
            )
            self.hint.setText(
                self.tr("The amounts will be converted at {rates}.").format(rates=shown)
            )
            self.hint.setStyleSheet("")
        elif not self.take.isHidden() and self.take.isChecked():
            self.hint.setText(
                self.tr("The amounts will be imported in {currency}, as the file has them.").format(
                    currency=self._file_currency
                )
            )
            self.hint.setStyleSheet("")
        else:
            self.hint.setText("")
