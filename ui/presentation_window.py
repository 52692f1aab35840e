"""The projector's own window: named content pages, a strip above them, and a black cover (B)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QLayout, QStackedLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.texts import PRESENTATION as TEXT

DEFAULT_CONTENT = "schema"
DETAILS_CONTENT = "details"  # the page that PageDown/Space and PageUp turn
BLACK = QColor(0, 0, 0)


class PresentationWindow(QWidget):
    """Frameless top-level window with only what the room sees: named content pages and a black cover."""

    closeRequested = Signal()  # Alt+F4 or the window manager: the controller stops the presentation

    def __init__(self, content: QWidget, background: QColor | str = BLACK) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(TEXT["title"])
        self.setAccessibleName(TEXT["window"])
        self.setAccessibleDescription(TEXT["window_help"])
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        _fill(self, QColor(background))
        self._pages = QStackedWidget(self)
        self._pages.setAccessibleName(TEXT["window"])
        self._names: dict[str, QWidget] = {}
        self.on_key: dict[int, Callable[[], object]] = {}  # Space, → and ← when the page in front has no use for them
        self._cover = _cover(self)
        self._body = QWidget(self)
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(0)
        self._rows.addWidget(self._pages, 1)
        self._layers = QStackedLayout(self)
        self._layers.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen decides the size
        self._layers.addWidget(self._body)
        self._layers.addWidget(self._cover)
        self.set_content(DEFAULT_CONTENT, content)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no shortcut took go to the page in front (a ballot's cursor); else Space and → page, ← back."""
        room_key = getattr(self.content(), "room_key", None)
        if callable(room_key) and room_key(event):
            event.accept()
        elif (handler := self.on_key.get(event.key())) is not None and not event.modifiers():
            handler()
        else:
            super().keyPressEvent(event)

    def set_band(self, band: QWidget | None) -> None:
        """A strip above every page (the programme's step and clock), or none."""
        old = self._rows.itemAt(0).widget() if self._rows.count() > 1 else None
        if old is band:
            return
        if old is not None:
            self._rows.removeWidget(old)
            old.hide()
        if band is not None:
            self._rows.insertWidget(0, band)
            band.show()

    def band(self) -> QWidget | None:
        """The strip above the pages, if any."""
        return self._rows.itemAt(0).widget() if self._rows.count() > 1 else None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.property("closing_for_good"):
            event.accept()
            return
        event.ignore()
        self.closeRequested.emit()

    def set_content(self, name: str, widget: QWidget) -> None:
        """Add or replace a named page (the default page is "schema")."""
        old = self._names.pop(name, None)
        self._names[name] = widget
        self._pages.addWidget(widget)
        if old is not None:
            if self._pages.currentWidget() is old:
                self._pages.setCurrentWidget(widget)
            self._pages.removeWidget(old)
            old.deleteLater()

    def show_content(self, name: str) -> None:
        """Bring a named page to the front; raises KeyError for an unknown name."""
        self._pages.setCurrentWidget(self._names[name])

    def content_name(self) -> str:
        """Name of the page in front."""
        current = self._pages.currentWidget()
        return next(name for name, widget in self._names.items() if widget is current)

    def has_content(self, name: str) -> bool:
        """True when a page of this name exists (features build theirs on first use)."""
        return name in self._names

    def content(self, name: str | None = None) -> QWidget:
        """The widget of a named page, or the page in front."""
        return self._names[name] if name else self._pages.currentWidget()

    def set_blank(self, blank: bool) -> None:
        """Cover everything with pure black, or show the content again."""
        self._layers.setCurrentWidget(self._cover if blank else self._body)

    def is_blank(self) -> bool:
        """True while the black cover is up."""
        return self._layers.currentWidget() is self._cover

    def snapshot(self, source: QSize, out: QSize) -> QPixmap:
        """What the window shows at `source` size (also while hidden), scaled into `out`."""
        if not self.isVisible():
            self.resize(source)
        size = source.scaled(out, Qt.AspectRatioMode.KeepAspectRatio)
        pixmap = QPixmap(size.expandedTo(QSize(1, 1)))
        pixmap.fill(BLACK)
        painter = QPainter(pixmap)
        painter.scale(size.width() / max(1, self.width()), size.height() / max(1, self.height()))
        self.render(painter, QPoint())
        painter.end()
        return pixmap


def _fill(widget: QWidget, color: QColor) -> None:
    """Give a widget a solid background colour."""
    palette = widget.palette()
    palette.setColor(widget.backgroundRole(), color)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def _cover(parent: QWidget) -> QWidget:
    """The pure black page shown while the projector is blanked."""
    cover = QWidget(parent)
    cover.setAccessibleName(TEXT["cover"])
    _fill(cover, BLACK)
    return cover
