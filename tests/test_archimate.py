"""ArchiMate exchange format: output valid against the Open Group XSDs, exact round trip, other
tools' models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from stratplanner.cli.main import main
from stratplanner.commands import UpdateRecord
from stratplanner.io.archimate import ELEMENTS, archimate_bytes, export_archimate, present
from stratplanner.io.archimate_read import import_archimate, read_archimate
from stratplanner.io.plan_json import RECORD_FIELDS, plan_to_dict
from stratplanner.io.xml_safety import XmlFileError
from stratplanner.snapshot import load_snapshot
from stratplanner.store import open_plan

SCHEMAS = Path(__file__).parent / "data" / "archimate"
FIXTURE = Path(__file__).parent / "fixtures" / "archimate" / "other-tool-model.xml"
WRAPPER = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.opengroup.org/xsd/archimate/3.0/"
             schemaLocation="archimate3_Diagram.xsd"/>
  <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="dc.xsd"/>
</xs:schema>
"""
COLLECTIONS = (
    "business_units",
    "people",
    "objectives",
    "teams",
    "items",
    "links",
    "demands",
    "dependencies",
    *[
        c
        for c in (
            "processes",
            "applications",
            "enablements",
            "application_changes",
            "process_changes",
        )
        if c in RECORD_FIELDS
    ],
)
#: The partnership issue's process lens (plan format 4): processes and applications travel too.
PROCESS_LENS = all(present(spec) for spec in ELEMENTS if spec.kind in ("process", "application"))


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema:
    """The Open Group 3.1 schemas, with xml.xsd pointed at the local copy (no network)."""
    folder = tmp_path_factory.mktemp("xsd")
    for source in SCHEMAS.glob("*.xsd"):
        text = source.read_text(encoding="utf-8")
        if source.name in ("archimate3_Model.xsd", "dc.xsd"):
            text = text.replace(
                'schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="xml.xsd"'
            )
            text = text.replace(
                'schemaLocation="http://www.w3.org/2001/03/xml.xsd"', 'schemaLocation="xml.xsd"'
            )
        (folder / source.name).write_text(text, encoding="utf-8")
    (folder / "wrapper.xsd").write_text(WRAPPER, encoding="utf-8")
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(folder / "wrapper.xsd"), parser))


def assert_valid(schema: etree.XMLSchema, data: bytes) -> None:
    doc = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    ok = schema.validate(etree.ElementTree(doc))
    assert ok, str(schema.error_log)


def snapshot(plan: Path) -> Any:
    with open_plan(plan, read_only=True) as doc:
        return load_snapshot(doc.session)


def canonical(doc: dict[str, Any], collection: str) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in doc[collection])


def test_the_schema_check_itself_rejects_broken_models(
    schema: etree.XMLSchema, sample_plan: Path
) -> None:
    data = archimate_bytes(snapshot(sample_plan))
    assert_valid(schema, data)
    broken = data.replace(b'target="id-objective-1"', b'target="id-no-such-element"', 1)
    assert not schema.validate(etree.ElementTree(etree.fromstring(broken)))
    unknown = data.replace(b'xsi:type="WorkPackage"', b'xsi:type="Project"', 1)
    assert not schema.validate(etree.ElementTree(etree.fromstring(unknown)))


@pytest.mark.parametrize("themes", ["goal", "driver"])
def test_export_validates_against_the_open_group_schemas(
    schema: etree.XMLSchema, sample_plan: Path, themes: str
) -> None:
    with open_plan(sample_plan) as doc:
        item = load_snapshot(doc.session).items[0]
        doc.execute(
            UpdateRecord(
                "item", item.id, {"title": 'R&D <budget> "quoted" \x01 ✓', "description": "a\nb"}
            )
        )
    snap = snapshot(sample_plan)
    data = archimate_bytes(snap, themes_as=themes)
    assert_valid(schema, data)
    root = etree.fromstring(data)
    types = [
        e.get("{http://www.w3.org/2001/XMLSchema-instance}type") for e in root.iter("{*}element")
    ]
    assert types.count("WorkPackage") == len(snap.items)
    assert types.count("BusinessActor") == len(snap.business_units) + len(snap.people) + len(
        snap.teams
    )
    themes_count = sum(1 for o in snap.objectives if snap.is_theme(o.id))
    if themes == "driver":
        assert (
            types.count("Driver") == themes_count
            and types.count("Goal") == len(snap.objectives) - themes_count
        )
    else:
        assert types.count("Goal") == len(snap.objectives)
    rel_types = [
        e.get("{http://www.w3.org/2001/XMLSchema-instance}type")
        for e in root.iter("{*}relationship")
    ]
    strong = sum(1 for link in snap.links if link.strength == 3)
    changes = len(getattr(snap, "application_changes", ())) + len(
        getattr(snap, "process_changes", ())
    )
    assert rel_types.count("Realization") == strong + changes
    assert rel_types.count("Serving") == len(getattr(snap, "enablements", ()))
    assert types.count("BusinessProcess") == len(getattr(snap, "processes", ()))
    assert types.count("ApplicationComponent") == len(getattr(snap, "applications", ()))
    assert rel_types.count("Triggering") == len(snap.dependencies)
    assert rel_types.count("Assignment") == len(snap.demands)
    assert b'R&amp;D &lt;budget&gt; "quoted"  \xe2\x9c\x93' in data


