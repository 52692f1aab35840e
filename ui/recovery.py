"""Autosaved recovery copies of the open document, and finding and restoring them after a crash."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import shutil
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workshop import storage
from workshop.paths import recovery_dir
from workshop.trajectory import Trajectory
from ui.document import Document
from ui.file_dialogs import ErrorDialog, RecoveryDialog

PREFIX = "herstel-"
WORKBOOK_NAME = re.compile(r"herstel-([0-9a-f]{32})\.xlsx")
KEPT_FOLDER = "bewaard"          # copies the user chose not to restore
DAMAGED_FOLDER = "beschadigd"    # copies that could not be read
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


COPY_FAILED = (
    "De herstelkopie kon niet worden bewaard in {folder}{reason}. Je werk staat nog gewoon open; sla het op met Opslaan."
)
_REASONS = {
    "er staat een bestand waar de map moet komen": (errno.EEXIST, errno.ENOTDIR),
    "de map bestaat niet (meer)": (errno.ENOENT,),
    "de map is alleen-lezen of je mag er niet schrijven": (errno.EACCES, errno.EPERM, errno.EROFS),
    "de schijf is vol": (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)),
}
REASONS = {number: reason for reason, numbers in _REASONS.items() for number in numbers}
"""Why a recovery copy failed, by error number, in the words workshop/storage/atomic.py uses for Opslaan."""


def failure_text(exc: BaseException, folder: Path) -> str:
    """The status-bar message for a failed recovery copy: why in Dutch (never the system's English), and where."""
    error = exc if isinstance(exc, OSError) else exc.__cause__  # storage.SaveError keeps the OSError as its cause
    reason = REASONS.get(getattr(error, "errno", None))
    return COPY_FAILED.format(folder=folder, reason=f": {reason}" if reason else "")


class RecoveryError(Exception):
    """A recovery copy could not be restored; str() is a Dutch message for the user."""


def dutch_moment(moment: dt.datetime, today: dt.date | None = None) -> str:
    """'vandaag om 14:32', 'gisteren om 09:05' or '3 maart 2025 om 14:32'."""
    today = today or dt.date.today()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return f"vandaag om {clock}"
    if moment.date() == today - dt.timedelta(days=1):
        return f"gisteren om {clock}"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} om {clock}"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery copy on disk, with what its sidecar says about it."""

    workbook: Path
    saved_at: dt.datetime
    original_path: Path | None = None
    pid: int | None = None
    name: str = ""
    source_digest: str | None = None  # hash of the workbook the work started from

    @property
    def doc_id(self) -> str:
        """The id shared by the copy, its sidecar and its lock file."""
        return self.workbook.stem.removeprefix(PREFIX)

    def when_text(self) -> str:
        """When the copy was made, in Dutch."""
        return dutch_moment(self.saved_at)

    def describe(self) -> str:
        """Which file the work belongs to, in Dutch, for the recovery dialog."""
        if self.original_path is not None:
            where = f"Het werk hoort bij ‘{self.original_path.name}’ in {self.original_path.parent}."
        elif self.name:
            where = f"Het traject ‘{self.name}’ was nog niet opgeslagen."
        else:
            where = "Het werk was nog niet opgeslagen."
        kept = self.workbook.parent / KEPT_FOLDER
        return f"{where}\nKies je ‘Niet herstellen’, dan blijft de kopie bewaard in {kept}."


def sidecar_of(workbook: Path) -> Path:
    """The small JSON file next to a recovery copy: original path, time and process id."""
    return workbook.with_suffix(".json")


def lock_of(workbook: Path) -> Path:
    """The lock file a running Werkplaats holds for its own recovery copy."""
    return workbook.with_suffix(".lock")


