"""Tests for the Autosaver: recovery copies after changes, clean exits, and restoring work after a crash."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.test_files_support import ScriptedDialogs, block_names, sample_trajectory
from ui.document import Document
from ui.file_dialogs import RecoveryDialog
from ui.files import FileController
from ui.recovery import (
    MAX_WAIT_MS, REASONS, Autosaver, RecoveryError, RecoveryFolder, dutch_moment, failure_text, offer_recovery,
    read_info, sidecar_of,
)
from workshop import storage
from workshop.paths import recovery_dir
from workshop.theory_edits import add_block

PROJECT_ROOT = Path(__file__).resolve().parents[2]

CRASHING_SCRIPT = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from ui.document import Document
from ui.recovery import Autosaver, sidecar_of
from workshop.theory_edits import add_block, add_sub_ambition
from workshop.trajectory import Trajectory

mode, original = sys.argv[1], Path(sys.argv[2])
app = QCoreApplication([])
document = Document(Trajectory(name="Crashproef"), original)
saver = Autosaver(document, delay_ms=50, max_wait_ms=200)
saver.failed.connect(lambda message: (print(message, file=sys.stderr, flush=True), os._exit(4)))
document.push(add_sub_ambition(document.trajectory, "Meedoen"))
document.push(add_block(document.trajectory, "Buurtkracht"))
document.push(add_block(document.trajectory, "Ontmoetingsplekken"))

def crash_when_written():
    if sidecar_of(saver.workbook).exists() and mode == "exit":
        os._exit(1)

poll = QTimer(interval=20, timeout=crash_when_written)
poll.start()
QTimer.singleShot(60_000, lambda: os._exit(3))   # never outlive a failed test
app.exec()
"""


@pytest.fixture
def document() -> Document:
    return Document(sample_trajectory())


@pytest.fixture
def autosaver(document: Document) -> Autosaver:
    saver = Autosaver(document, delay_ms=50, max_wait_ms=300)
    yield saver
    saver.discard()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


def edit(document: Document, name: str = "Ontmoeten") -> None:
    document.push(add_block(document.trajectory, name))


