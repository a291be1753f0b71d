"""A team plan URL goes wherever a plan path goes on the command line (issue 21 item 3).

Tests marked ``postgres`` run against the suite's throwaway PostgreSQL and skip
with it; the unreachable-server tests need no server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import run
from stratplanner.cli.common import PLAN_SUFFIX
from stratplanner.store.schema import PLAN_SUFFIX as STORE_PLAN_SUFFIX
from stratplanner.store.server_plans import list_server_plans

_names = iter(range(1, 1_000_000))


def info(capsys: pytest.CaptureFixture[str], plan: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "info", plan, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def fresh_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """An address on the test server where no plan exists yet."""
    return f"{pg_server.url}?plan=u{next(_names)}"


@pytest.fixture
def plan_json(sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "plan.json"
    assert run(capsys, "export", "json", str(sample_plan), "-o", str(target))[0] == 0
    return target


def test_the_cli_knows_the_plan_suffix_without_importing_the_store() -> None:
    assert PLAN_SUFFIX == STORE_PLAN_SUFFIX


@pytest.mark.postgres
def test_import_json_into_a_new_team_plan(
    fresh_url: str, plan_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "import", "json", str(plan_json), "-o", fresh_url)
    assert code == 0, err
    assert out.startswith(f"Created {fresh_url} from ")
    assert info(capsys, fresh_url)["counts"]["items"] >= 25
    code, _, err = run(capsys, "import", "json", str(plan_json), "-o", fresh_url)
    assert code == 1 and "already has a plan" in err and "--force" in err
    run(capsys, "add", fresh_url, "team", "code=GONE", "name=Replaced soon", "capacity=1")
    code, _, err = run(capsys, "import", "json", str(plan_json), "-o", fresh_url, "--force")
    assert code == 0, err
    assert "GONE" not in json.dumps(run(capsys, "export", "json", fresh_url, "-o", "-")[1])


@pytest.mark.postgres
def test_a_failed_import_leaves_nothing_on_the_server(
    fresh_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stratplanner-plan", "items": [}', encoding="utf-8")
    code, _, err = run(capsys, "import", "json", str(bad), "-o", fresh_url)
    assert code == 1 and "Traceback" not in err
    plan = fresh_url.rsplit("=", 1)[1]
    assert plan not in list_server_plans(fresh_url)


@pytest.mark.postgres
def test_new_and_demo_create_team_plans(fresh_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "new", fresh_url, "--title", "Team FY28", "--start", "2028-Q1")
    assert code == 0, err
    assert out.strip() == f"Created {fresh_url}."
    summary = info(capsys, fresh_url)
    assert summary["title"] == "Team FY28" and summary["horizon"]["start"] == "2028-Q1"
    demo_url = fresh_url + "demo"
    code, out, err = run(capsys, "demo", demo_url)
    assert code == 0, err
    assert f'Open it with: stratplanner "{demo_url}"' in out
    assert info(capsys, demo_url)["counts"]["teams"] == 6


@pytest.mark.postgres
def test_merge_both_ways_between_a_file_and_a_team_plan(
    server_plan_url: str, sample_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(capsys, "add", server_plan_url, "team", "code=SRV", "name=Server", "capacity=2")[0] == 0
    )
    code, out, err = run(capsys, "merge", str(sample_plan), server_plan_url)
    assert code == 0, err
    assert "SRV" in out
    teams = {
        t["code"]
        for t in json.loads(run(capsys, "export", "json", str(sample_plan), "-o", "-")[1])["teams"]
    }
    assert "SRV" in teams
    assert (
        run(capsys, "add", str(sample_plan), "team", "code=LOC", "name=Local", "capacity=1")[0] == 0
    )
    code, _, err = run(capsys, "merge", server_plan_url, str(sample_plan))
    assert code == 0, err
    assert info(capsys, server_plan_url)["counts"]["teams"] == 8
    code, _, err = run(capsys, "merge", server_plan_url, server_plan_url)
    assert code == 1 and "into itself" in err


@pytest.mark.postgres
def test_publish_copies_a_team_plan_but_never_over_itself(
    server_plan_url: str, fresh_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "publish", server_plan_url, fresh_url)
    assert code == 0, err
    assert info(capsys, fresh_url)["counts"] == info(capsys, server_plan_url)["counts"]
    code, _, err = run(capsys, "publish", server_plan_url, server_plan_url, "--replace")
    assert code == 1 and "over itself" in err
    assert info(capsys, server_plan_url)["counts"]["items"] >= 25


@pytest.mark.postgres
@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["check"],
        ["analyze", "--json"],
        ["rank", "--json"],
        ["sequence", "--json"],
        ["activity"],
        ["baseline", "--list"],
        ["export", "json", "-o", "-"],
        ["workshop", "list", "--json"],
        ["partnership", "--json"],
    ],
)
def test_read_commands_take_a_url(
    server_plan_url: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    head, rest = (
        (command[:2], command[2:])
        if command[0] in ("export", "workshop")
        else (command[:1], command[1:])
    )
    code, out, err = run(capsys, *head, server_plan_url, *rest)
    assert code == 0, err
    assert out.strip()


@pytest.mark.postgres
def test_where_a_url_cannot_go_one_sentence_says_so(
    server_plan_url: str, fresh_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "checkout", server_plan_url, "-o", fresh_url)
    assert code == 1 and "stratplanner publish URL OTHER_URL" in err
    code, _, err = run(capsys, "export", "json", server_plan_url, "-o", fresh_url)
    assert code == 1 and "give a file name, not a team plan URL" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.postgres
def test_a_missing_team_plan_names_server_and_plan(
    pg_server, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.url.replace("stratplanner@", "stratplanner:hush@") + "?plan=nothing_here"
    code, _, err = run(capsys, "info", url)
    assert code == 1
    assert "There is no plan 'nothing_here' on 127.0.0.1:" in err and "/postgres" in err
    assert "hush" not in err


def _units_csv(tmp_path: Path, code: str = "OPS") -> Path:
    units = tmp_path / "units.csv"
    units.write_text(f"code,name\n{code},Unit {code}\n", encoding="utf-8")
    return units


def test_import_csv_names_the_plan_through_plan_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The success message names the plan as plan_label does (a team plan: 'fy27 on host')."""
    import stratplanner.cli.interop_cmds as interop

    seen: list[str] = []

    def label(value: str) -> str:
        seen.append(value)
        return "LABELLED PLAN"

    monkeypatch.setattr(interop, "plan_label", label)
    plan = tmp_path / "units.stratplan"
    for unit in ("OPS", "FIN"):  # a new plan, then the same plan again
        code, out, err = run(
            capsys,
            "import",
            "csv",
            str(_units_csv(tmp_path, unit)),
            "--into",
            str(plan),
            "--kind",
            "business_units",
        )
        assert code == 0, err
        assert "into LABELLED PLAN (one step" in out
    assert seen == [str(plan), str(plan)]


