"""A dialog asking for one piece of text: a name (one line) or a description (several lines)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

OK, CANCEL = "OK", "Annuleren"


def dutch_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK and Annuleren buttons wired to accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(OK)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(CANCEL)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TextDialog(QDialog):
    """Asks for a text; `value()` is the stripped text."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit(text, self) if multiline else QLineEdit(text, self)
        self.editor.setAccessibleName(label.rstrip(":?"))
        caption = QLabel(label, self)
        caption.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.editor)
        layout.addWidget(dutch_buttons(self))
        if isinstance(self.editor, QLineEdit):
            self.editor.selectAll()

    def value(self) -> str:
        """The entered text without surrounding whitespace."""
        editor = self.editor
        return (editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()).strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
        """Show the dialog; the text, or None when cancelled."""
        dialog = cls(parent, title, label, text, multiline)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
