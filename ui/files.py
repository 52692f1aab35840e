"""File handling for the main window: new, open, save, save as, recent files, close prompt and title."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workshop import storage
from workshop.content import ContentError, new_trajectory
from workshop.paths import default_sessions_dir
from workshop.trajectory import Trajectory
from ui.document import Document
from ui.file_dialogs import (
    APP_NAME, ErrorDialog, OpenDialog, SaveAsDialog, SaveFailedDialog, UnsavedChangesDialog, with_suffix,
)
from ui.recent import RecentFiles

UNTITLED = "Naamloos"
Factory = Callable[[str], Trajectory]


def save_error_text(exc: Exception, path: Path) -> str:
    """A Dutch explanation of why saving `path` failed."""
    if isinstance(exc, storage.StorageError):
        text = str(exc)
        return text if path.name in text else f"‘{path.name}’ is niet opgeslagen. {text}"
    if isinstance(exc, PermissionError):
        return (f"‘{path.name}’ kan niet worden opgeslagen: het bestand is misschien geopend in Excel, "
                "of je mag niet schrijven in deze map.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"‘{path.name}’ kan niet worden opgeslagen: de schijf is vol."
    return f"‘{path.name}’ kan niet worden opgeslagen ({exc})."


def open_error_text(exc: Exception, path: Path) -> tuple[str, str]:
    """A Dutch message naming the file, and the details of why `path` cannot be opened."""
    if isinstance(exc, FileNotFoundError):
        return f"‘{path.name}’ bestaat niet (meer).", f"Gezocht in {path.parent}."
    detail = str(exc) if isinstance(exc, storage.StorageError) else f"Fout bij het lezen: {exc!r}"
    return f"‘{path.name}’ kan niet worden geopend.", detail


class FileController(QObject):
    """Menu actions Nieuw, Openen, Opslaan, Opslaan als and the close prompt, for one Document."""

    status = Signal(str)          # a short Dutch message for the status bar
    warnings = Signal(list)       # list[str]: Dutch warnings from loading a workbook
    titleChanged = Signal(str)    # the new window title

    def __init__(self, document: Document, window: QWidget | None = None, recent: RecentFiles | None = None,
                 factory: Factory = new_trajectory) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.recent = recent if recent is not None else RecentFiles(parent=self)
        self._factory = factory
        document.cleanChanged.connect(self._emit_title)
        document.pathChanged.connect(self._emit_title)
        document.replaced.connect(self._emit_title)

    # --- title -------------------------------------------------------------------------------

    def display_name(self) -> str:
        """The file name, or the traject's name while it has never been saved."""
        if self.document.path is not None:
            return self.document.path.name
        return self.document.trajectory.name or UNTITLED

    def window_title(self) -> str:
        """For example 'naam.xlsx* — Werkplaats Verandertheorie'; the asterisk marks unsaved changes."""
        mark = "*" if self.document.is_modified() else ""
        return f"{self.display_name()}{mark} — {APP_NAME}"

    def _emit_title(self, *_: object) -> None:
        self.titleChanged.emit(self.window_title())

    # --- new and open ------------------------------------------------------------------------

    def new(self, model: str = "sociale-basis") -> bool:
        """Start a new traject on a built-in model, after the unsaved-changes prompt."""
        try:
            trajectory = self._factory(model)
        except ContentError as exc:
            ErrorDialog.ask(self.window, "Er kan geen nieuw traject worden gemaakt.", str(exc))
            return False
        if not self.confirm_close():
            return False
        self.document.replace(trajectory, None)
        self.status.emit("Nieuw traject gemaakt.")
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open a workbook (asking for one when `path` is None); a bad file leaves the document as it was."""
        path = path if path is not None else OpenDialog.ask(self.window, self._open_folder())
        if path is None:
            return False
        result = self._load(Path(path))
        if result is None or not self.confirm_close():
            return False
        self.adopt(Path(path), result)
        return True

    def adopt(self, path: Path, result: storage.LoadResult, replace: bool = True) -> None:
        """Make a loaded workbook the document (unless it already is), remember it and report its warnings."""
        if replace:
            self.document.replace(result.trajectory, path, result.extras)
        self.recent.add(path)
        self._report_loaded(path, result)

    def _load(self, path: Path) -> storage.LoadResult | None:
        try:
            if not path.is_file():
                raise FileNotFoundError(errno.ENOENT, "Bestand niet gevonden", str(path))
            return storage.load(path)
        except Exception as exc:  # whatever went wrong, the person gets a Dutch message and keeps their work
            self.status.emit(f"‘{path.name}’ is niet geopend.")
            ErrorDialog.ask(self.window, *open_error_text(exc, path))
            if not path.is_file():
                self.recent.remove(path)
            return None

    def _report_loaded(self, path: Path, result: storage.LoadResult) -> None:
        notes = list(result.warnings)
        if result.migrated_from is not None:
            notes.insert(0, f"De werkmap is bijgewerkt van formaatversie {result.migrated_from}; "
                            "bij Opslaan krijgt het bestand de nieuwe versie.")
        if notes:
            self.warnings.emit(notes)
            self.status.emit(f"Geopend: {path.name} — {len(notes)} opmerking(en) bij het inlezen.")
        else:
            self.status.emit(f"Geopend: {path.name}")

    def _open_folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        recent = self.recent.paths()
        return recent[0].parent if recent else default_sessions_dir()

    # --- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the current file, or ask for one; True when the work is on disk."""
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save to a new file (asking for one when `path` is None); True when the work is on disk."""
        path = path if path is not None else SaveAsDialog.ask(self.window, self._suggested_path())
        return path is not None and self._write(with_suffix(Path(path)))

    def _suggested_path(self) -> Path:
        if self.document.path is not None and self.document.path.parent.is_dir():
            return self.document.path
        stem = "".join(c for c in self.display_name() if c not in '<>:"/\\|?*').strip() or UNTITLED
        return with_suffix(self._default_folder() / stem)

    def _default_folder(self) -> Path:
        folder = default_sessions_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Path.home()
        return folder

    def _write(self, path: Path) -> bool:
        """Save to `path`; on failure ask Opnieuw / Opslaan als … / Annuleren and keep the work in memory."""
        while True:
            try:
                storage.save(self.document.trajectory, path, self.document.extras)
            except (storage.StorageError, OSError) as exc:
                self.status.emit(f"‘{path.name}’ is niet opgeslagen.")
                choice = SaveFailedDialog.ask(self.window, save_error_text(exc, path))
                if choice == "retry":
                    continue
                return self._save_elsewhere(path) if choice == "save_as" else False
            self.document.mark_saved(path)
            self.recent.add(path)
            self.status.emit(f"Opgeslagen: {path.name}")
            return True

    def _save_elsewhere(self, failed: Path) -> bool:
        """Opslaan als … after a failed save, suggesting the default sessions folder."""
        chosen = SaveAsDialog.ask(self.window, self._default_folder() / failed.name)
        return chosen is not None and self._write(with_suffix(chosen))

    # --- closing -----------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """True when the document may be closed or replaced: saved, deliberately discarded, or unchanged."""
        if not self.document.is_modified():
            return True
        choice = UnsavedChangesDialog.ask(self.window, self.display_name())
        if choice == "save":
            return self.save()
        return choice == "discard"
