"""Where the projector window lives (ui/presentation_window.py): second screen, F5 and Esc or Shift+F5, blank (B),
unplug and replug.

The facilitator can also work in the presentation itself (one screen, a mirrored or a touch projector):
clicking or tapping points at an element, and F (fit) works there; D (details), PageDown/Space and PageUp (page
the details), Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y (undo, redo) are signals, because the main window owns those
actions and the details page.

A black screen (B) set while nothing is presented stays for a presentation on the projector, and the status
bar says so; the facilitator's own screen never opens black (its status bar is hidden behind the presentation).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QWidget

from ui.presentation_window import BLACK, DEFAULT_CONTENT, DETAILS_CONTENT, PresentationWindow
from ui.screens import fill_screen, find_projector, keep_keyboard_off, laptop_screen, leave_screen
from ui.texts import PRESENTATION as TEXT

if TYPE_CHECKING:
    from ui.document import Document
    from ui.selection import Selection
    from ui.theme import Theme

ContentFactory = Callable[[], QWidget]


def schema_content(document: Document, selection: Selection, theme: Theme | None = None) -> ContentFactory:
    """Content for the projector: a read-only SchemaView in the projector theme that shares the selection.

    It follows the facilitator's selection, and a click or tap on it selects too (no edits, menus or drags).
    """
    from ui.canvas.view import SchemaView  # imported late: the window itself works with any widget
    from ui.theme import PROJECTOR

    return lambda: SchemaView(document, theme or PROJECTOR, selection, interactive=False, pointing=True)


class PresentationController(QObject):
    """Decides where the presentation window lives and keeps it there as screens come and go."""

    activeChanged = Signal(bool)      # the room sees the presentation (or no longer does)
    blankChanged = Signal(bool)       # the projector is black (B)
    screenChanged = Signal(object)    # str | None: name of the screen showing the presentation
    contentChanged = Signal(str)      # name of the page now in front
    clickerChanged = Signal()         # whether PageDown has something to do may have changed
    status = Signal(str)              # a Dutch message for the status bar
    detailsRequested = Signal()       # D in the presentation: show or hide the details on the projector
    undoRequested = Signal()          # Ctrl+Z in the presentation
    redoRequested = Signal()          # Ctrl+Shift+Z or Ctrl+Y in the presentation
    pageRequested = Signal(int)       # PageDown/Space (+1) or PageUp (-1) in the presentation, details in front

    def __init__(self, content_factory: ContentFactory, projector_screen_name: str | None = None,
                 parent: QObject | None = None, background: QColor | str = BLACK) -> None:
        super().__init__(parent)
        self._preferred = projector_screen_name
        self._screen_name: str | None = None
        self._resume = False
        self.window = PresentationWindow(content_factory(), background)
        self.advance: Callable[[int], bool] | None = None
        self.window.closeRequested.connect(self.stop)
        self._bind_keys()
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        self.destroyed.connect(self.window.deleteLater)

    def _bind_keys(self) -> None:
        """The keys that work while the presentation window has the keyboard (one screen, or clicked on)."""
        keys = {
            "Esc": self.stop, "Shift+F5": self.stop, "F5": self.present, "B": self.toggle_blank, "F": self.fit,
            "D": self.detailsRequested.emit,
            "Ctrl+Z": self.undoRequested.emit, "Ctrl+Shift+Z": self.redoRequested.emit, "Ctrl+Y": self.redoRequested.emit,
            "PgDown": lambda: self._page(1), "PgUp": lambda: self._page(-1),
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self.window, slot)
        self.own_keys = {QKeySequence(key).toString() for key in [*keys, "Space"]}
        self.window.on_key = {Qt.Key.Key_Space: lambda: self.clicker(1), Qt.Key.Key_Right: lambda: self.clicker(1),
                              Qt.Key.Key_Left: lambda: self.clicker(-1)}  # not shortcuts: a ballot may type them

    def _page(self, step: int) -> None:
        self.clicker(step)

    def clicker(self, step: int) -> bool:
        """PageDown/PageUp (a presenter's remote), from the laptop or the presentation: the details page (through the
        main window), a page that pages itself (a result, a turn), else the programme goes a step on or back."""
        if self.window.content_name() == DETAILS_CONTENT:
            self.pageRequested.emit(step)
            return True
        if callable(page := getattr(self.window.content(), "page", None)) and page(step):
            return True
        return self.advance is not None and bool(self.advance(step))

    def clicker_ready(self) -> bool:
        """True when PageDown has something to do: the details or a pageable page in front, or a session running."""
        content = self.window.content()
        pageable = self.window.content_name() == DETAILS_CONTENT or callable(getattr(content, "page", None))
        return pageable or self.advance is not None

    def set_advance(self, advance: Callable[[int], bool] | None) -> None:
        """What the clicker does when the page in front has nothing to page (the running session's next step)."""
        self.advance = advance
        self.clickerChanged.emit()

    # --- state -----------------------------------------------------------------------------------

    def is_active(self) -> bool:
        """True while the presentation window is shown."""
        return self._screen_name is not None

    def is_blank(self) -> bool:
        """True while the projector is black."""
        return self.window.is_blank()

    def screen_name(self) -> str | None:
        """Name of the screen showing the presentation, or None."""
        return self._screen_name

    def projector_screen(self) -> QScreen | None:
        """The screen the presentation goes to: the preferred one, else the first that isn't the laptop."""
        return find_projector(self._preferred)

    def target_size(self) -> QSize:
        """Size of the screen the presentation is (or would be) on, for previews."""
        screen = self.projector_screen() or laptop_screen()
        return screen.geometry().size()

    # --- actions ---------------------------------------------------------------------------------

    def start(self) -> None:
        """At start-up: open on the projector when there is one; with one screen wait for F5."""
        projector = self.projector_screen()
        if projector is None:
            self.status.emit(TEXT["one_screen"])
        else:
            self._show_on(projector)

    def toggle(self) -> None:
        """Present, or stop presenting."""
        if self.is_active():
            self.stop()
        else:
            self.present()

    def present(self) -> None:
        """F5: present (projector, else full screen here); already presenting, F5 never stops the show."""
        if self.is_active():
            self.activeChanged.emit(True)  # the menu's tick stays
            self.status.emit(TEXT["already"])
        else:
            self._show_on(self.projector_screen() or laptop_screen())

    def stop(self) -> None:
        """Esc: hide the presentation window; the next F5 starts with the content, not black."""
        self._resume = False
        self._lift_blank()
        if self.is_active():
            self._hide()
            self.status.emit(TEXT["stopped"])

    def set_blank(self, blank: bool) -> None:
        """B: make the projector pure black while the facilitator keeps working, or restore it."""
        if blank == self.is_blank():
            return
        self.window.set_blank(blank)
        self.blankChanged.emit(blank)
        self.status.emit(TEXT["blank_on" if blank else "blank_off"])

    def toggle_blank(self) -> None:
        """Switch the black screen on or off."""
        self.set_blank(not self.is_blank())

    def _lift_blank(self) -> None:
        """Show the content again, without a status message (stopping, or presenting on the laptop)."""
        if self.is_blank():
            self.window.set_blank(False)
            self.blankChanged.emit(False)

    def set_projector_screen_name(self, name: str | None) -> None:
        """Change the preferred projector; a presentation on a projector moves along."""
        self._preferred = name
        projector = self.projector_screen()
        if self.is_active() and projector is not None and projector.name() != self._screen_name:
            self._show_on(projector)

    def set_content(self, name: str, widget: QWidget) -> None:
        """Add or replace a named page of the presentation (e.g. large-type details)."""
        self.window.set_content(name, widget)

    def show_content(self, name: str) -> None:
        """Put a named page in front on the projector."""
        self.window.show_content(name)
        self.contentChanged.emit(name)

    def fit(self) -> None:
        """F: lay the schema on the projector out for the whole window again, at zoom 1 and scrolled home.

        The room's view can't be zoomed or panned by hand and re-fits itself on every resize; this puts
        right whatever code changed (and does nothing for a content widget without `fit`).
        """
        fit = getattr(self.window.content(DEFAULT_CONTENT), "fit", None)
        if callable(fit):
            fit()

    def close(self) -> None:
        """Close the presentation window for good (call from the main window's close)."""
        self._resume = False
        self._hide()
        self.window.setProperty("closing_for_good", True)
        self.window.close()

    # --- placing ---------------------------------------------------------------------------------

    def _show_on(self, screen: QScreen, message: str | None = None) -> None:
        on_laptop = screen == laptop_screen()
        if on_laptop:
            self._lift_blank()  # full-screen black on the only screen, with the status bar behind it, looks hung
        self.window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not on_laptop)
        fill_screen(self.window, screen)
        keep_keyboard_off(self.window, not on_laptop)  # a tap on the projector selects, the keyboard stays put
        if on_laptop:
            self.window.activateWindow()
        self._resume = False
        self._set_screen(screen.name())
        self._announce(message or (TEXT["on_laptop"] if on_laptop else TEXT["on_projector"].format(screen=screen.name())))

    def _announce(self, message: str) -> None:
        """Say where the presentation is, and that the room sees black if B was pressed before it started."""
        self.status.emit(f"{message} {TEXT['starts_blank']}" if self.is_blank() else message)

    def _hide(self) -> None:
        leave_screen(self.window)
        self._set_screen(None)

    def _set_screen(self, name: str | None) -> None:
        was_active = self.is_active()
        changed = name != self._screen_name
        self._screen_name = name
        if changed:
            self.screenChanged.emit(name)
        if was_active != self.is_active():
            self.activeChanged.emit(self.is_active())

    # --- screens coming and going ----------------------------------------------------------------

    def _on_screen_removed(self, screen: QScreen) -> None:
        """The projector went away: hide (never fall back onto the laptop) and remember to come back."""
        if not self.is_active() or screen.name() != self._screen_name:
            return
        self._hide()
        self._resume = True
        self.status.emit(TEXT["unplugged"])

    def _on_screen_added(self, screen: QScreen) -> None:
        """A screen came: resume a presentation the unplug interrupted, or leave the laptop for it."""
        projector = self.projector_screen()
        if projector is None:
            return
        if self._resume:
            self._show_on(projector, TEXT["replugged"].format(screen=projector.name()))
        elif self.is_active() and self._screen_name == laptop_screen().name():
            self._show_on(projector)
        elif not self.is_active():
            self.status.emit(TEXT["found"].format(screen=projector.name()))
