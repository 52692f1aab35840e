"""The details page on the projector: type sized from the screen height, paged from the laptop, no scrollbar."""

from __future__ import annotations

import math
from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from ui.document import Document
from ui.panels import texts
from ui.panels.details import DetailsPanel
from ui.panels.details_html import details_html
from ui.selection import Selection
from ui.theme import PROJECTOR, Theme

BODY_SHARE = 0.042
"""Body text as a share of the page height; the theme's minimum (3.5 %) is the floor."""
TITLE_SCALE, HEADING_SCALE = 1.5, 1.2
MEASURE_EM = 34
"""Longest line in em (about 65 characters): short lines a room can follow."""
NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp,)


def line_spans(document: QTextDocument) -> list[tuple[float, float, bool]]:
    """Top, bottom and 'is a heading' of every laid-out line of a document, in document coordinates."""
    document.documentLayout().documentSize()  # finishes a lazy (background) layout first
    spans = []
    block = document.begin()
    while block.isValid():
        layout, heading = block.layout(), block.blockFormat().headingLevel() > 0
        y = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            spans.append((y + line.y(), y + line.y() + line.height(), heading))
        block = block.next()
    return spans


def page_starts(spans: list[tuple[float, float, bool]], height: float, origin: float = 0.0) -> list[float]:
    """Where each page begins: at the first line that did not fit whole, or at the heading just above it."""
    starts = [origin]
    for i, (top, bottom, _heading) in enumerate(spans):
        if bottom > starts[-1] + height and top > starts[-1]:
            while i > 0 and spans[i - 1][2] and spans[i - 1][0] > starts[-1]:
                i -= 1  # a heading goes along with the text under it
            starts.append(spans[i][0])
    return starts


def type_sizes(height: int, theme: Theme) -> tuple[int, int]:
    """Body and page-indicator text in pixels for a page `height` pixels tall (never under the theme minimum)."""
    minimum = theme.min_text_px(max(1, height))
    return math.ceil(max(minimum, BODY_SHARE * height)), math.ceil(minimum)


def heading_css(body: int) -> str:
    """Large headings with room around them, for the projector document."""
    return (
        f"h2 {{ font-size: {round(body * TITLE_SCALE)}px; margin-top: 0px; margin-bottom: {body // 2}px; }}"
        f"h3 {{ font-size: {round(body * HEADING_SCALE)}px; margin-top: {body}px; margin-bottom: {body // 3}px; }}"
        f"p, li {{ margin-bottom: {body // 4}px; }}"
    )


