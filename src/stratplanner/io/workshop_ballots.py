"""A workshop's ballots as a CSV or XLSX sheet, one row per ballot and option, anonymity kept.

A named round lists who voted what and when. A by-side round gives each
ballot a number and its side, never a name or a time. An anonymous round
gives neither side nor time, and numbers its ballots in an order that does
not follow when they were cast, so a row can't be traced to a phone.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stratplanner.analysis.workshop_outcome import METHOD_NAMES, ballot_entries
from stratplanner.io.table_export import Column, SheetData, write_csv, write_xlsx
from stratplanner.snapshot.records import BallotRec, RoundRec
from stratplanner.snapshot.snapshot import PlanSnapshot

SIDE_NAMES = {"business": "Business", "it": "IT"}
HEADERS = ("Workshop", "Round", "Method", "Ballot", "Voter", "Side", "Option", "Title", "Value")


def _order(round_: RoundRec, ballots: Sequence[BallotRec]) -> list[BallotRec]:
    if round_.anonymity == "named":
        return sorted(ballots, key=lambda b: b.cast_at)
    # Not the order they were cast in: a digest of the ballot's own content.
    return sorted(
        ballots,
        key=lambda b: hashlib.sha256(
            f"{round_.id}:{b.abstain}:{b.ballot_values}:{b.participant_id}".encode()
        ).hexdigest(),
    )


def ballot_sheet(snap: PlanSnapshot, rounds: Sequence[RoundRec]) -> SheetData:
    rows: list[list[Any]] = []
    for round_ in rounds:
        workshop = snap.workshop_by_id[round_.workshop_id]
        titles = {o.code: o.title for o in snap.options_of(round_.id)}
        for number, ballot in enumerate(_order(round_, snap.ballots_of(round_.id)), start=1):
            person = snap.participant_by_id.get(ballot.participant_id)
            voter = person.name if person and round_.anonymity == "named" else ""
            side = (
                SIDE_NAMES.get(person.side, "")
                if person and round_.anonymity in ("named", "by_side")
                else ""
            )
            base = [workshop.code, round_.code, METHOD_NAMES[round_.method], number, voter, side]
            if ballot.abstain:
                rows.append([*base, "", "", "abstained"])
                continue
            for option, value in ballot_entries(ballot.values):
                rows.append([*base, option, titles.get(option, ""), value])
    columns = [
        Column(header, "int" if header == "Ballot" else "text", [row[i] for row in rows])
        for i, header in enumerate(HEADERS)
    ]
    return SheetData("Ballots", columns)


def write_ballots(
    snap: PlanSnapshot, rounds: Sequence[RoundRec], target: str | os.PathLike[str]
) -> int:
    """Write the rounds' ballots to ``target`` (.csv or .xlsx, written whole or not at all)."""
    sheet = ballot_sheet(snap, rounds)
    if Path(target).suffix.lower() == ".xlsx":
        write_xlsx([sheet], target)
    else:
        write_csv(sheet, target)
    return sum(len(snap.ballots_of(r.id)) for r in rounds)
