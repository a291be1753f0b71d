"""Bring a plan's analysis up to date after an edit by redoing only what the edit can change.

A full :func:`~stratplanner.analysis.plan_analysis.analyze` of a 20,000-item plan takes
about half a second, most of it in per-item work (findings, objective support, team
loads) that one edit barely moves. :func:`update_analysis` takes the analysis of the
snapshot before the edit, the snapshot after it and the records the edit touched (what
``Command.touched`` reports and ``snapshot.partial.refresh_snapshot`` re-read) and:

- redoes the per-item parts for the items the edit can affect (the items touched, those
  whose links, demands or dependencies were touched, those whose sponsor, champion or
  IT owner was touched): alignment, orphan and support flags, their findings;
- patches objective support (whole-number counts) and the team-quarter cells the
  items' demands fall in; re-formats only the findings of those objectives and cells;
- re-sums a money or FTE total only when an affected item's part of it changed, and
  then over every item in the plan's order, exactly as ``analyze`` does, so the result
  equals a full analysis to the last bit (a float sum patched by subtracting and adding
  would not).

When it can't be sure it would get the same answer cheaply it says so and runs the full
analysis: no touched records given, the plan settings changed, an objective added,
removed, re-weighted or moved (every item's alignment or the theme tree changes), a team
added or removed, a kind of record whose effect it doesn't know, or snapshots that
differ elsewhere than in the touched records. ``tests/test_incremental_analysis.py``
checks, over random plans and edits, that the result always equals a full analysis.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from stratplanner.analysis.alignment import (
    ObjectiveSupport,
    aligned_spend,
    item_alignment_scores,
    objective_ancestors,
    orphan_item_ids,
    supported_item_ids,
)
from stratplanner.analysis.capacity import TeamQuarterLoad, team_loads, unscheduled_demand
from stratplanner.analysis.findings import (
    FINDING_KINDS,
    Finding,
    dependency_findings,
    item_findings,
    overbooking_findings,
    unsupported_objective_findings,
)
from stratplanner.analysis.investment import (
    investment_by_business_unit,
    investment_by_category,
    investment_by_objective,
    investment_by_quarter,
    investment_by_theme,
)
from stratplanner.analysis.partnership import needs_sponsor_findings
from stratplanner.analysis.plan_analysis import PlanAnalysis, analyze
from stratplanner.analysis.selection import CANCELLED, counted_items
from stratplanner.snapshot import ItemRec, PlanSnapshot

#: Column values naming the records an edit touched, by kind:
#: ``{"item": [{"id": 7}], "link": [{"objective_id": 2, "item_id": 7}]}``.
TouchedRecords = Mapping[str, Iterable[Mapping[str, Any]]]

#: The snapshot collections :func:`analyze` reads, by the kind of record they hold.
#: ``tests/test_incremental_analysis.py`` checks that ``analyze`` reads no other part of
#: a snapshot (but ``info``), so a kind missing here can't change the analysis.
READ_KINDS: dict[str, str] = {
    "item": "items",
    "link": "links",
    "demand": "demands",
    "dependency": "dependencies",
    "objective": "objectives",
    "team": "teams",
    "person": "people",
}

#: Kinds whose records no part of the analysis depends on: an edit of only these leaves it
#: as it was. ``analyze`` reads none of them but the KPIs (``partnership.sponsor_flags``
#: lists KPIs whose owner has left, and ``needs_sponsor_findings`` drops those flags).
#: Deleting or restoring one of them reports the records it cleared or restored with it
#: (an item whose business unit was deleted is itself touched). A kind in neither table
#: makes :func:`update_analysis` run the full analysis, so a new kind is safe by default.
UNREAD_KINDS = frozenset(
    {
        "business_unit",
        "kpi",
        "milestone",
        "criterion",
        "score",
        "pin",
        "scenario",
        "baseline",
        "assessment",
        "rating",
        "sponsor_change",
        "value_driver",
        "kpi_actual",
        "process",
        "application",
        "enablement",
        "application_change",
        "process_change",
        "workshop",
        "workshop_participant",
        "workshop_round",
        "workshop_option",
        "workshop_ballot",
        "workshop_decision",
        "workshop_decision_link",
        "workshop_action",
    }
)

#: The item columns naming a person whose name or departure the findings mention.
_PERSON_COLUMNS = ("sponsor_id", "champion_id", "it_owner_id")
#: The finding kinds made per item, in their listed order (see ``findings.item_findings``).
_ITEM_KINDS = ("orphan_item", "missing_sponsor", "inactive_sponsor", "missing_value_statement")
_BY_ID = attrgetter("id")
#: One item's part in a figure, in a snapshot (None: the item is absent there).
_Part = Callable[[PlanSnapshot, ItemRec | None], object]


class _FullAnalysis(Exception):
    """This change is one :func:`update_analysis` doesn't patch: analyse the whole plan."""


