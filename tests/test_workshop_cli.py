"""``stratplanner workshop``: prepare a workshop, vote, read results, adopt them, serve the page.

The server test talks to 127.0.0.1 only.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

WS = "Q1-OFFSITE"


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def workshop_plan(sample_plan: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample plan with a workshop of two business and three IT participants."""
    plan = str(sample_plan)
    ok(capsys, "workshop", "new", plan, WS, "--date", "2027-01-20", "--title", "Q1 offsite")
    for who in ("mellison", "dokafor"):
        ok(capsys, "workshop", "participant", plan, WS, who)
    for name in ("Ana Ruiz", "Ben Ode", "Cy Tan"):
        ok(capsys, "workshop", "participant", plan, WS, name, "--side", "it")
    return sample_plan


def participants(plan: Path) -> dict[str, str]:
    with open_plan(plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    return {p.name: p.code for p in snap.workshop_participants}


def open_round(capsys: pytest.CaptureFixture[str], plan: str, code: str, *args: str) -> None:
    """Add round ``code`` to the workshop (``args``: the round's options) and open it."""
    ok(capsys, "workshop", "round", plan, WS, code, *args)
    ok(capsys, "workshop", "open", plan, WS, code)


def vote(
    capsys: pytest.CaptureFixture[str], plan: Path, round_: str, who: str, values: Any
) -> None:
    ok(
        capsys,
        "workshop",
        "ballot",
        str(plan),
        WS,
        round_,
        "--participant",
        who,
        "--values",
        json.dumps(values),
    )


def test_a_dots_round_from_preparation_to_results(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    out = ok(
        capsys,
        "workshop",
        "round",
        plan,
        WS,
        "R1",
        "--method",
        "dots",
        "--options",
        "IAM-SSO,DC-EXIT,POS-REFRESH",
        "--dots",
        "5",
        "--cap",
        "3",
    )
    assert "3 options" in out
    ok(capsys, "workshop", "open", plan, WS, "R1")
    codes = participants(workshop_plan)
    vote(capsys, workshop_plan, "R1", "mellison", {"IAM-SSO": 3, "DC-EXIT": 2})
    vote(capsys, workshop_plan, "R1", codes["Ana Ruiz"], {"DC-EXIT": 3, "POS-REFRESH": 2})
    vote(capsys, workshop_plan, "R1", codes["Ben Ode"], {"DC-EXIT": 1})
    ok(capsys, "workshop", "ballot", plan, WS, "R1", "--participant", "dokafor", "--abstain")

    data = json.loads(ok(capsys, "workshop", "results", plan, WS, "R1", "--json"))
    (round_,) = data["rounds"]
    assert round_["name"] == "R1" and round_["method"] == "dots"
    assert round_["ballots"] == 4  # abstentions are ballots too
    assert [(r["code"], r["score"], r["rank"]) for r in round_["results"]] == [
        ("DC-EXIT", 6.0, 1),
        ("IAM-SSO", 3.0, 2),
        ("POS-REFRESH", 2.0, 3),
    ]
    business = {r["code"]: r["score"] for r in round_["by_side"]["business"]}
    it = {r["code"]: r["score"] for r in round_["by_side"]["it"]}
    assert business == {"IAM-SSO": 3.0, "DC-EXIT": 2.0, "POS-REFRESH": 0.0}
    assert it == {"DC-EXIT": 4.0, "POS-REFRESH": 2.0, "IAM-SSO": 0.0}
    text = ok(capsys, "workshop", "results", plan, WS)
    assert "Data centre exit" in text and "1 abstained" in text


def test_moscow_scores_average_over_those_who_rated(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "M",
        "--method",
        "moscow",
        "--options",
        "IAM-SSO,DC-EXIT,POS-REFRESH,NET-SDWAN",
        "--anonymous",
    )
    codes = participants(workshop_plan)
    vote(capsys, workshop_plan, "M", "mellison", {"IAM-SSO": "must", "DC-EXIT": "wont"})
    vote(capsys, workshop_plan, "M", codes["Ana Ruiz"], {"IAM-SSO": "should"})
    vote(capsys, workshop_plan, "M", codes["Ben Ode"], {"IAM-SSO": "could", "DC-EXIT": "could"})
    data = json.loads(ok(capsys, "workshop", "results", plan, WS, "M", "--json"))
    (round_,) = data["rounds"]
    scores = {r["code"]: (r["score"], r["rank"]) for r in round_["results"]}
    assert scores["IAM-SSO"] == (2.0, 1)  # (3 + 2 + 1) / 3
    assert scores["DC-EXIT"] == (0.5, 2)  # (0 + 1) / 2
    assert scores["POS-REFRESH"] == (0.0, 3) and scores["NET-SDWAN"] == (0.0, 3)
    # Anonymous, and business has 1 voter: results by side would tell who voted what.
    assert "by_side" not in round_


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"IAM-SSO": 4}, "at most 3"),
        ({"NOPE-1": 1}, "NOPE-1"),
        ({"IAM-SSO": True}, "IAM-SSO"),
    ],
)
def test_a_bad_paper_ballot_is_refused_and_nothing_is_stored(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], values: Any, message: str
) -> None:
    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "R1",
        "--method",
        "dots",
        "--options",
        "IAM-SSO,DC-EXIT",
        "--dots",
        "5",
        "--cap",
        "3",
    )
    code, _out, err = run(
        capsys,
        "workshop",
        "ballot",
        plan,
        WS,
        "R1",
        "--participant",
        "mellison",
        "--values",
        json.dumps(values),
    )
    assert code == 1 and message in err and "Traceback" not in err
    with open_plan(workshop_plan, read_only=True) as doc:
        assert load_snapshot(doc.session).workshop_ballots == ()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["workshop", "ballot", "{plan}", "NOPE", "R1", "--participant", "x", "--abstain"],
            "no workshop 'NOPE'",
        ),
        (
            ["workshop", "ballot", "{plan}", WS, "R9", "--participant", "x", "--abstain"],
            "no round 'R9'",
        ),
        (
            [
                "workshop",
                "ballot",
                "{plan}",
                WS,
                "R1",
                "--participant",
                "mellison",
                "--values",
                "{",
            ],
            "not JSON",
        ),
        (
            ["workshop", "ballot", "{plan}", WS, "R1", "--participant", "zed", "--abstain"],
            "not a participant",
        ),
        (["workshop", "participant", "{plan}", WS, "Someone New"], "--side"),
        (["workshop", "new", "{plan}", "X", "--date", "20/01/2027"], "YYYY-MM-DD"),
        (
            ["workshop", "ballot", "{plan}", WS, "R1", "--participant", "mellison", "--abstain"],
            "not open yet",
        ),
    ],
)
def test_mistakes_are_one_sentence(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    ok(
        capsys,
        "workshop",
        "round",
        str(workshop_plan),
        WS,
        "R1",
        "--method",
        "points",
        "--options",
        "IAM-SSO,DC-EXIT",
    )
    code, _out, err = run(capsys, *[a.replace("{plan}", str(workshop_plan)) for a in args])
    assert code == 1
    assert message in err and "Traceback" not in err


def test_adopting_as_statuses_is_one_undoable_step_that_names_the_round(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "B",
        "--method",
        "budget",
        "--options",
        "IAM-SSO,DC-EXIT,NET-SDWAN",
        "--budget",
        "100000000",
    )
    with open_plan(workshop_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    items = {i.code: i for i in snap.items}
    cost = items["IAM-SSO"].capex + items["IAM-SSO"].opex
    vote(capsys, workshop_plan, "B", "mellison", {"IAM-SSO": cost})
    out = ok(capsys, "workshop", "adopt", plan, WS, "B", "--as", "statuses", "--dry-run")
    assert "Identity modernisation" in out and "Nothing was changed" in out
    with open_plan(workshop_plan, read_only=True) as doc:
        assert {i.code: i.status for i in load_snapshot(doc.session).items} == {
            c: i.status for c, i in items.items()
        }
    ok(capsys, "workshop", "adopt", plan, WS, "B", "--as", "statuses")

    from stratplanner.analysis.workshop_outcome import round_outcome
    from stratplanner.commands.workshop_adopt import plan_adoption

    with open_plan(workshop_plan) as doc:
        after = load_snapshot(doc.session)
        status = {i.code: i.status for i in after.items}
        assert status["IAM-SSO"] == "approved"  # funded
        assert status["DC-EXIT"] == "on_hold"  # not funded: not now
        assert status["NET-SDWAN"] == items["NET-SDWAN"].status  # already approved: unchanged
        (round_,) = after.workshop_rounds
        assert round_.adopted and round_.adopted.startswith("statuses")
        activity = doc.recent_activity(5)
        assert activity[0]["label"] == f"Workshop {WS}, round B: adopt as statuses"
        # The same adoption again, as one command: its inverse restores everything at once.
        before_ids = {i.code: i.status for i in snap.items}
        adoption = plan_adoption(
            after, round_outcome(after, round_), "statuses", statuses={"DC-EXIT": "approved"}
        )
        inverse = doc.execute(adoption.command)
        assert {i.code: i.status for i in load_snapshot(doc.session).items}["DC-EXIT"] == (
            "approved"
        )
        doc.execute(inverse)
        restored = load_snapshot(doc.session)
        assert {i.code: i.status for i in restored.items}["DC-EXIT"] == "on_hold"
        assert restored.workshop_rounds[0].adopted == round_.adopted
        assert before_ids["DC-EXIT"] == "proposed"


def test_adopting_proposed_scores_from_a_criteria_round(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    with open_plan(workshop_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    scored = [c for c in snap.criteria if c.measure == "scored"]
    if not scored:
        ok(capsys, "add", plan, "criterion", "code=FIT", "name=Strategic fit", "measure=scored")
        criterion = "FIT"
    else:
        criterion = scored[0].code
    open_round(
        capsys,
        plan,
        "C",
        "--method",
        "criteria",
        "--options",
        "IAM-SSO,DC-EXIT",
    )
    codes = participants(workshop_plan)
    for who, score in (("mellison", 4), (codes["Ana Ruiz"], 2), (codes["Ben Ode"], 5)):
        vote(capsys, workshop_plan, "C", who, {"IAM-SSO": {criterion: score}})
    ok(capsys, "workshop", "adopt", plan, WS, "C", "--as", "scores")
    with open_plan(workshop_plan, read_only=True) as doc:
        after = load_snapshot(doc.session)
    crit = next(c for c in after.criteria if c.code == criterion)
    item = next(i for i in after.items if i.code == "IAM-SSO")
    (score,) = [s for s in after.scores if s.criterion_id == crit.id and s.item_id == item.id]
    assert score.score == 4  # the median of 4, 2, 5


def test_ballots_export_keeps_anonymity(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = str(workshop_plan)
    for name, flag in (("A", "--anonymous"), ("N", "--named")):
        ok(
            capsys,
            "workshop",
            "round",
            plan,
            WS,
            name,
            "--method",
            "points",
            "--options",
            "IAM-SSO,DC-EXIT",
            flag,
        )
        ok(capsys, "workshop", "open", plan, WS, name)
        vote(capsys, workshop_plan, name, "mellison", {"IAM-SSO": 60, "DC-EXIT": 40})
    target = tmp_path / "ballots.csv"
    ok(capsys, "workshop", "ballots", plan, WS, "-o", str(target))
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    anonymous = [r for r in rows if r["Round"] == "A"]
    named = [r for r in rows if r["Round"] == "N"]
    assert {r["Voter"] for r in anonymous} == {""} and {r["Side"] for r in anonymous} == {""}
    assert {r["Voter"] for r in named} == {"Margaret Ellison"}
    assert {(r["Option"], r["Value"]) for r in named} == {("IAM-SSO", "60"), ("DC-EXIT", "40")}
    assert not any("Margaret" in value for r in anonymous for value in r.values())
    xlsx = tmp_path / "ballots.xlsx"
    ok(capsys, "workshop", "ballots", plan, WS, "N", "-o", str(xlsx))
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet is not None and sheet.max_row == 3  # header and two values


def test_decisions_and_actions_come_back_as_open_actions(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    ok(
        capsys,
        "workshop",
        "decision",
        plan,
        WS,
        "Fund identity first",
        "--rationale",
        "Audit finding",
        "--owner",
        "mellison",
        "--items",
        "IAM-SSO",
    )
    ok(
        capsys,
        "workshop",
        "action",
        plan,
        WS,
        "Draft the SSO business case",
        "--owner",
        "dokafor",
        "--due",
        "2027-02-15",
        "--decision",
        "D1",
    )
    data = json.loads(ok(capsys, "workshop", "list", plan, "--json"))
    (action,) = data["open_actions"]
    assert action["action"] == "Draft the SSO business case" and action["due"] == "2027-02-15"
    ok(capsys, "workshop", "action", plan, WS, "--done", action["code"])
    assert json.loads(ok(capsys, "workshop", "list", plan, "--json"))["open_actions"] == []


def _post(url: str, origin: str, body: dict[str, Any], key: str | None = None) -> Any:
    headers = {"Content-Type": "application/json", "Origin": origin}
    if key:
        headers["X-Workshop-Key"] = key
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    with urllib.request.urlopen(request, timeout=20) as response:  # 127.0.0.1 only
        return json.loads(response.read())


def test_serve_prints_the_link_and_stores_a_phone_ballot_until_stopped(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = str(workshop_plan)
    ok(
        capsys,
        "workshop",
        "round",
        plan,
        WS,
        "R1",
        "--method",
        "dots",
        "--options",
        "IAM-SSO,DC-EXIT",
        "--dots",
        "3",
    )
    env = {**os.environ, "HOME": str(tmp_path)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "stratplanner",
            "workshop",
            "serve",
            plan,
            WS,
            "R1",
            "--bind",
            "127.0.0.1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        join = child.stdout.readline().strip()
        pin = child.stdout.readline().strip()
        assert join.startswith("join: http://127.0.0.1:") and "/j/" in join
        assert pin.startswith("pin: ") and pin[5:].isdigit() and len(pin[5:]) == 6
        url = join[len("join: ") :]
        origin = url.split("/j/")[0]
        token = url.split("/j/")[1]
        entered = _post(
            f"{origin}/api/join",
            origin,
            {
                "token": token,
                "name": "Margaret Ellison",
                "side": "business",
                "key": "mellison",
                "nonce": "join-nonce-1",
            },
        )
        key = entered.get("device_key")
        assert key, entered
        _post(
            f"{origin}/api/ballot",
            origin,
            {"values": {"IAM-SSO": 2, "DC-EXIT": 1}, "abstain": False, "nonce": "ballot-nonce-1"},
            key,
        )
    finally:
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert "stays open" in err
    with open_plan(workshop_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    (ballot,) = snap.workshop_ballots
    assert ballot.values == {"DC-EXIT": 1, "IAM-SSO": 2}
    assert snap.workshop_rounds[0].state == "open"  # stopping closes nothing


def test_a_closed_round_survives_export_and_import_after_the_plan_changed(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Ballots are checked when cast; a later edit of the plan must not make its export refused."""
    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "B",
        "--method",
        "budget",
        "--options",
        "IAM-SSO,DC-EXIT",
        "--budget",
        "5000000",
    )
    vote(capsys, workshop_plan, "B", "mellison", {"DC-EXIT": 1000000})
    ok(capsys, "workshop", "close", plan, WS, "B")
    ok(capsys, "delete", plan, "item", "DC-EXIT", "--force")
    exported = tmp_path / "plan.json"
    ok(capsys, "export", "json", plan, "-o", str(exported))
    copy = tmp_path / "copy.stratplan"
    ok(capsys, "import", "json", str(exported), "-o", str(copy))
    with open_plan(copy, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    (ballot,) = snap.workshop_ballots
    assert ballot.values in ({"DC-EXIT": "1000000"}, {"DC-EXIT": "1000000.00"})


def test_a_pairwise_circle_is_explained_with_the_items_names(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "P",
        "--method",
        "pairwise",
        "--options",
        "IAM-SSO,DC-EXIT,POS-REFRESH",
    )
    codes = participants(workshop_plan)
    a, b, c = "IAM-SSO", "DC-EXIT", "POS-REFRESH"
    circle = {  # A > B > C, B > C > A, C > A > B: every option beats one and loses to one
        "mellison": [[a, b, a], [b, c, b], [a, c, a]],
        codes["Ana Ruiz"]: [[a, b, b], [b, c, b], [a, c, c]],
        codes["Ben Ode"]: [[a, b, a], [b, c, c], [a, c, c]],
    }
    for who, values in circle.items():
        vote(capsys, workshop_plan, "P", who, values)
    data = json.loads(ok(capsys, "workshop", "results", plan, WS, "P", "--json"))
    (round_,) = data["rounds"]
    assert {r["rank"] for r in round_["results"]} == {1}
    text = " ".join(round_["explanation"])
    assert "circle" in text and "Data centre exit" in text and "DC-EXIT" not in text


def test_the_served_plan_rereads_only_the_ballot_it_stored(
    workshop_plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """60 phones at once: a ballot must not reload the whole plan, and must equal a reload."""
    import stratplanner.snapshot.snapshot as snapshots
    from stratplanner.workshop.plan_box import PlanBallotBox

    plan = str(workshop_plan)
    open_round(
        capsys,
        plan,
        "R1",
        "--method",
        "dots",
        "--options",
        "IAM-SSO,DC-EXIT",
        "--dots",
        "3",
    )
    with open_plan(workshop_plan) as doc:
        box = PlanBallotBox.for_document(doc, WS, "R1")
        assert box.round_state()["open"]
        full_loads: list[int] = []
        real_load = snapshots.load_snapshot

        def counted(*args: Any, **kwargs: Any) -> Any:
            full_loads.append(1)
            return real_load(*args, **kwargs)

        monkeypatch.setattr(snapshots, "load_snapshot", counted)
        box.cast("mellison", {"IAM-SSO": 2}, False)
        assert box.ballot_of("mellison") == {"abstain": False, "values": {"IAM-SSO": 2}}
        assert full_loads == []
        monkeypatch.setattr(snapshots, "load_snapshot", real_load)
        served = snapshots.snapshot_of(doc)
        assert served.workshop_ballots == load_snapshot(doc.session).workshop_ballots
