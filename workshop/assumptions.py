"""Assumptions (aannames), their scores on belang x zekerheid, and the derived statistics."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

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
QUADRANT_ACTIONS = {Quadrant.CRITICAL: "eerst toetsen", Quadrant.FOUNDATION: "bewaken",
                    Quadrant.WATCH: "later onderzoeken", Quadrant.LOW: "loslaten"}
"""What the group does with an assumption in each quadrant of the map."""


class SourceKind(StrEnum):
    """Where the support for an assumption comes from (step 4 of the publication: experience and literature)."""

    RESIDENTS = "ervaring van inwoners"
    PROFESSIONALS = "ervaring van professionals"
    LITERATURE = "literatuur"
    FIGURES = "cijfers"


class Source(DomainModel):
    """One piece of support for an assumption: its kind, a note, and a link or page."""

    nr: int = Field(default=1, ge=1, le=999)
    kind: SourceKind = SourceKind.LITERATURE
    note: Text = ""
    link: Text = ""


class StatusChange(DomainModel):
    """A dated change of an assumption's status, with the reason the group gave."""

    nr: int = Field(default=1, ge=1, le=999)
    date: dt.date
    status: AssumptionStatus
    reason: Text = ""


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
    """The group's own summary of why the assumption holds (the sources are listed one by one in `sources`)."""
    sources: list[Source] = Field(default_factory=list)
    status: AssumptionStatus = AssumptionStatus.OPEN
    history: list[StatusChange] = Field(default_factory=list)
    monitored: bool = False
    """Chosen for the lerende praktijk to monitor (with indicator, bron, wie, wanneer)."""
    monitoring: Monitoring = Field(default_factory=Monitoring)
    replaces: str | None = Field(default=None, pattern=ids.anchored("assumption"))
    """The assumption this one rewrites after testing: the line of an assumption is kept."""
    suggestion: str | None = None
    """The publication's suggestion it was adopted or rewritten from (an id of aanname-suggesties.toml)."""

    @field_validator("sources", "history")
    @classmethod
    def _numbered(cls, items: list[Any]) -> list[Any]:
        """Sources and status changes are numbered 1, 2, ... in their order (the Nr on their sheets)."""
        return [item if item.nr == i else item.model_copy(update={"nr": i}) for i, item in enumerate(items, start=1)]


GROUP = "GROEP"
"""The scorer of a consensus: the group as a whole, in place of a participant id."""


class Score(DomainModel):
    """One participant's (or the group's consensus) score of one assumption in one scoring round."""

    assumption_id: str = Field(pattern=ids.anchored("assumption"))
    participant_id: str = Field(pattern=ids.anchored("scorer"))
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
    """The population standard deviation (as statistics.pstdev, in floats: fast enough to redraw the map live)."""
    if len(values) < 2:
        return 0.0
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


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
