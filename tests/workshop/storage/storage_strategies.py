"""Hypothesis strategies for consistent trajectories with awkward text: diacritics, long text, formula-like starts."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from workshop import ids
from workshop.assumptions import Source, Assumption, AssumptionKind, AssumptionStatus, Monitoring, Score
from workshop.sessions import Participant, Session, SessionStatus
from workshop.theory import Action, BuildingBlock, Origin, Relation, RelationType, Sphere, SubAmbition, Theory
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, VoteOption, VotingRound

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
SPICY = ["ë ï é ĳ €", "=SUM(A1)", "+31 6 1234", "-min", "@cmd", "\tinspringen", "\rterug", "#N/A", "_x0041_",
         "regel 1\nregel 2", "Zoë's “quotes” & <tags>", "a\x01b"]

characters = st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFFF)
plain = st.text(characters, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
long_text = st.builds(lambda s, n: s * n, plain, st.integers(80, 120))
names = st.one_of(plain, st.sampled_from(SPICY), st.builds(lambda a, b: a + b, st.sampled_from(SPICY), plain), long_text)
"""Non-blank text, often starting like a formula, sometimes thousands of characters long."""
texts = st.one_of(st.just(""), names)
"""Free text as the domain allows it, except whitespace-only (the reader treats such a cell as empty)."""
items = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS), min_size=1, max_size=25) \
    .map(str.strip).filter(bool)
"""List items: one line each, no surrounding spaces (the format stores one item per line)."""
lists = st.lists(st.one_of(items, st.sampled_from(["=1+1", "@x", "-y", "ë ï é ĳ €"])), max_size=4)
dates = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def theories(draw: st.DrawFn) -> Theory:
    """A consistent theory with between zero and five of everything."""
    subs = [SubAmbition(id=f"D{n}", name=draw(names), description=draw(texts))
            for n in draw(st.sets(st.integers(1, 30), max_size=4))]
    blocks = [BuildingBlock(id=f"B{n}", name=draw(names), short_name=draw(texts), essence=draw(texts),
                            theory=draw(texts), sources=draw(lists), origin=draw(st.sampled_from(Origin)))
              for n in draw(st.sets(st.integers(1, 30), max_size=5))]
    pairs = [(b.id, d.id) for b in blocks for d in subs]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=6)) if pairs else []
    relations = [Relation(block_id=b, sub_ambition_id=d, type=draw(st.sampled_from(RelationType))) for b, d in chosen]
    actions = [Action(id=ids.format_id("action", i + 1), block_id=draw(st.sampled_from(blocks)).id, text=draw(names),
                      actors=draw(lists)) for i in range(draw(st.integers(0, 3)))] if blocks else []
    spheres = [Sphere(id=f"S{i}", name=draw(names), description=draw(texts), examples=draw(lists))
               for i in range(1, draw(st.integers(0, 3)) + 1)]
    return Theory(name=draw(texts), source=draw(texts), ambition=draw(texts), sub_ambitions=subs, blocks=blocks,
                  relations=relations, actions=actions, spheres=spheres)


def _people(draw: st.DrawFn, theory: Theory) -> list[Participant]:
    spheres = [None] + [s.id for s in theory.spheres]
    return [Participant(id=ids.format_id("participant", n), name=draw(names), organisation=draw(texts),
                        role=draw(texts), sphere_id=draw(st.sampled_from(spheres)))
            for n in sorted(draw(st.sets(st.integers(1, 150), max_size=5)))]


def _sessions(draw: st.DrawFn, people: list[str]) -> list[Session]:
    return [Session(number=n, title=draw(names), date=draw(st.none() | dates), status=draw(st.sampled_from(SessionStatus)),
                    attendance=draw(st.lists(st.sampled_from(people), unique=True, max_size=3)) if people else [],
                    notes=draw(texts), decisions=draw(texts))
            for n in draw(st.lists(st.integers(1, 99), unique=True, max_size=5))]


def _rounds(draw: st.DrawFn, elements: list[str], people: list[str], sessions: list[int]) -> tuple[list[VotingRound], list[Vote]]:
    rounds, votes = [], []
    for n in range(1, draw(st.integers(0, 3)) + 1):
        codes = draw(st.lists(names, unique_by=str.strip, max_size=4))
        options = [VoteOption(code=c, label=draw(texts), element_id=draw(st.none() | st.sampled_from(elements))) for c in codes]
        voting_round = VotingRound(id=ids.format_id("voting_round", n), question=draw(names), options=options,
                                   dots_per_participant=draw(st.integers(1, 20)), anonymous=draw(st.booleans()),
                                   status=draw(st.sampled_from(RoundStatus)), session_number=draw(st.sampled_from([None, *sessions])))
        rounds.append(voting_round)
        for person in people if options else []:
            for dot in range(1, draw(st.integers(0, min(3, voting_round.dots_per_participant))) + 1):
                code = draw(st.sampled_from(options)).code
                votes.append(Vote(round_id=voting_round.id, voter=person, option_code=code, dot=dot))
    return rounds, votes


def _assumptions(draw: st.DrawFn, elements: list[str], people: list[str]) -> tuple[list[Assumption], list[Score]]:
    found = [Assumption(id=ids.format_id("assumption", n), text=draw(names), element_id=draw(st.sampled_from([""] + elements)),
                        kind=draw(st.sampled_from(AssumptionKind)), evidence=draw(texts), sources=[Source(note=draw(texts), link=draw(texts))],
                        status=draw(st.sampled_from(AssumptionStatus)),
                        monitoring=Monitoring(indicator=draw(texts), source=draw(texts), who=draw(texts), when=draw(texts)))
             for n in sorted(draw(st.sets(st.integers(1, 2000), max_size=4)))]
    keys = [(a.id, p, r) for a in found for p in people for r in (1, 2)]
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=8)) if keys else []
    scores = [Score(assumption_id=a, participant_id=p, round=r, importance=draw(st.integers(1, 5)),
                    certainty=draw(st.integers(1, 5))) for a, p, r in chosen]
    return found, scores


@st.composite
def trajectories(draw: st.DrawFn) -> Trajectory:
    """A consistent trajectory (integrity.problems() is empty) with awkward text everywhere."""
    theory = draw(theories())
    people = _people(draw, theory)
    person_ids = [p.id for p in people]
    elements = sorted(theory.element_ids())
    sessions = _sessions(draw, person_ids)
    rounds, votes = _rounds(draw, elements, person_ids, [s.number for s in sessions])
    assumptions, scores = _assumptions(draw, elements, person_ids)
    return Trajectory(name=draw(texts), created=draw(dates), theory=theory, sessions=sessions,
                      participants=people, voting_rounds=rounds, votes=votes, assumptions=assumptions, scores=scores)
