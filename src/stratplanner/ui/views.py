"""The registry of the plan's views and what every view can do.

A view is registered once with :func:`register_view`; the navigation list,
the View menu (with Ctrl+1…9), Find, the screenshot command and key figures
that jump to records all read this one registry. Modules listed in
``VIEW_MODULES`` register their views when imported, so adding a view is a
new module plus one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.settings import AppSettings

#: Modules whose import registers views (in menu order within equal ``order``).
VIEW_MODULES = [
    "stratplanner.ui.view_overview",
    "stratplanner.ui.view_objectives",
    "stratplanner.ui.view_roadmap",
    "stratplanner.ui.view_alignment",
    "stratplanner.ui.view_people",
    "stratplanner.ui.view_kpis",
    "stratplanner.ui.view_adoption",
    "stratplanner.ui.view_findings",
    "stratplanner.ui.view_maturity",
    "stratplanner.ui.view_stakeholders",
    "stratplanner.ui.view_processes",
    "stratplanner.ui.view_portfolio",
    "stratplanner.ui.view_sequence",
    "stratplanner.ui.view_scenarios",
    "stratplanner.ui.workshop.console",
    "stratplanner.ui.view_baselines",
    "stratplanner.ui.view_chart_explorer",
    "stratplanner.ui.view_activity",
]


@dataclass(frozen=True)
class RecordSubset:
    """Records a view should show on their own, e.g. from a clicked key figure."""

    kind: str
    label: str
    ids: frozenset[int] | None = None
    #: Filter presets instead of (or besides) ids: field name → allowed values.
    values: tuple[tuple[str, frozenset[Any]], ...] = ()


class ViewHost(Protocol):
    """What the window offers a view."""

    live: LivePlan
    #: The app's remembered preferences (None where a view runs without an app, e.g. a test).
    app_settings: AppSettings | None

    def navigate(self, key: str, subset: RecordSubset | None = None) -> None: ...

    def reveal(self, kind: str, record_id: int) -> bool: ...

    def confirm(self, title: str, text: str, action: str) -> bool: ...

    def report(self, text: str) -> None: ...

    def context_ids(self) -> dict[str, int | None]: ...


class RecordActions(Protocol):
    """Add, duplicate and delete on the records a view is showing (its active table)."""

    kind: str

    def selected_ids(self) -> list[int]: ...

    def can_add(self) -> bool: ...

    def add_record(self) -> None: ...

    def duplicate_selected(self) -> None: ...

    def delete_selected(self) -> None: ...


class PlanView(QWidget):
    """Base of every view: refreshed on each change of the plan while visible, lazily otherwise."""

    #: The record the details panel should show: (kind, id), id -1 for none;
    #: for an alignment cell ("link", (objective_id, item_id)).
    record_selected = Signal(str, object)
    #: What Add/Duplicate/Delete would act on has changed.
    actions_changed = Signal()

    def __init__(self, host: ViewHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = host
        self._stale = False
        host.live.changed.connect(self._plan_changed)

    @property
    def live(self) -> LivePlan:
        return self.host.live

    @property
    def snapshot(self) -> PlanSnapshot:
        return self.host.live.snapshot

    def _plan_changed(self, snap: PlanSnapshot) -> None:
        if self.isVisible():
            self.refresh(snap)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh(self.snapshot)
        super().showEvent(event)

    # -- for subclasses ---------------------------------------------------------------
    def refresh(self, snap: PlanSnapshot) -> None:
        """Show ``snap``; keep selection, scroll position and filters."""

    def reveal(self, kind: str, record_id: int) -> bool:
        """Select and scroll to a record this view shows; False if it doesn't show it."""
        return False

    def show_subset(self, subset: RecordSubset | None) -> None:
        """Show only ``subset`` (None: back to everything)."""

    def current_record(self) -> tuple[str, int] | None:
        return None

    def record_actions(self) -> RecordActions | None:
        return None

    def record_actions_for(self, kind: str) -> RecordActions | None:
        """Add/duplicate/delete for ``kind`` here, making its table the active one if needed."""
        actions = self.record_actions()
        return actions if actions is not None and actions.kind == kind else None

    def focus_main(self) -> None:
        """Put the keyboard focus where work in this view starts."""
        self.setFocus()

    def settle(self) -> None:
        """Finish work put off for later (a debounced redraw), e.g. before a screenshot."""


@dataclass(frozen=True)
class ViewSpec:
    key: str  # stable name: settings, --view of the screenshot command
    title: str  # navigation list and View menu
    factory: Callable[[ViewHost], PlanView]
    icon: str = "view"  # resources/icons/<icon>.svg
    kinds: tuple[
        str, ...
    ] = ()  # records it can reveal (Find jumps to the first view listing a kind)
    tooltip: str = ""
    order: int = 100
    #: The record kinds the details panel shows beside this view; none: no panel here.
    details: tuple[str, ...] = ()


_VIEWS: dict[str, ViewSpec] = {}
_MODULES_LOADED: list[str] = []


def register_view(spec: ViewSpec) -> ViewSpec:
    """Add (or replace) a view; returns it so a module can keep a reference."""
    _VIEWS[spec.key] = spec
    return spec


def view_specs() -> list[ViewSpec]:
    for name in VIEW_MODULES:
        if name not in _MODULES_LOADED:
            _MODULES_LOADED.append(name)
            importlib.import_module(name)
    return sorted(_VIEWS.values(), key=_menu_position)


def _menu_position(spec: ViewSpec) -> tuple[int, int]:
    """By ``order``; views of equal order in the order of ``VIEW_MODULES`` (not of import)."""
    module = getattr(spec.factory, "__module__", "")
    return spec.order, VIEW_MODULES.index(module) if module in VIEW_MODULES else len(VIEW_MODULES)


def view_spec(key: str) -> ViewSpec | None:
    return next((s for s in view_specs() if s.key == key), None)


def view_for_kind(kind: str) -> ViewSpec | None:
    return next((s for s in view_specs() if kind in s.kinds), None)
