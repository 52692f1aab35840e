"""Which assumptions the plan is about and in what order: belangrijk en onzeker first, by the latest revealed scores."""

from __future__ import annotations

from workshop.assumptions import QUADRANT_ORDER, Assumption, AssumptionStats, AssumptionStatus, latest_stats
from workshop.summary import revealed_scores
from workshop.trajectory import Trajectory

Stats = dict[str, AssumptionStats]


def latest(t: Trajectory) -> Stats:
    """Per assumption, the statistics of its latest revealed scoring round (a round still hidden does not count)."""
    return latest_stats(t.assumptions, revealed_scores(t))


class StatsCache:
    """The latest revealed statistics, computed again only after `forget` (the scores changed, another workbook)."""

    def __init__(self) -> None:
        self._stats: Stats | None = None

    def get(self, t: Trajectory) -> Stats:
        """The statistics, computed now if forgotten."""
        if self._stats is None:
            self._stats = latest(t)
        return self._stats

    def forget(self) -> None:
        """Compute them again next time."""
        self._stats = None


def current(t: Trajectory) -> list[Assumption]:
    """The assumptions as they stand: one rewritten after testing is followed through the one that replaces it."""
    replaced = {a.replaces for a in t.assumptions if a.replaces}
    return [a for a in t.assumptions if a.id not in replaced]


def _rank(assumption: Assumption, stats: Stats) -> tuple[int, float, float]:
    found = stats.get(assumption.id)
    if assumption.status is AssumptionStatus.REFUTED:
        return len(QUADRANT_ORDER) + 1, 0.0, 0.0  # refuted: nothing left to follow, at the very end
    if found is None:
        return len(QUADRANT_ORDER), 0.0, 0.0  # not scored yet: after the four quadrants
    return QUADRANT_ORDER.index(found.quadrant), -found.importance_mean, found.certainty_mean


def ordered(t: Trajectory, stats: Stats) -> list[Assumption]:
    """The current assumptions by quadrant (belangrijk en onzeker first), then more important and less certain first;
    ties keep the order they were written in."""
    return sorted(current(t), key=lambda a: _rank(a, stats))


def filled(assumption: Assumption) -> int:
    """How many of the four parts of the plan are filled in."""
    m = assumption.monitoring
    return sum(1 for value in (m.indicator, m.source, m.who, m.when) if value.strip())
