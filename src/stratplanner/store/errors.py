"""Errors the store raises; each message is one sentence a planner can act on."""


class PlanFileError(Exception):
    """The plan can't be opened or written; ``str(error)`` says why and what to do."""


class NotAPlanError(PlanFileError):
    pass


class NewerPlanError(PlanFileError):
    pass


class CorruptPlanError(PlanFileError):
    pass


class HostilePlanError(PlanFileError):
    pass


class PlanBusyError(PlanFileError):
    """Another program holds the plan file locked (an exclusive SQLite lock): not damage."""


class ReadOnlyPlanError(PlanFileError):
    """An edit was attempted on a plan opened read-only."""


class BadValuesError(PlanFileError):
    """The plan holds values of the wrong type or outside their allowed set (a hand edit)."""


class ConnectionLostError(PlanFileError):
    """The connection to the plan server (or the plan file) broke during an edit: nothing was
    saved, and trying again once it is back works. Callers tell it by its type, never by its
    words (which are in the user's language)."""
