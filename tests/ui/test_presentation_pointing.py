"""The presentation on one screen (or a mirrored / touch projector): the facilitator can point and use the keys there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.test_canvas_fixtures import document, selection  # noqa: F401 - shared fixtures
from ui.canvas.items import Emphasis
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.presentation import PresentationController, schema_content
from ui.selection import Selection


@pytest.fixture
def controller(qtbot, document: Document, selection: Selection) -> Iterator[PresentationController]:  # type: ignore[no-untyped-def]
    """Presenting full-screen on the single offscreen screen, as after F5 without a projector."""
    if len(QGuiApplication.screens()) != 1:
        pytest.skip("needs exactly one screen")
    controller = PresentationController(schema_content(document, selection))
    qtbot.addWidget(controller.window)
    controller.toggle()
    qtbot.waitExposed(controller.window)
    yield controller
    controller.close()


@pytest.fixture
def view(controller: PresentationController) -> SchemaView:
    view = controller.window.content("schema")
    assert isinstance(view, SchemaView)
    view.flush_layout()
    return view


def point_of(view: SchemaView, element_id: str) -> QPoint:
    pos = view.scene_pos_of(element_id)
    assert pos is not None
    return view.mapFromScene(pos)


def test_a_click_or_tap_selects_and_empty_space_clears(qtbot, view: SchemaView, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, "D1"))
    assert selection.current == "D1" and view.schema.element_item("D1").emphasis == Emphasis.SELECTED  # type: ignore[union-attr]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, "B5-D1"))
    assert selection.current == "B5-D1"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(2, 2)))
    assert selection.current is None


def test_hovering_emphasises(qtbot, view: SchemaView, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(view.viewport(), point_of(view, "B7"))
    qtbot.waitUntil(lambda: view.schema.element_item("B7").emphasis == Emphasis.SELECTED)  # type: ignore[union-attr]
    assert selection.current is None


def test_no_editing_menus_or_drags(qtbot, view: SchemaView, document: Document, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dragged: list[object] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *args: dragged.append(drag) or Qt.DropAction.IgnoreAction)
    start = point_of(view, "B8")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=start)  # a dialog would fail the test
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(60, -60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, -60))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=start)
    assert view.editor is None and view.menu is None and not dragged and len(document.stack) == 0
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu and not view.acceptDrops()


@pytest.mark.parametrize(("key", "modifiers", "signal"), [
    (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "detailsRequested"),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, "undoRequested"),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, "redoRequested"),
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier, "redoRequested"),
])
def test_keys_for_the_main_window_are_signals(qtbot, controller: PresentationController, key, modifiers, signal: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(getattr(controller, signal), timeout=1000):
        qtbot.keyClick(controller.window, key, modifiers)


def test_f_fits_and_b_esc_f5_still_work(qtbot, controller: PresentationController, view: SchemaView) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(3.0)
    qtbot.keyClick(controller.window, Qt.Key.Key_F)
    assert view.zoom == 1.0
    qtbot.keyClick(controller.window, Qt.Key.Key_B)
    assert controller.is_blank()
    qtbot.keyClick(controller.window, Qt.Key.Key_Escape)
    assert not controller.is_active() and not controller.is_blank()
    controller.toggle()
    QApplication.processEvents()
    qtbot.keyClick(controller.window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not controller.is_active()

