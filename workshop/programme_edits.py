"""Commands that run the programme: start a session, advance, go back, skip, finish, and edit the steps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from workshop import ids
from workshop.commands import Command, Macro
from workshop.edits import Insert, Remove, SetField, quote
from workshop.programme import (
    MAX_MINUTES, Step, StepKind, StepStatus, opens_problem, resume_step, running_step, step_after, step_before,
    steps_of,
)
from workshop.programme_templates import numbered
from workshop.sessions import SessionStatus
from workshop.trajectory import Trajectory

STEP_FIELDS = {"title", "kind", "minutes", "room", "guide", "opens", "notes", "decisions", "session_number", "activity"}


class ProgrammeError(ValueError):
    """A programme change that cannot be made; the message is Dutch and names the session or step."""


def _set(step: Step, **values: Any) -> list[Command]:
    return [SetField("steps", step.id, field, value) for field, value in values.items()]


def _session(t: Trajectory, number: int) -> Any:
    session = t.session(number)
    if session is None:
        raise ProgrammeError(f"Sessie {number} bestaat niet.")
    return session


def _begin(step: Step, now: dt.datetime) -> list[Command]:
    return _set(step, status=StepStatus.RUNNING, started=now, finished=None, minutes_spent=None, minutes_extra=0)


def _end(step: Step, now: dt.datetime, minutes: int | None) -> list[Command]:
    return _set(step, status=StepStatus.DONE, finished=now, minutes_spent=minutes)


def start_session(t: Trajectory, number: int, now: dt.datetime) -> Command:
    """Start (or resume) a session: it is running, dated today when it had no date, at its first open step.
    A running session elsewhere is left as it is (two sessions may be open: a session can be resumed later)."""
    session = _session(t, number)
    commands = _open(t, number, now)
    step = resume_step(t.steps, number)
    if step is not None and step.status is StepStatus.TODO:
        commands += _begin(step, now)
    word = "hervatten" if session.status is SessionStatus.RUNNING or any(
        s.status is StepStatus.DONE for s in steps_of(t.steps, number)) else "starten"
    return Macro(f"Sessie {number} {word}", commands)


def _open(t: Trajectory, number: int, now: dt.datetime) -> list[Command]:
    """The session runs (again), dated today when it had no date."""
    session = _session(t, number)
    commands: list[Command] = []
    if session.status is not SessionStatus.RUNNING:
        commands.append(SetField("sessions", str(number), "status", SessionStatus.RUNNING))
    if session.date is None:
        commands.append(SetField("sessions", str(number), "date", now.date()))
    return commands


def advance(t: Trajectory, number: int, now: dt.datetime, minutes: int | None) -> Command:
    """The running step is done (it ran `minutes`); the next open step starts. Refused at the last step."""
    current = running_step(t.steps, number)
    if current is None:
        raise ProgrammeError(f"In sessie {number} loopt geen stap; start de sessie eerst.")
    following = step_after(t.steps, current)
    if following is None:
        raise ProgrammeError(f"{quote(current.title)} is de laatste stap van sessie {number}; sluit de sessie af.")
    return Macro(f"Verder naar {quote(following.title)}", _end(current, now, minutes) + _begin(following, now))


def back(t: Trajectory, number: int, now: dt.datetime) -> Command:
    """Back to the step done before the running one; the running one is to do again."""
    current = running_step(t.steps, number)
    if current is None:
        raise ProgrammeError(f"In sessie {number} loopt geen stap.")
    earlier = step_before(t.steps, current)
    if earlier is None:
        raise ProgrammeError(f"{quote(current.title)} is de eerste stap van sessie {number}.")
    again = _set(current, status=StepStatus.TODO, started=None) + _set(earlier, status=StepStatus.RUNNING, finished=None)
    return Macro(f"Terug naar {quote(earlier.title)}", again)


def jump(t: Trajectory, step_id: str, now: dt.datetime, minutes: int | None) -> Command:
    """Go straight to a step of a session (the running one counts as done, any in between stay to do); a session
    not started or afgerond runs (again)."""
    step = _step(t, step_id)
    current = running_step(t.steps, step.session_number)
    commands = _open(t, step.session_number, now)
    commands += _end(current, now, minutes) if current is not None and current is not step else []
    if step.status is StepStatus.DONE:  # back to a step done: it keeps its start and the minutes it took
        commands += _set(step, status=StepStatus.RUNNING, finished=None)
    elif step.status is not StepStatus.RUNNING:
        commands += _begin(step, now)
    return Macro(f"Naar {quote(step.title)}", commands)


def finish_session(t: Trajectory, number: int, now: dt.datetime, minutes: int | None) -> Command:
    """Close a session: its running step is done, the session is afgerond. Steps not reached stay to do."""
    session = _session(t, number)
    commands: list[Command] = []
    if (current := running_step(t.steps, number)) is not None:
        commands += _end(current, now, minutes)
    if session.status is not SessionStatus.DONE:
        commands.append(SetField("sessions", str(number), "status", SessionStatus.DONE))
    return Macro(f"Sessie {number} afsluiten", commands)


def pause_session(t: Trajectory, number: int, now: dt.datetime, minutes: int | None) -> Command:
    """Stop for today in the middle of a session: the running step keeps running (so a later start resumes it),
    with the minutes so far; the session stays 'bezig'."""
    current = running_step(t.steps, number)
    if current is None:
        return Macro(f"Sessie {number} onderbreken", [])
    return Macro(f"Sessie {number} onderbreken", _set(current, minutes_spent=minutes))


def give_minutes(t: Trajectory, number: int, minutes: int) -> Command:
    """Extra minutes (+1, +5) for the step running in a session, kept with the step (saved, undoable)."""
    current = running_step(t.steps, number)
    if current is None:
        raise ProgrammeError(f"In sessie {number} loopt geen stap; extra minuten gaan naar een lopende stap.")
    extra = current.minutes_extra + minutes
    if not 0 <= extra <= MAX_MINUTES:
        raise ProgrammeError(f"{quote(current.title)} heeft al {current.minutes_extra} extra minuten; meer dan "
                             f"{MAX_MINUTES} kan niet.")
    word = "minuut" if minutes == 1 else "minuten"
    return SetField("steps", current.id, "minutes_extra", extra, f"{minutes} {word} extra voor {quote(current.title)}")


def skip(t: Trajectory, step_id: str, skipped: bool = True) -> Command:
    """Skip a step still to do (or take it back into the programme)."""
    step = _step(t, step_id)
    if skipped and step.status is not StepStatus.TODO:
        raise ProgrammeError(f"{quote(step.title)} is {step.status.value}; alleen een stap die nog moet, kan worden "
                             "overgeslagen.")
    status = StepStatus.SKIPPED if skipped else StepStatus.TODO
    verb = "overslaan" if skipped else "weer opnemen"
    return SetField("steps", step_id, "status", status, f"Stap {quote(step.title)} {verb}")


def _step(t: Trajectory, step_id: str) -> Step:
    step = t.step(step_id)
    if step is None:
        raise ProgrammeError(f"Stap {step_id} bestaat niet.")
    return step


# -- editing the programme --------------------------------------------------------------------------------------
def add_step(t: Trajectory, number: int, title: str, after: str | None = None,
             kind: StepKind = StepKind.EXPLAIN, minutes: int = 10) -> Command:
    """A new step in a session, after `after` (else at the end of the session)."""
    _session(t, number)
    step = Step(id=ids.next_id("step", [s.id for s in t.steps]), session_number=number, title=title, kind=kind,
                minutes=minutes)
    own = steps_of(t.steps, number)
    anchor = t.step(after) if after else (own[-1] if own else None)
    index = t.steps.index(anchor) + 1 if anchor is not None else _first_index_after(t, number)
    return Insert("steps", step, index, f"Stap {quote(title)} toevoegen")


def _first_index_after(t: Trajectory, number: int) -> int:
    """Where a first step of a session goes: before the steps of later sessions."""
    return next((i for i, s in enumerate(t.steps) if s.session_number > number), len(t.steps))


def remove_step(t: Trajectory, step_id: str) -> Command:
    """Remove a step that has not run (a step with a record is skipped instead, so nothing is lost)."""
    step = _step(t, step_id)
    if step.status in (StepStatus.RUNNING, StepStatus.DONE) or step.notes or step.decisions:
        raise ProgrammeError(f"{quote(step.title)} heeft al gelopen of heeft notities; sla de stap over in plaats "
                             "van hem te verwijderen.")
    return Remove("steps", step_id, f"Stap {quote(step.title)} verwijderen")


def move_step(t: Trajectory, step_id: str, offset: int) -> Command:
    """Move a step up (-1) or down (+1) within its session."""
    step = _step(t, step_id)
    own = steps_of(t.steps, step.session_number)
    position = own.index(step) + offset
    if not 0 <= position < len(own):
        raise ProgrammeError(f"{quote(step.title)} staat al {'bovenaan' if offset < 0 else 'onderaan'}.")
    index = t.steps.index(own[position])
    return Macro(f"Stap {quote(step.title)} verplaatsen", [Remove("steps", step_id), Insert("steps", step, index)])


def edit_step(t: Trajectory, step_id: str, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change a field of a step (title, kind, minutes, texts, notes, decisions)."""
    _step(t, step_id)
    if field not in STEP_FIELDS:
        raise ProgrammeError(f"Het veld {field} van een stap kan zo niet veranderen.")
    return edit_step_fields(t, step_id, {field: value}, mergeable)


