"""Details panel: essence, theory, sources, actions per actor, relations and assumptions of the selection."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ui.document import Document
from ui.panels.details_html import details_html


class SelectionLike(Protocol):
    """What the panel needs from the shared selection."""

    current: str | None
    changed: Signal


class DetailsPanel(QWidget):
    """Shows the selected element; `large=True` is the projector variant with big type."""

    def __init__(self, document: Document, selection: QObject, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document, self._selection = document, selection
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Details van het gekozen element")
        self.setObjectName("detailsPanelLarge" if large else "detailsPanel")
        if large:
            font = self.browser.font()
            font.setPixelSize(40)
            self.browser.setFont(font)
            self.browser.document().setDocumentMargin(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self.refresh)
        selection.changed.connect(self._on_selection_changed)  # type: ignore[attr-defined]
        self.refresh()

    def _on_document_changed(self, _changes: object) -> None:
        self.refresh()

    def _on_selection_changed(self, _element: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-render from the current trajectory and selection."""
        current = getattr(self._selection, "current", None)
        self.browser.setHtml(details_html(self._document.trajectory, current))
