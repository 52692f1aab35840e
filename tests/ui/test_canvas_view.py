"""SchemaView: resize, fit and zoom, clicks and double-clicks, dragging cards (drops: test_canvas_dropping.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.test_canvas_fixtures import document, selection, view  # noqa: F401 - shared fixtures
from ui.canvas.items import Emphasis
from ui.canvas.view import SchemaView
from ui.dialogs.text_dialog import TextDialog
from ui.document import Document
from ui.mime import BLOCK_MIME, block_id_of
from ui.selection import Selection
from ui.theme import PROJECTOR




def point_of(view: SchemaView, element_id: str) -> QPoint:
    pos = view.scene_pos_of(element_id)
    assert pos is not None, element_id
    return view.mapFromScene(pos)


def test_accessible_names(view: SchemaView) -> None:
    assert view.accessibleName() == "Schema verandertheorie"
    assert "dubbelklik" in view.accessibleDescription()


def test_relayout_on_resize(qtbot, view: SchemaView) -> None:  # type: ignore[no-untyped-def]
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.schema.sceneRect().width() == view.maximumViewportSize().width())
    assert view.schema.sceneRect().height() == view.maximumViewportSize().height()


def test_zoom_keys_wheel_and_fit(qtbot, view: SchemaView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(0.8)
    wheel = QWheelEvent(QPointF(300, 300), QPointF(300, 300), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(0.8 * 1.25 ** 2)
    for _ in range(20):
        view.zoom_in()
    assert view.zoom == 8.0
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.zoom == 1.0 and view.transform().m11() == 1.0


def test_pan_with_the_middle_button_when_zoomed(qtbot, view: SchemaView) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(3.0)
    bar = view.horizontalScrollBar()
    start = bar.value()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=QPoint(400, 400))
    qtbot.mouseMove(view.viewport(), QPoint(300, 400))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=QPoint(300, 400))
    assert bar.value() == start + 100


def test_click_selects_and_background_clears(qtbot, view: SchemaView, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, "B5"))
    assert selection.current == "B5"
    corner = view.mapFromScene(QPointF(2, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert selection.current is None


def test_double_click_renames(qtbot, view: SchemaView, document: Document, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, parent, title, label, text="", multiline=False: asked.append(text) or "Plekken"))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, "B5"))
    assert asked == ["Ruimte & plekken"]
    assert document.trajectory.theory.block("B5").label == "Plekken"  # type: ignore[union-attr]


def test_dragging_a_card_starts_a_drag_with_its_id(qtbot, view: SchemaView, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    started: list[str | None] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *args: started.append(block_id_of(drag.mimeData())) or Qt.DropAction.IgnoreAction)
    start = point_of(view, "B8")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(40, -40))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, -40))
    assert started == ["B8"]
    assert BLOCK_MIME == "application/x-werkplaats-bouwsteen"


def test_hovering_emphasises_without_changing_the_selection(qtbot, view: SchemaView, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(view.viewport(), point_of(view, "B7"))
    qtbot.waitUntil(lambda: view.schema.element_item("B7").emphasis == Emphasis.SELECTED)  # type: ignore[union-attr]
    assert selection.current is None


def test_projector_view_only_follows_the_selection(qtbot, document: Document, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    projector = SchemaView(document, PROJECTOR, selection, interactive=False)
    qtbot.addWidget(projector)
    projector.resize(960, 540)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.editor is None and not projector.acceptDrops() and not projector.isInteractive()
    selection.select("B5")
    assert projector.schema.element_item("B5").emphasis == Emphasis.SELECTED  # type: ignore[union-attr]
    qtbot.mouseClick(projector.viewport(), Qt.MouseButton.LeftButton, pos=point_of(projector, "B6"))
    assert selection.current == "B5"


def test_render_into_an_image_does_not_crash(view: SchemaView) -> None:
    image = view.grab().toImage()
    assert image.width() == view.width() and not image.isNull()


# -- a view for the room never leaves the fitted layout ------------------------------------------
@pytest.fixture
def room(qtbot, document: Document, selection: Selection) -> SchemaView:  # type: ignore[no-untyped-def]
    """The projector's view (pointing, as in the presentation), shown and laid out."""
    room = SchemaView(document, PROJECTOR, selection, interactive=False, pointing=True)
    qtbot.addWidget(room)
    room.resize(960, 540)
    room.show()
    qtbot.waitExposed(room)
    room.flush_layout()
    return room


def wheel(view: SchemaView, modifiers: Qt.KeyboardModifier, dy: int = 360) -> QWheelEvent:
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    return event


def fitted(view: SchemaView) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect().toAlignedRect()
    return view.zoom == 1.0 and view.transform().isIdentity() and shown == view.schema.sceneRect().toAlignedRect()


def test_the_rooms_view_has_no_scrollbars(room: SchemaView) -> None:
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert room.horizontalScrollBarPolicy() == off and room.verticalScrollBarPolicy() == off


def test_ctrl_wheel_or_wheel_never_zooms_or_scrolls_the_rooms_view(room: SchemaView) -> None:
    assert wheel(room, Qt.KeyboardModifier.ControlModifier).isAccepted()
    wheel(room, Qt.KeyboardModifier.NoModifier, -360)
    wheel(room, Qt.KeyboardModifier.ShiftModifier)
    assert fitted(room)


def test_a_pinch_never_zooms_the_rooms_view(room: SchemaView) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    pos = QPointF(room.viewport().rect().center())
    for kind, value in ((Qt.NativeGestureType.BeginNativeGesture, 0.0), (Qt.NativeGestureType.ZoomNativeGesture, 0.8),
                        (Qt.NativeGestureType.EndNativeGesture, 0.0)):
        event = QNativeGestureEvent(kind, QPointingDevice.primaryPointingDevice(), 2, pos, pos,
                                    QPointF(room.viewport().mapToGlobal(pos.toPoint())), value, QPointF(), 0)
        QApplication.sendEvent(room.viewport(), event)
        assert event.isAccepted()  # taken by the view, so nothing around it can act on it either
    assert fitted(room)


def test_the_middle_button_does_not_pan_the_rooms_view(qtbot, room: SchemaView) -> None:  # type: ignore[no-untyped-def]
    room.set_zoom(3.0)  # only code can zoom it (the repaint benchmark does)
    bar = room.horizontalScrollBar()
    start = bar.value()
    qtbot.mousePress(room.viewport(), Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    qtbot.mouseMove(room.viewport(), QPoint(300, 300))
    qtbot.mouseRelease(room.viewport(), Qt.MouseButton.MiddleButton, pos=QPoint(300, 300))
    assert bar.value() == start


def test_the_rooms_view_fits_again_on_a_resize_even_when_zoomed(qtbot, room: SchemaView) -> None:  # type: ignore[no-untyped-def]
    room.set_zoom(2.0)
    room.resize(1280, 720)
    qtbot.waitUntil(lambda: fitted(room) and room.schema.sceneRect().width() == 1280)


def test_the_facilitators_view_keeps_its_zoom_on_a_resize(qtbot, view: SchemaView) -> None:  # type: ignore[no-untyped-def]
    view.set_zoom(2.0)
    view.resize(view.width() + 100, view.height())
    QApplication.processEvents()
    assert view.zoom == 2.0
