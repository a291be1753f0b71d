"""The open plan as an editor sees it, with no Qt: document, history, snapshot, versions.

The desktop app (``ui.live_plan``, a thin Qt adapter), the CLI's edit commands and
the tests edit through :class:`EditSession`. After each edit, undo or redo the
snapshot is brought up to date by re-reading only what the command says it
touched (``Command.touched``; a full reload of a 20,000-item plan takes about a
second, an edit must show in milliseconds), and the analysis (findings, support,
capacity) is brought up to date from the same records when next asked for
(``analysis.incremental``; a full analysis of that plan takes about half a
second). In team mode each edit is based on
the record versions the planner saw (``Command.expected_versions``), so two
planners never silently overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stratplanner.commands.base import Command, ExpectedVersion, Touched, touched_by
from stratplanner.commands.records import plan_delete
from stratplanner.model.kinds import KINDS
from stratplanner.snapshot import PlanSnapshot, snapshot_of
from stratplanner.snapshot.partial import adopt_snapshot, refresh_snapshot
from stratplanner.snapshot.snapshot import read_baseline_document
from stratplanner.store.document import Change, PlanDocument

if TYPE_CHECKING:  # the analysis loads on first use, not before the first window paints
    from stratplanner.analysis.plan_analysis import PlanAnalysis

#: Above this many touched records a full reload is simpler and about as fast.
MAX_TOUCHED = 2000

SnapshotListener = Callable[[PlanSnapshot], None]


def seen_version(snap: PlanSnapshot, slot: ExpectedVersion) -> int | None:
    """The version of the record ``slot`` names as ``snap`` saw it.

    A record named by other columns than its id (a link by objective and item) that
    the snapshot doesn't have gets 0: "there was none", so one added meanwhile is a
    conflict.
    """
    where = slot.where
    if "id" in where:
        return snap.version_of(slot.kind, where["id"])
    if slot.kind == "link" and "item_id" in where:
        candidates: Any = snap.links_by_item.get(where["item_id"], ())
    else:
        candidates = getattr(snap, KINDS[slot.kind].plural)
    for record in candidates:
        if all(getattr(record, column) == value for column, value in where.items()):
            return snap.version_of(slot.kind, record.id)
    return 0


def base_on_snapshot(command: Command, snap: PlanSnapshot) -> None:
    """Team mode: make the edit conditional on what the planner saw (unless the caller chose)."""
    for slot in command.expected_versions():
        if slot.version is None:
            slot.version = seen_version(snap, slot)


def overwrite(command: Command) -> None:
    """The same edit, no longer conditional on what the planner saw (the planner chose so)."""
    for slot in command.expected_versions():
        slot.version = None


@dataclass
class Step:
    """One entry of the history: the command as last applied and the command that undoes it."""

    command: Command
    inverse: Command


class History:
    """Applied commands and their inverses; undo and redo move steps between two stacks."""

    def __init__(self) -> None:
        self.done: list[Step] = []
        self.undone: list[Step] = []

    def record(self, step: Step) -> None:
        self.done.append(step)
        self.undone.clear()

    def merge_last(self) -> None:
        """Fold the newest step into the one before (typing in one field): undo restores the
        values before the first edit, redo sets the latest."""
        newest = self.done.pop()
        self.done[-1].command = newest.command

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()


class EditSession:
    """One open plan: the document, the history of edits, the snapshot kept current.

    ``versioned``: base each edit on the record versions of the snapshot (the desktop
    app, where the planner edits what they see); the CLI edits without a snapshot.
    Commands raise ``CommandError`` (``ConflictError`` when someone else saved the record
    first), ``PlanFileError`` or a database error; the plan is then unchanged.
    """

    def __init__(
        self,
        document: PlanDocument,
        *,
        snapshot: PlanSnapshot | None = None,
        versioned: bool = False,
    ):
        """``snapshot``: one already read (by a worker) at the document's current revision.

        Without one the snapshot is read when first asked for (the CLI edits without it)
        and kept current from then on.
        """
        self.document = document
        self.versioned = versioned
        self.history = History()
        self._listeners: list[SnapshotListener] = []
        self._snapshot: PlanSnapshot | None = None
        #: The snapshot last analysed, its analysis, and every record touched since (None:
        #: not known, e.g. after a full reload; the next analysis is a full one).
        self._analysed: tuple[PlanSnapshot, PlanAnalysis] | None = None
        self._touched_since: Touched | None = None
        if snapshot is not None:
            adopt_snapshot(document, snapshot)
            self._snapshot = snapshot_of(document)
        self._applying = False
        document.add_listener(self._on_document_change)

    # -- state ---------------------------------------------------------------------------

    @property
    def snapshot(self) -> PlanSnapshot:
        if self._snapshot is None:
            self._snapshot = snapshot_of(self.document)
        return self._snapshot

    def analysis(self) -> PlanAnalysis:
        """The analysis of the current snapshot, redoing only what the edits since the last
        one touched (a full analysis the first time and after a full reload)."""
        from stratplanner.analysis.incremental import update_analysis
        from stratplanner.analysis.plan_analysis import analyze

        snap = self.snapshot
        if self._analysed is None:
            result = analyze(snap)
        else:
            old, previous = self._analysed
            touched = self._touched_since
            records = None if touched is None else touched.records
            result = update_analysis(previous, old, snap, records)
        self._analysed = (snap, result)
        self._touched_since = Touched()
        return result

    @property
    def _keeps_snapshot(self) -> bool:
        """A snapshot was read or someone listens: keep it current after each change."""
        return self._snapshot is not None or bool(self._listeners)

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def add_listener(self, listener: SnapshotListener) -> None:
        """``listener(snapshot)`` after every change: an edit, undo, redo or an outside change."""
        self._listeners.append(listener)

    def remove_listener(self, listener: SnapshotListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- editing -------------------------------------------------------------------------

    def execute(
        self,
        command: Command,
        *,
        based_on_snapshot: bool = True,
        seen: PlanSnapshot | None = None,
    ) -> Command:
        """Apply ``command`` as one step of the history; returns its inverse.

        ``seen``: the snapshot the planner saw when they began the edit (a dialog kept open
        while others' changes arrived), whose versions the edit is based on instead of the
        current snapshot's, so a change made meanwhile is a conflict, not overwritten.
        ``based_on_snapshot=False``: don't fill in the versions it expects (an overwrite,
        or a caller that chose them).
        """
        if self.versioned and based_on_snapshot:
            base_on_snapshot(command, seen if seen is not None else self.snapshot)
        inverse = self.apply(command)
        self.history.record(Step(command, inverse))
        return inverse

    def apply(self, command: Command) -> Command:
        """Apply ``command`` outside the history (a participant's ballot from a phone must not
        be undone by the facilitator's Ctrl+Z); returns its inverse."""
        self._applying = True
        try:
            inverse: Command = self.document.execute(command)  # type: ignore[assignment]
        finally:
            self._applying = False
        self._refresh(touched_by(command, inverse))
        return inverse

    def undo(self) -> Command | None:
        """Undo the newest step (None: nothing to undo). On failure the history is cleared."""
        if not self.history.done:
            return None
        step = self.history.done.pop()
        step.command = self._replay(step.inverse)
        self.history.undone.append(step)
        return step.command

    def redo(self) -> Command | None:
        """Redo the newest undone step (None: nothing to redo)."""
        if not self.history.undone:
            return None
        step = self.history.undone.pop()
        step.inverse = self._replay(step.command)
        self.history.done.append(step)
        return step.inverse

    @property
    def can_undo(self) -> bool:
        return bool(self.history.done)

    @property
    def can_redo(self) -> bool:
        return bool(self.history.undone)

    def _replay(self, command: Command) -> Command:
        try:
            return self.apply(command)
        except Exception:
            self.history.clear()  # the plan is as it is; the history no longer leads anywhere
            raise

    def reload(self) -> PlanSnapshot:
        """Read the whole plan again (others' changes included)."""
        self._snapshot = snapshot_of(self.document)
        self._analysed = None  # every record is new: the next analysis is a full one
        self._notify()
        return self._snapshot

    def _refresh(self, touched: Touched | None) -> None:
        if not self._keeps_snapshot:
            self._analysed = None
            return  # read when first asked for
        if self._snapshot is None:
            self._snapshot = snapshot_of(self.document)
            self._analysed = None
        elif touched is not None and len(touched) <= MAX_TOUCHED:
            self._snapshot = refresh_snapshot(
                self.document, self._snapshot, touched.records, settings=touched.settings
            )
            self._note_touched(touched)
        else:
            self._snapshot = snapshot_of(self.document)
            self._analysed = None
        self._notify()

    def _note_touched(self, touched: Touched) -> None:
        """Remember what changed since the last analysis, for the next one to redo."""
        if self._analysed is None or self._touched_since is None:
            return
        self._touched_since.merge(touched)
        if len(self._touched_since) > MAX_TOUCHED:
            self._touched_since = None

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self.snapshot)

    def _on_document_change(self, change: Change) -> None:
        if self._applying:
            return  # apply refreshes from what the command touched
        if not self._keeps_snapshot:
            return
        self.reload()

    # -- read services (the UI never opens a session) ------------------------------------

    def delete_summary(self, kind: str, ids: list[int]) -> str:
        """What deleting these records removes with them, for the confirmation."""
        session = self.document.session
        try:
            lines = [plan_delete(session, kind, record_id).summary() for record_id in ids[:5]]
        finally:
            session.rollback()  # reads begin a transaction; don't hold it while the user decides
        if len(ids) > 5:
            lines.append(
                f"…and {len(ids) - 5} more {KINDS[kind].labels} with what belongs to them."
            )
        lines.append("You can undo this.")
        return "\n".join(lines)

    def baseline_document(self, baseline_id: int) -> str:
        """The JSON text of one saved baseline (kept out of snapshots: it is a whole plan)."""
        return read_baseline_document(self.document.session, baseline_id)

    def read(self, reader: Callable[[Any], Any]) -> Any:
        """``reader(session)`` on the GUI thread's session, its transaction ended after (a
        baseline for the PDF, the ids a merge plan needs)."""
        session = self.document.session
        try:
            return reader(session)
        finally:
            session.rollback()

    def read_apart(self, reader: Callable[[Any], Any]) -> Any:
        """``reader(session)`` on a session of its own, for a worker thread (an import
        preview): sessions are not thread-safe."""
        session = self.document.new_session()
        try:
            return reader(session)
        finally:
            session.close()

    def close(self) -> None:
        self.document.remove_listener(self._on_document_change)
        self._analysed = None
        self.history.clear()
        self._listeners.clear()
        self.document.close()


__all__ = [
    "MAX_TOUCHED",
    "EditSession",
    "History",
    "Step",
    "base_on_snapshot",
    "overwrite",
    "seen_version",
]
