"""Commands: validation in clear sentences, cascades, and exact inverses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from stratplanner.commands import (
    CommandError,
    CreateRecord,
    DeleteRecord,
    Macro,
    SetLink,
    UpdateRecord,
    UpdateSettings,
    plan_delete,
    record_id_for_code,
)
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.snapshot import load_snapshot
from stratplanner.store import PlanDocument, open_plan


@pytest.fixture(params=["file", pytest.param("server", marks=pytest.mark.postgres)])
def doc(request: pytest.FixtureRequest, sample_plan: Path) -> PlanDocument:
    """Every command test runs on a plan file and on a team plan on PostgreSQL."""
    target = sample_plan if request.param == "file" else request.getfixturevalue("server_plan_url")
    document = open_plan(target)
    yield document
    document.close()


def as_json(doc: PlanDocument) -> dict[str, Any]:
    return plan_to_dict(load_snapshot(doc.session))


def first_code(doc: PlanDocument, table: str, where: str = "1=1") -> str:
    code = doc.session.execute(
        text(f"SELECT code FROM {table} WHERE {where} ORDER BY id LIMIT 1")
    ).scalar_one()
    doc.session.rollback()
    return str(code)


def rid(doc: PlanDocument, kind: str, code: str) -> int:
    value = record_id_for_code(doc.session, kind, code)
    doc.session.rollback()
    return value


def test_create_update_delete_round_trip_through_inverses(doc: PlanDocument) -> None:
    original = as_json(doc)
    create = CreateRecord(
        "item",
        {"code": "NEW-1", "title": "Self-checkout pilot", "start": "2027-Q2", "end": "2027-Q3"},
    )
    undo_create = doc.execute(create)
    assert any(i["code"] == "NEW-1" for i in as_json(doc)["items"])
    undo_update = doc.execute(
        UpdateRecord("item", create.record_id, {"capex": 250_000.0, "end": "2027-Q4"})
    )
    assert next(i for i in as_json(doc)["items"] if i["code"] == "NEW-1")["end"] == "2027-Q4"
    doc.execute(undo_update)
    assert next(i for i in as_json(doc)["items"] if i["code"] == "NEW-1")["end"] == "2027-Q3"
    redo_create = doc.execute(undo_create)
    assert as_json(doc) == original
    doc.execute(redo_create)  # redo keeps the same id
    assert rid(doc, "item", "NEW-1") == create.record_id


def test_delete_item_takes_links_demands_and_restores_exactly(doc: PlanDocument) -> None:
    before = as_json(doc)
    item_code = first_code(
        doc,
        "roadmap_item",
        "id IN (SELECT item_id FROM alignment_link) AND id IN (SELECT item_id FROM demand)",
    )
    item_id = rid(doc, "item", item_code)
    summary = plan_delete(doc.session, "item", item_id).summary()
    doc.session.rollback()
    assert summary.startswith(f"Deletes roadmap item {item_code}")
    assert "alignment link" in summary and "team demand" in summary
    undo = doc.execute(DeleteRecord("item", item_id))
    after = as_json(doc)
    assert not any(link["item"] == item_code for link in after["links"])
    assert not any(d["item"] == item_code for d in after["demands"])
    doc.execute(undo)
    assert as_json(doc) == before


def test_delete_person_clears_references_and_undo_restores_them(doc: PlanDocument) -> None:
    before = as_json(doc)
    sponsor = next(i["sponsor"] for i in before["items"] if i["sponsor"])
    undo = doc.execute(DeleteRecord("person", rid(doc, "person", sponsor)))
    assert not any(i["sponsor"] == sponsor for i in as_json(doc)["items"])
    doc.execute(undo)
    assert as_json(doc) == before


def test_objective_with_children_is_refused_without_force(doc: PlanDocument) -> None:
    theme = next(o for o in as_json(doc)["objectives"] if o["parent"] is None)
    before = as_json(doc)
    with pytest.raises(CommandError, match="sub-objective"):
        doc.execute(DeleteRecord("objective", rid(doc, "objective", theme["code"])))
    assert as_json(doc) == before
    undo = doc.execute(DeleteRecord("objective", rid(doc, "objective", theme["code"]), force=True))
    after = as_json(doc)
    assert not any(o["parent"] == theme["code"] for o in after["objectives"])
    doc.execute(undo)
    assert as_json(doc) == before


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        (
            "item",
            {"code": "X1", "title": "X", "start": "2027-Q3", "end": "2027-Q1"},
            "end 2027-Q1 is before start 2027-Q3",
        ),
        ("item", {"code": "X1", "title": "X", "start": "2027-Q3"}, "give both start and end"),
        ("item", {"code": "X1", "title": "X", "capex": -5.0}, "capex can't be negative"),
        ("item", {"code": "X1", "title": "  "}, "a title is required"),
        ("item", {"code": " X1", "title": "X"}, "starts or ends with a space"),
        ("item", {"code": "X" * 33, "title": "X"}, "at most 32"),
        ("item", {"code": "X1", "title": "X", "status": "maybe"}, "'maybe' is not one of"),
        (
            "objective",
            {"code": "X1", "title": "X", "weight": 9},
            "weight must be a whole number from 1 to 5",
        ),
        ("team", {"code": "X1", "name": "X", "capacity": -1.0}, "capacity must be 0 or more"),
        ("kpi", {"code": "X1", "name": "X"}, "exactly one objective or one item"),
    ],
)
def test_invalid_records_are_refused_with_a_sentence(
    doc: PlanDocument, kind: str, values: dict[str, Any], message: str
) -> None:
    before = as_json(doc)
    with pytest.raises(CommandError) as info:
        doc.execute(CreateRecord(kind, values))
    assert message in str(info.value)
    assert as_json(doc) == before


def test_duplicate_code_and_unknown_reference(doc: PlanDocument) -> None:
    code = first_code(doc, "roadmap_item")
    with pytest.raises(CommandError, match=f"The code {code} is already used"):
        doc.execute(CreateRecord("item", {"code": code, "title": "Copy"}))
    with pytest.raises(CommandError, match="its sponsor does not exist"):
        doc.execute(CreateRecord("item", {"code": "Z9", "title": "Z", "sponsor_id": 99999}))


def test_dependency_cycle_is_refused_with_its_path(doc: PlanDocument) -> None:
    ids = []
    for code in ("C1", "C2", "C3"):
        command = CreateRecord("item", {"code": code, "title": code})
        doc.execute(command)
        ids.append(command.record_id)
    doc.execute(CreateRecord("dependency", {"before_id": ids[0], "after_id": ids[1]}))
    doc.execute(CreateRecord("dependency", {"before_id": ids[1], "after_id": ids[2]}))
    with pytest.raises(CommandError, match="C3 → C1 → C2 → C3"):
        doc.execute(CreateRecord("dependency", {"before_id": ids[2], "after_id": ids[0]}))
    with pytest.raises(CommandError, match="can't depend on itself"):
        doc.execute(CreateRecord("dependency", {"before_id": ids[0], "after_id": ids[0]}))


def test_objective_parent_cycle_is_refused(doc: PlanDocument) -> None:
    theme = next(o for o in as_json(doc)["objectives"] if o["parent"] is None)
    child = next(o for o in as_json(doc)["objectives"] if o["parent"] == theme["code"])
    with pytest.raises(CommandError, match="already one of its own sub-objectives"):
        doc.execute(
            UpdateRecord(
                "objective",
                rid(doc, "objective", theme["code"]),
                {"parent_id": rid(doc, "objective", child["code"])},
            )
        )


def test_set_link_create_change_remove_and_undo(doc: PlanDocument) -> None:
    obj = rid(doc, "objective", first_code(doc, "objective"))
    item = doc.execute(CreateRecord("item", {"code": "L1", "title": "Link me"}))
    item_id = rid(doc, "item", "L1")
    del item
    before = as_json(doc)
    link = SetLink(obj, item_id, 2, "Feeds the loyalty data")
    undo = doc.execute(link)
    assert link.label.startswith("Link L1 to")
    stronger = doc.execute(SetLink(obj, item_id, 3))
    links = [x for x in as_json(doc)["links"] if x["item"] == "L1"]
    assert links[0]["strength"] == 3 and links[0]["rationale"] == "Feeds the loyalty data"
    doc.execute(stronger)
    doc.execute(undo)
    assert as_json(doc) == before
    with pytest.raises(CommandError, match="0 \\(none\\), 1, 2 or 3"):
        doc.execute(SetLink(obj, item_id, 4))


def test_macro_is_one_step_and_fails_whole(doc: PlanDocument) -> None:
    before = as_json(doc)
    good = CreateRecord("team", {"code": "M1", "name": "Macro team", "capacity": 3.0})
    bad = CreateRecord("team", {"code": "M1", "name": "Duplicate", "capacity": 3.0})
    with pytest.raises(CommandError):
        doc.execute(Macro("Add two teams", [good, bad]))
    assert as_json(doc) == before
    undo = doc.execute(
        Macro("Add a team and rename plan", [good, UpdateSettings({"title": "Renamed"})])
    )
    assert as_json(doc)["plan"]["title"] == "Renamed"
    doc.execute(undo)
    assert as_json(doc) == before


def test_settings_rules(doc: PlanDocument) -> None:
    with pytest.raises(CommandError, match="1 to 40 quarters"):
        doc.execute(UpdateSettings({"quarters": 41}))
    with pytest.raises(CommandError, match="plan title is required"):
        doc.execute(UpdateSettings({"title": ""}))


def test_listeners_hear_each_change(doc: PlanDocument) -> None:
    heard = []
    doc.add_listener(heard.append)
    doc.execute(CreateRecord("team", {"code": "H1", "name": "Heard", "capacity": 1.0}))
    assert heard[-1].kinds == frozenset({"team"})
    assert heard[-1].label == "Add team Heard"
    with pytest.raises(CommandError):
        doc.execute(CreateRecord("team", {"code": "H1", "name": "Again", "capacity": 1.0}))
    assert len(heard) == 1
