"""File ▸ Import ▸ Spreadsheet…: guess the columns, let the planner fix them, preview, import.

The preview and the full check run on the thread pool with the worker's own
session (``EditSession.read_apart``); the checked import is executed on the GUI
thread as one command, so it is one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP, format_number, translate
from stratplanner.io.import_report import ImportRejected, ImportWording, PreparedImport
from stratplanner.io.mapping import (
    CREATABLE,
    Mapping,
    MappingError,
    fields_of,
    guess_mapping,
    plural_label,
)
from stratplanner.io.table_import import (
    CurrencyMismatch,
    names_in_file,
    prepare_import,
    preview_import,
)
from stratplanner.io.tabular import TableSource, TabularError, open_table
from stratplanner.store.errors import PlanFileError
from stratplanner.ui.dialogs.import_currency import CurrencyPanel
from stratplanner.ui.live_plan import LivePlan, problem_text
from stratplanner.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from stratplanner.ui.main_window import MainWindow


def mapping_filter() -> str:
    return translate("ImportDialog", "Import mappings (*.json);;All files (*)")


def spreadsheet_filter() -> str:
    return translate("ImportDialog", "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)")


#: What a sheet can hold, in the order the list offers them, as the list names them.
IMPORT_KINDS = {
    "item": QT_TRANSLATE_NOOP("ImportDialog", "Roadmap items"),
    "objective": QT_TRANSLATE_NOOP("ImportDialog", "Objectives"),
    "person": QT_TRANSLATE_NOOP("ImportDialog", "People"),
    "team": QT_TRANSLATE_NOOP("ImportDialog", "Teams"),
    "business_unit": QT_TRANSLATE_NOOP("ImportDialog", "Business units"),
    "link": QT_TRANSLATE_NOOP("ImportDialog", "Alignment links"),
    "demand": QT_TRANSLATE_NOOP("ImportDialog", "Team demands"),
    "dependency": QT_TRANSLATE_NOOP("ImportDialog", "Dependencies"),
    "kpi": QT_TRANSLATE_NOOP("ImportDialog", "KPIs"),
    "milestone": QT_TRANSLATE_NOOP("ImportDialog", "Milestones"),
}
#: The kinds a name in the file may be (``CREATABLE``): one of them, as the list of names says.
NAME_KINDS = {
    "business_unit": QT_TRANSLATE_NOOP("ImportDialog", "business unit"),
    "person": QT_TRANSLATE_NOOP("ImportDialog", "person"),
    "team": QT_TRANSLATE_NOOP("ImportDialog", "team"),
}
#: The same kinds as "Create this {one}" names them (German needs the article: "Diesen
#: Geschäftsbereich"); a context of their own, since the words differ from NAME_KINDS'.
CREATE_KINDS = {
    "business_unit": QT_TRANSLATE_NOOP("ImportDialogCreate", "business unit"),
    "person": QT_TRANSLATE_NOOP("ImportDialogCreate", "person"),
    "team": QT_TRANSLATE_NOOP("ImportDialogCreate", "team"),
}
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "— not imported —")
#: The choices for names that match nothing, as the list offers them (None: by the plan).
UNKNOWN_CHOICES = (
    (
        QT_TRANSLATE_NOOP(
            "ImportDialog",
            "Create them if the plan has none of that kind, else leave the field empty",
        ),
        None,
    ),
    (QT_TRANSLATE_NOOP("ImportDialog", "Create them"), "create"),
    (QT_TRANSLATE_NOOP("ImportDialog", "Leave the field empty"), "empty"),
    (QT_TRANSLATE_NOOP("ImportDialog", "Reject the row"), "reject"),
)
PREVIEW_ROWS = 50


def kind_title(kind: str) -> str:
    """'Roadmap items': a kind as the "Rows are" list names it."""
    if kind in IMPORT_KINDS:
        return translate("ImportDialog", IMPORT_KINDS[kind])
    label = plural_label(kind)
    return label[:1].upper() + label[1:]


def name_kind(kind: str) -> str:
    """'business unit': what a name in the file is."""
    return (
        translate("ImportDialog", NAME_KINDS[kind]) if kind in NAME_KINDS else plural_label(kind, 1)
    )


def create_text(kind: str) -> str:
    """'Create this business unit': the choice in a name's list, as the hints quote it."""
    what = (
        translate("ImportDialogCreate", CREATE_KINDS[kind])
        if kind in CREATE_KINDS
        else (plural_label(kind, 1))
    )
    return translate("ImportDialog", "Create this {one}").format(one=what)


