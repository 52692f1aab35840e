"""Tests for opening the workbook that is already open (Recente bestanden, Openen): never a stale copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.test_files_support import ScriptedDialogs, block_names, saved_workbook
from ui.document import Document
from ui.files import FileController
from workshop import storage
from workshop.theory_edits import add_block, set_ambition


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


@pytest.fixture
def session(tmp_path: Path, qtbot) -> tuple[FileController, Document, Path]:
    """sessie.xlsx opened the way Werkplaats starts on it: loaded before the window, then adopted."""
    path = saved_workbook(tmp_path, "sessie.xlsx")
    loaded = storage.load(path)
    document = Document(loaded.trajectory, path)
    window = QWidget()
    qtbot.addWidget(window)
    controller = FileController(document, window)
    controller.adopt(path, loaded, replace=False)
    return controller, document, path


def ambition(path: Path) -> str:
    return storage.load(path).trajectory.theory.ambition


def test_reopen_with_save_shows_the_saved_work_and_the_next_save_keeps_it(session, dialogs):
    controller, document, path = session
    document.push(set_ambition("Ambitie uit de zaal"))
    dialogs.script("UnsavedChangesDialog", "save")
    assert controller.open(path.resolve())  # as Recente bestanden passes it
    assert ambition(path) == "Ambitie uit de zaal"
    assert document.trajectory.theory.ambition == "Ambitie uit de zaal"
    assert not document.is_modified()
    document.push(add_block(document.trajectory, "Buurtkamer"))
    assert controller.save()
    assert ambition(path) == "Ambitie uit de zaal"
    assert "Buurtkamer" in block_names(storage.load(path).trajectory)
    assert dialogs.names() == ["UnsavedChangesDialog"]


def test_reopen_with_niet_opslaan_goes_back_to_the_file(session, dialogs):
    controller, document, path = session
    on_disk = ambition(path)
    document.push(set_ambition("Weg ermee"))
    dialogs.script("UnsavedChangesDialog", "discard")
    assert controller.open(path)
    assert document.trajectory.theory.ambition == on_disk and not document.is_modified()
    assert ambition(path) == on_disk


def test_reopen_cancelled_keeps_the_unsaved_work(session, dialogs):
    controller, document, path = session
    document.push(set_ambition("Nog niet opgeslagen"))
    dialogs.script("UnsavedChangesDialog", "cancel")
    assert not controller.open(path)
    assert document.trajectory.theory.ambition == "Nog niet opgeslagen" and document.is_modified()


def test_reopen_without_changes_does_nothing_and_says_so(session, dialogs, qtbot):
    controller, document, path = session
    before = document.trajectory
    with qtbot.waitSignal(controller.status) as status:
        assert controller.open(path)
    assert status.args[0] == "‘sessie.xlsx’ is al geopend en niet gewijzigd."
    assert document.trajectory is before and dialogs.names() == []


def test_reopen_without_changes_after_an_edit_in_excel_shows_that_edit(session, dialogs):
    controller, document, path = session
    saved_workbook(path.parent, "sessie.xlsx", block="Buurtbudget")  # a colleague saves in Excel
    assert controller.open(path)
    assert "Buurtbudget" in block_names(document.trajectory)
    assert dialogs.names() == []


def test_opening_another_file_after_saving_in_the_prompt(session, dialogs, tmp_path):
    controller, document, path = session
    other = saved_workbook(tmp_path, "ander.xlsx", block="Anders")
    document.push(set_ambition("Bewaard"))
    dialogs.script("UnsavedChangesDialog", "save")
    assert controller.open(other)
    assert ambition(path) == "Bewaard"
    assert document.path == other and "Anders" in block_names(document.trajectory)
