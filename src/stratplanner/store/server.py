"""Plans on a database server (team mode): one PostgreSQL schema per plan.

A server plan is named by a SQLAlchemy URL with a ``plan`` query parameter:
``postgresql+psycopg://alice@db.example.com/strategy?plan=fy27`` is the plan
``fy27`` in the schema ``plan_fy27`` of the database ``strategy``. Without
``plan=`` the plan is called ``main``. Credentials come from the URL, a
``.pgpass`` file or the ``PG*`` environment variables (libpq reads them); they
are never written into plan files or settings (``public_location`` hides the
password).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import ConnectionPoolEntry

from stratplanner.i18n import translate
from stratplanner.store.errors import PlanFileError

_PLAN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

#: A run of text with no white space: an address, or what a typo left of one.
_WORD = re.compile(r"\S+")
#: What comes before the user in an address, however mistyped: ``scheme://``, ``scheme:/``,
#: ``scheme//``, ``scheme/`` (Path() collapses the slashes), or ``scheme:`` when another colon
#: follows (``postgres:alice:PASSWORD@db``; ``postgres:PASSWORD@db`` is read as user ``postgres``).
_SCHEME = re.compile(r"[A-Za-z][\w+.\-]*(?::/{1,2}|/{1,2}|:(?=[^:]*:))")
_OPENING = "'\"([{<"
#: ``password=…`` in a libpq connection string or a query parameter.
_DSN_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<pw>[^\s&'\";]+)", re.IGNORECASE)


def redact_url(text: str) -> str:
    """A database address safe to show: any password replaced by ``***``.

    Uses SQLAlchemy's own rendering when the address parses, else a pattern
    (an address with a bad port or an unknown driver is still shown safely).
    """
    try:
        url = make_url(text)
    except Exception:  # ArgumentError, ValueError (bad port) …: fall back to the pattern
        return redact_text(text)
    if url.password is None and "password" not in text.lower():
        return redact_text(text)  # unchanged unless a typo left a password SQLAlchemy missed
    return redact_text(url.render_as_string(hide_password=True))


def redact_text(text: str) -> str:
    """Any message with every database password in it replaced by ``***``."""
    text = _WORD.sub(lambda m: _redact_credentials(m[0]), text)
    return _DSN_PASSWORD.sub(lambda m: f"{m['head']}***", text)


def _redact_credentials(word: str) -> str:
    """``word`` with the password of any ``user:PASSWORD@`` in it hidden, whatever precedes it.

    The password runs from the colon after the user to the *last* ``@`` (a password
    may hold an unescaped ``@``, ``:`` or ``/``); ``scheme://`` and its typos stay shown.
    """
    at = word.rfind("@")
    if at < 0:
        return word
    start = len(word) - len(word.lstrip(_OPENING))
    scheme = _SCHEME.match(word, start, at)
    if scheme is not None:
        start = scheme.end()
    colon = word.find(":", start, at)
    if colon < 0:
        return word
    return f"{word[: colon + 1]}***{word[at:]}"


def is_server_target(target: object) -> bool:
    return isinstance(target, str) and "://" in target


@dataclass(frozen=True)
class ServerTarget:
    url: URL  # without the plan parameter
    plan: str

    @property
    def schema(self) -> str:
        return f"plan_{self.plan}"

    @property
    def public_location(self) -> str:
        """The location with any password hidden, safe to show and to remember."""
        return f"{self.url.render_as_string(hide_password=True)}?plan={self.plan}"

    @property
    def display_name(self) -> str:
        return f"{self.plan} on {self.url.host or 'localhost'}"

    @property
    def server_name(self) -> str:
        """Host, port and database as messages name the server: no user, never a password."""
        host = self.url.host or "localhost"
        where = f"{host}:{self.url.port}" if self.url.port else host
        return f"{where}/{self.url.database}" if self.url.database else where


def parse_server_target(text: str) -> ServerTarget:
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        if isinstance(exc, ValueError):
            problem = translate("Store", "its port is not a number")
        else:
            problem = translate("Store", "it can't be read")
        raise PlanFileError(
            translate(
                "Store",
                "{address} is not a database address ({problem}); write it as "
                "postgresql+psycopg://user@host:5432/database?plan=NAME.",
            ).format(address=repr(redact_url(text)), problem=problem)
        ) from None
    if "@" in (url.host or ""):  # a password with an unescaped @: its tail would show as the host
        raise PlanFileError(
            translate(
                "Store",
                "{address} is not a database address (an @ in the password must be written "
                "{escaped}); write it as postgresql+psycopg://user@host:5432/database?plan=NAME.",
            ).format(address=repr(redact_url(text)), escaped="%40")
        )
    if url.get_backend_name() != "postgresql":
        raise PlanFileError(
            translate(
                "Store",
                "Team plans live on PostgreSQL; {driver} is not supported "
                "(use postgresql+psycopg://user@host/database?plan=NAME).",
            ).format(driver=repr(url.drivername))
        )
    if url.port is not None and not 0 < url.port < 65536:
        raise PlanFileError(
            translate(
                "Store",
                "The port {port} in the plan address is out of range (1 to 65535); "
                "the PostgreSQL default is 5432.",
            ).format(port=url.port)
        )
    if url.drivername == "postgresql":  # SQLAlchemy's default driver is not the one shipped
        url = url.set(drivername="postgresql+psycopg")
    try:
        if url.drivername not in ("postgresql+psycopg", "postgresql+psycopg2"):
            raise ValueError(url.drivername)
        url.get_dialect().import_dbapi()
    except Exception:  # an unknown, asynchronous or missing driver
        raise PlanFileError(
            translate(
                "Store",
                "The database driver {driver} is not available; "
                "use postgresql+psycopg://user@host/database?plan=NAME.",
            ).format(driver=repr(url.drivername))
        ) from None
    plan = str(url.query.get("plan", "main")).lower()
    if plan != plan.strip() or any(not ch.isprintable() for ch in plan):
        raise PlanFileError(
            translate(
                "Store",
                "The plan name {plan} has spaces or control characters (such as a line break, "
                "{escaped} in an address) in it; write the name alone, with only a-z, 0-9 and _.",
            ).format(plan=repr(plan), escaped="%0A")
        )
    if not _PLAN_NAME.fullmatch(plan):
        raise PlanFileError(
            translate(
                "Store",
                "The plan name {plan} must start with a letter and use only a-z, 0-9 and _ "
                "(at most 40).",
            ).format(plan=repr(plan))
        )
    return ServerTarget(url.difference_update_query(["plan"]), plan)


def server_engine(target: ServerTarget) -> Engine:
    """An engine whose connections see only the plan's schema."""
    engine = create_engine(
        target.url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={"connect_timeout": 5, "application_name": "StratPlanner"},
    )
    schema = target.schema

    @event.listens_for(engine, "connect")
    def _search_path(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f'SET search_path TO "{schema}"')
        cursor.close()
        dbapi_connection.commit()

    return engine


def describe_connection_error(
    target: ServerTarget, exc: BaseException, *, name_plan: bool = True
) -> str:
    """One sentence naming the server and the plan (never the password), and why."""
    reason = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    reason = redact_text(reason)
    if name_plan:
        return translate(
            "Store",
            "The plan server {server} can't be reached for the plan '{plan}' ({reason}); "
            "check the address and your network, or work on a local copy.",
        ).format(server=target.server_name, plan=target.plan, reason=reason)
    return translate(
        "Store",
        "The plan server {server} can't be reached ({reason}); "
        "check the address and your network, or work on a local copy.",
    ).format(server=target.server_name, reason=reason)
