"""Cross-sheet checks on the records, reported per Excel row: duplicate keys, unknown ids, impossible votes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, NamedTuple

from workshop import ids, integrity
from workshop.assumptions import GROUP
from workshop.storage.errors import Log
from workshop.programme import StepKind, StepStatus, opens_problem
from workshop.storage.layout import (
    ASSUMPTIONS, BLOCKS, RELATIONS, SESSIONS, STEPS, SUB_AMBITIONS, VOTE_OPTIONS, VOTES, VOTING_ROUNDS, Column, Kind,
)
from workshop.storage.sheets import SheetRecords
from workshop.trajectory import Trajectory
from workshop.voting import EntryMode, RoundKind

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
        if column.kind is Kind.VOTER and (ids.is_valid("anonymous", item) or item == GROUP):
            continue  # an anonymous code or the group's consensus names nobody on Deelnemers
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


class Rules(NamedTuple):
    """What a round allows, read from its row on Stemrondes: dots per voter, per option, tally, anonymous."""

    dots: int
    per_option: int
    tally: bool
    anonymous: bool = True


def round_rules(record: dict[str, Any]) -> Rules:
    """The rules of a round as the domain applies them (a single-choice round gives one dot)."""
    single = record.get("kind") == RoundKind.SINGLE.value
    dots = 1 if single else record.get("dots_per_participant", DEFAULT_DOTS)
    per_option = min(dots, record.get("max_per_option") or dots)
    return Rules(dots, per_option, record.get("mode") == EntryMode.TALLY.value, record.get("anonymous", True))


def _vote_rows(sheets: dict[str, SheetRecords]) -> Iterator[tuple[dict[str, Any], int]]:
    sheet = sheets[VOTES.name]
    yield from zip(sheet.records, sheet.rows, strict=True)


def _one_vote(record: dict[str, Any], row: int, rules: Rules, counted: Counter[tuple[Any, ...]], log: Log) -> None:
    round_id, voter, code, dot = (record.get(f) for f in ("round_id", "voter", "option_code", "dot"))
    if rules.tally:
        log.error(f"stemronde {round_id} is een telling; daar horen geen stemmen per deelnemer bij.", VOTES.name, row, "Stemronde")
        return
    if dot is not None and dot > rules.dots:
        log.error(f"stip {dot} is meer dan {_dots(rules.dots)} per deelnemer van {round_id}.", VOTES.name, row, "Stip")
    counted[(round_id, voter)] += 1
    if counted[(round_id, voter)] == rules.dots + 1:
        log.error(f"{voter} heeft hier meer stippen dan {_dots(rules.dots)} per deelnemer van {round_id}.",
                  VOTES.name, row, "Deelnemer")
    counted[(round_id, voter, code)] += 1
    if counted[(round_id, voter, code)] == rules.per_option + 1:
        log.error(f"{voter} zet hier meer dan {rules.per_option} {'stip' if rules.per_option == 1 else 'stippen'} op "
                  f"optie '{code}'; dat is het maximum per optie van {round_id}.", VOTES.name, row, "Optie")


def _who(rows: list[tuple[dict[str, Any], int]], rules: dict[Any, Rules], log: Log) -> None:
    """A named round has participants, never anonymous codes; an anonymous round with codes has no names in it
    (schema-1 anonymous rounds have names only, and that is how they stay)."""
    coded = {r.get("round_id") for r, _ in rows if ids.is_valid("anonymous", str(r.get("voter")))}
    for record, row in rows:
        round_id, voter = record.get("round_id"), str(record.get("voter"))
        if round_id not in rules:
            continue
        if not rules[round_id].anonymous and ids.is_valid("anonymous", voter):
            log.error(f"{voter} is een anonieme code, maar {round_id} is een ronde met namen.", VOTES.name, row, "Deelnemer")
        elif rules[round_id].anonymous and round_id in coded and ids.is_valid("participant", voter):
            log.error(f"{voter} staat met naam in de anonieme ronde {round_id}, die anonieme codes gebruikt; zo telt een "
                      "stem mogelijk twee keer.", VOTES.name, row, "Deelnemer")


def votes(sheets: dict[str, SheetRecords], log: Log) -> None:
    """A dot goes to an option of its own round, within the round's dots per voter and its maximum per option."""
    if VOTES.name not in sheets:
        return
    options = {k for k, _, _ in _keyed(sheets[VOTE_OPTIONS.name])} if VOTE_OPTIONS.name in sheets else set()
    rounds = sheets.get(VOTING_ROUNDS.name)
    rules = {r.get("id"): round_rules(r) for r in rounds.records} if rounds else {}
    counted: Counter[tuple[Any, ...]] = Counter()
    for record, row in _vote_rows(sheets):
        round_id, code = record.get("round_id"), record.get("option_code")
        code = code.strip() if isinstance(code, str) else code
        if round_id not in rules or code is None:
            continue
        if (round_id, code) not in options:
            log.error(f"'{code}' is geen optie van stemronde {round_id} (blad 'Stemopties').", VOTES.name, row, "Optie")
        _one_vote(record, row, rules[round_id], counted, log)
        if record.get("dot") is None:
            log.note(f"blad '{VOTES.name}', rij {row}: geen stipnummer ingevuld; de app nummert de stip zelf.")
    _who(list(_vote_rows(sheets)), rules, log)


