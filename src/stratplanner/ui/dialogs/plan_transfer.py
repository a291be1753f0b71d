"""File ▸ Export (spreadsheets, MS Project, ArchiMate, JSON), Merge Another Plan, schedule imports.

Exports run on the thread pool from the snapshot; merging and the MS Project
and ArchiMate imports compare the other document with this plan and show
the differences in :class:`MergeDialog` (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.io.archimate import export_archimate
from stratplanner.io.archimate_read import read_archimate
from stratplanner.io.merge import MergeError, compute_merge
from stratplanner.io.mspdi import export_mspdi
from stratplanner.io.mspdi_read import read_mspdi
from stratplanner.io.plan_json import PlanJsonError, plan_to_dict, read_json_file, write_plan_json
from stratplanner.io.table_export import export_csv, export_xlsx
from stratplanner.io.xml_safety import XmlFileError
from stratplanner.snapshot import PlanSnapshot, snapshot_of
from stratplanner.store import open_plan
from stratplanner.store.errors import PlanFileError
from stratplanner.store.schema import PLAN_SUFFIX
from stratplanner.ui.dialogs.merge_dialog import MergeDialog
from stratplanner.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from stratplanner.ui.main_window import MainWindow


@dataclass(frozen=True)
class ExportFormat:
    #: The English sources (marked for the "PlanTransfer" context); ``shown_*`` translate them.
    title: str
    file_filter: str
    suffix: str
    write: Callable[[PlanSnapshot, Path], Any]

    @property
    def shown_title(self) -> str:
        return translate("PlanTransfer", self.title)

    @property
    def shown_filter(self) -> str:
        return translate("PlanTransfer", self.file_filter)


EXPORTS: dict[str, ExportFormat] = {
    "xlsx": ExportFormat(
        QT_TRANSLATE_NOOP("PlanTransfer", "Excel Workbook"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Excel workbooks (*.xlsx)"),
        ".xlsx",
        export_xlsx,
    ),
    "csv": ExportFormat(
        QT_TRANSLATE_NOOP("PlanTransfer", "Roadmap Items as CSV"),
        QT_TRANSLATE_NOOP("PlanTransfer", "CSV files (*.csv)"),
        ".csv",
        lambda snap, path: export_csv(snap, path, kind="item"),
    ),
    "mspdi": ExportFormat(
        QT_TRANSLATE_NOOP("PlanTransfer", "MS Project XML"),
        QT_TRANSLATE_NOOP("PlanTransfer", "MS Project XML (*.xml)"),
        ".xml",
        export_mspdi,
    ),
    "archimate": ExportFormat(
        QT_TRANSLATE_NOOP("PlanTransfer", "ArchiMate Exchange File"),
        QT_TRANSLATE_NOOP("PlanTransfer", "ArchiMate exchange files (*.xml)"),
        ".xml",
        export_archimate,
    ),
    "json": ExportFormat(
        QT_TRANSLATE_NOOP("PlanTransfer", "Plan JSON"),
        QT_TRANSLATE_NOOP("PlanTransfer", "Plan JSON (*.json)"),
        ".json",
        write_plan_json,
    ),
}


def other_plan_filter() -> str:
    """What the other side of a merge can be, as the file dialog lists it."""
    return translate("PlanTransfer", "Plans (*{suffix} *.json);;All files (*)").format(
        suffix=PLAN_SUFFIX
    )


_READ_ERRORS = (PlanFileError, PlanJsonError, XmlFileError, MergeError, OSError, ValueError)


class PlanTransfer(QObject):
    """Exports, merges and schedule imports of one window."""

    #: An export ended: its path, or None (cancelled or refused).
    exported = Signal(object)
    #: A merge dialog opened (for tests and scripts).
    merge_shown = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None

    def _folder(self) -> str:
        return self.window.context.settings.last_folder or str(Path.home())

    # -- exports -------------------------------------------------------------------------
    def export(self, key: str) -> None:
        live = self.window.live
        if live is None or self.task is not None:
            return
        fmt = EXPORTS[key]
        dialogs = self.window.context.dialogs
        suggested = str(Path(self._folder()) / f"{live.document.display_name}{fmt.suffix}")
        path = dialogs.save_file_path(
            self.window,
            self.tr("Export {format}").format(format=fmt.shown_title),
            suggested,
            fmt.shown_filter,
        )
        if not path:
            self.exported.emit(None)
            return
        target = Path(path if Path(path).suffix else f"{path}{fmt.suffix}")
        self.window.context.settings.last_folder = str(target.parent)
        snap = live.snapshot

        def work(_progress: Any, _cancelled: Any) -> Path:
            fmt.write(snap, target)
            return target

        task = BackgroundTask(
            work,
            expected=_READ_ERRORS,
            what=self.tr("The {format} export").format(format=fmt.shown_title),
            parent=self,
        )
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)
        self.task = task
        self.window.statusBar().showMessage(self.tr("Writing {file}…").format(file=target.name))
        task.start()

    def _exported(self, path: Any) -> None:
        self.task = None
        self.window.statusBar().showMessage(self.tr("Exported to {path}.").format(path=path), 10000)
        self.exported.emit(Path(path))

    def _export_failed(self, message: str) -> None:
        self.task = None
        self.window.statusBar().clearMessage()
        self.window.context.dialogs.error(self.window, self.tr("Can't Export"), message)
        self.exported.emit(None)

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    # -- merging -------------------------------------------------------------------------
    def merge_plan(self) -> None:
        """File ▸ Merge Another Plan…: a .stratplan (an offline copy) or a plan JSON."""
        path = self.window.context.dialogs.open_file_path(
            self.window, self.tr("Merge Another Plan"), self._folder(), other_plan_filter()
        )
        if path:
            self._merge_from(Path(path), _read_other_plan)

    def import_schedule(self, key: str) -> None:
        """File ▸ Import ▸ MS Project XML / ArchiMate: their records merged into this plan."""
        title = EXPORTS["mspdi" if key == "mspdi" else "archimate"].shown_title
        path = self.window.context.dialogs.open_file_path(
            self.window,
            self.tr("Import {format}").format(format=title),
            self._folder(),
            self.tr("{format} (*.xml);;All files (*)").format(format=title),
        )
        if path:
            self._merge_from(Path(path), _read_mspdi if key == "mspdi" else _read_archimate)

    def _merge_from(self, path: Path, read: Callable[[Path], tuple[dict[str, Any], str]]) -> None:
        live = self.window.live
        if live is None:
            return
        self.window.context.settings.last_folder = str(path.parent)
        try:
            theirs, notes = read(path)
            snap = live.snapshot  # the plan as the planner reviews the merge against it
            plan = compute_merge(plan_to_dict(snap), theirs, source=path.name, seen=snap)
        except _READ_ERRORS as exc:
            self.window.context.dialogs.error(self.window, self.tr("Can't Merge"), str(exc))
            return
        dialog = MergeDialog(plan, live, self.window, notes=notes)
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(
                self.tr("Merged {file}; Undo takes the whole merge back.").format(file=path.name),
                10000,
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.merge_shown.emit(dialog)


def _read_other_plan(path: Path) -> tuple[dict[str, Any], str]:
    if path.suffix.lower() == ".json":
        return dict(read_json_file(path)), ""
    with open_plan(path, read_only=True) as other:
        return plan_to_dict(snapshot_of(other)), ""


def _read_mspdi(path: Path) -> tuple[dict[str, Any], str]:
    result = read_mspdi(path)
    return result.document, result.summary()


def _read_archimate(path: Path) -> tuple[dict[str, Any], str]:
    result = read_archimate(path)
    return result.document, result.summary()
