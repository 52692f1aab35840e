"""The participants table: the name column takes the spare width, and never gets narrower than a long name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ui.participants.model import FACILITATOR, NAME, ORGANISATION, PRESENT, ROLE, SPHERE

NAME_SAMPLE = "Marieke van den Berg-Jansen"
"""A long Dutch name: the name column is always wide enough to show it whole."""
TEXT_CHARACTERS = 12
"""The starting width of organisatie, rol and sfeer in average characters, or their header's if wider (the
facilitator can widen them)."""


class ParticipantsTable(QTableView):
    """A table whose name column stretches like Qt's Stretch mode but with a minimum width of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for column in (FACILITATOR, PRESENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ORGANISATION, ROLE, SPHERE):
            width = self.fontMetrics().averageCharWidth() * TEXT_CHARACTERS
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.fit_name()

    def name_minimum(self) -> int:
        """The narrowest the name column gets: the sample name with a character's room either side."""
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance(NAME_SAMPLE) + 2 * metrics.averageCharWidth()

    def fit_name(self) -> None:
        """Give the name column what the other columns leave of the visible width, but at least its minimum."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != NAME)
        if header.count() > NAME:
            header.resizeSection(NAME, max(self.name_minimum(), self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's new size (QAbstractScrollArea)
        super().resizeEvent(event)
        self.fit_name()

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != NAME:
            self.fit_name()
