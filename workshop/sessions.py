"""Session records of the four-session trajectory: date, status, attendance, notes and decisions."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from workshop import ids
from workshop.base import DomainModel, NonEmpty, Text

SESSION_TITLES = (
    "Ambitie",
    "Deelambities en bouwstenen",
    "Aannames en handelingsperspectief",
    "Verhaal, controle en monitoring",
)
"""Default titles; they follow the proposed mapping of the six steps onto four sessions."""

SESSION_STEPS = ((1, 2), (2, 3), (3, 4), (5, 6))
"""Which of the six steps each default session covers."""


class SessionStatus(StrEnum):
    """Where a session stands."""

    PLANNED = "gepland"
    RUNNING = "bezig"
    DONE = "afgerond"


class Session(DomainModel):
    """One group session."""

    number: int = Field(ge=1, le=99)
    title: NonEmpty
    date: dt.date | None = None
    status: SessionStatus = SessionStatus.PLANNED
    attendance: list[str] = Field(default_factory=list)
    notes: Text = ""
    decisions: Text = ""


class Participant(DomainModel):
    """A person in the room: name or anonymous code, organisation, role and sphere."""

    id: str = Field(pattern=ids.anchored("participant"))
    name: NonEmpty
    organisation: Text = ""
    role: Text = ""
    sphere_id: str | None = Field(default=None, pattern=ids.anchored("sphere"))
    facilitator: bool = False
    """The facilitator (begeleider): votes only in rounds that say so."""


def default_sessions() -> list[Session]:
    """The four sessions of a new trajectory, without dates."""
    return [Session(number=i + 1, title=t) for i, t in enumerate(SESSION_TITLES)]
