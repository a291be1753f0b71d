"""ArchiMate Model Exchange File Format 3.x: import, from our files or another tool's.

Goals and Drivers become objectives, Work Packages items, Business Actors
people (business units when they aggregate other actors, or teams, when our
property says so), and — when the plan has the process lens — Business
Processes processes and Application Components applications. Relationships
become what ``archimate`` writes for them; every other element and relationship
type is skipped and counted. Parsing refuses DTDs and entities and streams.
"""

from __future__ import annotations

import contextlib
import os
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.io.archimate import (
    ELEMENTS,
    FIELD_PROPERTY,
    PREFIX,
    RELATIONS,
    STRUCTURE,
    XML_LANG,
    XSI,
    present,
    ref_fields,
    scalar_fields,
)
from stratplanner.io.plan_json import create_plan_from_parsed, parse_plan_dict
from stratplanner.io.plan_json_schema import ENUMS
from stratplanner.io.read_summary import counted_records
from stratplanner.io.record_lookup import code_for_name
from stratplanner.io.xml_safety import child, child_text, children, iter_elements
from stratplanner.model.rules import check_code, find_cycle
from stratplanner.model.values import MAX_HORIZON, Quarter, QuarterError

WHAT = QT_TRANSLATE_NOOP("XmlFiles", "an ArchiMate exchange file")  # in messages
_ROLE_BY_NAME = {
    "sponsor": "sponsor",
    "champion": "champion",
    "it owner": "it_owner",
    "owner": "owner",
}


@dataclass
class ArchimateImport:
    """A model read as a plan document (JSON interchange shape), with what was skipped."""

    document: dict[str, Any]
    skipped_elements: Counter[str]
    skipped_relationships: Counter[str]
    notes: list[str]

    def summary(self) -> str:
        """'Read 4 objectives, 9 items, … Skipped …', in the user's language (the merge dialog
        shows it)."""
        doc = self.document
        keys = (
            "objectives",
            "items",
            "links",
            "business_units",
            "people",
            "teams",
            "demands",
            "dependencies",
            "processes",
            "applications",
        )
        parts = [counted_records(key, len(doc[key])) for key in keys if key in doc]
        sentences = [translate("ModelImport", "Read {counts}.").format(counts=", ".join(parts))]
        if self.skipped_elements:
            shown = ", ".join(f"{t} {n}" for t, n in self.skipped_elements.most_common())
            skipped = sum(self.skipped_elements.values())
            sentences.append(
                translate(
                    "ModelImport",
                    "Skipped %n elements of types we don't use ({types}).",
                    None,
                    skipped,
                ).format(types=shown)
            )
        if self.skipped_relationships:
            shown = ", ".join(f"{t} {n}" for t, n in self.skipped_relationships.most_common())
            skipped = sum(self.skipped_relationships.values())
            sentences.append(
                translate(
                    "ModelImport", "Skipped %n relationships ({types}).", None, skipped
                ).format(types=shown)
            )
        return " ".join(sentences)


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
    return (elem.get(f"{{{XSI}}}type") or "").rsplit(":", 1)[-1]


def _properties(elem: ET.Element) -> dict[str, str]:
    container = child(elem, "properties")
    out: dict[str, str] = {}
    if container is not None:
        for prop in children(container, "property"):
            out[prop.get("propertyDefinitionRef", "")] = _first_text(prop, "value")
    return out


