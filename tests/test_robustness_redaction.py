"""A database password is never shown, whatever typo the address it came in has."""

from __future__ import annotations

from pathlib import Path

import pytest

from stratplanner.cli.main import main
from stratplanner.store.server import redact_text, redact_url

SECRET = "S3cretPw"

#: Addresses as people mistype them; each holds the password (or, for p@ss, its tail).
TYPOS = [
    f"postgresql+psycopg//alice:{SECRET}@db/strategy?plan=fy27",  # colon missing
    f"postgresql+psycopg:/alice:{SECRET}@db/strategy?plan=fy27",  # a slash missing
    f"postgresql+psycopg:alice:{SECRET}@db/strategy?plan=fy27",  # both slashes missing
    f"postgresql+psycopg/alice:{SECRET}@db/strategy?plan=fy27",  # as Path() leaves the first
    f"alice:{SECRET}@db",
    f"alice:{SECRET}@db/strategy?plan=fy27",
    f"postgres:alice:{SECRET}@db",
    f"postgres:{SECRET}@db",  # user postgres
    f"postgresql+psycopg://alice:p@{SECRET}@db/strategy?plan=fy27",  # an unescaped @
    f"postgresql+psycopg://alice:p@{SECRET}@db:5432/strategy?plan=fy27",
    f"postgresql+psycopg://alice:a:b/{SECRET}@db/strategy?plan=fy27",  # a colon and a slash
    f"postgresql+psycopg://alice:{SECRET}@db:abc/strategy?plan=fy27",  # a bad port
]


@pytest.mark.parametrize("text", TYPOS)
def test_redaction_hides_the_password_of_every_typo(text: str) -> None:
    assert SECRET not in redact_url(text)
    for message in (f"There is no plan at {text}; try again.", f"no such plan {text!r}."):
        shown = redact_text(message)
        assert SECRET not in shown
        assert "***@" in shown


def test_redaction_keeps_what_is_not_a_password() -> None:
    for text in (
        "postgresql+psycopg://bob@h/db?plan=x",
        "postgresql+psycopg://bob@h:5432/db?plan=x",
        "mail me@example.com: the plan at plans/fy27.stratplan",
    ):
        assert redact_text(text) == text
        assert redact_url(text) == text
    assert (
        redact_text("at postgresql+psycopg://alice:pw@db/strategy?plan=fy27.")
        == "at postgresql+psycopg://alice:***@db/strategy?plan=fy27."
    )
    assert redact_text("postgres:alice:pw@db") == "postgres:alice:***@db"


@pytest.mark.parametrize("text", TYPOS)
@pytest.mark.parametrize("command", [[], ["info"], ["check"], ["export", "json"]])
def test_the_command_line_never_prints_a_mistyped_password(
    text: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [*command, text]
    if command[:1] == ["export"]:
        args += ["-o", str(tmp_path / "out.json")]
    if not command:  # the desktop app: never started here
        monkeypatch.setattr("stratplanner.cli.main.run_gui", lambda words: 1)
    code = main(args)
    out, err = capsys.readouterr()
    assert code != 0
    assert SECRET not in out + err, (args, out, err)
    assert "unexpected error" not in err
