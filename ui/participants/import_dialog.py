"""The dialog for importing a list of people (pasted, or from a .txt or .csv file) and the removal question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.text_dialog import dutch_buttons
from ui.file_dialogs import _choose, choose_file
from ui.participants import texts
from workshop.paths import default_sessions_dir
from workshop.people import PeopleList, parse_people, read_text
from workshop.sessions import Participant
from workshop.theory import Sphere


class ImportDialog(QDialog):
    """Paste or load a list; shows how many new people it holds and what is left out, line by line."""

    def __init__(self, parent: QWidget | None, spheres: list[Sphere], known: list[Participant], session: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.IMPORT_TITLE)
        self.setAccessibleName(texts.IMPORT_TITLE)
        self._spheres, self._known, self._session = spheres, known, session
        self._source = ""
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(texts.IMPORT_TITLE)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._preview)
        self.summary = QLabel(texts.IMPORT_NONE, self)
        self.summary.setWordWrap(True)
        file_button = QPushButton(texts.IMPORT_FILE, self)
        file_button.clicked.connect(lambda _checked=False: self.load_file())
        layout = QVBoxLayout(self)
        label = QLabel(texts.IMPORT_LABEL, self)
        label.setWordWrap(True)
        label.setBuddy(self.text)
        for widget in (label, self.text, file_button, self.summary, dutch_buttons(self)):
            layout.addWidget(widget)
        self.found = PeopleList()

    def _preview(self) -> None:
        self.found = parse_people(self.text.toPlainText(), self._spheres, self._known, self._source)
        if self.found.error:
            self.summary.setText(self.found.error)
            return
        head = texts.IMPORT_PREVIEW.format(count=len(self.found.people), session=self._session or "-") \
            if self.found.people else texts.IMPORT_NONE
        self.summary.setText("\n".join([head, *self.found.problems[:8]]))

    def load_file(self, path: Path | None = None) -> None:
        """Put a file's text in the editor (chosen in a file dialog when no path is given)."""
        path = path or choose_file(self, texts.IMPORT_TITLE, default_sessions_dir(), texts.IMPORT_FILTER, save=False)
        if path is None:
            return
        try:
            text = read_text(path)
        except OSError as exc:
            self.summary.setText(texts.IMPORT_UNREADABLE.format(file=path.name, reason=exc.strerror or exc))
            return
        self._source = path.name
        self.text.setPlainText(text)

    @classmethod
    def ask(cls, parent: QWidget | None, spheres: list[Sphere], known: list[Participant],
            session: int | None) -> list[Participant] | None:
        """The people to add, or None when cancelled."""
        dialog = cls(parent, spheres, known, session)
        return dialog.found.people if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_removal(parent: QWidget | None, name: str, votes: int, scores: int) -> bool:
    """Ask before removing someone whose votes and scores go with them."""
    buttons = [(texts.REMOVE_YES, QMessageBox.ButtonRole.AcceptRole, "yes"),
               (texts.REMOVE_NO, QMessageBox.ButtonRole.RejectRole, "no")]
    detail = texts.REMOVE_DETAIL.format(name=name, votes=votes, scores=scores)
    return _choose(parent, QMessageBox.Icon.Question, texts.REMOVE_ASK.format(name=name), detail, buttons) == "yes"
