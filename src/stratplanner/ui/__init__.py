"""The desktop app (PySide6); the only package that imports Qt."""

from stratplanner.ui import qt_fixes

qt_fixes.install()
