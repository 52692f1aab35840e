"""Read a workbook into a Trajectory: raw cells (own reader, openpyxl as fallback), migrations, conversion, checks."""

from __future__ import annotations

import logging
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defusedxml import DefusedXmlException

from workshop.storage import fastread, migrations
from workshop.storage.assemble import build
from workshop.storage.checks import check_records, check_trajectory
from workshop.storage.errors import Log, StorageError, WorkbookError
from workshop.storage.extras import Extras, ExtraSheet, Formula, LoadResult
from workshop.storage.excel import import_openpyxl
from workshop.storage.info import read_info, schema_version
from workshop.storage.layout import (
    DATA_SHEETS, DERIVED_SHEETS, EXCEL_TEXT_LIMIT, SCHEMA_VERSION, SHEET_BY_NAME, normalise,
)
from workshop.storage.losses import ColumnScan
from workshop.storage.notices import report_cells, report_own, report_own_texts
from workshop.storage.package import read_package
from workshop.storage.parse import is_blank
from workshop.storage.raw import RawSheet, RawWorkbook, Row
from workshop.storage.safety import unescape
from workshop.storage.sheets import SheetRecords, read_sheet

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

logger = logging.getLogger(__name__)
DERIVED = frozenset(normalise(title) for title in DERIVED_SHEETS)
"""The sheets the app rebuilds on every save: never read, and not the person's own sheets either."""


@dataclass
class ReadWorkbook(RawWorkbook):
    """A RawWorkbook plus what reading noted in the cells: per sheet title in the file, formulas and long texts."""

    findings: dict[str, list[fastread.Finding]] = field(default_factory=dict)


@contextmanager
def _opened(path: Path, data_only: bool) -> Iterator[Workbook]:
    import_openpyxl()
    from openpyxl import load_workbook

    with warnings.catch_warnings(), path.open("rb") as handle:
        warnings.simplefilter("ignore")
        # A file object, not a name: openpyxl would refuse names like 'werkmap.xlsx.bak' by extension.
        workbook = load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)
        try:
            yield workbook
        finally:
            workbook.close()


def _raw_sheet(title: str, rows: Iterable[Row]) -> RawSheet:
    sheet = RawSheet(title)
    for number, values in rows:
        if all(v is None or (type(v) is str and not v.strip()) for v in values):
            continue
        if sheet.header:
            sheet.rows.append((number, values))
        else:
            sheet.header = ["" if v is None else str(v) for v in values]
            sheet.header_row = number
    return sheet


def _openpyxl_rows(ws: Any) -> Iterator[Row]:
    ws.reset_dimensions()
    return enumerate(ws.iter_rows(values_only=True), start=1)


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _fast_cells(file: str, workbook: Any, ws: Any) -> fastread.Cells | None:
    context = fastread.context_of(workbook, ws)
    if context is None or not hasattr(ws, "_get_source"):
        logger.warning("%s, blad '%s': openpyxl is anders dan verwacht; openpyxl leest het blad zelf.", file, ws.title)
        return None
    try:
        with ws._get_source() as stream:
            return fastread.read_cells(stream, context)
    except fastread.Unsupported as exc:
        logger.warning("%s, blad '%s': de eigen lezer leest het blad niet (%s); openpyxl leest het.",
                       file, ws.title, exc)
        return None


def _package_cells(archive: zipfile.ZipFile, part: str, context: fastread.Context) -> fastread.Cells:
    with archive.open(part) as stream:
        if fastread.root_of(stream) != fastread.WORKSHEET:  # a strict-OOXML or dialog sheet, say
            raise fastread.Unsupported(f"{part} is geen gewoon werkblad")
    with archive.open(part) as stream:
        return fastread.read_cells(stream, context)


def _workbook(file: str, found: dict[str, fastread.Cells], skipped: list[str]) -> ReadWorkbook:
    raw = ReadWorkbook(file, skipped=skipped)
    for title, cells in found.items():
        raw.sheets[title] = _raw_sheet(title, cells.rows)
        if cells.findings:
            raw.findings[title] = cells.findings
    return raw


def read_raw_package(path: Path) -> ReadWorkbook:
    """Every worksheet's values without openpyxl; fastread.Unsupported when the package is not as expected."""
    found: dict[str, fastread.Cells] = {}
    skipped: list[str] = []
    with zipfile.ZipFile(path) as archive:
        package = read_package(archive)
        for part in package.sheets:
            if part.path is None:
                skipped.append(part.title)
            else:
                found[part.title] = _package_cells(archive, part.path, package.context)
    return _workbook(path.name, found, skipped)


