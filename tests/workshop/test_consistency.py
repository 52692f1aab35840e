"""The step-6 consistency check: every category, positive and negative, the element each finding points at, plus
grouping and the text report."""

from __future__ import annotations

import datetime as dt

from workshop import theory_edits as te
from workshop.assumptions import Source, Assumption, AssumptionStatus, Score
from workshop.commands import CommandStack
from workshop.consistency import Category, Severity, check, grouped, locate, report_text
from workshop.sessions import SessionStatus
from workshop.refs import EXISTS, Ref, RefKind
from workshop.theory import Action, BuildingBlock, Relation, SubAmbition
from workshop.trajectory import Trajectory

TODAY = dt.date(2026, 6, 1)


def _of(t: Trajectory, category: Category) -> list[str]:
    return [f.element_id for f in check(t, TODAY) if f.category is category]


def _covered(t: Trajectory) -> Trajectory:
    """Make every relation of the small trajectory covered by an assumption with evidence."""
    t.assumptions[0].evidence = "Ervaring in de wijk"
    t.assumptions += [
        Assumption(id="A-002", text="Zonder geldstress is er ruimte", element_id="B1",
                   sources=[Source(link="Publicatie r. 583")]),
        Assumption(id="A-003", text="Eigen bouwsteen helpt", element_id="B3-D2", evidence="Pilot"),
    ]
    return t


def test_a_complete_trajectory_has_no_findings(small: Trajectory) -> None:
    assert check(_covered(small), TODAY) == []
    assert report_text([]).startswith("Consistentiecheck: geen bevindingen")


def test_sub_ambition_without_blocks(small: Trajectory) -> None:
    assert _of(small, Category.SUB_WITHOUT_BLOCKS) == []
    small.theory.sub_ambitions.append(SubAmbition(id="D3", name="Plezier"))
    assert _of(small, Category.SUB_WITHOUT_BLOCKS) == ["D3"]
    finding = next(f for f in check(small, TODAY) if f.element_id == "D3")
    assert "Plezier" in finding.message and finding.severity is Severity.WARNING


def test_a_new_deelambitie_fed_only_by_the_foundation_still_needs_a_bouwsteen(small: Trajectory) -> None:
    CommandStack(small).push(te.add_sub_ambition(small, "Plezier"))
    assert small.theory.relations_to("D3") != []  # B1 is randvoorwaardelijk for all deelambities
    assert _of(small, Category.SUB_WITHOUT_BLOCKS) == ["D3"]
    finding = next(f for f in check(small, TODAY) if f.element_id == "D3")
    assert finding.message.endswith("(behalve de bouwstenen voor alle deelambities).")


def test_block_without_relations(small: Trajectory) -> None:
    assert _of(small, Category.BLOCK_WITHOUT_RELATIONS) == []
    small.theory.blocks.append(BuildingBlock(id="B4", name="Digitale inclusie"))
    assert _of(small, Category.BLOCK_WITHOUT_RELATIONS) == ["B4"]


def test_relation_without_assumption_is_listed_in_id_order(small: Trajectory) -> None:
    assert _of(small, Category.RELATION_WITHOUT_ASSUMPTION) == ["B1-D1", "B1-D2", "B3-D2"]


def test_relation_is_covered_by_its_key_or_by_its_block(small: Trajectory) -> None:
    small.assumptions.append(Assumption(id="A-002", text="Randvoorwaarde", element_id="B1"))
    small.assumptions.append(Assumption(id="A-003", text="Eigen bouwsteen", element_id="B3-D2"))
    assert _of(small, Category.RELATION_WITHOUT_ASSUMPTION) == []


def test_an_assumption_on_the_sub_ambition_does_not_cover_a_relation(small: Trajectory) -> None:
    small.assumptions.append(Assumption(id="A-002", text="Over steun", element_id="D2"))
    assert "B3-D2" in _of(small, Category.RELATION_WITHOUT_ASSUMPTION)


def test_relation_findings_sort_b2_before_b10() -> None:
    t = Trajectory()
    t.theory.sub_ambitions = [SubAmbition(id="D1", name="x")]
    t.theory.blocks = [BuildingBlock(id="B10", name="tien"), BuildingBlock(id="B2", name="twee")]
    t.theory.relations = [Relation(block_id="B10", sub_ambition_id="D1"), Relation(block_id="B2", sub_ambition_id="D1")]
    assert _of(t, Category.RELATION_WITHOUT_ASSUMPTION) == ["B2-D1", "B10-D1"]


