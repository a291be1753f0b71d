"""The main window: welcome page or one open plan, menus, toolbar, undo, status bar.

Plans save as they are edited, so there is no Save: the status bar says so,
and Save a Copy / Save As write a copy with SQLite's backup API. Every
command, with its shortcut, comes from ui/actions.py.
"""

from __future__ import annotations

import platform
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QCursor, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QUndoView,
    QWidget,
)

from stratplanner import APP_NAME, __version__
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.store.document import create_plan_file, open_plan
from stratplanner.store.errors import PlanFileError
from stratplanner.store.lock import lock_path_for
from stratplanner.store.schema import PLAN_SUFFIX
from stratplanner.store.server import redact_text
from stratplanner.ui.actions import (
    ACTIONS,
    Act,
    ActionSpec,
    set_shortcut,
    set_view_shortcut,
    shortcut_text,
)
from stratplanner.ui.dialogs import suggested_path
from stratplanner.ui.icons import icon, retint, set_icon
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.record_ops import add_one_text, kind_noun
from stratplanner.ui.team import SharedLivePlan, TeamSync, answer_labels
from stratplanner.ui.widgets.first_steps import plan_is_started
from stratplanner.ui.widgets.loading import OpeningPage, SnapshotLoader, loads_in_background
from stratplanner.ui.widgets.welcome import WelcomePage
from stratplanner.ui.workspace import Workspace

if TYPE_CHECKING:
    # Loaded when first used (a menu command), not before the first window paints.
    from stratplanner.ui.context import AppContext
    from stratplanner.ui.dialogs.find import FindDialog
    from stratplanner.ui.dialogs.help_dialogs import ShortcutsDialog, UserGuideDialog
    from stratplanner.ui.dialogs.import_dialog import ImportDialog
    from stratplanner.ui.dialogs.pdf_dialog import PdfExport
    from stratplanner.ui.dialogs.plan_settings import PlanSettingsDialog
    from stratplanner.ui.dialogs.plan_transfer import PlanTransfer

SAMPLE_NAME = f"Sample plan{PLAN_SUFFIX}"
LICENCE = "GPL-3.0-or-later"

