"""Small building blocks the side panels share: a labelled row, a button that never steals Alt+letter keys, a question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolTip, QVBoxLayout, QWidget


def labelled_row(parent: QWidget, label: str, widget: QWidget) -> QHBoxLayout:
    """A caption (the widget's buddy, so its &-letter focuses it) and the widget taking the rest of the row."""
    row = QHBoxLayout()
    caption = QLabel(label, parent)
    caption.setBuddy(widget)
    row.addWidget(caption)
    row.addWidget(widget, 1)
    return row


def panel_button(parent: QWidget, text: str, handler: Callable[[], object]) -> QPushButton:
    """A push button for a menu text: shown without its '&' (the menu bar owns the Alt+letter keys)."""
    plain = text.replace("&", "")
    button = QPushButton(plain, parent)
    button.setAccessibleName(plain.rstrip("…"))
    button.clicked.connect(lambda _checked=False: handler())
    return button


def short_button(parent: QWidget, short: str, menu_text: str, handler: Callable[[], object]) -> QPushButton:
    """A dock's button with a short text, so three fit a 400-pixel dock; the menu's words are its tooltip and name."""
    button = panel_button(parent, short, handler)
    full = menu_text.replace("&", "")
    button.setToolTip(full)
    button.setAccessibleName(full.rstrip("…"))
    return button


class WholeTextTip(QComboBox):
    """A combo box whose tooltip is its whole current entry (the dock shows only its start)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.currentText():
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)


def fitting_combo(parent: QWidget, name: str, letters: int = 16) -> QComboBox:
    """A combo box whose long entries (a question, a session title) do not widen the dock."""
    combo = WholeTextTip(parent)
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def scrolled(panel: QWidget, across: bool = True) -> QWidget:
    """The widget to lay a panel out in: inside a scroll area, so nothing is squeezed on a 768-pixel-high laptop
    (across=False: it scrolls only up and down, and its contents fit the width)."""
    scroll = QScrollArea(panel)
    if not across:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    inner = QWidget(scroll)
    scroll.setWidget(inner)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return inner


OWN_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Space,
                      *(getattr(Qt.Key, f"Key_{d}") for d in range(10))})
"""Keys a ballot, a score card or a grid of counts types with: never the window's shortcuts (Delete removes!)."""


def claims_key(event: QEvent) -> bool:
    """Accept a ShortcutOverride for a key the widget types with itself; True when it did."""
    typed = isinstance(event, QKeyEvent) and Qt.Key(event.key()) in OWN_KEYS
    if event.type() == QEvent.Type.ShortcutOverride and typed and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        event.accept()
        return True
    return False


class UndoToWindow(QObject):
    """Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in a text field reach the window's undo and redo (one history for the
    whole document), not the field's own."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination().toCombined())
            if any(event.matches(k) for k in self.KEYS) or combo == QKeySequence("Ctrl+Y"):
                event.ignore()
                return True
        return super().eventFilter(watched, event)


class GoAhead:
    """A yes/no question listing what speaks against going ahead ('Toch onthullen?'); tests monkeypatch ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None, question: str, doubts: list[str], yes: str) -> bool:
        """True when the facilitator chose `yes`; Annuleren (the default, and Escape) keeps things as they are."""
        from PySide6.QtWidgets import QMessageBox

        from ui.file_dialogs import _choose

        buttons = [(yes, QMessageBox.ButtonRole.AcceptRole, "yes"), ("Annuleren", QMessageBox.ButtonRole.RejectRole, "no")]
        return _choose(parent, QMessageBox.Icon.Question, question, "\n".join(doubts), buttons, default=1) == "yes"
