"""Voting commands: a ballot is one undo step with its own keys, refused before it is cast when it breaks a rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop import process_edits as pe
from workshop import voting_edits as ve
from workshop.commands import CommandStack
from workshop.integrity import problems
from workshop.sessions import Participant
from workshop.trajectory import Trajectory
from workshop.voting import EntryMode, RoundKind, RoundStatus, tally

from tests.workshop.conftest import make_small_trajectory

MOMENT = dt.datetime(2026, 2, 3, 10, 30)


def with_people(t: Trajectory, count: int = 4) -> CommandStack:
    stack = CommandStack(t)
    stack.push(pe.add_participants(t, [Participant(id="P-00", name=f"Mens {i}") for i in range(count)]))
    return stack


def new_round(stack: CommandStack, **rules: object) -> str:
    t = stack.trajectory
    stack.push(ve.add_round(t, "Wat eerst?", ve.options_for(t, ["B1", "B2", "B3"], ["Vrij"]), **rules))
    return t.voting_rounds[-1].id


def test_a_named_ballot_is_one_undo_step_with_dots_numbered_by_the_command(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack, anonymous=False)
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 2, "T1": 1}, MOMENT))
    mine = [v for v in small.votes if v.round_id == round_id]
    assert [(v.voter, v.option_code, v.dot, v.time) for v in mine] == [
        ("P-03", "B1", 1, MOMENT), ("P-03", "B1", 2, MOMENT), ("P-03", "T1", 3, MOMENT)]
    depth = len(stack)
    stack.undo()
    assert [v for v in small.votes if v.round_id == round_id] == [] and stack.index == depth - 1


def test_an_anonymous_ballot_keeps_only_a_code_and_who_voted(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack)
    for person, draw in (("P-05", 7), ("P-03", 0)):  # P-03 draws a lower code than P-05, and votes later
        stack.push(ve.CastBallot(small, round_id, person, {"B2": 1}, MOMENT, draw))
    voting_round = small.voting_round(round_id)
    assert voting_round is not None
    codes = {v.voter for v in small.votes if v.round_id == round_id}
    assert len(codes) == 2 and all(c.startswith("X-") for c in codes)
    assert {v.time for v in small.votes if v.round_id == round_id} == {MOMENT.replace(hour=0, minute=0)}  # the day only
    assert voting_round.voted == ["P-03", "P-05"]  # by id, not by the order of the codes
    rows = [v.voter for v in small.votes if v.round_id == round_id]
    assert rows == sorted(rows)  # the rows on Stemmen are in code order, not in voting order
    assert problems(small) == []
    stack.undo()
    assert voting_round.voted == ["P-05"]


def test_redo_after_other_ballots_never_clashes(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack)
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 1}, MOMENT))
    stack.undo()
    stack.push(ve.CastBallot(small, round_id, "P-04", {"B2": 1}, MOMENT))
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 1}, MOMENT))
    assert len({(v.voter, v.dot) for v in small.votes if v.round_id == round_id}) == 2
    assert problems(small) == []


@pytest.mark.parametrize(("ballot", "message"), [
    ({"B1": 4}, "meer dan de 3 die elke deelnemer heeft"),
    ({"B1": 3}, "meer dan de 2 per optie"),
    ({"Z9": 1}, "geen optie"),
    ({}, "nog geen stip"),
])
def test_a_ballot_that_breaks_a_rule_is_refused_before_anything_changes(small: Trajectory, ballot: dict[str, int],
                                                                         message: str) -> None:
    stack = with_people(small)
    round_id = new_round(stack, max_per_option=2)
    before = small.model_copy(deep=True)
    with pytest.raises(ve.VotingError, match=message):
        ve.CastBallot(small, round_id, "P-03", ballot, MOMENT)
    assert small == before


def test_no_second_ballot_no_ballot_in_a_closed_round_or_a_tally(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack)
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 1}, MOMENT))
    with pytest.raises(ve.VotingError, match="al gestemd"):
        ve.CastBallot(small, round_id, "P-03", {"B2": 1}, MOMENT)
    stack.push(ve.set_status(small, round_id, RoundStatus.CLOSED))
    with pytest.raises(ve.VotingError, match="niet open"):
        ve.CastBallot(small, round_id, "P-04", {"B2": 1}, MOMENT)
    tally_id = new_round(stack, mode=EntryMode.TALLY)
    with pytest.raises(ve.VotingError, match="telling"):
        ve.CastBallot(small, tally_id, "P-04", {"B2": 1}, MOMENT)


def test_taking_back_a_ballot_before_the_reveal(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack, anonymous=False)
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 2}, MOMENT))
    stack.push(ve.TakeBackBallot(small, round_id, "P-03", "P-03"))
    assert not [v for v in small.votes if v.round_id == round_id]
    stack.push(ve.set_status(small, round_id, RoundStatus.REVEALED))
    with pytest.raises(ve.VotingError, match="zolang de ronde open is"):
        ve.TakeBackBallot(small, round_id, "P-03", "P-03")


def test_typed_counts_merge_per_option_and_undo_to_the_start(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack, mode=EntryMode.TALLY, kind=RoundKind.SINGLE)
    depth = len(stack)
    for count in (1, 12, 13):
        stack.push(ve.SetCount(small, round_id, "B2", count))
    stack.push(ve.SetCount(small, round_id, "T1", 4))
    assert len(stack) == depth + 2
    voting_round = small.voting_round(round_id)
    assert voting_round is not None
    assert [(r.code, r.dots) for r in tally(voting_round, small.votes)][:2] == [("B2", 13), ("T1", 4)]
    stack.undo()
    stack.undo()
    assert all(o.count is None for o in voting_round.options)
    with pytest.raises(ValueError):
        ve.SetCount(small, round_id, "B2", -1)


def test_rules_change_only_while_nobody_voted_and_a_repeat_starts_fresh(small: Trajectory) -> None:
    stack = with_people(small)
    round_id = new_round(stack)
    stack.push(ve.edit_round(small, round_id, dots_per_participant=5, question="Wat echt eerst?"))
    stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 1}, MOMENT))
    with pytest.raises(ve.VotingError, match="Herhaal de ronde"):
        ve.edit_round(small, round_id, dots_per_participant=2)
    stack.push(ve.set_status(small, round_id, RoundStatus.REVEALED))
    stack.push(ve.repeat_round(small, round_id))
    again = small.voting_rounds[-1]
    assert again.repeats == round_id and again.status is RoundStatus.OPEN and again.dots_per_participant == 5
    assert [o.code for o in again.options] == ["B1", "B2", "B3", "T1"] and again.voted == []


def test_removing_a_participant_takes_their_named_votes_and_their_voted_mark(small: Trajectory) -> None:
    stack = with_people(small)
    named, anonymous = new_round(stack, anonymous=False), new_round(stack)
    for round_id in (named, anonymous):
        stack.push(ve.CastBallot(small, round_id, "P-03", {"B1": 1}, MOMENT))
    stack.push(pe.remove_participant(small, "P-03"))
    assert not [v for v in small.votes if v.voter == "P-03"]
    assert small.voting_round(anonymous).voted == []  # type: ignore[union-attr]
    assert problems(small) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.dictionaries(st.sampled_from(["B1", "B2", "B3", "T1"]),
                                                            st.integers(1, 2), min_size=1, max_size=3)),
                max_size=8), st.booleans())
def test_any_sequence_of_ballots_undoes_to_the_start(ballots: list[tuple[int, dict[str, int]]], anonymous: bool) -> None:
    t = make_small_trajectory()
    stack = with_people(t, 6)
    round_id = new_round(stack, anonymous=anonymous, max_per_option=2)
    start = t.model_copy(deep=True)
    pushed = 0
    for person, ballot in ballots:
        try:
            stack.push(ve.CastBallot(t, round_id, f"P-{person + 3:02d}", ballot, MOMENT))
            pushed += 1
        except ve.VotingError:
            continue
    assert problems(t) == []
    after = t.model_copy(deep=True)
    for _ in range(pushed):
        stack.undo()
    assert t == start
    for _ in range(pushed):
        stack.redo()
    assert t == after
