"""Context menus opened with real events: right-click on a relation line, the menu key / Shift+F10, no leaks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.test_canvas_fixtures import document, selection, view  # noqa: F401 - shared fixtures
from ui.canvas.view import SchemaView
from ui.dialogs.choice_dialog import ChoiceDialog
from ui.document import Document
from ui.selection import Selection
from workshop.theory import RelationType

RELATION_MENU = ["Relatie naar deelambitie: Ontmoeting en erbij horen", "Verwijderen"]




@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> list[QPoint]:
    """Where menus were asked to pop up (the window system may move a menu near the screen's edge)."""
    asked: list[QPoint] = []
    popup = QMenu.popup
    monkeypatch.setattr(QMenu, "popup", lambda menu, at, *args: asked.append(QPoint(at)) or popup(menu, at, *args))
    return asked


def point_of(view: SchemaView, element_id: str) -> QPoint:
    pos = view.scene_pos_of(element_id)
    assert pos is not None, element_id
    point = view.mapFromScene(pos)
    assert view.element_at(point) == element_id  # the point really hits the element (a relation: its line)
    return point


def entries(menu: QMenu | None) -> list[str]:
    assert menu is not None
    return [a.text() for a in menu.actions() if a.text()]


def right_click(view: SchemaView, pos: QPoint) -> QMenu | None:
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    return view.menu


def menu_key(view: SchemaView) -> QMenu | None:
    """What Qt sends for the menu key: a keyboard context menu event to the focus widget, placed at its corner."""
    view.setFocus()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), view.mapToGlobal(QPoint(0, 0))))
    return view.menu


def action(menu: QMenu | None, *path: str) -> QAction:
    assert menu is not None
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text().startswith(text))
    return next(a for a in menu.actions() if a.text().startswith(path[-1]))


def test_right_click_on_a_relation_line_opens_the_relation_menu(view: SchemaView, document: Document, selection: Selection) -> None:
    menu = right_click(view, point_of(view, "B5-D1"))
    assert entries(menu) == RELATION_MENU and selection.current == "B5-D1"
    action(menu, "Verwijderen").trigger()
    theory = document.trajectory.theory
    assert theory.relation("B5", "D1") is None and theory.block("B5") is not None  # only the line went
    assert len(document.stack) == 1


def test_the_relation_menu_changes_the_type(view: SchemaView, document: Document, selection: Selection) -> None:
    menu = right_click(view, point_of(view, "B5-D1"))
    action(menu, "Relatie naar deelambitie", "Wisselwerking").trigger()
    assert document.trajectory.theory.relation("B5", "D1").type == RelationType.INTERACTION  # type: ignore[union-attr]
    assert selection.current == "B5-D1"


def test_double_click_on_a_relation_asks_its_type(qtbot, view: SchemaView, document: Document, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[int] = []
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, parent, title, label, options, current=0: shown.append(current) or 3))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, "B5-D1"))
    assert shown == [2]  # Direct, the current type, is checked
    assert document.trajectory.theory.relation("B5", "D1").type == RelationType.INDIRECT  # type: ignore[union-attr]


def test_menu_key_opens_the_menu_of_the_selected_element_at_that_element(view: SchemaView, selection: Selection, popups: list) -> None:
    selection.select("B5")
    menu = menu_key(view)
    assert entries(menu)[0] == "Hernoemen…" and "Volledige naam wijzigen…" in entries(menu)
    selection.select("B5-D1")
    menu = menu_key(view)
    assert entries(menu) == RELATION_MENU and selection.current == "B5-D1"
    assert popups == [view.viewport().mapToGlobal(point_of(view, key)) for key in ("B5", "B5-D1")]


def test_menu_key_without_selection_opens_the_background_menu_in_the_middle(view: SchemaView, popups: list) -> None:
    assert entries(menu_key(view)) == ["Deelambitie toevoegen…", "Bouwsteen toevoegen…"]
    assert popups == [view.viewport().mapToGlobal(view.viewport().rect().center())]


def test_a_selected_element_out_of_sight_gets_its_menu_at_the_edge(view: SchemaView, selection: Selection, popups: list) -> None:
    view.set_zoom(4.0)
    view.centerOn(view.scene_pos_of("B10"))  # type: ignore[arg-type]
    selection.select("D1")
    assert not view.viewport().rect().contains(view.mapFromScene(view.scene_pos_of("D1")))  # type: ignore[arg-type]
    assert entries(menu_key(view)) == ["Hernoemen…", "Beschrijving wijzigen…", "Verwijderen"] and selection.current == "D1"
    assert view.viewport().rect().contains(view.viewport().mapFromGlobal(popups[0]))


def test_shift_f10_does_what_the_menu_key_does(qtbot, view: SchemaView, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    selection.select("D3")
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert entries(view.menu) == ["Hernoemen…", "Beschrijving wijzigen…", "Verwijderen"]


def test_an_action_id_is_not_taken_for_a_relation(view: SchemaView, selection: Selection) -> None:
    selection.select("H-001")  # e.g. from a list of actions: no element of the canvas
    assert entries(menu_key(view)) == ["Deelambitie toevoegen…", "Bouwsteen toevoegen…"]


def test_context_menus_do_not_pile_up(view: SchemaView) -> None:
    def live_menus() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(view.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly))

    for _ in range(5):
        right_click(view, point_of(view, "B5"))
        right_click(view, QPoint(3, 3))
    assert live_menus() == 1  # only the one still open
    assert view.menu is not None
    view.menu.close()
    assert live_menus() == 0 and view.menu is None
