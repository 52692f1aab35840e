"""What a load returns: the trajectory, warnings, migration origin and the user's extra sheets and columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.trajectory import Trajectory

RowKey = tuple[Any, ...]
"""The values of a sheet's key columns (for example ('A-001', 'P-01', 1) on Scores)."""


class Formula(str):
    """A formula found in a user's extra sheet: written back as a formula, never as text."""

    __slots__ = ()


@dataclass
class ExtraSheet:
    """A sheet the app does not know, kept as cell values (formulas included, formatting not)."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class ExtraColumns:
    """Column order of one data sheet as found in the file, and the values of columns the app does not know."""

    order: list[str] = field(default_factory=list)
    values: dict[str, dict[RowKey, Any]] = field(default_factory=dict)


@dataclass
class Extras:
    """Everything in a workbook beyond the format, carried from a load to the next save."""

    sheets: list[ExtraSheet] = field(default_factory=list)
    columns: dict[str, ExtraColumns] = field(default_factory=dict)
    info: list[tuple[str, Any]] = field(default_factory=list)


@dataclass
class LoadResult:
    """A loaded workbook: the trajectory plus what the person should know about the file.

    `warnings` (each starting with the file name) say what the next save would lose or change: worth a dialog.
    `notes` (without the file name) are harmless facts, such as an own column that is kept: a status line will do.
    """

    trajectory: Trajectory
    warnings: list[str] = field(default_factory=list)
    migrated_from: int | None = None
    extras: Extras = field(default_factory=Extras)
    notes: list[str] = field(default_factory=list)
