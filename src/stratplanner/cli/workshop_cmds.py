"""``stratplanner workshop …``: prepare, run and read a planning offsite (docs/workshop.md)."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypedDict

from stratplanner.analysis.workshop import METHODS
from stratplanner.analysis.workshop_outcome import (
    METHOD_NAMES,
    RoundOutcome,
    outcome_json,
    round_by_code,
    round_outcome,
    workshop_by_code,
)
from stratplanner.cli.common import CliError, add_plan_argument, print_json
from stratplanner.cli.editing import editing, execute, plan_session, read_plan
from stratplanner.commands.base import Command
from stratplanner.commands.workshop import (
    AddAction,
    AddParticipant,
    CastBallot,
    CreateRound,
    CreateWorkshop,
    RecordDecision,
    SetRoundState,
    UpdateAction,
)
from stratplanner.commands.workshop_adopt import ADOPT_AS, APPROVED, NOT_NOW, plan_adoption
from stratplanner.snapshot import PlanSnapshot
from stratplanner.snapshot.records import RoundRec, WorkshopRec

#: The question a round asks when none is given.
DEFAULT_QUESTIONS = {
    "dots": "Where should our dots go?",
    "points": "Share 100 points between these",
    "moscow": "Must, should, could or won't?",
    "pairwise": "Which of each pair matters more?",
    "criteria": "Score each option on our criteria",
    "budget": "What would you buy with your share of the budget?",
}
#: Largest --values text accepted (a ballot is stored up to 64 KiB).
MAX_VALUES_CHARS = 65_536


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "workshop",
        help="prepare and run a planning workshop: participants, voting rounds, results",
        description=(
            "Workshop mode: business and IT vote on the real portfolio from their phones; "
            "the results land in the plan. See docs/workshop.md."
        ),
    )
    ws = parser.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)

    p = ws.add_parser("new", help="create a workshop")
    _plan_and_name(p)
    p.add_argument("--date", help="the day it is held (YYYY-MM-DD)")
    p.add_argument("--title", help="a title (default: the name)")
    p.set_defaults(func=cmd_new)

    p = ws.add_parser("list", help="the plan's workshops, their rounds and open actions")
    add_plan_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = ws.add_parser("participant", help="add a participant (a person's code, or a new name)")
    _plan_and_name(p)
    p.add_argument("who", metavar="WHO", help="a person's code in the plan, or a new name")
    p.add_argument("--side", choices=("business", "it"), help="business or it")
    p.add_argument("--unit", metavar="CODE", help="their business unit's code")
    p.set_defaults(func=cmd_participant)

    p = ws.add_parser("round", help="add a voting round to the agenda")
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND", help="the round's code, e.g. R1")
    p.add_argument("--method", choices=METHODS, required=True)
    p.add_argument("--options", required=True, metavar="CODE,CODE,…", help="item codes")
    p.add_argument("--objectives", action="store_true", help="the options are objective codes")
    p.add_argument("--question", default="", help="the question shown on the phones")
    p.add_argument("--dots", type=int, help="dots each participant places (dots)")
    p.add_argument("--cap", type=int, help="most dots on one option (dots)")
    p.add_argument("--points", type=int, help="points each participant allocates (points)")
    p.add_argument("--budget", metavar="AMOUNT", help="each participant's budget (budget)")
    p.add_argument("--scenario", metavar="CODE", help="share this scenario's cap (budget)")
    p.add_argument("--timer", type=int, metavar="MINUTES", help="a countdown on the phones")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--anonymous", dest="anonymity", action="store_const", const="anonymous")
    how.add_argument("--by-side", dest="anonymity", action="store_const", const="by_side")
    how.add_argument("--named", dest="anonymity", action="store_const", const="named")
    p.set_defaults(func=cmd_round, anonymity="by_side")

    for action, verb in (
        ("open", "open a round"),
        ("close", "close a round"),
        ("reveal", "reveal a round's results"),
    ):
        p = ws.add_parser(action, help=verb)
        _plan_and_name(p)
        p.add_argument("round", metavar="ROUND")
        p.set_defaults(func=cmd_state, action=action)

    p = ws.add_parser(
        "serve",
        help="open a round and serve the voting page on the room's network until Ctrl+C",
    )
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND")
    p.add_argument(
        "--bind",
        required=True,
        metavar="ADDRESS",
        help="this computer's address on the room's network (never 0.0.0.0)",
    )
    p.add_argument("--port", type=int, default=0, help="the port (default: a random free one)")
    p.add_argument(
        "--admit-new",
        action="store_true",
        help="admit people who are not on the list yet without asking",
    )
    p.set_defaults(func=cmd_serve)

    p = ws.add_parser("ballot", help="record a paper ballot")
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--participant", required=True, metavar="WHO", help="the participant's code")
    values = p.add_mutually_exclusive_group(required=True)
    values.add_argument("--values", metavar="JSON", help="the ballot (docs/workshop.md)")
    values.add_argument("--abstain", action="store_true", help="record an abstention")
    p.set_defaults(func=cmd_ballot)

    p = ws.add_parser("results", help="the results of a workshop's rounds")
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND", nargs="?")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_results)

    p = ws.add_parser("adopt", help="adopt a round's result in the plan (one undoable step)")
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--as", dest="how", choices=ADOPT_AS, required=True)
    p.add_argument("--approve", metavar="CODE,…", help="statuses: the items to approve")
    p.add_argument("--not-now", metavar="CODE,…", help="statuses: the items to put on hold")
    p.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    p.set_defaults(func=cmd_adopt)

    p = ws.add_parser("decision", help="record a decision")
    _plan_and_name(p)
    p.add_argument("text", metavar="DECISION")
    p.add_argument("--rationale", default="")
    p.add_argument("--rejected", default="", help="the options rejected")
    p.add_argument("--owner", metavar="PERSON")
    p.add_argument("--review", metavar="YYYY-MM-DD", help="when to review it")
    p.add_argument("--round", metavar="ROUND", help="the round that is its evidence")
    p.add_argument("--items", metavar="CODE,…", default="")
    p.add_argument("--objectives", metavar="CODE,…", default="")
    p.set_defaults(func=cmd_decision)

    p = ws.add_parser("action", help="record an action (or mark one done with --done CODE)")
    _plan_and_name(p)
    p.add_argument("text", metavar="ACTION", nargs="?")
    p.add_argument("--owner", metavar="PERSON")
    p.add_argument("--due", metavar="YYYY-MM-DD")
    p.add_argument("--decision", metavar="CODE")
    p.add_argument("--item", metavar="CODE")
    p.add_argument("--objective", metavar="CODE")
    p.add_argument("--done", metavar="ACTION_CODE", help="mark this action done instead")
    p.set_defaults(func=cmd_action)

    p = ws.add_parser("ballots", help="write a round's ballots as CSV or XLSX (anonymity kept)")
    _plan_and_name(p)
    p.add_argument("round", metavar="ROUND", nargs="?", help="one round (default: all)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.set_defaults(func=cmd_ballots)


def _plan_and_name(p: argparse.ArgumentParser) -> None:
    add_plan_argument(p)
    p.add_argument("name", metavar="NAME", help="the workshop's name, e.g. Q1-OFFSITE")


# -- helpers --------------------------------------------------------------------------------


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} {text!r} is not a date; write it as YYYY-MM-DD.") from None


def _codes(text: str | None) -> list[str]:
    return [c.strip() for c in (text or "").split(",") if c.strip()]


def _workshop(snap: PlanSnapshot, name: str) -> WorkshopRec:
    found = workshop_by_code(snap, name)
    if found is None:
        known = ", ".join(w.code for w in snap.workshops[:8]) or "none yet"
        raise CliError(
            f"The plan has no workshop {name!r} (workshops: {known}); "
            "create it with 'stratplanner workshop new'."
        )
    return found


def _round(snap: PlanSnapshot, workshop: WorkshopRec, code: str) -> RoundRec:
    found = round_by_code(snap, workshop, code)
    if found is None:
        known = ", ".join(r.code for r in snap.rounds_of(workshop.id)) or "none yet"
        raise CliError(
            f"Workshop {workshop.code} has no round {code!r} (rounds: {known}); "
            "add it with 'stratplanner workshop round'."
        )
    return found


# -- commands -------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    with plan_session(args.plan, versioned=False) as edit:  # built from nothing read
        held = _day(args.date, "--date")
        execute(edit, CreateWorkshop(args.name, args.title or args.name, held_on=held))
    print(f"Created workshop {args.name} in {edit.document.file_name}.")
    return 0


class _RoundRow(TypedDict):
    name: str
    method: str
    state: str
    ballots: int


class _WorkshopRow(TypedDict):
    """One workshop as ``workshop list`` shows it (and prints it with --json)."""

    name: str
    title: str
    date: str | None
    participants: int
    rounds: list[_RoundRow]


def cmd_list(args: argparse.Namespace) -> int:
    with plan_session(args.plan, read_only=True) as edit:
        snap = edit.snapshot
        data: list[_WorkshopRow] = []
        for w in snap.workshops:
            data.append(
                {
                    "name": w.code,
                    "title": w.title,
                    "date": w.held_on.isoformat() if w.held_on else None,
                    "participants": len(snap.participants_by_workshop.get(w.id, [])),
                    "rounds": [
                        {
                            "name": r.code,
                            "method": r.method,
                            "state": r.state,
                            "ballots": len(snap.ballots_of(r.id)),
                        }
                        for r in snap.rounds_of(w.id)
                    ],
                }
            )
        actions = [
            {
                "workshop": snap.workshop_by_id[a.workshop_id].code,
                "code": a.code,
                "action": a.action,
                "owner": snap.person_name(a.owner_id) or None,
                "due": a.due.isoformat() if a.due else None,
            }
            for a in snap.open_actions()
        ]
    if args.json:
        print_json({"workshops": data, "open_actions": actions})
        return 0
    if not data:
        print("This plan has no workshops yet; create one with 'stratplanner workshop new'.")
    for row in data:
        print(f"{row['name']}: {row['title']}" + (f" ({row['date']})" if row["date"] else ""))
        print(f"  {row['participants']} participants")
        for r in row["rounds"]:
            print(
                f"  {r['name']}: {METHOD_NAMES[r['method']]}, {r['state']}, {r['ballots']} ballots"
            )
    if actions:
        print("Open actions:")
        for a in actions:
            who = f" — {a['owner']}" if a["owner"] else ""
            due = f", due {a['due']}" if a["due"] else ""
            print(f"  {a['workshop']} {a['code']}: {a['action']}{who}{due}")
    return 0


def cmd_participant(args: argparse.Namespace) -> int:
    with plan_session(args.plan) as edit:
        snap = edit.snapshot
        workshop = _workshop(snap, args.name)
        person = next((p for p in snap.people if p.code == args.who), None)
        if person is None and args.side is None:
            raise CliError(
                f"{args.who!r} is not a person's code in the plan; to add a new name, "
                "say which side they are on with --side business or --side it."
            )
        unit = args.unit
        if unit is not None and unit not in {u.code for u in snap.business_units}:
            raise CliError(f"The plan has no business unit {unit!r}.")
        command = AddParticipant(
            workshop.id,
            person=person.code if person else None,
            name=None if person else args.who,
            side=args.side,
            business_unit=unit,
        )
        execute(edit, command)
        added = edit.snapshot.participant_by_id[command.participant_id or -1]
    print(f"Added {added.name} ({added.side}) to {workshop.code} as {added.code}.")
    return 0


def _money_arg(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise CliError(f"--budget {text!r} is not an amount; write it like 250000.") from None
    if not value.is_finite() or value < 0:
        raise CliError("--budget must be an amount of 0 or more.")
    return value


def cmd_round(args: argparse.Namespace) -> int:
    options = _codes(args.options)
    if not options:
        raise CliError("--options needs at least two codes, separated by commas.")
    with plan_session(args.plan) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        execute(
            edit,
            CreateRound(
                workshop.id,
                args.round,
                args.question or DEFAULT_QUESTIONS[args.method],
                args.method,
                options,
                subject="objectives" if args.objectives else "items",
                dots=args.dots,
                cap=args.cap,
                points=args.points,
                budget=_money_arg(args.budget),
                scenario=args.scenario,
                anonymity=args.anonymity,
                timer_seconds=args.timer * 60 if args.timer else None,
            ),
            seen=snap,
        )
    print(
        f"Added round {args.round} ({METHOD_NAMES[args.method]}, {len(options)} options) "
        f"to {workshop.code}."
    )
    return 0


def cmd_state(args: argparse.Namespace) -> int:
    with plan_session(args.plan) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        round_ = _round(snap, workshop, args.round)
        if args.action == "open":
            command = SetRoundState(round_.id, "open")
        elif args.action == "close":
            command = SetRoundState(round_.id, "closed")
        else:
            command = SetRoundState(round_.id, revealed=True)
        execute(edit, command, seen=snap)
    print(f"{command.label}.")
    return 0


def cmd_ballot(args: argparse.Namespace) -> int:
    values: Any = None
    if not args.abstain:
        if len(args.values) > MAX_VALUES_CHARS:
            raise CliError("--values is too long; a ballot has one entry per option.")
        try:
            values = json.loads(args.values, parse_float=Decimal)
        except (json.JSONDecodeError, RecursionError):
            raise CliError(
                "--values is not JSON; write it like '{\"CRM-1\": 3}' (docs/workshop.md)."
            ) from None
    with plan_session(args.plan) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        round_ = _round(snap, workshop, args.round)
        participant = next(
            (
                p
                for p in snap.participants_by_workshop.get(workshop.id, [])
                if p.code == args.participant
            ),
            None,
        )
        if participant is None:
            raise CliError(
                f"{args.participant!r} is not a participant of {workshop.code}; add them with "
                "'stratplanner workshop participant'."
            )
        execute(edit, CastBallot(round_.id, participant.id, values, args.abstain), seen=snap)
    what = "an abstention" if args.abstain else "a ballot"
    print(f"Recorded {what} of {participant.name} in round {round_.code}.")
    return 0


def _score_text(score: float) -> str:
    return f"{score:,.0f}" if float(score).is_integer() else f"{score:,.2f}"


def _print_outcome(outcome: RoundOutcome) -> None:
    round_, result = outcome.round, outcome.result
    print(f"{round_.code}: {round_.question or METHOD_NAMES[round_.method]}")
    print(
        f"  {METHOD_NAMES[round_.method]}, {result.ballots} ballots"
        + (f" ({result.abstentions} abstained)" if result.abstentions else "")
        + f", round {round_.state}"
    )
    if outcome.problem:
        print(f"  Can't be counted: {outcome.problem}")
        return
    for r in result.results:
        title = outcome.titles.get(r.code, r.code)
        print(
            f"  {r.rank:>3}. {title} ({r.code}): {_score_text(r.score)}"
            + (f" — {r.detail}" if r.detail else "")
        )
    for sentence in result.explanation:
        print(f"  {sentence}")
    if outcome.by_side is None and round_.anonymity == "anonymous":
        print("  Business and IT are not shown apart: a side has fewer than 3 voters.")
    for d in outcome.disagreements[:1]:
        print(
            f"  Where business and IT disagree most: {outcome.titles.get(d.code, d.code)} "
            f"(business {d.business:.0%}, IT {d.it:.0%})."
        )


def cmd_results(args: argparse.Namespace) -> int:
    with plan_session(args.plan, read_only=True) as edit:
        snap = edit.snapshot
        workshop = _workshop(snap, args.name)
        rounds = [_round(snap, workshop, args.round)] if args.round else snap.rounds_of(workshop.id)
        outcomes = [round_outcome(snap, r) for r in rounds]
    if args.json:
        print_json({"workshop": workshop.code, "rounds": [outcome_json(o) for o in outcomes]})
        return 0
    if not outcomes:
        print(f"Workshop {workshop.code} has no rounds yet.")
    for outcome in outcomes:
        _print_outcome(outcome)
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    statuses: dict[str, str] | None = None
    if args.approve or args.not_now:
        if args.how != "statuses":
            raise CliError("--approve and --not-now go with --as statuses.")
        statuses = dict.fromkeys(_codes(args.approve), APPROVED)
        statuses.update(dict.fromkeys(_codes(args.not_now), NOT_NOW))
    with plan_session(args.plan, read_only=args.dry_run) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        outcome = round_outcome(snap, _round(snap, workshop, args.round))
        adoption = plan_adoption(snap, outcome, args.how, statuses=statuses)
        if not args.dry_run:
            execute(edit, adoption.command, seen=snap)
    for sentence in adoption.summary:
        print(sentence)
    print(
        "Nothing was changed (--dry-run)." if args.dry_run else f"Done: {adoption.command.label}."
    )
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    with plan_session(args.plan) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        round_id = _round(snap, workshop, args.round).id if args.round else None
        command = RecordDecision(
            workshop.id,
            args.text,
            rationale=args.rationale,
            options_rejected=args.rejected,
            owner=args.owner,
            review_on=_day(args.review, "--review"),
            round=round_id,
            items=_codes(args.items),
            objectives=_codes(args.objectives),
        )
        execute(edit, command, seen=snap)
    print(f"{command.label}.")
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    with plan_session(args.plan) as edit:
        snap = read_plan(edit)
        workshop = _workshop(snap, args.name)
        if args.done:
            action = next(
                (a for a in snap.actions_by_workshop.get(workshop.id, []) if a.code == args.done),
                None,
            )
            if action is None:
                raise CliError(f"Workshop {workshop.code} has no action {args.done!r}.")
            command: Command = UpdateAction(action.id, {"done": True})
        else:
            if not (args.text or "").strip():
                raise CliError("Say what the action is, or give --done CODE to close one.")
            command = AddAction(
                workshop.id,
                args.text,
                owner=args.owner,
                due=_day(args.due, "--due"),
                decision=args.decision,
                item=args.item,
                objective=args.objective,
            )
        execute(edit, command, seen=snap)
    print(f"{command.label}.")
    return 0


def cmd_ballots(args: argparse.Namespace) -> int:
    from stratplanner.cli.common import output_path
    from stratplanner.io.workshop_ballots import write_ballots

    target = output_path(args.output, suffixes=(".csv", ".xlsx"))
    with plan_session(args.plan, read_only=True) as edit:
        snap = edit.snapshot
        workshop = _workshop(snap, args.name)
        rounds = [_round(snap, workshop, args.round)] if args.round else snap.rounds_of(workshop.id)
        count = write_ballots(snap, rounds, target)
    print(f"Wrote {count} ballots to {target}.")
    return 0


# -- serving --------------------------------------------------------------------------------


def cmd_serve(args: argparse.Namespace) -> int:
    from stratplanner.workshop.plan_box import PlanBallotBox
    from stratplanner.workshop.server import WorkshopServer

    with editing(args.plan) as edit:
        snap = edit.snapshot
        workshop = _workshop(snap, args.name)
        round_ = _round(snap, workshop, args.round)
        if round_.state != "open":
            execute(edit, SetRoundState(round_.id, "open"))
        # The ballots go through this session too, outside its history (as
        # PlanBallotBox.for_document would, with a session of its own beside this one).
        box = PlanBallotBox(lambda: edit.snapshot, edit.apply, workshop.code, round_.code)
        try:
            server = WorkshopServer(
                box,
                args.bind,
                args.port,
                auto_admit_registered=True,
                on_event=_event_line,
            )
            server.start()
        except (ValueError, OSError) as exc:
            raise CliError(f"The voting page can't be served on {args.bind}: {exc}") from None
        print(f"join: {server.join_url}", flush=True)
        print(f"pin: {server.pin}", flush=True)
        print(
            f"Serving round {round_.code} of {workshop.code} on {server.room_url} "
            "(plain HTTP on this network). Press Ctrl+C to stop; every ballot is already saved.",
            flush=True,
        )
        stop = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                if args.admit_new:
                    for request in server.pending():
                        server.admit_request(request["id"])
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            server.stop()
        print(
            f"Stopped. Round {round_.code} stays open; close it with "
            f"'stratplanner workshop close PLAN {workshop.code} {round_.code}'.",
            file=sys.stderr,
        )
    return 0


def _event_line(kind: str, payload: dict[str, Any]) -> None:
    if kind == "join_requested":
        print(
            f"{payload.get('name')} ({payload.get('side')}) asks to join; they are not on the "
            "list (rerun with --admit-new, or add them with 'workshop participant').",
            flush=True,
        )
    elif kind == "admitted":
        print(f"{payload.get('name')} joined.", flush=True)
    elif kind == "ballot_cast":
        print("A ballot was cast.", flush=True)
