"""Commands for the group process: sessions, participants, voting rounds, votes, assumptions and scores."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workshop import ids
from workshop.assumptions import Assumption, Score
from workshop.commands import Command, Macro
from workshop.edits import COLLECTIONS, Insert, Remove, SetField, named, quote, remove_record
from workshop.sessions import Participant
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, VoteOption, VotingRound, dots_used


def _person(t: Trajectory, participant_id: str) -> str:
    participant = t.participant(participant_id)
    return quote(participant.name) if participant else participant_id


def _question(t: Trajectory, round_id: str) -> str:
    voting_round = t.voting_round(round_id)
    return quote(voting_round.question) if voting_round else round_id


def _assumption(t: Trajectory, assumption_id: str) -> str:
    assumption = t.assumption(assumption_id)
    return quote(assumption.text) if assumption else assumption_id


def _option(t: Trajectory, round_id: str, code: str) -> str:
    voting_round = t.voting_round(round_id)
    option = voting_round.option(code) if voting_round else None
    return quote(option.label) if option and option.label else code


def edit_session(number: int, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change a field of a session (date, status, attendance, notes, decisions, title)."""
    return SetField("sessions", str(number), field, value, f"Sessie {number} wijzigen", mergeable=mergeable)


def add_participant(t: Trajectory, name: str, organisation: str = "", role: str = "", sphere_id: str | None = None) -> Command:
    """Add a participant with the next free P-id."""
    new_id = ids.next_id("participant", [p.id for p in t.participants])
    item = Participant(id=new_id, name=name, organisation=organisation, role=role, sphere_id=sphere_id)
    return Insert("participants", item, label=f"Deelnemer {quote(name)} toevoegen")


