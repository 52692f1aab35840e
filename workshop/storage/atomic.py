"""Atomic save: write a temp file in the same folder, fsync, keep the previous file as naam.xlsx.bak, os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import IO

from workshop.storage.errors import SaveError, UnwritableValue

BACKUP_SUFFIX = ".bak"
"""The previous version of 'naam.xlsx' is kept as 'naam.xlsx.bak' next to it."""

FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def backup_path(target: Path) -> Path:
    """Where the previous version of `target` is kept."""
    return target.with_name(target.name + BACKUP_SUFFIX)


def _reason(exc: OSError, creating: bool) -> str:
    if exc.errno in FULL:
        return "de schijf is vol."
    if isinstance(exc, FileNotFoundError):
        return "de map bestaat niet (meer)."
    if exc.errno == errno.EROFS or (creating and isinstance(exc, PermissionError)):
        return "de map is alleen-lezen of je mag er niet schrijven."
    if isinstance(exc, PermissionError):
        return "het bestand is in gebruik of alleen-lezen (misschien open in Excel)."
    return f"er ging iets mis bij het schrijven ({exc.strerror or exc})."


def _create_temp(target: Path) -> tuple[Path, IO[bytes]]:
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    return temp, os.fdopen(descriptor, "wb")


def _stage_backup(target: Path) -> Path | None:
    """Best effort: a hard link to (or else a copy of) the current file, under a temporary name."""
    if not target.exists():
        return None
    staging = target.with_name(f".{target.name}.{secrets.token_hex(4)}.bak")
    try:
        try:
            os.link(target, staging)
        except OSError:
            shutil.copy2(target, staging)
        return staging
    except OSError:
        staging.unlink(missing_ok=True)
        return None


def _keep_backup(staging: Path | None, target: Path) -> None:
    if staging is not None:
        try:
            os.replace(staging, backup_path(target))
        except OSError:
            staging.unlink(missing_ok=True)


def _copy_mode(target: Path, temp: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(temp, target.stat().st_mode & 0o7777)


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; NTFS orders the rename itself
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(target: str | Path, write: Callable[[IO[bytes]], None]) -> None:
    """Replace `target` by what `write` produces, or raise SaveError and leave `target` untouched."""
    target = Path(target).absolute()
    try:
        temp, handle = _create_temp(target)
    except OSError as exc:
        raise SaveError(target.name, _reason(exc, creating=True)) from exc
    staging: Path | None = None
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, temp)
        staging = _stage_backup(target)
        os.replace(temp, target)
    except BaseException as exc:
        for leftover in (temp, staging):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise SaveError(target.name, _reason(exc, creating=False)) from exc
        if isinstance(exc, UnwritableValue):
            raise SaveError(target.name, str(exc)) from exc
        raise
    _keep_backup(staging, target)
    _sync_folder(target.parent)


def write_text(target: Path, text: str) -> None:
    """Replace a small text file (a template, an HTML story) by `text` at once: a temporary file next to it, synced,
    then one rename; no backup. An OSError leaves the old file as it was and no temporary file behind."""
    temp, handle = _create_temp(target)
    try:
        with handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
