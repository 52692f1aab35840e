"""Assemble sheet records into a validated Trajectory, mapping any pydantic error back to its sheet, row and column."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from workshop.storage.errors import Log
from workshop.storage.layout import (
    ACTIONS,
    ASSUMPTIONS,
    BLOCKS,
    INFO,
    PARTICIPANTS,
    RELATIONS,
    SCORES,
    SESSIONS,
    SPHERES,
    SUB_AMBITIONS,
    VOTE_OPTIONS,
    VOTES,
    VOTING_ROUNDS,
    Sheet,
)
from workshop.storage.parse import shown
from workshop.storage.sheets import SheetRecords
from workshop.trajectory import Trajectory

PLACES: dict[tuple[str, ...], Sheet] = {
    ("theory", "sub_ambitions"): SUB_AMBITIONS, ("theory", "blocks"): BLOCKS, ("theory", "relations"): RELATIONS,
    ("theory", "actions"): ACTIONS, ("theory", "spheres"): SPHERES, ("sessions",): SESSIONS,
    ("participants",): PARTICIPANTS, ("voting_rounds",): VOTING_ROUNDS, ("votes",): VOTES,
    ("assumptions",): ASSUMPTIONS, ("scores",): SCORES,
}
"""Where each list of the Trajectory lives in the workbook."""

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


def _rounds(sheets: dict[str, SheetRecords]) -> list[dict[str, Any]]:
    rounds = _records(sheets, VOTING_ROUNDS)
    by_id = {r.get("id"): r for r in rounds}
    for option in _records(sheets, VOTE_OPTIONS):
        option = dict(option)
        owner = by_id.get(option.pop("round_id", None))
        if owner is not None:
            owner.setdefault("options", []).append(option)
    return rounds


def trajectory_data(info: dict[str, Any], sheets: dict[str, SheetRecords]) -> dict[str, Any]:
    """The nested dict that Trajectory.model_validate takes."""
    data = nest({k: v for k, v in info.items() if k not in ("schema_version", "app_version")})
    theory = data.setdefault("theory", {})
    for path, spec in PLACES.items():
        if spec is SESSIONS and spec.name not in sheets:
            continue  # no Sessies sheet: the trajectory gets its four default sessions
        target = theory if path[0] == "theory" else data
        target[path[-1]] = _rounds(sheets) if spec is VOTING_ROUNDS else _records(sheets, spec)
    return data


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