@dataclass(frozen=True)
class _DialogWording(ImportWording):
    """The check's hints in the user's language, naming this dialog's controls (never the
    command line's flags); ``{one}`` is the kind as "Create this {one}" names it."""

    def say(self, phrase: str, **names: str) -> str:
        kinds = {plural_label(k, 1): k for k in CREATE_KINDS}
        if names.get("one") in kinds:
            kind = kinds[names["one"]]
            names["one"] = translate("ImportDialogCreate", CREATE_KINDS[kind])
        return translate("ImportDialog", str(getattr(self, phrase))).format(**names)


#: The check's hints name this dialog's controls, never the command line's flags.
DIALOG_WORDING = _DialogWording(
    unknown_rejected=QT_TRANSLATE_NOOP(
        "ImportDialog",
        'choose "Create this {one}" or "Leave the field empty" for that name in the list of '
        "names below",
    ),
    unknown_created=QT_TRANSLATE_NOOP(
        "ImportDialog",
        'to leave a field empty instead, choose "Leave the field empty" for its name in the '
        "list below",
    ),
    unknown_emptied=QT_TRANSLATE_NOOP(
        "ImportDialog",
        'to make one, choose "Create this {one}" for its name in the list below',
    ),
    other_dollar=QT_TRANSLATE_NOOP(
        "ImportDialog",
        'if they are another dollar, choose it under Currency, in "Amounts written with $ are in"',
    ),
    give_rate=QT_TRANSLATE_NOOP(
        "ImportDialog", "type how many {target} one {code} is worth under Currency"
    ),
)
_ERRORS = (TabularError, MappingError, PlanFileError, OSError, ValueError)


class _Cancelled(Exception):
    pass


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2)
    return str(value)


def _sample_text(rows: list[tuple[int, list[Any]]], column: int) -> str:
    values = [str(cells[column]) for _n, cells in rows[:3] if column < len(cells) and cells[column]]
    return ", ".join(v[:24] for v in values)


