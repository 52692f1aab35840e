"""`werkplaats controleer` prints every rule of the step-6 check, also the actions without an actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workshop.test_cli import _run, needs_content, needs_storage
from workshop.consistency import Category


@needs_storage
@needs_content
def test_controleer_lists_actions_without_an_actor(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from workshop.demo import build_demo

    book = tmp_path / "demo.xlsx"
    assert _run(capsys, "demo", str(book))[0] == 0
    code, out, err = _run(capsys, "controleer", str(book))
    assert code == 0, err
    missing = [a for a in build_demo().theory.actions if not a.actors]
    assert missing  # the publication names no actor for some of its actions
    assert f"{Category.ACTION_WITHOUT_ACTOR.value} ({len(missing)}, aandachtspunt):" in out
    assert f"  - {missing[0].id}: Actie '" in out and "heeft nog geen actor" in out
    assert out.index(Category.RELATION_WITHOUT_ASSUMPTION.value) < out.index(Category.ACTION_WITHOUT_ACTOR.value)


@needs_storage
def test_controleer_counts_the_new_rule_in_its_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.workshop.conftest import make_small_trajectory
    from workshop import storage
    from workshop.theory import Action

    t = make_small_trajectory()
    t.theory.actions.append(Action(id="H-002", block_id="B1", text="Regel een toereikend inkomen"))
    book = tmp_path / "klein.xlsx"
    storage.save(t, book)
    code, out, err = _run(capsys, "controleer", str(book))
    assert code == 0, err
    assert "Acties zonder actor (1, aandachtspunt):\n  - H-002: Actie 'Regel een toereikend inkomen' bij bouwsteen " \
           "'Bestaanszekerheid' heeft nog geen actor: wie pakt dit op?" in out
