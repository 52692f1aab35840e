"""The file dialogs and message boxes: Dutch labels and buttons, safe defaults, and boxes that fit a laptop screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ui.file_dialogs import (
    ChangedOnDiskDialog, MissingFileDialog, SaveAsDialog, SaveFailedDialog, UnsavedChangesDialog, choose_file,
    message_box,
)
from ui.files import SHOWN_PROBLEMS, open_error_text
from workshop import storage


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answer the dialog instead of a user: accept with whatever it preselected, after noting its labels."""
    found: dict[str, object] = {}

    def answer(dialog: QFileDialog) -> int:
        found["labels"] = {label: dialog.labelText(label) for label in QFileDialog.DialogLabel}
        found["mode"] = dialog.acceptMode()
        found["width"] = dialog.width()
        return found.get("result", QDialog.DialogCode.Accepted)  # type: ignore[return-value]

    monkeypatch.setattr(QFileDialog, "exec", answer)
    return found


def test_qt_file_dialog_speaks_dutch(qapp, tmp_path: Path, seen: dict[str, object]) -> None:
    choose_file(None, "Werkmap openen", tmp_path, "Excel-werkmap (*.xlsx)", save=False)
    labels = seen["labels"]
    assert labels[QFileDialog.DialogLabel.LookIn] == "Zoeken in:"  # type: ignore[index]
    assert labels[QFileDialog.DialogLabel.FileName] == "Bestandsnaam:"  # type: ignore[index]
    assert labels[QFileDialog.DialogLabel.Accept] == "Openen"  # type: ignore[index]
    assert seen["mode"] == QFileDialog.AcceptMode.AcceptOpen
    assert seen["width"] >= 900  # the size, type and date columns read whole


def test_save_as_returns_the_suggested_name_with_its_suffix(qapp, tmp_path: Path, seen: dict[str, object]) -> None:
    chosen = SaveAsDialog.ask(None, tmp_path / "traject")
    assert chosen == tmp_path / "traject.xlsx"
    assert seen["mode"] == QFileDialog.AcceptMode.AcceptSave
    assert seen["labels"][QFileDialog.DialogLabel.Accept] == "Opslaan"  # type: ignore[index]


def test_cancel_gives_none(qapp, tmp_path: Path, seen: dict[str, object]) -> None:
    seen["result"] = QDialog.DialogCode.Rejected
    assert choose_file(None, "Opslaan als", tmp_path / "x.xlsx", "Excel-werkmap (*.xlsx)", save=True) is None


# --- the message boxes (built and shown, never exec'd) ---------------------------------------------------------

OK = [("OK", QMessageBox.ButtonRole.AcceptRole, "ok")]


def many_problems(count: int) -> storage.WorkbookError:
    return storage.WorkbookError("fouten.xlsx", [
        storage.WorkbookProblem("fouten.xlsx", f"Bouwsteen zonder naam ({i}).", "Bouwstenen", i + 2, "Naam")
        for i in range(count)
    ])


def test_many_problems_give_a_short_message_and_every_problem_in_the_details() -> None:
    error = many_problems(22)
    message, detail, details = open_error_text(error, Path("/map/fouten.xlsx"))
    assert message == "‘fouten.xlsx’ kan niet worden geopend: 22 problemen."
    assert detail.splitlines() == [f"- {p}" for p in error.problems[:SHOWN_PROBLEMS]] + [
        "… en nog 19; de volledige lijst staat onder ‘Details tonen’."]
    assert "blad 'Bouwstenen', rij 2, kolom 'Naam'" in detail
    assert details.splitlines() == [f"- {p}" for p in error.problems]
    assert "kan niet worden geopend" not in detail + details  # said once, in the message


def test_one_problem_is_shown_whole_without_details() -> None:
    message, detail, details = open_error_text(many_problems(1), Path("fouten.xlsx"))
    assert message == "‘fouten.xlsx’ kan niet worden geopend."
    assert detail.startswith("fouten.xlsx, blad 'Bouwstenen', rij 2") and details == ""


def test_the_error_box_for_many_problems_fits_a_laptop_screen(qtbot) -> None:
    message, detail, details = open_error_text(many_problems(40), Path("fouten.xlsx"))
    box, _ = message_box(None, QMessageBox.Icon.Critical, message, detail, OK, details)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.height() < 600 and box.width() <= 1024
    assert box.detailedText() == details


@pytest.mark.parametrize(("dialog", "labels", "enter", "escape"), [
    (UnsavedChangesDialog, ["Opslaan", "Niet opslaan", "Annuleren"], "save", "cancel"),
    (SaveFailedDialog, ["Opnieuw", "Opslaan als …", "Annuleren"], "retry", "cancel"),
    (ChangedOnDiskDialog, ["Opnieuw laden", "Toch overschrijven", "Opslaan als …", "Annuleren"], "save_as", "cancel"),
    (MissingFileDialog, ["Uit de lijst verwijderen", "In de lijst laten"], "keep", "keep"),
])
def test_dialog_buttons_are_dutch_and_enter_and_escape_lose_nothing(qtbot, dialog, labels, enter, escape) -> None:
    default = [key for _label, _role, key in dialog.BUTTONS].index(enter)
    box, keys = message_box(None, QMessageBox.Icon.Warning, "Vraag", "Uitleg", dialog.BUTTONS, default=default)
    qtbot.addWidget(box)
    assert [button.text() for button in keys] == labels
    assert keys[box.defaultButton()] == enter and keys[box.escapeButton()] == escape


@pytest.mark.parametrize(("dialog", "answer", "expected"), [
    (ChangedOnDiskDialog, "Opnieuw laden", "reload"),
    (ChangedOnDiskDialog, None, "cancel"),
    (MissingFileDialog, "Uit de lijst verwijderen", True),
    (MissingFileDialog, None, False),
])
def test_ask_returns_the_clicked_choice(qapp, monkeypatch, dialog, answer, expected) -> None:
    seen: list[str] = []

    def click(box: QMessageBox) -> int:
        seen.append(box.text())
        chosen = [b for b in box.buttons() if b.text() == answer]
        if chosen:
            chosen[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    argument = Path("/stick/sessie.xlsx") if dialog is MissingFileDialog else "sessie.xlsx"
    assert dialog.ask(None, argument) == expected
    assert "‘sessie.xlsx’" in seen[0]
