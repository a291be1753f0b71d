"""File ▸ Export PDF…: options remembered per plan, the export on a worker, "Open the PDF".

The worker reads only the immutable snapshot taken when the user pressed
Export; the GUI keeps working (and editing) meanwhile.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from stratplanner.export import pdf as pdf_package  # export_pdf loads reportlab on first use
from stratplanner.export.pdf import ExportCancelled, PdfExportError
from stratplanner.export.pdf.options import (
    PAPERS,
    PRESETS,
    SECTION_TITLES,
    SECTIONS,
    PdfOptions,
    check_options,
)
from stratplanner.i18n import QT_TRANSLATE_NOOP, format_date, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from stratplanner.ui.main_window import MainWindow

#: The presets as the list names them (English sources; shown through translate()).
PRESET_TITLES = {
    "board": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Board pack"),
    "team": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Working team (everything)"),
    "strategy": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Strategy on a page"),
    "workshop": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Workshop outcome"),
}
PAPER_TITLES = {"a4": "A4", "letter": QT_TRANSLATE_NOOP("PdfOptionsDialog", "US Letter")}


#: The sections as the dialog lists them: the English is SECTION_TITLES' word for word
#: (tests/ui/test_export_dialog.py checks it), marked here so the dialog shows them translated.
SECTION_NAMES = {
    "cover": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Cover page"),
    "contents": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Contents"),
    "summary": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Executive summary"),
    "risks": QT_TRANSLATE_NOOP("PdfOptionsDialog", "What is at risk"),
    "strategy": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Strategy on a page"),
    "objectives": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Objectives and the work that serves them"),
    "timeline": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Roadmap timeline"),
    "heatmap": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Alignment heatmap"),
    "investment": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Investment mix"),
    "portfolio": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Ranked portfolio"),
    "capacity": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Capacity outlook"),
    "partnership": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Business partnership"),
    "changes": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Changes since the baseline"),
    "workshop": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Workshop outcome"),
    "appendix": QT_TRANSLATE_NOOP("PdfOptionsDialog", "Appendix: item cards"),
}


def pdf_filter() -> str:
    """The save dialog's filter, in the user's language."""
    return translate("PdfExport", "PDF documents (*.pdf);;All files (*)")


def _shown(titles: dict[str, str], key: str) -> str:
    return translate("PdfOptionsDialog", titles[key]) if key in titles else key


def _settings_key(location: str) -> str:
    """Options are remembered per plan; the key hides the plan's address."""
    return "pdf_export/" + hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]


def remembered_options(qsettings: Any, location: str) -> PdfOptions:
    text = qsettings.value(_settings_key(location), "")
    if isinstance(text, str) and text:
        try:
            return PdfOptions.from_json(text)
        except (ValueError, PdfExportError):
            pass
    return PdfOptions()


def remember_options(qsettings: Any, location: str, options: PdfOptions) -> None:
    qsettings.setValue(_settings_key(location), options.to_json())


