"""Assumptions (aannames), their scores on belang x zekerheid, and the derived statistics."""

from __future__ import annotations

import statistics
from enum import StrEnum

from pydantic import BaseModel, Field

from workshop import ids
from workshop.base import DomainModel, NonEmpty, Text

MIDPOINT = 3.0
"""Scores at or above the midpoint count as 'high' on the 1-5 scale."""

DISSENT_SPREAD = 1.2
"""A standard deviation at or above this, on either score, flags dissent in the group."""


class AssumptionKind(StrEnum):
    """The four kinds of assumption of appendix 1 of the publication."""

    CAUSAL = "causaal"
    WORLDVIEW = "wereldbeeld"
    BELIEFS = "geloofssysteem"
    CONTEXT = "context"


class AssumptionStatus(StrEnum):
    """How an assumption has held up so far."""

    OPEN = "open"
    CONFIRMED = "bevestigd"
    DOUBTFUL = "twijfelachtig"
    REFUTED = "ontkracht"


class Quadrant(StrEnum):
    """Position on the 2x2 map of importance (belang) against certainty (zekerheid)."""

    CRITICAL = "belangrijk en onzeker"
    FOUNDATION = "belangrijk en zeker"
    WATCH = "minder belangrijk en onzeker"
    LOW = "minder belangrijk en zeker"


QUADRANT_ORDER = (Quadrant.CRITICAL, Quadrant.FOUNDATION, Quadrant.WATCH, Quadrant.LOW)


class Monitoring(DomainModel):
    """How the lerende praktijk will keep track of an assumption."""

    indicator: Text = ""
    source: Text = ""
    who: Text = ""
    when: Text = ""


class Assumption(DomainModel):
    """An aanname: why we believe 'doing A contributes to B'."""

    id: str = Field(pattern=ids.anchored("assumption"))
    text: NonEmpty
    element_id: Text = ""
    kind: AssumptionKind = AssumptionKind.CAUSAL
    evidence: Text = ""
    sources: Text = ""
    status: AssumptionStatus = AssumptionStatus.OPEN
    monitoring: Monitoring = Field(default_factory=Monitoring)


class Score(DomainModel):
    """One participant's score of one assumption in one scoring round."""

    assumption_id: str = Field(pattern=ids.anchored("assumption"))
    participant_id: str = Field(pattern=ids.anchored("participant"))
    round: int = Field(default=1, ge=1, le=99)
    importance: int = Field(ge=1, le=5)
    certainty: int = Field(ge=1, le=5)


class AssumptionStats(BaseModel):
    """Derived statistics of one assumption in one scoring round."""

    assumption_id: str
    round: int
    count: int
    importance_mean: float
    importance_median: float
    importance_spread: float
    certainty_mean: float
    certainty_median: float
    certainty_spread: float
    quadrant: Quadrant
    dissent: bool


def quadrant_of(importance: float, certainty: float) -> Quadrant:
    """Which quadrant a (mean importance, mean certainty) pair falls in."""
    important = importance >= MIDPOINT
    certain = certainty >= MIDPOINT
    if important:
        return Quadrant.FOUNDATION if certain else Quadrant.CRITICAL
    return Quadrant.LOW if certain else Quadrant.WATCH


def _spread(values: list[int]) -> float:
    return statistics.pstdev(values) if len(values) > 1 else 0.0


def stats_for(assumption_id: str, round_: int, scores: list[Score]) -> AssumptionStats | None:
    """Mean, median, spread, quadrant and dissent of the scores given (already filtered)."""
    if not scores:
        return None
    imp = [s.importance for s in scores]
    cer = [s.certainty for s in scores]
    imp_mean, cer_mean = statistics.fmean(imp), statistics.fmean(cer)
    imp_spread, cer_spread = _spread(imp), _spread(cer)
    return AssumptionStats(
        assumption_id=assumption_id, round=round_, count=len(scores),
        importance_mean=imp_mean, importance_median=float(statistics.median(imp)),
        importance_spread=imp_spread, certainty_mean=cer_mean,
        certainty_median=float(statistics.median(cer)), certainty_spread=cer_spread,
        quadrant=quadrant_of(imp_mean, cer_mean),
        dissent=max(imp_spread, cer_spread) >= DISSENT_SPREAD,
    )


def all_stats(assumptions: list[Assumption], scores: list[Score]) -> list[AssumptionStats]:
    """Statistics per assumption and scoring round, in assumption order then round order."""
    grouped: dict[tuple[str, int], list[Score]] = {}
    for score in scores:
        grouped.setdefault((score.assumption_id, score.round), []).append(score)
    result = []
    for assumption in assumptions:
        rounds = sorted(r for (a, r) in grouped if a == assumption.id)
        for round_ in rounds:
            stats = stats_for(assumption.id, round_, grouped[(assumption.id, round_)])
            if stats is not None:
                result.append(stats)
    return result


def latest_stats(assumptions: list[Assumption], scores: list[Score]) -> dict[str, AssumptionStats]:
    """Per assumption id, the statistics of its most recent scoring round."""
    latest: dict[str, AssumptionStats] = {}
    for stats in all_stats(assumptions, scores):
        latest[stats.assumption_id] = stats
    return latest
