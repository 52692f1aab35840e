"""After the room chose between wordings of the hoofdambitie (a step that opens 'ambitie'): offer the winner as the
hoofdambitie, once, when the round is revealed; the facilitator decides, and undo takes it back."""

from __future__ import annotations

from collections.abc import Callable

from ui.programme import texts
from workshop import theory_edits as te
from workshop.commands import Command
from workshop.programme import StepKind
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, tally, winner

Ask = Callable[[str, list[str], str], bool]


def revealed_wordings(t: Trajectory) -> dict[str, str]:
    """{round id: winning wording} for each revealed round a step on the hoofdambitie opened, where the winner
    differs from the hoofdambitie as it stands."""
    found = {}
    for step in t.steps:
        voting_round = t.voting_round(step.activity) if step.activity else None
        if step.kind is not StepKind.VOTE or step.opens != "ambitie" or voting_round is None:
            continue
        if voting_round.status is RoundStatus.REVEALED and (best := winner(tally(voting_round, t.votes))):
            if best.label and best.label != t.theory.ambition:
                found[voting_round.id] = best.label
    return found


class AmbitionOffer:
    """Asks once per round (transient: a reopened workbook asks again only for a round revealed anew)."""

    def __init__(self, t: Callable[[], Trajectory], ask: Ask, push: Callable[[Callable[[], Command]], bool]) -> None:
        self._t, self._ask, self._push = t, ask, push
        self._asked: set[str] = set(revealed_wordings(t()))  # what was revealed before stays as it is

    def check(self) -> bool:
        """After a change to the rounds: offer a newly revealed winner; True when the hoofdambitie was changed."""
        t = self._t()
        fresh = {rid: text for rid, text in revealed_wordings(t).items() if rid not in self._asked}
        self._asked |= set(fresh)
        for text in fresh.values():
            if self._ask(texts.AMBITION_CHOSEN.format(text=text), [texts.AMBITION_NOW.format(text=t.theory.ambition)],
                         texts.AMBITION_YES):
                return self._push(lambda text=text: te.set_ambition(text))
        return False

    def forget(self) -> None:
        """Another workbook: its rounds revealed so far count as asked."""
        self._asked = set(revealed_wordings(self._t()))
