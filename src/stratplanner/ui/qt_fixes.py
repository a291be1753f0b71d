"""Work around a reference-count bug in PySide6 6.12 that ends the app after many signals.

``SignalInstance.emit()`` and ``.disconnect()`` return ``True`` without taking a
reference, so each call leaves the interpreter one reference short on the
``True`` object; after some ten thousand emits (a long editing session, or a
test run) Python aborts with "bool_dealloc: deallocating True". The fix is
installed only when a probe shows the leak, so a fixed PySide6 (or a Python
with immortal booleans) runs untouched.

With the fix in place, connect a signal to a signal directly
(``a.connect(b)``), not to its ``emit`` (``a.connect(b.emit)`` then fails).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= _PROBES


def _returning_a_reference(method: Any) -> Any:
    def call(self: SignalInstance, *args: Any) -> Any:
        result = method(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    call.__doc__ = method.__doc__
    call.__wrapped__ = method  # type: ignore[attr-defined]
    return call


def install() -> bool:
    """Patch ``emit``/``disconnect`` if this PySide6 leaks; True if it was needed."""
    if getattr(SignalInstance.emit, "__wrapped__", None) is not None:
        return True
    if not _leaks_true():
        return False
    SignalInstance.emit = _returning_a_reference(SignalInstance.emit)  # type: ignore[method-assign]
    SignalInstance.disconnect = _returning_a_reference(SignalInstance.disconnect)  # type: ignore[method-assign]
    return True
