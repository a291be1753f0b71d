"""Labels bounded for print: a hostile 10,000-character title must not break a document.

Headings, bookmarks, table cells and chart labels show an item's title or a
record's name on one line or in one cell; a title longer than a page (or a
"word" wider than one) made the PDF export crash or run without end. The
export works on a copy of the snapshot whose label fields are cut to
:data:`MAX_LABEL` characters (ending in "…") and whose over-long words get
break opportunities; the plan itself is untouched.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

#: The longest label printed in full; longer ones end in "…".
MAX_LABEL = 2000
#: The longest run of characters without a space that a label keeps unbroken.
MAX_WORD = 40
#: Record fields that are labels (shown in headings, bookmarks, cells, chart ticks).
LABEL_FIELDS = frozenset({"title", "name", "code", "label", "short_name", "theme", "organization"})

_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")

T = TypeVar("T")


def bounded_label(text: str) -> str:
    """``text`` cut to :data:`MAX_LABEL` characters, with long words broken by spaces."""
    if len(text) > MAX_LABEL:
        text = text[: MAX_LABEL - 1].rstrip() + "…"
    return _LONG_WORD.sub(
        lambda m: " ".join(m[0][i : i + MAX_WORD] for i in range(0, len(m[0]), MAX_WORD)), text
    )


def _needs_bounding(text: str) -> bool:
    return len(text) > MAX_LABEL or _LONG_WORD.search(text) is not None


def _bounded_record(record: T) -> T:
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name in LABEL_FIELDS and f.init:
            value = getattr(record, f.name)
            if isinstance(value, str) and _needs_bounding(value):
                changes[f.name] = bounded_label(value)
    return dataclasses.replace(record, **changes) if changes else record


def bounded_snapshot(snap: T) -> T:
    """The snapshot with every label field bounded; the same object when none is too long."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(snap):  # type: ignore[arg-type]
        if not f.init:
            continue
        value = getattr(snap, f.name)
        if isinstance(value, tuple):
            bounded = tuple(_bounded_record(r) for r in value)
            if any(a is not b for a, b in zip(bounded, value, strict=True)):
                changes[f.name] = bounded
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            bounded_one = _bounded_record(value)
            if bounded_one is not value:
                changes[f.name] = bounded_one
    if not changes:
        return snap
    return dataclasses.replace(snap, **changes)  # type: ignore[type-var]
