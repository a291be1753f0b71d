"""The package build compiles the translation catalogues (everything else is in pyproject.toml).

``build_py`` runs ``packaging/translations.py build``: pyside6-lrelease turns
``resources/i18n/<lang>/*.ts`` into ``stratplanner_<lang>.qm`` inside the wheel
(``stratplanner/resources/i18n``); an editable install (``pip install -e .``) maps
``stratplanner.resources`` to ``resources/``, so the .qm files are written there, where the
checkout loads them. PySide6 (its lrelease) is a build requirement in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent


def _translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stratplanner_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    """build_py, then the compiled translation catalogues beside the packaged resources."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            into = ROOT / "resources" / "i18n"
        else:
            into = Path(self.build_lib) / "stratplanner" / "resources" / "i18n"
        for qm in _translations().build(into):
            self.announce(f"compiled {qm}", level=2)


setup(cmdclass={"build_py": BuildPyWithCatalogues})
