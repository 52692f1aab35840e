"""Write a Trajectory as a workbook: one Excel table per sheet, validation on closed lists, user text kept as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

from workshop.storage.excel import import_openpyxl

import_openpyxl()  # before any openpyxl import: keeps numpy out

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.cell.cell import Cell  # noqa: E402
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # noqa: E402

from workshop import __version__
from workshop.storage.errors import CellError, UnwritableValue
from workshop.storage.fastwrite import use_fast_writer
from workshop.storage.extras import ExtraColumns, Extras, ExtraSheet, Formula, RowKey
from workshop.storage.layout import DATA_SHEETS, INFO, INFO_ROWS, SCHEMA_VERSION, Column, Kind, Sheet, normalise
from workshop.storage.results import results_sheets
from workshop.storage.safety import as_text
from workshop.storage.style import WRAP, add_table, declare_size, header_cell, prepare_sheet
from workshop.registry import COLLECTIONS
from workshop.trajectory import Trajectory

Format = Callable[[WriteOnlyWorksheet, Any], Any]
Pending = tuple[WriteOnlyWorksheet, list[Sequence[Any]]]
"""A sheet created and set up, with every row built but none written yet."""


def records(t: Trajectory, spec: Sheet) -> Iterable[Any]:
    """The domain objects behind the rows of a data sheet (from the collection registry)."""
    return COLLECTIONS[spec.collection].rows(t)


def text_cell(ws: WriteOnlyWorksheet, value: str, wrap: bool = False) -> Any:
    """User text as a cell value: escaped, never a formula, wrapped when the column wraps."""
    if not value:
        return None
    try:
        stored = as_text(ws, value)
    except ValueError as exc:
        raise CellError(str(exc)) from None
    if not wrap:
        return stored
    cell = stored if isinstance(stored, Cell) else WriteOnlyCell(ws, stored)
    cell.alignment = WRAP
    return cell


def _formatter(column: Column) -> Format | None:
    """How a domain value becomes a cell value; None when it can be written as it is."""
    wrap = column.wrap
    if column.kind in (Kind.ID, Kind.VOTER, Kind.INT, Kind.SCORE, Kind.DATE, Kind.DATETIME):
        return None
    if column.kind is Kind.CHOICE:
        return lambda ws, v: v.value
    if column.kind is Kind.BOOL:
        return lambda ws, v: "ja" if v else "nee"
    if column.kind in (Kind.TEXT_LIST, Kind.ID_LIST):
        return lambda ws, v: text_cell(ws, "\n".join(v), wrap)
    return lambda ws, v: text_cell(ws, v or "", wrap)


def extra_value(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A value from a user's extra column or sheet: formulas stay formulas, text stays text."""
    if isinstance(value, Formula):
        return str(value)
    if isinstance(value, str):
        return text_cell(ws, value)
    return value


class Plan(NamedTuple):
    """How the rows of one data sheet are written: headers in order and where each value comes from."""

    headers: list[str]
    columns: list[Column | None]
    get: Callable[[Any], tuple[Any, ...]]
    key: Callable[[Any], RowKey]
    slots: list[int | str]


