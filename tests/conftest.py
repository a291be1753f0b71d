"""Test set-up: Qt offscreen, settings in a temp dir, shared plan fixtures."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from stratplanner.io.plan_json import import_plan_json  # noqa: E402
from stratplanner.paths import sample_plan_json  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


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

    return create_plan_file(tmp_path / "empty.stratplan", settings={"title": "Empty plan", "start": "2027-Q1"})
