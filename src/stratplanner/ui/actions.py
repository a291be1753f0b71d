"""Every command of the main window, its text, shortcut, icon and tip, in one place.

Standard commands use ``QKeySequence.StandardKey`` so each platform gets its
own shortcut; the few custom ones are listed here and nowhere else. The
window builds its menus, its toolbar and Help ▸ Keyboard Shortcuts from this
table, so the list the user reads is the list the keys follow.

This is the only module of ``ui`` that touches ``QKeySequence``: the window, the views and
the workshop windows give an action its keys with :func:`set_shortcut` (or
:func:`set_view_shortcut`), write them with :func:`shortcut_text`, and test a key press
against a declared shortcut with :func:`key_matches` (tests/test_ui_layout.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate

SK = QKeySequence.StandardKey
#: Shortcuts as the platform writes them ("Ctrl+S", "⌘S").
NATIVE = QKeySequence.SequenceFormat.NativeText


class Act(StrEnum):
    NEW = "new"
    OPEN = "open"
    OPEN_SAMPLE = "open_sample"
    OPEN_TEAM = "open_team"
    SAVE_COPY = "save_copy"
    SAVE_AS = "save_as"
    CLOSE = "close"
    QUIT = "quit"
    SAVE = "save"
    UNDO = "undo"
    REDO = "redo"
    HISTORY = "history"
    ADD = "add"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    FIND = "find"
    LINK = "link"
    PLAN_SETTINGS = "plan_settings"
    PREFERENCES = "preferences"
    SHOW_DETAILS = "show_details"
    PRESENT = "present"
    LEAVE_PRESENTATION = "leave_presentation"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    EXPORT_PDF = "export_pdf"
    EXPORT_XLSX = "export_xlsx"
    EXPORT_CSV = "export_csv"
    EXPORT_MSPDI = "export_mspdi"
    EXPORT_ARCHIMATE = "export_archimate"
    EXPORT_JSON = "export_json"
    IMPORT_SPREADSHEET = "import_spreadsheet"
    IMPORT_MSPDI = "import_mspdi"
    IMPORT_ARCHIMATE = "import_archimate"
    MERGE = "merge"
    USER_GUIDE = "user_guide"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"
    ABOUT_QT = "about_qt"


@dataclass(frozen=True)
class ActionSpec:
    """A command: its menu text and tip in English (marked for the "Actions" catalogue;
    ``text`` and ``tip`` give them in the user's language), keys, icon and when it works."""

    english_text: str
    english_tip: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str | None = None
    needs_plan: bool = True
    needs_writable: bool = False

    @property
    def text(self) -> str:
        """The menu text in the user's language, with its '&' accelerator."""
        return translate("Actions", self.english_text)

    @property
    def tip(self) -> str:
        """What the command does, in the user's language (tooltip and status bar)."""
        return translate("Actions", self.english_tip)


ACTIONS: dict[Act, ActionSpec] = {
    Act.NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Create an empty plan file"),
        SK.New,
        "new",
        needs_plan=False,
    ),
    Act.OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QT_TRANSLATE_NOOP("Actions", "Open a plan file"),
        SK.Open,
        "open",
        needs_plan=False,
    ),
    Act.OPEN_SAMPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open the &Sample Plan"),
        QT_TRANSLATE_NOOP(
            "Actions", "Open the sample plan of a retail group (a copy in your app data folder)"
        ),
        None,
        "sample",
        needs_plan=False,
    ),
    Act.OPEN_TEAM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Team Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Open a plan shared on a PostgreSQL server by its address"),
        None,
        "people",
        needs_plan=False,
    ),
    Act.SAVE_COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save a &Copy…"),
        QT_TRANSLATE_NOOP("Actions", "Write a copy of this plan and keep working on this one"),
        None,
        "save-copy",
    ),
    Act.SAVE_AS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        QT_TRANSLATE_NOOP("Actions", "Write a copy of this plan and continue working on the copy"),
        SK.SaveAs,
    ),
    Act.CLOSE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "C&lose Plan"),
        QT_TRANSLATE_NOOP("Actions", "Close this plan (it is already saved)"),
        SK.Close,
        "close",
    ),
    Act.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close every window and quit"),
        SK.Quit,
        needs_plan=False,
    ),
    Act.SAVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save"),
        QT_TRANSLATE_NOOP(
            "Actions", "Nothing to do: every change is written to the plan file as you make it"
        ),
        SK.Save,
    ),
    # Undo and Redo take their text from the change they undo (QUndoGroup's own actions).
    Act.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        SK.Undo,
        "undo",
    ),
    Act.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
        SK.Redo,
        "redo",
    ),
    Act.HISTORY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Undo &History"),
        QT_TRANSLATE_NOOP("Actions", "Show every change made since the plan was opened"),
        "Ctrl+H",
        "history",
    ),
    Act.ADD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add"),
        QT_TRANSLATE_NOOP("Actions", "Add a record to the current list"),
        "Ctrl+Shift+N",
        "add",
        needs_writable=True,
    ),
    Act.DUPLICATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Dupli&cate"),
        QT_TRANSLATE_NOOP("Actions", "Duplicate the selected records"),
        "Ctrl+D",
        "duplicate",
        needs_writable=True,
    ),
    Act.DELETE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected records (asks first)"),
        SK.Delete,
        "delete",
        needs_writable=True,
    ),
    Act.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Jump to any record by code or title"),
        SK.Find,
        "find",
    ),
    Act.LINK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Link…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Link roadmap items to the objectives they serve, in the alignment matrix "
            "(at the selected item or objective)",
        ),
        "Ctrl+L",
        "link",
    ),
    Act.PLAN_SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Plan &Settings"),
        QT_TRANSLATE_NOOP("Actions", "Title, organisation, currency and horizon of the plan"),
        None,
        "settings",
    ),
    Act.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Prefere&nces…"),
        QT_TRANSLATE_NOOP("Actions", "The app's own choices, such as its language"),
        SK.Preferences,
        "settings",
        needs_plan=False,
    ),
    Act.SHOW_DETAILS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Details Panel"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the details of the selected record"),
        "Ctrl+I",
        "details",
    ),
    Act.PRESENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&resent"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show the current view full screen for a meeting: menus, navigation and details "
            "put away (Esc returns)",
        ),
        SK.FullScreen,
        "present",
    ),
    Act.LEAVE_PRESENTATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Leave Presentation"),
        QT_TRANSLATE_NOOP("Actions", "Back to the window with its menus and panels"),
        "Esc",
    ),
    Act.NEXT_PANE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next &Pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane"),
        "F6",
    ),
    Act.PREVIOUS_PANE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Previous Pa&ne"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the previous pane"),
        "Shift+F6",
    ),
    Act.EXPORT_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export &PDF…"),
        QT_TRANSLATE_NOOP("Actions", "A board pack or the working team's full document, as a PDF"),
        "Ctrl+Shift+P",
        "export",
    ),
    Act.EXPORT_XLSX: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Excel Workbook…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Every table of the plan, one sheet each, with the analysis columns"
        ),
    ),
    Act.EXPORT_CSV: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Roadmap Items as &CSV…"),
        QT_TRANSLATE_NOOP("Actions", "The roadmap items with the analysis columns, as CSV"),
    ),
    Act.EXPORT_MSPDI: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&MS Project XML…"),
        QT_TRANSLATE_NOOP(
            "Actions", "The roadmap as a schedule for MS Project, ProjectLibre or GanttProject"
        ),
    ),
    Act.EXPORT_ARCHIMATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&ArchiMate Exchange File…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Objectives as goals and items as work packages (ArchiMate 3.1)"
        ),
    ),
    Act.EXPORT_JSON: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Plan &JSON…"),
        QT_TRANSLATE_NOOP("Actions", "The whole plan in the documented JSON format"),
    ),
    Act.IMPORT_SPREADSHEET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Spreadsheet (CSV or Excel)…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Add records from a spreadsheet: match its columns, preview, then import in one step",
        ),
        "Ctrl+Shift+I",
        needs_writable=True,
    ),
    Act.IMPORT_MSPDI: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&MS Project XML…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Bring tasks of a schedule into this plan as roadmap items (you review them first)",
        ),
        needs_writable=True,
    ),
    Act.IMPORT_ARCHIMATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&ArchiMate Exchange File…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Bring goals and work packages of an ArchiMate model into this plan (reviewed first)",
        ),
        needs_writable=True,
    ),
    Act.MERGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Merge Another Plan…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Bring in the records of another copy of the plan, choosing per record"
        ),
        needs_writable=True,
    ),
    Act.USER_GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "StratPlanner &User Guide"),
        QT_TRANSLATE_NOOP("Actions", "How to plan with StratPlanner, view by view (works offline)"),
        SK.HelpContents,
        "info",
        needs_plan=False,
    ),
    Act.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of this window"),
        "Ctrl+/",
        needs_plan=False,
    ),
    Act.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About StratPlanner"),
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
        None,
        "info",
        needs_plan=False,
    ),
    Act.ABOUT_QT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "About &Qt"),
        QT_TRANSLATE_NOOP("Actions", "The Qt version this app uses"),
        None,
        needs_plan=False,
    ),
}


