"""The house stays whole when deelambities come and go: foundation and band keep their bouwstenen (pure, no Qt)."""

from __future__ import annotations

from ui.canvas.layout import compute_layout
from ui.canvas.plan import BAND, FOUNDATION, Plan
from workshop import theory_edits as te
from workshop.commands import CommandStack
from workshop.content import new_trajectory
from workshop.theory import RelationType


def tiers(plan: Plan) -> dict[str, list[str]]:
    return {FOUNDATION: [b.id for b in plan.foundation], BAND: [b.id for b in plan.band]}


def test_adding_a_deelambitie_keeps_the_foundation_and_the_band() -> None:
    t = new_trajectory("sociale-basis")
    stack = CommandStack(t)
    stack.push(te.add_sub_ambition(t, "Gezondheid en vitaliteit"))
    plan = Plan.of(t.theory)
    assert tiers(plan) == {FOUNDATION: ["B1", "B2"], BAND: ["B4"]}
    assert [d.id for d in plan.subs][-1] == "D6"
    assert not any(r.block_id in {"B1", "B2", "B4"} for r in plan.relations)  # no extra lines
    layout = compute_layout(t.theory, 1920, 1080)
    assert {tier.kind: [s.id for s in tier.segments] for tier in layout.tiers} == {FOUNDATION: ["B1", "B2"], BAND: ["B4"]}
    stack.undo()
    assert tiers(Plan.of(t.theory)) == {FOUNDATION: ["B1", "B2"], BAND: ["B4"]} and len(Plan.of(t.theory).subs) == 5


def test_removing_a_deelambitie_keeps_the_foundation_and_the_band() -> None:
    t = new_trajectory("sociale-basis")
    CommandStack(t).push(te.remove_sub_ambition(t, "D2"))
    assert tiers(Plan.of(t.theory)) == {FOUNDATION: ["B1", "B2"], BAND: ["B4"]}


def test_a_card_that_is_direct_everywhere_stays_a_card_for_a_new_deelambitie() -> None:
    t = new_trajectory("sociale-basis")
    stack = CommandStack(t)
    for sub in t.theory.sub_ambitions:
        stack.push(te.set_relation(t, "B5", sub.id, RelationType.DIRECT))
    stack.push(te.add_sub_ambition(t, "Gezondheid"))
    plan = Plan.of(t.theory)
    assert "B5" in [b.id for b in plan.cards] and t.theory.relation("B5", "D6") is None
