"""Placing bouwstenen on the canvas by synthesized drag-and-drop events and by keyboard, each gesture one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.ui.test_canvas_fixtures import document, selection, view  # noqa: F401 - shared fixtures
from ui.canvas.dropping import RELATION_MIME, drag_mime, dragged_of
from ui.canvas.items import DropMark
from ui.canvas.picker import ChoicePicker
from ui.canvas.view import SchemaView
from ui.document import Document
from ui.mime import block_mime
from ui.selection import Selection
from workshop import placement as pl
from workshop.placement import BAND, FOUNDATION, TRAY
from workshop.theory import RelationType

NO = Qt.KeyboardModifier.NoModifier


def point_of(view: SchemaView, target: str) -> QPoint:
    """A viewport point over a drop target: a deelambitie, a card, the foundation's caption, or a zone."""
    drops = view.drops
    assert drops is not None
    zone = next((z for z in drops.zones if z.target == target), None)
    if zone is not None:
        return zone.rect.center()
    if target in (FOUNDATION, BAND):
        tier = view.schema.tier_item("foundation" if target == FOUNDATION else "band")
        assert tier is not None, target
        rect = tier.sceneBoundingRect()
        return view.mapFromScene(QPointF(rect.left() + 20, rect.center().y()))
    pos = view.scene_pos_of(target)
    assert pos is not None, target
    return view.mapFromScene(pos)


def enter(view: SchemaView, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, NO)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def move_to(view: SchemaView, mime: QMimeData, target: str, mods: Qt.KeyboardModifier = NO) -> QPoint:
    pos = point_of(view, target)
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, mods))
    return pos


def drop_on(view: SchemaView, mime: QMimeData, target: str, mods: Qt.KeyboardModifier = NO) -> bool:
    """Enter, move over the target and drop there; True when the drop was taken."""
    enter(view, mime)
    pos = move_to(view, mime, target, mods)
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, mods)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def picker(view: SchemaView) -> ChoicePicker:
    assert view.drops is not None and view.drops.picker is not None and view.drops.picker.isVisible()
    return view.drops.picker


