"""Loading without openpyxl gives exactly what the openpyxl path gives, and falls back for anything unusual."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.styles.numbers import is_date_format as openpyxl_is_date_format
from openpyxl.styles.numbers import is_timedelta_format as openpyxl_is_timedelta_format
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, from_excel

from tests.workshop.storage.storage_corpus import BOMB, _zip
from tests.workshop.storage.storage_helpers import large_trajectory
from tests.workshop.storage.test_storage_fastread import _normalised
from tests.workshop.storage.test_storage_handedits import SOFFICE, _libreoffice_resave, hand_edited
from workshop import demo, storage
from workshop.storage import excel, fastread, reader
from workshop.storage.extras import LoadResult
from workshop.storage.raw import RawWorkbook

ROOT = Path(__file__).resolve().parents[3]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CUSTOM_FORMATS = ['"dag "0', "[Red]0.00", "[h]:mm", "[$-413]d-mmm-jj", "0.00", "0_);\\(0\\)", "yyyy-mm-dd;@",
                  "mm:ss.0", "[mm]:ss", "General;\"d\"", "_d0", "\\y0", "[ss].00", "[$€-413] #,##0.00", "hh"]


def _dump(raw: RawWorkbook) -> tuple[object, ...]:
    return raw.file, [(t, s.header_row, s.header, s.rows) for t, s in raw.sheets.items()], raw.skipped


def assert_package_same(path: Path) -> RawWorkbook:
    """The own reader applies, gives the RawWorkbook of openpyxl + fastread exactly, and openpyxl's values."""
    own = reader.read_raw_package(path)
    assert _dump(own) == _dump(reader.read_raw_openpyxl(path, fast=True))
    slow = reader.read_raw_openpyxl(path, fast=False)
    assert _normalised(own) == _normalised(slow) and own.skipped == slow.skipped
    return own


def _load_with_openpyxl(path: Path, monkeypatch: pytest.MonkeyPatch) -> LoadResult:
    def refuse(path: Path) -> RawWorkbook:
        raise fastread.Unsupported("test")
    with monkeypatch.context() as patch:
        patch.setattr(reader, "read_raw_package", refuse)
        return storage.load(path)


def assert_same_load(path: Path, monkeypatch: pytest.MonkeyPatch) -> LoadResult:
    """storage.load without openpyxl equals storage.load through openpyxl."""
    assert_package_same(path)
    result = storage.load(path)
    assert result == _load_with_openpyxl(path, monkeypatch)
    return result


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.xlsx"
    storage.save(demo.build_demo(), path)
    return path


