"""What the assumption map shows, as plain data: a point per assumption at its means with its spread, the
flag for dissent, the arrows of movement between two rounds, and the filter by bouwsteen or deelambitie."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from workshop.assumptions import AssumptionStats, Score, stats_for
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

JITTER = 0.09
"""Assumptions at the same spot are set this far apart around it (in score units), so each stays visible."""


@dataclass(frozen=True)
class Point:
    """One assumption on the map: where it is drawn (x zekerheid, y belang), its true means and spreads."""

    assumption_id: str
    x: float
    y: float
    stats: AssumptionStats
    text: str


@dataclass(frozen=True)
class Arrow:
    """How one assumption moved: from its place in the earlier round to its place now."""

    assumption_id: str
    start: tuple[float, float]
    end: tuple[float, float]


@dataclass(frozen=True)
class MapData:
    """A whole map: the round shown, the points, and the arrows from an earlier round (if any)."""

    number: int
    points: tuple[Point, ...]
    arrows: tuple[Arrow, ...] = ()
    compare_with: int | None = None


def revealed(t: Trajectory, number: int | None) -> bool:
    """True when the round's scores may be shown (a round without a record, from an old workbook, counts as shown)."""
    if number is None:
        return False
    scoring_round = t.scoring_round(number)
    return scoring_round is None or scoring_round.status is RoundStatus.REVEALED


def in_filter(element_id: str, wanted: str | None) -> bool:
    """True when an assumption about `element_id` is shown under the filter (a bouwsteen or deelambitie id)."""
    return wanted is None or element_id == wanted or ("-" in element_id and wanted in element_id.split("-"))


def round_stats(t: Trajectory, number: int, wanted: str | None = None) -> dict[str, AssumptionStats]:
    """The statistics of one round per assumption (in assumption order), recomputed from the raw scores."""
    grouped: dict[str, list[Score]] = defaultdict(list)
    for score in t.scores:
        if score.round == number:
            grouped[score.assumption_id].append(score)
    found = {}
    for assumption in t.assumptions:
        if assumption.id in grouped and in_filter(assumption.element_id, wanted):
            stats = stats_for(assumption.id, number, grouped[assumption.id])
            if stats is not None:
                found[assumption.id] = stats
    return found


def _spread_out(stats: dict[str, AssumptionStats]) -> dict[str, tuple[float, float]]:
    """Drawn positions: the means, with assumptions that share a spot placed in a small circle around it."""
    spots: dict[tuple[float, float], list[str]] = defaultdict(list)
    for aid, s in stats.items():
        spots[(round(s.certainty_mean, 1), round(s.importance_mean, 1))].append(aid)
    placed = {}
    for (x, y), members in spots.items():
        for i, aid in enumerate(members):
            angle = 2 * math.pi * i / len(members)
            r = JITTER if len(members) > 1 else 0.0
            placed[aid] = (stats[aid].certainty_mean + r * math.cos(angle), stats[aid].importance_mean + r * math.sin(angle))
    return placed


def map_data(t: Trajectory, number: int | None, compare_with: int | None = None, wanted: str | None = None) -> MapData | None:
    """The map of a revealed round (None when there is nothing to show yet), with arrows from `compare_with`."""
    if number is None or not revealed(t, number):
        return None
    stats = round_stats(t, number, wanted)
    places = _spread_out(stats)
    texts = {a.id: a.text for a in t.assumptions}
    points = tuple(Point(aid, *places[aid], s, texts.get(aid, aid)) for aid, s in stats.items())
    if compare_with is None or compare_with == number or not revealed(t, compare_with):
        return MapData(number, points)
    before = round_stats(t, compare_with, wanted)
    arrows = tuple(Arrow(aid, (before[aid].certainty_mean, before[aid].importance_mean), places[aid])
                   for aid in stats if aid in before)
    return MapData(number, points, arrows, compare_with)
