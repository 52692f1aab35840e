"""The heat view: the counts of a revealed round on the schema's own cards and relations."""

from __future__ import annotations

from collections import Counter

from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, tally

MARK = "●"
"""A dot before the number: the badge reads as 'dots' even without its colour."""


def heat_badges(t: Trajectory, round_id: str | None) -> dict[str, tuple[str, bool]]:
    """Per theory element of a revealed round's options: '● count', bold where the count is the highest."""
    voting_round = t.voting_round(round_id) if round_id else None
    if voting_round is None or voting_round.status is not RoundStatus.REVEALED:
        return {}
    elements = {o.code: o.element_id for o in voting_round.options if o.element_id}
    totals: Counter[str] = Counter()
    for row in tally(voting_round, t.votes):
        if row.code in elements:
            totals[elements[row.code]] += row.dots  # options about the same element add up
    top = max(totals.values(), default=0)
    return {element: (f"{MARK} {count}", count == top and top > 0) for element, count in totals.items()}
