"""The fast sheet reader gives exactly the values openpyxl's read-only reader gives, and refuses any DTD."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.workshop.storage.storage_corpus import BOMB, _replace_entry
from tests.workshop.storage.storage_helpers import large_trajectory
from workshop import storage
from workshop.storage import fastread
from workshop.storage.raw import RawWorkbook
from workshop.storage.reader import read_raw

EDGE_SHEET = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Kop</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is>
<x:r><x:t>rijk </x:t></x:r><x:r><x:t>opgemaakt</x:t></x:r><x:rPh sb="0" eb="1"><x:t>fonetisch</x:t></x:rPh></x:is></x:c></x:row>
<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>uitkomst</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c>
<x:c><x:v>1.5E3</x:v></x:c><x:c r="F2"><x:v>-7</x:v></x:c><x:c r="G2" t="d"><x:v>2025-03-01T00:00:00</x:v></x:c></x:row>
<x:row r="5"><x:c r="B5"/><x:c r="C5" t="inlineStr"><x:is><x:t xml:space="preserve">  spaties &amp; &lt;tekens&gt; </x:t></x:is></x:c>
<x:c r="D5"><x:v></x:v></x:c></x:row>
</x:sheetData></x:worksheet>"""


FORMULA_SHEET = b"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f></c></row>
<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/></c></row>
<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>
<row r="4"><c r="B4" t="str"><f>IF(1,"","x")</f><v></v></c><c r="C4"><f t="array" ref="C4">SUM(A1:A3)</f><v>6</v></c>
<c r="D4"><f t="shared" si="7"/></c></row>
</sheetData></worksheet>"""


def _normalised(raw: RawWorkbook) -> dict[str, Any]:
    def trim(values: tuple[Any, ...]) -> tuple[Any, ...]:
        values = tuple(values)
        while values and values[-1] is None:
            values = values[:-1]
        return values
    return {t: (s.header_row, list(s.header), [(n, trim(v)) for n, v in s.rows]) for t, s in raw.sheets.items()}


def assert_same_as_openpyxl(path: Path) -> None:
    fast, slow = read_raw(path, fast=True), read_raw(path, fast=False)
    assert _normalised(fast) == _normalised(slow)


def test_same_values_on_our_own_workbook(saved: Path) -> None:
    assert_same_as_openpyxl(saved)


def test_same_values_on_a_larger_workbook(tmp_path: Path) -> None:
    storage.save(large_trajectory(participants=5, assumptions=12, score_rounds=2, voting_rounds=2), tmp_path / "g.xlsx")
    assert_same_as_openpyxl(tmp_path / "g.xlsx")


def test_same_values_on_a_workbook_written_by_openpyxl(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["tekst", 3, 3.25, True, False, dt.datetime(2025, 3, 1, 12, 30), dt.date(1999, 12, 31), None, "", "  "])
    ws.append([None, None, 1e-9, -0.0, 10**15, "=1+1", "#N/A", dt.time(8, 15), dt.timedelta(hours=36)])
    ws["K7"] = "ver weg"
    wb.save(tmp_path / "typen.xlsx")
    assert_same_as_openpyxl(tmp_path / "typen.xlsx")


def test_same_values_on_hand_written_xml(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / "rand.xlsx"
    _replace_entry("xl/worksheets/sheet1.xml", EDGE_SHEET)(saved, target)
    rows = dict(read_raw(target).sheets["Info"].rows)
    assert rows[2][:5] == (True, "uitkomst", "#N/A", 1500.0, None) and rows[2][5] == -7
    assert rows[5][2] == "  spaties & <tekens> "
    assert_same_as_openpyxl(target)
    assert read_raw(target).sheets["Info"].header[:3] == ["Kop", "", "rijk opgemaakt"]


def test_formulas_read_alike_shared_ones_moved_to_their_cell(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / "formules.xlsx"
    _replace_entry("xl/worksheets/sheet1.xml", FORMULA_SHEET)(saved, target)
    assert_same_as_openpyxl(target)
    fast, slow = read_raw(target), read_raw(target, fast=False)
    assert [values for _, values in fast.sheets["Info"].rows] == [(2, "=A2*2"), (3, 6), (None, '=IF(1,"","x")', 6)]
    assert fast.sheets["Info"].header == ["1", "=A1*2"]
    assert fast.findings["Info"] == slow.findings["Info"] == [
        fastread.FormulaCell(1, 2, "=A1*2", False), fastread.FormulaCell(2, 2, "=A2*2", False),
        fastread.FormulaCell(3, 2, "=A3*2", True), fastread.FormulaCell(4, 2, '=IF(1,"","x")', False),
        fastread.FormulaCell(4, 3, "=SUM(A1:A3)", True), fastread.FormulaCell(4, 4, "", False)]


def test_dtd_is_refused_by_the_fast_reader() -> None:
    context = fastread.Context([], set(), set(), dt.datetime(1899, 12, 30))
    with pytest.raises(fastread.Unsupported):
        fastread.read_cells(io.BytesIO(BOMB.encode()), context)


def test_entity_bomb_still_refused_through_the_fallback(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / "bom.xlsx"
    _replace_entry("xl/worksheets/sheet5.xml", BOMB.replace("<!DOCTYPE", "<!-- x --><!DOCTYPE").encode())(saved, target)
    with pytest.raises(storage.WorkbookError, match="verboden XML"):
        storage.load(target)


def test_plain_doctype_without_entities_falls_back_to_openpyxl(saved: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(saved) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml")
    target = tmp_path / "doctype.xlsx"
    _replace_entry("xl/worksheets/sheet2.xml", b"<!DOCTYPE worksheet>" + xml)(saved, target)
    assert_same_as_openpyxl(target)
    assert storage.load(target).trajectory == storage.load(saved).trajectory
