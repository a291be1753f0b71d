"""What every window shares, passed explicitly: settings, dialogs, data folder, the open windows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from stratplanner.ui.dialogs import Dialogs
from stratplanner.ui.main_window import MainWindow
from stratplanner.ui.settings import AppSettings


def default_data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".stratplanner"


@dataclass
class AppContext:
    settings: AppSettings
    dialogs: Dialogs = field(default_factory=Dialogs)
    #: Where the sample plan is created.
    data_dir: Path = field(default_factory=default_data_dir)
    windows: list[MainWindow] = field(default_factory=list)

    def new_window(self) -> MainWindow:
        window = MainWindow(self)
        if self.windows:
            last = self.windows[-1]
            window.move(last.pos().x() + 32, last.pos().y() + 32)
        self.windows.append(window)
        window.show()
        return window

    def window_for(self, path: Path) -> MainWindow | None:
        """The window that has ``path`` open, if any."""
        target = Path(path).absolute()
        for window in self.windows:
            if window.plan_path is not None and window.plan_path.absolute() == target:
                return window
        return None

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def quit(self) -> None:
        """Close every window (each saves its geometry and closes its plan)."""
        for window in list(self.windows):
            window.close()
