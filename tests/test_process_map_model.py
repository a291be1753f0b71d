"""What the Business processes view shows and edits, worked out without widgets
(ui/models/process_map.py): the trees' rows and gaps, the form's links, the edits' values."""

from __future__ import annotations

from typing import Any

import pytest

from stratplanner.analysis.processes import (
    applications_without_process,
    investment_by_process,
    processes_without_technology,
)
from stratplanner.io.plan_json import snapshot_from_dict
from stratplanner.snapshot import PlanSnapshot
from stratplanner.ui.models import process_map


@pytest.fixture(scope="module")
def snap() -> PlanSnapshot:
    doc: dict[str, Any] = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {"title": "Processes", "currency": "EUR", "start": "2027-Q1", "quarters": 8},
        "items": [
            {"code": "I1", "title": "Tills", "capex": 90},
            {"code": "I2", "title": "Web", "capex": 60},
        ],
        "processes": [
            {"code": "SELL", "name": "Sell"},
            {"code": "S.STORE", "name": "In store", "parent": "SELL"},
            {"code": "S.WEB", "name": "Online", "parent": "SELL"},
            {"code": "PAY", "name": "Pay people", "description": "Payroll"},
        ],
        "applications": [
            {"code": "POS", "name": "POS"},
            {"code": "SHOP", "name": "Shop"},
            {"code": "FAX", "name": "Fax"},
        ],
        "enablements": [
            {"process": "S.STORE", "application": "POS"},
            {"process": "S.WEB", "application": "SHOP"},
        ],
        "application_changes": [{"item": "I1", "application": "SHOP"}],
        "process_changes": [{"item": "I2", "process": "S.WEB"}],
    }
    return snapshot_from_dict(doc)


def _id(snap: PlanSnapshot, code: str) -> int:
    ids = {p.code: p.id for p in snap.processes} | {a.code: a.id for a in snap.applications}
    return ids[code]


def test_the_map_has_capabilities_with_their_processes_and_marks_the_gaps(
    snap: PlanSnapshot,
) -> None:
    invest = investment_by_process(snap)
    unenabled = {p.id for p in processes_without_technology(snap)}
    rows = process_map.map_rows(snap, invest, unenabled)
    assert [(r.cells[0], r.top, [c.cells[0] for c in r.children]) for r in rows] == [
        ("Sell", True, ["In store", "Online"]),
        ("Pay people", True, []),
    ]
    by_name = {r.cells[0]: r for r in rows}
    sell, pay = by_name["Sell"], by_name["Pay people"]
    assert sell.cells[2:] == ["2 applications", "2 items"]  # I1 through Shop, I2 directly
    assert pay.cells[2] == "no application" and pay.gap_column == 2
    assert pay.tips[0] == "PAY: Payroll" and pay.tips[2] == "No application enables this process"
    online = next(c for c in sell.children if c.cells[0] == "Online")
    assert online.cells[2:] == ["Shop", "I1, I2"] and online.gap_column is None
    assert online.key == ("process", _id(snap, "S.WEB"))


def test_applications_name_what_they_enable_and_what_changes_them(snap: PlanSnapshot) -> None:
    unused = {a.id for a in applications_without_process(snap)}
    rows = process_map.application_rows(snap, unused)
    assert [r.cells for r in rows] == [
        ["Fax", "no process", ""],
        ["POS", "In store", ""],
        ["Shop", "Online", "I1"],
    ]
    assert [r.gap_column for r in rows] == [1, None, None]
    fax = process_map.gap_row(snap, "application", snap.applications[2])
    assert fax.cells == ["Fax"] and fax.key == ("application", _id(snap, "FAX"))
    store = snap.process_by_id[_id(snap, "S.STORE")]
    assert process_map.gap_row(snap, "process", store).cells == ["In store (Sell)"]


def test_the_form_lists_links_choices_and_items_through_applications(snap: PlanSnapshot) -> None:
    web = ("process", _id(snap, "S.WEB"))
    links = process_map.form_links(snap, web)
    assert [text for _id_, text in links.enabled] == ["Shop"]
    assert [text for _id_, text in links.enable_choices] == ["Fax", "POS"]
    assert [text for _id_, text in links.changes] == ["I2 Web"]
    assert [text for _id_, text in links.change_choices] == ["I1 Tills"]
    assert links.through == ["I1 Tills"]  # I1 changes Shop, which enables Online
    shop = ("application", _id(snap, "SHOP"))
    links = process_map.form_links(snap, shop)
    assert [text for _id_, text in links.enabled] == ["Sell › Online"]
    assert "Sell › In store" in [text for _id_, text in links.enable_choices]
    assert links.through == []


def test_edits_act_on_the_right_records(snap: PlanSnapshot) -> None:
    store, pos = _id(snap, "S.STORE"), _id(snap, "POS")
    sell = _id(snap, "SELL")
    assert process_map.parent_for_new_process(snap, ("process", store)) == sell
    assert process_map.parent_for_new_process(snap, ("process", sell)) == sell
    assert process_map.parent_for_new_process(snap, ("application", pos)) is None
    assert process_map.parent_for_new_process(snap, None) is None
    assert process_map.link_record(("process", store), "enablement", pos) == (
        "enablement",
        {"process_id": store, "application_id": pos},
    )
    assert process_map.link_record(("application", pos), "enablement", store) == (
        "enablement",
        {"process_id": store, "application_id": pos},
    )
    item = snap.items[0].id
    assert process_map.link_record(("application", pos), "item", item) == (
        "application_change",
        {"item_id": item, "application_id": pos},
    )
    assert process_map.duplicate_values(snap, ("process", store)) == {
        "name": "In store (copy)",
        "description": snap.process_by_id[store].description,
        "parent_id": sell,
    }
    assert "parent_id" not in process_map.duplicate_values(snap, ("application", pos))
    change = snap.process_changes[0]
    assert process_map.changed_item(snap, "process", change.id) == change.item_id
    app_change = snap.application_changes[0]
    assert process_map.changed_item(snap, "application", app_change.id) == app_change.item_id
    assert process_map.changed_item(snap, "process", -1) is None
    assert process_map.codes(snap, "application") == {"POS", "SHOP", "FAX"}


def test_the_heading_counts_the_map_and_its_gaps(snap: PlanSnapshot) -> None:
    invest = investment_by_process(snap)
    text = process_map.summary(snap, invest, 1, 1)
    assert text.startswith("2 capabilities with 2 processes, 3 applications. 1 process runs")
    empty = snapshot_from_dict(
        {
            "format": "stratplanner-plan",
            "version": 1,
            "plan": {"title": "E", "currency": "EUR", "start": "2027-Q1", "quarters": 4},
        }
    )
    assert process_map.summary(empty, investment_by_process(empty), 0, 0) == (
        "The process map is empty: add a capability to start it."
    )
