"""Packaging: the wheel works on its own, and the desktop-integration files agree.

The slow test installs the built wheel into a fresh virtual environment (deps come
from pip's cache or PyPI) and runs the CLI from there. Building the frozen
PyInstaller bundle takes several minutes, so that test runs only when asked for
(STRATPLANNER_TEST_BUNDLE=1); packaging/build.sh does the same build and checks.
"""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

import stratplanner
from stratplanner.paths import sample_plan_json
from stratplanner.store.schema import APPLICATION_ID, PLAN_SUFFIX

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons" / "app"
APP_ID = "org.stratplanner.StratPlanner"
MIME_TYPE = "application/x-stratplanner"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
#: What a source copy needs to build the wheel (nothing stale from build/ or caches).
# setup.py and packaging/ build the translation catalogues (.qm) into the wheel; a .qm left in
# the checkout is not copied, so the wheel's comes from the build.
WHEEL_SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "src", "resources")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.stratplan.lock", "*.qm")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(
    args: list[str | Path], cwd: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built from a clean copy of the sources."""
    source = tmp_path_factory.mktemp("source")
    for name in WHEEL_SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=IGNORED)
        else:
            shutil.copy2(path, source / name)
    for path in ROOT.glob("LICEN[CS]E*"):
        shutil.copy2(path, source / path.name)
    (source / "packaging").mkdir()
    shutil.copy2(ROOT / "packaging" / "translations.py", source / "packaging" / "translations.py")
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, source], cwd=source)
    (built,) = out.glob("stratplanner-*.whl")
    return built


def _wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


# -- the wheel -------------------------------------------------------------------------------


def test_wheel_holds_every_module_resource_and_migration(wheel: Path) -> None:
    names = _wheel_names(wheel)
    src = ROOT / "src"
    modules = {
        p.relative_to(src).as_posix()
        for p in (src / "stratplanner").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    missing_modules = sorted(modules - names)
    assert not missing_modules, (
        "modules missing from the wheel (is their package listed in pyproject's "
        f"[tool.setuptools] packages?): {missing_modules}"
    )
    resources = {
        "stratplanner/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".qm")
    }
    assert sorted(resources - names) == []
    # the compiled translation catalogues, built by setup.py (lrelease), not copied
    assert "stratplanner/resources/i18n/stratplanner_de.qm" in names
    assert "stratplanner/resources/i18n/de/views.ts" in names  # the English plural forms too

    assert "stratplanner/resources/sample-plan.json" in names
    assert "stratplanner/store/migrations/script.py.mako" in names
    assert "stratplanner/store/migrations/env.py" in names
    assert any(n.startswith("stratplanner/store/migrations/versions/r0001_") for n in names)
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.ttf"))
    for font in fonts:
        assert f"stratplanner/resources/fonts/{font.name}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata_has_the_version_and_the_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        dist_info = next(
            n.split("/")[0] for n in zf.namelist() if n.endswith(".dist-info/METADATA")
        )
        metadata = zf.read(f"{dist_info}/METADATA").decode()
        entry_points = zf.read(f"{dist_info}/entry_points.txt").decode()
    assert f"\nVersion: {stratplanner.__version__}\n" in metadata
    assert re.search(r"^stratplanner\s*=\s*stratplanner\.cli\.main:main$", entry_points, re.M)


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_runs_the_cli(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    _run([python, "-m", "pip", "install", "-q", "--no-compile", wheel], cwd=tmp_path)
    cli = bin_dir / "stratplanner"
    work = tmp_path / "work"
    work.mkdir()

    located = _run(
        [python, "-c", "import stratplanner.paths as p; print(p.sample_plan_json())"], cwd=work
    ).stdout.strip()
    assert Path(located).is_relative_to(venv), f"not the installed package: {located}"

    version = _run([cli, "--version"], cwd=work).stdout.strip()
    assert version == f"{stratplanner.APP_NAME} {stratplanner.__version__}"

    _run([cli, "demo", "x.stratplan"], cwd=work)
    plan = work / "x.stratplan"
    header = plan.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID

    _run([cli, "export", "json", "x.stratplan", "-o", "x.json"], cwd=work)
    exported = json.loads((work / "x.json").read_text(encoding="utf-8"))
    sample = json.loads(sample_plan_json().read_text(encoding="utf-8"))
    assert exported["plan"]["title"] == sample["plan"]["title"]

    help_text = _run([cli, "export", "--help"], cwd=work).stdout
    if re.search(r"\bpdf\b", help_text):  # the PDF needs the fonts from the wheel
        _run([cli, "export", "pdf", "x.stratplan", "-o", "x.pdf"], cwd=work)
        assert (work / "x.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("STRATPLANNER_TEST_BUNDLE"),
    reason="builds the PyInstaller bundle (~5 min): set STRATPLANNER_TEST_BUNDLE=1",
)
def test_build_script_makes_a_bundle_whose_cli_exports_the_sample_pdf(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    for name in (*WHEEL_SOURCES, "packaging", "tests/fixtures/plans"):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, checkout / name, ignore=IGNORED)
        else:
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, checkout / name)
    env = _clean_env() | {"PYTHON": sys.executable}
    result = subprocess.run(
        ["bash", str(checkout / "packaging" / "build.sh")],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert re.search(r"^\d+ passed, 0 failed$", output, re.M), output[-6000:]
    assert re.search(r"^export pdf: \d+ bytes$", output, re.M), output[-6000:]
    app = checkout / "dist" / "stratplanner"
    for name in ("stratplanner", "stratplanner-cli", "install.sh"):
        assert os.access(app / name, os.X_OK), name
    assert (app / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert (app / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()


# -- desktop integration files ----------------------------------------------------------------


def test_desktop_file_starts_the_app_for_plans() -> None:
    path = LINUX / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "stratplanner"
    assert "%F" in entry["Exec"] or "%f" in entry["Exec"]
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, path], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_and_the_current_release() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    root = ElementTree.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == stratplanner.__version__, (
        f"add a <release> for the new version at the top of <releases> in {path.relative_to(ROOT)}"
    )
    validator = shutil.which("appstreamcli")
    if validator:
        result = subprocess.run(
            [validator, "validate", "--no-net", path], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_matches_the_plan_file_format() -> None:
    root = ElementTree.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*{PLAN_SUFFIX}"]
    outer = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert outer is not None
    assert (outer.get("type"), outer.get("value"), outer.get("offset")) == (
        "string",
        "SQLite format 3",
        "0",
    )
    inner = outer.find(f"{MIME_NS}match")
    assert inner is not None
    assert inner.get("type") == "big32"
    assert int(inner.get("value") or "", 16) == APPLICATION_ID
    assert inner.get("offset") == "68"


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="needs shared-mime-info")
def test_mime_database_recognises_plans_by_name_and_content(
    tmp_path: Path, sample_plan: Path
) -> None:
    share = tmp_path / "share"
    packages = share / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    _run(["update-mime-database", share / "mime"], cwd=tmp_path)
    renamed = tmp_path / "renamed.bin"
    shutil.copy(sample_plan, renamed)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QMimeDatabase
        app = QCoreApplication([])
        db = QMimeDatabase()
        for path in sys.argv[1:]:
            print(db.mimeTypeForFile(path).name())
        """
    )
    env = _clean_env() | {"XDG_DATA_HOME": str(share)}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(sample_plan), str(renamed), str(other)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.split() == [MIME_TYPE, MIME_TYPE, "application/vnd.sqlite3"]


