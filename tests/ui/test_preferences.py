"""Preferences: stored whole or not at all, a failed save told in Dutch, the autosave delay (whole seconds) honoured."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.preferences import NOT_SAVED, Preferences, load_preferences, save_preferences
from workshop import theory_edits as edits
from workshop.paths import preferences_file
from tests.ui.conftest import close_quietly


def test_preferences_survive_a_restart() -> None:
    prefs = Preferences(ui_scale=1.5, laptop_theme="projector", autosave_seconds=5)
    assert save_preferences(prefs) is None
    assert load_preferences() == prefs
    assert [p.name for p in preferences_file().parent.iterdir()] == [preferences_file().name]  # no temp file left


def test_a_failed_save_says_so_in_dutch_and_names_the_file() -> None:
    preferences_file().mkdir(parents=True)  # a folder where the file should be: every write fails
    message = save_preferences(Preferences(ui_scale=1.25))
    assert message == NOT_SAVED.format(path=preferences_file())
    assert str(preferences_file()) in message and "volgende start" in message
    assert "Errno" not in message and "directory" not in message
    assert load_preferences() == Preferences()


def test_a_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    (tmp_path / "instellingen").write_text("geen map")
    target = tmp_path / "instellingen" / "voorkeuren.json"
    assert save_preferences(Preferences(), target) == NOT_SAVED.format(path=target)


def test_a_failed_write_keeps_the_previous_preferences() -> None:
    old = Preferences(ui_scale=2.0)
    save_preferences(old)

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", refuse)
        assert save_preferences(Preferences(ui_scale=1.0)) is not None
    assert load_preferences() == old
    assert [p.name for p in preferences_file().parent.iterdir()] == [preferences_file().name]


# --- the dialog ----------------------------------------------------------------------------------

def test_autosave_delay_is_whole_seconds_from_one_to_five(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    spin = dialog.autosave
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (1, 5)
    assert spin.text() == "3 s" and spin.accessibleName() == "Seconden tot een herstelkopie"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "30")
    spin.interpretText()
    assert 1 <= spin.value() <= 5
    spin.setValue(5)
    assert dialog.result_preferences().autosave_seconds == 5.0


def test_an_old_fractional_delay_opens_as_whole_seconds(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences(autosave_seconds=4.4))
    qtbot.addWidget(dialog)
    assert dialog.autosave.value() == 4


# --- in the main window --------------------------------------------------------------------------

@pytest.fixture
def window(qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.app import build_window
    from ui.theme import LAPTOP, apply_app_theme

    app = QApplication.instance()
    sheet, palette, font = app.styleSheet(), app.palette(), app.font()  # type: ignore[union-attr]
    window = build_window()  # not qtbot.addWidget: it closes the window before this fixture can mark it saved
    window.show()
    yield window
    close_quietly(window)
    window.deleteLater()
    apply_app_theme(LAPTOP, 1.0)
    app.setStyleSheet(sheet)  # type: ignore[union-attr]
    app.setPalette(palette)  # type: ignore[union-attr]
    app.setFont(font)  # type: ignore[union-attr]


def _choose(monkeypatch: pytest.MonkeyPatch, prefs: Preferences) -> None:
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, parent, old: prefs))


@pytest.mark.parametrize("seconds", [1, 5])
def test_the_chosen_delay_is_when_the_copy_is_written(window, monkeypatch, seconds: int) -> None:  # type: ignore
    _choose(monkeypatch, Preferences(autosave_seconds=seconds))
    window.edit_preferences()
    window.document.push(edits.set_ambition("Samen sterker"))
    assert seconds * 1000 - 500 < window.autosaver.next_write_ms() <= seconds * 1000


def test_the_main_window_tells_when_preferences_are_not_kept(window, monkeypatch) -> None:  # type: ignore
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    preferences_file().mkdir(parents=True)
    _choose(monkeypatch, Preferences(ui_scale=1.25))
    window.edit_preferences()
    assert shown == [NOT_SAVED.format(path=preferences_file())]
    assert window.prefs.ui_scale == 1.25  # applied now all the same
