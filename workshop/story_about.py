"""The assumptions as the veranderverhaal tells them: which belong where, and one line each with status and evidence."""

from __future__ import annotations

from workshop import ids
from workshop.assumptions import Assumption, AssumptionStatus
from workshop.story_words import brief, count, lower_first, name, quoted
from workshop.trajectory import Trajectory

STATUS_WORDS = {
    AssumptionStatus.CONFIRMED: "bevestigd",
    AssumptionStatus.DOUBTFUL: "twijfelachtig",
    AssumptionStatus.REFUTED: "ontkracht",
    AssumptionStatus.OPEN: "nog niet getoetst",
}
"""How the story words each status, in the order its tally names them."""
REWRITTEN = {AssumptionStatus.REFUTED: "ontkrachte", AssumptionStatus.DOUBTFUL: "twijfelachtige"}
"""How a rewritten assumption names the one it replaces, by that one's status."""


def current_assumptions(t: Trajectory) -> list[Assumption]:
    """The assumptions as they stand: one rewritten after testing is told through the one that replaces it."""
    replaced = {a.replaces for a in t.assumptions if a.replaces}
    return [a for a in t.assumptions if a.id not in replaced]


def _relation_into(t: Trajectory, element_id: str) -> str | None:
    """The deelambitie an existing relation leads to, for a relation key; else None."""
    if not ids.is_relation_key(element_id):
        return None
    block_id, sub_id = ids.relation_ends(element_id)
    return sub_id if t.theory.relation(block_id, sub_id) is not None else None


def assumptions_of_sub(t: Trajectory, sub_id: str) -> list[Assumption]:
    """The assumptions told with a deelambitie: about it, or about a relation leading to it."""
    return [a for a in current_assumptions(t) if a.element_id == sub_id or _relation_into(t, a.element_id) == sub_id]


def loose_assumptions(t: Trajectory) -> list[Assumption]:
    """The assumptions no deelambitie tells: about a bouwsteen, the hoofdambitie, the whole, or a relation gone."""
    subs = {d.id for d in t.theory.sub_ambitions}
    return [a for a in current_assumptions(t)
            if a.element_id not in subs and _relation_into(t, a.element_id) not in subs]


def where_loose(t: Trajectory, a: Assumption) -> str:
    """What a loose assumption is about, in words ('' for the whole)."""
    block = t.theory.block(a.element_id)
    if block is not None:
        return f"over {name(block.label)}"
    return "over de hoofdambitie" if a.element_id == "H" else ""


def assumption_line(t: Trajectory, a: Assumption, where: str) -> str:
    """“Als …, dan …” (bij ‘X’; bevestigd; gevolgd in de lerende praktijk). Onderbouwing: … (één bron)."""
    notes = [where] if where else []
    notes.append(STATUS_WORDS[a.status])
    if a.replaces:
        notes.append(_rewrite(t, a.replaces))
    if a.monitored:
        notes.append("gevolgd in de lerende praktijk")
    return f"{quoted(a.text)} ({'; '.join(notes)}). {evidence(a)}"


def _rewrite(t: Trajectory, old_id: str) -> str:
    old = t.assumption(old_id)
    kind = REWRITTEN.get(old.status, "eerdere") if old is not None else "eerdere"
    return f"nieuwe versie van een {kind} aanname"


def evidence(a: Assumption) -> str:
    """The group's evidence in brief, with the number of sources; or that there is none yet."""
    sources = f" ({count(len(a.sources), 'bron', 'bronnen')})" if a.sources else ""
    if a.evidence.strip():
        said = lower_first(brief(a.evidence))
        return f"Onderbouwing: {said.rstrip('.')}{sources}."
    if a.sources:
        return f"Onderbouwd met {count(len(a.sources), 'bron', 'bronnen')}."
    return "Nog zonder onderbouwing."
