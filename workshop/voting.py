"""Voting rounds: options, rules, raw votes (one row per dot), typed-in counts, and the tallies with their ties."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, Field

from workshop import ids
from workshop.base import DomainModel, NonEmpty, Text

MAX_DOTS = 20
"""The most dots one participant can get in a round."""
MAX_COUNT = 9999
"""The highest count a facilitator can type in for one option."""


class RoundStatus(StrEnum):
    """A round is open for votes, closed, or its results are revealed to the room."""

    OPEN = "open"
    CLOSED = "gesloten"
    REVEALED = "onthuld"


class RoundKind(StrEnum):
    """Dots to spread over the options, or one choice per participant."""

    DOTS = "stippen"
    SINGLE = "één keuze"


class EntryMode(StrEnum):
    """How votes come in: participants in turn on the shared screen, or counts typed in by the facilitator."""

    TURNS = "beurten"
    TALLY = "telling"


class VoteOption(DomainModel):
    """An option: a theory element or assumption (its id is the code) or free text (code T1, T2, ...)."""

    code: NonEmpty
    label: Text = ""
    element_id: str | None = None
    count: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    """In a tally round: the dots or hands the facilitator counted; None while not counted."""


class VotingRound(DomainModel):
    """One voting round with its rules."""

    id: str = Field(pattern=ids.anchored("voting_round"))
    question: NonEmpty
    options: list[VoteOption] = Field(default_factory=list)
    kind: RoundKind = RoundKind.DOTS
    mode: EntryMode = EntryMode.TURNS
    dots_per_participant: int = Field(default=3, ge=1, le=MAX_DOTS)
    max_per_option: int | None = Field(default=None, ge=1, le=MAX_DOTS)
    anonymous: bool = True
    facilitator_votes: bool = False
    status: RoundStatus = RoundStatus.OPEN
    session_number: int | None = Field(default=None, ge=1, le=99)
    repeats: str | None = Field(default=None, pattern=ids.anchored("voting_round"))
    voted: list[str] = Field(default_factory=list)
    """Who cast a ballot in an anonymous round (sorted by id, so not in the order of the anonymous codes)."""

    def option(self, code: str) -> VoteOption | None:
        """The option with this code, or None."""
        return next((o for o in self.options if o.code == code), None)

    @property
    def dots(self) -> int:
        """How many dots each participant may place: one in a single-choice round."""
        return 1 if self.kind is RoundKind.SINGLE else self.dots_per_participant

    @property
    def per_option(self) -> int:
        """How many dots one participant may place on one option."""
        return min(self.dots, self.max_per_option or self.dots)

    @property
    def is_tally(self) -> bool:
        """True when the facilitator types in counts instead of participants casting ballots."""
        return self.mode is EntryMode.TALLY


class Vote(DomainModel):
    """One dot: voter V put dot number N on option O in round R, at a moment."""

    round_id: str = Field(pattern=ids.anchored("voting_round"))
    voter: str = Field(pattern=ids.anchored("voter"))
    """A participant id (named rounds) or an anonymous code such as X-03 (anonymous rounds)."""
    option_code: NonEmpty
    dot: int = Field(ge=1, le=MAX_DOTS)
    time: dt.datetime | None = None


class TallyRow(BaseModel):
    """Derived: how many dots an option got, by how many voters, its rank and whether it shares that rank."""

    code: str
    label: str
    dots: int
    voters: int | None
    share: float
    rank: int
    tied: bool


def counts(voting_round: VotingRound, votes: list[Vote]) -> dict[str, int]:
    """Dots per option code: typed-in counts in a tally round, else the raw votes of this round."""
    if voting_round.is_tally:
        return {o.code: o.count or 0 for o in voting_round.options}
    found = Counter(v.option_code for v in votes if v.round_id == voting_round.id)
    return {o.code: found[o.code] for o in voting_round.options}


def _voters(voting_round: VotingRound, votes: list[Vote]) -> dict[str, int | None]:
    if voting_round.is_tally:
        return {o.code: None for o in voting_round.options}
    mine = [v for v in votes if v.round_id == voting_round.id]
    return {o.code: len({v.voter for v in mine if v.option_code == o.code}) for o in voting_round.options}


def tally(voting_round: VotingRound, votes: list[Vote]) -> list[TallyRow]:
    """The tally of one round, most dots first; options with equal dots keep option order and are marked tied."""
    dots, voters = counts(voting_round, votes), _voters(voting_round, votes)
    total = sum(dots.values()) or 1
    frequency = Counter(dots.values())
    rows = [
        TallyRow(code=o.code, label=o.label, dots=dots[o.code], voters=voters[o.code], share=dots[o.code] / total,
                 rank=1 + sum(n for d, n in frequency.items() if d > dots[o.code]), tied=frequency[dots[o.code]] > 1)
        for o in voting_round.options
    ]
    return sorted(rows, key=lambda r: -r.dots)


def winner(rows: list[TallyRow]) -> TallyRow | None:
    """The one option with the most dots (none when nobody voted or first place is shared)."""
    top = [r for r in rows if r.rank == 1 and r.dots > 0]
    return top[0] if len(top) == 1 else None


def ties_at_top(rows: list[TallyRow]) -> list[TallyRow]:
    """The options sharing first place when more than one has the most dots (and that is more than none)."""
    top = [r for r in rows if r.rank == 1 and r.dots > 0]
    return top if len(top) > 1 else []


def dots_used(votes: list[Vote], round_id: str, voter: str) -> int:
    """How many dots a voter has placed in a round."""
    return sum(1 for v in votes if v.round_id == round_id and v.voter == voter)


def voters_in(voting_round: VotingRound, votes: list[Vote]) -> set[str]:
    """The participants who have voted: the named voters, plus those recorded as voted in an anonymous round."""
    named = {v.voter for v in votes if v.round_id == voting_round.id and ids.is_valid("participant", v.voter)}
    return named | set(voting_round.voted)


def ballot_problems(voting_round: VotingRound, ballot: Mapping[str, int]) -> list[str]:
    """Why a ballot (dots per option code) breaks the rules of the round, in Dutch; empty when it is fine."""
    problems = [f"'{code}' is geen optie van deze stemronde." for code in ballot if voting_round.option(code) is None]
    for code, number in ballot.items():
        if number < 0 or number > voting_round.per_option:
            problems.append(f"{number} stippen op '{code}' is meer dan de {voting_round.per_option} per optie.")
    used = sum(ballot.values())
    if used > voting_round.dots:
        problems.append(f"{used} stippen is meer dan de {voting_round.dots} die elke deelnemer heeft.")
    elif used == 0:
        problems.append("Er staat nog geen stip op dit stembiljet.")
    return problems


ANONYMOUS_CODES = 99
"""Anonymous codes are drawn from X-01 to X-99 (or further when a round has more ballots than that)."""


def anonymous_code(votes: list[Vote], round_id: str, draw: int) -> str:
    """A free anonymous voter code of a round, picked by `draw` (a random number the ballot drew once), so the
    codes say nothing about the order in which people voted."""
    taken = {ids.number_of(v.voter) for v in votes if v.round_id == round_id and ids.is_valid("anonymous", v.voter)}
    free = [n for n in range(1, max(ANONYMOUS_CODES, len(taken) + 1) + 1) if n not in taken]
    return ids.format_id("anonymous", free[draw % len(free)])
