"""A dialog asking for one piece of text: a name (one line) or a description (several lines)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

OK, CANCEL = "OK", "Annuleren"
SAVE_HINT = "Ctrl+Enter om te bewaren"
"""Shown under a several-line text, where Enter starts a new line."""
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
"""Accept the dialog from any of its fields (Return on the main keyboard, Enter on the keypad)."""


def dutch_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Annuleren buttons wired to accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(OK)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(CANCEL)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def lines_editor(text: str, parent: QWidget) -> QPlainTextEdit:
    """A several-line editor in which Tab moves on to the next field instead of typing a tab."""
    editor = QPlainTextEdit(text, parent)
    editor.setTabChangesFocus(True)
    return editor


def save_keys(dialog: QDialog) -> QLabel:
    """Let Ctrl+Enter accept the dialog from any of its fields; returns the hint that says so."""
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), dialog).activated.connect(dialog.accept)
    return QLabel(SAVE_HINT, dialog)


def without_tabs(text: str) -> str:
    """The text with tab characters (pasted in, say) as spaces: a tab is never meant to be stored."""
    return text.replace("\t", " ")


class TextDialog(QDialog):
    """Asks for a text; `value()` is the stripped text."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.editor: QLineEdit | QPlainTextEdit = lines_editor(text, self) if multiline else QLineEdit(text, self)
        self.editor.setAccessibleName(label.rstrip(":?"))
        caption = QLabel(label, self)
        caption.setBuddy(self.editor)
        hint = save_keys(self)
        layout = QVBoxLayout(self)
        for widget in (caption, self.editor, hint, dutch_buttons(self)):
            layout.addWidget(widget)
        hint.setVisible(multiline)  # in one line Enter itself saves
        if isinstance(self.editor, QLineEdit):
            self.editor.selectAll()
        self.setMinimumWidth(roomy_width(self, title, text))

    def value(self) -> str:
        """The entered text without surrounding whitespace (or tabs)."""
        editor = self.editor
        return without_tabs(editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()).strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
        """Show the dialog; the text, or None when cancelled."""
        dialog = cls(parent, title, label, text, multiline)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def roomy_width(dialog: QWidget, title: str, text: str = "") -> int:
    """Wide enough for the whole title bar (the title, ' — Werkplaats Verandertheorie' the system adds, in a bold
    font, beside the window's buttons) and a long name; at most 900."""
    bold = QFont(dialog.font())
    bold.setBold(True)
    bar = f"{title} — {QGuiApplication.applicationDisplayName()}"
    longest = max(QFontMetrics(bold).horizontalAdvance(bar) * 1.1 + 140,
                  dialog.fontMetrics().horizontalAdvance(text.split("\n")[0]) + 60)
    return min(900, max(420, round(longest)))