def test_important_assumption_without_evidence_is_flagged(small: Trajectory) -> None:
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == ["A-001"]
    finding = next(f for f in check(small, TODAY) if f.category is Category.CRUCIAL_WITHOUT_EVIDENCE)
    assert "belangrijk en onzeker" in finding.message


def test_evidence_or_sources_each_suffice(small: Trajectory) -> None:
    small.assumptions[0].evidence = "Bewonersavond maart"
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == []
    small.assumptions[0].evidence = "   "
    small.assumptions[0].sources = [Source(link="De sociale basis versterken (2024), r. 1783-1797")]
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == []


def test_unimportant_assumption_needs_no_evidence(small: Trajectory) -> None:
    small.scores = [Score(assumption_id="A-001", participant_id="P-01", importance=2, certainty=2)]
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == []


def test_unscored_assumption_counts_as_crucial(small: Trajectory) -> None:
    small.scores = []
    finding = next(f for f in check(small, TODAY) if f.category is Category.CRUCIAL_WITHOUT_EVIDENCE)
    assert finding.element_id == "A-001" and "nog niet gescoord" in finding.message


def test_refuted_assumption_is_exempt(small: Trajectory) -> None:
    small.assumptions[0].status = AssumptionStatus.REFUTED
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == []


def test_the_latest_scoring_round_decides(small: Trajectory) -> None:
    small.scores.append(Score(assumption_id="A-001", participant_id="P-01", round=2, importance=1, certainty=2))
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == []
    small.scores.append(Score(assumption_id="A-001", participant_id="P-01", round=3, importance=5, certainty=5))
    assert _of(small, Category.CRUCIAL_WITHOUT_EVIDENCE) == ["A-001"]


def test_planned_sessions_without_date_need_no_attendance(small: Trajectory) -> None:
    assert _of(small, Category.SESSION_WITHOUT_ATTENDANCE) == []


def test_started_or_finished_sessions_need_attendance(small: Trajectory) -> None:
    small.sessions[1].status = SessionStatus.RUNNING
    small.sessions[2].status = SessionStatus.DONE
    assert _of(small, Category.SESSION_WITHOUT_ATTENDANCE) == ["sessie 2", "sessie 3"]
    small.sessions[2].attendance = ["P-01"]
    assert _of(small, Category.SESSION_WITHOUT_ATTENDANCE) == ["sessie 2"]


def test_a_past_date_needs_attendance_a_future_one_not(small: Trajectory) -> None:
    small.sessions[1].date = TODAY - dt.timedelta(days=1)
    small.sessions[2].date = TODAY + dt.timedelta(days=1)
    small.sessions[3].date = TODAY
    assert _of(small, Category.SESSION_WITHOUT_ATTENDANCE) == ["sessie 2"]


def test_integrity_problems_are_errors_and_come_first(small: Trajectory) -> None:
    small.sessions[0].attendance.append("P-99")
    findings = check(small, TODAY)
    assert findings[0].category is Category.INTEGRITY
    assert findings[0].severity is Severity.ERROR
    assert "P-99" in findings[0].message and "Sessies" in findings[0].message


def test_grouped_keeps_category_order_and_skips_empty(small: Trajectory) -> None:
    small.theory.sub_ambitions.append(SubAmbition(id="D3", name="Plezier"))
    groups = grouped(check(small, TODAY))
    assert list(groups) == [
        Category.SUB_WITHOUT_BLOCKS, Category.RELATION_WITHOUT_ASSUMPTION, Category.CRUCIAL_WITHOUT_EVIDENCE,
    ]


def test_report_text_has_a_heading_per_category(small: Trajectory) -> None:
    text = report_text(check(small, TODAY))
    assert text.startswith("Consistentiecheck: 4 bevindingen (1 waarschuwing, 3 aandachtspunten).")
    assert "Relaties zonder aanname (3, aandachtspunt):" in text
    assert "Cruciale aannames zonder onderbouwing (1, waarschuwing):" in text
    assert text.index("Relaties zonder aanname") < text.index("Cruciale aannames")
    assert "  - A-001: " in text


def test_check_defaults_to_today() -> None:
    t = Trajectory()
    t.sessions[0].date = dt.date.today() - dt.timedelta(days=3)
    assert [f.element_id for f in check(t)] == ["sessie 1"]


