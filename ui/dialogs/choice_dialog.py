"""A dialog asking to pick one of a few options (radio buttons), such as the type of a relation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from ui.dialogs.text_dialog import dutch_buttons


class ChoiceDialog(QDialog):
    """Asks for one of `options`; `value()` is the index of the checked one."""

    def __init__(self, parent: QWidget | None, title: str, label: str, options: Sequence[str], current: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label, self))
        self.group = QButtonGroup(self)
        for index, text in enumerate(options):
            button = QRadioButton(text.replace("&", "&&"), self)
            button.setAccessibleName(text)
            button.setChecked(index == current)
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addWidget(dutch_buttons(self))

    def value(self) -> int:
        """Index of the chosen option."""
        return self.group.checkedId()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, options: Sequence[str], current: int = 0) -> int | None:
        """Show the dialog; the chosen index, or None when cancelled."""
        dialog = cls(parent, title, label, options, current)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
