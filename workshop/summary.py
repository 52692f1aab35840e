"""A plain-text Dutch summary of a whole trajectory, for the facilitator (CLI and GUI); no numbers of unrevealed rounds."""

from __future__ import annotations

import textwrap

from workshop import ids
from workshop.assumptions import QUADRANT_ORDER, Assumption, AssumptionStats, Score, latest_stats
from workshop.scoring import ScoringRound
from workshop.sessions import Session
from workshop.theory import Origin, Theory
from workshop.trajectory import Trajectory
from workshop.voting import RoundKind, RoundStatus, VotingRound, tally

WIDTH = 100
"""Line width for wrapped running text."""

DISSENT_MARK = "[verdeeld]"
"""Shown behind an assumption whose scores show dissent in the group."""
HIDDEN = " (nog niet onthuld)"
"""Shown behind a round whose results the room has not seen yet: the summary gives no numbers of it."""
PENDING = "nog niet onthuld"
"""The group of assumptions scored only in rounds not yet revealed."""


def number(value: float) -> str:
    """A score mean with one decimal and a Dutch decimal comma: 3.25 -> '3,3'."""
    return f"{value:.1f}".replace(".", ",")


def count(n: int, singular: str, plural: str) -> str:
    """'1 stip', '3 stippen': a number with the right Dutch noun form."""
    return f"{n} {singular if n == 1 else plural}"


def _wrap(text: str, indent: str) -> list[str]:
    """Running text wrapped at WIDTH, every line indented; blank text gives no lines."""
    paragraphs = [p for p in text.strip().splitlines() if p.strip()]
    return [line for p in paragraphs for line in textwrap.wrap(p, WIDTH, initial_indent=indent, subsequent_indent=indent)]


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "=" * len(title)]


def _header(t: Trajectory) -> list[str]:
    lines = [f"Traject: {t.name or '(naamloos)'}", f"Aangemaakt: {t.created.isoformat()}"]
    if t.theory.name:
        lines.append(f"Model: {t.theory.name}")
    if t.theory.source:
        lines.append(f"Bron: {t.theory.source}")
    return lines


def _block_lines(theory: Theory, block_id: str) -> list[str]:
    block = theory.block(block_id)
    assert block is not None
    origin = " (eigen bouwsteen van de groep)" if block.origin is Origin.GROUP else ""
    lines = [f"  {block.id}  {block.name}{origin}"]
    for relation in sorted(theory.relations_of_block(block_id), key=lambda r: ids.sort_key(r.sub_ambition_id)):
        sub = theory.sub_ambition(relation.sub_ambition_id)
        lines.append(f"      → {relation.sub_ambition_id} {sub.name if sub else '?'} ({relation.type.value})")
    if not theory.relations_of_block(block_id):
        lines.append("      (nog geen relaties)")
    if actions := theory.actions_of(block_id):
        lines.append(f"      {count(len(actions), 'actie', 'acties')} in het handelingsperspectief")
    return lines


def _theory(t: Trajectory) -> list[str]:
    theory = t.theory
    lines = _heading("Verandertheorie") + ["Hoofdambitie:"]
    lines += _wrap(theory.ambition, "  ") or ["  (nog niet ingevuld)"]
    lines += ["", f"Deelambities ({len(theory.sub_ambitions)}):"]
    lines += [f"  {d.id}  {d.name}" for d in theory.sub_ambitions] or ["  (geen)"]
    lines += ["", f"Bouwstenen ({len(theory.blocks)}) en hun relaties:"]
    for block in theory.blocks:
        lines += _block_lines(theory, block.id)
    return lines if theory.blocks else lines + ["  (geen)"]


def _session(s: Session) -> list[str]:
    date = s.date.isoformat() if s.date else "geen datum"
    lines = [f"  Sessie {s.number}: {s.title} — {date} — {s.status.value} — {len(s.attendance)} aanwezig"]
    if s.decisions.strip():
        lines += ["      Besluiten:"] + _wrap(s.decisions, "        ")
    return lines


def _sessions(t: Trajectory) -> list[str]:
    lines = _heading("Sessies")
    lines.append(f"  {count(len(t.participants), 'deelnemer', 'deelnemers')} in het traject")
    for session in sorted(t.sessions, key=lambda s: s.number):
        lines += _session(session)
    return lines


def _option(code: str, label: str) -> str:
    return f"{code} {label}" if label and label != code else code


