"""The built-in content matches the publication's model: names, 44 typed relations, actions, method."""

from __future__ import annotations

import pytest

from workshop import content
from workshop.integrity import problems
from workshop.theory import Origin, RelationType

R, O, DI, IN, W, C = "randvoorwaardelijk", "ondersteunend", "direct", "indirect", "wisselwerking", "draagt bij"
EXPECTED_RELATIONS = {  # from shared/reference/verandertheorie-bron.yaml
    "B1": {d: R for d in ("D1", "D2", "D3", "D4", "D5")},
    "B2": {d: R for d in ("D1", "D2", "D3", "D4", "D5")},
    "B3": {"D1": C, "D2": C, "D3": C, "D5": C},
    "B4": {d: O for d in ("D1", "D2", "D3", "D4", "D5")},
    "B5": {"D1": DI, "D2": DI, "D3": IN, "D4": DI, "D5": IN},
    "B6": {"D1": C, "D2": C, "D3": C, "D5": W},
    "B7": {"D1": IN, "D2": IN, "D3": DI, "D5": W},
    "B8": {"D1": C, "D2": C, "D3": C, "D4": C},
    "B9": {"D1": C, "D2": C, "D3": C, "D4": C},
    "B10": {"D1": C, "D2": C, "D4": C, "D5": W},
}
SUB_NAMES = [
    "Ontmoeting en erbij horen", "Ontplooiing, zingeving en vertrouwen", "Ondersteuning, steun en hulp",
    "Ontspanning en plezier", "Eigenaarschap, zeggenschap en eigen regie",
]


def test_sociale_basis_model_matches_the_publication() -> None:
    theory = content.load_theory("sociale-basis")
    assert [d.name for d in theory.sub_ambitions] == SUB_NAMES
    assert theory.ambition.startswith("Wij streven naar een veerkrachtige, inclusieve en zorgzame samenleving")
    found = {b.id: {r.sub_ambition_id: r.type.value for r in theory.relations_of_block(b.id)} for b in theory.blocks}
    assert found == EXPECTED_RELATIONS
    assert len(theory.relations) == 44
    assert theory.block("B1").name == "Bestaanszekerheid"  # type: ignore[union-attr]
    assert theory.block("B2").name == "Financiering (voorspelbaar, regelluw & ontschot)"  # type: ignore[union-attr]


def test_every_block_has_essence_theory_sources_and_actions() -> None:
    theory = content.load_theory("sociale-basis")
    for block in theory.blocks:
        assert block.origin is Origin.PUBLICATION
        assert block.essence and len(block.theory) > 200 and block.sources, block.id
        assert theory.actions_of(block.id), block.id
    assert 135 <= len(theory.actions) <= 155
    assert any(a.actors for a in theory.actions)
    assert [s.id for s in theory.spheres] == ["S1", "S2", "S3"]


def test_empty_model_keeps_spheres_only() -> None:
    theory = content.load_theory("leeg")
    assert theory.ambition == "" and theory.blocks == [] and theory.sub_ambitions == []
    assert len(theory.spheres) == 3


def test_method_content() -> None:
    method = content.load_method()
    assert method.check_questions == [
        "Doen we dit al?", "Doen we dit genoeg?", "Doen we dit op de juiste wijze?", "Doen we dit met elkaar?"]
    assert [s.number for s in method.steps] == [1, 2, 3, 4, 5, 6]
    assert [k.id for k in method.assumption_kinds] == ["causaal", "wereldbeeld", "geloofssysteem", "context"]


def test_new_trajectory_is_consistent_and_independent() -> None:
    a, b = content.new_trajectory(), content.new_trajectory()
    assert problems(a) == [] and len(a.sessions) == 4
    a.theory.blocks[0].name = "Anders"
    assert b.theory.blocks[0].name == "Bestaanszekerheid"
    assert RelationType("draagt bij") is RelationType.CONTRIBUTES


def test_unknown_model_gives_dutch_error() -> None:
    with pytest.raises(content.ContentError, match="Onbekend model"):
        content.load_theory("bestaat-niet")


def test_broken_content_file_names_the_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "sociale-basis.toml").write_text("[model\n", encoding="utf-8")
    monkeypatch.setattr(content, "CONTENT", tmp_path)
    content._load_theory.cache_clear()
    try:
        with pytest.raises(content.ContentError, match="sociale-basis.toml"):
            content.load_theory("sociale-basis")
    finally:
        content._load_theory.cache_clear()
