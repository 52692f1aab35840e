"""The story on the projector: the parts in the room's type size (at least 3.5 % of the screen height), paged."""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QWidget

from ui.document import Document
from ui.panels.projector_details import ProjectorDetails
from ui.selection import Selection
from ui.story import texts
from ui.theme import PROJECTOR, Theme
from workshop.refs import Ref
from workshop.registry import Change
from workshop.story_html import parts_html
from workshop.story_text import current_story

FOLLOW_MS = 250
"""The room's page follows typing in the dock once the facilitator pauses this long, not at every key."""


def room_html(document: Document) -> str:
    """The story (the saved one, else as it would be written now) with the room's headings."""
    t = document.trajectory
    return f"<h2>{texts.TITLE}</h2>\n" + parts_html(current_story(t), heading="h3")


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


class StoryPage(ProjectorDetails):
    """The details page's layout and paging (PageDown/PageUp, a presenter's remote), showing the story instead."""

    def __init__(self, document: Document, parent: QWidget | None = None, theme: Theme = PROJECTOR) -> None:
        super().__init__(document, Selection(), parent, theme)  # a selection of its own: the story follows none
        self.setObjectName("storyPage")
        self.setAccessibleName(texts.PROJECTOR_NAME)
        self.page_label.setAccessibleName(texts.PAGE_NAME)
        self._later = QTimer(self, singleShot=True, interval=FOLLOW_MS, timeout=self.refresh)

    def render_ref(self, ref: Ref | None) -> str:
        """The story, whatever is selected."""
        return room_html(self._document)

    def _on_document_changed(self, changes: object) -> None:
        """Only a change of the story shows (typing: once the facilitator pauses); while none is written, the
        preview follows every change."""
        if Change.STORY in changes or not self._document.trajectory.story:  # type: ignore[operator]
            self._later.start()

    def show_part(self, key: str) -> None:
        """Bring a part's heading to the top (the facilitator chose it in the dock)."""
        if self._later.isActive():  # the story changed a moment ago: show it as it is now first
            self._later.stop()
            self.refresh()
        keys = [part.key for part in current_story(self._document.trajectory)]
        if key not in keys:
            return
        headings = [block for block in _blocks(self.browser.document()) if block.blockFormat().headingLevel() == 3]
        if len(headings) == len(keys):
            y = headings[keys.index(key)].layout().position().y()
            self.browser.verticalScrollBar().setValue(math.floor(y))

    def page(self, step: int) -> bool:  # type: ignore[override]
        """A page on (+1) or back (-1); False at the end, so the clicker moves the programme on instead."""
        before = self.page_info()[0]
        super().page(step)
        return self.page_info()[0] != before
