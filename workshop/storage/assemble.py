"""Assemble sheet records into a validated Trajectory, mapping any pydantic error back to its sheet, row and column."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from workshop.registry import COLLECTIONS
from workshop.storage.errors import Log
from workshop.storage.layout import DATA_SHEETS, INFO, SESSIONS, Sheet
from workshop.storage.parse import shown
from workshop.storage.sheets import SheetRecords
from workshop.trajectory import Trajectory

PLACES: dict[tuple[str, ...], Sheet] = {
    tuple(COLLECTIONS[s.collection].field.split(".")): s for s in DATA_SHEETS if not COLLECTIONS[s.collection].parent
}
"""Where each top-level list of the Trajectory lives in the workbook (from the collection registry)."""
NESTED: tuple[Sheet, ...] = tuple(s for s in DATA_SHEETS if COLLECTIONS[s.collection].parent)
"""Sheets whose rows belong inside a record of another sheet (the options of a voting round)."""

MESSAGES = {
    "missing": "ontbreekt", "string_too_short": "mag niet leeg zijn",
    "string_pattern_mismatch": "heeft niet de goede vorm",
    "greater_than_equal": "is te klein", "less_than_equal": "is te groot", "enum": "is geen toegestane waarde",
}


def nest(flat: dict[str, Any]) -> dict[str, Any]:
    """{'monitoring.who': x} -> {'monitoring': {'who': x}}."""
    result: dict[str, Any] = {}
    for name, value in flat.items():
        target = result
        *parents, leaf = name.split(".")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[leaf] = value
    return result


def _records(sheets: dict[str, SheetRecords], spec: Sheet) -> list[dict[str, Any]]:
    sheet = sheets.get(spec.name)
    if sheet is None:
        return []
    if any("." in c.field for c in spec.columns):
        return [nest(r) for r in sheet.records]
    return list(sheet.records)


def _attach(sheets: dict[str, SheetRecords], by_collection: dict[str, list[dict[str, Any]]]) -> None:
    """Put the rows of nested sheets into the records they belong to (unknown owners are reported elsewhere)."""
    for spec in NESTED:
        nested = COLLECTIONS[spec.collection]
        assert nested.parent is not None
        parent = COLLECTIONS[nested.parent]
        owners = {r.get(parent.key[0]): r for r in by_collection[nested.parent]}
        for row in _records(sheets, spec):
            row = dict(row)
            owner = owners.get(row.pop(nested.owner, None))
            if owner is not None:
                owner.setdefault(nested.field, []).append(row)


def trajectory_data(info: dict[str, Any], sheets: dict[str, SheetRecords]) -> dict[str, Any]:
    """The nested dict that Trajectory.model_validate takes."""
    data = nest({k: v for k, v in info.items() if k not in ("schema_version", "app_version")})
    theory = data.setdefault("theory", {})
    lists: dict[str, list[dict[str, Any]]] = {}
    for path, spec in PLACES.items():
        lists[spec.collection] = _records(sheets, spec)
        if spec is SESSIONS and spec.name not in sheets:
            continue  # no Sessies sheet: the trajectory gets its four default sessions
        target = theory if path[0] == "theory" else data
        target[path[-1]] = lists[spec.collection]
    _attach(sheets, lists)
    number_dots(lists.get("votes", []))
    return data


def number_dots(votes: list[dict[str, Any]]) -> None:
    """Give a vote typed in without a dot number (by hand, in Excel) the next free number of its voter."""
    taken: dict[tuple[Any, Any], set[int]] = {}
    for vote in votes:
        if "dot" in vote:
            taken.setdefault((vote.get("round_id"), vote.get("voter")), set()).add(vote["dot"])
    for vote in votes:
        if "dot" not in vote:
            used = taken.setdefault((vote.get("round_id"), vote.get("voter")), set())
            vote["dot"] = next(n for n in range(1, len(used) + 2) if n not in used)
            used.add(vote["dot"])


def _place(loc: tuple[int | str, ...], sheets: dict[str, SheetRecords]) -> tuple[str, int | None, str | None]:
    for path, spec in PLACES.items():
        size = len(path)
        index = loc[size] if len(loc) > size else None
        if tuple(loc[:size]) == path and isinstance(index, int):
            sheet = sheets.get(spec.name)
            row = sheet.rows[index] if sheet and index < len(sheet.rows) else None
            field = ".".join(str(p) for p in loc[size + 1:])
            column = next((c.header for c in spec.columns if c.field == field), None)
            return spec.name, row, column
    return INFO.name, None, None


def build(info: dict[str, Any], sheets: dict[str, SheetRecords], log: Log) -> Trajectory | None:
    """Validate the assembled data with pydantic; None (and problems in `log`) when it does not fit."""
    try:
        return Trajectory.model_validate(trajectory_data(info, sheets))
    except ValidationError as exc:
        for error in exc.errors():
            sheet, row, column = _place(error["loc"], sheets)
            what = MESSAGES.get(error["type"], "is ongeldig")
            log.error(f"de waarde {shown(error.get('input'))} {what}.", sheet, row, column)
        return None