@pytest.mark.parametrize("themes", ["goal", "driver"])
def test_round_trip_gives_the_same_plan(sample_plan: Path, tmp_path: Path, themes: str) -> None:
    original = plan_to_dict(snapshot(sample_plan))
    xml_path = export_archimate(snapshot(sample_plan), tmp_path / "model.xml", themes_as=themes)
    plan, read = import_archimate(xml_path, tmp_path / "back.stratplan")
    assert not read.skipped_elements and not read.skipped_relationships and not read.notes
    back = plan_to_dict(snapshot(plan))
    assert back["plan"] == original["plan"]
    for collection in COLLECTIONS:
        assert canonical(back, collection) == canonical(original, collection), collection


def test_a_model_from_another_tool_imports_what_we_use_and_lists_the_rest(
    schema: etree.XMLSchema, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "model.xml"
    shutil.copyfile(FIXTURE, source)
    assert_valid(schema, source.read_bytes())
    read = read_archimate(source)
    if PROCESS_LENS:  # business processes and applications are part of the plan
        assert dict(read.skipped_elements) == {"Outcome": 1, "Deliverable": 1, "Plateau": 1}
        assert dict(read.skipped_relationships) == {
            "Realization": 2,
            "Association": 1,
            "Composition": 1,
        }
        assert {a["name"] for a in read.document["applications"]} == {"Legacy CRM", "SaaS CRM"}
        codes = {a["name"]: a["code"] for a in read.document["applications"]}
        process = read.document["processes"][0]
        assert process["name"] == "Sell to customer"
        assert read.document["enablements"] == [
            {"application": codes["SaaS CRM"], "process": process["code"]}
        ]
    else:
        assert dict(read.skipped_elements) == {
            "ApplicationComponent": 2,
            "Outcome": 1,
            "BusinessProcess": 1,
            "Deliverable": 1,
            "Plateau": 1,
        }
        assert dict(read.skipped_relationships) == {
            "Realization": 2,
            "Association": 1,
            "Serving": 1,
            "Composition": 1,
        }
    code = main(["import", "archimate", str(source), "-o", str(tmp_path / "ea.stratplan")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "elements of types we don't use (" in out and "Outcome 1" in out
    doc = plan_to_dict(snapshot(tmp_path / "ea.stratplan"))
    assert doc["plan"]["title"] == "Contoso Enterprise Architecture"
    objectives = {o["title"]: o for o in doc["objectives"]}
    assert set(objectives) == {
        "Increase customer satisfaction",
        "Reduce cost to serve",
        "Serve customers digitally first",
        "Digital-first customers",
    }
    assert (
        objectives["Serve customers digitally first"]["parent"]
        == objectives["Digital-first customers"]["code"]
    )
    items = {i["title"]: i for i in doc["items"]}
    assert set(items) == {"CRM replacement", "Self-service portal", "Decommission legacy CRM"}
    jane = next(p for p in doc["people"] if p["name"] == "Jane Doe")
    assert items["CRM replacement"]["sponsor"] == jane["code"]
    assert jane["business_unit"] == doc["business_units"][0]["code"]
    strengths = {(link["objective"], link["item"]): link["strength"] for link in doc["links"]}
    crm = items["CRM replacement"]["code"]
    assert strengths[(objectives["Increase customer satisfaction"]["code"], crm)] == 3
    assert strengths[(objectives["Reduce cost to serve"]["code"], crm)] == 1
    assert doc["dependencies"] == [
        {"before": crm, "after": items["Decommission legacy CRM"]["code"]}
    ]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE model [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"
       identifier="id-1"><name>&lol3;</name></model>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE model [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"
       identifier="id-1"><name>&secret;</name></model>
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "declares a DTD"),
        (XXE, "declares a DTD"),
        (
            '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"><name>cut off',
            "not well-formed XML",
        ),
        (
            "<Project xmlns='http://schemas.microsoft.com/project'/>",
            "not an ArchiMate exchange file",
        ),
        ("code,title\nA,B\n", "not well-formed XML"),
    ],
)
def test_hostile_or_wrong_files_are_refused_and_create_nothing(
    tmp_path: Path, text: str, message: str
) -> None:
    source = tmp_path / "model.xml"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "new.stratplan"
    with pytest.raises(XmlFileError, match=message):
        import_archimate(source, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["model.xml"]


def test_cli_export_and_refusal(
    sample_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "export",
            "archimate",
            str(sample_plan),
            "-o",
            str(tmp_path / "m.xml"),
            "--themes",
            "driver",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and "goals" in out, err
    (tmp_path / "bad.xml").write_text(XXE, encoding="utf-8")
    code = main(
        ["import", "archimate", str(tmp_path / "bad.xml"), "-o", str(tmp_path / "n.stratplan")]
    )
    _out, err = capsys.readouterr()
    assert code == 1 and "declares a DTD" in err and "Traceback" not in err


def test_deeply_nested_elements_are_refused_quickly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22: 200,000 nested elements took 113 s; nesting deeper than 200 is one sentence."""
    from stratplanner.io.xml_safety import MAX_XML_DEPTH

    head = '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="id-1">'
    for depth in (MAX_XML_DEPTH, 200_000):  # the root plus `depth` nested elements
        source = tmp_path / "deep.xml"
        source.write_text(head + "<a>" * depth + "</a>" * depth + "</model>", encoding="utf-8")
        target = tmp_path / "new.stratplan"
        code = main(["import", "archimate", str(source), "-o", str(target)])
        _out, err = capsys.readouterr()
        assert code == 1, err
        assert f"nests elements more than {MAX_XML_DEPTH} deep" in err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert not target.exists()
