"""The theory list keeps its place through edits, moves the shared selection with the keys, and selects relations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.workshop.conftest import make_small_trajectory
from ui.document import Document
from tests.ui.conftest import show_at
from ui.panels.theory_list import ELEMENT_ROLE, KEY_ROLE, TheoryListView
from ui.selection import Selection
from workshop import theory_edits as te
from workshop.content import new_trajectory


@pytest.fixture
def listed(qtbot) -> tuple[Document, Selection, TheoryListView]:
    doc, sel = Document(make_small_trajectory()), Selection()
    view = TheoryListView(doc, sel)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return doc, sel, view


def _current(view: TheoryListView) -> str | None:
    return view.currentIndex().data(ELEMENT_ROLE)


def test_selected_row_survives_an_edit_and_its_undo(listed) -> None:
    doc, sel, view = listed
    sel.select("B2")
    doc.push(te.edit_block("B2", "essence", "nieuw"))
    assert _current(view) == "B2" and view.selectionModel().isSelected(view.currentIndex())
    doc.stack.undo()
    assert _current(view) == "B2" and view.selectionModel().isSelected(view.currentIndex())


def test_expanded_rows_survive_a_rebuild(listed) -> None:
    doc, _sel, view = listed
    model = view.model()
    view.expand(model.index_of("B2"))
    view.collapse(model.index_of_key("group:subs"))
    doc.push(te.set_ambition("Een nieuwe hoofdambitie"))
    assert view.isExpanded(model.index_of("B2"))
    assert not view.isExpanded(model.index_of_key("group:subs"))
    assert view.isExpanded(model.index_of_key("group:blocks"))


def test_arrow_keys_move_the_shared_selection(listed) -> None:
    _doc, sel, view = listed
    sel.select("B1")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert sel.current == _current(view) == "B2"
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert sel.current == "B1"


def _highlighted(view: TheoryListView) -> list[str | None]:
    return [index.data(KEY_ROLE) for index in view.selectedIndexes()]


def test_a_group_row_selects_nothing_so_delete_and_f2_act_on_nothing(listed) -> None:
    _doc, sel, view = listed
    sel.select("D1")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Up)  # from the first deelambitie onto "Deelambities"
    assert view.currentIndex() == view.model().index_of_key("group:subs")
    assert sel.current is None and _highlighted(view) == ["group:subs"]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert sel.current == "D1" and _highlighted(view) == ["D1"]


def test_type_ahead_onto_a_group_row_selects_nothing(listed) -> None:
    _doc, sel, view = listed
    sel.select("D1")
    view.keyboardSearch("Bou")
    assert view.currentIndex().data(KEY_ROLE) == "group:blocks"
    assert sel.current is None and _highlighted(view) == ["group:blocks"]


def test_a_current_group_row_survives_a_rebuild_and_yields_to_a_selection(listed) -> None:
    doc, sel, view = listed
    view.setCurrentIndex(view.model().index_of_key("group:blocks"))
    doc.push(te.set_ambition("Een nieuwe hoofdambitie"))
    assert sel.current is None and _highlighted(view) == ["group:blocks"]
    sel.select("B3")
    assert _current(view) == "B3" and _highlighted(view) == ["B3"]


def test_clearing_the_selection_elsewhere_unhighlights_an_element_row(listed) -> None:
    _doc, sel, view = listed
    sel.select("B2")
    sel.clear()
    assert _highlighted(view) == []
    view.clicked.emit(view.currentIndex())  # clicking the same row again selects it again
    assert sel.current == "B2"


def test_a_relation_row_selects_its_key_and_follows_the_canvas(listed) -> None:
    _doc, sel, view = listed
    view.expand(view.model().index_of("B2"))
    relation = view.model().index_of("B2-D1")
    view.clicked.emit(relation)
    assert sel.current == "B2-D1"
    sel.select("B3-D2")
    assert _current(view) == "B3-D2"


def test_relation_rows_use_the_canvas_labels(listed) -> None:
    _doc, _sel, view = listed
    assert view.model().index_of("B2-D1").data() == "Direct → Ontmoeting"
    assert view.model().index_of("B1-D1").data() == "Randvoorwaardelijk → Ontmoeting"


def test_blocks_show_the_label_the_canvas_shows(qtbot) -> None:
    doc, sel = Document(new_trajectory()), Selection()
    view = TheoryListView(doc, sel)
    qtbot.addWidget(view)
    block = doc.trajectory.theory.block("B5")
    assert block is not None and block.short_name
    doc.push(te.edit_block("B5", "short_name", "Plekken om te ontmoeten"))  # what renaming on the canvas does
    index = view.model().index_of("B5")
    assert index.data() == "B5 Plekken om te ontmoeten"
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == block.name


@pytest.fixture
def scrolled(qtbot, doc: Document, sel: Selection) -> TheoryListView:
    """The full model in a short list, every row open: it scrolls."""
    view = show_at(qtbot, TheoryListView(doc, sel), 300, 200)
    view.expandAll()
    assert view.verticalScrollBar().maximum() > 20
    return view


def test_the_scroll_position_survives_an_edit_with_nothing_selected(
        scrolled: TheoryListView, doc: Document, sel: Selection) -> None:
    sel.clear()  # the list took focus and made its first row current: H was selected
    bar = scrolled.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    doc.push(te.set_ambition("Een nieuwe hoofdambitie"))
    assert bar.value() == kept
    doc.stack.undo()
    assert bar.value() == kept and sel.current is None


def test_an_edit_keeps_the_selection(scrolled: TheoryListView, doc: Document, sel: Selection) -> None:
    sel.select("B9")
    doc.push(te.set_ambition("Een nieuwe hoofdambitie"))
    assert sel.current == "B9" and _current(scrolled) == "B9"


def test_the_scroll_position_survives_an_edit_with_the_selected_row_in_view(
        scrolled: TheoryListView, doc: Document, sel: Selection) -> None:
    bar = scrolled.verticalScrollBar()
    sel.select("B9")
    bar.setValue(bar.maximum())
    kept = bar.value()
    doc.push(te.edit_block("B9", "essence", "nieuw"))
    assert bar.value() == kept and _current(scrolled) == "B9"


def test_the_selected_row_stays_in_view_through_an_edit(scrolled: TheoryListView, doc: Document, sel: Selection) -> None:
    sel.select("B9")
    scrolled.verticalScrollBar().setValue(0)
    doc.push(te.edit_block("B9", "essence", "nieuw"))
    index = scrolled.model().index_of("B9")
    assert scrolled.viewport().rect().contains(scrolled.visualRect(index))
