"""Theory edits that keep the house whole, and undo labels that name what the room sees instead of ids."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop import assumption_edits as ae
from workshop import process_edits as pe
from workshop import voting_edits as ve
from workshop import theory_edits as te
from workshop.commands import CommandStack
from workshop.content import new_trajectory
from workshop.edits import quote
from workshop.integrity import problems
from workshop.theory import RelationType
from workshop.trajectory import Trajectory
from workshop.voting import RoundStatus

from tests.workshop.conftest import make_small_trajectory

P, S = RelationType.PRECONDITION, RelationType.SUPPORTING


def relations_to(t: Trajectory, sub_id: str) -> dict[str, RelationType]:
    return {r.block_id: r.type for r in t.theory.relations_to(sub_id)}


def test_a_new_deelambitie_keeps_the_foundation_and_the_band_in_one_undo_step() -> None:
    t = new_trajectory("sociale-basis")
    before = t.model_copy(deep=True)
    stack = CommandStack(t)
    stack.push(te.add_sub_ambition(t, "Gezondheid en vitaliteit"))
    assert len(stack) == 1 and stack.undo_label() == "Deelambitie 'Gezondheid en vitaliteit' toevoegen"
    assert relations_to(t, "D6") == {"B1": P, "B2": P, "B4": S}
    assert [t.theory.for_all_type(b) for b in ("B1", "B2", "B4", "B5")] == [P, P, S, None]
    assert problems(t) == []
    after = t.model_copy(deep=True)
    stack.undo()
    assert t == before and relations_to(t, "D6") == {}
    stack.redo()
    assert t == after


def test_only_the_for_all_types_carry_over_to_a_new_deelambitie(small: Trajectory) -> None:
    small.theory.relations += [r.model_copy(update={"sub_ambition_id": "D2"}) for r in small.theory.relations_of_block("B2")]
    assert small.theory.for_all_type("B2") is None  # direct for both deelambities: not a for-all type
    CommandStack(small).push(te.add_sub_ambition(small, "Plezier"))
    assert relations_to(small, "D3") == {"B1": P}


def test_the_first_deelambitie_adds_no_relations() -> None:
    t = make_small_trajectory()
    t.theory.sub_ambitions, t.theory.relations, t.assumptions, t.scores = [], [], [], []
    CommandStack(t).push(te.add_sub_ambition(t, "Eerste"))
    assert t.theory.relations == []


def test_removing_a_deelambitie_keeps_the_tiers() -> None:
    t = new_trajectory("sociale-basis")
    stack = CommandStack(t)
    stack.push(te.remove_sub_ambition(t, "D5"))
    assert [t.theory.for_all_type(b) for b in ("B1", "B2", "B4")] == [P, P, S]
    assert stack.undo_label() == f"Deelambitie {quote(new_trajectory('sociale-basis').theory.sub_ambitions[4].name)} verwijderen"


def labels_after(t: Trajectory, *commands: object) -> str:
    stack = CommandStack(t)
    for command in commands:
        stack.push(command)  # type: ignore[arg-type]
    return stack.undo_label()


def test_relation_labels_name_the_bouwsteen_and_the_deelambitie(small: Trajectory) -> None:
    assert labels_after(small, te.set_relation(small, "B3", "D1", RelationType.DIRECT)) == "Relatie 'Eigen bouwsteen' → 'Ontmoeting' (direct) toevoegen"
    assert labels_after(small, te.set_relation(small, "B2", "D1", RelationType.INDIRECT)) == "Relatie 'Plekken' → 'Ontmoeting' wordt 'indirect'"
    assert labels_after(small, te.set_relation(small, "B2", "D1", None)) == "Relatie 'Plekken' → 'Ontmoeting' verwijderen"


def test_edit_labels_name_the_element_as_it_was_before_the_edit(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.edit_block("B2", "name", "Ruimte"))
    assert stack.undo_label() == "Bouwsteen 'Plekken' wijzigen"
    stack.undo()
    stack.redo()
    assert stack.undo_label() == "Bouwsteen 'Plekken' wijzigen"  # redo keeps the words of the first time
    assert labels_after(small, te.edit_sub_ambition("D2", "description", "x")) == "Deelambitie 'Steun' wijzigen"
    assert labels_after(small, te.add_action(small, "B1", "Armoedebeleid")) == "Actie bij 'Bestaanszekerheid' toevoegen"
    assert labels_after(small, te.edit_action("H-001", "text", "Open")) == "Actie 'Buurthuis open houden' wijzigen"
    assert labels_after(small, te.remove_action("H-001")) == "Actie 'Open' verwijderen"


def test_process_labels_name_people_questions_options_and_assumptions(small: Trajectory) -> None:
    assert labels_after(small, pe.edit_participant("P-02", "organisation", "Bieb")) == "Deelnemer 'Bram' wijzigen"
    moment = dt.datetime(2026, 2, 3, 10, 0)
    assert labels_after(small, ve.CastBallot(small, "V-01", "P-02", {"B2": 1}, moment)) == "Stem van 'Bram' in 'Wat eerst?'"
    assert labels_after(small, ve.TakeBackBallot(small, "V-01", "P-01", "P-01")) == "Stem van 'Anna' terugnemen"
    assert labels_after(small, ve.set_status(small, "V-01", RoundStatus.CLOSED)) == "Stemronde 'Wat eerst?' sluiten"
    assert labels_after(small, ve.repeat_round(small, "V-01")) == "Stemronde 'Wat eerst?' herhalen"
    assert labels_after(small, ae.score_assumption(small, "A-001", "P-02", 4, 4)) == (
        "Score van 'Bram' voor 'Plekken leiden tot ontmoeting'"
    )
    assert labels_after(small, pe.remove_participant(small, "P-02")) == "Deelnemer 'Bram' verwijderen"
    assert labels_after(small, ae.remove_assumption(small, "A-001")) == "Aanname 'Plekken leiden tot ontmoeting' verwijderen"


def test_labels_carry_no_ids(small: Trajectory) -> None:
    stack = CommandStack(small)
    stack.push(te.set_relation(small, "B3", "D1", RelationType.DIRECT))
    stack.push(te.edit_block("B3", "essence", "x"))
    stack.push(ae.add_assumption(small, "Samen eten verbindt", "B3-D1"))
    stack.push(ae.edit_assumption("A-002", "text", "Samen koken verbindt"))
    assert not any(key in label for label in stack.labels() for key in ("B3", "D1", "A-00", "P-0"))


@pytest.mark.parametrize(("name", "shown"), [
    ("Kort", "'Kort'"),
    ("x" * 40, "'" + "x" * 40 + "'"),
    ("Ervaringsdeskundigheid   in de\nwijk en daarbuiten, ook na 2030", "'Ervaringsdeskundigheid in de wijk en…'"),
    ("Ervaringsdeskundigheidsondersteuningsorganisaties", "'Ervaringsdeskundigheidsondersteuningsor…'"),
])
def test_long_names_are_cut_off(name: str, shown: str) -> None:
    assert quote(name) == shown and len(shown) <= 42


def test_relation_names_are_cut_off_sooner(small: Trajectory) -> None:
    CommandStack(small).push(te.edit_block("B3", "name", "Samenwerking tussen huisartsen, wijkteams en het welzijnswerk"))
    label = te.set_relation(small, "B3", "D1", RelationType.DIRECT).label
    assert label == "Relatie 'Samenwerking tussen…' → 'Ontmoeting' (direct) toevoegen"


def test_dashed_ids_are_not_taken_for_relations(small: Trajectory) -> None:
    assert small.theory.element_label("H-001") is None and small.theory.element_label("B1-X") is None
    assert small.theory.element_label("B2-D1") == "Plekken → Ontmoeting"
    small.assumptions[0].element_id = "H"
    assert small.assumptions_about("H") == small.assumptions
    assert small.assumptions_about("B2") == []


def test_sources_that_would_not_fit_one_excel_cell_are_refused() -> None:
    import pydantic

    from workshop.base import MAX_TEXT
    from workshop.theory import BuildingBlock

    fits = ["x" * 16_000, "y" * (MAX_TEXT - 16_001)]  # joined with a newline: exactly one full cell
    assert BuildingBlock(id="B1", name="Ontmoeten", sources=fits).sources == fits
    with pytest.raises(pydantic.ValidationError, match="string_too_long"):
        BuildingBlock(id="B1", name="Ontmoeten", sources=[*fits, "z"])
