"""Work around the reference-count bug of PySide6 6.12.0, for a PySide6 installed outside our range.

Two conversions of PySide6 6.12.0 hand Python an object without taking a
reference for it:

* ``SignalInstance.emit()`` and ``.disconnect()`` return ``True`` unowned;
* every method returning an empty ``QVariant`` (``QComboBox.currentData()``
  of an item without data, ``QModelIndex.data()`` of an empty cell,
  ``QObject.property()`` of an unset property…) returns ``None`` unowned.

Each call leaves the interpreter one reference short on ``True`` or ``None``;
after some ten thousand calls Python 3.11 aborts with "deallocating
True/None". This patch does not reach every path (the Stakeholders view of a
20,000-item plan still aborted with it), so pyproject.toml and the bundle
exclude 6.12.0 instead. Probed on 2026-12-06 with Python 3.11: 6.6.3.1, 6.7.3,
6.8.3, 6.9.3, 6.10.3, 6.11.0 and 6.11.3 leak nothing; 6.12.0 leaks one
reference a call. The patch stays for a PySide6 that came from elsewhere
(a distribution package, ``pip install --no-deps``): it is installed only
when the probe at start-up finds the leak, and never on Python 3.12+, whose
``None`` and ``True`` are immortal. tests/ui/test_big_plan_views.py opens
every view of a big plan with the installed release.

With the fix in place, connect a signal to a signal directly
(``a.connect(b)``), not to its ``emit`` (``a.connect(b.emit)`` then fails).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal, SignalInstance
from PySide6.QtGui import QAction, QStandardItem
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

_PROBES = 8

#: Methods that return a QVariant, as (class, name); the ones the app and its tests call.
_VARIANT_METHODS: list[tuple[type, str]] = [
    (QModelIndex, "data"),
    (QPersistentModelIndex, "data"),
    (QComboBox, "currentData"),
    (QComboBox, "itemData"),
    (QListWidgetItem, "data"),
    (QTableWidgetItem, "data"),
    (QTreeWidgetItem, "data"),
    (QStandardItem, "data"),
    (QAction, "data"),
    (QObject, "property"),
]


class _Probe(QObject):
    ping = Signal()


def _leaks(singleton: object, call: Callable[[], object]) -> bool:
    before = sys.getrefcount(singleton)
    for _ in range(_PROBES):
        call()
    return before - sys.getrefcount(singleton) >= _PROBES


def _owning(method: Any, singletons: tuple[object, ...]) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        if any(result is s for s in singletons):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    call.__doc__ = method.__doc__
    call.__wrapped__ = method  # type: ignore[attr-defined]
    return call


def install() -> list[str]:
    """Patch what this PySide6 leaks; returns the names of the methods patched."""
    patched: list[str] = []
    if sys.version_info >= (3, 12):
        return patched  # immortal singletons: an unowned None or True can't be freed
    probe = _Probe()
    if getattr(SignalInstance.emit, "__wrapped__", None) is None and _leaks(True, probe.ping.emit):
        for name in ("emit", "disconnect"):
            setattr(SignalInstance, name, _owning(getattr(SignalInstance, name), (True, False)))
            patched.append(f"SignalInstance.{name}")
    if getattr(QModelIndex.data, "__wrapped__", None) is None and _leaks(None, QModelIndex().data):
        for cls, name in _VARIANT_METHODS:
            setattr(cls, name, _owning(getattr(cls, name), (None,)))
            patched.append(f"{cls.__name__}.{name}")
    return patched
