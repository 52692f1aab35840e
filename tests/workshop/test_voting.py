"""The tally rules: counts from raw dots or typed-in counts, ranks and ties, the limits of a ballot."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from workshop.voting import (
    EntryMode, RoundKind, Vote, VoteOption, VotingRound, anonymous_code, ballot_problems, tally, ties_at_top, voters_in,
)


def a_round(**rules: object) -> VotingRound:
    options = [VoteOption(code=c, label=f"Optie {c}") for c in ("B1", "B2", "B3", "T1")]
    return VotingRound(id="V-01", question="Wat eerst?", options=options, **rules)  # type: ignore[arg-type]


def dot(voter: str, code: str, number: int, round_id: str = "V-01") -> Vote:
    return Vote(round_id=round_id, voter=voter, option_code=code, dot=number)


def test_tally_counts_dots_and_voters_most_first() -> None:
    votes = [dot("P-01", "B2", 1), dot("P-01", "B2", 2), dot("P-02", "B2", 1), dot("P-02", "B1", 2),
             dot("P-03", "B3", 1, round_id="V-02")]
    rows = tally(a_round(), votes)
    assert [(r.code, r.dots, r.voters) for r in rows] == [("B2", 3, 2), ("B1", 1, 1), ("B3", 0, 0), ("T1", 0, 0)]
    assert rows[0].share == 0.75 and rows[0].rank == 1 and not rows[0].tied


def test_ties_share_a_rank_and_are_marked_never_broken() -> None:
    votes = [dot("P-01", "B3", 1), dot("P-02", "B1", 1), dot("P-03", "T1", 1)]
    rows = tally(a_round(), votes)
    assert [(r.code, r.rank, r.tied) for r in rows] == [("B1", 1, True), ("B3", 1, True), ("T1", 1, True), ("B2", 4, False)]
    assert [r.code for r in ties_at_top(rows)] == ["B1", "B3", "T1"]


def test_no_tie_at_the_top_when_nobody_voted() -> None:
    assert ties_at_top(tally(a_round(), [])) == []


def test_a_tally_round_counts_what_the_facilitator_typed() -> None:
    voting_round = a_round(mode=EntryMode.TALLY)
    voting_round.options[1].count = 12
    voting_round.options[3].count = 4
    rows = tally(voting_round, [dot("P-01", "B1", 1)])  # stray dots do not count in a tally round
    assert [(r.code, r.dots, r.voters) for r in rows[:2]] == [("B2", 12, None), ("T1", 4, None)]
    assert sum(r.dots for r in rows) == 16


def test_single_choice_allows_one_dot() -> None:
    voting_round = a_round(kind=RoundKind.SINGLE, dots_per_participant=5)
    assert voting_round.dots == 1 and voting_round.per_option == 1
    assert ballot_problems(voting_round, {"B1": 1}) == []
    assert ballot_problems(voting_round, {"B1": 1, "B2": 1}) == ["2 stippen is meer dan de 1 die elke deelnemer heeft."]


def test_ballot_limits_in_dutch() -> None:
    voting_round = a_round(dots_per_participant=3, max_per_option=2)
    assert ballot_problems(voting_round, {"B1": 2, "T1": 1}) == []
    assert ballot_problems(voting_round, {"B1": 3}) == ["3 stippen op 'B1' is meer dan de 2 per optie."]
    assert ballot_problems(voting_round, {"B1": 2, "B2": 2}) == ["4 stippen is meer dan de 3 die elke deelnemer heeft."]
    assert ballot_problems(voting_round, {"X9": 1}) == ["'X9' is geen optie van deze stemronde."]
    assert ballot_problems(voting_round, {}) == ["Er staat nog geen stip op dit stembiljet."]


def test_anonymous_codes_are_free_codes_picked_by_the_draw_and_voters_include_them() -> None:
    votes = [dot("X-01", "B1", 1), dot("X-02", "B1", 1), dot("X-07", "B1", 1, round_id="V-02")]
    assert anonymous_code(votes, "V-01", 0) == "X-03"  # the first free one
    assert anonymous_code(votes, "V-01", 4) == "X-07"  # X-07 is taken only in another round
    assert anonymous_code(votes, "V-03", 96) == "X-97"
    assert {anonymous_code(votes, "V-01", d) for d in range(97)} == {f"X-{n:02d}" for n in range(3, 100)}
    voting_round = a_round(voted=["P-02", "P-05"])
    assert voters_in(voting_round, votes + [dot("P-09", "B2", 1)]) == {"P-02", "P-05", "P-09"}


OPTIONS = ("B1", "B2", "B3", "T1")
ballots = st.lists(st.tuples(st.sampled_from(["P-01", "P-02", "P-03", "X-01", "X-02"]),
                             st.lists(st.sampled_from(OPTIONS), min_size=1, max_size=5)), max_size=8)


@given(ballots)
def test_tally_equals_a_count_of_the_raw_rows(cast: list[tuple[str, list[str]]]) -> None:
    votes = [dot(voter, code, i) for voter, codes in dict(cast).items() for i, code in enumerate(codes, start=1)]
    rows = {r.code: r for r in tally(a_round(dots_per_participant=5), votes)}
    per_option = Counter(v.option_code for v in votes)
    assert {c: rows[c].dots for c in OPTIONS} == {c: per_option[c] for c in OPTIONS}
    assert all(rows[c].voters == len({v.voter for v in votes if v.option_code == c}) for c in OPTIONS)
    for row in rows.values():
        assert row.rank == 1 + sum(1 for other in rows.values() if other.dots > row.dots)
        assert row.tied == any(o.dots == row.dots for o in rows.values() if o.code != row.code)
