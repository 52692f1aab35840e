"""Raw workbook data as read from the cells: per sheet a header row and data rows with their Excel row numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.storage.layout import normalise

Row = tuple[int, tuple[Any, ...]]
"""An Excel row number and the cell values of that row."""


@dataclass
class RawSheet:
    """One worksheet's values: header texts as found, and the non-blank rows below the header."""

    title: str
    header: list[str] = field(default_factory=list)
    header_row: int = 1
    rows: list[Row] = field(default_factory=list)
    renamed_from: str | None = None
    """The title in the file, when a migration renamed the sheet."""

    @property
    def file_title(self) -> str:
        """The title of the sheet in the file, before any migration renamed it."""
        return self.renamed_from or self.title

    def find(self, header: str) -> int | None:
        """Index of the first column whose header matches loosely, or None."""
        wanted = normalise(header)
        return next((i for i, h in enumerate(self.header) if normalise(h) == wanted), None)

    def rename_column(self, old: str, new: str) -> bool:
        """Rename a column (for migrations); False when there is no such column."""
        index = self.find(old)
        if index is None:
            return False
        self.header[index] = new
        return True

    def values(self, header: str) -> list[tuple[int, Any]]:
        """(row number, value) of every row in a column; empty when there is no such column."""
        index = self.find(header)
        if index is None:
            return []
        return [(n, values[index] if index < len(values) else None) for n, values in self.rows]

    def drop_column(self, header: str) -> list[tuple[int, Any]]:
        """Remove a column (for migrations) and return what it held, row by row."""
        index, held = self.find(header), self.values(header)
        if index is not None:
            del self.header[index]
            self.rows = [(n, values[:index] + values[index + 1:]) for n, values in self.rows]
        return held

    def add_column(self, header: str, value: Any) -> None:
        """Append a column holding `value` on every row (for migrations)."""
        width = len(self.header)
        self.header.append(header)
        self.rows = [(n, (*_padded(values, width), value)) for n, values in self.rows]


def _padded(values: tuple[Any, ...], width: int) -> tuple[Any, ...]:
    return values + (None,) * (width - len(values)) if len(values) < width else values[:width]


@dataclass
class RawWorkbook:
    """All worksheets of a file, by title in file order, plus the titles that could not be read as data."""

    file: str
    sheets: dict[str, RawSheet] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def sheet(self, name: str) -> RawSheet | None:
        """The sheet whose title matches `name` loosely, or None."""
        wanted = normalise(name)
        return next((s for t, s in self.sheets.items() if normalise(t) == wanted), None)

    def add_sheet(self, title: str, header: list[str], rows: list[tuple[Any, ...]]) -> RawSheet:
        """A new sheet (for migrations) with these rows, numbered as if written from row 2."""
        sheet = RawSheet(title, list(header), 1, [(n, tuple(row)) for n, row in enumerate(rows, start=2)])
        self.sheets[title] = sheet
        return sheet

    def rename_sheet(self, old: str, new: str) -> bool:
        """Rename a sheet (for migrations); False when there is no such sheet."""
        sheet = self.sheet(old)
        if sheet is None or self.sheet(new) is not None:
            return False
        self.sheets = {(new if s is sheet else t): s for t, s in self.sheets.items()}
        sheet.renamed_from, sheet.title = sheet.file_title, new
        return True
