"""Hand edits in Excel or LibreOffice: tolerated on load, and extra sheets and columns survive a re-save."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path


import pytest
from openpyxl import Workbook, load_workbook

from tests.workshop.storage.storage_helpers import edit_workbook, set_text, sheet_xml
from tests.workshop.storage.test_storage_fastread import assert_same_as_openpyxl
from workshop import storage
from workshop.assumptions import Score
from workshop.sessions import default_sessions
from workshop.storage.extras import Formula
from workshop.trajectory import Trajectory

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _score_key(s: Score) -> tuple[str, str, int]:
    return (s.assumption_id, s.participant_id, s.round)


def same_data(a: Trajectory, b: Trajectory) -> bool:
    """Equal, except that re-sorted score rows may come back in another order."""
    unsorted = a.model_copy(update={"scores": sorted(a.scores, key=_score_key)})
    return unsorted == b.model_copy(update={"scores": sorted(b.scores, key=_score_key)})


def _edit_scores(wb: Workbook) -> None:
    ws = wb["Scores"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=6)]
    for r, values in enumerate(reversed(rows), start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    ws["D1"], ws["E1"] = "  BELANG ", "zekerheid"
    for ref in ("D2", "E3"):
        ws[ref] = str(ws[ref].value)
    ws["D3"] = f"{ws['D3'].value}.0"
    ws["E2"] = float(ws["E2"].value)
    ws["C4"] = f" {ws['C4'].value} "
    ws["B5"] = str(ws["B5"].value).lower()


def _edit_others(wb: Workbook) -> None:
    wb["Bouwstenen"]["B1"] = " naam"
    wb["Relaties"]["C2"] = "Direct "
    wb["Sessies"]["C2"] = "1-3-2025"
    wb["Stemrondes"]["D2"], wb["Stemrondes"]["D3"] = "ONWAAR", "WAAR"
    wb["Stemrondes"]["C2"] = "2"
    people = wb["Deelnemers"]
    people["D4"] = "   "
    people.insert_rows(3)
    people.append([None, "  ", None])


def _add_extras(wb: Workbook) -> None:
    people = wb["Deelnemers"]
    people.insert_cols(3)
    people["C1"], people["C2"], people["C4"] = "Telefoon", "06-123", 612345678
    assumptions = wb["Aannames"]
    assumptions["N1"], assumptions["N2"], assumptions["N4"] = "Opmerking", "eigen notitie", 3.5
    notes = wb.create_sheet("Notities")
    notes["A1"], notes["B2"], notes["A2"] = "Vrije notities", 42, "=1+1"
    set_text(notes, "A3", "=tekst, geen formule")
    notes["C5"] = dt.datetime(2025, 3, 1, 14, 30)


def hand_edited(saved: Path, tmp_path: Path) -> Path:
    """The saved rich workbook after a round of typical hand edits."""
    return edit_workbook(saved, tmp_path / "handwerk.xlsx",
                         lambda wb: (_edit_scores(wb), _edit_others(wb), _add_extras(wb)))


def test_hand_edits_load_to_the_same_data(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    result = storage.load(hand_edited(saved, tmp_path))
    assert same_data(result.trajectory, rich)
    assert result.trajectory.scores != rich.scores  # the rows were re-sorted, and the order is the sheet's
    assert result.warnings == []  # own sheets and columns with plain values lose nothing on a save
    assert result.notes == ["eigen blad 'Notities' blijft bewaard.",
                            "eigen kolom 'Telefoon' op blad 'Deelnemers' blijft bewaard.",
                            "eigen kolom 'Opmerking' op blad 'Aannames' blijft bewaard."]


def test_extra_sheet_and_columns_survive_a_resave(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    first = storage.load(hand_edited(saved, tmp_path))
    again = tmp_path / "opnieuw.xlsx"
    storage.save(first.trajectory, again, first.extras)
    second = storage.load(again)
    assert same_data(second.trajectory, rich)
    wb = load_workbook(again)
    people = wb["Deelnemers"]
    assert [c.value for c in people[1]][:4] == ["ID", "Naam", "Telefoon", "Organisatie"]
    assert (people["A2"].value, people["C2"].value) == ("P-01", "06-123")
    assert (people["A3"].value, people["C3"].value) == ("P-02", 612345678)  # row 4 in the edit, below a blank row
    assert (people["A4"].value, people["C4"].value) == ("P-103", None)
    assert (wb["Aannames"]["N1"].value, wb["Aannames"]["N2"].value, wb["Aannames"]["N4"].value) == \
        ("Opmerking", "eigen notitie", 3.5)
    notes = wb["Notities"]
    assert (notes["A1"].value, notes["B2"].value, notes["C5"].value) == ("Vrije notities", 42, dt.datetime(2025, 3, 1, 14, 30))
    xml = sheet_xml(again, "Notities")
    assert "<f>1+1</f>" in xml and "<f>tekst" not in xml
    assert notes["A3"].value == "=tekst, geen formule" and notes["A3"].data_type == "s"
    assert second.extras.columns["Aannames"].values["Opmerking"] == {("A-001",): "eigen notitie", ("A-010",): 3.5}
    assert wb.sheetnames[-1] == "Notities"


def test_extra_values_follow_their_row_when_the_app_changes_rows(saved: Path, tmp_path: Path) -> None:
    first = storage.load(hand_edited(saved, tmp_path))
    t = first.trajectory
    t.assumptions = [a for a in t.assumptions if a.id != "A-001"]
    t.scores = [s for s in t.scores if s.assumption_id != "A-001"]
    storage.save(t, tmp_path / "minder.xlsx", first.extras)
    ws = load_workbook(tmp_path / "minder.xlsx")["Aannames"]
    assert [(r[0].value, r[13].value) for r in ws.iter_rows(min_row=2)] == [("A-002", None), ("A-010", 3.5)]


def test_extra_info_rows_survive(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    edited = edit_workbook(saved, tmp_path / "info.xlsx", lambda wb: wb["Info"].append(["Opdrachtgever", "Gemeente Zwolle"]))
    first = storage.load(edited)
    assert first.extras.info == [("Opdrachtgever", "Gemeente Zwolle")]
    storage.save(first.trajectory, tmp_path / "info2.xlsx", first.extras)
    assert storage.load(tmp_path / "info2.xlsx").extras.info == [("Opdrachtgever", "Gemeente Zwolle")]


def test_rows_with_only_extra_values_are_skipped_with_a_warning(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        ws = wb["Aannames"]
        ws["N1"], ws["N9"] = "Opmerking", "losse opmerking"
    result = storage.load(edit_workbook(saved, tmp_path / "los.xlsx", change))
    assert any("rij 9" in w and "Aannames" in w and "niet bewaard" in w for w in result.warnings)


def test_deleted_optional_column_loads_with_a_warning(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    result = storage.load(edit_workbook(saved, tmp_path / "kolom.xlsx", lambda wb: wb["Aannames"].delete_cols(10)))
    assert any("Wanneer" in w for w in result.warnings)
    assert [a.monitoring.when for a in result.trajectory.assumptions] == ["", "", ""]


def test_formula_without_a_value_in_a_score_cell_is_read_as_its_text(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb["Scores"]["D2"] = "=2+3"
    edited = edit_workbook(saved, tmp_path / "formule.xlsx", change)
    # openpyxl stores no computed value, so the cell reads as the formula's text, which is no score.
    with pytest.raises(storage.WorkbookError) as caught:
        storage.load(edited)
    assert "rij 2, kolom 'Belang': '=2+3' is geen geldige score" in str(caught.value)


def test_extra_sheets_keep_formulas_as_formula_objects(saved: Path, tmp_path: Path) -> None:
    result = storage.load(hand_edited(saved, tmp_path))
    rows = result.extras.sheets[0].rows
    assert isinstance(rows[1][0], Formula) and not isinstance(rows[2][0], Formula)


def _libreoffice_resave(source: Path, folder: Path) -> Path:
    out = folder / "lo"
    out.mkdir()
    profile = (folder / "lo-profiel").as_uri()
    command = [SOFFICE or "soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=os.environ | {"HOME": str(folder)})
    return out / source.name


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_workbook_resaved_by_libreoffice_loads(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    resaved = _libreoffice_resave(saved, tmp_path)
    assert resaved.read_bytes() != saved.read_bytes()
    assert_same_as_openpyxl(resaved)
    result = storage.load(resaved)
    assert result.trajectory == rich
    storage.save(result.trajectory, tmp_path / "terug.xlsx", result.extras)
    assert storage.load(tmp_path / "terug.xlsx").trajectory == rich


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_hand_edited_workbook_resaved_by_libreoffice_keeps_extras(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    resaved = _libreoffice_resave(hand_edited(saved, tmp_path), tmp_path)
    result = storage.load(resaved)
    assert same_data(result.trajectory, rich)
    assert result.extras.columns["Aannames"].values["Opmerking"][("A-001",)] == "eigen notitie"
    assert [s.title for s in result.extras.sheets] == ["Notities"]
    assert result.warnings == [] and len(result.notes) == 3  # LibreOffice's own way of writing styles is no loss


def test_missing_sessions_sheet_loads_default_sessions_with_a_warning(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    result = storage.load(edit_workbook(saved, tmp_path / "zonder.xlsx", lambda wb: wb.remove(wb["Sessies"])))
    assert result.trajectory.sessions == default_sessions()
    assert result.trajectory.model_copy(update={"sessions": rich.sessions}) == rich
    assert any("'Sessies' ontbreekt" in w for w in result.warnings)


def test_sheet_names_match_loosely_and_are_written_back_canonically(saved: Path, tmp_path: Path, rich: Trajectory) -> None:
    def rename(wb: Workbook) -> None:
        wb["Scores"].title = "scores "
    result = storage.load(edit_workbook(saved, tmp_path / "namen.xlsx", rename))
    assert result.trajectory == rich and result.extras.sheets == []
    storage.save(result.trajectory, tmp_path / "terug.xlsx", result.extras)
    assert "Scores" in load_workbook(tmp_path / "terug.xlsx").sheetnames
