"""The shared selection: which schema element (B5, D1, H, B5-D1) the facilitator points at."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Holds the current element id; the facilitator view, projector view and details panel share one."""

    changed = Signal(object)  # str | None: the new element id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: str | None = None

    @property
    def current(self) -> str | None:
        """The selected element id, or None."""
        return self._current

    @current.setter
    def current(self, element_id: str | None) -> None:
        self.select(element_id)

    def select(self, element_id: str | None) -> None:
        """Select an element (None clears); emits `changed` only when it differs."""
        if element_id == self._current:
            return
        self._current = element_id
        self.changed.emit(element_id)

    set_current = select

    def clear(self) -> None:
        """Select nothing."""
        self.select(None)
