"""Commands for voting rounds: set up, repeat, open/close/reveal, cast or take back a ballot, type in counts."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from workshop import ids
from workshop.commands import Command, Macro
from workshop.edits import Insert, SetField, named, person, quote
from workshop.registry import Change
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, VoteOption, VotingRound, anonymous_code, ballot_problems, voters_in

ROUND_FIELDS = {"question", "kind", "mode", "dots_per_participant", "max_per_option", "anonymous",
                "facilitator_votes", "session_number", "options"}
"""The settings of a round that can change while nobody has voted yet."""


class VotingError(ValueError):
    """A vote or change that the rules of the round do not allow; the message is Dutch and shown to the user."""


def _question(t: Trajectory, round_id: str) -> str:
    voting_round = t.voting_round(round_id)
    return quote(voting_round.question) if voting_round else round_id


def option_label(t: Trajectory, element_id: str) -> str:
    """How an option for a theory element or an assumption is named on a tile."""
    assumption = t.assumption(element_id)
    if assumption is not None:
        return f"{assumption.id} {assumption.text}"
    return t.theory.element_label(element_id) or element_id


def options_for(t: Trajectory, element_ids: Sequence[str], free_texts: Sequence[str] = ()) -> list[VoteOption]:
    """Vote options: theory elements and assumptions by id, then free texts coded T1, T2, ..."""
    options = [VoteOption(code=e, label=option_label(t, e), element_id=_element(t, e)) for e in element_ids]
    return options + [VoteOption(code=f"T{i + 1}", label=text) for i, text in enumerate(free_texts)]


def _element(t: Trajectory, element_id: str) -> str | None:
    """The theory element an option points at: itself, or the element an assumption is about."""
    assumption = t.assumption(element_id)
    if assumption is not None:
        return assumption.element_id or None
    return element_id if element_id in t.theory.element_ids() else None


def _round(t: Trajectory, round_id: str) -> VotingRound:
    voting_round = t.voting_round(round_id)
    if voting_round is None:
        raise VotingError(f"Stemronde {round_id} bestaat niet.")
    return voting_round


def add_round(t: Trajectory, question: str, options: list[VoteOption], **rules: Any) -> Command:
    """A new round with the next free V-id (rules: kind, mode, dots_per_participant, anonymous, ...)."""
    if not options:
        raise VotingError("Een stemronde heeft minstens één optie nodig.")
    new_id = ids.next_id("voting_round", [r.id for r in t.voting_rounds])
    item = VotingRound(id=new_id, question=question, options=options, **rules)
    return Insert("voting_rounds", item, label=f"Stemronde {quote(question)} aanmaken")


def repeat_round(t: Trajectory, round_id: str, session_number: int | None = None) -> Command:
    """A new open round with the same question, options and rules, to vote again after a discussion."""
    source = _round(t, round_id)
    options = [o.model_copy(update={"count": None}) for o in source.options]
    copy = source.model_copy(update={
        "id": ids.next_id("voting_round", [r.id for r in t.voting_rounds]), "options": options, "voted": [],
        "status": RoundStatus.OPEN, "repeats": source.id, "session_number": session_number or source.session_number,
    })
    return Insert("voting_rounds", copy, label=f"Stemronde {quote(source.question)} herhalen")


def has_votes(t: Trajectory, round_id: str) -> bool:
    """True when a ballot was cast or a count typed in for this round."""
    voting_round = t.voting_round(round_id)
    typed = voting_round is not None and any(o.count for o in voting_round.options)
    return typed or any(v.round_id == round_id for v in t.votes)


def edit_round(t: Trajectory, round_id: str, **changes: Any) -> Command:
    """Change settings of a round in one undo step; the rules and options only while nobody has voted."""
    voting_round = _round(t, round_id)
    unknown = set(changes) - ROUND_FIELDS
    if unknown:
        raise ValueError(f"onbekende instelling van een stemronde: {', '.join(sorted(unknown))}")
    if has_votes(t, round_id) and set(changes) - {"question", "session_number"}:
        raise VotingError("Er is al gestemd in deze ronde: alleen de vraag kan nog veranderen. Herhaal de ronde "
                          "om met andere regels opnieuw te stemmen.")
    label = named("Stemronde", _question, round_id, "wijzigen")
    steps = [SetField("voting_rounds", round_id, f, v) for f, v in changes.items() if getattr(voting_round, f) != v]
    return Macro(label(t), steps)


WORDS = {RoundStatus.OPEN: "heropenen", RoundStatus.CLOSED: "sluiten", RoundStatus.REVEALED: "onthullen"}


def set_status(t: Trajectory, round_id: str, status: RoundStatus) -> Command:
    """Open (again), close or reveal a round; revealing an open round closes it in the same step."""
    _round(t, round_id)
    return SetField("voting_rounds", round_id, "status", status, named("Stemronde", _question, round_id, WORDS[status]))


class CastBallot(Command):
    """One participant's whole ballot (dots on one or more options) as one undo step.

    The command hands out the voter code and the dot numbers itself when it is done, from the trajectory as it
    is then, so keys never clash. In an anonymous round the code is a random free X-code and the time is the
    day only: neither the codes nor the times tell who voted when, so no ballot can be traced to a person.
    """

    changes = frozenset({Change.VOTING})

    def __init__(self, t: Trajectory, round_id: str, participant_id: str, ballot: Mapping[str, int],
                 moment: dt.datetime, draw: int | None = None) -> None:
        refuse_ballot(t, round_id, participant_id, ballot)
        self.round_id, self.participant_id, self.moment = round_id, participant_id, moment
        self.draw = secrets.randbelow(1 << 30) if draw is None else draw  # drawn once: a redo hands out the same code
        self.ballot = {code: n for code, n in ballot.items() if n > 0}
        self.label = f"Stem van {person(t, participant_id)} in {_question(t, round_id)}"
        self.voter = ""

    def do(self, t: Trajectory) -> None:
        voting_round = _round(t, self.round_id)
        anonymous = voting_round.anonymous
        self.voter = anonymous_code(t.votes, self.round_id, self.draw) if anonymous else self.participant_id
        moment = self.moment.replace(hour=0, minute=0, second=0, microsecond=0) if anonymous else self.moment
        codes = [code for code, n in self.ballot.items() for _ in range(n)]
        self._votes = [Vote(round_id=self.round_id, voter=self.voter, option_code=code, dot=i, time=moment)
                       for i, code in enumerate(codes, start=1)]
        at = self._place(t, anonymous)
        t.votes[at:at] = self._votes
        self._voted = list(voting_round.voted)
        if voting_round.anonymous:
            voting_round.voted = sorted({*voting_round.voted, self.participant_id}, key=ids.sort_key)

    def _place(self, t: Trajectory, anonymous: bool) -> int:
        """Where the dots go: at the end, or in an anonymous round among its codes in order, so that not even the
        order of the rows on Stemmen tells who voted when."""
        later = (i for i, v in enumerate(t.votes) if anonymous and v.round_id == self.round_id
                 and ids.sort_key(v.voter) > ids.sort_key(self.voter))
        return next(later, len(t.votes))

    def undo(self, t: Trajectory) -> None:
        mine = {id(v) for v in self._votes}
        t.votes[:] = [v for v in t.votes if id(v) not in mine]
        _round(t, self.round_id).voted = self._voted


def refuse_ballot(t: Trajectory, round_id: str, participant_id: str, ballot: Mapping[str, int]) -> None:
    """Raise VotingError (in Dutch) when this ballot may not be cast; before anything changes."""
    voting_round = _round(t, round_id)
    if voting_round.status is not RoundStatus.OPEN:
        raise VotingError(f"Stemronde {round_id} is niet open; stemmen kan niet meer.")
    if voting_round.is_tally:
        raise VotingError(f"Stemronde {round_id} is een telling: de begeleider typt de aantallen in.")
    if t.participant(participant_id) is None:
        raise VotingError(f"Deelnemer {participant_id} bestaat niet.")
    if participant_id in voters_in(voting_round, t.votes):
        raise VotingError(f"{person(t, participant_id)} heeft al gestemd in deze ronde.")
    problems = ballot_problems(voting_round, ballot)
    if problems:
        raise VotingError(" ".join(problems))


class TakeBackBallot(Command):
    """Remove one voter's ballot from an open round (a named voter, or an anonymous code whose owner is known)."""

    changes = frozenset({Change.VOTING})

    def __init__(self, t: Trajectory, round_id: str, participant_id: str, voter: str) -> None:
        voting_round = _round(t, round_id)
        if voting_round.status is not RoundStatus.OPEN:
            raise VotingError("Een stem terugnemen kan alleen zolang de ronde open is.")
        if not any(v.round_id == round_id and v.voter == voter for v in t.votes):
            raise VotingError(f"Er is geen stem van {person(t, participant_id)} in deze ronde.")
        self.round_id, self.participant_id, self.voter = round_id, participant_id, voter
        self.label = f"Stem van {person(t, participant_id)} terugnemen"

    def do(self, t: Trajectory) -> None:
        self._before = list(t.votes)
        t.votes[:] = [v for v in t.votes if not (v.round_id == self.round_id and v.voter == self.voter)]
        voting_round = _round(t, self.round_id)
        self._voted = list(voting_round.voted)
        voting_round.voted = [p for p in voting_round.voted if p != self.participant_id]

    def undo(self, t: Trajectory) -> None:
        t.votes[:] = self._before
        _round(t, self.round_id).voted = self._voted


