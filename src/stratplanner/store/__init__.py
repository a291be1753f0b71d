"""Opening, creating, checking, upgrading and copying plan files."""

from stratplanner.store.document import Change, PlanDocument, create_plan_file, open_plan
from stratplanner.store.errors import (
    CorruptPlanError,
    HostilePlanError,
    NewerPlanError,
    NotAPlanError,
    PlanFileError,
    ReadOnlyPlanError,
)

__all__ = [
    "Change",
    "CorruptPlanError",
    "HostilePlanError",
    "NewerPlanError",
    "NotAPlanError",
    "PlanDocument",
    "PlanFileError",
    "ReadOnlyPlanError",
    "create_plan_file",
    "open_plan",
]
