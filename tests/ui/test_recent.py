"""Tests for Recente bestanden: newest first, kept across restarts, a workbook on an unplugged USB stick not lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from tests.ui.test_files_support import ScriptedDialogs, sample_trajectory, saved_workbook
from ui.document import Document
from ui.files import FileController
from ui.recent import MAX_RECENT, NOT_FOUND, RecentFiles, menu_label, missing_last_text


def settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "proef.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def recent(tmp_path) -> RecentFiles:
    return RecentFiles(settings(tmp_path))


@pytest.fixture
def stick(tmp_path) -> Path:
    """A folder standing in for a USB stick; rename it to 'unplug' it."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def touch(path: Path) -> Path:
    path.write_bytes(b"x")
    return path


def test_recent_keeps_the_newest_eight_first(recent, tmp_path, qtbot):
    files = [touch(tmp_path / f"traject-{i}.xlsx") for i in range(MAX_RECENT + 2)]
    for path in files:
        recent.add(path)
    with qtbot.waitSignal(recent.recentChanged) as blocker:
        recent.add(files[3])
    assert blocker.args[0][0] == files[3]
    assert len(recent.paths()) == MAX_RECENT
    assert files[0] not in recent.paths() and files[1] not in recent.paths()


def test_an_unplugged_workbook_stays_in_the_list_and_is_back_when_plugged_in(recent, tmp_path, stick):
    here, away = touch(tmp_path / "vorig-traject.xlsx"), touch(stick / "gemeente-x.xlsx")
    recent.add(here)
    recent.add(away)
    stick.rename(tmp_path / "stick-weg")
    assert recent.paths() == [away, here]
    assert recent.existing() == [here]
    assert recent.last() == away
    recent.add(here)  # working on another workbook meanwhile does not drop it either
    (tmp_path / "stick-weg").rename(stick)
    again = RecentFiles(settings(tmp_path))
    assert again.paths() == [here, away] and again.existing() == [here, away]


def test_last_is_none_for_an_empty_list_and_clear_empties_it(recent, tmp_path):
    assert recent.last() is None
    recent.add(touch(tmp_path / "a.xlsx"))
    recent.clear()
    assert recent.paths() == [] and recent.last() is None


def test_membership_and_remove_use_the_resolved_path(recent, tmp_path, monkeypatch):
    path = touch(tmp_path / "a.xlsx")
    recent.add(path)
    monkeypatch.chdir(tmp_path)
    assert Path("a.xlsx") in recent and "a.xlsx" not in recent
    path.unlink()
    recent.remove(Path("a.xlsx"))
    assert recent.paths() == []


def test_the_menu_marks_a_workbook_that_is_not_found(tmp_path):
    here = touch(tmp_path / "hier.xlsx")
    assert menu_label(here) == str(here)
    assert menu_label(tmp_path / "weg.xlsx") == f"{tmp_path / 'weg.xlsx'}{NOT_FOUND}"
    assert NOT_FOUND == " (niet gevonden)"


def test_the_start_up_message_names_the_missing_workbook_and_its_folder(stick):
    text = missing_last_text(stick / "gemeente-x.xlsx")
    assert text.startswith("De laatst gebruikte werkmap ‘gemeente-x.xlsx’ is niet gevonden")
    assert str(stick) in text


def test_recent_defaults_to_a_settings_file_in_the_app_home(tmp_path):
    path = touch(tmp_path / "a.xlsx")
    RecentFiles().add(path)
    assert RecentFiles().paths() == [path.resolve()]


# --- opening a listed workbook that is not there ------------------------------------------------

@pytest.fixture
def controller(qtbot, tmp_path) -> FileController:
    window = QWidget()
    qtbot.addWidget(window)
    return FileController(Document(sample_trajectory()), window, RecentFiles(settings(tmp_path)))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


@pytest.mark.parametrize(("remove", "listed"), [(False, True), (True, False)])
def test_opening_a_missing_listed_workbook_names_it_and_offers_to_forget_it(
        controller, dialogs, tmp_path, stick, remove, listed):
    path = saved_workbook(stick, "gemeente-x.xlsx")
    controller.recent.add(path)
    before = controller.document.trajectory
    stick.rename(tmp_path / "stick-weg")
    dialogs.script("MissingFileDialog", remove)
    assert not controller.open(path)
    assert dialogs.args("MissingFileDialog") == [(path,)]
    assert (path in controller.recent) is listed
    assert controller.document.trajectory is before


def test_the_open_dialog_starts_in_the_folder_of_a_recent_workbook_that_is_there(controller, dialogs, tmp_path, stick):
    here = saved_workbook(tmp_path, "hier.xlsx")
    controller.recent.add(here)
    controller.recent.add(saved_workbook(stick, "weg.xlsx"))
    stick.rename(tmp_path / "stick-weg")
    dialogs.script("OpenDialog", None)
    controller.open()
    assert dialogs.args("OpenDialog") == [(here.parent,)]
