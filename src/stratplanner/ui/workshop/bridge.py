"""The voting server inside the desktop app: its thread talks to Qt only through signals.

The server (``stratplanner.workshop.server``) runs aiohttp on its own thread
and event loop. It asks the plan for the round and hands it ballots through
a ``BallotBox``; here every such call hops to the GUI thread, where the plan's
one database session lives, and the server's worker waits for the answer.
Server events (a join request, a ballot) arrive as queued Qt signals.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from stratplanner.i18n import translate

T = TypeVar("T")

#: How long the server's worker waits for the GUI thread (a modal dialog may be open).
GUI_WAIT_SECONDS = 20.0


class _Invoker(QObject):
    """Runs callables on the thread it lives on (the GUI thread)."""

    call = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, job: tuple[Callable[[], Any], concurrent.futures.Future[Any]]) -> None:
        fn, future = job
        try:
            if not future.set_running_or_notify_cancel():
                return
        except RuntimeError:  # answered already by GuiThreadBox.close()
            return
        try:
            future.set_result(fn())
        except BaseException as exc:  # handed to the waiting server thread
            future.set_exception(exc)


class GuiThreadBox:
    """A ``BallotBox`` whose every call runs on the GUI thread (the server calls from its own)."""

    def __init__(self, box: Any, invoker: _Invoker):
        self._box = box
        self._invoker = invoker
        self._lock = threading.Lock()
        self._waiting: set[concurrent.futures.Future[Any]] = set()
        self._closed = False

    def close(self) -> None:
        """Answer every waiting call at once: the GUI thread is about to stop the server and
        join its worker, which would otherwise wait for the GUI thread until it timed out."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = set(self._waiting), set()
        from stratplanner.workshop.server import BallotRefused  # the server is running: loaded

        for future in waiting:
            if future.set_running_or_notify_cancel():
                future.set_exception(BallotRefused("Voting has stopped in this room."))

    def _on_gui(self, fn: Callable[[], T]) -> T:
        from stratplanner.workshop.server import BallotRefused  # the server is running: loaded

        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        with self._lock:
            if self._closed:
                raise BallotRefused("Voting has stopped in this room.")
            self._waiting.add(future)
        self._invoker.call.emit((fn, future))
        try:
            return future.result(timeout=GUI_WAIT_SECONDS)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise BallotRefused(
                "The facilitator's laptop is busy; please try again in a moment."
            ) from None
        finally:
            with self._lock:
                self._waiting.discard(future)

    def round_state(self) -> dict[str, Any]:
        return self._on_gui(self._box.round_state)

    def participants(self) -> list[dict[str, Any]]:
        return self._on_gui(self._box.participants)

    def admit(self, name: str, side: str, unit: str | None, key: str | None) -> str:
        return self._on_gui(lambda: self._box.admit(name, side, unit, key))

    def cast(self, participant: str, values: Any, abstain: bool) -> None:
        self._on_gui(lambda: self._box.cast(participant, values, abstain))

    def ballot_of(self, participant: str) -> dict[str, Any] | None:
        return self._on_gui(lambda: self._box.ballot_of(participant))


class ServerEvents(QObject):
    """The server's events as Qt signals (emitted from the server thread, delivered queued)."""

    join_requested = Signal(dict)
    admitted = Signal(dict)
    ballot_cast = Signal(dict)
    removed = Signal(dict)
    phone_reached = Signal(dict)
    #: A facilitator operation (admit, refuse, remove) failed; one sentence for the console.
    failed = Signal(str)

    def watch(self, future: concurrent.futures.Future[Any], what: str) -> None:
        """Report a failed admit/refuse/remove without waiting on it (the GUI must not block)."""

        def done(f: concurrent.futures.Future[Any]) -> None:
            if f.cancelled():
                return
            exc = f.exception()
            if exc is not None:
                self.failed.emit(
                    translate("ServerEvents", "{what} failed: {error}").format(what=what, error=exc)
                )

        future.add_done_callback(done)

    def forward(self, kind: str, payload: dict[str, Any]) -> None:
        signal = {
            "join_requested": self.join_requested,
            "admitted": self.admitted,
            "ballot_cast": self.ballot_cast,
            "removed": self.removed,
            "phone_reached": self.phone_reached,
        }.get(kind)
        if signal is not None:
            signal.emit(dict(payload))


def room_addresses() -> list[tuple[str, str]]:
    """IPv4 addresses this laptop has on its networks, as (address, interface name).

    The facilitator picks one: the server binds to it alone, never to every
    interface. 127.0.0.1 ("this laptop only") comes last, for pass-the-laptop voting.
    """
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((ip.toString(), interface.humanReadableName()))
    found.append(("127.0.0.1", translate("RoomPanel", "this laptop only")))
    return found
