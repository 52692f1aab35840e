"""Storage errors with Dutch messages that name the file, and where known the sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass, field

SHOWN_PROBLEMS = 25
"""How many problems the message of a WorkbookError lists; all of them stay in `.problems`."""


@dataclass(frozen=True)
class WorkbookProblem:
    """One defect in a workbook, located as precisely as possible."""

    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(f"blad '{self.sheet}'")
        if self.row is not None:
            parts.append(f"rij {self.row}")
        if self.column is not None:
            parts.append(f"kolom '{self.column}'")
        return f"{', '.join(parts)}: {self.message}"


class StorageError(Exception):
    """Base of every error the storage layer shows to a person."""


class WorkbookError(StorageError):
    """A workbook cannot be opened; `.problems` lists every defect found."""

    def __init__(self, file: str, problems: list[WorkbookProblem]) -> None:
        self.file = file
        self.problems = problems
        super().__init__(self._summary())

    def _summary(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{self.file} kan niet worden geopend: {len(self.problems)} problemen gevonden."]
        lines += [f"- {p}" for p in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(f"… en nog {len(self.problems) - SHOWN_PROBLEMS} problemen.")
        return "\n".join(lines)

    @classmethod
    def single(cls, file: str, message: str, sheet: str | None = None,
               row: int | None = None, column: str | None = None) -> WorkbookError:
        """An error with one problem."""
        return cls(file, [WorkbookProblem(file, message, sheet, row, column)])


class SaveError(StorageError):
    """A workbook could not be saved; the file on disk is unchanged."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"Kan '{file}' niet opslaan: {reason}")


class CellError(ValueError):
    """A cell value cannot be converted; the message is a Dutch sentence without location."""


class UnwritableValue(StorageError):
    """A value cannot be written to Excel (for example text over Excel's cell limit); the message says where."""


@dataclass
class Log:
    """Collects the problems, warnings and notes of one load, so that all of them are reported at once."""

    file: str
    problems: list[WorkbookProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def error(self, message: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> None:
        """Record a defect that stops the load."""
        self.problems.append(WorkbookProblem(self.file, message, sheet, row, column))

    def warn(self, message: str) -> None:
        """Record something a save would lose or change; the load goes on."""
        self.warnings.append(f"{self.file}: {message}")

    def note(self, message: str) -> None:
        """Record a harmless fact about the file, such as an own column that is kept (without the file name)."""
        self.notes.append(message)

    def raise_if_any(self) -> None:
        """Raise one WorkbookError holding every problem recorded so far."""
        if self.problems:
            raise WorkbookError(self.file, self.problems)
