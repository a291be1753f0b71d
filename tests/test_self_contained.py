"""The repository stands on its own: no test and no CI step reads a file outside the checkout.

A user who clones the repository has nothing beside it, so a test that reads
``../shared`` or an absolute path on a developer's machine fails for them with
a misleading error. Real-world files the tests need live in ``tests/data/``
(``tests/data/SOURCES.md`` names each one's origin and licence).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

#: Text files whose paths are checked: every test module and helper, and the CI script.
CHECKED_SUFFIXES = {".py", ".cfg", ".ini", ".toml", ".sh", ".txt", ".md", ""}

_PARENTS_INDEX = re.compile(r"\.parents\[(\d+)\]")
_PARENT_CHAIN = re.compile(r"(?:\.parent){2,}")
_OUTSIDE_LITERALS = (
    re.compile(r"\.\./"),  # ../shared, ../../data
    re.compile(r"""["']\.\.["']"""),  # Path(...) / ".."
    re.compile(r"""["']shared["']\s*/|/\s*["']shared["']"""),  # ROOT / "shared" / "data"
    re.compile(r"shared/data"),
    re.compile(
        r"(?<![\w.])/(?:work|home|root|Users|mnt|opt)/"
    ),  # absolute paths on someone's machine
)
#: The one way .ci/run may go up: from .ci/ to the checkout's root.
_CI_ROOT = re.compile(r"""cd "\$\(dirname "\$0"\)/\.\."\s*$""")


def outside_references(relative: Path, text: str) -> list[str]:
    """Lines of a file at ``relative`` (inside the checkout) that point outside the checkout."""
    depth = len(relative.parts) - 1  # folders between the file and the checkout's root
    found: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if relative.as_posix() == ".ci/run" and _CI_ROOT.search(line):
            continue
        reasons = [p.pattern for p in _OUTSIDE_LITERALS if p.search(line)]
        reasons += [
            f"parents[{m.group(1)}]"
            for m in _PARENTS_INDEX.finditer(line)
            if int(m.group(1)) > depth
        ]
        reasons += [
            f"{m.group(0).count('.parent')} × .parent"
            for m in _PARENT_CHAIN.finditer(line)
            if m.group(0).count(".parent") > depth + 1
        ]
        if reasons:
            found.append(f"{relative}:{number}: {line.strip()}  ({', '.join(reasons)})")
    return found


def checked_files() -> list[Path]:
    files = [ROOT / ".ci" / "run"]
    for path in sorted((ROOT / "tests").rglob("*")):
        if not path.is_file() or DATA in path.parents or "__pycache__" in path.parts:
            continue
        if path.suffix in CHECKED_SUFFIXES:
            files.append(path)
    return files


def test_no_test_or_ci_step_refers_to_a_path_outside_the_repository() -> None:
    problems: list[str] = []
    for path in checked_files():
        if path == Path(__file__).resolve():
            continue  # this module names the patterns it looks for
        problems += outside_references(path.relative_to(ROOT), path.read_text(encoding="utf-8"))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("relative", "line"),
    [
        # What the tests did before the real files were copied into tests/data:
        (
            "tests/conftest.py",
            'SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"',
        ),
        ("tests/test_mspdi.py", "    Path(__file__).resolve().parents[2]"),
        ("tests/ui/test_x.py", "p = Path(__file__).resolve().parents[3] / 'x.csv'"),
        ("tests/test_x.py", "p = Path(__file__).parent.parent.parent / 'x.csv'"),
        ("tests/test_x.py", 'p = Path("../shared/data/real/x.csv")'),
        ("tests/test_x.py", 'p = ROOT / ".." / "data"'),
        (".ci/run", "cp -r ../shared/data tests/"),
        (".ci/run", "python3 /work/shared/tools/fetch.py"),
    ],
)
def test_the_check_finds_paths_that_leave_the_repository(relative: str, line: str) -> None:
    assert outside_references(Path(relative), line)


@pytest.mark.parametrize(
    ("relative", "line"),
    [
        ("tests/test_mspdi.py", 'REAL = Path(__file__).parent / "data" / "mspdi" / "x.xml"'),
        ("tests/ui/test_x.py", "ROOT = Path(__file__).resolve().parents[2]"),
        ("tests/ui/test_x.py", "ROOT = Path(__file__).parent.parent"),
        (".ci/run", 'cd "$(dirname "$0")/.."'),
    ],
)
def test_the_check_allows_paths_inside_the_repository(relative: str, line: str) -> None:
    assert outside_references(Path(relative), line) == []


def test_every_real_data_file_has_its_origin_recorded() -> None:
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    files = [p for p in DATA.rglob("*") if p.is_file() and p.name != "SOURCES.md"]
    assert len(files) >= 8  # two portfolios, one MS Project file, five ArchiMate schemas
    for path in files:
        relative = path.relative_to(DATA).as_posix()
        assert relative in sources or path.name in sources, f"{relative} has no entry in SOURCES.md"
