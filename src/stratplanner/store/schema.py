"""Schema identity of a plan file: application id, versions, and what a plan may contain."""

from __future__ import annotations

from sqlalchemy import Connection, text

from stratplanner.model.entities import Base

#: ``PRAGMA application_id`` of every .stratplan file ("STRP").
APPLICATION_ID = 0x53545250

#: Schema version written to ``PRAGMA user_version``; the Alembic head revision
#: is ``f"r{SCHEMA_VERSION:04d}"``. Bump both together with a new migration.
SCHEMA_VERSION = 5

#: Alembic revision for each schema version ever released.
REVISIONS = {1: "r0001", 2: "r0002", 3: "r0003", 4: "r0004", 5: "r0005"}

#: App release that introduced each schema version, for messages.
APP_VERSION_OF_SCHEMA = {1: "0.1", 2: "0.2", 3: "0.3", 4: "0.4", 5: "0.5"}

PLAN_SUFFIX = ".stratplan"

SQLITE_HEADER = b"SQLite format 3\x00"


def expected_object_names() -> set[str]:
    """Tables and indexes a plan may hold; anything else (views, triggers) is refused."""
    names = {"alembic_version"}
    for table in Base.metadata.sorted_tables:
        names.add(table.name)
        for index in table.indexes:
            if index.name:
                names.add(str(index.name))
    return names


def revision_for(version: int) -> str:
    return REVISIONS[version]


def version_for(revision: str) -> int | None:
    for version, rev in REVISIONS.items():
        if rev == revision:
            return version
    return None


def create_plan_tables(conn: Connection) -> None:
    """The current schema's tables in an empty database (a file or a server schema), stamped
    with its Alembic revision so that later upgrades start from here."""
    Base.metadata.create_all(conn)
    conn.execute(
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    conn.execute(
        text("INSERT INTO alembic_version VALUES (:v)"), {"v": revision_for(SCHEMA_VERSION)}
    )
