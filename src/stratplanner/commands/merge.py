"""Applying a merge: new records and the other plan's values for chosen records, as one step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from stratplanner.commands.base import Command, CommandError, ExpectedVersion, Macro, SeenVersions
from stratplanner.commands.bulk import InsertRecords
from stratplanner.commands.records import DeleteRecord, UpdateRecord
from stratplanner.commands.settings import UpdateSettings
from stratplanner.i18n import translate
from stratplanner.model.kinds import KINDS, kind_label


class ApplyMerge(Command):
    """Insert the added records, then update the chosen ones; undone as one step.

    ``updates`` are (kind, record id, column changes). A reference column may
    hold the temporary (negative) id of a record in ``inserts``; it is swapped
    for the real id once the records exist.
    """

    def __init__(
        self,
        inserts: InsertRecords | None,
        updates: Sequence[tuple[str, int, dict[str, Any]]],
        settings: dict[str, Any] | None = None,
        *,
        label: str | None = None,
        deletes: Sequence[tuple[str, int]] = (),
    ):
        self.inserts = inserts
        #: (kind, id) removed first: a round's options or a decision's links replaced by theirs.
        self.deletes = list(deletes)
        self.updates = list(updates)
        self.settings = dict(settings or {})
        self.label = label or translate("Commands", "Merge another plan")
        #: The versions of the records it updates or deletes (and of the settings) as they were
        #: when the merge was worked out: someone's later change is a conflict, not overwritten.
        self.seen = SeenVersions()

    def apply(self, session: Session) -> Command:
        inverses: list[Command] = []
        real: dict[tuple[str, int], int] = {}
        for kind_name, record_id in self.deletes:
            inverses.append(
                DeleteRecord(
                    kind_name,
                    record_id,
                    force=True,
                    expected_version=self.seen.of(kind_name, id=record_id),
                ).apply(session)
            )
        if self.inserts is not None and self.inserts.count:
            inverses.append(self.inserts.apply(session))
            real = self.inserts.real_ids
        for kind_name, record_id, changes in self.updates:
            kind = KINDS[kind_name]
            refs = {r.column: r.kind for r in kind.references}
            resolved = {}
            for column, given in changes.items():
                value = given
                if column in refs and isinstance(given, int) and given < 0:
                    if (refs[column], given) not in real:
                        raise CommandError(
                            translate(
                                "Commands",
                                "A {kind} refers to a new record that is not part of this merge.",
                            ).format(kind=kind_label(kind.name))
                        )
                    value = real[(refs[column], given)]
                resolved[column] = value
            expected = self.seen.of(kind_name, id=record_id)
            update = UpdateRecord(kind_name, record_id, resolved, expected_version=expected)
            inverses.append(update.apply(session))
        if self.settings:
            expected = self.seen.of("settings", id=1)
            inverses.append(UpdateSettings(self.settings, expected_version=expected).apply(session))
        return Macro(self.label, list(reversed(inverses)))

    def kinds(self) -> frozenset[str]:
        out = set(self.inserts.kinds()) if self.inserts is not None else set()
        out.update(kind for kind, _id, _changes in self.updates)
        out.update(kind for kind, _id in self.deletes)
        if self.settings:
            out.add("settings")
        return frozenset(out)

    def expected_versions(self) -> list[ExpectedVersion]:
        records = [*self.deletes, *((kind, record_id) for kind, record_id, _c in self.updates)]
        if self.settings:
            records.append(("settings", 1))
        return [self.seen.slot(kind, id=record_id) for kind, record_id in dict.fromkeys(records)]


__all__ = ["ApplyMerge"]
