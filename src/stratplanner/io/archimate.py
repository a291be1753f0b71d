"""ArchiMate Model Exchange File Format 3.x (The Open Group): export and import.

Export: objectives are Goals (themes Goals or Drivers), items Work Packages,
business units, people and teams Business Actors; an item serves an objective
by Realization (strong) or Influence ("+" weak, "++" moderate); sub-objectives
hang from their theme by Aggregation (or Influence from a Driver); people
belong to business units by Aggregation; owners, sponsors, champions and IT
owners are named Associations; teams are Assigned to work packages (demands);
dependencies are Triggering relationships. Every field with no ArchiMate
equivalent is a property "StratPlanner <field>", so our own files read back
exactly. The output validates against the Open Group 3.1 schemas.

Import: Goals and Drivers become objectives, Work Packages items, Business
Actors people (business units when they aggregate other actors or say so),
and the relationships above what they mean here; every other element and
relationship type is skipped and counted. Parsing refuses DTDs and entities.
"""

from __future__ import annotations

import contextlib
import os
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stratplanner.io.atomic import write_bytes_atomically
from stratplanner.io.plan_json import (
    _ENUMS,
    RECORD_FIELDS,
    create_plan_from_parsed,
    parse_plan_dict,
)
from stratplanner.io.table_import import code_for_name
from stratplanner.io.xml_safety import (
    child,
    child_text,
    children,
    iter_elements,
    local,
    xml_bytes,
    xml_text,
)
from stratplanner.model.rules import check_code
from stratplanner.model.values import MAX_HORIZON, Quarter, QuarterError
from stratplanner.snapshot.snapshot import PlanSnapshot

NS = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMA_LOCATION = f"{NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"
WHAT = "an ArchiMate exchange file"
PREFIX = "StratPlanner "
ROLE_NAMES = {"sponsor": "sponsor", "champion": "champion", "it_owner": "IT owner"}
_ROLE_BY_NAME = {v.casefold(): k for k, v in ROLE_NAMES.items()}

ET.register_namespace("", NS)
ET.register_namespace("xsi", XSI)


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


# -- export ----------------------------------------------------------------------------


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

    def _text(self, parent: ET.Element, tag: str, text: str) -> None:
        sub = ET.SubElement(parent, _q(tag), {XML_LANG: self.lang})
        sub.text = xml_text(text)

    def _properties(self, parent: ET.Element, props: dict[str, Any]) -> None:
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
            else:
                kind, text = "string", str(value)
            prop = ET.SubElement(
                container,
                _q("property"),
                {"propertyDefinitionRef": self.prop_id(PREFIX + name, kind)},
            )
            self._text(prop, "value", text)

    def element(
        self, identifier: str, xsi_type: str, name: str, doc: str, props: dict[str, Any]
    ) -> None:
        elem = ET.Element(_q("element"), {"identifier": identifier, f"{{{XSI}}}type": xsi_type})
        self._text(elem, "name", name or "(no name)")
        if doc:
            self._text(elem, "documentation", doc)
        self._properties(elem, props)
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
            self._text(rel, "name", name)
        if doc:
            self._text(rel, "documentation", doc)
        self._properties(rel, props or {})
        self.relationships.append(rel)


def _scalar_fields(collection: str) -> list[tuple[str, str, str]]:
    """(json key, type, column) of a kind's fields that are not references, titles or descriptions."""
    return [
        (key, ftype, column)
        for key, ftype, _d, column in RECORD_FIELDS[collection]
        if not ftype.startswith("ref:") and ftype != "title" and key != "description"
    ]


