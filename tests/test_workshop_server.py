"""The workshop voting server against an in-memory plan, on 127.0.0.1 only.

Every security rule has a test that shows it refusing. Host and Origin refusals
are made by setting those headers on a request to 127.0.0.1, never by
contacting another address.
"""

from __future__ import annotations

import http.client
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from stratplanner.workshop import (
    BallotRefused,
    Limits,
    WorkshopError,
    WorkshopServer,
    qr_png,
    qr_svg,
)
from stratplanner.workshop.server import KEY_HEADER, WAIT_HEADER

LOOPBACK = "127.0.0.1"
GENEROUS = Limits(requests_per_window=10_000, address_requests_per_window=10_000)
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

DOTS_ROUND: dict[str, Any] = {
    "workshop": "Offsite 2027",
    "round": "R1",
    "question": "Where should next year's money go?",
    "method": "dots",
    "options": [
        {"code": "CRM", "title": "New CRM", "cost": "120000", "start": "2027-Q1",
         "end": "2027-Q3", "score": 7.5},
        {"code": "ERP", "title": "ERP upgrade", "cost": "300000", "start": "2027-Q2",
         "end": "2028-Q1", "score": 6.0},
    ],
    "dots": 5, "cap": 3, "points": None, "budget": None, "currency": "USD", "criteria": [],
    "anonymity": "by_side", "open": True, "revealed": False, "timer_ends_at": None,
    "results": None,
}  # fmt: skip


