"""Commands for assumptions and their scoring: write, adopt or reject a suggestion, sources, status history,
monitoring, rewrite; scoring rounds, a scorer's whole sheet as one step, the group's consensus, paper forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from workshop import ids
from workshop.assumptions import GROUP, Assumption, AssumptionStatus, Score, Source, StatusChange
from workshop.commands import Command, Macro
from workshop.content import Suggestion
from workshop.edits import Insert, Remove, SetField, named, person, quote, remove_record
from workshop.registry import COLLECTIONS, Change
from workshop.scoring import ScoreMode, ScoreSheet, ScoringRound, ids_in, next_number, scorers_in, sheet_problems
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

TEMPLATE = "Als …, dan …, omdat …"
"""The form an assumption is written in (appendix 1 of the publication: 'A doen draagt bij aan B, omdat …')."""


class ScoringError(ValueError):
    """A score or change the rules of the round do not allow; the message is Dutch and shown to the user."""


def _assumption(t: Trajectory, assumption_id: str) -> str:
    assumption = t.assumption(assumption_id)
    return quote(assumption.text) if assumption else assumption_id


def _known(t: Trajectory, assumption_id: str) -> Assumption:
    assumption = t.assumption(assumption_id)
    if assumption is None:
        raise ScoringError(f"Aanname {assumption_id} bestaat niet.")
    return assumption


# -- writing assumptions -------------------------------------------------------------------------
def add_assumption(t: Trajectory, text: str, element_id: str = "", **fields: Any) -> Command:
    """Add an assumption with the next free A-id."""
    new_id = ids.next_id("assumption", [a.id for a in t.assumptions])
    item = Assumption(id=new_id, text=text, element_id=element_id, **fields)
    return Insert("assumptions", item, label=f"Aanname {quote(text)} toevoegen")


def adopt_suggestion(t: Trajectory, suggestion: Suggestion, text: str | None = None) -> Command:
    """Take the publication's suggestion over (as it is, or rewritten in the group's words), with its source."""
    source = Source(kind="literatuur", note="Suggestie uit de publicatie", link=suggestion.reference)
    return add_assumption(t, text or suggestion.text, suggestion.element_id, kind=suggestion.kind,
                          suggestion=suggestion.id, sources=[source])


def reject_suggestion(t: Trajectory, suggestion_id: str, rejected: bool = True) -> Command:
    """Set a suggestion aside (or bring it back); it is remembered in the workbook."""
    rest = [s for s in t.rejected_suggestions if s != suggestion_id]
    value = sorted([*rest, suggestion_id], key=ids.sort_key) if rejected else rest
    word = "afwijzen" if rejected else "terugzetten"
    return SetField("trajectory", None, "rejected_suggestions", value, f"Suggestie {suggestion_id} {word}")


def edit_assumption(assumption_id: str, field: str, value: Any, mergeable: bool = False) -> Command:
    """Change one field of an assumption."""
    label = named("Aanname", _assumption, assumption_id, "wijzigen")
    return SetField("assumptions", assumption_id, field, value, label, mergeable=mergeable)


def set_sources(t: Trajectory, assumption_id: str, sources: list[Source]) -> Command:
    """Replace the list of sources of an assumption (numbered 1, 2, ... in their order), one undo step."""
    _known(t, assumption_id)
    numbered = [s.model_copy(update={"nr": i}) for i, s in enumerate(sources, start=1)]
    label = f"Bronnen van {_assumption(t, assumption_id)} wijzigen"
    return SetField("assumptions", assumption_id, "sources", numbered, label)


def change_status(t: Trajectory, assumption_id: str, status: AssumptionStatus, reason: str, day: dt.date) -> Command:
    """A new status with its date and reason, added to the assumption's history (one undo step)."""
    assumption = _known(t, assumption_id)
    change = StatusChange(nr=len(assumption.history) + 1, date=day, status=status, reason=reason)
    label = f"Aanname {_assumption(t, assumption_id)}: {status.value}"
    return Macro(label, [SetField("assumptions", assumption_id, "status", status),
                         SetField("assumptions", assumption_id, "history", [*assumption.history, change])])


def rewrite(t: Trajectory, assumption_id: str, text: str, reason: str, day: dt.date) -> Command:
    """A new wording after testing: a new assumption that replaces the old one, which keeps its history."""
    old = _known(t, assumption_id)
    new_id = ids.next_id("assumption", [a.id for a in t.assumptions])
    item = Assumption(id=new_id, text=text, element_id=old.element_id, kind=old.kind, replaces=old.id,
                      monitored=old.monitored, monitoring=old.monitoring, sources=list(old.sources))
    note = StatusChange(nr=len(old.history) + 1, date=day, status=old.status,
                        reason=f"herschreven als {new_id}" + (f": {reason}" if reason else ""))
    return Macro(f"Aanname {_assumption(t, assumption_id)} herschrijven", [
        Insert("assumptions", item), SetField("assumptions", old.id, "history", [*old.history, note])])


def remove_assumption(t: Trajectory, assumption_id: str) -> Command:
    """Remove an assumption with its scores (and the links of rewrites to it), as one undo step."""
    commands: list[Command] = [remove_record("scores", s) for s in t.scores if s.assumption_id == assumption_id]
    commands += [SetField("assumptions", a.id, "replaces", None) for a in t.assumptions if a.replaces == assumption_id]
    for r in t.scoring_rounds:
        if assumption_id in r.assumption_ids:
            commands.append(SetField("scoring_rounds", str(r.number), "assumption_ids",
                                     [a for a in r.assumption_ids if a != assumption_id]))
    commands.append(Remove("assumptions", assumption_id))
    return Macro(f"Aanname {_assumption(t, assumption_id)} verwijderen", commands)


