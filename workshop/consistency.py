"""The step-6 consistency check of a verandertheorie, shared by the command line and the GUI.

Decisions, so the CLI, the GUI and the tests agree:

* A relation (pijl) counts as covered by an assumption whose ``element_id`` is the relation key
  ('B1-D3') **or** the id of its bouwsteen ('B1'): a bouwsteen-level assumption such as
  "bestaanszekerheid is randvoorwaardelijk voor alle ambities" speaks for all its arrows.
* An assumption is *crucial* when the group scored its importance (belang) at or above the
  midpoint in its most recent scoring round, i.e. its quadrant is 'belangrijk en onzeker' or
  'belangrijk en zeker'. An assumption nobody has scored yet also counts as crucial: it has not
  been judged unimportant, so it should not slip through without evidence. Refuted assumptions
  ('ontkracht') are exempt. Evidence means a non-blank ``evidence`` summary or at least one source.
* A session needs attendance when its status is 'bezig' or 'afgerond', or its date lies before
  ``today``.
* Every problem of :func:`workshop.integrity.problems` is reported as an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from pydantic import BaseModel

from workshop import ids, integrity
from workshop.assumptions import MIDPOINT, Assumption, AssumptionStatus, latest_stats
from workshop.sessions import Session, SessionStatus
from workshop.trajectory import Trajectory


class Severity(StrEnum):
    """How serious a finding is, in the words shown to the facilitator."""

    ERROR = "fout"
    WARNING = "waarschuwing"
    NOTE = "aandachtspunt"


class Category(StrEnum):
    """The kinds of finding; the value is the Dutch heading of the group in a report."""

    INTEGRITY = "Fouten in de gegevens"
    SUB_WITHOUT_BLOCKS = "Deelambities zonder bouwstenen"
    BLOCK_WITHOUT_RELATIONS = "Bouwstenen zonder relaties"
    RELATION_WITHOUT_ASSUMPTION = "Relaties zonder aanname"
    CRUCIAL_WITHOUT_EVIDENCE = "Cruciale aannames zonder onderbouwing"
    SESSION_WITHOUT_ATTENDANCE = "Sessies zonder aanwezigheid"


SEVERITY_OF: dict[Category, Severity] = {
    Category.INTEGRITY: Severity.ERROR,
    Category.SUB_WITHOUT_BLOCKS: Severity.WARNING,
    Category.BLOCK_WITHOUT_RELATIONS: Severity.WARNING,
    Category.RELATION_WITHOUT_ASSUMPTION: Severity.NOTE,
    Category.CRUCIAL_WITHOUT_EVIDENCE: Severity.WARNING,
    Category.SESSION_WITHOUT_ATTENDANCE: Severity.NOTE,
}


class Finding(BaseModel):
    """One point of the consistency report: which check, which element, what is wrong, how bad."""

    category: Category
    element_id: str
    message: str
    severity: Severity

    def __str__(self) -> str:
        return f"[{self.severity.value}] {self.element_id}: {self.message}"


def _finding(category: Category, element_id: str, message: str) -> Finding:
    return Finding(category=category, element_id=element_id, message=message, severity=SEVERITY_OF[category])


def _integrity(t: Trajectory) -> Iterator[Finding]:
    for problem in integrity.problems(t):
        yield _finding(Category.INTEGRITY, problem.item, f"{problem.where}: {problem.message}")


def _subs_without_blocks(t: Trajectory) -> Iterator[Finding]:
    """Deelambities fed by no bouwsteen, or only by those for all deelambities (the foundation and the band)."""
    for sub in t.theory.sub_ambitions:
        feeding = t.theory.relations_to(sub.id)
        if all(t.theory.for_all_type(r.block_id) is not None for r in feeding):
            besides = " (behalve de bouwstenen voor alle deelambities)" if feeding else ""
            message = f"Deelambitie '{sub.name}' heeft nog geen bouwsteen die eraan bijdraagt{besides}."
            yield _finding(Category.SUB_WITHOUT_BLOCKS, sub.id, message)


def _blocks_without_relations(t: Trajectory) -> Iterator[Finding]:
    for block in t.theory.blocks:
        if not t.theory.relations_of_block(block.id):
            message = f"Bouwsteen '{block.label}' draagt nog aan geen enkele deelambitie bij."
            yield _finding(Category.BLOCK_WITHOUT_RELATIONS, block.id, message)


def _relations_without_assumption(t: Trajectory) -> Iterator[Finding]:
    covered = {a.element_id for a in t.assumptions if a.element_id}
    for relation in sorted(t.theory.relations, key=lambda r: (ids.sort_key(r.block_id), ids.sort_key(r.sub_ambition_id))):
        if relation.key not in covered and relation.block_id not in covered:
            label = t.theory.element_label(relation.key) or relation.key
            message = f"Bij de pijl {label} ({relation.type.value}) staat nog geen aanname."
            yield _finding(Category.RELATION_WITHOUT_ASSUMPTION, relation.key, message)


def has_evidence(assumption: Assumption) -> bool:
    """True when the assumption has a non-blank onderbouwing or at least one source."""
    return bool(assumption.evidence.strip() or assumption.sources)


def _crucial_without_evidence(t: Trajectory) -> Iterator[Finding]:
    latest = latest_stats(t.assumptions, t.scores)
    for assumption in t.assumptions:
        if assumption.status is AssumptionStatus.REFUTED or has_evidence(assumption):
            continue
        stats = latest.get(assumption.id)
        if stats is None:
            message = f"Aanname '{_short(assumption.text)}' is nog niet gescoord en heeft geen onderbouwing of bron."
        elif stats.importance_mean >= MIDPOINT:
            message = f"Aanname '{_short(assumption.text)}' is {stats.quadrant.value} maar heeft geen onderbouwing of bron."
        else:
            continue
        yield _finding(Category.CRUCIAL_WITHOUT_EVIDENCE, assumption.id, message)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def needs_attendance(session: Session, today: dt.date) -> bool:
    """True when the session has started, finished or its date has passed."""
    started = session.status in (SessionStatus.RUNNING, SessionStatus.DONE)
    return started or (session.date is not None and session.date < today)


def _sessions_without_attendance(t: Trajectory, today: dt.date) -> Iterator[Finding]:
    for session in t.sessions:
        if needs_attendance(session, today) and not session.attendance:
            message = f"Sessie {session.number} ({session.title}) is {session.status.value} maar er is geen aanwezigheid ingevuld."
            yield _finding(Category.SESSION_WITHOUT_ATTENDANCE, f"sessie {session.number}", message)


def check(t: Trajectory, today: dt.date | None = None) -> list[Finding]:
    """Every finding of the consistency check, grouped in Category order; empty when all is well."""
    day = today or dt.date.today()
    return [
        *_integrity(t), *_subs_without_blocks(t), *_blocks_without_relations(t),
        *_relations_without_assumption(t), *_crucial_without_evidence(t),
        *_sessions_without_attendance(t, day),
    ]


def grouped(findings: list[Finding]) -> dict[Category, list[Finding]]:
    """Findings per category, in Category order, leaving out empty categories."""
    result: dict[Category, list[Finding]] = {}
    for category in Category:
        mine = [f for f in findings if f.category is category]
        if mine:
            result[category] = mine
    return result


def report_text(findings: list[Finding]) -> str:
    """The report as plain Dutch text, one block per category."""
    if not findings:
        return "Consistentiecheck: geen bevindingen. De verandertheorie is consistent."
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    summary = ", ".join(f"{n} {_plural(s, n)}" for s, n in counts.items() if n)
    noun = "bevinding" if len(findings) == 1 else "bevindingen"
    lines = [f"Consistentiecheck: {len(findings)} {noun} ({summary})."]
    for category, mine in grouped(findings).items():
        lines += ["", f"{category.value} ({len(mine)}, {SEVERITY_OF[category].value}):"]
        lines += [f"  - {f.element_id}: {f.message}" for f in mine]
    return "\n".join(lines)


def _plural(severity: Severity, count: int) -> str:
    plurals = {Severity.ERROR: "fouten", Severity.WARNING: "waarschuwingen", Severity.NOTE: "aandachtspunten"}
    return severity.value if count == 1 else plurals[severity]
