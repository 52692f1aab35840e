"""The details panel keeps its scroll position while the same element is re-rendered, and starts at the top for another."""

from __future__ import annotations

import pytest

from tests.ui.conftest import show_at
from ui.document import Document
from ui.panels.details import DetailsPanel
from ui.selection import Selection
from workshop import theory_edits as te
from workshop.content import new_trajectory



@pytest.fixture
def panel(qtbot, doc: Document, sel: Selection) -> DetailsPanel:
    details = DetailsPanel(doc, sel)
    show_at(qtbot, details, 380, 320)
    sel.select("B5")
    return details


def _bar(panel: DetailsPanel):
    return panel.browser.verticalScrollBar()


def _scroll_to_bottom(panel: DetailsPanel) -> int:
    bar = _bar(panel)
    bar.setValue(bar.maximum())
    assert bar.value() > 1000
    return bar.value()


def test_an_edit_of_the_shown_element_keeps_the_position(panel: DetailsPanel, doc: Document) -> None:
    bottom = _scroll_to_bottom(panel)
    doc.push(te.add_action(doc.trajectory, "B5", "Buurtkamer elke woensdag open", ["bewoners"]))
    assert _bar(panel).value() == bottom
    doc.stack.undo()
    assert _bar(panel).value() == _bar(panel).maximum() == bottom


def test_an_unrelated_change_keeps_the_position(panel: DetailsPanel, doc: Document) -> None:
    _bar(panel).setValue(700)
    doc.push(te.set_ambition("Een andere hoofdambitie"))
    assert _bar(panel).value() == 700


def test_another_element_starts_at_the_top(panel: DetailsPanel, sel: Selection) -> None:
    _scroll_to_bottom(panel)
    sel.select("B6")
    assert _bar(panel).value() == 0
    _scroll_to_bottom(panel)
    sel.select("B5")
    assert _bar(panel).value() == 0


def test_another_workbook_starts_at_the_top(panel: DetailsPanel, doc: Document) -> None:
    _scroll_to_bottom(panel)
    doc.replace(new_trajectory(), None)
    assert _bar(panel).value() == 0


def test_a_hidden_panel_gets_its_position_back_when_shown(panel: DetailsPanel, doc: Document, qtbot) -> None:
    _bar(panel).setValue(900)
    panel.hide()
    doc.push(te.edit_block("B5", "essence", "Korter, maar nog steeds over plekken."))
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: _bar(panel).value() == 900)