def read_archimate(path: str | os.PathLike[str]) -> ArchimateImport:
    """Read an exchange file into a plan document (not yet validated) and what was skipped."""
    elements: dict[str, dict[str, Any]] = {}
    relationships: list[dict[str, Any]] = []
    prop_names: dict[str, str] = {}
    model: dict[str, Any] = {"name": "", "props": {}}
    wanted_paths = {
        ("model", "name"),
        ("model", "properties"),
        ("model", "elements", "element"),
        ("model", "relationships", "relationship"),
        ("model", "propertyDefinitions", "propertyDefinition"),
        ("model", "views"),  # read and dropped, so big diagrams don't pile up in memory
        ("model", "organizations"),
        ("model", "metadata"),
    }
    for key, elem in iter_elements(path, wanted_paths.__contains__, root="model", what=WHAT):
        name = key[-1]
        if key == ("model", "name") and not model["name"]:
            model["name"] = (elem.text or "").strip()
        elif key == ("model", "properties"):
            holder = ET.Element("holder")
            holder.append(elem)
            model["props"] = _properties(holder)
        elif name == "element":
            elements[elem.get("identifier", "")] = {
                "type": _xsi_type(elem),
                "name": _first_text(elem, "name"),
                "doc": _first_text(elem, "documentation"),
                "props": _properties(elem),
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
                    "props": _properties(elem),
                }
            )
        elif name == "propertyDefinition":
            prop_names[elem.get("identifier", "")] = (
                _first_text(elem, "name") or child_text(elem, "name") or ""
            )
    return _Builder(Path(path), model, elements, relationships, prop_names).build()


def _typed(collection: str, values: dict[str, str], notes: list[str], what: str) -> dict[str, Any]:
    """Our property texts in the fields' JSON types; a bad value is dropped with a note."""
    out: dict[str, Any] = {}
    for key, ftype, _column in scalar_fields(collection):
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
            elif ftype == "date":
                out[key] = (
                    date.fromisoformat(text.strip()[:10]).isoformat() if text.strip() else None
                )
            elif ftype.startswith("enum:"):
                if text not in {m.value for m in ENUMS[ftype[5:]]}:
                    raise ValueError(text)
                out[key] = text
            else:
                out[key] = text
        except (ValueError, QuarterError):
            notes.append(f"{what}: property {key} {text!r} can't be used; it was left out.")
    return out


