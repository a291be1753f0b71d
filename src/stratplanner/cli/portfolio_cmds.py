"""Prioritisation commands: rank, sequence, scenario, baseline, diff, pin/unpin, score, weights."""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from stratplanner.analysis.baseline_diff import PlanDiff, diff_plans
from stratplanner.analysis.scenarios import (
    BudgetSpec,
    PortfolioChoice,
    best_portfolio,
    compare_scenarios,
)
from stratplanner.analysis.scoring import (
    METHODS,
    PrioritizationError,
    Ranking,
    ScoringModel,
)
from stratplanner.analysis.sensitivity import Sensitivity, rank_sensitivity
from stratplanner.analysis.sequencing import sequence_portfolio
from stratplanner.analysis.text import money
from stratplanner.cli.common import CliError, add_plan_argument, opened_plan, print_json
from stratplanner.cli.editing import editing, read_plan
from stratplanner.commands import CreateRecord, DeleteRecord
from stratplanner.commands.portfolio import (
    PinRank,
    SaveBaseline,
    SetScore,
    SetWeights,
    Unpin,
    accept_sequence,
    remove_baseline,
    scenario_code,
)
from stratplanner.io.plan_json import baseline_snapshot
from stratplanner.model.values import status_label
from stratplanner.snapshot.records import BaselineRec, ItemRec, ScenarioRec
from stratplanner.snapshot.snapshot import PlanSnapshot, load_snapshot, read_baseline_document

# -- shared helpers --------------------------------------------------------------------------


def _snapshot(plan: str) -> PlanSnapshot:
    with opened_plan(plan, read_only=True) as doc:
        return load_snapshot(doc.session)


def _item(snap: PlanSnapshot, code: str) -> ItemRec:
    item = snap.item_by_code.get(code)
    if item is None:
        raise CliError(f"There is no roadmap item with code {code!r}.")
    return item


class _CriterionRow(TypedDict):
    """One criterion as ``weights`` lists it (and prints it with --json)."""

    code: str
    name: str
    measure: str
    direction: str
    weight: float
    share: float


def _parse_pairs(pairs: Sequence[str], what: str) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f"{pair!r} is not CODE={what} (for example ALIGN=4).")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def _number(text: str, what: str) -> float:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise CliError(f"{what}: {text!r} is not a number.") from None
    if not math.isfinite(value):
        raise CliError(f"{what}: {text!r} is not a number.")
    return value


