"""Render a view of the app to a PNG without a display (``stratplanner screenshot``)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from stratplanner.snapshot import ItemRec, KpiRec, ObjectiveRec, PersonRec
from stratplanner.store.document import open_plan
from stratplanner.ui.app import application
from stratplanner.ui.context import AppContext
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.settings import AppSettings
from stratplanner.ui.views import view_specs
from stratplanner.ui.views.alignment import AlignmentView

WELCOME = "welcome"


class UnknownView(ValueError):
    """The view name is not registered; the text lists the ones that are."""


def view_names() -> list[str]:
    return [s.key for s in view_specs()]


def render(
    plan: Path,
    views: list[str],
    outputs: list[Path],
    *,
    size: tuple[int, int] = (1600, 1000),
    select: str | None = None,
    palette: QPalette | None = None,
) -> list[Path]:
    """Render each of ``views`` of ``plan`` to the matching PNG (the plan itself is not touched)."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app starts

    known = [*view_names(), WELCOME]
    for name in views:
        if name not in known:
            raise UnknownView(
                f"There is no view {name!r}; choose one of: {', '.join(known)}, or all."
            )
    app = application()
    if palette is not None:  # e.g. a dark palette for the documentation's dark screenshots
        app.setPalette(palette)
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    written = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # Work on a copy, opened like any plan (not read-only, no lock on the original).
            copy = Path(tmp) / Path(plan).name
            with open_plan(plan, read_only=True) as source:
                source.save_copy(copy)
            context = AppContext(AppSettings.at(Path(tmp) / "settings.ini"), data_dir=Path(tmp))
            context.settings.add_recent(plan)
            plan_window: MainWindow | None = None
            for name, output in zip(views, outputs, strict=True):
                if name == WELCOME:
                    window = _window(context, size)
                else:
                    if plan_window is None:
                        plan_window = _window(context, size)
                        plan_window.open_path(copy, background=False)
                    window = plan_window
                    _prepare(window, name, select)
                    assert window.workspace is not None
                    window.workspace.view(name).settle()
                for _ in range(3):
                    QApplication.processEvents()
                if not window.grab().save(str(output), "PNG"):
                    raise OSError(f"{output} could not be written")
                written.append(output)
                if window is not plan_window:
                    window.close()
            if plan_window is not None:
                plan_window.close()
            QApplication.processEvents()
    finally:
        qInstallMessageHandler(previous_handler)
    return written


def _window(context: AppContext, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(context, show_read_only_banner=False)
    context.windows.append(window)
    window.resize(*size)
    window.show()
    return window


def _quiet_offscreen(mode: Any, context: Any, message: str) -> None:
    """The offscreen platform warns about window hints it can't honour; that is not news."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _prepare(window: MainWindow, name: str, select: str | None) -> None:
    """Show the view with a record selected, so the details panel has something in it."""
    assert (
        isinstance(window, MainWindow) and window.workspace is not None and window.live is not None
    )
    workspace = window.workspace
    view = workspace.show_view(name)
    snap = window.live.snapshot
    if select:
        for kind, records in (
            ("item", snap.items),
            ("objective", snap.objectives),
            ("person", snap.people),
            ("team", snap.teams),
            ("kpi", snap.kpis),
        ):
            found = next((r for r in records if r.code == select), None)
            if found is not None:
                if isinstance(view, AlignmentView) and kind in ("item", "objective"):
                    view.reveal(kind, found.id)
                elif view.reveal(kind, found.id):  # the view shows the record: stay in it
                    workspace.show_details(kind, found.id)
                else:
                    workspace.reveal(kind, found.id)
                return
        raise UnknownView(f"No objective, item, person, team or KPI has the code {select!r}.")
    if isinstance(view, AlignmentView):
        link = max(snap.links, key=lambda x: (bool(x.rationale), x.strength), default=None)
        if link is not None:
            view.reveal_pair(link.objective_id, link.item_id)
        view.focus_main()
        return
    spec = next(s for s in workspace.specs if s.key == name)
    if not spec.kinds and snap.items:  # a chart: show an item beside it
        workspace.show_details("item", snap.items[0].id)
    for kind in spec.kinds[:1]:
        records_of: dict[str, Sequence[ItemRec | ObjectiveRec | PersonRec | KpiRec]] = {
            "item": snap.items,
            "objective": snap.objectives,
            "person": snap.people,
            "kpi": snap.kpis,
        }
        first = records_of.get(kind, ())
        if first:
            record = first[1] if kind == "objective" and len(first) > 1 else first[0]
            view.reveal(kind, record.id)
            workspace.show_details(kind, record.id)
    view.focus_main()
