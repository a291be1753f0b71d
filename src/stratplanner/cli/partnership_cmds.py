"""Partnership commands (issue 7): the report, assessments, people leaving or moving, practices,
KPI actuals and the partnership charts. Rules and JSON keys: docs/partnership.md.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, NoReturn, overload

from stratplanner.analysis.adoption import with_unit
from stratplanner.analysis.partnership import (
    DIMENSIONS,
    PRACTICE_BY_CODE,
    PRACTICES,
    Responsibility,
    assessment_template,
    dimension_label,
    level_name,
    responsibilities_of,
)
from stratplanner.analysis.partnership_report import (
    PartnershipReport,
    partnership_report,
    report_to_json,
)
from stratplanner.analysis.text import money
from stratplanner.cli.analysis_cmds import by_help, cmd_chart
from stratplanner.cli.common import CliError, add_plan_argument, opened_plan, print_json
from stratplanner.cli.editing import editing, read_plan
from stratplanner.commands.partnership import (
    AddPracticeItem,
    MarkPersonLeft,
    MovePerson,
    RatingInput,
    RecordAssessment,
    RecordKpiActuals,
)
from stratplanner.model.values import (
    MATURITY_DIMENSION_SHORT,
    MAX_MATURITY,
    MIN_MATURITY,
    MaturityDimension,
)
from stratplanner.snapshot import PlanSnapshot, load_snapshot

ROLE_ALIASES = {
    "sponsor": [("item", "sponsor")],
    "champion": [("item", "champion")],
    "it_owner": [("item", "it_owner")],
    "it-owner": [("item", "it_owner")],
    "objective_owner": [("objective", "owner")],
    "kpi_owner": [("kpi", "owner")],
    "owner": [("objective", "owner"), ("kpi", "owner")],
    "relationship_owner": [("person", "relationship_owner")],
    "relationships": [("person", "relationship_owner")],
    "all": [
        ("item", "sponsor"),
        ("item", "champion"),
        ("item", "it_owner"),
        ("objective", "owner"),
        ("kpi", "owner"),
        ("person", "relationship_owner"),
    ],
}
SHOWN = 8
#: The charts ``partnership-chart`` (an alias of ``chart``) offers: the registry's charts that
#: need partnership data (``charts.charts_needing("partnership")``), here so that registering
#: the commands doesn't import matplotlib; tests/test_cli_dispatch.py checks they agree.
PARTNERSHIP_CHART_KINDS = (
    "maturity",
    "maturity-trend",
    "maturity-gaps",
    "kpi-series",
    "process-investment",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "partnership",
        help="the partnership lens: maturity, gaps and practices, sponsors, business terms, "
        "adoption, processes",
        description="Report on the IT–business partnership of a plan (docs/partnership.md).",
    )
    add_plan_argument(p)
    p.add_argument("--json", action="store_true", help="print everything as JSON")
    p.add_argument(
        "--today", metavar="DATE", help="date that relationships are judged stale against"
    )
    p.set_defaults(func=cmd_partnership)

    a = sub.add_parser(
        "assess",
        help="record a partnership maturity assessment of a business unit",
        usage=(
            "stratplanner assess PLAN --unit CODE --date YYYY-MM-DD DIMENSION=LEVEL[:TARGET] … "
            '[--evidence DIMENSION="TEXT"] [--by NAMES] [--note TEXT] [--replace]'
        ),
        description=(
            "Rate every dimension 1-4 (1 order taker … 4 strategic partner), with an optional "
            "target: strategic_planning=2:3. A dimension given without a target keeps the "
            f"unit's previous target. Dimensions: {', '.join(DIMENSIONS)}. Options: --unit CODE "
            "(required), --date YYYY-MM-DD (required), --evidence DIMENSION=TEXT (repeatable), "
            "--by NAMES, --note TEXT, --replace (re-rate the unit's assessment of that date)."
        ),
    )
    add_plan_argument(a)
    # Ratings may come before or after the options, so the rest is parsed by _assess_parser.
    a.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_assess)

    for name, moved in (("person-left", False), ("person-moved", True)):
        h = sub.add_parser(
            name,
            help=(
                "a person moved to another business unit: hand over what they held"
                if moved
                else "a person left: mark them, list what they held, name successors"
            ),
            description=(
                "Lists everything the person owns or sponsors. --successor ROLE=CODE hands "
                "every record of that role (sponsor, champion, it_owner, objective_owner, "
                "kpi_owner, owner, relationship_owner, all) to CODE; RECORD:ROLE=CODE hands "
                "one record; CODE 'none' leaves the role empty. What gets no successor stays "
                "flagged 'needs a sponsor'. Run again on someone who left to name successors."
            ),
        )
        add_plan_argument(h)
        h.add_argument("person", metavar="CODE", help="the person's code")
        if moved:
            h.add_argument(
                "--unit",
                required=True,
                metavar="CODE",
                help="the new business unit ('none': no unit)",
            )
        h.add_argument("--successor", action="append", default=[], metavar="ROLE=CODE")
        h.add_argument("--date", metavar="DATE", help="date of the change (default today)")
        h.add_argument("--reason", default="", help="why (kept in the sponsor history)")
        h.add_argument("--dry-run", action="store_true", help="only list what they hold")
        h.set_defaults(func=cmd_person_moved if moved else cmd_person_left)

    pr = sub.add_parser(
        "practice-item",
        help="turn a suggested partnership practice into a roadmap item",
        description="Practices: " + ", ".join(p.code for p in PRACTICES) + ".",
    )
    add_plan_argument(pr)
    pr.add_argument("practice", metavar="PRACTICE", help="a practice code, e.g. JOINT-REVIEW")
    pr.add_argument("--unit", metavar="CODE", help="the business unit it serves")
    pr.add_argument("--start", metavar="QUARTER")
    pr.add_argument("--end", metavar="QUARTER")
    pr.add_argument("--code", metavar="CODE", help="the item's code (default PRACTICE-UNIT)")
    pr.add_argument("--dimension", metavar="DIMENSION", help="the dimension it should lift")
    pr.set_defaults(func=cmd_practice_item)

    k = sub.add_parser(
        "kpi-actual",
        help="add dated actuals to a KPI's series",
        description="Dates oldest first, each once: stratplanner kpi-actual PLAN K-NPS "
        "2027-06-30=33",
    )
    add_plan_argument(k)
    k.add_argument("kpi", metavar="KPI", help="the KPI's code")
    k.add_argument("actuals", nargs="+", metavar="DATE=VALUE")
    k.set_defaults(func=cmd_kpi_actual)

    kinds = ", ".join(PARTNERSHIP_CHART_KINDS)
    c = sub.add_parser(
        "partnership-chart",
        help="draw a partnership chart to PNG, SVG or PDF (the same as chart)",
        description=f"Draw one partnership chart, as 'stratplanner chart' does. Kinds: {kinds}.",
    )
    add_plan_argument(c)
    c.add_argument("--kind", required=True, metavar="NAME", help=f"the chart: {kinds}")
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    c.add_argument("--size", default="a4", metavar="WxH", help="inches, or a4, a3, screen, slide")
    c.add_argument("--dpi", type=int, default=150)
    c.add_argument(
        "--by",
        metavar="CHOICE",
        help=by_help(PARTNERSHIP_CHART_KINDS),
    )
    c.add_argument("--business-unit", action="append", metavar="CODE", help="only these units")
    c.add_argument("--page", type=int, default=1, help="kpi-series: page of nine KPIs (default 1)")
    c.set_defaults(func=cmd_partnership_chart)


# -- helpers -------------------------------------------------------------------------------------


@overload
def _date(text: str, what: str = ...) -> date: ...
@overload
def _date(text: None, what: str = ...) -> None: ...
@overload
def _date(text: str | None, what: str = ...) -> date | None: ...
def _date(text: str | None, what: str = "--date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} {text!r} is not a date; write it as YYYY-MM-DD.") from None


def _by_code(records: Any, code: str, what: str) -> Any:
    for record in records:
        if record.code == code:
            return record
    lowered = {r.code.lower(): r for r in records}
    if code.lower() in lowered:
        return lowered[code.lower()]
    raise CliError(f"The plan has no {what} {code!r}.")


def _dimension(text: str) -> str:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in DIMENSIONS:
        raise CliError(f"{text!r} is not a dimension; use one of {', '.join(DIMENSIONS)}.")
    return key


# -- partnership ---------------------------------------------------------------------------------


def cmd_partnership(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    report = partnership_report(snap, _date(args.today, "--today") or date.today())
    if args.json:
        print_json(report_to_json(report, snap))
        return 0
    print("\n".join(report_lines(report, snap)))
    return 0


def _more(items: list[str], limit: int = SHOWN) -> str:
    text = ", ".join(items[:limit])
    return text + (f" and {len(items) - limit} more" if len(items) > limit else "")


def report_lines(report: PartnershipReport, snap: PlanSnapshot) -> list[str]:
    """The partnership report as a planner reads it in a terminal."""
    cur = snap.info.currency
    lines = [f"{snap.info.title} — partnership lens", "", "Maturity (latest assessment, 1-4)"]
    if not report.assessed:
        lines.append("  No assessments yet: stratplanner assess PLAN --unit BU --date DATE …")
    for unit in report.units:
        latest = unit.latest
        if latest is None:
            lines.append(f"  {unit.name}: not assessed")
            continue
        change = unit.average_change
        trend = ""
        if change is not None:
            since = unit.history[0].assessment.assessed_on
            trend = f", {'+' if change >= 0 else '−'}{abs(change):.1f} since {since}"
        scores = " · ".join(
            f"{MATURITY_DIMENSION_SHORT[MaturityDimension(d)]} {s.level}"
            + (f"→{s.target}" if s.target and s.target > s.level else "")
            for d, s in latest.scores.items()
        )
        lines.append(
            f"  {unit.name}: {latest.average:.1f} {level_name(latest.stage).lower()} "
            f"({latest.assessment.assessed_on}{trend})"
        )
        lines.append(f"    {scores}")
    if report.gaps:
        lines += [
            "",
            f"Gaps to target ({len(report.gaps)}) and practices "
            "(turn one into an item: stratplanner practice-item)",
        ]
        for gap in report.gaps[:12]:
            gap_unit = snap.business_unit_by_id[gap.business_unit_id]
            practices = ", ".join(
                f"{s.practice.code}" + (" (planned)" if s.planned_item_id else "")
                for s in gap.suggestions[:3]
            )
            lines.append(
                f"  {gap_unit.code} {dimension_label(gap.dimension)}: {gap.level} → {gap.target}; "
                f"{practices}"
            )
        if len(report.gaps) > 12:
            lines.append(f"  … and {len(report.gaps) - 12} more (--json lists every gap)")
    lines += ["", f"Needs a sponsor ({len(report.flags)})"]
    lines += [f"  - {f.message}" for f in report.flags[:12]] or [
        "  Every counted item and objective has its people."
    ]
    if len(report.flags) > 12:
        lines.append(f"  … and {len(report.flags) - 12} more")
    items = snap.item_by_id
    tech = [items[i].code for i in report.technical_only]
    none = [items[i].code for i in report.no_case]
    in_terms = sum(1 for c in report.cases.values() if c.in_business_terms)
    lines += [
        "",
        f"Business terms: {in_terms} of {len(report.cases)} items state their case in "
        "business terms",
    ]
    if tech:
        lines.append(f"  Justified only in technical terms: {_more(tech)}")
    if none:
        lines.append(f"  No case at all: {_more(none)}")
    lines += ["", "Adoption and outcomes"]
    measured = [k for k in report.kpis if k.points]
    on = sum(1 for k in measured if k.on_target)
    lines.append(f"  {len(measured)} KPIs with a series; {on} on target")
    lines += [f"  - {a.message}" for a in report.adoption]
    if report.has_process_map:
        inv = report.investment
        processes = snap.process_by_id
        lines += ["", "Business processes"]
        top = sorted(inv.by_top.items(), key=lambda kv: -kv[1])
        lines.append(
            "  Investment: "
            + " · ".join(f"{processes[p].name} {money(v, cur)}" for p, v in top[:6])
            + (f" · not mapped {money(inv.unmapped, cur)}" if inv.unmapped else "")
        )
        if report.processes_without_technology:
            lines.append(
                "  No application enables: "
                + _more([processes[p].name for p in report.processes_without_technology])
            )
        if report.applications_without_process:
            lines.append(
                "  Applications supporting no process: "
                + _more(
                    [snap.application_by_id[a].name for a in report.applications_without_process]
                )
            )
    stale = [r for r in report.relationships if r.flags]
    if stale:
        lines += ["", "Relationships"]
        for rel in stale[:10]:
            lines.append(f"  {snap.person_by_id[rel.person_id].name}: {'; '.join(rel.flags)}")
    return lines


# -- assess --------------------------------------------------------------------------------------


class _Refusing(argparse.ArgumentParser):
    """An inner parser whose mistakes are one sentence (CliError), not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"stratplanner assess: {message}.")


