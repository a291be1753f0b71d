"""Setting the alignment strength of an (objective, item) pair, as the matrix does."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from stratplanner.commands.base import (
    Command,
    CommandError,
    ConflictError,
    ExpectedVersion,
    Touched,
    check_version,
    insert_row,
    remember_write,
    removed_by_someone_else,
    stamp,
)
from stratplanner.commands.naming import code_of
from stratplanner.commands.records import validate
from stratplanner.i18n import translate
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import strength_label


class SetLink(Command):
    """Link an item to an objective with a strength 1-3, or unlink it with 0.

    ``rationale`` None keeps the current rationale.
    """

    def __init__(
        self,
        objective_id: int,
        item_id: int,
        strength: int,
        rationale: str | None = None,
        *,
        link_id: int | None = None,
        label: str | None = None,
        expected_version: int | None = None,
    ):
        #: Version of the link this edit was based on; 0 = "there was no link"; None = don't check.
        self.expected_version = expected_version
        self.objective_id = objective_id
        self.item_id = item_id
        self.strength = strength
        self.rationale = rationale
        self.link_id = link_id
        self._label = label
        self.label = label or translate("Commands", "Change alignment link")

    def apply(self, session: Session) -> Command:
        table = KINDS["link"].table
        if not isinstance(self.strength, int) or not 0 <= self.strength <= 3:
            raise CommandError(
                translate(
                    "Commands", "Link strength must be 0 (none), 1, 2 or 3, not {value}."
                ).format(value=repr(self.strength))
            )
        current = (
            session.execute(
                select(table).where(
                    table.c.objective_id == self.objective_id, table.c.item_id == self.item_id
                )
            )
            .mappings()
            .first()
        )
        if self._label is None:
            obj = code_of(session, "objective", self.objective_id)
            item = code_of(session, "item", self.item_id)
            if self.strength == 0:
                text = translate("Commands", "Unlink {item} from {objective}")
            elif current is None:
                text = translate("Commands", "Link {item} to {objective} ({strength})")
            elif self.strength == current["strength"]:
                text = translate("Commands", "Change rationale of {item} → {objective}")
            else:
                text = translate("Commands", "Change link {item} → {objective} to {strength}")
            self.label = text.format(
                item=item, objective=obj, strength=strength_label(self.strength)
            )
        if self.expected_version is not None:
            item_code = code_of(session, "item", self.item_id)
            obj_code = code_of(session, "objective", self.objective_id)
            name = translate("Commands", "the link {item} → {objective}").format(
                item=item_code, objective=obj_code
            )
            if current is None and self.expected_version != 0:
                raise ConflictError(removed_by_someone_else(name))
            if current is not None:
                check_version(session, table.name, name, dict(current), self.expected_version or -1)
        if current is None:
            inverse = SetLink(
                self.objective_id, self.item_id, 0, label=self.label, expected_version=1
            )
            if self.strength == 0:
                return inverse
            row = {
                "objective_id": self.objective_id,
                "item_id": self.item_id,
                "strength": self.strength,
                "rationale": self.rationale or "",
            }
            validate(session, KINDS["link"], row, record_id=None)
            row.update(stamp(session, 1))
            if self.link_id is not None:
                row["id"] = self.link_id
            remember_write(session, table.name, insert_row(session, table, row), 1)
            return inverse
        inverse = SetLink(
            self.objective_id,
            self.item_id,
            current["strength"],
            current["rationale"],
            link_id=current["id"],
            label=self.label,
            expected_version=0 if self.strength == 0 else current["version"] + 1,
        )
        if self.strength == 0:
            session.execute(delete(table).where(table.c.id == current["id"]))
        else:
            changes: dict[str, object] = {
                "strength": self.strength,
                **stamp(session, current["version"] + 1),
            }
            if self.rationale is not None:
                changes["rationale"] = self.rationale
            session.execute(update(table).where(table.c.id == current["id"]).values(**changes))
            remember_write(session, table.name, current["id"], current["version"] + 1)
        return inverse

    def kinds(self) -> frozenset[str]:
        return frozenset({"link"})

    def touched(self) -> Touched:
        return Touched().add("link", objective_id=self.objective_id, item_id=self.item_id)

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "link", objective_id=self.objective_id, item_id=self.item_id)]
