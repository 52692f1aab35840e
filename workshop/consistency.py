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
* An action (a line of the handelingsperspectief) needs at least one non-blank actor: who does it.
* Every problem of :func:`workshop.integrity.problems` is reported as an error.
* Every finding carries ``ref``, the thing to select to show it (for an action: its bouwsteen), or None when
  nothing can be selected (a session).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from pydantic import BaseModel

from workshop import ids, integrity
from workshop.assumptions import MIDPOINT, Assumption, AssumptionStatus, latest_stats
from workshop.refs import Ref, RefKind
from workshop.sessions import Session, SessionStatus
from workshop.theory import Action
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
    ACTION_WITHOUT_ACTOR = "Acties zonder actor"
    SESSION_WITHOUT_ATTENDANCE = "Sessies zonder aanwezigheid"


SEVERITY_OF: dict[Category, Severity] = {
    Category.INTEGRITY: Severity.ERROR,
    Category.SUB_WITHOUT_BLOCKS: Severity.WARNING,
    Category.BLOCK_WITHOUT_RELATIONS: Severity.WARNING,
    Category.RELATION_WITHOUT_ASSUMPTION: Severity.NOTE,
    Category.CRUCIAL_WITHOUT_EVIDENCE: Severity.WARNING,
    Category.ACTION_WITHOUT_ACTOR: Severity.NOTE,
    Category.SESSION_WITHOUT_ATTENDANCE: Severity.NOTE,
}


class Finding(BaseModel):
    """One point of the consistency report: which check, which item (an element, action, assumption or session id),
    what is wrong, how bad, and what to select to show it."""

    category: Category
    element_id: str
    message: str
    severity: Severity
    ref: Ref | None = None
    """The thing to select to show it: the element, the assumption; for an action its bouwsteen; None for a session."""

    def __str__(self) -> str:
        return f"[{self.severity.value}] {self.element_id}: {self.message}"


def _finding(category: Category, element_id: str, message: str, ref: Ref | None = None) -> Finding:
    return Finding(category=category, element_id=element_id, message=message, severity=SEVERITY_OF[category], ref=ref)


def locate(t: Trajectory, item: str) -> Ref | None:
    """What to select to show an item named by its id: a theory element, an action's bouwsteen, an assumption,
    a participant or a voting round; None when there is no such thing (any more)."""
    if item in t.theory.element_ids():
        return Ref.element(item)
    action = next((a for a in t.theory.actions if a.id == item), None)
    if action is not None:
        return Ref.element(action.block_id) if t.theory.block(action.block_id) else None
    kinds = ((RefKind.ASSUMPTION, t.assumption), (RefKind.PARTICIPANT, t.participant), (RefKind.ROUND, t.voting_round))
    return next((Ref(kind, item) for kind, find in kinds if find(item) is not None), None)


def _integrity(t: Trajectory) -> Iterator[Finding]:
    for problem in integrity.problems(t):
        ref = locate(t, problem.item.split("/")[0])  # a score or ballot ('A-001/P-01') shows its assumption or round
        yield _finding(Category.INTEGRITY, problem.item, f"{problem.where}: {problem.message}", ref)


def _subs_without_blocks(t: Trajectory) -> Iterator[Finding]:
    """Deelambities fed by no bouwsteen, or only by those for all deelambities (the foundation and the band)."""
    for sub in t.theory.sub_ambitions:
        feeding = t.theory.relations_to(sub.id)
        if all(t.theory.for_all_type(r.block_id) is not None for r in feeding):
            besides = " (behalve de bouwstenen voor alle deelambities)" if feeding else ""
            message = f"Deelambitie '{sub.name}' heeft nog geen bouwsteen die eraan bijdraagt{besides}."
            yield _finding(Category.SUB_WITHOUT_BLOCKS, sub.id, message, Ref.element(sub.id))


def _blocks_without_relations(t: Trajectory) -> Iterator[Finding]:
    for block in t.theory.blocks:
        if not t.theory.relations_of_block(block.id):
            message = f"Bouwsteen '{block.label}' draagt nog aan geen enkele deelambitie bij."
            yield _finding(Category.BLOCK_WITHOUT_RELATIONS, block.id, message, Ref.element(block.id))


def _relations_without_assumption(t: Trajectory) -> Iterator[Finding]:
    covered = {a.element_id for a in t.assumptions if a.element_id}
    for relation in sorted(t.theory.relations, key=lambda r: (ids.sort_key(r.block_id), ids.sort_key(r.sub_ambition_id))):
        if relation.key not in covered and relation.block_id not in covered:
            label = t.theory.element_label(relation.key) or relation.key
            message = f"Bij de pijl {label} ({relation.type.value}) staat nog geen aanname."
            ref = Ref.element(relation.key)
            yield _finding(Category.RELATION_WITHOUT_ASSUMPTION, relation.key, message, ref)


def has_evidence(assumption: Assumption) -> bool:
    """True when the assumption has a non-blank onderbouwing or at least one source."""
    return bool(assumption.evidence.strip() or assumption.sources)


def _crucial_without_evidence(t: Trajectory) -> Iterator[Finding]:
    open_ = [a for a in t.assumptions if a.status is not AssumptionStatus.REFUTED and not has_evidence(a)]
    latest = latest_stats(open_, t.scores) if open_ else {}  # statistics only for those that could be found
    for assumption in open_:
        stats = latest.get(assumption.id)
        if stats is None:
            message = f"Aanname '{_short(assumption.text)}' is nog niet gescoord en heeft geen onderbouwing of bron."
        elif stats.importance_mean >= MIDPOINT:
            message = f"Aanname '{_short(assumption.text)}' is {stats.quadrant.value} maar heeft geen onderbouwing of bron."
        else:
            continue
        ref = Ref(RefKind.ASSUMPTION, assumption.id)
        yield _finding(Category.CRUCIAL_WITHOUT_EVIDENCE, assumption.id, message, ref)


def has_actor(action: Action) -> bool:
    """True when the action names at least one (non-blank) actor."""
    return any(actor.strip() for actor in action.actors)


def _actions_without_actor(t: Trajectory) -> Iterator[Finding]:
    """Actions nobody is named for, per bouwsteen in schema order; the finding shows the bouwsteen."""
    order = {b.id: i for i, b in enumerate(t.theory.blocks)}
    for action in sorted(t.theory.actions, key=lambda a: order.get(a.block_id, len(order))):
        if has_actor(action):
            continue
        block = t.theory.block(action.block_id)
        where = f" bij bouwsteen '{block.label}'" if block else ""
        message = f"Actie '{_short(action.text)}'{where} heeft nog geen actor: wie pakt dit op?"
        yield _finding(Category.ACTION_WITHOUT_ACTOR, action.id, message, Ref.element(block.id) if block else None)


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
        *_relations_without_assumption(t), *_crucial_without_evidence(t), *_actions_without_actor(t),
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
