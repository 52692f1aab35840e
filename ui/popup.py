"""The one context menu a view has open, and the keyboard ways to open it (menu key, Shift+F10)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid


class PopupSlot:
    """Holds the context menu last opened: a new one closes it, and it is forgotten once it deletes itself."""

    def __init__(self) -> None:
        self._menu: QMenu | None = None

    @property
    def menu(self) -> QMenu | None:
        """The menu last opened while it is still there."""
        return self._menu if self._menu is not None and isValid(self._menu) else None

    def show(self, menu: QMenu | None, at: QPoint) -> QMenu | None:
        """Close the previous menu and pop `menu` up at a global position (without blocking)."""
        if (previous := self.menu) is not None:
            previous.close()
        self._menu = menu
        if menu is not None:
            menu.popup(at)
        return menu


def is_shift_f10(event: QKeyEvent) -> bool:
    """Shift+F10 opens the context menu like the menu key (which Qt itself turns into a context menu event)."""
    return event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier


def within(point: QPoint, rect: QRect) -> QPoint:
    """The point moved to the nearest place inside the rectangle (a menu never opens off the view)."""
    return QPoint(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))