def _assess_parser() -> argparse.ArgumentParser:
    inner = _Refusing(prog="stratplanner assess", add_help=False)
    inner.add_argument("--unit", required=True)
    inner.add_argument("--date", required=True)
    inner.add_argument("--evidence", action="append", default=[])
    inner.add_argument("--by", default="")
    inner.add_argument("--note", default="")
    inner.add_argument("--replace", action="store_true")
    inner.add_argument("ratings", nargs="*")
    return inner


def cmd_assess(outer: argparse.Namespace) -> int:
    args = _assess_parser().parse_intermixed_args(outer.rest)
    args.plan = outer.plan
    when = _date(args.date)
    assert when is not None
    evidence: dict[str, str] = {}
    for pair in args.evidence:
        if "=" not in pair:
            raise CliError(f'--evidence {pair!r} is not DIMENSION="TEXT".')
        key, text = pair.split("=", 1)
        evidence[_dimension(key)] = text
    with editing(args.plan) as edit:
        snap = edit.snapshot
        unit = _by_code(snap.business_units, args.unit, "business unit")
        template = assessment_template(snap, unit.id)
        ratings: dict[str, RatingInput] = {}
        for pair in args.ratings:
            if "=" not in pair:
                raise CliError(
                    f"{pair!r} is not DIMENSION=LEVEL[:TARGET] (e.g. business_terms=2:3)."
                )
            key, value = pair.split("=", 1)
            dimension = _dimension(key)
            level_text, _, target_text = value.partition(":")
            level = _int_level(level_text, dimension)
            target = _int_level(target_text, dimension) if target_text else None
            if target is None and dimension in template:
                target = template[dimension].target
            ratings[dimension] = RatingInput(level, target, evidence.get(dimension, ""))
        stray = sorted(set(evidence) - set(ratings))
        if stray:
            raise CliError(
                f"--evidence for {', '.join(stray)}, which this assessment does not rate."
            )
        command = RecordAssessment(
            unit.id, when, ratings, assessed_by=args.by, note=args.note, replace=args.replace
        )
        edit.execute(command)
        snap = edit.snapshot
    view = next(u for u in partnership_report(snap).units if u.business_unit_id == unit.id)
    latest = next(v for v in view.history if v.assessment.assessed_on == when)
    print(
        f"Recorded the assessment of {unit.name} on {when}: average {latest.average:.1f} "
        f"({level_name(latest.stage).lower()})."
    )
    return 0