def read_info(workbook: Path) -> RecoveryInfo:
    """Describe a recovery copy; a missing or broken sidecar falls back to the file's own time."""
    fallback = dt.datetime.fromtimestamp(workbook.stat().st_mtime)
    try:
        data = json.loads(sidecar_of(workbook).read_text(encoding="utf-8"))
        original = data.get("original_path")
        return RecoveryInfo(
            workbook, dt.datetime.fromisoformat(data["saved_at"]).replace(tzinfo=None),
            Path(original) if original else None, int(data.get("pid") or 0) or None, str(data.get("name", "")),
            data.get("source_digest") or None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return RecoveryInfo(workbook, fallback)


def owner_alive(workbook: Path) -> bool:
    """True while a running process holds the copy's lock; a crashed owner leaves a stale lock."""
    if not lock_of(workbook).exists():
        return False
    lock = QLockFile(str(lock_of(workbook)))
    lock.setStaleLockTime(0)      # judge only by the owner's process, never by the lock's age
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def write_json_atomic(path: Path, data: dict[str, object]) -> None:
    """Write JSON to a temp file next to `path`, flush it to disk and swap it in."""
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def unlink_quietly(paths: list[Path]) -> None:
    """Delete files, skipping any that cannot be deleted now (they are found again next time)."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue


def files_of(folder: Path, doc_id: str) -> list[Path]:
    """Every file of one recovery copy: workbook, sidecar, lock, and the storage layer's temp and backup files."""
    found = [*folder.glob(f"{PREFIX}{doc_id}*"), *folder.glob(f".{PREFIX}{doc_id}*")]
    return [p for p in found if p.is_file()]


WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="werkplaats-herstel")
"""One background thread writes every recovery copy, in order, so editing never waits for openpyxl."""


@dataclass(frozen=True)
class Snapshot:
    """A private copy of the document's state for the background writer."""

    trajectory: Trajectory
    extras: Any
    original_path: Path | None
    source_digest: str | None = None

    @classmethod
    def of(cls, document: Document) -> Snapshot:
        """Copy the trajectory (about 2 ms) so later edits cannot change what is being written."""
        return cls(document.trajectory.model_copy(deep=True), document.extras, document.path, document.source_digest)


def write_copy(workbook: Path, snapshot: Snapshot) -> None:
    """Write the recovery copy and then its sidecar; both writes are atomic."""
    storage.save(snapshot.trajectory, workbook, snapshot.extras)
    write_json_atomic(sidecar_of(workbook), {
        "original_path": str(snapshot.original_path) if snapshot.original_path else None,
        "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "name": snapshot.trajectory.name,
        "source_digest": snapshot.source_digest,
    })


def emit_safely(signal: Any, value: object) -> None:
    """Emit from the writer thread; the receiving object may be gone when Werkplaats is closing."""
    try:
        signal.emit(value)
    except RuntimeError:
        pass


MAX_WAIT_MS = 5000
"""The promise: after a crash at most 5 seconds of work is lost, however long the facilitator keeps typing."""


