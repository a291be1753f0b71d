"""``stratplanner export pdf``: the board-ready PDF from the command line (no Qt)."""

from __future__ import annotations

import argparse

from stratplanner.cli.common import CliError, add_plan_argument, opened_plan
from stratplanner.cli.language import add_language_argument, chosen_language
from stratplanner.export.pdf import (
    PAPERS,
    PRESETS,
    SECTIONS,
    ExportCancelled,
    PdfExportError,
    PdfOptions,
    check_options,
)
from stratplanner.export.pdf.options import DEFAULT_ACCENT, DEFAULT_CONFIDENTIALITY
from stratplanner.snapshot import load_snapshot


def _codes(values: list[str] | None) -> list[str]:
    """Repeated flags and comma-separated lists both work: --business-unit A,B --business-unit C."""
    out: list[str] = []
    for value in values or []:
        out += [v.strip() for v in value.split(",") if v.strip()]
    return out


def cmd_export_pdf(args: argparse.Namespace) -> int:
    options = PdfOptions(
        preset=args.preset,
        sections=_codes(args.sections) or None,
        business_units=_codes(args.business_unit),
        objectives=_codes(args.objective),
        quarter_from=args.quarter_from,
        quarter_to=args.quarter_to,
        paper=args.paper,
        confidentiality=args.confidentiality,
        accent=args.accent,
        logo=args.logo,
        author=args.author or "",
        baseline=args.baseline,
        workshop=args.workshop,
    )
    # reportlab and matplotlib load only when a PDF is asked for.
    from stratplanner.export.pdf.exporter import export_pdf
    from stratplanner.export.pdf.prioritization import read_baseline

    try:
        check_options(options)
        with opened_plan(args.plan, read_only=True) as doc:
            snap = load_snapshot(doc.session)
            baseline = None
            if "changes" in options.selected_sections() or options.baseline:
                baseline = read_baseline(doc.session, snap, options.baseline)
        with chosen_language(args.language):
            path = export_pdf(snap, args.output, options, baseline=baseline)
    except PdfExportError as exc:
        raise CliError(str(exc)) from None
    except ExportCancelled:
        raise CliError("The PDF export was stopped; no file was written.") from None
    print(f"Wrote {path}.")
    return 0


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pdf",
        help="write a board-ready PDF of the plan",
        description=(
            "Write the plan as a PDF for the board or the working team: cover, summary, "
            "roadmap timeline, charts and tables, with bookmarks and a table of contents."
        ),
    )
    add_plan_argument(p)
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help="the PDF to write (replaced atomically)",
    )
    p.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="board",
        help=(
            "board: the story, risks, strategy, timeline and charts (about 10 pages); "
            "team: every section; strategy: one page; workshop: a workshop's outcome "
            "(with --workshop)"
        ),
    )
    p.add_argument(
        "--workshop",
        metavar="NAME",
        help="the workshop the outcome pack reports on (with --preset workshop)",
    )
    p.add_argument(
        "--sections",
        action="append",
        metavar="NAME[,NAME…]",
        help=f"only these sections instead of the preset's; any of: {', '.join(SECTIONS)}",
    )
    p.add_argument(
        "--business-unit",
        action="append",
        metavar="CODE[,CODE…]",
        help="only these business units' work",
    )
    p.add_argument(
        "--objective",
        action="append",
        metavar="CODE[,CODE…]",
        help="only these objectives and the items serving them",
    )
    p.add_argument(
        "--from", dest="quarter_from", metavar="QUARTER", help="first quarter to show, e.g. 2027-Q1"
    )
    p.add_argument(
        "--to", dest="quarter_to", metavar="QUARTER", help="last quarter to show, e.g. 2028-Q4"
    )
    p.add_argument(
        "--paper", choices=PAPERS, default="a4", type=str.lower, help="paper size (default a4)"
    )
    p.add_argument(
        "--confidentiality",
        default=DEFAULT_CONFIDENTIALITY,
        metavar="TEXT",
        help=(
            f"label on the cover and every page (default {DEFAULT_CONFIDENTIALITY!r}; '' for none)"
        ),
    )
    p.add_argument(
        "--accent",
        default=DEFAULT_ACCENT,
        metavar="#RRGGBB",
        help=f"accent colour (default {DEFAULT_ACCENT})",
    )
    p.add_argument(
        "--logo", metavar="FILE", help="logo for the cover and page headers (PNG, JPEG or SVG)"
    )
    p.add_argument(
        "--author", metavar="TEXT", help="'Prepared by' on the cover and the PDF's author"
    )
    p.add_argument(
        "--baseline",
        metavar="NAME",
        help="baseline for the 'changes since the baseline' section (default: the latest one)",
    )
    add_language_argument(p, "the PDF's text, numbers and dates")
    p.set_defaults(func=cmd_export_pdf)


__all__ = ["register_export"]
