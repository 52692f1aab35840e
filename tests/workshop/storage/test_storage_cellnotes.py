"""Nothing typed in a cell disappears without a word: formulas without a computed value are kept as their text, formulas
with one are read as that value, texts over Excel's cell limit are cut; each with a warning naming sheet, row and
column, the same through the own reader and through openpyxl. A fallback to openpyxl is logged."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.workshop.storage.storage_corpus import _zip
from tests.workshop.storage.storage_helpers import edit_workbook, sheet_xml
from tests.workshop.storage.test_storage_handedits import SOFFICE, _libreoffice_resave
from workshop import demo, storage
from workshop.storage import fastread, reader
from workshop.storage.extras import LoadResult
from workshop.storage.layout import EXCEL_TEXT_LIMIT
from workshop.storage.raw import RawWorkbook
from workshop.storage.safety import cut_to_limit

Change = Callable[[Workbook], None]
MARK = "LANGE-TEKST-HIER"


def _cell(ws: Worksheet, header: str, row: int) -> str:
    """The reference of the cell in the column with this header."""
    column = next(c.column_letter for c in ws[1] if c.value == header)
    return f"{column}{row}"


def _put(sheet: str, header: str, row: int, value: object) -> Change:
    def change(wb: Workbook) -> None:
        wb[sheet][_cell(wb[sheet], header, row)] = value
    return change


def _all(*changes: Change) -> Change:
    def change(wb: Workbook) -> None:
        for one in changes:
            one(wb)
    return change


def _refuse(path: Path) -> RawWorkbook:
    raise fastread.Unsupported("test")


def load_through_openpyxl(path: Path, monkeypatch: pytest.MonkeyPatch) -> LoadResult:
    """storage.load with openpyxl reading every sheet itself (no own reader at all)."""
    with monkeypatch.context() as patch:
        patch.setattr(reader, "read_raw_package", _refuse)
        patch.setattr(reader, "_fast_cells", lambda file, workbook, ws: None)
        return storage.load(path)


def load_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> LoadResult:
    """storage.load, checked to give exactly what the openpyxl path gives, findings included."""
    result = storage.load(path)
    assert result == load_through_openpyxl(path, monkeypatch)
    assert reader.read_raw(path).findings == reader.read_raw(path, fast=False).findings
    return result


def error_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    with pytest.raises(storage.WorkbookError) as fast:
        storage.load(path)
    with pytest.raises(storage.WorkbookError) as slow:
        load_through_openpyxl(path, monkeypatch)
    assert str(fast.value) == str(slow.value)
    return str(fast.value)


def test_a_formula_without_a_value_is_kept_as_its_text(saved: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = edit_workbook(saved, tmp_path / "formule.xlsx", _put("Bouwstenen", "Theorie", 2, "=1+1"))
    result = load_both(path, monkeypatch)
    assert result.trajectory.theory.blocks[0].theory == "=1+1"
    assert result.warnings == ["formule.xlsx: blad 'Bouwstenen', rij 2, kolom 'Theorie': de cel bevat de formule =1+1 "
                               "zonder berekende waarde; de app bewaart de formule als tekst."]
    storage.save(result.trajectory, tmp_path / "terug.xlsx", result.extras)
    assert "<f>" not in sheet_xml(tmp_path / "terug.xlsx", "Bouwstenen")
    again = storage.load(tmp_path / "terug.xlsx")
    assert again.trajectory.theory.blocks[0].theory == "=1+1" and again.warnings == []


def test_careless_formulas_in_names_and_info_are_kept_as_text(saved: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    change = _all(_put("Bouwstenen", "Naam", 3, "=B2"), _put("Info", "Waarde", 4, '="Traject "&"Zwolle"'))
    result = load_both(edit_workbook(saved, tmp_path / "slordig.xlsx", change), monkeypatch)
    assert result.trajectory.theory.blocks[1].name == "=B2" and result.trajectory.name == '="Traject "&"Zwolle"'
    assert result.warnings == [
        "slordig.xlsx: blad 'Info', rij 4, kolom 'Waarde': de cel bevat de formule =\"Traject \"&\"Zwolle\" zonder "
        "berekende waarde; de app bewaart de formule als tekst.",
        "slordig.xlsx: blad 'Bouwstenen', rij 3, kolom 'Naam': de cel bevat de formule =B2 zonder berekende waarde; "
        "de app bewaart de formule als tekst."]


def test_a_formula_without_a_value_in_an_id_cell_is_an_error_that_shows_it(saved: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = edit_workbook(saved, tmp_path / "id.xlsx", _put("Bouwstenen", "ID", 2, '="B"&1'))
    message = error_both(path, monkeypatch)
    assert "blad 'Bouwstenen', rij 2, kolom 'ID': '=\"B\"&1' is geen geldig ID" in message


def test_many_formulas_in_one_column_give_one_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage.save(demo.build_demo(), tmp_path / "demo.xlsx")
    change = _all(*(_put("Acties", "Actoren", row, f'="partner "&{row}') for row in range(2, 10)))
    result = load_both(edit_workbook(tmp_path / "demo.xlsx", tmp_path / "veel.xlsx", change), monkeypatch)
    assert result.warnings == [
        "veel.xlsx: blad 'Acties', kolom 'Actoren', rijen 2, 3, 4, 5, 6 en nog 3 andere: de cellen bevatten formules "
        "zonder berekende waarde (bijvoorbeeld =\"partner \"&2); de app bewaart de formules als tekst."]
    assert result.trajectory.theory.actions[0].actors == ['="partner "&2']


def test_formulas_in_own_columns_are_left_to_the_column_warning(saved: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def change(wb: Workbook) -> None:
        ws = wb["Aannames"]
        free = ws.max_column + 1
        ws.cell(1, free).value, ws.cell(2, free).value = "Opmerking", "=1+1"
    result = load_both(edit_workbook(saved, tmp_path / "eigen.xlsx", change), monkeypatch)
    assert result.extras.columns["Aannames"].values["Opmerking"] == {("A-001",): "=1+1"}
    assert result.warnings == ["eigen.xlsx: blad 'Aannames', eigen kolom 'Opmerking': bij opslaan gaan de formules "
                               "verloren; de waarden blijven bewaard."]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_formulas_with_a_value_are_read_as_it_with_a_warning(saved: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    change = _all(_put("Bouwstenen", "Theorie", 2, "=1+1"), _put("Bouwstenen", "ID", 2, '="B"&1'),
                  _put("Info", "Waarde", 4, '="Traject "&"Zwolle"'))
    resaved = _libreoffice_resave(edit_workbook(saved, tmp_path / "berekend.xlsx", change), tmp_path)
    result = load_both(resaved, monkeypatch)
    assert result.trajectory.theory.blocks[0].theory == "2" and result.trajectory.name == "Traject Zwolle"
    assert result.trajectory.theory.blocks[0].id == "B1"
    then = "de app gebruikt de berekende waarde, en bij opslaan komt die waarde in plaats van de formule."
    assert result.warnings == [
        f"berekend.xlsx: blad 'Info', rij 4, kolom 'Waarde': de cel bevat de formule =\"Traject \"&\"Zwolle\"; {then}",
        f"berekend.xlsx: blad 'Bouwstenen', rij 2, kolom 'ID': de cel bevat de formule =\"B\"&1; {then}",
        f"berekend.xlsx: blad 'Bouwstenen', rij 2, kolom 'Theorie': de cel bevat de formule =1+1; {then}"]


def _with_long_text(source: Path, target: Path, change: Change, text: str) -> Path:
    """The workbook after `change` (which puts MARK in a cell), with MARK replaced by `text` in the file itself:
    openpyxl would cut a text over the limit when writing it."""
    edit_workbook(source, target, change)
    with zipfile.ZipFile(target) as archive:
        entries = {n: archive.read(n).replace(MARK.encode(), text.encode()) for n in archive.namelist()}
    target.write_bytes(_zip(entries))
    return target


def test_a_text_over_the_cell_limit_is_cut_with_a_warning(saved: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = _with_long_text(saved, tmp_path / "lang.xlsx", _put("Bouwstenen", "Essentie", 2, MARK), "x" * 40_000)
    result = load_both(path, monkeypatch)
    assert result.trajectory.theory.blocks[0].essence == "x" * EXCEL_TEXT_LIMIT
    assert result.warnings == [
        "lang.xlsx: blad 'Bouwstenen', rij 2, kolom 'Essentie': de tekst is 40.000 tekens lang, maar een Excel-cel "
        "bevat hoogstens 32.767 tekens; de app bewaart de eerste 32.767 tekens, de rest (7.233 tekens) kan niet "
        "bewaard worden."]
    storage.save(result.trajectory, tmp_path / "terug.xlsx", result.extras)
    assert storage.load(tmp_path / "terug.xlsx").warnings == []


def test_a_long_list_cell_keeps_its_first_items(saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = "\n".join(f"Bron {i}: een lange verwijzing naar een rapport" for i in range(1, 1001))
    path = _with_long_text(saved, tmp_path / "bronnen.xlsx", _put("Bouwstenen", "Bronnen", 3, MARK), sources)
    result = load_both(path, monkeypatch)
    kept = result.trajectory.theory.blocks[1].sources
    assert kept[0] == "Bron 1: een lange verwijzing naar een rapport" and len("\n".join(kept)) <= EXCEL_TEXT_LIMIT
    length = f"{len(sources):,}".replace(",", ".")
    assert len(result.warnings) == 1 and f"blad 'Bouwstenen', rij 3, kolom 'Bronnen': de tekst is {length} tekens" in \
        result.warnings[0]


def test_a_long_text_on_an_own_sheet_is_cut_with_a_warning(saved: Path, tmp_path: Path) -> None:
    def change(wb: Workbook) -> None:
        wb.create_sheet("Notities")["B2"] = MARK
    result = storage.load(_with_long_text(saved, tmp_path / "notities.xlsx", change, "y" * 33_000))
    assert result.extras.sheets[0].rows[1][1] == "y" * EXCEL_TEXT_LIMIT
    assert result.warnings == [
        "notities.xlsx: blad 'Notities', rij 2, kolom B: de tekst is 33.000 tekens lang, maar een Excel-cel bevat "
        "hoogstens 32.767 tekens; de app bewaart de eerste 32.767 tekens, de rest (233 tekens) kan niet bewaard "
        "worden."]


def test_a_cut_never_splits_an_escape() -> None:
    assert cut_to_limit("kort") == "kort"
    before = "a" * (EXCEL_TEXT_LIMIT - 3)
    assert cut_to_limit(before + "_x000D_" + "b" * 10) == before
    inside = "a" * (EXCEL_TEXT_LIMIT - 7)
    assert cut_to_limit(inside + "_x000D_" + "b" * 10) == inside + "_x000D_"
    assert cut_to_limit("a" * (EXCEL_TEXT_LIMIT - 2) + "_xyz_" + "b") == "a" * (EXCEL_TEXT_LIMIT - 2) + "_x"


def test_a_fallback_to_openpyxl_is_logged_with_file_and_reason(saved: Path, monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    def broken(path: Path) -> RawWorkbook:
        raise ValueError("onverwacht onderdeel")
    monkeypatch.setattr(reader, "read_raw_package", broken)
    with caplog.at_level(logging.WARNING, logger="workshop.storage.reader"):
        storage.load(saved)
    assert [(r.name, r.levelno) for r in caplog.records] == [("workshop.storage.reader", logging.WARNING)]
    assert "werkmap.xlsx" in caplog.text and "ValueError: onverwacht onderdeel" in caplog.text


def test_a_sheet_left_to_openpyxl_is_logged_and_its_formulas_still_noted(saved: Path, tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    edited = edit_workbook(saved, tmp_path / "formule.xlsx", _put("Ambities", "Beschrijving", 2, "=1+1"))
    with zipfile.ZipFile(edited) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries["xl/worksheets/sheet2.xml"] = b"<!DOCTYPE worksheet>" + entries["xl/worksheets/sheet2.xml"]
    target = tmp_path / "doctype.xlsx"
    target.write_bytes(_zip(entries))
    with caplog.at_level(logging.WARNING, logger="workshop.storage.reader"):
        result = storage.load(target)
    assert result.trajectory.theory.sub_ambitions[0].description == "=1+1"
    assert result.warnings == ["doctype.xlsx: blad 'Ambities', rij 2, kolom 'Beschrijving': de cel bevat de formule "
                               "=1+1 zonder berekende waarde; de app bewaart de formule als tekst."]
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and all("doctype.xlsx" in m for m in messages) and "blad 'Ambities'" in messages[1]
