"""Issue 22, the "Low" list: each attack reproduced; one sentence, exit 1 or 2, nothing left behind.

See docs/robustness.md for the table of attacks, outcomes and the tests here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stratplanner.cli.main import main
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def plan_data(path: Path) -> dict:
    with open_plan(path, read_only=True) as doc:
        return plan_to_dict(load_snapshot(doc.session))


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
