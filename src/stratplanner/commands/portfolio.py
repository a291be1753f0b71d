"""Edits of prioritisation: weights, scores, rank pins, accepting a sequence, baselines.

Each is one undoable command built on the generic record commands, so undo,
redo and refreshing views work as for any other edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stratplanner.commands.base import (
    Command,
    CommandError,
    ExpectedVersion,
    Macro,
    SeenVersions,
    check_seen,
)
from stratplanner.commands.naming import short
from stratplanner.commands.records import (
    CreateRecord,
    DeleteRecord,
    UpdateRecord,
    no_longer_exists,
    row_where,
)
from stratplanner.i18n import format_datetime, format_number, translate
from stratplanner.model.entities import Baseline, Criterion, RoadmapItem
from stratplanner.model.kinds import KINDS
from stratplanner.model.values import MAX_CODE_LENGTH
from stratplanner.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from stratplanner.analysis.sequencing import SequenceResult


def _item_code(session: Session, item_id: int) -> str:
    code = session.execute(
        select(RoadmapItem.code).where(RoadmapItem.id == item_id)
    ).scalar_one_or_none()
    if code is None:
        raise CommandError(no_longer_exists("item"))
    return str(code)


class SetWeights(Command):
    """Change several criteria weights as one step (criterion id → weight)."""

    def __init__(self, weights: Mapping[int, float], *, label: str | None = None):
        self.weights = dict(weights)
        self.label = label or translate("Commands", "Change criteria weights")
        self.merge_key = ("weights", tuple(sorted(self.weights)))
        #: The criteria's versions the weights were set against (team mode).
        self.seen = SeenVersions()

    def apply(self, session: Session) -> Command:
        steps = [
            UpdateRecord(
                "criterion",
                cid,
                {"weight": float(w)},
                label=self.label,
                expected_version=self.seen.of("criterion", id=cid),
            )
            for cid, w in self.weights.items()
        ]
        inverse = Macro(self.label, steps).apply(session)
        total = session.execute(select(func.coalesce(func.sum(Criterion.weight), 0.0))).scalar_one()
        if total <= 0:
            raise CommandError(
                translate(
                    "Commands",
                    "At least one criterion needs a weight above 0, or the portfolio can't be "
                    "ranked.",
                )
            )
        return inverse

    def kinds(self) -> frozenset[str]:
        return frozenset({"criterion"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [self.seen.slot("criterion", id=cid) for cid in self.weights]


class SetScore(Command):
    """Score an item 0-5 on a scored criterion; ``None`` removes the score."""

    def __init__(
        self,
        item_id: int,
        criterion_id: int,
        score: float | None,
        *,
        expected_version: int | None = None,
    ):
        self.item_id = item_id
        self.criterion_id = criterion_id
        self.score = score
        #: The version of the score seen; 0 = there was none; None = overwrite.
        self.expected_version = expected_version
        self.label = translate("Commands", "Change score")

    def apply(self, session: Session) -> Command:
        criterion = session.execute(
            select(Criterion.code, Criterion.name, Criterion.measure).where(
                Criterion.id == self.criterion_id
            )
        ).first()
        if criterion is None:
            raise CommandError(no_longer_exists("criterion"))
        code = _item_code(session, self.item_id)
        if criterion.measure != "scored":
            raise CommandError(
                translate(
                    "Commands",
                    'Criterion {code} "{name}" is computed from the plan ({measure}); only scored '
                    "criteria take scores.",
                ).format(
                    code=criterion.code,
                    name=criterion.name,
                    measure=criterion.measure.replace("_", " "),
                )
            )
        row = row_where(session, "score", item_id=self.item_id, criterion_id=self.criterion_id)
        check_seen(
            session,
            KINDS["score"].table.name,
            translate("Commands", "the {criterion} score of {item}").format(
                criterion=criterion.code, item=code
            ),
            row,
            self.expected_version,
        )
        current = None if row is None else row["id"]
        if self.score is None:
            self.label = translate("Commands", "Remove {criterion} score of {item}").format(
                criterion=criterion.code, item=code
            )
            if current is None:
                raise CommandError(
                    translate("Commands", "{item} has no {criterion} score to remove.").format(
                        item=code, criterion=criterion.code
                    )
                )
            step: Command = DeleteRecord("score", current, force=True, label=self.label)
        else:
            self.label = translate("Commands", "Score {item} {score} on {criterion}").format(
                item=code, score=_g(self.score), criterion=criterion.code
            )
            if current is None:
                values = {
                    "criterion_id": self.criterion_id,
                    "item_id": self.item_id,
                    "score": self.score,
                }
                step = CreateRecord("score", values, label=self.label)
            else:
                step = UpdateRecord("score", current, {"score": self.score}, label=self.label)
        return step.apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"score"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [
            ExpectedVersion(self, "score", item_id=self.item_id, criterion_id=self.criterion_id)
        ]


class PinRank(Command):
    """Fix an item's rank by hand, recording why, who decided and when."""

    def __init__(
        self,
        item_id: int,
        rank: int,
        reason: str,
        *,
        decided_by: str = "",
        decided_on: date | None = None,
        expected_version: int | None = None,
    ):
        self.item_id = item_id
        #: The version of the item's pin seen; 0 = it wasn't pinned; None = overwrite.
        self.expected_version = expected_version
        self.values: dict[str, Any] = {
            "rank": rank,
            "reason": reason,
            "decided_by": decided_by,
            "decided_on": decided_on or date.today(),
        }
        self.label = translate("Commands", "Pin rank {rank}").format(rank=rank)

    def apply(self, session: Session) -> Command:
        code = _item_code(session, self.item_id)
        self.label = translate("Commands", "Pin {item} at rank {rank}").format(
            item=code, rank=self.values["rank"]
        )
        current = _pin_of(session, self.item_id, code, self.expected_version)
        step: Command
        if current is None:
            step = CreateRecord("pin", {"item_id": self.item_id, **self.values}, label=self.label)
        else:
            step = UpdateRecord("pin", current, self.values, label=self.label)
        return step.apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"pin"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "pin", item_id=self.item_id)]


