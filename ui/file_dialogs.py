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


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str, buttons: list[Button],
                details: str = "", default: int = 0) -> tuple[QMessageBox, dict[QAbstractButton, str]]:
    """A message box with Dutch buttons (`default` one for Enter, last = Escape), long `details` folded away."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    if details:
        box.setDetailedText(details)  # behind Qt's 'Details tonen...' button, so the box fits a laptop screen
    keys = {box.addButton(label, role): key for label, role, key in buttons}
    box.setDefaultButton(list(keys)[default])
    box.setEscapeButton(list(keys)[-1])
    return box, keys


def _choose(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str, buttons: list[Button],
            details: str = "", default: int = 0) -> str:
    """Show the message box modally; the key of the clicked button (closing it counts as the last one)."""
    box, keys = message_box(parent, icon, text, detail, buttons, details, default)
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
    dialog = file_dialog(parent, caption, start, name_filter, save)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def file_dialog(parent: QWidget | None, caption: str, start: Path, name_filter: str, save: bool) -> QFileDialog:
    """The file dialog, in Dutch, wide enough for the size, type and date columns (they read '101…KiB')."""
    dialog = QFileDialog(parent, caption, str(start), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    for label, text in {**LABELS, QFileDialog.DialogLabel.Accept: "Opslaan" if save else "Openen"}.items():
        dialog.setLabelText(label, text)
    if save:
        dialog.selectFile(str(start))
    dialog.resize(900, 560)  # fits a 1024×768 laptop too
    return dialog


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
    """Tells that saving failed (file open in Excel, read-only folder, disk full, a bug) and offers a way out."""

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


class ChangedOnDiskDialog:
    """Saving to a workbook that someone else (or Excel) changed since Werkplaats read or wrote it."""

    BUTTONS: list[Button] = [
        ("Opnieuw laden", QMessageBox.ButtonRole.ActionRole, "reload"),
        ("Toch overschrijven", QMessageBox.ButtonRole.DestructiveRole, "overwrite"),
        ("Opslaan als …", QMessageBox.ButtonRole.AcceptRole, "save_as"),
        ("Annuleren", QMessageBox.ButtonRole.RejectRole, "cancel"),
    ]

    @staticmethod
    def texts(name: str) -> tuple[str, str]:
        """The question and what each choice does, naming the file."""
        return (f"‘{name}’ is gewijzigd sinds je het opende (door iemand anders of in Excel).",
                "Opnieuw laden: je ziet de versie van schijf; jouw niet-opgeslagen wijzigingen gaan verloren.\n"
                "Toch overschrijven: jouw versie vervangt die op schijf; de andere versie staat daarna alleen "
                f"nog in ‘{name}.bak’, tot je opnieuw opslaat.\n"
                "Opslaan als …: jouw versie komt in een nieuw bestand; het gewijzigde bestand blijft zoals het is.")

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        """'reload', 'overwrite', 'save_as' (the default: nothing is lost) or 'cancel'."""
        return _choose(parent, QMessageBox.Icon.Warning, *cls.texts(name), cls.BUTTONS, default=2)


class MissingFileDialog:
    """A workbook from Recente bestanden is not there (USB stick out, moved, renamed); offer to forget it."""

    BUTTONS: list[Button] = [
        ("Uit de lijst verwijderen", QMessageBox.ButtonRole.DestructiveRole, "remove"),
        ("In de lijst laten", QMessageBox.ButtonRole.RejectRole, "keep"),
    ]

    @staticmethod
    def texts(path: Path) -> tuple[str, str]:
        """The message naming the file, and where it was looked for."""
        return (f"‘{path.name}’ is niet gevonden.",
                f"Gezocht in {path.parent}. Staat het op een USB-stick of netwerkschijf die nu niet is aangesloten, "
                "of is het verplaatst of hernoemd? Je kunt het in Recente bestanden laten staan voor later, "
                "of het uit de lijst verwijderen.")

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        """True when the user wants `path` removed from Recente bestanden (Enter and Escape keep it)."""
        return _choose(parent, QMessageBox.Icon.Warning, *cls.texts(path), cls.BUTTONS, default=1) == "remove"


class ErrorDialog:
    """A plain Dutch error message, for example when a file cannot be opened; a long list goes in `details`."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, detail: str = "", details: str = "") -> None:
        """Show the message until the user clicks OK."""
        ok: list[Button] = [("OK", QMessageBox.ButtonRole.AcceptRole, "ok")]
        _choose(parent, QMessageBox.Icon.Critical, message, detail, ok, details)


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