def _tuple_getter(fields: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    get = attrgetter(*fields)
    return (lambda r: (get(r),)) if len(fields) == 1 else get


def plan_for(spec: Sheet, extra: ExtraColumns | None) -> Plan:
    """Column order: as found in the file (extra columns included), then any layout column it lacked."""
    known = {normalise(c.header): c for c in spec.columns}
    order = extra.order if extra else []
    order = order + [c.header for c in spec.columns if c.header not in order]
    columns = [known.get(normalise(h)) for h in order]
    fields = [c.field for c in columns if c is not None]
    slots: list[int | str] = []
    for header, column in zip(order, columns, strict=True):
        slots.append(fields.index(column.field) if column is not None else header)
    return Plan(order, columns, _tuple_getter(fields), _tuple_getter(list(spec.key)), slots)


def _rows(ws: WriteOnlyWorksheet, spec: Sheet, items: Iterable[Any], plan: Plan,
          extra: ExtraColumns | None) -> Iterable[list[Any]]:
    known = [c for c in plan.columns if c is not None]
    formats = [(i, f, known[i].header) for i, f in enumerate(_formatter(c) for c in known) if f is not None]
    direct = plan.slots == list(range(len(plan.slots)))
    found = extra.values if extra else {}
    where = ""
    for number, item in enumerate(items, start=2):
        try:
            values = list(plan.get(item))
            for i, fmt, header in formats:
                where = header
                values[i] = fmt(ws, values[i])
            if direct:
                yield values
                continue
            key = plan.key(item)
            yield [values[s] if isinstance(s, int) else extra_value(ws, found.get(s, {}).get(key))
                   for s in plan.slots]
        except CellError as exc:
            raise UnwritableValue(f"blad '{spec.name}', rij {number}, kolom '{where}': {exc}.") from None


def data_sheet(wb: Workbook, spec: Sheet, items: Iterable[Any], extra: ExtraColumns | None) -> Pending:
    """One data sheet as an Excel table with a frozen header, rows built but not yet written."""
    plan = plan_for(spec, extra)
    ws = wb.create_sheet(spec.name)
    use_fast_writer(ws)
    rows: list[Sequence[Any]] = [[header_cell(ws, h, c) for h, c in zip(plan.headers, plan.columns, strict=True)]]
    rows += _rows(ws, spec, items, plan, extra)
    prepare_sheet(ws, plan.columns, plan.headers, len(rows) - 1)
    add_table(ws, spec.table, plan.headers, len(rows) - 1)
    return ws, rows


def _info_values(t: Trajectory) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION, "app_version": __version__, "name": t.name, "created": t.created,
        "theory.ambition": t.theory.ambition, "theory.name": t.theory.name, "theory.source": t.theory.source,
        "rejected_suggestions": "\n".join(t.rejected_suggestions),
    }


def _located(sheet: str, number: int, ws: WriteOnlyWorksheet, values: Sequence[Any],
             wrap: bool = False) -> list[Any]:
    """A row of loose values (text guarded), or UnwritableValue saying where it failed."""
    try:
        return [text_cell(ws, v, wrap) if isinstance(v, str) and not isinstance(v, Formula) else extra_value(ws, v)
                for v in values]
    except CellError as exc:
        raise UnwritableValue(f"blad '{sheet}', rij {number}: {exc}.") from None


def info_sheet(wb: Workbook, t: Trajectory, extra_rows: list[tuple[str, Any]]) -> Pending:
    """The Info sheet: schema version first, then the trajectory's own fields, then the user's own rows."""
    ws = wb.create_sheet(INFO.name)
    headers = [c.header for c in INFO.columns]
    rows: list[Sequence[Any]] = [[header_cell(ws, h, c) for h, c in zip(headers, INFO.columns, strict=True)]]
    values = _info_values(t)
    pairs = [(row.key, values[row.field]) for row in INFO_ROWS] + list(extra_rows)
    rows += [_located(INFO.name, n, ws, pair, wrap=True) for n, pair in enumerate(pairs, start=2)]
    prepare_sheet(ws, list(INFO.columns), headers, len(rows) - 1)
    add_table(ws, INFO.table, headers, len(rows) - 1)
    return ws, rows


def extra_sheet(wb: Workbook, sheet: ExtraSheet) -> Pending:
    """A user's own sheet, cell values and formulas only."""
    ws = wb.create_sheet(sheet.title)
    rows: list[Sequence[Any]] = [_located(sheet.title, n, ws, row) for n, row in enumerate(sheet.rows, start=1)]
    declare_size(ws, max((len(r) for r in rows), default=1), len(rows))
    return ws, rows


def write_workbook(t: Trajectory, target: str | Path | IO[bytes], extras: Extras | None = None) -> None:
    """Write the whole workbook to a path or binary file; the derived sheets are rebuilt from the data."""
    # Every row is built before the first is written: content Excel cannot hold raises UnwritableValue
    # before openpyxl has opened any temporary file.
    extras = extras or Extras()
    wb = Workbook(write_only=True)
    wb.properties.creator = f"Werkplaats Verandertheorie {__version__}"
    wb.properties.created = dt.datetime.now().replace(microsecond=0)
    pending = [info_sheet(wb, t, extras.info)]
    for spec in DATA_SHEETS:
        pending.append(data_sheet(wb, spec, records(t, spec), extras.columns.get(spec.name)))
    pending += results_sheets(wb, t)
    pending += [extra_sheet(wb, sheet) for sheet in extras.sheets]
    for ws, rows in pending:
        for row in rows:
            ws.append(row)
    wb.save(target)
