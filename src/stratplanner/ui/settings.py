"""The app's remembered preferences, typed, over one QSettings (never plan data).

Everything the app remembers is declared here with its type and default;
tests point the whole thing at a temporary INI file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from stratplanner import APP_NAME

T = TypeVar("T")

MAX_RECENT = 10


class Option(Generic[T]):
    """A typed setting: ``settings.last_view`` reads the stored value or the default."""

    def __init__(self, key: str, default: T):
        self.key = key
        self.default = default

    def __get__(self, owner: AppSettings | None, _type: type | None = None) -> T:
        if owner is None:
            return self  # type: ignore[return-value]
        value = owner.qsettings.value(self.key, self.default)
        return _coerce(value, self.default)

    def __set__(self, owner: AppSettings, value: T) -> None:
        owner.qsettings.setValue(self.key, value)


def _coerce(value: Any, default: Any) -> Any:
    """INI files give strings back; turn them into the option's type (or the default)."""
    if value is None:
        return default
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    if isinstance(default, str):
        return str(value)
    return value


def _plan_key(location: str) -> str:
    return hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]


class AppSettings:
    last_folder = Option("files/last_folder", "")
    _recent = Option[list[str]]("files/recent", [])
    last_view = Option("window/last_view", "overview")
    window_geometry = Option("window/geometry", QByteArray())
    window_state = Option("window/state", QByteArray())
    workspace_splitter = Option("window/workspace_splitter", QByteArray())
    details_visible = Option("window/details_visible", True)
    #: "system", "en" or "de" (ui/translation.py); read once at start-up.
    language = Option("ui/language", "system")

    def __init__(self, qsettings: QSettings):
        self.qsettings = qsettings

    @classmethod
    def for_user(cls) -> AppSettings:
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
        )

    @classmethod
    def at(cls, path: Path) -> AppSettings:
        """Settings kept in one INI file (tests, screenshots)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- recent files -----------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        return list(self._recent)

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self._recent = [text, *(p for p in self._recent if p != text)][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        text = str(Path(path).absolute())
        self._recent = [p for p in self._recent if p != text]

    def clear_recent(self) -> None:
        self._recent = []

    # -- the details panel's width, per view ------------------------------------------
    def details_width(self, view_key: str) -> int | None:
        """The width the user left the details panel at beside ``view_key`` (None: never set)."""
        width = _coerce(self.qsettings.value(f"details_width/{view_key}"), 0)
        return width if width > 0 else None

    def set_details_width(self, view_key: str, width: int) -> None:
        self.qsettings.setValue(f"details_width/{view_key}", int(width))

    # -- first steps, per plan (keyed by a hash: no plan address in the settings) ------
    def first_steps_started(self, location: str) -> bool:
        return _coerce(self.qsettings.value(f"first_steps/{_plan_key(location)}/started"), False)

    def start_first_steps(self, location: str) -> None:
        self.qsettings.setValue(f"first_steps/{_plan_key(location)}/started", True)

    def pdf_exported(self, location: str) -> bool:
        return _coerce(self.qsettings.value(f"first_steps/{_plan_key(location)}/pdf"), False)

    def mark_pdf_exported(self, location: str) -> None:
        self.qsettings.setValue(f"first_steps/{_plan_key(location)}/pdf", True)

    def sync(self) -> None:
        self.qsettings.sync()
