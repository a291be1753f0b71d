"""ArchiMate Model Exchange File Format 3.x (The Open Group): export.

Objectives are Goals (themes Goals or Drivers), items Work Packages, business
units, people and teams Business Actors, and — when the plan has the process
lens — business processes Business Processes and applications Application
Components. An item serves an objective by Realization (strong) or Influence
("+" weak, "++" moderate); sub-objectives hang from their theme by Aggregation
(Influence from a Driver), sub-processes from their process by Composition;
people belong to business units by Aggregation; teams are Assigned to work
packages (demands); dependencies are Triggering; applications Serve
processes; an item Realizes the processes and applications it changes. Every
other reference (owner, sponsor, champion, IT owner, business unit, …) is an
Association named after the field. Fields with no ArchiMate equivalent are
properties "StratPlanner <field>", so our own files read back exactly
(``archimate_read`` reads them). The output validates against the Open Group 3.1 schemas.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from stratplanner.io.atomic import write_bytes_atomically
from stratplanner.io.plan_json import RECORD_FIELDS
from stratplanner.io.xml_safety import xml_bytes, xml_text
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import Quarter
from stratplanner.snapshot.snapshot import PlanSnapshot

NS = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMA_LOCATION = f"{NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"
PREFIX = "StratPlanner "
#: The property naming which reference field an Association stands for.
FIELD_PROPERTY = "field"


@dataclass(frozen=True)
class ElementKind:
    """A kind of record exported as an ArchiMate element."""

    kind: str
    collection: str
    xsi_type: str
    marker: str  # our "kind" property value


@dataclass(frozen=True)
class RelationKind:
    """A kind of record exported as a relationship between two elements."""

    kind: str
    collection: str
    xsi_type: str
    source: str  # JSON key of the reference that is the relationship's source
    target: str


ELEMENTS = (
    ElementKind("business_unit", "business_units", "BusinessActor", "business unit"),
    ElementKind("person", "people", "BusinessActor", "person"),
    ElementKind("team", "teams", "BusinessActor", "team"),
    ElementKind("objective", "objectives", "Goal", "objective"),
    ElementKind("item", "items", "WorkPackage", "item"),
    ElementKind("process", "processes", "BusinessProcess", "process"),
    ElementKind("application", "applications", "ApplicationComponent", "application"),
)
RELATIONS = (
    RelationKind("demand", "demands", "Assignment", "team", "item"),
    RelationKind("dependency", "dependencies", "Triggering", "before", "after"),
    RelationKind("enablement", "enablements", "Serving", "application", "process"),
    RelationKind("application_change", "application_changes", "Realization", "item", "application"),
    RelationKind("process_change", "process_changes", "Realization", "item", "process"),
)
#: Parent references drawn as structure rather than associations: (kind, field) → type.
STRUCTURE = {
    ("person", "business_unit"): "Aggregation",
    ("objective", "parent"): "Aggregation",
    ("process", "parent"): "Composition",
}


def present(spec: ElementKind | RelationKind) -> bool:
    """Whether this build of the plan has the kind (the process lens arrives with plan format 4)."""
    return spec.kind in KINDS and spec.collection in RECORD_FIELDS


def scalar_fields(collection: str) -> list[tuple[str, str, str]]:
    """(json key, type, column) of fields that are not references, titles or descriptions."""
    return [
        (key, ftype, column)
        for key, ftype, _d, column in RECORD_FIELDS[collection]
        if not ftype.startswith("ref:") and ftype != "title" and key != "description"
    ]


def ref_fields(collection: str) -> list[tuple[str, str, str]]:
    """(json key, referenced kind, column) of a kind's references."""
    return [
        (key, ftype[4:], column)
        for key, ftype, _d, column in RECORD_FIELDS[collection]
        if ftype.startswith("ref:")
    ]


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


class _Writer:
    def __init__(self, lang: str = "en"):
        self.lang = lang
        self.elements: list[ET.Element] = []
        self.relationships: list[ET.Element] = []
        self.property_ids: dict[str, tuple[str, str]] = {}  # name → (identifier, type)
        self._rel = 0

    def prop_id(self, name: str, kind: str) -> str:
        if name not in self.property_ids:
            self.property_ids[name] = (f"propid-{len(self.property_ids) + 1}", kind)
        return self.property_ids[name][0]

    def text(self, parent: ET.Element, tag: str, text: str) -> None:
        sub = ET.SubElement(parent, _q(tag), {XML_LANG: self.lang})
        sub.text = xml_text(text)

    def properties(self, parent: ET.Element, props: dict[str, Any]) -> None:
        shown = {k: v for k, v in props.items() if v is not None and v != ""}
        if not shown:
            return
        container = ET.SubElement(parent, _q("properties"))
        for name, value in shown.items():
            if isinstance(value, bool):
                kind, text = "boolean", "true" if value else "false"
            elif isinstance(value, int | float):
                kind = "number"
                text = str(int(value)) if float(value).is_integer() else repr(float(value))
            elif isinstance(value, date | datetime):
                kind, text = "date", value.isoformat()
            else:
                kind, text = "string", str(value)
            ref = self.prop_id(PREFIX + name, kind)
            prop = ET.SubElement(container, _q("property"), {"propertyDefinitionRef": ref})
            self.text(prop, "value", text)

    def element(
        self, identifier: str, xsi_type: str, name: str, doc: str, props: dict[str, Any]
    ) -> None:
        elem = ET.Element(_q("element"), {"identifier": identifier, f"{{{XSI}}}type": xsi_type})
        self.text(elem, "name", name or "(no name)")
        if doc:
            self.text(elem, "documentation", doc)
        self.properties(elem, props)
        self.elements.append(elem)

    def relationship(
        self,
        xsi_type: str,
        source: str,
        target: str,
        *,
        name: str = "",
        doc: str = "",
        props: dict[str, Any] | None = None,
        modifier: str | None = None,
    ) -> None:
        self._rel += 1
        attrs = {
            "identifier": f"id-rel-{self._rel}",
            "source": source,
            "target": target,
            f"{{{XSI}}}type": xsi_type,
        }
        if modifier is not None:
            attrs["modifier"] = modifier
        rel = ET.Element(_q("relationship"), attrs)
        if name:
            self.text(rel, "name", name)
        if doc:
            self.text(rel, "documentation", doc)
        self.properties(rel, props or {})
        self.relationships.append(rel)


