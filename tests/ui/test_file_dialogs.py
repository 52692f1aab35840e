"""The file dialogs: Dutch labels in Qt's own dialog, the chosen path returned, cancel gives None."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from ui.file_dialogs import SaveAsDialog, choose_file


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answer the dialog instead of a user: accept with whatever it preselected, after noting its labels."""
    found: dict[str, object] = {}

    def answer(dialog: QFileDialog) -> int:
        found["labels"] = {label: dialog.labelText(label) for label in QFileDialog.DialogLabel}
        found["mode"] = dialog.acceptMode()
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


def test_save_as_returns_the_suggested_name_with_its_suffix(qapp, tmp_path: Path, seen: dict[str, object]) -> None:
    chosen = SaveAsDialog.ask(None, tmp_path / "traject")
    assert chosen == tmp_path / "traject.xlsx"
    assert seen["mode"] == QFileDialog.AcceptMode.AcceptSave
    assert seen["labels"][QFileDialog.DialogLabel.Accept] == "Opslaan"  # type: ignore[index]


def test_cancel_gives_none(qapp, tmp_path: Path, seen: dict[str, object]) -> None:
    seen["result"] = QDialog.DialogCode.Rejected
    assert choose_file(None, "Opslaan als", tmp_path / "x.xlsx", "Excel-werkmap (*.xlsx)", save=True) is None
