"""Ranking, sequencing, sensitivity and baseline changes for the PDF, when the plan has them.

They come from ``stratplanner.analysis`` (scoring, sequencing, sensitivity,
baseline_diff), looked up at run time: without a module, or without the
data (no criteria, all weights zero, no baseline), the accessor returns None
and the section that needs it is left out. Ranks and the sequence are worked
out on the whole plan (capacity and ranks are shared) and then read for the
items the filtered PDF shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from stratplanner.export.pdf.context import ExportContext, optional_module
from stratplanner.i18n import translate
from stratplanner.snapshot import PlanSnapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfBaseline:
    """A baseline to compare with: its name, when it was taken, and the plan it holds."""

    name: str
    taken_at: datetime | None
    snapshot: PlanSnapshot
    notes: tuple[str, ...] = ()


def _cached(ctx: ExportContext, key: str, compute: Any) -> Any:
    cache = ctx.extras.setdefault("prioritization", {})
    if key not in cache:
        try:
            cache[key] = compute()
        except Exception as exc:  # a plan these modules refuse (e.g. all weights zero)
            log.info("No %s for the PDF: %s", key, exc)
            ctx.extras.setdefault("prioritization_notes", {})[key] = str(exc)
            cache[key] = None
    return cache[key]


def ranking(ctx: ExportContext) -> Any:
    """The plan's agreed ranking (stored weights and pins) — a ``scoring.Ranking`` — or None."""
    scoring = optional_module("stratplanner.analysis.scoring")
    if scoring is None or not getattr(ctx.full, "criteria", ()):
        return None

    def compute() -> Any:
        model = scoring.ScoringModel(ctx.full)
        ctx.extras["scoring_model"] = model
        result = model.rank()
        return result if result.items else None

    return _cached(ctx, "ranking", compute)


def ranked_rows(ctx: ExportContext) -> list[Any]:
    """The ranking's entries for the items this PDF shows, in rank order."""
    result = ranking(ctx)
    if result is None:
        return []
    shown = ctx.snap.item_by_id
    return [r for r in result.items if r.item_id in shown]


def method_label(result: Any) -> str:
    """How the ranking was made, in a sentence: 'Ranked by {method}'."""
    if getattr(result, "method", "score") == "wsjf":
        return translate("PdfRanking", "WSJF (cost of delay ÷ job size)")
    return translate("PdfRanking", "the weighted scoring criteria the group agreed")


def sensitivity(ctx: ExportContext) -> Any:
    """Which ranks hold if one weight moves ±20% (``sensitivity.Sensitivity``), or None."""
    module = optional_module("stratplanner.analysis.sensitivity")
    result = ranking(ctx)
    if module is None or result is None or result.method != "score":
        return None
    model = ctx.extras.get("scoring_model")
    if model is None:
        return None
    return _cached(ctx, "sensitivity", lambda: module.rank_sensitivity(model))


def sequencing(ctx: ExportContext) -> Any:
    """The capacity-aware sequence of the whole plan (``sequencing.SequenceResult``), or None."""
    module = optional_module("stratplanner.analysis.sequencing")
    if module is None or not ctx.full.teams or not ctx.full.demands:
        return None
    result = ranking(ctx)
    return _cached(ctx, "sequence", lambda: module.sequence_portfolio(ctx.full, result))


def baseline_changes(ctx: ExportContext) -> tuple[PdfBaseline, Any] | None:
    """(baseline, ``baseline_diff.PlanDiff``) against the baseline given to the export, or None."""
    baseline = ctx.extras.get("baseline")
    module = optional_module("stratplanner.analysis.baseline_diff")
    if baseline is None or module is None:
        return None

    def compute() -> Any:
        from stratplanner.export.pdf.filters import filter_snapshot

        old = filter_snapshot(baseline.snapshot, ctx.options, strict=False)
        return module.diff_plans(old, ctx.snap, notes=tuple(baseline.notes))

    diff = _cached(ctx, "diff", compute)
    return (baseline, diff) if diff is not None else None


def read_baseline(session: Any, snap: PlanSnapshot, name: str | None = None) -> PdfBaseline | None:
    """The named baseline of an open plan (default: the latest), ready for ``export_pdf``.

    Returns None when the plan has no baselines. A name that doesn't exist, or
    a baseline that can't be read, raises ``PdfExportError`` with one sentence.
    """
    from stratplanner.export.pdf.errors import PdfExportError

    baselines = list(getattr(snap, "baselines", ()))
    if not baselines:
        if name:
            raise PdfExportError(
                translate(
                    "PdfRanking", 'There is no baseline "{name}": this plan has none yet.'
                ).format(name=name)
            )
        return None
    if name:
        chosen = next((b for b in baselines if b.name == name), None)
        if chosen is None:
            known = ", ".join(f'"{b.name}"' for b in baselines)
            raise PdfExportError(
                translate(
                    "PdfRanking", 'There is no baseline "{name}" (baselines: {known}).'
                ).format(name=name, known=known)
            )
    else:
        chosen = max(baselines, key=lambda b: (b.taken_at, b.id))
    snapshot_module = optional_module("stratplanner.snapshot.snapshot")
    plan_json = optional_module("stratplanner.io.plan_json")
    reader = getattr(snapshot_module, "read_baseline_document", None)
    convert = getattr(plan_json, "baseline_snapshot", None)
    if reader is None or convert is None:
        return None
    unreadable = (LookupError, ValueError, getattr(plan_json, "PlanJsonError", ValueError))
    try:
        old, notes = convert(chosen, reader(session, chosen.id))
    except unreadable as exc:
        raise PdfExportError(str(exc)) from None
    return PdfBaseline(chosen.name, chosen.taken_at, old, tuple(notes))