def key(qtbot, view: SchemaView, key: Qt.Key | str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(picker(view).list, key)


def in_tray(document: Document, block_id: str) -> None:
    document.push(pl.to_tray(document.trajectory, block_id))
    document.stack._commands.clear()  # a start without history: the test counts its own undo steps
    document.stack._index = 0


def test_a_drop_on_a_deelambitie_asks_the_type_enter_takes_draagt_bij(qtbot, view: SchemaView, document: Document, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    in_tray(document, "B8")
    assert drop_on(view, block_mime("B8"), "D5")
    assert len(document.stack) == 0 and picker(view).current == 0  # nothing yet: the type comes first
    assert [picker(view).list.item(i).text() for i in range(2)] == ["1   Draagt bij", "2   Direct"]
    assert view.schema.element_item("D5").drop_mark == DropMark.HOVER  # type: ignore[union-attr]  # where it lands
    key(qtbot, view, Qt.Key.Key_Return)
    theory = document.trajectory.theory
    assert theory.relation("B8", "D5").type == RelationType.CONTRIBUTES and selection.current == "B8-D5"  # type: ignore[union-attr]
    assert len(document.stack) == 1 and view.drops.picker is None  # type: ignore[union-attr]
    assert view.schema.element_item("D5").drop_mark == DropMark.NONE  # type: ignore[union-attr]
    document.stack.undo()
    assert not pl.is_placed(theory, "B8")


def test_a_digit_picks_the_type(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert drop_on(view, block_mime("B3"), "D4")
    key(qtbot, view, "3")
    assert document.trajectory.theory.relation("B3", "D4").type == RelationType.INDIRECT  # type: ignore[union-attr]
    assert document.stack.undo_label() == "Relatie 'Gelijkwaardigheid' → 'Ontspanning en plezier' (indirect) toevoegen"
    document.stack.undo()
    assert document.trajectory.theory.relation("B3", "D4") is None and len(document.stack) == 1


def test_escape_cancels_the_whole_drop(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert drop_on(view, block_mime("B3"), "D4")
    key(qtbot, view, Qt.Key.Key_Escape)
    assert len(document.stack) == 0 and document.trajectory.theory.relation("B3", "D4") is None
    assert all(item.drop_mark == DropMark.NONE for item in view.schema.element_items().values())


def test_a_drop_on_the_foundation_is_randvoorwaardelijk_for_all(view: SchemaView, document: Document) -> None:
    assert drop_on(view, block_mime("B3"), FOUNDATION)
    assert pl.tier_of(document.trajectory.theory, "B3") == FOUNDATION and len(document.stack) == 1
    assert view.schema.relation_item("B3-D1") is None  # now a segment of the foundation, no line
    document.stack.undo()
    assert {r.type for r in document.trajectory.theory.relations_of_block("B3")} == {RelationType.CONTRIBUTES}


def test_an_empty_band_is_a_zone_during_the_drag(view: SchemaView, document: Document) -> None:
    in_tray(document, "B4")  # the band's only bouwsteen: no band is drawn
    assert view.schema.tier_item("band") is None
    enter(view, block_mime("B4"))
    assert [z.target for z in view.drops.zones] == [BAND]  # type: ignore[union-attr]  # no tray: it is in there
    assert drop_on(view, block_mime("B4"), BAND)
    assert pl.tier_of(document.trajectory.theory, "B4") == BAND and view.drops.zones == []  # type: ignore[union-attr]
    document.stack.undo()
    assert not pl.is_placed(document.trajectory.theory, "B4")


def test_back_to_the_tray_by_its_zone(view: SchemaView, document: Document) -> None:
    enter(view, block_mime("B5"))
    assert TRAY in [z.target for z in view.drops.zones]  # type: ignore[union-attr]
    assert drop_on(view, block_mime("B5"), TRAY)
    assert not pl.is_placed(document.trajectory.theory, "B5")
    assert document.stack.undo_label() == "Bouwsteen 'Ruimte & plekken' terug in de bak"
    document.stack.undo()
    assert len(document.trajectory.theory.relations_of_block("B5")) == 5


def test_an_invalid_target_is_refused_visibly(view: SchemaView, document: Document) -> None:
    enter(view, block_mime("B3"))
    move_to(view, block_mime("B3"), "B6")  # a card is no place to drop on
    drops = view.drops
    assert drops is not None and drops.hover is None and drops.not_here is not None
    assert not drop_on(view, block_mime("B3"), "B6")
    assert drops.toast.isVisible() and "‘Gelijkwaardigheid’ is niet geplaatst" in drops.toast.accessibleName()
    assert len(document.stack) == 0 and drops.not_here is None
    assert not drop_on(view, block_mime("B1"), FOUNDATION)  # already there: said why
    assert "ligt al op het fundament" in drops.toast.accessibleName() and len(document.stack) == 0


def test_targets_light_up_during_a_drag_and_go_out_after(view: SchemaView) -> None:
    assert enter(view, block_mime("B3"))
    subs = [view.schema.element_item(d) for d in ("D1", "D2", "D3", "D4", "D5")]
    assert all(item.drop_mark == DropMark.CANDIDATE for item in subs)  # type: ignore[union-attr]
    assert view.schema.tier_item("foundation").drop_mark == DropMark.CANDIDATE  # type: ignore[union-attr]
    move_to(view, block_mime("B3"), "D2")
    assert subs[1].drop_mark == DropMark.HOVER and subs[0].drop_mark == DropMark.CANDIDATE  # type: ignore[union-attr]
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert all(item.drop_mark == DropMark.NONE for item in subs)  # type: ignore[union-attr]
    assert view.drops.zones == [] and view.drops.dragged is None  # type: ignore[union-attr]


def test_other_mime_data_is_not_taken(view: SchemaView) -> None:
    other = QMimeData()
    other.setText("B3")
    assert not enter(view, other) and not enter(view, block_mime("B99"))


def test_shift_moves_a_card_to_one_deelambitie(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert drop_on(view, block_mime("B7"), "D4", Qt.KeyboardModifier.ShiftModifier)
    assert "Verplaatsen" in picker(view).hint.text()
    key(qtbot, view, "2")
    assert [(r.sub_ambition_id, r.type) for r in document.trajectory.theory.relations_of_block("B7")] == [("D4", RelationType.DIRECT)]
    document.stack.undo()
    assert len(document.trajectory.theory.relations_of_block("B7")) == 4 and len(document.stack) == 1


def test_a_relation_line_dragged_to_another_deelambitie_moves(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    mime = drag_mime("B9-D4")
    assert mime.hasFormat(RELATION_MIME) and dragged_of(mime).from_sub == "D4"  # type: ignore[union-attr]
    assert drop_on(view, mime, "D5")
    key(qtbot, view, Qt.Key.Key_Enter)  # the line keeps its type
    theory = document.trajectory.theory
    assert theory.relation("B9", "D4") is None and theory.relation("B9", "D5").type == RelationType.CONTRIBUTES  # type: ignore[union-attr]
    assert not drop_on(view, drag_mime("B9-D5"), FOUNDATION)  # a line goes to a deelambitie only
    assert view.drops.zones == [] and len(document.stack) == 1  # type: ignore[union-attr]


def test_the_keyboard_path_select_enter_deelambitie_type(qtbot, view: SchemaView, document: Document, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    selection.select("B3")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    first = picker(view)
    assert first.title.text() == "Gelijkwaardigheid plaatsen"
    assert [first.list.item(i).text()[4:] for i in range(first.list.count())][-3:] == [
        "Fundament: randvoorwaardelijk voor alle deelambities", "Balk: ondersteunend voor alle deelambities", "Terug in de bak"]
    key(qtbot, view, "4")  # D4, Ontspanning en plezier
    assert picker(view) is not first and picker(view).title.text() == "Gelijkwaardigheid → Ontspanning en plezier"
    key(qtbot, view, "2")
    assert document.trajectory.theory.relation("B3", "D4").type == RelationType.DIRECT  # type: ignore[union-attr]
    assert len(document.stack) == 1 and selection.current == "B3-D4"
    document.stack.undo()
    assert document.trajectory.theory.relation("B3", "D4") is None


def test_the_keyboard_path_to_the_foundation_needs_no_type(qtbot, view: SchemaView, document: Document, selection: Selection) -> None:  # type: ignore[no-untyped-def]
    selection.select("B3")
    assert view.editor is not None and view.editor.start_placing("B3")
    key(qtbot, view, "6")
    assert pl.tier_of(document.trajectory.theory, "B3") == FOUNDATION and view.drops.picker is None  # type: ignore[union-attr]


def test_a_place_that_changes_nothing_is_shown_disabled(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert view.editor is not None and view.editor.start_placing("B1")  # on the foundation, placed
    first = picker(view)
    enabled = [bool(first.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled) for i in range(first.list.count())]
    assert enabled == [True] * 5 + [False, True, True]
    key(qtbot, view, "6")  # the foundation: nothing happens
    assert first.isVisible() and len(document.stack) == 0


def test_the_same_type_again_pushes_nothing(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert drop_on(view, block_mime("B5"), "D1")  # direct already
    assert picker(view).current == 1
    key(qtbot, view, Qt.Key.Key_Return)
    assert len(document.stack) == 0 and "Niets veranderd" in view.drops.toast.accessibleName()  # type: ignore[union-attr]


def test_an_open_picker_closes_when_the_theory_changes(view: SchemaView, document: Document) -> None:
    assert drop_on(view, block_mime("B3"), "D4")
    document.push(pl.to_tray(document.trajectory, "B3"))
    assert view.drops.picker is None and len(document.stack) == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("element_id", [None, "H", "D2"])
def test_enter_without_a_bouwsteen_says_what_to_choose(view: SchemaView, element_id: str | None) -> None:
    assert view.editor is not None and not view.editor.start_placing(element_id)
    assert "Kies eerst een bouwsteen" in view.drops.toast.accessibleName()  # type: ignore[union-attr]


def test_a_card_lifted_off_the_foundation_moves_to_the_deelambitie(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    assert drop_on(view, block_mime("B1"), "D2")
    assert "Verplaatsen" in picker(view).hint.text() and picker(view).current == 0  # draagt bij, not randvoorwaardelijk
    key(qtbot, view, Qt.Key.Key_Return)
    theory = document.trajectory.theory
    assert [(r.sub_ambition_id, r.type) for r in theory.relations_of_block("B1")] == [("D2", RelationType.CONTRIBUTES)]
    assert view.schema.relation_item("B1-D2") is not None  # a card with a line now, off the foundation
    document.stack.undo()
    assert pl.tier_of(theory, "B1") == FOUNDATION and len(document.stack) == 1


def test_clicking_elsewhere_cancels_the_picker(qtbot, view: SchemaView, document: Document) -> None:  # type: ignore[no-untyped-def]
    view.activateWindow()
    assert drop_on(view, block_mime("B3"), "D4")
    shown = picker(view)
    qtbot.waitUntil(shown.list.hasFocus)
    view.setFocus()
    qtbot.waitUntil(lambda: view.drops.picker is None)  # type: ignore[union-attr]
    assert len(document.stack) == 0 and view.hasFocus()


def test_a_card_back_in_the_tray_says_the_assumptions_that_went_with_it(view: SchemaView, document: Document) -> None:
    from workshop import assumption_edits as ae

    document.push(ae.add_assumption(document.trajectory, "Als er plekken zijn, ontmoeten mensen elkaar.", "B5-D1"))
    assert drop_on(view, block_mime("B5"), TRAY)
    assert document.trajectory.assumptions == []
    toast = view.drops.toast  # type: ignore[union-attr]
    assert toast.accessibleName().startswith("1 aanname ging mee van het schema") and "⊘" not in toast.text()
    document.stack.undo()
    assert len(document.trajectory.assumptions) == 1
