"""Issue 22: attacks on the app, each reproduced; every one ends in one sentence, exit 1 or 2,
nothing lost.

See docs/robustness.md for the table of attacks, outcomes and the tests here.
"""

from __future__ import annotations

import resource
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import plan_data, run
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan
from stratplanner.store.errors import ConnectionLostError
from stratplanner.store.sqlite_file import RECOVERY_LABEL, RECOVERY_MESSAGE


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


# -- 1. a crash mid-commit must not make a healthy plan look damaged ------------------------

KILL_MID_COMMIT = r"""
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN IMMEDIATE")
c.execute("update roadmap_item set description=description||hex(randomblob(2000))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def kill_mid_commit(plan: Path) -> None:
    """A writer killed (SIGKILL, in a child) with a half-written change: a hot journal stays."""
    proc = subprocess.run([sys.executable, "-c", KILL_MID_COMMIT, str(plan)], check=False)
    assert proc.returncode == -9
    assert journal(plan).stat().st_size > 0


def recovery_rows(plan: Path) -> int:
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT count(*) FROM activity WHERE label = ?", (RECOVERY_LABEL,)
        ).fetchone()[0]
    finally:
        conn.close()


def test_killed_mid_commit_plan_recovers_on_info(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan_data(sample_plan)
    kill_mid_commit(sample_plan)
    code, _, err = run(capsys, "info", str(sample_plan))
    assert code == 0, err
    assert "damaged" not in err
    assert err.strip() == RECOVERY_MESSAGE
    assert not journal(sample_plan).exists()
    assert plan_data(sample_plan) == before
    assert recovery_rows(sample_plan) == 1
    # Told once: the next opening finds nothing to recover.
    code, _out, err = run(capsys, "info", str(sample_plan))
    assert code == 0 and err == ""
    assert recovery_rows(sample_plan) == 1


def test_killed_mid_commit_plan_recovers_when_opened_for_editing(sample_plan: Path) -> None:
    before = plan_data(sample_plan)
    kill_mid_commit(sample_plan)
    with open_plan(sample_plan) as doc:
        assert not doc.read_only
        assert doc.recovery_message == RECOVERY_MESSAGE
        assert plan_to_dict(load_snapshot(doc.session)) == before
        assert doc.recent_activity(1)[0]["label"] == RECOVERY_LABEL


def test_hot_journal_on_a_plan_that_cannot_be_written_says_what_to_do(
    sample_plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    kill_mid_commit(sample_plan)
    # Tests may run as root, for whom every file is writable: pretend it is not.
    monkeypatch.setattr("stratplanner.store.sqlite_file.can_write", lambda _path: False)
    code, _, err = run(capsys, "info", str(sample_plan))
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "stopped while saving" in err and "writable" in err and "damaged" not in err
    assert journal(sample_plan).exists()  # left for a later, writable opening
    monkeypatch.undo()
    code, _out, err = run(capsys, "info", str(sample_plan))
    assert code == 0 and RECOVERY_MESSAGE in err


def _limit_file_size() -> None:
    limit = 100 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_add_cut_short_by_a_file_size_limit_recovers(
    sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan_data(sample_plan)
    assert sample_plan.stat().st_size > 100 * 1024
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "stratplanner",
            "add",
            str(sample_plan),
            "item",
            "code=BIG",
            "title=" + "x" * 3000,
            "start=2027-Q1",
            "end=2027-Q2",
        ],
        preexec_fn=_limit_file_size,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert journal(sample_plan).exists()  # the write and its rollback were both cut short
    code, _, err = run(capsys, "info", str(sample_plan))
    assert code == 0, err
    assert "truncated" not in err and err.strip() == RECOVERY_MESSAGE
    assert plan_data(sample_plan) == before


# -- 2. passwords never shown; 6. malformed addresses are one sentence ---------------------

SECRET = "s3cr3t"


def with_password(url: str) -> str:
    """The test server's URL with a (wrong or right) password in it."""
    head, rest = url.split("://", 1)
    userinfo, _, hostpart = rest.rpartition("@")
    user = userinfo.split(":", 1)[0] if userinfo else "postgres"
    return f"{head}://{user}:{SECRET}@{hostpart}"


BAD_ADDRESSES = {
    "bad port": f"postgresql+psycopg://bob:{SECRET}@127.0.0.1:abc/db?plan=x",
    "port out of range": f"postgresql+psycopg://bob:{SECRET}@127.0.0.1:99999/db?plan=x",
    "unclosed bracket": f"postgresql+psycopg://bob:{SECRET}@[::1/db?plan=x",
    "unknown driver": f"postgresql+nodriver://bob:{SECRET}@127.0.0.1/db?plan=x",
    "async driver": f"postgresql+asyncpg://bob:{SECRET}@127.0.0.1/db?plan=x",
    "other database": f"mysql://bob:{SECRET}@127.0.0.1/db?plan=x",
    "unreachable": f"postgresql+psycopg://bob:{SECRET}@127.0.0.1:1/db?plan=x",
    "bad plan name": f"postgresql+psycopg://bob:{SECRET}@127.0.0.1:1/db?plan=BAD-name",
}


