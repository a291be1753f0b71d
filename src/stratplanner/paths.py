"""Where shipped data files live (inside the installed package, also when frozen)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    base = resources.files("stratplanner.resources")
    return Path(str(base.joinpath(*parts)))


def sample_plan_json() -> Path:
    return resource("sample-plan.json")