class SetCount(Command):
    """Type in the count of one option of a tally round; changes of the same option in a row merge."""

    changes = frozenset({Change.VOTING})

    def __init__(self, t: Trajectory, round_id: str, code: str, count: int | None) -> None:
        voting_round = _round(t, round_id)
        if not voting_round.is_tally or voting_round.status is not RoundStatus.OPEN:
            raise VotingError("Aantallen intypen kan alleen in een open ronde met telling.")
        option = voting_round.option(code)
        if option is None:
            raise VotingError(f"'{code}' is geen optie van deze stemronde.")
        VoteOption(code=code, count=count)  # validates the range before anything changes
        self.round_id, self.code, self.count = round_id, code, count
        self.label = f"Aantal voor {quote(option.label or code)}"

    def _option(self, t: Trajectory) -> VoteOption:
        option = _round(t, self.round_id).option(self.code)
        assert option is not None
        return option

    def do(self, t: Trajectory) -> None:
        option = self._option(t)
        self._old, option.count = option.count, self.count

    def undo(self, t: Trajectory) -> None:
        self._option(t).count = self._old

    def merge(self, other: Command) -> bool:
        same = isinstance(other, SetCount) and (other.round_id, other.code) == (self.round_id, self.code)
        if same:
            assert isinstance(other, SetCount)
            self.count = other.count
        return same
