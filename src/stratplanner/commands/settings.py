"""Changing the plan-wide settings (title, organisation, currency, horizon)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from stratplanner.commands.base import (
    Command,
    CommandError,
    ExpectedVersion,
    Touched,
    check_version,
    remember_write,
    stamp,
)
from stratplanner.model.entities import PlanSettings, table_of
from stratplanner.model.rules import check_fields
from stratplanner.model.values import Quarter, QuarterError

SETTINGS_FIELDS = ("title", "organization", "currency", "start", "quarters")


class UpdateSettings(Command):
    """Change plan-wide settings (the one ``plan_settings`` row, id 1)."""

    def __init__(
        self,
        changes: dict[str, Any],
        *,
        label: str | None = None,
        expected_version: int | None = None,
    ):
        #: The settings' version the edit was based on; None = overwrite.
        self.expected_version = expected_version
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
        check_version(session, table.name, "the plan settings", current, self.expected_version)
        old = {k: current[k] for k in self.changes}
        new_version = current["version"] + 1
        # DML through a Session gets a CursorResult; SQLAlchemy types it as the plain Result.
        result = cast(
            "CursorResult[Any]",
            session.execute(
                update(table)
                .where(table.c.id == 1, table.c.version == current["version"])
                .values(**self.changes, **stamp(session, new_version))
            ),
        )
        if result.rowcount != 1:  # another transaction got there first
            latest = dict(session.execute(select(table)).mappings().one())
            check_version(session, table.name, "the plan settings", latest, current["version"])
        remember_write(session, table.name, 1, new_version)
        return UpdateSettings(old, label=self.label, expected_version=new_version)

    def kinds(self) -> frozenset[str]:
        return frozenset({"settings"})

    def touched(self) -> Touched:
        return Touched(settings=True)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "settings", id=1)]
