"""MS Project XML: the roadmap as a schedule MPXJ can read, real MS Project files as items, safe
parsing."""

from __future__ import annotations

import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from stratplanner.cli.main import main
from stratplanner.commands import UpdateRecord
from stratplanner.io.mspdi import FIELDS, mspdi_bytes
from stratplanner.io.mspdi_read import import_mspdi, read_mspdi
from stratplanner.io.plan_json import plan_to_dict
from stratplanner.io.xml_safety import XmlFileError
from stratplanner.model.values import Quarter
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

REAL = Path(__file__).parent / "data" / "mspdi" / "task-links-project2019-mspdi.xml"
NS = "{http://schemas.microsoft.com/project}"
ITEM_FIELDS = (
    "code",
    "title",
    "description",
    "category",
    "status",
    "start",
    "end",
    "capex",
    "opex",
    "annual_value",
    "value_statement",
    "risk",
)
OBJECTIVE_FIELDS = ("code", "title", "description", "parent", "weight", "target")


def snapshot(plan: Path) -> Any:
    with open_plan(plan, read_only=True) as doc:
        return load_snapshot(doc.session)


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9)
    return bool(a == b)


def pick(records: list[dict[str, Any]], keys: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    return {r[keys[0]]: {k: r.get(k) for k in keys} for r in records}


@pytest.fixture
def plan_with_extras(sample_plan: Path) -> Path:
    """The sample plan plus an unscheduled item and a title full of markup."""
    with open_plan(sample_plan) as doc:
        snap = load_snapshot(doc.session)
        doc.execute(UpdateRecord("item", snap.items[0].id, {"start": None, "end": None}))
        doc.execute(
            UpdateRecord(
                "item", snap.items[1].id, {"title": 'R&D <pilot> "x" ✓', "description": "a\nb & c"}
            )
        )
    return sample_plan


def test_round_trip_keeps_items_objectives_links_dependencies_teams_demands(
    plan_with_extras: Path, tmp_path: Path
) -> None:
    original = plan_to_dict(snapshot(plan_with_extras))
    xml_path = tmp_path / "roadmap.xml"
    xml_path.write_bytes(mspdi_bytes(snapshot(plan_with_extras)))
    plan, read = import_mspdi(xml_path, tmp_path / "back.stratplan")
    assert read.notes == []
    back = plan_to_dict(snapshot(plan))
    before_items, after_items = (
        pick(original["items"], ITEM_FIELDS),
        pick(back["items"], ITEM_FIELDS),
    )
    assert before_items.keys() == after_items.keys()
    for code, item in before_items.items():
        assert all(same(item[k], after_items[code][k]) for k in ITEM_FIELDS), code
    assert pick(original["objectives"], OBJECTIVE_FIELDS) == pick(
        back["objectives"], OBJECTIVE_FIELDS
    )
    for collection in ("links", "dependencies", "teams", "demands"):
        assert sorted(map(json.dumps, original[collection])) == sorted(
            map(json.dumps, back[collection])
        ), collection
    assert back["plan"]["title"] == original["plan"]["title"]


def test_structure_of_the_export(sample_plan: Path) -> None:
    snap = snapshot(sample_plan)
    root = ET.fromstring(mspdi_bytes(snap))
    assert root.tag == f"{NS}Project"
    aliases = {
        e.findtext(f"{NS}Alias")
        for e in root.iter(f"{NS}ExtendedAttribute")
        if e.find(f"{NS}Alias") is not None
    }
    assert {alias for _id, _name, alias in FIELDS.values()} <= aliases
    tasks = root.findall(f"{NS}Tasks/{NS}Task")
    uids = [int(t.findtext(f"{NS}UID")) for t in tasks]
    assert len(uids) == len(set(uids)) and uids[0] == 0
    assert len(tasks) == 1 + len(snap.objectives) + len(snap.items)
    by_uid = {int(t.findtext(f"{NS}UID")): t for t in tasks}
    levels: list[int] = []
    for task in tasks[1:]:
        level = int(task.findtext(f"{NS}OutlineLevel"))
        outline = task.findtext(f"{NS}OutlineNumber")
        assert outline.count(".") + 1 == level
        assert (
            levels == [] or level <= levels[-1] + 1
        )  # a task is at most one level below the one before
        levels.append(level)
        start = datetime.fromisoformat(task.findtext(f"{NS}Start"))
        finish = datetime.fromisoformat(task.findtext(f"{NS}Finish"))
        assert start <= finish and start.weekday() < 5 and finish.weekday() < 5
        if task.findtext(f"{NS}Summary") == "0" and task.findtext(f"{NS}Milestone") == "0":
            assert (start.hour, finish.hour) == (8, 17)
            assert (
                start.month in (1, 4, 7, 10) and start.day <= 3
            )  # the first working day of a quarter
        for link in task.findall(f"{NS}PredecessorLink"):
            assert link.findtext(f"{NS}Type") == "1"
            assert int(link.findtext(f"{NS}PredecessorUID")) in by_uid
    assert sum(len(t.findall(f"{NS}PredecessorLink")) for t in tasks) == len(snap.dependencies)
    resources = {
        int(r.findtext(f"{NS}UID")): r for r in root.findall(f"{NS}Resources/{NS}Resource")
    }
    assert {
        r.findtext(f"{NS}Code"): float(r.findtext(f"{NS}MaxUnits")) for r in resources.values()
    } == {t.code: t.capacity for t in snap.teams}
    assignments = root.findall(f"{NS}Assignments/{NS}Assignment")
    assert len(assignments) == len(snap.demands)
    for asg in assignments:
        assert (
            int(asg.findtext(f"{NS}TaskUID")) in by_uid
            and int(asg.findtext(f"{NS}ResourceUID")) in resources
        )


def test_real_ms_project_2019_file_imports_as_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / REAL.name
    shutil.copyfile(REAL, source)
    code = main(["import", "mspdi", str(source), "-o", str(tmp_path / "tl.stratplan")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 start-to-start link(s) were not imported" in out and "lag dropped" in out
    doc = plan_to_dict(snapshot(tmp_path / "tl.stratplan"))
    assert len(doc["items"]) == 16 and doc["objectives"] == []
    assert doc["plan"]["currency"] == "GBP" and doc["plan"]["start"] == "2018-Q4"
    assert {(i["code"], i["title"], i["start"], i["end"]) for i in doc["items"][:2]} == {
        ("1", "Task 1", "2018-Q4", "2018-Q4"),
        ("2", "Task 2", "2018-Q4", "2018-Q4"),
    }
    assert doc["dependencies"] == [{"before": str(n), "after": str(n + 1)} for n in (1, 3, 5, 7, 9)]


def test_unknown_elements_are_ignored(tmp_path: Path) -> None:
    text = REAL.read_text(encoding="utf-8")
    text = text.replace("<Tasks>", "<Gadgets><Gadget><Name>x</Name></Gadget></Gadgets>\n<Tasks>", 1)
    text = text.replace(
        "<Name>Task 1</Name>", "<Name>Task 1</Name><Sparkle level='9'>yes</Sparkle>"
    )
    source = tmp_path / "odd.xml"
    source.write_text(text, encoding="utf-8")
    read = read_mspdi(source)
    assert len(read.document["items"]) == 16 and len(read.document["dependencies"]) == 5


def test_summary_tasks_are_optional(sample_plan: Path, tmp_path: Path) -> None:
    foreign = mspdi_bytes(snapshot(sample_plan))
    root = ET.fromstring(foreign)
    attrs = root.find(f"{NS}ExtendedAttributes")
    root.remove(attrs)  # as another tool would write it: no StratPlanner fields
    for task in root.iter(f"{NS}Task"):
        for ext in task.findall(f"{NS}ExtendedAttribute"):
            task.remove(ext)
    path = tmp_path / "foreign.xml"
    path.write_bytes(ET.tostring(root))
    snap = snapshot(sample_plan)
    summaries = [
        t
        for t in root.iter(f"{NS}Task")
        if t.findtext(f"{NS}Summary") == "1" and t.findtext(f"{NS}UID") != "0"
    ]
    leaves = len(root.findall(f"{NS}Tasks/{NS}Task")) - len(summaries) - 1
    with_objectives = read_mspdi(path)
    # Without our custom fields, summary tasks are objectives and every other task an item
    # (an objective with nothing under it was written as a milestone, so it reads as an item).
    assert len(with_objectives.document["objectives"]) == len(summaries)
    assert len(with_objectives.document["items"]) == leaves >= len(snap.items)
    nested_leaves = [
        t
        for t in root.iter(f"{NS}Task")
        if t.findtext(f"{NS}Summary") == "0" and int(t.findtext(f"{NS}OutlineLevel")) > 1
    ]
    assert len(with_objectives.document["links"]) == len(nested_leaves)
    assert {link["rationale"] for link in with_objectives.document["links"]} == {
        "Grouped under this summary task in the project file."
    }
    without = read_mspdi(path, summaries_as_objectives=False)
    assert without.document["objectives"] == [] and without.document["links"] == []
    assert any(f"{len(summaries)} summary task(s) were not imported" in n for n in without.notes)
    assert len(without.document["items"]) == leaves


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&c;</Name></Project>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/hostname">]>
<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><Name>&x;</Name></Task></Tasks></Project>
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "declares a DTD"),
        (XXE, "declares a DTD"),
        (
            "<Project xmlns='http://schemas.microsoft.com/project'><Tasks><Task>",
            "not well-formed XML",
        ),
        ("<model xmlns='http://www.opengroup.org/xsd/archimate/3.0/'/>", "not an MS Project XML"),
        ("\x00\x01binary", "not well-formed XML"),
    ],
)
def test_hostile_or_wrong_files_are_refused_and_create_nothing(
    tmp_path: Path, text: str, message: str
) -> None:
    source = tmp_path / "p.xml"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(XmlFileError, match=message):
        import_mspdi(source, tmp_path / "new.stratplan")
    assert [p.name for p in tmp_path.iterdir()] == ["p.xml"]