def _scalars(record: Any, collection: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, _ftype, column in scalar_fields(collection):
        value = getattr(record, column, None)
        out[key] = str(value) if isinstance(value, Quarter) else value
    return out


def archimate_bytes(snap: PlanSnapshot, *, themes_as: str = "goal") -> bytes:
    """The plan as an ArchiMate 3.1 exchange document."""
    if themes_as not in ("goal", "driver"):
        raise ValueError("themes_as must be 'goal' or 'driver'")
    w = _Writer()
    ident: dict[tuple[str, int], str] = {}
    xsi_type: dict[tuple[str, int], str] = {}
    elements = [spec for spec in ELEMENTS if present(spec)]
    for spec in elements:
        title = KINDS[spec.kind].title_field or "name"
        for record in getattr(snap, spec.collection, ()):
            element = (spec.kind, record.id)
            ident[element] = f"id-{spec.kind.replace('_', '-')}-{record.id}"
            kind_type, marker = spec.xsi_type, spec.marker
            if spec.kind == "objective" and snap.is_theme(record.id):
                marker = "theme"
                kind_type = "Driver" if themes_as == "driver" else "Goal"
            xsi_type[element] = kind_type
            props = {"kind": marker, **_scalars(record, spec.collection)}
            w.element(
                ident[element],
                kind_type,
                getattr(record, title, ""),
                getattr(record, "description", ""),
                props,
            )

    for spec in elements:
        for record in getattr(snap, spec.collection, ()):
            me = ident[(spec.kind, record.id)]
            for key, ref_kind, column in ref_fields(spec.collection):
                target_id = getattr(record, column, None)
                if target_id is None:
                    continue
                other = ident.get((ref_kind, target_id))
                if other is None:
                    continue
                structure = STRUCTURE.get((spec.kind, key))
                if structure is not None:
                    same = xsi_type[(ref_kind, target_id)] == xsi_type[(spec.kind, record.id)]
                    w.relationship(structure if same else "Influence", other, me)
                else:
                    label = key.replace("_", " ").replace("it ", "IT ")
                    w.relationship(
                        "Association", other, me, name=label, props={FIELD_PROPERTY: key}
                    )

    for link in snap.links:
        source, target = ident[("item", link.item_id)], ident[("objective", link.objective_id)]
        props = {"strength": link.strength}
        if link.strength == 3:
            w.relationship("Realization", source, target, doc=link.rationale, props=props)
        else:
            modifier = "+" if link.strength == 1 else "++"
            w.relationship(
                "Influence", source, target, doc=link.rationale, props=props, modifier=modifier
            )
    for rel in RELATIONS:
        if not present(rel):
            continue
        refs = {key: (ref_kind, column) for key, ref_kind, column in ref_fields(rel.collection)}
        for record in getattr(snap, rel.collection, ()):
            src_kind, src_col = refs[rel.source]
            tgt_kind, tgt_col = refs[rel.target]
            rel_source = ident.get((src_kind, getattr(record, src_col)))
            rel_target = ident.get((tgt_kind, getattr(record, tgt_col)))
            if rel_source is not None and rel_target is not None:
                w.relationship(
                    rel.xsi_type, rel_source, rel_target, props=_scalars(record, rel.collection)
                )

    root = ET.Element(
        _q("model"), {"identifier": "id-plan", f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION}
    )
    w.text(root, "name", snap.info.title)
    w.text(root, "documentation", "Exported from StratPlanner.")
    w.properties(
        root,
        {
            "organization": snap.info.organization,
            "currency": snap.info.currency,
            "start": str(snap.info.start),
            "quarters": snap.info.quarters,
        },
    )
    if w.elements:
        ET.SubElement(root, _q("elements")).extend(w.elements)
    if w.relationships:
        ET.SubElement(root, _q("relationships")).extend(w.relationships)
    if w.property_ids:
        defs = ET.SubElement(root, _q("propertyDefinitions"))
        for name, (identifier, kind) in w.property_ids.items():
            definition = ET.SubElement(
                defs, _q("propertyDefinition"), {"identifier": identifier, "type": kind}
            )
            w.text(definition, "name", name)
    return xml_bytes(root, {NS: "", XSI: "xsi"})


def export_archimate(
    snap: PlanSnapshot, target: str | os.PathLike[str], *, themes_as: str = "goal"
) -> Path:
    write_bytes_atomically(target, archimate_bytes(snap, themes_as=themes_as))
    return Path(target)


__all__ = [
    "ELEMENTS",
    "RELATIONS",
    "archimate_bytes",
    "export_archimate",
    "ref_fields",
    "scalar_fields",
]
