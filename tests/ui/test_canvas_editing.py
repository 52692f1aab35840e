"""Editing a bouwsteen completely from its menu (names, texts, sources, actions) and refusing too-long texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from tests.ui.test_canvas_fixtures import selection, sociale_basis_theory  # noqa: F401 - shared fixtures
from ui.canvas.editing import CanvasEditor
from ui.canvas.menus import context_menu
from ui.dialogs.action_dialog import ActionDialog
from ui.dialogs.choice_dialog import ChoiceDialog
from ui.dialogs.text_dialog import TextDialog
from ui.document import Document
from ui.selection import Selection
from workshop import theory_edits as edits
from workshop.base import MAX_TEXT
from workshop.theory import Action, RelationType
from workshop.trajectory import Trajectory

TOO_LONG = "x" * (MAX_TEXT + 1)


@pytest.fixture
def document(qapp: object) -> Document:
    """The sociale-basis-like theory with two actions for B5 (ids H-001 and H-002: with a dash, yet no relation)."""
    theory = sociale_basis_theory()
    theory.actions = [
        Action(id="H-001", block_id="B5", text="Een buurthuis openen in elke wijk van de gemeente", actors=["gemeente"]),
        Action(id="H-002", block_id="B5", text="Pleinen vergroenen", actors=["bewoners", "gemeente"]),
    ]
    return Document(Trajectory(name="Test", theory=theory))


@pytest.fixture
def editor(document: Document, selection: Selection) -> CanvasEditor:
    return CanvasEditor(document, selection)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple]]:
    """Answers for the text, action and choice dialogs (queue them in `answers`); records what each was shown."""
    record: list[tuple] = []
    answers: list[object] = []

    def answer(*shown: object) -> object:
        record.append(shown)
        return answers.pop(0)

    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, parent, title, label, text="", multiline=False: answer(title, text, multiline)))
    monkeypatch.setattr(ActionDialog, "ask", classmethod(lambda cls, parent, title, tl, al, text="", actors=(): answer(title, text, list(actors))))
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, parent, title, label, options, current=0: answer(title, list(options), current)))
    record.append(answers)  # type: ignore[arg-type]  # the queue travels as the first entry
    yield record


def queue(asked: list, *answers: object) -> None:
    asked[0].extend(answers)


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    return shown


def entries(menu: QMenu) -> dict[str, QAction]:
    return {a.text(): a for a in menu.actions() if a.text()}


def test_full_name_theory_and_sources_each_one_undo_step(editor: CanvasEditor, document: Document, asked: list) -> None:
    menu = context_menu(editor, "B5")
    queue(asked, "Beschikbaarheid van ruimte en plekken", "Omdat mensen elkaar ergens moeten kunnen treffen.", "Movisie 2023\n\n  Verwey-Jonker   2024 \n")
    for text in ("Volledige naam wijzigen…", "‘Waarom werkt het?’ wijzigen…", "Bronnen wijzigen…"):
        entries(menu)[text].trigger()
    block = document.trajectory.theory.block("B5")
    assert block is not None and block.label == "Ruimte & plekken"  # the card keeps its short name
    assert block.name == "Beschikbaarheid van ruimte en plekken"
    assert block.theory == "Omdat mensen elkaar ergens moeten kunnen treffen."
    assert block.sources == ["Movisie 2023", "Verwey-Jonker 2024"]
    assert [shown[1:] for shown in asked[1:]] == [("Beschikbaarheid van ruimte & plekken", False), ("", True), ("", True)]
    assert len(document.stack) == 3
    document.stack.undo()
    assert document.trajectory.theory.block("B5").sources == []  # type: ignore[union-attr]


def test_unchanged_answers_push_nothing(editor: CanvasEditor, document: Document, asked: list) -> None:
    queue(asked, "Beschikbaarheid van ruimte & plekken", "", "", None)
    editor.edit_full_name("B5")
    editor.edit_theory("B5")
    editor.edit_sources("B5")
    editor.edit_theory("B5")  # cancelled
    assert len(document.stack) == 0


def test_a_block_without_short_name_has_no_separate_full_name_entry(editor: CanvasEditor, document: Document) -> None:
    document.push(edits.add_block(document.trajectory, "Buurtkracht"))
    assert "Volledige naam wijzigen…" not in entries(context_menu(editor, "B11"))


def test_change_an_action_picked_by_its_first_words(editor: CanvasEditor, document: Document, asked: list) -> None:
    menu = context_menu(editor, "B5")  # held: the submenus are its children
    submenu = entries(menu)["Actie wijzigen"].menu()
    assert list(entries(submenu)) == ["Een buurthuis openen in elke wijk …", "Pleinen vergroenen"]
    assert [a.data() for a in submenu.actions()] == ["H-001", "H-002"]  # action ids have a dash: not relations
    queue(asked, ("Pleinen vergroenen en bankjes plaatsen", ["bewoners", "wijkteam"]))
    entries(submenu)["Pleinen vergroenen"].trigger()
    assert asked[1] == ("Actie wijzigen", "Pleinen vergroenen", ["bewoners", "gemeente"])
    action = document.trajectory.theory.actions_of("B5")[1]
    assert (action.text, action.actors) == ("Pleinen vergroenen en bankjes plaatsen", ["bewoners", "wijkteam"])
    assert len(document.stack) == 1  # text and actors together are one undo step
    document.stack.undo()
    action = document.trajectory.theory.actions_of("B5")[1]
    assert (action.text, action.actors) == ("Pleinen vergroenen", ["bewoners", "gemeente"])


def test_remove_an_action_picked_from_the_list(editor: CanvasEditor, document: Document) -> None:
    menu = context_menu(editor, "B5")
    submenu = entries(menu)["Actie verwijderen"].menu()
    entries(submenu)["Een buurthuis openen in elke wijk …"].trigger()
    assert [a.id for a in document.trajectory.theory.actions_of("B5")] == ["H-002"]
    document.stack.undo()
    assert [a.id for a in document.trajectory.theory.actions_of("B5")] == ["H-001", "H-002"]


def test_action_submenus_are_disabled_without_actions(editor: CanvasEditor) -> None:
    menu = context_menu(editor, "B6")
    assert not entries(menu)["Actie wijzigen"].isEnabled() and not entries(menu)["Actie verwijderen"].isEnabled()
    menu = context_menu(editor, "B5")
    assert entries(menu)["Actie wijzigen"].isEnabled()


def test_ampersands_in_menu_names_are_shown_not_used_as_shortcut(editor: CanvasEditor, document: Document) -> None:
    document.push(edits.edit_sub_ambition("D1", "name", "Ontmoeting & erbij horen"))
    menu = context_menu(editor, "B5")
    submenu = entries(menu)["Relatie naar deelambitie"].menu()
    assert "D1 · Ontmoeting && erbij horen" in entries(submenu)


def test_relation_type_dialog_from_f2_or_double_click(editor: CanvasEditor, document: Document, asked: list) -> None:
    queue(asked, 1, None, 0)
    editor.edit("B5-D1")  # Direct -> Ondersteunend (the second type in the list)
    assert asked[1] == ("Relatie wijzigen: Ruimte & plekken → Ontmoeting en erbij horen",
                        ["Randvoorwaardelijk", "Ondersteunend", "Direct", "Indirect", "Wisselwerking", "Draagt bij"], 2)
    assert document.trajectory.theory.relation("B5", "D1").type == RelationType.SUPPORTING  # type: ignore[union-attr]
    editor.edit("B5-D1")  # cancelled
    editor.edit("H-001")  # an action id is no relation: nothing asked
    assert len(asked) == 3 and len(document.stack) == 1


@pytest.mark.parametrize("field", ["add", "edit"])
def test_a_too_long_action_is_refused_with_a_dutch_message(
    editor: CanvasEditor, document: Document, asked: list, monkeypatch: pytest.MonkeyPatch, field: str,
) -> None:
    shown = warnings(monkeypatch)
    queue(asked, (TOO_LONG, ["gemeente"]))
    editor.add_action("B5") if field == "add" else editor.edit_action("H-001")
    assert shown and "32.767" in shown[0]
    assert len(document.stack) == 0 and len(document.trajectory.theory.actions_of("B5")) == 2


def test_a_refused_add_selects_nothing_new(editor: CanvasEditor, document: Document, selection: Selection, asked: list, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = warnings(monkeypatch)
    selection.select("D2")
    queue(asked, TOO_LONG, TOO_LONG)
    editor.add_block()
    editor.add_sub_ambition()
    assert len(shown) == 2 and selection.current == "D2" and len(document.stack) == 0


@pytest.mark.parametrize("edit", ["edit_theory", "edit_full_name", "rename"])
def test_every_too_long_text_is_refused(editor: CanvasEditor, document: Document, asked: list, monkeypatch: pytest.MonkeyPatch, edit: str) -> None:
    shown = warnings(monkeypatch)
    queue(asked, TOO_LONG)
    getattr(editor, edit)("B5")
    assert len(shown) == 1 and len(document.stack) == 0


def test_the_undo_step_of_a_changed_action_names_it_by_its_first_words(editor: CanvasEditor, document: Document, asked: list) -> None:
    queue(asked, ("Een buurthuis openen in elke wijk", ["gemeente"]), ("Pleinen vergroenen", ["wijk"]))
    labels = []
    for action_id in ("H-001", "H-002"):
        editor.edit_action(action_id)
        labels.append(document.stack.undo_label())  # what Bewerken > Ongedaan maken shows
    assert labels[0].startswith("Actie 'Een buurthuis openen") and labels[0].endswith("' wijzigen")
    assert labels[1] == "Actie 'Pleinen vergroenen' wijzigen"
    assert all("H-00" not in label for label in labels)


@pytest.mark.parametrize(("element_id", "name"), [("B5", "Ruimte & plekken"), ("D1", "Ontmoeting en erbij horen")])
def test_the_rename_dialog_is_titled_with_the_name_not_the_id(editor: CanvasEditor, asked: list, element_id: str, name: str) -> None:
    queue(asked, None)
    editor.rename(element_id)
    assert asked[1][0] == f"Hernoemen: {name}"
