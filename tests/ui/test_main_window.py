"""The facilitator window end to end: edit, undo from the menu, title, save, projector actions, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.conftest import close_quietly
from ui.app import build_window
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.text_dialog import TextDialog
from ui.file_dialogs import UnsavedChangesDialog
from ui.main_window import MainWindow
from workshop import storage
from workshop import theory_edits as te


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = build_window()
    win.show()
    win.start()
    yield win
    close_quietly(win)
    win.deleteLater()


def test_opens_on_the_builtin_model(window: MainWindow) -> None:
    theory = window.document.trajectory.theory
    assert len(theory.blocks) == 10 and len(theory.relations) == 44
    assert "Werkplaats Verandertheorie" in window.windowTitle()
    assert window.view.schema.element_item("B5") is not None


def test_undo_menu_names_the_change_and_title_shows_unsaved(window: MainWindow) -> None:
    window.document.push(te.add_block(window.document.trajectory, "Digitale inclusie"))
    assert window.undo_action.text() == "&Ongedaan maken: Bouwsteen 'Digitale inclusie' toevoegen"
    assert "*" in window.windowTitle()
    window.undo_action.trigger()
    assert window.document.trajectory.theory.block("B11") is None
    assert "*" not in window.windowTitle()
    window.redo_action.trigger()
    assert window.document.trajectory.theory.block("B11") is not None


def test_shortcuts_are_standard(window: MainWindow) -> None:
    undo_keys = [k.toString() for k in window.undo_action.shortcuts()]
    redo_keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Z" in undo_keys and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(redo_keys)
    assert window.present_action.shortcut().toString() == "F5"
    assert window.blank_action.shortcut().toString() == "B"


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    """Every key does one thing: Ctrl+Shift+S is 'Opslaan als', not also 'Scoreronde starten'."""
    from collections import Counter

    keys = Counter(k.toString() for a in window.findChildren(QAction) for k in a.shortcuts())
    assert keys and not [k for k, n in keys.items() if n > 1]
    scoring = window.findChild(QAction, "newScoringRoundAction")
    assert scoring is not None and scoring.shortcut().toString() == "Ctrl+Shift+R"


def _trigger(menu, *path: str) -> None:
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text().startswith(text))
    next(a for a in menu.actions() if a.text().startswith(path[-1])).trigger()


def test_details_panel_menu_edits_like_the_canvas(window: MainWindow, monkeypatch) -> None:
    window.selection.select("B5")
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "Nieuwe essentie"))
    _trigger(window.element_menu(), "Essentie wijzigen")
    assert window.document.trajectory.theory.block("B5").essence == "Nieuwe essentie"  # type: ignore[union-attr]
    _trigger(window.element_menu(), "Relatie naar deelambitie", "D3", "Direct")
    assert window.document.trajectory.theory.relation("B5", "D3").type.value == "direct"  # type: ignore[union-attr]
    window.detail_buttons["edit"].click()  # pops the same menu up without blocking


def test_rename_selected_with_f2(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "Ontmoetingsplekken"))
    window.selection.select("B5")
    window.findChild(type(window.undo_action), "editSelectedAction").trigger()
    assert window.document.trajectory.theory.block("B5").label == "Ontmoetingsplekken"  # type: ignore[union-attr]
    assert "Ontmoetingsplekken" in window.details.browser.toPlainText()


def test_remove_selected_is_one_undo_step(window: MainWindow) -> None:
    window.selection.select("B7")
    window.remove_selected()
    theory = window.document.trajectory.theory
    assert theory.block("B7") is None and theory.relations_of_block("B7") == []
    window.document_undo()
    assert len(window.document.trajectory.theory.relations_of_block("B7")) == 4


def test_save_then_title_clean_and_reopen(window: MainWindow, tmp_path: Path) -> None:
    window.document.push(te.set_ambition("Samen sterk"))
    target = tmp_path / "traject.xlsx"
    assert window.files.save_as(target)
    assert "*" not in window.windowTitle() and "traject.xlsx" in window.windowTitle()
    assert storage.load(target).trajectory.theory.ambition == "Samen sterk"


def test_close_with_unsaved_changes_asks(window: MainWindow, monkeypatch) -> None:
    window.document.push(te.set_ambition("Nog niet opgeslagen"))
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, *a, **k: "cancel"))
    assert not window.close()
    assert window.isVisible()


def test_projector_actions_toggle(window: MainWindow) -> None:
    window.present_action.trigger()
    assert window.presentation.is_active()
    window.blank_action.trigger()
    assert window.presentation.is_blank() and window.blank_action.isChecked()
    window.blank_action.trigger()
    window.details_action.trigger()
    assert window.presentation.window.content_name() == "details"
    window.present_action.trigger()  # F5 again (the app opened on the projector): the show goes on, ticked
    assert window.presentation.is_active() and window.present_action.isChecked()
    assert window.statusBar().currentMessage().startswith("De projector toont de presentatie al")
    window.findChild(QAction, "stopPresentingAction").trigger()  # Shift+F5
    assert not window.presentation.is_active() and not window.present_action.isChecked()


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_from_the_menu(window: MainWindow, tmp_path: Path, monkeypatch, suffix: str) -> None:
    target = tmp_path / f"schema{suffix}"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    window.export_schema()
    assert target.exists() and target.stat().st_size > 1000


def test_selection_is_cleared_when_undo_removes_the_element(window: MainWindow) -> None:
    window.document.push(te.add_block(window.document.trajectory, "Tijdelijk"))
    window.selection.select("B11")
    window.document_undo()
    assert window.selection.current is None
    assert not window.detail_buttons["remove"].isEnabled()


def test_a_selected_relation_can_be_retyped_and_removed(window: MainWindow) -> None:
    window.selection.select("B5-D3")
    assert "Relatie: <b>indirect</b>" in window.details.browser.toHtml() or "indirect" in window.details.browser.toPlainText()
    _trigger(window.element_menu(), "Relatie naar deelambitie", "Direct")
    assert window.document.trajectory.theory.relation("B5", "D3").type.value == "direct"  # type: ignore[union-attr]
    window.selection.select("B5-D3")
    window.remove_selected()
    assert window.document.trajectory.theory.relation("B5", "D3") is None
    assert window.selection.current is None


def test_too_long_text_is_refused_with_a_dutch_message(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "x" * 40_000))
    monkeypatch.setattr("ui.canvas.editing.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    window.view.editor.edit_ambition()  # type: ignore[union-attr]
    assert shown and "32.767" in shown[0]
    assert not window.document.is_modified()


def test_letter_keys_work_on_the_canvas_but_not_in_the_list(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.list_dock.raise_()
    window.theory_list.setFocus()
    QTest.keyClick(window.theory_list, Qt.Key.Key_B)
    assert not window.presentation.is_blank()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_B)
    assert window.presentation.is_blank()
    window.presentation.set_blank(False)


def test_closing_the_projector_window_stops_the_presentation(window: MainWindow) -> None:
    window.present_action.trigger()
    assert window.presentation.is_active()
    window.presentation.window.close()
    assert not window.presentation.is_active() and not window.present_action.isChecked()


def test_preferences_are_applied_at_once(window: MainWindow, monkeypatch) -> None:
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.preferences import Preferences, load_preferences

    new = Preferences(ui_scale=1.5, laptop_theme="projector", autosave_seconds=5)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: new))
    try:
        window.edit_preferences()
        assert window.view.schema.theme.name == "projector"
        assert window.autosaver._debounce.interval() == 5000
        assert load_preferences() == new
    finally:
        from ui.theme import LAPTOP, apply_app_theme
        apply_app_theme(LAPTOP, 1.0)


def test_every_control_and_canvas_item_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGraphicsView, QTabBar, QTextEdit

    controls = window.findChildren(QAbstractButton) + window.findChildren(QAbstractItemView)
    controls += window.findChildren(QGraphicsView) + window.findChildren(QTextEdit) + window.findChildren(QTabBar)
    unnamed = [c for c in controls if c.isVisible() and not (c.accessibleName() or getattr(c, "text", lambda: "")())]
    assert unnamed == []
    items = window.view.schema.element_items()
    assert items and all(item.toolTip() for item in items.values())


def test_letter_keys_work_after_clicking_a_details_button(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.view.setFocus()
    window.selection.select("B5")
    qtbot.mouseClick(window.detail_buttons["edit"], Qt.MouseButton.LeftButton)
    for menu in window.findChildren(type(window.menuBar().actions()[0].menu())):
        menu.close()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_B)
    assert window.presentation.is_blank()
    window.presentation.set_blank(False)
    window.details.setFocus()
    QTest.keyClick(window.details, Qt.Key.Key_B)  # the read-only details text does not type letters
    assert window.presentation.is_blank()
    window.presentation.set_blank(False)


def test_ampersands_in_names_stay_visible_in_the_edit_menu(window: MainWindow) -> None:
    window.document.push(te.add_block(window.document.trajectory, "Ruimte & plekken"))
    assert "Ruimte && plekken" in window.undo_action.text()


def test_menu_letters_are_unique_within_each_menu(window: MainWindow) -> None:
    def letters(actions) -> list[str]:
        found = []
        for action in actions:
            text = action.text().replace("&&", "")
            if "&" in text:
                found.append(text[text.index("&") + 1].lower())
        return found

    bar = letters(window.menuBar().actions())
    assert len(bar) == len(set(bar)), bar
    for top in window.menuBar().actions():
        inside = letters(a for a in top.menu().actions() if not a.isSeparator())
        assert len(inside) == len(set(inside)), (top.text(), inside)


def test_qt_standard_texts_are_dutch(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_dutch_qt_texts

    assert install_dutch_qt_texts(qapp) and install_dutch_qt_texts(qapp)  # twice: installed once
    assert QCoreApplication.translate("QLineEdit", "Select All") != "Select All"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"


def test_page_down_pages_the_details_on_the_projector(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.presentation.window.resize(1920, 1080)
    window.selection.select("B5")
    next_page, _previous = window.page_actions
    assert not next_page.isEnabled()  # PageDown keeps its usual meaning while the schema is shown
    window.details_action.trigger()
    assert next_page.isEnabled()
    qtbot.waitUntil(lambda: window.large_details.page_info()[1] > 1)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.large_details.page_info()[0] == 2
    window.details_action.trigger()
    assert not next_page.isEnabled()


def test_the_facilitator_is_told_when_projector_text_gets_too_small(window: MainWindow, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QSize

    monkeypatch.setattr(window.presentation, "target_size", lambda: QSize(1920, 1080))  # offscreen: 800x800
    view = window.presentation.window.content("schema")

    def preview() -> None:  # what the projector preview does: render the (hidden) projector at its size
        window.presentation.window.snapshot(QSize(1920, 1080), QSize(320, 180))
        view.flush_layout()

    preview()
    assert not window.statusBar().currentMessage().startswith("Let op")  # the built-in model fits
    window.document.push(te.add_block(window.document.trajectory, "Ervaringsdeskundigheidsondersteuningsprogramma"))
    preview()
    qtbot.waitUntil(lambda: view.schema.layout is not None and view.schema.layout.below_minimum)
    assert "Ervaringsdeskundigheidsondersteuningsprogramma" in window.statusBar().currentMessage()
    assert "kleiner dan achterin de zaal leesbaar" in window.statusBar().currentMessage()
    window.document_undo()
    preview()
    assert window.statusBar().currentMessage() == ""


def test_keys_on_the_projector_reach_the_document(window: MainWindow) -> None:
    window.document.push(te.add_block(window.document.trajectory, "Taalcafé"))
    window.presentation.undoRequested.emit()
    assert window.document.trajectory.theory.block("B11") is None
    window.presentation.redoRequested.emit()
    assert window.document.trajectory.theory.block("B11") is not None
    window.presentation.detailsRequested.emit()
    assert window.details_action.isChecked()


def test_a_workbook_too_big_for_the_projector_is_reported_at_start(qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QSize

    from ui.presentation import PresentationController
    from workshop.commands import CommandStack
    from workshop.content import new_trajectory

    stack = CommandStack(new_trajectory("sociale-basis"))
    stack.push(te.add_block(stack.trajectory, "Ervaringsdeskundigheidsondersteuningsprogramma"))
    storage.save(stack.trajectory, tmp_path / "groot.xlsx")
    monkeypatch.setattr(PresentationController, "target_size", lambda self: QSize(1920, 1080))
    win = build_window(str(tmp_path / "groot.xlsx"))
    win.presentation.window.snapshot(QSize(1920, 1080), QSize(320, 180))  # what the preview does at once
    win._projector_view().flush_layout()
    win.show()
    win.start()
    assert win.statusBar().currentMessage().startswith("Let op"), win.statusBar().currentMessage()
    win.close()


def test_the_list_offers_the_canvas_element_menu(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.list_dock.raise_()
    window.selection.select("B5")
    window.theory_list.setFocus()
    QTest.keyClick(window.theory_list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = window.theory_list.menu
    assert menu is not None and any(a.text().startswith("Hernoemen") for a in menu.actions())
    menu.close()


def test_page_keys_on_the_projector_page_the_details(window: MainWindow, qtbot) -> None:
    window.presentation.window.resize(1920, 1080)
    window.selection.select("B5")
    window.details_action.trigger()
    qtbot.waitUntil(lambda: window.large_details.page_info()[1] > 1)
    window.presentation.pageRequested.emit(1)
    assert window.large_details.page_info()[0] == 2
    window.presentation.pageRequested.emit(-1)
    assert window.large_details.page_info()[0] == 1


def test_tab_never_lands_in_the_list_hidden_behind_the_details(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.details_dock.raise_()
    qtbot.waitUntil(lambda: not window.theory_list.isEnabled())
    window.view.setFocus()
    for _ in range(12):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        assert window.focusWidget() is not window.theory_list


def test_the_view_menu_brings_the_list_forward_with_the_keyboard(window: MainWindow, qtbot) -> None:
    window.details_dock.raise_()
    next(a for a in window.findChildren(type(window.fit_action)) if a.objectName() == "listDock").trigger()
    qtbot.waitUntil(lambda: window.theory_list.isEnabled() and window.theory_list.hasFocus())
    assert not window.theory_list.visibleRegion().isEmpty()


def test_a_missing_last_workbook_opens_the_builtin_model_and_says_so(qtbot, tmp_path) -> None:
    from ui.recent import RecentFiles
    from workshop.content import new_trajectory

    gone = tmp_path / "stick" / "gemeente-x.xlsx"
    gone.parent.mkdir()
    storage.save(new_trajectory(), gone)
    RecentFiles().add(gone)
    gone.unlink()  # the USB stick is not plugged in
    win = build_window()
    win.show()
    win.start()
    assert win.document.path is None and len(win.document.trajectory.theory.blocks) == 10
    assert "gemeente-x.xlsx" in win.statusBar().currentMessage()
    assert gone in [Path(p) for p in RecentFiles().paths()]  # kept for when the stick is back
    win.close()


def test_removing_from_the_schema_says_what_went_and_how_to_get_it_back(window: MainWindow) -> None:
    t = window.document.trajectory
    relations = sum(1 for r in t.theory.relations if r.sub_ambition_id == "D1")
    window.view.editor.remove("D1")
    message = window.statusBar().currentMessage()
    assert message.startswith("Deelambitie 'Ontmoeting") and f"verwijderd, met {relations} relaties" in message
    assert message.endswith("Ctrl+Z zet het terug.")


def test_removing_a_relation_does_not_count_it_as_going_along(window: MainWindow) -> None:
    relation = window.document.trajectory.theory.relations[0]
    window.view.editor.remove(relation.key)
    assert window.statusBar().currentMessage().startswith("Relatie ")
    assert "verwijderd. Ctrl+Z zet het terug." in window.statusBar().currentMessage()  # not 'met 1 relatie'