class _Builder:
    def __init__(
        self,
        path: Path,
        model: dict[str, Any],
        elements: dict[str, dict[str, Any]],
        relationships: list[dict[str, Any]],
        prop_names: dict[str, str],
    ):
        self.path = path
        self.model = model
        self.elements = elements
        self.relationships = relationships
        self.prop_names = prop_names
        self.notes: list[str] = []
        self.skipped_elements: Counter[str] = Counter()
        self.skipped_relationships: Counter[str] = Counter()
        self.kind_of: dict[str, str] = {}
        self.codes: dict[str, str] = {}
        self.records: dict[str, dict[str, Any]] = {}  # element id → record
        self.collection_of_kind = {spec.kind: spec.collection for spec in ELEMENTS if present(spec)}

    def ours(self, props: dict[str, str]) -> dict[str, str]:
        out = {}
        for ref, value in props.items():
            name = self.prop_names.get(ref, "")
            if name.startswith(PREFIX):
                out[name[len(PREFIX) :]] = value
        return out

    # -- elements -------------------------------------------------------------------
    def classify(self) -> None:
        by_type: dict[str, list[str]] = defaultdict(list)
        for spec in ELEMENTS:
            if present(spec):
                by_type[spec.xsi_type].append(spec.kind)
        by_type["Driver"] = ["objective"]
        aggregating = {
            r["source"]
            for r in self.relationships
            if r["type"] in ("Aggregation", "Composition")
            and self.elements.get(r["source"], {}).get("type") == "BusinessActor"
            and self.elements.get(r["target"], {}).get("type") == "BusinessActor"
        }
        markers = {spec.marker: spec.kind for spec in ELEMENTS}
        markers["theme"] = "objective"
        for ident, e in self.elements.items():
            kinds = by_type.get(e["type"])
            if not kinds:
                self.skipped_elements[e["type"] or "(untyped)"] += 1
                continue
            marker = self.ours(e["props"]).get("kind")
            if marker in markers and markers[marker] in kinds:
                self.kind_of[ident] = markers[marker]
            elif e["type"] == "BusinessActor":
                self.kind_of[ident] = "business_unit" if ident in aggregating else "person"
            else:
                self.kind_of[ident] = kinds[0]

    def assign_codes(self) -> None:
        taken: dict[str, set[str]] = defaultdict(set)
        numbering: dict[str, int] = defaultdict(int)
        prefixes = {"objective": "G", "item": "WP", "process": "BP", "application": "APP"}
        for ident, kind in self.kind_of.items():
            mine = self.ours(self.elements[ident]["props"]).get("code")
            if mine and check_code(mine) is None and mine.casefold() not in taken[kind]:
                code = mine
            elif kind not in prefixes:
                code = code_for_name(self.elements[ident]["name"] or "X", taken[kind])
            else:
                while True:
                    numbering[kind] += 1
                    code = f"{prefixes[kind]}-{numbering[kind]:03d}"
                    if code.casefold() not in taken[kind]:
                        break
            taken[kind].add(code.casefold())
            self.codes[ident] = code

    def make_records(self) -> None:
        for ident, kind in self.kind_of.items():
            e = self.elements[ident]
            collection = self.collection_of_kind[kind]
            title = "title" if any(k == "title" for k, *_ in _fields(collection)) else "name"
            record: dict[str, Any] = {
                "code": self.codes[ident],
                title: e["name"] or f"(unnamed {e['type']})",
            }
            if any(k == "description" for k, *_ in _fields(collection)):
                record["description"] = e["doc"]
            record.update(_typed(collection, self.ours(e["props"]), self.notes, record[title]))
            if kind == "item" and (record.get("start") is None) != (record.get("end") is None):
                record["start"] = record["end"] = None
            self.records[ident] = record

    # -- relationships --------------------------------------------------------------
    def set_ref(self, ident: str, key: str, target: str) -> bool:
        record = self.records[ident]
        if record.get(key) is not None:
            return False
        record[key] = self.codes[target]
        return True

    def relate(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        seen_pairs: set[tuple[str, str, str]] = set()
        relations = {}
        for spec in RELATIONS:
            if present(spec):
                kinds = {key: kind for key, kind, _c in ref_fields(spec.collection)}
                relations[(spec.xsi_type, kinds[spec.source], kinds[spec.target])] = spec
        for rel in self.relationships:
            if not self._use(rel, relations, out, seen_pairs):
                self.skipped_relationships[rel["type"] or "(untyped)"] += 1
        return out

    def _use(
        self,
        rel: dict[str, Any],
        relations: dict[tuple[str, str, str], Any],
        out: dict[str, list[dict[str, Any]]],
        seen_pairs: set[tuple[str, str, str]],
    ) -> bool:
        rtype, src, tgt = rel["type"], rel["source"], rel["target"]
        ks, kt = self.kind_of.get(src), self.kind_of.get(tgt)
        if ks is None or kt is None or src == tgt:
            return False
        props = self.ours(rel["props"])
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
            pair = ("links", self.codes[tgt], self.codes[src])
            if pair in seen_pairs:
                return False
            seen_pairs.add(pair)
            out["links"].append(
                {
                    "objective": self.codes[tgt],
                    "item": self.codes[src],
                    "strength": min(max(strength, 1), 3),
                    "rationale": rel["doc"],
                }
            )
            return True
        field = props.get(FIELD_PROPERTY)
        if rtype == "Association" and field:
            refs = {key: kind for key, kind, _c in ref_fields(self.collection_of_kind[kt])}
            return refs.get(field) == ks and self.set_ref(tgt, field, src)
        for (holder, key), _structure in STRUCTURE.items():
            if kt != holder or holder not in self.collection_of_kind:
                continue
            referenced = {
                k: kind for k, kind, _c in ref_fields(self.collection_of_kind[holder])
            }.get(key)
            if ks == referenced and rtype in ("Aggregation", "Composition"):
                return self.set_ref(tgt, key, src)
        if ks == kt == "objective":
            if rtype == "Influence":
                driver_src = (
                    self.elements[src]["type"] == "Driver"
                    and self.elements[tgt]["type"] != "Driver"
                )
                return (
                    self.set_ref(tgt, "parent", src)
                    if driver_src
                    else self.set_ref(src, "parent", tgt)
                )
            if rtype == "Realization":
                return self.set_ref(src, "parent", tgt)
        spec = relations.get((rtype, ks, kt))
        if spec is not None:
            row: dict[str, Any] = {spec.source: self.codes[src], spec.target: self.codes[tgt]}
            pair = (spec.collection, row[spec.source], row[spec.target])
            if pair in seen_pairs:
                return False
            seen_pairs.add(pair)
            row.update(_typed(spec.collection, props, self.notes, f"{rtype} {pair[1]} → {pair[2]}"))
            if spec.kind == "demand" and not row.get("fte"):
                row["fte"] = 1.0
            out[spec.collection].append(row)
            return True
        if rtype == "Association":
            # Another tool's association: the target's reference to the source's kind, preferring
            # the one the relationship is named after ("sponsor", "IT owner", …).
            candidates = [
                k for k, kind, _c in ref_fields(self.collection_of_kind[kt]) if kind == ks
            ]
            named = _ROLE_BY_NAME.get(rel["name"].strip().casefold())
            if named in candidates:
                candidates = [named]
            for key in candidates:
                if key != "parent" and self.set_ref(tgt, key, src):
                    return True
        return False

    # -- the document ---------------------------------------------------------------
    def build(self) -> ArchimateImport:
        self.classify()
        self.assign_codes()
        self.make_records()
        related = self.relate()
        collections: dict[str, list[dict[str, Any]]] = {
            spec.collection: [] for spec in ELEMENTS if present(spec)
        }
        for ident, record in self.records.items():
            collections[self.collection_of_kind[self.kind_of[ident]]].append(record)
        for name in ("objectives", "processes"):
            if name in collections:
                _break_parent_cycles(collections[name], self.notes)
        for rel in RELATIONS:
            if present(rel):
                collections[rel.collection] = related.get(rel.collection, [])
        collections["links"] = related.get("links", [])
        _break_dependency_cycles(collections.get("dependencies", []), self.notes)
        document = {
            "format": "stratplanner-plan",
            "version": 1,
            "plan": self.settings(collections),
            **collections,
        }
        return ArchimateImport(
            document, self.skipped_elements, self.skipped_relationships, self.notes
        )

    def settings(self, collections: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
        mp = self.ours(self.model["props"])
        items = collections.get("items", [])
        starts = [Quarter.parse(i["start"]) for i in items if i.get("start")]
        ends = [Quarter.parse(i["end"]) for i in items if i.get("end")]
        try:
            start = (
                Quarter.parse(mp["start"]) if "start" in mp else (min(starts) if starts else None)
            )
        except QuarterError:
            start = None
        if start is None:
            start = Quarter.of(date.today().year, 1)
        try:
            quarters = (
                int(mp["quarters"]) if "quarters" in mp else (max(ends) - start + 1 if ends else 12)
            )
        except ValueError:
            quarters = 12
        currency = mp.get("currency") or "USD"
        return {
            "title": self.model["name"] or self.path.stem,
            "organization": mp.get("organization", ""),
            "currency": currency if 1 <= len(currency.strip()) <= 8 else "USD",
            "start": str(start),
            "quarters": min(max(quarters, 1), MAX_HORIZON),
        }


def _fields(collection: str) -> list[tuple[str, str, Any, str]]:
    from stratplanner.io.plan_json import RECORD_FIELDS

    return RECORD_FIELDS[collection]


def _break_parent_cycles(records: list[dict[str, Any]], notes: list[str]) -> None:
    parent = {r["code"]: r.get("parent") for r in records}
    by_code = {r["code"]: r for r in records}
    for code in list(parent):
        seen: list[str] = []
        node: str | None = code
        while node is not None and node not in seen:
            seen.append(node)
            node = parent.get(node)
        if node is not None:
            by_code[node]["parent"] = None
            parent[node] = None
            notes.append(f"{node}'s parent relationships formed a cycle; it was made top-level.")


def _break_dependency_cycles(dependencies: list[dict[str, Any]], notes: list[str]) -> None:
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
    """Create a new plan from an exchange file; one that breaks the plan's rules creates nothing."""
    read = read_archimate(source)
    parsed = parse_plan_dict(read.document, Path(source).name)
    return create_plan_from_parsed(parsed, target, overwrite=overwrite), read


__all__ = ["ArchimateImport", "import_archimate", "read_archimate"]