def read_raw(path: Path, fast: bool = True) -> ReadWorkbook:
    """Every worksheet's values; chart sheets and the like are skipped.

    Fast: without openpyxl when the package allows, else (saying why in the log) with openpyxl for the structure and
    fastread per sheet.
    """
    if fast:
        try:
            return read_raw_package(path)
        except Exception as exc:  # noqa: BLE001  # whatever the own reader does not handle, openpyxl decides
            logger.warning("%s: de eigen lezer leest het bestand niet (%s); openpyxl leest het.", path.name,
                           _reason(exc))
    return read_raw_openpyxl(path, fast)


def read_raw_openpyxl(path: Path, fast: bool = True) -> ReadWorkbook:
    """Every worksheet's values with openpyxl reading the structure (and fastread the sheets, when `fast`)."""
    found: dict[str, fastread.Cells] = {}
    slow: dict[str, fastread.Cells] = {}
    skipped: list[str] = []
    with _opened(path, data_only=True) as workbook:
        for title in workbook.sheetnames:
            ws = workbook[title]
            if not hasattr(ws, "iter_rows"):
                skipped.append(title)
                continue
            cells = _fast_cells(path.name, workbook, ws) if fast else None
            if cells is None:
                cells = slow[title] = fastread.Cells(list(_openpyxl_rows(ws)), [])
            found[title] = cells
    if slow:
        _note_by_openpyxl(path, slow)
    return _workbook(path.name, found, skipped)


def _note_by_openpyxl(path: Path, slow: dict[str, fastread.Cells]) -> None:
    """For sheets openpyxl read: formulas (read again, as formulas) and long texts, as fastread notes them."""
    with _opened(path, data_only=False) as workbook:
        formulas = {title: _formulas(workbook[title]) for title in slow}
    for title, cells in slow.items():
        rows = {number: list(values) for number, values in cells.rows}
        cells.findings = [*_put_formulas(rows, formulas[title]), *_cut_long_texts(rows)]
        cells.findings.sort(key=lambda f: (f.row, f.column, isinstance(f, fastread.LongText)))
        cells.rows = [(number, tuple(rows[number])) for number in sorted(rows)]


def _put_formulas(rows: dict[int, list[Any]], formulas: dict[tuple[int, int], str]) -> list[fastread.FormulaCell]:
    """A formula cell without a computed value reads as the formula's text, as in fastread."""
    found = []
    for (number, column), text in formulas.items():
        values = rows.setdefault(number, [])
        values.extend([None] * (column - len(values)))
        found.append(fastread.FormulaCell(number, column, text, values[column - 1] is not None))
        values[column - 1] = fastread.formula_value(values[column - 1], text)
    return found


def _formulas(ws: Any) -> dict[tuple[int, int], str]:
    """(row, column) -> formula text of every formula cell of a sheet opened with data_only=False."""
    ws.reset_dimensions()
    found: dict[tuple[int, int], str] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                value = cell.value
                text = value if isinstance(value, str) else str(getattr(value, "text", "") or "")
                found[(cell.row, cell.column)] = "" if text == "=" else text
    return found


def _cut_long_texts(rows: dict[int, list[Any]]) -> list[fastread.LongText]:
    found = []
    for number, values in rows.items():
        for index, value in enumerate(values):
            if type(value) is str and len(value) > EXCEL_TEXT_LIMIT:
                values[index], note = fastread.long_text(number, index + 1, value)
                found.append(note)
    return found


def _kept(cell: Any, long: list[fastread.LongText]) -> Any:
    value = cell.value
    if cell.data_type == "f" and isinstance(value, str):
        return Formula(value)
    if isinstance(value, str) and len(value) > EXCEL_TEXT_LIMIT:
        value, note = fastread.long_text(cell.row, cell.column, value)
        long.append(note)
    return unescape(value) if isinstance(value, str) else value


def _extra_sheet(ws: Any, log: Log | None) -> ExtraSheet:
    ws.reset_dimensions()
    long: list[fastread.LongText] = []
    rows = [[_kept(cell, long) for cell in row] for row in ws.iter_rows()]
    while rows and all(is_blank(v) for v in rows[-1]):
        rows.pop()
    if long and log is not None:
        report_own_texts(ws.title, long, log)
    return ExtraSheet(ws.title, rows)


