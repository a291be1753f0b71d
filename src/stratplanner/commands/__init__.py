"""Every edit to a plan, as a command with validation and an inverse."""

from stratplanner.commands.base import Command, CommandError, ConflictError, Macro
from stratplanner.commands.links import SetLink
from stratplanner.commands.records import (
    CreateRecord,
    DeletePlan,
    DeleteRecord,
    RestoreRows,
    UpdateRecord,
    plan_delete,
    record_id_for_code,
)
from stratplanner.commands.settings import UpdateSettings

__all__ = [
    "Command",
    "CommandError",
    "ConflictError",
    "CreateRecord",
    "DeletePlan",
    "DeleteRecord",
    "Macro",
    "RestoreRows",
    "SetLink",
    "UpdateRecord",
    "UpdateSettings",
    "plan_delete",
    "record_id_for_code",
]
