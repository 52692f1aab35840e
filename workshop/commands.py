"""A Qt-free undo stack: every change is a Command with do and undo; the clean state marks 'saved'."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop.trajectory import Trajectory

Listener = Callable[["StackEvent"], None]


class Command(ABC):
    """One undoable change. `changes` names the parts of the trajectory it touches."""

    label: str = ""
    changes: frozenset[str] = frozenset()

    @abstractmethod
    def do(self, t: Trajectory) -> None:
        """Apply the change."""

    @abstractmethod
    def undo(self, t: Trajectory) -> None:
        """Revert exactly what do() applied."""

    def merge(self, other: Command) -> bool:
        """Absorb `other` (pushed right after self, already done) into self; True if merged."""
        return False


class Macro(Command):
    """Several commands as one undo step; all or nothing."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        self.label = label
        self.commands = list(commands)
        self.changes = frozenset().union(*(c.changes for c in self.commands))

    def do(self, t: Trajectory) -> None:
        done: list[Command] = []
        try:
            for command in self.commands:
                command.do(t)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.undo(t)
            raise

    def undo(self, t: Trajectory) -> None:
        for command in reversed(self.commands):
            command.undo(t)


@dataclass(frozen=True)
class StackEvent:
    """What happened on the stack: kind is 'do', 'undo', 'redo', 'clean' or 'reset'."""

    kind: str
    changes: frozenset[str]
    label: str = ""


class CommandStack:
    """Linear undo history over one Trajectory, with a clean index and listeners."""

    def __init__(self, trajectory: Trajectory) -> None:
        self.trajectory = trajectory
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(event)` after every change of the stack."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        self._listeners.remove(listener)

    def _emit(self, kind: str, changes: frozenset[str], label: str = "") -> None:
        event = StackEvent(kind, changes, label)
        for listener in list(self._listeners):
            listener(event)

    def push(self, command: Command) -> None:
        """Do `command` and record it; merges with the previous command when it can."""
        command.do(self.trajectory)
        del self._commands[self._index:]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        if not self._try_merge(command):
            self._commands.append(command)
            self._index += 1
        self._emit("do", command.changes, command.label)

    def _try_merge(self, command: Command) -> bool:
        if self._index == 0 or self._clean == self._index:
            return False
        return self._commands[self._index - 1].merge(command)

    def undo(self) -> None:
        """Undo the last done command, if any."""
        if not self.can_undo():
            return
        self._index -= 1
        command = self._commands[self._index]
        command.undo(self.trajectory)
        self._emit("undo", command.changes, command.label)

    def redo(self) -> None:
        """Redo the next undone command, if any."""
        if not self.can_redo():
            return
        command = self._commands[self._index]
        command.do(self.trajectory)
        self._index += 1
        self._emit("redo", command.changes, command.label)

    def can_undo(self) -> bool:
        """True when there is something to undo."""
        return self._index > 0

    def can_redo(self) -> bool:
        """True when there is something to redo."""
        return self._index < len(self._commands)

    def undo_label(self) -> str:
        """Label of the command undo() would revert, or ''."""
        return self._commands[self._index - 1].label if self.can_undo() else ""

    def redo_label(self) -> str:
        """Label of the command redo() would apply, or ''."""
        return self._commands[self._index].label if self.can_redo() else ""

    def is_clean(self) -> bool:
        """True when the trajectory equals the last saved state."""
        return self._clean == self._index

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean = self._index
        self._emit("clean", frozenset())

    def set_dirty(self) -> None:
        """Mark the state as unsaved even without commands (e.g. after recovery)."""
        self._clean = None
        self._emit("clean", frozenset())

    def __len__(self) -> int:
        return len(self._commands)

    @property
    def index(self) -> int:
        """Number of commands currently applied."""
        return self._index

    def labels(self) -> list[str]:
        """Labels of all recorded commands, oldest first (for a history view)."""
        return [c.label for c in self._commands]

    def describe(self) -> dict[str, Any]:
        """A small summary for debugging and tests."""
        return {"index": self._index, "count": len(self._commands), "clean": self._clean}
