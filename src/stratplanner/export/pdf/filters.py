"""Audience filters: the part of a plan one business unit, objective or period cares about.

The result is an ordinary :class:`PlanSnapshot` holding only the kept records,
so analysis and charts run on it unchanged and every number in the PDF is
about what the reader was given.

- **Business unit**: items of those units; objectives of those units, plus
  the objectives the kept items serve (and their parent themes).
- **Objective**: those objectives with their sub-objectives and parent
  themes; the items linked to any of them.
- **Quarter range**: items running in the range (unscheduled items drop);
  the plan's horizon becomes the range.
"""

from __future__ import annotations

from dataclasses import fields, replace

from stratplanner.export.pdf.fonts import printable
from stratplanner.export.pdf.options import PdfOptions, PdfOptionsError
from stratplanner.i18n import translate
from stratplanner.model.values import Quarter
from stratplanner.snapshot import PlanInfo, PlanSnapshot


def describe_filters(options: PdfOptions, snap: PlanSnapshot | None = None) -> str:
    """A short phrase for the cover and summary, e.g. 'Business unit Stores · 2027-Q1 to 2028-Q4':
    units by name (the board knows 'Stores', not 'STORES'), objectives by code."""
    parts = []
    if options.business_units:
        names = {u.code: u.name for u in snap.business_units} if snap is not None else {}
        if len(options.business_units) == 1:
            units = translate("PdfFilters", "Business unit {names}")
        else:
            units = translate("PdfFilters", "Business units {names}")
        parts.append(units.format(names=", ".join(names.get(c, c) for c in options.business_units)))
    if options.objectives:
        if len(options.objectives) == 1:
            objectives = translate("PdfFilters", "Objective {codes}")
        else:
            objectives = translate("PdfFilters", "Objectives {codes}")
        parts.append(objectives.format(codes=", ".join(options.objectives)))
    first, last = options.quarter_range
    if first or last:
        parts.append(
            translate("PdfFilters", "{first} to {last}").format(
                first=first or translate("PdfFilters", "start"),
                last=last or translate("PdfFilters", "end"),
            )
        )
    return " · ".join(parts)


def resolve_codes(snap: PlanSnapshot, options: PdfOptions) -> None:
    """Spell the filter codes as the plan does ('stores' → 'STORES'); unknown ones stay as typed."""
    for name, records in (("business_units", snap.business_units), ("objectives", snap.objectives)):
        spelled = {r.code.casefold(): r.code for r in records}
        setattr(options, name, [spelled.get(c.casefold(), c) for c in getattr(options, name)])


def _codes_to_ids(codes: list[str], records: tuple, what: str, strict: bool = True) -> set[int]:
    by_code = {r.code.casefold(): r.id for r in records}
    missing = [c for c in codes if c.casefold() not in by_code]
    if missing and strict:
        known = ", ".join(sorted(r.code for r in records)[:12]) or translate("PdfFilters", "none")
        if what == "business unit":
            text = translate(
                "PdfFilters", "The plan has no business unit {code} (it has: {known})."
            )
        else:
            text = translate("PdfFilters", "The plan has no objective {code} (it has: {known}).")
        raise PdfOptionsError(text.format(code=repr(missing[0]), known=known))
    return {by_code[c.casefold()] for c in codes if c.casefold() in by_code}


def _with_ancestors(snap: PlanSnapshot, ids: set[int]) -> set[int]:
    out = set(ids)
    for oid in ids:
        seen: set[int] = set()
        parent = snap.objective_by_id[oid].parent_id if oid in snap.objective_by_id else None
        while parent is not None and parent not in seen:
            seen.add(parent)
            out.add(parent)
            parent = (
                snap.objective_by_id[parent].parent_id if parent in snap.objective_by_id else None
            )
    return out


def _with_descendants(snap: PlanSnapshot, ids: set[int]) -> set[int]:
    out = set(ids)
    stack = list(ids)
    while stack:
        for child in snap.children_by_objective.get(stack.pop(), []):
            if child.id not in out:
                out.add(child.id)
                stack.append(child.id)
    return out


