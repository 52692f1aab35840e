"""Scoring rounds: which assumptions are scored on belang x zekerheid, how (in turns, by consensus, from paper)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field

from workshop import ids
from workshop.assumptions import GROUP, AssumptionStats, Score, all_stats
from workshop.base import DomainModel, Text
from workshop.voting import RoundStatus

LOW, HIGH = 1, 5
"""The scale of belang and zekerheid."""


class ScoreMode(StrEnum):
    """How the scores of a round come in."""

    TURNS = "beurten"
    CONSENSUS = "consensus"
    PAPER = "papier"


class ScoringRound(DomainModel):
    """One round of scoring a selection of assumptions; its number is the Ronde on the Scores sheet."""

    number: int = Field(ge=1, le=99)
    title: Text = ""
    assumption_ids: list[str] = Field(default_factory=list)
    mode: ScoreMode = ScoreMode.TURNS
    status: RoundStatus = RoundStatus.OPEN
    session_number: int | None = Field(default=None, ge=1, le=99)

    def covers(self, assumption_id: str) -> bool:
        """True when the assumption is scored in this round."""
        return assumption_id in self.assumption_ids


ScoreSheet = Mapping[str, tuple[int, int]]
"""One scorer's (belang, zekerheid) per assumption id."""


def sheet_problems(scoring_round: ScoringRound, sheet: ScoreSheet) -> list[str]:
    """Why a score sheet breaks the rules of the round, in Dutch; empty when it is fine."""
    problems = [f"{aid} wordt in ronde {scoring_round.number} niet gescoord." for aid in sheet
                if not scoring_round.covers(aid)]
    for aid, pair in sheet.items():
        if any(not LOW <= value <= HIGH for value in pair):
            problems.append(f"De scores voor {aid} moeten van {LOW} tot en met {HIGH} zijn.")
    if not sheet:
        problems.append("Er is nog niets gescoord.")
    return problems


def scorers_in(scores: Iterable[Score], number: int) -> set[str]:
    """Who has scored in a round (participant ids, or GROEP for a consensus)."""
    return {s.participant_id for s in scores if s.round == number}


def is_group(scorer: str) -> bool:
    """True for the group's consensus in place of a participant."""
    return scorer == GROUP


@dataclass(frozen=True)
class Move:
    """How an assumption's mean moved between two rounds."""

    assumption_id: str
    before: AssumptionStats
    after: AssumptionStats


def movement(stats: list[AssumptionStats], first: int, second: int) -> list[Move]:
    """Per assumption scored in both rounds: its statistics in the first and in the second."""
    by_round = {(s.assumption_id, s.round): s for s in stats}
    return [Move(aid, by_round[(aid, first)], by_round[(aid, second)])
            for (aid, number) in by_round if number == first and (aid, second) in by_round]


def round_stats(assumptions: list, scores: list[Score], number: int) -> list[AssumptionStats]:  # type: ignore[type-arg]
    """The statistics of one scoring round, in assumption order."""
    return [s for s in all_stats(assumptions, scores) if s.round == number]


def next_number(numbers: Iterable[int]) -> int:
    """The next free round number."""
    return max(numbers, default=0) + 1


def ids_in(assumption_ids: Iterable[str]) -> list[str]:
    """Assumption ids in natural order, without repeats."""
    return sorted(dict.fromkeys(assumption_ids), key=ids.sort_key)
