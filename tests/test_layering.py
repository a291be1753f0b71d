"""The architecture's two rules: Qt only in ui/, and ui never opens a database session itself."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "stratplanner"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if "ui" in path.relative_to(SRC).parts[:1]:
            continue
        if any(name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for name in imports_of(path)):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_ui_does_not_open_sessions() -> None:
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "sessionmaker" in source or "Session(" in source or "sqlalchemy.orm" in imports_of(path):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_nothing_imports_pyplot() -> None:
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if "matplotlib.pyplot" in imports_of(p)
    ]
    assert offenders == []
