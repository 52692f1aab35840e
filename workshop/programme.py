"""The session programme: steps (werkvormen) per session, their kinds and timeboxes, and where a session stands."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from workshop import ids
from workshop.base import DomainModel, NonEmpty, Text


class StepKind(StrEnum):
    """What happens in a step; a step of some kinds opens an activity (a round, the tray, the check)."""

    EXPLAIN = "uitleg"
    COLLECT = "kaarten verzamelen"
    PLACE = "bouwstenen plaatsen"
    VOTE = "stemronde"
    SCORE = "aannames scoren"
    ACTIONS = "acties schrijven"
    STORY = "verhaal en controle"


class StepStatus(StrEnum):
    """Where a step stands in its session."""

    TODO = "te doen"
    RUNNING = "bezig"
    DONE = "gedaan"
    SKIPPED = "overgeslagen"


OPENS: dict[StepKind, tuple[str, ...]] = {
    StepKind.VOTE: ("ambitie", "deelambities", "bouwstenen"),
    StepKind.SCORE: ("aannames",),
    StepKind.COLLECT: ("ambitie", "deelambities", "bouwstenen", "aannames"),
    StepKind.PLACE: ("bouwstenen",),
    StepKind.ACTIONS: ("acties",),
    StepKind.STORY: ("verhaal", "controle", "monitoring"),
}
"""What a step of each kind may open (the column 'Opent'); the first one is the default."""

MAX_MINUTES = 480


class Step(DomainModel):
    """One werkvorm of a session: what the room sees, what only the facilitator reads, a timebox, and its record."""

    id: str = Field(pattern=ids.anchored("step"))
    session_number: int = Field(ge=1, le=99)
    title: NonEmpty
    kind: StepKind = StepKind.EXPLAIN
    minutes: int = Field(default=10, ge=0, le=MAX_MINUTES)
    room: Text = ""
    """Instructions for the room (shown on the projector)."""
    guide: Text = ""
    """Notes for the facilitator (on the laptop only)."""
    opens: Text = ""
    """What the step opens or prefills: one of OPENS[kind] (blank: nothing)."""
    status: StepStatus = StepStatus.TODO
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    minutes_spent: int | None = Field(default=None, ge=0, le=100_000)
    """Minutes the step ran (pauses of the timer not counted), set when it is done or the session stops for today."""
    minutes_extra: int = Field(default=0, ge=0, le=MAX_MINUTES)
    """Extra minutes the facilitator gave the step while it ran (+1, +5), on top of its timebox."""
    notes: Text = ""
    """What was said (quick capture on the laptop; never on the projector unless the facilitator shows it)."""
    decisions: Text = ""
    activity: Text = ""
    """The round the step opened, e.g. 'V-03' or 'scoreronde 2'."""

    @property
    def is_open(self) -> bool:
        """True for a step still to do or running (not done, not skipped)."""
        return self.status in (StepStatus.TODO, StepStatus.RUNNING)


def steps_of(steps: list[Step], number: int) -> list[Step]:
    """The steps of one session, in programme order."""
    return [s for s in steps if s.session_number == number]


def running_step(steps: list[Step], number: int) -> Step | None:
    """The step that is running in a session, if any."""
    return next((s for s in steps_of(steps, number) if s.status is StepStatus.RUNNING), None)


def resume_step(steps: list[Step], number: int) -> Step | None:
    """Where a session goes on: its running step, else the first step still to do."""
    own = steps_of(steps, number)
    return running_step(steps, number) or next((s for s in own if s.status is StepStatus.TODO), None)


def step_after(steps: list[Step], step: Step) -> Step | None:
    """The next step of the same session that is still to do (skipped steps are passed); after a jump ahead, the
    first one left out before it."""
    own = steps_of(steps, step.session_number)
    at = own.index(step)
    return next((s for s in [*own[at + 1:], *own[:at]] if s.status is StepStatus.TODO), None)


def step_before(steps: list[Step], step: Step) -> Step | None:
    """The step done just before this one in its session (to go back to)."""
    own = steps_of(steps, step.session_number)
    earlier = own[: own.index(step)]
    return next((s for s in reversed(earlier) if s.status is StepStatus.DONE), None)


def planned_minutes(steps: list[Step], number: int) -> int:
    """The session's timeboxes added up, without skipped steps."""
    return sum(s.minutes for s in steps_of(steps, number) if s.status is not StepStatus.SKIPPED)


def opens_problem(kind: StepKind, opens: str) -> str:
    """Why a step of this kind cannot open this (Dutch), or '' when it can."""
    allowed = OPENS.get(kind, ())
    if not opens or opens in allowed:
        return ""
    choices = ", ".join(allowed) if allowed else "niets"
    return f"een stap van soort '{kind.value}' opent {choices}, niet '{opens}'"