class ImportDialog(QDialog):
    """The mapping step: one list per column of the file, a live preview, then the import."""

    #: A preview was shown (for tests and scripts).
    preview_ready = Signal()
    #: The import ended: the number of records added, or None.
    imported = Signal(object)

    def __init__(
        self,
        source: TableSource,
        live: LivePlan,
        parent: QWidget | None = None,
        *,
        dialogs: Any = None,
    ):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Import {file}").format(file=source.path.name))
        self.setMinimumSize(980, 640)
        self.source = source
        self.live = live
        self.sample = source.sample(PREVIEW_ROWS)
        self.mapping = Mapping(kind="item")
        self.prepared: PreparedImport | None = None
        self._preview_task: BackgroundTask | None = None
        self._preview_again = False
        self._import_task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        #: header → every name in that column of the whole file (read once per column)
        self._file_names: dict[str, list[str]] = {}

        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for kind in IMPORT_KINDS:
            self.kind.addItem(kind_title(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        columns = len(source.headers)
        facts = [translate("ImportDialog", "%n column(s)", None, columns)]
        if source.sheet:
            facts.append(self.tr("sheet “{sheet}”").format(sheet=source.sheet))
        if source.encoding:
            facts.append(source.encoding)
        about = QLabel(
            self.tr(
                "{facts}. Choose what each column imports into; the preview shows the first rows."
            ).format(facts=", ".join(facts))
        )
        about.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rows are")))
        top.addWidget(self.kind)
        top.addWidget(about, 1)

        self.columns = QTableWidget(len(source.headers), 3)
        self.columns.setObjectName("columnMapping")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Imports into")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for row, header in enumerate(source.headers):
            name = QTableWidgetItem(" ".join(header.split()))
            name.setToolTip(header)
            self.columns.setItem(row, 0, name)
            self.columns.setItem(row, 1, QTableWidgetItem(_sample_text(self.sample, row)))
            combo = QComboBox()
            combo.setObjectName(f"mapping:{header}")
            combo.currentIndexChanged.connect(lambda _i, h=header: self._column_changed(h))
            self.columns.setCellWidget(row, 2, combo)
            self.combos[header] = combo
        self.columns.resizeColumnToContents(0)
        # A header of a hundred words (GMPP's) would push the lists off the dialog.
        self.columns.setColumnWidth(0, min(self.columns.columnWidth(0), 320))
        self.columns.setColumnWidth(2, 200)

        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(110)
        self.accept_clean = QCheckBox(
            self.tr("If some rows are rejected, import the other rows anyway")
        )
        self.accept_clean.setObjectName("acceptClean")
        self.unknown_policy = QComboBox()
        self.unknown_policy.setObjectName("unknownPolicy")
        for text, policy in UNKNOWN_CHOICES:
            self.unknown_policy.addItem(translate("ImportDialog", text), policy)
        self.unknown_policy.currentIndexChanged.connect(self._unknown_policy_changed)
        self.names = QTableWidget(0, 3)
        self.names.setObjectName("unknownNames")
        self.names.setHorizontalHeaderLabels(
            [self.tr("Named in the file"), self.tr("Is a"), self.tr("What to do")]
        )
        self.names.verticalHeader().hide()
        self.names.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.names.setColumnWidth(2, 300)
        self.names.setMaximumHeight(140)
        self.name_combos: dict[tuple[str, str], QComboBox] = {}
        self.names_label = QLabel(
            self.tr(
                "Business units, people and teams named anywhere in the file that the plan has "
                "under no such name (a guess is shown when one is close):"
            )
        )
        self.names_label.setWordWrap(True)
        self.currency = CurrencyPanel(source.path.name)
        self.currency.changed.connect(self._currency_changed)
        self.currency.dollar_chosen.connect(self._dollar_chosen)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.columns)
        split.addWidget(self.preview)
        split.setSizes([260, 260])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.blocked = QLabel()
        self.blocked.setObjectName("importBlocked")
        self.blocked.setWordWrap(True)
        bottom = QHBoxLayout()
        if dialogs is not None:
            save = QPushButton(self.tr("Save Mapping…"))
            save.setToolTip(
                self.tr("Keep these column choices to reuse with the next file like this one")
            )
            save.clicked.connect(self.save_mapping)
            load = QPushButton(self.tr("Use a Saved Mapping…"))
            load.clicked.connect(self.load_mapping)
            bottom.addWidget(save)
            bottom.addWidget(load)
        bottom.addWidget(self.blocked, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        check = QVBoxLayout()
        check.addWidget(QLabel(self.tr("Check")))
        check.addWidget(self.report)
        check.addStretch(1)
        # Beside the check, not under it: on a laptop screen the columns and the preview
        # keep their height when the currency step shows.
        check_row = QHBoxLayout()
        check_row.addLayout(check, 3)
        check_row.addWidget(self.currency, 2)
        layout.addLayout(check_row)
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(QLabel(self.tr("Other names that match nothing in the plan:")))
        unknown_row.addWidget(self.unknown_policy, 1)
        layout.addLayout(unknown_row)
        layout.addWidget(self.names_label)
        layout.addWidget(self.names)
        layout.addWidget(self.accept_clean)
        layout.addLayout(bottom)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self._run_preview)
        self._filling = False
        self._kind_changed()

    # -- mapping ---------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.mapping = guess_mapping(self.source.headers, kind, [c for _n, c in self.sample])
        self.mapping.unknown = self.unknown_policy.currentData()
        self._clear_names()
        fields = fields_of(kind)
        chosen = {header: key for key, header in self.mapping.columns.items()}
        self._filling = True
        for header, combo in self.combos.items():
            combo.clear()
            combo.addItem(translate("ImportDialog", NOT_IMPORTED), None)
            for spec in fields:
                combo.addItem(f"{spec.label} *" if spec.required else spec.label, spec.key)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(header))))
        self._filling = False
        self._schedule_preview()

    def save_mapping(self) -> None:
        suggested = str(self.source.path.with_suffix(".mapping.json"))
        path = self.dialogs.save_file_path(
            self, self.tr("Save Mapping"), suggested, mapping_filter()
        )
        if path:
            try:
                self.mapping.save(path)
            except (OSError, MappingError) as exc:
                self.dialogs.error(self, self.tr("Can't Save the Mapping"), problem_text(exc))

    def load_mapping(self) -> None:
        folder = str(self.source.path.parent)
        path = self.dialogs.open_file_path(
            self, self.tr("Use a Saved Mapping"), folder, mapping_filter()
        )
        if not path:
            return
        try:
            mapping = Mapping.load(path)
        except (OSError, MappingError) as exc:
            self.dialogs.error(self, self.tr("Can't Use the Mapping"), problem_text(exc))
            return
        self.use_mapping(mapping)

    def use_mapping(self, mapping: Mapping) -> None:
        """Show a saved mapping's choices in the lists (columns the file lacks are ignored)."""
        self._filling = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(mapping.kind_spec.name)))
        self._filling = False
        self._kind_changed()
        wanted = {" ".join(h.casefold().split()): key for key, h in mapping.columns.items()}
        self._filling = True
        for header, combo in self.combos.items():
            key = wanted.get(" ".join(header.casefold().split()))
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
        self._filling = False
        mapping.columns = {
            key: header
            for header in self.combos
            if (key := wanted.get(" ".join(header.casefold().split())))
        }
        self.mapping = mapping
        policy = "create" if mapping.create_missing else mapping.unknown
        self._filling = True
        self.unknown_policy.setCurrentIndex(max(0, self.unknown_policy.findData(policy)))
        self._filling = False
        self.mapping.unknown = policy
        self._schedule_preview()

    # -- names the plan doesn't have -------------------------------------------------------
    def _unknown_policy_changed(self) -> None:
        if self._filling:
            return
        self.mapping.unknown = self.unknown_policy.currentData()
        self.mapping.create_missing = []
        self._clear_names()  # built again: "Reject the row" is offered only under that policy
        self._schedule_preview()

    def _clear_names(self) -> None:
        self.names.setRowCount(0)
        self.name_combos = {}
        self.names_label.hide()
        self.names.hide()

    def _show_names(self, found: dict[str, dict[str, str]]) -> None:
        """One row per name that matched no record exactly, with the choice made for it."""
        rows = [
            (kind, name, outcome)
            for kind, names in found.items()
            for name, outcome in names.items()
        ]
        known = {(kind, name) for kind, name, _o in rows}
        if known == set(self.name_combos):
            for (kind, name), combo in self.name_combos.items():
                self._select_choice(combo, found[kind][name])
            return
        self.names.setRowCount(len(rows))
        self.name_combos = {}
        records = self._plan_records()
        for row, (kind, name, outcome) in enumerate(rows):
            self.names.setItem(row, 0, QTableWidgetItem(name))
            self.names.setItem(row, 1, QTableWidgetItem(name_kind(kind)))
            combo = QComboBox()
            combo.setObjectName(f"name:{kind}:{name}")
            create = create_text(kind)
            combo.addItem(create, "create")
            combo.addItem(self.tr("Leave the field empty"), "empty")
            for code, title in records.get(kind, []):
                record = f"{code} — {title}" if title != code else code
                combo.addItem(self.tr("Match to {record}").format(record=record), f"match:{code}")
            self._select_choice(combo, outcome)
            combo.currentIndexChanged.connect(
                lambda _i, k=kind, n=name: self._name_choice_changed(k, n)
            )
            self.names.setCellWidget(row, 2, combo)
            self.name_combos[(kind, name)] = combo
        self.names.resizeColumnToContents(1)  # "Geschäftsbereich" is longer than the default
        self.names_label.setVisible(bool(rows))
        self.names.setVisible(bool(rows))

    def _select_choice(self, combo: QComboBox, outcome: str) -> None:
        """Show the outcome; "Reject the row" (the list above chose it) is offered only then,
        so that "Create" or "Leave the field empty" is a change the user can make."""
        if outcome == "reject" and combo.findData("reject") < 0:
            combo.addItem(self.tr("Reject the row"), "reject")
        index = combo.findData(outcome)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _plan_records(self) -> dict[str, list[tuple[str, str]]]:
        snap = self.live.snapshot
        return {
            "business_unit": [(u.code, u.name) for u in snap.business_units],
            "person": [(p.code, p.name) for p in snap.people],
            "team": [(t.code, t.name) for t in snap.teams],
        }

    def choose_for_name(self, kind: str, name: str, choice: str) -> None:
        """Choose what a name becomes ("create", "empty", "match:CODE"), as its list would."""
        combo = self.name_combos[(kind, name)]
        combo.setCurrentIndex(combo.findData(choice))

    def _name_choice_changed(self, kind: str, name: str) -> None:
        choice = self.name_combos[(kind, name)].currentData()
        if choice == "reject":  # as the list above says for other names
            self.mapping.names.get(kind, {}).pop(name, None)
        else:
            self.mapping.names.setdefault(kind, {})[name] = choice
        self._schedule_preview()

    def set_column(self, header: str, field: str | None) -> None:
        """Map ``header`` to ``field`` (None: don't import it), as the list would."""
        combo = self.combos[header]
        combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)

    def _column_changed(self, header: str) -> None:
        if self._filling:
            return
        field = self.combos[header].currentData()
        columns = {k: h for k, h in self.mapping.columns.items() if h != header}
        if field is not None:
            previous = columns.get(field)
            columns[field] = header
            if previous is not None:  # a field takes one column: the other one lets go
                self._filling = True
                self.combos[previous].setCurrentIndex(0)
                self._filling = False
        self.mapping.columns = columns
        self._schedule_preview()

    # -- preview ---------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        self.prepared = None
        self._preview_timer.start()

    def _run_preview(self) -> None:
        if self._preview_task is not None:
            self._preview_again = True
            return
        try:
            self.mapping.validate()
        except MappingError as exc:
            self._show_report(str(exc))
            self.preview.setRowCount(0)
            self.preview_ready.emit()
            return
        mapping, source, edit = self._mapping_copy(), self.source, self.live.session
        rates, keep = dict(self.currency.rates), self.currency.keep_currency
        wanted = self._name_headers()
        known = {h: self._file_names[h] for h in wanted if h in self._file_names}
        missing = [h for h in wanted if h not in known]
        if missing:
            self._show_report(self.tr("Reading the names in every row of the file…"))

        def work(_progress: Any, _cancelled: Any) -> tuple[Any, dict[str, list[str]]]:
            found = names_in_file(source, missing) if missing else {}

            def read(session: Any) -> PreparedImport | CurrencyMismatch:
                try:
                    return preview_import(
                        session,
                        source,
                        mapping,
                        limit=PREVIEW_ROWS,
                        names={**known, **found},
                        rates=rates,
                        keep_currency=keep,
                        wording=DIALOG_WORDING,
                    )
                except CurrencyMismatch as exc:
                    return exc

            result: PreparedImport | CurrencyMismatch = edit.read_apart(read)
            return result, found

        task = BackgroundTask(work, expected=_ERRORS, what=self.tr("The preview"), parent=self)
        task.succeeded.connect(self._preview_done)
        task.failed.connect(self._preview_failed)
        self._preview_task = task
        task.start()

    def _name_headers(self) -> list[str]:
        """The columns mapped to a unit, person or team: the names the user is asked about."""
        refs = {s.key for s in fields_of(self.mapping.kind) if s.ref_kind in CREATABLE}
        return [header for key, header in self.mapping.columns.items() if key in refs]

    def _mapping_copy(self) -> Mapping:
        return Mapping.from_dict(self.mapping.to_dict())

    def _preview_finished(self) -> bool:
        self._preview_task = None
        if self._preview_again:
            self._preview_again = False
            self._run_preview()
            return False
        return True

    def _preview_failed(self, message: str) -> None:
        if self._preview_finished():
            self._show_report(message)
            self.preview_ready.emit()

    def _preview_done(self, done: tuple[Any, dict[str, list[str]]]) -> None:
        result, found = done
        self._file_names.update(found)
        if not self._preview_finished():
            return
        if isinstance(result, CurrencyMismatch):
            self._show_mismatch(result)
            self.preview.setRowCount(0)
            self._clear_names()
            self.preview_ready.emit()
            return
        prepared: PreparedImport = result
        self.currency.show_report(prepared.report, self.live.snapshot.info.currency)
        self._update_import_button()
        fields = [s for s in fields_of(self.mapping.kind) if s.key in self.mapping.columns]
        headers = [self.tr("Row"), self.tr("Outcome"), *(s.label for s in fields)]
        headers.append(self.tr("Warnings"))
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(prepared.outcomes))
        for row, outcome in enumerate(prepared.outcomes):
            fate = (
                self.tr("rejected: {reason}").format(reason=outcome.rejected)
                if outcome.rejected
                else self.tr("imports")
            )
            cells = [str(outcome.row), fate]
            cells += [_cell(outcome.values.get(s.key)) for s in fields]
            cells.append("; ".join(outcome.warnings))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 260))
        report = prepared.report
        self._show_names(report.names)
        shown, rejected, emptied = (
            len(prepared.outcomes),
            len(report.rejected),
            len(report.warnings),
        )
        summary = self.tr(
            "{rows}: {rejected}, {emptied}. The whole file is checked when you press Import."
        ).format(
            rows=translate("ImportDialog", "First %n row(s)", None, shown),
            rejected=translate("ImportDialog", "%n rejected", None, rejected),
            emptied=translate("ImportDialog", "%n cell(s) left empty", None, emptied),
        )
        self._show_report("\n".join([summary, *report.alerts, *report.notes]))
        self.preview_ready.emit()

    def _show_report(self, text: str) -> None:
        self.report.setPlainText(text)

    # -- currency --------------------------------------------------------------------------
    def _show_mismatch(self, exc: CurrencyMismatch) -> None:
        self.currency.show_mismatch(exc, len(self.live.snapshot.items))
        self._show_report(
            self.tr(
                "Nothing can be imported yet: the amounts in {file} are in {currencies} and "
                "this plan's are in {target}. Give the rate under Currency, or Cancel."
            ).format(
                file=self.source.path.name,
                currencies=self.tr(" and ", "between currency codes").join(exc.currencies),
                target=exc.target,
            )
        )
        self._update_import_button()

    def _dollar_chosen(self, code: str) -> None:
        """The command line's ``--currency``: the currency of amounts written with a bare "$"."""
        self.mapping.currency = code

    def choose_dollar(self, code: str) -> None:
        """Say which dollar a bare "$" is, as the list under Currency would."""
        self.currency.choose_dollar(code)

    def _currency_changed(self) -> None:
        self._update_import_button()
        self._schedule_preview()

    def set_rate(self, code: str, text: str) -> None:
        """Type a rate for ``code`` into its field, as the planner would."""
        self.currency.rate_edit(code).setText(text)

    def _update_import_button(self) -> None:
        """Import is off while a rate is missing, with the sentence saying what to do."""
        reason = self.currency.blocked_reason()
        self.blocked.setText(reason or "")
        self.import_button.setEnabled(self._import_task is None and reason is None)
        self.import_button.setToolTip(reason or "")

    # -- import ----------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check every row on a worker, then add the records as one undoable step."""
        if self._import_task is not None:
            return
        reason = self.currency.blocked_reason()
        if reason is not None:
            self._show_report(reason)
            return
        try:
            self.mapping.validate()
        except MappingError as exc:
            self._show_report(str(exc))
            return
        mapping, source, edit = self._mapping_copy(), self.source, self.live.session
        rates, keep = dict(self.currency.rates), self.currency.keep_currency

        def work(progress: Any, cancelled: Any) -> PreparedImport | CurrencyMismatch:
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise _Cancelled
                progress(done, total)

            def read(session: Any) -> PreparedImport | CurrencyMismatch:
                try:
                    return prepare_import(
                        session,
                        source,
                        mapping,
                        progress=report,
                        rates=rates,
                        keep_currency=keep,
                        wording=DIALOG_WORDING,
                    )
                except CurrencyMismatch as exc:
                    return exc

            prepared: PreparedImport | CurrencyMismatch = edit.read_apart(read)
            return prepared

        task = BackgroundTask(
            work,
            expected=_ERRORS,
            cancelled_by=(_Cancelled,),
            what=self.tr("The import"),
            parent=self,
        )
        progress = QProgressDialog(
            self.tr("Checking {file}…").format(file=source.path.name),
            self.tr("Cancel"),
            0,
            1000,
            self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)
        task.progress.connect(lambda done, _total: progress.setValue(done))
        task.succeeded.connect(self._checked)
        task.failed.connect(self._import_failed)
        task.cancelled.connect(self._import_cancelled)
        self._import_task, self._progress = task, progress
        self.import_button.setEnabled(False)
        task.start()

    def _end_import(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
        self._progress = None
        self._import_task = None
        self._update_import_button()

    def _checked(self, prepared: PreparedImport | CurrencyMismatch) -> None:
        self._end_import()
        if isinstance(prepared, CurrencyMismatch):
            self._show_mismatch(prepared)
            self.imported.emit(None)
            return
        try:
            command = prepared.command(accept_clean=self.accept_clean.isChecked())
        except ImportRejected as exc:
            self._show_report(f"{exc}\n" + "\n".join(exc.report.lines()))
            self.imported.emit(None)
            return
        refusal = self.live.attempt(command)
        if refusal is not None:
            self._show_report(self.tr("Nothing was imported: {reason}").format(reason=refusal))
            self.imported.emit(None)
            return
        self.summary = prepared.report.summary()
        count = sum(len(records) for _kind, records in prepared.batches)
        self.imported.emit(count)
        self.accept()

    def _import_failed(self, message: str) -> None:
        self._end_import()
        self._show_report(self.tr("Nothing was imported: {reason}").format(reason=message))
        self.imported.emit(None)

    def _import_cancelled(self) -> None:
        self._end_import()
        self._show_report(self.tr("The import was cancelled; the plan is unchanged."))
        self.imported.emit(None)

    def wait(self) -> None:
        for task in (self._preview_task, self._import_task):
            if task is not None:
                task.cancel()
                task.wait()

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)


def import_spreadsheet(window: MainWindow) -> ImportDialog | None:
    """Ask for the file, read its header, open the mapping step (non-blocking)."""
    live = window.live
    if live is None:
        return None
    dialogs = window.context.dialogs
    folder = window.context.settings.last_folder or str(Path.home())
    path = dialogs.open_file_path(
        window, translate("ImportDialog", "Import a Spreadsheet"), folder, spreadsheet_filter()
    )
    if not path:
        return None
    window.context.settings.last_folder = str(Path(path).parent)
    try:
        source = open_table(path, sheet_hint=("items",))
    except _ERRORS as exc:
        dialogs.error(
            window, translate("ImportDialog", "Can't Import the Spreadsheet"), problem_text(exc)
        )
        return None
    dialog = ImportDialog(source, live, window, dialogs=dialogs)
    dialog.accepted.connect(
        lambda: window.statusBar().showMessage(
            translate("ImportDialog", "{summary} Undo takes the whole import back.").format(
                summary=dialog.summary
            ),
            12000,
        )
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
