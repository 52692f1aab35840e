"""The scoring page with one screen or a clicker: keys on the presentation pick a name and score, PageDown walks
the card; a removed scorer's turn ends, a half-filled card keeps its round, and revealing early asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import answer_go_ahead
from tests.ui.scoring.test_scoring import scoring, start, window  # noqa: F401
from ui.main_window import MainWindow
from ui.scoring import PAGE, ScoringFeature
from ui.scoring.controller import Stage
from workshop import process_edits as pe
from workshop.scoring import ScoreMode
from workshop.voting import RoundStatus


def test_one_screen_a_whole_card_by_keys_on_the_presentation(qtbot, window: MainWindow,  # noqa: F811
                                                            scoring: ScoringFeature,  # noqa: F811
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    start(window, scoring, monkeypatch, ScoreMode.TURNS)
    scoring.host.show_projector_page(PAGE)
    room, c = window.presentation.window, scoring.controller
    room.resize(1920, 1080)
    room.show()
    qtbot.keyClick(room, Qt.Key.Key_Down)  # the cursor appears on the first name
    qtbot.keyClick(room, Qt.Key.Key_Return)
    first = c.scorers()[0].id
    assert c.scorer == first and c.stage is Stage.CARD
    for _ in c.assumptions():
        qtbot.keyClick(room, Qt.Key.Key_4)
        qtbot.keyClick(room, Qt.Key.Key_2)
    qtbot.keyClick(room, Qt.Key.Key_Return)
    assert c.has_scored(first) and c.scorer is None


def test_a_clicker_walks_the_card_and_confirms_after_the_last(qtbot, window: MainWindow,  # noqa: F811
                                                              scoring: ScoringFeature,  # noqa: F811
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    start(window, scoring, monkeypatch, ScoreMode.TURNS)
    page = scoring.host.show_projector_page(PAGE)
    c = scoring.controller
    assert page.page(1) and c.stage is Stage.CARD  # PageDown on the names: the next scorer
    c.type_digit(5)
    c.type_digit(1)  # the card moves on by itself after zekerheid
    assert c.index == 1 and page.page(-1) and c.index == 0
    for index in range(len(c.assumptions())):
        c.move(index - c.index)
        c.type_digit(5)
        c.type_digit(1)
    assert page.page(1) and c.scorer is None  # on the last assumption PageDown confirms


def test_removing_the_scorer_ends_the_turn_and_choosing_another_round_waits(window: MainWindow,  # noqa: F811
                                                                           scoring: ScoringFeature,  # noqa: F811
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    number = start(window, scoring, monkeypatch, ScoreMode.TURNS)
    c = scoring.controller
    assert c.next_scorer()
    c.type_digit(3)
    assert not c.choose(1) and c.number == number and "Maak eerst de scores" in window.statusBar().currentMessage()
    window.document.push(pe.remove_participant(window.document.trajectory, c.scorer or ""))
    assert c.scorer is None and c.sheet == {}
    assert c.choose(1)


def test_revealing_early_asks_and_a_consensus_names_what_is_missing(window: MainWindow,  # noqa: F811
                                                                    scoring: ScoringFeature,  # noqa: F811
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    start(window, scoring, monkeypatch, ScoreMode.CONSENSUS)
    c = scoring.controller
    total = len(c.assumptions())
    c.set_cell("GROEP", c.assumptions()[0].id, (4, 2))
    asked = answer_go_ahead(monkeypatch, answer=False)
    assert not scoring.reveal()
    assert asked == [("Toch onthullen?", [f"{total - 1} van de {total} aannames hebben nog geen groepsoordeel."])]
    assert c.round is not None and c.round.status is RoundStatus.OPEN
