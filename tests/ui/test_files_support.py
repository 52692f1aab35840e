"""Shared helpers for the file and recovery tests: scripted dialog answers and a sample trajectory (no tests here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pathlib import Path

import pytest

from ui.file_dialogs import (
    ChangedOnDiskDialog, ErrorDialog, MissingFileDialog, OpenDialog, RecoveryDialog, SaveAsDialog, SaveFailedDialog,
    UnsavedChangesDialog,
)
from workshop import storage
from workshop.theory_edits import add_block, add_sub_ambition
from workshop.trajectory import Trajectory

DIALOGS = (
    OpenDialog, SaveAsDialog, UnsavedChangesDialog, SaveFailedDialog, ErrorDialog, RecoveryDialog,
    ChangedOnDiskDialog, MissingFileDialog,
)


class ScriptedDialogs:
    """Replaces every dialog's ask() with queued answers; an unexpected dialog fails the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, list[Any]] = {}
        for dialog in DIALOGS:
            monkeypatch.setattr(dialog, "ask", classmethod(self._fake(dialog.__name__)))

    def _fake(self, name: str) -> Callable[..., Any]:
        def ask(_cls: type, _parent: object, *args: Any) -> Any:
            self.calls.append((name, args))
            queue = self._answers.get(name)
            if not queue:
                pytest.fail(f"unexpected dialog {name}{args}")
            answer = queue.pop(0)
            return answer(*args) if callable(answer) else answer
        return ask

    def script(self, name: str, *answers: Any) -> None:
        """Queue answers for dialog `name`; a callable answer gets the dialog's arguments."""
        self._answers.setdefault(name, []).extend(answers)

    def names(self) -> list[str]:
        """Which dialogs were shown, in order."""
        return [name for name, _ in self.calls]

    def args(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments of each call of dialog `name`."""
        return [args for shown, args in self.calls if shown == name]


def sample_trajectory(name: str = "Proeftraject") -> Trajectory:
    """A small trajectory with one deelambitie and one bouwsteen."""
    t = Trajectory(name=name)
    add_sub_ambition(t, "Meedoen").do(t)
    add_block(t, "Buurtkracht").do(t)
    return t


def block_names(t: Trajectory) -> list[str]:
    """The names of all bouwstenen, in order."""
    return [b.name for b in t.theory.blocks]


def saved_workbook(folder: Path, name: str = "bestaand.xlsx", block: str = "Wijkteam") -> Path:
    """A workbook on disk: the sample trajectory, renamed, with one extra bouwsteen `block`."""
    t = sample_trajectory("Bestaand traject")
    add_block(t, block).do(t)
    path = folder / name
    storage.save(t, path)
    return path


def controller_for(qtbot: Any, path: Path, *, opened: bool = True) -> tuple[Any, Any]:
    """A FileController in a window on `path`'s trajectory: opened through the controller, or only loaded."""
    from PySide6.QtWidgets import QWidget

    from ui.document import Document
    from ui.files import FileController

    window = QWidget()
    qtbot.addWidget(window)
    document = Document(storage.load(path).trajectory)
    controller = FileController(document, window)
    assert not opened or controller.open(path)
    return controller, document
