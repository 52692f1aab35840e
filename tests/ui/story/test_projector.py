"""The story on the projector: room-sized type (at least 3.5 % of the screen height), paged with PageDown/PageUp (a
clicker), following the dock's chosen part and the story's edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import show_at
from ui.document import Document
from ui.main_window import MainWindow
from ui.story import PAGE, StoryFeature
from ui.story.projector import StoryPage
from workshop import story_edits as se


@pytest.fixture
def page(qtbot, demo_trajectory) -> StoryPage:  # type: ignore[no-untyped-def]
    document = Document(demo_trajectory.model_copy(deep=True))
    return show_at(qtbot, StoryPage(document), 1920, 1080)


@pytest.mark.parametrize("width, height", [(1920, 1080), (1024, 768), (3840, 2160)])
def test_the_type_is_large_enough_for_the_back_of_the_room(qtbot, demo_trajectory, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    page = show_at(qtbot, StoryPage(Document(demo_trajectory.model_copy(deep=True))), width, height)
    assert page.body_pixel_size() >= 0.035 * height
    assert "Veranderverhaal" in page.browser.toPlainText() and "Ontmoeting en erbij horen" in page.browser.toPlainText()


def test_paging_on_and_back_and_false_at_the_ends(page: StoryPage) -> None:
    current, total = page.page_info()
    assert current == 1 and total > 3
    assert page.page(-1) is False  # the clicker then goes back in the programme instead
    assert page.page(1) is True and page.page_info()[0] == 2
    assert page.page(-1) is True and page.page_info()[0] == 1
    for _ in range(total - 1):
        assert page.page(1)
    assert page.page(1) is False and page.page_info() == (total, total)
    assert page.page_label.text() == f"pagina {total} van {total}"


def test_a_part_chosen_comes_to_the_top(page: StoryPage) -> None:
    page.show_part("D3")
    top = page.browser.cursorForPosition(page.browser.viewport().rect().topLeft()).block().text()
    assert top == "Ondersteuning, steun en hulp"


def test_edits_show_in_the_room_once_typing_pauses(qtbot, page: StoryPage) -> None:  # type: ignore[no-untyped-def]
    document = page._document
    document.push(se.write_story(document.trajectory))
    document.push(se.edit_part(document.trajectory, "inleiding", "Welkom, allemaal."))
    assert "Welkom, allemaal." not in page.browser.toPlainText()
    qtbot.waitUntil(lambda: "Welkom, allemaal." in page.browser.toPlainText())


def test_the_clicker_pages_the_story_in_the_window(qtbot, window: MainWindow, story: StoryFeature) -> None:  # type: ignore[no-untyped-def]
    story.open()
    room = window.presentation.window
    room.resize(1280, 720)
    room.show()
    page = window.host.projector_page(PAGE)
    assert isinstance(page, StoryPage) and room.content_name() == PAGE
    window.page_actions[0].trigger()  # PageDown on the laptop (a presenter's remote)
    assert page.page_info()[0] == 2
    window.page_actions[1].trigger()
    assert page.page_info()[0] == 1
    qtbot.keyClick(room, Qt.Key.Key_PageDown)  # the same on the presentation itself (one screen)
    assert page.page_info()[0] == 2
    story.write()
    story.show().choose("D2")  # the room follows the facilitator's choice
    assert page.page_info()[0] > 2
