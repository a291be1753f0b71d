"""What the command-line tests share: run a command in-process, read a plan back."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratplanner.cli.main import main
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``stratplanner ARGS`` in this process: exit code, standard output, standard error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def plan_data(path: Path) -> dict:
    """The plan file at ``path`` as its plan JSON document."""
    with open_plan(path, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))
