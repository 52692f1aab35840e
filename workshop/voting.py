"""Dot-voting rounds: options, raw votes (one row per dot) and tallies."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from pydantic import BaseModel, Field

from workshop import ids
from workshop.base import DomainModel, NonEmpty, Text


class RoundStatus(StrEnum):
    """A round is open for votes, closed, or its results are revealed to the room."""

    OPEN = "open"
    CLOSED = "gesloten"
    REVEALED = "onthuld"


class VoteOption(DomainModel):
    """An option: a theory element (its id is the code) or free text (code T1, T2, ...)."""

    code: NonEmpty
    label: Text = ""
    element_id: str | None = None


class VotingRound(DomainModel):
    """One dot-voting round."""

    id: str = Field(pattern=ids.PATTERNS["voting_round"])
    question: NonEmpty
    options: list[VoteOption] = Field(default_factory=list)
    dots_per_participant: int = Field(default=3, ge=1, le=20)
    anonymous: bool = True
    status: RoundStatus = RoundStatus.OPEN
    session_number: int | None = Field(default=None, ge=1, le=99)

    def option(self, code: str) -> VoteOption | None:
        """The option with this code, or None."""
        return next((o for o in self.options if o.code == code), None)


class Vote(DomainModel):
    """One dot: participant P put dot number N on option O in round V."""

    round_id: str = Field(pattern=ids.PATTERNS["voting_round"])
    participant_id: str = Field(pattern=ids.PATTERNS["participant"])
    option_code: NonEmpty
    dot: int = Field(ge=1, le=20)


class TallyRow(BaseModel):
    """Derived: how many dots an option got, and by how many participants."""

    code: str
    label: str
    dots: int
    voters: int
    share: float


def tally(voting_round: VotingRound, votes: list[Vote]) -> list[TallyRow]:
    """Tally the dots per option of one round, most dots first, ties in option order."""
    mine = [v for v in votes if v.round_id == voting_round.id]
    dots = Counter(v.option_code for v in mine)
    voters = {o.code: len({v.participant_id for v in mine if v.option_code == o.code}) for o in voting_round.options}
    total = sum(dots.values()) or 1
    rows = [
        TallyRow(code=o.code, label=o.label, dots=dots[o.code], voters=voters[o.code], share=dots[o.code] / total)
        for o in voting_round.options
    ]
    return sorted(rows, key=lambda r: -r.dots)


def dots_used(votes: list[Vote], round_id: str, participant_id: str) -> int:
    """How many dots a participant has placed in a round."""
    return sum(1 for v in votes if v.round_id == round_id and v.participant_id == participant_id)