MPXJ_READER = r"""
import json, sys
import jpype
import mpxj  # noqa: F401  (puts the MPXJ jars on the class path)
jpype.startJVM()
from org.mpxj.reader import UniversalProjectReader
project = UniversalProjectReader().read(sys.argv[1])
out = {"tasks": [], "resources": [], "assignments": []}
for t in project.getTasks():
    out["tasks"].append({
        "uid": int(t.getUniqueID()), "name": str(t.getName()), "summary": bool(t.getSummary()),
        "start": str(t.getStart()), "finish": str(t.getFinish()),
        "parent": int(t.getParentTask().getUniqueID()) if t.getParentTask() is not None else None,
        "fixed_cost": float(t.getFixedCost()) if t.getFixedCost() is not None else None,
        "code": str(t.getText(1)) if t.getText(1) is not None else None,
        "opex": float(t.getCost(1)) if t.getCost(1) is not None else None,
        "preds": [
            [int(r.getPredecessorTask().getUniqueID()), str(r.getType())]
            for r in t.getPredecessors()
        ],
    })
for r in project.getResources():
    out["resources"].append({
        "name": str(r.getName()), "code": str(r.getCode()), "max_units": float(r.getMaxUnits())
    })
for a in project.getResourceAssignments():
    out["assignments"].append(
        {"task": int(a.getTask().getUniqueID()), "units": float(a.getUnits())}
    )
print(json.dumps(out))
"""


