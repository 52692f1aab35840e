"""Tests for saving over a workbook that a colleague changed in Excel meanwhile: never overwritten without asking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.test_files_support import ScriptedDialogs, block_names, controller_for, saved_workbook
from ui.document import Document
from ui.file_dialogs import ChangedOnDiskDialog
from ui.files import FileController
from ui.recovery import Autosaver
from workshop import storage
from workshop.theory_edits import set_ambition

OURS = "Ambitie uit de zaal"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


@pytest.fixture
def opened(tmp_path: Path, qtbot) -> tuple[FileController, Document, Path]:
    """sessie.xlsx opened in Werkplaats and edited there; then a colleague adds bouwsteen Buurtbudget in Excel."""
    path = saved_workbook(tmp_path, "sessie.xlsx")
    controller, document = controller_for(qtbot, path)
    document.push(set_ambition(OURS))
    saved_workbook(tmp_path, "sessie.xlsx", block="Buurtbudget")
    return controller, document, path


def on_disk(path: Path) -> tuple[str, list[str]]:
    t = storage.load(path).trajectory
    return t.theory.ambition, block_names(t)


def test_saving_over_a_changed_file_asks_and_cancel_keeps_both_versions(opened, dialogs):
    controller, document, path = opened
    theirs = path.read_bytes()
    dialogs.script("ChangedOnDiskDialog", "cancel")
    assert not controller.save()
    assert dialogs.args("ChangedOnDiskDialog") == [("sessie.xlsx",)]
    assert path.read_bytes() == theirs
    assert document.is_modified() and document.trajectory.theory.ambition == OURS


def test_toch_overschrijven_writes_ours_and_keeps_theirs_as_backup(opened, dialogs):
    controller, document, path = opened
    dialogs.script("ChangedOnDiskDialog", "overwrite")
    assert controller.save()
    assert on_disk(path)[0] == OURS and "Buurtbudget" not in on_disk(path)[1]
    assert "Buurtbudget" in on_disk(storage.backup_path(path))[1]
    assert not document.is_modified()


def test_opslaan_als_suggests_a_copy_next_to_it_and_leaves_theirs(opened, dialogs):
    controller, document, path = opened
    theirs = path.read_bytes()
    copy = path.with_name("sessie (mijn versie).xlsx")
    dialogs.script("ChangedOnDiskDialog", "save_as")
    dialogs.script("SaveAsDialog", lambda suggested: suggested)
    assert controller.save()
    assert dialogs.args("SaveAsDialog") == [(copy,)]
    assert path.read_bytes() == theirs
    assert on_disk(copy)[0] == OURS and document.path == copy and not document.is_modified()


def test_opslaan_als_cancelled_saves_nothing(opened, dialogs):
    controller, document, path = opened
    theirs = path.read_bytes()
    dialogs.script("ChangedOnDiskDialog", "save_as")
    dialogs.script("SaveAsDialog", None)
    assert not controller.save()
    assert path.read_bytes() == theirs and document.is_modified() and document.path == path


def test_opnieuw_laden_shows_their_version_and_drops_ours(opened, dialogs):
    controller, document, path = opened
    theirs = path.read_bytes()
    dialogs.script("ChangedOnDiskDialog", "reload")
    assert not controller.save()
    assert "Buurtbudget" in block_names(document.trajectory)
    assert document.trajectory.theory.ambition != OURS and not document.is_modified()
    assert path.read_bytes() == theirs
    document.push(set_ambition("Daarna"))
    assert controller.save()  # their version is now the one we read: no question
    assert on_disk(path) == ("Daarna", block_names(document.trajectory))
    assert dialogs.names() == ["ChangedOnDiskDialog"]


def test_the_close_prompt_stays_open_when_the_file_changed_and_the_user_cancels(opened, dialogs):
    controller, document, path = opened
    dialogs.script("UnsavedChangesDialog", "save")
    dialogs.script("ChangedOnDiskDialog", "cancel")
    assert not controller.confirm_close()
    assert document.is_modified()


def test_saving_twice_after_our_own_save_does_not_ask(dialogs, tmp_path, qtbot):
    controller, document = controller_for(qtbot, saved_workbook(tmp_path), opened=False)
    assert controller.save_as(tmp_path / "eigen.xlsx")
    for text in ("Eerste", "Tweede"):
        document.push(set_ambition(text))
        assert controller.save()
    assert on_disk(tmp_path / "eigen.xlsx")[0] == "Tweede" and dialogs.names() == []


def test_a_touched_file_with_the_same_bytes_does_not_ask(dialogs, tmp_path, qtbot):
    path = saved_workbook(tmp_path)
    controller, _document = controller_for(qtbot, path)
    os.utime(path, ns=(1, 1))  # a sync tool or a copy back from the USB stick changes only the time
    controller.document.push(set_ambition(OURS))
    assert controller.save() and dialogs.names() == []


def test_a_file_that_was_removed_meanwhile_is_simply_written_again(opened, dialogs):
    controller, document, path = opened
    path.unlink()
    assert controller.save() and on_disk(path)[0] == OURS and dialogs.names() == []


def test_the_recovery_copy_is_written_regardless(opened, dialogs, tmp_path):
    controller, document, path = opened
    theirs = path.read_bytes()
    saver = Autosaver(document, delay_ms=60_000, folder=tmp_path / "herstel")
    assert saver.flush(wait=True)
    assert on_disk(saver.workbook)[0] == OURS
    assert path.read_bytes() == theirs and dialogs.names() == []
    saver.discard()


def test_the_question_names_the_file_and_what_each_choice_costs():
    question, detail = ChangedOnDiskDialog.texts("sessie.xlsx")
    assert question == "‘sessie.xlsx’ is gewijzigd sinds je het opende (door iemand anders of in Excel)."
    assert "jouw niet-opgeslagen wijzigingen gaan verloren" in detail
    assert "‘sessie.xlsx.bak’" in detail


def test_after_a_crash_and_restore_a_change_made_in_excel_is_still_noticed(dialogs, tmp_path, qtbot):
    from ui.recovery import offer_recovery

    path = saved_workbook(tmp_path, "sessie.xlsx")
    _controller, document = controller_for(qtbot, path)
    document.push(set_ambition(OURS))
    crashed = Autosaver(document, delay_ms=60_000, folder=tmp_path / "herstel")
    assert crashed.flush(wait=True)  # the last recovery copy before the crash (its lock is left behind)
    crashed._lock.unlock()  # the process is gone: its lock no longer holds
    saved_workbook(tmp_path, "sessie.xlsx", block="Buurtbudget")  # a colleague edits in Excel meanwhile

    restarted_controller, restarted = controller_for(qtbot, path, opened=False)
    dialogs.script("RecoveryDialog", True)
    window = restarted_controller.window
    assert offer_recovery(restarted, Autosaver(restarted, delay_ms=60_000, folder=tmp_path / "herstel"), window)
    assert restarted.trajectory.theory.ambition == OURS and restarted.path == path
    dialogs.script("ChangedOnDiskDialog", "cancel")
    assert not restarted_controller.save()
    assert "Buurtbudget" in on_disk(path)[1]  # the colleague's work is not overwritten without asking


def test_a_workbook_that_cannot_be_read_back_after_saving_is_said(dialogs, tmp_path, qtbot, monkeypatch):
    from ui.files import FileStamp

    controller, document = controller_for(qtbot, saved_workbook(tmp_path, "sessie.xlsx"), opened=False)
    document.push(set_ambition(OURS))
    monkeypatch.setattr(FileStamp, "of", classmethod(lambda cls, path: None))  # e.g. locked right after writing
    dialogs.script("SaveAsDialog", tmp_path / "nieuw.xlsx")
    with qtbot.waitSignal(controller.status) as status:
        assert controller.save()
    assert "wijzigingen die anderen erin maken merkt Werkplaats niet op" in status.args[0]
