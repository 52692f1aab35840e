"""Small building blocks the side panels share: a labelled row and a button that never steals Alt+letter keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


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