@dataclass
class _Change:
    """What differs between the two snapshots, as far as the analysis is concerned."""

    #: Items whose own fields, links, demands or people may have changed.
    items: set[int] = field(default_factory=set)
    #: Items whose dependencies (as predecessor or successor) may have changed.
    dependency_items: set[int] = field(default_factory=set)
    #: Teams whose code, name or capacity changed.
    teams: set[int] = field(default_factory=set)


def update_analysis(
    previous: PlanAnalysis,
    old: PlanSnapshot,
    new: PlanSnapshot,
    touched: TouchedRecords | None,
) -> PlanAnalysis:
    """The analysis of ``new``, from ``previous`` (the analysis of ``old``) and the records
    that differ between the two snapshots; equal to ``analyze(new)``.

    ``touched``: every record ``new`` may hold differently from ``old`` (None: unknown,
    and the whole plan is analysed). Snapshots that differ in a collection no touched
    kind names are not a partial refresh of one another: the whole plan is analysed.
    """
    if new is old:
        return previous
    if touched is None:
        return analyze(new)
    try:
        change = _change_between(old, new, touched)
        if change is None:
            return previous
        return _Patch(previous, old, new, change).result()
    except _FullAnalysis:
        return analyze(new)


# -- what changed ------------------------------------------------------------------------


def _record(records: Sequence[Any], record_id: object) -> Any:
    """The record with ``record_id`` in an id-ordered collection, or None."""
    if not isinstance(record_id, int):
        return None
    at = bisect_left(records, record_id, key=_BY_ID)
    return records[at] if at < len(records) and records[at].id == record_id else None


def _change_between(
    old: PlanSnapshot, new: PlanSnapshot, touched: TouchedRecords
) -> _Change | None:
    """What the analysis must redo; None: nothing it reads changed. Raises
    :class:`_FullAnalysis` for a change it doesn't patch."""
    was, now = old.info, new.info
    if (was.currency, was.start, was.quarters) != (now.currency, now.start, now.quarters):
        raise _FullAnalysis  # every finding's money, or every team row (the title is unread)
    wheres: dict[str, list[Mapping[str, Any]]] = {}
    for kind, filters in touched.items():
        listed = list(filters)
        if not listed or kind in UNREAD_KINDS:
            continue
        if kind not in READ_KINDS:
            raise _FullAnalysis  # a kind whose effect on the analysis is not known here
        wheres[kind] = listed
    for kind, collection in READ_KINDS.items():
        if kind not in wheres and getattr(old, collection) is not getattr(new, collection):
            raise _FullAnalysis  # not a partial refresh of ``old`` by these records
    if not wheres:
        return None
    change = _Change()
    for kind, listed in wheres.items():
        collection = READ_KINDS[kind]
        before, after = getattr(old, collection), getattr(new, collection)
        for where in listed:
            if "id" in where:
                pair = (_record(before, where["id"]), _record(after, where["id"]))
                _note(change, kind, pair)
            elif kind in ("link", "demand") and "item_id" in where:
                change.items.add(where["item_id"])
            elif kind == "dependency" and {"before_id", "after_id"} <= set(where):
                change.dependency_items.update((where["before_id"], where["after_id"]))
            else:
                raise _FullAnalysis  # records named in a way not looked up here
    people = {where["id"] for where in wheres.get("person", ()) if "id" in where}
    if people:
        change.items.update(_items_of_people(old, people))
        if new.items is not old.items:
            change.items.update(_items_of_people(new, people))
    change.dependency_items |= change.items
    return change


def _note(change: _Change, kind: str, pair: tuple[Any, Any]) -> None:
    """Note one touched record, as it was and as it is (None: absent)."""
    was, now = pair
    if was is None and now is None:
        return
    if kind == "item":
        change.items.add((was or now).id)
    elif kind in ("link", "demand"):
        change.items.update(r.item_id for r in pair if r is not None)
    elif kind == "dependency":
        for r in pair:
            if r is not None:
                change.dependency_items.update((r.before_id, r.after_id))
    elif kind == "objective":
        if was is None or now is None or (was.weight, was.parent_id) != (now.weight, now.parent_id):
            raise _FullAnalysis  # every item's alignment, or the theme tree, changes
        # other fields (code, title, owner) show only in objective findings, always redone
    elif kind == "team":
        if was is None or now is None:
            raise _FullAnalysis  # rows of the capacity table come or go
        if was != now:
            change.teams.add(now.id)
    # a person: the items naming them are found by _items_of_people


