"""The details HTML: one Dutch label per relation type, relation keys by the ids helper, the room's own layout."""

from __future__ import annotations

from tests.workshop.conftest import make_small_trajectory
from ui.panels.details_html import details_html
from workshop.content import new_trajectory
from workshop.theory import Action


def test_relation_types_use_the_canvas_labels() -> None:
    t = make_small_trajectory()
    assert "Direct → Ontmoeting" in details_html(t, "B2")
    assert "Bestaanszekerheid (Randvoorwaardelijk)" in details_html(t, "D1")
    relation = details_html(t, "B3-D2")
    assert "<b>Indirect</b>" in relation and "Eigen bouwsteen draagt indirect bij aan Steun" in relation
    assert "direct →" not in details_html(t, "B2")


def test_an_action_id_is_not_taken_for_a_relation() -> None:
    t = make_small_trajectory()
    assert "Kies een bouwsteen" in details_html(t, "H-001")
    assert "Hoofdambitie" in details_html(t, "H-001", room=True)


def test_the_laptop_hint_never_reaches_the_room() -> None:
    t = make_small_trajectory()
    assert "Kies een bouwsteen" in details_html(t, None)
    room = details_html(t, None, room=True)
    assert "Kies" not in room and "lijst" not in room
    assert "Een zorgzame buurt" in room and "Ontmoeting" in room and "Steun" in room


def test_the_room_sees_names_without_ids_and_the_long_theory_last() -> None:
    t = new_trajectory()
    room, laptop = details_html(t, "B5", room=True), details_html(t, "B5")
    assert "B5 ·" in laptop and "B5 ·" not in room
    assert room.index("Handelingsperspectief") < room.index("Waarom werkt het?")
    assert room.index("Waarom werkt het?") < room.index("Bronnen")
    assert laptop.index("Waarom werkt het?") < laptop.index("Handelingsperspectief")


def test_the_room_sees_each_action_once_with_its_actors() -> None:
    t = make_small_trajectory()
    t.theory.actions.append(Action(id="H-002", block_id="B2", text="Samen beheren", actors=["bewoners", "gemeente"]))
    room, laptop = details_html(t, "B2", room=True), details_html(t, "B2")
    assert room.count("Samen beheren") == 1 and "<i>(bewoners, gemeente)</i>" in room
    assert laptop.count("Samen beheren") == 2  # the laptop groups per actor


def test_an_empty_model_gives_the_room_a_plain_overview() -> None:
    t = new_trajectory("leeg")
    room = details_html(t, None, room=True)
    assert "nog geen hoofdambitie" in room and "Deelambities" not in room
