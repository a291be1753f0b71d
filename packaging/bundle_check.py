"""Self-check of a frozen bundle: what PyInstaller can leave out without failing the build.

Run it with the bundle's own interpreter:

    STRATPLANNER_BUNDLE_CHECK=1 dist/stratplanner/stratplanner-cli

Each check prints one line; the exit status is 1 if any failed. It covers
modules loaded by name (CLI command modules, the GUI), the Alembic migrations
that are read from files, data files (ours, matplotlib's, reportlab's) and
Qt's plugins. Exporting the sample plan is tested by build.sh itself.
"""

# Imports stay inside each check on purpose: a module missing from the bundle then
# fails that one check and the others still run.
# ruff: noqa: PLC0415

from __future__ import annotations

import importlib
import io
import os
import pkgutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

CHECKS: list[Callable[[], str]] = []

#: Modules that must not be imported: running __main__ would start the app, and
#: Alembic's env.py only runs inside a migration.
NOT_IMPORTED = {"stratplanner.__main__", "stratplanner.store.migrations.env"}


def check(fn: Callable[[], str]) -> Callable[[], str]:
    CHECKS.append(fn)
    return fn


@check
def every_stratplanner_module_imports() -> str:
    import stratplanner

    names = sorted(
        info.name
        for info in pkgutil.walk_packages(stratplanner.__path__, "stratplanner.")
        if info.name not in NOT_IMPORTED
    )
    for name in names:
        importlib.import_module(name)
    if not any(name.startswith("stratplanner.cli.") for name in names):
        raise AssertionError("no CLI modules in the bundle")
    return f"{len(names)} modules"


@check
def resources_are_files() -> str:
    import json

    from stratplanner.paths import resource, sample_plan_json

    json.loads(sample_plan_json().read_text(encoding="utf-8"))
    for name in ("stratplanner.svg", "stratplanner-256.png", "stratplanner-document.svg"):
        if not resource("icons", "app", name).is_file():
            raise AssertionError(f"icons/app/{name} is missing")
    fonts = resource("fonts")
    if not fonts.is_dir():
        raise AssertionError(f"{fonts} is missing")
    ttf = sorted(p.name for p in fonts.glob("*.ttf"))
    return f"sample plan, icons, {len(ttf)} fonts ({', '.join(ttf) or 'none yet'})"


@check
def alembic_finds_and_runs_the_migrations() -> str:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from stratplanner.model.entities import Base
    from stratplanner.store.migrate import MIGRATIONS_DIR, alembic_config
    from stratplanner.store.schema import REVISIONS, SCHEMA_VERSION

    for name in ("env.py", "script.py.mako"):
        if not (MIGRATIONS_DIR / name).is_file():
            raise AssertionError(f"{MIGRATIONS_DIR / name} is not a file in the bundle")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head != REVISIONS[SCHEMA_VERSION]:
        raise AssertionError(f"Alembic head is {head}, expected {REVISIONS[SCHEMA_VERSION]}")
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'm.db'}")
        try:
            with engine.begin() as conn:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            with engine.connect() as conn:
                diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        finally:
            engine.dispose()
    if diff:
        raise AssertionError(f"migrations differ from the models: {diff[:3]}")
    return f"{MIGRATIONS_DIR} → {head}, schema matches the models"


@check
def an_older_plan_is_upgraded() -> str:
    from alembic import command
    from sqlalchemy import create_engine

    from stratplanner.store import open_plan
    from stratplanner.store.migrate import alembic_config
    from stratplanner.store.schema import APPLICATION_ID, REVISIONS, SCHEMA_VERSION

    if SCHEMA_VERSION < 2:
        return "skipped: plan format 1 is the only format so far (nothing older to upgrade)"
    old = SCHEMA_VERSION - 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "old.stratplan"
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as conn:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, REVISIONS[old])
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.exec_driver_sql(f"PRAGMA user_version = {old}")
        finally:
            engine.dispose()
        with open_plan(path) as doc:
            if doc.upgraded_from != old:
                raise AssertionError(f"upgraded_from is {doc.upgraded_from}, expected {old}")
    return f"format {old} → {SCHEMA_VERSION}"


