"""Results of the prioritization modules (scoring, sequencing, baseline diff) when they exist.

Those modules land separately; each accessor returns None when its module
or its data is absent, and the sections that need it are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stratplanner.export.pdf.context import ExportContext, optional_module


@dataclass(frozen=True)
class RankedRow:
    rank: int
    item_id: int
    score: float | None
    breakdown: tuple[tuple[str, float], ...] = ()
    pinned_reason: str = ""


@dataclass(frozen=True)
class Ranking:
    method: str
    criteria: tuple[str, ...]
    rows: tuple[RankedRow, ...]


def ranking(ctx: ExportContext) -> Ranking | None:
    """The agreed ranking of the filtered plan's items, or None."""
    if "ranking" not in ctx.extras:
        ctx.extras["ranking"] = _ranking(ctx)
    return ctx.extras["ranking"]


def _ranking(ctx: ExportContext) -> Ranking | None:
    module = optional_module("stratplanner.analysis.scoring")
    if module is None:
        return None
    return None


def sequencing(ctx: ExportContext) -> Any:
    return None


def baseline_changes(ctx: ExportContext) -> Any:
    return None