def replacement_cycle(t: Trajectory, assumption_id: str, replaces: str | None) -> bool:
    """True when letting `assumption_id` replace `replaces` would close a circle of rewrites."""
    seen, current = {assumption_id}, replaces
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        found = t.assumption(current)
        current = found.replaces if found else None
    return False


# -- scoring ------------------------------------------------------------------------------------
def add_scoring_round(t: Trajectory, assumption_ids: list[str], mode: ScoreMode = ScoreMode.TURNS, title: str = "",
                      session_number: int | None = None) -> Command:
    """A new scoring round on a selection of assumptions (in id order), with the next free number."""
    chosen = ids_in(a for a in assumption_ids if t.assumption(a) is not None)
    if not chosen:
        raise ScoringError("Kies minstens één aanname om te scoren.")
    number = next_number([*(r.number for r in t.scoring_rounds), *(s.round for s in t.scores)])
    item = ScoringRound(number=number, title=title, assumption_ids=chosen, mode=mode, session_number=session_number)
    return Insert("scoring_rounds", item, label=f"Scoreronde {number} aanmaken ({len(chosen)} aannames)")


def set_scoring_status(t: Trajectory, number: int, status: RoundStatus) -> Command:
    """Open (again), close or reveal a scoring round."""
    if t.scoring_round(number) is None:
        raise ScoringError(f"Scoreronde {number} bestaat niet.")
    words = {RoundStatus.OPEN: "heropenen", RoundStatus.CLOSED: "sluiten", RoundStatus.REVEALED: "onthullen"}
    return SetField("scoring_rounds", str(number), "status", status, f"Scoreronde {number} {words[status]}")


def _open_round(t: Trajectory, number: int) -> ScoringRound:
    scoring_round = t.scoring_round(number)
    if scoring_round is None:
        raise ScoringError(f"Scoreronde {number} bestaat niet.")
    if scoring_round.status is not RoundStatus.OPEN:
        raise ScoringError(f"Scoreronde {number} is niet open; scoren kan niet meer.")
    return scoring_round


def cast_scores(t: Trajectory, number: int, scorer: str, sheet: ScoreSheet) -> Command:
    """One participant's scores of the round (or the group's consensus) as one undo step; refused when the sheet
    breaks a rule or this scorer already scored in the round."""
    scoring_round = _open_round(t, number)
    if scorer != GROUP and t.participant(scorer) is None:
        raise ScoringError(f"Deelnemer {scorer} bestaat niet.")
    if scorer in scorers_in(t.scores, number):
        raise ScoringError(f"{person(t, scorer)} heeft al gescoord in ronde {number}.")
    problems = sheet_problems(scoring_round, sheet)
    if problems:
        raise ScoringError(" ".join(problems))
    scores = [Score(assumption_id=aid, participant_id=scorer, round=number, importance=imp, certainty=cer)
              for aid, (imp, cer) in sheet.items()]
    who = "de groep" if scorer == GROUP else person(t, scorer)
    return Macro(f"Scores van {who} in ronde {number}", [Insert("scores", s) for s in scores])


def take_back_scores(t: Trajectory, number: int, scorer: str) -> Command:
    """Remove one scorer's scores from an open round."""
    _open_round(t, number)
    mine = [s for s in t.scores if s.round == number and s.participant_id == scorer]
    if not mine:
        raise ScoringError(f"{person(t, scorer)} heeft in ronde {number} nog niet gescoord.")
    return Macro(f"Scores van {person(t, scorer)} terugnemen", [remove_record("scores", s) for s in mine])


def set_score(t: Trajectory, number: int, scorer: str, assumption_id: str, pair: tuple[int, int] | None) -> Command:
    """Type in (or clear, with None) one cell: a participant's or the group's score of one assumption."""
    scoring_round = _open_round(t, number)
    if not scoring_round.covers(assumption_id):
        raise ScoringError(f"{assumption_id} wordt in ronde {number} niet gescoord.")
    key = f"{assumption_id}/{scorer}/{number}"
    existing = any((s.assumption_id, s.participant_id, s.round) == (assumption_id, scorer, number) for s in t.scores)
    commands: list[Command] = [Remove("scores", key)] if existing else []
    if pair is not None:
        commands.append(Insert("scores", Score(assumption_id=assumption_id, participant_id=scorer, round=number,
                                               importance=pair[0], certainty=pair[1])))
    return Macro(f"Score van {person(t, scorer) if scorer != GROUP else 'de groep'} voor {assumption_id}", commands)


def score_assumption(t: Trajectory, assumption_id: str, participant_id: str, importance: int, certainty: int,
                     round_: int = 1) -> Command:
    """Record (or change) one score directly, without a scoring round's rules (for scripts and the demo)."""
    if t.assumption(assumption_id) is None or (participant_id != GROUP and t.participant(participant_id) is None):
        raise KeyError(f"{assumption_id}/{participant_id}")
    score = Score(assumption_id=assumption_id, participant_id=participant_id, round=round_,
                  importance=importance, certainty=certainty)
    key = COLLECTIONS["scores"].key_of(score)
    label = f"Score van {person(t, participant_id)} voor {_assumption(t, assumption_id)}"
    if any((s.assumption_id, s.participant_id, s.round) == (assumption_id, participant_id, round_) for s in t.scores):
        return Macro(label, [Remove("scores", key), Insert("scores", score)])
    return Insert("scores", score, label=label)


CHANGES = frozenset({Change.ASSUMPTIONS, Change.SCORES})
"""What these commands touch (views of the map listen to both)."""


def scores_for(t: Trajectory, number: int, scorer: str) -> Mapping[str, tuple[int, int]]:
    """A scorer's scores in a round, per assumption."""
    return {s.assumption_id: (s.importance, s.certainty) for s in t.scores if s.round == number and s.participant_id == scorer}
