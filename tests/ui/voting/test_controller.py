"""The round in the room: a half-filled ballot is never dropped, a removed voter's turn ends, and revealing early
asks first, listing why."""

from __future__ import annotations

import pytest

from tests.ui.conftest import answer_go_ahead
from tests.ui.voting.test_turns import start_round
from ui.main_window import MainWindow
from ui.voting import VotingFeature
from ui.voting.controller import Stage
from workshop import process_edits as pe
from workshop.voting import EntryMode, RoundStatus


def said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_half_filled_ballot_keeps_its_round_and_its_voter(window: MainWindow, voting: VotingFeature,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    first = start_round(window, voting, monkeypatch)
    second = start_round(window, voting, monkeypatch)
    c = voting.controller
    assert c.choose(first) and c.start_turn("P-01") and c.add_dot("B7")
    assert not c.choose(second)
    assert c.round_id == first and c.ballot == {"B7": 1} and "Bevestig of wis eerst het stembiljet van Anna" in said(window)
    assert voting.panel().rounds.currentData() == first  # the list of rounds went back
    assert not c.start_turn("P-02") and c.voter == "P-01"
    c.clear_ballot()
    assert c.choose(second) and c.voter is None


def test_removing_the_voter_ends_their_turn(window: MainWindow, voting: VotingFeature,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    c = voting.controller
    assert c.start_turn("P-03") and c.add_dot("B5")
    window.document.push(pe.remove_participant(window.document.trajectory, "P-03"))
    assert c.voter is None and c.ballot == {} and c.stage is Stage.NAMES
    window.undo_action.trigger()
    assert c.voter is None  # undo brings the person back, not the half-filled ballot


def test_revealing_early_asks_and_cancel_keeps_the_round_open(window: MainWindow, voting: VotingFeature,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    c = voting.controller
    asked = answer_go_ahead(monkeypatch, answer=False)
    assert not voting.reveal()
    assert asked[-1] == ("Toch onthullen?", ["Nog niemand heeft gestemd."])
    for person in ("P-01", "P-02", "P-03", "P-04"):
        assert c.start_turn(person) and c.add_dot("B7") and c.confirm()
    assert c.start_turn("P-05") and c.add_dot("B5")
    assert not voting.reveal()
    assert asked[-1][1] == ["Nog 8 van 12 hebben niet gestemd.",
                            "Het stembiljet van Eva is nog niet bevestigd; die stippen tellen niet mee."]
    assert c.round is not None and c.round.status is RoundStatus.OPEN and c.ballot == {"B5": 1}
    asked = answer_go_ahead(monkeypatch, answer=True)
    assert voting.reveal() and c.round.status is RoundStatus.REVEALED


def test_a_round_everyone_voted_in_reveals_without_a_question(window: MainWindow, voting: VotingFeature,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    c = voting.controller
    for person in window.document.trajectory.participants:
        assert c.start_turn(person.id) and c.add_dot("B10") and c.confirm()
    assert voting.reveal()  # no GoAhead answer: a question would fail the test


def test_a_tally_with_more_dots_than_people_can_place_is_questioned(window: MainWindow, voting: VotingFeature,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch, mode=EntryMode.TALLY, dots_per_participant=2)
    c = voting.controller
    for code, count in (("B5", 20), ("B7", 9), ("B10", 0), ("T1", 1)):
        assert c.set_count(code, count)
    asked = answer_go_ahead(monkeypatch, answer=False)
    assert not voting.reveal()
    assert asked == [("Toch onthullen?", ["Er zijn 30 stippen geteld, meer dan 12 deelnemers samen kunnen zetten (24)."])]
