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
    root element must be called ``root``; ``what`` names the format in messages.
    """
    file = Path(path)
    if not file.exists():
        raise XmlFileError(f"There is no file at {file}.")
    if file.is_dir():
        raise XmlFileError(f"{file} is a folder, not {what}.")
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
                    raise XmlFileError(
                        f"{file.name} nests elements more than {MAX_XML_DEPTH} deep; {what} "
                        "never does, so it was not read (it may be damaged or built to "
                        "slow the reader down)."
                    )
                if len(names) == 1 and names[0] != root:
                    raise XmlFileError(
                        f"{file.name} is not {what} (its top element is <{names[0]}>, not "
                        f"<{root}>)."
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
        raise XmlFileError(
            f"{file.name} declares a DTD; {what} never needs one, so it was not read "
            "(a DTD can hide entity-expansion or external-file attacks)."
        ) from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise XmlFileError(
            f"{file.name} uses XML entities or external references; it was not read."
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise XmlFileError(
            f"{file.name} is not well-formed XML (line {line}, column {column}): "
            f"{str(exc).split(':')[0]}; it may be damaged or not {what}."
        ) from None
    except UnicodeDecodeError as exc:
        raise XmlFileError(f"{file.name} is not valid text ({exc.reason}).") from None
    except OSError as exc:
        raise XmlFileError(f"{file.name} can't be read: {exc.strerror or exc}.") from None


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
