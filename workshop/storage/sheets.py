"""Turn one raw data sheet into flat records, locating columns by header and converting every cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.storage.errors import CellError, Log
from workshop.storage.excel import column_letter
from workshop.storage.extras import ExtraColumns, RowKey
from workshop.storage.layout import Column, Sheet, normalise
from workshop.storage.parse import Converter, converter, is_blank
from workshop.storage.raw import RawSheet
from workshop.storage.safety import unescape

Plan = list[tuple[str, int, Converter, Column]]


@dataclass
class SheetRecords:
    """The records of one data sheet: field -> value per row (blank cells left out) and their Excel rows."""

    spec: Sheet
    records: list[dict[str, Any]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    extras: ExtraColumns | None = None

    def key(self, record: dict[str, Any]) -> RowKey:
        """The values of the key columns of a record (text stripped, as the domain strips names)."""
        return tuple(_stripped(record.get(f)) for f in self.spec.key)


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _header_index(raw: RawSheet, spec: Sheet, log: Log) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, header in enumerate(raw.header):
        name = normalise(header)
        if name and name in found:
            log.warn(f"blad '{spec.name}' heeft meer dan één kolom '{header.strip()}'; alleen de eerste wordt "
                     "gelezen en bewaard.")
            continue
        found[name] = index
    return found


def _plan(raw: RawSheet, spec: Sheet, found: dict[str, int], log: Log) -> Plan:
    plan: Plan = []
    for column in spec.columns:
        index = found.get(normalise(column.header))
        if index is not None:
            plan.append((column.field, index, converter(column), column))
        elif column.required:
            log.error(f"de verplichte kolom '{column.header}' ontbreekt.", spec.name)
        else:
            log.warn(f"op blad '{spec.name}' ontbreekt de kolom '{column.header}'; die blijft leeg.")
    return plan


def _extra_columns(raw: RawSheet, spec: Sheet, found: dict[str, int], log: Log) -> dict[str, int]:
    known = {normalise(c.header) for c in spec.columns}
    extra = {raw.header[i].strip(): i for n, i in found.items() if n and n not in known}
    for index, header in enumerate(raw.header):
        if not normalise(header) and any(index < len(v) and not is_blank(v[index]) for _, v in raw.rows):
            log.warn(f"blad '{spec.name}', kolom {column_letter(index + 1)} heeft geen kop en wordt niet bewaard.")
    return extra


def _column_order(raw: RawSheet, spec: Sheet, extra: dict[str, int]) -> list[str]:
    names = {normalise(c.header): c.header for c in spec.columns} | {normalise(h): h for h in extra}
    order: list[str] = []
    for header in raw.header:
        name = names.get(normalise(header))
        if name is not None and name not in order:
            order.append(name)
    return order


def _convert_row(values: tuple[Any, ...], number: int, plan: Plan, log: Log, sheet: str) -> dict[str, Any]:
    record: dict[str, Any] = {}
    width = len(values)
    for name, index, convert, column in plan:
        value = values[index] if index < width else None
        if value is None or (type(value) is str and not value.strip()):
            if column.required:
                log.error("dit veld is verplicht maar leeg.", sheet, number, column.header)
            continue
        try:
            record[name] = convert(value)
        except CellError as exc:
            log.error(str(exc), sheet, number, column.header)
    return record


def _extra_values(values: tuple[Any, ...], extra: dict[str, int]) -> dict[str, Any]:
    found = {h: values[i] for h, i in extra.items() if i < len(values) and not is_blank(values[i])}
    return {h: unescape(v) if isinstance(v, str) else v for h, v in found.items()}


def read_sheet(raw: RawSheet, spec: Sheet, log: Log) -> SheetRecords:
    """Convert every row of a data sheet; problems and warnings go to `log`."""
    result = SheetRecords(spec)
    found = _header_index(raw, spec, log)
    plan = _plan(raw, spec, found, log)
    extra = _extra_columns(raw, spec, found, log)
    order = _column_order(raw, spec, extra)
    if extra or order != [c.header for c in spec.columns]:
        result.extras = ExtraColumns(order=order, values={h: {} for h in extra})
    plan_indices = {index for _, index, _, _ in plan}
    for number, values in raw.rows:
        if all(is_blank(values[i]) for i in plan_indices if i < len(values)):
            if extra and _extra_values(values, extra):
                log.warn(f"blad '{spec.name}', rij {number} heeft alleen eigen kolommen ingevuld; die rij wordt "
                         "overgeslagen en niet bewaard.")
            continue
        record = _convert_row(values, number, plan, log, spec.name)
        result.records.append(record)
        result.rows.append(number)
        if result.extras is not None and extra:
            for header, value in _extra_values(values, extra).items():
                result.extras.values[header][result.key(record)] = value
    return result
