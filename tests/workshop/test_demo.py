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
from workshop.voting import RoundKind, RoundStatus, tally

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


def test_four_revealed_rounds_show_every_kind_of_round(demo: Trajectory) -> None:
    rounds = {r.id: r for r in demo.voting_rounds}
    assert list(rounds) == ["V-01", "V-02", "V-03", "V-04"]
    assert all(r.status is RoundStatus.REVEALED for r in rounds.values())
    assert rounds["V-01"].is_tally and rounds["V-01"].kind is RoundKind.SINGLE
    assert sum(r.dots for r in tally(rounds["V-01"], demo.votes)) == len(demo.session(1).attendance)  # type: ignore[union-attr]
    assert not rounds["V-02"].anonymous and rounds["V-03"].anonymous and rounds["V-04"].repeats == "V-03"
    assert rounds["V-02"].question == "Welke bouwstenen pakken we als eerste op?"


def test_every_voter_used_all_dots_within_the_rules(demo: Trajectory) -> None:
    for voting_round in (r for r in demo.voting_rounds if not r.is_tally):
        voters = {v.voter for v in demo.votes if v.round_id == voting_round.id}
        assert len(voters) == len(demo.voters_for(voting_round))
        for voter in voters:
            mine = [v for v in demo.votes if v.round_id == voting_round.id and v.voter == voter]
            assert len(mine) == voting_round.dots and all(v.time is not None for v in mine)
        assert tally(voting_round, demo.votes)[0].dots > 0
    anonymous = {v.voter[:2] for v in demo.votes if v.round_id == "V-03"}
    assert anonymous == {"X-"}  # an anonymous round keeps no participant ids


def test_a_tie_is_in_the_demo(demo: Trajectory) -> None:
    assert any(row.tied and row.dots for r in demo.voting_rounds for row in tally(r, demo.votes))


def test_at_least_fifteen_assumptions_on_relations_with_sources(demo: Trajectory) -> None:
    assert len(demo.assumptions) >= 15
    relation_keys = {r.key for r in demo.theory.relations}
    on_relations = [a for a in demo.assumptions if a.element_id in relation_keys]
    assert len(on_relations) >= 15
    cited = [a for a in demo.assumptions if any("De sociale basis versterken (2024), r. " in s.link for s in a.sources)]
    assert len(cited) >= 15
    assert len({a.kind for a in demo.assumptions}) >= 3
    assert len({a.status for a in demo.assumptions}) == 4
    assert sum(1 for a in demo.assumptions if a.monitoring.indicator and a.monitoring.who) >= 4


def test_every_participant_scored_every_assumption_of_session_3(demo: Trajectory) -> None:
    first = demo.scoring_round(1)
    assert first is not None and first.session_number == 3
    scored = {(s.assumption_id, s.participant_id) for s in demo.scores if s.round == 1}
    assert scored == set(itertools.product(first.assumption_ids, [p.id for p in demo.participants]))


def test_statuses_have_a_dated_history_and_a_refuted_assumption_is_rewritten(demo: Trajectory) -> None:
    judged = [a for a in demo.assumptions if a.status.value != "open"]
    assert judged and all(a.history and a.history[-1].status is a.status and a.history[0].reason for a in judged)
    rewrite = demo.assumptions[-1]
    assert rewrite.replaces == "A-021" and demo.assumption("A-021").status.value == "ontkracht"  # type: ignore[union-attr]
    assert sum(1 for a in demo.assumptions if a.monitored) == 6


def test_quadrants_are_varied_and_some_show_dissent(demo: Trajectory) -> None:
    latest = latest_stats(demo.assumptions, demo.scores)
    assert len(latest) == len(demo.assumptions) - 1  # all but the rewrite of session 4
    assert len({s.quadrant for s in latest.values()}) == 4
    assert sum(1 for s in latest.values() if s.dissent) >= 2
    assert any(s.round == 2 for s in latest.values())


def test_demo_can_be_summarised(demo: Trajectory) -> None:
    text = summarize(demo)
    assert DEMO_NAME in text and "[verdeeld]" in text and "Digitale inclusie" in text


def test_the_story_was_written_in_session_4_and_its_closing_part_rewritten(demo: Trajectory) -> None:
    from workshop import story_edits as se
    from workshop.demo_programme import CLOSING

    assert [p.key for p in demo.story if p.edited] == ["slot"]
    assert next(p.text for p in demo.story if p.key == "slot") == CLOSING
    assert se.is_current(demo)  # written from the schema as it ended: updating it changes nothing
