"""Dialogs for opening, saving, closing and recovering workbooks; each has an ask() that tests monkeypatch."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from ui.texts import APP_NAME

if TYPE_CHECKING:
    from ui.recovery import RecoveryInfo

FILE_FILTER = "Excel-werkmap (*.xlsx)"
SUFFIX = ".xlsx"

Button = tuple[str, QMessageBox.ButtonRole, str]


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str,
                buttons: list[Button]) -> tuple[QMessageBox, dict[QAbstractButton, str]]:
    """A message box with Dutch buttons (first = default, last = Escape) and the key of each button."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    keys = {box.addButton(label, role): key for label, role, key in buttons}
    box.setDefaultButton(next(iter(keys)))
    box.setEscapeButton(list(keys)[-1])
    return box, keys


def _choose(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str, buttons: list[Button]) -> str:
    """Show the message box modally; the key of the clicked button (closing it counts as the last one)."""
    box, keys = message_box(parent, icon, text, detail, buttons)
    box.exec()
    return keys.get(box.clickedButton(), buttons[-1][2])


def with_suffix(path: Path) -> Path:
    """Make sure a chosen file name ends in .xlsx."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


LABELS = {
    QFileDialog.DialogLabel.LookIn: "Zoeken in:",
    QFileDialog.DialogLabel.FileName: "Bestandsnaam:",
    QFileDialog.DialogLabel.FileType: "Bestandstype:",
    QFileDialog.DialogLabel.Reject: "Annuleren",
}
"""Qt's own file dialog (used where the desktop has none) lacks these in its Dutch translation."""


def choose_file(parent: QWidget | None, caption: str, start: Path, name_filter: str, save: bool) -> Path | None:
    """A file chosen in a file dialog with Dutch labels, or None when cancelled."""
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    for label, text in {**LABELS, QFileDialog.DialogLabel.Accept: "Opslaan" if save else "Openen"}.items():
        dialog.setLabelText(label, text)
    if save:
        dialog.selectFile(str(start))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class OpenDialog:
    """Pick an existing workbook."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """The chosen file, or None when cancelled."""
        return choose_file(parent, "Werkmap openen", folder, FILE_FILTER, save=False)


class SaveAsDialog:
    """Pick a file name to save to."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The chosen file (always ending in .xlsx), or None when cancelled."""
        chosen = choose_file(parent, "Opslaan als", suggested, FILE_FILTER, save=True)
        return None if chosen is None else with_suffix(chosen)


class UnsavedChangesDialog:
    """Asks what to do with unsaved changes before closing or replacing the document."""

    BUTTONS: list[Button] = [
        ("Opslaan", QMessageBox.ButtonRole.AcceptRole, "save"),
        ("Niet opslaan", QMessageBox.ButtonRole.DestructiveRole, "discard"),
        ("Annuleren", QMessageBox.ButtonRole.RejectRole, "cancel"),
    ]

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        text = f"Wil je de wijzigingen in ‘{name}’ opslaan?"
        detail = "Als je niet opslaat, gaan je wijzigingen verloren."
        return _choose(parent, QMessageBox.Icon.Warning, text, detail, cls.BUTTONS)


class SaveFailedDialog:
    """Tells that saving failed (file open in Excel, read-only folder, disk full) and offers a way out."""

    BUTTONS: list[Button] = [
        ("Opnieuw", QMessageBox.ButtonRole.AcceptRole, "retry"),
        ("Opslaan als …", QMessageBox.ButtonRole.ActionRole, "save_as"),
        ("Annuleren", QMessageBox.ButtonRole.RejectRole, "cancel"),
    ]

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> str:
        """'retry', 'save_as' or 'cancel'."""
        detail = "Je werk is niet verloren: het staat nog in Werkplaats. Het bestaande bestand is niet aangetast."
        return _choose(parent, QMessageBox.Icon.Critical, message, detail, cls.BUTTONS)


class ErrorDialog:
    """A plain Dutch error message, for example when a file cannot be opened."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, detail: str = "") -> None:
        """Show the message until the user clicks OK."""
        _choose(parent, QMessageBox.Icon.Critical, message, detail, [("OK", QMessageBox.ButtonRole.AcceptRole, "ok")])


class RecoveryDialog:
    """Offers to restore work after Werkplaats was not closed properly."""

    BUTTONS: list[Button] = [
        ("Herstellen", QMessageBox.ButtonRole.AcceptRole, "restore"),
        ("Niet herstellen", QMessageBox.ButtonRole.RejectRole, "skip"),
    ]

    @staticmethod
    def question(info: RecoveryInfo) -> str:
        """The question, naming when the copy was made."""
        return f"Werkplaats is niet netjes afgesloten. Wil je het werk van {info.when_text()} herstellen?"

    @classmethod
    def ask(cls, parent: QWidget | None, info: RecoveryInfo) -> bool:
        """True when the user wants the work back."""
        return _choose(parent, QMessageBox.Icon.Question, cls.question(info), info.describe(), cls.BUTTONS) == "restore"