def _mpxj_available() -> str | None:
    if shutil.which("java") is None:
        return "Java is not installed"
    # Only look: importing JPype here would load a JVM bridge into the test process.
    for package in ("jpype", "mpxj"):
        if importlib.util.find_spec(package) is None:
            return f"the {package} package is not installed"
    return None


def test_mpxj_an_independent_reader_reads_our_export(sample_plan: Path, tmp_path: Path) -> None:
    missing = _mpxj_available()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"MPXJ check can't run in CI: {missing}")
        pytest.skip(
            f"NOT CHECKED WITH AN INDEPENDENT READER: {missing} "
            "(pip install mpxj JPype1; needs Java 11+)"
        )
    snap = snapshot(sample_plan)
    path = tmp_path / "roadmap.xml"
    path.write_bytes(mspdi_bytes(snap))
    script = tmp_path / "read.py"
    script.write_text(MPXJ_READER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    tasks = {t["code"]: t for t in seen["tasks"] if t["code"] is not None}
    by_uid = {t["uid"]: t for t in seen["tasks"]}
    for item in snap.items:
        task = tasks[item.code]
        assert task["name"] == item.title and not task["summary"]
        assert task["fixed_cost"] == pytest.approx(item.capex) and task["opex"] == pytest.approx(
            item.opex
        )
        if item.start is not None:
            assert task["start"].startswith(
                f"{item.start.year}-{(item.start.number - 1) * 3 + 1:02d}"
            )
        links = snap.links_by_item.get(item.id, [])
        parent = by_uid[task["parent"]] if task["parent"] is not None else None
        if links:
            strongest = max(links, key=lambda link: (link.strength, -link.objective_id))
            assert (
                parent is not None
                and parent["code"] == snap.objective_by_id[strongest.objective_id].code
            )
    for objective in snap.objectives:
        assert tasks[objective.code]["name"] == objective.title
    preds = {(by_uid[p[0]]["code"], t["code"], p[1]) for t in seen["tasks"] for p in t["preds"]}
    codes = {i.id: i.code for i in snap.items}
    assert preds == {(codes[d.before_id], codes[d.after_id], "FS") for d in snap.dependencies}
    assert {r["code"]: r["max_units"] for r in seen["resources"] if r["code"] != "None"} == {
        t.code: t.capacity * 100 for t in snap.teams
    }
    assert sorted(a["units"] for a in seen["assignments"]) == sorted(
        d.fte * 100 for d in snap.demands
    )


def test_cli_export(sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "mspdi", str(sample_plan), "-o", str(tmp_path / "r.xml")])
    out, err = capsys.readouterr()
    assert code == 0 and "items as tasks" in out, err
    code = main(["export", "mspdi", str(sample_plan), "-o", str(tmp_path / "r.mpp")])
    _out, err = capsys.readouterr()
    assert code == 1 and "should end in .xml" in err
    read = read_mspdi(tmp_path / "r.xml")
    assert str(Quarter.parse(read.document["plan"]["start"])) == read.document["plan"]["start"]


def test_deeply_nested_elements_are_refused_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22: 200,000 nested elements took 23 s; nesting deeper than 200 is one sentence."""
    from stratplanner.io.xml_safety import MAX_XML_DEPTH

    head = '<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task>'
    for depth in (MAX_XML_DEPTH, 200_000):
        source = tmp_path / "deep.xml"
        source.write_text(
            head + "<x>" * depth + "</x>" * depth + "</Task></Tasks></Project>", encoding="utf-8"
        )
        target = tmp_path / "new.stratplan"
        code = main(["import", "mspdi", str(source), "-o", str(target)])
        _out, err = capsys.readouterr()
        assert code == 1, err
        assert f"nests elements more than {MAX_XML_DEPTH} deep" in err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert not target.exists()