def _int_level(text: str, dimension: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise CliError(
            f"{dimension}: {text!r} is not a level; use a whole number from {MIN_MATURITY} to "
            f"{MAX_MATURITY}."
        ) from None
    return value


# -- people --------------------------------------------------------------------------------------


def _successors(
    snap: PlanSnapshot, held: list[Responsibility], pairs: list[str], person_name: str
) -> dict[tuple[str, int, str], int | None]:
    chosen: dict[tuple[str, int, str], int | None] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f"--successor {pair!r} is not ROLE=CODE or RECORD:ROLE=CODE.")
        left, code = pair.split("=", 1)
        successor = (
            None
            if code.strip().lower() == "none"
            else _by_code(snap.people, code.strip(), "person").id
        )
        record, _, role = left.rpartition(":")
        role = role.strip().lower()
        if role not in ROLE_ALIASES:
            raise CliError(f"{role!r} is not a role; use one of {', '.join(ROLE_ALIASES)}.")
        wanted = set(ROLE_ALIASES[role])
        matched = [
            r
            for r in held
            if (r.record_kind, r.role) in wanted
            and (not record or r.code.lower() == record.strip().lower())
        ]
        if not matched:
            what = f"the {role} of {record}" if record else f"any {role} role"
            raise CliError(
                f"{person_name} is not {what}; run with --dry-run to list what they hold."
            )
        for r in matched:
            chosen[r.key] = successor
    return chosen


