"""The registry of the plan's views and what every view can do.

A view is registered once with :func:`register_view`; the navigation list,
the View menu (with Ctrl+1…9), Find, the screenshot command and key figures
that jump to records all read this one registry. The built-in views are
listed in ``BUILT_IN_VIEWS`` with what the navigation needs (title, icon,
order, …) and the module that registers the view when imported: a module is
imported only when its view is first built, so the window paints without
loading matplotlib or the analyses behind the other views. Adding a view is a
new module calling :func:`register_view` plus its line here (a test keeps the
two in step).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.live_plan import LivePlan
from stratplanner.ui.settings import AppSettings


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

    @property
    def kind(self) -> str: ...  # read only: an attribute or a property (the active table's)

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

    # ``title`` and ``tooltip`` are the English sources (marked with QT_TRANSLATE_NOOP in
    # the "Views" context where a view is declared); what the user reads is below.
    @property
    def shown_title(self) -> str:
        """The title in the user's language (navigation list, View menu, hints)."""
        return translate("Views", self.title)

    @property
    def shown_tooltip(self) -> str:
        """The tooltip in the user's language ("" when the view has none)."""
        return translate("Views", self.tooltip) if self.tooltip else ""


@dataclass(frozen=True)
class DeferredView:
    """The factory of a built-in view: imports its module (which registers the view's own
    spec) when the view is first built."""

    module: str
    key: str

    def __call__(self, host: ViewHost) -> PlanView:
        importlib.import_module(self.module)
        spec = _VIEWS.get(self.key)
        if spec is None or isinstance(spec.factory, DeferredView):
            raise LookupError(f"{self.module} did not register the view {self.key!r}")
        return spec.factory(host)


def _built_in(module: str, key: str, title: str, icon: str, **more: Any) -> ViewSpec:
    return ViewSpec(key, title, DeferredView(f"stratplanner.ui.{module}", key), icon, **more)


