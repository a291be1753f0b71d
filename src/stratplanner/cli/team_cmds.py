"""Team mode on the command line: publish a plan to a server, take it offline, list plans."""

from __future__ import annotations

import argparse
from datetime import UTC

from stratplanner.cli.common import (
    PLAN_SUFFIX,
    URL_EXAMPLE,
    CliError,
    add_plan_argument,
    is_plan_url,
    opened_plan,
    output_path,
    print_json,
)

URL_HELP = f"team plan address: {URL_EXAMPLE}"


def cmd_publish(args: argparse.Namespace) -> int:
    from stratplanner.store.server import redact_url
    from stratplanner.store.server_plans import publish_plan

    target = publish_plan(args.plan, args.url, replace=args.replace)
    print(f"Published {redact_url(args.plan)} as the team plan {target.public_location}.")
    print(f'Open it with: stratplanner "{target.public_location}"')
    return 0


def cmd_checkout(args: argparse.Namespace) -> int:
    from stratplanner.store.server import parse_server_target
    from stratplanner.store.server_plans import checkout_plan

    if is_plan_url(args.output):
        raise CliError(
            "checkout writes an offline copy to a local file (-o PLAN.stratplan); to copy a team "
            "plan to another team plan, use: stratplanner publish URL OTHER_URL"
        )
    destination = output_path(args.output, suffixes=(PLAN_SUFFIX,))
    checkout_plan(args.url, destination, overwrite=args.force)
    target = parse_server_target(args.url)
    print(f"Took an offline copy of the team plan into {destination}.")
    hint = f'Bring changes back with: stratplanner merge "{target.public_location}" {destination}'
    if target.url.password is not None:
        hint += " (type your password for ***, or keep it in PGPASSWORD or ~/.pgpass)"
    print(hint)
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    from stratplanner.store.server_plans import list_server_plans

    names = list_server_plans(args.url)
    if not names:
        print("There are no plans on this server yet; publish one with 'stratplanner publish'.")
    for name in names:
        print(name)
    return 0


def cmd_activity(args: argparse.Namespace) -> int:
    with opened_plan(args.plan, read_only=True) as doc:
        rows = doc.recent_activity(args.limit)
    if args.json:
        print_json([{**r, "at": r["at"].replace(tzinfo=UTC).isoformat()} for r in rows])
        return 0
    if not rows:
        print("No changes have been recorded in this plan yet.")
    for row in rows:
        local = row["at"].replace(tzinfo=UTC).astimezone()
        print(f"{local:%Y-%m-%d %H:%M}  {row['user'] or 'unknown'}: {row['label']}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("publish", help="copy a local plan to a PostgreSQL server for the team")
    p.add_argument(
        "plan", metavar="PLAN", help="the plan to copy: a .stratplan file, or a team plan URL"
    )
    p.add_argument("url", metavar="URL", help=URL_HELP)
    p.add_argument("--replace", action="store_true", help="replace a server plan of the same name")
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("checkout", help="take an offline copy of a team plan")
    p.add_argument("url", metavar="URL", help=URL_HELP)
    p.add_argument("-o", "--output", required=True, metavar="PLAN.stratplan")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_checkout)

    p = sub.add_parser("activity", help="who changed what, most recent first")
    add_plan_argument(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_activity)

    p = sub.add_parser("plans", help="list the team plans on a server")
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/database")
    p.set_defaults(func=cmd_plans)
