"""The architecture's layering: import-linter contracts, and the few rules they can't express.

The import rules are contracts in pyproject.toml (``[tool.importlinter]``): .ci/run runs
``lint-imports`` before the tests, and ``test_contracts_hold`` runs it again here, so a plain
``pytest`` catches a broken layer too. ``test_contracts_refuse`` shows each kind of contract
failing on a throwaway copy of the package tree. What a contract can't say stays a source
check below: a submodule of an external package (``matplotlib.pyplot``, ``sqlalchemy.orm``),
a call (``Session(``), and "every package but ui" (a contract lists its packages by name).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "stratplanner"
PYPROJECT = ROOT / "pyproject.toml"

QT_CONTRACT = "Only ui imports Qt (PySide6, shiboken6); nothing imports ui"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def contracts() -> list[dict]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def importlinter_section() -> str:
    """The ``[tool.importlinter]`` tables of pyproject.toml, as text (comments kept)."""
    lines = PYPROJECT.read_text(encoding="utf-8").splitlines()
    start = lines.index("[tool.importlinter]")
    section = []
    for line in lines[start:]:
        if line.startswith("[") and not line.lstrip("[").startswith("tool.importlinter"):
            break
        section.append(line)
    return "\n".join(section) + "\n"


def lint_imports(cwd: Path, pythonpath: Path) -> tuple[int, str]:
    """Run import-linter's ``lint-imports`` on the config in ``cwd``; (exit code, output)."""
    if importlib.util.find_spec("importlinter") is None:
        message = "import-linter is missing: pip install -e '.[test]' (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "COLUMNS": "200"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
            "--no-logo",
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return result.returncode, " ".join((result.stdout + result.stderr).split())


def test_contracts_hold() -> None:
    code, output = lint_imports(ROOT, ROOT / "src")
    assert code == 0, output
    assert f"Contracts: {len(contracts())} kept, 0 broken." in output, output


def make_fake_tree(root: Path) -> Path:
    """An empty ``stratplanner`` with every package the contracts name, and their config."""
    names = {
        name
        for contract in contracts()
        for key in ("source_modules", "forbidden_modules")
        for name in contract.get(key, [])
        if name.split(".")[0] == "stratplanner"
    }
    for name in names | {"stratplanner"}:
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):
            package = root.joinpath(*parts[:depth])
            package.mkdir(exist_ok=True)
            (package / "__init__.py").touch()
    (root / "pyproject.toml").write_text(importlinter_section(), encoding="utf-8")
    return root


def test_contracts_hold_on_an_empty_tree(tmp_path: Path) -> None:
    """The control for the next test: the fake tree itself breaks nothing."""
    tree = make_fake_tree(tmp_path)
    code, output = lint_imports(tree, tree)
    assert code == 0, output


@pytest.mark.parametrize(
    ("package", "line", "contract"),
    [
        ("stratplanner.analysis", "from PySide6.QtCore import QObject", QT_CONTRACT),
        ("stratplanner.cli", "import shiboken6", QT_CONTRACT),
        # the GUI launcher must stay lazy (importlib), or the CLI imports Qt
        ("stratplanner.cli", "from stratplanner.ui import app", QT_CONTRACT),
        ("stratplanner.workshop", "import PySide6", "The workshop server is Qt-free"),
        (
            "stratplanner.app",
            "from stratplanner.ui import live_plan",
            "The edit session (app) is Qt-free and sits under ui and cli",
        ),
        ("stratplanner.app", "import PySide6", QT_CONTRACT),
        (
            "stratplanner.charts",
            "from stratplanner.store import document",
            "analysis and charts never import store, the ORM entities or SQLAlchemy (directly)",
        ),
        (
            "stratplanner.analysis",
            "import sqlalchemy",
            "analysis and charts never import store, the ORM entities or SQLAlchemy (directly)",
        ),
        (
            "stratplanner.model",
            "from stratplanner import snapshot",
            "model imports nothing above it",
        ),
        ("stratplanner.analysis", "import matplotlib", "analysis does not draw"),
    ],
)
def test_contracts_refuse(tmp_path: Path, package: str, line: str, contract: str) -> None:
    tree = make_fake_tree(tmp_path)
    # inside a function: import-linter counts a lazy `import` (not importlib.import_module)
    offender = f"def later():\n    {line}\n"
    tree.joinpath(*package.split("."), "offender.py").write_text(offender, encoding="utf-8")
    code, output = lint_imports(tree, tree)
    assert code != 0, output
    assert f"{contract} BROKEN" in output, output
    assert f"{package}.offender" in output, output


def test_qt_contract_covers_every_package_but_ui() -> None:
    """A new top-level package (say, the planned ``app``) must join the Qt contract."""
    (qt,) = (c for c in contracts() if c["name"] == QT_CONTRACT)
    top_level = {
        f"stratplanner.{path.stem if path.is_file() else path.name}"
        for path in SRC.iterdir()
        if (path.is_dir() and (path / "__init__.py").exists())
        or (path.suffix == ".py" and path.name != "__init__.py")
    }
    assert set(qt["source_modules"]) == top_level - {"stratplanner.ui"}
    # the root package can't be a source module (it contains ui), so check it here
    assert not any(
        name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6", "stratplanner")
        for name in imports_of(SRC / "__init__.py")
    )


def test_ui_does_not_open_sessions() -> None:
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        sqlalchemy_session = re.search(r"(?<![A-Za-z])Session\(", source)  # not EditSession(
        if "sessionmaker" in source or sqlalchemy_session or "sqlalchemy.orm" in imports_of(path):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_ui_reads_the_plan_through_the_edit_session() -> None:
    """Delete summaries, baselines and merge ids come from ``live.session`` (app.EditSession),
    not from the document's SQLAlchemy session; import previews and checks on a worker read
    through ``live.session.read_apart``."""
    offenders = [
        str(path.relative_to(SRC))
        for path in (SRC / "ui").rglob("*.py")
        if re.search(r"\b(?:doc|document)\.session\b|new_session\(", path.read_text("utf-8"))
    ]
    assert offenders == []


def test_nothing_imports_pyplot() -> None:
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if "matplotlib.pyplot" in imports_of(p)
    ]
    assert offenders == []
