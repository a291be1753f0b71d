"""Quarterly review baselines: saved inside the plan, compared with today, even across formats."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from stratplanner.analysis.baseline_diff import diff_plans
from stratplanner.cli.main import main
from stratplanner.commands import DeleteRecord, SetLink, UpdateRecord
from stratplanner.commands.base import CommandError
from stratplanner.commands.portfolio import SaveBaseline, remove_baseline
from stratplanner.io.plan_json import (
    BaselineReadError,
    PlanJsonError,
    baseline_snapshot,
    import_plan_json,
    parse_plan_dict,
    plan_to_dict,
    snapshot_from_dict,
)
from stratplanner.snapshot import load_snapshot
from stratplanner.snapshot.snapshot import read_baseline_document
from stratplanner.store import open_plan
from stratplanner.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures" / "plans"


def plan(**collections: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Review", "start": "2027-Q1", "quarters": 8},
    }
    doc.update(collections)
    return doc


REVIEW = plan(
    objectives=[
        {"code": "O1", "title": "Grow online", "weight": 3},
        {"code": "O2", "title": "Cut cost", "weight": 1},
    ],
    items=[
        {"code": "A", "title": "Alpha", "start": "2027-Q1", "end": "2027-Q2",
         "capex": 100, "annual_value": 300},
        {"code": "B", "title": "Beta", "start": "2027-Q2", "end": "2027-Q3",
         "capex": 200, "annual_value": 200},
        {"code": "C", "title": "Gamma", "capex": 300, "annual_value": 100},
    ],
    links=[
        {"objective": "O1", "item": "A", "strength": 3},
        {"objective": "O2", "item": "B", "strength": 2},
    ],
)  # fmt: skip


@pytest.fixture
def review_plan(tmp_path: Path) -> Path:
    src = tmp_path / "review.json"
    src.write_text(json.dumps(REVIEW), encoding="utf-8")
    return import_plan_json(src, tmp_path / "review.stratplan")


def test_diff_finds_every_kind_of_change(
    review_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["baseline", str(review_plan), "--name", "2027-Q1 review", "--note", "Board pack"])
        == 0
    )
    with open_plan(review_plan) as doc:
        snap = load_snapshot(doc.session)
        ids = {i.code: i.id for i in snap.items}
        objectives = {o.code: o.id for o in snap.objectives}
        doc.execute(UpdateRecord("item", ids["A"], {"start": "2027-Q3", "end": "2027-Q4"}))
        doc.execute(UpdateRecord("item", ids["B"], {"opex": 50.0, "status": "approved"}))
        doc.execute(UpdateRecord("item", ids["C"], {"annual_value": 1000.0}))
        doc.execute(DeleteRecord("item", ids["A"]))
        doc.execute(SetLink(objectives["O1"], ids["C"], 1))
    capsys.readouterr()
    assert main(["add", str(review_plan), "item", "code=D", "title=Delta"]) == 0
    capsys.readouterr()
    assert main(["diff", str(review_plan), "--against", "2027-Q1 review", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["baseline"]["name"] == "2027-Q1 review"
    assert out["baseline"]["format_version"] == SCHEMA_VERSION
    items = out["items"]
    assert items["added"] == [{"code": "D", "title": "Delta"}]
    assert items["removed"] == [{"code": "A", "title": "Alpha"}]
    assert items["moved"] == []  # A moved, then was deleted
    assert items["recosted"] == [
        {
            "code": "B",
            "title": "Beta",
            "from": {"capex": 200, "opex": 0},
            "to": {"capex": 200, "opex": 50},
            "change": 50,
        }
    ]
    assert items["status_changed"] == [
        {"code": "B", "title": "Beta", "from": "proposed", "to": "approved"}
    ]
    assert [(r["code"], r["from"], r["to"]) for r in items["reranked"]] == [("C", 3, 1)]
    assert out["objectives"] == [
        {
            "code": "O1",
            "title": "Grow online",
            "support": {"from": 3, "to": 1},
            "unsupported": {"from": False, "to": True},
        },
    ]
    assert out["totals"]["items"] == {"from": 3, "to": 3}
    assert out["totals"]["cost"] == {"from": 600, "to": 550}
    assert main(["diff", str(review_plan), "--against", "2027-Q1 review"]) == 0
    text = capsys.readouterr().out
    assert "re-costed  B  USD 200 → USD 250" in text
    assert "objective  O1  support 3 → 1; now unsupported" in text
    assert "status     B  Proposed → Approved" in text  # labels, as in the app and the PDF


def test_moves_are_reported_in_quarters() -> None:
    old = snapshot_from_dict(REVIEW)
    moved = json.loads(json.dumps(REVIEW))
    moved["items"][0].update(start="2027-Q3", end="2027-Q4")
    moved["items"][2].update(start="2028-Q1", end="2028-Q1")
    diff = diff_plans(old, snapshot_from_dict(moved))
    assert [(m.code, m.shift) for m in diff.moved] == [("A", 2), ("C", None)]
    assert diff.to_json()["items"]["moved"][0]["to"] == {"start": "2027-Q3", "end": "2027-Q4"}
    assert diff_plans(old, snapshot_from_dict(REVIEW)).is_empty


def test_baselines_with_the_same_name_are_refused(
    review_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["baseline", str(review_plan), "--name", "Q1"]) == 0
    capsys.readouterr()
    before = review_plan.read_bytes()
    assert main(["baseline", str(review_plan), "--name", "Q1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith('There is already a baseline named "Q1" (taken ')
    assert err.endswith("choose another name, or remove that one first.")
    assert review_plan.read_bytes() == before
    assert main(["baseline", str(review_plan), "--json"]) == 0
    assert [b["name"] for b in json.loads(capsys.readouterr().out)["baselines"]] == ["Q1"]


def test_saving_and_removing_baselines_undo(review_plan: Path) -> None:
    with open_plan(review_plan) as doc:
        save = SaveBaseline("Q1", "note")
        undo_save = doc.execute(save)
        snap = load_snapshot(doc.session)
        (baseline,) = snap.baselines
        text = read_baseline_document(doc.session, baseline.id)
        assert json.loads(text) == plan_to_dict(snap)
        redo = doc.execute(undo_save)
        assert load_snapshot(doc.session).baselines == ()
        doc.execute(redo)
        assert load_snapshot(doc.session).baselines == (baseline,)
        undo_remove = doc.execute(remove_baseline(baseline.id, baseline.name))
        assert load_snapshot(doc.session).baselines == ()
        doc.execute(undo_remove)
        assert read_baseline_document(doc.session, baseline.id) == text
        with pytest.raises(CommandError, match="A baseline needs a name"):
            doc.execute(SaveBaseline("   "))


def test_a_baseline_taken_before_a_schema_upgrade_still_compares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # format2.stratplan holds "2027-Q1 review", taken at plan format 1 (no criteria, scores, pins).
    copy = tmp_path / "fixture.stratplan"
    shutil.copyfile(FIXTURES / "format2.stratplan", copy)
    with open_plan(copy):  # upgraded here if this app writes a newer format
        pass
    assert main(["diff", str(copy), "--against", "2027-Q1 review", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["baseline"]["format_version"] == 1
    assert any("was taken at plan format 1" in n and "default criteria" in n for n in out["notes"])
    # The fixture's only changes since: a pin (I2 first) and a scored criterion.
    assert out["items"]["added"] == out["items"]["removed"] == out["items"]["moved"] == []
    assert ("I2", 2, 1) in {(r["code"], r["from"], r["to"]) for r in out["items"]["reranked"]}


def _set_baseline(path: Path, **values: Any) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for column, value in values.items():
            conn.execute(f"UPDATE baseline SET {column} = ?", (value,))
    conn.close()


@pytest.mark.parametrize(
    ("values", "phrase"),
    [
        ({"format_version": 99},
         'Baseline "Q1" was taken by a newer StratPlanner (plan format 99); '
         "this version reads formats up to"),
        ({"document": "{not json"},
         'Baseline "Q1" is damaged (its stored plan is not valid JSON); '
         "remove it and take a new one."),
        ({"document": '{"format": "stratplanner-plan", "version": 1}'},
         'Baseline "Q1" is damaged (plan: expected an object'),
    ],
)  # fmt: skip
def test_baselines_that_cant_be_read_are_refused_with_a_sentence(
    review_plan: Path, values: dict[str, Any], phrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["baseline", str(review_plan), "--name", "Q1"]) == 0
    _set_baseline(review_plan, **values)
    capsys.readouterr()
    before = review_plan.read_bytes()
    assert main(["diff", str(review_plan), "--against", "Q1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(phrase) and len(err.splitlines()) == 1
    assert review_plan.read_bytes() == before
    with open_plan(review_plan, read_only=True) as doc:
        (baseline,) = load_snapshot(doc.session).baselines
        with pytest.raises(BaselineReadError):
            baseline_snapshot(baseline, read_baseline_document(doc.session, baseline.id))


def test_cli_diff_and_remove_unknown_baselines(
    review_plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(review_plan), "--against", "Nope"]) == 1
    assert capsys.readouterr().err.strip() == 'There is no baseline "Nope" (baselines: none yet).'
    assert main(["baseline", str(review_plan), "--name", "Q1"]) == 0
    assert main(["baseline", str(review_plan), "--remove", "Q1"]) == 0
    assert 'Removed baseline "Q1".' in capsys.readouterr().out
    assert main(["baseline", str(review_plan), "--remove", "Q1"]) == 1


def test_baselines_travel_in_json_when_asked_and_are_checked_on_import(
    review_plan: Path, tmp_path: Path
) -> None:
    with open_plan(review_plan) as doc:
        doc.execute(SaveBaseline("Q1", "first review"))
        snap = load_snapshot(doc.session)
        pairs = [(b, read_baseline_document(doc.session, b.id)) for b in snap.baselines]
    exported = plan_to_dict(snap, baselines=pairs)
    assert "baselines" not in plan_to_dict(snap)
    entry = exported["baselines"][0]
    assert entry["name"] == "Q1" and entry["taken_at"].endswith("Z")
    assert entry["document"] == plan_to_dict(snap)
    out = tmp_path / "with-baselines.json"
    out.write_text(json.dumps(exported), encoding="utf-8")
    with open_plan(import_plan_json(out, tmp_path / "copy.stratplan"), read_only=True) as doc:
        copy = load_snapshot(doc.session)
        again = plan_to_dict(
            copy, baselines=[(b, read_baseline_document(doc.session, b.id)) for b in copy.baselines]
        )
    assert again == exported

    bad = json.loads(json.dumps(exported))
    bad["baselines"].append({**bad["baselines"][0]})
    bad["baselines"].append(
        {
            "name": "Q3",
            "taken_at": "soon",
            "format_version": SCHEMA_VERSION + 1,
            "document": {"items": 3},
        }
    )
    with pytest.raises(PlanJsonError) as info:
        parse_plan_dict(bad)
    problems = "\n".join(info.value.problems)
    assert (
        "baselines[1].name: duplicate baseline name Q1 (already used by baselines[0])" in problems
    )
    assert 'baselines[2].taken_at: text "soon" is not a time' in problems
    assert (
        "baselines[2].format_version: taken by a newer StratPlanner "
        f"(plan format {SCHEMA_VERSION + 1})" in problems
    )
    assert "baselines[2].document: items: expected a list" in problems


def test_the_fast_baseline_reader_agrees_with_the_checking_one() -> None:
    from stratplanner.io.plan_json import snapshot_from_trusted_dict
    from stratplanner.io.synthetic import synthetic_plan_dict
    from stratplanner.paths import sample_plan_json

    fixture = json.loads((FIXTURES / "format-fixture.json").read_text(encoding="utf-8"))
    with_additions = json.loads(json.dumps(REVIEW))
    with_additions["criteria"] = [{"code": "RISKY", "name": "Risk", "measure": "risk"}]
    with_additions["pins"] = [{"item": "B", "rank": 1, "reason": "why", "decided_on": "2027-01-02"}]
    with_additions["items"][0]["mandatory"] = True
    for doc in (
        json.loads(sample_plan_json().read_text(encoding="utf-8")),
        fixture,
        synthetic_plan_dict(400, seed=5),
        with_additions,
    ):
        checked, fast = snapshot_from_dict(doc), snapshot_from_trusted_dict(doc)
        for field in ("info", "items", "objectives", "links", "demands", "dependencies", "kpis",
                      "milestones", "people", "teams", "business_units", "criteria", "scores",
                      "pins", "scenarios"):  # fmt: skip
            assert getattr(fast, field) == getattr(checked, field), field
