"""The heat view: the counts of a revealed round on the schema's own cards and relations."""

from __future__ import annotations

from collections import Counter

from ui.voting import texts
from ui.voting.results import short
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, tally

MARK = "●"
"""A dot before the number: the badge reads as 'dots' even without its colour."""
QUESTION_LENGTH = 60
"""Characters of the question in the status line; a longer one ends in '…'."""


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


def heat_message(t: Trajectory, round_id: str | None) -> str:
    """The status line for the heat view: the round named by its question, and how many of its own (free-text)
    options have no place on the schema; the 'nothing to show' line when there are no badges."""
    voting_round = t.voting_round(round_id) if round_id else None
    if voting_round is None or not heat_badges(t, round_id):
        return texts.HEAT_NONE
    message = texts.HEAT_ON_QUESTION.format(question=short(voting_round.question, QUESTION_LENGTH))
    free = sum(1 for option in voting_round.options if not option.element_id)
    if free:
        message += " " + (texts.HEAT_FREE_OPTION_ONE if free == 1 else texts.HEAT_FREE_OPTIONS.format(n=free))
    return message
