"""The workshop voting server: aiohttp on its own thread, serving one room's phones.

Qt-free and database-free: the plan is reached only through a :class:`BallotBox`,
called from ONE worker thread (the GUI's box hops to the Qt thread and waits),
and the facilitator's console hears about phones through ``on_event``. Round
state is cached and refreshed on :meth:`WorkshopServer.notify_changed`, so sixty
phones polling every 1.5 s cost the plan nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import json
import logging
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from aiohttp import web

from stratplanner.paths import resource
from stratplanner.workshop import security
from stratplanner.workshop.security import Limits

log = logging.getLogger(__name__)

T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

KEY_HEADER = "X-Workshop-Key"
WAIT_HEADER = "X-Workshop-Wait"
SIDES = ("business", "it")
MAX_NAME = 80
#: Answered join requests are kept this long so a phone that missed the answer still gets it.
ANSWER_KEPT_SECONDS = 600.0
#: The cached round state is re-read this often even without notify_changed (a safety net).
STATE_REFRESH_SECONDS = 15.0
EVENTS = ("join_requested", "admitted", "ballot_cast", "removed")

_PAGE_FILES = {
    "/": ("vote.html", "text/html"),
    "/s/vote.js": ("vote.js", "text/javascript"),
    "/s/vote.css": ("vote.css", "text/css"),
}


class BallotRefused(Exception):
    """str(exc) is one sentence for the participant's phone."""


class WorkshopError(Exception):
    """A facilitator operation that can't be done; str(exc) is one sentence for the console."""


class BallotBox(Protocol):
    """What the server asks of the plan; blocking calls, made from one worker thread."""

    def round_state(self) -> dict[str, Any]: ...
    def participants(self) -> list[dict[str, Any]]: ...
    def admit(self, name: str, side: str, unit: str | None, key: str | None) -> str: ...
    def cast(self, participant: str, values: Any, abstain: bool) -> None: ...
    def ballot_of(self, participant: str) -> dict[str, Any] | None: ...


class _Refusal(Exception):
    """An HTTP refusal with one sentence, turned into ``{"error": sentence}``."""

    def __init__(self, status: int, sentence: str, retry_after: float | None = None):
        super().__init__(sentence)
        self.status = status
        self.retry_after = retry_after


@dataclass
class JoinRequest:
    id: str
    wait: str
    name: str
    side: str
    unit: str | None
    key: str | None
    address: str
    nonce: str
    requested: float
    note: str = ""
    status: str = "pending"  # pending | admitting (auto) | admitted | refused
    device_key: str | None = None
    participant: str | None = None
    answered: float = 0.0

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "side": self.side,
            "unit": self.unit,
            "key": self.key,
            "address": self.address,
            "note": self.note,
            "requested_at": datetime.fromtimestamp(self.requested, UTC).isoformat(),
        }


@dataclass
class _Device:
    participant: str
    name: str
    side: str
    nonces: security.SeenNonces = field(default_factory=security.SeenNonces)
    in_flight: set[str] = field(default_factory=set)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _clean_text(value: object, limit: int) -> str | None:
    """One line of participant text, or None when it isn't usable."""
    if not isinstance(value, str):
        return None
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())
    if not text or len(text) > limit:
        return None
    return text


def _json_number(text: str) -> float:
    raise ValueError(f"{text} is not a number")


