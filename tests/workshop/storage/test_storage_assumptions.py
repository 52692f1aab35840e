"""Assumptions in the workbook: sources, status history, scoring rounds and the group's consensus survive a save;
a schema-2 workbook upgrades; a bad 'Vervangt', a score out of range and unknown ids are named by row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_helpers import edit_workbook
from workshop import storage
from workshop.assumptions import GROUP, SourceKind
from workshop.scoring import ScoreMode
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

FIXTURES = Path(__file__).parent / "fixtures"


def test_sources_history_rounds_and_consensus_round_trip(saved: Path, rich: Trajectory) -> None:
    t = storage.load(saved).trajectory
    first = t.assumption("A-001")
    assert first is not None and [(s.nr, s.kind) for s in first.sources] == [(1, SourceKind.FIGURES), (2, SourceKind.RESIDENTS)]
    assert first.history[0].reason == "Verdeeld" and first.monitored and first.suggestion == "S-012"
    assert t.assumption("A-010").replaces == "A-002"  # type: ignore[union-attr]
    assert [(r.number, r.mode, r.status) for r in t.scoring_rounds] == [
        (1, ScoreMode.TURNS, RoundStatus.REVEALED), (2, ScoreMode.CONSENSUS, RoundStatus.OPEN), (3, ScoreMode.PAPER, RoundStatus.CLOSED)]
    assert any(s.participant_id == GROUP for s in t.scores)
    assert t.rejected_suggestions == ["S-003", "S-010"]
    assert t == rich


def test_a_schema_2_workbook_upgrades_without_losing_a_source() -> None:
    result = storage.load(FIXTURES / "demo-schema2.xlsx")
    assert result.migrated_from == 2 and len(result.warnings) == 1
    t = result.trajectory
    assert all(len(a.sources) <= 1 for a in t.assumptions)
    assert t.assumption("A-001").sources[0].link.startswith("De sociale basis versterken (2024), r. 1783-1797")  # type: ignore[union-attr]
    assert sum(a.monitored for a in t.assumptions) == 6  # those with an indicator or a 'wie'
    assert [(r.number, r.status) for r in t.scoring_rounds] == [(1, RoundStatus.REVEALED), (2, RoundStatus.REVEALED)]


def refused(saved: Path, tmp_path: Path, change: object) -> str:
    path = edit_workbook(saved, tmp_path / "fout.xlsx", change)  # type: ignore[arg-type]
    before = path.read_bytes()
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(path)
    assert path.read_bytes() == before
    return str(caught.value)


def test_a_circle_of_rewrites_names_each_row(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        ws = wb["Aannames"]
        ws["L2"], ws["L3"] = "A-010", "A-001"  # A-001 replaces A-010 replaces A-002 replaces A-001
    message = refused(saved, tmp_path, change)
    assert "blad 'Aannames', rij 2, kolom 'Vervangt': A-001 vervangt A-010, maar die keten komt rond: " \
           "A-001 → A-010 → A-002 → A-001." in message
    assert "rij 3, kolom 'Vervangt'" in message and "rij 4, kolom 'Vervangt'" in message


def test_a_rewrite_of_an_unknown_assumption(saved: Path, tmp_path: Path) -> None:
    message = refused(saved, tmp_path, lambda wb: wb["Aannames"].__setitem__("L2", "A-999"))
    assert "blad 'Aannames', rij 2, kolom 'Vervangt': 'A-999' is geen bekende aanname (blad 'Aannames')." in message


@pytest.mark.parametrize(("row", "expected"), [
    (["A-001", "P-02", 1, 6, 3], "kolom 'Belang': 6 is geen geldige score (1 tot en met 5)."),
    (["A-001", "P-77", 1, 3, 3], "kolom 'Deelnemer': 'P-77' is geen bekende deelnemer (blad 'Deelnemers')."),
    (["A-777", "P-02", 1, 3, 3], "kolom 'Aanname': 'A-777' is geen bekende aanname (blad 'Aannames')."),
    (["A-001", "P-01", 1, 3, 3], "kolom 'Aanname': de combinatie A-001 / P-01 / 1 komt al voor op rij 2"),
    (["A-001", "iedereen", 1, 3, 3], "kolom 'Deelnemer': 'iedereen' is geen deelnemer (P-01) of GROEP (de hele groep)."),
])
def test_bad_scores_are_named_by_row_and_column(saved: Path, tmp_path: Path, row: list[object], expected: str) -> None:
    message = refused(saved, tmp_path, lambda wb: wb["Scores"].append(row))
    assert f"blad 'Scores', rij 8, {expected}" in message
