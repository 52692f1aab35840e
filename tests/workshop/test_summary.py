"""The plain-text summary: the expected pieces are there, in the expected order, and no numbers before a reveal."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop.assumptions import Assumption, Score
from workshop.scoring import ScoringRound
from workshop.sessions import Participant, SessionStatus
from workshop.summary import DISSENT_MARK, count, number, ordered_assumptions, summarize
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, Vote, VoteOption, VotingRound


@pytest.fixture
def rich(small: Trajectory) -> Trajectory:
    """The small trajectory with a dated session, a second round and assumptions in every quadrant."""
    small.sessions[0].date = dt.date(2026, 2, 3)
    small.sessions[0].status = SessionStatus.DONE
    small.sessions[0].decisions = "We nemen de hoofdambitie over."
    small.participants += [Participant(id=f"P-0{i}", name=f"Deelnemer {i}") for i in range(3, 5)]
    small.voting_rounds[0].status = RoundStatus.REVEALED
    small.voting_rounds.append(VotingRound(id="V-02", question="Wat toetsen we?", options=[VoteOption(code="T1", label="Geld")]))
    small.votes.append(Vote(round_id="V-02", voter="P-02", option_code="T1", dot=1))
    small.assumptions += [
        Assumption(id="A-002", text="Zekere basis", element_id="B1-D1"),
        Assumption(id="A-003", text="Onbelangrijke twijfel", element_id="B1-D2"),
        Assumption(id="A-004", text="Nog niet besproken"),
        Assumption(id="A-005", text="Verdeelde groep", element_id="B3-D2"),
    ]
    pairs = {"A-002": [(5, 5), (4, 4)], "A-003": [(1, 1), (2, 2)], "A-005": [(5, 1), (5, 5), (4, 1), (4, 5)]}
    people = ["P-01", "P-02", "P-03", "P-04"]
    for aid, rows in pairs.items():
        small.scores += [Score(assumption_id=aid, participant_id=p, importance=i, certainty=c) for p, (i, c) in zip(people, rows)]
    return small


def test_number_and_count_speak_dutch() -> None:
    assert number(3.26) == "3,3"
    assert number(4.0) == "4,0"
    assert count(1, "stip", "stippen") == "1 stip"
    assert count(0, "stip", "stippen") == "0 stippen"


def test_header_and_theory(rich: Trajectory) -> None:
    text = summarize(rich)
    assert text.startswith("Traject: Test\n")
    assert "Model: Klein model" in text
    assert "Hoofdambitie:\n  Een zorgzame buurt" in text
    assert "  D1  Ontmoeting" in text and "  D2  Steun" in text
    assert "  B3  Eigen bouwsteen (eigen bouwsteen van de groep)" in text
    assert "      → D1 Ontmoeting (randvoorwaardelijk)" in text
    assert "1 actie in het handelingsperspectief" in text


def test_sections_come_in_order(rich: Trajectory) -> None:
    text = summarize(rich)
    positions = [text.index(h) for h in ("VERANDERTHEORIE", "SESSIES", "STEMRONDES", "SCORERONDES", "AANNAMES")]
    assert positions == sorted(positions)


def test_sessions_show_date_status_attendance_and_decisions(rich: Trajectory) -> None:
    text = summarize(rich)
    assert "Sessie 1: Ambitie — 2026-02-03 — afgerond — 2 aanwezig" in text
    assert "Besluiten:\n        We nemen de hoofdambitie over." in text
    assert "Sessie 2: Deelambities en bouwstenen — geen datum — gepland — 0 aanwezig" in text
    assert "4 deelnemers in het traject" in text


def test_rounds_show_tallies_and_mark_unrevealed_ones(rich: Trajectory) -> None:
    text = summarize(rich)
    assert "V-01  Wat eerst?\n" in text
    assert "V-02  Wat toetsen we? (nog niet onthuld)\n      3 stippen per deelnemer, open, 1 deelnemer heeft gestemd\n" in text
    assert "1 stip  100%  B2 Plekken (1 deelnemer)" in text
    assert "0 stippen    0%  T1 Iets anders (0 deelnemers)" in text


@pytest.mark.parametrize("status", [RoundStatus.OPEN, RoundStatus.CLOSED])
def test_an_unrevealed_round_with_votes_shows_its_options_without_counts(rich: Trajectory, status: RoundStatus) -> None:
    rich.voting_rounds[1].status = status
    section = summarize(rich).split("STEMRONDES")[1].split("SCORERONDES")[0]
    v02 = section[section.index("V-02"):]
    assert v02 == f"V-02  Wat toetsen we? (nog niet onthuld)\n      3 stippen per deelnemer, {status.value}, " \
                  "1 deelnemer heeft gestemd\n      T1 Geld\n\n"
    assert "stip " not in v02 and "%" not in v02 and "(1 deelnemer)" not in v02


def test_after_the_reveal_the_counts_appear(rich: Trajectory) -> None:
    rich.voting_rounds[1].status = RoundStatus.REVEALED
    text = summarize(rich)
    assert "V-02  Wat toetsen we?\n" in text and "1 stip  100%  T1 Geld (1 deelnemer)" in text


def _scored_in_round_two(rich: Trajectory, status: RoundStatus) -> Trajectory:
    """A-004 scored (important and certain) in scoring round 2, and A-002 scored again there, now uncertain."""
    rich.scoring_rounds = [ScoringRound(number=1, status=RoundStatus.REVEALED, assumption_ids=["A-001", "A-002"]),
                           ScoringRound(number=2, title="Na het veldwerk", status=status, assumption_ids=["A-002", "A-004"])]
    rich.scores += [Score(assumption_id=aid, participant_id=p, round=2, importance=5, certainty=c)
                    for aid, c in (("A-004", 5), ("A-002", 1)) for p in ("P-01", "P-02")]
    return rich


@pytest.mark.parametrize("status", [RoundStatus.OPEN, RoundStatus.CLOSED])
def test_an_unrevealed_scoring_round_gives_no_statistics(rich: Trajectory, status: RoundStatus) -> None:
    text = summarize(_scored_in_round_two(rich, status))
    assert f"  Ronde 2  Na het veldwerk (nog niet onthuld)\n      beurten, {status.value}, 2 aannames\n" in text
    assert "  Ronde 1\n      beurten, onthuld, 2 aannames\n" in text
    assert "(ronde 2)" not in text
    assert "Nog niet onthuld:\n  A-004 Nog niet besproken\n      status open\n" in text
    assert "A-002 [B1-D1] Zekere basis\n      belang 4,5 · zekerheid 4,5 · 2 scores (ronde 1)" in text
    assert [a.id for a, _ in ordered_assumptions(rich)] == ["A-001", "A-002", "A-005", "A-003", "A-004"]


def test_after_the_scoring_reveal_the_statistics_appear(rich: Trajectory) -> None:
    text = summarize(_scored_in_round_two(rich, RoundStatus.REVEALED))
    assert "  Ronde 2  Na het veldwerk\n" in text and "Nog niet onthuld" not in text
    assert "A-004 Nog niet besproken\n      belang 5,0 · zekerheid 5,0 · 2 scores (ronde 2)" in text
    assert "A-002 [B1-D1] Zekere basis\n      belang 5,0 · zekerheid 1,0 · 2 scores (ronde 2)" in text


def test_assumptions_are_ordered_by_quadrant_with_unscored_last(rich: Trajectory) -> None:
    order = [a.id for a, _ in ordered_assumptions(rich)]
    assert order == ["A-001", "A-002", "A-005", "A-003", "A-004"]
    text = summarize(rich)
    headings = ["Belangrijk en onzeker:", "Belangrijk en zeker:", "Minder belangrijk en onzeker:", "Nog niet gescoord:"]
    assert [text.index(h) for h in headings] == sorted(text.index(h) for h in headings)
    assert "Minder belangrijk en zeker:" not in text


def test_assumption_lines_show_means_element_and_dissent(rich: Trajectory) -> None:
    text = summarize(rich)
    assert "A-002 [B1-D1] Zekere basis\n      belang 4,5 · zekerheid 4,5 · 2 scores (ronde 1) · status open\n" in text
    assert "A-005 [B3-D2] Verdeelde groep\n      belang 4,5 · zekerheid 3,0 · 4 scores (ronde 1) · status open " + DISSENT_MARK in text
    assert text.count(DISSENT_MARK) == 1
    assert "A-004 Nog niet besproken\n      status open" in text


def test_empty_trajectory_is_summarised_without_errors() -> None:
    text = summarize(Trajectory())
    assert "Traject: (naamloos)" in text
    assert "(nog niet ingevuld)" in text
    assert "(geen stemrondes)" in text and "(geen scorerondes)" in text and "(geen aannames)" in text
