"""Analysis commands: ``analyze`` (a summary or the documented JSON), ``chart`` (PNG, SVG, PDF).

``chart`` draws any chart of ``charts/registry.py``; ``partnership-chart`` (cli/partnership_cmds.py)
is its documented alias for the partnership charts.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from stratplanner.analysis import FINDING_KINDS, ItemFilter, PlanAnalysis, analysis_to_json, analyze
from stratplanner.analysis.investment import category_shares
from stratplanner.analysis.text import money, percent
from stratplanner.cli.common import (
    CliError,
    add_plan_argument,
    opened_plan,
    output_path,
    print_json,
)
from stratplanner.model.values import Category, Quarter, Status
from stratplanner.snapshot import PlanSnapshot, load_snapshot

if TYPE_CHECKING:
    from stratplanner.charts.registry import ChartKind

#: The charts of ``stratplanner.charts.registry.CHARTS`` and the choices of their ``--by``,
#: here so that registering the commands (and ``analyze``) doesn't import matplotlib.
#: tests/test_cli_dispatch.py checks them against the registry (and prints them when they drift).
CHART_KINDS = (
    "roadmap",
    "heatmap",
    "bubbles",
    "investment",
    "capacity",
    "coverage",
    "maturity",
    "maturity-trend",
    "maturity-gaps",
    "kpi-series",
    "process-investment",
)
CHART_BY: dict[str, tuple[str, ...]] = {
    "roadmap": ("theme", "objective", "business_unit", "team", "category"),
    "heatmap": ("business_unit", "category", "team", "quarter"),
    "investment": ("category", "theme", "objective", "business_unit"),
    "capacity": ("auto", "panels", "grid"),
    "coverage": ("objectives", "themes"),
    "maturity-trend": ("unit", "dimension"),
    "kpi-series": ("all", "business_outcome", "it_service", "adoption"),
    "process-investment": ("top", "detail"),
}


def by_help(kinds: tuple[str, ...]) -> str:
    """``--by``'s help for the charts ``kinds``: each chart's choices."""
    return "; ".join(f"{name}: {', '.join(CHART_BY[name])}" for name in kinds if name in CHART_BY)


NAMED_SIZES = {
    "a4": (11.69, 8.27),  # charts.style.A4_LANDSCAPE
    "a3": (16.54, 11.69),
    "screen": (12.0, 7.0),
    "slide": (13.33, 7.5),
}
FINDING_HEADINGS = {
    "unsupported_objective": "Objectives with no IT support",
    "orphan_item": "Items linked to no objective",
    "missing_sponsor": "Items without a sponsor",
    "inactive_sponsor": "Items whose sponsor has left",
    "missing_value_statement": "Items without a value statement",
    "team_overbooked": "Overbooked teams",
    "dependency_violation": "Dependencies out of order",
    "needs_sponsor": "Needs a sponsor: champions, IT owners or objective owners who have left",
}
SHOWN_PER_KIND = 10


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "analyze",
        help="alignment, coverage, investment, capacity and findings of a plan",
        description=(
            "Analyse a plan: how well IT work serves the objectives, where the money and "
            "the people go, and what a planner should fix. Formulas: docs/analysis.md."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument(
        "--json", action="store_true", help="print everything as JSON (keys in docs/analysis.md)"
    )
    parser.add_argument(
        "--all", action="store_true", help="list every finding, not the first few of each kind"
    )
    parser.set_defaults(func=cmd_analyze)

    kinds = ", ".join(CHART_KINDS)
    chart = sub.add_parser(
        "chart",
        help="draw a chart of a plan to PNG, SVG or PDF",
        description=f"Draw one chart of a plan. Kinds: {kinds}.",
    )
    add_plan_argument(chart)
    chart.add_argument("--kind", required=True, metavar="NAME", help=f"the chart: {kinds}")
    chart.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write (.png, .svg or .pdf)",
    )
    chart.add_argument(
        "--size",
        default="a4",
        metavar="WxH",
        help="page size in inches, e.g. 11.7x8.3, or a4, a3, screen, slide (default a4 landscape)",
    )
    chart.add_argument("--dpi", type=int, default=150, help="resolution of a PNG (default 150)")
    chart.add_argument(
        "--by",
        metavar="CHOICE",
        help=f"the chart's one choice — {by_help(CHART_KINDS)}",
    )
    chart.add_argument(
        "--colour-by",
        "--color-by",
        dest="colour_by",
        choices=("category", "status"),
        help="roadmap bar colours",
    )
    chart.add_argument(
        "--business-unit",
        action="append",
        metavar="CODE",
        help="only items of this business unit (repeatable)",
    )
    chart.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help="only items of this category: run, grow, transform (repeatable)",
    )
    chart.add_argument(
        "--status", action="append", metavar="NAME", help="only items with this status (repeatable)"
    )
    chart.add_argument(
        "--from", dest="quarter_from", metavar="QUARTER", help="first quarter shown, e.g. 2027-Q1"
    )
    chart.add_argument(
        "--to", dest="quarter_to", metavar="QUARTER", help="last quarter shown, e.g. 2028-Q4"
    )
    chart.add_argument(
        "--page",
        type=int,
        default=1,
        help="roadmap: page of a roadmap too long for one page; kpi-series: page of nine KPIs "
        "(default 1)",
    )
    chart.add_argument(
        "--today",
        metavar="DATE",
        help="date of the roadmap's today line, YYYY-MM-DD (default: today)",
    )
    chart.set_defaults(func=cmd_chart)


# -- analyze ---------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    result = analyze(snap)
    if args.json:
        print_json(analysis_to_json(result, snap))
        return 0
    print("\n".join(summary_lines(snap, result, show_all=args.all)))
    return 0


def summary_lines(snap: PlanSnapshot, result: PlanAnalysis, *, show_all: bool = False) -> list[str]:
    """The analysis as a planner reads it in a terminal."""
    cur = snap.info.currency
    counted = len(result.counted_item_ids)
    cancelled = len(snap.items) - counted
    objectives = [o for o in snap.objectives if not result.objective_support[o.id].is_theme]
    unsupported = [o for o in objectives if o.id in result.unsupported_objective_ids]
    orphans = [i for i in snap.items if i.id in result.orphan_item_ids]
    orphan_cost = sum(i.cost for i in orphans)
    shares = category_shares(snap)
    over = [load for load in result.team_loads if load.overbooked]
    # the most often overbooked teams first
    over_count = Counter(snap.team_by_id[load.team_id].name for load in over)
    over_teams = [name for name, _ in sorted(over_count.items(), key=lambda kv: (-kv[1], kv[0]))]

    def codes(records: list[Any], limit: int = 8) -> str:
        shown = ", ".join(r.code for r in records[:limit])
        return shown + (f" and {len(records) - limit} more" if len(records) > limit else "")

    lines = [
        f"{snap.info.title} — alignment analysis",
        f"  Items counted    {counted:,}"
        + (f" ({cancelled:,} cancelled left out)" if cancelled else ""),
        f"  Aligned spend    {percent(result.aligned_spend_share)} of "
        f"{money(result.total_cost, cur)} goes to items "
        "with a moderate or strong link to an objective",
        f"  Objectives       {len(objectives) - len(unsupported)} of {len(objectives)} supported"
        + (f"; unsupported: {codes(unsupported)}" if unsupported else ""),
        f"  Orphan items     {len(orphans):,}"
        + (f" ({money(orphan_cost, cur)}): {codes(orphans)}" if orphans else ""),
        "  Investment mix   "
        + " · ".join(f"{c.value.capitalize()} {percent(shares[c.value])}" for c in Category),
        f"  Capacity         {len(over):,} overbooked team-quarter{'s' if len(over) != 1 else ''}"
        + (
            f" ({', '.join(over_teams[:5])}{' …' if len(over_teams) > 5 else ''})"
            if over_teams
            else ""
        ),
    ]
    if not result.findings:
        lines.append(
            "No findings: every objective is supported and every item is linked, sponsored and "
            "valued."
        )
        return lines
    lines.append("")
    lines.append(f"Findings ({len(result.findings):,})")
    hidden = 0
    for kind in FINDING_KINDS:
        found = [f for f in result.findings if f.kind == kind]
        if not found:
            continue
        lines.append(f"  {FINDING_HEADINGS[kind]} ({len(found):,})")
        shown = found if show_all else found[:SHOWN_PER_KIND]
        lines.extend(f"    - {f.message}" for f in shown)
        if len(found) > len(shown):
            lines.append(f"    … and {len(found) - len(shown):,} more")
            hidden += len(found) - len(shown)
    if hidden:
        lines.append("Run with --all to list every finding, or --json for everything.")
    return lines


# -- chart -----------------------------------------------------------------------------


def parse_size(text: str) -> tuple[float, float]:
    named = NAMED_SIZES.get(text.strip().lower())
    if named:
        return named
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*", text)
    if not match:
        raise CliError(
            f"The size {text!r} is not WxH in inches (e.g. 11.7x8.3) or one of "
            f"{', '.join(NAMED_SIZES)}."
        )
    width, height = float(match.group(1)), float(match.group(2))
    if not (2 <= width <= 60 and 2 <= height <= 60):
        raise CliError(f"The size {text} is out of range; give 2 to 60 inches each way.")
    return width, height


def _filters(snap: PlanSnapshot, args: argparse.Namespace) -> ItemFilter:
    """The items ``args`` choose (``partnership-chart`` offers only ``--business-unit``)."""
    units: frozenset[int | None] | None = None
    if args.business_unit:
        by_code = {u.code.lower(): u.id for u in snap.business_units}
        wanted = []
        for code in args.business_unit:
            if code.lower() not in by_code:
                known = ", ".join(u.code for u in snap.business_units) or "none"
                raise CliError(f"The plan has no business unit {code!r} (it has: {known}).")
            wanted.append(by_code[code.lower()])
        units = frozenset(wanted)
    categories = _choices(getattr(args, "category", None), [c.value for c in Category], "category")
    statuses = _choices(getattr(args, "status", None), [s.value for s in Status], "status")
    quarter_from = getattr(args, "quarter_from", None)
    quarter_to = getattr(args, "quarter_to", None)
    first = Quarter.parse(quarter_from) if quarter_from else None
    last = Quarter.parse(quarter_to) if quarter_to else None
    if first is not None and last is not None and last < first:
        raise CliError(f"--to {last} is before --from {first}.")
    return ItemFilter(
        business_unit_ids=units,
        categories=categories,
        statuses=statuses,
        quarter_from=first,
        quarter_to=last,
    )


def _choices(values: list[str] | None, allowed: list[str], what: str) -> frozenset[str] | None:
    if not values:
        return None
    chosen = {v.strip().lower().replace(" ", "_").replace("-", "_") for v in values}
    bad = sorted(chosen - set(allowed))
    if bad:
        raise CliError(f"{bad[0]!r} is not a {what}; use one of {', '.join(allowed)}.")
    return frozenset(chosen)


def cmd_chart(
    args: argparse.Namespace, *, kinds: tuple[str, ...] = CHART_KINDS, what: str = "chart"
) -> int:
    """Draw one registered chart; ``kinds`` are the names offered (``partnership-chart``: the
    partnership charts), ``what`` names them in messages."""
    from stratplanner.charts import CHARTS, IMAGE_SUFFIXES, new_figure, save_figure

    offered = {name: CHARTS[name] for name in kinds}
    kind = offered.get(args.kind.strip().lower())
    if kind is None:
        raise CliError(f"There is no {what} {args.kind!r}; choose one of {', '.join(offered)}.")
    target = output_path(args.output, suffixes=IMAGE_SUFFIXES)
    size = parse_size(args.size)
    if not 30 <= args.dpi <= 1200:
        raise CliError(f"--dpi must be 30 to 1200, not {args.dpi}.")
    changes: dict[str, Any] = {}
    fields = {f.name for f in dataclasses.fields(kind.options)}
    if args.by is not None:
        if kind.by_field is None:
            raise CliError(f"--by does not apply to the {kind.name} chart.")
        choice = args.by.strip().lower().replace("-", "_")
        if choice not in kind.by_choices:
            raise CliError(
                f"--by {args.by} does not fit the {kind.name} chart; use one of "
                f"{', '.join(kind.by_choices)}."
            )
        changes[kind.by_field] = choice
    if getattr(args, "colour_by", None) is not None:
        if "colour_by" not in fields:
            raise CliError(f"--colour-by applies to the roadmap only, not the {kind.name} chart.")
        changes["colour_by"] = args.colour_by
    if args.page != 1:
        changes.update(_page(args.page, kind, offered))
    if getattr(args, "today", None):
        if "today" not in fields:
            raise CliError(f"--today applies to the roadmap only, not the {kind.name} chart.")
        try:
            changes["today"] = date.fromisoformat(args.today)
        except ValueError:
            raise CliError(f"{args.today!r} is not a date; write it as YYYY-MM-DD.") from None

    with opened_plan(args.plan, read_only=True) as doc:
        snap = load_snapshot(doc.session)
    changes["filters"] = _filters(snap, args)
    changes["size"] = size
    options = kind.options(**changes)
    fig = new_figure(size)
    info = kind.draw(fig, snap, analyze(snap) if kind.needs == "items" else None, options)
    if "page" in changes and changes["page"] >= info.pages:
        pages = f"{info.pages} page{'s' if info.pages != 1 else ''}"
        raise CliError(f"The roadmap has {pages}; --page {args.page} is past the end.")
    save_figure(fig, target, dpi=args.dpi)
    notes = " ".join(info.notes)
    print(f"Wrote the {kind.name} chart to {target}." + (f" {notes}" if notes else ""))
    return 0


def _paged(kind: ChartKind) -> bool:
    """Whether ``--page`` applies: the roadmap's ``page``, the KPI panels' ``offset``."""
    fields = {f.name for f in dataclasses.fields(kind.options)}
    return "page" in fields or {"offset", "max_panels"} <= fields


def _page(page: int, kind: ChartKind, offered: dict[str, ChartKind]) -> dict[str, Any]:
    """The options ``--page PAGE`` sets on ``kind`` (counted from 1)."""
    if not _paged(kind):
        paged = [name for name, other in offered.items() if _paged(other)]
        charts = f"{' and '.join(paged)} chart{'s' if len(paged) != 1 else ''}"
        raise CliError(f"--page applies to the {charts}, not the {kind.name} chart.")
    if page < 1:
        raise CliError("--page counts from 1.")
    fields = {f.name for f in dataclasses.fields(kind.options)}
    if "page" in fields:
        return {"page": page - 1, "collapse": "none"}
    return {"offset": (page - 1) * kind.options().max_panels}  # type: ignore[attr-defined]
