"""The workspace of one open plan: navigation list, the current view, the details panel.

It is the ``ViewHost`` every view talks to: navigate to a view, reveal a
record, ask for confirmation, report a message. Views are built the first
time they are shown, so opening a big plan builds only the first one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui import theme
from stratplanner.ui.actions import view_shortcut
from stratplanner.ui.fields import FIELDS
from stratplanner.ui.icons import icon, set_icon
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.settings import AppSettings
from stratplanner.ui.views import (
    PlanView,
    RecordActions,
    RecordSubset,
    ViewSpec,
    view_for_kind,
    view_spec,
    view_specs,
)
from stratplanner.ui.widgets.details import DetailsPanel

_MESSAGE_SECONDS = 12


class MessageBar(QFrame):
    """An inline message above the views: why an edit was refused, never a dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        set_icon(close, "close")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        # isVisibleTo(nullptr) is isVisible() in Qt; the stub only takes a QWidget.
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._text.text() if shown else ""

    def show_problem(self, text: str) -> None:
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.warning_background())
        self.setPalette(palette)
        self._icon.setPixmap(icon("warning").pixmap(QSize(18, 18)))
        self._text.setText(text)
        self.show()
        self._timer.start(_MESSAGE_SECONDS * 1000)


class ReadOnlyBanner(QFrame):
    def __init__(self, reason: str, save_copy: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.warning_background())
        self.setPalette(palette)
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(QSize(18, 18)))
        self.label = QLabel(
            self.tr(
                "<b>Read-only:</b> this plan can't be changed here because {reason}. "
                "Save a copy to work on your own version."
            ).format(reason=reason)
        )
        self.label.setWordWrap(True)
        button = QToolButton()
        button.setText(self.tr("Save a Copy…"))
        button.setToolTip(self.tr("Write a copy of this plan that you can edit"))
        button.clicked.connect(save_copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(lock)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)


