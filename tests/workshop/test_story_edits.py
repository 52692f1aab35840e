"""Commands on the story: writing and updating it keeps what the group rewrote, typing in a part is one undo step,
a part goes back to the generated text; and rewritten parts survive the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workshop.conftest import make_small_trajectory
from workshop import story_edits as se
from workshop import theory_edits as te
from workshop.commands import CommandStack
from workshop.story import StoryPart
from workshop.story_text import generate
from workshop.trajectory import Trajectory


@pytest.fixture
def stack() -> CommandStack:
    """A small trajectory with its story written."""
    stack = CommandStack(make_small_trajectory())
    stack.push(se.write_story(stack.trajectory))
    return stack


def _part(t: Trajectory, key: str) -> StoryPart:
    return next(p for p in t.story if p.key == key)


def test_writing_the_story_is_one_undo_step() -> None:
    stack = CommandStack(make_small_trajectory())
    command = se.write_story(stack.trajectory)
    assert command.label == "Verhaal schrijven" and "story" in command.changes
    stack.push(command)
    assert stack.trajectory.story == generate(stack.trajectory) and len(stack) == 1
    stack.undo()
    assert stack.trajectory.story == []
    stack.redo()
    assert [p.key for p in stack.trajectory.story][:3] == ["inleiding", "ambitie", "fundament"]


def test_typing_in_a_part_marks_it_edited_and_merges_into_one_undo_step(stack: CommandStack) -> None:
    t = stack.trajectory
    for text in ("O", "On", "Ons verhaal"):
        stack.push(se.edit_part(t, "D1", text, mergeable=True))
    assert _part(t, "D1").text == "Ons verhaal" and _part(t, "D1").edited
    assert len(stack) == 2 and stack.undo_label() == "Verhaal: 'Ontmoeting' wijzigen"
    stack.push(se.edit_part(t, "D2", "Andere", mergeable=True))  # another part: its own step
    assert len(stack) == 3
    stack.undo()
    stack.undo()
    assert _part(t, "D1") == generate(t)[3] and not _part(t, "D1").edited
    stack.redo()
    assert _part(t, "D1").text == "Ons verhaal" and _part(t, "D1").edited


def test_typing_after_saving_starts_a_new_undo_step(stack: CommandStack) -> None:
    t = stack.trajectory
    stack.push(se.edit_part(t, "D1", "Eerst", mergeable=True))
    stack.set_clean()
    stack.push(se.edit_part(t, "D1", "Eerst en dan", mergeable=True))
    stack.undo()
    assert _part(t, "D1").text == "Eerst" and stack.is_clean()


def test_updating_keeps_rewritten_parts_adds_new_deelambities_and_drops_removed_ones(stack: CommandStack) -> None:
    t = stack.trajectory
    stack.push(se.edit_part(t, "D1", "Onze eigen woorden over ontmoeting."))
    stack.push(te.add_sub_ambition(t, "Gezondheid"))
    stack.push(te.remove_sub_ambition(t, "D2"))
    assert not se.is_current(t)
    before = [p.model_copy() for p in t.story]
    command = se.write_story(t)
    assert command.label == "Verhaal bijwerken"
    stack.push(command)
    keys = [p.key for p in t.story]
    assert keys == ["inleiding", "ambitie", "fundament", "D1", "D3", "routes", "aannames", "slot"]
    assert _part(t, "D1").text == "Onze eigen woorden over ontmoeting." and _part(t, "D1").edited
    assert _part(t, "D3").title == "Gezondheid" and not _part(t, "D3").edited
    assert se.is_current(t)
    stack.undo()
    assert t.story == before


def test_a_rewritten_part_whose_deelambitie_left_stays_in_its_place(stack: CommandStack) -> None:
    t = stack.trajectory
    stack.push(se.edit_part(t, "D2", "Over steun, in onze woorden."))
    stack.push(te.remove_sub_ambition(t, "D2"))
    stack.push(se.write_story(t))
    assert [p.key for p in t.story][3:6] == ["D1", "D2", "routes"]
    with pytest.raises(se.StoryError, match="geen gegenereerde tekst meer"):
        se.reset_part(t, "D2")
    stack.push(se.remove_part(t, "D2"))
    assert "D2" not in [p.key for p in t.story]


def test_merging_rewritten_parts_into_fresh_ones() -> None:
    def part(key: str, edited: bool = False) -> StoryPart:
        return StoryPart(key=key, text=key.lower(), edited=edited)
    old = [part("A"), part("X", True), part("B", True), part("Y", True)]
    fresh = [part("A"), part("B"), part("C")]
    assert [(p.key, p.edited) for p in se.merged(old, fresh)] == [("A", False), ("X", True), ("B", True), ("Y", True),
                                                                  ("C", False)]
    assert se.merged([part("X", True)], [part("A")]) == [part("X", True), part("A")]


def test_resetting_a_part_brings_back_the_generated_text(stack: CommandStack) -> None:
    t = stack.trajectory
    stack.push(se.edit_part(t, "ambitie", "Eigen tekst"))
    stack.push(se.reset_part(t, "ambitie"))
    assert _part(t, "ambitie") == next(p for p in generate(t) if p.key == "ambitie")
    assert stack.undo_label() == "Verhaal: 'De ambitie' terugzetten"
    stack.undo()
    assert _part(t, "ambitie").text == "Eigen tekst" and _part(t, "ambitie").edited


def test_editing_a_part_that_is_not_there() -> None:
    t = make_small_trajectory()
    with pytest.raises(se.StoryError, match="schrijf het verhaal eerst"):
        se.edit_part(t, "D1", "tekst")


def test_the_story_is_current_only_once_written_and_unchanged(stack: CommandStack) -> None:
    t = stack.trajectory
    assert se.is_current(t) and not se.is_current(make_small_trajectory())
    stack.push(te.edit_sub_ambition("D1", "name", "Elkaar ontmoeten"))
    assert not se.is_current(t)


def test_rewritten_parts_survive_the_workbook(stack: CommandStack, tmp_path: Path) -> None:
    from workshop.storage import load, save

    t = stack.trajectory
    stack.push(se.edit_part(t, "D1", "Regel één.\n\n- een punt\n- =nog een punt met ‘quotes’ & <tekens>"))
    path = tmp_path / "verhaal.xlsx"
    save(t, path)
    loaded = load(path).trajectory
    assert loaded.story == t.story
    assert _part(loaded, "D1").edited and not _part(loaded, "D2").edited
    assert se.is_current(loaded)
