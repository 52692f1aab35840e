"""The Programma sheet edited by hand: a step's 'Opent', its session and its status are checked per row, with a
Dutch message naming sheet, row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_helpers import edit_workbook
from workshop import storage
from workshop.content import new_trajectory
from workshop.programme import StepKind


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "traject.xlsx"
    storage.save(new_trajectory(), path)
    return path


def _column(ws, header: str) -> int:  # type: ignore[no-untyped-def]
    return next(cell.column for cell in ws[1] if cell.value == header)


def _rows_of_kind(ws, kind: StepKind) -> list[int]:  # type: ignore[no-untyped-def]
    column = _column(ws, "Soort")
    return [row for row in range(2, ws.max_row + 1) if ws.cell(row, column).value == kind.value]


def _problems(saved: Path, tmp_path: Path, change) -> list[str]:  # type: ignore[no-untyped-def]
    edited = edit_workbook(saved, tmp_path / "met-de-hand.xlsx", change)
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(edited)
    return [str(p) for p in caught.value.problems]


def test_what_a_step_opens_must_suit_its_kind(saved: Path, tmp_path: Path) -> None:
    rows: list[int] = []

    def change(wb: Workbook) -> None:
        ws = wb["Programma"]
        rows.extend(_rows_of_kind(ws, StepKind.EXPLAIN)[:1] + _rows_of_kind(ws, StepKind.VOTE)[:1])
        ws.cell(rows[0], _column(ws, "Opent")).value = "aannames"
        ws.cell(rows[1], _column(ws, "Opent")).value = "bananen"
    problems = _problems(saved, tmp_path, change)
    assert len(problems) == 2
    assert f"rij {rows[0]}" in problems[0] and "kolom 'Opent'" in problems[0] and "opent niets, niet 'aannames'" in problems[0]
    assert f"rij {rows[1]}" in problems[1] and "opent ambitie, deelambities, bouwstenen, niet 'bananen'" in problems[1]


def test_a_step_of_a_session_that_does_not_exist_and_two_running_steps(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        ws = wb["Programma"]
        ws.cell(3, _column(ws, "Sessie")).value = 7
        ws.cell(4, _column(ws, "Status")).value = "bezig"
        ws.cell(5, _column(ws, "Status")).value = "bezig"
    problems = _problems(saved, tmp_path, change)
    assert any("rij 3" in p and "kolom 'Sessie'" in p and "sessie 7 staat niet op blad 'Sessies'" in p for p in problems)
    assert any("rij 5" in p and "kolom 'Status'" in p and "rij 4 al 'bezig'" in p for p in problems)
