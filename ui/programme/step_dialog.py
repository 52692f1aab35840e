"""Adding or changing a step of the programme: its title, kind, timebox, texts and what it opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget,
)

from ui.programme import texts
from workshop.programme import MAX_MINUTES, OPENS, Step, StepKind


class StepDialog(QDialog):
    """Asks for a step's fields; ask() is what tests monkeypatch."""

    def __init__(self, parent: QWidget | None, step: Step | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.STEP_DIALOG)
        self.title = QLineEdit(step.title if step else texts.NEW_STEP, self)
        self.kind = QComboBox(self)
        for kind in StepKind:
            self.kind.addItem(kind.value, kind)
            self.kind.setItemData(self.kind.count() - 1, texts.KINDS_HELP[kind.value], 3)  # tooltip role
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.kind if step else StepKind.EXPLAIN)))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setValue(step.minutes if step else 10)
        self.room, self.guide = QPlainTextEdit(step.room if step else "", self), QPlainTextEdit(step.guide if step else "", self)
        for edit in (self.room, self.guide):
            edit.setTabChangesFocus(True)
        self.opens = QComboBox(self)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_opens(""))
        self._fill_opens(step.opens if step else "")
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        for caption, widget in ((texts.STEP_TITLE, self.title), (texts.STEP_KIND, self.kind),
                                (texts.STEP_MINUTES, self.minutes), (texts.STEP_OPENS, self.opens),
                                (texts.STEP_ROOM, self.room), (texts.STEP_GUIDE, self.guide)):
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_opens(self, current: str) -> None:
        self.opens.clear()
        self.opens.addItem(texts.OPENS_NOTHING, "")
        for choice in OPENS.get(self.kind.currentData(), ()):
            self.opens.addItem(choice, choice)
        self.opens.setCurrentIndex(max(0, self.opens.findData(current)))

    def values(self) -> dict[str, Any]:
        """The fields as typed (the title on one line)."""
        return {"title": " ".join(self.title.text().split()) or texts.NEW_STEP, "kind": self.kind.currentData(),
                "minutes": self.minutes.value(), "room": self.room.toPlainText(), "guide": self.guide.toPlainText(),
                "opens": self.opens.currentData()}

    @classmethod
    def ask(cls, parent: QWidget | None, step: Step | None) -> dict[str, Any] | None:
        """The fields, or None when cancelled."""
        dialog = cls(parent, step)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