#: What Add offers where the view has no list of its own (e.g. the Overview): kind, label.
ADD_KINDS = (
    ("objective", QT_TRANSLATE_NOOP("MainWindow", "&Objective")),
    ("item", QT_TRANSLATE_NOOP("MainWindow", "&Roadmap Item")),
    ("kpi", QT_TRANSLATE_NOOP("MainWindow", "&KPI")),
    ("person", QT_TRANSLATE_NOOP("MainWindow", "&Person")),
    ("team", QT_TRANSLATE_NOOP("MainWindow", "&Team")),
    ("business_unit", QT_TRANSLATE_NOOP("MainWindow", "&Business Unit")),
)
#: Edit ▸ Add in a view that lists one kind of record.
ADD_TEXTS = {
    "item": QT_TRANSLATE_NOOP("MainWindow", "&Add Roadmap item"),
    "objective": QT_TRANSLATE_NOOP("MainWindow", "&Add Objective"),
    "person": QT_TRANSLATE_NOOP("MainWindow", "&Add Person"),
    "business_unit": QT_TRANSLATE_NOOP("MainWindow", "&Add Business unit"),
    "team": QT_TRANSLATE_NOOP("MainWindow", "&Add Team"),
    "demand": QT_TRANSLATE_NOOP("MainWindow", "&Add Team demand"),
    "kpi": QT_TRANSLATE_NOOP("MainWindow", "&Add KPI"),
    "milestone": QT_TRANSLATE_NOOP("MainWindow", "&Add Milestone"),
    "kpi_actual": QT_TRANSLATE_NOOP("MainWindow", "&Add KPI actual"),
    "process": QT_TRANSLATE_NOOP("MainWindow", "&Add Business process"),
    "application": QT_TRANSLATE_NOOP("MainWindow", "&Add Application"),
}
#: The toolbar: the first steps of planning, in the order they are taken.
TOOLBAR = (
    Act.ADD,
    Act.LINK,
    None,
    Act.UNDO,
    Act.REDO,
    None,
    Act.FIND,
    Act.EXPORT_PDF,
    Act.PRESENT,
)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, *, show_read_only_banner: bool = True):
        super().__init__()
        self.context = context
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_banner = show_read_only_banner
        self.live: LivePlan | None = None
        self.workspace: Workspace | None = None
        self.find_dialog: FindDialog | None = None
        self.settings_dialog: PlanSettingsDialog | None = None
        self.help_dialog: UserGuideDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._presenting = False
        self.pdf_export: PdfExport | None = None
        self.team_sync: TeamSync | None = None
        self._transfer: PlanTransfer | None = None
        self.undo_group = QUndoGroup(self)

        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_plan)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(self.open_path)
        self.opening = OpeningPage()
        self._loader: SnapshotLoader | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.opening)
        self.setCentralWidget(self.pages)

        self.saved_label = QLabel()
        self.saved_label.setToolTip(
            self.tr("Every change is written to the plan file as you make it")
        )
        self.statusBar().addPermanentWidget(self.saved_label)

        self.history = QUndoView(self.undo_group)
        self.history.setEmptyLabel(self.tr("Opened the plan"))
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self.actions_by_name: dict[Act, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        settings = context.settings
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1360, 860)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        self.history_dock.hide()
        self._show_welcome()

    # -- actions and menus ---------------------------------------------------------------
    def _build_actions(self) -> None:
        handlers = {
            Act.NEW: self.new_plan,
            Act.OPEN: self.open_dialog,
            Act.OPEN_SAMPLE: self.open_sample,
            Act.OPEN_TEAM: self.open_team_plan,
            Act.SAVE_COPY: self.save_copy,
            Act.SAVE_AS: self.save_as,
            Act.CLOSE: self.close_plan,
            Act.QUIT: self.context.quit,
            Act.SAVE: self._say_saved,  # out of habit: everything is saved as it happens
            Act.ADD: self.add_record,
            Act.DUPLICATE: lambda: self._record_action("duplicate_selected"),
            Act.DELETE: lambda: self._record_action("delete_selected"),
            Act.FIND: self.find_record,
            Act.LINK: self.link,
            Act.PLAN_SETTINGS: self.show_plan_settings,
            Act.PREFERENCES: self.show_preferences,
            Act.SHOW_DETAILS: self._toggle_details,
            Act.PRESENT: self.toggle_presentation,
            Act.LEAVE_PRESENTATION: self.leave_presentation,
            Act.NEXT_PANE: lambda: self._cycle_panes(1),
            Act.PREVIOUS_PANE: lambda: self._cycle_panes(-1),
            Act.EXPORT_PDF: self.export_pdf,
            Act.EXPORT_XLSX: lambda: self.transfer.export("xlsx"),
            Act.EXPORT_CSV: lambda: self.transfer.export("csv"),
            Act.EXPORT_MSPDI: lambda: self.transfer.export("mspdi"),
            Act.EXPORT_ARCHIMATE: lambda: self.transfer.export("archimate"),
            Act.EXPORT_JSON: lambda: self.transfer.export("json"),
            Act.IMPORT_SPREADSHEET: self.import_spreadsheet,
            Act.IMPORT_MSPDI: lambda: self.transfer.import_schedule("mspdi"),
            Act.IMPORT_ARCHIMATE: lambda: self.transfer.import_schedule("archimate"),
            Act.MERGE: lambda: self.transfer.merge_plan(),  # noqa: PLW0108 (made on first use)
            Act.USER_GUIDE: self.show_user_guide,
            Act.SHORTCUTS: self.show_shortcuts,
            Act.ABOUT: self.about,
            Act.ABOUT_QT: QApplication.aboutQt,
        }
        # Undo, Redo and the history panel's toggle are Qt's own actions, set up from the table.
        self.undo_action = self.undo_group.createUndoAction(self, ACTIONS[Act.UNDO].text)
        self.redo_action = self.undo_group.createRedoAction(self, ACTIONS[Act.REDO].text)
        # Qt glues prefix and change with a space; the language may want more ("Rückgängig: …").
        self.undo_group.undoTextChanged.connect(self._name_undo)
        self.undo_group.redoTextChanged.connect(self._name_redo)
        self.history_action = self.history_dock.toggleViewAction()
        own = {
            Act.UNDO: self.undo_action,
            Act.REDO: self.redo_action,
            Act.HISTORY: self.history_action,
        }
        for name, spec in ACTIONS.items():
            action = own.get(name) or QAction(spec.text, self)
            _configure(action, name, spec)
            if name not in own:
                action.triggered.connect(handlers[name])
            self.actions_by_name[name] = action
            self.addAction(action)
        self.history_action.setText(ACTIONS[Act.HISTORY].text)
        self.actions_by_name[Act.SHOW_DETAILS].setCheckable(True)
        self.actions_by_name[Act.SHOW_DETAILS].setChecked(self.context.settings.details_visible)
        self.actions_by_name[Act.PRESENT].setCheckable(True)
        self.actions_by_name[Act.LEAVE_PRESENTATION].setEnabled(False)
        self.actions_by_name[Act.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions_by_name[Act.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
        self.actions_by_name[Act.ABOUT_QT].setMenuRole(QAction.MenuRole.AboutQtRole)
        self.actions_by_name[Act.PREFERENCES].setMenuRole(QAction.MenuRole.PreferencesRole)
        self.add_menu = QMenu(self.tr("Add"), self)
        self.add_menu.setObjectName("addMenu")
        for kind, label in ADD_KINDS:
            entry = self.add_menu.addAction(translate("MainWindow", label))
            entry.setObjectName(f"action_add_{kind}")
            entry.triggered.connect(lambda _checked=False, k=kind: self.add_record_of(k))
        self.view_actions: list[QAction] = []

    def _build_menus(self) -> None:
        a = self.actions_by_name
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addActions([a[Act.NEW], a[Act.OPEN]])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([a[Act.OPEN_SAMPLE], a[Act.OPEN_TEAM]])
        file_menu.addSeparator()
        file_menu.addActions([a[Act.SAVE_COPY], a[Act.SAVE_AS]])
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.import_menu.addActions(
            [a[Act.IMPORT_SPREADSHEET], a[Act.IMPORT_MSPDI], a[Act.IMPORT_ARCHIMATE]]
        )
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.addActions(
            [
                a[Act.EXPORT_XLSX],
                a[Act.EXPORT_CSV],
                a[Act.EXPORT_MSPDI],
                a[Act.EXPORT_ARCHIMATE],
                a[Act.EXPORT_JSON],
            ]
        )
        file_menu.addAction(a[Act.EXPORT_PDF])
        file_menu.addAction(a[Act.MERGE])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.CLOSE])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.QUIT])

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([a[Act.ADD], a[Act.DUPLICATE], a[Act.DELETE]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[Act.FIND], a[Act.LINK]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[Act.PLAN_SETTINGS], a[Act.PREFERENCES]])

        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.view_menu.aboutToShow.connect(self._update_view_menu)
        self._views_separator = self.view_menu.addSeparator()
        self.view_menu.addActions([a[Act.SHOW_DETAILS], self.history_action])
        self.toolbar_action_placeholder = self.view_menu.addSeparator()
        self.view_menu.addAction(a[Act.PRESENT])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a[Act.NEXT_PANE], a[Act.PREVIOUS_PANE]])

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a[Act.USER_GUIDE], a[Act.SHORTCUTS]])
        help_menu.addSeparator()
        help_menu.addActions([a[Act.ABOUT], a[Act.ABOUT_QT]])
        self._fill_recent_menu()

    def _build_toolbar(self) -> None:
        """The main actions, with words beside the icons: a new user finds them without menus."""
        toolbar = QToolBar(self.tr("Main Toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions_by_name[name])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.actions_by_name[Act.SHOW_DETAILS])
        add_button = toolbar.widgetForAction(self.actions_by_name[Act.ADD])
        if isinstance(add_button, QToolButton):  # the arrow: any kind of record, from any view
            add_button.setMenu(self.add_menu)
            add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.view_menu.insertAction(self.toolbar_action_placeholder, toolbar.toggleViewAction())

    def _build_view_menu(self) -> None:
        """One entry per registered view (Ctrl+1…9) above the fixed View commands."""
        for action in self.view_actions:
            self.view_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.view_actions = []
        if self.workspace is None:
            self._views_separator.setVisible(False)
            return
        for number, spec in enumerate(self.workspace.specs, start=1):
            action = QAction(icon(spec.icon), spec.shown_title, self)
            action.setObjectName(f"action_view_{spec.key}")
            action.setCheckable(True)
            set_view_shortcut(action, number)
            action.setStatusTip(spec.shown_tooltip)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_view(key))
            self.addAction(action)
            self.view_actions.append(action)
        self.view_menu.insertActions(self._views_separator, self.view_actions)
        self._views_separator.setVisible(True)

    def _update_view_menu(self) -> None:
        key = self.workspace.current_key() if self.workspace else None
        for action in self.view_actions:
            action.setChecked(action.objectName() == f"action_view_{key}")

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.context.settings.recent_files
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), self._clear_recent)
        menu.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        self.context.settings.clear_recent()
        self._fill_recent_menu()
        self.welcome.set_recent([])

    def update_actions(self) -> None:
        has_plan = self.live is not None
        writable = has_plan and not self.live.read_only  # type: ignore[union-attr]
        for name, spec in ACTIONS.items():
            if name in (Act.UNDO, Act.REDO):  # the undo stack enables these
                continue
            enabled = (has_plan or not spec.needs_plan) and (writable or not spec.needs_writable)
            self.actions_by_name[name].setEnabled(enabled)
        records = self.workspace.record_actions() if self.workspace else None
        add, duplicate, delete = (
            self.actions_by_name[Act.ADD],
            self.actions_by_name[Act.DUPLICATE],
            self.actions_by_name[Act.DELETE],
        )
        self.history_action.setEnabled(has_plan)
        details = self.actions_by_name[Act.SHOW_DETAILS]
        details.setEnabled(self.workspace is not None and self.workspace.has_details())
        self.actions_by_name[Act.LINK].setEnabled(writable)
        self.actions_by_name[Act.LEAVE_PRESENTATION].setEnabled(self._presenting)
        add.setIconText(self.tr("Add"))
        keys = shortcut_text(add)
        if records is None or not writable:
            for action in (duplicate, delete):
                action.setEnabled(False)
            # No list here (the Overview, a chart): Add asks what kind of record.
            add.setText(self.tr("&Add…"))
            add.setToolTip(self.tr("Add a record of any kind ({keys})").format(keys=keys))
            add.setEnabled(writable)
            return
        kind = records.kind
        text = ADD_TEXTS.get(kind)
        add.setText(
            translate("MainWindow", text)
            if text
            else self.tr("&Add {record}").format(record=kind_noun(kind))
        )
        add.setToolTip(self.tr("{tip} ({keys})").format(tip=add_one_text(kind), keys=keys))
        add.setEnabled(records.can_add())
        has_selection = bool(records.selected_ids())
        duplicate.setEnabled(has_selection)
        delete.setEnabled(has_selection)

    def _record_action(self, method: str) -> None:
        records = self.workspace.record_actions() if self.workspace else None
        if records is not None:
            getattr(records, method)()

    def add_record(self) -> None:
        """Edit ▸ Add: a record in the current list, or (no list here) a menu of what to add."""
        records = self.workspace.record_actions() if self.workspace else None
        if records is not None:
            records.add_record()
            return
        if self.workspace is None or self.live is None or self.live.read_only:
            return
        button = self.toolbar.widgetForAction(self.actions_by_name[Act.ADD])
        if button is not None and button.isVisible():
            where = button.mapToGlobal(button.rect().bottomLeft())
        else:
            where = QCursor.pos()
        self.add_menu.popup(where)

    def add_record_of(self, kind: str) -> None:
        """Add a ``kind`` in the view that lists it, under the record selected there."""
        if self.workspace is not None:
            self.workspace.add_record_of(kind)

    def link(self) -> None:
        """Edit ▸ Link: the alignment matrix, at the item or objective selected now."""
        workspace = self.workspace
        if workspace is None:
            return
        view = workspace.current_view()
        current = view.current_record() if view is not None else None
        alignment = workspace.show_view("alignment")
        if current is not None and current[0] in ("item", "objective"):
            alignment.reveal(current[0], int(current[1]))
        alignment.focus_main()
        self.statusBar().showMessage(
            self.tr(
                "Choose how strongly each item supports each objective: select a cell and type "
                "1–3 (0 removes the link)."
            ),
            10000,
        )

    # -- pages ---------------------------------------------------------------------------
    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.context.settings.recent_files)
        self.pages.setCurrentWidget(self.welcome)
        self.setWindowTitle(APP_NAME)
        self.setWindowFilePath("")
        self.saved_label.setText("")
        self.history_dock.hide()
        self._build_view_menu()
        self.update_actions()
        self.welcome.focus_start()

    def show_view(self, key: str) -> None:
        if self.workspace is not None:
            self.workspace.show_view(key)
            view = self.workspace.current_view()
            if view is not None:
                view.focus_main()

    def _view_changed(self, key: str) -> None:
        self.context.settings.last_view = key

    # -- opening and closing -------------------------------------------------------------
    @property
    def plan_path(self) -> Path | None:
        if self._loader is not None:
            return self._loader.document.path
        return None if self.live is None else self.live.document.path

    def open_path(
        self, path: str | Path, *, read_only: bool = False, background: bool | None = None
    ) -> bool:
        """Open a plan here, or in a new window if this one already shows a plan.

        A big plan is read on a worker thread (``background`` None decides by size).
        """
        target = Path(path)
        existing = self.context.window_for(target)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return True
        if self.live is not None:
            return self.context.new_window().open_path(target, read_only=read_only)
        if self._loader is not None:
            return self.context.new_window().open_path(target, read_only=read_only)
        try:
            document = open_plan(target, read_only=read_only)
        except PlanFileError as exc:
            self._open_failed(target, str(exc))
            return False
        except (OSError, sqlite3.Error) as exc:
            self._open_failed(
                target, self.tr("{file} could not be read: {error}.").format(file=target, error=exc)
            )
            return False
        self.context.settings.add_recent(target)
        if document.recovery_message:
            self.statusBar().showMessage(document.recovery_message, 15000)
        if document.upgraded_from is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Upgraded {file} from plan format {version}; the original is kept as {backup}."
                ).format(
                    file=target.name, version=document.upgraded_from, backup=document.backup_path
                ),
                15000,
            )
        if not (loads_in_background(target) if background is None else background):
            self._attach(self._live_plan(document))
            return True
        # A big plan: keep the window responsive while a worker reads it.
        loader = SnapshotLoader(document)
        self._loader = loader
        loader.loaded.connect(self._loaded)
        loader.failed.connect(self._load_failed)
        self.opening.show_path(target)
        self.pages.setCurrentWidget(self.opening)
        self.setWindowTitle(
            self.tr("Opening {file} — {app}").format(file=target.name, app=APP_NAME)
        )
        self.update_actions()
        loader.start()
        return True

    def _loaded(self, snapshot: Any) -> None:
        loader, self._loader = self._loader, None
        if loader is None:
            return
        loader.wait()
        self._attach(self._live_plan(loader.document, snapshot))

    def _load_failed(self, message: str) -> None:
        loader, self._loader = self._loader, None
        if loader is None:
            return
        loader.wait()
        loader.document.close()
        self._show_welcome()
        self.context.dialogs.error(self, self.tr("Can't Open the Plan"), redact_text(message))

    @property
    def loading(self) -> bool:
        return self._loader is not None

    def _open_failed(self, target: Path, message: str) -> None:
        if not target.exists():
            self.context.settings.remove_recent(target)
            self.welcome.set_recent(self.context.settings.recent_files)
        self.context.dialogs.error(self, self.tr("Can't Open the Plan"), redact_text(message))

    def _live_plan(self, document: Any, snapshot: Any = None) -> LivePlan:
        """Edits are based on the versions seen; a conflict asks Reload or Overwrite."""
        return SharedLivePlan(
            document, self, snapshot=snapshot, resolve_conflict=self._resolve_conflict
        )

    def _resolve_conflict(self, text: str) -> str | None:
        """Reload or Overwrite (team.RELOAD, team.OVERWRITE), asked in the user's language."""
        answers = answer_labels()
        choice = self.context.dialogs.choose(
            self, self.tr("Changed by Someone Else"), text, list(answers)
        )
        return answers.get(choice) if choice else None

    def _attach(self, live: LivePlan) -> None:
        self.live = live
        self.undo_group.addStack(live.undo_stack)
        self.undo_group.setActiveStack(live.undo_stack)
        workspace = Workspace(
            live,
            confirm=lambda title, text, action: self.context.dialogs.confirm(
                self, title, text, action
            ),
            save_copy=self.save_copy,
            show_read_only_banner=self._show_banner,
            settings=self.context.settings,
            details_collapsed=not self.actions_by_name[Act.SHOW_DETAILS].isChecked(),
        )
        self.workspace = workspace
        workspace.actions_changed.connect(self.update_actions)
        workspace.details_collapse_requested.connect(self._collapse_details)
        workspace.first_step_requested.connect(self.first_step)
        workspace.plan_settings_requested.connect(self.show_plan_settings)
        workspace.view_changed.connect(self._view_changed)
        workspace.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        live.changed.connect(self._plan_changed)
        live.undo_stack.indexChanged.connect(self._undo_index_changed)
        if isinstance(live, SharedLivePlan):
            self.team_sync = TeamSync(live, workspace)
            live.connection_changed.connect(self._plan_changed)
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)
        if self.context.settings.workspace_splitter.size():
            workspace.restore_panes(self.context.settings.workspace_splitter)
        self._build_view_menu()
        keys = [s.key for s in workspace.specs]
        last = self.context.settings.last_view
        if plan_is_started(live.snapshot) and not live.read_only:
            last = "overview"  # a plan being started opens on its first steps
        self.show_view(last if last in keys else keys[0])
        self._plan_changed(None)

    def close_plan(self) -> None:
        if self.live is None:
            return
        if self.find_dialog is not None:
            self.find_dialog.close()
            self.find_dialog = None
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        self.leave_presentation()
        if self.pdf_export is not None:
            self.pdf_export.wait()
        if self._transfer is not None:
            self._transfer.wait()
        if self.team_sync is not None:
            self.team_sync.stop()
            self.team_sync = None
        live, workspace = self.live, self.workspace
        self.live, self.workspace = None, None
        if workspace is not None:
            self.context.settings.workspace_splitter = workspace.splitter.saveState()
            self.pages.removeWidget(workspace)
            workspace.deleteLater()
        self.undo_group.removeStack(live.undo_stack)
        live.close()
        live.deleteLater()
        self._show_welcome()

    def _plan_changed(self, _snap: Any) -> None:
        if self.live is None:
            return
        doc = self.live.document
        title = self.live.snapshot.info.title
        if doc.read_only:
            window_title = self.tr("{title} — {file} [read-only] — {app}")
        else:
            window_title = self.tr("{title} — {file} — {app}")
        self.setWindowTitle(window_title.format(title=title, file=doc.file_name, app=APP_NAME))
        self.setWindowFilePath(str(doc.path) if doc.path is not None else "")
        if doc.read_only:
            self.saved_label.setText(self.tr("Read-only"))
        elif isinstance(self.live, SharedLivePlan) and self.live.connection_lost:
            self.saved_label.setText(self.tr("Not connected: changes can't be saved"))
        else:
            self.saved_label.setText(self.tr("All changes saved"))
        self.update_actions()

    def _name_undo(self, change: str) -> None:
        """Edit ▸ Undo names the change it takes back: '&Undo Add objective'."""
        text = ACTIONS[Act.UNDO].text
        self.undo_action.setText(
            self.tr("{undo} {change}").format(undo=text, change=change) if change else text
        )

    def _name_redo(self, change: str) -> None:
        text = ACTIONS[Act.REDO].text
        self.redo_action.setText(
            self.tr("{redo} {change}").format(redo=text, change=change) if change else text
        )

    def _undo_index_changed(self, _index: int) -> None:
        self._plan_changed(None)

    def _say_saved(self) -> None:
        if self.live is not None and not self.live.read_only:
            self.statusBar().showMessage(
                self.tr(
                    "All changes saved: {app} writes every change to the plan file as you make it."
                ).format(app=APP_NAME),
                6000,
            )

    # -- File commands ------------------------------------------------------------------
    def new_plan(self) -> None:
        settings = self.context.settings
        name = self.tr("New plan") + PLAN_SUFFIX
        path = self.context.dialogs.save_plan_path(
            self, self.tr("New Plan"), suggested_path(settings.last_folder, name)
        )
        if not path:
            return
        target = Path(path)
        if self.context.window_for(target) is not None or lock_path_for(target).exists():
            self.context.dialogs.error(
                self,
                self.tr("Can't Create the Plan"),
                self.tr("{file} is open; choose another name.").format(file=target.name),
            )
            return
        try:
            create_plan_file(target, settings={"title": target.stem}, overwrite=True)
        except (PlanFileError, OSError, sqlite3.Error) as exc:
            self.context.dialogs.error(self, self.tr("Can't Create the Plan"), str(exc))
            return
        settings.last_folder = str(target.parent)
        self.open_path(target)

    def open_dialog(self) -> None:
        settings = self.context.settings
        path = self.context.dialogs.open_plan_path(self, settings.last_folder or str(Path.home()))
        if path:
            settings.last_folder = str(Path(path).parent)
            self.open_path(path)

    @property
    def transfer(self) -> PlanTransfer:
        """Exports, schedule imports and merges (ui/dialogs/plan_transfer.py), made on first use."""
        if self._transfer is None:
            from stratplanner.ui.dialogs.plan_transfer import PlanTransfer

            self._transfer = PlanTransfer(self)
        return self._transfer

    def import_spreadsheet(self) -> ImportDialog | None:
        """File ▸ Import ▸ Spreadsheet… (ui/dialogs/import_dialog.py, loaded on first use)."""
        from stratplanner.ui.dialogs.import_dialog import import_spreadsheet

        return import_spreadsheet(self)

    def open_sample(self) -> None:
        """Open the sample plan kept in the app data folder, creating it the first time."""
        from stratplanner.io.plan_json import PlanJsonError, import_plan_json
        from stratplanner.paths import sample_plan_json

        target = self.context.data_dir / SAMPLE_NAME
        if not target.exists():
            try:
                self.context.data_dir.mkdir(parents=True, exist_ok=True)
                import_plan_json(sample_plan_json(), target)
            except (PlanFileError, PlanJsonError, OSError, sqlite3.Error) as exc:
                self.context.dialogs.error(self, self.tr("Can't Create the Sample Plan"), str(exc))
                return
        self.open_path(target)

    def open_team_plan(self) -> None:
        """File ▸ Open Team Plan…: a plan on a server, by its address (no password kept)."""
        qsettings = self.context.settings.qsettings
        last = str(qsettings.value("team/last_location", "") or "")
        url = self.context.dialogs.ask_text(
            self,
            self.tr("Open Team Plan"),
            self.tr(
                "Address of the plan, e.g. postgresql+psycopg://you@db-host/strategy?plan=fy27"
            ),
            last,
        )
        if url:
            self.open_location(url)

    def open_location(self, url: str) -> bool:
        """Open a plan on a server here, or in a new window if this one shows a plan."""
        if self.live is not None or self._loader is not None:
            return self.context.new_window().open_location(url)
        try:
            document = open_plan(url)
        except (PlanFileError, OSError) as exc:
            choice = self.context.dialogs.choose(
                self,
                self.tr("Can't Open the Team Plan"),
                self.tr(
                    "{problem}\n\nYou can work on a local copy (one taken with "
                    "“stratplanner checkout”) and merge it back later."
                ).format(problem=redact_text(str(exc))),
                [self.tr("Open a Local Copy…")],
            )
            if choice:
                self.open_dialog()
            return False
        location = document.location.replace(":***@", "@")
        self.context.settings.qsettings.setValue("team/last_location", location)
        self._attach(self._live_plan(document))
        return True

    def _ask_copy_path(self, title: str) -> Path | None:
        if self.live is None:
            return None
        doc = self.live.document
        if doc.path is not None:
            copy_name = self.tr("{name} copy").format(name=doc.path.stem) + PLAN_SUFFIX
            suggested = str(doc.path.with_name(copy_name))
        else:  # a team plan: an offline copy next to the last folder used
            folder = self.context.settings.last_folder
            suggested = suggested_path(folder, f"{doc.display_name}{PLAN_SUFFIX}")
        path = self.context.dialogs.save_plan_path(self, title, suggested)
        if not path:
            return None
        target = Path(path)
        if self.context.window_for(target) is not None or lock_path_for(target).exists():
            self.context.dialogs.error(
                self,
                self.tr("Can't Save the Copy"),
                self.tr("{file} is open; choose another name.").format(file=target.name),
            )
            return None
        try:
            doc.save_copy(target)
        except PlanFileError as exc:
            self.context.dialogs.error(self, self.tr("Can't Save the Copy"), str(exc))
            return None
        self.context.settings.last_folder = str(target.parent)
        return target

    def save_copy(self) -> None:
        target = self._ask_copy_path(self.tr("Save a Copy"))
        if target is not None:
            self.context.settings.add_recent(target)
            self.statusBar().showMessage(
                self.tr("Saved a copy as {file}.").format(file=target), 10000
            )

    def save_as(self) -> None:
        """Copy the plan, then continue working on the copy in this window."""
        target = self._ask_copy_path(self.tr("Save As"))
        if target is None:
            return
        view = self.workspace.current_key() if self.workspace else None
        self.close_plan()
        if self.open_path(target) and view:
            self.show_view(view)
            self.statusBar().showMessage(
                self.tr("Now working on {file}.").format(file=target), 10000
            )

    def export_pdf(self) -> None:
        """File ▸ Export PDF…: options, then the export on a worker (ui/dialogs/pdf_dialog.py)."""
        if self.live is None or (self.pdf_export is not None and self.pdf_export.running):
            return
        from stratplanner.ui.dialogs.pdf_dialog import PdfExport

        self.pdf_export = PdfExport(self)
        self.pdf_export.finished.connect(self._pdf_finished)
        self.pdf_export.start()

    def _pdf_finished(self, path: Path | None) -> None:
        """The first PDF of a plan being started ticks off its last first step."""
        if path is None or self.live is None:
            return
        self.context.settings.mark_pdf_exported(self.live.document.location)
        self._update_first_steps()

    def _update_first_steps(self) -> None:
        if self.workspace is not None:
            overview = self.workspace.view("overview")
            if hasattr(overview, "update_first_steps"):
                overview.update_first_steps()

    def first_step(self, step: str) -> None:
        """A button of the guided start: add the first objective or item, link, export."""
        if step in ("objective", "item"):
            self.add_record_of(step)
        elif step == "link":
            self.link()
        elif step == "pdf":
            self.export_pdf()

    # -- Edit and View commands ------------------------------------------------------------
    def find_record(self) -> None:
        if self.live is None or self.workspace is None:
            return
        if self.find_dialog is not None:
            self.find_dialog.close()
        from stratplanner.ui.dialogs.find import FindDialog

        dialog = FindDialog(self.live.snapshot, self)
        dialog.chosen.connect(self._found)
        self.find_dialog = dialog
        dialog.show()
        dialog.search.setFocus()

    def _found(self, kind: str, record_id: int) -> None:
        if self.workspace is not None and not self.workspace.reveal(kind, record_id):
            self.statusBar().showMessage(
                self.tr("That record is hidden in its view; clear the filters."), 8000
            )

    def show_preferences(self) -> None:
        """Edit ▸ Preferences: the app's language (takes effect at the next start)."""
        from stratplanner.ui.preferences import PreferencesDialog

        PreferencesDialog(self.context.settings, self).exec()

    def show_plan_settings(self) -> None:
        """Edit ▸ Plan Settings: a window of their own, from any view (not the details panel)."""
        if self.live is None:
            return
        if self.settings_dialog is None:
            from stratplanner.ui.dialogs.plan_settings import PlanSettingsDialog

            self.settings_dialog = PlanSettingsDialog(self.live, self)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        self.settings_dialog.panel.focus_first()

    def _toggle_details(self) -> None:
        visible = self.actions_by_name[Act.SHOW_DETAILS].isChecked()
        self.context.settings.details_visible = visible
        if self.workspace is not None:
            self.workspace.set_details_collapsed(not visible)

    def _collapse_details(self) -> None:
        """The panel's own hide button: the same as unticking View ▸ Details Panel."""
        self.actions_by_name[Act.SHOW_DETAILS].setChecked(False)
        self._toggle_details()

    # -- presenting ---------------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self._presenting

    def toggle_presentation(self) -> None:
        if self._presenting:
            self.leave_presentation()
        else:
            self.present()

    def present(self) -> None:
        """The current view full screen, with nothing else: for a meeting or a projector."""
        if self.workspace is None or self._presenting:
            return
        self._presenting = True
        self._before_presenting = (self.isFullScreen(), self.isMaximized())
        for bar in (self.menuBar(), self.toolbar, self.statusBar()):
            bar.hide()
        self.workspace.set_presenting(True)
        self.history_dock.hide()
        self.actions_by_name[Act.PRESENT].setChecked(True)
        self.actions_by_name[Act.LEAVE_PRESENTATION].setEnabled(True)
        self.showFullScreen()

    def leave_presentation(self) -> None:
        if not self._presenting:
            return
        self._presenting = False
        for bar in (self.menuBar(), self.toolbar, self.statusBar()):
            bar.show()
        if self.workspace is not None:
            self.workspace.set_presenting(False)
        self.actions_by_name[Act.PRESENT].setChecked(False)
        self.actions_by_name[Act.LEAVE_PRESENTATION].setEnabled(False)
        was_full, was_maximized = self._before_presenting
        if was_maximized:
            self.showMaximized()
        elif not was_full:
            self.showNormal()

    # -- Help ---------------------------------------------------------------------------
    def show_user_guide(self) -> None:
        if self.help_dialog is None:
            from stratplanner.ui.dialogs.help_dialogs import UserGuideDialog

            self.help_dialog = UserGuideDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    def show_shortcuts(self) -> None:
        """Read from the window's actions each time it opens: it lists the keys that work."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        menu_order = [a for a in self.actions() if a.isVisible()]
        from stratplanner.ui.dialogs.help_dialogs import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(menu_order, self)
        self.shortcuts_dialog.show()

    def _cycle_panes(self, step: int) -> None:
        """F6 / Shift+F6: navigation list → view → details panel, by keyboard."""
        workspace = self.workspace
        if workspace is None:
            return
        view = workspace.current_view()
        panes: list[QWidget] = [workspace.nav]
        if view is not None:
            panes.append(view)
        if workspace.details.isVisible():
            panes.append(workspace.details)
        focus = QApplication.focusWidget()
        current = next(
            (
                i
                for i, p in enumerate(panes)
                if focus is p or (focus is not None and p.isAncestorOf(focus))
            ),
            -1,
        )
        target = panes[(current + step) % len(panes)]
        if target is view and view is not None:
            view.focus_main()
        elif target is workspace.details:
            workspace.details.focus_first()
        else:
            target.setFocus()

    def about(self) -> None:
        what = self.tr(
            "Joint IT–business strategy planning: objectives, roadmap, alignment, "
            "capacity and board-ready roadmaps."
        )
        licence = self.tr(
            "Licence: {licence} (GNU General Public License, version 3 or later). "
            "This program comes with ABSOLUTELY NO WARRANTY; you may redistribute it "
            "under the terms of that licence."
        ).format(licence=LICENCE)
        text = (
            f"<h3>{APP_NAME} {__version__}</h3>"
            f"<p>{what}</p>"
            f"<p>{licence}</p>"
            f"<p>Qt {qVersion()}, PySide6 {pyside_version}, Python {platform.python_version()}</p>"
        )
        self.context.dialogs.about(self, self.tr("About {app}").format(app=APP_NAME), text)

    # -- window ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: draw the icons again in the new colours."""
        if event.type() == QEvent.Type.PaletteChange:
            retint(self)
            if self.workspace is not None:
                self.workspace.retint()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._loader is not None:  # closed while a plan was being read: finish, then close it
            loader, self._loader = self._loader, None
            loader.wait()
            loader.document.close()
        settings = self.context.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        self.close_plan()
        self.context.forget(self)
        settings.sync()
        super().closeEvent(event)

    def toolbar_buttons(self) -> list[str]:
        """The toolbar's buttons as a user reads them (for tests and scripts)."""
        return [
            a.iconText() for a in self.toolbar.actions() if not a.isSeparator() and a.iconText()
        ]

    def menu(self, title: str) -> QMenu | None:
        """The menu whose title (without '&') is ``title``; for tests and scripts."""
        for action in self.menuBar().actions():
            menu = action.menu()  # typed QObject: QAction::menu() is a template in Qt 6
            if action.text().replace("&", "") == title and isinstance(menu, QMenu):
                return menu
        return None


def _configure(action: QAction, name: Act, spec: ActionSpec) -> None:
    """Text, shortcut, icon and tips of one action, all from ui/actions.py."""
    action.setObjectName(f"action_{name.value}")
    if spec.icon:
        set_icon(action, spec.icon)
    set_shortcut(action, spec.shortcut)
    shortcut = shortcut_text(action)
    tip = spec.tip
    action.setToolTip(
        translate("MainWindow", "{tip} ({keys})").format(tip=tip, keys=shortcut)
        if shortcut
        else tip
    )
    action.setStatusTip(tip)
