"""Assumption commands: suggestions adopted or rejected, sources, a dated status history, rewrites that keep their
line, scoring rounds with one sheet per scorer as one undo step; statistics recomputed from the raw rows."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.workshop.conftest import make_small_trajectory
from workshop import assumption_edits as ae
from workshop import process_edits as pe
from workshop.assumptions import GROUP, AssumptionStatus, Source, SourceKind, all_stats, quadrant_of
from workshop.commands import CommandStack
from workshop.content import load_suggestions, suggestions_for
from workshop.integrity import problems
from workshop.scoring import ScoreMode, movement
from workshop.sessions import Participant
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

DAY = dt.date(2026, 3, 3)


def test_every_suggestion_is_about_a_relation_or_bouwsteen_of_the_model() -> None:
    from workshop.content import load_theory

    theory = load_theory()
    known = {r.key for r in theory.relations} | {b.id for b in theory.blocks}
    found = load_suggestions()
    assert len(found) >= 44 and len({s.id for s in found}) == len(found)
    assert {s.element_id for s in found} <= known
    assert all(s.text.startswith("Als ") and ", dan " in s.text and ", omdat " in s.text for s in found)
    assert suggestions_for("B5-D1") and all(s.reference.startswith("De sociale basis versterken") for s in found)


def test_adopting_and_rejecting_suggestions(small: Trajectory) -> None:
    stack = CommandStack(small)
    suggestion = suggestions_for("B2-D1")[0]
    stack.push(ae.adopt_suggestion(small, suggestion, "Als de financiering blijft, dan blijven de mensen, omdat ..."))
    adopted = small.assumptions[-1]
    assert adopted.suggestion == suggestion.id and adopted.element_id == "B2-D1"
    assert adopted.sources[0].link == suggestion.reference and adopted.text.startswith("Als de financiering")
    stack.push(ae.reject_suggestion(small, "S-002"))
    stack.push(ae.reject_suggestion(small, "S-001"))
    assert small.rejected_suggestions == ["S-001", "S-002"]
    stack.push(ae.reject_suggestion(small, "S-001", rejected=False))
    assert small.rejected_suggestions == ["S-002"]


def test_sources_are_numbered_in_their_order_and_one_undo_step(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(ae.set_sources(small, "A-001", [Source(kind=SourceKind.RESIDENTS, note="Buurtgesprek"),
                                               Source(kind=SourceKind.FIGURES, link="CBS 2025, p. 4")]))
    assert [(s.nr, s.kind) for s in small.assumptions[0].sources] == [(1, SourceKind.RESIDENTS), (2, SourceKind.FIGURES)]
    stack.undo()
    assert small.assumptions[0].sources == []


def test_a_status_change_is_dated_with_its_reason_and_undone_whole(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(ae.change_status(small, "A-001", AssumptionStatus.DOUBTFUL, "De cijfers spreken elkaar tegen", DAY))
    stack.push(ae.change_status(small, "A-001", AssumptionStatus.CONFIRMED, "Nieuwe monitor", DAY + dt.timedelta(days=365)))
    assumption = small.assumptions[0]
    assert assumption.status is AssumptionStatus.CONFIRMED
    assert [(c.nr, c.status, c.reason) for c in assumption.history] == [
        (1, AssumptionStatus.DOUBTFUL, "De cijfers spreken elkaar tegen"), (2, AssumptionStatus.CONFIRMED, "Nieuwe monitor")]
    stack.undo()
    assert assumption.status is AssumptionStatus.DOUBTFUL and len(assumption.history) == 1


def test_a_rewrite_keeps_the_line_and_a_cycle_is_seen(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(ae.rewrite(small, "A-001", "Als plekken open blijven, dan ...", "getoetst in de wijk", DAY))
    new = small.assumptions[-1]
    assert new.replaces == "A-001" and new.element_id == "B2-D1"
    assert small.assumptions[0].history[-1].reason == f"herschreven als {new.id}: getoetst in de wijk"
    assert ae.replacement_cycle(small, "A-001", new.id) and not ae.replacement_cycle(small, new.id, "A-001")
    small.assumptions[0].replaces = new.id  # as a careless hand edit would
    assert any("komt terug bij" in p.message for p in problems(small))


def test_removing_an_assumption_unlinks_its_rewrites_and_rounds(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(ae.rewrite(small, "A-001", "Nieuw", "", DAY))
    stack.push(ae.add_scoring_round(small, ["A-001", "A-002"]))
    stack.push(ae.remove_assumption(small, "A-001"))
    assert small.assumptions[0].replaces is None and small.scoring_rounds[0].assumption_ids == ["A-002"]
    assert problems(small) == []
    stack.undo()
    assert small.assumption("A-001") is not None and small.assumptions[-1].replaces == "A-001"


def people(t: Trajectory, count: int = 4) -> CommandStack:
    stack = CommandStack(t)
    stack.push(pe.add_participants(t, [Participant(id="P-00", name=f"Mens {i}") for i in range(count)]))
    return stack


def test_a_scorer_sheet_is_one_step_refused_when_it_breaks_a_rule(small: Trajectory) -> None:
    stack = people(small)
    stack.push(ae.add_scoring_round(small, ["A-001"], ScoreMode.TURNS))
    number = small.scoring_rounds[-1].number
    depth = len(stack)
    stack.push(ae.cast_scores(small, number, "P-03", {"A-001": (5, 2)}))
    assert len(stack) == depth + 1
    for sheet, message in (({"A-001": (6, 2)}, "1 tot en met 5"), ({"A-009": (3, 3)}, "niet gescoord"), ({}, "nog niets")):
        with pytest.raises(ae.ScoringError, match=message):
            ae.cast_scores(small, number, "P-04", sheet)
    with pytest.raises(ae.ScoringError, match="al gescoord"):
        ae.cast_scores(small, number, "P-03", {"A-001": (1, 1)})
    stack.push(ae.set_scoring_status(small, number, RoundStatus.CLOSED))
    with pytest.raises(ae.ScoringError, match="niet open"):
        ae.cast_scores(small, number, "P-04", {"A-001": (1, 1)})


def test_consensus_and_paper_cells_replace_and_clear(small: Trajectory) -> None:
    stack = people(small)
    stack.push(ae.add_scoring_round(small, ["A-001"], ScoreMode.CONSENSUS))
    number = small.scoring_rounds[-1].number
    stack.push(ae.set_score(small, number, GROUP, "A-001", (4, 2)))
    stack.push(ae.set_score(small, number, GROUP, "A-001", (4, 4)))
    assert [(s.participant_id, s.certainty) for s in small.scores if s.round == number] == [(GROUP, 4)]
    stack.push(ae.set_score(small, number, GROUP, "A-001", None))
    assert not [s for s in small.scores if s.round == number]
    assert problems(small) == []


def test_movement_between_two_rounds() -> None:
    t = make_small_trajectory()
    stack = people(t)
    for number, pair in ((2, (2, 2)), (3, (5, 4))):
        stack.push(ae.add_scoring_round(t, ["A-001"]))
        stack.push(ae.cast_scores(t, number, "P-03", {"A-001": pair}))
    moves = movement(all_stats(t.assumptions, t.scores), 2, 3)
    assert [(m.before.importance_mean, m.after.importance_mean) for m in moves] == [(2.0, 5.0)]


scores = st.lists(st.tuples(st.sampled_from(["A-001", "A-002"]), st.integers(3, 8), st.integers(1, 2),
                            st.integers(1, 5), st.integers(1, 5)), max_size=30)


@settings(max_examples=60, deadline=None)
@given(scores)
def test_statistics_equal_a_recount_of_the_raw_rows(rows: list[tuple[str, int, int, int, int]]) -> None:
    t = make_small_trajectory()
    stack = people(t, 6)
    stack.push(ae.add_assumption(t, "Tweede"))
    t.scores.clear()
    for aid, person, number, imp, cer in rows:
        stack.push(ae.score_assumption(t, aid, f"P-{person:02d}", imp, cer, number))
    for s in all_stats(t.assumptions, t.scores):
        mine = [x for x in t.scores if (x.assumption_id, x.round) == (s.assumption_id, s.round)]
        imp, cer = [x.importance for x in mine], [x.certainty for x in mine]
        assert s.count == len(mine)
        assert s.importance_mean == pytest.approx(sum(imp) / len(imp)) and s.certainty_mean == pytest.approx(sum(cer) / len(cer))
        assert s.importance_median == statistics.median(imp) and s.certainty_median == statistics.median(cer)
        assert s.importance_spread == pytest.approx(statistics.pstdev(imp) if len(imp) > 1 else 0.0)
        assert s.quadrant is quadrant_of(s.importance_mean, s.certainty_mean)
        assert s.dissent == (max(s.importance_spread, s.certainty_spread) >= 1.2)
