"""The facilitator's window: a thin shell of menus, docks and status bar around the schema canvas."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QHBoxLayout, QMainWindow, QMenu, QMessageBox, QPushButton, QTabBar, QVBoxLayout, QWidget,
)

from ui import texts
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.assumptions import AssumptionsFeature
from ui.check import CheckFeature
from ui.features import Feature, FeatureHost, LazyDock, LetterKeeper, install_features
from ui.monitoring import MonitoringFeature
from ui.participants import ParticipantsFeature
from ui.programme import ProgrammeFeature
from ui.scoring import ScoringFeature
from ui.story import StoryFeature
from ui.tray import TrayFeature
from ui.voting import VotingFeature
from ui.files import FileController
from ui.panels.details import DetailsPanel
from ui.panels.projector_details import ProjectorDetails
from ui.panels.theory_list import TheoryListView
from ui.preferences import Preferences, save_preferences
from ui.presentation import PresentationController, schema_content
from ui.recent import menu_label
from ui.preview import ProjectorPreview
from ui.recovery import Autosaver, offer_recovery
from ui.selection import Selection
from ui.theme import PROJECTOR, apply_app_theme, theme_named
from workshop.paths import app_home, default_sessions_dir
from workshop.refs import still_there
from workshop.registry import Change
from workshop.storage import LoadResult

Handler = Callable[[], object]
FEATURES: list[Callable[[], Feature]] = [
    ProgrammeFeature, ParticipantsFeature, TrayFeature, VotingFeature, AssumptionsFeature, ScoringFeature,
    MonitoringFeature, StoryFeature, CheckFeature,
]
"""The features of the group process, installed in this order (their menus too: Sessie, Bouwstenen, Stemmen,
Aannames, Verhaal); adding one changes only this list."""


class MainWindow(QMainWindow):
    """Wires the document, file controller, autosaver, projector and views together."""

    def __init__(
        self, document: Document, prefs: Preferences, start_path: Path | None = None, preloaded: LoadResult | None = None,
        start_note: str = "",
    ) -> None:
        super().__init__()
        self._start_note = start_note
        self.document, self.prefs, self._start_path, self._preloaded = document, prefs, start_path, preloaded
        self.selection = Selection(self)
        self._too_small: tuple[str, ...] = ()
        self.files = FileController(document, self)
        self.autosaver = Autosaver(document, self, delay_ms=int(prefs.autosave_seconds * 1000))
        self.presentation = PresentationController(
            schema_content(document, self.selection), prefs.projector_screen, parent=self,
            background=PROJECTOR.background,
        )
        self.view = SchemaView(document, theme_named(prefs.laptop_theme), self.selection, True, self, scale=prefs.ui_scale)
        self.setCentralWidget(self.view)
        self._build_docks()
        self._build_menus()
        self.host = FeatureHost(self, document, self.selection, self.presentation, self.present_menu, self.details_dock,
                                lambda: [self.view.schema, self._projector_view().schema], self.view.editor,
                                lambda: theme_named(self.prefs.laptop_theme))
        self.features = install_features(self.host, FEATURES)
        self._add_panels_menu()
        self._connect()
        self._restore_geometry()

    # -- construction -------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.theory_list = TheoryListView(self.document, self.selection, self)
        self.theory_list.set_menu_factory(self._menu_for)  # the same element menu as on the canvas
        self.details = DetailsPanel(self.document, self.selection, parent=self)
        self.preview = ProjectorPreview(self.presentation, self)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.details_dock = self._dock(texts.DOCK_DETAILS, "detailsDock", self._details_box(), right)
        self.list_dock = self._dock(texts.DOCK_LIST, "listDock", self.theory_list, right)
        self.preview_dock = self._dock(texts.DOCK_PREVIEW, "projectorDock", self.preview, right)
        self.tabifyDockWidget(self.details_dock, self.list_dock)
        self.details_dock.raise_()
        self.resizeDocks([self.details_dock], [360], Qt.Orientation.Horizontal)
        self.large_details = ProjectorDetails(self.document, self.selection)
        self.presentation.set_content("details", self.large_details)

    def _details_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        self.detail_buttons = {
            "edit": self._button("Wijzigen ▾", self.show_element_menu),
            "action": self._button("Actie toevoegen…", self.add_action_to_selected),
            "remove": self._button("Verwijderen", self.remove_selected),
        }
        for button in self.detail_buttons.values():
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _button(self, text: str, handler: Handler) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus (and B, D, F) where it was
        button.clicked.connect(lambda: handler())
        return button

    def _action(self, menu: QMenu, text: str, handler: Handler, shortcut: object = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.setObjectName(name or text)
        action.triggered.connect(lambda _checked=False: handler())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._build_file_menu(self.menuBar().addMenu(texts.MENU_FILE))
        self._build_edit_menu(self.menuBar().addMenu(texts.MENU_EDIT))
        self.view_menu = self.menuBar().addMenu(texts.MENU_VIEW)
        self._build_view_menu(self.view_menu)
        self.present_menu = self.menuBar().addMenu(texts.MENU_PRESENT)
        self._build_present_menu(self.present_menu)
        help_menu = self.menuBar().addMenu(texts.MENU_HELP)
        self._action(help_menu, texts.ABOUT, lambda: QMessageBox.about(self, texts.APP_NAME, texts.ABOUT_TEXT))

    def _build_file_menu(self, menu: QMenu) -> None:
        key = QKeySequence.StandardKey
        self._action(menu, texts.NEW_MODEL, lambda: self.files.new("sociale-basis"), key.New, "newAction")
        self._action(menu, texts.NEW_EMPTY, lambda: self.files.new("leeg"), None, "newEmptyAction")
        self._action(menu, texts.OPEN, lambda: self.files.open(), key.Open, "openAction")
        self.recent_menu = menu.addMenu(texts.RECENT)
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)  # '(niet gevonden)' as it is now
        menu.addSeparator()
        self._action(menu, texts.SAVE, lambda: self.files.save(), key.Save, "saveAction")
        self._action(menu, texts.SAVE_AS, lambda: self.files.save_as(), key.SaveAs, "saveAsAction")
        self._action(menu, texts.EXPORT, self.export_schema, None, "exportAction")
        menu.addSeparator()
        self._action(menu, texts.QUIT, self.close, key.Quit, "quitAction")
        self._rebuild_recent_menu()

    def _build_edit_menu(self, menu: QMenu) -> None:
        key = QKeySequence.StandardKey
        self.undo_action = self._action(menu, texts.UNDO, self.document_undo, [QKeySequence(key.Undo)], "undoAction")
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action = self._action(menu, texts.REDO, self.document_redo, redo_keys, "redoAction")
        menu.addSeparator()
        editor = self.view.editor
        assert editor is not None
        self._action(menu, texts.EDIT_AMBITION, editor.edit_ambition, None, "ambitionAction")
        self._action(menu, texts.ADD_SUB, editor.add_sub_ambition, None, "addSubAction")
        self._action(menu, texts.ADD_BLOCK, editor.add_block, QKeySequence("Ctrl+B"), "addBlockAction")
        self._action(menu, texts.EDIT_SELECTED, self.edit_selected, QKeySequence("F2"), "editSelectedAction")
        self._action(menu, texts.ADD_ACTION_SELECTED, self.add_action_to_selected, None, "addActionAction")
        self._action(menu, texts.REMOVE_SELECTED, self.remove_selected, QKeySequence.StandardKey.Delete, "removeAction")
        menu.addSeparator()
        self._action(menu, texts.PREFERENCES, self.edit_preferences, key.Preferences, "preferencesAction")
        self._update_undo_actions()

    def _build_view_menu(self, menu: QMenu) -> None:
        self.fit_action = self._action(menu, texts.FIT, self.view.fit, QKeySequence("F"), "fitAction")
        self._action(menu, texts.ZOOM_IN, self.view.zoom_in, QKeySequence.StandardKey.ZoomIn, "zoomInAction")
        self._action(menu, texts.ZOOM_OUT, self.view.zoom_out, QKeySequence.StandardKey.ZoomOut, "zoomOutAction")
        menu.addSeparator()
        self._action(menu, texts.SHOW_SCHEMA, self.view.setFocus, QKeySequence("Ctrl+1"), "showSchemaAction")
        for number, dock, text in ((2, self.details_dock, texts.SHOW_DETAILS), (3, self.list_dock, texts.SHOW_LIST),
                                   (4, self.preview_dock, texts.SHOW_PREVIEW)):
            self._action(menu, text, lambda d=dock: self.bring_forward(d), QKeySequence(f"Ctrl+{number}"), dock.objectName())
            dock.visibilityChanged.connect(lambda shown, d=dock: d.widget().setEnabled(shown))  # no focus behind a tab

    def _add_panels_menu(self) -> None:
        """Beeld > Panelen: every feature's dock, also the ones closed at the start."""
        panels = self.view_menu.addMenu(texts.PANELS)
        for dock in self.host.docks.values():
            self._action(panels, dock.windowTitle(), lambda d=dock: self.bring_forward(d), None, f"{dock.objectName()}Action")

    def bring_forward(self, dock: QDockWidget) -> None:
        """Show a dock (also when it was closed or behind another tab) and give it the keyboard."""
        dock.show()
        dock.raise_()
        widget = dock.panel() if isinstance(dock, LazyDock) else dock.widget()
        widget.setEnabled(True)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_present_menu(self, menu: QMenu) -> None:
        self.present_action = self._action(menu, texts.PRESENT, self.presentation.present, QKeySequence("F5"), "presentAction")
        self._action(menu, texts.STOP_PRESENTING, self.presentation.stop, QKeySequence("Shift+F5"), "stopPresentingAction")
        self.blank_action = self._action(menu, texts.BLANK, self.presentation.toggle_blank, QKeySequence("B"), "blankAction")
        self.details_action = self._action(menu, texts.DETAILS_ON_PROJECTOR, self.toggle_projector_details, QKeySequence("D"), "detailsOnProjectorAction")
        for action in (self.present_action, self.blank_action, self.details_action):
            action.setCheckable(True)
        self.page_actions = self._clicker_actions(menu)  # PageDown/PageUp: a presenter's remote
        for action in self.page_actions:
            action.setEnabled(False)
        self.theory_list.installEventFilter(LetterKeeper(self))  # the list keeps typed letters for its type-ahead

    def _connect(self) -> None:
        self.files.before_leaving = self._before_leaving
        self.files.titleChanged.connect(self.setWindowTitle)
        self.files.status.connect(self.statusBar().showMessage)
        self.files.warnings.connect(self._on_load_warnings)
        self.files.recent.recentChanged.connect(self._rebuild_recent_menu)
        self.autosaver.failed.connect(self.statusBar().showMessage)
        self.presentation.status.connect(self.statusBar().showMessage)
        self.presentation.activeChanged.connect(self.present_action.setChecked)
        self.presentation.blankChanged.connect(self.blank_action.setChecked)
        self.presentation.contentChanged.connect(self._on_projector_content)
        self.presentation.clickerChanged.connect(self._on_projector_content)
        self.presentation.detailsRequested.connect(self.details_action.trigger)  # keys on the projector itself
        self.presentation.undoRequested.connect(self.document_undo)
        self.presentation.redoRequested.connect(self.document_redo)
        self.presentation.pageRequested.connect(self.large_details.page)
        self._projector_view().schema.layoutChanged.connect(self._on_projector_layout)
        self.document.changed.connect(self._on_document_changed)
        self.document.cleanChanged.connect(self._on_clean_changed)
        self.document.replaced.connect(self._on_replaced)
        self.document.changed.connect(self.preview.schedule)
        self.selection.changed.connect(self.preview.schedule)
        self.large_details.pageChanged.connect(self.preview.schedule)
        self.selection.changed.connect(self._on_selection_changed)
        self.setWindowTitle(self.files.window_title())
        self._on_selection_changed(None)

    def feature(self, name: str) -> Feature:
        """An installed feature by name ('deelnemers', 'stemmen', ...)."""
        return next(f for f in self.features if f.name == name)

    # -- start and close ----------------------------------------------------------------------
    def start(self) -> None:
        """After show(): offer recovery, else open the requested or last workbook; start the projector."""
        if offer_recovery(self.document, self.autosaver, self):
            pass
        elif self._preloaded is not None and self._start_path is not None:
            self.files.adopt(self._start_path, self._preloaded, replace=False)
        elif self._start_path is not None:
            self.files.open(self._start_path)
        self._preloaded = None
        self.presentation.start()
        self.view.fit()
        self.view.setFocus()
        for bar in self.findChildren(QTabBar):  # the tabs of docks sharing a place (made by Qt when shown)
            bar.setAccessibleName(texts.DOCK_TABS)
        self.statusBar().showMessage(self._start_note or self._too_small_message() or texts.READY, 30000)

    def _before_leaving(self) -> None:
        """The document is about to be closed or replaced: each feature writes what it still holds."""
        for feature in self.features:
            feature.before_close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_close():  # it lets the features write first (_before_leaving)
            event.ignore()
            return
        self.autosaver.discard()
        self._save_geometry()
        self.presentation.close()
        event.accept()

    def _settings(self) -> QSettings:
        return QSettings(str(app_home() / "venster.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        settings = self._settings()
        geometry, state = settings.value("geometry"), settings.value("state")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
            self.setWindowState(Qt.WindowState.WindowMaximized)  # first start: use the whole laptop screen
        if state is not None:
            self.restoreState(state)

    def _save_geometry(self) -> None:
        settings = self._settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())

    # -- edits --------------------------------------------------------------------------------
    def document_undo(self) -> None:
        """Undo the last change (Ctrl+Z)."""
        self.document.stack.undo()

    def document_redo(self) -> None:
        """Redo the last undone change (Ctrl+Shift+Z, Ctrl+Y)."""
        self.document.stack.redo()

    def _selected(self) -> str | None:
        current = self.selection.current
        if current is None:
            self.statusBar().showMessage(texts.NOTHING_SELECTED, 5000)
        return current

    def edit_selected(self) -> None:
        """Open the edit dialog of the selected element (F2 or double-click)."""
        if (current := self._selected()) is not None and self.view.editor is not None:
            self.view.editor.edit(current)

    def element_menu(self) -> QMenu | None:
        """The canvas' context menu for the selected element (rename, describe, relations, actions, remove)."""
        from ui.canvas.menus import context_menu

        current = self._selected()
        return None if current is None or self.view.editor is None else context_menu(self.view.editor, current, self)

    def _menu_for(self, element_id: str | None) -> QMenu | None:
        from ui.canvas.menus import context_menu

        return None if self.view.editor is None else context_menu(self.view.editor, element_id, self)

    def show_element_menu(self) -> None:
        """Pop up the element menu under the details panel's 'Wijzigen' button."""
        menu, button = self.element_menu(), self.detail_buttons["edit"]
        if menu is not None:
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def remove_selected(self) -> None:
        """Remove the selected element with its relations and assumptions, as one undo step."""
        if (current := self._selected()) is not None and self.view.editor is not None:
            self.view.editor.remove(current)

    def add_action_to_selected(self) -> None:
        """Add an action to the selected bouwsteen."""
        current = self.selection.current
        if current is None or self.document.trajectory.theory.block(current) is None:
            self.statusBar().showMessage(texts.ACTION_NEEDS_BLOCK, 5000)
        elif self.view.editor is not None:
            self.view.editor.add_action(current)

    def export_schema(self) -> None:
        """Export the schema as PNG, SVG or PDF."""
        from ui.canvas.export import ExportError, export_document  # QtSvg and QtPrintSupport only when needed
        from ui.dialogs.export_dialog import ExportDialog

        folder = self.document.path.parent if self.document.path else default_sessions_dir()
        stem = self.document.path.stem if self.document.path else "verandertheorie"
        path = ExportDialog.ask(self, folder / f"{stem}-schema.png")
        if path is None:
            return
        try:
            written = export_document(self.document, path)  # a fresh print layout: no selection dimming
        except ExportError as exc:
            QMessageBox.warning(self, texts.APP_NAME, str(exc))
            return
        self.statusBar().showMessage(texts.EXPORTED.format(path=written), 8000)

    def edit_preferences(self) -> None:
        """Show the preferences dialog and apply what changed."""
        from ui.dialogs.preferences_dialog import PreferencesDialog

        new = PreferencesDialog.ask(self, self.prefs)
        if new is None:
            return
        self.prefs = new
        if problem := save_preferences(new):
            QMessageBox.warning(self, texts.APP_NAME, problem)
        self.presentation.set_projector_screen_name(new.projector_screen)
        apply_app_theme(theme_named(new.laptop_theme), new.ui_scale)
        self.view.set_theme(theme_named(new.laptop_theme), new.ui_scale)
        self.autosaver.set_delay(int(new.autosave_seconds * 1000))

    def toggle_projector_details(self) -> None:
        """Show the selected element's details on the projector in large type, or the schema again."""
        showing = self.details_action.isChecked()
        self.presentation.show_content("details" if showing else "schema")

    # -- subscriptions ------------------------------------------------------------------------
    def _on_document_changed(self, changes: frozenset[Change]) -> None:
        self._update_undo_actions()
        kept = [r for r in self.selection.items if still_there(self.document.trajectory, r, changes)]
        if kept != list(self.selection.items):
            self.selection.set_items(kept)  # undo/redo removed what was selected; a change elsewhere keeps it
        else:
            self._on_selection_changed(self.selection.ref)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_undo_actions()
        self.setWindowTitle(self.files.window_title())

    def _on_replaced(self) -> None:
        """Another workbook: the room sees its schema (not a page of the rounds of the one before)."""
        self.presentation.show_content("schema")
        self.selection.clear()
        self._update_undo_actions()
        QTimer.singleShot(0, self.view.fit)

    def _on_selection_changed(self, _ref: object) -> None:
        element_id, theory = self.selection.current, self.document.trajectory.theory
        is_block = isinstance(element_id, str) and theory.block(element_id) is not None
        self.detail_buttons["edit"].setEnabled(element_id is not None)
        self.detail_buttons["remove"].setEnabled(element_id not in (None, "H"))  # relations can be removed too
        self.detail_buttons["action"].setEnabled(is_block)

    def _clicker_actions(self, menu: QMenu) -> tuple[QAction, QAction]:
        """Next and previous (PageDown, PageUp) for the page in front on the projector, or the programme's step."""
        keys = ((texts.CLICK_NEXT, "PgDown", 1, "detailsNextPageAction"),
                (texts.CLICK_BACK, "PgUp", -1, "detailsPreviousPageAction"))
        return tuple(self._action(menu, text, lambda s=step: self.presentation.clicker(s), QKeySequence(key), name)
                     for text, key, step, name in keys)  # type: ignore[return-value]

    def _on_projector_content(self, name: str = "") -> None:
        self.details_action.setChecked(self.presentation.window.content_name() == "details")
        for action in self.page_actions:
            action.setEnabled(self.presentation.clicker_ready())  # else PageDown keeps its usual meaning

    def _projector_view(self) -> SchemaView:
        view = self.presentation.window.content("schema")
        assert isinstance(view, SchemaView)
        return view

    def _on_projector_layout(self) -> None:
        """Tell the facilitator (once per change) when the projector draws text smaller than the room can read."""
        layout = self._projector_view().schema.layout
        if layout is None or self.presentation.window.size() != self.presentation.target_size():
            return  # laid out for another size than the projector's (while hidden): says nothing yet
        before, self._too_small = self._too_small, layout.below_minimum_ids
        if self._too_small and self._too_small != before:
            self.statusBar().showMessage(self._too_small_message(), 15000)
        elif not self._too_small and before and self.statusBar().currentMessage().startswith(texts.TOO_SMALL[:8]):
            self.statusBar().clearMessage()

    def _too_small_message(self) -> str:
        """The warning about projector text below the room's minimum, or '' when everything is readable."""
        layout, theory = self._projector_view().schema.layout, self.document.trajectory.theory
        if not self._too_small or layout is None:
            return ""
        names = texts.WHOLE_SCHEMA if layout.all_below_minimum else ", ".join(theory.element_label(i) for i in self._too_small[:3])
        return texts.TOO_SMALL.format(names=names)

    def _on_load_warnings(self, warnings: list[str]) -> None:
        if warnings:
            QMessageBox.information(self, texts.LOAD_WARNINGS_TITLE, "\n\n".join(warnings))

    def _update_undo_actions(self) -> None:
        stack = self.document.stack
        self.undo_action.setEnabled(stack.can_undo())
        self.redo_action.setEnabled(stack.can_redo())
        undo, redo = stack.undo_label(), stack.redo_label()
        self.undo_action.setText(f"{texts.UNDO}: {texts.menu_text(undo)}" if undo else texts.UNDO)
        self.redo_action.setText(f"{texts.REDO}: {texts.menu_text(redo)}" if redo else texts.REDO)

    def _rebuild_recent_menu(self, *_: object) -> None:
        self.recent_menu.clear()
        paths = self.files.recent.paths()
        for path in paths:
            label = texts.menu_text(menu_label(path))
            self._action(self.recent_menu, label, lambda p=path: self.files.open(Path(p)), name=str(path))
        if not paths:
            self.recent_menu.addAction(texts.NO_RECENT).setEnabled(False)
