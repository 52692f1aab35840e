"""Tests for FileController: new, open, save, save as, the title and the close prompt."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.test_files_support import ScriptedDialogs, block_names, sample_trajectory, saved_workbook
from ui.document import Document
from ui.files import FileController
from workshop import storage
from workshop.paths import default_sessions_dir
from workshop.theory_edits import add_block

TITLE = " — Werkplaats Verandertheorie"


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def document() -> Document:
    return Document(sample_trajectory())


@pytest.fixture
def controller(document: Document, window: QWidget) -> FileController:
    return FileController(document, window)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


def edit(document: Document, name: str = "Ontmoeten") -> None:
    document.push(add_block(document.trajectory, name))


# --- new --------------------------------------------------------------------------------------

@pytest.mark.parametrize("model", ["sociale-basis", "leeg"])
def test_new_starts_a_clean_untitled_traject(controller, document, dialogs, qtbot, model):
    with qtbot.waitSignal(document.replaced):
        assert controller.new(model)
    assert document.path is None
    assert not document.is_modified()
    assert dialogs.names() == []
    if model == "sociale-basis":
        assert document.trajectory.theory.blocks


def test_new_asks_first_when_there_are_changes(controller, document, dialogs):
    edit(document)
    before = document.trajectory
    dialogs.script("UnsavedChangesDialog", "cancel", "discard")
    assert not controller.new("leeg")
    assert document.trajectory is before
    assert controller.new("leeg")
    assert document.trajectory is not before


# --- save and save as -------------------------------------------------------------------------

def test_save_as_writes_the_workbook_and_marks_clean(controller, document, dialogs, tmp_path, qtbot):
    edit(document)
    target = tmp_path / "mijn traject.xlsx"
    with qtbot.waitSignal(controller.status) as blocker:
        assert controller.save_as(target)
    assert "mijn traject.xlsx" in blocker.args[0]
    assert document.path == target and not document.is_modified()
    assert block_names(storage.load(target).trajectory) == ["Buurtkracht", "Ontmoeten"]
    assert controller.recent.paths() == [target.resolve()]


def test_save_without_a_path_asks_in_the_default_folder(controller, document, dialogs, tmp_path):
    target = tmp_path / "gekozen"
    dialogs.script("SaveAsDialog", target)
    assert controller.save()
    (suggested,) = dialogs.args("SaveAsDialog")[0]
    assert suggested.parent == default_sessions_dir()
    assert suggested.name == "Proeftraject.xlsx"
    assert document.path == tmp_path / "gekozen.xlsx"
    assert document.path.is_file()


def test_save_as_cancelled_keeps_the_work_unsaved(controller, document, dialogs):
    edit(document)
    dialogs.script("SaveAsDialog", None)
    assert not controller.save_as()
    assert document.is_modified() and document.path is None


def test_save_writes_to_the_current_file(controller, document, dialogs, tmp_path):
    controller.save_as(tmp_path / "traject.xlsx")
    edit(document, "Tweede bouwsteen")
    assert controller.save()
    assert "Tweede bouwsteen" in block_names(storage.load(tmp_path / "traject.xlsx").trajectory)
    assert dialogs.names() == []


# --- open -------------------------------------------------------------------------------------

def test_open_replaces_the_document(controller, document, dialogs, tmp_path, qtbot):
    path = saved_workbook(tmp_path)
    with qtbot.waitSignal(document.replaced):
        assert controller.open(path)
    assert document.path == path
    assert "Wijkteam" in block_names(document.trajectory)
    assert not document.is_modified()
    assert controller.recent.paths() == [path.resolve()]


def test_open_without_a_path_uses_the_file_dialog(controller, document, dialogs, tmp_path):
    path = saved_workbook(tmp_path)
    dialogs.script("OpenDialog", None, path)
    assert not controller.open()
    assert controller.open()
    assert document.path == path


def test_open_of_a_corrupt_file_shows_a_dutch_error_and_keeps_the_document(controller, document, dialogs, tmp_path):
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"dit is geen werkmap")
    edit(document)
    before = document.trajectory
    dialogs.script("ErrorDialog", None)
    assert not controller.open(bad)
    (message, detail, details), = dialogs.args("ErrorDialog")
    assert message == "‘kapot.xlsx’ kan niet worden geopend."
    assert detail and details == ""
    assert document.trajectory is before and document.is_modified() and document.path is None
    assert bad.read_bytes() == b"dit is geen werkmap"


def test_open_of_a_missing_file_that_is_not_in_the_list_says_so(controller, document, dialogs, tmp_path):
    before = document.trajectory
    dialogs.script("ErrorDialog", None)
    assert not controller.open(tmp_path / "nergens.xlsx")
    (message, detail, _), = dialogs.args("ErrorDialog")
    assert message == "‘nergens.xlsx’ bestaat niet (meer)." and str(tmp_path) in detail
    assert document.trajectory is before


def test_open_reports_load_warnings(controller, dialogs, tmp_path, monkeypatch, qtbot):
    path = saved_workbook(tmp_path)
    warning = "Rij 4 van ‘Bouwstenen’ is overgeslagen."
    note = "eigen kolom 'Opmerking' op blad 'Bouwstenen' blijft bewaard."
    result = storage.LoadResult(sample_trajectory(), warnings=[warning], migrated_from=1, notes=[note])
    monkeypatch.setattr(storage, "load", lambda _path: result)
    with qtbot.waitSignal(controller.warnings) as blocker, qtbot.waitSignal(controller.status) as status:
        assert controller.open(path)
    assert blocker.args[0] == [warning]  # the storage layer words the upgrade itself, once
    assert note in status.args[0]


def test_harmless_notes_never_open_a_box(controller, tmp_path, monkeypatch, qtbot):
    path = saved_workbook(tmp_path)
    result = storage.LoadResult(sample_trajectory(), notes=["eigen blad 'Notities' blijft bewaard."])
    monkeypatch.setattr(storage, "load", lambda _path: result)
    with qtbot.assertNotEmitted(controller.warnings), qtbot.waitSignal(controller.status) as status:
        assert controller.open(path)
    assert "Notities" in status.args[0]


def test_the_users_own_sheets_survive_open_and_save(controller, document, dialogs, tmp_path):
    path = saved_workbook(tmp_path)
    book = openpyxl.load_workbook(path)
    book.create_sheet("Mijn notities")["A1"] = "Niet weggooien"
    book.save(path)
    book.close()
    assert controller.open(path)
    edit(document)
    assert controller.save()
    book = openpyxl.load_workbook(path, read_only=True)
    assert book["Mijn notities"]["A1"].value == "Niet weggooien"
    book.close()


def test_open_asks_about_unsaved_changes_after_reading_the_file(controller, document, dialogs, tmp_path):
    path = saved_workbook(tmp_path)
    edit(document)
    before = document.trajectory
    dialogs.script("UnsavedChangesDialog", "cancel")
    assert not controller.open(path)
    assert document.trajectory is before and document.path is None


# --- title and close prompt -------------------------------------------------------------------

def test_title_asterisk_follows_the_clean_state(controller, document, dialogs, tmp_path, qtbot):
    assert controller.window_title() == "Proeftraject" + TITLE
    with qtbot.waitSignal(controller.titleChanged) as blocker:
        edit(document)
    assert blocker.args[0] == "Proeftraject*" + TITLE
    with qtbot.waitSignal(controller.titleChanged) as blocker:
        document.stack.undo()
    assert blocker.args[0] == "Proeftraject" + TITLE
    edit(document)
    controller.save_as(tmp_path / "werk.xlsx")
    assert controller.window_title() == "werk.xlsx" + TITLE
    edit(document)
    assert controller.window_title() == "werk.xlsx*" + TITLE


def test_confirm_close_without_changes_asks_nothing(controller, dialogs):
    assert controller.confirm_close()
    assert dialogs.names() == []


@pytest.mark.parametrize(("answer", "save_to", "expected"), [
    ("save", "werk.xlsx", True),
    ("save", None, False),
    ("discard", None, True),
    ("cancel", None, False),
])
def test_confirm_close_with_changes(controller, document, dialogs, tmp_path, answer, save_to, expected):
    edit(document)
    dialogs.script("UnsavedChangesDialog", answer)
    if answer == "save":
        dialogs.script("SaveAsDialog", tmp_path / save_to if save_to else None)
    assert controller.confirm_close() is expected
    assert dialogs.args("UnsavedChangesDialog") == [("Proeftraject",)]
    assert document.is_modified() is not (answer == "save" and expected)
    assert (tmp_path / "werk.xlsx").exists() is (save_to is not None)
