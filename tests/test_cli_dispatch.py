"""Dispatch: a command imports only its own module; a word that is no command opens no app."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stratplanner.cli import main as cli_main
from stratplanner.cli.main import (
    COMMAND_MODULES,
    COMMANDS,
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    build_parser,
    main,
)

HEAVY = ("matplotlib", "reportlab", "openpyxl", "scipy", "numpy", "PySide6", "shiboken6")

#: Runs main() in a fresh interpreter; the app may not open, and stderr ends with what got imported.
WRAPPER = """
import json, sys
import stratplanner.cli.main as cli
cli.run_gui = lambda paths: sys.exit("the desktop app was asked to open " + repr(paths))
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def run_fresh(*args: str) -> tuple[int, set[str], str]:
    """Exit code, the modules imported, and what was said on stderr (without the module list)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    *said, last = result.stderr.strip().splitlines() or [""]
    assert last.startswith("{"), result.stderr
    report = json.loads(last)
    return report["code"], set(report["modules"]), "\n".join(said)


def registered(module_name: str, function: str) -> list[str]:
    module = importlib.import_module(module_name)
    if not hasattr(module, function):
        return []
    sub = argparse.ArgumentParser().add_subparsers()
    getattr(module, function)(sub)
    return list(sub.choices)


def test_the_dispatch_tables_match_what_the_modules_register() -> None:
    for table, function in (
        (COMMANDS, "register"),
        (IMPORT_FORMATS, "register_import"),
        (EXPORT_FORMATS, "register_export"),
    ):
        actual = {name: m for m in COMMAND_MODULES for name in registered(m, function)}
        assert table == actual, function


def test_full_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for name in [*COMMANDS, "import", "export"]:
        assert f"    {name} " in out or f"    {name}\n" in out, name


def test_import_with_a_mistyped_format_lists_the_formats(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["import", "jsn", "x.json", "-o", "y.stratplan"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'jsn'" in err
    assert all(f"'{fmt}'" in err for fmt in IMPORT_FORMATS)


def test_a_command_builds_only_its_modules_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["info", "--help"])
    assert "usage: stratplanner info" in capsys.readouterr().out
    parser = build_parser([COMMANDS["info"]])
    names = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert "info" in names and "chart" not in names and "workshop" not in names


def test_info_imports_no_plotting_pdf_or_qt(sample_plan: Path) -> None:
    code, modules, said = run_fresh("info", str(sample_plan))
    assert code == 0, said
    loaded = {m.split(".")[0] for m in modules}
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    assert not {m for m in modules if m.startswith("stratplanner.cli.") and m.endswith("_cmds")} - {
        "stratplanner.cli.plan_cmds"
    }


def test_analyze_imports_no_plotting_or_qt(sample_plan: Path) -> None:
    code, modules, said = run_fresh("analyze", str(sample_plan))
    assert code == 0, said
    assert not {m.split(".")[0] for m in modules} & {"matplotlib", "reportlab", "PySide6"}


def test_chart_names_known_without_matplotlib_match_the_charts() -> None:
    """The CLI's static chart tables are the registry's: when a chart is added, the failure
    prints the tables to paste into cli/analysis_cmds.py and cli/partnership_cmds.py."""
    from stratplanner.charts import CHARTS, charts_needing
    from stratplanner.charts.style import A4_LANDSCAPE
    from stratplanner.cli import analysis_cmds, partnership_cmds

    kinds = tuple(CHARTS)
    by = {name: kind.by_choices for name, kind in CHARTS.items() if kind.by_field}
    partnership = tuple(charts_needing("partnership"))
    assert kinds == analysis_cmds.CHART_KINDS, f"CHART_KINDS = {kinds!r}"
    assert by == analysis_cmds.CHART_BY, f"CHART_BY = {by!r}"
    assert partnership == partnership_cmds.PARTNERSHIP_CHART_KINDS, (
        f"PARTNERSHIP_CHART_KINDS = {partnership!r}"
    )
    assert analysis_cmds.NAMED_SIZES["a4"] == A4_LANDSCAPE


def test_partnership_chart_is_an_alias_of_chart() -> None:
    """``partnership-chart`` (documented in docs/partnership.md) draws through ``chart``."""
    from stratplanner.cli import analysis_cmds, partnership_cmds

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    partnership_cmds.register(sub)
    args = parser.parse_args(["partnership-chart", "p", "--kind", "maturity", "-o", "x.png"])
    assert args.func is partnership_cmds.cmd_partnership_chart
    assert set(partnership_cmds.PARTNERSHIP_CHART_KINDS) <= set(analysis_cmds.CHART_KINDS)


def test_export_json_imports_no_plotting_or_pdf(sample_plan: Path, tmp_path: Path) -> None:
    code, modules, said = run_fresh(
        "export", "json", str(sample_plan), "-o", str(tmp_path / "p.json")
    )
    assert code == 0, said
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)


# -- a word that is not a command ---------------------------------------------------------


def test_mistyped_command_is_an_error_with_the_closest_names() -> None:
    code, modules, said = run_fresh("workshp", "--help")
    assert code == 2
    assert (
        said.splitlines()[0] == "stratplanner: no such command 'workshp'; did you mean 'workshop'?"
    )
    assert "desktop app was asked" not in said
    assert not {m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")}
    assert "stratplanner.ui" not in modules
    assert not [m for m in modules if m.endswith("_cmds")]  # not even the command modules
    assert "sqlalchemy" not in modules


@pytest.mark.parametrize(
    ("word", "suggested"),
    [("expot", "'export'"), ("Info", "'info'"), ("merg", "'merge'"), ("partner", "'partnership'")],
)
def test_suggestions(
    word: str, suggested: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_main, "run_gui", lambda paths: pytest.fail(f"app opened {paths}"))
    assert main([word]) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"stratplanner: no such command {word!r}; did you mean ")
    assert suggested in first


def test_a_word_like_nothing_gets_no_suggestion(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_main, "run_gui", lambda paths: pytest.fail(f"app opened {paths}"))
    assert main(["zzzz"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "stratplanner: no such command 'zzzz'."
    assert "stratplanner --help" in err


@pytest.fixture
def app_opens(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    opened: list[list[str]] = []
    monkeypatch.setattr(cli_main, "run_gui", lambda paths: opened.append(list(paths)) or 0)
    return opened


def test_plan_files_and_urls_still_open_the_app(
    sample_plan: Path, tmp_path: Path, app_opens: list[list[str]]
) -> None:
    url = "postgresql+psycopg://me:secret@db/strategy?plan=fy27"
    assert main([str(sample_plan)]) == 0
    assert main(["--debug", str(sample_plan), url]) == 0
    other = tmp_path / "notes.txt"  # an existing file: the app says what it is
    other.write_text("hello")
    assert main([str(other)]) == 0
    assert main([]) == 0
    assert app_opens == [[str(sample_plan)], [str(sample_plan), url], [str(other)], []]


def test_a_missing_plan_file_is_said_without_opening_the_app(
    tmp_path: Path, app_opens: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothere.stratplan"
    assert main([str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"the plan file {missing} does not exist" in err
    assert f"stratplanner new {missing}" in err
    assert not missing.exists()
    assert main([str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["postgresql+psycopg:/me:secret@db/x?plan=a"]) == 1  # a slash missing
    err = capsys.readouterr().err
    assert "two slashes" in err and "secret" not in err
    assert app_opens == []


def test_a_later_word_that_is_no_plan_is_refused(
    sample_plan: Path, app_opens: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(sample_plan), "--read-only"]) == 2
    assert "not '--read-only'" in capsys.readouterr().err
    assert main([str(sample_plan), "other.stratplan"]) == 1
    assert "other.stratplan does not exist" in capsys.readouterr().err
    assert app_opens == []


def test_a_plan_locked_after_it_was_opened_is_busy_not_a_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read meeting another program's lock fails in SQLAlchemy's wrapper: one sentence, exit 1."""
    import sqlite3

    import sqlalchemy as sa

    path = tmp_path / "locked.stratplan"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("create table t (x)")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("insert into t values (1)")
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(sa.exc.OperationalError) as caught, engine.connect() as conn:
            conn.exec_driver_sql("select * from t").all()
        assert cli_main._failed(caught.value, debug=False) == 1
    finally:
        engine.dispose()
        holder.close()
    err = capsys.readouterr().err
    # the store's words for a busy plan file (store/document.py file_write_problem)
    assert "is busy: another program is writing to it. Nothing was changed." in err
    assert "select" not in err.lower() and "unexpected" not in err


def test_the_process_entry_point_skips_the_teardown_collections(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``stratplanner …`` (main() reading sys.argv) collects young objects less often and
    freezes the heap as it returns, so the interpreter's exit doesn't walk it again (issue 20);
    main(argv) in a test process changes neither."""
    import gc

    before = gc.get_freeze_count(), gc.get_threshold()
    assert main(["info", "no-such.stratplan"]) == 1
    assert (gc.get_freeze_count(), gc.get_threshold()) == before
    capsys.readouterr()
    script = (
        "import gc, sys\n"
        "from stratplanner.cli.main import main\n"
        "sys.argv = ['stratplanner', 'info', 'no-such.stratplan']\n"
        "code = main()\n"
        "print(code, gc.get_freeze_count() > 0, gc.get_threshold()[0])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split()[-3:] == ["1", "True", str(cli_main.YOUNG_OBJECTS)], (
        result.stdout + result.stderr
    )
