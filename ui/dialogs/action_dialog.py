"""A dialog asking for an action of a bouwsteen (new or to change): what happens, and who does it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.text_dialog import dutch_buttons, lines_editor, save_keys, without_tabs


def split_actors(text: str) -> list[str]:
    """'gemeente, sociaal werk' -> ['gemeente', 'sociaal werk']."""
    return [part.strip() for part in without_tabs(text).replace(";", ",").split(",") if part.strip()]


class ActionDialog(QDialog):
    """Asks for the text of an action and, optionally, its actors. Tab goes from field to field, Ctrl+Enter saves."""

    def __init__(
        self, parent: QWidget | None, title: str, text_label: str, actors_label: str,
        text: str = "", actors: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = lines_editor(text, self)
        self.text.setAccessibleName(text_label.rstrip("?:"))
        self.actors = QLineEdit(", ".join(actors), self)
        self.actors.setAccessibleName(actors_label.rstrip("?:"))
        form = QFormLayout(self)
        form.addRow(text_label, self.text)
        form.addRow(actors_label, self.actors)
        form.addRow(save_keys(self))
        form.addRow(dutch_buttons(self))

    def value(self) -> tuple[str, list[str]]:
        """The action text and the list of actors."""
        return without_tabs(self.text.toPlainText()).strip(), split_actors(self.actors.text())

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text_label: str, actors_label: str,
        text: str = "", actors: Sequence[str] = (),
    ) -> tuple[str, list[str]] | None:
        """Show the dialog (filled in with `text` and `actors` when changing one); (text, actors), or None when cancelled."""
        dialog = cls(parent, title, text_label, actors_label, text, actors)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
