"""How records are named in messages: 'roadmap item CRM-01 "CRM consolidation"'."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stratplanner.i18n import translate
from stratplanner.model.kinds import KINDS, Kind, kind_label, reference_label

_MAX_TITLE = 60


def short(text: str, limit: int = _MAX_TITLE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def code_of(session: Session, kind: str, record_id: int | None) -> str | None:
    if record_id is None:
        return None
    table = KINDS[kind].table
    return session.execute(select(table.c.code).where(table.c.id == record_id)).scalar_one_or_none()


def describe_row(session: Session, kind: Kind, row: dict[str, Any]) -> str:
    """A human name for a record, from its values (which may not be in the database yet)."""
    label = kind_label(kind.name)
    if kind.has_code:
        title = row.get(kind.title_field or "name") or ""
        code = row.get("code") or translate("Commands", "(no code)")
        if title:
            text = translate("Commands", '{kind} {code} "{title}"')
        else:
            text = translate("Commands", "{kind} {code}")
        return text.format(kind=label, code=code, title=short(title))
    parts = []
    for ref in kind.references:
        code = code_of(session, ref.kind, row.get(ref.column))
        parts.append(f"{reference_label(ref.json_key)} {code or '?'}")
    if kind.name == "milestone":
        parts.insert(0, f'"{short(row.get("title") or "")}"')
    return f"{label} ({', '.join(parts)})"


def describe_record(session: Session, kind_name: str, record_id: int) -> str:
    kind = KINDS[kind_name]
    row = session.execute(select(kind.table).where(kind.table.c.id == record_id)).mappings().first()
    if row is None:
        return translate("Commands", "{kind} #{id} (deleted)").format(
            kind=kind_label(kind.name), id=record_id
        )
    return describe_row(session, kind, dict(row))


def sentence(text: str) -> str:
    """Upper-case the first letter only ('roadmap item A' → 'Roadmap item A')."""
    return text[:1].upper() + text[1:]
