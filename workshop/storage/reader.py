"""Read a workbook into a Trajectory: raw cells (own reader, openpyxl as fallback), migrations, conversion, checks."""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
from workshop.storage.layout import DATA_SHEETS, RESULTS_SHEET, SCHEMA_VERSION, SHEET_BY_NAME, normalise
from workshop.storage.losses import ColumnScan
from workshop.storage.notices import report_own
from workshop.storage.package import read_package
from workshop.storage.parse import is_blank
from workshop.storage.raw import RawSheet, RawWorkbook, Row
from workshop.storage.safety import unescape
from workshop.storage.sheets import SheetRecords, read_sheet

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook


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


def _fast_rows(workbook: Any, ws: Any) -> list[Row] | None:
    context = fastread.context_of(workbook, ws)
    if context is None or not hasattr(ws, "_get_source"):
        return None
    try:
        with ws._get_source() as stream:
            return fastread.read_rows(stream, context)
    except fastread.Unsupported:
        return None


def _package_rows(archive: zipfile.ZipFile, part: str, context: fastread.Context) -> list[Row]:
    with archive.open(part) as stream:
        if fastread.root_of(stream) != fastread.WORKSHEET:  # a strict-OOXML or dialog sheet, say
            raise fastread.Unsupported(f"{part} is geen gewoon werkblad")
    with archive.open(part) as stream:
        return fastread.read_rows(stream, context)


def read_raw_package(path: Path) -> RawWorkbook:
    """Every worksheet's values without openpyxl; fastread.Unsupported when the package is not as expected."""
    raw = RawWorkbook(path.name)
    with zipfile.ZipFile(path) as archive:
        package = read_package(archive)
        for part in package.sheets:
            if part.path is None:
                raw.skipped.append(part.title)
            else:
                raw.sheets[part.title] = _raw_sheet(part.title, _package_rows(archive, part.path, package.context))
    return raw


def read_raw(path: Path, fast: bool = True) -> RawWorkbook:
    """Every worksheet's values; chart sheets and the like are skipped.

    Fast: without openpyxl when the package allows, else with openpyxl for the structure and fastread per sheet.
    """
    if fast:
        try:
            return read_raw_package(path)
        except Exception:  # noqa: BLE001  # whatever the own reader does not handle, openpyxl decides
            pass
    return read_raw_openpyxl(path, fast)


def read_raw_openpyxl(path: Path, fast: bool = True) -> RawWorkbook:
    """Every worksheet's values with openpyxl reading the structure (and fastread the sheets, when `fast`)."""
    raw = RawWorkbook(path.name)
    with _opened(path, data_only=True) as workbook:
        for title in workbook.sheetnames:
            ws = workbook[title]
            if not hasattr(ws, "iter_rows"):
                raw.skipped.append(title)
                continue
            rows = _fast_rows(workbook, ws) if fast else None
            raw.sheets[title] = _raw_sheet(title, _openpyxl_rows(ws) if rows is None else rows)
    return raw


def _kept(cell: Any) -> Any:
    value = cell.value
    if cell.data_type == "f" and isinstance(value, str):
        return Formula(value)
    return unescape(value) if isinstance(value, str) else value


def _extra_sheet(ws: Any) -> ExtraSheet:
    ws.reset_dimensions()
    rows = [[_kept(cell) for cell in row] for row in ws.iter_rows()]
    while rows and all(is_blank(v) for v in rows[-1]):
        rows.pop()
    return ExtraSheet(ws.title, rows)


def read_extra_sheets(path: Path, titles: list[str]) -> list[ExtraSheet]:
    """User sheets with their formulas (read again without cached values, so formulas stay formulas)."""
    if not titles:
        return []
    with _opened(path, data_only=False) as workbook:
        return [_extra_sheet(workbook[title]) for title in titles]


def _classify(raw: RawWorkbook, log: Log) -> tuple[dict[str, RawSheet], list[str]]:
    data: dict[str, RawSheet] = {}
    extra: list[str] = []
    for title, sheet in raw.sheets.items():
        spec = SHEET_BY_NAME.get(normalise(title))
        if spec is not None and spec.name not in data:
            data[spec.name] = sheet
        elif normalise(title) != normalise(RESULTS_SHEET):
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


def _interpret(path: Path, raw: RawWorkbook) -> LoadResult:
    log = Log(raw.file)
    migrated_from = migrations.upgrade(raw, schema_version(raw))
    if migrated_from is not None:
        log.warn(f"is omgezet van het oude formaat (schema {migrated_from}) naar schema {SCHEMA_VERSION}; bij het "
                 f"opslaan krijgt het bestand schema {SCHEMA_VERSION} en kunnen oudere versies van Werkplaats het "
                 "niet meer openen.")
    data, extra_titles = _classify(raw, log)
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
    extras = Extras(read_extra_sheets(path, extra_titles), columns, info_extras)
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
