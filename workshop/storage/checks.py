"""Cross-sheet checks on the records, reported per Excel row: duplicate keys, unknown ids, impossible votes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from workshop import integrity
from workshop.storage.errors import Log
from workshop.storage.layout import BLOCKS, RELATIONS, SUB_AMBITIONS, VOTE_OPTIONS, VOTES, VOTING_ROUNDS, Column, Kind
from workshop.storage.sheets import SheetRecords
from workshop.trajectory import Trajectory

UNKNOWN = {
    "Ambities": "geen bekende deelambitie", "Bouwstenen": "geen bekende bouwsteen",
    "Deelnemers": "geen bekende deelnemer", "Sferen": "geen bekende sfeer", "Stemrondes": "geen bekende stemronde",
    "Aannames": "geen bekende aanname", "element": "geen bekend element",
}
"""Per sheet a reference points to: how an unknown id is called ('de' words take 'bekende', 'het' words 'bekend')."""
DEFAULT_DOTS = 3


def _keyed(sheet: SheetRecords) -> Iterator[tuple[tuple[Any, ...], int, dict[str, Any]]]:
    for record, row in zip(sheet.records, sheet.rows, strict=True):
        key = sheet.key(record)
        if None not in key:
            yield key, row, record


def duplicates(sheet: SheetRecords, log: Log) -> None:
    """Every key may occur once per sheet."""
    first: dict[tuple[Any, ...], int] = {}
    column = sheet.spec.column(sheet.spec.key[0]).header
    for key, row, _ in _keyed(sheet):
        if key in first:
            what = f"'{key[0]}'" if len(key) == 1 else "de combinatie " + " / ".join(str(k) for k in key)
            log.error(f"{what} komt al voor op rij {first[key]}; dat mag maar één keer.", sheet.spec.name, row, column)
        else:
            first[key] = row


def known_ids(sheets: dict[str, SheetRecords]) -> dict[str, set[Any]]:
    """Per sheet name the ids found in its first key column, plus 'element' for every element id."""
    known = {name: {r.get(s.spec.key[0]) for r in s.records} - {None} for name, s in sheets.items()}
    relations = {f"{b}-{d}" for (b, d), _, _ in _keyed(sheets[RELATIONS.name])} if RELATIONS.name in sheets else set()
    known["element"] = {"H"} | known.get(SUB_AMBITIONS.name, set()) | known.get(BLOCKS.name, set()) | relations
    return known


def _check_value(value: Any, column: Column, known: set[Any], log: Log, sheet: str, row: int) -> None:
    values = value if column.kind is Kind.ID_LIST else [value]
    target = column.ref or ""
    for item in values:
        if item not in known:
            where = "" if target == "element" else f" (blad '{target}')"
            what = UNKNOWN.get(target, "niet te vinden")
            log.error(f"'{item}' is {what}{where}.", sheet, row, column.header)


def references(sheet: SheetRecords, known: dict[str, set[Any]], log: Log) -> None:
    """Every id that points elsewhere must exist there."""
    for column in (c for c in sheet.spec.columns if c.ref):
        targets = known.get(column.ref or "", set())
        for record, row in zip(sheet.records, sheet.rows, strict=True):
            value = record.get(column.field)
            if value is not None:
                _check_value(value, column, targets, log, sheet.spec.name, row)


def _dots(limit: int) -> str:
    return "de ene stip" if limit == 1 else f"de {limit} stippen"


def votes(sheets: dict[str, SheetRecords], log: Log) -> None:
    """A dot goes to an option of its own round, and no participant has more dots than the round allows."""
    if VOTES.name not in sheets:
        return
    options = {k for k, _, _ in _keyed(sheets[VOTE_OPTIONS.name])} if VOTE_OPTIONS.name in sheets else set()
    rounds = sheets.get(VOTING_ROUNDS.name)
    limits = {r.get("id"): r.get("dots_per_participant", DEFAULT_DOTS) for r in rounds.records} if rounds else {}
    for record, row in zip(sheets[VOTES.name].records, sheets[VOTES.name].rows, strict=True):
        round_id, code, dot = record.get("round_id"), record.get("option_code"), record.get("dot")
        code = code.strip() if isinstance(code, str) else code
        if round_id in limits and code is not None and (round_id, code) not in options:
            log.error(f"'{code}' is geen optie van stemronde {round_id} (blad 'Stemopties').", VOTES.name, row, "Optie")
        if round_id in limits and dot is not None and dot > limits[round_id]:
            log.error(f"stip {dot} is meer dan {_dots(limits[round_id])} per deelnemer van {round_id}.",
                      VOTES.name, row, "Stip")


def check_records(sheets: dict[str, SheetRecords], log: Log) -> None:
    """All row-level cross-sheet checks."""
    known = known_ids(sheets)
    for sheet in sheets.values():
        duplicates(sheet, log)
        references(sheet, known, log)
    votes(sheets, log)


def check_trajectory(t: Trajectory, log: Log) -> None:
    """The domain's own consistency checks, as a last net behind the row-level checks."""
    for problem in integrity.problems(t):
        log.error(f"{problem.item}: {problem.message}.", problem.where)
