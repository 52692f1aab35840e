"""Context menus and edit handlers of the canvas: every action pushes one command (dialogs monkeypatched)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu

from tests.ui.test_canvas_fixtures import document, selection  # noqa: F401 - shared fixtures
from ui.canvas.editing import CanvasEditor
from ui.canvas.menus import context_menu
from ui.canvas.view import SchemaView
from ui.dialogs.action_dialog import ActionDialog, split_actors
from ui.dialogs.text_dialog import TextDialog
from ui.document import Document
from ui.selection import Selection
from ui.theme import LAPTOP
from workshop.theory import RelationType


@pytest.fixture
def editor(qapp: object, document: Document, selection: Selection) -> CanvasEditor:
    return CanvasEditor(document, selection)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str | None]]:
    """Queue answers for TextDialog.ask; the prompts it got are appended as ('asked', label)."""
    queue: list[str | None] = []

    def ask(cls: type, parent: object, title: str, label: str, text: str = "", multiline: bool = False) -> str | None:
        return queue.pop(0)

    monkeypatch.setattr(TextDialog, "ask", classmethod(ask))
    yield queue


def actions(menu: QMenu) -> dict[str, QAction]:
    return {a.text(): a for a in menu.actions() if a.text()}


def test_background_menu_adds_deelambitie_and_bouwsteen(editor: CanvasEditor, document: Document, selection: Selection, answers: list) -> None:
    menu = context_menu(editor, None)
    assert list(actions(menu)) == ["Deelambitie toevoegen…", "Bouwsteen toevoegen…"]
    answers += ["Gezondheid", "Buurthuis"]
    actions(menu)["Deelambitie toevoegen…"].trigger()
    assert document.trajectory.theory.sub_ambition("D6").name == "Gezondheid" and selection.current == "D6"  # type: ignore[union-attr]
    actions(menu)["Bouwsteen toevoegen…"].trigger()
    assert document.trajectory.theory.block("B11").name == "Buurthuis" and selection.current == "B11"  # type: ignore[union-attr]
    assert len(document.stack) == 2


def test_cancel_or_empty_answer_pushes_nothing(editor: CanvasEditor, document: Document, answers: list) -> None:
    answers += [None, "", "   "]
    editor.add_block()
    editor.add_sub_ambition()
    editor.rename("B5")
    assert len(document.stack) == 0


def test_deelambitie_menu(editor: CanvasEditor, document: Document, selection: Selection, answers: list) -> None:
    menu = context_menu(editor, "D2")
    assert list(actions(menu)) == ["Hernoemen…", "Beschrijving wijzigen…", "Verwijderen"]
    answers += ["Groei", "Mensen groeien."]
    actions(menu)["Hernoemen…"].trigger()
    actions(menu)["Beschrijving wijzigen…"].trigger()
    sub = document.trajectory.theory.sub_ambition("D2")
    assert sub is not None and (sub.name, sub.description) == ("Groei", "Mensen groeien.")
    selection.select("D2")
    actions(menu)["Verwijderen"].trigger()
    assert document.trajectory.theory.sub_ambition("D2") is None and selection.current is None
    assert not document.trajectory.theory.relations_to("D2")
    document.stack.undo()
    assert len(document.trajectory.theory.relations_to("D2")) == 10


def test_bouwsteen_menu(editor: CanvasEditor, document: Document, answers: list, monkeypatch: pytest.MonkeyPatch) -> None:
    menu = context_menu(editor, "B6")
    assert list(actions(menu)) == [
        "Hernoemen…", "Volledige naam wijzigen…", "Essentie wijzigen…", "‘Waarom werkt het?’ wijzigen…", "Bronnen wijzigen…",
        "Relatie naar deelambitie", "Actie toevoegen…", "Actie wijzigen", "Actie verwijderen", "Verwijderen",
    ]
    answers += ["Luisteren", "Aansluiten bij wat ertoe doet."]
    actions(menu)["Hernoemen…"].trigger()
    actions(menu)["Essentie wijzigen…"].trigger()
    block = document.trajectory.theory.block("B6")
    assert block is not None and (block.label, block.essence) == ("Luisteren", "Aansluiten bij wat ertoe doet.")
    monkeypatch.setattr(ActionDialog, "ask", classmethod(lambda cls, *a: ("Spreekuur in de buurt", ["gemeente", "sociaal werk"])))
    actions(menu)["Actie toevoegen…"].trigger()
    action = document.trajectory.theory.actions_of("B6")[-1]
    assert (action.text, action.actors) == ("Spreekuur in de buurt", ["gemeente", "sociaal werk"])
    actions(menu)["Verwijderen"].trigger()
    assert document.trajectory.theory.block("B6") is None and not document.trajectory.theory.relations_of_block("B6")


def test_relation_submenu_per_deelambitie(editor: CanvasEditor, document: Document) -> None:
    menu = context_menu(editor, "B7")  # keep the parent menu alive: submenus are its children
    submenu = actions(menu)["Relatie naar deelambitie"].menu()
    per_sub = actions(submenu)
    assert list(per_sub) == [f"D{n} · {name}" for n, name in enumerate(
        ["Ontmoeting en erbij horen", "Ontplooiing, zingeving en vertrouwen", "Ondersteuning, steun en hulp",
         "Ontspanning en plezier", "Eigenaarschap, zeggenschap en eigen regie"], start=1)]
    types = actions(per_sub["D3 · Ondersteuning, steun en hulp"].menu())
    assert list(types) == ["Randvoorwaardelijk", "Ondersteunend", "Direct", "Indirect", "Wisselwerking", "Draagt bij", "geen relatie"]
    assert [t for t, a in types.items() if a.isChecked()] == ["Direct"]
    types["Indirect"].trigger()
    assert document.trajectory.theory.relation("B7", "D3").type == RelationType.INDIRECT  # type: ignore[union-attr]
    types["geen relatie"].trigger()
    assert document.trajectory.theory.relation("B7", "D3") is None
    d4 = actions(per_sub["D4 · Ontspanning en plezier"].menu())
    assert [t for t, a in d4.items() if a.isChecked()] == ["geen relatie"]
    d4["Direct"].trigger()
    assert document.trajectory.theory.relation("B7", "D4").type == RelationType.DIRECT  # type: ignore[union-attr]
    assert len(document.stack) == 3


def test_choosing_the_current_type_changes_nothing(editor: CanvasEditor, document: Document) -> None:
    editor.set_relation("B7", "D3", RelationType.DIRECT)
    editor.set_relation("B7", "D4", None)
    assert len(document.stack) == 0


def test_hoofdambitie_menu_and_double_click(editor: CanvasEditor, document: Document, answers: list) -> None:
    menu = context_menu(editor, "H")
    assert list(actions(menu)) == ["Hoofdambitie wijzigen…"]
    answers += ["Samen sterker."]
    actions(menu)["Hoofdambitie wijzigen…"].trigger()
    assert document.trajectory.theory.ambition == "Samen sterker."
    answers += ["Nog sterker."]
    editor.edit("H")
    assert document.trajectory.theory.ambition == "Nog sterker."


def test_view_opens_the_menu_of_the_element_under_the_pointer(qtbot, document: Document, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    view = SchemaView(document, LAPTOP, selection)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    qtbot.waitExposed(view)
    shown: list[list[str]] = []
    for pos in (view.mapFromScene(view.scene_pos_of("D3")), QPoint(2, 2)):  # type: ignore[arg-type]
        view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
        assert view.menu is not None
        shown.append(list(actions(view.menu)))
        view.menu.close()
    assert shown == [["Hernoemen…", "Beschrijving wijzigen…", "Verwijderen"], ["Deelambitie toevoegen…", "Bouwsteen toevoegen…"]]
    assert selection.current == "D3"


def test_actors_are_split_on_commas() -> None:
    assert split_actors(" gemeente, sociaal werk ;  ,inwoners") == ["gemeente", "sociaal werk", "inwoners"]
