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
from stratplanner.i18n import QT_TRANSLATE_NOOP, translate
from stratplanner.model.entities import PlanSettings, table_of
from stratplanner.model.rules import check_fields
from stratplanner.model.values import Quarter, QuarterError

SETTINGS_FIELDS = ("title", "organization", "currency", "start", "quarters")
#: The settings as messages name them (English: the field's name), in the user's language.
_SETTING_WORDS = {
    "title": QT_TRANSLATE_NOOP("FieldNames", "title"),
    "organization": QT_TRANSLATE_NOOP("FieldNames", "organization"),
    "currency": QT_TRANSLATE_NOOP("FieldNames", "currency"),
    "start": QT_TRANSLATE_NOOP("FieldNames", "start"),
    "quarters": QT_TRANSLATE_NOOP("FieldNames", "quarters"),
}


def _words(fields: Any) -> str:
    return ", ".join(
        translate("FieldNames", _SETTING_WORDS[f]) if f in _SETTING_WORDS else str(f)
        for f in sorted(fields)
    )


def _the_settings() -> str:
    return translate("Commands", "the plan settings")


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
            raise CommandError(
                translate("Commands", "Plan settings have no field {fields}.").format(
                    fields=", ".join(sorted(unknown))
                )
            )
        self.changes = dict(changes)
        if isinstance(self.changes.get("start"), str):
            try:
                self.changes["start"] = Quarter.parse(self.changes["start"])
            except QuarterError as exc:
                raise CommandError(
                    translate("Commands", "Plan start: {problem}.").format(problem=exc)
                ) from None
        self.label = label or translate("Commands", "Change plan {fields}").format(
            fields=_words(self.changes)
        )
        self.merge_key = ("settings", tuple(sorted(self.changes)))

    def apply(self, session: Session) -> Command:
        table = table_of(PlanSettings)
        current = dict(session.execute(select(table)).mappings().one())
        problems = check_fields("settings", self.changes, has_code=False, title_field=None)
        if problems:
            raise CommandError(
                [
                    translate("Commands", "Plan settings: {problem}.").format(problem=msg)
                    for _f, msg in problems
                ]
            )
        check_version(session, table.name, _the_settings(), current, self.expected_version)
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
            check_version(session, table.name, _the_settings(), latest, current["version"])
        remember_write(session, table.name, 1, new_version)
        return UpdateSettings(old, label=self.label, expected_version=new_version)

    def kinds(self) -> frozenset[str]:
        return frozenset({"settings"})

    def touched(self) -> Touched:
        return Touched(settings=True)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "settings", id=1)]