_AMOUNT = re.compile(r"^\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(k|m|bn|b)?\s*$", re.IGNORECASE)
_SCALE = {None: 1.0, "k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9}


def parse_amount(text: str) -> float:
    """'4500000', '4,500,000', '4.5m', '800k', '1.2bn' → a number."""
    match = _AMOUNT.match(text)
    if not match:
        raise CliError(f"{text!r} is not an amount; write it like 4500000, 4.5m or 800k.")
    unit = match.group(2).lower() if match.group(2) else None
    return float(match.group(1).replace(",", "")) * _SCALE[unit]


def _ranking(
    snap: PlanSnapshot, method: str = "score", weights: dict[str, float] | None = None
) -> tuple[ScoringModel, Ranking]:
    model = ScoringModel(snap)
    try:
        return model, model.rank(weights, method)
    except PrioritizationError as exc:
        raise CliError(str(exc)) from None


def _q(value: Any) -> str:
    return str(value) if value is not None else "—"


# -- rank --------------------------------------------------------------------------------


def ranking_to_json(
    snap: PlanSnapshot, ranking: Ranking, sensitivity: Sensitivity | None
) -> dict[str, Any]:
    sens = {s.item_id: s for s in sensitivity.items} if sensitivity else {}
    items = []
    for entry in ranking.items:
        row: dict[str, Any] = {
            "code": entry.code,
            "title": entry.title,
            "rank": entry.rank,
            "score": entry.score,
            "score_rank": entry.score_rank,
        }
        if ranking.method == "score":
            row["breakdown"] = dict(entry.contributions)
            row["unscored"] = list(entry.unscored)
        else:
            row["cost_of_delay"] = entry.cost_of_delay
            row["job_size"] = entry.job_size
        row["pin"] = (
            {
                "rank": entry.pin.rank,
                "reason": entry.pin.reason,
                "decided_by": entry.pin.decided_by,
                "decided_on": entry.pin.decided_on.isoformat() if entry.pin.decided_on else None,
            }
            if entry.pin
            else None
        )
        if entry.item_id in sens:
            s = sens[entry.item_id]
            row["sensitivity"] = {
                "robust": s.robust,
                "min_rank": s.min_rank,
                "max_rank": s.max_rank,
                "flips": [
                    {"criterion": f.criterion, "change": f.change, "rank": f.rank} for f in s.shifts
                ],
                "flagged": s.flagged,
                "crosses": [
                    {"criterion": c.criterion, "change": c.change, "line": c.line, "into": c.into}
                    for c in s.crossings
                ],
            }
        items.append(row)
    return {
        "method": ranking.method,
        "criteria": [
            {"code": c.code, "name": c.name, "measure": c.measure, "direction": c.direction,
             "weight": c.weight, "share": c.share}
            for c in ranking.criteria
        ],
        "items": items,
        "warnings": list(ranking.warnings),
    }  # fmt: skip


def cmd_rank(args: argparse.Namespace) -> int:
    snap = _snapshot(args.plan)
    weights = {k: _number(v, k) for k, v in _parse_pairs(args.weight or [], "WEIGHT").items()}
    model, ranking = _ranking(snap, args.method, weights or None)
    sensitivity = None
    if args.sensitivity and args.method == "score":
        from stratplanner.analysis.scenarios import BudgetSpec
        from stratplanner.analysis.sensitivity import DecisionLines

        scenario = None
        if args.scenario:
            scenario = next((s for s in snap.scenarios if args.scenario in (s.name, s.code)), None)
            if scenario is None:
                raise CliError(f"There is no scenario {args.scenario!r}.")
        lines = DecisionLines(args.top, BudgetSpec.of(scenario) if scenario else None)
        sensitivity = rank_sensitivity(model, weights or None, lines=lines)
    if args.json:
        print_json(ranking_to_json(snap, ranking, sensitivity))
        return 0
    for warning in ranking.warnings:
        print(f"note: {warning}", file=sys.stderr)
    if not ranking.items:
        print("No live items to rank (proposed, approved, in progress or on hold).")
        return 0
    sens = {s.item_id: s for s in sensitivity.items} if sensitivity else {}
    if ranking.method == "score":
        print(
            "Score = 100 × Σ weight × normalised criterion ÷ Σ weights; criteria (weight, share):"
        )
        print("  " + ", ".join(f"{c.code} {c.weight:g} ({c.share:.0%})" for c in ranking.criteria))
        codes = [c.code for c in ranking.criteria]
        print(
            f"{'rank':>4}  {'code':<16} {'score':>6}  "
            + " ".join(f"{c[:6]:>6}" for c in codes)
            + ("  sensitivity" if sens else "")
        )
        for e in ranking.items[: args.top]:
            parts = " ".join(f"{e.contributions[c]:6.1f}" for c in codes)
            line = f"{e.rank:>4}  {e.code:<16} {e.score:6.1f}  {parts}"
            if sens:
                s = sens[e.item_id]
                line += (
                    "  holds"
                    if not s.flagged
                    else "  AT RISK: " + "; ".join(c.label for c in s.crossings)
                )
            if e.pin:
                line += f"  pinned: {e.pin.reason}"
            print(line)
        if sensitivity:
            drawn = sensitivity.lines.describe()
            below = [i for i in sensitivity.flagged if args.top and i.rank > args.top]
            for s in below:
                print(
                    f"  also at risk, rank {s.rank} {s.code}: "
                    + "; ".join(c.label for c in s.crossings)
                )
            print(
                f"{len(sensitivity.flagged)} of {len(sensitivity.items)} items move into or out of "
                f"{drawn} when a single weight changes by ±{sensitivity.change:.0%}."
                if drawn
                else "No decision line to test: give --top N or --scenario NAME."
            )
    else:
        print("WSJF = cost of delay ÷ job size (annual value ÷ capex + opex where not given).")
        print(f"{'rank':>4}  {'code':<16} {'WSJF':>10}  {'cost of delay':>14} {'job size':>14}")
        for e in ranking.items[: args.top]:
            wsjf = f"{e.score:10.3g}" if e.score is not None else f"{'—':>10}"
            line = f"{e.rank:>4}  {e.code:<16} {wsjf}  {e.cost_of_delay:14,.0f} {e.job_size:14,.0f}"
            if e.pin:
                line += f"  pinned: {e.pin.reason}"
            print(line)
    return 0


# -- sequence ------------------------------------------------------------------------------


def cmd_sequence(args: argparse.Namespace) -> int:
    if args.accept:
        with editing(args.plan) as edit:
            snap = read_plan(edit)
            result = _sequence(snap, args.method)
            _print_sequence(result, args.json)
            command = accept_sequence(result)
            if command is None:
                print(
                    "Nothing to accept: every placed item already starts as sequenced.",
                    file=sys.stderr,
                )
            else:
                edit.execute(command, seen=snap)
                print(f"{command.label}.", file=sys.stderr if args.json else sys.stdout)
        return 0
    snap = _snapshot(args.plan)
    _print_sequence(_sequence(snap, args.method), args.json)
    return 0


def _sequence(snap: PlanSnapshot, method: str) -> Any:
    order = None
    if method != "score":
        order = _ranking(snap, method)[1]
    return sequence_portfolio(snap, order)


def _print_sequence(result: Any, as_json: bool) -> None:
    if as_json:
        print_json(result.to_json())
        for warning in result.warnings:
            print(f"note: {warning}", file=sys.stderr)
        return
    for warning in result.warnings:
        print(f"note: {warning}")
    print(f"{'rank':>4}  {'code':<16} {'planned':<8} {'start':<8} {'end':<8} {'status':<10} reason")
    for p in result.placements:
        rank = str(p.rank) if p.rank is not None else "—"
        print(
            f"{rank:>4}  {p.code:<16} {_q(p.planned_start):<8} {_q(p.start):<8} {_q(p.end):<8} "
            f"{p.status:<10} {p.reason}"
        )
    placed = [p for p in result.placements if p.status == "placed"]
    later = [p for p in placed if p.delay]
    refused = [p for p in result.placements if p.status == "not_placed"]
    print(
        f"{len(placed)} placed ({len(later)} later than planned), "
        f"{len(refused)} not placed, {len(result.placements) - len(placed) - len(refused)} fixed."
    )


# -- scenarios -----------------------------------------------------------------------------


def _scenario(snap: PlanSnapshot, name: str) -> ScenarioRec:
    for scenario in snap.scenarios:
        if name in (scenario.name, scenario.code):
            return scenario
    known = ", ".join(f'"{s.name}"' for s in snap.scenarios) or "none yet"
    raise CliError(f'There is no scenario "{name}" (scenarios: {known}).')


def choice_to_json(snap: PlanSnapshot, choice: PortfolioChoice) -> dict[str, Any]:
    code = {i.id: i.code for i in snap.items}
    spec = choice.spec
    return {
        "name": spec.name,
        "budget": spec.budget,
        "budget_basis": spec.basis,
        "maximise": spec.maximise,
        "feasible": choice.feasible,
        "optimal": choice.optimal,
        "chosen": [code[i] for i in choice.chosen],
        "left_out": [code[i] for i in choice.left_out],
        "committed": [code[i] for i in choice.committed],
        "spend": choice.spend,
        "spend_by_year": {str(y): v for y, v in choice.spend_by_year.items()},
        "objective": choice.objective,
        "annual_value": choice.annual_value,
        "notes": list(choice.notes),
    }


def _print_choice(snap: PlanSnapshot, choice: PortfolioChoice) -> None:
    cur = snap.info.currency
    spec = choice.spec
    print(f'Scenario "{spec.name}": {spec.describe(cur)}, maximising {spec.maximise}.')
    for note in choice.notes:
        print(f"  note: {note}")
    years = ", ".join(f"{y} {money(v, cur)}" for y, v in choice.spend_by_year.items())
    print(
        f"  Spend {money(choice.spend, cur)} ({years}); "
        f"annual value {money(choice.annual_value, cur)}."
    )
    print(f"  Committed (approved, in progress): {len(choice.committed)} items.")
    codes = [snap.item_by_id[i].code for i in choice.chosen]
    print(f"  Chosen proposed items ({len(codes)}): {', '.join(codes) or 'none'}.")
    left = [snap.item_by_id[i].code for i in choice.left_out]
    print(f"  Left out ({len(left)}): {', '.join(left) or 'none'}.")


def cmd_scenario(args: argparse.Namespace) -> int:
    action = args.action
    if action == "create":
        return _scenario_create(args)
    if action == "delete":
        with editing(args.plan) as edit:
            snap = read_plan(edit)
            scenario = _scenario(snap, args.name)
            edit.execute(
                DeleteRecord("scenario", scenario.id, label=f'Delete scenario "{scenario.name}"'),
                seen=snap,
            )
        print(f'Deleted scenario "{scenario.name}".')
        return 0
    snap = _snapshot(args.plan)
    if action == "list":
        rows = [
            {"code": s.code, "name": s.name, "budget": s.budget, "budget_basis": s.budget_basis,
             "maximise": s.maximise, "description": s.description}
            for s in snap.scenarios
        ]  # fmt: skip
        if args.json:
            print_json({"scenarios": rows})
        elif not rows:
            print(
                "No scenarios yet; create one with: "
                "stratplanner scenario PLAN create NAME --budget 4.5m"
            )
        else:
            for s in snap.scenarios:
                spec = BudgetSpec.of(s)
                print(
                    f'"{s.name}" ({s.code}): {spec.describe(snap.info.currency)}, '
                    f"maximising {s.maximise}"
                )
        return 0
    try:
        if action == "show":
            choice = best_portfolio(snap, BudgetSpec.of(_scenario(snap, args.name)))
            if args.json:
                print_json(choice_to_json(snap, choice))
            else:
                _print_choice(snap, choice)
            return 0
        names = args.names or [s.name for s in snap.scenarios]
        if not names:
            raise CliError(
                "There are no scenarios to compare; create one first (scenario PLAN create NAME)."
            )
        specs = [BudgetSpec.of(_scenario(snap, n)) for n in names]
        comparison = compare_scenarios(snap, specs)
    except PrioritizationError as exc:
        raise CliError(str(exc)) from None
    code = {i.id: i.code for i in snap.items}
    title = {o.id: o.code for o in snap.objectives}
    if args.json:
        print_json(
            {
                "reference": comparison.reference,
                "scenarios": [
                    {
                        **choice_to_json(snap, d.choice),
                        "dropped": [code[i] for i in d.dropped],
                        "added": [code[i] for i in d.added],
                        "value_lost": d.value_lost,
                        "value_gained": d.value_gained,
                        "objectives_left_unsupported": [title[o] for o in d.newly_unsupported],
                        "unsupported_objectives": [title[o] for o in d.unsupported],
                    }
                    for d in comparison.deltas
                ],
            }
        )
        return 0
    cur = snap.info.currency
    for k, d in enumerate(comparison.deltas):
        _print_choice(snap, d.choice)
        if k:
            print(
                f'  Against "{comparison.reference}": '
                f"drops {', '.join(code[i] for i in d.dropped) or 'nothing'}"
                f"; adds {', '.join(code[i] for i in d.added) or 'nothing'}."
            )
            print(
                f"  Annual value lost {money(d.value_lost, cur)}, "
                f"gained {money(d.value_gained, cur)}."
            )
            left = [title[o] for o in d.newly_unsupported]
            print(f"  Objectives left unsupported: {', '.join(left) or 'none'}.")
        print()
    return 0


def _scenario_create(args: argparse.Namespace) -> int:
    budget = parse_amount(args.budget) if args.budget is not None else None
    if args.per_year and budget is None:
        raise CliError("--per-year needs a budget (--budget AMOUNT).")
    name = " ".join(args.name.split())
    if not name:
        raise CliError('A scenario needs a name, such as "Budget -20%".')
    with editing(args.plan) as edit:
        snap = read_plan(edit)
        if any(s.name == name for s in snap.scenarios):
            raise CliError(
                f'There is already a scenario named "{name}"; '
                "choose another name or delete it first."
            )
        values = {
            "code": args.code or scenario_code(name, {s.code for s in snap.scenarios}),
            "name": name,
            "description": args.description or "",
            "budget": budget,
            "budget_basis": "per_year" if args.per_year else "total",
            "maximise": args.maximise,
        }
        edit.execute(CreateRecord("scenario", values, label=f'Add scenario "{name}"'), seen=snap)
    spec = BudgetSpec(name, budget, values["budget_basis"], args.maximise)
    print(f'Created scenario "{name}" ({values["code"]}): {spec.describe(snap.info.currency)}.')
    return 0


# -- baselines and diff --------------------------------------------------------------------


def _baseline(snap: PlanSnapshot, name: str) -> BaselineRec:
    for baseline in snap.baselines:
        if baseline.name == name:
            return baseline
    known = ", ".join(f'"{b.name}"' for b in snap.baselines) or "none yet"
    raise CliError(f'There is no baseline "{name}" (baselines: {known}).')


def cmd_baseline(args: argparse.Namespace) -> int:
    if args.remove:
        with editing(args.plan) as edit:
            snap = read_plan(edit)
            baseline = _baseline(snap, args.remove)
            edit.execute(remove_baseline(baseline.id, baseline.name), seen=snap)
        print(f'Removed baseline "{baseline.name}".')
        return 0
    if args.name is not None:
        with editing(args.plan, versioned=False) as edit:  # a copy of the plan as it is
            command = SaveBaseline(args.name, args.note or "")
            edit.execute(command)
        print(f'Saved baseline "{command.name}" of {Path(args.plan).name}.')
        return 0
    snap = _snapshot(args.plan)
    rows = [
        {
            "name": b.name,
            "note": b.note,
            "taken_at": b.taken_at.isoformat() + "Z",
            "format_version": b.format_version,
        }
        for b in snap.baselines
    ]
    if args.json:
        print_json({"baselines": rows})
    elif not rows:
        print('No baselines yet; save one with: stratplanner baseline PLAN --name "2027-Q1 review"')
    else:
        for b in snap.baselines:
            print(
                f'"{b.name}" taken {b.taken_at:%Y-%m-%d %H:%M} UTC (plan format {b.format_version})'
                + (f" — {b.note}" if b.note else "")
            )
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        current = load_snapshot(doc.session)
        baseline = _baseline(current, args.against)
        text = read_baseline_document(doc.session, baseline.id)
    old, notes = baseline_snapshot(baseline, text)
    diff = diff_plans(old, current, notes=tuple(notes))
    if args.json:
        print_json(
            {
                "baseline": {
                    "name": baseline.name,
                    "taken_at": baseline.taken_at.isoformat() + "Z",
                    "format_version": baseline.format_version,
                },
                **diff.to_json(),
            }
        )
        return 0
    _print_diff(current, baseline, diff)
    return 0


#: The text diff lists the items that moved most in the ranking; --json lists all.
RERANKS_SHOWN = 20


def _print_diff(snap: PlanSnapshot, baseline: BaselineRec, diff: PlanDiff) -> None:
    cur = snap.info.currency
    print(f'Changes since baseline "{baseline.name}" ({baseline.taken_at:%Y-%m-%d}):')
    for note in diff.notes:
        print(f"  note: {note}")
    if diff.is_empty:
        print("  Nothing changed.")
    for ref in diff.added:
        print(f"  added      {ref.code}  {ref.title}")
    for ref in diff.removed:
        print(f"  removed    {ref.code}  {ref.title}")
    for s in diff.status_changed:
        old, new = (status_label(v) for v in (s.old_status, s.new_status))
        print(f"  status     {s.code}  {old} → {new}")
    for m in diff.moved:
        shift = f" ({m.shift:+d} quarter{'s' if abs(m.shift) != 1 else ''})" if m.shift else ""
        print(
            f"  moved      {m.code}  {_q(m.old_start)}–{_q(m.old_end)} → "
            f"{_q(m.new_start)}–{_q(m.new_end)}{shift}"
        )
    for rc in diff.recosted:
        print(f"  re-costed  {rc.code}  {money(rc.old_cost, cur)} → {money(rc.new_cost, cur)}")
    biggest = sorted(diff.reranked, key=lambda r: (-abs(r.new_rank - r.old_rank), r.new_rank))
    for r in sorted(biggest[:RERANKS_SHOWN], key=lambda r: r.new_rank):
        print(f"  re-ranked  {r.code}  #{r.old_rank} → #{r.new_rank}")
    if len(biggest) > RERANKS_SHOWN:
        print(
            f"  … and {len(biggest) - RERANKS_SHOWN} more re-ranked by fewer places "
            "(--json lists them all)"
        )
    for o in diff.objectives:
        state = (
            "new" if o.old_support is None else "removed" if o.new_support is None
            else f"support {o.old_support} → {o.new_support}"
        )  # fmt: skip
        flag = ""
        if (
            o.old_unsupported is not None
            and o.new_unsupported is not None
            and o.old_unsupported != o.new_unsupported
        ):
            flag = "; now unsupported" if o.new_unsupported else "; now supported"
        print(f"  objective  {o.code}  {state}{flag}")
    (n0, n1), (c0, c1), (v0, v1) = (
        diff.totals["items"],
        diff.totals["cost"],
        diff.totals["annual_value"],
    )
    print(
        f"  Totals: {n0:.0f} → {n1:.0f} items, cost {money(c0, cur)} → {money(c1, cur)}, "
        f"annual value {money(v0, cur)} → {money(v1, cur)}."
    )


# -- pins, scores, weights -----------------------------------------------------------------


def cmd_pin(args: argparse.Namespace) -> int:
    if args.rank < 1:
        raise CliError(f"A pinned rank is 1 or more, not {args.rank}.")
    with editing(args.plan) as edit:
        snap = read_plan(edit)
        item = _item(snap, args.item)
        command = PinRank(item.id, args.rank, args.reason, decided_by=args.by or "")
        edit.execute(command, seen=snap)
    print(f"{command.label}.")
    return 0


def cmd_unpin(args: argparse.Namespace) -> int:
    with editing(args.plan) as edit:
        snap = read_plan(edit)
        item = _item(snap, args.item)
        command = Unpin(item.id)
        edit.execute(command, seen=snap)
    print(f"{command.label}.")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    with editing(args.plan) as edit:
        snap = edit.snapshot  # kept current between the scores
        item = _item(snap, args.item)
        criteria = {c.code: c for c in snap.criteria}
        for code, raw in _parse_pairs(args.scores, "SCORE").items():
            if code not in criteria:
                raise CliError(
                    f"There is no criterion {code!r}; criteria are {', '.join(criteria)}."
                )
            score = None if raw.lower() in ("", "none") else _number(raw, code)
            command = SetScore(item.id, criteria[code].id, score)
            edit.execute(command)
            print(f"{command.label}.")
    return 0


def cmd_weights(args: argparse.Namespace) -> int:
    pairs = _parse_pairs(args.weights or [], "WEIGHT")
    if not pairs:
        snap = _snapshot(args.plan)
        total = sum(c.weight for c in snap.criteria)
        rows: list[_CriterionRow] = [
            {"code": c.code, "name": c.name, "measure": c.measure, "direction": c.direction,
             "weight": c.weight, "share": (c.weight / total) if total > 0 else 0.0}
            for c in snap.criteria
        ]  # fmt: skip
        if args.json:
            print_json({"criteria": rows})
        else:
            for r in rows:
                measure = r["measure"].replace("_", " ")
                print(
                    f"{r['code']:<12} {r['weight']:>6g} ({r['share']:.0%})  {r['name']} — "
                    f"{measure}, {r['direction']}"
                )
        return 0
    with editing(args.plan) as edit:
        snap = read_plan(edit)
        criteria = {c.code: c for c in snap.criteria}
        weights = {}
        for code, raw in pairs.items():
            if code not in criteria:
                raise CliError(
                    f"There is no criterion {code!r}; criteria are {', '.join(criteria)}."
                )
            weights[criteria[code].id] = _number(raw, code)
        edit.execute(SetWeights(weights), seen=snap)
    print("Changed weights: " + ", ".join(f"{k} {v}" for k, v in pairs.items()) + ".")
    return 0


# -- registration --------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rank", help="rank the portfolio by score (criteria and weights) or WSJF")
    add_plan_argument(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--method", choices=METHODS, default="score")
    p.add_argument(
        "--weight",
        action="append",
        metavar="CODE=W",
        help="try a weight without saving it (repeatable)",
    )
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help="flag items that ±20%% on one weight moves into or out of the --top N "
        "or the funded set of --scenario",
    )
    p.add_argument(
        "--scenario",
        metavar="NAME",
        help="with --sensitivity: the budget scenario whose funded set is a decision line",
    )
    p.add_argument("--top", type=int, default=None, metavar="N", help="show only the first N items")
    p.set_defaults(func=cmd_rank)

    p = sub.add_parser("sequence", help="sequence proposed and approved items by team capacity")
    add_plan_argument(p)
    p.add_argument("--json", action="store_true", help='print {"items": [...]}')
    p.add_argument(
        "--accept",
        action="store_true",
        help="move the items to their sequenced quarters (one undoable step)",
    )
    p.add_argument("--method", choices=METHODS, default="score", help="the priority order")
    p.set_defaults(func=cmd_sequence)

    p = sub.add_parser("scenario", help="budget scenarios: create, list, show, compare, delete")
    add_plan_argument(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("create", help="save a named budget scenario")
    a.add_argument("name", metavar="NAME")
    a.add_argument(
        "--budget", metavar="AMOUNT", help="the cap, e.g. 4500000, 4.5m or 800k (omit: no cap)"
    )
    a.add_argument("--per-year", action="store_true", help="the cap applies to every calendar year")
    a.add_argument("--maximise", "--maximize", choices=("score", "value"), default="score")
    a.add_argument("--description")
    a.add_argument("--code", help="a short code (default: from the name)")
    a = actions.add_parser("list", help="list the saved scenarios")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("show", help="the best portfolio under one scenario")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("compare", help="scenarios side by side against the first named")
    a.add_argument(
        "names", nargs="*", metavar="NAME", help="default: every scenario, in plan order"
    )
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("delete", help="delete a scenario")
    a.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_scenario)

    p = sub.add_parser("baseline", help="save, list or remove named baselines of the whole plan")
    add_plan_argument(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--name", help='save the plan as it is now, e.g. "2027-Q1 review"')
    group.add_argument("--remove", metavar="NAME", help="remove a baseline")
    group.add_argument("--list", action="store_true", help="list baselines (the default)")
    p.add_argument("--note", help="a note stored with a new baseline")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_baseline)

    p = sub.add_parser("diff", help="what changed since a baseline")
    add_plan_argument(p)
    p.add_argument("--against", required=True, metavar="NAME", help="the baseline's name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("pin", help="fix an item's rank by hand, with the business's reason")
    add_plan_argument(p)
    p.add_argument("item", metavar="ITEM", help="item code")
    p.add_argument("rank", type=int, metavar="RANK")
    p.add_argument("--reason", required=True)
    p.add_argument("--by", help="who decided (e.g. Steering committee)")
    p.set_defaults(func=cmd_pin)

    p = sub.add_parser("unpin", help="let an item's score decide its rank again")
    add_plan_argument(p)
    p.add_argument("item", metavar="ITEM", help="item code")
    p.set_defaults(func=cmd_unpin)

    p = sub.add_parser("score", help="score an item 0-5 on scored criteria: score PLAN ITEM REG=4")
    add_plan_argument(p)
    p.add_argument("item", metavar="ITEM", help="item code")
    p.add_argument("scores", nargs="+", metavar="CODE=SCORE", help="SCORE 0-5, or none to remove")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser(
        "weights", help="show criteria weights, or set them: weights PLAN ALIGN=4 COST=1"
    )
    add_plan_argument(p)
    p.add_argument("weights", nargs="*", metavar="CODE=WEIGHT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_weights)


__all__ = ["parse_amount", "register"]
