"""Which screen is the facilitator's laptop and which is the projector, and how to fill a screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def laptop_screen() -> QScreen:
    """The facilitator's screen: the primary screen."""
    return QGuiApplication.primaryScreen()


def screen_named(name: str | None) -> QScreen | None:
    """The connected screen with this name, or None."""
    if not name:
        return None
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def find_projector(preferred_name: str | None = None) -> QScreen | None:
    """The projector: the preferred screen if connected, else the first screen that isn't the laptop.

    A preference naming the laptop itself is ignored, so the facilitator's screen is never taken over
    without the user pressing F5.
    """
    laptop = laptop_screen()
    preferred = screen_named(preferred_name)
    if preferred is not None and preferred != laptop:
        return preferred
    return next((s for s in QGuiApplication.screens() if s != laptop), None)


def fill_screen(window: QWidget, screen: QScreen) -> None:
    """Show a top-level window full-screen on one screen (leaving full-screen first when it moves)."""
    handle = window.windowHandle()
    if window.isVisible() and handle is not None and handle.screen() != screen:
        window.showNormal()  # not hide(): a window manager still unmanaging it would drop the full-screen state
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
    window.show()  # not showFullScreen(), which activates the window and takes the facilitator's keyboard


def keep_keyboard_off(window: QWidget, off: bool) -> None:
    """Whether clicks and taps on a shown window leave the keyboard where it is (set on the live window,
    because changing a QWidget's flags would hide and re-show it)."""
    handle = window.windowHandle()
    if handle is not None:
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, off)


def leave_screen(window: QWidget) -> None:
    """Hide a window and drop its full-screen state, so a later show can never cover the laptop."""
    window.hide()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)


def covers(window: QWidget, screen: QScreen) -> bool:
    """True when the window is visible and overlaps the screen."""
    return window.isVisible() and window.frameGeometry().intersects(screen.geometry())