def test_action_without_actor_points_at_its_bouwsteen(small: Trajectory) -> None:
    assert _of(small, Category.ACTION_WITHOUT_ACTOR) == []  # H-001 names 'gemeente'
    small.theory.actions.append(Action(id="H-002", block_id="B1", text="Regel een toereikend inkomen"))
    small.theory.actions.append(Action(id="H-003", block_id="B2", text="Houd de deur open", actors=["  "]))
    assert _of(small, Category.ACTION_WITHOUT_ACTOR) == ["H-002", "H-003"]  # a blank actor is no actor
    finding = next(f for f in check(small, TODAY) if f.element_id == "H-002")
    assert finding.severity is Severity.NOTE and finding.ref == Ref.element("B1")
    assert "Regel een toereikend inkomen" in finding.message and "Bestaanszekerheid" in finding.message


def test_actions_without_actor_follow_the_schema_order_of_their_bouwstenen(small: Trajectory) -> None:
    small.theory.actions += [Action(id="H-002", block_id="B3", text="Eigen"),
                             Action(id="H-003", block_id="B1", text="Geld")]
    assert _of(small, Category.ACTION_WITHOUT_ACTOR) == ["H-003", "H-002"]


def test_actions_without_actor_are_reported_before_sessions(small: Trajectory) -> None:
    small.theory.actions.append(Action(id="H-002", block_id="B1", text="Geld"))
    small.sessions[1].status = SessionStatus.DONE
    last_two = list(grouped(check(small, TODAY)))[-2:]
    assert last_two == [Category.ACTION_WITHOUT_ACTOR, Category.SESSION_WITHOUT_ATTENDANCE]
    text = report_text(check(small, TODAY))
    assert "Acties zonder actor (1, aandachtspunt):\n  - H-002: Actie 'Geld' bij bouwsteen 'Bestaanszekerheid'" in text


def _every_category(t: Trajectory) -> Trajectory:
    t.theory.sub_ambitions.append(SubAmbition(id="D3", name="Plezier"))
    t.theory.blocks.append(BuildingBlock(id="B4", name="Digitale inclusie"))
    t.theory.actions.append(Action(id="H-002", block_id="B1", text="Geld"))
    t.assumptions.append(Assumption(id="A-002", text="Over iets dat weg is", element_id="B9", evidence="x"))
    t.sessions[1].status = SessionStatus.DONE
    return t


def test_every_finding_carries_the_element_to_show(small: Trajectory) -> None:
    findings = check(_every_category(small), TODAY)
    assert {f.category for f in findings} == set(Category)
    for finding in findings:
        if finding.category is Category.SESSION_WITHOUT_ATTENDANCE:
            assert finding.ref is None  # a session is not something the schema can show
            continue
        assert finding.ref is not None, finding
        assert EXISTS[finding.ref.kind][1](small, finding.ref), finding
    by_id = {f.element_id: f.ref for f in findings}
    assert by_id["D3"] == Ref.element("D3") and by_id["B4"] == Ref.element("B4")
    assert by_id["B1-D1"] == Ref.element("B1-D1") and by_id["H-002"] == Ref.element("B1")
    assert by_id["A-001"] == Ref(RefKind.ASSUMPTION, "A-001")
    assert by_id["A-002"] == Ref(RefKind.ASSUMPTION, "A-002")  # the integrity error: it refers to an unknown B9


def test_locate_names_what_an_id_is(small: Trajectory) -> None:
    assert locate(small, "B2-D1") == Ref.element("B2-D1") and locate(small, "H") == Ref.element("H")
    assert locate(small, "H-001") == Ref.element("B2")  # an action: its bouwsteen
    assert locate(small, "P-02") == Ref(RefKind.PARTICIPANT, "P-02")
    assert locate(small, "V-01") == Ref(RefKind.ROUND, "V-01")
    assert locate(small, "sessie 1") is None and locate(small, "B9") is None


def test_a_score_of_an_unknown_participant_points_at_its_assumption(small: Trajectory) -> None:
    small.scores.append(Score(assumption_id="A-001", participant_id="P-77", importance=3, certainty=3))
    finding = next(f for f in check(small, TODAY) if f.category is Category.INTEGRITY)
    assert finding.element_id == "A-001/P-77" and finding.ref == Ref(RefKind.ASSUMPTION, "A-001")
