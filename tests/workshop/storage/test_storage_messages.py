"""The Dutch of the load messages: adjective endings follow de/het, numbers agree, nothing read is lost unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_helpers import edit_workbook
from workshop import storage
from workshop.storage.checks import UNKNOWN
from workshop.storage.layout import DATA_SHEETS


def test_every_sheet_a_reference_points_to_has_its_own_wording() -> None:
    targets = {c.ref for spec in DATA_SHEETS for c in spec.columns if c.ref}
    assert targets <= set(UNKNOWN)
    assert UNKNOWN["element"] == "geen bekend element"
    assert all(UNKNOWN[t].startswith("geen bekende ") for t in targets - {"element"})


def _problems(saved: Path, tmp_path: Path, change: object) -> str:
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(edit_workbook(saved, tmp_path / "fout.xlsx", change))  # type: ignore[arg-type]
    return str(caught.value)


def test_an_unknown_element_is_het_element(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Aannames"]["C2"] = "B77"
    assert "'B77' is geen bekend element." in _problems(saved, tmp_path, change)


def test_a_round_of_one_dot_says_so_in_the_singular(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        round_id = wb["Stemmen"]["A2"].value
        rounds = wb["Stemrondes"]
        row = next(r for r in range(2, rounds.max_row + 1) if rounds.cell(r, 1).value == round_id)
        rounds.cell(row, 3).value = 1
        wb["Stemmen"]["D2"] = 2
    assert "stip 2 is meer dan de ene stip per deelnemer van" in _problems(saved, tmp_path, change)


def test_an_invalid_id_is_het_ID(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Bouwstenen"]["A2"] = "B-x"
    assert "'B-x' is geen geldig ID (verwacht bijvoorbeeld B1)." in _problems(saved, tmp_path, change)


def test_a_second_column_with_the_same_header_is_said_to_be_lost(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Aannames"]["N1"], wb["Aannames"]["N2"] = "Aanname", "dubbel"
    result = storage.load(edit_workbook(saved, tmp_path / "dubbel.xlsx", change))
    assert result.warnings == ["dubbel.xlsx: blad 'Aannames' heeft meer dan één kolom 'Aanname'; alleen de eerste "
                               "wordt gelezen en bewaard."]