class ProjectorDetails(DetailsPanel):
    """The selected element in the room's layout; the facilitator pages it with `page(±1)` (PageDown/PageUp)."""

    pageChanged = Signal(int, int)  # current page (from 1), number of pages

    _quiet = True  # no page signals until built, nor for the in-between states of a re-render

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None,
                 theme: Theme = PROJECTOR) -> None:
        super().__init__(document, selection, parent=parent)
        self._theme, self._body_px, self._info = theme, 0, (1, 1)
        self.setObjectName("projectorDetails")
        self.setAccessibleName(texts.PROJECTOR_NAME)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(texts.PAGE_NAME)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout().addWidget(self.page_label)
        self._curtain = QWidget(self.browser.viewport())  # hides the line the next page starts with
        self._style()
        bar = self.browser.verticalScrollBar()
        bar.valueChanged.connect(self._sync_page)
        bar.rangeChanged.connect(self._on_range_changed)
        self._fit_type()
        self._quiet = False
        self._sync_page()

    # --- the room's page ---------------------------------------------------------------------

    def _style(self) -> None:
        theme = self._theme
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(theme.background))
        self.setPalette(palette)
        browser = self.browser
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        browser.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        browser.setStyleSheet(f"QTextBrowser {{ background: {theme.background}; color: {theme.foreground}; border: none; }}")
        self._curtain.setStyleSheet(f"background: {theme.background};")
        self._curtain.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    room = True

    def render_html(self, element_id: str | None) -> str:
        """The room's layout: names without ids, the long 'why' text last, an overview when nothing is selected."""
        return details_html(self._document.trajectory, element_id, room=True)

    def refresh(self) -> None:
        """Re-render; same element keeps its page, another starts on page 1."""
        quiet, self._quiet = self._quiet, True
        try:
            super().refresh()
        finally:
            self._quiet = quiet
        self._sync_page()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def _fit_type(self) -> None:
        """Size the type from this page's height (the projector's) and keep lines short; re-render on change."""
        body, small = type_sizes(self.height(), self._theme)
        side = max(body, (self.width() - MEASURE_EM * body) // 2)
        self.layout().setContentsMargins(side, body, side, body // 4)
        self.layout().activate()  # now, also while hidden: the preview renders the hidden window
        theme = self._theme  # its own style sheet: the app's sets a laptop-sized font on every QLabel
        self.page_label.setStyleSheet(f"QLabel {{ background: {theme.background}; color: {theme.muted}; font-size: {small}px; }}")
        self.page_label.setFixedHeight(math.ceil(small * 1.6))
        if body != self._body_px:
            self._set_body_size(body)

    def _set_body_size(self, body: int) -> None:
        self._body_px = body
        font = self.browser.font()
        font.setPixelSize(body)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(0)
        self.browser.document().setIndentWidth(body * 1.2)
        self.browser.document().setDefaultStyleSheet(heading_css(body))
        self._fresh = True  # other type, other pages: start again on page 1
        self.refresh()

    def body_pixel_size(self) -> int:
        """The body text size in pixels now in use."""
        return self._body_px

    # --- paging ------------------------------------------------------------------------------

    def _rendered(self) -> None:
        self._pad_last_page()

    def _pad_last_page(self) -> None:
        """Room under the text, so that the last page too can start exactly at its first line."""
        document, height = self.browser.document(), self.browser.viewport().height()
        last = page_starts(line_spans(document), height)[-1]
        root = document.rootFrame()
        frame = root.frameFormat()
        content = document.documentLayout().documentSize().height() - frame.bottomMargin()
        pad = max(0, math.ceil(last + height - content))
        if pad != frame.bottomMargin():
            frame.setBottomMargin(pad)
            root.setFrameFormat(frame)

    def _starts(self) -> list[int]:
        bar = self.browser.verticalScrollBar()
        raw = page_starts(line_spans(self.browser.document()), self.browser.viewport().height())
        return sorted({min(math.floor(s), bar.maximum()) for s in raw})

    def page_info(self) -> tuple[int, int]:
        """(current page, number of pages), counting from 1."""
        starts = self._starts()
        current = bisect_right(starts, self.browser.verticalScrollBar().value())
        return max(1, current), len(starts)

    def page(self, step: int) -> None:
        """Go `step` pages on (+1) or back (-1); the first line of a page is the one the page before cut off."""
        starts = self._starts()
        current, total = self.page_info()
        target = min(max(current - 1 + step, 0), total - 1)
        self.browser.verticalScrollBar().setValue(starts[target])

    def _on_range_changed(self, *_: object) -> None:
        if not self._quiet:
            self._pad_last_page()  # a new width or height moves the lines
        self._sync_page()

    def _sync_page(self, *_: object) -> None:
        if self._quiet:
            return
        info = self.page_info()
        current, total = info
        self.page_label.setText(texts.PAGE_OF.format(current=current, total=total) if total > 1 else "")
        self._place_curtain()
        if info != self._info:
            self._info = info
            self.pageChanged.emit(current, total)

    def _place_curtain(self) -> None:
        """Cover what the next page starts with (a cut-off line, a heading without its text)."""
        value, height = self.browser.verticalScrollBar().value(), self.browser.viewport().height()
        starts = page_starts(line_spans(self.browser.document()), height, value)
        cut = starts[1] - value if len(starts) > 1 else height
        if cut >= height:
            self._curtain.hide()
            return
        self._curtain.setGeometry(0, math.floor(cut), self.browser.viewport().width(), height)
        self._curtain.show()
        self._curtain.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """With the presentation on the laptop screen (one screen), PageDown/Space and PageUp page here too."""
        if event.key() in NEXT_KEYS or event.key() in PREVIOUS_KEYS:
            self.page(1 if event.key() in NEXT_KEYS else -1)
        else:
            super().keyPressEvent(event)

    def page_actions(self, parent: QWidget) -> tuple[QAction, QAction]:
        """'Next page' (PageDown) and 'previous page' (PageUp) actions for the facilitator's window."""
        actions = []
        for text, key, step in ((texts.NEXT_PAGE, Qt.Key.Key_PageDown, 1), (texts.PREVIOUS_PAGE, Qt.Key.Key_PageUp, -1)):
            action = QAction(text, parent)
            action.setShortcut(QKeySequence(key))
            action.setObjectName("detailsNextPageAction" if step > 0 else "detailsPreviousPageAction")
            action.triggered.connect(lambda _checked=False, s=step: self.page(s))
            actions.append(action)
        return actions[0], actions[1]
