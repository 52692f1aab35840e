"""The small edit dialogs work from the keyboard alone: Tab moves between fields, Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.text_dialog import SAVE_HINT, TextDialog

CTRL, KEYPAD = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.KeypadModifier


def shown(qtbot, dialog: QDialog, first: QWidget) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog on screen (not run modally) with the keyboard in `first`."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # as when run modally: the keyboard shortcuts belong to the active window
    first.setFocus()
    return dialog


def text_dialog(qtbot, text: str = "abc", multiline: bool = True) -> TextDialog:  # type: ignore[no-untyped-def]
    dialog = TextDialog(None, "Essentie wijzigen: Ruimte", "Essentie:", text, multiline)
    shown(qtbot, dialog, dialog.editor)
    return dialog


def action_dialog(qtbot) -> ActionDialog:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(None, "Actie toevoegen", "Wat gaan we doen?", "Wie doen het?", "abc", ["buurt"])
    shown(qtbot, dialog, dialog.text)
    return dialog


def press(dialog: QDialog, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard is now."""
    QTest.keyClick(dialog.focusWidget() or dialog, key, modifiers)


def test_tab_in_a_several_line_text_goes_to_the_buttons_and_types_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = text_dialog(qtbot)
    press(dialog, Qt.Key.Key_Tab)
    assert isinstance(dialog.focusWidget(), QPushButton) and dialog.focusWidget().text() == "OK"  # type: ignore[union-attr]
    press(dialog, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.editor
    assert dialog.editor.toPlainText() == "abc" and "\t" not in dialog.value()


@pytest.mark.parametrize(("key", "modifiers"), [(Qt.Key.Key_Return, CTRL), (Qt.Key.Key_Enter, CTRL | KEYPAD)])
def test_ctrl_enter_saves_a_several_line_text(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    dialog = text_dialog(qtbot)
    QTest.keyClicks(dialog.editor, "d")
    press(dialog, key, modifiers)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.value() == "dabc"


def test_enter_alone_starts_a_new_line_and_esc_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = text_dialog(qtbot)
    press(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.editor.toPlainText() == "\nabc"
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_the_hint_shows_only_where_enter_makes_a_new_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    def hint_shown(dialog: QDialog) -> bool:
        return any(label.text() == SAVE_HINT and label.isVisibleTo(dialog) for label in dialog.findChildren(QLabel))

    assert hint_shown(text_dialog(qtbot)) and hint_shown(action_dialog(qtbot))
    assert not hint_shown(text_dialog(qtbot, multiline=False))


def test_tabs_are_never_stored(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = text_dialog(qtbot, "Bron\tA\n\tBron B")
    assert dialog.value() == "Bron A\n Bron B"
    action = action_dialog(qtbot)
    action.text.setPlainText("Koffie\tschenken")
    action.actors.setText("wijk\tteam, gemeente")
    assert action.value() == ("Koffie schenken", ["wijk team", "gemeente"])


def test_an_action_is_filled_in_and_saved_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = action_dialog(qtbot)
    press(dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.actors
    press(dialog, Qt.Key.Key_End)  # Tab selected the whole field
    QTest.keyClicks(dialog.actors, ", wijk")
    press(dialog, Qt.Key.Key_Tab)
    assert isinstance(dialog.focusWidget(), QPushButton) and dialog.focusWidget().text() == "OK"  # type: ignore[union-attr]
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == ("abc", ["buurt", "wijk"])


def test_ctrl_enter_saves_an_action_from_either_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    for field in ("text", "actors"):
        dialog = action_dialog(qtbot)
        getattr(dialog, field).setFocus()
        press(dialog, Qt.Key.Key_Return, CTRL)
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == ("abc", ["buurt"])


def test_a_one_line_name_dialog_shows_its_whole_title_and_the_long_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = "Beschikbaarheid van ruimte & plekken voor ontmoeting in de wijk"
    dialog = TextDialog(None, "Volledige naam wijzigen — Werkplaats Verandertheorie", "Volledige naam:", name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editor.width() >= dialog.editor.fontMetrics().horizontalAdvance(name)
    from PySide6.QtGui import QGuiApplication

    bar = f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}"  # the title bar says both
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(bar) + 100  # beside the window's buttons