def rewrites(sheets: dict[str, SheetRecords], log: Log) -> None:
    """No chain of 'Vervangt' links on Aannames comes back to where it started (each row in the circle is named)."""
    if ASSUMPTIONS.name not in sheets:
        return
    sheet = sheets[ASSUMPTIONS.name]
    replaces = {r.get("id"): r.get("replaces") for r in sheet.records if r.get("id")}
    for record, row in zip(sheet.records, sheet.rows, strict=True):
        start, seen, current = record.get("id"), [record.get("id")], record.get("replaces")
        while current in replaces and current not in seen:
            seen.append(current)
            current = replaces[current]
        if current == start and start is not None:
            circle = " → ".join([*seen, start])
            log.error(f"{start} vervangt {record.get('replaces')}, maar die keten komt rond: {circle}.",
                      ASSUMPTIONS.name, row, "Vervangt")


def steps(sheets: dict[str, SheetRecords], log: Log) -> None:
    """On Programma: a step belongs to a session on Sessies, opens what its kind can open, and a session has at
    most one step 'bezig'."""
    if STEPS.name not in sheets:
        return
    sessions = {r.get("number") for r in sheets[SESSIONS.name].records} if SESSIONS.name in sheets else set()
    running: dict[Any, int] = {}
    sheet = sheets[STEPS.name]
    for record, row in zip(sheet.records, sheet.rows, strict=True):
        number, status = record.get("session_number"), record.get("status")
        if sessions and number is not None and number not in sessions:
            log.error(f"sessie {number} staat niet op blad '{SESSIONS.name}'.", STEPS.name, row, "Sessie")
        kind = record.get("kind")  # None: empty (an uitleg) or not a kind (said on its own)
        if problem := opens_problem(StepKind(kind or StepKind.EXPLAIN), record.get("opens") or ""):
            log.error(f"{problem}.", STEPS.name, row, "Opent")
        if status in (StepStatus.RUNNING, StepStatus.RUNNING.value) and number is not None:
            if number in running:
                log.error(f"in sessie {number} is rij {running[number]} al 'bezig'; er kan maar één stap tegelijk "
                          "lopen.", STEPS.name, row, "Status")
            running.setdefault(number, row)


def check_records(sheets: dict[str, SheetRecords], log: Log) -> None:
    """All row-level cross-sheet checks."""
    known = known_ids(sheets)
    for sheet in sheets.values():
        duplicates(sheet, log)
        references(sheet, known, log)
    votes(sheets, log)
    rewrites(sheets, log)
    steps(sheets, log)


def check_trajectory(t: Trajectory, log: Log) -> None:
    """The domain's own consistency checks, as a last net behind the row-level checks."""
    for problem in integrity.problems(t):
        log.error(f"{problem.item}: {problem.message}.", problem.where)