def _round(t: Trajectory, voting_round: VotingRound) -> list[str]:
    """A round with its rules and, once revealed, its tally; before that only its options, without numbers."""
    shown = voting_round.status is RoundStatus.REVEALED
    where = f"sessie {voting_round.session_number}, " if voting_round.session_number else ""
    voters = len({v.voter for v in t.votes if v.round_id == voting_round.id})
    who = "geteld door de begeleider" if voting_round.is_tally else f"{count(voters, 'deelnemer heeft', 'deelnemers hebben')} gestemd"
    rule = "één keuze" if voting_round.kind is RoundKind.SINGLE else f"{count(voting_round.dots, 'stip', 'stippen')} per deelnemer"
    lines = [f"  {voting_round.id}  {voting_round.question}{'' if shown else HIDDEN}",
             f"      {where}{rule}, {voting_round.status.value}, {who}"]
    if not shown:
        return lines + [f"      {_option(o.code, o.label)}" for o in voting_round.options]
    for row in tally(voting_round, t.votes):
        dots = count(row.dots, "stip", "stippen")
        people = "" if row.voters is None else f" ({count(row.voters, 'deelnemer', 'deelnemers')})"
        tie = " (gelijk)" if row.tied and row.dots else ""
        lines.append(f"      {dots:>11}  {round(row.share * 100):>3}%  {_option(row.code, row.label)}{people}{tie}")
    return lines


def _rounds(t: Trajectory) -> list[str]:
    lines = _heading("Stemrondes")
    for voting_round in t.voting_rounds:
        lines += _round(t, voting_round)
    return lines if t.voting_rounds else lines + ["  (geen stemrondes)"]


def _scoring_round(r: ScoringRound) -> list[str]:
    hidden = "" if r.status is RoundStatus.REVEALED else HIDDEN
    where = f"sessie {r.session_number}, " if r.session_number else ""
    title = f"  {r.title}" if r.title else ""
    return [f"  Ronde {r.number}{title}{hidden}",
            f"      {where}{r.mode.value}, {r.status.value}, {count(len(r.assumption_ids), 'aanname', 'aannames')}"]


def _scoring_rounds(t: Trajectory) -> list[str]:
    lines = _heading("Scorerondes")
    for scoring_round in sorted(t.scoring_rounds, key=lambda r: r.number):
        lines += _scoring_round(scoring_round)
    return lines if t.scoring_rounds else lines + ["  (geen scorerondes)"]


def _assumption(a: Assumption, stats: AssumptionStats | None) -> str:
    where = f" [{a.element_id}]" if a.element_id else ""
    head = "\n".join(textwrap.wrap(f"{a.id}{where} {' '.join(a.text.split())}", WIDTH, initial_indent="  ", subsequent_indent="      "))
    if stats is None:
        return f"{head}\n      status {a.status.value}"
    dissent = f" {DISSENT_MARK}" if stats.dissent else ""
    return (
        f"{head}\n      belang {number(stats.importance_mean)} · zekerheid {number(stats.certainty_mean)}"
        f" · {count(stats.count, 'score', 'scores')} (ronde {stats.round}) · status {a.status.value}{dissent}"
    )


def _hidden_rounds(t: Trajectory) -> set[int]:
    """The scoring rounds not yet revealed (a round without a record, from an old workbook, counts as revealed)."""
    return {r.number for r in t.scoring_rounds if r.status is not RoundStatus.REVEALED}


def revealed_scores(t: Trajectory) -> list[Score]:
    """The scores of the scoring rounds revealed to the room: the summary's statistics come from these only."""
    hidden = _hidden_rounds(t)
    return [s for s in t.scores if s.round not in hidden]


def _pending(t: Trajectory) -> set[str]:
    """The assumptions with scores in a round not yet revealed."""
    hidden = _hidden_rounds(t)
    return {s.assumption_id for s in t.scores if s.round in hidden}


def ordered_assumptions(t: Trajectory) -> list[tuple[Assumption, AssumptionStats | None]]:
    """Assumptions by quadrant (critical first) of their latest revealed round, then by importance; those scored only
    in rounds not yet revealed next, unscored ones last."""
    latest, pending = latest_stats(t.assumptions, revealed_scores(t)), _pending(t)
    def key(a: Assumption) -> tuple[int, float, tuple[str, int, str]]:
        stats = latest.get(a.id)
        if stats is None:
            return (len(QUADRANT_ORDER) + (a.id not in pending), 0.0, ids.sort_key(a.id))
        return (QUADRANT_ORDER.index(stats.quadrant), -stats.importance_mean, ids.sort_key(a.id))
    return [(a, latest.get(a.id)) for a in sorted(t.assumptions, key=key)]


def _assumptions(t: Trajectory) -> list[str]:
    lines = _heading("Aannames")
    current: str | None = None
    pending = _pending(t)
    for assumption, stats in ordered_assumptions(t):
        group = stats.quadrant.value if stats else PENDING if assumption.id in pending else "nog niet gescoord"
        if group != current:
            lines += ["", f"{group[0].upper()}{group[1:]}:"]
            current = group
        lines.append(_assumption(assumption, stats))
    return lines if t.assumptions else lines + ["  (geen aannames)"]


def summarize(t: Trajectory) -> str:
    """The whole trajectory as plain Dutch text: theory, sessions, voting and scoring rounds, and assumptions; a round
    not yet revealed is named with its status, without numbers."""
    parts = _header(t) + _theory(t) + _sessions(t) + _rounds(t) + _scoring_rounds(t) + _assumptions(t)
    return "\n".join(parts) + "\n"
