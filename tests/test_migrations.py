"""The shipped Alembic migrations build exactly the schema the models declare."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from stratplanner.model.entities import Base
from stratplanner.store.migrate import alembic_config
from stratplanner.store.schema import REVISIONS, SCHEMA_VERSION


def test_migrations_match_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_head_revision_is_the_schema_version() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == REVISIONS[SCHEMA_VERSION]
    assert sorted(REVISIONS) == list(range(1, SCHEMA_VERSION + 1))
