"""The monitoring plan on the projector: one chosen assumption at a time with its indicator, bron, wie and wanneer,
in the room's type size (at least 3.5 % of the screen height); the clicker goes from one to the next."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ui.document import Document
from ui.monitoring import texts
from ui.monitoring.order import Stats, StatsCache, latest, ordered
from ui.panels.projector_details import ProjectorDetails
from ui.selection import Selection
from ui.theme import PROJECTOR, Theme
from workshop.assumptions import Assumption
from workshop.refs import Ref
from workshop.registry import Change
from workshop.trajectory import Trajectory

SHOWN = frozenset({Change.ASSUMPTIONS, Change.SCORES, Change.META})


def plan_html(assumption: Assumption) -> str:
    """One assumption and its plan: each part with its name, an empty one as 'nog invullen'."""
    lines = []
    for part, name in texts.PARTS.items():
        value = getattr(assumption.monitoring, part).strip()
        lines.append(f"<li><b>{name}:</b> {escape(value) if value else '<i>' + texts.TO_FILL + '</i>'}</li>")
    return f"<h3>{escape(assumption.text)}</h3>\n<ul>{''.join(lines)}</ul>"


def chosen(t: Trajectory, stats: Stats | None = None) -> list[Assumption]:
    """The assumptions chosen to monitor, belangrijk en onzeker first."""
    return [a for a in ordered(t, latest(t) if stats is None else stats) if a.monitored]


def room_html(plans: list[Assumption], index: int) -> str:
    """One chosen assumption with its plan ('Monitoringsplan · 2 van 6'), or what to do while none is chosen."""
    if not plans:
        return f"<h2>{texts.ROOM_TITLE}</h2>\n<p>{escape(texts.ROOM_EMPTY)}</p>"
    index = min(max(index, 0), len(plans) - 1)
    title = texts.ROOM_COUNT.format(title=texts.ROOM_TITLE, index=index + 1, count=len(plans))
    return f"<h2>{escape(title)}</h2>\n{plan_html(plans[index])}"


class MonitoringPage(ProjectorDetails):
    """The details page's layout (type from the screen height), one chosen assumption at a time: PageDown/PageUp (a
    presenter's remote) go through a long plan and then on to the next assumption."""

    def __init__(self, document: Document, parent: QWidget | None = None, theme: Theme = PROJECTOR) -> None:
        self._stats, self.index = StatsCache(), 0  # before the base class renders the page for the first time
        super().__init__(document, Selection(), parent, theme)  # a selection of its own: the page follows none
        self.setObjectName("monitoringPage")
        self.setAccessibleName(texts.PROJECTOR_NAME)
        self.page_label.setAccessibleName(texts.PAGE_NAME)

    def plans(self) -> list[Assumption]:
        """The chosen assumptions in the order the page shows them."""
        t = self._document.trajectory
        return chosen(t, self._stats.get(t))

    def render_ref(self, ref: Ref | None) -> str:
        """The plan in front, whatever is selected (the last one when the one in front is no longer chosen)."""
        plans = self.plans()
        self.index = min(self.index, max(len(plans) - 1, 0))
        return room_html(plans, self.index)

    def _on_document_changed(self, changes: object) -> None:
        if Change.SCORES in changes:  # type: ignore[operator]
            self._stats.forget()
        if SHOWN & set(changes):  # type: ignore[call-overload]
            self.refresh()

    def _on_replaced(self) -> None:
        self._stats.forget()
        self.index = 0
        super()._on_replaced()

    def show_plan(self, assumption_id: str) -> bool:
        """Bring a chosen assumption's plan in front (the facilitator picked it in the dock); False if not chosen."""
        ids = [a.id for a in self.plans()]
        if assumption_id not in ids:
            return False
        self._go(ids.index(assumption_id))
        return True

    def _go(self, index: int) -> None:
        if index != self.index:
            self.index, self._fresh = index, True  # another plan starts at its top
            self.refresh()

    def page(self, step: int) -> bool:  # type: ignore[override]
        """On (+1) or back (-1): through a plan too long for one screen, then to the next or previous assumption;
        False past the last one, so the clicker moves the programme on instead."""
        before = self.page_info()[0]
        super().page(step)
        if self.page_info()[0] != before:
            return True
        target = self.index + step
        if not 0 <= target < len(self.plans()):
            return False
        self._go(target)
        return True
