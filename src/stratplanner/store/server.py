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
from sqlalchemy.exc import ArgumentError

from stratplanner.store.errors import PlanFileError

_PLAN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


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


def parse_server_target(text: str) -> ServerTarget:
    try:
        url = make_url(text)
    except ArgumentError:
        raise PlanFileError(
            f"{text!r} is not a database address; write it as "
            "postgresql+psycopg://user@host/database?plan=NAME."
        ) from None
    if not url.drivername.startswith("postgresql"):
        raise PlanFileError(
            f"Team plans live on PostgreSQL; {url.drivername!r} is not supported "
            "(use postgresql+psycopg://user@host/database?plan=NAME)."
        )
    plan = str(url.query.get("plan", "main")).lower()
    if not _PLAN_NAME.match(plan):
        raise PlanFileError(
            f"The plan name {plan!r} must start with a letter and use only a-z, 0-9 and _ (at most 40)."
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
    def _search_path(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute(f'SET search_path TO "{schema}"')
        cursor.close()
        dbapi_connection.commit()

    return engine


def describe_connection_error(target: ServerTarget, exc: BaseException) -> str:
    reason = (
        str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
    )
    return (
        f"The plan server {target.url.host or 'localhost'} can't be reached ({reason}); "
        "check the address and your network, or work on a local copy."
    )
