"""Details panel and the accessible theory list follow the model and the shared selection."""

from __future__ import annotations

from tests.workshop.conftest import make_small_trajectory
from ui.document import Document
from ui.panels.details import DetailsPanel
from ui.panels.details_html import details_html
from ui.panels.theory_list import ELEMENT_ROLE, TheoryListView, TheoryTreeModel
from ui.selection import Selection
from workshop import theory_edits as te


def test_block_details_show_actions_per_actor_relations_and_assumptions() -> None:
    t = make_small_trajectory()
    html = details_html(t, "B2")
    assert "Plekken" in html and "gemeente" in html and "Buurthuis open houden" in html
    assert "Direct → Ontmoeting" in html
    assert "A-001" in html
    assert "Bouwstenen die hieraan bijdragen" in details_html(t, "D1")
    assert "Kies een bouwsteen" in details_html(t, None)


def test_details_html_escapes_user_text() -> None:
    t = make_small_trajectory()
    t.theory.blocks[2].name = "<script>x</script>"
    assert "<script>" not in details_html(t, "B3")


def test_details_panel_follows_selection_and_undo(qtbot) -> None:
    doc, sel = Document(make_small_trajectory()), Selection()
    panel = DetailsPanel(doc, sel)
    qtbot.addWidget(panel)
    sel.select("B2")
    assert "Plekken" in panel.browser.toPlainText()
    doc.push(te.edit_block("B2", "name", "Ontmoetingsplekken"))
    assert "Ontmoetingsplekken" in panel.browser.toPlainText()
    doc.stack.undo()
    assert "Ontmoetingsplekken" not in panel.browser.toPlainText()


def test_theory_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = TheoryTreeModel(Document(make_small_trajectory()))
    qtmodeltester.check(model)


def test_theory_list_rebuilds_and_syncs_selection(qtbot) -> None:
    doc, sel = Document(make_small_trajectory()), Selection()
    view = TheoryListView(doc, sel)
    qtbot.addWidget(view)
    doc.push(te.add_block(doc.trajectory, "Digitale inclusie"))
    assert view.model().index_of("B4").isValid()
    sel.select("B4")
    assert view.currentIndex().data(ELEMENT_ROLE) == "B4"
    view.clicked.emit(view.model().index_of("D2"))
    assert sel.current == "D2"
    doc.stack.undo()
    assert not view.model().index_of("B4").isValid()
