"""The Info sheet: key/value rows holding the schema version and the trajectory's own fields."""

from __future__ import annotations

from typing import Any

from workshop.storage.errors import CellError, Log, WorkbookError, WorkbookProblem
from workshop.storage.layout import INFO, INFO_ROWS, SCHEMA_KEY, InfoRow, Kind, normalise
from workshop.storage.parse import is_blank, to_date, to_int, to_name, to_text, to_text_list
from workshop.storage.raw import RawSheet, RawWorkbook
from workshop.storage.safety import unescape

KEY, VALUE = (c.header for c in INFO.columns)
ROWS_BY_KEY: dict[str, InfoRow] = {normalise(r.key): r for r in INFO_ROWS}
MAX_VERSION = 10_000


def info_sheet(raw: RawWorkbook) -> RawSheet:
    """The Info sheet, or a WorkbookError saying this is not one of our workbooks."""
    sheet = raw.sheet(INFO.name)
    if sheet is None:
        raise WorkbookError.single(raw.file, f"het blad '{INFO.name}' ontbreekt; is dit wel een werkmap van "
                                             "Werkplaats Verandertheorie?")
    return sheet


def _columns(sheet: RawSheet, file: str) -> tuple[int, int]:
    key, value = sheet.find(KEY), sheet.find(VALUE)
    if key is None or value is None:
        missing = [h for h, i in ((KEY, key), (VALUE, value)) if i is None]
        raise WorkbookError(file, [WorkbookProblem(file, f"de verplichte kolom '{h}' ontbreekt.", INFO.name)
                                   for h in missing])
    return key, value


def _pairs(sheet: RawSheet, file: str) -> list[tuple[int, str, Any]]:
    key, value = _columns(sheet, file)
    pairs = []
    for number, values in sheet.rows:
        name = values[key] if key < len(values) else None
        if not is_blank(name):
            pairs.append((number, to_name(name), values[value] if value < len(values) else None))
    return pairs


def schema_version(raw: RawWorkbook) -> int:
    """The Schemaversie on the Info sheet; 0 when the row is absent (the layout before version 1)."""
    sheet = info_sheet(raw)
    for number, key, value in _pairs(sheet, raw.file):
        if normalise(key) == normalise(SCHEMA_KEY):
            if is_blank(value):
                raise WorkbookError.single(raw.file, "de schemaversie is leeg.", INFO.name, number, VALUE)
            try:
                return to_int(value, 0, MAX_VERSION, "geen geldige schemaversie")
            except CellError as exc:
                raise WorkbookError.single(raw.file, str(exc), INFO.name, number, VALUE) from None
    return 0


def _convert(row: InfoRow, value: Any) -> Any:
    if row.kind is Kind.DATE:
        return to_date(value)
    if row.kind is Kind.INT:
        return to_int(value, 0, MAX_VERSION)
    if row.kind is Kind.TEXT_LIST:
        return to_text_list(value)
    return to_text(value)


def read_info(raw: RawWorkbook, log: Log) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """The known Info fields (field -> value, blanks left out) and the unknown rows, kept as they are."""
    fields: dict[str, Any] = {}
    unknown: list[tuple[str, Any]] = []
    for number, key, value in _pairs(info_sheet(raw), raw.file):
        row = ROWS_BY_KEY.get(normalise(key))
        if row is None:
            unknown.append((key, unescape(value) if isinstance(value, str) else value))
        elif not is_blank(value):
            try:
                fields[row.field] = _convert(row, value)
            except CellError as exc:
                log.error(f"{str(exc)[:-1]} (bij '{row.key}').", INFO.name, number, VALUE)
    return fields, unknown
