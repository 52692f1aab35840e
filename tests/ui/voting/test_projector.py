"""The voting page on the projector: one screen (the presentation has the keyboard), a clicker's PageDown and
PageUp, anonymous ballots typed on the laptop, and tiles that stay readable with many names or options."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tests.ui.voting.test_turns import room_texts, start_round
from ui.main_window import MainWindow
from ui.voting import PAGE, VotingFeature
from ui.voting.controller import Stage
from ui.voting.projector import VotingPage
from ui.voting.tiles import fitted_label, text_fits
from workshop import process_edits as pe
from workshop import voting_edits as ve
from workshop.sessions import Participant


def shown_page(window: MainWindow, voting: VotingFeature) -> VotingPage:
    page = voting.host.show_projector_page(PAGE)
    window.presentation.window.resize(1920, 1080)
    window.presentation.window.show()
    assert isinstance(page, VotingPage)
    return page


def test_one_screen_a_whole_ballot_by_keys_on_the_presentation(qtbot, window: MainWindow, voting: VotingFeature,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    page, room = shown_page(window, voting), window.presentation.window
    qtbot.keyClick(room, Qt.Key.Key_N)  # the feature's key works on the presentation too
    c = voting.controller
    assert c.voter == "P-01" and c.stage is Stage.BALLOT
    qtbot.keyClick(room, Qt.Key.Key_Right)  # the cursor appears on the first tile ...
    qtbot.keyClick(room, Qt.Key.Key_Right)  # ... and moves to the second (B7)
    assert page.tiles.marked_tile() is not None and page.tiles.marked_tile().code == "B7"
    qtbot.keyClick(room, Qt.Key.Key_Space)  # a dot, not the presentation's 'next page'
    qtbot.keyClick(room, Qt.Key.Key_2)  # two dots on B7
    qtbot.keyClick(room, Qt.Key.Key_Left)
    qtbot.keyClick(room, Qt.Key.Key_Plus)  # one on B5
    assert c.ballot == {"B7": 2, "B5": 1}
    qtbot.keyClick(room, Qt.Key.Key_Return)
    assert c.voter is None and c.has_voted("P-01")
    qtbot.keyClick(room, Qt.Key.Key_Right)
    qtbot.keyClick(room, Qt.Key.Key_Return)  # on the names: Enter starts the marked person's turn
    assert c.voter == "P-02"


def test_a_clicker_gives_turns_confirms_and_stops(qtbot, window: MainWindow, voting: VotingFeature,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    shown_page(window, voting)
    room, c = window.presentation.window, voting.controller
    qtbot.keyClick(room, Qt.Key.Key_PageDown)
    assert c.voter == "P-01"
    qtbot.keyClick(room, Qt.Key.Key_PageUp)  # stop the turn
    assert c.voter is None and c.stage is Stage.NAMES
    window.page_actions[0].trigger()  # the clicker on the laptop: PageDown
    assert c.voter == "P-01" and c.add_dot("B10")
    window.page_actions[0].trigger()  # confirms the filled ballot
    assert c.has_voted("P-01") and c.voter is None


def test_an_anonymous_ballot_typed_on_the_laptop_shows_neither_name_nor_dots(qtbot, window: MainWindow,
                                                                            voting: VotingFeature,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch, anonymous=True)
    page = shown_page(window, voting)
    panel = voting.panel()
    panel.voters.setCurrentRow(2)
    qtbot.keyClick(panel.voters, Qt.Key.Key_Return)
    c = voting.controller
    assert c.voter == "P-03" and c.private
    assert panel.tiles.tiles[0].hasFocus()  # the keyboard went to the ballot
    qtbot.keyClick(panel.tiles.tiles[0], Qt.Key.Key_Space)
    shown = room_texts(page)
    assert "Ceyda" not in shown and "anonieme stem" in shown and "1 stip" not in shown
    qtbot.keyClick(panel.tiles.tiles[0], Qt.Key.Key_Return)
    assert c.has_voted("P-03") and not c.private
    voting.next_voter()  # N: a turn in the room, on the tiles
    assert not c.private and "Anna" in room_texts(page)


def test_twenty_five_names_fit_in_the_room_size(qtbot, window: MainWindow, voting: VotingFeature,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"{first} {last}" for first, last in zip(
        ["Marieke", "Abdelkader", "Jan-Willem", "Fatima", "Geertruida", "Mohammed", "Anne-Sophie", "Cornelis",
         "Yasmina", "Hendrikus", "Esther", "Bartholomeus", "Noor"],
        ["van den Berg-Jansen", "El Amrani", "de Vries", "Bakkali", "Hoogeveen", "Yilmaz", "Verbeek", "Schouten",
         "Mulder", "Bosch", "de Groot", "Visser", "Smit"], strict=True)]
    people = [Participant(id="P-00", name=n) for n in (names * 2)[:13]]
    window.document.push(pe.add_participants(window.document.trajectory, people, present_in=1))
    start_round(window, voting, monkeypatch)
    page = shown_page(window, voting)
    qtbot.waitUntil(lambda: len(page.names.tiles) == 25)
    assert not page.names.cramped and page.names.look.px >= page.names.low
    for tile in page.names.tiles:
        assert fitted_label(tile.label, tile.look.font(), tile.width() - tile.look.px * 1.2,
                            tile.height() - tile.look.px * 0.9) == tile.label


def test_twenty_nine_long_options_shrink_and_are_shortened_with_an_ellipsis(qtbot, window: MainWindow,
                                                                           voting: VotingFeature) -> None:
    t = window.document.trajectory
    options = ve.options_for(t, [], [f"Optie {n}: een lange omschrijving van wat we samen zouden kunnen doen in de wijk"
                                     for n in range(1, 30)])
    window.document.push(ve.add_round(t, "Welke eerst?", options, session_number=1))
    voting.controller.choose(t.voting_rounds[-1].id)
    page = shown_page(window, voting)
    assert voting.controller.start_turn("P-01")
    qtbot.waitUntil(lambda: len(page.tiles.tiles) == 29 and page.tiles.isVisible())
    grid = page.tiles
    assert grid.cramped and grid.look.px >= grid.low * 0.6
    assert "ingekort" in window.statusBar().currentMessage()  # the facilitator hears it once
    for tile in grid.tiles:
        width, height = tile.width() - tile.look.px * 1.2, tile.height() - tile.look.px * 2.45
        shown = fitted_label(tile.label, tile.look.font(), width, height)
        assert text_fits(shown, tile.look.font(), width, height) and shown.startswith("Optie")


def test_a_shortened_label_keeps_whole_words() -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(20)
    shown = fitted_label("Ontmoetingsplekken in de buurt voor jong en oud samen", font, 260, 30)
    assert shown.endswith("…") and shown.startswith("Ontmoetingsplekken") and text_fits(shown, font, 260, 30)
    assert fitted_label("Kort", font, 260, 30) == "Kort"
