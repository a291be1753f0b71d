"""``--language``: the commands that draw for people (the PDF, screenshots) in a chosen language.

Without the option the command line writes English, as it always did, and loads no Qt. With
it, ``stratplanner.ui.translation`` (QtCore only) loads the compiled catalogue; it is imported
with importlib, as the GUI launcher is, so ``cli`` keeps no import of ``ui``.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager

from stratplanner.cli.common import CliError
from stratplanner.i18n import LANGUAGES

CHOICES = ("system", *LANGUAGES)


def add_language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--language",
        choices=CHOICES,
        type=str.lower,
        help=(
            f"the language of {what}: {', '.join(LANGUAGES)} or system (the computer's "
            "language); default English"
        ),
    )


@contextmanager
def chosen_language(choice: str | None, *, gui: bool = False) -> Iterator[str]:
    """Run the block in ``choice`` (None: English, nothing loaded); yields the language code.
    The language is uninstalled afterwards (``main(argv)`` runs in-process in the tests).

    ``gui``: the command draws widgets, so the QApplication is made first (offscreen unless a
    display is set up), as a QCoreApplication made here would stand in its way."""
    if choice is None:
        yield "en"
        return
    try:
        translation = importlib.import_module("stratplanner.ui.translation")
        if gui:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            importlib.import_module("stratplanner.ui.app").application()
    except ImportError as exc:
        raise CliError(f"--language needs the desktop app's libraries (PySide6): {exc}.") from None
    try:
        language: str = translation.install_language(choice)
    except translation.TranslationUnavailable as exc:
        raise CliError(str(exc)) from None
    try:
        yield language
    finally:
        translation.uninstall()