def edit_participant(participant_id: str, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change a field of a participant."""
    label = named("Deelnemer", _person, participant_id, "wijzigen")
    return SetField("participants", participant_id, field, value, label, mergeable=mergeable)


def remove_participant(t: Trajectory, participant_id: str) -> Command:
    """Remove a participant with their votes, scores and attendance, as one undo step."""
    commands: list[Command] = [remove_record("votes", v) for v in t.votes if v.participant_id == participant_id]
    commands += [remove_record("scores", s) for s in t.scores if s.participant_id == participant_id]
    for session in t.sessions:
        if participant_id in session.attendance:
            rest = [p for p in session.attendance if p != participant_id]
            commands.append(SetField("sessions", str(session.number), "attendance", rest))
    commands.append(Remove("participants", participant_id))
    return Macro(f"Deelnemer {_person(t, participant_id)} verwijderen", commands)


def options_for(t: Trajectory, element_ids: Sequence[str], free_texts: Sequence[str] = ()) -> list[VoteOption]:
    """Vote options: theory elements by id, then free texts coded T1, T2, ..."""
    options = [VoteOption(code=e, label=t.theory.element_label(e) or e, element_id=e) for e in element_ids]
    return options + [VoteOption(code=f"T{i + 1}", label=text) for i, text in enumerate(free_texts)]


def add_voting_round(
    t: Trajectory, question: str, options: list[VoteOption], dots: int = 3,
    anonymous: bool = True, session_number: int | None = None,
) -> Command:
    """Open a new voting round with the next free V-id."""
    new_id = ids.next_id("voting_round", [r.id for r in t.voting_rounds])
    item = VotingRound(
        id=new_id, question=question, options=options, dots_per_participant=dots,
        anonymous=anonymous, session_number=session_number,
    )
    return Insert("voting_rounds", item, label=f"Stemronde {quote(question)} aanmaken")


def set_round_status(round_id: str, status: RoundStatus) -> Command:
    """Open, close or reveal a round."""
    words = {RoundStatus.OPEN: "openen", RoundStatus.CLOSED: "sluiten", RoundStatus.REVEALED: "onthullen"}
    return SetField("voting_rounds", round_id, "status", status, named("Stemronde", _question, round_id, words[status]))


class VotingError(ValueError):
    """A vote that the rules of the round do not allow; the message is Dutch and shown to the user."""


def cast_vote(t: Trajectory, round_id: str, participant_id: str, option_code: str) -> Command:
    """Place the participant's next dot on an option; refuses when the round is closed or dots run out."""
    voting_round = t.voting_round(round_id)
    if voting_round is None:
        raise VotingError(f"Stemronde {round_id} bestaat niet.")
    if voting_round.status is not RoundStatus.OPEN:
        raise VotingError(f"Stemronde {round_id} is niet open; stemmen kan niet meer.")
    if t.participant(participant_id) is None or voting_round.option(option_code) is None:
        raise VotingError(f"Onbekende deelnemer {participant_id} of optie {option_code}.")
    used = {v.dot for v in t.votes if v.round_id == round_id and v.participant_id == participant_id}
    if len(used) >= voting_round.dots_per_participant:
        raise VotingError(f"{participant_id} heeft alle {voting_round.dots_per_participant} stippen al gebruikt.")
    dot = min(d for d in range(1, voting_round.dots_per_participant + 1) if d not in used)
    vote = Vote(round_id=round_id, participant_id=participant_id, option_code=option_code, dot=dot)
    return Insert("votes", vote, label=f"Stip op {_option(t, round_id, option_code)}")


def retract_vote(t: Trajectory, round_id: str, participant_id: str, option_code: str) -> Command:
    """Take back the participant's last dot on an option."""
    mine = [v for v in t.votes if (v.round_id, v.participant_id, v.option_code) == (round_id, participant_id, option_code)]
    if not mine:
        raise VotingError(f"{participant_id} heeft geen stip op {option_code}.")
    return remove_record("votes", max(mine, key=lambda v: v.dot), label=f"Stip van {_option(t, round_id, option_code)} terugnemen")


def remaining_dots(t: Trajectory, round_id: str, participant_id: str) -> int:
    """How many dots the participant can still place in this round."""
    voting_round = t.voting_round(round_id)
    total = voting_round.dots_per_participant if voting_round else 0
    return max(0, total - dots_used(t.votes, round_id, participant_id))


def add_assumption(t: Trajectory, text: str, element_id: str = "", **fields: Any) -> Command:
    """Add an assumption with the next free A-id."""
    new_id = ids.next_id("assumption", [a.id for a in t.assumptions])
    item = Assumption(id=new_id, text=text, element_id=element_id, **fields)
    return Insert("assumptions", item, label=f"Aanname {quote(text)} toevoegen")


def edit_assumption(assumption_id: str, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change one field of an assumption."""
    label = named("Aanname", _assumption, assumption_id, "wijzigen")
    return SetField("assumptions", assumption_id, field, value, label, mergeable=mergeable)


def remove_assumption(t: Trajectory, assumption_id: str) -> Command:
    """Remove an assumption with its scores, as one undo step."""
    commands: list[Command] = [remove_record("scores", s) for s in t.scores if s.assumption_id == assumption_id]
    commands.append(Remove("assumptions", assumption_id))
    return Macro(f"Aanname {_assumption(t, assumption_id)} verwijderen", commands)


def score_assumption(
    t: Trajectory, assumption_id: str, participant_id: str, importance: int, certainty: int, round_: int = 1
) -> Command:
    """Record (or change) a participant's belang and zekerheid for an assumption in a round."""
    if t.assumption(assumption_id) is None or t.participant(participant_id) is None:
        raise KeyError(f"{assumption_id}/{participant_id}")
    score = Score(assumption_id=assumption_id, participant_id=participant_id, round=round_,
                  importance=importance, certainty=certainty)
    key = COLLECTIONS["scores"].key(score)
    label = f"Score van {_person(t, participant_id)} voor {_assumption(t, assumption_id)}"
    if any(COLLECTIONS["scores"].key(s) == key for s in t.scores):
        return Macro(label, [Remove("scores", key), Insert("scores", score)])
    return Insert("scores", score, label=label)
