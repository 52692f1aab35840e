"""A small live preview of what the projector shows, for a dock in the facilitator's window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.presentation import PresentationController

TEXT = {
    "name": "Voorvertoning projector",
    "image": "Beeld van de projector",
    "state": "Toestand van de projector",
    "off": "Projector staat uit",
    "blank": "Scherm zwart (B)",
    "live": "Live op {screen}",
}


class ProjectorPreview(QWidget):
    """Shows a scaled copy of the presentation, refreshed on a timer and on every state change.

    Nothing is grabbed while the preview itself is hidden or its window minimised; while the
    presentation window is hidden the preview still renders what it would show.
    """

    def __init__(self, controller: PresentationController, parent: QWidget | None = None,
                 interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setAccessibleName(TEXT["name"])
        self._image = _ScreenImage(controller)
        self._caption = QLabel(self)
        self._caption.setAccessibleName(TEXT["state"])
        self._caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self._image)
        layout.addWidget(self._caption)
        layout.addStretch(1)
        self._timer = QTimer(self, interval=interval_ms, timeout=self.refresh)
        self._soon = QTimer(self, interval=0, singleShot=True, timeout=self.refresh)
        for signal in (controller.activeChanged, controller.blankChanged,
                       controller.screenChanged, controller.contentChanged):
            signal.connect(self.schedule)
        self._update_caption()

    def sizeHint(self) -> QSize:
        return QSize(320, 220)

    def caption(self) -> str:
        """The state line under the image."""
        return self._caption.text()

    def pixmap(self) -> QPixmap:
        """The image currently shown."""
        return self._image.pixmap()

    def is_refreshing(self) -> bool:
        """True while the refresh timer runs (only while the preview can be seen)."""
        return self._timer.isActive()

    def schedule(self, *_: object) -> None:
        """Refresh once the event loop is free (coalesces bursts; connect content changes here)."""
        self._soon.start()

    def refresh(self) -> None:
        """Grab the projector image now, unless nobody can see the preview."""
        self._update_caption()
        if self.isVisible() and not self.window().isMinimized():
            self._image.setPixmap(self._render())

    def _render(self) -> QPixmap:
        source = self._controller.target_size()
        out = self._image.contentsRect().size()
        if self._controller.is_blank():
            pixmap = QPixmap(source.scaled(out, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1)))
            pixmap.fill(QColor(0, 0, 0))
            return pixmap
        return self._controller.window.snapshot(source, out)

    def _update_caption(self) -> None:
        controller = self._controller
        if controller.is_blank():
            text = TEXT["blank"]
        elif controller.is_active():
            text = TEXT["live"].format(screen=controller.screen_name() or "")
        else:
            text = TEXT["off"]
        self._caption.setText(text)
        self._image.setAccessibleDescription(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
        self._soon.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule()


class _ScreenImage(QLabel):
    """The label holding the scaled image: as wide as the dock, as high as the screen's proportions ask."""

    def __init__(self, controller: PresentationController) -> None:
        super().__init__()
        self._controller = controller
        self.setAccessibleName(TEXT["image"])
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self._controller.target_size()
        return max(90, width * size.height() // max(1, size.width()))

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))
