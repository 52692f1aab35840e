"""The fast row serializer writes exactly the sheet XML that openpyxl itself would write."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.workshop.storage.storage_helpers import large_trajectory, rich_trajectory
from workshop import storage
from workshop.demo import build_demo
from workshop.storage import fastwrite


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")}


@pytest.mark.parametrize("build", [rich_trajectory, build_demo, lambda: large_trajectory(8, 20, 2, 3)])
def test_fast_and_openpyxl_writers_give_identical_sheets(build, tmp_path: Path, monkeypatch) -> None:
    t = build()
    storage.save(t, tmp_path / "snel.xlsx")
    monkeypatch.setattr(fastwrite, "use_fast_writer", lambda ws: None)
    monkeypatch.setattr("workshop.storage.writer.use_fast_writer", lambda ws: None)
    storage.save(t, tmp_path / "gewoon.xlsx")
    fast, plain = _sheets(tmp_path / "snel.xlsx"), _sheets(tmp_path / "gewoon.xlsx")
    assert fast.keys() == plain.keys()
    for name in fast:
        assert fast[name] == plain[name], name
    assert storage.load(tmp_path / "snel.xlsx").trajectory == t
