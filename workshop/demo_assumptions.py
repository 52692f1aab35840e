"""The assumptions of the demo: written with their sources in session 3, scored in two rounds, statuses over time,
six chosen for monitoring, and one rewritten after it was refuted."""

from __future__ import annotations

import random

from workshop import assumption_edits as ae
from workshop.assumptions import AssumptionStatus, Monitoring, Source, SourceKind
from workshop.commands import CommandStack
from workshop.demo_data import ASSUMPTIONS, MONITORING, RESCORE, REWRITE, SESSIONS, STATUS_REASONS, Profile
from workshop.scoring import ScoreMode
from workshop.voting import RoundStatus

SESSION_3, SESSION_4 = SESSIONS[2][0], SESSIONS[3][0]


def _clamp(value: float) -> int:
    return max(1, min(5, round(value)))


def score_for(rng: random.Random, profile: Profile, sphere: str | None) -> tuple[int, int]:
    """One participant's (belang, zekerheid) for an assumption with this profile."""
    importance = _clamp(rng.gauss(profile.importance, 0.7))
    if not profile.certain_spheres:
        return importance, _clamp(rng.gauss(profile.certainty, 0.7))
    high = sphere in profile.certain_spheres
    return importance, rng.choice((4, 5) if high else (1, 2))


def _sources(evidence: str, reference: str) -> list[Source]:
    found = [Source(kind=SourceKind.LITERATURE, link=reference)] if reference else []
    if evidence.startswith("Ervaring") or evidence.startswith("Inbreng"):
        found.append(Source(kind=SourceKind.PROFESSIONALS, note=evidence))
    return found


def write(stack: CommandStack) -> None:
    """Session 3: the assumptions on the relations, with their sources; six chosen to monitor."""
    t = stack.trajectory
    for text, element, kind, evidence, reference, _status, _profile in ASSUMPTIONS:
        stack.push(ae.add_assumption(t, text, element, kind=kind, evidence=evidence, sources=_sources(evidence, reference)))
    for assumption_id, (indicator, source, who, when) in MONITORING.items():
        stack.push(ae.edit_assumption(assumption_id, "monitored", True))
        stack.push(ae.edit_assumption(assumption_id, "monitoring", Monitoring(indicator=indicator, source=source,
                                                                              who=who, when=when)))


def score(stack: CommandStack, rng: random.Random) -> None:
    """Session 3: everyone scores every assumption in turns; the round is revealed."""
    t = stack.trajectory
    stack.push(ae.add_scoring_round(t, [a.id for a in t.assumptions], ScoreMode.TURNS, "Alle aannames", 3))
    profiles = {a.id: row[6] for a, row in zip(t.assumptions, ASSUMPTIONS, strict=False)}
    for participant in t.participants:
        sheet = {aid: score_for(rng, profile, participant.sphere_id) for aid, profile in profiles.items()}
        stack.push(ae.cast_scores(t, 1, participant.id, sheet))
    stack.push(ae.set_scoring_status(t, 1, RoundStatus.REVEALED))


def judge(stack: CommandStack) -> None:
    """Session 3: the statuses the group gave, dated and with a reason."""
    t = stack.trajectory
    for assumption, row in zip(list(t.assumptions), ASSUMPTIONS, strict=False):
        status = row[5]
        if status is not AssumptionStatus.OPEN:
            stack.push(ae.change_status(t, assumption.id, status, STATUS_REASONS[status], SESSION_3))


def rescore(stack: CommandStack, rng: random.Random) -> None:
    """Session 4: the present participants score four assumptions again after the conversation."""
    t = stack.trajectory
    session = t.session(4)
    assert session is not None
    stack.push(ae.add_scoring_round(t, list(RESCORE), ScoreMode.TURNS, "Na het gesprek over de onderbouwing", 4))
    for participant_id in session.attendance:
        person = t.participant(participant_id)
        sphere = person.sphere_id if person else None
        sheet = {aid: score_for(rng, profile, sphere) for aid, profile in RESCORE.items()}
        stack.push(ae.cast_scores(t, 2, participant_id, sheet))
    stack.push(ae.set_scoring_status(t, 2, RoundStatus.REVEALED))
    old, text, reason = REWRITE
    stack.push(ae.rewrite(t, old, text, reason, SESSION_4))
