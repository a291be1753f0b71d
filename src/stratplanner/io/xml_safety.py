"""XML from other tools, read safely and as a stream.

Files are parsed with defusedxml and DTDs refused outright, so entity
expansion ("billion laughs") and external entities (XXE) can't happen; an
MSPDI or ArchiMate file never needs a DTD. Elements are handed over as they
finish and then dropped, so a very large file is never held whole in memory.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import defusedxml
import defusedxml.ElementTree as DET

from stratplanner.i18n import translate

#: Deepest nesting of elements read. MSPDI and ArchiMate files nest a dozen deep;
#: a file nested far deeper is damaged or built to make the reader slow.
MAX_XML_DEPTH = 200


class XmlFileError(Exception):
    """The file can't be read as the expected XML; the message says why."""


def local(tag: Any) -> str:
    """'{http://schemas.microsoft.com/project}Task' → 'Task'."""
    text = str(tag)
    return text.rsplit("}", 1)[-1] if "}" in text else text.rsplit(":", 1)[-1]


def child(elem: ET.Element, name: str) -> ET.Element | None:
    for sub in elem:
        if local(sub.tag) == name:
            return sub
    return None


def children(elem: ET.Element, name: str) -> list[ET.Element]:
    return [sub for sub in elem if local(sub.tag) == name]


def child_text(elem: ET.Element, name: str) -> str | None:
    sub = child(elem, name)
    if sub is None or sub.text is None:
        return None
    return sub.text


def iter_elements(
    path: str | os.PathLike[str],
    wanted: Callable[[tuple[str, ...]], bool],
    *,
    root: str,
    what: str,
) -> Iterator[tuple[tuple[str, ...], ET.Element]]:
    """(path of local names, element) for each finished element ``wanted`` accepts.

    The element is removed from its parent after the caller has seen it. The
    root element must be called ``root``; ``what`` names the format in messages (marked
    for the catalogue in context "XmlFiles": "an ArchiMate exchange file").
    """
    file = Path(path)
    what = translate("XmlFiles", what)
    if not file.exists():
        raise _refused(translate("XmlFiles", "There is no file at {path}."), file, what)
    if file.is_dir():
        raise _refused(translate("XmlFiles", "{path} is a folder, not {what}."), file, what)
    names: list[str] = []
    stack: list[ET.Element] = []
    try:
        events = DET.iterparse(
            str(file),
            events=("start", "end"),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )
        for event, elem in events:
            if event == "start":
                names.append(local(elem.tag))
                stack.append(elem)
                if len(names) > MAX_XML_DEPTH:
                    raise _refused(
                        translate(
                            "XmlFiles",
                            "{file} nests elements more than {depth} deep; {what} never does, "
                            "so it was not read (it may be damaged or built to slow the reader "
                            "down).",
                        ),
                        file,
                        what,
                        depth=MAX_XML_DEPTH,
                    )
                if len(names) == 1 and names[0] != root:
                    raise _refused(
                        translate(
                            "XmlFiles",
                            "{file} is not {what} (its top element is <{found}>, not <{root}>).",
                        ),
                        file,
                        what,
                        found=names[0],
                        root=root,
                    )
                continue
            key = tuple(names)
            if wanted(key):
                yield key, elem
                if len(stack) > 1:
                    stack[-2].remove(elem)
                else:
                    elem.clear()
            names.pop()
            stack.pop()
    except defusedxml.DTDForbidden:
        raise _refused(
            translate(
                "XmlFiles",
                "{file} declares a DTD; {what} never needs one, so it was not read (a DTD can "
                "hide entity-expansion or external-file attacks).",
            ),
            file,
            what,
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise _refused(
            translate(
                "XmlFiles", "{file} uses XML entities or external references; it was not read."
            ),
            file,
            what,
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise _refused(
            translate(
                "XmlFiles",
                "{file} is not well-formed XML (line {line}, column {column}): {error}; it may "
                "be damaged or not {what}.",
            ),
            file,
            what,
            line=line,
            column=column,
            error=str(exc).split(":")[0],
        ) from None
    except UnicodeDecodeError as exc:
        raise _refused(
            translate("XmlFiles", "{file} is not valid text ({error})."),
            file,
            what,
            error=exc.reason,
        ) from None
    except OSError as exc:
        raise _refused(
            translate("XmlFiles", "{file} can't be read: {error}."),
            file,
            what,
            error=exc.strerror or exc,
        ) from None


def _refused(message: str, file: Path, what: str, **names: Any) -> XmlFileError:
    """An XmlFileError from a translated sentence ({file}, {path} and {what} filled in)."""
    return XmlFileError(message.format(file=file.name, path=file, what=what, **names))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text with the characters XML 1.0 can't hold (most control characters) removed."""
    return _NOT_XML.sub("", text)


_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTR_ENTITIES = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def xml_bytes(root: ET.Element, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialise a tree of text-only leaves, indented, much faster than ElementTree's writer.

    ``prefixes`` maps namespace URIs to prefixes ("" for the default namespace);
    they are declared on the root. Leaf text is escaped exactly (a carriage
    return survives as &#13;), so what is written reads back unchanged.
    """
    prefixes = dict(prefixes or {})
    prefixes.setdefault("http://www.w3.org/XML/1998/namespace", "xml")
    out: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']
    names: dict[str, str] = {}

    def name(tag: str) -> str:
        found = names.get(tag)
        if found is None:
            if tag.startswith("{"):
                uri, bare = tag[1:].split("}", 1)
                prefix = prefixes[uri]
                found = f"{prefix}:{bare}" if prefix else bare
            else:
                found = tag
            names[tag] = found
        return found

    declarations = "".join(
        f" xmlns={quoteattr(uri)}" if not prefix else f" xmlns:{prefix}={quoteattr(uri)}"
        for uri, prefix in prefixes.items()
        if prefix != "xml"
    )
    append = out.append

    def walk(elem: ET.Element, pad: str, extra: str) -> None:
        tag = name(elem.tag)
        attrs = extra + "".join(
            f" {name(k)}={quoteattr(v, _ATTR_ENTITIES)}" for k, v in elem.attrib.items()
        )
        if len(elem):
            append(f"{pad}<{tag}{attrs}>\n")
            inner = pad + "  "
            for sub in elem:
                walk(sub, inner, "")
            append(f"{pad}</{tag}>\n")
        elif elem.text:
            append(f"{pad}<{tag}{attrs}>{escape(elem.text, _TEXT_ENTITIES)}</{tag}>\n")
        else:
            append(f"{pad}<{tag}{attrs}/>\n")

    walk(root, "", declarations)
    return "".join(out).encode("utf-8")


__all__ = [
    "MAX_XML_DEPTH",
    "XmlFileError",
    "child",
    "child_text",
    "children",
    "iter_elements",
    "local",
    "xml_bytes",
    "xml_text",
]
