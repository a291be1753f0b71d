"""GUI test set-up: settings in a temp INI, scripted dialogs, and no real modal dialog ever."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import use_catalogues
from PySide6.QtWidgets import QFileDialog, QMessageBox

from stratplanner.ui import gc_guard, translation
from stratplanner.ui.context import AppContext
from stratplanner.ui.dialogs import Dialogs
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.settings import AppSettings

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog nobody scripted would block the run: make it fail the test instead."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        pytest.fail("A real modal dialog was opened; route it through Dialogs and script it.")

    for name in ("critical", "warning", "information", "question", "about", "aboutQt"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QFileDialog, "exec", refuse)


class ScriptedDialogs(Dialogs):
    """Answers given in advance; every question asked is recorded."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.paths: list[str | None] = []
        self.confirmations: list[bool] = []

    def _next_path(self, kind: str, *details: str) -> str | None:
        self.calls.append((kind, *details))
        if not self.paths:
            pytest.fail(f"Unexpected {kind} dialog")
        return self.paths.pop(0)

    def open_plan_path(self, parent: Any, folder: str) -> str | None:
        return self._next_path("open", folder)

    def save_plan_path(self, parent: Any, title: str, suggested: str) -> str | None:
        return self._next_path("save", title, suggested)

    def confirm(self, parent: Any, title: str, text: str, action: str) -> bool:
        self.calls.append(("confirm", title, text, action))
        if not self.confirmations:
            pytest.fail(f"Unexpected confirmation: {title}: {text}")
        return self.confirmations.pop(0)

    def error(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def about(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("about", title, text))

    def of(self, kind: str) -> list[tuple[str, ...]]:
        return [c for c in self.calls if c[0] == kind]


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings.at(tmp_path / "settings" / "stratplanner.ini")


@pytest.fixture
def context(
    qapp: Any, settings: AppSettings, dialogs: ScriptedDialogs, tmp_path: Path
) -> Iterator[AppContext]:
    gc_guard.install(qapp)  # as application() does: collect on the GUI thread only
    ctx = AppContext(settings, dialogs, data_dir=tmp_path / "app-data")
    yield ctx
    ctx.quit()


@pytest.fixture
def window(qtbot: Any, context: AppContext) -> MainWindow:
    win = context.new_window()
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def plan_window(window: MainWindow, sample_plan: Path) -> MainWindow:
    assert window.open_path(sample_plan)
    return window


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """stratplanner_<lang>.qm compiled once per run from the committed .ts files (lrelease)."""
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "translations_script", root / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    into = tmp_path_factory.mktemp("qm")
    built = script.build(into)
    assert {p.name for p in built} == {"stratplanner_de.qm", "stratplanner_en.qm"}
    return into


@pytest.fixture
def german(qapp: Any, compiled_catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German for Qt and i18n; listed before the window fixtures, so the window is German."""
    use_catalogues(monkeypatch, compiled_catalogues)
    assert translation.install_language("de") == "de"
    yield
    translation.uninstall()
