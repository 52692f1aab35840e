"""Starting a scoring round: which assumptions (all, or those about the chosen element), how, and a name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from ui.dialogs.text_dialog import dutch_buttons
from ui.scoring import texts
from workshop.scoring import ScoreMode


@dataclass
class ScoringSpec:
    """What the dialog asked for."""

    assumption_ids: list[str]
    mode: ScoreMode
    title: str


class ScoringDialog(QDialog):
    """Asks which assumptions to score and how."""

    def __init__(self, parent: QWidget | None, everything: list[str], about: list[str], about_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.SETUP_TITLE)
        self.setAccessibleName(texts.SETUP_TITLE)
        self._sets = [everything, about]
        self.which = self._choice([texts.SETUP_ALL.format(n=len(everything)),
                                   texts.SETUP_ABOUT.format(name=about_name, n=len(about)) if about_name
                                   else texts.SETUP_ABOUT_NOTHING], 1 if about else 0)
        self.which.button(1).setEnabled(bool(about))
        self.mode = self._choice([texts.MODES[m.value] for m in ScoreMode], 0)
        self.title = QLineEdit(about_name if about else "", self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.SETUP_WHICH, self))
        for button in self.which.buttons():
            layout.addWidget(button)
        layout.addWidget(QLabel(texts.SETUP_MODE, self))
        for button in self.mode.buttons():
            layout.addWidget(button)
        layout.addWidget(QLabel(texts.SETUP_TITLE_LABEL, self))
        layout.addWidget(self.title)
        layout.addWidget(dutch_buttons(self))

    def _choice(self, labels: list[str], checked: int) -> QButtonGroup:
        group = QButtonGroup(self)
        for index, label in enumerate(labels):
            button = QRadioButton(label, self)
            button.setChecked(index == checked)
            group.addButton(button, index)
        return group

    def spec(self) -> ScoringSpec:
        """What was chosen."""
        return ScoringSpec(self._sets[self.which.checkedId()], list(ScoreMode)[self.mode.checkedId()],
                           " ".join(self.title.text().split()))

    @classmethod
    def ask(cls, parent: QWidget | None, everything: list[str], about: list[str], about_name: str) -> ScoringSpec | None:
        """The chosen spec, or None when cancelled."""
        dialog = cls(parent, everything, about, about_name)
        return dialog.spec() if dialog.exec() == QDialog.DialogCode.Accepted else None