def _hand_over(args: argparse.Namespace, moved: bool) -> int:
    when = _date(args.date)
    with editing(args.plan) as edit:
        snap = edit.snapshot
        person = _by_code(snap.people, args.person, "person")
        held = responsibilities_of(snap, person.id)
        print(f"{person.name} holds {len(held)} responsibilit{'y' if len(held) == 1 else 'ies'}:")
        for r in held:
            print(f"  {r.describe()}")
        if args.dry_run:
            return 0
        successors = _successors(snap, held, args.successor, person.name)
        if moved:
            unit_id = None
            if args.unit.strip().lower() != "none":
                unit_id = _by_code(snap.business_units, args.unit, "business unit").id
            command: Any = MovePerson(
                person.id, unit_id, successors, changed_on=when, reason=args.reason
            )
        else:
            command = MarkPersonLeft(person.id, successors, changed_on=when, reason=args.reason)
        edit.execute(command)
        after = edit.snapshot
    print(f"Done: {command.label}.")
    still = responsibilities_of(after, person.id)
    if still and not moved:
        print(
            f"Still needing a successor ({len(still)}): " + _more([r.describe() for r in still], 5)
        )
    return 0


def cmd_person_left(args: argparse.Namespace) -> int:
    return _hand_over(args, moved=False)