@pytest.mark.postgres
def test_import_csv_into_a_team_plan_names_it_by_plan_and_host(
    fresh_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "new", fresh_url)[0] == 0
    code, out, err = run(
        capsys,
        "import",
        "csv",
        str(_units_csv(tmp_path)),
        "--into",
        fresh_url,
        "--kind",
        "business_units",
    )
    assert code == 0, err
    plan = fresh_url.rsplit("=", 1)[1]
    assert f"into {plan} on 127.0.0.1 (one step" in out
    assert "strategy?plan" not in out and "postgresql" not in out
    assert info(capsys, fresh_url)["counts"]["business_units"] == 1


UNREACHABLE = "postgresql+psycopg://me:s3cret-pw@127.0.0.1:1/strategy?plan=fy27"


@pytest.mark.parametrize(
    "command",
    [
        ["info", UNREACHABLE],
        ["import", "json", "PLAN_JSON", "-o", UNREACHABLE],
        ["new", UNREACHABLE],
        ["merge", "SAMPLE", UNREACHABLE],
        ["merge", UNREACHABLE, "SAMPLE"],
        ["publish", "SAMPLE", UNREACHABLE],
        ["checkout", UNREACHABLE, "-o", "OUT"],
    ],
)
def test_an_unreachable_server_is_named_without_the_password(
    command: list[str], sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_json = tmp_path / "p.json"
    plan_json.write_text("{}", encoding="utf-8")
    words = {
        "PLAN_JSON": str(plan_json),
        "SAMPLE": str(sample_plan),
        "OUT": str(tmp_path / "o.stratplan"),
    }
    code, _, err = run(capsys, *[words.get(w, w) for w in command])
    assert code == 1
    assert "The plan server 127.0.0.1:1/strategy can't be reached" in err
    assert "s3cret" not in err and "Traceback" not in err
    assert "'fy27'" in err
