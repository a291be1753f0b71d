"""Open, publish and check out plans on a PostgreSQL server (team mode)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

from stratplanner.i18n import translate
from stratplanner.store.document import PlanDocument, create_plan_file, open_plan
from stratplanner.store.errors import NewerPlanError, PlanFileError
from stratplanner.store.migrate import alembic_config
from stratplanner.store.schema import (
    SCHEMA_VERSION,
    create_plan_tables,
    revision_for,
    version_for,
)
from stratplanner.store.server import (
    ServerTarget,
    describe_connection_error,
    is_server_target,
    parse_server_target,
    server_engine,
)
from stratplanner.store.transfer import copy_plan_rows


def _schema_exists(conn: Connection, target: ServerTarget) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"),
        {"s": target.schema},
    ).first()
    return found is not None


def _use_schema(conn: Connection, target: ServerTarget) -> None:
    conn.execute(text(f'SET LOCAL search_path TO "{target.schema}"'))


def list_server_plans(url_text: str) -> list[str]:
    target = parse_server_target(url_text)
    engine = server_engine(target)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT schema_name FROM information_schema.schemata "
                    "WHERE schema_name LIKE 'plan\\_%' ORDER BY 1"
                )
            ).scalars()
            return [r.removeprefix("plan_") for r in rows]
    except OperationalError as exc:
        raise PlanFileError(describe_connection_error(target, exc, name_plan=False)) from None
    finally:
        engine.dispose()


def server_plan_exists(url_text: str) -> bool:
    """Whether the address's plan is on the server (and, early, whether the server answers)."""
    target = parse_server_target(url_text)
    engine = server_engine(target)
    try:
        with engine.connect() as conn:
            return _schema_exists(conn, target)
    except OperationalError as exc:
        raise PlanFileError(describe_connection_error(target, exc)) from None
    finally:
        engine.dispose()


def open_server_plan(
    url_text: str, *, read_only: bool = False, upgrade: bool = True
) -> PlanDocument:
    """Open a plan on the server, upgrading its schema in one transaction if it is older."""
    target = parse_server_target(url_text)
    engine = server_engine(target)
    try:
        with engine.connect() as conn:
            if not _schema_exists(conn, target):
                raise PlanFileError(
                    translate(
                        "Store",
                        "There is no plan '{plan}' on {server}; "
                        "list the plans there with 'stratplanner plans URL', or publish one "
                        "with 'stratplanner publish PLAN.stratplan URL'.",
                    ).format(plan=target.plan, server=target.server_name)
                )
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        version = version_for(str(revision))
        upgraded_from = None
        if version is None:
            raise NewerPlanError(
                translate(
                    "Store",
                    "The plan '{plan}' on the server was saved by a newer StratPlanner "
                    "(schema {revision}); this version reads formats up to {newest}: "
                    "update StratPlanner.",
                ).format(plan=target.plan, revision=revision, newest=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            if read_only or not upgrade:
                raise PlanFileError(
                    translate(
                        "Store",
                        "The plan '{plan}' uses plan format {old} and must be upgraded to "
                        "format {new} before it can be opened.",
                    ).format(plan=target.plan, old=version, new=SCHEMA_VERSION)
                )
            with engine.begin() as conn:
                _use_schema(conn, target)
                conn.execute(text("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE"))
                from alembic import command

                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision_for(SCHEMA_VERSION))
            upgraded_from = version
    except OperationalError as exc:
        engine.dispose()
        raise PlanFileError(describe_connection_error(target, exc)) from None
    except BaseException:
        engine.dispose()
        raise
    return PlanDocument(
        None,
        engine,
        read_only=read_only,
        read_only_reason=translate("Store", "you asked for read-only") if read_only else "",
        upgraded_from=upgraded_from,
        server=target,
    )


def publish_plan(
    source: str | os.PathLike[str],
    url_text: str,
    *,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ServerTarget:
    """Copy a plan (a local file, or another team plan) to the server, all or nothing."""
    target = parse_server_target(url_text)
    if is_server_target(source):
        origin = parse_server_target(str(source))
        if (origin.server_name, origin.plan) == (target.server_name, target.plan):
            raise PlanFileError(
                translate(
                    "Store",
                    "The plan '{plan}' can't be published over itself; "
                    "choose another name (…?plan=NAME).",
                ).format(plan=target.plan)
            )
    engine = server_engine(target)
    try:
        with (
            open_plan(source, read_only=False) as local,
            local.engine.connect() as src,
            engine.begin() as conn,
        ):
            if _schema_exists(conn, target):
                if not replace:
                    raise PlanFileError(
                        translate(
                            "Store",
                            "The server already has a plan '{plan}'; choose another name "
                            "(…?plan=NAME) or replace it (--replace).",
                        ).format(plan=target.plan)
                    )
                conn.execute(text(f'DROP SCHEMA "{target.schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{target.schema}"'))
            _use_schema(conn, target)
            create_plan_tables(conn)
            copy_plan_rows(src, conn, progress=progress)
    except (OperationalError, DBAPIError) as exc:
        if isinstance(exc, OperationalError):
            raise PlanFileError(describe_connection_error(target, exc)) from None
        raise PlanFileError(
            translate("Store", "The server refused the plan: {reason}.").format(
                reason=str(exc.orig).strip().splitlines()[0]
            )
        ) from None
    finally:
        engine.dispose()
    return target


def checkout_plan(
    url_text: str,
    destination: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Take an offline copy of a server plan as a local .stratplan file."""
    with open_server_plan(url_text, read_only=True) as doc, doc.engine.connect() as src:
        return create_plan_file(
            destination,
            populate=lambda session: copy_plan_rows(src, session.connection(), progress=progress),
            overwrite=overwrite,
        )
