"""Opening, locking and saving plan files in the user's language (issue 18 item 6): the
store's sentences (and atomic_files' refusal of a read-only export target) read German from
resources/i18n/de/store.ts, database passwords stay hidden, English stays what it always
was, and the command line says a busy or full plan file in the store's own words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from stratplanner import i18n
from stratplanner.atomic_files import ReadOnlyFile
from stratplanner.cli import main as cli_main
from stratplanner.store import PlanFileError, open_plan
from stratplanner.store.document import file_write_problem
from stratplanner.store.errors import NotAPlanError, ReadOnlyPlanError
from stratplanner.store.server import parse_server_target
from stratplanner.store.sqlite_file import RECOVERY_MESSAGE
from test_core_language import GermanCatalogue

STORE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "de" / "store.ts"


@pytest.fixture
def german() -> Iterator[None]:
    previous = i18n.install_backend(GermanCatalogue(STORE))
    try:
        yield
    finally:
        i18n.install_backend(previous)


def test_opening_problems_are_german(tmp_path: Path, german: None) -> None:
    missing = tmp_path / "fehlt.stratplan"
    with pytest.raises(PlanFileError) as refused:
        open_plan(missing)
    assert str(refused.value) == (
        f"Unter {missing} gibt es keinen Plan; prüfen Sie den Pfad oder legen Sie einen mit "
        "'stratplanner new' an."
    )
    empty = tmp_path / "leer.stratplan"
    empty.write_bytes(b"")
    with pytest.raises(NotAPlanError) as not_a_plan:
        open_plan(empty)
    assert (
        str(not_a_plan.value) == f"{empty} ist eine leere Datei (0 Byte), kein StratPlanner-Plan."
    )


def test_a_plan_open_elsewhere_says_who_in_german(sample_plan: Path, german: None) -> None:
    with open_plan(sample_plan) as first, open_plan(sample_plan) as second:
        assert not first.read_only and second.read_only
        assert second.read_only_reason.startswith("er von ")
        assert second.read_only_reason.endswith(" geöffnet ist")
        assert " auf " in second.read_only_reason and "(seit " in second.read_only_reason
        with pytest.raises(ReadOnlyPlanError) as refused:
            second.execute(_NoEdit())
    assert str(refused.value).startswith(
        f"{sample_plan.name} ist nur zum Lesen geöffnet, weil er von "
    )
    assert str(refused.value).endswith("; speichern Sie eine Kopie, um Änderungen vorzunehmen.")


class _NoEdit:
    label = "Nothing"

    def apply(self, session: object) -> _NoEdit:
        raise AssertionError("a read-only plan must refuse before applying")

    def kinds(self) -> frozenset[str]:
        return frozenset()


def test_a_full_disk_and_a_busy_file_are_german(german: None) -> None:
    assert file_write_problem("database or disk is full", "fy27.stratplan") == (
        "Der Datenträger mit fy27.stratplan ist voll. Diese Änderung wurde nicht gespeichert; "
        "alle früheren Änderungen sind sicher. Geben Sie Speicherplatz frei und versuchen Sie "
        "es erneut."
    )
    busy = file_write_problem("database is locked", "fy27.stratplan", saving=False)
    assert busy == (
        "fy27.stratplan ist belegt: Ein anderes Programm schreibt gerade hinein. "
        "Es wurde nichts geändert. Versuchen Sie es erneut."
    )
    assert i18n.translate("Store", RECOVERY_MESSAGE).startswith("StratPlanner wurde während")


def test_a_server_address_problem_is_german_and_hides_the_password(german: None) -> None:
    with pytest.raises(PlanFileError) as refused:
        parse_server_target("postgresql+psycopg://alice:S3cret-pw@db:notaport/strategy?plan=x")
    message = str(refused.value)
    assert "S3cret-pw" not in message and "***" in message
    assert "ist keine Datenbankadresse (der Port ist keine Zahl)" in message


def test_a_read_only_export_target_is_german(tmp_path: Path, german: None) -> None:
    assert str(ReadOnlyFile(tmp_path / "bericht.pdf")) == (
        "bericht.pdf ist schreibgeschützt; wählen Sie einen anderen Dateinamen oder heben Sie "
        "den Schreibschutz auf und versuchen Sie es erneut."
    )


def test_english_is_unchanged(tmp_path: Path) -> None:
    assert str(ReadOnlyFile(tmp_path / "report.pdf")) == (
        "report.pdf is read-only; choose another file name, or make it writable and try again."
    )
    assert file_write_problem("database is locked", "fy27.stratplan") == (
        "fy27.stratplan is busy: another program is writing to it. This change was not saved; "
        "every earlier change is safe. Try again."
    )
    with pytest.raises(PlanFileError) as refused:
        parse_server_target("postgresql+psycopg://alice:S3cret-pw@db/strategy?plan=Bad%20Name")
    assert str(refused.value) == (
        "The plan name 'bad name' must start with a letter and use only a-z, 0-9 and _ "
        "(at most 40)."
    )


@pytest.mark.parametrize(
    ("sqlite_says", "plan", "sentence"),
    [
        (
            "database is locked",
            "plans/fy27.stratplan",
            "fy27.stratplan is busy: another program is writing to it. Nothing was changed. "
            "Try again.",
        ),
        (
            "database or disk is full",
            None,
            "The disk holding the plan file is full. Nothing was changed. "
            "Free some space and try again.",
        ),
        (
            "database is busy",
            "postgresql+psycopg://alice@db/strategy?plan=fy27",
            "The plan file is busy: another program is writing to it. Nothing was changed. "
            "Try again.",
        ),
    ],
)
def test_the_command_line_says_the_stores_sentence(
    sqlite_says: str, plan: str | None, sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    error = OperationalError("SELECT …", {}, sqlite3.OperationalError(sqlite_says))
    assert cli_main._failed(error, debug=False, plan=plan) == 1
    assert capsys.readouterr().err == sentence + "\n"


def test_the_command_line_keeps_its_sentence_for_other_sqlite_trouble(
    capsys: pytest.CaptureFixture[str],
) -> None:
    error = OperationalError("SELECT …", {}, sqlite3.OperationalError("no such table: item"))
    assert cli_main._failed(error, debug=False, plan="fy27.stratplan") == 1
    assert capsys.readouterr().err == (
        "The plan file could not be read or written (no such table: item). Nothing was "
        "changed; check the file with: stratplanner check PLAN\n"
    )
