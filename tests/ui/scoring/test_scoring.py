"""Scoring in the real window: turn by turn with the keyboard and by tapping the projector, hidden until the
reveal, a consensus and paper forms typed into the grid, the map on the projector with movement, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.ui.conftest import answer_go_ahead
from ui.main_window import MainWindow
from ui.scoring import MAP_PAGE, PAGE, ScoringFeature
from ui.scoring.controller import Stage
from ui.scoring.export import render_map
from ui.scoring.mapdata import map_data
from ui.scoring.setup_dialog import ScoringDialog, ScoringSpec
from workshop.assumptions import GROUP
from workshop.demo import build_demo
from workshop.scoring import ScoreMode
from workshop.voting import RoundStatus


@pytest.fixture
def window(facilitator: MainWindow) -> MainWindow:
    facilitator.document.replace(build_demo(), None)
    return facilitator


@pytest.fixture
def scoring(window: MainWindow) -> ScoringFeature:
    feature = window.feature("scoren")
    assert isinstance(feature, ScoringFeature)
    return feature


def start(window: MainWindow, scoring: ScoringFeature, monkeypatch: pytest.MonkeyPatch, mode: ScoreMode,
          element: str = "D3") -> int:
    window.selection.select(element)
    monkeypatch.setattr(ScoringDialog, "ask", classmethod(lambda cls, p, everything, about, name: ScoringSpec(about, mode, name)))
    assert scoring.new_round()
    return scoring.controller.number or 0


def test_turn_by_turn_with_the_keyboard_hidden_until_the_reveal(qtbot, window: MainWindow, scoring: ScoringFeature,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    number = start(window, scoring, monkeypatch, ScoreMode.TURNS)
    c = scoring.controller
    items = c.assumptions()
    assert len(items) >= 3 and c.stage is Stage.NAMES
    for _turn in range(3):
        scoring.actions["nextScorerAction"].trigger()  # N (the active feature gets the key)
        card = scoring.panel().card
        for _ in items:
            qtbot.keyClick(card, Qt.Key.Key_4)
            qtbot.keyClick(card, Qt.Key.Key_2)
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert sum(1 for s in window.document.trajectory.scores if s.round == number) == 3 * len(items)
    page = scoring.host.show_projector_page(MAP_PAGE)
    assert page.map.data is None and "Eerst onthullen" in page.map.caption.text()  # nothing before the reveal
    asked = answer_go_ahead(monkeypatch)
    scoring.actions["revealScoringAction"].trigger()
    assert asked == [("Toch onthullen?", ["Nog 8 van 11 hebben niet gescoord."])]
    assert window.presentation.window.content_name() == MAP_PAGE
    assert page.map.data is not None and {p.stats.importance_mean for p in page.map.data.points} == {4.0}
    assert page.map.data.compare_with is not None  # the movement from the round before


def test_a_participant_taps_name_and_scores_on_the_projector(qtbot, window: MainWindow, scoring: ScoringFeature,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    start(window, scoring, monkeypatch, ScoreMode.TURNS, element="B11")
    page = scoring.host.show_projector_page(PAGE)
    window.presentation.present()
    qtbot.waitExposed(window.presentation.window)
    qtbot.waitUntil(lambda: bool(page.names.tiles) and page.names.tiles[0].width() > 50)
    qtbot.mouseClick(page.names.tiles[0], Qt.MouseButton.LeftButton)
    c = scoring.controller
    assert c.scorer == page.controller.scorers()[0].id
    for _ in c.assumptions():
        qtbot.mouseClick(page.card.values[0][4], Qt.MouseButton.LeftButton)  # belang 5
        qtbot.mouseClick(page.card.values[1][0], Qt.MouseButton.LeftButton)  # zekerheid 1
    assert page.card.chosen.text() == "Belang: 5 · Zekerheid: 1"
    qtbot.mouseClick(page.card.nav["confirm"], Qt.MouseButton.LeftButton)
    assert c.scorer is None and c.stage is Stage.NAMES


def test_a_half_filled_card_is_never_cast_or_dropped(window: MainWindow, scoring: ScoringFeature,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    start(window, scoring, monkeypatch, ScoreMode.TURNS)
    c = scoring.controller
    assert c.next_scorer()
    c.type_digit(3)
    c.type_digit(3)
    assert not c.confirm() and "Nog niet alles gescoord" in window.statusBar().currentMessage()
    assert not c.next_scorer() and c.scorer is not None


def test_consensus_typed_in_the_grid(qtbot, window: MainWindow, scoring: ScoringFeature,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    number = start(window, scoring, monkeypatch, ScoreMode.CONSENSUS)
    grid = scoring.panel().grid
    assert scoring.panel().stack.currentWidget() is grid and grid.rows == [GROUP]
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(grid, key)
    assert [(s.assumption_id, s.importance, s.certainty) for s in window.document.trajectory.scores if s.round == number] == [
        (grid.columns[0], 5, 1), (grid.columns[1], 3, 4)]
    assert grid.item(0, 1).text() == "3 4" and grid.currentColumn() == 2
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert len([s for s in window.document.trajectory.scores if s.round == number]) == 1


def test_paper_forms_participants_by_assumptions(qtbot, window: MainWindow, scoring: ScoringFeature,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    number = start(window, scoring, monkeypatch, ScoreMode.PAPER, element="B11")
    grid = scoring.panel().grid
    assert len(grid.rows) == 11 and len(grid.columns) == 2  # those present in session 4, by the two B11 assumptions
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for _ in range(2 * 11):
        qtbot.keyClick(grid, Qt.Key.Key_2)
        qtbot.keyClick(grid, Qt.Key.Key_4)
    assert len([s for s in window.document.trajectory.scores if s.round == number]) == 22
    window.undo_action.trigger()
    assert len([s for s in window.document.trajectory.scores if s.round == number]) == 21


def test_clicking_a_point_selects_the_assumption_and_the_filter_narrows_the_map(window: MainWindow, scoring: ScoringFeature) -> None:
    c = scoring.controller
    c.choose(1)
    page = scoring.host.show_projector_page(MAP_PAGE)
    page.map.on_click("A-013")
    assert window.selection.ref.id == "A-013"  # type: ignore[union-attr]
    assert "A-013: Als mantelzorgers" in page.map.caption.text()
    c.element_filter = "B7"
    page.refresh()
    assert {p.assumption_id for p in page.map.data.points} == {"A-013"}  # type: ignore[union-attr]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_the_map_exports_as_png_and_svg(window: MainWindow, scoring: ScoringFeature, tmp_path: Path, suffix: str) -> None:
    scoring.controller.choose(2)
    written = render_map(scoring.controller, tmp_path / f"kaart{suffix}")
    assert written.is_file() and written.stat().st_size > 2000
    if suffix == ".png":
        assert QImage(str(written)).pixelColor(3, 3).lightness() > 240
    else:
        assert "A-013" in written.read_text(encoding="utf-8") and "eerst toetsen" in written.read_text(encoding="utf-8")


def test_map_data_of_an_unrevealed_round_is_nothing() -> None:
    t = build_demo()
    t.scoring_rounds[1].status = RoundStatus.CLOSED
    assert map_data(t, 2) is None
    data = map_data(t, 2, compare_with=1)
    assert data is None
    assert map_data(t, 1) is not None


def test_the_laptop_map_filters_and_compares_and_the_projector_follows(window: MainWindow, scoring: ScoringFeature) -> None:
    scoring.controller.choose(2)
    scoring.show_map()
    laptop = scoring.host.docks["mapDock"].panel()
    room = scoring.host.show_projector_page(MAP_PAGE)
    laptop.filter.setCurrentIndex(laptop.filter.findData("B2"))
    laptop.filter.activated.emit(laptop.filter.currentIndex())
    assert {p.assumption_id for p in room.map.data.points} == {"A-005", "A-006"}
    laptop.compare.setCurrentIndex(laptop.compare.findData(None))
    laptop.compare.activated.emit(laptop.compare.currentIndex())
    assert room.map.data.arrows == () and laptop.map.data.compare_with is None


def test_the_dock_fits_the_width_it_opens_with(window: MainWindow, scoring: ScoringFeature,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """About 400 pixels beside the schema, also with a score card open: short buttons, no sideways scrolling."""
    from PySide6.QtWidgets import QScrollArea

    start(window, scoring, monkeypatch, ScoreMode.TURNS)
    scoring.actions["nextScorerAction"].trigger()
    panel = scoring.panel()
    inner = panel.findChild(QScrollArea).widget()
    assert inner.minimumSizeHint().width() <= 380
    assert panel.buttons["map"].text() == "Kaart" and panel.buttons["map"].toolTip() == "Kaart op de projector"


def test_with_no_assumptions_the_round_says_where_to_write_them(window: MainWindow, scoring: ScoringFeature) -> None:
    from workshop.content import new_trajectory

    window.document.replace(new_trajectory("leeg"), None)
    assert not scoring.new_round()  # no dialog offering 'Alle aannames (0)'
    assert window.statusBar().currentMessage().startswith("Er zijn nog geen aannames om te scoren")


def test_another_workbook_puts_its_schema_on_the_projector(window: MainWindow, scoring: ScoringFeature,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Not the score page of the workbook before, which then told the room 'Kies eerst een scoreronde.'"""
    from workshop.content import new_trajectory

    start(window, scoring, monkeypatch, ScoreMode.TURNS)
    scoring.host.show_projector_page(PAGE)
    window.document.replace(new_trajectory("leeg"), None)
    assert window.presentation.window.content_name() == "schema"
