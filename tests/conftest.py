"""Test set-up: Qt offscreen, settings in a temp dir, shared plan fixtures."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from stratplanner.io.plan_json import import_plan_json
from stratplanner.paths import sample_plan_json
from stratplanner.ui import gc_guard

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def _no_collection_off_the_main_thread() -> Iterator[None]:
    """As in the app (ui/gc_guard.py): a worker thread must never run the cycle collector."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    gc_guard.collect_due()


@pytest.fixture(scope="session")
def _sample_plan_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("sample") / "sample.stratplan"
    import_plan_json(sample_plan_json(), target)
    return target


@pytest.fixture
def sample_plan(tmp_path: Path, _sample_plan_master: Path) -> Path:
    """A fresh copy of the built-in sample plan, free to edit."""
    target = tmp_path / "Sample plan.stratplan"
    shutil.copyfile(_sample_plan_master, target)
    return target


@pytest.fixture
def empty_plan(tmp_path: Path) -> Path:
    from stratplanner.store import create_plan_file

    return create_plan_file(
        tmp_path / "empty.stratplan", settings={"title": "Empty plan", "start": "2027-Q1"}
    )


# -- team mode: a throwaway PostgreSQL server, started once per test session ----------


@pytest.fixture(scope="session")
def pg_server():
    """The server URL base; tests marked ``postgres`` use it.

    On CI a server that can't start fails the run; elsewhere the tests are
    skipped with the reason printed in the summary.
    """
    from pgserver import ServerUnavailable, start_server

    try:
        server = start_server()
    except (ServerUnavailable, OSError) as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not be started for the team-mode tests: {exc}")
        pytest.skip(f"PostgreSQL could not be started here ({exc}); team-mode tests NOT run")
    yield server
    server.stop()


_plan_counter = iter(range(1, 1_000_000))


@pytest.fixture
def server_plan_url(pg_server, sample_plan: Path) -> str:
    """The sample plan published under a fresh name on the test server."""
    from stratplanner.store.server_plans import publish_plan

    url = f"{pg_server.url}?plan=t{next(_plan_counter)}"
    publish_plan(sample_plan, url)
    return url