@check
def matplotlib_draws_and_saves() -> str:
    import matplotlib.backends.backend_qtagg  # noqa: F401  (the GUI's canvas)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    ax = fig.add_subplot()
    ax.barh(["Objective Ä", "Item ✓"], [3, 5])
    ax.set_title("Roadmap — check")
    sizes = []
    for fmt in ("png", "svg", "pdf"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt)
        sizes.append(f"{fmt} {buf.tell()} B")
    return ", ".join(sizes)


@check
def reportlab_and_svglib_build_a_pdf() -> str:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from svglib.svglib import svg2rlg

    from stratplanner.paths import resource

    styles = getSampleStyleSheet()
    story = [Paragraph("Board roadmap (Helvetica)", styles["Title"])]
    fonts = sorted(resource("fonts").glob("*.ttf"))
    if fonts:
        pdfmetrics.registerFont(TTFont("BundleCheckFont", str(fonts[0])))
        story.append(Paragraph('<font name="BundleCheckFont">Ünïcode ✓ €</font>', styles["Normal"]))
    drawing = svg2rlg(str(resource("icons", "app", "stratplanner.svg")))
    if drawing is None:
        raise AssertionError("svglib could not read the application icon")
    story.append(drawing)
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(story)
    if not buf.getvalue().startswith(b"%PDF"):
        raise AssertionError("not a PDF")
    return f"{buf.tell()} B PDF" + (f" with {fonts[0].name}" if fonts else "")


@check
def reportlab_uses_its_c_speedups() -> str:
    """reportlab imports _rl_accel by name (hidden from PyInstaller) and silently falls back
    to pure Python without it."""
    import _rl_accel
    from reportlab.lib import rl_accel

    if rl_accel.fp_str is not _rl_accel.fp_str:  # type: ignore[attr-defined]
        raise AssertionError("reportlab runs its pure-Python fallbacks")
    return f"_rl_accel from {Path(_rl_accel.__file__ or '?').name}"


@check
def scipy_highs_and_openpyxl_work() -> str:
    """The budget optimum (HiGHS through scipy) and the XLSX import/export, loaded lazily."""
    import numpy as np
    from openpyxl import Workbook, load_workbook
    from scipy.optimize import Bounds, LinearConstraint, milp

    # Pick items worth 5, 4, 3 costing 4, 3, 2 within a budget of 5: the best is 4 + 3.
    result = milp(
        c=-np.array([5.0, 4.0, 3.0]),
        constraints=LinearConstraint(np.array([[4.0, 3.0, 2.0]]), ub=5.0),
        integrality=np.ones(3),
        bounds=Bounds(0, 1),
    )
    if not result.success or round(-result.fun) != 7:
        raise AssertionError(f"milp gave {result.message!r}, value {-result.fun}")
    book = Workbook()
    book.active.append(["code", "title"])
    book.active.append(["CRM-1", "CRM consolidation ✓"])
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    value = load_workbook(buf, read_only=True).active["B2"].value
    if value != "CRM consolidation ✓":
        raise AssertionError(f"XLSX round trip gave {value!r}")
    return f"HiGHS optimum 7, XLSX round trip ({len(buf.getvalue())} B)"


@check
def qt_plugins_load() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtWidgets import QApplication

    from stratplanner.paths import resource

    app = QApplication.instance() or QApplication([sys.argv[0]])
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "svg", "ico", "jpg"} - formats
    if missing:
        raise AssertionError(f"Qt image formats missing: {sorted(missing)}")
    icon = QIcon(str(resource("icons", "app", "stratplanner.svg")))
    if icon.pixmap(64, 64).isNull():
        raise AssertionError("the SVG application icon does not render")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.name for p in (plugins / "platforms").iterdir())
    want = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
    native = want.get(sys.platform)
    if native and native not in platforms:
        raise AssertionError(f"{native} is not in {plugins / 'platforms'}")
    del app
    return f"platforms: {', '.join(platforms)}"


@check
def sqlite_is_recent_enough() -> str:
    return f"SQLite {sqlite3.sqlite_version}"


def run() -> int:
    from stratplanner import APP_NAME, __version__

    frozen = getattr(sys, "frozen", False)
    print(f"{APP_NAME} {__version__} bundle check ({'frozen' if frozen else 'NOT frozen'})")
    failed = 0
    for fn in CHECKS:
        name = fn.__name__.replace("_", " ")
        try:
            detail = fn()
        except Exception as exc:
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
            traceback.print_exc(file=sys.stdout)
        else:
            print(f"ok   {name}: {detail}")
    print(f"{len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run())
