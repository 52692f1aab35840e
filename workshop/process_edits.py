"""Commands for the group process: sessions, participants and attendance."""

from __future__ import annotations

from typing import Any

from workshop import ids
from workshop.commands import Command, Macro
from workshop.edits import Insert, Remove, SetField, named, person, quote, remove_record
from workshop.sessions import Participant
from workshop.trajectory import Trajectory


def edit_session(number: int, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change a field of a session (date, status, attendance, notes, decisions, title)."""
    return SetField("sessions", str(number), field, value, f"Sessie {number} wijzigen", mergeable=mergeable)


def add_participant(t: Trajectory, name: str, organisation: str = "", role: str = "", sphere_id: str | None = None,
                    present_in: int | None = None) -> Command:
    """Add a participant with the next free P-id (and mark them present in session `present_in`)."""
    return add_participants(t, [Participant(id="P-00", name=name, organisation=organisation, role=role,
                                            sphere_id=sphere_id)], present_in, f"Deelnemer {quote(name)} toevoegen")


def add_participants(t: Trajectory, people: list[Participant], present_in: int | None = None, label: str = "") -> Command:
    """Register several people in one undo step, with fresh P-ids (their ids are ignored), present in a session."""
    taken = [p.id for p in t.participants]
    commands: list[Command] = []
    for newcomer in people:
        new_id = ids.next_id("participant", taken)
        taken.append(new_id)
        commands.append(Insert("participants", newcomer.model_copy(update={"id": new_id})))
    session = t.session(present_in) if present_in is not None else None
    if session is not None:
        attendance = session.attendance + [p for p in taken[len(t.participants):] if p not in session.attendance]
        commands.append(SetField("sessions", str(session.number), "attendance", attendance))
    return Macro(label or f"{len(people)} deelnemers toevoegen", commands)


def set_present(t: Trajectory, number: int, participant_id: str, present: bool) -> Command:
    """Mark a participant present in (or absent from) a session."""
    session = t.session(number)
    if session is None:
        raise KeyError(f"sessie {number}")
    rest = [p for p in session.attendance if p != participant_id]
    attendance = sorted(rest + [participant_id], key=ids.sort_key) if present else rest
    word = "aanwezig" if present else "afwezig"
    return SetField("sessions", str(number), "attendance", attendance,
                    f"{person(t, participant_id)} {word} in sessie {number}")


def edit_participant(participant_id: str, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change a field of a participant."""
    label = named("Deelnemer", person, participant_id, "wijzigen")
    return SetField("participants", participant_id, field, value, label, mergeable=mergeable)


def remove_participant(t: Trajectory, participant_id: str) -> Command:
    """Remove a participant with their named votes, scores and attendance, as one undo step."""
    commands: list[Command] = [remove_record("votes", v) for v in t.votes if v.voter == participant_id]
    for r in t.voting_rounds:
        if participant_id in r.voted:
            commands.append(SetField("voting_rounds", r.id, "voted", [p for p in r.voted if p != participant_id]))
    commands += [remove_record("scores", s) for s in t.scores if s.participant_id == participant_id]
    for session in t.sessions:
        if participant_id in session.attendance:
            rest = [p for p in session.attendance if p != participant_id]
            commands.append(SetField("sessions", str(session.number), "attendance", rest))
    commands.append(Remove("participants", participant_id))
    return Macro(f"Deelnemer {person(t, participant_id)} verwijderen", commands)