#: The built-in views, in menu order within equal ``order``; each module registers its
#: view (the same spec with the view's class as factory) when imported.
BUILT_IN_VIEWS = (
    _built_in(
        "views.overview",
        "overview",
        QT_TRANSLATE_NOOP("Views", "Overview"),
        "overview",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The plan's key figures; click one to see the records behind it",
        ),
        order=10,
    ),
    _built_in(
        "views.objectives",
        "objectives",
        QT_TRANSLATE_NOOP("Views", "Objectives"),
        "objectives",
        kinds=("objective",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Themes and objectives with owners, targets and the items that support them",
        ),
        order=20,
        details=("objective",),
    ),
    _built_in(
        "views.roadmap",
        "roadmap",
        QT_TRANSLATE_NOOP("Views", "Roadmap items"),
        "roadmap",
        kinds=("item",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Every roadmap item with all its fields: sort, filter, edit",
        ),
        order=30,
        details=("item",),
    ),
    _built_in(
        "views.alignment",
        "alignment",
        QT_TRANSLATE_NOOP("Views", "Alignment"),
        "alignment",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Which roadmap items serve which objectives, and how strongly",
        ),
        order=40,
        details=("link",),
    ),
    _built_in(
        "views.people",
        "people",
        QT_TRANSLATE_NOOP("Views", "People & teams"),
        "people",
        kinds=("person", "team", "demand", "business_unit"),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Stakeholders, delivery teams with their capacity, and what each item asks of them",
        ),
        order=50,
        details=("person", "team", "demand", "business_unit"),
    ),
    _built_in(
        "views.kpis",
        "kpis",
        QT_TRANSLATE_NOOP("Views", "KPIs & milestones"),
        "kpis",
        kinds=("kpi", "milestone"),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "How objectives and items are measured, and their milestones",
        ),
        order=60,
        details=("kpi", "milestone"),
    ),
    _built_in(
        "views.adoption",
        "adoption",
        QT_TRANSLATE_NOOP("Views", "Adoption & outcomes"),
        "kpis",
        kinds=("kpi",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "KPIs over time against their targets; done items whose adoption lags",
        ),
        order=77,
        details=("kpi", "item"),
    ),
    _built_in(
        "views.findings",
        "findings",
        QT_TRANSLATE_NOOP("Views", "Findings"),
        "warning",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "What the analysis says to fix: unsupported objectives, orphan items, missing "
            "sponsors, overbooked teams",
        ),
        order=62,
        details=("objective", "item", "team"),
    ),
    _built_in(
        "views.maturity",
        "maturity",
        QT_TRANSLATE_NOOP("Views", "Partnership maturity"),
        "chart",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "How IT and each business unit work together, and what would lift it",
        ),
        order=75,
    ),
    _built_in(
        "views.stakeholders",
        "stakeholders",
        QT_TRANSLATE_NOOP("Views", "Stakeholders"),
        "people",
        kinds=("person",),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Relationships with the business, hand-overs when people leave or move, "
            "sponsor gaps and the history of sponsor changes",
        ),
        order=76,
        details=("person", "item", "objective", "kpi"),
    ),
    _built_in(
        "views.processes",
        "processes",
        QT_TRANSLATE_NOOP("Views", "Business processes"),
        "link",
        kinds=("process", "application"),
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The process map, the applications that enable it, gaps and investment by process",
        ),
        order=77,
    ),
    _built_in(
        "views.portfolio",
        "portfolio",
        QT_TRANSLATE_NOOP("Views", "Portfolio ranking"),
        "kpis",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The ranked portfolio: scores by criterion, weights to try, sensitivity and pins",
        ),
        order=64,
        details=("item",),
    ),
    _built_in(
        "views.sequence",
        "sequence",
        QT_TRANSLATE_NOOP("Views", "Capacity sequence"),
        "roadmap",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The roadmap sequenced by team capacity beside the plan, with why items move",
        ),
        order=66,
        details=("item",),
    ),
    _built_in(
        "views.scenarios",
        "scenarios",
        QT_TRANSLATE_NOOP("Views", "Budget scenarios"),
        "settings",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Budget scenarios side by side: what each cap funds, drops and leaves unsupported",
        ),
        order=67,
    ),
    _built_in(
        "workshop.console",
        "workshop",
        QT_TRANSLATE_NOOP("Views", "Workshop"),
        "people",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Run a workshop: business and IT vote on the portfolio from their phones",
        ),
        order=67,
    ),
    _built_in(
        "views.baselines",
        "baselines",
        QT_TRANSLATE_NOOP("Views", "Baselines"),
        "history",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "The plan saved under a name to compare with later",
        ),
        order=68,
    ),
    _built_in(
        "views.chart_explorer",
        "charts",
        QT_TRANSLATE_NOOP("Views", "Charts"),
        "chart",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Every chart with filters by business unit, category, status and quarters; "
            "point for details, click to select, export as PNG or SVG",
        ),
        order=69,
        details=("item", "objective", "team"),
    ),
    _built_in(
        "views.activity",
        "activity",
        QT_TRANSLATE_NOOP("Views", "Activity"),
        "history",
        tooltip=QT_TRANSLATE_NOOP(
            "Views",
            "Who changed what in this plan, and when",
        ),
        order=90,
    ),
)
#: Modules whose import registers the built-in views (ties of ``order`` keep this order).
VIEW_MODULES = [
    spec.factory.module for spec in BUILT_IN_VIEWS if isinstance(spec.factory, DeferredView)
]

_VIEWS: dict[str, ViewSpec] = {}


def register_view(spec: ViewSpec) -> ViewSpec:
    """Add (or replace) a view; returns it so a module can keep a reference."""
    _VIEWS[spec.key] = spec
    return spec


def view_specs() -> list[ViewSpec]:
    """Every view: the registered ones, and the built-in ones whose module is not loaded yet."""
    specs = {spec.key: spec for spec in BUILT_IN_VIEWS}
    specs.update(_VIEWS)
    return sorted(specs.values(), key=_menu_position)


def load_views() -> list[ViewSpec]:
    """Import every built-in view's module (for checks that need the views' classes)."""
    for name in VIEW_MODULES:
        importlib.import_module(name)
    return view_specs()


def _menu_position(spec: ViewSpec) -> tuple[int, int]:
    """By ``order``; views of equal order in the order of ``VIEW_MODULES`` (not of import)."""
    factory = spec.factory
    module = factory.module if isinstance(factory, DeferredView) else factory.__module__
    return spec.order, VIEW_MODULES.index(module) if module in VIEW_MODULES else len(VIEW_MODULES)


def view_spec(key: str) -> ViewSpec | None:
    return next((s for s in view_specs() if s.key == key), None)


def view_for_kind(kind: str) -> ViewSpec | None:
    return next((s for s in view_specs() if kind in s.kinds), None)