def _props(record: Any, collection: str, kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": kind}
    for key, _ftype, column in _scalar_fields(collection):
        value = getattr(record, column, None)
        if isinstance(value, Quarter):
            value = str(value)
        out[key] = value
    return out


def archimate_bytes(snap: PlanSnapshot, *, themes_as: str = "goal") -> bytes:
    """The plan as an ArchiMate 3.1 exchange document."""
    if themes_as not in ("goal", "driver"):
        raise ValueError("themes_as must be 'goal' or 'driver'")
    w = _Writer()
    ident: dict[tuple[str, int], str] = {}
    for bu in snap.business_units:
        ident[("business_unit", bu.id)] = f"id-bu-{bu.id}"
        w.element(
            f"id-bu-{bu.id}",
            "BusinessActor",
            bu.name,
            "",
            _props(bu, "business_units", "business unit"),
        )
    for person in snap.people:
        ident[("person", person.id)] = f"id-person-{person.id}"
        w.element(
            f"id-person-{person.id}",
            "BusinessActor",
            person.name,
            "",
            _props(person, "people", "person"),
        )
    for team in snap.teams:
        ident[("team", team.id)] = f"id-team-{team.id}"
        w.element(
            f"id-team-{team.id}", "BusinessActor", team.name, "", _props(team, "teams", "team")
        )
    types: dict[int, str] = {}
    for objective in snap.objectives:
        theme = snap.is_theme(objective.id)
        types[objective.id] = "Driver" if theme and themes_as == "driver" else "Goal"
        ident[("objective", objective.id)] = f"id-objective-{objective.id}"
        w.element(
            f"id-objective-{objective.id}",
            types[objective.id],
            objective.title,
            objective.description,
            _props(objective, "objectives", "theme" if theme else "objective"),
        )
    for item in snap.items:
        ident[("item", item.id)] = f"id-item-{item.id}"
        w.element(
            f"id-item-{item.id}",
            "WorkPackage",
            item.title,
            item.description,
            _props(item, "items", "item"),
        )

    for person in snap.people:
        if person.business_unit_id is not None:
            w.relationship(
                "Aggregation",
                ident[("business_unit", person.business_unit_id)],
                ident[("person", person.id)],
            )
    for objective in snap.objectives:
        me = ident[("objective", objective.id)]
        if objective.parent_id is not None:
            parent = ident[("objective", objective.parent_id)]
            same = types[objective.parent_id] == types[objective.id]
            w.relationship("Aggregation" if same else "Influence", parent, me)
        if objective.owner_id is not None:
            w.relationship("Association", ident[("person", objective.owner_id)], me, name="owner")
        if objective.business_unit_id is not None:
            w.relationship(
                "Association",
                ident[("business_unit", objective.business_unit_id)],
                me,
                name="business unit",
            )
    for item in snap.items:
        me = ident[("item", item.id)]
        for role, label in ROLE_NAMES.items():
            person_id = getattr(item, f"{role}_id")
            if person_id is not None:
                w.relationship("Association", ident[("person", person_id)], me, name=label)
        if item.business_unit_id is not None:
            w.relationship(
                "Association",
                ident[("business_unit", item.business_unit_id)],
                me,
                name="business unit",
            )
    for link in snap.links:
        source, target = ident[("item", link.item_id)], ident[("objective", link.objective_id)]
        props = {"strength": link.strength}
        if link.strength == 3:
            w.relationship("Realization", source, target, doc=link.rationale, props=props)
        else:
            w.relationship(
                "Influence",
                source,
                target,
                doc=link.rationale,
                props=props,
                modifier="+" if link.strength == 1 else "++",
            )
    for demand in snap.demands:
        w.relationship(
            "Assignment",
            ident[("team", demand.team_id)],
            ident[("item", demand.item_id)],
            props={"fte": demand.fte},
        )
    for dep in snap.dependencies:
        w.relationship("Triggering", ident[("item", dep.before_id)], ident[("item", dep.after_id)])

    root = ET.Element(
        _q("model"), {"identifier": "id-plan", f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION}
    )
    w._text(root, "name", snap.info.title)
    w._text(root, "documentation", "Exported from StratPlanner.")
    w._properties(
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
            w._text(definition, "name", name)
    return xml_bytes(root, {NS: "", XSI: "xsi"})


def export_archimate(
    snap: PlanSnapshot, target: str | os.PathLike[str], *, themes_as: str = "goal"
) -> Path:
    write_bytes_atomically(target, archimate_bytes(snap, themes_as=themes_as))
    return Path(target)


# -- import ----------------------------------------------------------------------------

_OBJECTIVE_TYPES = {"Goal", "Driver"}
_ACTOR_TYPES = {"BusinessActor"}
_ITEM_TYPES = {"WorkPackage"}


@dataclass
class ArchimateImport:
    """A model read as a plan document (JSON interchange shape), with what was skipped."""

    document: dict[str, Any]
    skipped_elements: Counter[str]
    skipped_relationships: Counter[str]
    notes: list[str]

    def summary(self) -> str:
        doc = self.document
        parts = [
            f"{len(doc['objectives'])} objectives",
            f"{len(doc['items'])} items",
            f"{len(doc['links'])} links",
            f"{len(doc['business_units'])} business units",
            f"{len(doc['people'])} people",
            f"{len(doc['teams'])} teams",
            f"{len(doc['demands'])} demands",
            f"{len(doc['dependencies'])} dependencies",
        ]
        text = "Read " + ", ".join(parts) + "."
        if self.skipped_elements:
            shown = ", ".join(f"{t} {n}" for t, n in self.skipped_elements.most_common())
            text += f" Skipped {sum(self.skipped_elements.values())} elements of types we don't use ({shown})."
        if self.skipped_relationships:
            shown = ", ".join(f"{t} {n}" for t, n in self.skipped_relationships.most_common())
            text += f" Skipped {sum(self.skipped_relationships.values())} relationships ({shown})."
        return text


def _first_text(elem: ET.Element, name: str) -> str:
    """The first (preferably English or untagged) text of a multi-language child."""
    options = children(elem, name)
    if not options:
        return ""
    for option in options:
        lang = option.get(XML_LANG, "")
        if lang in ("", "en") or lang.startswith("en-"):
            return (option.text or "").strip()
    return (options[0].text or "").strip()


def _xsi_type(elem: ET.Element) -> str:
    value = elem.get(f"{{{XSI}}}type") or ""
    return value.rsplit(":", 1)[-1]


def read_archimate(path: str | os.PathLike[str]) -> ArchimateImport:
    """Read an exchange file into a plan document (not yet validated) and a summary of what was skipped."""
    elements: dict[str, dict[str, Any]] = {}
    relationships: list[dict[str, Any]] = []
    prop_names: dict[str, str] = {}
    model: dict[str, Any] = {"name": "", "props": {}}

    def wanted(key: tuple[str, ...]) -> bool:
        return key in (
            ("model", "name"),
            ("model", "properties"),
            ("model", "elements", "element"),
            ("model", "relationships", "relationship"),
            ("model", "propertyDefinitions", "propertyDefinition"),
            ("model", "views"),
            ("model", "organizations"),
            ("model", "metadata"),
        )

    def properties(elem: ET.Element) -> dict[str, str]:
        container = child(elem, "properties")
        out: dict[str, str] = {}
        if container is None:
            return out
        for prop in children(container, "property"):
            out[prop.get("propertyDefinitionRef", "")] = _first_text(prop, "value")
        return out

    for key, elem in iter_elements(path, wanted, root="model", what=WHAT):
        name = key[-1]
        if key == ("model", "name") and not model["name"]:
            model["name"] = (elem.text or "").strip()
        elif key == ("model", "properties"):
            holder = ET.Element("x")
            holder.append(elem)
            model["props"] = properties(holder)
        elif name == "element":
            identifier = elem.get("identifier", "")
            elements[identifier] = {
                "type": _xsi_type(elem),
                "name": _first_text(elem, "name"),
                "doc": _first_text(elem, "documentation"),
                "props": properties(elem),
            }
        elif name == "relationship":
            relationships.append(
                {
                    "type": _xsi_type(elem),
                    "source": elem.get("source", ""),
                    "target": elem.get("target", ""),
                    "modifier": elem.get("modifier"),
                    "name": _first_text(elem, "name"),
                    "doc": _first_text(elem, "documentation"),
                    "props": properties(elem),
                }
            )
        elif name == "propertyDefinition":
            prop_names[elem.get("identifier", "")] = (
                _first_text(elem, "name") or child_text(elem, "name") or ""
            )
    return _build(Path(path), model, elements, relationships, prop_names)


def _ours(props: dict[str, str], prop_names: dict[str, str]) -> dict[str, str]:
    """Our 'StratPlanner <field>' properties, by field."""
    out = {}
    for ref, value in props.items():
        name = prop_names.get(ref, "")
        if name.startswith(PREFIX):
            out[name[len(PREFIX) :]] = value
    return out


def _typed(collection: str, values: dict[str, str], notes: list[str], what: str) -> dict[str, Any]:
    """Our property texts converted to the fields' JSON types; bad values are dropped with a note."""
    out: dict[str, Any] = {}
    for key, ftype, _column in _scalar_fields(collection):
        if key not in values or key == "code":
            continue
        text = values[key]
        try:
            if ftype in ("number", "opt_number"):
                out[key] = float(text)
            elif ftype == "int":
                out[key] = int(float(text))
            elif ftype == "bool":
                out[key] = text.strip().lower() in ("true", "1", "yes")
            elif ftype == "quarter":
                out[key] = str(Quarter.parse(text.strip())) if text.strip() else None
            elif ftype.startswith("enum:"):
                allowed = {m.value for m in _ENUMS[ftype[5:]]}
                if text not in allowed:
                    raise ValueError(text)
                out[key] = text
            elif ftype == "text":
                out[key] = text
        except (ValueError, QuarterError):
            notes.append(f"{what}: property {key} {text!r} can't be used; it was left out.")
    return out


def _build(
    path: Path,
    model: dict[str, Any],
    elements: dict[str, dict[str, Any]],
    relationships: list[dict[str, Any]],
    prop_names: dict[str, str],
) -> ArchimateImport:
    notes: list[str] = []
    skipped_elements: Counter[str] = Counter()
    skipped_relationships: Counter[str] = Counter()
    ours = {ident: _ours(e["props"], prop_names) for ident, e in elements.items()}

    actor_kind: dict[str, str] = {}
    aggregating = {
        r["source"]
        for r in relationships
        if r["type"] in ("Aggregation", "Composition")
        and elements.get(r["source"], {}).get("type") in _ACTOR_TYPES
        and elements.get(r["target"], {}).get("type") in _ACTOR_TYPES
    }
    for ident, e in elements.items():
        if e["type"] in _ACTOR_TYPES:
            kind = ours[ident].get("kind")
            if kind in ("business unit", "person", "team"):
                actor_kind[ident] = kind
            else:
                actor_kind[ident] = "business unit" if ident in aggregating else "person"
        elif e["type"] not in _OBJECTIVE_TYPES | _ITEM_TYPES:
            skipped_elements[e["type"] or "(untyped)"] += 1

    codes: dict[str, str] = {}
    taken: dict[str, set[str]] = defaultdict(set)
    numbering: dict[str, int] = defaultdict(int)

    def assign(ident: str, group: str, prefix: str | None) -> str:
        mine = ours[ident].get("code")
        if mine and check_code(mine) is None and mine.casefold() not in taken[group]:
            code = mine
        elif prefix is None:
            code = code_for_name(elements[ident]["name"] or "X", taken[group])
        else:
            while True:
                numbering[group] += 1
                code = f"{prefix}-{numbering[group]:03d}"
                if code.casefold() not in taken[group]:
                    break
        taken[group].add(code.casefold())
        codes[ident] = code
        return code

    by_kind: dict[str, list[str]] = defaultdict(list)
    for ident, e in elements.items():
        if e["type"] in _OBJECTIVE_TYPES:
            by_kind["objective"].append(ident)
        elif e["type"] in _ITEM_TYPES:
            by_kind["item"].append(ident)
        elif ident in actor_kind:
            by_kind[actor_kind[ident]].append(ident)
    for ident in by_kind["business unit"]:
        assign(ident, "business_unit", None)
    for ident in by_kind["person"]:
        assign(ident, "person", None)
    for ident in by_kind["team"]:
        assign(ident, "team", None)
    for ident in by_kind["objective"]:
        assign(ident, "objective", "G")
    for ident in by_kind["item"]:
        assign(ident, "item", "WP")

    def name_of(ident: str) -> str:
        return elements[ident]["name"] or f"(unnamed {elements[ident]['type']})"

    business_units = {i: {"code": codes[i], "name": name_of(i)} for i in by_kind["business unit"]}
    people = {
        i: {"code": codes[i], "name": name_of(i), **_typed("people", ours[i], notes, name_of(i))}
        for i in by_kind["person"]
    }
    teams = {
        i: {"code": codes[i], "name": name_of(i), **_typed("teams", ours[i], notes, name_of(i))}
        for i in by_kind["team"]
    }
    objectives = {
        i: {
            "code": codes[i],
            "title": name_of(i),
            "description": elements[i]["doc"],
            **_typed("objectives", ours[i], notes, name_of(i)),
        }
        for i in by_kind["objective"]
    }
    items = {
        i: {
            "code": codes[i],
            "title": name_of(i),
            "description": elements[i]["doc"],
            **_typed("items", ours[i], notes, name_of(i)),
        }
        for i in by_kind["item"]
    }
    for item in items.values():
        if (item.get("start") is None) != (item.get("end") is None):
            item["start"] = item["end"] = None

    links: dict[tuple[str, str], dict[str, Any]] = {}
    demands: dict[tuple[str, str], dict[str, Any]] = {}
    dependencies: list[dict[str, str]] = []
    parent_set: set[str] = set()

    def kind_of(ident: str) -> str | None:
        e = elements.get(ident)
        if e is None:
            return None
        if e["type"] in _OBJECTIVE_TYPES:
            return "objective"
        if e["type"] in _ITEM_TYPES:
            return "item"
        return actor_kind.get(ident)

    def set_parent(child_id: str, parent_id: str) -> bool:
        if child_id == parent_id or child_id in parent_set:
            return False
        objectives[child_id]["parent"] = codes[parent_id]
        parent_set.add(child_id)
        return True

    for rel in relationships:
        rtype, src, tgt = rel["type"], rel["source"], rel["target"]
        ks, kt = kind_of(src), kind_of(tgt)
        props = _ours(rel["props"], prop_names)
        used = False
        if (
            ks == "item"
            and kt == "objective"
            and rtype in ("Realization", "Influence", "Association")
        ):
            strength = {"Realization": 3, "Association": 1}.get(rtype, 2)
            if rtype == "Influence":
                strength = {"+": 1, "++": 2, "+++": 3}.get((rel["modifier"] or "").strip(), 2)
            with contextlib.suppress(ValueError):
                strength = int(float(props["strength"])) if "strength" in props else strength
            key = (codes[tgt], codes[src])
            if key not in links:
                links[key] = {
                    "objective": codes[tgt],
                    "item": codes[src],
                    "strength": min(max(strength, 1), 3),
                    "rationale": rel["doc"],
                }
            used = True
        elif ks == kt == "objective":
            if rtype in ("Aggregation", "Composition"):
                used = set_parent(tgt, src)
            elif rtype == "Influence":
                driver_src = elements[src]["type"] == "Driver" and elements[tgt]["type"] != "Driver"
                used = set_parent(tgt, src) if driver_src else set_parent(src, tgt)
            elif rtype == "Realization":
                used = set_parent(src, tgt)
        elif ks == "business unit" and kt == "person" and rtype in ("Aggregation", "Composition"):
            people[tgt].setdefault("business_unit", codes[src])
            used = True
        elif ks == "business unit" and kt in ("objective", "item") and rtype == "Association":
            (objectives if kt == "objective" else items)[tgt].setdefault(
                "business_unit", codes[src]
            )
            used = True
        elif ks == "person" and kt == "objective" and rtype == "Association":
            objectives[tgt].setdefault("owner", codes[src])
            used = True
        elif ks == "person" and kt == "item" and rtype == "Association":
            role = _ROLE_BY_NAME.get(rel["name"].casefold(), "sponsor")
            if items[tgt].get(role) is None:
                items[tgt][role] = codes[src]
                used = True
        elif ks == "team" and kt == "item" and rtype == "Assignment":
            try:
                fte = float(props.get("fte", "1"))
            except ValueError:
                fte = 1.0
            if fte > 0:
                demands[(codes[tgt], codes[src])] = {
                    "item": codes[tgt],
                    "team": codes[src],
                    "fte": fte,
                }
                used = True
        elif ks == kt == "item" and rtype == "Triggering":
            pair = {"before": codes[src], "after": codes[tgt]}
            if pair not in dependencies and src != tgt:
                dependencies.append(pair)
                used = True
        if not used:
            skipped_relationships[rtype or "(untyped)"] += 1
    _break_parent_cycles(objectives, notes)
    _break_dependency_cycles(dependencies, notes)

    mp = _ours(model["props"], prop_names)
    starts = [Quarter.parse(i["start"]) for i in items.values() if i.get("start")]
    ends = [Quarter.parse(i["end"]) for i in items.values() if i.get("end")]
    try:
        start = Quarter.parse(mp["start"]) if "start" in mp else (min(starts) if starts else None)
    except QuarterError:
        start = None
    if start is None:
        from datetime import date

        start = Quarter.of(date.today().year, 1)
    try:
        quarters = (
            int(mp["quarters"]) if "quarters" in mp else (max(ends) - start + 1 if ends else 12)
        )
    except ValueError:
        quarters = 12
    quarters = min(max(quarters, 1), MAX_HORIZON)
    currency = mp.get("currency") or "USD"
    document = {
        "format": "stratplanner-plan",
        "version": 1,
        "plan": {
            "title": model["name"] or path.stem,
            "organization": mp.get("organization", ""),
            "currency": currency if 1 <= len(currency.strip()) <= 8 else "USD",
            "start": str(start),
            "quarters": quarters,
        },
        "business_units": list(business_units.values()),
        "people": list(people.values()),
        "objectives": list(objectives.values()),
        "teams": list(teams.values()),
        "items": list(items.values()),
        "links": list(links.values()),
        "demands": list(demands.values()),
        "dependencies": dependencies,
    }
    return ArchimateImport(document, skipped_elements, skipped_relationships, notes)


def _break_parent_cycles(objectives: dict[str, dict[str, Any]], notes: list[str]) -> None:
    parent = {o["code"]: o.get("parent") for o in objectives.values()}
    by_code = {o["code"]: o for o in objectives.values()}
    for code in list(parent):
        seen: list[str] = []
        node: str | None = code
        while node is not None and node not in seen:
            seen.append(node)
            node = parent.get(node)
        if node is not None:  # a cycle through node: cut it there
            by_code[node]["parent"] = None
            parent[node] = None
            notes.append(
                f"Objective {node}'s parent relationships formed a cycle; it was made top-level."
            )


def _break_dependency_cycles(dependencies: list[dict[str, str]], notes: list[str]) -> None:
    from stratplanner.model.rules import find_cycle

    edges: dict[str, set[str]] = defaultdict(set)
    kept = []
    for dep in dependencies:
        if find_cycle(edges, dep["after"], dep["before"]) is not None:  # type: ignore[arg-type]
            notes.append(
                f"Triggering {dep['before']} → {dep['after']} would close a cycle; it was left out."
            )
            continue
        edges[dep["before"]].add(dep["after"])
        kept.append(dep)
    dependencies[:] = kept


def import_archimate(
    source: str | os.PathLike[str], target: str | os.PathLike[str], *, overwrite: bool = False
) -> tuple[Path, ArchimateImport]:
    """Create a new plan from an exchange file; a file that breaks the plan's rules creates nothing."""
    read = read_archimate(source)
    parsed = parse_plan_dict(read.document, Path(source).name)
    return create_plan_from_parsed(parsed, target, overwrite=overwrite), read


__all__ = [
    "ArchimateImport",
    "archimate_bytes",
    "export_archimate",
    "import_archimate",
    "local",
    "read_archimate",
]
