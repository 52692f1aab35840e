"""The presentation on one screen (or a mirrored projector): paging the details with the keys there, the room's
schema that can't be zoomed away from fitted, and a black screen set before the presentation starts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.test_presentation import is_black
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.panels.projector_details import ProjectorDetails
from ui.presentation import TEXT, PresentationController, schema_content
from ui.selection import Selection


@pytest.fixture
def controller(qtbot, doc: Document, sel: Selection) -> Iterator[PresentationController]:  # type: ignore[no-untyped-def]
    """The real schema and large-type details, wired like the main window wires them; not presenting yet."""
    if len(QGuiApplication.screens()) != 1:
        pytest.skip("needs exactly one screen")
    controller = PresentationController(schema_content(doc, sel))
    qtbot.addWidget(controller.window)
    details = ProjectorDetails(doc, sel)
    controller.set_content("details", details)
    controller.pageRequested.connect(details.page)  # what the main window connects
    yield controller
    controller.close()


@pytest.fixture
def presenting(qtbot, controller: PresentationController) -> PresentationController:  # type: ignore[no-untyped-def]
    """F5 without a projector: full-screen on the laptop, with the keyboard."""
    controller.toggle()
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(controller.window.isActiveWindow)
    return controller


def details_of(controller: PresentationController) -> ProjectorDetails:
    details = controller.window.content("details")
    assert isinstance(details, ProjectorDetails)
    return details


def schema_of(controller: PresentationController) -> SchemaView:
    view = controller.window.content("schema")
    assert isinstance(view, SchemaView)
    view.flush_layout()
    return view


def ctrl_wheel(view: SchemaView, notches: int = 3) -> None:
    """Ctrl+wheel (also what a touchpad pinch sends on many systems) over the middle of the view."""
    pos = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)


# --- paging the details with the keys on the presentation -----------------------------------------

@pytest.mark.parametrize(("key", "step"), [(Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Space, 1), (Qt.Key.Key_PageUp, -1)])
def test_page_keys_on_the_presentation_ask_for_a_page_while_the_details_show(qtbot, presenting, sel, key, step) -> None:  # type: ignore[no-untyped-def]
    sel.select("B5")
    presenting.show_content("details")
    with qtbot.waitSignal(presenting.pageRequested, timeout=1000) as blocker:
        qtbot.keyClick(presenting.window, key)
    assert blocker.args == [step]


def test_page_keys_page_the_details_though_nothing_has_the_keyboard(qtbot, presenting, sel) -> None:  # type: ignore[no-untyped-def]
    sel.select("B5")
    presenting.show_content("details")
    details = details_of(presenting)
    qtbot.waitUntil(lambda: details.page_info()[1] > 2)
    assert QApplication.focusWidget() is None and details.page_info()[0] == 1
    qtbot.keyClick(presenting.window, Qt.Key.Key_PageDown)
    assert details.page_info()[0] == 2
    qtbot.keyClick(presenting.window, Qt.Key.Key_Space)
    assert details.page_info()[0] == 3
    qtbot.keyClick(presenting.window, Qt.Key.Key_PageUp)
    assert details.page_info()[0] == 2


def test_page_keys_do_nothing_while_the_schema_shows(qtbot, presenting, sel) -> None:  # type: ignore[no-untyped-def]
    sel.select("B5")
    details = details_of(presenting)
    with qtbot.assertNotEmitted(presenting.pageRequested):
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_PageUp):
            qtbot.keyClick(presenting.window, key)
    assert details.page_info()[0] == 1 and presenting.window.content_name() == "schema"


def test_a_click_on_the_details_then_page_down_turns_one_page_not_two(qtbot, presenting, sel) -> None:  # type: ignore[no-untyped-def]
    sel.select("B5")
    presenting.show_content("details")
    details = details_of(presenting)
    qtbot.waitUntil(lambda: details.page_info()[1] > 2)
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton, pos=details.rect().center())
    qtbot.keyClick(QApplication.focusWidget() or presenting.window, Qt.Key.Key_PageDown)
    assert details.page_info()[0] == 2


# --- the room's schema stays fitted ----------------------------------------------------------------

def test_ctrl_wheel_on_the_presentation_does_not_zoom_the_rooms_schema(qtbot, presenting) -> None:  # type: ignore[no-untyped-def]
    view = schema_of(presenting)
    ctrl_wheel(view)
    assert view.zoom == 1.0 and view.transform().isIdentity()
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()


def test_fit_lays_the_rooms_schema_out_for_the_whole_window_again(qtbot, presenting) -> None:  # type: ignore[no-untyped-def]
    view = schema_of(presenting)
    view.set_zoom(3.0)  # only code can still zoom it
    view.centerOn(0, 0)
    presenting.fit()
    assert view.zoom == 1.0 and view.transform().isIdentity()
    assert view.schema.sceneRect().size().toSize() == view.viewport().size()
    assert view.mapToScene(view.viewport().rect()).boundingRect().toAlignedRect() == view.schema.sceneRect().toAlignedRect()


def test_stopping_and_presenting_again_shows_the_schema_fitted(qtbot, presenting) -> None:  # type: ignore[no-untyped-def]
    view = schema_of(presenting)
    ctrl_wheel(view)
    presenting.toggle()
    presenting.toggle()
    qtbot.waitExposed(presenting.window)
    assert view.zoom == 1.0 and not view.horizontalScrollBar().isVisible()


# --- black before the presentation starts ----------------------------------------------------------

def test_f5_on_the_only_screen_starts_with_the_content_even_after_b(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    controller.set_blank(True)  # B while not presenting: blanks the (hidden) projector
    with qtbot.waitSignal(controller.blankChanged) as blocker:
        controller.toggle()
    assert blocker.args == [False]
    qtbot.waitExposed(controller.window)
    assert controller.is_active() and not controller.is_blank()
    assert not is_black(controller.window.grab().toImage())


def test_b_in_a_presentation_on_the_only_screen_still_blanks_it(qtbot, presenting) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(presenting.window, Qt.Key.Key_B)
    assert presenting.is_blank() and is_black(presenting.window.grab().toImage())


def test_the_blank_start_message_is_dutch() -> None:
    assert TEXT["starts_blank"] == "Projector staat op zwart — B toont het weer."
