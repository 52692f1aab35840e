"""The heat view: counts of a revealed round on the schema, and the status line that names the round's question."""

from __future__ import annotations

import datetime as dt

from ui.voting.heat import heat_badges, heat_message
from workshop import voting_edits as ve
from workshop.commands import CommandStack
from workshop.demo import build_demo
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, VoteOption

MOMENT = dt.datetime(2026, 12, 4, 10, 0)


def with_free_options(free: int) -> tuple[Trajectory, str]:
    """A revealed round on two bouwstenen plus `free` options of the room's own, one ballot each."""
    stack = CommandStack(build_demo())
    t = stack.trajectory
    options = [VoteOption(code="B1", label="Bestaanszekerheid", element_id="B1"),
               VoteOption(code="B7", label="(Onder)steunen van mantelzorg", element_id="B7"),
               *(VoteOption(code=f"T{i}", label=f"Eigen idee {i}") for i in range(1, free + 1))]
    stack.push(ve.add_round(t, "Waar beginnen we?", options, anonymous=False, session_number=1))
    round_id = t.voting_rounds[-1].id
    for person, code in zip(t.participants, ["B7", "B7", "B1", *(f"T{i}" for i in range(1, free + 1))]):
        stack.push(ve.CastBallot(t, round_id, person.id, {code: 1}, MOMENT))
    stack.push(ve.set_status(t, round_id, RoundStatus.REVEALED))
    return t, round_id


def test_the_badges_stay_as_they_were() -> None:
    t = build_demo()
    badges = heat_badges(t, "V-02")
    assert badges["B7"] == ("● 9", True) and badges["B10"] == ("● 5", False)
    assert heat_badges(t, None) == {}


def test_the_status_line_names_the_question_not_the_round_id() -> None:
    message = heat_message(build_demo(), "V-02")
    assert message == "Stemmen van 'Welke bouwstenen pakken we als eerste op?' staan op het schema (H zet ze weg)."


def test_the_status_line_counts_the_rooms_own_options_that_are_not_on_the_schema() -> None:
    t, round_id = with_free_options(2)
    assert heat_message(t, round_id) == ("Stemmen van 'Waar beginnen we?' staan op het schema (H zet ze weg). "
                                         "2 eigen opties staan niet op het schema.")
    t, round_id = with_free_options(1)
    assert heat_message(t, round_id).endswith(" 1 eigen optie staat niet op het schema.")
    assert set(heat_badges(t, round_id)) == {"B1", "B7"}


def test_without_anything_to_show_the_status_line_says_so() -> None:
    t = build_demo()
    t.voting_round("V-02").status = RoundStatus.CLOSED  # type: ignore[union-attr]
    assert heat_message(t, "V-02") == "Geen onthulde ronde met opties op het schema."
    assert heat_message(t, None) == "Geen onthulde ronde met opties op het schema."
    assert heat_message(t, "V-01") == "Geen onthulde ronde met opties op het schema."  # free texts only
