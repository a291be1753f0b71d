"""The plan JSON export is pinned byte for byte (tests/data/golden/): a faster writer can't drift.

The golden files were written by the writer as it stood before the bulk rewrite
(issue 20 item 4): the sample plan, and a plan with every kind of record
(``every-record-source.json``: the format-5 fixture plus scores, rank pins, a
hostile-text item, fractional and huge numbers and a round of every method).
If the format changes on purpose, write them again with
``stratplanner import json SOURCE -o P.stratplan`` then
``stratplanner export json P.stratplan -o GOLDEN``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stratplanner.cli.main import main
from stratplanner.io.plan_json import (
    import_plan_json,
    plan_document_text,
    plan_to_dict,
    write_plan_json,
)
from stratplanner.paths import sample_plan_json
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

GOLDEN = Path(__file__).parent / "data" / "golden"
CASES = {
    "sample-plan.json": sample_plan_json(),
    "every-record.json": GOLDEN / "every-record-source.json",
}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, bytes]:
    """A plan built from the case's source document, and the bytes its export must be."""
    plan = import_plan_json(CASES[request.param], tmp_path / "plan.stratplan")
    return plan, (GOLDEN / request.param).read_bytes()


def test_write_plan_json_is_byte_identical_to_the_golden_file(
    case: tuple[Path, bytes], tmp_path: Path
) -> None:
    plan, golden = case
    with open_plan(plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    write_plan_json(snap, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == golden
    # The document as data and as the compact baseline text say the same.
    assert plan_to_dict(snap) == json.loads(golden)
    assert plan_document_text(snap) == json.dumps(
        json.loads(golden), ensure_ascii=False, separators=(",", ":")
    )


def test_cli_export_to_a_file_and_to_stdout_is_the_golden_file(
    case: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, golden = case
    out = tmp_path / "cli.json"
    assert main(["export", "json", str(plan), "-o", str(out)]) == 0
    assert out.read_bytes() == golden
    capsys.readouterr()
    assert main(["export", "json", str(plan), "-o", "-"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == golden


def test_the_golden_file_imports_and_exports_to_itself(
    case: tuple[Path, bytes], tmp_path: Path
) -> None:
    _plan, golden = case
    (tmp_path / "golden.json").write_bytes(golden)
    again = import_plan_json(tmp_path / "golden.json", tmp_path / "again.stratplan")
    with open_plan(again, read_only=True) as doc:
        write_plan_json(load_snapshot(doc.session), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == golden


def test_the_every_record_golden_file_holds_every_kind_of_record() -> None:
    doc = json.loads((GOLDEN / "every-record.json").read_text(encoding="utf-8"))
    empty = [key for key, value in doc.items() if isinstance(value, list) and not value]
    assert empty == []
    (workshop,) = doc["workshops"]
    assert all(workshop[key] for key in ("participants", "rounds", "decisions", "actions"))
    methods = {r["method"] for r in workshop["rounds"]}
    assert methods == {"dots", "budget", "pairwise", "criteria", "moscow"}
    text = (GOLDEN / "every-record.json").read_text(encoding="utf-8")
    awkward = ("🚀", "مرحبا", "\\n", "\\t", "\\u0001", "0.30000000000000004", "1000000000000000")
    for part in awkward:
        assert part in text
