"""SchemaView: shows a SchemaScene with zoom, pan, fit, relayout on resize, pointing and (if interactive) editing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent, QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent, QPainter, QPixmapCache,
    QResizeEvent, QTransform, QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QMenu, QWidget

from ui.canvas import texts
from ui.canvas.dropping import DropController, drag_mime, drag_pixmap
from ui.canvas.editing import CanvasEditor
from ui.canvas.menus import context_menu
from ui.canvas.scene import SchemaScene
from ui.document import Document
from ui.popup import PopupSlot, is_shift_f10, within
from ui.selection import Selection
from ui.theme import Theme

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.5, 8.0, 1.25
ROOM_IGNORES = (QEvent.Type.NativeGesture, QEvent.Type.Gesture, QEvent.Type.GestureOverride)
"""A touchpad pinch or a grabbed gesture on a view for the room: never zooms or pans it."""
CACHE_SCREENS = 3
"""Item caches may hold this many view-sized ARGB images; Qt's default 10 MB thrashes at 4K."""


def reserve_pixmap_cache(width: float, height: float) -> None:
    """Grow the process-wide QPixmapCache so every cached item of a view this large fits (never shrinks it)."""
    needed_kb = int(width * height * 4 * CACHE_SCREENS / 1024)
    if needed_kb > QPixmapCache.cacheLimit():
        QPixmapCache.setCacheLimit(needed_kb)