class FakeBox:
    """The plan, in memory: stores ballots, refuses ``{"bad": 1}`` as the real box would."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state: dict[str, Any] = json.loads(json.dumps(DOTS_ROUND))
        self.people = [
            {"key": "P1", "name": "Ada Lovelace", "side": "it", "unit": "Platform"},
            {"key": "P2", "name": "Grace Hopper", "side": "business", "unit": "Sales"},
        ]
        self.ballots: dict[str, dict[str, Any]] = {}
        self.ballot_rounds: dict[str, str] = {}
        self.admitted: list[tuple[str, str, str | None, str | None]] = []
        self.casts: list[tuple[str, Any, bool]] = []

    def round_state(self) -> dict[str, Any]:
        with self.lock:
            return json.loads(json.dumps(self.state))

    def participants(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(p) for p in self.people]

    def admit(self, name: str, side: str, unit: str | None, key: str | None) -> str:
        with self.lock:
            self.admitted.append((name, side, unit, key))
            if key is None:
                key = f"P{len(self.people) + 1}"
                self.people.append({"key": key, "name": name, "side": side, "unit": unit})
            return key

    def cast(self, participant: str, values: Any, abstain: bool) -> None:
        if values == {"bad": 1}:
            raise BallotRefused('There is no option "bad" in this round; vote again.')
        with self.lock:
            self.casts.append((participant, values, abstain))
            self.ballots[participant] = {"abstain": abstain, "values": values}
            self.ballot_rounds[participant] = self.state["round"]

    def ballot_of(self, participant: str) -> dict[str, Any] | None:
        """The participant's ballot in the current round (None in a round they haven't voted in)."""
        with self.lock:
            if self.ballot_rounds.get(participant) != self.state["round"]:
                return None
            return self.ballots.get(participant)


class Reply:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def error(self) -> str:
        return str(self.json["error"])


def call(
    server: WorkshopServer,
    method: str,
    path: str,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    host: str | None = None,
    origin: str | None = "same",
    raw: bytes | None = None,
) -> Reply:
    """One request to 127.0.0.1, with the Host and Origin a phone's browser would send."""
    conn = http.client.HTTPConnection(LOOPBACK, server.port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", server.host if host is None else host)
        sent = dict(headers or {})
        if method == "POST" and origin is not None:
            sent.setdefault("Origin", server.origin if origin == "same" else origin)
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        if method == "POST":
            sent.setdefault("Content-Type", "application/json")
            sent["Content-Length"] = str(len(data))
        for name, value in sent.items():
            conn.putheader(name, value)
        conn.endheaders(data if method == "POST" else None)
        response = conn.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        conn.close()


def nonce() -> str:
    return secrets.token_urlsafe(12)


class Phone:
    """A participant's phone: remembers its device key like the page's localStorage."""

    def __init__(self, server: WorkshopServer):
        self.server = server
        self.key: str | None = None

    def headers(self) -> dict[str, str]:
        return {KEY_HEADER: self.key} if self.key else {}

    def join(self, code: dict[str, str], **who: Any) -> Reply:
        return call(self.server, "POST", "/api/join", {**code, "nonce": nonce(), **who})

    def state(self, version: str | None = None) -> Reply:
        path = "/api/state" + (f"?v={version}" if version else "")
        return call(self.server, "GET", path, headers=self.headers())

    def vote(self, values: Any, abstain: bool = False, sent_nonce: str | None = None) -> Reply:
        body = {"nonce": sent_nonce or nonce(), "values": values, "abstain": abstain}
        return call(self.server, "POST", "/api/ballot", body, headers=self.headers())


@pytest.fixture
def box() -> FakeBox:
    return FakeBox()


@pytest.fixture
def events() -> list[tuple[str, dict[str, Any]]]:
    return []


@pytest.fixture
def start_server(
    box: FakeBox, events: list[tuple[str, dict[str, Any]]]
) -> Iterator[Callable[..., WorkshopServer]]:
    started: list[WorkshopServer] = []

    def start(**options: Any) -> WorkshopServer:
        options.setdefault("limits", GENEROUS)
        server = WorkshopServer(
            box, LOOPBACK, on_event=lambda kind, payload: events.append((kind, payload)), **options
        )
        started.append(server)
        server.start()
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(start_server: Callable[..., WorkshopServer]) -> WorkshopServer:
    return start_server()


def token_of(server: WorkshopServer) -> str:
    return server.join_url.rsplit("/", 1)[1]


def admitted_phone(server: WorkshopServer, key: str = "P1") -> Phone:
    """A phone that joined by the QR link as registered participant ``key`` and was let in."""
    phone = Phone(server)
    reply = phone.join({"token": token_of(server)}, key=key)
    assert reply.status == 202, reply.body
    server.admit_request(reply.json["request"]).result(timeout=10)
    status = call(
        server,
        "GET",
        f"/api/join/{reply.json['request']}",
        headers={WAIT_HEADER: reply.json["wait"]},
    )
    assert status.json["status"] == "admitted"
    phone.key = status.json["device_key"]
    return phone


# ----- the flow ---------------------------------------------------------------------------------


def test_join_by_link_admit_vote_change_and_come_back(
    server: WorkshopServer, box: FakeBox, events: list[tuple[str, dict[str, Any]]]
) -> None:
    assert server.join_url.startswith(f"http://127.0.0.1:{server.port}/j/")
    page = call(server, "GET", f"/j/{token_of(server)}")
    assert page.status == 200
    assert b"/s/vote.js" in page.body
    entry = call(server, "POST", "/api/entry", {"token": token_of(server)})
    assert entry.status == 200
    assert [p["name"] for p in entry.json["participants"]] == ["Ada Lovelace", "Grace Hopper"]

    phone = Phone(server)
    asked = phone.join({"token": token_of(server)}, key="P1")
    assert asked.status == 202
    assert asked.json["status"] == "pending"
    waiting = server.pending()
    assert [(p["id"], p["name"], p["key"]) for p in waiting] == [
        (asked.json["request"], "Ada Lovelace", "P1")
    ]
    assert phone.state().status == 401  # not let in yet

    assert server.admit_request(asked.json["request"]).result(timeout=10) == "P1"
    answer = call(
        server,
        "GET",
        f"/api/join/{asked.json['request']}",
        headers={WAIT_HEADER: asked.json["wait"]},
    )
    assert answer.json["status"] == "admitted"
    phone.key = answer.json["device_key"]
    assert len(phone.key) >= 22  # 128 bits, base64url
    assert server.pending() == []

    state = phone.state()
    assert state.status == 200
    assert state.json["round"]["question"] == DOTS_ROUND["question"]
    assert state.json["me"] == {"name": "Ada Lovelace", "side": "it"}
    assert state.json["ballot"] is None
    assert phone.state(state.json["v"]).json == {"v": state.json["v"], "same": True}

    first = phone.vote({"CRM": 3, "ERP": 2})
    assert first.status == 200, first.body
    assert first.json["ballot"] == {"abstain": False, "values": {"CRM": 3, "ERP": 2}}
    changed = phone.vote({"CRM": 1})
    assert changed.status == 200
    assert box.ballots == {"P1": {"abstain": False, "values": {"CRM": 1}}}
    assert server.voters() == ["P1"]

    # The phone locked, the page reloaded: the same device key, a new connection.
    again = Phone(server)
    again.key = phone.key
    assert again.state().json["ballot"] == {"abstain": False, "values": {"CRM": 1}}

    assert [kind for kind, _ in events if kind != "phone_reached"] == [
        "join_requested",
        "admitted",
        "ballot_cast",
        "ballot_cast",
    ]


def test_join_by_pin_and_a_new_participant(server: WorkshopServer, box: FakeBox) -> None:
    assert len(server.pin) == 6
    assert server.pin.isdigit()
    page = call(server, "GET", "/")
    assert page.status == 200
    phone = Phone(server)
    asked = phone.join({"pin": server.pin}, name="  Tim  Berners-Lee ", side="it", unit="Web")
    assert asked.status == 202, asked.body
    assert server.admit_request(asked.json["request"]).result(timeout=10) == "P3"
    assert box.admitted == [("Tim Berners-Lee", "it", "Web", None)]


def test_registered_pick_admitted_at_once_when_asked(
    start_server: Callable[..., WorkshopServer], box: FakeBox
) -> None:
    server = start_server(auto_admit_registered=True)
    phone = Phone(server)
    reply = phone.join({"token": token_of(server)}, key="P2")
    assert reply.status == 200
    assert reply.json["status"] == "admitted"
    phone.key = reply.json["device_key"]
    assert phone.state().json["me"]["name"] == "Grace Hopper"
    # A second phone picking the same name waits for the facilitator instead.
    other = Phone(server).join({"token": token_of(server)}, key="P2")
    assert other.status == 202
    assert server.pending()[0]["note"] == "already has a phone in the room"
    # A new name always waits.
    new = Phone(server).join({"token": token_of(server)}, name="Linus", side="it")
    assert new.status == 202


def test_refused_ballot_reaches_the_phone_as_a_sentence(server: WorkshopServer) -> None:
    phone = admitted_phone(server)
    reply = phone.vote({"bad": 1})
    assert reply.status == 422
    assert reply.error == 'There is no option "bad" in this round; vote again.'


def test_abstain(server: WorkshopServer, box: FakeBox) -> None:
    phone = admitted_phone(server)
    assert phone.vote({"CRM": 2}, abstain=True).status == 200
    assert box.ballots["P1"] == {"abstain": True, "values": None}


def test_reveal_shows_results(server: WorkshopServer, box: FakeBox) -> None:
    phone = admitted_phone(server)
    before = phone.state().json
    with box.lock:
        box.state.update(
            open=False,
            revealed=True,
            results=[{"code": "CRM", "title": "New CRM", "score": 3.0, "rank": 1}],
        )
    server.notify_changed()
    after = phone.state(before["v"]).json
    while after.get("same"):  # the refresh runs on the server's worker; a poll or two at most
        after = phone.state(before["v"]).json
    assert after["round"]["revealed"] is True
    assert after["round"]["results"][0]["code"] == "CRM"


def test_qr_codes() -> None:
    svg = qr_svg("http://127.0.0.1:1234/j/abc")
    assert svg.startswith("<svg")
    assert "</svg>" in svg
    assert qr_png("http://127.0.0.1:1234/j/abc", 4).startswith(b"\x89PNG")
    with pytest.raises(ValueError):
        qr_svg("")


def test_stop_frees_the_port_and_threads(box: FakeBox) -> None:
    before = set(threading.enumerate())
    server = WorkshopServer(box, LOOPBACK)
    server.start()
    port = server.port
    server.stop()
    server.stop()  # twice is fine
    assert set(threading.enumerate()) <= before
    again = WorkshopServer(box, LOOPBACK, port)
    again.start()
    assert again.port == port
    again.stop()
    with pytest.raises(WorkshopError):
        again.remove("P1")


# ----- the room and nobody else: each rule refusing ----------------------------------------------


@pytest.mark.parametrize("bind", ["0.0.0.0", "::", "", "  ", "[::]", "example.org"])
def test_refuses_to_listen_on_every_network(box: FakeBox, bind: str) -> None:
    with pytest.raises(ValueError, match=r"\w+.*\."):
        WorkshopServer(box, bind)


def test_wrong_host_is_refused(server: WorkshopServer) -> None:
    for host in (
        f"attacker.example:{server.port}",
        f"localhost:{server.port}",
        "127.0.0.1",
        f"127.0.0.1:{server.port + 1}",
    ):
        assert call(server, "GET", "/", host=host).status == 421
        refused = call(server, "POST", "/api/entry", {"token": token_of(server)}, host=host)
        assert refused.status == 421
        assert "address" in refused.error


def test_wrong_origin_is_refused(server: WorkshopServer) -> None:
    phone = admitted_phone(server)
    for origin in ("http://attacker.example", f"http://localhost:{server.port}", "null"):
        reply = call(
            server,
            "POST",
            "/api/ballot",
            {"nonce": nonce(), "values": {"CRM": 1}},
            headers=phone.headers(),
            origin=origin,
        )
        assert reply.status == 403
        assert reply.error == "Requests from other web sites are refused."
    cross = call(
        server,
        "POST",
        "/api/entry",
        {"token": token_of(server)},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert cross.status == 403


def test_post_without_origin_needs_a_device_key(server: WorkshopServer, box: FakeBox) -> None:
    assert (
        call(server, "POST", "/api/entry", {"token": token_of(server)}, origin=None).status == 403
    )
    phone = admitted_phone(server)
    reply = call(
        server,
        "POST",
        "/api/ballot",
        {"nonce": nonce(), "values": {"CRM": 1}},
        headers=phone.headers(),
        origin=None,
    )
    assert reply.status == 200
    forged = call(
        server,
        "POST",
        "/api/ballot",
        {"nonce": nonce(), "values": {"CRM": 1}},
        headers={KEY_HEADER: "not-a-key"},
        origin=None,
    )
    assert forged.status == 403


def test_form_posts_are_refused(server: WorkshopServer) -> None:
    reply = call(
        server,
        "POST",
        "/api/entry",
        raw=b"token=x",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert reply.status == 415


def test_bad_token_is_refused(server: WorkshopServer) -> None:
    for token in ("x" * 22, token_of(server)[:-1], "", 5, None):
        reply = call(server, "POST", "/api/entry", {"token": token})
        assert reply.status in (403, 429)
    join = call(server, "POST", "/api/join", {"token": "nope", "nonce": nonce(), "key": "P1"})
    assert join.status in (403, 429)
    assert server.pending() == []


def test_wrong_pins_lock_the_phone_out(start_server: Callable[..., WorkshopServer]) -> None:
    server = start_server()
    wrong = f"{(int(server.pin) + 1) % 1_000_000:06d}"
    for _ in range(5):
        reply = call(server, "POST", "/api/entry", {"pin": wrong})
        assert reply.status == 403
        assert reply.error == "That PIN is not right; check the six digits on the screen."
    locked = call(server, "POST", "/api/entry", {"pin": server.pin})  # even the right one
    assert locked.status == 429
    assert "wait a minute" in locked.error
    assert int(locked.headers["Retry-After"]) >= 1


def test_wrong_pins_across_the_room_close_pin_entry(
    start_server: Callable[..., WorkshopServer],
) -> None:
    limits = Limits(
        requests_per_window=10_000,
        address_requests_per_window=10_000,
        failed_codes_per_minute=1_000,
        failed_pins_per_minute_in_room=3,
    )
    server = start_server(limits=limits)
    for guess in ("000000", "000001", "000002"):
        call(server, "POST", "/api/entry", {"pin": guess if guess != server.pin else "999999"})
    refused = call(server, "POST", "/api/entry", {"pin": server.pin})
    assert refused.status == 429
    assert "QR code" in refused.error
    assert call(server, "POST", "/api/entry", {"token": token_of(server)}).status == 200


def test_too_many_requests_per_address(start_server: Callable[..., WorkshopServer]) -> None:
    server = start_server(limits=Limits(address_requests_per_window=5, window_seconds=3600))
    assert [call(server, "GET", "/").status for _ in range(5)] == [200] * 5
    refused = call(server, "GET", "/api/state")
    assert refused.status == 429
    assert refused.error == "Too many requests from this phone; wait a moment."
    assert "Retry-After" in refused.headers


def test_too_many_requests_per_device_key(start_server: Callable[..., WorkshopServer]) -> None:
    server = start_server(
        limits=Limits(
            requests_per_window=4, address_requests_per_window=10_000, window_seconds=3600
        )
    )
    phone = admitted_phone(server)
    statuses = [phone.state().status for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]


def test_oversized_body_is_refused(server: WorkshopServer) -> None:
    phone = admitted_phone(server)
    huge = {"nonce": nonce(), "values": {"CRM": 1}, "padding": "x" * 20_000}
    reply = call(server, "POST", "/api/ballot", huge, headers=phone.headers())
    assert reply.status == 413
    assert "too much" in reply.error


def test_malformed_json_is_refused(server: WorkshopServer, box: FakeBox) -> None:
    phone = admitted_phone(server)
    for raw in (b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe", b"[" * 5000, b'{"a": NaN}'):
        reply = call(server, "POST", "/api/ballot", raw=raw, headers=phone.headers())
        assert reply.status == 400, raw[:10]
        assert reply.error == "The phone sent something unreadable; reload the page."
    no_nonce = call(server, "POST", "/api/ballot", {"values": {"CRM": 1}}, headers=phone.headers())
    assert no_nonce.status == 400
    assert box.casts == []


def test_replayed_submission_is_refused(server: WorkshopServer, box: FakeBox) -> None:
    phone = admitted_phone(server)
    once = nonce()
    assert phone.vote({"CRM": 1}, sent_nonce=once).status == 200
    replay = phone.vote({"CRM": 2}, sent_nonce=once)
    assert replay.status == 409
    assert "already sent" in replay.error
    assert box.casts == [("P1", {"CRM": 1}, False)]
    # A refused ballot's nonce may be sent again (the phone retried a refused vote).
    refused = nonce()
    assert phone.vote({"bad": 1}, sent_nonce=refused).status == 422
    assert phone.vote({"bad": 1}, sent_nonce=refused).status == 422


def test_closed_round_is_refused(server: WorkshopServer, box: FakeBox) -> None:
    phone = admitted_phone(server)
    version = phone.state().json["v"]
    with box.lock:
        box.state["open"] = False
    server.notify_changed()
    while phone.state(version).json.get("same"):
        pass
    reply = phone.vote({"CRM": 1})
    assert reply.status == 409
    assert reply.error == "Voting on this round is closed; your vote was not counted."
    assert box.casts == []


def test_unknown_and_removed_keys_are_refused(
    server: WorkshopServer, box: FakeBox, events: list[tuple[str, dict[str, Any]]]
) -> None:
    stranger = Phone(server)
    stranger.key = secrets.token_urlsafe(16)
    assert stranger.state().status == 401
    assert stranger.vote({"CRM": 1}).status == 401
    phone = admitted_phone(server)
    assert phone.vote({"CRM": 1}).status == 200
    server.remove("P1").result(timeout=10)
    refused = phone.vote({"CRM": 2})
    assert refused.status == 401
    assert "removed this phone" in refused.error
    assert phone.state().status == 401
    assert box.casts == [("P1", {"CRM": 1}, False)]
    assert ("removed", {"participant": "P1", "phones": 1}) in events


def test_rotated_token_refuses_the_old_link_but_keeps_phones(server: WorkshopServer) -> None:
    phone = admitted_phone(server)
    old_token, old_pin = token_of(server), server.pin
    new_url = server.rotate_token()
    assert new_url == server.join_url
    assert token_of(server) != old_token
    assert call(server, "POST", "/api/entry", {"token": old_token}).status == 403
    if server.pin != old_pin:
        assert call(server, "POST", "/api/entry", {"pin": old_pin}).status == 403
    assert call(server, "POST", "/api/entry", {"token": token_of(server)}).status == 200
    assert phone.vote({"CRM": 1}).status == 200


def test_too_many_participants(start_server: Callable[..., WorkshopServer]) -> None:
    server = start_server(max_participants=1)
    admitted_phone(server, "P1")
    full = Phone(server).join({"token": token_of(server)}, key="P2")
    assert full.status == 403
    assert full.error == "The room is full (1 participants); ask the facilitator to let you in."


def test_pending_requests_are_limited(start_server: Callable[..., WorkshopServer]) -> None:
    limits = Limits(
        requests_per_window=10_000,
        address_requests_per_window=10_000,
        pending_requests=3,
        pending_per_address=100,
    )
    server = start_server(limits=limits)
    for n in range(3):
        assert (
            Phone(server).join({"token": token_of(server)}, name=f"N{n}", side="it").status == 202
        )
    refused = Phone(server).join({"token": token_of(server)}, name="N4", side="it")
    assert refused.status == 429
    assert "waiting" in refused.error


def test_one_address_cannot_fill_the_queue(server: WorkshopServer) -> None:
    for n in range(3):
        assert (
            Phone(server).join({"token": token_of(server)}, name=f"N{n}", side="it").status == 202
        )
    assert Phone(server).join({"token": token_of(server)}, name="N4", side="it").status == 429


def test_refused_request_tells_the_phone(server: WorkshopServer) -> None:
    asked = Phone(server).join({"token": token_of(server)}, name="Mallory", side="business")
    server.refuse_request(asked.json["request"]).result(timeout=10)
    answer = call(
        server,
        "GET",
        f"/api/join/{asked.json['request']}",
        headers={WAIT_HEADER: asked.json["wait"]},
    )
    assert answer.json["status"] == "refused"
    stolen = call(server, "GET", f"/api/join/{asked.json['request']}", headers={WAIT_HEADER: "x"})
    assert stolen.status == 404
    with pytest.raises(WorkshopError):
        server.admit_request(asked.json["request"]).result(timeout=10)


def test_security_headers_on_page_api_and_errors(server: WorkshopServer) -> None:
    replies = [
        call(server, "GET", "/"),
        call(server, "GET", "/s/vote.js"),
        call(server, "GET", "/api/state"),
        call(server, "GET", "/nowhere"),
        call(server, "POST", "/api/entry", {"token": token_of(server)}),
        call(server, "GET", "/", host="evil.example"),
    ]
    for reply in replies:
        assert reply.headers["Content-Security-Policy"] == CSP
        assert reply.headers["X-Content-Type-Options"] == "nosniff"
        assert reply.headers["Referrer-Policy"] == "no-referrer"
        assert reply.headers["Cache-Control"] == "no-store"
    assert replies[1].headers["Content-Type"].startswith("text/javascript")


def test_page_has_no_inline_script_or_style() -> None:
    from stratplanner.paths import resource

    html = resource("workshop", "vote.html").read_text(encoding="utf-8")
    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r"\son[a-z]+\s*=", html)  # no onclick= and the like
    for line in html.splitlines():
        if "<script" in line:
            assert 'src="/s/' in line
    script = resource("workshop", "vote.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
    assert "history.replaceState" in script


def test_one_name_gets_one_phone_even_when_two_ask_at_once(
    start_server: Callable[..., WorkshopServer],
) -> None:
    server = start_server(auto_admit_registered=True)
    replies: list[Reply] = []
    lock = threading.Lock()

    def ask() -> None:
        reply = Phone(server).join({"token": token_of(server)}, key="P1")
        with lock:
            replies.append(reply)

    askers = [threading.Thread(target=ask) for _ in range(4)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert sorted(r.json["status"] for r in replies) == [
        "admitted",
        "pending",
        "pending",
        "pending",
    ]
    assert [p["key"] for p in server.admitted()] == ["P1"]


def test_the_first_request_from_an_address_is_reported_once(
    server: WorkshopServer, events: list[tuple[str, dict[str, Any]]]
) -> None:
    """The console's "a phone reached this laptop" check; a refused Host proves nothing."""
    assert call(server, "GET", "/", host=f"attacker.example:{server.port}").status == 421
    assert not [e for e in events if e[0] == "phone_reached"]
    assert call(server, "GET", "/").status == 200
    assert call(server, "GET", "/").status == 200
    reached = [payload for kind, payload in events if kind == "phone_reached"]
    # Here the "phone" is the laptop itself: the console tells the two apart by ``own``.
    assert reached == [{"address": LOOPBACK, "own": True}]
