"""The Deelnemers dock: register people quickly (type a name, Enter), import a list, mark who is present."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ui.document import Document
from ui.participants import texts
from ui.participants.model import SPHERE, ParticipantsModel, SphereDelegate
from ui.participants.table import ParticipantsTable
from ui.pushing import Say, push
from ui.widgets import labelled_row, panel_button
from workshop import process_edits as pe
from workshop.commands import Command
from workshop.registry import Change
from workshop.sessions import Participant


class ParticipantsPanel(QWidget):
    """A table of the participants with a quick-entry field and the session whose attendance it shows."""

    def __init__(self, document: Document, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self._say = document, say
        self.model = ParticipantsModel(lambda: document.trajectory, self._push)
        self.sessions = QComboBox(self)
        self.entry = QLineEdit(self)
        self.table = ParticipantsTable(self)
        self.count = QLabel(self)
        self._build()
        document.changed.connect(self._on_changed)
        document.replaced.connect(self._on_replaced)
        self._on_replaced()

    def _build(self) -> None:
        self.sessions.setAccessibleName(texts.SESSION_LABEL.rstrip(":"))
        self.sessions.currentIndexChanged.connect(self._on_session_chosen)
        self.entry.setAccessibleName(texts.NAME_FIELD)
        self.entry.returnPressed.connect(self.add_typed)
        self.table.setModel(self.model)
        self.table.setAccessibleName(texts.TABLE)
        self.table.setItemDelegateForColumn(SPHERE, SphereDelegate(lambda: self.document.trajectory, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addLayout(labelled_row(self, texts.SESSION_LABEL, self.sessions))
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, handler in ((texts.IMPORT, self.import_list), (texts.REMOVE, self.remove_chosen)):
            row.addWidget(panel_button(self, text, handler))
        return row

    # -- the session shown ------------------------------------------------------------------
    @property
    def session(self) -> int | None:
        """The number of the session whose attendance is shown and filled in."""
        return self.model.session

    def _fill_sessions(self) -> None:
        t = self.document.trajectory
        wanted = self.model.session or (current.number if (current := t.current_session()) else None)
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in t.sessions:
            self.sessions.addItem(texts.SESSION_ITEM.format(number=s.number, title=s.title), s.number)
        self.sessions.setCurrentIndex(max(0, self.sessions.findData(wanted)))
        self.sessions.blockSignals(False)
        self._on_session_chosen()

    def _on_session_chosen(self, *_: object) -> None:
        self.model.session = self.sessions.currentData()
        self.entry.setPlaceholderText(texts.NAME_PLACEHOLDER.format(session=self.model.session or "-"))
        self._refresh()

    def show_session(self, number: int) -> None:
        """Show (and fill in) the attendance of this session."""
        self.sessions.setCurrentIndex(max(0, self.sessions.findData(number)))

    # -- changes --------------------------------------------------------------------------
    def _push(self, command: Command) -> bool:
        return push(self.document, lambda: command, self._say)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.SESSIONS in changes:
            self._fill_sessions()
        elif changes & {Change.PARTICIPANTS, Change.THEORY}:
            self._refresh()

    def _on_replaced(self) -> None:
        self.model.session = None
        self._fill_sessions()

    def _refresh(self) -> None:
        row = self.table.currentIndex()
        self.model.refresh()
        if row.isValid():
            self.table.setCurrentIndex(self.model.index(min(row.row(), self.model.rowCount() - 1), row.column()))
        self._count()

    def _count(self) -> None:
        people = self.document.trajectory.participants
        present = sum(1 for p in people if self.model.is_present(p.id))
        session = self.model.session
        text = texts.COUNT.format(total=len(people), present=present, session=session) if session else \
            texts.COUNT_NO_SESSION.format(total=len(people))
        self.count.setText(text)

    # -- actions --------------------------------------------------------------------------
    def add_typed(self) -> None:
        """Register the typed name as a participant present in the shown session."""
        name = " ".join(self.entry.text().split())
        if name and self.add([Participant(id="P-00", name=name)]):
            self.entry.clear()
            self._say(texts.ADDED.format(name=name, session=self.model.session or "-"))

    def add(self, people: list[Participant]) -> bool:
        """Register people (one undo step), present in the shown session."""
        t = self.document.trajectory
        return self._push(pe.add_participants(t, people, self.model.session)) if people else False

    def import_list(self) -> None:
        """Ask for a list (pasted or a file) and register the people in it."""
        from ui.participants.import_dialog import ImportDialog

        t = self.document.trajectory
        people = ImportDialog.ask(self, t.theory.spheres, t.participants, self.model.session)
        if people and self.add(people):
            self._say(texts.IMPORTED.format(count=len(people)))

    def chosen(self) -> Participant | None:
        """The participant of the current row."""
        row = self.table.currentIndex().row()
        people = self.document.trajectory.participants
        return people[row] if 0 <= row < len(people) else None

    def remove_chosen(self, confirm: Callable[[Participant], bool] | None = None) -> None:
        """Remove the chosen participant (with their named votes and scores: one undo step)."""
        person = self.chosen()
        if person is None:
            self._say(texts.NOTHING_CHOSEN)
        elif (confirm or self._confirm_removal)(person):
            self._push(pe.remove_participant(self.document.trajectory, person.id))

    def _confirm_removal(self, person: Participant) -> bool:
        t = self.document.trajectory
        votes = sum(1 for v in t.votes if v.voter == person.id)
        scores = sum(1 for s in t.scores if s.participant_id == person.id)
        if not votes and not scores:
            return True
        from ui.participants.import_dialog import confirm_removal

        return confirm_removal(self, person.name, votes, scores)
