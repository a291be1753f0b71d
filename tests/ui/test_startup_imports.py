"""The first window paints before the heavy libraries load (issue 20 item 1).

Each check starts a fresh Python process (offscreen), runs the app's own start path and,
from the event loop once the first window is on screen, lists what is in ``sys.modules``.
Matplotlib, scipy, reportlab, openpyxl, psycopg and the analyses behind the other views load
only when a view or an export needs them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from stratplanner.ui.views import BUILT_IN_VIEWS, DeferredView, load_views, view_specs

pytestmark = pytest.mark.gui

#: Not one of these may be imported before the first window is shown.
HEAVY = (
    "matplotlib",
    "numpy",
    "scipy",
    "reportlab",
    "openpyxl",
    "psycopg",
    "aiohttp",
    "stratplanner.charts",
    "stratplanner.ui.widgets.mpl_canvas",
    "stratplanner.analysis.scenarios",
    "stratplanner.analysis.baseline_diff",
    "stratplanner.analysis.sensitivity",
    "stratplanner.analysis.sequencing",
    "stratplanner.analysis.scoring",
    "stratplanner.analysis.workshop",
    "stratplanner.analysis.processes",
    "stratplanner.analysis.adoption",
    "stratplanner.export",
    "stratplanner.io.table_export",
    "stratplanner.ui.dialogs.plan_transfer",
    "stratplanner.ui.dialogs.import_dialog",
    "stratplanner.ui.dialogs.pdf_dialog",
    "stratplanner.workshop.server",
)

#: Runs in the child: ``stratplanner.ui.app.run`` (what ``stratplanner [PLAN]`` calls), with a
#: timer that waits for the first window (and, with a plan, its Overview) to be shown, then
#: prints the loaded modules and quits.
START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import stratplanner.cli.main  # what 'stratplanner PLAN' loads before the GUI
    from stratplanner.ui import app as app_module

    app = app_module.application()
    want_plan = len(sys.argv) > 1

    def first_window():
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        window = next((w for w in shown if hasattr(w, "workspace")), None)
        if window is None:
            QTimer.singleShot(5, first_window)
            return
        if want_plan:
            workspace = window.workspace
            view = None if workspace is None else workspace.current_view()
            if view is None or not view.isVisible():
                QTimer.singleShot(5, first_window)
                return
            what = workspace.current_key()
        else:
            what = type(window.pages.currentWidget()).__name__
        window.repaint()
        print(json.dumps({"shown": what, "modules": sorted(sys.modules)}), flush=True)
        app.quit()

    QTimer.singleShot(0, first_window)
    sys.exit(app_module.run(sys.argv[1:]))
    """
)

#: ``stratplanner screenshot PLAN --view overview``: the modules loaded when the window is
#: grabbed.
SCREENSHOT = textwrap.dedent(
    """
    import json, sys
    from stratplanner.cli.main import main
    from stratplanner.ui.main_window import MainWindow

    grab = MainWindow.grab
    def grabbed(self, *args):
        print(json.dumps({"shown": "screenshot", "modules": sorted(sys.modules)}), flush=True)
        return grab(self, *args)
    MainWindow.grab = grabbed
    sys.exit(main(["screenshot", sys.argv[1], "--view", "overview", "-o", sys.argv[2]]))
    """
)


#: The Workshop view shown on a plan with no round yet: no chart and no voting server to load.
WORKSHOP = textwrap.dedent(
    """
    import json, sys, tempfile
    from pathlib import Path
    from stratplanner.ui.app import application
    from stratplanner.ui.context import AppContext
    from stratplanner.ui.settings import AppSettings
    app = application()
    folder = Path(tempfile.mkdtemp())
    context = AppContext(AppSettings.at(folder / "s.ini"), data_dir=folder)
    window = context.new_window()
    window.show()
    assert window.open_path(Path(sys.argv[1]), background=False)
    assert not window.live.snapshot.workshops
    view = window.workspace.show_view("workshop")
    app.processEvents()
    assert view.isVisible()
    print(json.dumps({"shown": "workshop", "modules": sorted(sys.modules)}), flush=True)
    """
)


def _loaded(script: str, args: list[str], home: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("{"))
    result: dict[str, Any] = json.loads(line)
    return result


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_welcome_page_paints_before_the_heavy_libraries(tmp_path: Path) -> None:
    shown = _loaded(START, [], tmp_path)
    assert shown["shown"] == "WelcomePage"
    assert _heavy(shown["modules"]) == []
    assert "PySide6.QtWidgets" in shown["modules"]  # the probe saw the running app


def test_a_plans_overview_paints_before_the_heavy_libraries(
    tmp_path: Path, sample_plan: Path
) -> None:
    shown = _loaded(START, [str(sample_plan)], tmp_path)
    assert shown["shown"] == "overview"
    assert _heavy(shown["modules"]) == []
    assert "stratplanner.ui.views.overview" in shown["modules"]
    # the other views' modules load when those views are first shown
    assert "stratplanner.ui.views.chart_explorer" not in shown["modules"]
    assert "stratplanner.ui.views.stakeholders" not in shown["modules"]


def test_the_overview_screenshot_loads_no_heavy_library(tmp_path: Path, sample_plan: Path) -> None:
    shown = _loaded(SCREENSHOT, [str(sample_plan), str(tmp_path / "o.png")], tmp_path)
    assert _heavy(shown["modules"]) == []
    assert (tmp_path / "o.png").stat().st_size > 0


def test_the_workshop_view_loads_no_chart_or_server_before_they_are_needed(
    tmp_path: Path, sample_plan: Path
) -> None:
    shown = _loaded(WORKSHOP, [str(sample_plan)], tmp_path)
    assert "stratplanner.ui.workshop.console" in shown["modules"]
    for module in ("matplotlib", "aiohttp", "stratplanner.workshop.server", "stratplanner.charts"):
        assert module not in shown["modules"], module


def test_a_chart_view_loads_matplotlib_when_first_shown(qapp: Any, sample_plan: Path) -> None:
    """The other side of the bargain: the chart is there once its view is opened."""
    from stratplanner.ui.context import AppContext
    from stratplanner.ui.settings import AppSettings

    settings_dir = sample_plan.parent
    context = AppContext(AppSettings.at(settings_dir / "s.ini"), data_dir=settings_dir)
    window = context.new_window()
    try:
        assert window.open_path(sample_plan, background=False)
        assert window.workspace is not None
        view = window.workspace.show_view("maturity")
        qapp.processEvents()
        assert "matplotlib" in sys.modules
        from stratplanner.ui.widgets.mpl_canvas import MplCanvas

        assert view.findChildren(MplCanvas), "the maturity view shows no chart"
    finally:
        window.close()


def test_the_built_in_views_list_what_their_modules_register() -> None:
    """BUILT_IN_VIEWS (read before any view module loads) agrees with each module's spec."""
    listed = {spec.key: spec for spec in BUILT_IN_VIEWS}
    registered = {spec.key: spec for spec in load_views()}
    assert set(listed) <= set(registered)
    for key, spec in listed.items():
        own = registered[key]
        assert not isinstance(own.factory, DeferredView), f"{key} did not register itself"
        assert isinstance(spec.factory, DeferredView)
        assert own.factory.__module__ == spec.factory.module, key
        for field in ("title", "icon", "kinds", "tooltip", "order", "details"):
            assert getattr(own, field) == getattr(spec, field), (key, field)
    assert [s.key for s in view_specs()] == [s.key for s in registered.values()]
