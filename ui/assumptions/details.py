"""The details of one assumption as HTML, for the laptop panel and the projector: text, kind, what it is about,
evidence and sources, status with its history, monitoring, scores per round, and the line of rewrites."""

from __future__ import annotations

from html import escape

from ui.assumptions import texts
from workshop.assumptions import QUADRANT_ACTIONS, Assumption, all_stats
from workshop.content import load_method
from workshop.trajectory import Trajectory


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else ""


def kind_name(kind_id: str) -> str:
    """The full name of a kind of assumption (appendix 1 of the publication)."""
    found = next((k for k in load_method().assumption_kinds if k.id == kind_id), None)
    return found.name if found else kind_id


def _about(t: Trajectory, assumption: Assumption) -> str:
    return escape(t.theory.element_label(assumption.element_id) or texts.FREE) if assumption.element_id else texts.FREE


def _sources(assumption: Assumption) -> str:
    return _bullets([escape(" · ".join(p for p in (s.kind.value, s.note, s.link) if p)) for s in assumption.sources])


def _history(assumption: Assumption) -> str:
    return _bullets([f"{c.date:%d-%m-%Y}: {escape(c.status.value)}" + (f" — {escape(c.reason)}" if c.reason else "")
                     for c in assumption.history])


def _scores(t: Trajectory, assumption: Assumption) -> str:
    lines = [texts.D_SCORE_LINE.format(round=s.round, imp=s.importance_mean, cer=s.certainty_mean, n=s.count,
                                       dissent=texts.D_DISSENT if s.dissent else "") + f" → {QUADRANT_ACTIONS[s.quadrant]}"
             for s in all_stats([assumption], t.scores) if _revealed(t, s.round)]
    return _bullets([escape(line) for line in lines])


def _revealed(t: Trajectory, number: int) -> bool:
    scoring_round = t.scoring_round(number)
    return scoring_round is None or scoring_round.status.value == "onthuld"


def _monitoring(assumption: Assumption) -> str:
    m = assumption.monitoring
    pairs = zip(texts.MONITORING, (m.indicator, m.source, m.who, m.when), strict=True)
    return _bullets([f"{escape(k)}: {escape(v)}" for k, v in pairs if v]) if assumption.monitored else ""


def _line(t: Trajectory, assumption: Assumption) -> str:
    older = t.assumption(assumption.replaces) if assumption.replaces else None
    newer = [a for a in t.assumptions if a.replaces == assumption.id]
    parts = [_section(texts.D_REPLACES, f"<p>{escape(older.id)} · {escape(older.text)}</p>")] if older else []
    parts += [_section(texts.D_REPLACED_BY, _bullets([f"{escape(a.id)} · {escape(a.text)}" for a in newer]))]
    return "".join(parts)


def assumption_html(t: Trajectory, assumption_id: str, room: bool = False) -> str:
    """The HTML details of an assumption (the room sees no ids in headings, as on its schema)."""
    assumption = t.assumption(assumption_id)
    if assumption is None:
        return ""
    title = escape(assumption.text) if room else f"{escape(assumption.id)} · {escape(assumption.text)}"
    facts = [f"{texts.D_KIND}: {escape(kind_name(assumption.kind.value))}", f"{texts.D_ABOUT}: {_about(t, assumption)}",
             f"{texts.D_STATUS}: {escape(assumption.status.value)}"]
    if assumption.suggestion:
        facts.append(escape(texts.D_SUGGESTION.format(id=assumption.suggestion)))
    return "".join([
        f"<h2>{title}</h2>", _bullets(facts),
        _section(texts.D_EVIDENCE, f"<p>{escape(assumption.evidence)}</p>" if assumption.evidence else ""),
        _section(texts.D_SOURCES, _sources(assumption)), _section(texts.D_SCORES, _scores(t, assumption)),
        _section(texts.D_HISTORY, _history(assumption)), _section(texts.D_MONITORING, _monitoring(assumption)),
        _line(t, assumption),
    ])
