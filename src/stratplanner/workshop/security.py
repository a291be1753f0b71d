"""The room's defences: one bound address, unguessable join codes, limits on everyone.

The voting page is plain HTTP on a shared network, so the server trusts only
what it can check on every request: the Host it was bound to (DNS rebinding),
the Origin a browser adds to every POST (cross-site forms), a 128-bit device
key in a header (no cookies, so no CSRF) and a rate of requests a phone needs.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

#: Sent on every response. The page has no inline script or style, so CSP can forbid both.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

PIN_DIGITS = 6
_PIN_SHAPE = re.compile(r"[0-9]{6}")
#: A client nonce: what ``crypto.getRandomValues`` gives, base64url or hex, 8 to 64 characters.
NONCE_SHAPE = re.compile(r"[A-Za-z0-9_-]{8,64}")


@dataclass(frozen=True)
class Limits:
    """How much the server accepts; the defaults suit a room of up to a few hundred phones.

    A bucket of ``requests_per_window`` refills evenly over ``window_seconds``; a phone
    polling every 1.5 s uses about a third of it.
    """

    requests_per_window: int = 20
    address_requests_per_window: int = 40
    window_seconds: float = 10.0
    failed_codes_per_minute: int = 5
    failed_pins_per_minute_in_room: int = 30
    pending_requests: int = 50
    pending_per_address: int = 3
    body_bytes: int = 16 * 1024


def check_bind_address(bind: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The one address to listen on; every-interface and non-IP hosts are refused."""
    text = (bind or "").strip()
    if not text:
        raise ValueError(
            "Choose the address of this laptop on the room's network, like 192.168.1.20; "
            "an empty address would listen on every network."
        )
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        raise ValueError(
            f'"{text[:60]}" is not an IP address; choose this laptop\'s address on the '
            "room's network, like 192.168.1.20."
        ) from None
    if address.is_unspecified:
        raise ValueError(
            f"{text} would listen on every network this laptop is on; choose the one address "
            "of the room's network, like 192.168.1.20."
        )
    if address.is_multicast:
        raise ValueError(f"{text} is a multicast address; choose this laptop's own address.")
    return address


def host_text(address: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> str:
    """``ADDRESS:PORT`` as a browser writes it in the Host header (IPv6 in brackets)."""
    shown = f"[{address.compressed}]" if address.version == 6 else address.compressed
    return f"{shown}:{port}"


def new_join_token() -> str:
    """128 random bits, URL-safe: the QR code's secret."""
    return secrets.token_urlsafe(16)


def new_pin() -> str:
    return f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}"


def new_device_key() -> str:
    return secrets.token_urlsafe(16)


def same_secret(given: object, expected: str) -> bool:
    """Constant-time comparison of a client's string with a secret (False for non-strings)."""
    if not isinstance(given, str) or len(given) > 256:
        return False
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode())


def pin_matches(given: object, expected: str) -> bool:
    """A six-digit PIN, compared in constant time; the shape check reveals nothing of the PIN."""
    if not isinstance(given, str):
        return False
    cleaned = given.replace(" ", "").replace("-", "")
    if not _PIN_SHAPE.fullmatch(cleaned):
        return False
    return hmac.compare_digest(cleaned.encode(), expected.encode())


def key_digest(key: str) -> bytes:
    """What the server stores for a device key: lookups never compare the secret itself."""
    return hashlib.sha256(key.encode("utf-8", "replace")).digest()


class TokenBucket:
    """Per-client request budgets: ``capacity`` at once, refilled evenly over ``window``."""

    def __init__(
        self,
        capacity: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 10_000,
    ):
        self.capacity = float(capacity)
        self.rate = capacity / window
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """Spend one request; returns 0 when allowed, else the seconds until one is allowed."""
        now = self._clock()
        tokens, since = self._buckets.get(client, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - since) * self.rate)
        if tokens < 1.0:
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self.rate
        if len(self._buckets) >= self._max_clients and client not in self._buckets:
            self._forget_full(now)
        self._buckets[client] = (tokens - 1.0, now)
        return 0.0

    def _forget_full(self, now: float) -> None:
        """Drop clients whose bucket has refilled (they would start full anyway)."""
        for client, (tokens, since) in list(self._buckets.items()):
            if tokens + (now - since) * self.rate >= self.capacity:
                del self._buckets[client]


class FailureWindow:
    """Failed attempts in the last ``window`` seconds, per client: the PIN lockout."""

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ):
        self.limit = limit
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, client: str) -> deque[float]:
        now = self._clock()
        found = self._failures.get(client)
        if found is None:
            return deque()
        while found and now - found[0] >= self.window:
            found.popleft()
        if not found:
            del self._failures[client]
        return found

    def locked(self, client: str) -> float:
        """0 when the client may try, else the seconds until its oldest failure expires."""
        recent = self._recent(client)
        if len(recent) < self.limit:
            return 0.0
        return max(1.0, self.window - (self._clock() - recent[0]))

    def fail(self, client: str) -> None:
        self._recent(client)
        self._failures.setdefault(client, deque()).append(self._clock())
        if len(self._failures) > 10_000:
            for other in list(self._failures)[:5_000]:
                self._recent(other)


class SeenNonces:
    """The last few hundred nonces of one device: a replayed POST is refused."""

    def __init__(self, keep: int = 512):
        self._order: deque[str] = deque()
        self._seen: set[str] = set()
        self._keep = keep

    def __contains__(self, nonce: object) -> bool:
        return nonce in self._seen

    def add(self, nonce: str) -> None:
        if nonce in self._seen:
            return
        self._order.append(nonce)
        self._seen.add(nonce)
        while len(self._order) > self._keep:
            self._seen.discard(self._order.popleft())
