"""The Bouwstenenbak: its cards, a quick own card, dragging out onto the schema and back in, and the keyboard path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import answer_go_ahead
from tests.ui.test_canvas_dropping import drop_on, picker
from tests.ui.tray.conftest import waiting
from ui.canvas.menus import context_menu
from ui.main_window import MainWindow
from ui.mime import block_id_of, block_mime
from ui.tray import TrayFeature
from ui.tray.cards import OWN_ROLE
from ui.tray.panel import TrayPanel
from workshop import placement
from workshop import theory_edits as te
from workshop.theory import RelationType


def card_ids(panel: TrayPanel) -> list[str]:
    return [b.id for b in panel.model.blocks]


def test_the_tray_is_built_on_first_use_and_opens_with_the_keyboard_on_its_cards(qtbot, window: MainWindow, tray: TrayFeature) -> None:  # type: ignore[no-untyped-def]
    waiting(window, "B3", "B8")
    dock = window.host.docks["trayDock"]
    assert not dock.is_built() and dock.windowTitle() == "Bouwstenenbak"
    tray.open()
    panel = tray.panel()
    assert dock.is_built() and dock.isVisible() and panel.cards.hasFocus()
    assert card_ids(panel) == ["B3", "B8"] and panel.count.text() == "2 bouwstenen in de bak"
    assert panel.cards.current_id() == "B3" and window.selection.current is None  # opening dims nothing on the schema
    qtbot.keyClick(panel.cards, Qt.Key.Key_Down)
    assert window.selection.current == "B8"  # a card chosen in the tray is chosen on the schema: its details show


def test_ctrl_shift_b_shows_the_tray(window: MainWindow) -> None:
    action = next(a for a in window.actions() + window.findChildren(type(window.undo_action)) if a.objectName() == "showTrayAction")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+B")
    action.trigger()
    assert window.host.docks["trayDock"].isVisible()


def test_an_empty_tray_says_so(panel: TrayPanel) -> None:
    assert card_ids(panel) == [] and panel.count.text() == "De bak is leeg: alle bouwstenen staan op het schema."
    assert not panel.empty.isHidden()


def test_on_the_empty_model_the_tray_says_how_to_begin(window: MainWindow, panel: TrayPanel) -> None:
    from workshop.content import new_trajectory

    window.document.replace(new_trajectory("leeg"), None)
    assert panel.count.text().startswith("Er zijn nog geen bouwstenen: typ de naam") and panel.empty.isHidden()


def test_an_own_card_is_quick_type_and_enter(qtbot, window: MainWindow, panel: TrayPanel) -> None:  # type: ignore[no-untyped-def]
    panel.entry.setText("  Buurtkracht ")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    block = window.document.trajectory.theory.blocks[-1]
    assert block.name == "Buurtkracht" and card_ids(panel) == [block.id] and panel.entry.text() == ""
    assert panel.model.index(0).data(OWN_ROLE) is True and panel.cards.current_id() == block.id
    assert window.statusBar().currentMessage() == "Eigen kaart ‘Buurtkracht’ ligt in de bak."
    window.undo_action.trigger()
    assert card_ids(panel) == [] and window.document.trajectory.theory.block(block.id) is None


def test_a_card_drags_its_id(window: MainWindow, panel: TrayPanel) -> None:
    waiting(window, "B7")
    mime = panel.model.mimeData([panel.model.index(0)])
    assert block_id_of(mime) == "B7"


def test_dragged_from_the_tray_onto_a_deelambitie_then_undone(qtbot, window: MainWindow, panel: TrayPanel) -> None:  # type: ignore[no-untyped-def]
    waiting(window, "B7")
    view = window.view
    view.flush_layout()
    assert drop_on(view, panel.model.mimeData([panel.model.index(0)]), "D2")
    qtbot.keyClick(picker(view).list, "2")
    assert window.document.trajectory.theory.relation("B7", "D2").type == RelationType.DIRECT  # type: ignore[union-attr]
    assert card_ids(panel) == [] and len(window.document.stack) == 1
    window.undo_action.trigger()
    assert card_ids(panel) == ["B7"]


def test_a_card_from_the_schema_dropped_in_the_tray_goes_back(window: MainWindow, panel: TrayPanel) -> None:
    mime, where, buttons, mods = block_mime("B5"), QPointF(20, 20), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(panel.cards.viewport(), QDragEnterEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons, mods))
    event = QDropEvent(where, Qt.DropAction.MoveAction, mime, buttons, mods)
    QApplication.sendEvent(panel.cards.viewport(), event)
    assert event.isAccepted() and card_ids(panel) == ["B5"] and not placement.is_placed(window.document.trajectory.theory, "B5")
    assert window.document.stack.undo_label() == "Bouwsteen 'Ruimte & plekken' terug in de bak"
    window.undo_action.trigger()
    assert card_ids(panel) == [] and len(window.document.trajectory.theory.relations_of_block("B5")) == 5
    assert not panel.take_back("B99")


def test_the_keyboard_path_from_the_tray(qtbot, window: MainWindow, tray: TrayFeature) -> None:  # type: ignore[no-untyped-def]
    waiting(window, "B3", "B8")
    tray.open()
    panel = tray.panel()
    qtbot.keyClick(panel.cards, Qt.Key.Key_Down)
    assert panel.cards.current_id() == "B8"
    qtbot.keyClick(panel.cards, Qt.Key.Key_Return)
    first = picker(window.view)
    assert first.title.text() == "Vrijwillige inzet plaatsen"
    qtbot.keyClick(first.list, "5")  # D5
    qtbot.keyClick(picker(window.view).list, Qt.Key.Key_Return)  # draagt bij
    theory = window.document.trajectory.theory
    assert theory.relation("B8", "D5").type == RelationType.CONTRIBUTES and card_ids(panel) == ["B3"]  # type: ignore[union-attr]
    assert len(window.document.stack) == 1
    window.undo_action.trigger()
    assert card_ids(panel) == ["B3", "B8"]


def test_place_and_back_to_the_tray_in_the_element_menus(window: MainWindow) -> None:
    editor = window.view.editor
    assert editor is not None
    menu_b5, menu_d1 = context_menu(editor, "B5", window), context_menu(editor, "D1", window)
    texts_b5 = [a.text() for a in menu_b5.actions()]
    assert "Plaatsen…" in texts_b5 and "Terug in de bak" in texts_b5
    assert "Terug in de bak" not in [a.text() for a in menu_d1.actions()]
    next(a for a in menu_b5.actions() if a.text() == "Terug in de bak").trigger()
    assert not placement.is_placed(window.document.trajectory.theory, "B5")


def test_all_back_in_the_tray_asks_first(window: MainWindow, tray: TrayFeature, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_go_ahead(monkeypatch, answer=False)
    assert not tray.all_to_tray() and asked[0][0] == "Alle bouwstenen terug in de bak?"
    assert "44 relaties" in asked[0][1][0]
    answer_go_ahead(monkeypatch, answer=True)
    assert tray.all_to_tray()
    assert len(tray.panel().model.blocks) == 10 and len(window.document.stack) == 1
    window.undo_action.trigger()
    assert tray.panel().model.blocks == []


def test_the_publications_missing_bouwstenen_come_back(window: MainWindow, tray: TrayFeature, panel: TrayPanel) -> None:
    assert panel.buttons["publication"].isHidden()
    window.document.push(te.remove_block(window.document.trajectory, "B10"))
    assert not panel.buttons["publication"].isHidden()
    assert tray.from_publication()
    assert [b.label for b in panel.model.blocks] == ["Vragen & uitnodigen"] and panel.buttons["publication"].isHidden()
    assert not tray.from_publication()  # nothing missing: said, nothing pushed
    assert "al" in window.statusBar().currentMessage()


def test_choosing_a_card_elsewhere_follows_in_the_tray(window: MainWindow, panel: TrayPanel) -> None:
    waiting(window, "B3", "B8")
    window.selection.select("B8")
    assert panel.cards.current_id() == "B8"
    window.selection.select("B5")  # on the schema, not in the tray: the tray keeps its card
    assert panel.cards.current_id() == "B8"


def test_the_drag_leaves_the_tray_list_alone(window: MainWindow, panel: TrayPanel) -> None:
    """A card dragged within the tray is no change (the list does not reorder or remove)."""
    waiting(window, "B3")
    assert not panel.model.removeRows(0, 1) and card_ids(panel) == ["B3"]
