"""File handling for the main window: new, open, save (noticing edits made in Excel meanwhile), recent files, title."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from workshop import storage
from workshop.content import ContentError, new_trajectory
from workshop.paths import default_sessions_dir
from workshop.trajectory import Trajectory
from ui.document import Document
from ui.file_dialogs import (
    APP_NAME, ChangedOnDiskDialog, ErrorDialog, MissingFileDialog, OpenDialog, SaveAsDialog, SaveFailedDialog,
    UnsavedChangesDialog, with_suffix,
)
from ui.recent import RecentFiles

log = logging.getLogger(__name__)

UNTITLED = "Naamloos"
SHOWN_PROBLEMS = 3
"""How many problems of an unreadable workbook the message itself lists; all of them are under 'Details tonen'."""

Factory = Callable[[str], Trajectory]


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name one file (symlinks, relative paths and, on Windows, case ignored)."""
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


@dataclass(frozen=True)
class FileStamp:
    """What a workbook held when Werkplaats last read or wrote it: a hash of its bytes (timestamps can lie)."""

    path: Path
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The file's stamp now, or None when it cannot be read (missing, locked)."""
        try:
            with open(path, "rb") as handle:
                return cls(Path(path), hashlib.file_digest(handle, "sha256").hexdigest())
        except OSError:
            return None

    def changed(self) -> bool:
        """True when the file now holds other bytes; a file that is gone or unreadable does not count."""
        now = FileStamp.of(self.path)
        return now is not None and now.digest != self.digest


def save_error_text(exc: Exception, path: Path) -> str:
    """Why saving `path` failed, in Dutch, naming the file and its folder; the reasons come from storage."""
    where = f"‘{path.name}’ kan niet worden opgeslagen in de map ‘{path.absolute().parent}’"
    if isinstance(exc, storage.SaveError):
        return f"{where}: {exc.reason}"
    if isinstance(exc, storage.StorageError):
        return f"{where}: {exc}"
    return f"{where} door een onverwachte fout ({type(exc).__name__}: {exc})."


def open_error_text(exc: Exception, path: Path) -> tuple[str, str, str]:
    """A short Dutch message naming the file, a few lines of why, and the full list of problems (or '')."""
    if isinstance(exc, FileNotFoundError):
        return f"‘{path.name}’ bestaat niet (meer).", f"Gezocht in {path.parent}.", ""
    if isinstance(exc, storage.WorkbookError) and len(exc.problems) > 1:
        return problems_text(path, [str(problem) for problem in exc.problems])
    detail = str(exc) if isinstance(exc, storage.StorageError) else f"Fout bij het lezen: {exc!r}"
    return f"‘{path.name}’ kan niet worden geopend.", detail, ""


def problems_text(path: Path, problems: list[str]) -> tuple[str, str, str]:
    """The count in the message, the first few problems below it, and every problem in the details."""
    listed = [f"- {problem}" for problem in problems]
    rest = len(problems) - SHOWN_PROBLEMS
    more = [f"… en nog {rest}; de volledige lijst staat onder ‘Details tonen’."] if rest > 0 else []
    return (f"‘{path.name}’ kan niet worden geopend: {len(problems)} problemen.",
            "\n".join(listed[:SHOWN_PROBLEMS] + more), "\n".join(listed) if rest > 0 else "")


