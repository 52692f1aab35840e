"""The open points of the check on the projector, in the room's type size (at least 3.5 % of the screen), paged."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ui.check import texts
from ui.check.live import LiveCheck
from ui.check.words import by_severity, mark, noun, room_lines, tally
from ui.panels.projector_details import ProjectorDetails
from ui.selection import Selection
from ui.theme import PROJECTOR, Theme
from workshop.consistency import Category, Finding
from workshop.refs import Ref
from workshop.trajectory import Trajectory


LAPTOP_ONLY = frozenset({Category.SESSION_WITHOUT_ATTENDANCE, Category.INTEGRITY})
"""Points for the facilitator's administration (attendance, the workbook itself), not for the room."""


def room_html(t: Trajectory, findings: list[Finding]) -> str:
    """The open points about the verandertheorie per category (with a shape and a count), or the friendly 'all
    good'; the facilitator's administration stays on the laptop."""
    findings = [f for f in findings if f.category not in LAPTOP_ONLY]
    if not findings:
        return f"<h2>{texts.ALL_GOOD_TITLE}</h2>\n<p>{escape(texts.ALL_GOOD)}</p>"
    title = texts.ROOM_TITLE.format(count=len(findings), noun=noun(len(findings), texts.POINT, texts.POINTS))
    parts = [f"<h2>{escape(title)}</h2>", f"<p>{escape(tally(findings))}</p>"]
    for category, mine in by_severity(findings):
        parts.append(f"<h3>{mark(category)} {escape(category.value)} ({len(mine)})</h3>")
        parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in room_lines(t, category, mine)) + "</ul>")
    return "\n".join(parts)


class CheckPage(ProjectorDetails):
    """The details page's layout and paging (PageDown/PageUp, a presenter's remote), showing the open points."""

    def __init__(self, live: LiveCheck, parent: QWidget | None = None, theme: Theme = PROJECTOR) -> None:
        self.live = live  # before the base class renders the page for the first time
        super().__init__(live.document, Selection(), parent, theme)  # a selection of its own: the page follows none
        self.setObjectName("checkPage")
        self.setAccessibleName(texts.PROJECTOR_NAME)
        self.page_label.setAccessibleName(texts.PAGE_NAME)
        live.updated.connect(self.refresh)

    def render_ref(self, ref: Ref | None) -> str:
        """The open points, whatever is selected."""
        return room_html(self._document.trajectory, self.live.findings)

    def _on_document_changed(self, changes: object) -> None:
        """The page follows the (debounced) check, not every change."""

    def page(self, step: int) -> bool:  # type: ignore[override]
        """A page on (+1) or back (-1); False at the end, so the clicker moves the programme on instead."""
        before = self.page_info()[0]
        super().page(step)
        return self.page_info()[0] != before
