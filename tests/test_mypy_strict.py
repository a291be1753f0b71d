"""mypy is strict where the logic lives (issue 19 item 5) and at its default level elsewhere.

mypy's ``strict = true`` is a global switch even inside ``[[tool.mypy.overrides]]``: set there,
it makes every module strict (``ui``, ``export`` and ``charts`` are not ready for that). So the
strict packages' override spells out the flags ``--strict`` enables, and the one of them that
can only be set for the whole project (``warn_redundant_casts``) is on for all. The first test
checks the flags against mypy's own list (a new mypy with a new strict flag fails it); the
second runs mypy on a throwaway tree to show the strict packages, and only they, are strict.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The packages checked with mypy's strict flags (the rest at the default level).
STRICT_PACKAGES = {"model", "store", "commands", "snapshot", "analysis", "app"}


def require_mypy() -> None:
    if importlib.util.find_spec("mypy") is None:
        message = "mypy is missing: pip install -e '.[dev]' (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def mypy_config() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return dict(config["tool"]["mypy"])


def strict_override(config: dict[str, Any]) -> dict[str, Any]:
    (override,) = (o for o in config["overrides"] if o.get("disallow_untyped_defs"))
    return dict(override)


def test_the_strict_packages_get_every_strict_flag_and_nothing_is_strict_globally() -> None:
    require_mypy()
    from mypy.main import define_options
    from mypy.options import PER_MODULE_OPTIONS

    config = mypy_config()
    assert "strict" not in config  # the rest stays at the default level
    assert all("strict" not in o for o in config["overrides"]), "strict = true is global"
    override = strict_override(config)
    assert set(override["module"]) == {f"stratplanner.{p}.*" for p in STRICT_PACKAGES}
    _parser, _names, strict_flags = define_options()
    assert strict_flags  # mypy still lists them
    for option, value in strict_flags:
        # a per-module flag may be on for the whole project already (warn_unused_ignores)
        effective = override.get(option) if option in PER_MODULE_OPTIONS else None
        if effective is None:
            effective = config.get(option)
        assert effective == value, option


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v) for v in value) + "]"
    return json.dumps(value)


def test_mypy_checks_the_strict_packages_strictly_and_only_them(tmp_path: Path) -> None:
    """An untyped function in each package of a throwaway ``stratplanner``: mypy, with the
    project's settings, reports it in the strict packages and nowhere else."""
    require_mypy()
    from mypy import api

    tree = tmp_path / "probe"
    packages = sorted(STRICT_PACKAGES | {"ui", "cli", "export", "charts", "io"})
    (tree / "stratplanner").mkdir(parents=True)
    (tree / "stratplanner" / "__init__.py").write_text("", "utf-8")
    for package in packages:
        (tree / "stratplanner" / package).mkdir()
        (tree / "stratplanner" / package / "__init__.py").write_text(
            "def untyped(value):\n    return value\n", "utf-8"
        )
    config = mypy_config()
    overrides = config.pop("overrides")
    config["files"] = [str(tree / "stratplanner")]
    lines = ["[tool.mypy]", *(f"{k} = {_toml(v)}" for k, v in config.items())]
    for override in overrides:
        lines += ["[[tool.mypy.overrides]]", *(f"{k} = {_toml(v)}" for k, v in override.items())]
    settings = tmp_path / "pyproject.toml"
    settings.write_text("\n".join(lines) + "\n", "utf-8")
    out, err, _status = api.run(
        ["--config-file", str(settings), "--cache-dir", str(tmp_path / "cache"), "--no-pretty"]
    )
    assert not err, err
    flagged = {
        Path(line.split(":", 1)[0]).parent.name
        for line in out.splitlines()
        if "[no-untyped-def]" in line
    }
    assert flagged == STRICT_PACKAGES, out