def cmd_person_moved(args: argparse.Namespace) -> int:
    return _hand_over(args, moved=True)


# -- practices and KPI actuals -------------------------------------------------------------------


def cmd_practice_item(args: argparse.Namespace) -> int:
    practice = PRACTICE_BY_CODE.get(args.practice.strip().upper())
    if practice is None:
        raise CliError(
            f"There is no practice {args.practice!r}; choose one of {', '.join(PRACTICE_BY_CODE)}."
        )
    dimension = _dimension(args.dimension) if args.dimension else None
    with editing(args.plan) as edit:
        snap = edit.snapshot
        unit_id = (
            _by_code(snap.business_units, args.unit, "business unit").id if args.unit else None
        )
        command = AddPracticeItem(
            practice, unit_id, code=args.code, start=args.start, end=args.end, dimension=dimension
        )
        edit.execute(command)
        assert command.item_id is not None  # set by apply
        item = edit.snapshot.item_by_id[command.item_id]
    print(f'Added roadmap item {item.code} "{item.title}" (proposed).')
    return 0


def cmd_kpi_actual(args: argparse.Namespace) -> int:
    actuals: list[tuple[date, float]] = []
    for pair in args.actuals:
        if "=" not in pair:
            raise CliError(f"{pair!r} is not DATE=VALUE (e.g. 2027-06-30=33).")
        when_text, value_text = pair.split("=", 1)
        when = _date(when_text.strip(), "the date")
        try:
            value = float(value_text)
        except ValueError:
            raise CliError(f"{value_text!r} is not a number.") from None
        actuals.append((when, value))
    with editing(args.plan) as edit:
        snap = read_plan(edit)
        kpi = _by_code(snap.kpis, args.kpi, "KPI")
        edit.execute(RecordKpiActuals(kpi.id, actuals), seen=snap)
    last = max(actuals, key=lambda a: a[0])
    print(
        f"Recorded {len(actuals)} actual{'s' if len(actuals) != 1 else ''} of {kpi.code}; "
        f"latest {with_unit(last[1], kpi.unit)} on {last[0]}."
    )
    return 0


# -- charts --------------------------------------------------------------------------------------


def cmd_partnership_chart(args: argparse.Namespace) -> int:
    """``partnership-chart``: ``chart`` offering the partnership charts (docs/partnership.md)."""
    return cmd_chart(args, kinds=PARTNERSHIP_CHART_KINDS, what="partnership chart")