def _checked_codes(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _code_list(entries: list[tuple[str, str]], chosen: list[str], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    for code, text in entries:
        entry = QListWidgetItem(f"{code} — {text}")
        entry.setData(Qt.ItemDataRole.UserRole, code)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(entry)
    widget.setMinimumHeight(90)
    return widget


class PdfOptionsDialog(QDialog):
    """Preset, sections, audience filters, paper and label; ``options()`` reads them back."""

    def __init__(self, snap: PlanSnapshot, options: PdfOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfOptionsDialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(680)
        self._options = options

        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for key in PRESETS:
            self.preset.addItem(_shown(PRESET_TITLES, key), key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(options.preset)))

        sections_box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        chosen = set(options.selected_sections())
        for i, key in enumerate(SECTIONS):
            box = QCheckBox(
                _shown(SECTION_NAMES, key) if key in SECTION_NAMES else SECTION_TITLES[key]
            )
            box.setObjectName(f"section_{key}")
            box.setChecked(key in chosen)
            self.section_boxes[key] = box
            grid.addWidget(box, i % 6, i // 6)
        self.preset.currentIndexChanged.connect(self._preset_changed)

        filters_box = QGroupBox(self.tr("Audience (nothing ticked: the whole plan)"))
        filters = QGridLayout(filters_box)
        self.business_units = _code_list(
            [(b.code, b.name) for b in snap.business_units], options.business_units, "units"
        )
        self.objectives = _code_list(
            [(o.code, o.title) for o in snap.objectives], options.objectives, "objectives"
        )
        filters.addWidget(QLabel(self.tr("Business units")), 0, 0)
        filters.addWidget(QLabel(self.tr("Objectives")), 0, 1)
        filters.addWidget(self.business_units, 1, 0)
        filters.addWidget(self.objectives, 1, 1)
        quarters = [str(snap.info.start + n) for n in range(max(snap.info.quarters, 1))]
        self.quarter_from = self._quarter_combo("quarter_from", quarters, options.quarter_from)
        self.quarter_to = self._quarter_combo("quarter_to", quarters, options.quarter_to)
        span = QHBoxLayout()
        span.addWidget(QLabel(self.tr("Quarters from")))
        span.addWidget(self.quarter_from)
        span.addWidget(QLabel(self.tr("to", "quarters from … to …")))
        span.addWidget(self.quarter_to)
        span.addStretch(1)
        filters.addLayout(span, 2, 0, 1, 2)

        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for key in PAPERS:
            self.paper.addItem(_shown(PAPER_TITLES, key), key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        # "Changes since the baseline" compares with the baseline chosen here (latest first).
        self.baseline = QComboBox()
        self.baseline.setObjectName("baseline")
        baselines = sorted(snap.baselines, key=lambda b: (b.taken_at, b.id), reverse=True)
        for n, b in enumerate(baselines):
            when = format_date(b.taken_at, "medium") if b.taken_at else ""
            label = f"{b.name} — {when}" if when else b.name
            if n == 0:
                label = self.tr("{baseline} (latest)").format(baseline=label)
            self.baseline.addItem(label, b.name)
        if not baselines:
            self.baseline.addItem(
                self.tr("No baselines yet (save one in the Baselines view)"), None
            )
        self.baseline.setCurrentIndex(max(0, self.baseline.findData(options.baseline)))
        changes = self.section_boxes["changes"]
        changes.toggled.connect(self._changes_toggled)
        self._changes_toggled(changes.isChecked())
        # "Workshop outcome" reports on the workshop chosen here (latest first).
        self.workshop = QComboBox()
        self.workshop.setObjectName("workshop")
        workshops = sorted(
            snap.workshops, key=lambda w: (w.held_on is not None, w.held_on, w.id), reverse=True
        )
        for w in workshops:
            when = f" — {format_date(w.held_on, 'medium')}" if w.held_on else ""
            self.workshop.addItem(f"{w.title} ({w.code}){when}", w.code)
        if not workshops:
            self.workshop.addItem(
                self.tr("No workshops yet (prepare one in the Workshop view)"), None
            )
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(options.workshop)))
        outcome = self.section_boxes["workshop"]
        outcome.toggled.connect(self._workshop_toggled)
        self._workshop_toggled(outcome.isChecked())
        self.confidentiality = QLineEdit(options.confidentiality)
        self.confidentiality.setObjectName("confidentiality")
        self.confidentiality.setPlaceholderText(self.tr("e.g. Confidential — board only"))

        form = QFormLayout()
        form.addRow(self.tr("&Preset"), self.preset)
        page = QFormLayout()
        page.addRow(self.tr("Compare &with baseline"), self.baseline)
        page.addRow(self.tr("&Workshop"), self.workshop)
        page.addRow(self.tr("P&aper"), self.paper)
        page.addRow(self.tr("&Label on every page"), self.confidentiality)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sections_box)
        layout.addWidget(filters_box)
        layout.addLayout(page)
        layout.addWidget(self.buttons)

    def _quarter_combo(self, name: str, quarters: list[str], current: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("any", "any quarter"), None)
        values = list(quarters)
        if current and current not in values:
            values.append(current)
        for q in values:
            combo.addItem(q, q)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        return combo

    def _workshop_toggled(self, checked: bool) -> None:
        self.workshop.setEnabled(checked and self.workshop.itemData(0) is not None)

    def _changes_toggled(self, checked: bool) -> None:
        self.baseline.setEnabled(checked and self.baseline.itemData(0) is not None)

    def _preset_changed(self) -> None:
        chosen = set(PRESETS[self.preset.currentData()])
        for key, box in self.section_boxes.items():
            box.setChecked(key in chosen)

    def options(self) -> PdfOptions:
        preset = self.preset.currentData()
        sections = [k for k, box in self.section_boxes.items() if box.isChecked()]
        base = self._options
        return PdfOptions(
            preset=preset,
            sections=None if set(sections) == set(PRESETS[preset]) else sections,
            business_units=_checked_codes(self.business_units),
            objectives=_checked_codes(self.objectives),
            quarter_from=self.quarter_from.currentData(),
            quarter_to=self.quarter_to.currentData(),
            paper=self.paper.currentData(),
            confidentiality=self.confidentiality.text().strip(),
            accent=base.accent,
            logo=base.logo,
            baseline=self.baseline.currentData() if self.baseline.isEnabled() else base.baseline,
            author=base.author,
            workshop=self.workshop.currentData() if self.workshop.isEnabled() else base.workshop,
        )


class PdfExport(QObject):
    """One export from a window: options → file name → worker with progress → open."""

    #: The PDF's path when written; None when cancelled or refused.
    finished = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: PdfOptionsDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task: BackgroundTask | None = None
        self.target: Path | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        live = self.window.live
        if live is None or self.running:
            return
        qsettings = self.window.context.settings.qsettings
        options = remembered_options(qsettings, live.document.location)
        dialog = PdfOptionsDialog(live.snapshot, options, self.window)
        dialog.accepted.connect(self._options_chosen)
        dialog.rejected.connect(lambda: self.finished.emit(None))
        self.dialog = dialog
        dialog.open()

    def _options_chosen(self) -> None:
        live, dialog = self.window.live, self.dialog
        self.dialog = None
        if live is None or dialog is None:
            self.finished.emit(None)
            return
        dialog.deleteLater()
        dialogs = self.window.context.dialogs
        try:
            options = check_options(dialog.options())
        except PdfExportError as exc:
            dialogs.error(self.window, self.tr("Can't Export the PDF"), str(exc))
            self.finished.emit(None)
            return
        doc = live.document
        remember_options(self.window.context.settings.qsettings, doc.location, options)
        folder = self.window.context.settings.last_folder or str(Path.home())
        suggested = str(Path(folder) / f"{doc.display_name}.pdf")
        path = dialogs.save_file_path(self.window, self.tr("Export PDF"), suggested, pdf_filter())
        if not path:
            self.finished.emit(None)
            return
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        self.window.context.settings.last_folder = str(target.parent)
        snap = live.snapshot
        baseline = None
        if "changes" in options.selected_sections():
            try:  # read on the GUI thread, through the edit session
                # Loads reportlab and the charts: only when this section is asked for.
                from stratplanner.export.pdf.prioritization import read_baseline

                baseline = live.session.read(
                    lambda session: read_baseline(session, snap, options.baseline)
                )
            except PdfExportError as exc:
                dialogs.error(self.window, self.tr("Can't Export the PDF"), str(exc))
                self.finished.emit(None)
                return
        self._run(snap, target, options, baseline)

    def _run(self, snap: PlanSnapshot, target: Path, options: PdfOptions, baseline: Any) -> None:
        def work(progress: Any, cancelled: Any) -> Path:
            return pdf_package.export_pdf(
                snap, target, options, progress=progress, cancelled=cancelled, baseline=baseline
            )

        self.target = target
        task = BackgroundTask(
            work,
            expected=(PdfExportError, OSError),
            cancelled_by=(ExportCancelled,),
            what=self.tr("The PDF export"),
            parent=self,
        )
        progress = QProgressDialog(
            self.tr("Writing {file}…").format(file=target.name),
            self.tr("Cancel"),
            0,
            100,
            self.window,
        )
        progress.setObjectName("pdfProgress")
        progress.setWindowTitle(self.tr("Export PDF"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)
        task.progress.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task, self.progress = task, progress
        progress.show()
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setValue(min(100, int(done * 100 / total)))

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def _succeeded(self, path: Any) -> None:
        self._end()
        dialogs = self.window.context.dialogs
        self.window.statusBar().showMessage(
            self.tr("Exported the PDF to {path}.").format(path=path), 10000
        )
        self.finished.emit(Path(path))
        open_it = self.tr("Open the PDF")
        answer = dialogs.choose(
            self.window,
            self.tr("PDF Exported"),
            self.tr("The PDF was written to {path}.").format(path=path),
            [open_it, self.tr("Close")],
            cancel=False,
        )
        if answer == open_it and not dialogs.open_url(QUrl.fromLocalFile(str(path))):
            dialogs.error(
                self.window,
                self.tr("Can't Open the PDF"),
                self.tr("No program to show PDFs was found; the file is at {path}.").format(
                    path=path
                ),
            )

    def _failed(self, message: str) -> None:
        self._end()
        self.finished.emit(None)
        self.window.context.dialogs.error(self.window, self.tr("Can't Export the PDF"), message)

    def _cancelled(self) -> None:
        self._end()
        self.window.statusBar().showMessage(
            self.tr("PDF export cancelled; no file was written."), 8000
        )
        self.finished.emit(None)

    def wait(self) -> None:
        """Closing the window: stop the worker and let it end before the snapshot goes."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