#: The views in the navigation list, first to ninth: Ctrl+1 … Ctrl+9.
VIEW_SHORTCUT = "Ctrl+{number}"
VIEW_SHORTCUTS = 9


def view_shortcut(number: int) -> str:
    """The shortcut of the ``number``-th view (1-based), or "" past the ninth."""
    return VIEW_SHORTCUT.format(number=number) if 1 <= number <= VIEW_SHORTCUTS else ""


def set_shortcut(action: QAction, shortcut: QKeySequence.StandardKey | str | None) -> None:
    """Give ``action`` a shortcut declared here: a standard key gets every binding the
    platform has for it; None or "" leaves the action without keys."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))


def set_view_shortcut(action: QAction, number: int) -> None:
    """The ``number``-th view's action (1-based) answers Ctrl+number; past the ninth, no keys."""
    action.setShortcut(QKeySequence(view_shortcut(number)))


def shortcut_text(action: QAction) -> str:
    """The action's first shortcut as the platform writes it; "" without one."""
    return action.shortcut().toString(NATIVE)


def shortcut_texts(action: QAction) -> list[str]:
    """Every shortcut of the action as the platform writes it, in Qt's order."""
    return [key.toString(NATIVE) for key in action.shortcuts()]


def key_matches(event: QKeyEvent, shortcut: QKeySequence.StandardKey | str | None) -> bool:
    """Whether the pressed key is exactly ``shortcut`` (a key handled without a QAction)."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        return event.matches(shortcut)
    if not shortcut:
        return False
    pressed = QKeySequence(event.keyCombination())
    return QKeySequence(shortcut).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch


class WorkshopAct(StrEnum):
    """Commands of workshop mode's console and projector window (not in the main menus)."""

    SHOW_PROJECTOR = "show_projector"
    PROJECTOR_FULL_SCREEN = "projector_full_screen"
    LEAVE_FULL_SCREEN = "leave_full_screen"


WORKSHOP_ACTIONS: dict[WorkshopAct, ActionSpec] = {
    WorkshopAct.SHOW_PROJECTOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Projector"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show the question, the QR code and the results in a window for the room's projector",
        ),
        "Ctrl+Shift+J",
    ),
    WorkshopAct.PROJECTOR_FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Full Screen"),
        QT_TRANSLATE_NOOP("Actions", "Show the projector window full screen, or as a window again"),
        "F5",
    ),
    WorkshopAct.LEAVE_FULL_SCREEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Leave Full Screen"),
        QT_TRANSLATE_NOOP("Actions", "Show the projector window as a window again"),
        "Esc",
    ),
}
