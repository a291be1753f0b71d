"""The headless CLI: each command works, and each bad input is one sentence and a non-zero exit."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stratplanner", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    from stratplanner import __version__

    assert out.stdout.strip() == f"StratPlanner {__version__}"


def test_new_demo_info_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "new",
        str(tmp_path / "Mine ü.stratplan"),
        "--title",
        "FY27",
        "--start",
        "2027-Q1",
        "--quarters",
        "8",
    )
    assert code == 0 and "Created" in out
    code, out, _ = run(capsys, "info", str(tmp_path / "Mine ü.stratplan"), "--json")
    info = json.loads(out)
    assert info["title"] == "FY27" and info["horizon"] == {
        "start": "2027-Q1",
        "end": "2028-Q4",
        "quarters": 8,
    }
    demo = tmp_path / "demo.stratplan"
    assert run(capsys, "demo", str(demo))[0] == 0
    code, out, _ = run(capsys, "info", str(demo), "--json")
    counts = json.loads(out)["counts"]
    assert counts["items"] >= 25 and counts["objectives"] >= 10 and counts["teams"] == 6
    code, out, _ = run(capsys, "check", str(demo))
    assert code == 0 and "is healthy" in out


def test_edit_commands_and_refusals(sample_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = str(sample_plan)
    code, out, err = run(
        capsys,
        "add",
        plan,
        "item",
        "code=CLI-1",
        "title=Shelf-edge labels",
        "start=2027-Q2",
        "end=2027-Q3",
        "capex=120000",
    )
    assert code == 0, err
    code, _, err = run(capsys, "set", plan, "item", "CLI-1", "end=2027-Q1")
    assert code == 1 and "end 2027-Q1 is before start 2027-Q2" in err and "Traceback" not in err
    code, _, err = run(capsys, "link", plan, "NOPE", "CLI-1", "3")
    assert code == 1 and "There is no objective with code 'NOPE'" in err
    export = json.loads(run(capsys, "export", "json", plan, "-o", "-")[1])
    theme = next(o["code"] for o in export["objectives"] if o["parent"] is None)
    code, _, err = run(capsys, "delete", plan, "objective", theme)
    assert code == 1 and "--force" in err
    code, out, _ = run(capsys, "delete", plan, "item", "CLI-1")
    assert code == 0 and out.startswith("Deletes roadmap item CLI-1")


def test_export_import_json_files(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json = tmp_path / "plan.json"
    assert run(capsys, "export", "json", str(sample_plan), "-o", str(out_json))[0] == 0
    assert (
        run(capsys, "import", "json", str(out_json), "-o", str(tmp_path / "back.stratplan"))[0] == 0
    )
    code, _, err = run(
        capsys, "import", "json", str(out_json), "-o", str(tmp_path / "back.stratplan")
    )
    assert code == 1 and "already exists" in err


BAD_FILES = {
    "missing": None,
    "folder": "DIR",
    "text": b"hello, this is a memo\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
    "empty": b"",
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
@pytest.mark.parametrize("command", [["info"], ["check"], ["export", "json"]])
def test_bad_plan_paths_give_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: list[str]
) -> None:
    path = tmp_path / f"bad plan é {case}.stratplan"
    content = BAD_FILES[case]
    if content == "DIR":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    before = digest(path) if path.is_file() else None
    extra = ["-o", str(tmp_path / "out.json")] if command[0] == "export" else []
    code, _, err = run(capsys, *command, str(path), *extra)
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert str(path.name) in err or "bad plan" in err
    if before is not None:
        assert digest(path) == before
    assert not (tmp_path / "out.json").exists()


def test_truncated_and_hostile_plans_on_cli(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    truncated = tmp_path / "cut.stratplan"
    truncated.write_bytes(sample_plan.read_bytes()[:5000])
    code, _, err = run(capsys, "info", str(truncated))
    assert code == 1 and "damaged" in err
    conn = sqlite3.connect(sample_plan)
    conn.execute("CREATE TRIGGER t AFTER UPDATE ON team BEGIN DELETE FROM roadmap_item; END")
    conn.commit()
    conn.close()
    before = digest(sample_plan)
    code, _, err = run(capsys, "set", str(sample_plan), "team", "X", "name=y")
    assert code == 1 and "trigger" in err
    assert digest(sample_plan) == before


def test_output_into_missing_folder(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "export", "json", str(sample_plan), "-o", str(tmp_path / "nope" / "x.json")
    )
    assert code == 1 and "does not exist" in err


def test_no_display_gives_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    code, _, err = run(capsys)
    assert code == 2
    assert "no display" in err and "headless commands" in err
    assert len(err.strip().splitlines()) == 1