def test_same_load_on_our_own_workbook(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same_load(saved, monkeypatch)


def test_same_load_on_the_demo(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert assert_same_load(demo_path, monkeypatch).trajectory == demo.build_demo()


def test_same_load_on_a_larger_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage.save(large_trajectory(participants=5, assumptions=12, score_rounds=2, voting_rounds=2), tmp_path / "g.xlsx")
    assert_same_load(tmp_path / "g.xlsx", monkeypatch)


def test_same_load_on_a_hand_edited_workbook(saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = assert_same_load(hand_edited(saved, tmp_path), monkeypatch)
    assert [s.title for s in result.extras.sheets] == ["Notities"]


def _typed(wb: Workbook) -> None:
    ws = wb.active
    ws.append(["tekst", 3, 3.25, True, False, dt.datetime(2025, 3, 1, 12, 30), dt.date(1999, 12, 31), None, "", "  "])
    ws.append([None, 1e-9, -0.0, 10**15, "=1+1", "#N/A", dt.time(8, 15), dt.timedelta(hours=36), dt.date(1900, 2, 1)])
    ws["K7"] = "ver weg"
    for code, row in zip(CUSTOM_FORMATS, range(10, 40)):
        ws.cell(row, 1, 45000.75).number_format = code


@pytest.mark.parametrize("epoch", [None, CALENDAR_MAC_1904])
def test_same_values_on_a_workbook_written_by_openpyxl(tmp_path: Path, epoch: dt.datetime | None) -> None:
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    _typed(wb)
    wb.save(tmp_path / "typen.xlsx")
    raw = assert_package_same(tmp_path / "typen.xlsx")
    assert isinstance(dict(raw.sheets["Sheet"].rows)[12][0], dt.timedelta)


def test_chart_sheets_are_skipped_the_same_way(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append([1, 2, 3])
    chart = BarChart()
    chart.add_data(Reference(wb.active, min_col=1, max_col=3, min_row=1))
    wb.create_chartsheet("Grafiek").add_chart(chart)
    wb.create_sheet("Na de grafiek").append(["x"])
    wb.save(tmp_path / "grafiek.xlsx")
    assert assert_package_same(tmp_path / "grafiek.xlsx").skipped == ["Grafiek"]


# A package written by hand: absolute and roundabout targets, a hidden sheet, rich and phonetic shared strings,
# xml:space, openpyxl's x005F_ quirk, custom number formats (one overriding a built-in id) and the 1904 epoch.
TYPES = f"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
{"".join(f'<Override PartName="/xl/worksheets/s{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for n in (1, 2))}
</Types>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="true"/><sheets>
<sheet name="A &amp; B" sheetId="1" r:id="rId1"/><sheet name="Verborgen" sheetId="2" state="hidden" r:id="rId2"/>
</sheets></workbook>"""
RELS = f"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="/xl/worksheets/s1.xml"/>
<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/../worksheets/s2.xml"/>
<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="{REL}/hyperlink" Target="https://example.org" TargetMode="External"/>
</Relationships>"""
STRINGS = f"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="7" uniqueCount="7">
<si><t>gewoon</t></si><si><t xml:space="preserve">  spaties\r\nen regels  </t></si>
<si><r><rPr><b/></rPr><t>rijk </t></r><r><t xml:space="preserve">opgemaakt </t></r><rPh sb="0" eb="1"><t>fon</t></rPh>
<phoneticPr fontId="1"/></si><si><t/></si><si><t>_x005F_x0041_ en &amp;&lt;&gt;</t></si>
<si><t>voor</t><r><t>na</t></r></si><si/></sst>"""
STYLES = f"""<styleSheet xmlns="{MAIN}"><numFmts count="{len(CUSTOM_FORMATS) + 1}">
<numFmt numFmtId="14" formatCode="0.00"/>
{"".join(f'<numFmt numFmtId="{164 + i}" formatCode="{c.replace(chr(34), "&quot;")}"/>' for i, c in enumerate(CUSTOM_FORMATS))}
</numFmts><cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs><cellXfs>
<xf/>{"".join(f'<xf numFmtId="{n}"/>' for n in [14, 22, 45, 46, 47, 2, *range(164, 164 + len(CUSTOM_FORMATS))])}
</cellXfs></styleSheet>"""
STYLE_COUNT = 7 + len(CUSTOM_FORMATS)


def _sheet(rows: str) -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'.encode()


def _cells() -> str:
    strings = "".join(f'<c r="{get_column_letter(i + 1)}1" t="s"><v>{i}</v></c>' for i in range(7))
    numbers = "".join(f'<row r="{s + 2}"><c s="{s}"><v>45000.75</v></c><c s="{s}"><v>0.5</v></c>'
                      f'<c s="{s}"><v>30</v></c></row>' for s in range(STYLE_COUNT))
    return f'<row r="1">{strings}</row>{numbers}'


def hand_package(**changes: bytes) -> bytes:
    entries = {"[Content_Types].xml": TYPES.encode(), "xl/workbook.xml": WORKBOOK.encode(),
               "xl/_rels/workbook.xml.rels": RELS.encode(), "xl/strings.xml": STRINGS.encode(),
               "xl/styles.xml": STYLES.encode(), "xl/worksheets/s1.xml": _sheet(_cells()),
               "xl/worksheets/s2.xml": _sheet('<row><c t="inlineStr"><is><t>verborgen</t></is></c></row>')}
    entries.update(changes)
    return _zip({name: data for name, data in entries.items() if data})


def test_same_values_on_a_hand_written_package(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    path.write_bytes(hand_package())
    raw = assert_package_same(path)
    assert list(raw.sheets) == ["A & B", "Verborgen"]
    assert raw.sheets["A & B"].header == ["gewoon", "  spaties\nen regels  ", "rijk opgemaakt ", "",
                                          "_x0041_ en &<>", "voorna", ""]
    rows = dict(raw.sheets["A & B"].rows)
    assert rows[2][0] == 45000.75 and rows[3] == (45000.75, 0.5, 30)  # style 1: id 14 made custom "0.00"
    assert rows[4][0] == dt.datetime(2027, 3, 16, 18)  # 1904 epoch


@pytest.mark.parametrize("changes", [
    {"xl/workbook.xml": WORKBOOK.replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main").encode()},
    {"xl/workbook.xml": b"<!DOCTYPE workbook>" + WORKBOOK.split("?>", 1)[1].encode()},
    {"xl/strings.xml": BOMB.encode()},
    {"xl/styles.xml": b""},
    {"xl/styles.xml": f'<styleSheet xmlns="{MAIN}"/>'.encode()},
    {"xl/_rels/workbook.xml.rels": RELS.replace(f"{REL}/worksheet", f"{REL}/macrosheet", 1).encode()},
    {"xl/worksheets/s2.xml": b""},
    {"xl/worksheets/s1.xml": _sheet("").replace(b"worksheet", b"dialogsheet")},
    {"[Content_Types].xml": TYPES.replace("sheet.main+xml", "nothing+xml").encode()},
    {"xl/workbook.xml": WORKBOOK.replace('date1904="true"', 'date1904="ja"').encode()},
    {"xl/strings.xml": STRINGS.replace("<si><t>voor</t>", "<si><t>voor</t><t>twee</t>").encode()},
    {"xl/workbook.xml": WORKBOOK.replace("Verborgen", "A &amp; B").encode()},
], ids=["strict", "doctype", "bom", "geen-stijlen", "lege-stijlen", "macroblad", "blad-weg", "dialoogblad",
        "geen-werkmap", "date1904", "twee-t", "dubbele-naam"])
def test_unusual_packages_are_left_to_openpyxl(tmp_path: Path, changes: dict[str, bytes]) -> None:
    path = tmp_path / "vreemd.xlsx"
    path.write_bytes(hand_package(**changes))
    with pytest.raises(fastread.Unsupported):
        reader.read_raw_package(path)
    try:
        expected: object = _dump(reader.read_raw_openpyxl(path, fast=False))
    except Exception as exc:  # noqa: BLE001
        expected = type(exc)
    try:
        got: object = _dump(reader.read_raw(path))
    except Exception as exc:  # noqa: BLE001
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize("part", ["xl/strings.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"])
def test_entity_bombs_in_the_structure_are_refused(tmp_path: Path, part: str) -> None:
    target = tmp_path / "bom.xlsx"
    target.write_bytes(hand_package(**{part: BOMB.encode()}))
    with pytest.raises(storage.WorkbookError, match="verboden XML"):
        storage.load(target)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_same_load_on_workbooks_resaved_by_libreoffice(saved: Path, demo_path: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    typed = tmp_path / "typen.xlsx"
    wb = Workbook()
    _typed(wb)
    wb.save(typed)
    for name, source in [("eigen", saved), ("demo", demo_path), ("hand", hand_edited(saved, tmp_path))]:
        (tmp_path / name).mkdir()
        assert_same_load(_libreoffice_resave(source, tmp_path / name), monkeypatch)
    (tmp_path / "t").mkdir()
    assert_package_same(_libreoffice_resave(typed, tmp_path / "t"))


@given(st.floats(min_value=-1e6, max_value=2.9e6, allow_nan=False) | st.integers(-10**6, 2_900_000),
       st.sampled_from([excel.WINDOWS_EPOCH, excel.MAC_EPOCH]), st.booleans())
def test_from_excel_as_openpyxl(value: float, epoch: dt.datetime, timedelta: bool) -> None:
    def outcome(convert: Callable[..., object]) -> object:
        try:
            return convert(value, epoch, timedelta=timedelta)
        except (OverflowError, ValueError) as exc:
            return type(exc)
    assert outcome(excel.from_excel) == outcome(from_excel)


def test_columns_and_formats_as_openpyxl() -> None:
    assert all(excel.column_letter(i) == get_column_letter(i) for i in range(1, excel.MAX_COLUMN + 1))
    assert all(excel.column_index(get_column_letter(i)) == i for i in range(1, excel.MAX_COLUMN + 1))
    for wrong in ["", "AAAA", "A1", "@", "ä"]:
        with pytest.raises(ValueError):
            column_index_from_string(wrong)
        with pytest.raises(ValueError):
            excel.column_index(wrong)
    assert excel.BUILTIN_DATE_IDS == {i for i, code in BUILTIN_FORMATS.items() if openpyxl_is_date_format(code)}
    assert excel.BUILTIN_TIMEDELTA_IDS == {i for i, c in BUILTIN_FORMATS.items() if openpyxl_is_timedelta_format(c)}
    for code in [*CUSTOM_FORMATS, *BUILTIN_FORMATS.values(), None]:
        assert excel.is_date_format(code) == openpyxl_is_date_format(code), code
        assert excel.is_timedelta_format(code) == openpyxl_is_timedelta_format(code), code


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_loading_the_demo_does_not_import_openpyxl(demo_path: Path) -> None:
    code = ("import sys; import workshop.storage as s; r = s.load(sys.argv[1] if len(sys.argv) > 1 else {!r}); "
            "print(sorted(m for m in ('openpyxl', 'numpy') if m in sys.modules), len(r.trajectory.participants))")
    assert _run(code.format(str(demo_path))) == f"[] {len(demo.build_demo().participants)}"


def test_saving_imports_openpyxl_without_numpy(tmp_path: Path) -> None:
    code = ("import sys; from workshop import demo, storage; storage.save(demo.build_demo(), {!r}); "
            "print('openpyxl' in sys.modules, 'numpy' in sys.modules)")
    assert _run(code.format(str(tmp_path / "d.xlsx"))) == "True False"
