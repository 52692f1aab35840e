"""The participants as a table model: edits become commands, attendance is a checkbox per person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.participants import texts
from workshop import process_edits as pe
from workshop.commands import Command
from workshop.sessions import Participant
from workshop.trajectory import Trajectory

NAME, ORGANISATION, ROLE, SPHERE, FACILITATOR, PRESENT = range(6)
TEXT_FIELDS = {NAME: "name", ORGANISATION: "organisation", ROLE: "role"}
Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(QAbstractTableModel):
    """One row per participant; `session` is the session whose attendance the last column shows."""

    def __init__(self, trajectory: Callable[[], Trajectory], push: Callable[[Command], bool]) -> None:
        super().__init__()
        self._trajectory, self._push = trajectory, push
        self.session: int | None = None

    @property
    def people(self) -> list[Participant]:
        return self._trajectory().participants

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return texts.COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (FACILITATOR, PRESENT):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.people):
            return None
        person, column = self.people[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (FACILITATOR, PRESENT):
            on = person.facilitator if column == FACILITATOR else self.is_present(person.id)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(person, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (FACILITATOR, PRESENT):
            on = person.facilitator if column == FACILITATOR else self.is_present(person.id)
            return f"{texts.COLUMNS[column]}: {'ja' if on else 'nee'}"
        return None

    def _text(self, person: Participant, column: int) -> str | None:
        if column in TEXT_FIELDS:
            return str(getattr(person, TEXT_FIELDS[column]))
        if column == SPHERE:
            sphere = next((s for s in self._trajectory().theory.spheres if s.id == person.sphere_id), None)
            return sphere.name if sphere else ""
        return None

    def is_present(self, participant_id: str) -> bool:
        """True when the person is marked present in the chosen session."""
        session = self._trajectory().session(self.session) if self.session else None
        return session is not None and participant_id in session.attendance

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        command = self._command(self.people[index.row()], index.column(), value, role)
        return command is not None and self._push(command)

    def _command(self, person: Participant, column: int, value: Any, role: int) -> Command | None:
        t = self._trajectory()
        if role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if column == PRESENT and self.session is not None:
                return pe.set_present(t, self.session, person.id, on)
            return pe.edit_participant(person.id, "facilitator", on) if column == FACILITATOR else None
        if column in TEXT_FIELDS:
            text = " ".join(str(value).split())
            if text == getattr(person, TEXT_FIELDS[column]) or (column == NAME and not text):
                return None
            return pe.edit_participant(person.id, TEXT_FIELDS[column], text)
        if column == SPHERE and value != person.sphere_id:
            return pe.edit_participant(person.id, "sphere_id", value or None)
        return None

    def refresh(self) -> None:
        """Show the trajectory as it is now."""
        self.beginResetModel()
        self.endResetModel()


class SphereDelegate(QStyledItemDelegate):
    """Edits the sphere column with a list of the theory's spheres (and 'geen sfeer')."""

    def __init__(self, trajectory: Callable[[], Trajectory], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trajectory = trajectory

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(texts.NO_SPHERE, "")
        for sphere in self._trajectory().theory.spheres:
            combo.addItem(sphere.name, sphere.id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        person = self._trajectory().participants[index.row()]
        editor.setCurrentIndex(max(0, editor.findData(person.sphere_id or "")))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