def leftover(name: str = "Achtergebleven", original: Path | None = None) -> Path:
    """A recovery copy as a crashed Werkplaats leaves it behind (no lock held)."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    workbook = folder / f"herstel-{uuid.uuid4().hex}.xlsx"
    storage.save(sample_trajectory(name), workbook)
    sidecar_of(workbook).write_text(json.dumps({
        "original_path": str(original) if original else None, "saved_at": "2025-03-03T14:32:00+01:00",
        "pid": 999_999, "name": name,
    }), encoding="utf-8")
    return workbook


# --- autosave ---------------------------------------------------------------------------------

def test_a_change_writes_a_recovery_copy_within_the_delay(document, autosaver, qtbot, tmp_path):
    document.set_path(tmp_path / "traject.xlsx")
    edit(document)
    qtbot.waitUntil(lambda: sidecar_of(autosaver.workbook).exists(), timeout=2000)
    assert autosaver.workbook.parent == recovery_dir()
    assert "Ontmoeten" in block_names(storage.load(autosaver.workbook).trajectory)
    info = read_info(autosaver.workbook)
    assert info.original_path == tmp_path / "traject.xlsx"
    assert info.pid == os.getpid() and info.name == "Proeftraject"


def test_nothing_is_written_while_the_document_is_clean(document, autosaver):
    assert autosaver.flush()
    assert not autosaver.workbook.exists()


def test_continuous_editing_is_flushed_by_the_maximum_interval(document, qtbot):
    saver = Autosaver(document, delay_ms=60_000, max_wait_ms=100)
    with qtbot.waitSignal(saver.saved, timeout=2000):
        edit(document)
        for i in range(3):
            edit(document, f"Blok {i}")
    assert saver.workbook.exists()
    saver.discard()


def test_saving_the_document_removes_the_recovery_copy(document, autosaver, qtbot, tmp_path):
    edit(document)
    qtbot.waitUntil(autosaver.workbook.exists, timeout=2000)
    document.mark_saved(tmp_path / "traject.xlsx")
    assert not autosaver.workbook.exists()


def test_undo_back_to_clean_removes_the_recovery_copy(document, autosaver, qtbot):
    edit(document)
    qtbot.waitUntil(autosaver.workbook.exists, timeout=2000)
    document.stack.undo()
    assert not autosaver.workbook.exists()


def test_a_failed_recovery_write_is_reported_not_raised(document, monkeypatch, qtbot):
    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(storage, "save", disk_full)
    saver = Autosaver(document, delay_ms=20)
    with qtbot.waitSignal(saver.failed, timeout=2000) as blocker:
        edit(document)
    assert "herstelkopie" in blocker.args[0]


def test_a_file_where_the_folder_should_be_is_explained_in_dutch_and_the_work_stays(document, tmp_path):
    folder = tmp_path / "herstel"
    folder.write_text("geen map")
    saver = Autosaver(document, delay_ms=60_000, folder=folder)
    messages: list[str] = []
    saver.failed.connect(messages.append)
    edit(document)
    assert saver.flush(wait=True) is False
    assert messages == [failure_text(FileExistsError(errno.EEXIST, "File exists"), folder)]
    assert "er staat een bestand waar de map moet komen" in messages[0] and str(folder) in messages[0]
    assert "Errno" not in messages[0] and "exists" not in messages[0]
    assert document.is_modified() and "Ontmoeten" in block_names(document.trajectory)  # the work is still open


def test_a_failed_write_names_the_reason_from_the_storage_layer(document, monkeypatch, qtbot, tmp_path):
    def refused(*_args):
        raise storage.SaveError("herstel.xlsx", "de map is alleen-lezen") from PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(storage, "save", refused)
    saver = Autosaver(document, delay_ms=20, folder=tmp_path)
    with qtbot.waitSignal(saver.failed, timeout=2000) as blocker:
        edit(document)
    assert blocker.args[0] == (
        f"De herstelkopie kon niet worden bewaard in {tmp_path}: de map is alleen-lezen of je mag er niet schrijven. "
        "Je werk staat nog gewoon open; sla het op met Opslaan."
    )


@pytest.mark.parametrize(("error", "reason"), [
    (OSError(errno.ENOTDIR, "Not a directory"), "er staat een bestand waar de map moet komen"),
    (OSError(errno.EPERM, "Operation not permitted"), "de map is alleen-lezen of je mag er niet schrijven"),
    (OSError(errno.EROFS, "Read-only file system"), "de map is alleen-lezen of je mag er niet schrijven"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "de map bestaat niet (meer)"),
    (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
    (OSError(errno.EIO, "Input/output error"), None),
    (ValueError("something odd"), None),
])
def test_why_a_recovery_copy_failed_in_dutch(error, reason, tmp_path):
    text = failure_text(error, tmp_path / "herstel")
    assert text.startswith(f"De herstelkopie kon niet worden bewaard in {tmp_path / 'herstel'}")
    assert (reason in text) if reason else text.startswith(f"De herstelkopie kon niet worden bewaard in {tmp_path / 'herstel'}. ")
    assert str(error.args[-1]) not in text and "Je werk staat nog gewoon open" in text


def test_the_reasons_use_the_words_of_opslaan():
    """The same problem reads the same in the recovery message as when saving a workbook."""
    from workshop.storage.atomic import _reason  # the wording Opslaan shows; private, so pinned here on purpose

    for number in (errno.ENOSPC, errno.EROFS, errno.EACCES):
        assert _reason(OSError(number, "x"), creating=True) == REASONS[number] + "."
    assert _reason(FileNotFoundError(errno.ENOENT, "x"), creating=True) == REASONS[errno.ENOENT] + "."


# --- the delay the facilitator set ------------------------------------------------------------

@pytest.fixture
def saver_with(document, qtbot):
    """Autosavers on the document with a chosen delay; all discarded after the test."""
    made: list[Autosaver] = []
    yield lambda delay_ms: made.append(Autosaver(document, delay_ms=delay_ms)) or made[-1]
    for saver in made:
        saver.discard()


@pytest.mark.parametrize("delay_ms", [1000, 3000, 5000])
def test_one_change_is_copied_after_the_configured_delay(document, saver_with, delay_ms):
    saver = saver_with(delay_ms)
    edit(document)
    assert delay_ms - 500 < saver.next_write_ms() <= delay_ms  # not cut short by the maximum wait
    saver.discard()
    assert saver.next_write_ms() is None


def test_a_changed_delay_applies_to_the_next_change(document, saver_with):
    saver = saver_with(3000)
    saver.set_delay(5000)
    edit(document)
    assert 4500 < saver.next_write_ms() <= 5000


def test_continuous_editing_never_waits_longer_than_five_seconds(document, saver_with):
    saver = saver_with(5000)
    edit(document)
    first = saver.next_write_ms()
    for i in range(5):
        edit(document, f"Blok {i}")  # each change restarts the delay, not the maximum wait
    assert saver.next_write_ms() <= first <= MAX_WAIT_MS <= 5000
    saver.set_delay(8000)
    edit(document, "Nog een")
    assert saver.next_write_ms() <= MAX_WAIT_MS  # a longer delay is cut short by the promise


def test_the_copy_comes_once_the_delay_has_passed(document, saver_with, qtbot):
    saver = saver_with(200)
    edit(document)
    assert not saver.workbook.exists()
    qtbot.waitUntil(lambda: sidecar_of(saver.workbook).exists(), timeout=3000)
    assert saver.next_write_ms() is None


# --- clean exit and live sessions -------------------------------------------------------------

def test_clean_discard_leaves_nothing_to_recover(document, qtbot):
    saver = Autosaver(document, delay_ms=20)
    edit(document)
    qtbot.waitUntil(saver.workbook.exists, timeout=2000)
    saver.discard()
    assert list(recovery_dir().glob("herstel-*")) == []
    assert RecoveryFolder(recovery_dir()).pending() == []


def test_a_copy_of_a_running_werkplaats_is_not_offered(document, autosaver, qtbot):
    edit(document)
    qtbot.waitUntil(autosaver.workbook.exists, timeout=2000)
    assert autosaver.leftovers.pending() == []
    assert RecoveryFolder(recovery_dir()).pending() == []


# --- recovery after a crash -------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["exit", "kill"])
def test_recovery_after_a_crashed_process(mode, qtbot, tmp_path):
    original = tmp_path / "traject.xlsx"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT_ROOT))
    process = subprocess.Popen([sys.executable, "-c", CRASHING_SCRIPT, mode, str(original)], cwd=PROJECT_ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: any(recovery_dir().glob("herstel-*.json")) or process.poll() is not None,
                        timeout=30_000)
        if mode == "kill":
            process.kill()
        _, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode in {1, -9}, errors.decode()
    (info,) = RecoveryFolder(recovery_dir()).pending()
    assert info.pid == process.pid and info.original_path == original
    restored = RecoveryFolder(recovery_dir()).restore(info)
    assert restored.name == "Crashproef"
    assert block_names(restored) == ["Buurtkracht", "Ontmoetingsplekken"]
    assert [d.name for d in restored.theory.sub_ambitions] == ["Meedoen"]


def test_restored_work_is_unsaved_and_keeps_its_original_file(document, autosaver, dialogs, tmp_path, qtbot):
    original = tmp_path / "traject.xlsx"
    old = leftover("Herstelde werk", original)
    dialogs.script("RecoveryDialog", True)
    assert offer_recovery(document, autosaver)
    assert document.trajectory.name == "Herstelde werk"
    assert document.path == original and document.is_modified()
    assert not old.exists() and autosaver.workbook.exists()
    window = QWidget()
    qtbot.addWidget(window)
    controller = FileController(document, window)
    assert controller.window_title().startswith("traject.xlsx*")
    assert controller.save()
    assert storage.load(original).trajectory.name == "Herstelde werk"
    assert not autosaver.workbook.exists()


def test_the_dialog_names_the_time_in_dutch(document, autosaver, dialogs):
    leftover()
    dialogs.script("RecoveryDialog", False)
    offer_recovery(document, autosaver)
    (info,), = dialogs.args("RecoveryDialog")
    assert RecoveryDialog.question(info) == (
        "Werkplaats is niet netjes afgesloten. Wil je het werk van 3 maart 2025 om 14:32 herstellen?")
    assert "nog niet opgeslagen" in info.describe()


def test_a_declined_copy_is_kept_aside_and_not_offered_again(document, autosaver, dialogs):
    old = leftover()
    dialogs.script("RecoveryDialog", False)
    assert not offer_recovery(document, autosaver)
    assert not old.exists() and (recovery_dir() / "bewaard" / old.name).exists()
    assert autosaver.leftovers.pending() == []
    assert not document.is_modified()


def test_a_corrupt_copy_is_reported_and_moved_aside(document, autosaver, dialogs):
    old = leftover()
    old.write_bytes(b"half geschreven")
    dialogs.script("RecoveryDialog", True)
    dialogs.script("ErrorDialog", None)
    assert not offer_recovery(document, autosaver)
    (message,), = dialogs.args("ErrorDialog")
    assert "beschadigd" in message
    assert (recovery_dir() / "beschadigd" / old.name).exists()
    assert autosaver.leftovers.pending() == []
    assert document.trajectory.name == "Proeftraject" and not document.is_modified()


def test_restore_of_a_corrupt_copy_raises_a_dutch_error(autosaver):
    old = leftover()
    old.write_bytes(b"")
    (info,) = autosaver.leftovers.pending()
    with pytest.raises(RecoveryError, match="kan niet worden hersteld"):
        autosaver.leftovers.restore(info)


def test_a_broken_sidecar_falls_back_to_the_file_time(autosaver):
    old = leftover("Zonder sidecar")
    sidecar_of(old).write_text("{niet: json", encoding="utf-8")
    (info,) = autosaver.leftovers.pending()
    assert info.original_path is None and info.pid is None
    assert autosaver.leftovers.restore(info).name == "Zonder sidecar"


def test_newest_copy_is_offered_first(autosaver):
    older, newer = leftover("Oud"), leftover("Nieuw")
    sidecar = json.loads(sidecar_of(newer).read_text(encoding="utf-8"))
    sidecar_of(newer).write_text(json.dumps(sidecar | {"saved_at": "2025-03-04T09:00:00+01:00"}), encoding="utf-8")
    assert [i.workbook for i in autosaver.leftovers.pending()] == [newer, older]


def test_dutch_moment():
    today = dt.date(2025, 3, 3)
    assert dutch_moment(dt.datetime(2025, 3, 3, 9, 5), today) == "vandaag om 09:05"
    assert dutch_moment(dt.datetime(2025, 3, 2, 23, 59), today) == "gisteren om 23:59"
    assert dutch_moment(dt.datetime(2024, 12, 24, 14, 0), today) == "24 december 2024 om 14:00"
