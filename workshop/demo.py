"""A realistic, finished demo trajectory on the sociale-basis model, built through the edit commands."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from workshop import demo_assumptions, demo_programme
from workshop import process_edits as pe
from workshop import theory_edits as te
from workshop import voting_edits as ve
from workshop.commands import CommandStack
from workshop.content import new_trajectory
from workshop.edits import SetField
from workshop.sessions import SessionStatus
from workshop.theory import RelationType
from workshop.trajectory import Trajectory
from workshop.voting import EntryMode, RoundKind, RoundStatus

from workshop.demo_data import (
    AMBITION_WORDINGS, CREATED, DEMO_NAME, GROUP_ACTIONS, PARTICIPANTS, RETEST_WEIGHTS, SEED, SESSIONS, TEST_WEIGHTS,
    VOTE_WEIGHTS_BLOCKS,
)


def _setup(stack: CommandStack) -> None:
    """Fix the creation date and add the participants."""
    stack.push(SetField("trajectory", None, "created", CREATED, "Aanmaakdatum"))
    for name, organisation, role, sphere in PARTICIPANTS:
        stack.push(pe.add_participant(stack.trajectory, name, organisation, role, sphere))


def _sessions(stack: CommandStack) -> None:
    everyone = [p.id for p in stack.trajectory.participants]
    for number, (date, absent, notes, decisions) in enumerate(SESSIONS, start=1):
        fields: dict[str, Any] = {
            "date": date, "status": SessionStatus.DONE, "notes": notes, "decisions": decisions,
            "attendance": [p for p in everyone if p not in absent],
        }
        for field, value in fields.items():
            stack.push(pe.edit_session(number, field, value))


def _group_block(stack: CommandStack) -> None:
    """Session 2: the group adds its own bouwsteen B11 with relations and actions."""
    t = stack.trajectory
    stack.push(te.add_block(t, "Digitale inclusie", "Iedereen kan digitaal meedoen, of krijgt hulp dichtbij."))
    stack.push(te.edit_block("B11", "theory", "Wie vastloopt op DigiD, online formulieren of beeldbellen, "
                             "raakt buitengesloten en verliest regie. Hulp dichtbij houdt mensen zelfstandig en verbonden."))
    for sub, kind in (("D1", RelationType.INDIRECT), ("D3", RelationType.DIRECT), ("D5", RelationType.SUPPORTING)):
        stack.push(te.set_relation(t, "B11", sub, kind))
    for block_id, text, actors in GROUP_ACTIONS:
        stack.push(te.add_action(t, block_id, text, actors))


def _ballot(rng: random.Random, weights: dict[str, int], dots: int, per_option: int) -> dict[str, int]:
    """A ballot with all dots, drawn by weight among the options that still take a dot."""
    ballot: dict[str, int] = {}
    for _ in range(dots):
        free = [c for c in weights if ballot.get(c, 0) < per_option]
        code = rng.choices(free, [weights[c] for c in free])[0]
        ballot[code] = ballot.get(code, 0) + 1
    return ballot


def _vote(stack: CommandStack, rng: random.Random, round_id: str, weights: dict[str, int], day: dt.date) -> None:
    """Every participant casts a ballot with all dots of the round, then the round is closed and revealed."""
    t = stack.trajectory
    voting_round = t.voting_round(round_id)
    assert voting_round is not None
    start = dt.datetime.combine(day, dt.time(10, 30))
    for turn, participant in enumerate(t.voters_for(voting_round)):
        ballot = _ballot(rng, weights, voting_round.dots, voting_round.per_option)
        moment = start + dt.timedelta(seconds=40 * turn)
        draw = random.Random(f"{round_id}/{participant.id}").randrange(1 << 30)  # the ballots stay as they were
        stack.push(ve.CastBallot(t, round_id, participant.id, ballot, moment, draw))
    stack.push(ve.set_status(t, round_id, RoundStatus.CLOSED))
    stack.push(ve.set_status(t, round_id, RoundStatus.REVEALED))


def _ambition_round(stack: CommandStack) -> None:
    """Session 1: a show of hands on the wording of the hoofdambitie, counted by the facilitator."""
    t = stack.trajectory
    options = ve.options_for(t, [], [text for text, _ in AMBITION_WORDINGS])
    stack.push(ve.add_round(t, "Welke formulering van de hoofdambitie past het best?", options,
                            kind=RoundKind.SINGLE, mode=EntryMode.TALLY, session_number=1))
    for option, (_, hands) in zip(options, AMBITION_WORDINGS, strict=True):
        stack.push(ve.SetCount(t, "V-01", option.code, hands))
    stack.push(ve.set_status(t, "V-01", RoundStatus.CLOSED))
    stack.push(ve.set_status(t, "V-01", RoundStatus.REVEALED))


def _rounds(stack: CommandStack, rng: random.Random) -> None:
    """Session 2 votes named on the bouwstenen; session 3 anonymously on the assumptions, repeated in session 4."""
    t = stack.trajectory
    options = ve.options_for(t, list(VOTE_WEIGHTS_BLOCKS))
    stack.push(ve.add_round(t, "Welke bouwstenen pakken we als eerste op?", options, anonymous=False, session_number=2))
    _vote(stack, rng, "V-02", VOTE_WEIGHTS_BLOCKS, SESSIONS[1][0])
    demo_assumptions.write(stack)
    demo_assumptions.score(stack, rng)
    demo_assumptions.judge(stack)
    options = ve.options_for(t, list(TEST_WEIGHTS))
    stack.push(ve.add_round(t, "Welke aannames moeten we eerst toetsen?", options, dots_per_participant=2,
                            max_per_option=1, session_number=3))
    _vote(stack, rng, "V-03", TEST_WEIGHTS, SESSIONS[2][0])
    stack.push(ve.repeat_round(t, "V-03", session_number=4))
    _vote(stack, rng, "V-04", RETEST_WEIGHTS, SESSIONS[3][0])


def build_demo() -> Trajectory:
    """The demo trajectory: four finished sessions run step by step through the programme, twelve participants,
    four voting rounds, assumptions scored twice."""
    stack = CommandStack(new_trajectory("sociale-basis", DEMO_NAME))
    rng = random.Random(SEED)
    _setup(stack)
    _sessions(stack)
    _ambition_round(stack)
    _group_block(stack)
    _rounds(stack, rng)
    demo_assumptions.rescore(stack, rng)
    demo_programme.record(stack, SEED)
    return stack.trajectory
