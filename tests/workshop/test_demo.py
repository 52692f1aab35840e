"""The demo trajectory: complete, consistent, varied and deterministic."""

from __future__ import annotations

import itertools

import pytest

from workshop import integrity
from workshop.assumptions import latest_stats
from workshop.consistency import Severity, check
from workshop.content import CONTENT
from workshop.demo import DEMO_NAME, build_demo
from workshop.sessions import SessionStatus
from workshop.summary import summarize
from workshop.theory import Origin
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus, tally

pytestmark = pytest.mark.skipif(
    not (CONTENT / "sociale-basis.toml").exists(), reason="resources/content/sociale-basis.toml ontbreekt nog"
)


@pytest.fixture(scope="module")
def demo() -> Trajectory:
    return build_demo()


def test_demo_is_consistent_data(demo: Trajectory) -> None:
    assert integrity.problems(demo) == []
    assert not [f for f in check(demo) if f.severity is Severity.ERROR]


def test_demo_is_deterministic(demo: Trajectory) -> None:
    again = build_demo()
    assert again == demo
    assert again.model_dump() == demo.model_dump()


def test_demo_has_a_fixed_name_and_creation_date(demo: Trajectory) -> None:
    assert demo.name == DEMO_NAME
    assert demo.created.year == 2026


def test_four_finished_sessions_with_dates_attendance_notes_and_decisions(demo: Trajectory) -> None:
    assert [s.number for s in demo.sessions] == [1, 2, 3, 4]
    for session in demo.sessions:
        assert session.status is SessionStatus.DONE
        assert session.date is not None and session.date.year == 2026
        assert len(session.attendance) >= 10 and session.notes and session.decisions
    dates = [s.date for s in demo.sessions]
    assert dates == sorted(dates) and len(set(dates)) == 4


def test_about_twelve_participants_from_all_spheres(demo: Trajectory) -> None:
    assert 10 <= len(demo.participants) <= 14
    assert {p.sphere_id for p in demo.participants} == {"S1", "S2", "S3"}
    assert all(p.organisation and p.role for p in demo.participants)
    assert len({p.organisation for p in demo.participants}) == len(demo.participants)


def test_group_block_b11_with_relations_and_actions(demo: Trajectory) -> None:
    block = demo.theory.block("B11")
    assert block is not None and block.origin is Origin.GROUP
    assert len(demo.theory.relations_of_block("B11")) >= 2
    assert demo.theory.actions_of("B11")
    assert len(demo.theory.blocks) == 11


def test_two_revealed_rounds_where_everyone_used_all_dots(demo: Trajectory) -> None:
    assert len(demo.voting_rounds) == 2
    for voting_round in demo.voting_rounds:
        assert voting_round.status is RoundStatus.REVEALED
        for participant in demo.participants:
            used = [v for v in demo.votes if v.round_id == voting_round.id and v.participant_id == participant.id]
            assert len(used) == voting_round.dots_per_participant
        assert tally(voting_round, demo.votes)[0].dots > 0
    assert demo.voting_rounds[0].question == "Welke bouwstenen pakken we als eerste op?"


def test_at_least_fifteen_assumptions_on_relations_with_sources(demo: Trajectory) -> None:
    assert len(demo.assumptions) >= 15
    relation_keys = {r.key for r in demo.theory.relations}
    on_relations = [a for a in demo.assumptions if a.element_id in relation_keys]
    assert len(on_relations) >= 15
    cited = [a for a in demo.assumptions if "De sociale basis versterken (2024), r. " in a.sources]
    assert len(cited) >= 15
    assert len({a.kind for a in demo.assumptions}) >= 3
    assert len({a.status for a in demo.assumptions}) == 4
    assert sum(1 for a in demo.assumptions if a.monitoring.indicator and a.monitoring.who) >= 4


def test_every_participant_scored_every_assumption(demo: Trajectory) -> None:
    scored = {(s.assumption_id, s.participant_id) for s in demo.scores}
    expected = set(itertools.product([a.id for a in demo.assumptions], [p.id for p in demo.participants]))
    assert expected <= scored


def test_quadrants_are_varied_and_some_show_dissent(demo: Trajectory) -> None:
    latest = latest_stats(demo.assumptions, demo.scores)
    assert len(latest) == len(demo.assumptions)
    assert len({s.quadrant for s in latest.values()}) == 4
    assert sum(1 for s in latest.values() if s.dissent) >= 2
    assert any(s.round == 2 for s in latest.values())


def test_demo_can_be_summarised(demo: Trajectory) -> None:
    text = summarize(demo)
    assert DEMO_NAME in text and "[verdeeld]" in text and "Digitale inclusie" in text
