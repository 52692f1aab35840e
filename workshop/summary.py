"""A plain-text Dutch summary of a whole trajectory, for the facilitator (CLI and GUI)."""

from __future__ import annotations

import textwrap

from workshop import ids
from workshop.assumptions import QUADRANT_ORDER, Assumption, AssumptionStats, latest_stats
from workshop.sessions import Session
from workshop.theory import Origin, Theory
from workshop.trajectory import Trajectory
from workshop.voting import RoundKind, RoundStatus, VotingRound, tally

WIDTH = 100
"""Line width for wrapped running text."""

DISSENT_MARK = "[verdeeld]"
"""Shown behind an assumption whose scores show dissent in the group."""


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


def _round(t: Trajectory, voting_round: VotingRound) -> list[str]:
    hidden = "" if voting_round.status is RoundStatus.REVEALED else " (nog niet onthuld)"
    where = f"sessie {voting_round.session_number}, " if voting_round.session_number else ""
    voters = len({v.voter for v in t.votes if v.round_id == voting_round.id})
    who = "geteld door de begeleider" if voting_round.is_tally else f"{count(voters, 'deelnemer heeft', 'deelnemers hebben')} gestemd"
    rule = "één keuze" if voting_round.kind is RoundKind.SINGLE else f"{count(voting_round.dots, 'stip', 'stippen')} per deelnemer"
    lines = [f"  {voting_round.id}  {voting_round.question}{hidden}", f"      {where}{rule}, {voting_round.status.value}, {who}"]
    for row in tally(voting_round, t.votes):
        label = f"{row.code} {row.label}" if row.label and row.label != row.code else row.code
        dots = count(row.dots, "stip", "stippen")
        people = "" if row.voters is None else f" ({count(row.voters, 'deelnemer', 'deelnemers')})"
        tie = " (gelijk)" if row.tied and row.dots else ""
        lines.append(f"      {dots:>11}  {round(row.share * 100):>3}%  {label}{people}{tie}")
    return lines


def _rounds(t: Trajectory) -> list[str]:
    lines = _heading("Stemrondes")
    for voting_round in t.voting_rounds:
        lines += _round(t, voting_round)
    return lines if t.voting_rounds else lines + ["  (geen stemrondes)"]


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


def ordered_assumptions(t: Trajectory) -> list[tuple[Assumption, AssumptionStats | None]]:
    """Assumptions by quadrant (critical first), then by importance; unscored ones last."""
    latest = latest_stats(t.assumptions, t.scores)
    def key(a: Assumption) -> tuple[int, float, tuple[str, int, str]]:
        stats = latest.get(a.id)
        if stats is None:
            return (len(QUADRANT_ORDER), 0.0, ids.sort_key(a.id))
        return (QUADRANT_ORDER.index(stats.quadrant), -stats.importance_mean, ids.sort_key(a.id))
    return [(a, latest.get(a.id)) for a in sorted(t.assumptions, key=key)]


def _assumptions(t: Trajectory) -> list[str]:
    lines = _heading("Aannames")
    current: str | None = None
    for assumption, stats in ordered_assumptions(t):
        group = stats.quadrant.value if stats else "nog niet gescoord"
        if group != current:
            lines += ["", f"{group[0].upper()}{group[1:]}:"]
            current = group
        lines.append(_assumption(assumption, stats))
    return lines if t.assumptions else lines + ["  (geen aannames)"]


def summarize(t: Trajectory) -> str:
    """The whole trajectory as plain Dutch text: theory, sessions, vote results and assumptions."""
    parts = _header(t) + _theory(t) + _sessions(t) + _rounds(t) + _assumptions(t)
    return "\n".join(parts) + "\n"
