"""Which ways a round's result can be adopted: a way that would change nothing is told apart by
its error class (``NothingToAdopt``), never by the words of its sentence, so the adopt dialog
still offers "statuses" once that sentence is translated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run
from stratplanner.analysis.workshop_outcome import RoundOutcome, round_outcome
from stratplanner.commands.base import CommandError
from stratplanner.commands.workshop_adopt import NothingToAdopt, plan_adoption
from stratplanner.snapshot import PlanSnapshot, load_snapshot
from stratplanner.store import open_plan
from stratplanner.ui.workshop import adopt

WS = "Q1-OFFSITE"


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> None:
    code, _out, err = run(capsys, *args)
    assert code == 0, err


@pytest.fixture
def voted(sample_plan: Path, capsys: pytest.CaptureFixture[str]) -> tuple[PlanSnapshot, Any]:
    """The sample plan with a 'buy a feature' round of three items and one ballot cast."""
    plan = str(sample_plan)
    ok(capsys, "workshop", "new", plan, WS, "--date", "2027-01-20", "--title", "Q1 offsite")
    ok(capsys, "workshop", "participant", plan, WS, "mellison")
    options = ("--options", "IAM-SSO,DC-EXIT,NET-SDWAN", "--budget", "100000000")
    ok(capsys, "workshop", "round", plan, WS, "B", "--method", "budget", *options)
    ok(capsys, "workshop", "open", plan, WS, "B")
    with open_plan(sample_plan, read_only=True) as doc:
        item = next(i for i in load_snapshot(doc.session).items if i.code == "IAM-SSO")
    values = json.dumps({"IAM-SSO": item.capex + item.opex})
    ballot = ("--participant", "mellison", "--values", values)
    ok(capsys, "workshop", "ballot", plan, WS, "B", *ballot)
    with open_plan(sample_plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    (round_,) = snap.workshop_rounds
    return snap, round_outcome(snap, round_)


def test_statuses_that_change_nothing_are_refused_as_nothing_to_adopt(
    voted: tuple[PlanSnapshot, RoundOutcome],
) -> None:
    snap, outcome = voted
    with pytest.raises(NothingToAdopt) as nothing:
        plan_adoption(snap, outcome, "statuses", statuses={})
    assert isinstance(nothing.value, CommandError)  # callers catching CommandError still do
    assert plan_adoption(snap, outcome, "statuses").summary  # the room's choice does change it


def test_fitting_ways_offers_statuses_whatever_the_refusal_says(
    voted: tuple[PlanSnapshot, RoundOutcome], monkeypatch: pytest.MonkeyPatch
) -> None:
    snap, outcome = voted
    ways, _reason = adopt.fitting_ways(snap, outcome)
    assert ways[0] == "statuses" and "scenario" in ways

    def translated(snap: PlanSnapshot, outcome: RoundOutcome, how: str, **kw: Any) -> Any:
        try:
            return plan_adoption(snap, outcome, how, **kw)
        except NothingToAdopt:  # the sentence in another language: no English words left
            raise NothingToAdopt("Die Übernahme der Runde B würde nichts ändern.") from None

    monkeypatch.setattr(adopt, "plan_adoption", translated)
    ways, _reason = adopt.fitting_ways(snap, outcome)
    assert ways[0] == "statuses" and "scenario" in ways

    def refused(snap: PlanSnapshot, outcome: RoundOutcome, how: str, **kw: Any) -> Any:
        raise CommandError("Round B would change nothing, but for another reason.")

    monkeypatch.setattr(adopt, "plan_adoption", refused)  # any other refusal: not offered
    ways, reason = adopt.fitting_ways(snap, outcome)
    assert ways == [] and reason == "Round B would change nothing, but for another reason."