class Autosaver(QObject):
    """Writes a recovery copy `delay_ms` after the last change, and at the latest `max_wait_ms` after the first one.

    A delay longer than `max_wait_ms` is cut short by it: the maximum wait is the promise to the user.
    """

    saved = Signal(object)      # Path of the recovery copy just written
    failed = Signal(str)        # Dutch message: the recovery copy could not be written

    def __init__(self, document: Document, parent: QObject | None = None, *, delay_ms: int = 3000,
                 max_wait_ms: int = MAX_WAIT_MS, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = folder if folder is not None else recovery_dir()
        self.doc_id = uuid.uuid4().hex
        self.leftovers = RecoveryFolder(self.folder, own=self.workbook)
        self._lock = QLockFile(str(lock_of(self.workbook)))
        self._last: Future[bool] | None = None
        self._debounce = self._timer(delay_ms)
        self._deadline = self._timer(max_wait_ms)
        document.changed.connect(self._on_changed)
        document.cleanChanged.connect(self._on_clean_changed)

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5 % late: past the 5 seconds
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def workbook(self) -> Path:
        """Where this session's recovery copy goes."""
        return self.folder / f"{PREFIX}{self.doc_id}.xlsx"

    def _on_changed(self, _changes: object = None) -> None:
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._stop_timers()
            self._remove_own()
        else:
            self._on_changed()

    def _stop_timers(self) -> None:
        self._debounce.stop()
        self._deadline.stop()

    def set_delay(self, delay_ms: int) -> None:
        """Change how long after a change the recovery copy is written."""
        self._debounce.setInterval(delay_ms)

    def next_write_ms(self) -> int | None:
        """Milliseconds until the pending recovery copy is written; None when none is pending."""
        waits = [timer.remainingTime() for timer in (self._debounce, self._deadline) if timer.isActive()]
        return min(waits, default=None)

    def flush(self, wait: bool = False) -> bool:
        """Write the copy now if there are unsaved changes, in the background unless `wait`.

        Returns False when the folder cannot be made or a waited-for write failed.
        """
        self._stop_timers()
        if not self.document.is_modified():
            self._remove_own()
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed.emit(failure_text(exc, self.folder))  # the document keeps the work; nothing is lost
            return False
        if not self._lock.isLocked():
            self._lock.tryLock(0)
        self._last = WRITER.submit(self._write, Snapshot.of(self.document))
        return self._last.result() if wait else True

    def _write(self, snapshot: Snapshot) -> bool:
        """Runs on the writer thread; any failure becomes the `failed` signal, never an exception."""
        try:
            write_copy(self.workbook, snapshot)
        except Exception as exc:  # a failed recovery copy must never take the app down
            emit_safely(self.failed, failure_text(exc, self.folder))
            return False
        emit_safely(self.saved, self.workbook)
        return True

    def discard(self) -> None:
        """On a clean exit (after Opslaan or Niet opslaan): remove this session's recovery files."""
        self._stop_timers()
        self._remove_own()

    def _remove_own(self) -> None:
        """Wait for a write in progress, then delete this session's files and release the lock."""
        if self._last is not None:
            self._last.result()
            self._last = None
        if self.folder.is_dir():
            unlink_quietly([p for p in files_of(self.folder, self.doc_id) if p != lock_of(self.workbook)])
        if self._lock.isLocked():
            self._lock.unlock()


class RecoveryFolder:
    """At start-up: the copies crashed sessions left in the folder; restore one, set it aside or delete it."""

    def __init__(self, folder: Path, own: Path | None = None) -> None:
        self.folder = folder
        self._own = own      # this session's own copy is never a leftover

    def pending(self) -> list[RecoveryInfo]:
        """Recovery copies left behind by a Werkplaats that is no longer running, newest first."""
        found = []
        for path in self._candidates():
            try:
                found.append(read_info(path))
            except OSError:      # removed meanwhile by another Werkplaats
                continue
        return sorted(found, key=lambda info: info.saved_at, reverse=True)

    def _candidates(self) -> list[Path]:
        """Recovery copies in the folder that are not this session's and whose owner is not running."""
        try:
            names = [p for p in self.folder.iterdir() if WORKBOOK_NAME.fullmatch(p.name)]
        except OSError:          # no folder yet, or not readable: nothing to offer
            return []
        return [p for p in names if (self._own is None or p.name != self._own.name) and not owner_alive(p)]

    def restore(self, info: RecoveryInfo) -> Trajectory:
        """Read the trajectory from a recovery copy; a damaged copy is moved aside and RecoveryError raised."""
        return self.restore_result(info).trajectory

    def restore_result(self, info: RecoveryInfo) -> storage.LoadResult:
        """Like restore(), with the user's extra sheets and the load warnings."""
        try:
            return storage.load(info.workbook)
        except Exception as exc:  # any failure here must not stop Werkplaats from starting
            target = self._move_aside(info, DAMAGED_FOLDER)
            raise RecoveryError(
                f"De herstelkopie van {info.when_text()} is beschadigd en kan niet worden hersteld. "
                f"Ze is apart gezet in {target}."
            ) from exc

    def keep_aside(self, info: RecoveryInfo) -> Path:
        """The user chose not to restore: keep the copy in a side folder so it is not offered again."""
        return self._move_aside(info, KEPT_FOLDER)

    def forget(self, info: RecoveryInfo) -> None:
        """Delete a leftover copy whose work now lives in this session."""
        unlink_quietly(files_of(self.folder, info.doc_id))

    def _move_aside(self, info: RecoveryInfo, subfolder: str) -> Path:
        """Best effort: a copy that cannot be moved stays where it is and is offered again next time."""
        target = self.folder / subfolder
        try:
            target.mkdir(parents=True, exist_ok=True)
            for path in files_of(self.folder, info.doc_id):
                if path.suffix != ".lock":
                    shutil.move(str(path), str(target / path.name))
            lock_of(info.workbook).unlink(missing_ok=True)
        except OSError:
            return self.folder
        return target


def offer_recovery(document: Document, autosaver: Autosaver, parent: QWidget | None = None) -> bool:
    """At start-up: offer each leftover copy, newest first; restore the first one the user accepts."""
    leftovers = autosaver.leftovers
    for info in leftovers.pending():
        if not RecoveryDialog.ask(parent, info):
            leftovers.keep_aside(info)
            continue
        try:
            result = leftovers.restore_result(info)
        except RecoveryError as exc:
            ErrorDialog.ask(parent, str(exc))
            continue
        document.restore(result.trajectory, info.original_path, result.extras, info.source_digest)
        if autosaver.flush(wait=True):
            leftovers.forget(info)
        return True
    return False
