"""Bad input: every broken, hostile or inconsistent file gives one Dutch WorkbookError and stays untouched."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_corpus import CASES, MINIMAL, Case, _zip
from tests.workshop.storage.storage_helpers import edit_workbook
from workshop import storage
from workshop.storage import safety

DUTCH = ("geen", "niet", "ontbreekt", "is ", "komt", "verplicht", "nieuwere", "bekende", "kies", "ligt", "meer dan")
ENGLISH = ("Traceback", "Error:", "invalid", "Input should", "not a ", "File ")


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def bad(request: pytest.FixtureRequest, saved: Path) -> tuple[Case, Path]:
    """One bad file of the corpus, built next to the good workbook."""
    case: Case = request.param
    target = saved.parent / f"{case.name}.xlsx"
    case.make(saved, target)
    return case, target


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20


def test_bad_file_gives_a_located_dutch_error(bad: tuple[Case, Path]) -> None:
    case, path = bad
    before = path.read_bytes()
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(path)
    message = str(caught.value)
    assert path.name in message
    assert any(word in message for word in DUTCH), message
    assert not any(word in message for word in ENGLISH), message
    assert case.phrase in message, message
    located = [str(p) for p in caught.value.problems]
    if case.sheet:
        assert any(f"blad '{case.sheet}'" in p for p in located), message
    if case.row:
        assert any(f"blad '{case.sheet}', rij {case.row}" in p for p in located), message
    if case.column:
        assert any(f"rij {case.row}, kolom '{case.column}'" in p for p in located), message
    assert all(p.file == path.name for p in caught.value.problems)
    assert path.read_bytes() == before


def test_many_problems_are_collected_in_one_error(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        for row in range(2, 7):
            wb["Scores"][f"D{row}"] = 9
        wb["Deelnemers"]["B3"] = None
    path = edit_workbook(saved, tmp_path / "veel.xlsx", change)
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(path)
    assert len(caught.value.problems) == 6
    assert str(caught.value).startswith("veel.xlsx kan niet worden geopend: 6 problemen gevonden.")


def test_total_size_cap_is_read_from_the_zip_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "groot.xlsx"
    path.write_bytes(_zip(MINIMAL | {"xl/worksheets/sheet1.xml": bytes(range(256)) * 4000}))
    monkeypatch.setattr(safety, "MAX_TOTAL_SIZE", 500_000)
    with pytest.raises(storage.WorkbookError, match="groot.xlsx: is te groot om veilig te openen"):
        storage.load(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(storage.WorkbookError, match="weg.xlsx: het bestand bestaat niet"):
        storage.load(tmp_path / "weg.xlsx")


def test_defusedxml_is_required(monkeypatch: pytest.MonkeyPatch, saved: Path) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(storage.WorkbookError, match="defusedxml ontbreekt"):
        storage.load(saved)


def test_defusedxml_is_required_before_openpyxl_is_imported(monkeypatch: pytest.MonkeyPatch, saved: Path) -> None:
    monkeypatch.delitem(sys.modules, "openpyxl.xml", raising=False)
    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "False")
    with pytest.raises(storage.WorkbookError, match="defusedxml ontbreekt"):
        storage.load(saved)


def test_defusedxml_is_active() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True and safety.defusedxml_active()


def test_good_files_pass_the_zip_checks(saved: Path) -> None:
    safety.check_file(saved)
    with zipfile.ZipFile(saved) as archive:
        assert len(archive.infolist()) < safety.MAX_ENTRIES
