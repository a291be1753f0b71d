"""Changing the plan-wide settings (title, organisation, currency, horizon)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from stratplanner.commands.base import Command, CommandError, Touched, stamp
from stratplanner.model.entities import PlanSettings, table_of
from stratplanner.model.rules import check_fields
from stratplanner.model.values import Quarter, QuarterError

SETTINGS_FIELDS = ("title", "organization", "currency", "start", "quarters")


class UpdateSettings(Command):
    def __init__(self, changes: dict[str, Any], *, label: str | None = None):
        unknown = set(changes) - set(SETTINGS_FIELDS)
        if unknown:
            raise CommandError(f"Plan settings have no field {', '.join(sorted(unknown))}.")
        self.changes = dict(changes)
        if isinstance(self.changes.get("start"), str):
            try:
                self.changes["start"] = Quarter.parse(self.changes["start"])
            except QuarterError as exc:
                raise CommandError(f"Plan start: {exc}.") from None
        self.label = label or f"Change plan {', '.join(sorted(self.changes))}"
        self.merge_key = ("settings", tuple(sorted(self.changes)))

    def apply(self, session: Session) -> Command:
        table = table_of(PlanSettings)
        current = dict(session.execute(select(table)).mappings().one())
        problems = check_fields("settings", self.changes, has_code=False, title_field=None)
        if problems:
            raise CommandError([f"Plan settings: {msg}." for _f, msg in problems])
        old = {k: current[k] for k in self.changes}
        session.execute(
            update(table)
            .where(table.c.id == 1)
            .values(**self.changes, **stamp(session, current["version"] + 1))
        )
        return UpdateSettings(old, label=self.label)

    def kinds(self) -> frozenset[str]:
        return frozenset({"settings"})

    def touched(self) -> Touched:
        return Touched(settings=True)