class WorkshopServer:
    """One room's voting server; start() returns once listening, stop() frees everything."""

    def __init__(
        self,
        box: BallotBox,
        bind: str,
        port: int = 0,
        *,
        on_event: Callable[[str, dict[str, Any]], None] | None = None,
        auto_admit_registered: bool = False,
        max_participants: int = 200,
        limits: Limits | None = None,
    ):
        self._address = security.check_bind_address(bind)
        if not 0 <= port <= 65535:
            raise ValueError(f"Port {port} is not a port number; use 0 for any free port.")
        self._box = box
        self._requested_port = port
        self._on_event = on_event
        self.auto_admit_registered = auto_admit_registered
        self.max_participants = max_participants
        self.limits = limits or Limits()
        self._secret_lock = threading.Lock()
        self._token = security.new_join_token()
        self._pin = security.new_pin()
        self._port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._box_thread: threading.Thread | None = None
        self._stopped = False
        self._pages: dict[str, tuple[bytes, str]] = {}
        # Loop-thread state: touched only by coroutines on the server's event loop.
        self._devices: dict[bytes, _Device] = {}
        self._removed_devices: set[bytes] = set()
        self._removed: set[str] = set()
        self._requests: dict[str, JoinRequest] = {}
        #: Addresses that have opened the page: the first from another device proves the
        #: room's network lets phones reach this laptop (guest Wi-Fi often does not).
        self._reached: set[str] = set()
        self._state: dict[str, Any] = {}
        self._state_version = 0
        self._state_read = 0.0
        self._refreshing: asyncio.Task[None] | None = None
        self._ballots: dict[str, dict[str, Any] | None] = {}
        self._ballot_versions: dict[str, int] = {}
        self._voters: set[str] = set()
        self._round_code: object = None
        self._ids = itertools.count(1)
        self._address_bucket = security.TokenBucket(
            self.limits.address_requests_per_window, self.limits.window_seconds
        )
        self._key_bucket = security.TokenBucket(
            self.limits.requests_per_window, self.limits.window_seconds
        )
        self._failures = security.FailureWindow(self.limits.failed_codes_per_minute)
        self._room_pin_failures = security.FailureWindow(self.limits.failed_pins_per_minute_in_room)

    # ----- addresses and secrets -------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def host(self) -> str:
        """``ADDRESS:PORT``, the only Host header served."""
        return security.host_text(self._address, self._port)

    @property
    def origin(self) -> str:
        return f"http://{self.host}"

    @property
    def room_url(self) -> str:
        """The short address to type, with the PIN, when the QR code can't be scanned."""
        return f"{self.origin}/"

    @property
    def join_url(self) -> str:
        with self._secret_lock:
            return f"{self.origin}/j/{self._token}"

    @property
    def pin(self) -> str:
        with self._secret_lock:
            return self._pin

    def rotate_token(self) -> str:
        """A new join token and PIN (the old ones stop working); admitted phones keep working.

        Returns the new join URL for the projector.
        """
        with self._secret_lock:
            self._token = security.new_join_token()
            self._pin = security.new_pin()
        return self.join_url

    # ----- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Listen on the bound address; returns once listening, raises OSError if it can't."""
        if self._thread is not None:
            raise RuntimeError("This workshop server was already started; make a new one.")
        self._load_pages()
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="workshop-box"
        )
        self._box_thread = self._executor.submit(threading.current_thread).result()
        started: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(
            target=self._serve, args=(started,), name="workshop-server", daemon=True
        )
        self._thread.start()
        try:
            started.result(timeout=30)
        except BaseException:
            self._thread.join(timeout=10)
            self._shutdown_executor(10)
            raise

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and free the port; safe to call twice or before start()."""
        if self._stopped or self._thread is None:
            self._stopped = True
            return
        if threading.current_thread() is self._thread:
            raise RuntimeError("stop() can't be called from the server's own thread.")
        self._stopped = True
        loop = self._loop
        if loop is not None and loop.is_running():
            future = asyncio.run_coroutine_threadsafe(self._close(), loop)
            try:
                future.result(timeout=timeout)
            except (concurrent.futures.TimeoutError, RuntimeError):
                log.warning("The workshop server did not close in %.0f s", timeout)
                loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=timeout)
        self._shutdown_executor(timeout)

    def _shutdown_executor(self, timeout: float) -> None:
        if self._executor is not None:
            # Not waiting here: a box call blocked on the caller's own (GUI) thread would deadlock.
            self._executor.shutdown(wait=False, cancel_futures=True)
        if self._box_thread is not None and self._box_thread is not threading.current_thread():
            self._box_thread.join(timeout=timeout)

    def __enter__(self) -> WorkshopServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _load_pages(self) -> None:
        for path, (name, kind) in _PAGE_FILES.items():
            self._pages[path] = (resource("workshop", name).read_bytes(), kind)

    def _serve(self, started: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._open())
        except BaseException as exc:
            started.set_exception(exc)
            loop.run_until_complete(self._cleanup_runner())
            loop.close()
            return
        started.set_result(None)
        try:
            loop.run_forever()
        finally:
            tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _open(self) -> None:
        app = web.Application(
            client_max_size=self.limits.body_bytes,
            middlewares=[self._guard],
        )
        app.on_response_prepare.append(self._add_headers)
        app.router.add_get("/", self._page)
        app.router.add_get("/j/{token}", self._page)
        app.router.add_get("/s/{name}", self._page)
        app.router.add_post("/api/entry", self._api_entry)
        app.router.add_post("/api/join", self._api_join)
        app.router.add_get("/api/join/{request}", self._api_join_status)
        app.router.add_get("/api/state", self._api_state)
        app.router.add_post("/api/ballot", self._api_ballot)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(
            self._runner, self._address.compressed, self._requested_port, reuse_address=False
        )
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        await self._refresh_state()
        asyncio.get_running_loop().create_task(self._refresh_periodically())

    async def _cleanup_runner(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _close(self) -> None:
        await self._cleanup_runner()
        asyncio.get_running_loop().stop()

    # ----- facilitator operations (any thread) -------------------------------------------------

    def _submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        loop = self._loop
        if loop is None or self._stopped or not loop.is_running():
            coro.close()
            raise WorkshopError("The voting server is not running; start it first.")
        return asyncio.run_coroutine_threadsafe(coro, loop)

    def _ask(self, fn: Callable[[], T]) -> T:
        """Read loop-thread state from any thread (directly when already on it)."""
        if threading.current_thread() is self._thread:
            return fn()

        async def read() -> T:
            return fn()

        return self._submit(read()).result(timeout=10)

    def pending(self) -> list[dict[str, Any]]:
        """Join requests waiting for the facilitator, oldest first."""
        return self._ask(
            lambda: [r.public() for r in self._requests.values() if r.status == "pending"]
        )

    def voters(self) -> list[str]:
        """Participant keys that voted (or abstained) in the current round, through this server."""
        return self._ask(lambda: sorted(self._voters))

    def admitted(self) -> list[dict[str, Any]]:
        """Participants with at least one admitted phone: [{"key","name","side","phones"}]."""

        def read() -> list[dict[str, Any]]:
            found: dict[str, dict[str, Any]] = {}
            for device in self._devices.values():
                entry = found.setdefault(
                    device.participant,
                    {
                        "key": device.participant,
                        "name": device.name,
                        "side": device.side,
                        "phones": 0,
                    },
                )
                entry["phones"] += 1
            return list(found.values())

        return self._ask(read)

    def admit_request(
        self, request_id: str, key: str | None = None
    ) -> concurrent.futures.Future[str]:
        """Let a waiting phone in (as registered participant ``key`` if given).

        Returns at once; the future gives the participant key (or a WorkshopError) and the
        "admitted" event follows. Never wait on it from the thread that serves the box.
        """
        return self._submit(self._admit_request(request_id, key))

    def refuse_request(self, request_id: str) -> concurrent.futures.Future[None]:
        return self._submit(self._refuse_request(request_id))

    def remove(self, participant_key: str) -> concurrent.futures.Future[None]:
        """Every phone of this participant stops working; they may ask to join again."""
        return self._submit(self._remove(participant_key))

    def notify_changed(self) -> None:
        """The round changed (opened, closed, revealed): phones see it at their next poll."""
        loop = self._loop
        if loop is not None and not self._stopped and loop.is_running():
            loop.call_soon_threadsafe(self._schedule_refresh)

    # ----- loop-thread internals ---------------------------------------------------------------

    def _emit(self, kind: str, payload: dict[str, Any]) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(kind, payload)
        except Exception:
            log.exception("The workshop event handler failed on %s", kind)

    async def _call_box(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        if self._executor is None:
            raise _Refusal(503, "The voting server is shutting down; ask the facilitator.")
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except RuntimeError as exc:
            if "shutdown" in str(exc):
                raise _Refusal(503, "The voting server is shutting down.") from None
            raise

    def _schedule_refresh(self) -> None:
        if self._refreshing is not None and not self._refreshing.done():
            # One more read after the running one, so the latest change is never missed.
            previous = self._refreshing

            async def after() -> None:
                await asyncio.gather(previous, return_exceptions=True)
                await self._refresh_state()

            self._refreshing = asyncio.get_running_loop().create_task(after())
            return
        self._refreshing = asyncio.get_running_loop().create_task(self._refresh_state())

    async def _refresh_state(self) -> None:
        try:
            state = await self._call_box(self._box.round_state)
        except Exception:
            log.exception("The plan did not give the round's state")
            return
        if not isinstance(state, dict):
            log.error("round_state() gave %r, not a dict", type(state))
            return
        round_code = state.get("round")
        if round_code != self._round_code:
            self._voters.clear()
            self._round_code = round_code
        self._state = state
        self._state_version += 1
        self._state_read = time.monotonic()
        # Stored ballots may have changed with the round: phones fetch theirs again.
        self._ballots.clear()

    async def _refresh_periodically(self) -> None:
        while True:
            await asyncio.sleep(STATE_REFRESH_SECONDS)
            if time.monotonic() - self._state_read >= STATE_REFRESH_SECONDS:
                self._schedule_refresh()

    def _active_participants(self) -> set[str]:
        return {device.participant for device in self._devices.values()}

    def _reserved_participants(self) -> set[str]:
        """Participants with a phone, or with one being let in right now (auto-admission)."""
        admitting = {
            r.key for r in self._requests.values() if r.status == "admitting" and r.key is not None
        }
        return self._active_participants() | admitting

    def _room_full_for(self, participant: str | None) -> bool:
        active = self._reserved_participants()
        return participant not in active and len(active) >= self.max_participants

    def _room_full_sentence(self) -> str:
        return (
            f"The room is full ({self.max_participants} participants); "
            "ask the facilitator to let you in."
        )

    async def _admit_request(self, request_id: str, key: str | None) -> str:
        request = self._requests.get(request_id)
        if request is None or request.status != "pending":
            raise WorkshopError("That join request is no longer waiting; refresh the list.")
        if key is not None:
            registered = {p.get("key"): p for p in await self._call_box(self._box.participants)}
            if key not in registered:
                raise WorkshopError("That participant is not in the plan; choose another.")
            person = registered[key]
            request.key, request.name = key, str(person.get("name") or request.name)
            request.side = str(person.get("side") or request.side)
            request.unit = person.get("unit") or request.unit
        if self._room_full_for(request.key):
            raise WorkshopError(self._room_full_sentence())
        request.status = "admitting"  # a second click on "Admit" finds it no longer waiting
        try:
            participant = await self._call_box(
                self._box.admit, request.name, request.side, request.unit, request.key
            )
        except BallotRefused as exc:
            request.status = "pending"
            raise WorkshopError(str(exc)) from None
        except BaseException:
            request.status = "pending"
            raise
        self._removed.discard(participant)
        self._grant(request, participant)
        return participant

    def _grant(self, request: JoinRequest, participant: str) -> None:
        device_key = security.new_device_key()
        self._devices[security.key_digest(device_key)] = _Device(
            participant, request.name, request.side
        )
        request.status, request.device_key = "admitted", device_key
        request.participant = participant
        request.answered = time.monotonic()
        self._emit(
            "admitted",
            {
                "request": request.id,
                "participant": participant,
                "name": request.name,
                "side": request.side,
                "unit": request.unit,
            },
        )

    async def _refuse_request(self, request_id: str) -> None:
        request = self._requests.get(request_id)
        if request is None or request.status != "pending":
            raise WorkshopError("That join request is no longer waiting; refresh the list.")
        request.status = "refused"
        request.answered = time.monotonic()

    async def _remove(self, participant: str) -> None:
        gone = [d for d, device in self._devices.items() if device.participant == participant]
        for digest in gone:
            del self._devices[digest]
            self._removed_devices.add(digest)
        self._removed.add(participant)
        self._voters.discard(participant)
        self._emit("removed", {"participant": participant, "phones": len(gone)})

    def _forget_old_requests(self) -> None:
        now = time.monotonic()
        for rid, request in list(self._requests.items()):
            answered = request.status in ("admitted", "refused")
            if answered and now - request.answered > ANSWER_KEPT_SECONDS:
                del self._requests[rid]

    # ----- HTTP: the guard every request passes ------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        is_api = request.path.startswith("/api/")
        try:
            self._check_request(request)
            self._note_reached(request)
            return await handler(request)
        except _Refusal as refusal:
            return self._refusal(refusal, is_api)
        except web.HTTPRequestEntityTooLarge:
            return self._refusal(
                _Refusal(413, "That is too much to send at once; vote again with less."), is_api
            )
        except web.HTTPException as exc:
            if exc.status >= 400 and is_api:
                return self._refusal(_Refusal(exc.status, exc.reason + "."), True)
            raise
        except Exception:
            log.exception("The workshop server failed on %s %s", request.method, request.path)
            return self._refusal(
                _Refusal(500, "Something went wrong on the facilitator's laptop; try again."),
                is_api,
            )

    def _note_reached(self, request: web.Request) -> None:
        address = request.remote or ""
        if address and address not in self._reached and len(self._reached) < 1000:
            self._reached.add(address)
            own = address == str(self._address)
            self._emit("phone_reached", {"address": address, "own": own})

    def _check_request(self, request: web.Request) -> None:
        host = request.headers.get("Host", "")
        expected = self.host
        port_80 = self._port == 80 and host == expected.rsplit(":", 1)[0]
        if host != expected and not port_80:
            raise _Refusal(421, "This server answers only at its own address.")
        address = request.remote or "?"
        wait = self._address_bucket.take(address)
        if wait:
            raise _Refusal(429, "Too many requests from this phone; wait a moment.", wait)
        device_key = request.headers.get(KEY_HEADER)
        if device_key is not None:
            wait = self._key_bucket.take(security.key_digest(device_key).hex())
            if wait:
                raise _Refusal(429, "Too many requests from this phone; wait a moment.", wait)
        site = request.headers.get("Sec-Fetch-Site")
        if request.path.startswith("/api/") and site not in (None, "same-origin", "none"):
            raise _Refusal(403, "Requests from other web sites are refused.")
        if request.method not in ("GET", "HEAD"):
            origin = request.headers.get("Origin")
            if origin is None:
                if device_key is None or self._device_for(device_key) is None:
                    raise _Refusal(403, "Requests from other web sites are refused.")
            elif origin != self.origin:
                raise _Refusal(403, "Requests from other web sites are refused.")
            if request.content_type != "application/json":
                raise _Refusal(415, "Send the vote as JSON; reload the page and try again.")
            if (request.content_length or 0) > self.limits.body_bytes:
                raise _Refusal(413, "That is too much to send at once; vote again with less.")

    def _refusal(self, refusal: _Refusal, as_json: bool) -> web.Response:
        headers = {}
        if refusal.retry_after is not None:
            headers["Retry-After"] = str(max(1, round(refusal.retry_after + 0.5)))
        if as_json:
            return web.json_response(
                {"error": str(refusal)}, status=refusal.status, headers=headers
            )
        return web.Response(text=str(refusal), status=refusal.status, headers=headers)

    @staticmethod
    async def _add_headers(request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(security.SECURITY_HEADERS)

    def _device_for(self, device_key: str | None) -> _Device | None:
        if not device_key:
            return None
        return self._devices.get(security.key_digest(device_key))

    def _require_device(self, request: web.Request) -> _Device:
        device_key = request.headers.get(KEY_HEADER)
        device = self._device_for(device_key)
        if device is not None:
            return device
        if device_key and security.key_digest(device_key) in self._removed_devices:
            raise _Refusal(
                401,
                "The facilitator removed this phone from the vote; ask them to let you back in.",
            )
        raise _Refusal(401, "This phone hasn't been let in yet; join the vote again.")

    async def _read_json(self, request: web.Request) -> dict[str, Any]:
        body = await request.read()
        try:
            data = json.loads(body.decode("utf-8"), parse_constant=_json_number)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise _Refusal(400, "The phone sent something unreadable; reload the page.") from None
        if not isinstance(data, dict):
            raise _Refusal(400, "The phone sent something unreadable; reload the page.")
        return data

    def _check_code(self, request: web.Request, data: dict[str, Any]) -> None:
        """The join token or the PIN, with failures limited per address and for PINs per room."""
        address = request.remote or "?"
        locked = self._failures.locked(address)
        if locked:
            raise _Refusal(
                429, "Too many wrong codes from this phone; wait a minute and try again.", locked
            )
        with self._secret_lock:
            token, pin = self._token, self._pin
        if "token" in data and data["token"] is not None:
            if security.same_secret(data["token"], token):
                return
            self._failures.fail(address)
            raise _Refusal(
                403, "This join link is no longer valid; scan the QR code on the screen again."
            )
        if self._room_pin_failures.locked("room"):
            raise _Refusal(
                429, "Too many wrong PINs in the room; scan the QR code on the screen instead.", 60
            )
        if security.pin_matches(data.get("pin"), pin):
            return
        self._failures.fail(address)
        self._room_pin_failures.fail("room")
        raise _Refusal(403, "That PIN is not right; check the six digits on the screen.")

    # ----- HTTP: pages and API -----------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        path = request.path if request.path.startswith("/s/") else "/"
        found = self._pages.get(path)
        if found is None:
            raise web.HTTPNotFound()
        body, kind = found
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _api_entry(self, request: web.Request) -> web.Response:
        """A valid token or PIN: the names to choose from."""
        data = await self._read_json(request)
        self._check_code(request, data)
        people = await self._call_box(self._box.participants)
        return web.json_response(
            {
                "workshop": self._state.get("workshop"),
                "question": self._state.get("question"),
                "participants": [
                    {
                        "key": p.get("key"),
                        "name": p.get("name"),
                        "side": p.get("side"),
                        "unit": p.get("unit"),
                    }
                    for p in people
                ],
            }
        )

    async def _api_join(self, request: web.Request) -> web.Response:
        data = await self._read_json(request)
        self._check_code(request, data)
        nonce = data.get("nonce")
        if not isinstance(nonce, str) or not security.NONCE_SHAPE.fullmatch(nonce):
            raise _Refusal(400, "The phone sent something unreadable; reload the page.")
        address = request.remote or "?"
        self._forget_old_requests()
        for earlier in self._requests.values():
            if earlier.nonce == nonce and earlier.address == address:
                return self._join_answer(earlier)  # the phone retried; same request
        key = data.get("key")
        if key is not None:
            registered = {p.get("key"): p for p in await self._call_box(self._box.participants)}
            person = registered.get(key) if isinstance(key, str) else None
            if person is None:
                raise _Refusal(400, "That name is not on the list; choose again.")
            name = str(person.get("name") or "")
            side = str(person.get("side") or "")
            unit = person.get("unit")
        else:
            name = _clean_text(data.get("name"), MAX_NAME) or ""
            side = str(data.get("side")) if data.get("side") in SIDES else ""
            unit = _clean_text(data.get("unit"), MAX_NAME) if data.get("unit") else None
            if not name:
                raise _Refusal(400, f"Type your name (up to {MAX_NAME} characters).")
            if not side:
                raise _Refusal(400, "Choose whether you are on the business side or in IT.")
        if self._room_full_for(key):
            raise _Refusal(403, self._room_full_sentence())
        has_phone = key is not None and key in self._reserved_participants()
        auto = (
            self.auto_admit_registered
            and key is not None
            and key not in self._removed
            and not has_phone
        )
        if not auto:
            pending = [r for r in self._requests.values() if r.status == "pending"]
            if len(pending) >= self.limits.pending_requests:
                raise _Refusal(
                    429, "Too many people are waiting to be let in; try again in a minute.", 30
                )
            if sum(r.address == address for r in pending) >= self.limits.pending_per_address:
                raise _Refusal(
                    429, "This phone is already waiting to be let in; wait a moment.", 30
                )
        join = JoinRequest(
            id=f"r{next(self._ids)}",
            wait=secrets.token_urlsafe(16),
            name=name,
            side=side,
            unit=unit if isinstance(unit, str) else None,
            key=key,
            address=address,
            nonce=nonce,
            requested=time.time(),
            note="already has a phone in the room" if has_phone else "",
            status="admitting" if auto else "pending",
        )
        self._requests[join.id] = join
        if not auto:
            self._emit("join_requested", join.public())
            return self._join_answer(join)
        try:
            participant = await self._call_box(self._box.admit, name, side, join.unit, key)
        except BallotRefused as exc:
            del self._requests[join.id]
            raise _Refusal(403, str(exc)) from None
        except BaseException:
            del self._requests[join.id]
            raise
        self._grant(join, participant)
        return self._join_answer(join)

    def _join_answer(self, join: JoinRequest) -> web.Response:
        if join.status == "admitted":
            return web.json_response(
                {"status": "admitted", "device_key": join.device_key, "name": join.name}
            )
        if join.status == "refused":
            return web.json_response(
                {
                    "status": "refused",
                    "error": "The facilitator did not let this phone in; ask them why.",
                }
            )
        return web.json_response(
            {"status": "pending", "request": join.id, "wait": join.wait, "name": join.name},
            status=202,
        )

    async def _api_join_status(self, request: web.Request) -> web.Response:
        join = self._requests.get(request.match_info["request"])
        if join is None or not security.same_secret(request.headers.get(WAIT_HEADER), join.wait):
            raise _Refusal(404, "This join request has expired; join again.")
        return self._join_answer(join)

    async def _ballot_for(self, participant: str) -> tuple[dict[str, Any] | None, int]:
        if participant not in self._ballots:
            stored = await self._call_box(self._box.ballot_of, participant)
            self._ballots[participant] = stored
        return self._ballots[participant], self._ballot_versions.get(participant, 0)

    async def _api_state(self, request: web.Request) -> web.Response:
        device = self._require_device(request)
        ballot, ballot_version = await self._ballot_for(device.participant)
        version = f"{self._state_version}.{ballot_version}"
        if request.query.get("v") == version:
            return web.json_response({"v": version, "same": True})
        return web.json_response(
            {
                "v": version,
                "now": _now_iso(),
                "me": {"name": device.name, "side": device.side},
                "round": self._state,
                "ballot": ballot,
            }
        )

    async def _api_ballot(self, request: web.Request) -> web.Response:
        device = self._require_device(request)
        data = await self._read_json(request)
        nonce = data.get("nonce")
        if not isinstance(nonce, str) or not security.NONCE_SHAPE.fullmatch(nonce):
            raise _Refusal(400, "The phone sent something unreadable; reload the page.")
        if nonce in device.nonces or nonce in device.in_flight:
            raise _Refusal(409, "This vote was already sent; your stored vote is shown.")
        abstain = data.get("abstain", False)
        if not isinstance(abstain, bool):
            raise _Refusal(400, "The phone sent something unreadable; reload the page.")
        if not self._state.get("open"):
            raise _Refusal(409, "Voting on this round is closed; your vote was not counted.")
        participant = device.participant
        device.in_flight.add(nonce)
        try:
            await self._call_box(
                self._box.cast, participant, None if abstain else data.get("values"), abstain
            )
        except BallotRefused as exc:
            raise _Refusal(422, str(exc) or "The vote was refused.") from None
        finally:
            device.in_flight.discard(nonce)
        device.nonces.add(nonce)
        if self._device_for(request.headers.get(KEY_HEADER)) is None:
            log.info("A ballot arrived from a phone removed while it was being stored")
        self._voters.add(participant)
        self._ballot_versions[participant] = self._ballot_versions.get(participant, 0) + 1
        self._ballots.pop(participant, None)
        ballot, ballot_version = await self._ballot_for(participant)
        self._emit("ballot_cast", {"participant": participant, "abstain": abstain})
        return web.json_response({"ballot": ballot, "v": f"{self._state_version}.{ballot_version}"})
