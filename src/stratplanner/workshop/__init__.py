"""Workshop mode's voting server: phones in the room vote on roadmap items (no Qt, no SQL)."""

from __future__ import annotations

from stratplanner.workshop.qr import qr_png, qr_svg
from stratplanner.workshop.security import Limits
from stratplanner.workshop.server import (
    BallotBox,
    BallotRefused,
    JoinRequest,
    WorkshopError,
    WorkshopServer,
)

__all__ = [
    "BallotBox",
    "BallotRefused",
    "JoinRequest",
    "Limits",
    "WorkshopError",
    "WorkshopServer",
    "qr_png",
    "qr_svg",
]
