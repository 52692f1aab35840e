"""The Trajectory aggregate: one whole traject of theory, sessions, participants, rounds and assumptions."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from workshop import ids
from workshop.assumptions import Assumption, Score
from workshop.scoring import ScoringRound
from workshop.base import DomainModel, Items, Text
from workshop.programme import Step
from workshop.sessions import Participant, Session, SessionStatus, default_sessions
from workshop.story import StoryPart
from workshop.theory import Theory
from workshop.voting import Vote, VotingRound


class Trajectory(DomainModel):
    """Everything a workbook holds, as one validated model."""

    name: Text = ""
    created: dt.date = Field(default_factory=dt.date.today)
    theory: Theory = Field(default_factory=Theory)
    sessions: list[Session] = Field(default_factory=default_sessions)
    participants: list[Participant] = Field(default_factory=list)
    voting_rounds: list[VotingRound] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    assumptions: list[Assumption] = Field(default_factory=list)
    scoring_rounds: list[ScoringRound] = Field(default_factory=list)
    scores: list[Score] = Field(default_factory=list)
    rejected_suggestions: Items = Field(default_factory=list)
    """The publication's suggestions for assumptions that the group rejected (ids of aanname-suggesties.toml)."""
    steps: list[Step] = Field(default_factory=list)
    """The programme: the steps of every session in order, with what happened in each."""
    story: list[StoryPart] = Field(default_factory=list)
    """The veranderverhaal, part by part (empty until it is first written)."""

    def participant(self, participant_id: str) -> Participant | None:
        """The participant with this id, or None."""
        return next((p for p in self.participants if p.id == participant_id), None)

    def voting_round(self, round_id: str) -> VotingRound | None:
        """The voting round with this id, or None."""
        return next((r for r in self.voting_rounds if r.id == round_id), None)

    def assumption(self, assumption_id: str) -> Assumption | None:
        """The assumption with this id, or None."""
        return next((a for a in self.assumptions if a.id == assumption_id), None)

    def scoring_round(self, number: int) -> ScoringRound | None:
        """The scoring round with this number, or None."""
        return next((r for r in self.scoring_rounds if r.number == number), None)

    def step(self, step_id: str) -> Step | None:
        """The programme step with this id, or None."""
        return next((s for s in self.steps if s.id == step_id), None)

    def session(self, number: int) -> Session | None:
        """The session with this number, or None."""
        return next((s for s in self.sessions if s.number == number), None)

    def current_session(self) -> Session | None:
        """The session running now, else the first one not yet done, else the last one."""
        running = next((s for s in self.sessions if s.status is SessionStatus.RUNNING), None)
        pending = next((s for s in self.sessions if s.status is not SessionStatus.DONE), None)
        return running or pending or (self.sessions[-1] if self.sessions else None)

    def voters_for(self, voting_round: VotingRound) -> list[Participant]:
        """Who votes in a round: those present at its session (everyone when nobody is marked present there),
        without the facilitator unless the round says the facilitator votes too."""
        session = self.session(voting_round.session_number) if voting_round.session_number else None
        present = set(session.attendance) if session and session.attendance else None
        return [p for p in self.participants
                if (present is None or p.id in present) and (voting_round.facilitator_votes or not p.facilitator)]

    def assumptions_about(self, element_id: str) -> list[Assumption]:
        """Assumptions attached to an element or to a relation of that element."""
        def touches(target: str) -> bool:
            return target == element_id or (ids.is_relation_key(target) and element_id in ids.relation_ends(target))
        return [a for a in self.assumptions if a.element_id and touches(a.element_id)]
