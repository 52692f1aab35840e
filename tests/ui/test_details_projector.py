"""The projector details page: type from the screen height, high contrast, no scrollbar, paged from the laptop."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import show_at
from ui.document import Document
from ui.panels.projector_details import ProjectorDetails, line_spans, page_starts
from ui.selection import Selection
from ui.theme import PROJECTOR, contrast_ratio
from workshop import theory_edits as te

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


@pytest.fixture
def page(qtbot, doc: Document, sel: Selection) -> ProjectorDetails:
    details = ProjectorDetails(doc, sel)
    show_at(qtbot, details, 1920, 1080)
    sel.select("B5")
    qtbot.wait(1)  # the scroll range the text edit settles on (it lags one event loop pass)
    return details


def _visible_range(page: ProjectorDetails) -> tuple[int, int]:
    top = page.browser.verticalScrollBar().value()
    return top, top + page.browser.viewport().height()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_text_is_at_least_the_minimum_share_of_the_screen_height(page: ProjectorDetails, width: int, height: int) -> None:
    page.resize(width, height)
    minimum = PROJECTOR.min_text_fraction * height
    assert page.browser.fontInfo().pixelSize() >= minimum
    assert page.body_pixel_size() >= minimum
    assert page.page_label.fontInfo().pixelSize() >= minimum


def test_type_follows_a_resize(page: ProjectorDetails) -> None:
    page.resize(1024, 768)
    small = page.body_pixel_size()
    page.resize(3840, 2160)
    assert page.body_pixel_size() > 2 * small


def test_colours_keep_a_contrast_of_seven_to_one(page: ProjectorDetails) -> None:
    assert contrast_ratio(PROJECTOR.foreground, PROJECTOR.background) >= 7
    assert contrast_ratio(PROJECTOR.muted, PROJECTOR.background) >= 7  # the page indicator
    image = page.grab().toImage()
    assert image.pixelColor(2, 2) == QColor(PROJECTOR.background)
    assert PROJECTOR.foreground in page.browser.styleSheet()


def test_no_scrollbar_but_pages(page: ProjectorDetails) -> None:
    assert not page.browser.verticalScrollBar().isVisible()
    current, total = page.page_info()
    assert current == 1 and total > 1
    assert page.page_label.text() == f"pagina 1 van {total}"


def test_paging_forward_and_back_with_a_signal(page: ProjectorDetails, qtbot) -> None:
    total = page.page_info()[1]
    with qtbot.waitSignal(page.pageChanged) as blocker:
        page.page(1)
    assert blocker.args == [2, total] and page.page_label.text() == f"pagina 2 van {total}"
    page.page(-1)
    assert page.page_info() == (1, total)
    page.page(99)
    assert page.page_info() == (total, total)
    page.page(-99)
    assert page.page_info() == (1, total)


def test_every_line_is_seen_whole_on_some_page(page: ProjectorDetails) -> None:
    seen = []
    for _ in range(page.page_info()[1]):
        seen.append(_visible_range(page))
        page.page(1)
    for top, bottom, _heading in line_spans(page.browser.document()):
        assert any(start <= top and bottom <= end for start, end in seen), (top, bottom)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_starts_exactly_at_a_line_top(qtbot, doc: Document, sel: Selection, width: int, height: int) -> None:
    page = show_at(qtbot, ProjectorDetails(doc, sel), width, height)
    sel.select("B5")
    qtbot.wait(1)  # the text edit's own, exact scroll range arrives with the event loop
    spans = line_spans(page.browser.document())
    total = page.page_info()[1]
    for number in range(1, total + 1):
        top = page.browser.verticalScrollBar().value()
        assert page.page_info() == (number, total)
        assert any(math.floor(line_top) == top for line_top, _bottom, _heading in spans), (number, top)
        cut = [(t, b) for t, b, _heading in spans if t < top and b > top + 1]  # begins above the page, ends on it
        assert not cut, (number, top, cut)
        page.page(1)


def test_the_last_page_can_be_reached_after_a_resize(page: ProjectorDetails, qtbot) -> None:
    page.page(99)
    page.resize(1500, 900)
    qtbot.wait(1)
    page.page(99)
    last = page_starts(line_spans(page.browser.document()), page.browser.viewport().height())[-1]
    assert page.browser.verticalScrollBar().value() == math.floor(last)


def test_a_heading_moves_along_with_its_text() -> None:
    spans = [(0.0, 10.0, False), (10.0, 20.0, False), (20.0, 30.0, True), (30.0, 40.0, False)]
    assert page_starts(spans, 35.0) == [0.0, 20.0]
    assert page_starts(spans, 25.0) == [0.0, 20.0]
    assert page_starts(spans, 100.0) == [0.0]


def test_the_cut_off_line_is_covered_until_its_own_page(page: ProjectorDetails) -> None:
    curtain = next(w for w in page.browser.viewport().findChildren(QWidget) if w.isVisible())
    top, _bottom = _visible_range(page)
    covered_from = curtain.geometry().top()
    page.page(1)
    assert page.browser.verticalScrollBar().value() == top + covered_from  # the covered line now leads
    page.page(99)
    assert not curtain.isVisible()


def test_same_element_keeps_its_page_another_starts_on_page_one(page: ProjectorDetails, doc: Document, sel: Selection) -> None:
    page.page(2)
    doc.push(te.add_action(doc.trajectory, "B5", "Buurtkamer elke woensdag open", ["bewoners"]))
    assert page.page_info()[0] == 3
    sel.select("B6")
    assert page.page_info()[0] == 1


def test_nothing_selected_shows_the_room_an_overview(page: ProjectorDetails, sel: Selection) -> None:
    sel.clear()
    text = page.browser.toPlainText()
    assert "Hoofdambitie" in text and "Ontmoeting en erbij horen" in text and "Kies" not in text
    assert page.page_info() == (1, 1) and page.page_label.text() == ""


def test_page_keys_and_actions(page: ProjectorDetails, qtbot) -> None:
    QTest.keyClick(page, Qt.Key.Key_PageDown)
    assert page.page_info()[0] == 2
    QTest.keyClick(page, Qt.Key.Key_PageUp)
    assert page.page_info()[0] == 1
    host = QWidget()
    qtbot.addWidget(host)
    forward, back = page.page_actions(host)
    assert forward.shortcut().toString() == "PgDown" and back.shortcut().toString() == "PgUp"
    forward.trigger()
    assert page.page_info()[0] == 2
    back.trigger()
    assert page.page_info()[0] == 1


def test_a_hidden_page_renders_like_a_shown_one(doc: Document, sel: Selection, qtbot) -> None:
    hidden = ProjectorDetails(doc, sel)
    qtbot.addWidget(hidden)
    sel.select("B5")
    hidden.resize(1920, 1080)
    hidden.grab()  # what the projector preview does with the hidden presentation window
    shown = ProjectorDetails(doc, sel)
    qtbot.addWidget(shown)
    shown.resize(1920, 1080)
    shown.show()
    qtbot.waitExposed(shown)
    assert hidden.page_info() == shown.page_info()