def filter_snapshot(
    snap: PlanSnapshot, options: PdfOptions, *, strict: bool = True
) -> PlanSnapshot:
    """The plan as the chosen audience sees it; the snapshot itself when no filter is set.

    ``strict`` refuses codes the plan doesn't have; a baseline is filtered leniently
    (a unit created since then simply matches nothing in it).
    """
    first, last = options.quarter_range
    if not (options.business_units or options.objectives or first or last):
        return snap
    item_ids = {i.id for i in snap.items}
    objective_ids = {o.id for o in snap.objectives}

    if options.business_units:
        units = _codes_to_ids(options.business_units, snap.business_units, "business unit", strict)
        item_ids = {i.id for i in snap.items if i.business_unit_id in units}
        served = {link.objective_id for link in snap.links if link.item_id in item_ids}
        owned = {o.id for o in snap.objectives if o.business_unit_id in units}
        objective_ids = _with_ancestors(snap, served | owned)

    if options.objectives:
        chosen = _with_descendants(
            snap, _codes_to_ids(options.objectives, snap.objectives, "objective", strict)
        )
        linked = {link.item_id for link in snap.links if link.objective_id in chosen}
        item_ids &= linked
        objective_ids &= _with_ancestors(snap, chosen)

    info = snap.info
    if first or last:
        lo = first or info.start
        hi = last or info.end
        item_ids = {
            i.id
            for i in snap.items
            if i.id in item_ids
            and i.start is not None
            and i.end is not None
            and i.start <= hi
            and i.end >= lo
        }
        info = replace(info, start=lo, quarters=max(1, hi - lo + 1))

    return _subset(snap, info, item_ids, objective_ids)


def _subset(
    snap: PlanSnapshot, info: PlanInfo, item_ids: set[int], objective_ids: set[int]
) -> PlanSnapshot:
    """The snapshot keeping only some items and objectives (and what hangs off them)."""
    changes: dict[str, object] = {
        "info": info,
        "objectives": tuple(o for o in snap.objectives if o.id in objective_ids),
        "items": tuple(i for i in snap.items if i.id in item_ids),
        "links": tuple(
            k for k in snap.links if k.item_id in item_ids and k.objective_id in objective_ids
        ),
        "demands": tuple(d for d in snap.demands if d.item_id in item_ids),
        "dependencies": tuple(
            d for d in snap.dependencies if d.before_id in item_ids and d.after_id in item_ids
        ),
        "kpis": tuple(
            k
            for k in snap.kpis
            if (k.item_id is None or k.item_id in item_ids)
            and (k.objective_id is None or k.objective_id in objective_ids)
        ),
        "milestones": tuple(m for m in snap.milestones if m.item_id in item_ids),
    }
    # Prioritization records (plan format 2) hang off items too.
    for name in ("scores", "pins"):
        records = getattr(snap, name, None)
        if records is not None:
            changes[name] = tuple(r for r in records if r.item_id in item_ids)
    return replace(snap, **changes)  # type: ignore[arg-type]


def items_subset(
    snap: PlanSnapshot,
    item_ids: set[int],
    *,
    start: Quarter | None = None,
    quarters: int | None = None,
) -> PlanSnapshot:
    """The snapshot with only some items (all objectives kept): one page of a tiled timeline."""
    info = snap.info
    if start is not None and quarters is not None:
        info = replace(info, start=start, quarters=quarters)
    return _subset(snap, info, item_ids, {o.id for o in snap.objectives})


def _printable_record(record: object) -> object:
    changes = {}
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if isinstance(value, str) and not value.isascii():
            safe = printable(value)
            if safe != value:
                changes[f.name] = safe
    return replace(record, **changes) if changes else record  # type: ignore[type-var]


def printable_snapshot(snap: PlanSnapshot) -> PlanSnapshot:
    """The snapshot with characters the bundled fonts lack shown as a box, for the charts.

    matplotlib would warn about each missing glyph and draw nothing for it; with the
    box the chart matches the text pages and stays quiet (and thread-safe: no
    warning filters to juggle in a background export).
    """
    changes: dict[str, object] = {}
    info = _printable_record(snap.info)
    if info is not snap.info:
        changes["info"] = info
    for f in fields(snap):
        records = getattr(snap, f.name)
        if f.name == "info" or not isinstance(records, tuple):
            continue
        safe = tuple(_printable_record(r) for r in records)
        if any(a is not b for a, b in zip(safe, records, strict=True)):
            changes[f.name] = safe
    return replace(snap, **changes) if changes else snap  # type: ignore[arg-type]
