"""Cross-reference checks of a Trajectory: unknown ids, duplicates and impossible combinations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from pydantic import BaseModel

from workshop import ids
from workshop.assumptions import GROUP
from workshop.trajectory import Trajectory
from workshop.voting import Vote, VotingRound


class Problem(BaseModel):
    """A defect in the data, located as precisely as the domain can: what, where, which id."""

    where: str
    item: str
    message: str

    def __str__(self) -> str:
        return f"{self.where} {self.item}: {self.message}"


def _duplicates(where: str, keys: Iterable[str]) -> Iterator[Problem]:
    for key, count in Counter(keys).items():
        if count > 1:
            yield Problem(where=where, item=key, message=f"komt {count} keer voor; elke sleutel mag maar één keer voorkomen")


NEUTER_NOUNS = {"element"}
"""Het-woorden among the things a row can refer to: their adjective takes no -e."""


def _unknown(where: str, item: str, what: str, value: str, known: set[str]) -> Iterator[Problem]:
    if value not in known:
        adjective = "onbekend" if what in NEUTER_NOUNS else "onbekende"  # het element, de bouwsteen
        yield Problem(where=where, item=item, message=f"verwijst naar {adjective} {what} '{value}'")


def _dots(count: int) -> str:
    return "de ene stip" if count == 1 else f"de {count} stippen"


def _theory_problems(t: Trajectory) -> Iterator[Problem]:
    theory = t.theory
    yield from _duplicates("Ambities", [d.id for d in theory.sub_ambitions])
    yield from _duplicates("Bouwstenen", [b.id for b in theory.blocks])
    yield from _duplicates("Relaties", [r.key for r in theory.relations])
    yield from _duplicates("Acties", [a.id for a in theory.actions])
    blocks = {b.id for b in theory.blocks}
    subs = {d.id for d in theory.sub_ambitions}
    for r in theory.relations:
        yield from _unknown("Relaties", r.key, "bouwsteen", r.block_id, blocks)
        yield from _unknown("Relaties", r.key, "deelambitie", r.sub_ambition_id, subs)
    for a in theory.actions:
        yield from _unknown("Acties", a.id, "bouwsteen", a.block_id, blocks)


def _people_problems(t: Trajectory) -> Iterator[Problem]:
    people = {p.id for p in t.participants}
    spheres = {s.id for s in t.theory.spheres}
    yield from _duplicates("Deelnemers", [p.id for p in t.participants])
    yield from _duplicates("Sessies", [str(s.number) for s in t.sessions])
    for p in t.participants:
        if p.sphere_id:
            yield from _unknown("Deelnemers", p.id, "sfeer", p.sphere_id, spheres)
    for s in t.sessions:
        for pid in s.attendance:
            yield from _unknown("Sessies", f"sessie {s.number}", "deelnemer", pid, people)


def _round_problems(t: Trajectory, r: VotingRound) -> Iterator[Problem]:
    elements = t.theory.element_ids()
    if r.session_number is not None and r.session_number not in {s.number for s in t.sessions}:
        yield Problem(where="Stemrondes", item=r.id, message=f"verwijst naar onbekende sessie {r.session_number}")
    if r.repeats is not None and t.voting_round(r.repeats) is None:
        yield Problem(where="Stemrondes", item=r.id, message=f"herhaalt onbekende stemronde {r.repeats}")
    for pid in r.voted:
        yield from _unknown("Stemrondes", r.id, "deelnemer", pid, {p.id for p in t.participants})
    yield from _duplicates("Stemrondes", [f"{r.id} optie {o.code}" for o in r.options])
    for o in r.options:
        if o.element_id:
            yield from _unknown("Stemrondes", f"{r.id} optie {o.code}", "element", o.element_id, elements)


def _ballot_problems(r: VotingRound, voter: str, mine: list[Vote]) -> Iterator[Problem]:
    item = f"{r.id}/{voter}"
    if r.is_tally:
        yield Problem(where="Stemmen", item=item, message="stemt in een telling, waar de begeleider de aantallen typt")
    for v in mine:
        if v.dot > r.dots:
            yield Problem(where="Stemmen", item=item, message=f"stip {v.dot} is meer dan {_dots(r.dots)} per deelnemer")
    if len(mine) > r.dots:
        yield Problem(where="Stemmen", item=item, message=f"heeft {len(mine)} stippen; meer dan {_dots(r.dots)} per deelnemer")
    for code, number in Counter(v.option_code for v in mine).items():
        if number > r.per_option:
            yield Problem(where="Stemmen", item=item, message=f"heeft {number} stippen op optie {code}; het maximum is {r.per_option}")


def _vote_problems(t: Trajectory) -> Iterator[Problem]:
    people = {p.id for p in t.participants}
    yield from _duplicates("Stemrondes", [r.id for r in t.voting_rounds])
    rounds = {r.id: r for r in t.voting_rounds}
    for r in t.voting_rounds:
        yield from _round_problems(t, r)
    yield from _duplicates("Stemmen", [f"{v.round_id}/{v.voter}/stip {v.dot}" for v in t.votes])
    ballots: dict[tuple[str, str], list[Vote]] = {}
    for v in t.votes:
        item = f"{v.round_id}/{v.voter}"
        yield from _unknown("Stemmen", item, "stemronde", v.round_id, set(rounds))
        if ids.is_valid("participant", v.voter):
            yield from _unknown("Stemmen", item, "deelnemer", v.voter, people)
        if v.round_id in rounds:
            yield from _unknown("Stemmen", item, "optie", v.option_code, {o.code for o in rounds[v.round_id].options})
            ballots.setdefault((v.round_id, v.voter), []).append(v)
    for (round_id, voter), mine in ballots.items():
        yield from _ballot_problems(rounds[round_id], voter, mine)


def _rewrites(t: Trajectory) -> Iterator[Problem]:
    """A rewrite points to a known assumption, and no chain of rewrites comes back to where it started."""
    known = {a.id: a for a in t.assumptions}
    for a in t.assumptions:
        if a.replaces is None:
            continue
        yield from _unknown("Aannames", a.id, "aanname", a.replaces, set(known))
        seen, current = {a.id}, a.replaces
        while current in known and current not in seen:
            seen.add(current)
            current = known[current].replaces
        if current in seen:
            yield Problem(where="Aannames", item=a.id, message=f"vervangt {a.replaces}, en die keten van herschrijvingen "
                                                            f"komt terug bij {current}")


def _assumption_problems(t: Trajectory) -> Iterator[Problem]:
    people = {p.id for p in t.participants} | {GROUP}
    elements = t.theory.element_ids()
    known = {a.id for a in t.assumptions}
    yield from _duplicates("Aannames", [a.id for a in t.assumptions])
    for a in t.assumptions:
        if a.element_id:
            yield from _unknown("Aannames", a.id, "element", a.element_id, elements)
    yield from _rewrites(t)
    yield from _duplicates("Scorerondes", [str(r.number) for r in t.scoring_rounds])
    for r in t.scoring_rounds:
        for aid in r.assumption_ids:
            yield from _unknown("Scorerondes", f"ronde {r.number}", "aanname", aid, known)
    yield from _duplicates("Scores", [f"{s.assumption_id}/{s.participant_id}/ronde {s.round}" for s in t.scores])
    for s in t.scores:
        item = f"{s.assumption_id}/{s.participant_id}"
        yield from _unknown("Scores", item, "aanname", s.assumption_id, known)
        yield from _unknown("Scores", item, "deelnemer", s.participant_id, people)


def problems(t: Trajectory) -> list[Problem]:
    """Every referential problem in the trajectory; empty when it is consistent."""
    checks = (_theory_problems, _people_problems, _vote_problems, _assumption_problems)
    return [p for check in checks for p in check(t)]