Loaded = tuple[storage.LoadResult, FileStamp | None]


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
        self.before_leaving: Callable[[], None] = lambda: None
        """Called before the document is closed or replaced (the programme stops a running session for today)."""
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

    @property
    def _stamp(self) -> FileStamp | None:
        """The open workbook as Werkplaats last read or wrote it (kept on the document, so recovery keeps it)."""
        path, digest = self.document.path, self.document.source_digest
        return None if path is None or digest is None else FileStamp(path, digest)

    def _set_stamp(self, stamp: FileStamp | None) -> None:
        self.document.source_digest = None if stamp is None else stamp.digest

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
        path = Path(path)
        if self._is_open_unchanged(path):
            self.status.emit(f"‘{path.name}’ is al geopend en niet gewijzigd.")
            return True
        loaded = self._load(path)  # before the prompt, so a bad file costs no questions
        if loaded is None or not self.confirm_close():
            return False
        loaded = self._fresh(path, loaded)
        if loaded is not None:
            self.adopt(path, *loaded)
        return loaded is not None

    def _is_open_unchanged(self, path: Path) -> bool:
        """The chosen file is the open one, without unsaved changes, and nobody changed it on disk."""
        stamp = self._stamp
        same = stamp is not None and same_file(stamp.path, path) and path.is_file()
        return same and not self.document.is_modified() and not stamp.changed()

    def _fresh(self, path: Path, loaded: Loaded) -> Loaded | None:
        """The loaded workbook, read again when the file was written meanwhile (Opslaan in the prompt, Excel)."""
        stamp = loaded[1]
        return loaded if stamp is not None and not stamp.changed() else self._load(path)

    def adopt(self, path: Path, result: storage.LoadResult, stamp: FileStamp | None = None, *,
              replace: bool = True) -> None:
        """Make a loaded workbook the document (unless it already is), remember it and report its warnings."""
        if replace:
            self.document.replace(result.trajectory, path, result.extras)
        self._set_stamp(stamp if stamp is not None else FileStamp.of(path))
        self.recent.add(path)
        self._report_loaded(path, result)

    def _load(self, path: Path) -> Loaded | None:
        """Read `path` (stamped first: a change while reading counts as a change); None once the user is told why."""
        if not path.is_file():
            self._report_missing(path)
            return None
        stamp = FileStamp.of(path)
        try:
            return storage.load(path), stamp
        except Exception as exc:  # whatever went wrong, the person gets a Dutch message and keeps their work
            self._report_unreadable(exc, path)
            return None

    def _report_missing(self, path: Path) -> None:
        """Say the file is not there; one from Recente bestanden stays listed unless the user removes it."""
        self.status.emit(f"‘{path.name}’ is niet gevonden.")
        if path not in self.recent:
            ErrorDialog.ask(self.window, *open_error_text(FileNotFoundError(str(path)), path))
        elif MissingFileDialog.ask(self.window, path):
            self.recent.remove(path)

    def _report_unreadable(self, exc: Exception, path: Path) -> None:
        if not isinstance(exc, storage.StorageError):
            log.error("Openen van %s mislukt", path, exc_info=exc)
        self.status.emit(f"‘{path.name}’ is niet geopend.")
        ErrorDialog.ask(self.window, *open_error_text(exc, path))

    def _report_loaded(self, path: Path, result: storage.LoadResult) -> None:
        """Warnings (something changes on the next save) in a box; harmless notes in the status bar."""
        if result.warnings:
            self.warnings.emit(list(result.warnings))
        self.status.emit(" — ".join([f"Geopend: {path.name}", *result.notes]))

    def _open_folder(self) -> Path:
        if self.document.path is not None:
            return self.document.path.parent
        recent = self.recent.existing()
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
        """Save to `path`, first asking when someone changed that file since Werkplaats read or wrote it."""
        stamp = self._stamp
        if stamp is not None and same_file(stamp.path, path) and stamp.changed():
            return self._resolve_conflict(path)
        return self._write_now(path)

    def _resolve_conflict(self, path: Path) -> bool:
        """Opnieuw laden, Toch overschrijven, Opslaan als … or Annuleren; True only when our work is on disk."""
        self.status.emit(f"‘{path.name}’ is op schijf gewijzigd door iemand anders.")
        choice = ChangedOnDiskDialog.ask(self.window, path.name)
        if choice == "overwrite":
            return self._write_now(path)
        if choice == "save_as":
            return self._save_elsewhere(path.with_name(f"{path.stem} (mijn versie){path.suffix}"))
        if choice == "reload" and (loaded := self._load(path)) is not None:
            self.adopt(path, *loaded)
        return False

    def _write_now(self, path: Path) -> bool:
        """Write `path`; on any failure ask Opnieuw / Opslaan als … / Annuleren and keep the work in memory."""
        while True:
            try:
                storage.save(self.document.trajectory, path, self.document.extras)
            except Exception as exc:  # even a bug in the writer must not lose the work or close the window
                choice = self._save_failed(exc, path)
                if choice == "retry":
                    continue
                return choice == "save_as" and self._save_elsewhere(self._default_folder() / path.name)
            self._saved(path)
            return True

    def _save_failed(self, exc: Exception, path: Path) -> str:
        """Log the failure (with traceback), say so in the status bar and ask what now."""
        level = logging.WARNING if isinstance(exc, storage.StorageError) else logging.ERROR
        log.log(level, "Opslaan van %s mislukt", path, exc_info=exc)
        self.status.emit(f"‘{path.name}’ is niet opgeslagen.")
        return SaveFailedDialog.ask(self.window, save_error_text(exc, path))

    def _saved(self, path: Path) -> None:
        self.document.mark_saved(path)
        stamp = FileStamp.of(path)
        self._set_stamp(stamp)
        self.recent.add(path)
        if stamp is None:  # saved, but it cannot be read back: say that outside changes go unnoticed
            self.status.emit(f"Opgeslagen: {path.name} — maar het kan niet worden teruggelezen, dus wijzigingen "
                             "die anderen erin maken merkt Werkplaats niet op.")
        else:
            self.status.emit(f"Opgeslagen: {path.name}")

    def _save_elsewhere(self, suggested: Path) -> bool:
        """Opslaan als … after a failed or refused save; True when the work is on disk."""
        chosen = SaveAsDialog.ask(self.window, suggested)
        return chosen is not None and self._write(with_suffix(chosen))

    # --- closing -----------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """True when the document may be closed or replaced: saved, deliberately discarded, or unchanged."""
        self.before_leaving()
        if not self.document.is_modified():
            return True
        choice = UnsavedChangesDialog.ask(self.window, self.display_name())
        if choice == "save":
            return self.save()
        return choice == "discard"
