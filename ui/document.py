"""The open document: owns the Trajectory and its CommandStack, and turns stack events into Qt signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop.commands import Command, CommandStack, StackEvent
from workshop.trajectory import Trajectory


class Document(QObject):
    """One open trajectory. Views read `trajectory` and listen to `changed`; edits go through `push`."""

    changed = Signal(object)          # frozenset[str] of change tags: theory, sessions, participants, voting, assumptions, meta
    cleanChanged = Signal(bool)       # True when there are no unsaved changes
    replaced = Signal()               # a different trajectory was loaded: views rebuild completely
    pathChanged = Signal(object)      # Path | None: the workbook this document is saved to

    def __init__(self, trajectory: Trajectory, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.extras: Any = None       # storage.Extras from the last load: the user's own sheets, kept on save
        self.source_digest: str | None = None  # hash of the workbook as last read or written (kept in recovery)
        self._attach(trajectory)

    def _attach(self, trajectory: Trajectory) -> None:
        previous: CommandStack | None = getattr(self, "stack", None)
        if previous is not None:
            previous.unsubscribe(self._on_stack_event)
        self.trajectory = trajectory
        self.stack = CommandStack(trajectory)
        self.stack.subscribe(self._on_stack_event)

    def _on_stack_event(self, event: StackEvent) -> None:
        if event.changes:
            self.changed.emit(event.changes)
        self.cleanChanged.emit(self.stack.is_clean())

    def push(self, command: Command) -> None:
        """Apply a command through the undo stack."""
        self.stack.push(command)

    def replace(self, trajectory: Trajectory, path: Path | None, extras: Any = None) -> None:
        """Swap in another trajectory (after open or new), with a fresh undo history."""
        self.extras, self.source_digest = extras, None
        self._attach(trajectory)
        self.set_path(path)
        self.replaced.emit()
        self.cleanChanged.emit(True)

    def restore(self, trajectory: Trajectory, path: Path | None, extras: Any = None,
                source_digest: str | None = None) -> None:
        """Swap in recovered work: like replace, but marked unsaved so Opslaan writes it to `path`.

        `source_digest` is the hash of the workbook the work started from, so a later save still notices
        changes made to that file in the meantime (in Excel, while Werkplaats was down).
        """
        self.replace(trajectory, path, extras)
        self.source_digest = source_digest
        self.stack.set_dirty()

    def set_path(self, path: Path | None) -> None:
        """Remember the workbook this document is saved to (after Opslaan als)."""
        if path == self.path:
            return
        self.path = path
        self.pathChanged.emit(path)

    def mark_saved(self, path: Path) -> None:
        """Record a successful save to `path`: the stack becomes clean."""
        self.set_path(path)
        self.stack.set_clean()

    def is_modified(self) -> bool:
        """True when there are unsaved changes (from the stack's clean state)."""
        return not self.stack.is_clean()
