"""Start the desktop app: ``run(paths)`` is what ``stratplanner [PLAN…]`` calls."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from stratplanner import APP_NAME, __version__
from stratplanner.i18n import translate
from stratplanner.ui import gc_guard
from stratplanner.ui.context import AppContext
from stratplanner.ui.icons import app_icon
from stratplanner.ui.settings import AppSettings
from stratplanner.ui.translation import TranslationUnavailable, install_language


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once with the app's name and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv or [APP_NAME]))
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("stratplanner")
    gc_guard.install(app)
    return app


def _report_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A bug must not end the session or show a traceback: log it, tell the user in one line."""
    traceback.print_exception(kind, error, tb, file=sys.stderr)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            status = getattr(widget, "statusBar", None)
            if widget.isVisible() and callable(status):
                status().showMessage(
                    translate(
                        "App",
                        "{app} hit an unexpected problem ({error}); your plan is safe. "
                        "Details are in the terminal log; please report it.",
                    ).format(app=APP_NAME, error=kind.__name__),
                    20000,
                )


def run(paths: Sequence[str]) -> int:
    app = application(sys.argv[:1])
    context = AppContext(AppSettings.for_user())
    try:
        install_language(context.settings.language)
    except TranslationUnavailable as error:  # a checkout without built catalogues: English
        print(error, file=sys.stderr)
    sys.excepthook = _report_unexpected
    window = context.new_window()
    for path in paths:
        target = context.windows[-1] if context.windows else window
        if "://" in path:  # a team plan on a server (never through Path, which mangles it)
            target.open_location(path)
        else:
            target.open_path(path)
    return int(app.exec())
