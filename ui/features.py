"""The one small door features come in by: docks, menus, actions and projector pages, each built on first use."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabBar, QWidget

if TYPE_CHECKING:
    from ui.document import Document
    from ui.presentation import PresentationController
    from ui.selection import Selection
    from ui.theme import Theme

Handler = Callable[[], object]
Build = Callable[[], QWidget]


class LazyDock(QDockWidget):
    """A dock whose panel is built (and its modules imported) the first time it is shown."""

    built = Signal(QWidget)

    def __init__(self, title: str, name: str, build: Build, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._build: Build | None = build
        self.visibilityChanged.connect(self._on_visible)

    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
            self.built.emit(self.widget())
        return self.widget()

    def is_built(self) -> bool:
        """True once the panel exists."""
        return self._build is None

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self.panel()
        if self.widget() is not None:
            self.widget().setEnabled(visible)  # a dock behind another tab takes no keyboard focus


def whole_tab_titles(window: QMainWindow) -> None:
    """The tabs of docks side by side show their whole titles and scroll, instead of 'De…' next to 'De…'."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)


class LetterKeeper(QObject):
    """Lets a list or table keep typed letters (type-ahead, editing) instead of the window's one-letter keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and typed_letter(event):
            event.accept()
            return True
        return super().eventFilter(watched, event)


def typed_letter(event: QEvent) -> bool:
    """True for a key press that types a character (no Ctrl or Alt)."""
    if not isinstance(event, QKeyEvent):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
    return modifiers == Qt.KeyboardModifier.NoModifier and event.text().isprintable() and bool(event.text().strip())


class FeatureHost:
    """What a feature may use of the facilitator's window; the window itself stays free of feature logic."""

    def __init__(self, window: QMainWindow, document: Document, selection: Selection,
                 presentation: PresentationController, menu_before: QMenu, beside: QDockWidget,
                 schemas: Callable[[], list[Any]], editor: Any, laptop_theme: Callable[[], Theme] | None = None) -> None:
        self.window, self.document, self.selection, self.presentation = window, document, selection, presentation
        self._menu_before, self._beside, self.schemas, self.editor = menu_before, beside, schemas, editor
        self._laptop_theme = laptop_theme
        self.letters = LetterKeeper(window)
        self._shared: dict[str, dict[str, QAction]] = {}
        self._pages: dict[str, Build] = {}
        self.docks: dict[str, LazyDock] = {}
        self.features: dict[str, Feature] = {}
        self._menus: dict[str, QMenu] = {}

    def feature(self, name: str) -> Any:
        """Another installed feature by its name (the programme opens voting, scoring, the tray, ...), or None."""
        return self.features.get(name)

    def share_key(self, key: str, feature: str, action: QAction) -> None:
        """A key several features answer (N: the next person, O: reveal); it works for the active feature only."""
        owners = self._shared.setdefault(key, {})
        owners[feature] = action
        action.setShortcut(QKeySequence(key) if len(owners) == 1 else QKeySequence())

    def laptop_theme(self) -> Theme:
        """The theme the facilitator chose for the laptop (panels draw their tiles and cards in it)."""
        from ui.theme import LAPTOP

        return self._laptop_theme() if self._laptop_theme else LAPTOP

    def activate(self, feature: str) -> None:
        """The feature now running in the room gets the shared keys (its menu shows them)."""
        for key, owners in self._shared.items():
            if feature in owners:
                for name, action in owners.items():
                    action.setShortcut(QKeySequence(key) if name == feature else QKeySequence())

    def keep_letters(self, widget: QWidget) -> None:
        """Typed letters stay in this widget (a list's type-ahead, a table's editing), not the window's keys."""
        widget.installEventFilter(self.letters)

    def add_element_entry(self, text: str, applies: Callable[[str | None], bool], run: Callable[[str | None], None]) -> None:
        """An entry in the schema's element menus (canvas and list), e.g. 'Stemronde met deze keuze'."""
        if self.editor is not None:
            self.editor.extra_entries.append((text, applies, run))

    def status(self, text: str, ms: int = 8000) -> None:
        """A message in the status bar."""
        self.window.statusBar().showMessage(text, ms)

    def add_menu(self, title: str) -> QMenu:
        """A top-level menu of the feature, before the Presentatie menu; features that name the same menu share it,
        each in its own section (so the menu bar fits a 1024-pixel laptop)."""
        if (menu := self._menus.get(title)) is not None:
            menu.addSeparator()
            return menu
        menu = self._menus[title] = QMenu(title, self.window)
        self.window.menuBar().insertMenu(self._menu_before.menuAction(), menu)
        return menu

    def add_action(self, menu: QMenu | None, text: str, handler: Handler, shortcut: Any = None, name: str = "") -> QAction:
        """An action in a menu (or only in the window, for a key) that calls `handler`."""
        action = QAction(text, self.window)
        action.setObjectName(name or text)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: handler())
        (menu or self.window).addAction(action)
        if not {k.toString() for k in action.shortcuts()} & self.presentation.own_keys:
            self.presentation.window.addAction(action)  # one screen: the keys work on the presentation too
        return action

    def add_dock(self, title: str, name: str, build: Build, shown: bool = False) -> LazyDock:
        """A dock on the right, as a tab behind the details; its panel is built when first shown.

        Closed at the start unless `shown`: twelve tabs would not fit a laptop's dock. The feature's own actions and
        Beeld > Panelen open it, and the window remembers it open for the next start.
        """
        dock = LazyDock(title, name, build, self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window.tabifyDockWidget(self._beside, dock)
        dock.setVisible(shown)
        self._beside.raise_()
        dock.visibilityChanged.connect(lambda _on: whole_tab_titles(self.window))
        dock.dockLocationChanged.connect(lambda _area: whole_tab_titles(self.window))
        whole_tab_titles(self.window)
        self.docks[name] = dock
        return dock

    def show_dock(self, name: str) -> QWidget:
        """Bring a feature's dock forward (building its panel) and return the panel."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        return dock.panel()

    def add_projector_page(self, name: str, build: Build) -> None:
        """A page the projector can show, built the first time it is shown."""
        self._pages[name] = build

    def projector_page(self, name: str) -> QWidget:
        """The page, built now if needed."""
        if (build := self._pages.pop(name, None)) is not None:
            self.presentation.set_content(name, build())
        return self.presentation.window.content(name)

    def toggle_projector_page(self, name: str) -> None:
        """The feature's page on the projector, or (when it is there already) the schema again."""
        if self.presentation.window.content_name() == name:
            self.presentation.show_content("schema")
        else:
            self.show_projector_page(name)

    def show_projector_page(self, name: str) -> QWidget:
        """Put the feature's page in front on the projector."""
        page = self.projector_page(name)
        self.presentation.show_content(name)
        return page


class Feature(ABC):
    """A part of the group process (voting, scoring, the programme) that plugs into the window."""

    name: str = ""

    @abstractmethod
    def install(self, host: FeatureHost) -> None:
        """Add the feature's menus, actions, docks and projector pages; build nothing heavy yet."""

    def before_close(self) -> None:
        """The document is about to close or be replaced (the window closes, another workbook opens): record what a
        later start needs, such as a clock."""


def install_features(host: FeatureHost, features: list[Callable[[], Feature]]) -> list[Feature]:
    """Create and install every registered feature, in order."""
    installed = []
    for make in features:
        feature = make()
        feature.install(host)
        host.features[feature.name] = feature
        installed.append(feature)
    return installed
