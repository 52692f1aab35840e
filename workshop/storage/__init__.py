"""Workbook storage: the .xlsx file is the document (see docs/werkmap-formaat.md)."""

from __future__ import annotations

from pathlib import Path

from workshop.storage.atomic import atomic_write, backup_path
from workshop.storage.errors import SaveError, StorageError, WorkbookError, WorkbookProblem
from workshop.storage.extras import Extras, LoadResult
from workshop.storage.layout import SCHEMA_VERSION
from workshop.storage.reader import read_workbook
from workshop.storage.safety import check_file
from workshop.trajectory import Trajectory

__all__ = [
    "SCHEMA_VERSION", "Extras", "LoadResult", "SaveError", "StorageError", "WorkbookError", "WorkbookProblem",
    "backup_path", "load", "save",
]


def save(t: Trajectory, path: str | Path, extras: Extras | None = None) -> None:
    """Write `t` (and the extras of the load it came from) atomically; SaveError leaves the old file as it was."""
    from workshop.storage.writer import write_workbook  # imports openpyxl: only when saving, not at start-up

    atomic_write(path, lambda handle: write_workbook(t, handle, extras))


def load(path: str | Path) -> LoadResult:
    """Check, read, migrate and validate a workbook; every defect becomes one WorkbookError in Dutch."""
    path = Path(path)
    check_file(path)
    return read_workbook(path)
