"""Property test: any sequence of edits undoes back to the start and redoes to the end."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop import assumption_edits as ae
from workshop import process_edits as pe
from workshop import theory_edits as te
from workshop.commands import Command, CommandStack
from workshop.integrity import problems
from workshop.theory import RelationType
from workshop.trajectory import Trajectory

from tests.workshop.conftest import make_small_trajectory

TEXT = st.text(alphabet="abcëïé €=+-@ \n", min_size=1, max_size=12).filter(lambda s: s.strip())


def _pick(data: st.DataObject, items: list[str]) -> str | None:
    return data.draw(st.sampled_from(items)) if items else None


def _random_command(t: Trajectory, data: st.DataObject) -> Command | None:
    blocks = [b.id for b in t.theory.blocks]
    subs = [d.id for d in t.theory.sub_ambitions]
    people = [p.id for p in t.participants]
    kind = data.draw(st.integers(0, 7))
    block, sub, person = _pick(data, blocks), _pick(data, subs), _pick(data, people)
    if kind == 0:
        return te.add_block(t, data.draw(TEXT))
    if kind == 1 and block:
        return te.remove_block(t, block)
    if kind == 2 and block and sub:
        return te.set_relation(t, block, sub, data.draw(st.sampled_from(list(RelationType))))
    if kind == 3:
        return te.add_sub_ambition(t, data.draw(TEXT))
    if kind == 4 and sub:
        return te.remove_sub_ambition(t, sub)
    if kind == 5 and block:
        return te.edit_block(block, "name", data.draw(TEXT))
    if kind == 6 and person and t.assumptions:
        return ae.score_assumption(t, t.assumptions[0].id, person, data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5)))
    if kind == 7 and person:
        return pe.remove_participant(t, person)
    return None


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_undo_all_then_redo_all(data: st.DataObject) -> None:
    t = make_small_trajectory()
    start = t.model_copy(deep=True)
    stack = CommandStack(t)
    for _ in range(data.draw(st.integers(1, 12))):
        command = _random_command(t, data)
        if command is not None:
            stack.push(command)
            assert problems(t) == []
    end = t.model_copy(deep=True)
    while stack.can_undo():
        stack.undo()
    assert t == start
    while stack.can_redo():
        stack.redo()
    assert t == end
