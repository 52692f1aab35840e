"""Fixtures for the storage tests: a rich trajectory and a saved workbook of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workshop.storage.storage_helpers import rich_trajectory
from workshop import storage
from workshop.trajectory import Trajectory


@pytest.fixture
def rich() -> Trajectory:
    """A trajectory touching every field of every model."""
    return rich_trajectory()


@pytest.fixture
def saved(tmp_path: Path, rich: Trajectory) -> Path:
    """The rich trajectory saved as werkmap.xlsx."""
    path = tmp_path / "werkmap.xlsx"
    storage.save(rich, path)
    return path
