"""Issue 22, the "Low" list: each attack reproduced; one sentence, exit 1 or 2, nothing left behind.

See docs/robustness.md for the table of attacks, outcomes and the tests here.
"""

from __future__ import annotations

import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import plan_data, run
from stratplanner.cli.main import main
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def one_sentence(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


# -- a team-plan name with a line break or spaces ------------------------------------------


@pytest.mark.parametrize("plan", ["fy27%0A", "fy27%0D", "%20fy27", "fy27%20", "fy%0927"])
def test_plan_names_with_control_characters_or_spaces_are_refused(
    plan: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused before any connection (port 1 would say 'can't be reached' otherwise)."""
    from stratplanner.store import PlanFileError
    from stratplanner.store.server import parse_server_target

    url = f"postgresql+psycopg://bob@127.0.0.1:1/db?plan={plan}"
    with pytest.raises(PlanFileError, match="spaces or control characters"):
        parse_server_target(url)
    code, _out, err = run(capsys, "info", url)
    assert code == 1 and one_sentence(err)
    assert "spaces or control characters" in err and "reached" not in err
    assert parse_server_target(url.replace(plan, "fy27")).plan == "fy27"


# -- duplicate keys in plan JSON ---------------------------------------------------------------


def test_duplicate_json_keys_are_refused_naming_the_key(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.json"
    assert run(capsys, "export", "json", str(sample_plan), "-o", str(source))[0] == 0
    text = source.read_text(encoding="utf-8")
    at = text.index('"title": ', text.index('"items"'))
    hostile = tmp_path / "dup.json"
    hostile.write_text(text[:at] + '"title": "Shadow",\n      ' + text[at:], encoding="utf-8")
    target = tmp_path / "new.stratplan"
    code, _out, err = run(capsys, "import", "json", str(hostile), "-o", str(target))
    assert code == 1 and one_sentence(err)
    assert 'the key "title" appears twice' in err
    assert not target.exists()
    before = plan_data(sample_plan)
    code, _out, err = run(capsys, "merge", str(sample_plan), str(hostile))
    assert code == 1 and one_sentence(err) and 'the key "title" appears twice' in err
    assert plan_data(sample_plan) == before
    # The same document without the duplicate imports.
    assert json.loads(text)
    assert run(capsys, "import", "json", str(source), "-o", str(target))[0] == 0


# -- lock files: a full disk, and lock files StratPlanner can't read ---------------------------


def test_disk_full_while_creating_the_lock_says_so_and_leaves_no_lock(
    sample_plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from stratplanner.store.lock import lock_path_for

    def disk_full(_fd: int, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("stratplanner.store.lock._write_all", disk_full)
    before = sample_plan.read_bytes()
    with open_plan(sample_plan) as doc:
        assert doc.read_only and "disk holding it is full" in doc.read_only_reason
    assert not lock_path_for(sample_plan).exists()
    code, _out, err = run(capsys, "set", str(sample_plan), "item", "CLOUD-LZ", "title=X")
    assert code == 1 and one_sentence(err)
    assert "disk holding it is full" in err and "free some space" in err
    assert "does not allow a lock file" not in err
    assert not lock_path_for(sample_plan).exists()
    assert sample_plan.read_bytes() == before


def _no_file_may_grow() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_a_lock_cut_short_by_a_file_size_limit_is_not_left_behind(sample_plan: Path) -> None:
    """A real write failure (RLIMIT_FSIZE, in a child): the 0-byte lock file used to stay."""
    from stratplanner.store.lock import lock_path_for

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "stratplanner",
            "set",
            str(sample_plan),
            "item",
            "CLOUD-LZ",
            "title=X",
        ],
        preexec_fn=_no_file_may_grow,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and one_sentence(proc.stderr)
    assert "limit on file size" in proc.stderr
    assert not lock_path_for(sample_plan).exists()


def _old(path: Path) -> None:
    os.utime(path, (1_000_000_000, 1_000_000_000))


@pytest.mark.parametrize(
    "content",
    [
        "garbage",
        '{"user": "alice"}',
        '{"user": "", "host": "", "pid": 0, "since": ""}',
        '{"user": "bob", "host": "elsewhere", "pid": "x", "since": "now"}',
        "[1, 2]",
        '"just text"',
        "\x00\x01\x02",
    ],
)
def test_a_lock_file_of_unknown_origin_is_named_and_left_alone(
    content: str, sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratplanner.store.lock import lock_path_for

    lock = lock_path_for(sample_plan)
    lock.write_text(content, encoding="utf-8")
    _old(lock)
    with open_plan(sample_plan) as doc:
        assert doc.read_only
        reason = doc.read_only_reason
    assert "unknown origin" in reason and str(lock) in reason and "remove that file" in reason
    assert "unknown host" not in reason and "(since )" not in reason
    assert lock.read_text(encoding="utf-8") == content  # not ours to delete
    code, _out, err = run(capsys, "set", str(sample_plan), "item", "CLOUD-LZ", "title=X")
    assert code == 1 and one_sentence(err) and "unknown origin" in err
    lock.unlink()  # what the sentence says to do
    assert run(capsys, "set", str(sample_plan), "item", "CLOUD-LZ", "title=X")[0] == 0


def test_an_empty_lock_file_is_ours_cut_short_and_reclaimed_once_old(sample_plan: Path) -> None:
    from stratplanner.store.lock import lock_path_for

    lock = lock_path_for(sample_plan)
    lock.write_bytes(b"")
    with open_plan(sample_plan) as doc:  # being written right now by another opener
        assert doc.read_only and "opening it at this moment" in doc.read_only_reason
    _old(lock)
    with open_plan(sample_plan) as doc:  # left by a kill or a full disk: reclaimed
        assert not doc.read_only
    assert not lock.exists()


def test_a_readable_lock_with_an_odd_time_leaves_the_time_out(sample_plan: Path) -> None:
    from stratplanner.store.lock import lock_path_for

    lock = lock_path_for(sample_plan)
    lock.write_text(
        json.dumps({"user": "bob", "host": "elsewhere", "pid": 42, "since": "teatime"}),
        encoding="utf-8",
    )
    with open_plan(sample_plan) as doc:
        assert doc.read_only_reason == "it is open by bob on elsewhere"


# -- a plan held with an EXCLUSIVE SQLite lock by another program ------------------------------

HOLD_EXCLUSIVE = r"""
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()
"""


def test_a_plan_locked_by_another_program_is_busy_not_damaged(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_plan.read_bytes()
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(sample_plan)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:  # leaving the block closes its stdin: it lets go and ends
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        for args in (
            ["info", str(sample_plan)],
            ["set", str(sample_plan), "item", "CLOUD-LZ", "title=X"],
        ):
            code, _out, err = run(capsys, *args)
            assert code == 1 and one_sentence(err), (args, err)
            assert "is busy: another program holds it locked" in err and "try again" in err
            assert "damaged" not in err
    assert sample_plan.read_bytes() == before
    assert run(capsys, "info", str(sample_plan))[0] == 0


# -- every file written for the user follows the umask; temp files don't outlive a crash -------


@pytest.fixture
def group_writable_umask() -> object:
    """umask 002: what a plain open() gives is 0664 — neither mkstemp's 0600 nor SQLite's 0644."""
    old = os.umask(0o002)
    try:
        yield
    finally:
        os.umask(old)


def test_every_written_file_follows_the_umask(
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    group_writable_umask: object,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    plan = str(sample_plan)
    commands = {
        "plan.pdf": ["export", "pdf", plan],
        "plan.xlsx": ["export", "xlsx", plan],
        "items.csv": ["export", "csv", plan, "--kind", "item"],
        "plan.json": ["export", "json", plan],
        "plan.mspdi.xml": ["export", "mspdi", plan],
        "plan.archimate.xml": ["export", "archimate", plan],
        "roadmap.svg": ["chart", plan, "--kind", "roadmap"],
        "heatmap.png": ["chart", plan, "--kind", "heatmap"],
        "new.stratplan": ["new"],
        "demo.stratplan": ["demo"],
    }
    for name, args in commands.items():
        target = str(out / name)
        full = [*args, "-o", target] if args[0] in ("export", "chart") else [*args, target]
        code, _out, err = run(capsys, *full)
        assert code == 0, (name, err)
    code, _out, err = run(
        capsys, "import", "json", str(out / "plan.json"), "-o", str(out / "imported.stratplan")
    )
    assert code == 0, err
    with open_plan(sample_plan, read_only=True) as doc:
        doc.save_copy(out / "copy.stratplan")
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in out.iterdir()}
    assert modes == dict.fromkeys(modes, "0o664") and len(modes) == len(commands) + 2
    # Replacing a file keeps that file's own permissions, as open(path, "w") does.
    (out / "plan.pdf").chmod(0o640)
    assert run(capsys, "export", "pdf", plan, "-o", str(out / "plan.pdf"))[0] == 0
    assert (out / "plan.pdf").stat().st_mode & 0o777 == 0o640


def _leftover(folder: Path, target: str, pid: int, *, age: float | None = None) -> Path:
    """A temporary file as a write killed mid-way leaves it (named as ours are); by default
    untouched twice as long as a dead process's temp files are kept."""
    from stratplanner.atomic_files import STALE_AFTER, TEMP_SUFFIX, _host_tag

    age = 2 * STALE_AFTER if age is None else age

    path = folder / f".{target}.{_host_tag()}-{pid}-abcd1234{TEMP_SUFFIX}"
    path.write_bytes(b"half a file")
    stamp = path.stat().st_mtime - age
    os.utime(path, (stamp, stamp))
    return path


def _dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    return int(proc.stdout)


KILLED_MID_EXPORT = r"""
import os, signal, sys
from stratplanner.atomic_files import atomic_path
with atomic_path(sys.argv[1]) as temp:
    temp.write_bytes(b"half a workbook")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_temp_files_left_by_a_killed_write_are_cleaned_on_the_next_write(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratplanner.atomic_files import STALE_AFTER, TEMP_SUFFIX, clean_stale_temp_files

    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_MID_EXPORT, str(out / "plan.xlsx")], check=False
    )
    assert proc.returncode == -9
    (left,) = out.iterdir()
    assert left.name.startswith(".plan.xlsx.") and left.name.endswith(TEMP_SUFFIX)
    assert clean_stale_temp_files(out) == []  # just written: could still be in use
    os.utime(left, (left.stat().st_mtime - 2 * STALE_AFTER,) * 2)
    dead = _dead_pid()
    old_json = _leftover(out, "plan.json", dead)
    journal = old_json.with_name(old_json.name + "-journal")
    journal.write_bytes(b"")
    os.utime(journal, (old_json.stat().st_mtime,) * 2)
    mine = _leftover(out, "busy.xlsx", os.getpid())  # this process is still writing it
    young = _leftover(out, "young.pdf", dead, age=0)  # touched just now
    recent = _leftover(out, "long.pdf", dead, age=STALE_AFTER / 2)  # a long export, PID unseen
    foreign = out / f".x.pdf.otherhost-{dead}-abcd1234{TEMP_SUFFIX}"  # another computer's
    foreign.write_bytes(b"")
    os.utime(foreign, (foreign.stat().st_mtime - 2 * STALE_AFTER,) * 2)
    not_ours = out / ".plan.xlsx.1234.tmp"
    not_ours.write_bytes(b"someone else's")
    os.utime(not_ours, (1_000_000_000,) * 2)
    code, _out, err = run(capsys, "export", "xlsx", str(sample_plan), "-o", str(out / "plan.xlsx"))
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["plan.xlsx", mine.name, young.name, recent.name, foreign.name, not_ours.name]
    )


def test_temp_files_beside_a_plan_are_cleaned_when_it_is_opened(sample_plan: Path) -> None:
    dead = _dead_pid()
    left = _leftover(sample_plan.parent, sample_plan.name, dead)  # a save-as killed mid-copy
    with open_plan(sample_plan, read_only=True):
        pass
    assert not left.exists()


def test_a_failed_plan_creation_leaves_no_temp_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stratplanner-plan"}', encoding="utf-8")
    code, _out, err = run(capsys, "import", "json", str(bad), "-o", str(tmp_path / "x.stratplan"))
    assert code == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


# -- hand-edited values: check names each one; nothing else crashes -----------------------------

HAND_EDITS = [
    ("roadmap_item", "capex = 'lots'", "code = 'ERP-FIN'"),
    ("roadmap_item", "status = 'exploded'", "code = 'CLOUD-LZ'"),
    ("roadmap_item", "start = '2027-Q9'", "code = 'POS-REFRESH'"),
    ("roadmap_item", "mandatory = 7", "code = 'POS-REFRESH'"),
    ("roadmap_item", "opex = -5", "code = 'CLOUD-LZ'"),
    ("plan_settings", "quarters = 'many'", "id = 1"),
]

EXPECTED_LINES = [
    "problem: plan_settings id 1: quarters is 'many'; a whole number is allowed.",
    "problem: roadmap_item code 'POS-REFRESH': start is '2027-Q9'; "
    "a quarter such as 2027-Q3 is allowed.",
    "problem: roadmap_item code 'ERP-FIN': capex is 'lots'; a number is allowed.",
    "problem: roadmap_item code 'POS-REFRESH': mandatory is 7; 1 (true) or 0 (false) is allowed.",
    "problem: roadmap_item code 'CLOUD-LZ' breaks the rule "
    "capex >= 0 AND opex >= 0 AND annual_value >= 0.",
    "problem: roadmap_item code 'CLOUD-LZ': status is 'exploded'; "
    "allowed: proposed, approved, in_progress, done, on_hold, cancelled.",
]


def hand_edit(plan: Path) -> None:
    """What a user with the sqlite3 module can do (CHECK constraints switched off)."""
    conn = sqlite3.connect(plan)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for table, assignment, where in HAND_EDITS:
            assert conn.execute(f"UPDATE {table} SET {assignment} WHERE {where}").rowcount == 1
        conn.commit()
    finally:
        conn.close()


def test_check_names_every_hand_edited_value_and_nothing_crashes(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratplanner.store import PlanFileError

    hand_edit(sample_plan)
    before = sample_plan.read_bytes()
    code, out, err = run(capsys, "check", str(sample_plan))
    assert code == 1, err
    assert sorted(out.splitlines()) == sorted(EXPECTED_LINES)
    code, out, _err = run(capsys, "check", "--json", str(sample_plan))
    assert code == 1 and len(json.loads(out)["problems"]) == len(EXPECTED_LINES)
    for args in (
        ["info", str(sample_plan)],
        ["screenshot", str(sample_plan), "-o", str(tmp_path / "s.png")],
        ["export", "pdf", str(sample_plan), "-o", str(tmp_path / "p.pdf")],
        ["set", str(sample_plan), "item", "ERP-FIN", "capex=5"],
    ):
        code, out, err = run(capsys, *args)
        assert code == 1 and one_sentence(err), (args, err)
        assert "holds values StratPlanner can't read" in err
        assert "run 'stratplanner check" in err
    with pytest.raises(PlanFileError, match="stratplanner check"):  # what the app shows
        open_plan(sample_plan)
    assert sample_plan.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [sample_plan.name]


def test_check_of_a_healthy_plan_is_unchanged_by_the_value_rules(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", str(sample_plan))
    assert code == 0, out + err
    assert "problem" not in out


# -- two CLI `set`s on one record: --if-version ------------------------------------------------


def _item_title(plan: Path, code: str) -> str:
    with open_plan(plan, read_only=True) as doc:
        return next(i.title for i in load_snapshot(doc.session).items if i.code == code)


def test_set_if_version_refuses_a_record_changed_since(
    sample_plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = str(sample_plan)
    code, out, err = run(capsys, "set", plan, "item", "CLOUD-LZ", "title=Read by both")
    assert code == 0, err
    seen = int(out.split("now version ")[1].split(")")[0])
    # Two scripts read that version; the first writes with it.
    monkeypatch.setenv("STRATPLANNER_USER", "alice")
    code, out, err = run(
        capsys, "set", plan, "item", "CLOUD-LZ", "title=Alice's", "--if-version", str(seen)
    )
    assert code == 0, err
    assert f"(now version {seen + 1})" in out
    before = sample_plan.read_bytes()
    monkeypatch.setenv("STRATPLANNER_USER", "bob")
    code, out, err = run(
        capsys, "set", plan, "item", "CLOUD-LZ", "title=Bob's", "--if-version", str(seen)
    )
    assert code == 1 and one_sentence(err), err
    assert f"Roadmap item CLOUD-LZ is at version {seen + 1}, not {seen}" in err
    assert "changed by alice" in err and f"--if-version {seen + 1}" in err
    assert sample_plan.read_bytes() == before
    assert _item_title(sample_plan, "CLOUD-LZ") == "Alice's"
    # Without --if-version the last writer wins, as before.
    assert run(capsys, "set", plan, "item", "CLOUD-LZ", "title=Bob's")[0] == 0
    assert _item_title(sample_plan, "CLOUD-LZ") == "Bob's"


def test_set_if_version_on_the_plan_settings_and_bad_versions(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(sample_plan)
    code, out, err = run(capsys, "set", plan, "plan", "title=FY27", "--if-version", "1")
    assert code == 0 and "(now version 2)" in out, err
    code, _out, err = run(capsys, "set", plan, "plan", "title=FY28", "--if-version", "1")
    assert code == 1 and one_sentence(err) and "The plan is at version 2, not 1" in err
    code, _out, err = run(capsys, "set", plan, "plan", "title=FY28", "--if-version", "0")
    assert code in (1, 2) and one_sentence(err) and "1 or more" in err


def test_set_help_documents_if_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["set", "--help"])
    assert "--if-version N" in capsys.readouterr().out


@pytest.mark.parametrize("pid", ["99999999999999999999", "4294967296", "0"])
def test_a_temp_file_with_an_impossible_pid_stops_no_open_or_export(
    pid: str, sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratplanner import atomic_files
    from stratplanner.atomic_files import TEMP_SUFFIX, _host_tag

    odd = sample_plan.parent / f".x.{_host_tag()}-{pid}-abc{TEMP_SUFFIX}"
    odd.write_bytes(b"")
    stamp = odd.stat().st_mtime - 10 * atomic_files.STALE_AFTER
    os.utime(odd, (stamp, stamp))
    assert run(capsys, "info", str(sample_plan))[0] == 0
    out = tmp_path / "plan.json"
    code, _out, err = run(capsys, "export", "json", str(sample_plan), "-o", str(out))
    assert code == 0, err
    assert out.exists()
    assert odd.exists()  # not known to be stale: left alone


def test_the_cleanup_goes_on_past_a_file_it_cannot_judge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stratplanner import atomic_files

    dead = _dead_pid()
    first = _leftover(tmp_path, "a.pdf", dead)
    second = _leftover(tmp_path, "b.pdf", dead)
    judged: list[str] = []
    real = atomic_files._is_stale

    def odd(match: re.Match[str], age: float) -> bool:
        judged.append(match.string)
        if len(judged) == 1:
            raise RuntimeError("an odd file")
        return real(match, age)

    monkeypatch.setattr(atomic_files, "_is_stale", odd)
    removed = atomic_files.clean_stale_temp_files(tmp_path)
    assert len(judged) == 2 and len(removed) == 1
    assert {first.exists(), second.exists()} == {True, False}


def test_writing_through_a_symbolic_link_updates_the_file_it_points_to(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stratplanner.atomic_files import write_text_atomically

    real_dir = tmp_path / "real"
    links = tmp_path / "links"
    real_dir.mkdir()
    links.mkdir()
    real = real_dir / "plan.json"
    real.write_text("old")
    real.chmod(0o640)
    link = links / "plan.json"
    link.symlink_to(real)
    code, _out, err = run(capsys, "export", "json", str(sample_plan), "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert json.loads(real.read_text(encoding="utf-8"))  # the export, not "old"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real_dir.iterdir()) == ["plan.json"]
    assert sorted(p.name for p in links.iterdir()) == ["plan.json"]

    dangling = links / "new.txt"
    dangling.symlink_to(real_dir / "new.txt")
    write_text_atomically(dangling, "hi\n")
    assert dangling.is_symlink() and (real_dir / "new.txt").read_text() == "hi\n"


def test_the_host_tag_tells_apart_names_that_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from stratplanner import atomic_files

    tags = []
    for name in ("ws-1", "ws.1", "ws_1", "a" * 40 + "x", "a" * 40 + "y"):
        monkeypatch.setattr(socket, "gethostname", lambda name=name: name)
        atomic_files._host_tag.cache_clear()
        tags.append(atomic_files._host_tag())
        assert re.fullmatch(r"[A-Za-z0-9_]+", tags[-1])
    atomic_files._host_tag.cache_clear()
    assert len(set(tags)) == len(tags)


def test_a_dead_process_temp_file_is_kept_until_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stratplanner import atomic_files

    monkeypatch.setattr(atomic_files, "STALE_AFTER", 100.0)
    dead = _dead_pid()
    young = _leftover(tmp_path, "a.pdf", dead, age=50)
    old = _leftover(tmp_path, "b.pdf", dead, age=150)
    assert atomic_files.clean_stale_temp_files(tmp_path) == [old]
    assert young.exists()


def test_a_read_only_file_is_not_replaced_by_an_export(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Renaming over a file needs only a writable folder: a file its owner made read-only
    must still be refused, as ``open(path, "w")`` would (checked by mode bits, since the
    superuser passes ``os.access``)."""
    from stratplanner.atomic_files import TEMP_SUFFIX, ReadOnlyFile, write_bytes_atomically

    kept = tmp_path / "board.json"
    kept.write_text("keep me", encoding="utf-8")
    kept.chmod(0o444)
    with pytest.raises(ReadOnlyFile):
        write_bytes_atomically(kept, b"new")
    code, _out, err = run(capsys, "export", "json", str(sample_plan), "-o", str(kept))
    assert code == 1
    assert err.strip() == (
        "board.json is read-only; choose another file name, or make it writable and try again."
    )
    assert kept.read_text(encoding="utf-8") == "keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]
    kept.chmod(0o644)  # writable again: the same export now goes through
    assert run(capsys, "export", "json", str(sample_plan), "-o", str(kept))[0] == 0
    assert json.loads(kept.read_text(encoding="utf-8"))["objectives"]
