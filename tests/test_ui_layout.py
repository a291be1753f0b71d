"""The shape of ``ui`` that no import contract can say: every keyboard shortcut in one module.

``ui/actions.py`` declares every key of the app and is the only module of ``ui`` that names
``QKeySequence`` or ``QShortcut`` or calls ``setShortcut``/``setShortcuts``; the window, the
views and the workshop windows use its helpers (``set_shortcut``, ``set_view_shortcut``,
``shortcut_text``, ``key_matches``). A view that sets its own keys could take one the window
already uses, and Help ▸ Keyboard Shortcuts would no longer list what the keys do.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from test_layering import lint_imports, make_fake_tree

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "stratplanner" / "ui"
SHORTCUTS_MODULE = UI / "actions.py"

#: Names that make or set keys; only ui/actions.py may use them.
KEY_NAMES = frozenset({"QKeySequence", "QShortcut", "setShortcut", "setShortcuts"})


def key_uses(source: str) -> list[tuple[int, str]]:
    """(line, name) of every use of a key-making name: imported, named or called."""
    uses: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            uses.extend((node.lineno, a.name) for a in node.names if a.name in KEY_NAMES)
        elif isinstance(node, ast.Name) and node.id in KEY_NAMES:
            uses.append((node.lineno, node.id))
        elif isinstance(node, ast.Attribute) and node.attr in KEY_NAMES:
            uses.append((node.lineno, node.attr))
    return sorted(set(uses))


def test_the_scan_sees_every_way_of_setting_a_key() -> None:
    source = (
        "from PySide6.QtGui import QKeySequence, QShortcut\n"
        "import PySide6.QtGui as g\n"
        "action.setShortcut('Ctrl+K')\n"
        "action.setShortcuts(g.QKeySequence.StandardKey.Find)\n"
        "QShortcut(g.QKeySequence('F2'), widget)\n"
    )
    assert key_uses(source) == [
        (1, "QKeySequence"),
        (1, "QShortcut"),
        (3, "setShortcut"),
        (4, "QKeySequence"),
        (4, "setShortcuts"),
        (5, "QKeySequence"),
        (5, "QShortcut"),
    ]
    assert (
        key_uses("from stratplanner.ui.actions import set_shortcut\nset_shortcut(a, 'F5')\n") == []
    )


def test_only_ui_actions_sets_keyboard_shortcuts() -> None:
    offenders = [
        f"{path.relative_to(UI)}:{line}: {name}"
        for path in sorted(UI.rglob("*.py"))
        if path != SHORTCUTS_MODULE
        for line, name in key_uses(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "set keys through ui/actions.py:\n" + "\n".join(offenders)
    # and the module that owns them really does
    assert {"QKeySequence", "setShortcut", "setShortcuts"} <= {
        name for _line, name in key_uses(SHORTCUTS_MODULE.read_text(encoding="utf-8"))
    }


def test_only_the_view_registry_imports_by_name() -> None:
    """Views import charts and widgets plainly (mypy and import-linter see them; a view's module
    loads when the view is first shown); only the registry loads view modules by name."""
    registry = UI / "views" / "__init__.py"
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            if path != registry and any(n.split(".")[0] == "importlib" for n in names):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []
    assert "importlib" in registry.read_text(encoding="utf-8")


ROOMS = "ui rooms: "


@pytest.mark.parametrize(
    ("package", "line", "contract"),
    [
        (
            "stratplanner.ui.models",
            "from stratplanner.ui.widgets import editors",
            "Qt item models import no widget, dialog, view or window",
        ),
        (
            "stratplanner.ui.models",
            "from stratplanner.ui.views import roadmap",
            "Qt item models import no widget, dialog, view or window",
        ),
        (
            "stratplanner.ui.widgets",
            "from stratplanner.ui.views import roadmap",
            "widgets import no view, dialog window or window",
        ),
        (
            "stratplanner.ui.widgets",
            "from stratplanner.ui.dialogs import find",
            "widgets import no view, dialog window or window",
        ),
        (
            "stratplanner.ui.widgets",
            "from stratplanner.ui import main_window",
            "widgets import no view, dialog window or window",
        ),
        (
            "stratplanner.ui.dialogs",
            "from stratplanner.ui.views import roadmap",
            "dialogs open no view",
        ),
        (
            "stratplanner.ui.views",
            "from stratplanner.ui import main_window",
            "views never import the window (they talk to their ViewHost)",
        ),
    ],
)
def test_the_rooms_of_ui_are_contracts(
    tmp_path: Path, package: str, line: str, contract: str
) -> None:
    """Each rooms contract in pyproject.toml fails on a throwaway tree that breaks it."""
    tree = make_fake_tree(tmp_path)
    for module in ("ui/views/roadmap.py", "ui/dialogs/find.py", "ui/widgets/editors.py",
                   "ui/main_window.py"):  # fmt: skip
        tree.joinpath("stratplanner", module).write_text("", encoding="utf-8")
    tree.joinpath(*package.split("."), "offender.py").write_text(f"{line}\n", encoding="utf-8")
    code, output = lint_imports(tree, tree)
    assert code != 0, output
    assert f"{ROOMS}{contract} BROKEN" in output, output
    assert f"{package}.offender" in output, output


def test_a_widget_may_use_the_view_interfaces_and_ask_the_dialogs_object(tmp_path: Path) -> None:
    """The control: ViewHost/RecordSubset (ui/views/__init__.py) and the replaceable Dialogs
    (ui/dialogs/__init__.py) are not rooms a widget must stay out of."""
    tree = make_fake_tree(tmp_path)
    offender = (
        "from stratplanner.ui.views import ViewHost\nfrom stratplanner.ui.dialogs import Dialogs\n"
    )
    tree.joinpath("stratplanner", "ui", "widgets", "fine.py").write_text(offender, encoding="utf-8")
    code, output = lint_imports(tree, tree)
    assert code == 0, output