def _pin_of(session: Session, item_id: int, code: str, expected: int | None) -> int | None:
    """The id of the item's rank pin (None: not pinned), refused if it isn't as seen."""
    row = row_where(session, "pin", item_id=item_id)
    name = translate("Commands", "the rank pin of {item}").format(item=code)
    check_seen(session, KINDS["pin"].table.name, name, row, expected)
    return None if row is None else int(row["id"])


class Unpin(Command):
    """Let an item's score decide its rank again."""

    def __init__(self, item_id: int, *, expected_version: int | None = None):
        self.item_id = item_id
        #: The version of the pin seen; None = remove whatever pin is there.
        self.expected_version = expected_version
        self.label = translate("Commands", "Unpin rank")

    def apply(self, session: Session) -> Command:
        code = _item_code(session, self.item_id)
        self.label = translate("Commands", "Unpin {item}").format(item=code)
        current = _pin_of(session, self.item_id, code, self.expected_version)
        if current is None:
            raise CommandError(translate("Commands", "{item} is not pinned.").format(item=code))
        return DeleteRecord("pin", current, force=True, label=self.label).apply(session)

    def kinds(self) -> frozenset[str]:
        return frozenset({"pin"})

    def expected_versions(self) -> list[ExpectedVersion]:
        return [ExpectedVersion(self, "pin", item_id=self.item_id)]


def accept_sequence(result: SequenceResult) -> Macro | None:
    """One undoable step moving every placed item to its sequenced quarters (None: nothing
    moves)."""
    moved = result.moved
    if not moved:
        return None
    n = len(moved)
    label = translate("Commands", "Accept sequenced roadmap (%n item(s) moved)", None, n)
    return Macro(
        label,
        [
            UpdateRecord("item", p.item_id, {"start": p.start, "end": p.end}, label=label)
            for p in moved
        ],
    )


class SaveBaseline(Command):
    """Save the whole plan as it is now under a name, inside the plan file."""

    def __init__(self, name: str, note: str = ""):
        self.name = name.strip() if isinstance(name, str) else name
        self.note = note
        self.label = translate("Commands", 'Save baseline "{name}"').format(
            name=short(str(name), 40)
        )
        self.baseline_id: int | None = None

    def apply(self, session: Session) -> Command:
        from stratplanner.io.plan_json import plan_document_text
        from stratplanner.snapshot.snapshot import read_snapshot

        if not isinstance(self.name, str) or not self.name:
            raise CommandError(
                translate("Commands", 'A baseline needs a name, such as "2027-Q1 review".')
            )
        taken = session.execute(
            select(Baseline.taken_at).where(Baseline.name == self.name)
        ).scalar_one_or_none()
        if taken is not None:
            raise CommandError(
                translate(
                    "Commands",
                    'There is already a baseline named "{name}" (taken {taken} UTC); choose '
                    "another name, or remove that one first.",
                ).format(name=self.name, taken=format_datetime(taken))
            )
        text = plan_document_text(read_snapshot(session))
        values = {
            "name": self.name,
            "note": self.note,
            "taken_at": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
            "format_version": SCHEMA_VERSION,
            "document": text,
        }
        create = CreateRecord("baseline", values, label=self.label)
        inverse = create.apply(session)
        self.baseline_id = create.record_id
        return inverse

    def kinds(self) -> frozenset[str]:
        return frozenset({"baseline"})


def remove_baseline(baseline_id: int, name: str) -> DeleteRecord:
    label = translate("Commands", 'Remove baseline "{name}"').format(name=short(name, 40))
    return DeleteRecord("baseline", baseline_id, force=True, label=label)


def _g(value: float) -> str:
    """A score as ``f"{value:g}"`` writes it, with the language's decimal mark."""
    text = f"{value:g}"
    if "e" in text or "n" in text:
        return text
    return format_number(float(text), None, grouping=False)


def scenario_code(name: str, taken: set[str]) -> str:
    """A code for a scenario named ``name``: the name itself, cut to 32 characters, made unique."""
    base = " ".join(name.split())[:MAX_CODE_LENGTH].strip() or "Scenario"
    code, n = base, 2
    while code in taken:
        suffix = f" {n}"
        code = base[: MAX_CODE_LENGTH - len(suffix)].rstrip() + suffix
        n += 1
    return code


__all__ = [
    "PinRank",
    "SaveBaseline",
    "SetScore",
    "SetWeights",
    "Unpin",
    "accept_sequence",
    "remove_baseline",
    "scenario_code",
]
