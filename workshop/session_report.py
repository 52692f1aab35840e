"""The sessieverslag as HTML: who was there, the steps with their time, notes and decisions, the revealed vote
results and assumption scores of the session, with places for the pictures (the schema, the map)."""

from __future__ import annotations

import html

from workshop.assumptions import Score, all_stats
from workshop.programme import Step, StepStatus, steps_of
from workshop.sessions import Session
from workshop.trajectory import Trajectory
from workshop.voting import RoundKind, RoundStatus, VotingRound, tally

SCHEMA_IMAGE = "schema.png"
MAP_IMAGE = "kaart-{number}.png"
STYLE = ("body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; color: #1a1a1a; } "
         "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 18pt; } h3 { font-size: 12pt; } "
         "table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 3pt 6pt; text-align: left; } "
         "td.n { text-align: right; } .muted { color: #555; }")


def _e(text: object) -> str:
    return html.escape(str(text))


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in text.splitlines() if line.strip())


def revealed_rounds(t: Trajectory, number: int) -> list[VotingRound]:
    """The session's voting rounds that were revealed (the others stay out of the report, as in the room)."""
    return [r for r in t.voting_rounds if r.session_number == number and r.status is RoundStatus.REVEALED]


def scoring_numbers(t: Trajectory, number: int) -> list[int]:
    """The session's revealed scoring rounds."""
    return [r.number for r in t.scoring_rounds if r.session_number == number and r.status is RoundStatus.REVEALED]


def report_html(t: Trajectory, number: int, maps: list[int] | None = None) -> str:
    """The whole report of session `number`; `maps` are the scoring rounds with a picture (MAP_IMAGE)."""
    session = t.session(number)
    if session is None:
        raise KeyError(f"sessie {number}")
    body = [_head(t, session), _attendance(t, session), _steps(t, number), _decisions(session),
            _schema(), *(_round(t, r) for r in revealed_rounds(t, number)),
            *(_scores(t, n, n in (maps or [])) for n in scoring_numbers(t, number))]
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{_e(_title(t, session))}</title>"
            f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>")


def _title(t: Trajectory, session: Session) -> str:
    return f"Sessieverslag {session.number}: {session.title}"


def _head(t: Trajectory, session: Session) -> str:
    when = session.date.strftime("%d-%m-%Y") if session.date else "datum onbekend"
    return (f"<h1>{_e(_title(t, session))}</h1><p class='muted'>{_e(t.name)} · {when} · "
            f"status: {_e(session.status.value)}</p>")


def _attendance(t: Trajectory, session: Session) -> str:
    people = [p for p in t.participants if p.id in session.attendance]
    if not people:
        return "<h2>Aanwezig</h2><p>Niemand is als aanwezig aangevinkt.</p>"
    rows = "".join(f"<tr><td>{_e(p.name)}</td><td>{_e(p.organisation)}</td><td>{_e(p.role)}</td></tr>" for p in people)
    return (f"<h2>Aanwezig ({len(people)})</h2><table width='100%'><tr><th width='30%'>Naam</th>"
            f"<th width='40%'>Organisatie</th><th width='30%'>Rol</th></tr>"
            f"{rows}</table>")


def _time(step: Step) -> str:
    """'34 van 30 + 5 min', or '30 min gepland' for a step that did not run."""
    planned = f"{step.minutes} + {step.minutes_extra}" if step.minutes_extra else str(step.minutes)
    return f"{step.minutes_spent} van {planned} min" if step.minutes_spent is not None else f"{planned} min gepland"


def _steps(t: Trajectory, number: int) -> str:
    parts = ["<h2>Programma</h2>"]
    for step in steps_of(t.steps, number):
        parts.append(f"<h3>{_e(step.title)}</h3><p class='muted'>{_e(step.status.value)} · {_time(step)}</p>")
        if step.status is StepStatus.SKIPPED:
            continue
        if step.notes:
            parts.append(f"<p><b>Notities</b></p>{_paragraphs(step.notes)}")
        if step.decisions:
            parts.append(f"<p><b>Besluiten</b></p>{_paragraphs(step.decisions)}")
    return "".join(parts)


def _decisions(session: Session) -> str:
    decisions = [session.decisions] if session.decisions else []
    return f"<h2>Besluiten van de sessie</h2>{_paragraphs(decisions[0])}" if decisions else ""


def _schema() -> str:
    return f'<h2>Het schema zoals het nu is</h2><p><img src="{SCHEMA_IMAGE}" width="640"></p>'


def _round(t: Trajectory, voting_round: VotingRound) -> str:
    rows = tally(voting_round, t.votes)
    kind = "één keuze" if voting_round.kind is RoundKind.SINGLE else "stippen"
    head = (f"<h2>{_e(voting_round.question)}</h2>"
            f"<p class='muted'>Stemronde {_e(voting_round.id)} · {kind}</p>")
    if not any(r.dots for r in rows):
        return f"{head}<p>Er is niet gestemd.</p>"
    lines = "".join(f"<tr><td class='n'>{r.rank}{'=' if r.tied else '.'}</td><td>{_e(r.label or r.code)}</td>"
                    f"<td class='n'>{r.dots}</td></tr>" for r in rows)
    unit = "Stemmen" if voting_round.kind is RoundKind.SINGLE else "Stippen"
    return (f"{head}<table width='100%'><tr><th width='10%'>Plaats</th>"
            f"<th width='78%'>Optie</th><th width='12%'>{unit}</th></tr>{lines}</table>")


def _scores(t: Trajectory, number: int, picture: bool) -> str:
    scores: list[Score] = [s for s in t.scores if s.round == number]
    stats = all_stats(t.assumptions, scores)
    lines = "".join(f"<tr><td>{_e(s.assumption_id)}</td><td>{_e(_text_of(t, s.assumption_id))}</td>"
                    f"<td class='n'>{s.importance_mean:.1f}</td><td class='n'>{s.certainty_mean:.1f}</td>"
                    f"<td>{_e(s.quadrant.value)}{' (verdeeld)' if s.dissent else ''}</td></tr>" for s in stats)
    image = f'<p><img src="{MAP_IMAGE.format(number=number)}" width="560"></p>' if picture else ""
    return (f"<h2>Aannames gescoord (scoreronde {number})</h2>{image}<table width='100%'><tr><th width='8%'>ID</th>"
            f"<th width='52%'>Aanname</th><th width='9%'>Belang</th><th width='11%'>Zekerheid</th>"
            f"<th width='20%'>Kwadrant</th></tr>{lines}</table>")


def _text_of(t: Trajectory, assumption_id: str) -> str:
    assumption = t.assumption(assumption_id)
    return assumption.text if assumption else assumption_id