def read_extra_sheets(path: Path, titles: list[str], log: Log | None = None) -> list[ExtraSheet]:
    """User sheets with their formulas (read again without cached values, so formulas stay formulas).

    A text longer than a cell holds is cut to what it holds, with a warning in `log`.
    """
    if not titles:
        return []
    with _opened(path, data_only=False) as workbook:
        return [_extra_sheet(workbook[title], log) for title in titles]


def _classify(raw: RawWorkbook, log: Log) -> tuple[dict[str, RawSheet], list[str]]:
    data: dict[str, RawSheet] = {}
    extra: list[str] = []
    for title, sheet in raw.sheets.items():
        spec = SHEET_BY_NAME.get(normalise(title))
        if spec is not None and spec.name not in data:
            data[spec.name] = sheet
        elif normalise(title) not in DERIVED:
            extra.append(title)
    for title in raw.skipped:
        log.warn(f"het blad '{title}' is geen gewoon werkblad (bijvoorbeeld een grafiekblad) en wordt niet bewaard.")
    return data, extra


def _records(data: dict[str, RawSheet], log: Log) -> dict[str, SheetRecords]:
    sheets: dict[str, SheetRecords] = {}
    for spec in DATA_SHEETS:
        raw = data.get(spec.name)
        if raw is None and spec.required:
            log.error(f"het verplichte blad '{spec.name}' ontbreekt.")
        elif raw is None:
            rest = "de vier standaardsessies worden gebruikt" if spec.name == "Sessies" else "dat deel blijft leeg"
            log.warn(f"het blad '{spec.name}' ontbreekt; {rest}.")
        else:
            sheets[spec.name] = read_sheet(raw, spec, log)
    return sheets


def _own_columns(data: dict[str, RawSheet], sheets: dict[str, SheetRecords]) -> dict[str, ColumnScan]:
    """Per data sheet with own columns: where the sheet is in the file and which columns to look at."""
    found: dict[str, ColumnScan] = {}
    for name, records in sheets.items():
        if records.extras is not None and records.extras.values:
            raw = data[name]
            headers = {index + 1: h for h in records.extras.values if (index := raw.find(h)) is not None}
            found[name] = ColumnScan(raw.file_title, raw.header_row, headers)
    return found


def _interpret(path: Path, raw: ReadWorkbook) -> LoadResult:
    log = Log(raw.file)
    migrated_from = migrations.upgrade(raw, schema_version(raw))
    if migrated_from is not None:
        log.warn(f"is omgezet van het oude formaat (schema {migrated_from}) naar schema {SCHEMA_VERSION}; bij het "
                 f"opslaan krijgt het bestand schema {SCHEMA_VERSION} en kunnen oudere versies van Werkplaats het "
                 "niet meer openen.")
    data, extra_titles = _classify(raw, log)
    report_cells(raw.findings, data, log)
    info, info_extras = read_info(raw, log)
    sheets = _records(data, log)
    if any(p.row is None for p in log.problems):
        log.raise_if_any()  # a missing sheet or column would make every cross-sheet check noise
    check_records(sheets, log)
    log.raise_if_any()
    trajectory = build(info, sheets, log)
    if trajectory is not None:
        check_trajectory(trajectory, log)
    log.raise_if_any()
    assert trajectory is not None
    columns = {name: s.extras for name, s in sheets.items() if s.extras is not None}
    extras = Extras(read_extra_sheets(path, extra_titles, log), columns, info_extras)
    report_own(path, extra_titles, _own_columns(data, sheets), log)
    return LoadResult(trajectory, log.warnings, migrated_from, extras, log.notes)


def _causes(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _broken(file: str, exc: Exception) -> WorkbookError:
    if any(isinstance(e, DefusedXmlException) for e in _causes(exc)):
        return WorkbookError.single(
            file, "bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt niet geopend.")
    return WorkbookError.single(file, "is beschadigd of geen geldige Excel-werkmap.")


def read_workbook(path: str | Path) -> LoadResult:
    """Read and validate a workbook; every defect becomes a WorkbookError, and the file is never written."""
    path = Path(path)
    try:
        return _interpret(path, read_raw(path))
    except StorageError:
        raise
    except Exception as exc:  # untrusted input: whatever openpyxl trips over, the person gets a Dutch message
        raise _broken(path.name, exc) from exc
