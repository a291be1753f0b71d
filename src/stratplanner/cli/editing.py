"""How a CLI command that changes a plan opens it: through the edit session, as the app does.

Every edit a command makes goes through :class:`~stratplanner.app.edit_session.EditSession`
(``tests/test_cli_edit_session.py`` checks each command, and that no CLI module applies a
command or reads the document's session for an edit itself). A command that builds its edit
from the plan as it read it (records found by code, the roles a person hands over, a round's
outcome) reads that snapshot from the session, which is *versioned*: the edit is based on
the record versions it read, so on a team plan a teammate's change saved in between is
refused ("… was changed by …"), as in the app, not overwritten.

A command that ends with its edit reads the plan with :func:`read_plan` and passes that
snapshot on (``edit.execute(command, seen=snap)``): the session then keeps no snapshot
current for nobody (after accepting the sequence of a 20,000-item plan that is a full
reload, a third of a second). A command that reads the plan again after its edit, or edits
more than once, reads ``edit.snapshot``, which the session keeps current by re-reading only
what each edit touched. A command that reads the plan through SQL to build its edit (an
import resolving names, a merge finding our ids) does so through ``edit.read``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from stratplanner.app.edit_session import EditSession
from stratplanner.cli.common import CliError, opened_plan, writable_plan
from stratplanner.commands.base import Command
from stratplanner.snapshot import PlanSnapshot, snapshot_of


@contextlib.contextmanager
def editing(target: str, *, versioned: bool = True) -> Iterator[EditSession]:
    """The plan open for edits through an edit session; a plan that can't be changed is
    refused at once.

    ``versioned=False``: the edit is built from nothing read from the plan (a baseline of it
    as it is), so there are no versions to base it on and no snapshot is read for it.
    """
    with writable_plan(target) as doc:
        edit = EditSession(doc, versioned=versioned)
        try:
            yield edit
        finally:
            edit.close()


@contextlib.contextmanager
def plan_session(
    target: str, *, read_only: bool = False, versioned: bool = True
) -> Iterator[EditSession]:
    """The plan open through an edit session, as :func:`editing`; a plan that can't be changed
    is refused only when an edit is made (:func:`execute`), so a reading command works on it."""
    with opened_plan(target, read_only=read_only) as doc:
        edit = EditSession(doc, versioned=versioned)
        try:
            yield edit
        finally:
            edit.close()


def read_plan(edit: EditSession) -> PlanSnapshot:
    """The plan as a command that ends with its edit reads it; pass it to the edit as
    ``seen=`` (the versions the edit is based on). The session doesn't keep it current."""
    return snapshot_of(edit.document)


def execute(edit: EditSession, command: Command, *, seen: PlanSnapshot | None = None) -> Command:
    """Apply ``command`` through the session (one step), based on ``seen`` if given; refused
    in one sentence if the plan can't be changed. Returns the inverse.

    A command that expects no versions (an import that only adds records) has nothing to base
    on a snapshot, so none is read for it: without ``seen`` the session would read the whole
    plan first (a third of a second for 20,000 items) and keep it current after the edit.
    """
    if edit.read_only:
        doc = edit.document
        raise CliError(f"{doc.file_name} can't be changed: {doc.read_only_reason}.")
    if seen is None and not command.expected_versions():
        return edit.execute(command, based_on_snapshot=False)
    return edit.execute(command, seen=seen)


__all__ = ["editing", "execute", "plan_session", "read_plan"]
