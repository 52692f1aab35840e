"""Tests for Document: stack events become signals, and replace, restore and saving keep the clean state right."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_files_support import sample_trajectory
from ui.document import Document
from workshop.theory_edits import add_block


def test_push_emits_changed_and_clean_state(qtbot):
    document = Document(sample_trajectory())
    with qtbot.waitSignal(document.changed) as changed, qtbot.waitSignal(document.cleanChanged) as clean:
        document.push(add_block(document.trajectory, "Ontmoeten"))
    assert changed.args == [frozenset({"theory"})]
    assert clean.args == [False] and document.is_modified()


def test_replace_gives_a_fresh_clean_history(qtbot):
    document = Document(sample_trajectory())
    old_stack = document.stack
    document.push(add_block(document.trajectory, "Ontmoeten"))
    with qtbot.waitSignals([document.pathChanged, document.replaced, document.cleanChanged]):
        document.replace(sample_trajectory("Ander"), Path("ander.xlsx"))
    assert not document.is_modified() and document.path == Path("ander.xlsx")
    with qtbot.assertNotEmitted(document.changed):
        old_stack.undo()


def test_restore_marks_the_work_unsaved_with_its_original_path(qtbot):
    document = Document(sample_trajectory())
    with qtbot.waitSignal(document.cleanChanged, check_params_cb=lambda clean: not clean):
        document.restore(sample_trajectory("Hersteld"), Path("traject.xlsx"))
    assert document.is_modified() and document.path == Path("traject.xlsx")
    assert document.trajectory.name == "Hersteld"


def test_mark_saved_sets_path_and_clean_state(qtbot):
    document = Document(sample_trajectory())
    document.push(add_block(document.trajectory, "Ontmoeten"))
    with qtbot.waitSignal(document.pathChanged) as blocker:
        document.mark_saved(Path("nieuw.xlsx"))
    assert blocker.args == [Path("nieuw.xlsx")]
    assert not document.is_modified()
    with qtbot.assertNotEmitted(document.pathChanged):
        document.set_path(Path("nieuw.xlsx"))
