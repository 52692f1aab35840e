"""A numbered choice on the canvas: the type after a drop, or where a card goes (keys 1-9, arrows, Enter; Esc cancels)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.canvas.relations import Glyph
from ui.canvas.typeset import Metrics
from ui.theme import Theme
from workshop.theory import RelationType

SAMPLE = QSize(48, 18)
"""The line sample beside a relation type: its pattern, marker and arrowhead, so the type shows by shape."""
CONFIRM_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Choice:
    """One line of the picker; `kind` draws that relation type's line beside it."""

    text: str
    enabled: bool = True
    kind: RelationType | None = None
    note: str = ""
    """Said after the text, e.g. why it cannot be chosen (not by the grey alone)."""


def line_sample(kind: RelationType, theme: Theme) -> QIcon:
    """A small drawing of a relation type's line, as the legend draws it."""
    pixmap = QPixmap(SAMPLE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    m, y = Metrics(14, 11), SAMPLE.height() / 2
    points = [QPointF(3, y), QPointF(SAMPLE.width() / 2, y), QPointF(SAMPLE.width() - 3, y)]
    Glyph(kind, points, QPointF(SAMPLE.width() * 0.42, y), m).paint(painter, theme, 2.0)
    painter.end()
    return QIcon(pixmap)


def key_of(event: QKeyEvent) -> int | None:
    """The row a digit key picks (1 is the first), or None."""
    text = event.text()
    return int(text) - 1 if len(text) == 1 and text in "123456789" else None


class ChoicePicker(QFrame):
    """A small list over the canvas; it closes itself after a choice or a cancel, and never blocks."""

    chosen = Signal(int)   # the row chosen
    cancelled = Signal()

    def __init__(self, parent: QWidget, title: str, hint: str, choices: Sequence[Choice], current: int, theme: Theme) -> None:
        super().__init__(parent)
        self.setObjectName("choicePicker")
        self.choices, self._done = list(choices), False
        self.title, self.hint, self.list = QLabel(title, self), QLabel(hint, self), QListWidget(self)
        self._style(theme)
        self._fill(theme, current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        for widget in (self.title, self.hint, self.list):
            layout.addWidget(widget)
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)

    def _style(self, theme: Theme) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#choicePicker {{ background: {theme.card}; border: 2px solid {theme.accent}; border-radius: 6px; }}"
            f" QLabel {{ color: {theme.foreground}; background: transparent; }}"
            f" QListWidget {{ background: {theme.card}; color: {theme.foreground}; border: 1px solid {theme.border}; outline: 0; }}"
            f" QListWidget::item {{ padding: 3px 6px; }}"
            f" QListWidget::item:selected {{ background: {theme.sub}; color: {theme.foreground}; border: 2px solid {theme.accent}; }}"
            f" QListWidget::item:disabled {{ color: {theme.muted}; }}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint.setWordWrap(True)

    def _fill(self, theme: Theme, current: int) -> None:
        self.list.setIconSize(SAMPLE)
        self.list.setAccessibleName(self.title.text())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, choice in enumerate(self.choices):
            text = f"{choice.text} ({choice.note})" if choice.note else choice.text
            item = QListWidgetItem(f"{row + 1}   {text}" if row < 9 else f"     {text}", self.list)
            if choice.kind is not None:
                item.setIcon(line_sample(choice.kind, theme))
            if not choice.enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        self.list.setCurrentRow(current if 0 <= current < len(self.choices) and self.choices[current].enabled else self._first())
        self.list.itemClicked.connect(lambda item: self.choose(self.list.row(item)))
        self.list.installEventFilter(self)

    def _first(self) -> int:
        return next((row for row, choice in enumerate(self.choices) if choice.enabled), -1)

    @property
    def current(self) -> int:
        """The row Enter would choose."""
        return self.list.currentRow()

    def open_at(self, pos: QPoint) -> None:
        """Show with its top left near `pos` (in the parent's coordinates), wholly inside the parent; take the keyboard."""
        self._fit()
        room = self.parentWidget().rect()
        x = min(max(pos.x(), room.left()), max(room.left(), room.right() - self.width()))
        y = min(max(pos.y(), room.top()), max(room.top(), room.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)

    def _fit(self) -> None:
        rows = max(1, self.list.count())
        width = max(self.list.sizeHintForColumn(0) + 24, self.title.sizeHint().width(), 260)
        self.hint.setFixedWidth(width)
        self.list.setFixedSize(width, self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.adjustSize()

    # -- choosing -------------------------------------------------------------------------------
    def choose(self, row: int) -> None:
        """Choose a row (when it may be chosen) and close."""
        if not self._done and 0 <= row < len(self.choices) and self.choices[row].enabled:
            self._close()
            self.chosen.emit(row)

    def cancel(self) -> None:
        """Close without a choice."""
        if not self._done:
            self._close()
            self.cancelled.emit()

    def _close(self) -> None:
        self._done = True
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()  # digits, letters, Enter and Escape are the picker's, not the window's (B blanks the room)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._check_focus)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if (row := key_of(event)) is not None:
            self.choose(row)
        elif event.key() in CONFIRM_KEYS:
            self.choose(self.current)
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            return False
        return True

    def _check_focus(self) -> None:
        """Clicking elsewhere cancels, as a menu does."""
        focus = QApplication.focusWidget()
        if not self._done and focus is not None and not self.isAncestorOf(focus):
            self.cancel()
