"""Tally mode: the facilitator types counts per option with the keyboard; the room sees the options, no counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import answer_go_ahead
from tests.ui.voting.conftest import answer_round
from ui.main_window import MainWindow
from ui.voting import PAGE, VotingFeature
from ui.voting.controller import Stage
from workshop.voting import EntryMode, RoundKind, tally


@pytest.fixture
def counting(window: MainWindow, voting: VotingFeature, monkeypatch: pytest.MonkeyPatch) -> VotingFeature:
    answer_round(monkeypatch, "Welke formulering?", ("Kort", "Lang", "Eigen versie"),
                 mode=EntryMode.TALLY, kind=RoundKind.SINGLE)
    assert voting.new_round()
    return voting


def test_digits_arrows_plus_and_minus_on_the_focused_option(qtbot, window: MainWindow, counting: VotingFeature) -> None:
    panel = counting.panel()
    assert counting.controller.stage is Stage.TALLY and panel.stack.currentWidget() is panel.tally
    table = panel.tally
    table.setFocus()
    table.setCurrentCell(0, 1)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):  # Kort: 12
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_4, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):  # Lang: 4, 5, 6, 5
        qtbot.keyClick(table, key)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)  # Eigen versie: 1
    voting_round = counting.controller.round
    assert voting_round is not None
    assert [(r.code, r.dots) for r in tally(voting_round, window.document.trajectory.votes)] == [
        ("T1", 12), ("T2", 5), ("T3", 1)]
    assert [table.item(r, 1).text() for r in range(3)] == ["12", "5", "1"]
    window.undo_action.trigger()  # the last option's count, one step
    window.undo_action.trigger()  # the second option's typing and adjusting, one step
    assert [o.count for o in voting_round.options] == [12, None, None]


def test_the_room_sees_the_options_but_no_count_until_the_reveal(window: MainWindow, counting: VotingFeature,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_go_ahead(monkeypatch)
    controller = counting.controller
    assert controller.set_count("T1", 7)
    page = counting.host.show_projector_page(PAGE)
    assert page.status.text() == "De begeleider telt de stippen of handen"
    assert [t.label for t in page.tiles.tiles] == ["Kort", "Lang", "Eigen versie"]
    assert all("7" not in t.accessibleName() for t in page.tiles.tiles)
    counting.reveal()
    assert page.chart is not None and page.chart.chart is not None
    assert page.chart.chart.bars[0].lines[0].caption == "7"
    assert asked == [("Toch onthullen?", ["2 opties zijn nog niet geteld."])]


def test_ballots_are_refused_in_a_tally_round(window: MainWindow, counting: VotingFeature) -> None:
    assert not counting.controller.start_turn("P-01")
    assert not counting.controller.next_voter()


def test_backspace_drops_the_last_digit_of_a_count_typed_before(qtbot, window: MainWindow, counting: VotingFeature) -> None:
    panel = counting.panel()
    table = panel.tally
    table.setFocus()
    table.setCurrentCell(0, 1)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
        qtbot.keyClick(table, key)  # 12, away and back, Backspace: 1 (not empty)
    voting_round = counting.controller.round
    assert voting_round is not None and voting_round.options[0].count == 1
    qtbot.keyClick(table, Qt.Key.Key_Backspace)
    assert voting_round.options[0].count is None


def test_a_count_over_the_maximum_is_said_and_the_rules_line_speaks_of_counting(qtbot, window: MainWindow,
                                                                              counting: VotingFeature) -> None:
    panel = counting.panel()
    table = panel.tally
    table.setFocus()
    table.setCurrentCell(1, 1)
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9):
        qtbot.keyClick(table, key)
    voting_round = counting.controller.round
    assert voting_round is not None and voting_round.options[1].count == 9999
    assert window.statusBar().currentMessage() == "Hoogstens 9999 per optie: het aantal is 9999 geworden."
    assert panel.info.text().startswith("Telling door de begeleider") and "stippen per deelnemer" not in panel.info.text()
