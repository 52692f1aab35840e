"""Tests for the presentation window and controller on one screen: F5, Esc, blank (B), pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QWidget

from ui.canvas.view import SchemaView
from ui.document import Document
from ui.presentation import TEXT, PresentationController, schema_content
from ui.selection import Selection
from workshop.trajectory import Trajectory

YELLOW = QColor("#ffd400")


def stand_in(text: str = "Schema") -> QLabel:
    """A content widget standing in for the schema view: easy to recognise in a grab."""
    label = QLabel(text)
    label.setAccessibleName("Schema (test)")
    label.setStyleSheet(f"background: {YELLOW.name()}; color: black; font-size: 48px;")
    return label


def is_black(image: QImage) -> bool:
    """True when a grid of samples over the image is all pure black."""
    points = [(x * image.width() // 10, y * image.height() // 10) for x in range(10) for y in range(10)]
    return all(image.pixelColor(x, y) == QColor(0, 0, 0) for x, y in points)


@pytest.fixture
def controller(qtbot) -> Iterator[PresentationController]:
    """A controller on the session's single offscreen screen."""
    if len(QGuiApplication.screens()) != 1:
        pytest.skip("needs exactly one screen")
    controller = PresentationController(stand_in)
    qtbot.addWidget(controller.window)
    yield controller
    controller.close()


def test_window_is_frameless_named_and_does_not_keep_the_app_alive(controller):
    window = controller.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isWindow()
    assert not window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    assert window.accessibleName() == "Projectorweergave"


def test_start_with_one_screen_shows_nothing_and_explains_f5(qtbot, controller):
    with qtbot.waitSignal(controller.status) as blocker:
        controller.start()
    assert "F5" in blocker.args[0]
    assert not controller.window.isVisible()
    assert not controller.is_active()


def test_toggle_covers_the_single_screen_full_screen(qtbot, controller):
    with qtbot.waitSignal(controller.activeChanged) as blocker:
        controller.toggle()
    assert blocker.args == [True]
    window = controller.window
    assert window.isVisible() and window.isFullScreen()
    assert window.geometry() == QGuiApplication.primaryScreen().geometry()
    assert controller.screen_name() == QGuiApplication.primaryScreen().name()


def test_escape_returns_to_the_laptop(qtbot, controller):
    controller.toggle()
    qtbot.waitUntil(controller.window.isActiveWindow)
    with qtbot.waitSignal(controller.activeChanged) as blocker:
        qtbot.keyClick(controller.window, Qt.Key.Key_Escape)
    assert blocker.args == [False]
    assert not controller.window.isVisible()
    assert not controller.window.windowState() & Qt.WindowState.WindowFullScreen


def test_f5_on_the_presentation_keeps_it_and_shift_f5_stops_it(qtbot, controller):
    controller.toggle()
    qtbot.waitUntil(controller.window.isActiveWindow)
    with qtbot.waitSignal(controller.status) as said:
        qtbot.keyClick(controller.window, Qt.Key.Key_F5)  # a slide program's habit: F5 never ends the show
    assert controller.is_active() and "Shift+F5" in said.args[0]
    with qtbot.waitSignal(controller.activeChanged):
        qtbot.keyClick(controller.window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not controller.is_active()


def test_b_makes_the_presentation_pure_black_and_back(qtbot, controller):
    controller.toggle()
    qtbot.waitUntil(controller.window.isActiveWindow)
    with qtbot.waitSignal(controller.blankChanged) as blocker:
        qtbot.keyClick(controller.window, Qt.Key.Key_B)
    assert blocker.args == [True]
    assert is_black(controller.window.grab().toImage())
    with qtbot.waitSignal(controller.blankChanged) as blocker:
        qtbot.keyClick(controller.window, Qt.Key.Key_B)
    assert blocker.args == [False]
    assert controller.window.grab().toImage().pixelColor(5, 5) == YELLOW


def test_blank_is_kept_while_the_presentation_is_hidden(qtbot, controller):
    with qtbot.waitSignal(controller.blankChanged):
        controller.set_blank(True)
    assert controller.is_blank() and not controller.window.isVisible()
    assert is_black(controller.window.snapshot(QSize(1920, 1080), QSize(320, 180)).toImage())
    # F5 on the only screen lifts it again: see test_presentation_room.py; on a projector it stays (test_screens_two.py)


def test_setting_the_same_blank_state_is_silent(qtbot, controller):
    with qtbot.assertNotEmitted(controller.blankChanged), qtbot.assertNotEmitted(controller.status):
        controller.set_blank(False)


def test_show_content_puts_a_named_page_in_front(qtbot, controller):
    details = QLabel("Details in grote letters")
    controller.set_content("details", details)
    with qtbot.waitSignal(controller.contentChanged) as blocker:
        controller.show_content("details")
    assert blocker.args == ["details"]
    assert controller.window.content() is details
    assert controller.window.content_name() == "details"


def test_replacing_the_page_in_front_keeps_it_in_front(controller):
    controller.show_content("schema")
    new = stand_in("Nieuw schema")
    controller.set_content("schema", new)
    assert controller.window.content() is new
    assert controller.window.content("schema") is new


def test_unknown_page_is_an_error(controller):
    with pytest.raises(KeyError):
        controller.show_content("bestaat-niet")


def test_snapshot_renders_the_hidden_window_at_screen_size(controller):
    pixmap = controller.window.snapshot(QSize(1920, 1080), QSize(320, 320))
    assert pixmap.size() == QSize(320, 180)
    assert pixmap.toImage().pixelColor(160, 10) == YELLOW


def test_screen_events_while_idle_change_nothing(qtbot, controller):
    screen = QGuiApplication.primaryScreen()
    with qtbot.assertNotEmitted(controller.activeChanged), qtbot.assertNotEmitted(controller.status):
        controller._on_screen_removed(screen)
        controller._on_screen_added(screen)
    assert not controller.window.isVisible()


def test_deleting_the_controller_deletes_the_window(qtbot):
    controller = PresentationController(QWidget)
    with qtbot.waitSignal(controller.window.destroyed):
        controller.deleteLater()


def test_all_messages_are_dutch_sentences():
    assert all(text and text[0].isupper() for text in TEXT.values())


def test_stopping_lifts_the_black_screen_for_next_time(qtbot, controller):
    controller.toggle()
    controller.set_blank(True)
    with qtbot.waitSignal(controller.blankChanged) as blocker:
        controller.stop()
    assert blocker.args == [False]
    assert not controller.is_blank()


def test_schema_content_puts_a_read_only_schema_on_the_projector(qtbot):
    controller = PresentationController(schema_content(Document(Trajectory(name="Oost")), Selection()))
    qtbot.addWidget(controller.window)
    view = controller.window.content()
    assert isinstance(view, SchemaView) and not view.interactive
    assert not controller.window.snapshot(QSize(1920, 1080), QSize(320, 180)).isNull()
