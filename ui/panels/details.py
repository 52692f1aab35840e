"""Details panel: essence, theory, sources, actions per actor, relations and assumptions of the selection."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from collections.abc import Callable

from ui.document import Document
from ui.panels import texts
from ui.panels.details_html import details_html
from ui.selection import Selection
from workshop.refs import Ref, RefKind
from workshop.trajectory import Trajectory

Render = Callable[[Trajectory, str, bool], str]
"""HTML for the details of one thing: (trajectory, its id, for the room?) -> HTML."""
RENDERERS: dict[RefKind, Render] = {}
"""How the details of other kinds than theory elements are shown; features add theirs (e.g. an assumption)."""


def add_renderer(kind: RefKind, render: Render) -> None:
    """Let the details panels show a kind of selected thing (a feature calls this when it is installed)."""
    RENDERERS[kind] = render


class DetailsPanel(QWidget):
    """Shows the selected element; keeps its scroll position while the same element is re-rendered.

    The projector's variant, in the room's type size and paged, is `ProjectorDetails`.
    """

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._selection = document, selection
        self._shown: str | None = None
        self._fresh = True  # nothing rendered yet, or another workbook: start at the top
        self._pending: int | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(texts.DETAILS_NAME)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no reflow, no jump
        self.browser.verticalScrollBar().rangeChanged.connect(self._apply_pending)
        self.setObjectName("detailsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self._on_replaced)
        selection.changed.connect(self._on_selection_changed)
        self.refresh()

    def _on_document_changed(self, _changes: object) -> None:
        self.refresh()

    def _on_replaced(self) -> None:
        self._fresh = True
        self.refresh()

    def _on_selection_changed(self, _element: object) -> None:
        self.refresh()

    def render_html(self, element_id: str | None) -> str:
        """The HTML for an element; the projector page overrides this with the room's layout."""
        return details_html(self._document.trajectory, element_id)

    room = False
    """True for the projector's variant: the room's layout."""

    def render_ref(self, ref: Ref | None) -> str:
        """The HTML for what is selected: a theory element, or a kind a feature knows how to show."""
        if ref is not None and ref.kind in RENDERERS:
            return RENDERERS[ref.kind](self._document.trajectory, ref.id, self.room)
        return self.render_html(self._selection.current)

    def refresh(self) -> None:
        """Re-render from the trajectory and selection: same element keeps its place, another starts at the top."""
        ref = self._selection.ref
        current = ref.id if ref is not None and ref.kind in RENDERERS else self._selection.current
        keep = self._kept_position(current)
        self._shown, self._fresh = current, False
        self.browser.setHtml(self.render_ref(ref))
        self._rendered()
        self._scroll_to(keep)

    def _rendered(self) -> None:
        """After new HTML, before scrolling back: the projector page pads its last page here."""

    def _scroll_to(self, value: int) -> None:
        """Scroll now: the text edit updates its range only later, so set the range from the finished layout."""
        bar, height = self.browser.verticalScrollBar(), self.browser.document().documentLayout().documentSize().height()
        bar.setRange(0, max(bar.maximum(), math.ceil(height) - self.browser.viewport().height()))
        bar.setValue(value)
        self._pending = value if bar.value() != value and not self.browser.isVisible() else None

    def _kept_position(self, current: str | None) -> int:
        if self._fresh or current != self._shown:
            return 0
        return self._pending if self._pending is not None else self.browser.verticalScrollBar().value()

    def _apply_pending(self, _minimum: int, maximum: int) -> None:
        """A hidden panel learns its height later: restore the kept position once the range allows it."""
        if self._pending is not None and maximum >= self._pending:
            self.browser.verticalScrollBar().setValue(self._pending)
            self._pending = None