@pytest.mark.parametrize("kind", sorted(BAD_ADDRESSES))
def test_bad_addresses_are_one_sentence_without_the_password(
    kind: str, sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = BAD_ADDRESSES[kind]
    for args in (
        ["info", url],
        ["checkout", url, "-o", str(tmp_path / "co.stratplan")],
        ["merge", url, str(sample_plan)],
        ["merge", str(sample_plan), url],
        ["publish", str(sample_plan), url],
        ["activity", url],
        ["plans", url],
        ["screenshot", url, "-o", str(tmp_path / "s.png")],
        ["export", "json", url, "-o", str(tmp_path / "x.json")],
    ):
        code, out, err = run(capsys, *args)
        assert code in (1, 2), (args, err)
        assert SECRET not in out + err, (args, out, err)
        assert len(err.strip().splitlines()) == 1, (args, err)
        assert "unexpected error" not in err


def test_redaction_helper() -> None:
    from stratplanner.store.server import redact_text, redact_url

    for text in (
        f"postgresql+psycopg://bob:{SECRET}@h:abc/db?plan=x",
        f"postgresql+psycopg:/bob:{SECRET}@h/db",  # as Path() leaves an address
        f"postgresql://h/db?password={SECRET}&plan=x",
        f"host=h password={SECRET} dbname=db",
    ):
        assert SECRET not in redact_url(text) and SECRET not in redact_text(f"at {text}; try again")
    assert (
        redact_url("postgresql+psycopg://bob@h/db?plan=x") == "postgresql+psycopg://bob@h/db?plan=x"
    )


@pytest.mark.postgres
def test_live_server_commands_never_show_the_password(
    server_plan_url: str, sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """checkout, merge back, publish, activity, plans and open errors against a real server."""
    url = with_password(server_plan_url)
    copy = tmp_path / "co.stratplan"
    code, out, err = run(capsys, "checkout", url, "-o", str(copy))
    assert code == 0, err
    assert SECRET not in out + err
    hint = next(line for line in out.splitlines() if "stratplanner merge" in line)
    code, out, err = run(
        capsys,
        "add",
        str(copy),
        "item",
        "code=OFF-1",
        "title=Offline idea",
        "start=2027-Q1",
        "end=2027-Q2",
    )
    assert code == 0, err
    # Item 3: the command checkout suggests works (with the password typed in place of ***).
    shown_url = hint.split('"')[1]
    assert shown_url.replace("***", SECRET) == url
    code, out, err = run(
        capsys, *shlex.split(hint.split(": ", 1)[1].split(" (")[0].replace("***", SECRET))[1:]
    )
    assert code == 0, err
    assert SECRET not in out + err
    assert "OFF-1" in plan_to_dict_codes(url)
    for args in (
        ["publish", str(sample_plan), url],  # refused: the plan exists
        ["publish", str(sample_plan), url.replace("?plan=", "?plan=new_"), "--replace"],
        ["activity", url],
        ["plans", url.split("?")[0]],
        ["info", url.replace("?plan=", "?plan=missing_")],
        ["merge", url, url],
        ["screenshot", url, "-o", str(tmp_path / "s.png")],
    ):
        code, out, err = run(capsys, *args)
        assert code in (0, 1, 2), (args, err)
        assert SECRET not in out + err, (args, out, err)


def plan_to_dict_codes(url: str) -> set[str]:
    with open_plan(url, read_only=True) as doc:
        return {i.code for i in load_snapshot(doc.session).items}


# -- 5. the lock can't be bypassed through a symlink ----------------------------------------


def test_a_symlink_and_the_real_path_share_one_lock(sample_plan: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.stratplan"
    link.parent.mkdir()
    link.symlink_to(sample_plan)
    with open_plan(link) as first:
        assert not first.read_only
        with open_plan(sample_plan) as second:
            assert second.read_only and "it is open by" in second.read_only_reason
    with open_plan(sample_plan) as first:
        assert not first.read_only
        with open_plan(link) as second:
            assert second.read_only and "it is open by" in second.read_only_reason


# -- 6. hostile JSON: huge numbers and lone surrogates ----------------------------------------


@pytest.mark.parametrize(
    ("kind", "replacement", "expected"),
    [
        ("huge integer", "1" + "0" * 400, "too large for a plan"),
        ("integer beyond Python's digit limit", "9" * 5000, "too large for a plan"),
        ("lone surrogate", '"bad \\ud800 name"', "lone surrogate"),
    ],
)
def test_hostile_json_numbers_and_text_are_one_sentence(  # noqa: PLR0917 - fixtures
    kind: str,
    replacement: str,
    expected: str,
    sample_plan: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "plan.json"
    assert run(capsys, "export", "json", str(sample_plan), "-o", str(source))[0] == 0
    text = source.read_text(encoding="utf-8")
    field = '"capacity": ' if "surrogate" not in kind else '"name": '
    start = text.index(field) + len(field)
    end = start + len(text[start:].split(",", 1)[0].split("\n", 1)[0])
    (tmp_path / "hostile.json").write_text(
        text[:start] + replacement + text[end:], encoding="utf-8"
    )
    target = tmp_path / "new.stratplan"
    code, _, err = run(capsys, "import", "json", str(tmp_path / "hostile.json"), "-o", str(target))
    assert code == 1, err
    assert expected in err and len(err.strip().splitlines()) == 1
    assert not target.exists()
    before = plan_data(sample_plan)
    code, _, err = run(capsys, "merge", str(sample_plan), str(tmp_path / "hostile.json"))
    assert code == 1 and expected in err
    assert plan_data(sample_plan) == before


# -- 4. a 10,000-character title in the PDF ----------------------------------------------------


@pytest.mark.parametrize("preset", [None, "team"])
def test_pdf_export_survives_a_10000_character_title(
    preset: str | None, sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = ("Long title words " * 700)[:10_000]
    code, _out, err = run(
        capsys,
        "add",
        str(sample_plan),
        "item",
        "code=LONG",
        f"title={title}",
        "start=2027-Q1",
        "end=2027-Q2",
    )
    assert code == 0, err
    target = tmp_path / "plan.pdf"
    chosen = ["--preset", preset] if preset else []
    code, _, err = run(capsys, "export", "pdf", str(sample_plan), *chosen, "-o", str(target))
    assert code == 0, err
    assert target.stat().st_size > 0
    with open_plan(sample_plan, read_only=True) as doc:  # the plan itself keeps the whole title
        assert next(i.title for i in load_snapshot(doc.session).items if i.code == "LONG") == title


def test_labels_are_bounded_for_print() -> None:
    from stratplanner.export.bounded import MAX_LABEL, MAX_WORD, bounded_label

    for text in ("x" * 10_000, "word " * 2_000):
        label = bounded_label(text)
        assert len(label) <= MAX_LABEL + MAX_LABEL // MAX_WORD + 1 and label.endswith("…")
        assert max(len(w) for w in label.split()) <= MAX_WORD
    assert bounded_label("Cloud landing zone") == "Cloud landing zone"


def test_hot_journal_is_found_through_a_symlink(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "elsewhere" / "link.stratplan"
    link.parent.mkdir()
    link.symlink_to(sample_plan)
    before = plan_data(sample_plan)
    kill_mid_commit(sample_plan)
    code, _out, err = run(capsys, "info", str(link))
    assert code == 0, err
    assert err.strip() == RECOVERY_MESSAGE
    assert plan_data(sample_plan) == before


@pytest.mark.parametrize(
    ("sqlite_says", "sentence"),
    [
        ("database or disk is full", "The disk holding"),
        ("disk I/O error", "a limit on file size was reached"),
        ("database is locked", "is busy: another program is writing to it"),
        ("attempt to write a readonly database", "can no longer be written"),
    ],
)
def test_a_save_that_fails_on_the_disk_says_so_not_connection_lost(
    sample_plan: Path, sqlite_says: str, sentence: str
) -> None:
    """Disk full, a file-size limit, a busy or read-only file: not a 'lost connection'."""
    from sqlalchemy.exc import OperationalError

    from stratplanner.commands.base import Command
    from stratplanner.store import PlanFileError

    class FailsOnTheDisk(Command):
        label = "Edit"

        def apply(self, session):  # type: ignore[no-untyped-def]
            raise OperationalError("UPDATE …", {}, sqlite3.OperationalError(sqlite_says))

    before = sample_plan.read_bytes()
    with open_plan(sample_plan) as doc, pytest.raises(PlanFileError) as refused:
        doc.execute(FailsOnTheDisk())
    message = str(refused.value)
    assert sentence in message and "connection" not in message
    assert not isinstance(refused.value, ConnectionLostError)
    assert "every earlier change is safe" in message
    assert sample_plan.read_bytes() == before


def test_a_connection_lost_during_a_save_is_told_by_its_kind(sample_plan: Path) -> None:
    """The window knows a lost connection by the error's type (ui/team.py), not its words,
    which are the user's language's."""
    from sqlalchemy.exc import OperationalError

    from stratplanner.commands.base import Command

    class LosesTheConnection(Command):
        label = "Edit"

        def apply(self, session):  # type: ignore[no-untyped-def]
            reason = sqlite3.OperationalError("server closed the connection unexpectedly")
            raise OperationalError("UPDATE …", {}, reason)

    before = sample_plan.read_bytes()
    with open_plan(sample_plan) as doc, pytest.raises(ConnectionLostError) as refused:
        doc.execute(LosesTheConnection())
    assert "try again in a moment" in str(refused.value)
    assert sample_plan.read_bytes() == before
