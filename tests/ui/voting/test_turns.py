"""Turn mode end to end in the real window: pick cards, set up a round, vote in turns by keyboard and by tapping
the projector, nothing shown before the reveal, undo a ballot, reveal, heat view, repeat and before/after."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.voting.conftest import answer_round
from ui.main_window import MainWindow
from ui.voting import PAGE, VotingFeature
from ui.voting.controller import Stage
from workshop.voting import RoundStatus, tally


def room_texts(page: QWidget) -> str:
    """Everything the projector page shows as text right now (labels, tiles, buttons, chart)."""
    parts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    parts += [w.accessibleName() for w in page.findChildren(QWidget) if w.isVisibleTo(page) and w.accessibleName()]
    parts += [w.accessibleDescription() for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    return " | ".join(parts)


def everyone_votes(window: MainWindow, voting: VotingFeature, choose: object) -> None:
    """Every participant casts a one-dot ballot; `choose(index)` gives the option code."""
    controller = voting.controller
    for index, person in enumerate(window.document.trajectory.participants):
        assert controller.start_turn(person.id)
        assert controller.add_dot(choose(index))  # type: ignore[operator]
        assert controller.confirm()


def start_round(window: MainWindow, voting: VotingFeature, monkeypatch: pytest.MonkeyPatch, **rules: object) -> str:
    window.selection.select("B5")
    window.selection.toggle("B7")
    window.selection.toggle("B10")
    seen = answer_round(monkeypatch, free=("Iets anders",), **rules)
    assert voting.new_round()
    assert seen == [["B5", "B7", "B10"]]  # the cards picked with Ctrl+click are ticked
    return voting.controller.round_id or ""


def test_the_canvas_offers_a_round_on_the_picked_cards(window: MainWindow, voting: VotingFeature,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window.selection.select("B5")
    window.selection.toggle("B7")
    from ui.canvas.menus import context_menu

    menu = context_menu(window.view.editor, "B7", window)  # type: ignore[arg-type]
    entry = next(a for a in menu.actions() if a.text().startswith("Stemronde met deze keuze"))
    seen = answer_round(monkeypatch)
    entry.trigger()
    assert seen == [["B5", "B7"]]
    assert [o.code for o in voting.controller.round.options] == ["B5", "B7"]  # type: ignore[union-attr]


def test_a_whole_round_by_keyboard_with_twelve_people(qtbot, window: MainWindow, voting: VotingFeature,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    round_id = start_round(window, voting, monkeypatch, anonymous=True)
    panel = voting.panel()
    for _turn in range(12):
        voting.actions["nextVoterAction"].trigger()  # N: the next person, and the keyboard on the first tile
        tile = panel.tiles.tiles[0]
        qtbot.waitUntil(tile.hasFocus)
        qtbot.keyClick(tile, Qt.Key.Key_Space)  # one dot on B5
        qtbot.keyClick(tile, Qt.Key.Key_Right)  # the focus moves to B7 ...
        focused = panel.tiles.tiles[1]
        assert focused.hasFocus()
        qtbot.keyClick(focused, Qt.Key.Key_2)  # ... which gets two dots
        assert voting.controller.dots_left() == 0
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # confirm
    voting_round = window.document.trajectory.voting_round(round_id)
    assert voting_round is not None and len(voting_round.voted) == 12
    assert {row.code: row.dots for row in tally(voting_round, window.document.trajectory.votes)} == {
        "B5": 12, "B7": 24, "B10": 0, "T1": 0}
    assert not voting.controller.next_voter()  # nobody left


def test_nothing_in_the_room_shows_a_count_before_the_reveal(qtbot, window: MainWindow, voting: VotingFeature,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    page = voting.host.show_projector_page(PAGE)
    window.presentation.window.resize(1920, 1080)
    controller = voting.controller
    for person in window.document.trajectory.participants[:5]:
        controller.start_turn(person.id)
        assert controller.add_dot("B7") and controller.add_dot("B7") and controller.add_dot("B5")
        assert controller.confirm()
        shown = room_texts(page)
        assert not re.search(r"\d+ stippen|: [1-9]", shown), shown  # no totals anywhere, no dots left over
        assert controller.stage is Stage.NAMES and "Tik op je naam" in shown
    assert "5 van 12 hebben gestemd" in room_texts(page)
    panel = voting.panel()
    listed = [panel.voters.item(i).text() for i in range(panel.voters.count())]
    assert sum(t.endswith("✓ gestemd") for t in listed) == 5 and not any("B7" in t for t in listed)


def test_a_participant_taps_their_name_and_the_tiles_on_the_projector(qtbot, window: MainWindow, voting: VotingFeature,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch, anonymous=False)
    page = voting.host.show_projector_page(PAGE)
    window.presentation.present()  # F5: with one screen the presentation fills it
    qtbot.waitExposed(window.presentation.window)
    qtbot.waitUntil(lambda: bool(page.names.tiles) and page.names.tiles[0].width() > 50)
    name = next(t for t in page.names.tiles if t.label == "Eva")
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert voting.controller.voter == window.document.trajectory.participants[4].id
    qtbot.waitUntil(lambda: page.tiles.tile("B10") is not None and page.tiles.tile("B10").width() > 50)
    tile = page.tiles.tile("B10")
    assert tile is not None
    for _ in range(4):  # a fourth tap finds no dot left
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert voting.controller.ballot == {"B10": 3}
    minus = tile.minus_rect().center().toPoint()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=QPoint(minus.x(), minus.y()))
    assert voting.controller.ballot == {"B10": 2}
    qtbot.mouseClick(page.buttons["confirm"], Qt.MouseButton.LeftButton)
    votes = [v for v in window.document.trajectory.votes if v.round_id == voting.controller.round_id]
    assert [(v.voter, v.option_code) for v in votes] == [("P-05", "B10"), ("P-05", "B10")]
    assert all(v.time is not None for v in votes)


def test_undo_a_ballot_before_the_reveal_and_take_one_back(window: MainWindow, voting: VotingFeature,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    round_id = start_round(window, voting, monkeypatch)
    controller = voting.controller
    for person in ("P-01", "P-02"):
        controller.start_turn(person)
        controller.add_dot("B5")
        controller.confirm()
    window.undo_action.trigger()  # Ctrl+Z: Bram's ballot
    assert not controller.has_voted("P-02") and controller.has_voted("P-01")
    assert controller.take_back("P-01")  # anonymous, but this session knows Anna's code
    assert not [v for v in window.document.trajectory.votes if v.round_id == round_id]


def test_reveal_then_heat_view_then_repeat_and_before_after(qtbot, window: MainWindow, voting: VotingFeature,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first = start_round(window, voting, monkeypatch, anonymous=False)
    controller = voting.controller
    everyone_votes(window, voting, lambda index: "B5" if index % 3 else "B7")
    voting.actions["revealAction"].trigger()  # O
    assert window.document.trajectory.voting_round(first).status is RoundStatus.REVEALED  # type: ignore[union-attr]
    page = voting.host.projector_page(PAGE)
    assert window.presentation.window.content_name() == PAGE
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.chart is not None)
    assert [b.code for b in page.chart.chart.bars][:2] == ["B5", "B7"]
    voting.actions["heatAction"].trigger()  # H
    assert window.view.schema.badges() == {"B5": "● 8", "B7": "● 4", "B10": "● 0"}
    assert window.presentation.window.content_name() == "schema"
    voting.actions["repeatRoundAction"].trigger()
    second = controller.round_id
    assert second != first and window.document.trajectory.voting_round(second).repeats == first  # type: ignore[union-attr]
    everyone_votes(window, voting, lambda _index: "B7")
    voting.reveal()
    voting.actions["compareViewAction"].trigger()
    chart = page.chart.chart
    b7 = next(b for b in chart.bars if b.code == "B7")
    assert [line.caption for line in b7.lines] == ["voor 4", "na 12 (+8 ▲)"]
    assert [s.name for s in chart.legend] == [f"voor: {first}", f"na: {second}"]


def test_whose_voice_splits_a_named_round_per_organisation(window: MainWindow, voting: VotingFeature,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch, anonymous=False)
    everyone_votes(window, voting, lambda _index: "B5")
    voting.reveal()
    voting.actions["splitViewAction"].trigger()
    chart = voting.host.projector_page(PAGE).chart.chart
    b5 = chart.bars[0]
    assert sum(s.value for s in b5.lines[0].segments) == 12
    assert {s.name for s in chart.legend} >= {"Gemeente", "Welzijn"}
    assert len({(s.colour, s.pattern) for s in chart.legend}) == len(chart.legend)  # told apart by pattern too


def test_a_closed_round_reopens_and_takes_votes_again(window: MainWindow, voting: VotingFeature,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    controller = voting.controller
    voting.actions["closeRoundAction"].trigger()
    assert not controller.start_turn("P-01") and controller.stage is Stage.WAITING
    voting.actions["reopenRoundAction"].trigger()
    assert controller.start_turn("P-01")


def test_a_vote_cast_keeps_the_selection(window: MainWindow, voting: VotingFeature, monkeypatch: pytest.MonkeyPatch) -> None:
    start_round(window, voting, monkeypatch)
    window.selection.select("D3")
    controller = voting.controller
    controller.start_turn("P-01")
    controller.add_dot("B5")
    controller.confirm()
    assert window.selection.current == "D3"


def test_the_dock_fits_the_width_it_opens_with(window: MainWindow, voting: VotingFeature,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """About 400 pixels beside the schema, with a long question: short buttons (the menu's words as tooltip),
    no sideways scrolling; the results read as words, a shared place said so."""
    from PySide6.QtWidgets import QScrollArea

    window.selection.select("B5")
    window.selection.toggle("B7")
    answer_round(monkeypatch, question="Welke formulering van de hoofdambitie past het best bij onze gemeente?")
    assert voting.new_round()
    panel = voting.panel()
    inner = panel.findChild(QScrollArea).widget()
    assert inner.minimumSizeHint().width() <= 380
    assert panel.buttons["edit"].text() == "Instellen…" and panel.buttons["edit"].toolTip() == "Stemronde instellen…"
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    at = QPoint(5, 5)
    QApplication.sendEvent(panel.rounds, QHelpEvent(QEvent.Type.ToolTip, at, panel.rounds.mapToGlobal(at)))
    assert QToolTip.text().endswith("past het best bij onze gemeente?")  # the whole question, cut in the box
    from tests.ui.conftest import answer_go_ahead

    answer_go_ahead(monkeypatch)
    everyone_votes(window, voting, lambda index: "B5" if index % 2 else "B7")
    voting.reveal()
    names = {o.code: o.label for o in voting.controller.round.options}  # type: ignore[union-attr]
    assert panel.results.text().splitlines() == [f"1. {names['B5']} — 6 stippen (gedeelde plaats)",
                                                 f"1. {names['B7']} — 6 stippen (gedeelde plaats)"]