def _items_of_people(snap: PlanSnapshot, people: set[int]) -> set[int]:
    """Items whose sponsor, champion or IT owner is one of ``people``."""
    return {
        item.id
        for item in snap.items
        if item.sponsor_id in people or item.champion_id in people or item.it_owner_id in people
    }


# -- the patch ---------------------------------------------------------------------------


def _counted(item: ItemRec | None) -> bool:
    return item is not None and item.status != CANCELLED


def _by_record(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in record order (stable: several findings of one record keep theirs)."""
    return sorted(findings, key=attrgetter("record_id"))


class _Patch:
    """``previous`` brought up to date for one :class:`_Change`."""

    def __init__(
        self, previous: PlanAnalysis, old: PlanSnapshot, new: PlanSnapshot, change: _Change
    ):
        self.previous, self.old, self.new, self.change = previous, old, new, change
        self.before = {i: _record(old.items, i) for i in sorted(change.items)}
        self.after = {i: _record(new.items, i) for i in sorted(change.items)}
        #: The affected items the new analysis counts, in the plan's order.
        self.now_counted = [item for item in self.after.values() if _counted(item)]
        self._counted_items: list[ItemRec] | None = None

    @property
    def counted_items(self) -> list[ItemRec]:
        """Every counted item of the new snapshot (only built when a total is re-summed)."""
        if self._counted_items is None:
            self._counted_items = counted_items(self.new)
        return self._counted_items

    def _differs(self, part: _Part) -> bool:
        """Whether ``part(snapshot, item)`` differs before and after for an affected item."""
        return any(
            part(self.old, self.before[i]) != part(self.new, self.after[i]) for i in self.before
        )

    def result(self) -> PlanAnalysis:
        prev, new = self.previous, self.new
        ids = set(self.before)
        counted_ids = self._counted_ids()
        alignment = self._alignment(ids)
        orphans = (prev.orphan_item_ids - ids) | orphan_item_ids(new, self.now_counted)
        supported = (prev.supported_item_ids - ids) | supported_item_ids(new, self.now_counted)
        support, support_changed = self._support()
        unsupported = prev.unsupported_objective_ids
        if support_changed:
            unsupported = (unsupported - support_changed) | {
                k for k in support_changed if support[k].unsupported
            }
        spend = self._spend(supported)
        by_objective, by_theme = self._by_objective()
        loads, cells = self._loads()
        findings = self._findings(support, loads, cells)
        return PlanAnalysis(
            currency=prev.currency,
            counted_item_ids=frozenset(counted_ids),
            item_alignment=MappingProxyType(alignment),
            orphan_item_ids=frozenset(orphans),
            supported_item_ids=frozenset(supported),
            objective_support=MappingProxyType(support),
            unsupported_objective_ids=frozenset(unsupported),
            total_cost=spend[0],
            aligned_cost=spend[1],
            aligned_spend_share=spend[2],
            investment_by_objective=MappingProxyType(by_objective),
            investment_by_theme=MappingProxyType(by_theme),
            investment_by_business_unit=self._resummed(
                prev.investment_by_business_unit,
                lambda _s, i: (_counted(i), i.cost, i.business_unit_id) if i else None,
                investment_by_business_unit,
            ),
            investment_by_category=self._resummed(
                prev.investment_by_category,
                lambda _s, i: (_counted(i), i.cost, i.category) if i else None,
                investment_by_category,
            ),
            investment_by_quarter=self._resummed(
                prev.investment_by_quarter,
                lambda _s, i: (_counted(i), i.cost, i.start, i.end) if i else None,
                investment_by_quarter,
            ),
            team_loads=loads,
            unscheduled_demand=self._resummed(
                prev.unscheduled_demand,
                lambda s, i: (_counted(i), i.scheduled, s.demands_by_item.get(i.id)) if i else None,
                unscheduled_demand,
            ),
            findings=findings,
        )

    # -- items, objectives ---------------------------------------------------------------

    def _counted_ids(self) -> frozenset[int] | set[int]:
        prev = self.previous.counted_item_ids
        if all(_counted(self.before[i]) == _counted(self.after[i]) for i in self.before):
            return prev
        return (prev - set(self.before)) | {item.id for item in self.now_counted}

    def _alignment(self, ids: set[int]) -> dict[int, float]:
        """Item alignment: the affected items' scores again, in the plan's order."""
        fresh = item_alignment_scores(self.new, self.now_counted)
        out = dict(self.previous.item_alignment)
        if all(_counted(self.before[i]) == _counted(self.after[i]) for i in ids):
            out.update(fresh)  # the same items counted: each keeps its place
            return out
        for item_id in ids:
            out.pop(item_id, None)
        out.update(fresh)
        return {item.id: out[item.id] for item in self.counted_items}

    def _support(self) -> tuple[dict[int, ObjectiveSupport], set[int]]:
        """Objective support (whole numbers: patched by taking the affected items' links out
        as they were and adding them as they are) and the objectives whose support changed."""
        old, new = self.old, self.new
        totals: dict[int, list[int]] = {}
        chains = objective_ancestors(new)  # the same tree before and after (else a full analysis)
        previous = self.previous.objective_support
        for sign, snap, items in ((-1, old, self.before), (1, new, self.after)):
            for item in items.values():
                if not _counted(item):
                    continue
                for link in snap.links_by_item.get(item.id, ()):
                    chain = chains.get(link.objective_id)
                    if chain is None:
                        continue
                    direct = totals.setdefault(
                        link.objective_id, _counts(previous, link.objective_id)
                    )
                    direct[0] += sign * link.strength
                    for objective_id in chain:
                        rolled = totals.setdefault(objective_id, _counts(previous, objective_id))
                        rolled[1] += sign * link.strength
                        rolled[1 + link.strength] += sign
        out = dict(previous)
        changed = set()
        for objective_id, counts in totals.items():
            fresh = ObjectiveSupport(
                objective_id=objective_id,
                is_theme=previous[objective_id].is_theme,
                direct_support=counts[0],
                support=counts[1],
                weak=counts[2],
                moderate=counts[3],
                strong=counts[4],
            )
            if fresh != previous[objective_id]:
                out[objective_id] = fresh
                changed.add(objective_id)
        return out, changed

    # -- totals: re-summed in the plan's order when an affected item's part changed -----

    def _spend(self, supported: frozenset[int] | set[int]) -> tuple[float, float, float]:
        prev = self.previous
        if all(
            _spent(self.before[i], prev.supported_item_ids) == _spent(self.after[i], supported)
            for i in self.before
        ):
            return prev.total_cost, prev.aligned_cost, prev.aligned_spend_share
        spend = aligned_spend(self.new, self.counted_items, supported=set(supported))
        return spend.total_cost, spend.aligned_cost, spend.share

    def _by_objective(self) -> tuple[Mapping[int | None, float], Mapping[int | None, float]]:
        """Investment by objective and by theme.

        Each item's cost is split over its objectives in the plan's order, so an objective's
        amount is summed again over the items linking to it, in that order. The theme sums
        follow the objectives' order in the mapping (where each first appears), so when an
        affected objective's first appearance moves, or an orphan's cost changes (the
        ``None`` part, summed over every orphan), both mappings are summed again whole.
        """
        prev = self.previous

        def part(s: PlanSnapshot, i: ItemRec | None) -> object:
            return (_counted(i), i.cost, s.links_by_item.get(i.id)) if i else None

        if not self._differs(part):
            return prev.investment_by_objective, prev.investment_by_theme
        affected: set[int | None] = set()
        for snap, items in ((self.old, self.before), (self.new, self.after)):
            for item in items.values():
                if not _counted(item):
                    continue
                assert item is not None
                links = snap.links_by_item.get(item.id) or ()
                if sum(link.strength for link in links) <= 0:
                    affected.add(None)
                affected.update(link.objective_id for link in links)
        if None in affected or any(
            _first_use(self.old, o) != _first_use(self.new, o) for o in affected if o is not None
        ):
            by_objective = investment_by_objective(self.new, self.counted_items)
        else:  # the same keys in the same order: the affected amounts summed again
            by_objective = dict(prev.investment_by_objective)
            for objective_id in affected:
                assert objective_id is not None
                amount = _objective_amount(self.new, objective_id)
                if amount is None:
                    by_objective.pop(objective_id, None)  # no counted item links to it now
                else:
                    by_objective[objective_id] = amount
        by_theme = investment_by_theme(self.new, by_objective=by_objective)
        return MappingProxyType(by_objective), MappingProxyType(by_theme)

    def _resummed(
        self,
        previous: Mapping[Any, float],
        part: _Part,
        compute: Callable[[PlanSnapshot, list[ItemRec]], Mapping[Any, float]],
    ) -> Mapping[Any, float]:
        if not self._differs(part):
            return previous
        return MappingProxyType(compute(self.new, self.counted_items))

    # -- team capacity -------------------------------------------------------------------

    def _spans(self) -> tuple[set[tuple[int, int]], bool]:
        """The (team, quarter) cells an affected item's demand weighs on, before or after,
        and whether one of them lies outside the plan's horizon."""
        first = self.new.info.start.ordinal
        last = first + self.new.info.quarters - 1
        cells: set[tuple[int, int]] = set()
        outside = False
        for snap, items in ((self.old, self.before), (self.new, self.after)):
            for item in items.values():
                if not _counted(item) or item.start is None or item.end is None:
                    continue
                demands = snap.demands_by_item.get(item.id)
                if not demands:
                    continue
                span = range(item.start.ordinal, item.end.ordinal + 1)
                outside = outside or span.start < first or span.stop - 1 > last
                for demand in demands:
                    cells.update((demand.team_id, o) for o in span)
        return cells, outside

    def _loads(self) -> tuple[tuple[TeamQuarterLoad, ...], set[tuple[int, int]]]:
        """Team loads with the affected cells summed again; the cells that changed."""
        prev = self.previous.team_loads
        new = self.new
        moved = self._differs(
            lambda s, i: (_counted(i), i.start, i.end, s.demands_by_item.get(i.id)) if i else None
        )
        if not moved and not self.change.teams:
            return prev, set()
        cells, outside = self._spans() if moved else (set(), False)
        if outside:  # the quarters shown may grow or shrink: lay the table out again
            loads = tuple(team_loads(new, self.counted_items))
            return loads, {(load.team_id, load.quarter.ordinal) for load in loads}
        demand = _cell_demands(new, cells)
        ordinals = sorted({load.quarter.ordinal for load in prev})
        column = {o: n for n, o in enumerate(ordinals)}
        row = {team.id: n for n, team in enumerate(new.teams)}
        out = list(prev)
        changed = set()
        for cell in cells:
            team_id, ordinal = cell
            at = row[team_id] * len(ordinals) + column[ordinal]
            load = out[at]
            fresh = TeamQuarterLoad(team_id, load.quarter, demand.get(cell, 0.0), load.capacity)
            if fresh != load:
                out[at] = fresh
                changed.add(cell)
        for team_id in self.change.teams:
            team = new.team_by_id[team_id]
            start = row[team_id] * len(ordinals)
            for at in range(start, start + len(ordinals)):
                load = out[at]
                out[at] = TeamQuarterLoad(team_id, load.quarter, load.demand, team.capacity)
                changed.add((team_id, load.quarter.ordinal))
        return tuple(out), changed

    # -- findings ------------------------------------------------------------------------

    def _findings(
        self,
        support: Mapping[int, ObjectiveSupport],
        loads: tuple[TeamQuarterLoad, ...],
        cells: set[tuple[int, int]],
    ) -> tuple[Finding, ...]:
        new, ids = self.new, set(self.before)
        by_kind: dict[str, list[Finding]] = {kind: [] for kind in FINDING_KINDS}
        for finding in self.previous.findings:
            by_kind.setdefault(finding.kind, []).append(finding)
        out: dict[str, list[Finding]] = {}
        out["unsupported_objective"] = unsupported_objective_findings(new, dict(support))
        fresh: dict[str, list[Finding]] = {kind: [] for kind in _ITEM_KINDS}
        for finding in item_findings(new, self.now_counted):
            fresh[finding.kind].append(finding)
        for kind in _ITEM_KINDS:
            kept = [f for f in by_kind[kind] if f.record_id not in ids]
            out[kind] = _by_record(kept + fresh[kind]) if ids else kept
        out["team_overbooked"] = self._overbooked(by_kind["team_overbooked"], loads, cells)
        out["dependency_violation"] = self._dependency_findings(by_kind["dependency_violation"])
        sponsors = needs_sponsor_findings(new, self.now_counted)
        kept = [
            f
            for f in by_kind["needs_sponsor"]
            if f.record_kind == "item" and f.record_id not in ids
        ]
        out["needs_sponsor"] = _by_record(
            kept + [f for f in sponsors if f.record_kind == "item"]
        ) + [f for f in sponsors if f.record_kind != "item"]
        unknown = set(by_kind) - set(FINDING_KINDS)
        if unknown:
            raise _FullAnalysis  # a kind of finding made somewhere not patched here
        return tuple(f for kind in FINDING_KINDS for f in out[kind])

    def _overbooked(
        self,
        previous: list[Finding],
        loads: tuple[TeamQuarterLoad, ...],
        cells: set[tuple[int, int]],
    ) -> list[Finding]:
        if not cells:
            return previous
        kept = {
            (f.record_id, f.quarter.ordinal): f
            for f in previous
            if f.quarter is not None and (f.record_id, f.quarter.ordinal) not in cells
        }
        out = []
        for load in loads:
            if not load.overbooked:
                continue
            cell = (load.team_id, load.quarter.ordinal)
            if cell in cells:
                out.extend(overbooking_findings(self.new, [load]))
            else:
                out.append(kept[cell])
        return out

    def _dependency_findings(self, previous: list[Finding]) -> list[Finding]:
        items = self.change.dependency_items
        if not items:
            return previous
        new = self.new
        deps = tuple(d for d in new.dependencies if d.before_id in items or d.after_id in items)
        ends = sorted({d.before_id for d in deps} | {d.after_id for d in deps})
        counted = [item for item in (_record(new.items, i) for i in ends) if _counted(item)]
        # dependency_findings reads only the snapshot's dependencies and the items given
        fresh = dependency_findings(replace(new, dependencies=deps), counted)
        kept = [f for f in previous if f.record_id not in items and f.related_id not in items]
        # counted items are in id order, so the full analysis's order is by these ids
        return sorted(kept + fresh, key=lambda f: (f.record_id, f.related_id or 0))


def _spent(item: ItemRec | None, supported: frozenset[int] | set[int]) -> object:
    """An item's part in the total and the aligned cost."""
    return None if item is None else (_counted(item), item.cost, item.id in supported)


def _linking_items(snap: PlanSnapshot, objective_id: int) -> list[ItemRec]:
    """The counted items linking to an objective, in the plan's order."""
    item_ids = sorted({link.item_id for link in snap.links_by_objective.get(objective_id, ())})
    found = map(snap.item_by_id.get, item_ids)
    return [i for i in found if i is not None and i.status != CANCELLED]


def _first_use(snap: PlanSnapshot, objective_id: int) -> tuple[int, int] | None:
    """Where ``investment_by_objective`` first meets the objective: (item id, the link's place
    among the item's links), or None when no counted item with a positive split links to it."""
    for item in _linking_items(snap, objective_id):
        links = snap.links_by_item.get(item.id) or ()
        if sum(link.strength for link in links) <= 0:
            continue
        for n, link in enumerate(links):
            if link.objective_id == objective_id:
                return item.id, n
    return None


def _objective_amount(snap: PlanSnapshot, objective_id: int) -> float | None:
    """The objective's part of the counted items' cost, added up as
    ``investment_by_objective`` adds it (None: it has no part)."""
    amount: float | None = None
    for item in _linking_items(snap, objective_id):
        links = snap.links_by_item.get(item.id) or ()
        total = sum(link.strength for link in links)
        if total <= 0:
            continue
        cost = item.capex + item.opex
        for link in links:
            if link.objective_id == objective_id:
                amount = (0.0 if amount is None else amount) + cost * link.strength / total
    return amount


def _counts(support: Mapping[int, ObjectiveSupport], objective_id: int) -> list[int]:
    """[direct, support, weak, moderate, strong] of one objective, to patch."""
    s = support[objective_id]
    return [s.direct_support, s.support, s.weak, s.moderate, s.strong]


def _cell_demands(snap: PlanSnapshot, cells: set[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The demand in each of ``cells``, summed in the order ``capacity.team_demand`` sums it
    (items in the plan's order, each item's demands in theirs)."""
    if not cells:
        return {}
    teams = {team_id for team_id, _o in cells}
    demands = sorted(
        (d for d in snap.demands if d.team_id in teams), key=lambda d: (d.item_id, d.id)
    )
    out: dict[tuple[int, int], float] = {}
    for demand in demands:
        item = _record(snap.items, demand.item_id)
        if not _counted(item) or item.start is None or item.end is None:
            continue
        for ordinal in range(item.start.ordinal, item.end.ordinal + 1):
            cell = (demand.team_id, ordinal)
            if cell in cells:
                out[cell] = out.get(cell, 0.0) + demand.fte
    return out


__all__ = ["READ_KINDS", "UNREAD_KINDS", "TouchedRecords", "update_analysis"]
