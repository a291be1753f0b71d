"""``stratplanner screenshot``: render a view of the desktop app to a PNG, even without a display.

Qt is imported only when the command runs, so the CLI stays headless.
"""

from __future__ import annotations

import argparse
import importlib
import re
from pathlib import Path

from stratplanner.cli.common import CliError, add_plan_argument, output_path
from stratplanner.cli.language import add_language_argument, chosen_language

#: The views' keys, for the help text (the CLI doesn't import Qt; a test keeps this in step
#: with ``ui.views.view_specs``).
VIEWS = (
    "overview",
    "objectives",
    "roadmap",
    "alignment",
    "people",
    "kpis",
    "findings",
    "portfolio",
    "sequence",
    "scenarios",
    "workshop",
    "baselines",
    "charts",
    "maturity",
    "stakeholders",
    "adoption",
    "processes",
    "activity",
    "welcome",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "screenshot",
        help="render a view of the desktop app to a PNG (no display needed)",
        description=(
            "Render a view of the desktop app to a PNG, for documentation and review. "
            f"Views: {', '.join(VIEWS)}; "
            "'all' writes one PNG per view into the folder given with -o."
        ),
    )
    add_plan_argument(parser)
    parser.add_argument("--view", default="overview", help="the view to render (default: overview)")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE.png", help="where to write the PNG"
    )
    parser.add_argument(
        "--size", default="1600x1000", help="window size as WIDTHxHEIGHT (default 1600x1000)"
    )
    parser.add_argument("--select", metavar="CODE", help="select the record with this code first")
    add_language_argument(parser, "the app's text")
    parser.set_defaults(func=cmd_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise CliError(f"The size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000.")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise CliError(f"The size {width}x{height} is out of range (320x240 to 8000x8000).")
    return width, height


def cmd_screenshot(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    if "://" in args.plan:
        raise CliError(
            "Screenshots are taken of a plan file, not of a team plan on a server; take an "
            "offline copy with 'stratplanner checkout URL -o PLAN.stratplan' and use that."
        )
    plan = Path(args.plan)
    try:
        screenshot = importlib.import_module("stratplanner.ui.screenshot")
    except ImportError as exc:
        raise CliError(f"Screenshots need the desktop app's libraries: {exc}.") from None
    if args.view == "all":
        folder = Path(args.output)
        if not folder.is_dir():
            raise CliError(f"With --view all, -o must be an existing folder; {folder} is not.")
        views = [*screenshot.view_names(), screenshot.WELCOME]
        outputs = [folder / f"{name}.png" for name in views]
    else:
        views = [args.view]
        outputs = [output_path(args.output, suffixes=(".png",))]
    try:
        with chosen_language(args.language, gui=True):
            written = screenshot.render(plan, views, outputs, size=size, select=args.select)
    except screenshot.UnknownView as exc:
        raise CliError(str(exc)) from None
    for path in written:
        print(f"Wrote {path}")
    return 0
