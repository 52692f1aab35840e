"""Round trips: save then load gives the same Trajectory; user text never becomes a formula."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from pydantic import ValidationError
from hypothesis import HealthCheck, given, settings
from openpyxl import Workbook, load_workbook

from tests.workshop.storage.storage_helpers import LONG, edit_workbook, large_trajectory, sheet_xml
from tests.workshop.storage.storage_strategies import trajectories
from workshop import integrity, storage
from workshop.assumptions import Assumption
from workshop.content import CONTENT, new_trajectory
from workshop.storage.layout import RESULTS_SHEET, SHEETS, STATS_SHEET
from workshop.storage.results import ordered_stats
from workshop.trajectory import Trajectory


def test_rich_trajectory_round_trips(saved: Path, rich: Trajectory) -> None:
    result = storage.load(saved)
    assert result.trajectory == rich
    assert result.warnings == []
    assert result.migrated_from is None


@pytest.mark.skipif(not (CONTENT / "sociale-basis.toml").exists(), reason="inhoudsbestand sociale-basis.toml ontbreekt nog")
def test_built_in_model_round_trips(tmp_path: Path) -> None:
    t = new_trajectory("sociale-basis", name="Proef")
    storage.save(t, tmp_path / "model.xlsx")
    result = storage.load(tmp_path / "model.xlsx")
    assert result.trajectory == t and result.warnings == []


def test_empty_trajectory_round_trips(tmp_path: Path) -> None:
    t = Trajectory(sessions=[])
    storage.save(t, tmp_path / "leeg.xlsx")
    assert storage.load(tmp_path / "leeg.xlsx").trajectory == t


def test_default_trajectory_keeps_its_four_sessions(tmp_path: Path) -> None:
    t = Trajectory(name="Nieuw")
    storage.save(t, tmp_path / "nieuw.xlsx")
    assert storage.load(tmp_path / "nieuw.xlsx").trajectory.sessions == t.sessions


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(trajectories())
def test_generated_trajectories_round_trip(t: Trajectory) -> None:
    assert integrity.problems(t) == []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "eigenschap.xlsx"
        storage.save(t, path)
        assert storage.load(path).trajectory == t


@pytest.mark.parametrize("text", ["=SUM(A1)", "@cmd", "+1+1", "-2+3", "=HYPERLINK(\"http://x\",\"klik\")", "\t=1", "#N/A"])
def test_formula_like_text_is_stored_as_text(tmp_path: Path, rich: Trajectory, text: str) -> None:
    rich.participants[0].name = text
    path = tmp_path / "formule.xlsx"
    storage.save(rich, path)
    xml = sheet_xml(path, "Deelnemers")
    assert "<f>" not in xml and "<f " not in xml
    assert 't="e"' not in xml
    assert storage.load(path).trajectory.participants[0].name == text.strip()


def test_no_sheet_written_by_the_app_holds_a_formula_of_user_text(saved: Path) -> None:
    for spec in SHEETS:
        assert "<f>" not in sheet_xml(saved, spec.name), spec.name


def test_risky_text_is_marked_as_text_for_excel(saved: Path) -> None:
    with zipfile.ZipFile(saved) as archive:
        assert 'quotePrefix="1"' in archive.read("xl/styles.xml").decode()


def test_every_data_sheet_is_a_table_with_frozen_header(saved: Path) -> None:
    wb = load_workbook(saved)
    names = [name for ws in wb.worksheets for name in ws.tables]
    assert len(names) == len(set(names)) == len(SHEETS) + 2
    for spec in SHEETS:
        ws = wb[spec.name]
        assert ws.freeze_panes == "A2"
        assert list(ws.tables) == [spec.table]
        assert [c.value for c in ws[1]] == [c.header for c in spec.columns]


def test_closed_lists_have_validation(saved: Path) -> None:
    wb = load_workbook(saved)
    relation_types = [dv for dv in wb["Relaties"].data_validations.dataValidation if dv.type == "list"]
    assert relation_types and "wisselwerking" in (relation_types[0].formula1 or "")
    scores = wb["Scores"].data_validations.dataValidation
    assert {(dv.type, dv.formula1, dv.formula2) for dv in scores} >= {("whole", "1", "5")}
    assert any(dv.type == "list" for dv in wb["Aannames"].data_validations.dataValidation)


def test_derived_sheets_have_tallies_stats_and_charts(saved: Path, rich: Trajectory) -> None:
    wb = load_workbook(saved)
    tallies = [(r[0], r[2], r[4]) for r in wb[RESULTS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert ("V-01", "B1", 2) in tallies and ("V-01", "T1", 1) in tallies
    stats = [row[:2] for row in wb[STATS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert stats == [(s.assumption_id, s.round) for s in ordered_stats(rich)] and len(stats) >= 4
    with zipfile.ZipFile(saved) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        kinds = "".join(archive.read(n).decode() for n in charts)
    assert "barChart" in kinds and "scatterChart" in kinds


def test_derived_sheets_are_not_read_back(saved: Path, rich: Trajectory, tmp_path: Path) -> None:
    wb = load_workbook(saved)
    wb[RESULTS_SHEET]["A2"] = "onzin"
    wb[RESULTS_SHEET]["E2"] = "geen getal"
    wb[STATS_SHEET]["B2"], wb[STATS_SHEET]["M1"] = "=1+1", "eigen kop"
    wb.save(tmp_path / "resultaten.xlsx")
    result = storage.load(tmp_path / "resultaten.xlsx")
    assert result.trajectory == rich and result.extras.sheets == []
    assert (result.warnings, result.notes) == ([], [])


def test_an_old_resultaten_sheet_with_both_tables_is_skipped(saved: Path, rich: Trajectory, tmp_path: Path) -> None:
    def old_layout(wb: Workbook) -> None:
        wb.remove(wb[STATS_SHEET])
        ws = wb[RESULTS_SHEET]
        ws["I1"], ws["J1"], ws["I2"], ws["J2"] = "Aanname", "Ronde", "A-001", 1
    result = storage.load(edit_workbook(saved, tmp_path / "oud-resultaten.xlsx", old_layout))
    assert result.trajectory == rich and result.extras.sheets == [] and (result.warnings, result.notes) == ([], [])


def test_long_text_survives(tmp_path: Path, rich: Trajectory) -> None:
    rich.assumptions[0].evidence = LONG * 5
    storage.save(rich, tmp_path / "lang.xlsx")
    assert storage.load(tmp_path / "lang.xlsx").trajectory.assumptions[0].evidence == LONG * 5


def test_domain_refuses_text_over_the_excel_limit() -> None:
    with pytest.raises(ValidationError):
        Assumption(id="A-011", text="x" * 40_000)


def test_text_over_the_excel_limit_is_a_save_error(tmp_path: Path, rich: Trajectory) -> None:
    rich.assumptions.append(Assumption.model_construct(id="A-011", text="x" * 40_000))  # bypasses the domain check
    with pytest.raises(storage.SaveError) as caught:
        storage.save(rich, tmp_path / "te-lang.xlsx")
    message = str(caught.value)
    assert "te-lang.xlsx" in message and "Aannames" in message and "rij 5" in message and "'Aanname'" in message
    assert not (tmp_path / "te-lang.xlsx").exists()
    assert list(tmp_path.iterdir()) == []


def test_saving_twice_gives_the_same_cells(tmp_path: Path, rich: Trajectory) -> None:
    storage.save(rich, tmp_path / "a.xlsx")
    storage.save(storage.load(tmp_path / "a.xlsx").trajectory, tmp_path / "b.xlsx")
    for spec in SHEETS:
        a, b = (re.sub(r'Target="[^"]*"', "", sheet_xml(tmp_path / n, spec.name)) for n in ("a.xlsx", "b.xlsx"))
        assert a == b, spec.name


def test_large_trajectory_round_trips(tmp_path: Path) -> None:
    t = large_trajectory(participants=6, assumptions=20, score_rounds=2, voting_rounds=3)
    storage.save(t, tmp_path / "groot.xlsx")
    assert storage.load(tmp_path / "groot.xlsx").trajectory == t