def edit_step_fields(t: Trajectory, step_id: str, values: dict[str, Any], mergeable: bool = False) -> Command:
    """Change several fields of a step as one undo step; what it opens is checked against its new kind, and a new
    kind that cannot open what the step opened opens the default instead."""
    step = _step(t, step_id)
    if unknown := sorted(set(values) - set(STEP_FIELDS)):
        raise ProgrammeError(f"Het veld {', '.join(unknown)} van een stap kan zo niet veranderen.")
    kind = StepKind(values.get("kind", step.kind))
    opens = values.get("opens", step.opens)
    if problem := opens_problem(kind, opens):
        if "opens" in values:
            raise ProgrammeError(f"{quote(step.title)}: {problem}.")
        values = {**values, "opens": ""}
    label = f"Stap {quote(step.title)} wijzigen"
    commands = [SetField("steps", step_id, f, v, label, mergeable=mergeable) for f, v in values.items()
                if v != getattr(step, f)]
    return commands[0] if len(commands) == 1 else Macro(label, commands)


def use_template(t: Trajectory, steps: list[Step], titles: dict[int, str]) -> Command:
    """Replace the steps still to do by a template's (steps with a record stay), and take its session titles.
    A session afgerond gets no new steps; a running one none with the title of a step it already has a record of."""
    kept = [s for s in t.steps if s.status is not StepStatus.TODO]
    closed = {s.number for s in t.sessions if s.status is SessionStatus.DONE}
    had = {(s.session_number, s.title) for s in kept}
    wanted = [s for s in steps if s.session_number not in closed and (s.session_number, s.title) not in had]
    fresh = numbered(wanted, [s.id for s in t.steps])
    commands: list[Command] = [Remove("steps", s.id) for s in t.steps if s not in kept]
    order = sorted([*kept, *fresh], key=lambda s: s.session_number)  # stable: records first within a session
    commands += [Insert("steps", s, order.index(s)) for s in order if s in fresh]
    commands += [SetField("sessions", str(n), "title", title) for n, title in titles.items() if t.session(n)]
    return Macro("Programma laden", commands)