def test_macos_info_plist_declares_the_document_type() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    (doc_type,) = info["CFBundleDocumentTypes"]
    (uti,) = info["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    tags = uti["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [PLAN_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [MIME_TYPE]
    for icon in {doc_type["CFBundleTypeIconFile"], uti["UTTypeIconFile"]}:
        assert (ICONS / icon).is_file()


def test_windows_installer_associates_plans_with_the_app() -> None:
    script = (PACKAGING / "windows" / "stratplanner.iss").read_text(encoding="utf-8")
    assert r'Subkey: "Software\Classes\.stratplan"' in script
    assert "ChangesAssociations=yes" in script
    assert r'shell\open\command"' in script and '""%1""' in script
    icon = re.search(r'#define PlanIcon "\{app\}\\_internal\\(.+)"', script)
    assert icon, "PlanIcon must point inside the bundle's _internal folder"
    in_package = icon.group(1).replace("\\", "/").removeprefix("stratplanner/resources/")
    assert (ROOT / "resources" / in_package).is_file()
    assert (ICONS / "stratplanner.ico").is_file()


def test_icon_set_is_complete() -> None:
    sizes = (16, 24, 32, 48, 64, 128, 256, 512)
    for name in ("stratplanner", "stratplanner-document"):
        assert (ICONS / f"{name}.svg").is_file()
        for size in sizes:
            with Image.open(ICONS / f"{name}-{size}.png") as image:
                assert image.size == (size, size)
                assert image.mode == "RGBA"
        with Image.open(ICONS / f"{name}.ico") as ico:
            assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
        assert (ICONS / f"{name}.icns").read_bytes()[:4] == b"icns"


def test_build_script_and_spec_refer_to_existing_files() -> None:
    build = PACKAGING / "build.sh"
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", build], check=True)
        subprocess.run(["bash", "-n", LINUX / "install.sh"], check=True)
    text = build.read_text(encoding="utf-8")
    for name in re.findall(r'"\$LINUX/([^"]+)"', text):
        assert (LINUX / name.replace("$APP_ID", APP_ID)).is_file(), name
    spec = (PACKAGING / "stratplanner.spec").read_text(encoding="utf-8")
    compile(spec, "stratplanner.spec", "exec")
    assert "frozen_main.py" in spec and (PACKAGING / "frozen_main.py").is_file()


def test_spec_bundles_reportlabs_c_speedups() -> None:
    """reportlab imports ``_rl_accel`` by name at run time, so PyInstaller can't see it; the
    spec names it, and the bundle's self-check fails when reportlab runs without it."""
    import _rl_accel
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str is _rl_accel.fp_str  # the module the spec names is the one in use
    spec = (PACKAGING / "stratplanner.spec").read_text(encoding="utf-8")
    assert re.search(r"hiddenimports \+= \[[^\]]*\"_rl_accel\"", spec)
    check = (PACKAGING / "bundle_check.py").read_text(encoding="utf-8")
    assert "def reportlab_uses_its_c_speedups" in check
