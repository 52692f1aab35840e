"""The theory list's context menu: right-click, the menu key and Shift+F10 open the row's menu at the row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.ui.conftest import show_at
from ui.document import Document
from ui.panels.theory_list import ELEMENT_ROLE, TheoryListView
from ui.selection import Selection


class FakeMenus:
    """A menu factory that records what it was asked for and where each menu popped up."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.asked: list[str | None] = []
        self.made: list[QMenu] = []

    def __call__(self, element_id: str | None) -> QMenu:
        self.asked.append(element_id)
        menu = QMenu(self.parent)
        menu.addAction(f"menu van {element_id}")
        self.made.append(menu)
        return menu


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> list[QPoint]:
    """Global positions QMenu.popup was called with (the menu is still shown)."""
    shown: list[QPoint] = []
    original = QMenu.popup

    def popup(menu: QMenu, at: QPoint, *args: object) -> None:
        shown.append(QPoint(at))
        original(menu, at, *args)

    monkeypatch.setattr(QMenu, "popup", popup)
    return shown


@pytest.fixture
def listed(qtbot, doc: Document, sel: Selection) -> tuple[TheoryListView, FakeMenus]:
    host = QWidget()
    qtbot.addWidget(host)
    menus = FakeMenus(host)
    view = show_at(qtbot, TheoryListView(doc, sel, menu_for=menus), 400, 500)
    view.setFocus()
    return view, menus


def _row_rect_global(view: TheoryListView, element_id: str):  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index_of(element_id))
    return rect.translated(view.viewport().mapToGlobal(QPoint(0, 0)))


def test_right_click_selects_the_row_and_opens_its_menu_there(listed, sel: Selection, popups: list[QPoint]) -> None:
    view, menus = listed
    sel.select("D1")
    pos = view.visualRect(view.model().index_of("B2")).center()
    at = view.viewport().mapToGlobal(pos)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, at))
    assert menus.asked == ["B2"] and sel.current == "B2"
    assert view.currentIndex().data(ELEMENT_ROLE) == "B2"
    assert popups == [at] and view.menu is menus.made[0] and view.menu.isVisible()


@pytest.mark.parametrize("how", ["menu key", "shift+f10"])
def test_the_keyboard_opens_the_current_rows_menu_at_that_row(
        listed, sel: Selection, popups: list[QPoint], how: str) -> None:
    view, menus = listed
    sel.select("B5")
    if how == "menu key":  # what Qt makes of the menu key
        origin = QPoint(0, 0)
        QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, origin, view.mapToGlobal(origin)))
    else:
        QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert menus.asked == ["B5"] and sel.current == "B5"
    row = _row_rect_global(view, "B5")
    assert len(popups) == 1 and row.contains(popups[0])
    assert menus.made[0].isVisible()


def test_a_group_row_asks_for_the_menu_of_nothing(listed, sel: Selection, popups: list[QPoint]) -> None:
    view, menus = listed
    sel.select("D1")
    view.setCurrentIndex(view.model().index_of_key("group:blocks"))
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert menus.asked == [None] and sel.current is None and len(popups) == 1


def test_a_new_menu_closes_the_previous_one(listed, sel: Selection, popups: list[QPoint]) -> None:
    view, menus = listed
    sel.select("B1")
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    first, second = menus.made
    assert not first.isVisible() and second.isVisible()


def test_without_a_factory_there_is_no_menu(qtbot, doc: Document, sel: Selection, popups: list[QPoint]) -> None:
    view = show_at(qtbot, TheoryListView(doc, sel), 400, 500)
    sel.select("B1")
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert view.menu is None and popups == []
    menus = FakeMenus(view)
    view.set_menu_factory(menus)
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert menus.asked == ["B1"] and len(popups) == 1


def test_a_menu_that_deletes_itself_is_forgotten(listed, sel: Selection, qtbot) -> None:
    view, menus = listed
    sel.select("B1")
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = menus.made[0]
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the canvas' context menus do
    menu.close()
    qtbot.waitUntil(lambda: view.menu is None)  # after the deferred delete
