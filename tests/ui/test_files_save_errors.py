"""Tests for failed saves: a file open in Excel, a full disk or a read-only folder never costs work or the old file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.test_files_support import ScriptedDialogs, block_names, sample_trajectory
from ui.document import Document
from ui.files import FileController
from workshop import storage
from workshop.theory_edits import add_block

REAL_REPLACE = os.replace


class FailingReplace:
    """Stands in for os.replace: raises `error` for targets inside `folder` while armed."""

    def __init__(self, error: OSError, folder: Path | None = None) -> None:
        self.error, self.folder, self.armed, self.failures = error, folder, True, 0

    def __call__(self, src, dst, **kwargs) -> None:
        inside = self.folder is None or Path(dst).parent == self.folder
        if self.armed and inside:
            self.failures += 1
            raise self.error
        REAL_REPLACE(src, dst, **kwargs)

    def disarm(self, *_args: object) -> str:
        """Used as a dialog answer: the user closed Excel (or freed space) and clicks Opnieuw."""
        self.armed = False
        return "retry"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


@pytest.fixture
def saved(tmp_path: Path, qtbot) -> tuple[FileController, Document, Path, bytes]:
    """A document saved to disk and then edited, so it has unsaved work."""
    window = QWidget()
    qtbot.addWidget(window)
    document = Document(sample_trajectory())
    controller = FileController(document, window)
    folder = tmp_path / "werkmappen"
    folder.mkdir()
    assert controller.save_as(folder / "traject.xlsx")
    document.push(add_block(document.trajectory, "Nieuw werk"))
    return controller, document, folder / "traject.xlsx", (folder / "traject.xlsx").read_bytes()


LOCKED = PermissionError(errno.EACCES, "Permission denied")
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("error", [LOCKED, DISK_FULL], ids=["open-in-excel", "disk-full"])
def test_failed_save_keeps_the_work_and_the_old_file(saved, dialogs, monkeypatch, error):
    controller, document, path, original = saved
    failing = FailingReplace(error)
    monkeypatch.setattr(os, "replace", failing)
    dialogs.script("SaveFailedDialog", "cancel")
    assert not controller.save()
    (message,), = dialogs.args("SaveFailedDialog")
    assert "traject.xlsx" in message
    assert failing.failures >= 1
    assert document.is_modified()
    assert path.read_bytes() == original
    assert "Nieuw werk" in block_names(document.trajectory)


@pytest.mark.parametrize("error", [LOCKED, DISK_FULL], ids=["open-in-excel", "disk-full"])
def test_retry_after_the_problem_is_gone_saves(saved, dialogs, monkeypatch, error):
    controller, document, path, original = saved
    failing = FailingReplace(error)
    monkeypatch.setattr(os, "replace", failing)
    dialogs.script("SaveFailedDialog", failing.disarm)
    assert controller.save()
    assert not document.is_modified()
    assert path.read_bytes() != original
    assert "Nieuw werk" in block_names(storage.load(path).trajectory)


def test_read_only_folder_offers_save_as_elsewhere(saved, dialogs, monkeypatch, tmp_path):
    controller, document, path, original = saved
    monkeypatch.setattr(os, "replace", FailingReplace(PermissionError(errno.EROFS, "Read-only"), path.parent))
    elsewhere = tmp_path / "elders" / "kopie.xlsx"
    elsewhere.parent.mkdir()
    dialogs.script("SaveFailedDialog", "save_as")
    dialogs.script("SaveAsDialog", elsewhere)
    assert controller.save()
    assert dialogs.names() == ["SaveFailedDialog", "SaveAsDialog"]
    assert document.path == elsewhere and not document.is_modified()
    assert path.read_bytes() == original
    assert "Nieuw werk" in block_names(storage.load(elsewhere).trajectory)


def test_save_as_after_a_failure_can_be_cancelled(saved, dialogs, monkeypatch):
    controller, document, path, original = saved
    monkeypatch.setattr(os, "replace", FailingReplace(LOCKED))
    dialogs.script("SaveFailedDialog", "save_as")
    dialogs.script("SaveAsDialog", None)
    assert not controller.save()
    assert document.is_modified() and document.path == path
    assert path.read_bytes() == original


def test_close_prompt_stays_open_when_saving_fails(saved, dialogs, monkeypatch):
    controller, document, path, original = saved
    monkeypatch.setattr(os, "replace", FailingReplace(LOCKED))
    dialogs.script("UnsavedChangesDialog", "save")
    dialogs.script("SaveFailedDialog", "cancel")
    assert not controller.confirm_close()
    assert document.is_modified()
    assert path.read_bytes() == original


# --- an unexpected error (a bug in the writer) and the wording of the messages ----------------------------------

def broken_writer(*_args: object) -> None:
    raise RuntimeError("onverwachte fout in de schrijver")


def test_an_unexpected_error_from_the_close_prompt_keeps_the_window_and_the_work(saved, dialogs, monkeypatch, caplog):
    controller, document, path, original = saved
    monkeypatch.setattr("workshop.storage.writer.write_workbook", broken_writer)
    dialogs.script("UnsavedChangesDialog", "save")
    dialogs.script("SaveFailedDialog", "cancel")
    assert not controller.confirm_close()
    (message,), = dialogs.args("SaveFailedDialog")
    assert message.startswith("‘traject.xlsx’ kan niet worden opgeslagen") and "onverwachte fout" in message
    assert document.is_modified() and path.read_bytes() == original
    assert [r.exc_info[0] for r in caplog.records if r.name == "ui.files"] == [RuntimeError]


def test_an_unexpected_error_offers_opnieuw_and_opslaan_als(saved, dialogs, monkeypatch, tmp_path):
    controller, document, path, original = saved
    monkeypatch.setattr("workshop.storage.writer.write_workbook", broken_writer)
    dialogs.script("SaveFailedDialog", "retry", "save_as")
    dialogs.script("SaveAsDialog", None)
    assert not controller.save()
    assert dialogs.names() == ["SaveFailedDialog", "SaveFailedDialog", "SaveAsDialog"]
    assert document.is_modified() and path.read_bytes() == original


def test_a_read_only_folder_is_named_in_the_message(saved, dialogs, monkeypatch):
    controller, _document, path, _original = saved
    monkeypatch.setattr(os, "replace", FailingReplace(PermissionError(errno.EROFS, "Read-only"), path.parent))
    dialogs.script("SaveFailedDialog", "cancel")
    assert not controller.save()
    (message,), = dialogs.args("SaveFailedDialog")
    assert message == (f"‘traject.xlsx’ kan niet worden opgeslagen in de map ‘{path.parent}’: "
                       "de map is alleen-lezen of je mag er niet schrijven.")


@pytest.mark.parametrize(("error", "reason"), [
    (LOCKED, "het bestand is in gebruik of alleen-lezen (misschien open in Excel)."),
    (DISK_FULL, "de schijf is vol."),
], ids=["open-in-excel", "disk-full"])
def test_the_reason_comes_from_the_storage_layer_in_dutch(saved, dialogs, monkeypatch, error, reason):
    controller, _document, path, _original = saved
    monkeypatch.setattr(os, "replace", FailingReplace(error))
    dialogs.script("SaveFailedDialog", "cancel")
    controller.save()
    (message,), = dialogs.args("SaveFailedDialog")
    assert message == f"‘traject.xlsx’ kan niet worden opgeslagen in de map ‘{path.parent}’: {reason}"