class ViewScroller(QScrollArea):
    """Holds one view: a view wider or taller than the window scrolls instead of widening it.

    Without it the stack took the largest minimum width of any view ever shown
    (the charts and partnership maturity views asked 1335 px at 1280×720) and
    kept the window that wide after leaving them.
    """

    def __init__(self, view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(view)


class Workspace(QWidget):
    #: The view now shown (its key).
    view_changed = Signal(str)
    #: What Add/Duplicate/Delete act on may have changed.
    actions_changed = Signal()
    #: A short note for the status bar.
    message = Signal(str)
    #: The details panel's own "hide" button was clicked (the window owns the collapse state).
    details_collapse_requested = Signal()
    #: A first step's button on the Overview: "objective", "item", "link" or "pdf".
    first_step_requested = Signal(str)
    #: The Overview's "Plan settings…" button.
    plan_settings_requested = Signal()

    def __init__(
        self,
        live: LivePlan,
        *,
        confirm: Any,
        save_copy: Any,
        show_read_only_banner: bool = True,
        settings: AppSettings | None = None,
        details_collapsed: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.live = live
        self._confirm = confirm
        self.app_settings = settings
        self._presenting = False
        self._details_collapsed = details_collapsed
        self._views: dict[str, PlanView] = {}
        self._specs: list[ViewSpec] = view_specs()
        self._context: dict[str, int | None] = {"item_id": None, "objective_id": None}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(1)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 2px 10px; }")
        for number, spec in enumerate(self._specs, start=1):
            item = QListWidgetItem(icon(spec.icon), spec.shown_title)
            tip = spec.shown_tooltip or spec.shown_title
            keys = view_shortcut(number)
            item.setToolTip(self.tr("{tip} ({keys})").format(tip=tip, keys=keys) if keys else tip)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.nav.addItem(item)
        widest = max(
            (self.fontMetrics().horizontalAdvance(s.shown_title) for s in self._specs), default=100
        )
        self.nav.setMinimumWidth(widest + 20 + 2 * 10 + 24)
        self.nav.setMaximumWidth(widest + 140)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.stack = QStackedWidget()
        self.details = DetailsPanel(live)
        self.details.reveal_requested.connect(self.reveal)
        self.details.collapse_requested.connect(self.details_collapse_requested)
        self.message_bar = MessageBar()
        live.refused.connect(self.message_bar.show_problem)
        live.refused.connect(self.message)
        live.changed.connect(self._plan_changed)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(0)
        center_layout.addWidget(self.message_bar)
        center_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)  # hidden by the toggle, never dragged to nothing
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self._sized = False
        self._sized_nav = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner: ReadOnlyBanner | None = None
        if live.read_only and show_read_only_banner:
            self.banner = ReadOnlyBanner(live.document.read_only_reason, save_copy)
            layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            self.size_panes()
        super().showEvent(event)

    def restore_panes(self, state: QByteArray) -> None:
        """The pane widths the user left last time."""
        self._sized_nav = self.splitter.restoreState(state)

    def size_panes(self) -> None:
        """Navigation as wide as its titles; the details panel as wide as the user left it here."""
        width = max(self.width(), 800)
        nav = self.nav.minimumWidth()
        if self._sized_nav:
            nav = self.splitter.sizes()[0] or nav
        self._sized_nav = True
        details = self.details_width_for(self.current_key())
        self.splitter.setSizes([nav, width - nav - details, details])

    def details_width_for(self, key: str | None) -> int:
        """The width remembered for ``key``'s details panel, else about a quarter of the window
        (less on a laptop: 300 px at 1280, so a view's point-carrying columns stay in sight)."""
        remembered = self.app_settings.details_width(key) if self.app_settings and key else None
        width = max(self.width(), 800)
        if remembered is not None:
            return max(self.details.minimumWidth(), min(remembered, width // 2))
        return max(280, min(380, (width - 80) // 4))

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        key = self.current_key()
        if key is not None and self.app_settings is not None and self.details_shown():
            self.app_settings.set_details_width(key, self.splitter.sizes()[2])

    def retint(self) -> None:
        """Navigation icons in the current palette (after a light/dark switch)."""
        for row, spec in enumerate(self._specs):
            self.nav.item(row).setIcon(icon(spec.icon))

    # -- views ---------------------------------------------------------------------------
    @property
    def specs(self) -> list[ViewSpec]:
        return list(self._specs)

    def view(self, key: str) -> PlanView:
        """The view ``key``, built on first use."""
        if key not in self._views:
            spec = view_spec(key)
            if spec is None:
                raise KeyError(key)
            view = spec.factory(self)
            view.setObjectName(f"view_{key}")
            view.record_selected.connect(
                lambda kind, record, k=key: self._record_selected(k, kind, record)
            )
            view.actions_changed.connect(self.actions_changed)
            if hasattr(view, "step_requested"):
                view.step_requested.connect(self.first_step_requested)
            if hasattr(view, "settings_requested"):
                view.settings_requested.connect(self.plan_settings_requested)
            self._views[key] = view
            self.stack.addWidget(ViewScroller(view))
        return self._views[key]

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def current_view(self) -> PlanView | None:
        key = self.current_key()
        return None if key is None else self.view(key)

    def show_view(self, key: str) -> PlanView:
        row = next((i for i, s in enumerate(self._specs) if s.key == key), None)
        if row is None:
            raise KeyError(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.view(key)

    def _nav_changed(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        key = self._specs[row].key
        view = self.view(key)
        viewport = view.parentWidget()
        scroller = viewport.parentWidget() if viewport is not None else None
        assert isinstance(scroller, ViewScroller)  # view() put the view in one
        self.stack.setCurrentWidget(scroller)
        spec = self._specs[row]
        self.details.set_hint(_details_hint(spec))
        current = view.current_record()
        if current is not None and current[0] in spec.details:
            self.show_details(*current)
        else:
            self.details.show_record(None, None)
        self._fit_details()
        self.view_changed.emit(key)
        self.actions_changed.emit()

    # -- the details panel ---------------------------------------------------------------
    def current_spec(self) -> ViewSpec | None:
        key = self.current_key()
        return next((s for s in self._specs if s.key == key), None)

    def has_details(self) -> bool:
        """Does the current view select records the details panel can show?"""
        spec = self.current_spec()
        return spec is not None and bool(spec.details)

    def details_shown(self) -> bool:
        return self.has_details() and not self._details_collapsed and not self._presenting

    def set_presenting(self, presenting: bool) -> None:
        """Presenting: the view alone, without the navigation list and the details panel."""
        self._presenting = presenting
        self.nav.setVisible(not presenting)
        self.message_bar.hide()
        self._fit_details()

    def set_details_collapsed(self, collapsed: bool) -> None:
        self._details_collapsed = collapsed
        self._fit_details()

    def _fit_details(self) -> None:
        """The panel beside a view that selects records (at that view's width), else none."""
        shown = self.details_shown()
        self.details.setVisible(shown)
        if not shown or not self._sized:
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        details = self.details_width_for(self.current_key())
        self.splitter.setSizes([sizes[0], max(total - sizes[0] - details, 1), details])

    def record_actions(self) -> RecordActions | None:
        view = self.current_view()
        return None if view is None else view.record_actions()

    def add_record_of(self, kind: str) -> bool:
        """Add a ``kind`` in the view that lists it (Add on a view with no list of its own)."""
        spec = view_for_kind(kind)
        if spec is None:
            return False
        view = self.show_view(spec.key)
        actions = view.record_actions_for(kind)
        if actions is None or not actions.can_add():
            return False
        actions.add_record()
        return True

    # -- ViewHost ---------------------------------------------------------------------------
    def navigate(self, key: str, subset: RecordSubset | None = None) -> None:
        view = self.show_view(key)
        view.show_subset(subset)
        view.focus_main()

    def reveal(self, kind: str, record_id: int) -> bool:
        spec = view_for_kind(kind)
        if spec is None:
            return False
        view = self.show_view(spec.key)
        if not view.reveal(kind, record_id):
            return False
        if kind in FIELDS:  # processes and applications are edited in their own view's form
            self.show_details(kind, record_id)
        view.focus_main()
        return True

    def confirm(self, title: str, text: str, action: str) -> bool:
        return bool(self._confirm(title, text, action))

    def report(self, text: str) -> None:
        self.message.emit(text)

    def context_ids(self) -> dict[str, int | None]:
        return dict(self._context)

    def _record_selected(self, view_key: str, kind: str, key: Any) -> None:
        if kind == "item" and isinstance(key, int) and key >= 0:
            self._context["item_id"] = key
        elif kind == "objective" and isinstance(key, int) and key >= 0:
            self._context["objective_id"] = key
        if view_key == self.current_key():  # a view refreshing out of sight changes nothing here
            self.show_details(kind, key)

    def show_details(self, kind: str, key: Any) -> None:
        """Only records of the current view's kinds reach the panel; nothing selected empties it."""
        spec = self.current_spec()
        if spec is None or kind not in spec.details:
            return
        self.details.show_record(kind, None if key == -1 else key)

    def _plan_changed(self, _snap: PlanSnapshot) -> None:
        self.actions_changed.emit()


#: What the empty details panel says beside a view that selects one kind of record.
_SELECT_ONE = {
    "item": QT_TRANSLATE_NOOP(
        "Workspace", "Select a roadmap item in {view} to see and edit all of its fields here."
    ),
    "objective": QT_TRANSLATE_NOOP(
        "Workspace", "Select an objective in {view} to see and edit all of its fields here."
    ),
    "person": QT_TRANSLATE_NOOP(
        "Workspace", "Select a person in {view} to see and edit all of its fields here."
    ),
    "business_unit": QT_TRANSLATE_NOOP(
        "Workspace", "Select a business unit in {view} to see and edit all of its fields here."
    ),
    "team": QT_TRANSLATE_NOOP(
        "Workspace", "Select a team in {view} to see and edit all of its fields here."
    ),
    "demand": QT_TRANSLATE_NOOP(
        "Workspace", "Select a team demand in {view} to see and edit all of its fields here."
    ),
    "kpi": QT_TRANSLATE_NOOP(
        "Workspace", "Select a KPI in {view} to see and edit all of its fields here."
    ),
    "milestone": QT_TRANSLATE_NOOP(
        "Workspace", "Select a milestone in {view} to see and edit all of its fields here."
    ),
    "link": QT_TRANSLATE_NOOP(
        "Workspace", "Select an alignment link in {view} to see and edit all of its fields here."
    ),
}


def _details_hint(spec: ViewSpec) -> str:
    """What the empty details panel says beside ``spec``'s view."""
    one = _SELECT_ONE.get(spec.details[0]) if len(spec.details) == 1 else None
    if one is not None:
        return translate("Workspace", one).format(view=spec.shown_title)
    return translate(
        "Workspace", "Select a record in {view} to see and edit all of its fields here."
    ).format(view=spec.shown_title)
