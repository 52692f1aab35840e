"""Cross-reference checks and the text rules shared by every domain record."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.workshop.conftest import make_small_trajectory
from workshop.integrity import problems
from workshop.theory import Action, BuildingBlock
from workshop.voting import Vote


def test_small_trajectory_is_consistent() -> None:
    assert problems(make_small_trajectory()) == []


@pytest.mark.parametrize(("change", "where", "fragment"), [
    (lambda t: t.votes.append(Vote(round_id="V-01", voter="P-09", option_code="B2", dot=2)), "Stemmen", "deelnemer 'P-09'"),
    (lambda t: setattr(t.voting_rounds[0], "session_number", 9), "Stemrondes", "sessie 9"),
    (lambda t: t.theory.blocks.append(BuildingBlock(id="B1", name="Dubbel")), "Bouwstenen", "2 keer"),
    (lambda t: setattr(t.assumptions[0], "element_id", "B9-D1"), "Aannames", "element 'B9-D1'"),
    (lambda t: setattr(t.sessions[0], "attendance", ["P-77"]), "Sessies", "deelnemer 'P-77'"),
    (lambda t: setattr(t.votes[0], "dot", 5), "Stemmen", "meer dan de 3 stippen"),
])
def test_each_broken_reference_is_named_in_dutch(change, where: str, fragment: str) -> None:
    t = make_small_trajectory()
    change(t)
    found = problems(t)
    assert any(p.where == where and fragment in p.message + p.item for p in found), found


def test_text_rules() -> None:
    block = BuildingBlock(id="B4", name="X", essence="   ", sources=[" Movisie (2024) ", "", "a\nb"])
    assert block.essence == "" and block.sources == ["Movisie (2024)", "a b"]
    assert Action(id="H-001", block_id="B1", text="t", actors=[" rijk ", " "]).actors == ["rijk"]
    with pytest.raises(ValidationError):
        BuildingBlock(id="B4", name="   ")
    with pytest.raises(ValidationError):
        BuildingBlock(id="B-4", name="Fout id")


def test_messages_use_the_right_dutch_forms() -> None:
    from workshop.integrity import _dots, _unknown

    (element,) = _unknown("Stemrondes", "V-01 optie A", "element", "B99", set())
    (block,) = _unknown("Acties", "H-001", "bouwsteen", "B99", set())
    assert "onbekend element" in element.message and "onbekende bouwsteen" in block.message
    assert _dots(1) == "de ene stip" and _dots(3) == "de 3 stippen"
