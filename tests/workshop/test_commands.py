"""Undo and redo for every command, and the stack's clean state, merge and macro behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import ValidationError

import datetime as dt

from workshop import assumption_edits as ae
from workshop import process_edits as pe
from workshop import theory_edits as te
from workshop import voting_edits as ve
from workshop.assumptions import AssumptionStatus
from workshop.commands import Command, CommandStack
from workshop.edits import Insert, SetField
from workshop.integrity import problems
from workshop.registry import Change
from workshop.sessions import Participant
from workshop.theory import RelationType
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, VoteOption

from tests.workshop.conftest import make_small_trajectory

Builder = Callable[[Trajectory], Command]
MOMENT = dt.datetime(2026, 2, 3, 10, 30)

BUILDERS: dict[str, Builder] = {
    "set_ambition": lambda t: te.set_ambition("Nieuwe ambitie"),
    "add_sub_ambition": lambda t: te.add_sub_ambition(t, "Plezier", "Samen lachen"),
    "edit_sub_ambition": lambda t: te.edit_sub_ambition("D1", "name", "Ontmoeten"),
    "remove_sub_ambition": lambda t: te.remove_sub_ambition(t, "D1"),
    "add_block": lambda t: te.add_block(t, "Digitale inclusie"),
    "edit_block": lambda t: te.edit_block("B2", "essence", "Ruimte om te ontmoeten"),
    "remove_block": lambda t: te.remove_block(t, "B2"),
    "add_relation": lambda t: te.set_relation(t, "B3", "D1", RelationType.DIRECT),
    "retype_relation": lambda t: te.set_relation(t, "B2", "D1", RelationType.INDIRECT),
    "remove_relation": lambda t: te.set_relation(t, "B2", "D1", None),
    "add_action": lambda t: te.add_action(t, "B1", "Armoedebeleid", ["rijk"]),
    "edit_action": lambda t: te.edit_action("H-001", "actors", ["gemeente", "fondsen"]),
    "remove_action": lambda t: te.remove_action("H-001"),
    "edit_session": lambda t: pe.edit_session(1, "notes", "Goede sessie"),
    "add_participant": lambda t: pe.add_participant(t, "Chris", "Wijkteam", "sociaal werker", "S1"),
    "edit_participant": lambda t: pe.edit_participant("P-02", "organisation", "Bibliotheek"),
    "remove_participant": lambda t: pe.remove_participant(t, "P-01"),
    "add_participants": lambda t: pe.add_participants(t, [Participant(id="P-00", name="Dirk")], present_in=2),
    "set_present": lambda t: pe.set_present(t, 2, "P-02", True),
    "add_round": lambda t: ve.add_round(t, "Welke eerst?", ve.options_for(t, ["B1", "B2"], ["Vrij"])),
    "edit_round": lambda t: ve.edit_round(t, "V-01", question="Wat nu?"),
    "repeat_round": lambda t: ve.repeat_round(t, "V-01"),
    "reveal_round": lambda t: ve.set_status(t, "V-01", RoundStatus.REVEALED),
    "cast_ballot": lambda t: ve.CastBallot(t, "V-01", "P-02", {"T1": 1, "B2": 1}, MOMENT),
    "take_back_ballot": lambda t: ve.TakeBackBallot(t, "V-01", "P-01", "P-01"),
    "add_assumption": lambda t: ae.add_assumption(t, "Geld geeft rust", "B1-D2"),
    "edit_assumption": lambda t: ae.edit_assumption("A-001", "status", AssumptionStatus.DOUBTFUL),
    "remove_assumption": lambda t: ae.remove_assumption(t, "A-001"),
    "new_score": lambda t: ae.score_assumption(t, "A-001", "P-02", 5, 5),
    "change_score": lambda t: ae.score_assumption(t, "A-001", "P-01", 1, 1),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_do_undo_redo_restores_exact_state(name: str) -> None:
    t = make_small_trajectory()
    before = t.model_copy(deep=True)
    stack = CommandStack(t)
    stack.push(BUILDERS[name](t))
    after = t.model_copy(deep=True)
    assert after != before, f"{name} changed nothing"
    assert problems(t) == []
    stack.undo()
    assert t == before
    stack.redo()
    assert t == after
    stack.undo()
    assert t == before


def test_remove_block_takes_relations_assumptions_and_scores_in_one_step(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.remove_block(small, "B2"))
    assert small.theory.block("B2") is None
    assert small.theory.relations_of_block("B2") == []
    assert small.assumptions == [] and small.scores == []
    assert small.voting_rounds[0].option("B2").element_id is None  # type: ignore[union-attr]
    assert problems(small) == []
    assert len(stack) == 1
    stack.undo()
    assert small == make_small_trajectory()


def test_clean_state_follows_undo_and_redo(small: Trajectory) -> None:
    stack = CommandStack(small)
    assert stack.is_clean()
    stack.push(te.add_block(small, "X"))
    assert not stack.is_clean()
    stack.set_clean()
    stack.push(te.add_block(small, "Y"))
    stack.undo()
    assert stack.is_clean()
    stack.undo()
    assert not stack.is_clean()
    stack.redo()
    assert stack.is_clean()


def test_new_command_after_undo_makes_saved_state_unreachable(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.add_block(small, "X"))
    stack.set_clean()
    stack.undo()
    stack.push(te.add_block(small, "Y"))
    assert not stack.is_clean()
    stack.undo()
    assert not stack.is_clean()


def test_typing_merges_into_one_undo_step(small: Trajectory) -> None:
    stack = CommandStack(small)
    for text in ("E", "Ee", "Een"):
        stack.push(te.edit_block("B2", "essence", text, mergeable=True))
    assert len(stack) == 1 and small.theory.block("B2").essence == "Een"  # type: ignore[union-attr]
    stack.undo()
    assert small.theory.block("B2").essence == ""  # type: ignore[union-attr]


def test_separate_dialog_edits_stay_separate_undo_steps(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.edit_block("B2", "name", "Eerste"))
    stack.push(te.edit_block("B2", "name", "Tweede"))
    stack.undo()
    assert small.theory.block("B2").name == "Eerste"  # type: ignore[union-attr]


def test_no_merge_across_the_saved_state(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.edit_block("B2", "essence", "a", mergeable=True))
    stack.set_clean()
    stack.push(te.edit_block("B2", "essence", "ab", mergeable=True))
    assert len(stack) == 2
    stack.undo()
    assert stack.is_clean()


def test_failing_macro_leaves_no_trace(small: Trajectory) -> None:
    before = small.model_copy(deep=True)
    stack = CommandStack(small)
    bad = SetField("scores", "A-001/P-01/1", "importance", 7)
    from workshop.commands import Macro
    with pytest.raises(ValidationError):
        stack.push(Macro("mislukt", [te.add_block(small, "X"), bad]))
    assert small == before and len(stack) == 0


def test_impossible_score_is_refused(small: Trajectory) -> None:
    with pytest.raises(ValidationError):
        ae.score_assumption(small, "A-001", "P-02", 7, 3)


def test_listeners_hear_changes(small: Trajectory) -> None:
    stack = CommandStack(small)
    heard: list[tuple[str, frozenset[str]]] = []
    stack.subscribe(lambda e: heard.append((e.kind, e.changes)))
    stack.push(te.add_block(small, "X"))
    stack.undo()
    stack.redo()
    assert heard == [("do", {Change.THEORY}), ("undo", {Change.THEORY}), ("redo", {Change.THEORY})]
    assert stack.undo_label() == "Bouwsteen 'X' toevoegen"


def test_insert_at_index_and_unknown_field(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(Insert("participants", Participant(id="P-09", name="Z"), index=0))
    assert small.participants[0].name == "Z"
    with pytest.raises(ValueError):
        te.edit_block("B1", "colour", "rood")


def test_free_text_options_are_coded(small: Trajectory) -> None:
    options = ve.options_for(small, ["B1", "B1-D1", "A-001"], ["Eerst praten", "Later"])
    assert [o.code for o in options] == ["B1", "B1-D1", "A-001", "T1", "T2"]
    assert options[1].label == "Bestaanszekerheid → Ontmoeting"
    assert options[2].element_id == "B2-D1" and options[2].label.startswith("A-001 ")
    assert isinstance(options[0], VoteOption)