class SchemaView(QGraphicsView):
    """The schema canvas.

    `interactive=True` is the facilitator's canvas: select, hover, edit, menus, drag and drop.
    `interactive=False` is a view for the room (projector, presentation): it follows the shared selection and
    shows no instructions; with `pointing=True` a click or tap also selects there (and hovering emphasises),
    but nothing is edited, dragged or offered in a menu. It always stays fitted: no scrollbars, no zooming or
    panning by wheel, pinch, gesture or middle button, and a fresh layout on every resize.
    """

    zoomChanged = Signal(float)  # the new zoom factor (1.0 = fitted)

    def __init__(
        self, document: Document, theme: Theme, selection: Selection, interactive: bool = True,
        parent: QWidget | None = None, *, scale: float = 1.0, pointing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.schema = SchemaScene(document, theme, selection, self, scale=scale, size=None, instructions=interactive)
        self.setScene(self.schema)  # laid out by fit(), once the view knows its size
        self.selection, self.interactive, self.pointing = selection, interactive, interactive or pointing
        self.editor = CanvasEditor(document, selection, self) if interactive else None
        self._zoom = 1.0
        self._pan_from: QPoint | None = None
        self._press: tuple[QPoint, str] | None = None
        self.drops = DropController(self) if interactive else None  # dragging and placing bouwstenen
        self._popup = PopupSlot()  # the context menu last opened (it stays open without blocking)
        self._relayout = QTimer(self)  # coalesces the resize events of one event-loop pass
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._on_relayout_due)
        self._setup()

    def _setup(self) -> None:
        self.setAccessibleName(texts.VIEW_NAME)
        help_text = texts.VIEW_HELP if self.interactive else texts.VIEW_HELP_POINTING if self.pointing else texts.VIEW_HELP_PROJECTOR
        self.setAccessibleDescription(help_text)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)  # items set all they use
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # the background holds the relation lines
        self.viewport().setAutoFillBackground(False)  # the scene background covers every pixel
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setInteractive(self.interactive)
        self.setAcceptDrops(self.interactive)
        self.viewport().setAcceptDrops(self.interactive)
        self.viewport().setMouseTracking(self.pointing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.interactive else Qt.FocusPolicy.NoFocus)
        if not self.interactive:  # the room's view is always fitted: scrollbars would only eat its space
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu if self.interactive else Qt.ContextMenuPolicy.NoContextMenu)
        self._relayout.start()  # the first layout waits for the size the view gets when shown

    # -- size, zoom and fit -------------------------------------------------------------------
    def _canvas_size(self) -> tuple[float, float]:
        size = self.maximumViewportSize()
        return float(size.width()), float(size.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom == 1.0 or not self.interactive:  # the facilitator's zoom survives a resize, the room's doesn't
            self._relayout.start()

    def _on_relayout_due(self) -> None:
        self.fit()

    def flush_layout(self) -> None:
        """Lay out now if a resize is still waiting for its layout (before mapping positions)."""
        if self._relayout.isActive() or self.schema.layout is None:
            self._relayout.stop()
            self.fit()

    @property
    def zoom(self) -> float:
        """The zoom factor; 1.0 means the schema is laid out to fill the view."""
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor` (clamped to 0.5-8) around the current anchor."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        if factor != self._zoom:
            self._zoom = factor
            self.setTransform(QTransform.fromScale(factor, factor))
            self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit(self) -> None:
        """Lay the schema out for the whole view again, at zoom 1 (key F)."""
        reserve_pixmap_cache(*self._canvas_size())
        self.schema.set_size(*self._canvas_size())
        self.set_zoom(1.0)
        self.resetTransform()
        rect = self.schema.sceneRect()
        if rect.height() > self._canvas_size()[1] + 1:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(rect.center())

    def set_theme(self, theme: Theme, scale: float | None = None) -> None:
        """Switch theme (and optionally UI scale) and lay out again."""
        self.schema.set_theme(theme, scale)
        self.fit()

    def viewportEvent(self, event: QEvent) -> bool:
        if not self.interactive and event.type() in ROOM_IGNORES:
            event.accept()  # swallowed, so it can't reach a parent that would act on it
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.interactive:
            event.accept()  # Ctrl+wheel (or a pinch sent as one) must not zoom the room's view, a wheel not scroll it
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.set_zoom(self._zoom * ZOOM_STEP ** (event.angleDelta().y() / 120))
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {
            Qt.Key.Key_Plus: self.zoom_in, Qt.Key.Key_Equal: self.zoom_in, Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_F: self.fit, Qt.Key.Key_0: self.fit, Qt.Key.Key_Escape: self.selection.clear,
            Qt.Key.Key_Return: self.place_selected, Qt.Key.Key_Enter: self.place_selected,
        }
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        elif is_shift_f10(event):
            self.show_selection_menu()
        elif (action := actions.get(event.key())) is not None:
            action()
        else:
            super().keyPressEvent(event)

    def place_selected(self) -> None:
        """Enter: place the selected bouwsteen (or move the selected relation line) by keyboard."""
        if self.editor is not None:
            self.editor.start_placing(self.selection.current)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
        super().keyReleaseEvent(event)

    # -- mouse (and touch, which arrives as mouse presses): select, hover, pan, drag a card -----
    def element_at(self, pos: QPoint) -> str | None:
        """The element or relation id under a viewport position."""
        self.flush_layout()
        return self.schema.element_at(self.mapToScene(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self.interactive:
            self._pan_from = event.position().toPoint()
        elif event.button() == Qt.MouseButton.LeftButton and self.pointing and self.dragMode() == QGraphicsView.DragMode.NoDrag:
            element_id = self.element_at(event.position().toPoint())
            self.selection.select(element_id)  # empty space selects nothing
            self._press = (event.position().toPoint(), element_id) if element_id and self.interactive else None
            return
        elif not self.interactive:
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta, self._pan_from = pos - self._pan_from, pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._press is not None and (pos - self._press[0]).manhattanLength() >= QApplication.startDragDistance():
            self._start_drag(self._press[1])
        elif self.pointing:
            self.schema.set_hover(self.element_at(pos))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pan_from, self._press = None, None
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.schema.set_hover(None)
        super().leaveEvent(event)  # type: ignore[arg-type]

    def _start_drag(self, element_id: str) -> None:
        """Drag a bouwsteen card or a relation line (onto a deelambitie, the foundation or band, or the tray)."""
        self._press = None
        theory = self.editor.theory if self.editor is not None else None
        if theory is None or not (theory.block(element_id) or element_id in {r.key for r in theory.relations}):
            return
        drag = QDrag(self)
        drag.setMimeData(drag_mime(element_id))
        if (pixmap := drag_pixmap(self, element_id)) is not None and not pixmap.isNull():
            drag.setPixmap(pixmap)
            drag.setHotSpot(pixmap.rect().center())
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        element_id = self.element_at(event.position().toPoint()) if self.interactive else None
        if self.editor is not None and element_id:
            self.editor.edit(element_id)
        else:
            super().mouseDoubleClickEvent(event)

    # -- context menus ------------------------------------------------------------------------
    @property
    def menu(self) -> QMenu | None:
        """The context menu last opened while it is still there (a menu deletes itself when it closes)."""
        return self._popup.menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.editor is None:
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.show_selection_menu()
        else:
            self.open_menu(self.element_at(event.pos()), event.globalPos())

    def open_menu(self, element_id: str | None, at: QPoint) -> QMenu | None:
        """Select the element (a relation stays a relation) and pop up its menu at a global position."""
        if self.editor is None:
            return None
        if element_id:
            self.selection.select(element_id)
        return self._popup.show(context_menu(self.editor, element_id, self), at)

    def show_selection_menu(self) -> QMenu | None:
        """The menu key or Shift+F10: the selected element's menu, at that element (the background menu if none)."""
        current = self.selection.current
        anchor = self.scene_pos_of(current) if current else None
        inside = self.viewport().rect()
        pos = inside.center() if anchor is None else self.mapFromScene(anchor)
        return self.open_menu(current, self.viewport().mapToGlobal(within(pos, inside)))

    # -- drops: see ui/canvas/dropping.py ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.drops is not None and self.drops.enter(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.drops is not None:
            self.drops.move(event)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:
        if self.drops is not None:
            self.drops.leave()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drops is not None and self.drops.drop(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Over the schema while a bouwsteen is dragged: the zones and 'Niet hier' (in viewport pixels)."""
        if self.drops is not None and (self.drops.zones or self.drops.not_here is not None):
            painter.save()
            painter.resetTransform()
            self.drops.paint(painter)
            painter.restore()

    def scene_pos_of(self, element_id: str) -> QPointF | None:
        """Centre of an element, or a point on a relation's line that hits it, in scene coordinates; None if not drawn."""
        self.flush_layout()
        if (item := self.schema.element_item(element_id)) is not None:
            return item.sceneBoundingRect().center()
        if (relation := self.schema.relation_item(element_id)) is None:
            return None
        points = [relation.glyph.line.pointAtPercent(t / 20) for t in (10, 9, 11, 8, 12, 7, 13, 6, 14, 5, 15, 4, 16)]
        return next((p for p in points if self.schema.element_at(p) == element_id), points[0])
