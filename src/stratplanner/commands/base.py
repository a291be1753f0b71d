"""Every edit is a command: ``apply`` changes the plan and returns the command that undoes it.

Commands are plain Python so the CLI, the tests and the GUI's undo stack
share them (the GUI wraps each in one generic QUndoCommand adapter).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from sqlalchemy.orm import Session


class CommandError(Exception):
    """The edit was refused; every problem is a sentence naming the record."""

    def __init__(self, problems: Sequence[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ".join(self.problems))


class Command(ABC):
    label: str = "Edit"
    #: Consecutive commands with the same non-None key merge into one undo step (typing).
    merge_key: tuple[object, ...] | None = None

    @abstractmethod
    def apply(self, session: Session) -> Command:
        """Change the plan inside the caller's transaction; return the inverse command."""

    def kinds(self) -> frozenset[str]:
        """The kinds of record this command may change (for refreshing views)."""
        return frozenset()


class Macro(Command):
    """Several commands applied as one step; undone in reverse order."""

    def __init__(self, label: str, commands: Sequence[Command]):
        self.label = label
        self.commands = list(commands)

    def apply(self, session: Session) -> Command:
        inverses = [command.apply(session) for command in self.commands]
        return Macro(self.label, list(reversed(inverses)))

    def kinds(self) -> frozenset[str]:
        result: frozenset[str] = frozenset()
        for command in self.commands:
            result |= command.kinds()
        return result
